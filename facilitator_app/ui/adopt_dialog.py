"""Adopt priorities from a closed round's result, with a decision statement.

Three ways, chosen at the top: the priorities the facilitator ticks (one
click per priority), the top k of the ranking (ties at the cut are all
adopted), or every priority that reached consensus (for the methods that
say so, i.e. gradients of agreement). The list always shows what will be
adopted; priorities adopted earlier in the workshop are greyed out. The
statement is proposed from the choice until the facilitator types their own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.errors import UserError
from facilitator_app.core.voting import method_spec
from facilitator_app.export.report_basis import placement_words
from facilitator_app.services import decisions
from facilitator_app.ui import languages
from facilitator_app.ui.action_commands import TOPIC, AdoptCommand
from facilitator_app.ui.action_dialogs import ProblemLabel
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.operation import Op
from facilitator_app.ui.voting_common import facilitator_name

TICKED, TOP, CONSENSUS = 0, 1, 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdoptDialog", text)


class AdoptDialog(QDialog):
    def __init__(self, ctx: AppContext, round_id: int, chosen: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.adoption: decisions.Adoption | None = None
        from facilitator_app.services import voting

        # a refusal here goes to whoever opens the dialog (adopt_from_round says it)
        info, self.candidates, has_consensus = Op(self, ctx).fetch(lambda s: (
            voting.get_round(s, round_id), decisions.candidates(s, round_id),
            decisions.has_consensus_figures(s, round_id)))
        self.setWindowTitle(self.tr("Adopt priorities — {0}").format(info.title))
        heading = self.tr(method_spec(info.method).score_heading).lower()
        self.ticked_radio = QRadioButton(self.tr("The priorities &ticked below"))
        self.top_radio = QRadioButton(self.tr("The t&op"))
        self.k_spin = QSpinBox()
        self.k_spin.setRange(1, max(1, len(self.candidates)))
        self.k_spin.setValue(min(3, len(self.candidates)))
        self.k_spin.setAccessibleName(self.tr("How many of the top priorities"))
        self.consensus_radio = QRadioButton(self.tr("All that reached &consensus"))
        self.consensus_radio.setEnabled(has_consensus)
        if not has_consensus:
            self.consensus_radio.setToolTip(self.tr(
                "This round's method does not say which priorities reached consensus "
                "(gradients of agreement does)."))
        self.mode = QButtonGroup(self)
        for button, key in ((self.ticked_radio, TICKED), (self.top_radio, TOP),
                            (self.consensus_radio, CONSENSUS)):
            self.mode.addButton(button, key)
        top_row = QHBoxLayout()
        top_row.addWidget(self.top_radio)
        top_row.addWidget(self.k_spin)
        top_row.addWidget(QLabel(self.tr("(ties at the cut are all adopted)")))
        top_row.addStretch(1)

        self.list = QListWidget()
        self.list.setObjectName("adopt_candidates")
        self.list.setWordWrap(True)
        for c in self.candidates:
            words = [f"{heading}: {c.score}"]
            if c.consensus is not None:
                words.append(self.tr("consensus") if c.consensus else self.tr("no consensus"))
            if c.adopted:
                words.append(self.tr("adopted already"))
            item = QListWidgetItem(f"{c.position}. {c.title}  ({', '.join(words)})")
            item.setData(Qt.ItemDataRole.UserRole, c.priority_id)
            item.setToolTip(placement_words(c.placement, languages.current())
                            if c.placement is not None else c.basis)
            flags = Qt.ItemFlag.ItemIsUserCheckable
            if not c.adopted:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.statement = QPlainTextEdit()
        self.statement.setObjectName("decision_statement")
        self.statement.setTabChangesFocus(True)
        self.statement.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self._proposed = ""
        self.problem = ProblemLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Adopt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Adopt")))
        layout.addWidget(self.ticked_radio)
        layout.addLayout(top_row)
        layout.addWidget(self.consensus_radio)
        layout.addWidget(self.list, 1)
        label = QLabel(self.tr("Decision &statement (what the members decided)"))
        label.setBuddy(self.statement)
        layout.addWidget(label)
        layout.addWidget(self.statement)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.mode.idClicked.connect(lambda _id: self._apply_mode())
        self.k_spin.valueChanged.connect(lambda _v: self._choose_mode(TOP))
        self.list.itemChanged.connect(lambda _item: self._list_changed())
        if chosen is not None:
            self.ticked_radio.setChecked(True)
            self.tick([chosen])
        elif has_consensus and any(c.consensus and not c.adopted for c in self.candidates):
            self.consensus_radio.setChecked(True)
        else:
            self.top_radio.setChecked(True)
        self._apply_mode()
        self.resize(self.fontMetrics().averageCharWidth() * 90,
                    self.fontMetrics().lineSpacing() * 32)

    # ----- choosing -----------------------------------------------------------------------
    def _choose_mode(self, mode: int) -> None:
        self.mode.button(mode).setChecked(True)
        self._apply_mode()

    def _apply_mode(self) -> None:
        mode = self.mode.checkedId()
        if mode == TOP:
            self.tick([c.priority_id for c in self.candidates if c.position <= self.k_spin.value()])
        elif mode == CONSENSUS:
            self.tick([c.priority_id for c in self.candidates if c.consensus])
        self._propose()

    def tick(self, priority_ids: list[int]) -> None:
        wanted = set(priority_ids)
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted and bool(
                item.flags() & Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._propose()

    def _list_changed(self) -> None:
        """Ticking by hand means "the priorities ticked below"."""
        if self.mode.checkedId() != TICKED:
            self.ticked_radio.setChecked(True)
        self._propose()

    def ticked(self) -> list[int]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def _propose(self) -> None:
        titles = [c.title for c in self.candidates if c.priority_id in set(self.ticked())]
        if len(titles) == 1:
            text = self.tr("The members adopt “{0}” as a priority of the cluster.").format(
                titles[0])
        elif titles:
            text = self.tr("The members adopt these {0} priorities as the cluster's "
                           "priorities.").format(len(titles))
        else:
            text = ""
        current = self.statement.toPlainText()
        if current == self._proposed:  # not typed over: follow the choice
            self.statement.setPlainText(text)
        self._proposed = text
        self.ok_button.setEnabled(bool(titles))

    # ----- adopting -------------------------------------------------------------------------
    def accept(self) -> None:
        mode = self.mode.checkedId()
        text = self.statement.toPlainText()
        k, ticked = self.k_spin.value(), self.ticked()

        def adopt(s) -> decisions.Adoption:
            if mode == TOP:
                return decisions.adopt_top(s, self.round_id, k, text, actor=facilitator_name())
            if mode == CONSENSUS:
                return decisions.adopt_consensus(s, self.round_id, text,
                                                 actor=facilitator_name())
            return decisions.adopt(s, self.round_id, ticked, text, actor=facilitator_name())

        done = Op(self, self.ctx).run(adopt, on_refusal=self.problem.say)
        if not done:
            return
        adoption = done.value
        self.adoption = adoption
        if adoption.decisions:
            self.ctx.undo_stack.push(AdoptCommand(
                self.ctx, [d.uid for d in adoption.decisions],
                [d.priority_title for d in adoption.decisions]))
            self.ctx.notify(TOPIC)
        self.ctx.show_status(adoption.message)
        super().accept()


def adopt_from_round(ctx: AppContext, round_id: int, parent: QWidget | None = None,
                     chosen: int | None = None) -> decisions.Adoption | None:
    """The Results tab's "Adopt…": the dialog, or a message when the round cannot be used."""
    from PySide6.QtWidgets import QMessageBox

    try:
        dialog = AdoptDialog(ctx, round_id, chosen, parent)
    except UserError as exc:
        QMessageBox.information(parent, _tr("Adopt priorities"), exc.message)
        return None
    dialog.exec()
    return dialog.adoption
