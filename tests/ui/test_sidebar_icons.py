"""The selected page's icon stays visible in the sidebar, in a light and in
a dark palette (it was the selection's own blue on blue)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette

from facilitator_app.services.demo import create_demo
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import apply_appearance, configure_application
from facilitator_app.ui.main_window import MainWindow


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(
        c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def restore_palette():
    yield
    apply_appearance("system")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_selected_sidebar_icon_stands_out_from_the_selection(qtbot, tmp_path, scheme,
                                                             restore_palette):
    path = tmp_path / "démo.cluster"
    create_demo(path).close()
    configure_application()
    window = MainWindow(open_workspace(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    apply_appearance(scheme)  # switched while the app runs
    qtbot.waitUntil(lambda: (window.nav.palette().color(QPalette.ColorRole.Base).lightness()
                             < 128) == (scheme == "dark"))
    nav = window.nav
    row = window._nav_keys.index("workshops")
    item_rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
    assert nav.currentRow() == row
    nav.setFocus()
    image = nav.viewport().grab().toImage()
    # the selection's colour, read where the row has neither icon nor text
    background = image.pixelColor(item_rect.right() - 3, item_rect.center().y())
    size = nav.iconSize()
    icon_box = QRect(item_rect.left(), item_rect.top(), size.width() + 6, item_rect.height())
    strongest = max((image.pixelColor(x, y) for x in range(icon_box.left(), icon_box.right())
                     for y in range(icon_box.top(), icon_box.bottom())),
                    key=lambda c: contrast(c, background))
    assert contrast(strongest, background) >= 3.0, (strongest.name(), background.name())
    highlight = nav.palette().color(QPalette.ColorRole.Highlight)
    assert contrast(background, highlight) < 1.2  # it was read on the selection
    assert (nav.palette().color(QPalette.ColorRole.Base).lightness() < 128) == (
        scheme == "dark")
    window.close()


def test_the_selected_faq_icon_keeps_its_question_mark(qtbot, tmp_path, restore_palette):
    """The FAQ icon is a disc with a white "?": selected, the "?" stays cut out
    of the disc (in the selection's colour), not a plain white disc."""
    from PySide6.QtGui import QIcon

    path = tmp_path / "démo.cluster"
    create_demo(path).close()
    configure_application()
    window = MainWindow(open_workspace(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    nav = window.nav
    row = window._nav_keys.index("faq")
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(row)).center())
    assert nav.currentRow() == row
    palette = nav.palette()
    ink = palette.color(QPalette.ColorRole.HighlightedText)
    selection = palette.color(QPalette.ColorRole.Highlight)
    image = nav.item(row).icon().pixmap(nav.iconSize() * 2, QIcon.Mode.Selected).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width())
              for y in range(image.height())]
    opaque = [c for c in pixels if c.alpha() > 200]

    def near(a: QColor, b: QColor) -> bool:
        return max(abs(a.red() - b.red()), abs(a.green() - b.green()),
                   abs(a.blue() - b.blue())) < 40

    disc = sum(near(c, ink) for c in opaque)
    mark = sum(near(c, selection) for c in opaque)
    assert disc > len(opaque) / 2  # the disc, in the selection's text colour
    assert mark > 20  # and the "?" cut out of it
