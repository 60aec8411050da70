"""Setting up a vote round, and starting the next round from a closed one.

:class:`RoundDialog` creates or edits a round: the priorities on the
ballot (all or a selection), the method and its parameters (defaults from
``services.voting.default_params``, e.g. dots = about a third of the
options), the anonymity mode with its one honest line, and how results are
shown (all voters, firms only, one member type; weights on or off). A
secret round counts every ballot once: choosing "secret" greys out the
weights with the reason (``SECRET_WEIGHTS_REFUSED``), and the dialog never
asks for weights in a secret round. Once a ballot is in, the method,
options and anonymity are locked and shown greyed with the reason. When
phone codes were issued, changing to or from secret says beforehand that
it withdraws them (``services.voting.update_round``).

The next round from a closed one is ``ui.next_round_dialog``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import options as app_options
from facilitator_app.core.domain import ANONYMITY_MODES, MEMBER_TYPES, VOTING_METHODS
from facilitator_app.core.views import PriorityView
from facilitator_app.services import voting
from facilitator_app.services.voting.rounds import SECRET_WEIGHTS_REFUSED
from facilitator_app.ui.voting_common import anonymity_explained, anonymity_label, method_label


def view_choices() -> list[tuple[str, str]]:
    """(key, label) of the result views: all, firms, then each member type."""
    choices = [("all", "All voters"), ("firms", "Firms only")]
    choices += [(f"type:{k}", f"Only: {label}") for k, label in MEMBER_TYPES if k != "firm"]
    return choices


class ParamsEditor(QStackedWidget):
    """The parameters of the chosen method, one page per kind of method."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none_page = QLabel(self.tr("This method has no parameters."))
        self.none_page.setWordWrap(True)

        self.dots_page = QWidget()
        self.budget = QSpinBox()
        self.budget.setRange(1, 100)
        self.budget.setSuffix(self.tr(" dots"))
        self.max_per = QSpinBox()
        self.max_per.setRange(0, 100)
        self.max_per.setSpecialValueText(self.tr("no limit"))
        form = QFormLayout(self.dots_page)
        form.addRow(self.tr("Dots per voter"), self.budget)
        form.addRow(self.tr("Most dots on one option"), self.max_per)

        self.score_page = QWidget()
        self.scale_min = QSpinBox()
        self.scale_min.setRange(0, 9)
        self.scale_max = QSpinBox()
        self.scale_max.setRange(1, 10)
        self.two_criteria = QCheckBox(
            self.tr("Rate impact and feasibility (gives the 2x2 matrix of quick wins)"))
        form = QFormLayout(self.score_page)
        scale = QHBoxLayout()
        scale.addWidget(self.scale_min)
        scale.addWidget(QLabel(self.tr("to")))
        scale.addWidget(self.scale_max)
        scale.addStretch(1)
        form.addRow(self.tr("Scale"), scale)
        form.addRow(self.two_criteria)

        self.gradients_page = QWidget()
        self.threshold = QSpinBox()
        self.threshold.setRange(50, 100)
        self.threshold.setSuffix(" %")
        self.max_iqr = QDoubleSpinBox()
        self.max_iqr.setRange(0, 6)
        self.max_iqr.setSingleStep(0.5)
        self.max_iqr.setSpecialValueText(self.tr("no limit"))
        form = QFormLayout(self.gradients_page)
        form.addRow(self.tr("Support needed (share at 1-3)"), self.threshold)
        form.addRow(self.tr("Largest spread (IQR)"), self.max_iqr)
        form.addRow(QLabel(self.tr("Consensus also needs no block (7).")))
        for page in (self.none_page, self.dots_page, self.score_page, self.gradients_page):
            self.addWidget(page)
        self.method = ""
        self._budget_touched = False
        self.budget.valueChanged.connect(lambda _v: setattr(self, "_budget_touched", True))

    def set_method(self, method: str, n_options: int, params: dict[str, Any] | None) -> None:
        """Show ``method``'s page with ``params`` (or its defaults for ``n_options``)."""
        self.method = method
        given = params is not None
        params = params if given else voting.default_params(method, n_options)
        if method == "dots":
            self.budget.blockSignals(True)
            self.budget.setValue(int(params.get("budget") or 1))
            self.budget.blockSignals(False)
            self._budget_touched = given
            self.max_per.setValue(int(params.get("max_per_option") or 0))
            self.setCurrentWidget(self.dots_page)
        elif method == "score":
            self.scale_min.setValue(int(params.get("scale_min", 1)))
            self.scale_max.setValue(int(params.get("scale_max", 5)))
            self.two_criteria.setChecked(bool(params.get("two_criteria")))
            self.setCurrentWidget(self.score_page)
        elif method == "gradients":
            self.threshold.setValue(round(float(params.get("support_threshold") or 0.75) * 100))
            self.max_iqr.setValue(float(params.get("max_iqr") or 0))
            self.setCurrentWidget(self.gradients_page)
        else:
            self.setCurrentWidget(self.none_page)

    def options_changed(self, n_options: int) -> None:
        """A new default budget when the number of options changes (unless typed)."""
        if self.method == "dots" and not self._budget_touched and n_options:
            self.budget.blockSignals(True)
            self.budget.setValue(int(voting.default_params("dots", n_options)["budget"]))
            self.budget.blockSignals(False)

    def params(self) -> dict[str, Any]:
        if self.method == "dots":
            out: dict[str, Any] = {"budget": self.budget.value()}
            if self.max_per.value():
                out["max_per_option"] = self.max_per.value()
            return out
        if self.method == "score":
            out = {"scale_min": self.scale_min.value(), "scale_max": self.scale_max.value()}
            if self.two_criteria.isChecked():
                out["two_criteria"] = True
            return out
        if self.method == "gradients":
            return {"support_threshold": self.threshold.value() / 100,
                    "max_iqr": self.max_iqr.value() or None}
        return {}


def method_combo(current: str) -> QComboBox:
    combo = QComboBox()
    for key, _label in VOTING_METHODS:
        combo.addItem(method_label(key), key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class AnonymityChoice(QGroupBox):
    """Three radio buttons, each with its honest one-line explanation."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Anonymity (locked at the first ballot)"), parent)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, _label in ANONYMITY_MODES:
            button = QRadioButton(anonymity_label(key))
            button.setObjectName(f"anonymity_{key}")
            explanation = QLabel(anonymity_explained(key).split(": ", 1)[-1])
            explanation.setWordWrap(True)
            explanation.setIndent(button.sizeHint().height())
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
            layout.addWidget(explanation)
        self.buttons.get(current, self.buttons["named"]).setChecked(True)

    def value(self) -> str:
        return next(k for k, b in self.buttons.items() if b.isChecked())

    def set_value(self, key: str) -> None:
        self.buttons[key].setChecked(True)


class RoundDialog(QDialog):
    """New round, or edit one (``info`` given)."""

    def __init__(self, priorities: list[PriorityView], info: voting.RoundInfo | None = None,
                 parent: QWidget | None = None, number: int = 1) -> None:
        """``number``: the new round's number (for the title's example)."""
        super().__init__(parent)
        self.info = info
        locked = info is not None and info.locked
        self.setWindowTitle(self.tr("New vote round") if info is None
                            else self.tr("Edit {0}").format(info.title))
        self.title_edit = QLineEdit(info.title if info else "")
        self.title_edit.setPlaceholderText(self.tr("e.g. Round {0}: rank the candidates").format(
            info.number if info is not None else number))

        chosen = {o.priority_id for o in info.options} if info else None
        self.priority_model = QStandardItemModel(self)
        for p in priorities:
            item = QStandardItem(f"{p.number}. {p.title}")
            item.setData(p.id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            on = chosen is None or p.id in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.priority_model.appendRow(item)
        self.priority_view = QListView()
        self.priority_view.setModel(self.priority_model)
        self.priority_view.setWordWrap(True)
        self.priority_count = QLabel()
        all_button = QPushButton(self.tr("&All"))
        none_button = QPushButton(self.tr("&None"))
        all_button.clicked.connect(lambda: self.check_all(True))
        none_button.clicked.connect(lambda: self.check_all(False))
        self.priority_model.itemChanged.connect(lambda _i: self._options_changed())

        default_method = info.method if info else str(app_options.get("voting_method"))
        self.method_combo = method_combo(default_method)
        self.params_editor = ParamsEditor()
        self.params_editor.set_method(default_method, len(self.priority_ids()),
                                      dict(info.params) if info else None)
        self.method_combo.currentIndexChanged.connect(lambda _i: self._method_changed())
        self.anonymity = AnonymityChoice(info.anonymity if info else "anonymous")

        self.view_combo = QComboBox()
        for key, label in view_choices():
            self.view_combo.addItem(self.tr(label), key)
        self.view_combo.setCurrentIndex(max(0, self.view_combo.findData(
            info.view_filter if info else "all")))
        self.weights_check = QCheckBox(self.tr("Count vote weights"))
        self.weights_check.setObjectName("use_weights")
        self.weights_check.setChecked(bool(info.use_weights) if info else False)
        self._weights_wanted = self.weights_check.isChecked()  # restored when leaving secret
        self.weights_check.toggled.connect(self._weights_toggled)
        self.weights_note = QLabel(self.tr(SECRET_WEIGHTS_REFUSED))
        self.weights_note.setObjectName("weights_note")
        self.weights_note.setWordWrap(True)
        self.codes_note = QLabel(self.tr(
            "%n phone code(s) (was|were) issued for this round. A secret round's slips name "
            "nobody and the others' name a member, so changing to or from secret withdraws "
            "them: their slips stop working, and new ones must be printed after the change.",
            "", info.phone_codes if info else 0))
        self.codes_note.setObjectName("codes_note")
        self.codes_note.setWordWrap(True)
        bold = self.codes_note.font()
        bold.setBold(True)
        self.codes_note.setFont(bold)
        self.anonymity.group.buttonToggled.connect(lambda *_: self._anonymity_changed())

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Priorities on the ballot:")))
        left.addWidget(self.priority_view, 1)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addWidget(self.priority_count, 1)
        left.addLayout(row)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Method"), self.method_combo)
        form.addRow(self.params_editor)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.anonymity)
        right.addWidget(self.codes_note)
        results = QFormLayout()
        results.addRow(self.tr("Results show"), self.view_combo)
        results.addRow(self.weights_check)
        results.addRow(self.weights_note)
        right.addLayout(results)
        right.addStretch(1)
        self.lock_note = QLabel(self.tr(
            "Ballots have been cast: the method, the options and the anonymity mode are "
            "locked. Start a new round to change them."))
        self.lock_note.setWordWrap(True)
        self.lock_note.setVisible(locked)
        right.addWidget(self.lock_note)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        for widget in (self.priority_view, all_button, none_button, self.method_combo,
                       self.params_editor, self.anonymity):
            widget.setEnabled(not locked)
        self.resize(self.fontMetrics().averageCharWidth() * 130, self.fontMetrics().height() * 34)
        self._options_changed()
        self._anonymity_changed()

    def check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for n in range(self.priority_model.rowCount()):
            self.priority_model.item(n).setCheckState(state)

    def priority_ids(self) -> list[int]:
        return [self.priority_model.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.priority_model.rowCount())
                if self.priority_model.item(n).checkState() == Qt.CheckState.Checked]

    def set_method(self, method: str) -> None:
        self.method_combo.setCurrentIndex(self.method_combo.findData(method))

    def _method_changed(self) -> None:
        self.params_editor.set_method(self.method_combo.currentData(), len(self.priority_ids()),
                                      None)

    def _weights_toggled(self, on: bool) -> None:
        if self.weights_check.isEnabled():
            self._weights_wanted = on

    def _anonymity_changed(self) -> None:
        """Secret rounds count every ballot once: weights off, greyed, and why."""
        secret = self.anonymity.value() == "secret"
        self.weights_check.setEnabled(not secret)
        self.weights_check.setChecked(False if secret else self._weights_wanted)
        self.weights_note.setVisible(secret)
        if self.info is not None:  # the phone codes issued would not fit the round any more
            self.codes_note.setVisible(bool(self.info.phone_codes) and not self.info.locked
                                       and secret != (self.info.anonymity == "secret"))
        else:
            self.codes_note.setVisible(False)

    def _options_changed(self) -> None:
        n = len(self.priority_ids())
        self.priority_count.setText(self.tr("{0} of {1} chosen").format(
            n, self.priority_model.rowCount()))
        self.params_editor.options_changed(n)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text().strip(),
            "priority_ids": self.priority_ids(),
            "method": self.method_combo.currentData(),
            "params": self.params_editor.params(),
            "anonymity": self.anonymity.value(),
            "view_filter": self.view_combo.currentData(),
            # never True for a secret round (create/update_round would refuse it)
            "use_weights": self.weights_check.isChecked() and self.anonymity.value() != "secret",
        }
