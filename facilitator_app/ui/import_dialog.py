"""Importing members: confirm the columns, look at every row, then import.

Two steps in one dialog. *Columns*: each column of the file with a few
example values and the roster field it goes into (guessed from its title,
changeable), plus the order of dates written like 12/05/2022. *Preview*:
every row with what will happen to it (new, update, skip, error) and every
problem with its reason; duplicates are skipped or update the member; rows
in error are left out (a name typed into one fixes it). Nothing is written
until Import is pressed, and then all of it is written in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.domain import MEMBER_FIELDS, MEMBER_TYPES
from facilitator_app.core.errors import UserError
from facilitator_app.core.roster_fields import FIELDS, bool_text, choice_label
from facilitator_app.core.roster_import import (
    ImportPlan,
    PlannedRow,
    Problem,
    SourceTable,
    choose,
    column_letter,
    guess_mapping,
    parse_rows,
)
from facilitator_app.core.roster_update import NOTES_FIELD, REASONS, FieldChange
from facilitator_app.services import roster as roster_service
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.member_form import NOT_SET, error_colours
from facilitator_app.ui.operation import Op

_ROOT = QModelIndex()  # the invisible root: these are flat tables
RowNumberRole = Qt.ItemDataRole.UserRole + 1
HasProblemRole = Qt.ItemDataRole.UserRole + 2

# parsed rows, on_duplicate, rows left out, file name, choices (row, field) -> take
CommitFn = Callable[[list, str, set, str, dict], Any]


def problem_text(problem: Problem) -> str:
    """A problem in the user's language (templates are translated, then filled)."""
    params = dict(problem.params)
    if "label" in params:
        params["label"] = QCoreApplication.translate("roster", str(params["label"]))
    return QCoreApplication.translate("roster", problem.template).format(**params)


def counts_text(plan: ImportPlan) -> str:
    """"8 new, 1 updated (3 fields), 2 unchanged, 1 duplicate row in the file
    skipped" in the user's language."""
    return ", ".join(QCoreApplication.translate("roster", template).format(**params)
                     for template, params in plan.counts())


def value_text(field: str, value: Any) -> str:
    """A member field's value as the screen shows it ("" for none)."""
    if value is None or value == "":
        return ""
    kind = FIELDS[field].kind
    if kind == "choice":
        return QCoreApplication.translate("domain", choice_label(field, value))
    if kind == "bool":
        return QCoreApplication.translate("roster", bool_text(value))
    if isinstance(value, date):
        return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class PreviewModel(QAbstractTableModel):
    """One line per file row: include?, row, what happens, name, type, problems."""

    COLUMNS = ("Import", "Row", "What happens", "Organisation", "Type", "Problems")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[PlannedRow] = []
        self.notices: dict[int, list[Problem]] = {}
        self.on_toggle: Callable[[int, bool], None] | None = None
        self.on_rename: Callable[[int, str], None] | None = None
        self._types = {k: QCoreApplication.translate("domain", label) for k, label in MEMBER_TYPES}
        self._error_text = None

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self.rows = list(plan.rows)
        self.notices = {}
        for notice in plan.notices:
            self.notices.setdefault(notice.row, []).append(notice)
        self.endResetModel()

    def set_error_colour(self, colour) -> None:
        self._error_text = colour

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ImportDialog", self.COLUMNS[section])
        return None

    def problems(self, planned: PlannedRow) -> list[Problem]:
        return list(planned.problems) + self.notices.get(planned.row, [])

    def action_text(self, planned: PlannedRow) -> str:
        def t(text: str) -> str:
            return QCoreApplication.translate("ImportDialog", text)

        match planned.action:
            case "add":
                return t("New member")
            case "update":
                n = planned.fields_taken
                return (t("Updates \u201c{0}\u201d (1 field)") if n == 1
                        else t("Updates \u201c{0}\u201d ({1} fields)")).format(
                    planned.member_name, n)
            case "unchanged":
                return t("In the roster: nothing changes")
            case "duplicate":
                return t("Skipped: same as row {0}").format(planned.duplicate_of)
            case "skip":
                return t("Skipped: already in the roster")
            case "reject":
                return t("Error: left out")
            case "exclude":
                return t("Left out")
        return planned.action

    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        planned = self.rows[index.row()]
        if index.column() == 0 and not planned.parsed.has_error:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == 3:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        planned = self.rows[index.row()]
        column = index.column()
        values = planned.parsed.values
        if role == RowNumberRole:
            return planned.row
        if role == HasProblemRole:
            return bool(self.problems(planned))
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            included = planned.action not in ("exclude", "reject")
            return Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 1:
                return planned.row
            if column == 2:
                return self.action_text(planned)
            if column == 3:
                return values.get("name") or planned.parsed.source_name
            if column == 4:
                key = values.get("member_type")
                return self._types.get(key, "") if key else ""
            if column == 5:
                return "\n".join(
                    ("\u2716 " if p.severity == "error" else "\u26a0 ") + problem_text(p)
                    for p in self.problems(planned)
                )
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 5):
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        if (role == Qt.ItemDataRole.ForegroundRole and planned.parsed.has_error
                and self._error_text is not None):
            return self._error_text
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        planned = self.rows[index.row()]
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            if self.on_toggle:
                self.on_toggle(planned.row, Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if index.column() == 3 and role == Qt.ItemDataRole.EditRole:
            if self.on_rename:
                self.on_rename(planned.row, str(value))
            return True
        return False


class ProblemsOnlyProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_problems = False

    def set_only_problems(self, on: bool) -> None:
        self.only_problems = on
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not self.only_problems:
            return True
        return bool(self.sourceModel().index(row, 0).data(HasProblemRole))


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, table: SourceTable, commit: CommitFn,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.commit = commit
        self.mapping: list[str | None] = guess_mapping(table)
        self.excluded: set[int] = set()
        self.name_overrides: dict[int, str] = {}
        self.choices: dict[tuple[int, str], bool] = {}  # (row, field) -> take the file's
        self._filling = False
        self.parsed: list = []
        self.plan: ImportPlan | None = None
        self.import_result = None
        self.setWindowTitle(self.tr("Import members from {0}").format(table.name))
        self.setSizeGripEnabled(True)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_columns_page())
        self.pages.addWidget(self._build_preview_page())

        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(lambda: self.go_to(0))
        self.next_button.clicked.connect(lambda: self.go_to(1))
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        fm = self.fontMetrics()
        width, height = fm.averageCharWidth() * 150, fm.height() * 36
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, int(screen.width() * 0.9))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)
        self.go_to(0)

    # ----- step 1: columns -------------------------------------------------
    def _build_columns_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        header = self.table.header_row_number
        data_rows = sum(1 for _, cells in self.table.data_rows() if any(
            c is not None for c in cells))
        if header is None:
            intro = self.tr(
                "No row of column titles was recognised in {0}. Choose below what each "
                "column holds; the first row is read as titles."
            ).format(self.table.name)
            self.table.header_index = 0 if self.table.rows else None
        else:
            intro = self.tr(
                "{0}: column titles found on row {1}, %n row(s) with data below them. "
                "Check what each column holds; columns set to \u201cDo not import\u201d "
                "are left out.", "", data_rows
            ).format(self.table.name, header)
        self.columns_intro = QLabel(intro)
        self.columns_intro.setWordWrap(True)
        layout.addWidget(self.columns_intro)

        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        for col, title in enumerate((self.tr("Column"), self.tr("Examples"),
                                     self.tr("Imports into"))):
            label = QLabel(f"<b>{title}</b>")
            grid.addWidget(label, 0, col)
        self.mapping_combos: list[QComboBox] = []
        headers = self.table.headers
        for col in range(self.table.width):
            title = QLabel(f"{column_letter(col)}: {headers[col]}")
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setWordWrap(True)
            samples = QLabel(" | ".join(s if len(s) <= 40 else s[:39] + "\u2026"
                                        for s in self.table.samples(col)))
            samples.setTextFormat(Qt.TextFormat.PlainText)
            samples.setWordWrap(True)
            combo = QComboBox()
            combo.addItem(self.tr("Do not import"), NOT_SET)
            for spec in MEMBER_FIELDS:
                combo.addItem(QCoreApplication.translate("roster", spec.label), spec.name)
            combo.setCurrentIndex(max(combo.findData(self.mapping[col] or NOT_SET), 0))
            combo.currentIndexChanged.connect(lambda _i, c=col: self._mapping_changed(c))
            combo.setAccessibleName(self.tr("Column {0} imports into").format(headers[col]))
            title.setBuddy(combo)
            self.mapping_combos.append(combo)
            grid.addWidget(title, col + 1, 0)
            grid.addWidget(samples, col + 1, 1)
            grid.addWidget(combo, col + 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(self.table.width + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        layout.addWidget(scroll, 1)

        self.mapping_warning = QLabel()
        self.mapping_warning.setWordWrap(True)
        layout.addWidget(self.mapping_warning)
        dates = QHBoxLayout()
        self.date_order_combo = QComboBox()
        self.date_order_combo.addItem(self.tr("Work it out (day first when unsure)"), "auto")
        self.date_order_combo.addItem(self.tr("Day first: 12/05/2022 is 12 May"), "dmy")
        self.date_order_combo.addItem(self.tr("Month first: 12/05/2022 is 5 December"), "mdy")
        label = QLabel(self.tr("Dates written like 12/05/2022:"))
        label.setBuddy(self.date_order_combo)
        dates.addWidget(label)
        dates.addWidget(self.date_order_combo)
        dates.addStretch(1)
        layout.addLayout(dates)
        self._check_mapping()
        return page

    def _mapping_changed(self, col: int) -> None:
        field = self.mapping_combos[col].currentData() or None
        if field is not None and field != "notes":
            for other, combo in enumerate(self.mapping_combos):  # a field takes one column
                if other != col and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.mapping = [c.currentData() or None for c in self.mapping_combos]
        self._check_mapping()

    def _check_mapping(self) -> None:
        has_name = "name" in self.mapping
        _, text = error_colours(self.palette())
        if has_name:
            self.mapping_warning.setText("")
        else:
            self.mapping_warning.setText("\u26a0 " + self.tr(
                "Choose the column that holds the organisation name: without it no row "
                "can be imported."))
            palette = self.mapping_warning.palette()
            palette.setColor(self.mapping_warning.foregroundRole(), text)
            self.mapping_warning.setPalette(palette)
        if hasattr(self, "next_button"):
            self.next_button.setEnabled(has_name and self.pages.currentIndex() == 0)

    # ----- step 2: preview ---------------------------------------------------
    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("import_summary")
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        layout.addWidget(self.summary_label)

        dup = QHBoxLayout()
        dup.addWidget(QLabel(self.tr("Members already in the roster:")))
        self.skip_radio = QRadioButton(self.tr("&Skip them"))
        self.update_radio = QRadioButton(self.tr("&Update them, field by field"))
        self.skip_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip_radio)
        group.addButton(self.update_radio)
        self.skip_radio.toggled.connect(lambda _on: self._mode_changed())
        dup.addWidget(self.skip_radio)
        dup.addWidget(self.update_radio)
        dup.addStretch(1)
        layout.addLayout(dup)

        self.preview_tabs = QTabWidget()
        self.preview_tabs.addTab(self._build_rows_tab(), self.tr("&Rows"))
        self.preview_tabs.addTab(self._build_changes_tab(), self.tr("&Changes to members"))
        layout.addWidget(self.preview_tabs, 1)
        return page

    def _build_rows_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"))
        layout.addWidget(self.only_problems)

        self.preview_model = PreviewModel(self)
        self.preview_model.on_toggle = self._toggle_row
        self.preview_model.on_rename = self._rename_row
        self.preview_proxy = ProblemsOnlyProxy(self)
        self.preview_proxy.setSourceModel(self.preview_model)
        self.only_problems.toggled.connect(self.preview_proxy.set_only_problems)
        self.preview = QTableView()
        self.preview.setModel(self.preview_proxy)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(True)
        self.preview.setAlternatingRowColors(True)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.preview.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for col, chars in enumerate((8, 6, 30, 30, 16)):
            header.resizeSection(col, chars * char)
        header.setStretchLastSection(True)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.preview, 1)
        hint = QLabel(self.tr(
            "Rows in error cannot be imported as they are: they are left out. To fix one, "
            "double-click its organisation name and type the right one. Warnings import: the "
            "doubtful field is left empty and what the file said is kept in the member's notes. "
            "A row that repeats an earlier row of the file is skipped: the first one counts."
        ))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        return tab

    def _build_changes_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.changes_intro = QLabel()
        self.changes_intro.setWordWrap(True)
        layout.addWidget(self.changes_intro)
        self.changes = QTreeWidget()
        self.changes.setObjectName("import_changes")
        self.changes.setColumnCount(4)
        self.changes.setHeaderLabels([
            self.tr("Member and field"),
            self.tr("In the roster now"), self.tr("In the file"), self.tr("Suggested because"),
        ])
        self.changes.setAlternatingRowColors(True)
        self.changes.setWordWrap(True)
        self.changes.setUniformRowHeights(False)
        self.changes.setAccessibleName(self.tr("Changes to members already in the roster"))
        header = self.changes.header()
        char = self.fontMetrics().averageCharWidth()
        for col, chars in enumerate((40, 30, 30)):
            header.resizeSection(col, chars * char)
        header.setStretchLastSection(True)
        self.changes.itemChanged.connect(self._change_ticked)
        layout.addWidget(self.changes, 1)
        buttons = QHBoxLayout()
        self.suggested_button = QPushButton(self.tr("Su&ggested choices"))
        self.keep_all_button = QPushButton(self.tr("&Keep every roster value"))
        self.take_all_button = QPushButton(self.tr("&Take every value from the file"))
        self.suggested_button.clicked.connect(lambda: self._choose_all(None))
        self.keep_all_button.clicked.connect(lambda: self._choose_all(False))
        self.take_all_button.clicked.connect(lambda: self._choose_all(True))
        for button in (self.suggested_button, self.keep_all_button, self.take_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return tab

    def _toggle_row(self, row: int, include: bool) -> None:
        if include:
            self.excluded.discard(row)
        else:
            self.excluded.add(row)
        self.refresh_plan(reparse=False)

    def _rename_row(self, row: int, name: str) -> None:
        self.name_overrides[row] = name
        self.excluded.discard(row)
        self.refresh_plan()

    @property
    def on_duplicate(self) -> str:
        return "update" if self.update_radio.isChecked() else "skip"

    def _mode_changed(self) -> None:
        self.refresh_plan(reparse=False)
        if self.on_duplicate == "update" and self.changes.topLevelItemCount():
            self.preview_tabs.setCurrentIndex(1)

    def refresh_plan(self, reparse: bool = True) -> None:
        if reparse or not self.parsed:
            self.parsed = parse_rows(
                self.table, self.mapping, self.date_order_combo.currentData(),
                name_overrides=self.name_overrides,
            )
        done = Op(self, self.ctx).run(lambda s: roster_service.preview_import(
            s, self.parsed, self.on_duplicate, self.excluded, self.choices))
        if not done:
            return
        self.plan = done.value
        _, text = error_colours(self.palette())
        self.preview_model.set_error_colour(text)
        self.preview_model.set_plan(self.plan)
        self._fill_changes()
        self._update_summary()

    # ----- the changes to existing members ------------------------------------
    def _fill_changes(self) -> None:
        plan = self.plan
        assert plan is not None
        self._filling = True
        self.changes.clear()
        rows = [r for r in plan.rows if r.changes]
        for planned in rows:
            member = QTreeWidgetItem(self.changes)
            member.setData(0, Qt.ItemDataRole.UserRole, planned.row)
            member.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                            | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            font = member.font(0)
            font.setBold(True)
            member.setFont(0, font)
            for change in planned.changes:
                item = QTreeWidgetItem(member)
                item.setData(0, Qt.ItemDataRole.UserRole, change.field)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setText(0, QCoreApplication.translate("roster", FIELDS[change.field].label))
                self._show_change(item, change)
            self._show_member(member, planned)
            member.setExpanded(True)
        self._filling = False
        tab = self.preview_tabs.indexOf(self.changes.parentWidget())
        self.preview_tabs.setTabText(tab, self.tr("&Changes to members ({0})").format(len(rows)))
        self.preview_tabs.setTabEnabled(tab, bool(rows))
        for button in (self.suggested_button, self.keep_all_button, self.take_all_button):
            button.setEnabled(bool(rows))
        self.changes_intro.setText(self.tr(
            "For each member already in the roster, the fields the file would change. Ticked: "
            "the file's value is taken; not ticked: the roster's value stays. Suggested: an "
            "accented spelling is kept over the same name without accents, an empty cell never "
            "erases a value, the file's notes are added below the roster's (never replacing "
            "them). Tick or untick a member to choose for all its fields."))
        for col in (1, 2):
            self.changes.resizeColumnToContents(col)
            width = self.changes.columnWidth(col)
            self.changes.setColumnWidth(col, min(width, self.fontMetrics().averageCharWidth() * 40))

    def _show_change(self, item: QTreeWidgetItem, change: FieldChange) -> None:
        """One field: its two values, the one that will be dropped struck out and muted."""
        item.setCheckState(0, Qt.CheckState.Checked if change.take else Qt.CheckState.Unchecked)
        now = value_text(change.field, change.current)
        new = value_text(change.field, change.incoming)
        if change.field == NOTES_FIELD:
            new = "+ " + new.replace("\n", "\n+ ")
        empty = self.tr("(empty)")
        item.setText(1, now or empty)
        item.setText(2, new or empty)
        reason = QCoreApplication.translate("roster", REASONS[change.reason])
        item.setText(3, reason if change.take == change.suggested else self.tr("your choice"))
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        normal = self.palette().color(QPalette.ColorRole.Text)
        dropped, kept = (1, 2) if change.take else (2, 1)
        if change.field == NOTES_FIELD and change.take:
            dropped = -1  # the roster's notes stay, the file's lines go below them
        for col in (1, 2):
            font = QFont(item.font(col))
            font.setStrikeOut(col == dropped)
            font.setBold(col == kept)
            item.setFont(col, font)
            item.setForeground(col, muted if col == dropped else normal)
            item.setToolTip(col, item.text(col))
        item.setToolTip(0, self.tr("Ticked: the file's value is taken") if change.take
                        else self.tr("Not ticked: the roster's value stays"))

    def _show_member(self, member: QTreeWidgetItem, planned: PlannedRow) -> None:
        n, total = planned.fields_taken, len(planned.changes)
        member.setText(0, self.tr("{0} (row {1})").format(planned.member_name, planned.row))
        if n == 0:
            text = self.tr("nothing changes: every roster value stays")
        elif n == total:
            text = self.tr("every value from the file")
        else:
            text = self.tr("{0} of {1} values from the file").format(n, total)
        member.setText(1, text)
        member.setFirstColumnSpanned(False)

    def _change_ticked(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or item.parent() is None or self.plan is None:
            return
        row = item.parent().data(0, Qt.ItemDataRole.UserRole)
        field = item.data(0, Qt.ItemDataRole.UserRole)
        take = item.checkState(0) == Qt.CheckState.Checked
        self.choices[(row, field)] = take
        choose(self.plan, row, field, take)
        planned = next(r for r in self.plan.rows if r.row == row)
        self._filling = True
        self._show_change(item, next(c for c in planned.changes if c.field == field))
        self._show_member(item.parent(), planned)
        self._filling = False
        self.preview_model.set_plan(self.plan)
        self._update_summary()

    def _choose_all(self, take: bool | None) -> None:
        """Every field of every member: the suggestion (None), keep, or take."""
        if self.plan is None:
            return
        self.choices = {}
        if take is not None:
            self.choices = {(r.row, c.field): take for r in self.plan.rows for c in r.changes}
        self.refresh_plan(reparse=False)

    def _update_summary(self) -> None:
        plan = self.plan
        assert plan is not None
        warnings = len(plan.warnings) - len(plan.notices)
        text = counts_text(plan)
        if warnings:
            text += " " + (self.tr("(1 warning)") if warnings == 1
                           else self.tr("({0} warnings)").format(warnings))
        self.summary_label.setText(text)
        added, updated = plan.added, plan.updated
        self.import_button.setEnabled(plan.writes)
        if added and updated:
            label = self.tr("&Import: add {0}, update {1}").format(added, updated)
        elif added:
            label = (self.tr("&Import: add 1 member") if added == 1
                     else self.tr("&Import: add {0} members").format(added))
        elif updated:
            label = (self.tr("&Import: update 1 member") if updated == 1
                     else self.tr("&Import: update {0} members").format(updated))
        else:
            label = self.tr("Nothing to import")
        self.import_button.setText(label)

    # ----- navigation and commit --------------------------------------------
    def go_to(self, step: int) -> None:
        if step == 1:
            self.refresh_plan()
        self.pages.setCurrentIndex(step)
        self.back_button.setEnabled(step == 1)
        self.next_button.setVisible(step == 0)
        self.import_button.setVisible(step == 1)
        self._check_mapping()
        if step == 1:
            self.import_button.setDefault(True)
        else:
            self.next_button.setDefault(True)

    def do_import(self) -> None:
        if self.plan is None:
            return
        left_out = set(self.excluded) | {r.row for r in self.plan.rows if r.action == "reject"}
        try:
            self.import_result = self.commit(self.parsed, self.on_duplicate, left_out,
                                             self.table.name, dict(self.choices))
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        self.accept()
