"""Small pieces the voting screens share: words, numbers, fonts, tints.

- method, anonymity and source names as people read them (translated);
- :func:`facilitator_name`: who the ballots entered on this laptop are
  recorded as entered by (the ``facilitator_name`` option, else
  "facilitator");
- :func:`projector_font`: the kiosk and the results are read from the back
  of a room, so their text is the desktop font times a factor times the
  ``font_scale`` option;
- :func:`tint`: warning and success backgrounds mixed from the palette, so
  they stay readable in dark mode.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from facilitator_app import options as app_options
from facilitator_app.core.domain import ANONYMITY_MODES, BALLOT_SOURCES, VOTING_METHODS, label_of
from facilitator_app.core.voting import method_spec

_CTX = "Voting"

ANONYMITY_SHORT = {"named": "Named", "anonymous": "Anonymous", "secret": "Secret"}
STATUS_LABELS = {"open": "Open", "closed": "Closed"}
SOURCE_SHORT = {"grid": "grid", "kiosk": "kiosk", "paper": "paper", "import": "import",
                "hands": "show of hands"}

# hues mixed into the palette's base colour
HUE_PROBLEM = QColor(214, 72, 52)
HUE_GOOD = QColor(46, 150, 80)
HUE_DRAFT = QColor(222, 160, 30)


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def method_label(method: str) -> str:
    return tr(label_of(VOTING_METHODS, method))


def anonymity_label(mode: str) -> str:
    return tr(ANONYMITY_SHORT.get(mode, mode))


def anonymity_explained(mode: str) -> str:
    """The one honest line per mode (core.domain.ANONYMITY_MODES)."""
    return tr(label_of(ANONYMITY_MODES, mode))


def source_label(source: str) -> str:
    return tr(label_of(BALLOT_SOURCES, source))


def status_label(status: str) -> str:
    return tr(STATUS_LABELS.get(status, status))


def facilitator_name() -> str:
    return str(app_options.get("facilitator_name") or "").strip() or "facilitator"


def font_scale() -> float:
    try:
        return int(app_options.get("font_scale")) / 100
    except (TypeError, ValueError):
        return 1.0


def projector_font(factor: float, bold: bool = False, base: QFont | None = None) -> QFont:
    """The desktop font enlarged by ``factor`` and the projector font scale."""
    font = QFont(base if base is not None else QApplication.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor * font_scale())
    font.setBold(bold)
    return font


def set_projector_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    widget.setFont(projector_font(factor, bold))


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def tint(palette: QPalette, hue: QColor, strength: float = 0.22) -> QColor:
    """A background for ``hue`` on this palette (stronger on a dark one)."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    return mix(base, hue, strength * (1.6 if dark else 1.0))


def number(x: Any, places: int = 2) -> str:
    """A score as people read it: 12, 3.5, 0.44 (no trailing zeros), with the
    window's decimal sign (3,5 in Spanish, French and Dutch)."""
    if x is None:
        return "–"
    if isinstance(x, Fraction):
        x = x.numerator if x.denominator == 1 else float(x)
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        if x.is_integer() and abs(x) < 1e15:
            return str(int(x))
        return f"{x:.{places}f}".rstrip("0").rstrip(".").replace(".", QLocale().decimalPoint())
    return str(x)


def percent(share: Any) -> str:
    if share is None:
        return "–"
    return f"{float(share) * 100:.0f} %"


def score_heading(method: str) -> str:
    return tr({
        "dots": "Dots", "approval": "Approvals", "borda": "Borda points",
        "irv": "Votes in its last count", "schulze": "Options it beats",
        "copeland": "Copeland score", "score": "Mean rating", "gradients": "Support",
    }.get(method, "Score"))


def is_ranked(method: str) -> bool:
    return method_spec(method).ranked


def safe_file_name(text: str) -> str:
    """A file name from a title: no characters Windows or macOS refuse."""
    cleaned = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text)
    return " ".join(cleaned.split()).strip(" .") or "ballots"


class _RowFitter(QObject):
    """Refits a table's rows shortly after its columns or its viewport change size."""

    def __init__(self, view, after=None) -> None:
        super().__init__(view)
        self.view = view
        self.after = after
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        view.horizontalHeader().sectionResized.connect(lambda *_: self.timer.start())
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.timer.start()
        return False

    def fit(self) -> None:
        self.view.resizeRowsToContents()
        if self.after is not None:
            self.after()


def keep_rows_fitted(view, after=None) -> None:
    """Row heights follow column widths (wrapped text), e.g. when a dialog first shows.

    Fitted once the layout has settled (a zero-delay timer: a stretched
    column reaches its final width only after the resize events that
    announce it). ``after`` runs once the rows are resized.
    """
    _RowFitter(view, after)
