"""Home page: the cluster profile, saved as it is edited.

It is the first page shown. At a cold start (the database layer not loaded
yet, see ``AppContext.database_loaded``) it reads the profile with sqlite3
(:mod:`services.first_screen`), so it appears without waiting for SQLAlchemy;
saving goes through the profile service as always.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.domain import MATURITY_LEVELS
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.operation import Op
from facilitator_app.ui.preset_words import shown, shown_list, stored


class HomePage(QWidget):
    page_key = "home"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.country_edit = QLineEdit()
        self.sector_edit = QLineEdit()
        self.type_combo = QComboBox()
        self.type_combo.setEditable(True)
        self.type_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.maturity_combo = QComboBox()
        self.maturity_combo.addItem(self.tr("(not set)"), "")
        for key, label in MATURITY_LEVELS:
            self.maturity_combo.addItem(self.tr(label), key)
        self.facilitator_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)

        form_box = QGroupBox(self.tr("Cluster profile"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Country"), self.country_edit)
        form.addRow(self.tr("&Sector"), self.sector_edit)
        form.addRow(self.tr("Cluster &type"), self.type_combo)
        form.addRow(self.tr("&Maturity"), self.maturity_combo)
        form.addRow(self.tr("&Facilitator"), self.facilitator_edit)
        form.addRow(self.tr("&Description"), self.description_edit)
        self.saved_label = QLabel()
        form.addRow("", self.saved_label)

        self.body = QVBoxLayout()
        self.body.addWidget(self.title_label)
        self.body.addWidget(form_box)
        # The health panel (it refreshes on ctx.changed). At a cold start a
        # placeholder stands in for it until the database layer has loaded.
        self.health_panel: QWidget
        if ctx.database_loaded:
            self.health_panel = self._new_health_panel()
        else:
            self.health_panel = QGroupBox(self.tr("Cluster health"))
            QVBoxLayout(self.health_panel).addWidget(QLabel(self.tr("Measuring…")))
            ctx.after_database_loads(self._replace_placeholder)
        self.body.addWidget(self.health_panel)
        self.body.addStretch(1)
        inner = QWidget()
        inner.setLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._line_fields = {
            "name": self.name_edit,
            "country": self.country_edit,
            "sector": self.sector_edit,
            "facilitator": self.facilitator_edit,
        }
        for field, edit in self._line_fields.items():
            edit.editingFinished.connect(lambda f=field, e=edit: self._save(f, e.text()))
        self.type_combo.lineEdit().editingFinished.connect(
            lambda: self._save("cluster_type", stored(self.type_combo.currentText()))
        )
        self.type_combo.activated.connect(
            lambda _i: self._save("cluster_type", stored(self.type_combo.currentText()))
        )
        self.maturity_combo.currentIndexChanged.connect(
            lambda _i: self._save("maturity", self.maturity_combo.currentData())
        )
        # The description saves shortly after typing stops, and on leaving it.
        self._description_timer = QTimer(self)
        self._description_timer.setSingleShot(True)
        self._description_timer.setInterval(600)
        self._description_timer.timeout.connect(self._save_description)
        self.description_edit.textChanged.connect(self._description_timer.start)

        self.load()

    def _new_health_panel(self) -> QWidget:
        from facilitator_app.ui.health_panel import HealthPanel

        return HealthPanel(self.ctx)

    def _replace_placeholder(self) -> None:
        placeholder, self.health_panel = self.health_panel, self._new_health_panel()
        self.body.replaceWidget(placeholder, self.health_panel)
        placeholder.deleteLater()

    def _read(self) -> tuple[dict[str, str], list[str]]:
        """The profile's fields and the cluster-type list."""
        if not self.ctx.database_loaded:
            from facilitator_app.services.first_screen import read_profile

            return read_profile(self.ctx.workspace.path)
        from dataclasses import asdict

        from facilitator_app.services import profile as profile_service

        # a refusal goes to the caller (the window opening the workspace says it)
        return Op(self, self.ctx).fetch(lambda s: (
            asdict(profile_service.get_profile(s)), profile_service.cluster_types(s)))

    def load(self) -> None:
        self._loading = True
        try:
            data, types = self._read()
            for field, edit in self._line_fields.items():
                edit.setText(data[field])
            self.type_combo.clear()
            # presets stored in English, shown in the window's language
            self.type_combo.addItems(shown_list(types))
            self.type_combo.setCurrentText(shown(data["cluster_type"]))
            index = self.maturity_combo.findData(data["maturity"])
            self.maturity_combo.setCurrentIndex(max(index, 0))
            self.description_edit.setPlainText(data["description"])
            self._description_timer.stop()
            self._show_title(data["name"])
        finally:
            self._loading = False

    def _show_title(self, name: str) -> None:
        self.title_label.setText(name or self.tr("Unnamed cluster"))

    def _save_description(self) -> None:
        self._save("description", self.description_edit.toPlainText())

    def flush(self) -> None:
        """Save anything still pending (called before the window closes)."""
        if self._description_timer.isActive():
            self._description_timer.stop()
            self._save_description()

    def _save(self, field: str, value: str | None) -> None:
        if self._loading:
            return
        from facilitator_app.services import profile as profile_service

        def save(s):
            if (value or "") == getattr(profile_service.get_profile(s), field):
                return None
            return profile_service.update_profile(s, **{field: value or ""})

        done = Op(self, self.ctx).run(save)
        data = done.value if done else None
        if data is None:  # refused (and said), or nothing to save
            return
        if field == "name":
            self._show_title(data.name)
        self.saved_label.setText(self.tr("Saved."))
        self.ctx.show_status(self.tr("Profile saved."))
        self.ctx.notify("profile")

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)
