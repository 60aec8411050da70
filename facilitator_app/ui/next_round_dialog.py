"""Starting the next round from a closed one: which options go on, under what title.

The choices come from ``core.voting.next_round`` through
``services.voting.next_round_setup`` (each option's standing, the rules
that apply, the suggested one) and ``preview_next_round`` (the options a
rule carries and the engine's note); this dialog only shows them. After a
gradients-of-agreement round it offers the options without consensus
(suggested when there are some), the blocked ones, the top k and all;
after dots or approval also the multi-voting rule. The options the rule
carries are ticked in the list of the round's options, which shows where
each stands (consensus, blocks, support), and can be ticked by hand. The
title is suggested from the rule ("Round 3: options without consensus")
and editable; the round's consensus rule and the k are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.errors import UserError
from facilitator_app.core.voting import NextRound
from facilitator_app.core.voting.next_round import Setup, Standing
from facilitator_app.services import voting
from facilitator_app.ui.round_dialog import AnonymityChoice, method_combo

OptionRole = Qt.ItemDataRole.UserRole + 1

GRADIENT_RULES = ("no_consensus", "blocked")


def percent(x: Any) -> str:
    return f"{float(x) * 100:.0f}"


class NextRoundDialog(QDialog):
    """The rule, the options it carries (ticked, changeable), title, method, anonymity."""

    def __init__(self, info: voting.RoundInfo, setup: Setup,
                 preview: Callable[[str, int], NextRound], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setup = setup
        self.preview_fn = preview
        self.next: NextRound | None = None
        self._title_touched = False
        self._ticking = False
        self.setWindowTitle(self.tr("Next round from {0}").format(info.title))
        gradients = not setup.rules["no_consensus"]
        lacking = sum(1 for s in setup.standings if s.consensus is False)
        blocked = sum(1 for s in setup.standings if s.blocks)
        total = len(setup.standings)

        # the rules
        self.no_consensus_radio = QRadioButton(
            self.tr("The options &without consensus ({0} of {1})").format(lacking, total))
        self.blocked_radio = QRadioButton(
            self.tr("The &blocked options, at least one 7 ({0} of {1})").format(blocked, total))
        self.top_radio = QRadioButton(self.tr("The &top"))
        self.k_spin = QSpinBox()
        self.k_spin.setRange(1, max(1, total))
        self.k_spin.setValue(min(4, max(1, total - 1)))
        self.k_spin.setAccessibleName(self.tr("How many of the top options"))
        self.multi_radio = QRadioButton(self.tr("Apply the &multi-voting rule (drop items with "
                                                "too few votes)"))
        self.all_radio = QRadioButton(self.tr("&All the options"))
        self.radios = {"no_consensus": self.no_consensus_radio, "blocked": self.blocked_radio,
                       "top_k": self.top_radio, "multivote": self.multi_radio,
                       "all": self.all_radio}
        group = QButtonGroup(self)
        for rule, radio in self.radios.items():
            group.addButton(radio)
            radio.setObjectName(f"rule_{rule}")
            if setup.rules[rule]:
                radio.setEnabled(False)
                radio.setToolTip(self._why_not(rule))
        rules_box = QGroupBox(self.tr("Carry over to the new round"))
        rules = QVBoxLayout(rules_box)
        if gradients:
            rules.addWidget(self.no_consensus_radio)
            rules.addWidget(self.blocked_radio)
        else:
            self.no_consensus_radio.hide()
            self.blocked_radio.hide()
        top = QHBoxLayout()
        top.addWidget(self.top_radio)
        top.addWidget(self.k_spin)
        top.addWidget(QLabel(self.tr("options (ties at the cut stay)")))
        top.addStretch(1)
        rules.addLayout(top)
        rules.addWidget(self.multi_radio)
        rules.addWidget(self.all_radio)
        self.params_label = QLabel(self._params_text())
        self.params_label.setObjectName("next_round_params")
        self.params_label.setWordWrap(True)
        rules.addWidget(self.params_label)

        # the options, ticked by the rule
        self.option_model = QStandardItemModel(self)
        for standing in setup.standings:
            item = QStandardItem(self._standing_text(standing))
            item.setData(standing.option, OptionRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setToolTip(item.text())
            self.option_model.appendRow(item)
        self.option_view = QListView()
        self.option_view.setObjectName("next_round_options")
        self.option_view.setModel(self.option_model)
        self.option_view.setWordWrap(True)
        self.option_view.setAccessibleName(self.tr("Options of the new round"))
        self.option_model.itemChanged.connect(lambda _item: self._ticked_by_hand())
        self.ticked_label = QLabel()
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setObjectName("next_round_preview")
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)

        # the new round
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("next_round_title")
        self.title_edit.textEdited.connect(lambda _t: setattr(self, "_title_touched", True))
        self.method_combo = method_combo(info.method)
        self.anonymity = AnonymityChoice(info.anonymity)
        form = QFormLayout()
        form.addRow(self.tr("T&itle of the new round"), self.title_edit)
        form.addRow(self.tr("Method of the new round"), self.method_combo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start round"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(rules_box)
        left.addLayout(form)
        left.addWidget(self.anonymity)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Options of {0}, best first (ticked: in the new round):")
                               .format(info.title)))
        right.addWidget(self.option_view, 1)
        right.addWidget(self.ticked_label)
        right.addWidget(self.preview_label)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        for radio in self.radios.values():
            radio.toggled.connect(lambda on: on and self.update_preview())
        self.k_spin.valueChanged.connect(lambda _v: self._k_changed())
        self.radios.get(setup.default, self.top_radio).setChecked(True)
        self.resize(self.fontMetrics().averageCharWidth() * 140, self.fontMetrics().height() * 34)
        if not self.next:
            self.update_preview()

    # ----- words ---------------------------------------------------------------------
    def _why_not(self, rule: str) -> str:
        if rule == "multivote":
            return self.tr("The rule counts votes: dots or approval rounds.")
        if rule in GRADIENT_RULES:
            return self.tr("Only after a gradients-of-agreement round with ballots.")
        return self.tr("The round has no valid ballots.")

    def _params_text(self) -> str:
        setup, params = self.setup, self.setup.params
        if setup.rules["no_consensus"]:
            return self.tr("Top k: the options ranked best in \u201c{0}\u201d, k as set "
                           "above.").format(self.info.title)
        parts = [self.tr("no block (7)"),
                 self.tr("at least {0} % at 1-3").format(percent(params.support_threshold))]
        if params.max_iqr is not None:
            parts.append(self.tr("spread (IQR) at most {0}").format(f"{params.max_iqr:g}"))
        if params.all_at_most is not None:
            parts.append(self.tr("everyone at {0} or better").format(params.all_at_most))
        return self.tr("Consensus in \u201c{0}\u201d: {1}.").format(self.info.title,
                                                                   ", ".join(parts))

    def _standing_text(self, s: Standing) -> str:
        text = f"{s.position}. {s.option}"
        if s.consensus is None:
            return text
        support = percent(s.support) if s.support is not None else "\u2013"
        if s.consensus:
            return self.tr("{0} \u2014 consensus (support {1} %)").format(text, support)
        reasons = []
        if s.blocks:
            reasons.append(self.tr("1 block") if s.blocks == 1
                           else self.tr("{0} blocks").format(s.blocks))
        threshold = self.setup.params.support_threshold
        if s.support is not None and float(s.support) < threshold:
            reasons.append(self.tr("support {0} % ({1} % needed)").format(
                support, percent(threshold)))
        if not reasons:
            reasons.append(s.why)
        return self.tr("{0} \u2014 no consensus: {1}").format(text, "; ".join(reasons))

    def suggested_title(self, rule: str) -> str:
        n = self.setup.number
        return {
            "top_k": self.tr("Round {0}: top {1}").format(n, self.k_spin.value()),
            "multivote": self.tr("Round {0}: after multi-voting").format(n),
            "no_consensus": self.tr("Round {0}: options without consensus").format(n),
            "blocked": self.tr("Round {0}: blocked options").format(n),
            "all": self.tr("Round {0}: all options again").format(n),
        }[rule]

    # ----- behaviour -----------------------------------------------------------------
    def rule(self) -> str:
        return next((r for r, b in self.radios.items() if b.isChecked()), "top_k")

    def _k_changed(self) -> None:
        if self.rule() == "top_k":
            self.update_preview()

    def update_preview(self) -> None:
        """Ask the service what the rule carries; tick those options; suggest a title."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        rule = self.rule()
        self.k_spin.setEnabled(rule == "top_k")
        if not self._title_touched:
            self.title_edit.setText(self.suggested_title(rule))
        try:
            nxt = self.preview_fn(rule, self.k_spin.value())
        except UserError as exc:
            self.next = None
            self.preview_label.setText(exc.message)
            ok.setEnabled(False)
            return
        self.next = nxt
        chosen = set(nxt.options)
        self._ticking = True
        for n in range(self.option_model.rowCount()):
            item = self.option_model.item(n)
            on = item.data(OptionRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._ticking = False
        self.preview_label.setText(self.tr("The engine says: {0}").format(nxt.note))
        self._count()

    def _ticked_by_hand(self) -> None:
        if self._ticking:
            return
        if self.next is not None and self.options() != self.next.options:
            self.preview_label.setText(self.tr("Chosen by hand: the options ticked go on."))
        self._count()

    def _count(self) -> None:
        n = len(self.options())
        self.ticked_label.setText(self.tr("{0} of {1} options ticked").format(
            n, self.option_model.rowCount()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)

    def options(self) -> list[str]:
        """The ticked options, best first."""
        model = self.option_model
        return [model.item(n).data(OptionRole) for n in range(model.rowCount())
                if model.item(n).checkState() == Qt.CheckState.Checked]

    def values(self) -> dict[str, Any]:
        return {"rule": self.rule(), "k": self.k_spin.value(), "options": self.options(),
                "title": self.title_edit.text().strip(),
                "method": self.method_combo.currentData(), "anonymity": self.anonymity.value()}
