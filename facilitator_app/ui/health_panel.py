"""The cluster health panel on the Home page.

One line per check of ``services.health``: a status mark (✔ passed, ✖ not
yet, – unknown; the symbol carries the meaning, the colour only helps), what
was measured, the threshold, the success factor it comes from, and a short
explanation. The figure links to the page holding the data.

At a cold start the panel says "Measuring…" until the database layer has
loaded (see ``AppContext.after_database_loads``), so the Home page shows at
once and the checks follow.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from facilitator_app.core.health import HealthCheck
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.dates import date_text
from facilitator_app.ui.operation import Op

REFRESH_TOPICS = {"members", "profile", "workshops", "votes", "rounds", "voting", "attendance",
                  "action_plan"}


def status_colour(palette: QPalette, passed: bool | None) -> QColor:
    """Green / red / the normal text colour, light on dark themes and dark on light ones."""
    if passed is None:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    hue = 0.33 if passed else 0.0
    return QColor.fromHslF(hue, 0.7, 0.65 if dark else 0.32)


def _t(text: str) -> str:
    return QCoreApplication.translate("health", text)



def _for_screen(params: Mapping[str, Any]) -> dict[str, Any]:
    """The check's figures with ISO dates (2026-11-29) written the locale's way."""
    shown = dict(params)
    for name, value in params.items():
        if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
            try:
                shown[name] = date_text(date.fromisoformat(value))
            except ValueError:
                pass
    return shown

class HealthPanel(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Cluster health"))
        self.ctx = ctx
        self.checks: list[HealthCheck] = []
        self.intro = QLabel(self.tr(
            "Measured on the roster against the success factors of the Cluster "
            "Initiative Greenbook."))
        self.intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(3, 1)
        self.grid.setColumnStretch(4, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        self.marks: dict[str, QLabel] = {}
        self.figures: dict[str, QLabel] = {}
        ctx.changed.connect(self._on_changed)
        if ctx.database_loaded:
            self.refresh()
        else:
            self.grid.addWidget(QLabel(self.tr("Measuring…")), 0, 0)
            ctx.after_database_loads(self.refresh)

    def _on_changed(self, topic: str) -> None:
        if topic in REFRESH_TOPICS:
            self.refresh()

    def refresh(self) -> None:
        from facilitator_app.services.health import health_checks  # the database layer

        def show(checks) -> None:
            self.checks = checks
            self._render()

        Op(self, self.ctx).run(health_checks, success=show)

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.marks.clear()
        self.figures.clear()

    def _label(self, text: str, rich: bool = False) -> QLabel:
        from PySide6.QtCore import Qt  # Qt's enums are built on first use (~30 ms): not at import

        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _render(self) -> None:
        self._clear()
        headings = (self.tr("Check"), self.tr("Measured"), self.tr("Threshold"),
                    self.tr("Success factor"))
        for col, text in enumerate(headings, start=1):
            label = self._label(text)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            self.grid.addWidget(label, 0, col)
        row = 1
        for check in self.checks:
            mark = self._label(check.status_symbol)
            font = mark.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            mark.setFont(font)
            palette = mark.palette()
            palette.setColor(QPalette.ColorRole.WindowText,
                             status_colour(self.palette(), check.passed))
            mark.setPalette(palette)
            mark.setAccessibleName({True: self.tr("passed"), False: self.tr("not met"),
                                    None: self.tr("unknown")}[check.passed])
            title = self._label(_t(check.title))
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            params = _for_screen(check.params)
            figure_text = _t(check.figure).format(**params)
            figure = self._label(
                f'<a href="{escape(check.topic)}">{escape(figure_text)}</a>', rich=True)
            figure.setToolTip(self.tr("Open the page with these figures"))
            figure.linkActivated.connect(self.ctx.navigate)
            threshold = self._label(_t(check.threshold).format(**params))
            if check.factor:
                factor_text = self.tr("Factor {0}: {1}").format(check.factor, _t(check.factor_name))
            else:
                factor_text = _t(check.reference)
            factor = self._label(factor_text)
            explanation = self._label(_t(check.explanation))
            explanation.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.grid.addWidget(mark, row, 0)
            self.grid.addWidget(title, row, 1)
            self.grid.addWidget(figure, row, 2)
            self.grid.addWidget(threshold, row, 3)
            self.grid.addWidget(factor, row, 4)
            self.grid.addWidget(explanation, row + 1, 1, 1, 4)
            self.marks[check.id] = mark
            self.figures[check.id] = figure
            row += 2
