"""One voter's ballot on the kiosk: large controls, one row per option.

- ranked methods: number buttons 1..m per option (choosing a number another
  option holds moves it here, so each rank is used once);
- dots: − and + per option, with the dots left shown on top;
- approval: one toggle per option;
- score: one button per point of the scale (two rows for impact and
  feasibility in a two-criteria round);
- gradients: the seven labelled gradients per option.

A second tap on a chosen button clears it. The form knows only its own
ballot: it is built for each voter and thrown away after. Its texts are in
the workshop's language (``lang``: the participant texts, Creole included).
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.views import RoundInfo
from facilitator_app.core.voting.ballot_texts import gradient_labels, ordinal
from facilitator_app.core.voting.ballots import dot_budget
from facilitator_app.i18n.messages import Texts
from facilitator_app.services.voting import two_criteria
from facilitator_app.ui.voting_common import is_ranked


def _button(parent: QWidget, text: str, name: str, checkable: bool = True) -> QPushButton:
    button = QPushButton(text, parent)  # parented at once: it takes the kiosk's large font
    button.setObjectName(name)
    button.setCheckable(checkable)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    lines = text.count("\n") + 1
    button.setMinimumHeight(round(button.fontMetrics().height() * (lines + 1.2)))
    button.setMinimumWidth(button.fontMetrics().height() * 3)
    return button


class BallotForm(QWidget):
    """The controls of one ballot; :meth:`values` gives option id -> number."""

    changed = Signal()

    def __init__(self, info: RoundInfo, parent: QWidget | None = None,
                 font: QFont | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.t = Texts("participant", lang or "en")
        if font is not None:
            self.setFont(font)
        self.info = info
        self.first: dict[int, int] = {}
        self.second: dict[int, int] = {}
        self.buttons: dict[tuple[int, int, int], QPushButton] = {}  # (option, criterion, value)
        self.counts: dict[int, QLabel] = {}
        self.method = info.method
        self.budget = dot_budget(info.method_params, len(info.options))
        layout = QVBoxLayout(self)
        layout.setSpacing(self.fontMetrics().height() // 2)
        self.dots_left = QLabel()
        self.dots_left.setObjectName("dots_left")
        if self.method == "dots":
            layout.addWidget(self.dots_left)
        for n, option in enumerate(info.options, start=1):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            title = QLabel(f"{n}. {option.label}")
            title.setWordWrap(True)
            title.setTextFormat(Qt.TextFormat.PlainText)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            box.addWidget(title)
            box.addLayout(self._controls(option.id))
            layout.addWidget(frame)
        layout.addStretch(1)
        self._refresh()

    # ----- building -----------------------------------------------------------
    def _controls(self, option_id: int):
        m = len(self.info.options)
        if is_ranked(self.method):
            return self._choice_row(option_id, 1, range(1, m + 1),
                                    lambda v: ordinal(v, self.t), "rank")
        if self.method == "dots":
            row = QHBoxLayout()
            minus = _button(self, "−", f"dots_minus_{option_id}", checkable=False)
            plus = _button(self, "+", f"dots_plus_{option_id}", checkable=False)
            count = QLabel("0")
            count.setAlignment(Qt.AlignmentFlag.AlignCenter)
            count.setMinimumWidth(count.fontMetrics().horizontalAdvance("000"))
            count.setObjectName(f"dots_count_{option_id}")
            bold = QFont(self.font())
            bold.setBold(True)
            bold.setPointSizeF(bold.pointSizeF() * 1.3)
            count.setFont(bold)
            self.counts[option_id] = count
            minus.clicked.connect(lambda: self._add_dots(option_id, -1))
            plus.clicked.connect(lambda: self._add_dots(option_id, +1))
            self.buttons[(option_id, 1, -1)] = minus
            self.buttons[(option_id, 1, +1)] = plus
            for w in (minus, count, plus):
                row.addWidget(w)
            row.addStretch(1)
            return row
        if self.method == "approval":
            row = QHBoxLayout()
            button = _button(self, self.t("Approve"), f"approve_{option_id}")
            button.clicked.connect(lambda on: self._set(option_id, 1, 1 if on else None))
            self.buttons[(option_id, 1, 1)] = button
            row.addWidget(button)
            row.addStretch(1)
            return row
        if self.method == "score":
            p = self.info.method_params
            scale = range(p.scale_min, p.scale_max + 1)
            if not two_criteria(self.info):
                return self._choice_row(option_id, 1, scale, str, "score")
            grid = QVBoxLayout()
            names = ((1, self.t("Impact")), (2, self.t("Feasibility")))
            widest = max(len(name) for _c, name in names)
            for criterion, name in names:
                row = QHBoxLayout()
                label = QLabel(name)
                label.setMinimumWidth(max(label.fontMetrics().horizontalAdvance(n + "  ")
                                          for _c, n in names if len(n) == widest))
                row.addWidget(label)
                row.addLayout(self._choice_row(option_id, criterion, scale, str, "score"), 1)
                grid.addLayout(row)
            return grid
        # gradients: seven labelled buttons, wrapped to keep them narrow
        grid = QGridLayout()
        for value, label in enumerate(gradient_labels(self.t.lang), start=1):
            text = f"{value}\n" + "\n".join(textwrap.wrap(label, 14))
            button = _button(self, text, f"gradient_{option_id}_{value}")
            button.clicked.connect(lambda on, v=value: self._set(option_id, 1, v if on else None))
            self.buttons[(option_id, 1, value)] = button
            grid.addWidget(button, 0, value - 1)
            grid.setColumnStretch(value - 1, 1)
        return grid

    def _choice_row(self, option_id: int, criterion: int, values, text, kind: str):
        row = QHBoxLayout()
        for value in values:
            suffix = f"_{criterion}" if kind == "score" else ""
            button = _button(self, text(value), f"{kind}_{option_id}{suffix}_{value}")
            button.clicked.connect(
                lambda on, v=value: self._set(option_id, criterion, v if on else None))
            self.buttons[(option_id, criterion, value)] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    # ----- state ---------------------------------------------------------------
    def _set(self, option_id: int, criterion: int, value: int | None) -> None:
        store = self.first if criterion == 1 else self.second
        if value is None:
            store.pop(option_id, None)
        else:
            if is_ranked(self.method):  # each rank once: take it from whoever had it
                for other, rank in list(store.items()):
                    if rank == value and other != option_id:
                        del store[other]
            store[option_id] = value
        self._refresh()
        self.changed.emit()

    def _add_dots(self, option_id: int, step: int) -> None:
        now = self.first.get(option_id, 0) + step
        if now < 0 or (step > 0 and self.dots_used() >= self.budget):
            return
        cap = self.info.method_params.max_per_option
        if cap is not None and now > cap:
            return
        if now:
            self.first[option_id] = now
        else:
            self.first.pop(option_id, None)
        self._refresh()
        self.changed.emit()

    def dots_used(self) -> int:
        return sum(self.first.values())

    def _refresh(self) -> None:
        if self.method == "dots":
            left = self.budget - self.dots_used()
            self.dots_left.setText(self.t("Dots left: {left} of {budget}", left=left,
                                          budget=self.budget))
            cap = self.info.method_params.max_per_option
            for option_id, label in self.counts.items():
                n = self.first.get(option_id, 0)
                label.setText(str(n))
                self.buttons[(option_id, 1, -1)].setEnabled(n > 0)
                self.buttons[(option_id, 1, +1)].setEnabled(left > 0 and (cap is None or n < cap))
            return
        for (option_id, criterion, value), button in self.buttons.items():
            store = self.first if criterion == 1 else self.second
            on = store.get(option_id) == value
            button.setChecked(on)
            if self.method == "approval":
                button.setText("✓ " + self.t("Approved") if on else self.t("Approve"))

    def values(self) -> dict[int, int]:
        return dict(self.first)

    def values2(self) -> dict[int, int] | None:
        return dict(self.second) if two_criteria(self.info) else None

    def summary(self) -> list[str]:
        """The ballot in words, for the voter to check before casting it."""
        t = self.t
        labels = {o.id: o.label for o in self.info.options}
        order = [o.id for o in self.info.options]
        lines = []
        if is_ranked(self.method):
            for option_id, rank in sorted(self.first.items(), key=lambda kv: kv[1]):
                lines.append(f"{ordinal(rank, t)}: {labels[option_id]}")
            left = [labels[o] for o in order if o not in self.first]
            if left:
                lines.append(t("Not ranked: {options}", options=", ".join(left)))
            return lines
        words = gradient_labels(t.lang)
        for option_id in order:
            value = self.first.get(option_id)
            if self.method == "dots" and value:
                lines.append(f"{labels[option_id]}: " + t.n("{n} dot", "{n} dots", value))
            elif self.method == "approval" and value:
                lines.append(t("{option}: approved", option=labels[option_id]))
            elif self.method == "score" and (value or self.second.get(option_id)):
                if two_criteria(self.info):
                    lines.append(t("{option}: impact {impact}, feasibility {feasibility}",
                                   option=labels[option_id], impact=value or "–",
                                   feasibility=self.second.get(option_id, "–")))
                else:
                    lines.append(f"{labels[option_id]}: {value}")
            elif self.method == "gradients" and value:
                lines.append(f"{labels[option_id]}: {value} – {words[value - 1]}")
        return lines
