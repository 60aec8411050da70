"""Preview of an action plan taken back from a workbook, before anything is written.

Every row that would change something is listed with its fields, before and
after; a file with a row the app cannot take lists those rows with their
reasons instead, and cannot be applied (all or nothing, like the roster
import). Applying writes everything at once, as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.errors import UserError
from facilitator_app.services.decisions import PlanImport
from facilitator_app.ui.action_dialogs import ProblemLabel


class PlanImportDialog(QDialog):
    def __init__(self, plan: PlanImport, apply: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._apply = apply
        self.setWindowTitle(self.tr("Import the action plan — {0}").format(plan.source))
        self.summary = QLabel(plan.summary)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setObjectName("plan_import_changes")
        self.tree.setHeaderLabels([self.tr("Row"), self.tr("Before"), self.tr("After")])
        self.tree.setWordWrap(True)
        if plan.problems:
            self.tree.setColumnCount(1)
            self.tree.setHeaderLabels([self.tr("Rows the app cannot take")])
            self.tree.setRootIsDecorated(False)
            for problem in plan.problems:
                item = QTreeWidgetItem(self.tree, [problem])
                item.setToolTip(0, problem)
        else:
            for change in plan.changes:
                what = self.tr("new") if change.is_new else self.tr("changed")
                top = QTreeWidgetItem(self.tree, [
                    self.tr("{0}, row {1}: {2} ({3})").format(change.sheet, change.row,
                                                              change.title, what)])
                top.setFirstColumnSpanned(True)
                for f in change.changes:
                    item = QTreeWidgetItem(top, [f.field, f.before, f.after])
                    item.setToolTip(1, f.before)
                    item.setToolTip(2, f.after)
            self.tree.expandAll()
            header = self.tree.header()
            header.setStretchLastSection(False)
            header.resizeSection(0, self.fontMetrics().averageCharWidth() * 20)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problem = ProblemLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("&Apply all"))
        self.apply_button.setEnabled(plan.ok and bool(plan.changes))
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 120, self.fontMetrics().lineSpacing() * 30)

    def apply(self) -> None:
        try:
            self._apply()
        except UserError as exc:
            self.problem.say(exc.message)
            return
        self.accept()
