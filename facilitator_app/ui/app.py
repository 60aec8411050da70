"""Starting the GUI: the QApplication, the first workspace, the safety net."""

from __future__ import annotations

import re
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QFontMetrics, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QMessageBox,
    QWidget,
)

from facilitator_app import APP_NAME, __version__
from facilitator_app.core.errors import UserError
from facilitator_app.paths import default_workspace_path, get_asset, user_data_dir

if TYPE_CHECKING:
    from facilitator_app.storage.workspace import Workspace

ORGANISATION = "ClusterFacilitatorToolkit"
DEMO_FILE_NAME = "Demo - Grenada Cocoa & Spice Cluster.cluster"


def use_app_folder_for_qsettings() -> Path:
    """Keep the window's own state (recent files, geometry, column choices) in
    the user data folder, as an .ini file, instead of the system's settings
    store. A portable install, the self-test and the tests then never touch
    the settings of the person using the laptop. Returns the file's folder.
    """
    folder = user_data_dir() / "ui-state"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


class WheelOnlyWhenFocused(QObject):
    """Drop-downs and number boxes take the mouse wheel only while the user is
    working in them (they have the keyboard focus).

    Qt lets the wheel change a combo box or spin box under the pointer, and
    gives it the focus on the way: scrolling down a form silently turned a
    member's status from Active into Prospective, saved with the next row.
    Installed once on the application, so every such widget of every page
    and dialog behaves the same: the wheel no longer gives them the focus
    (``Qt.StrongFocus`` instead of ``Qt.WheelFocus``, set when the widget is
    polished) and, unfocused, they hand the wheel to the widgets underneath,
    so the page or scroll area there scrolls instead.
    """

    GUARDED = (QComboBox, QAbstractSpinBox)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, self.GUARDED):
            return False
        kind = event.type()
        if kind == QEvent.Type.Wheel and not watched.hasFocus():
            self._pass_on(watched, event)
            return True
        if kind == QEvent.Type.Polish and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False

    @staticmethod
    def _pass_on(widget: QWidget, event: QWheelEvent) -> None:
        """Offer the wheel to ``widget``'s parents, nearest first, until one
        takes it (as Qt does with a wheel nobody under the pointer wants)."""
        position = event.position()
        while not widget.isWindow() and widget.parentWidget() is not None:
            position += QPointF(widget.pos())
            widget = widget.parentWidget()
            copy = QWheelEvent(position, event.globalPosition(), event.pixelDelta(),
                               event.angleDelta(), event.buttons(), event.modifiers(),
                               event.phase(), event.inverted(), event.source())
            QApplication.sendEvent(widget, copy)
            if copy.isAccepted():
                break
        event.accept()


class RoomForTitles(QObject):
    """A dialog opens wide enough for its whole title.

    A dialog is as wide as its contents, and the window's title bar cuts a
    longer title ("Show of hands: Ranking of the…"). Installed once on the
    application: when a dialog is about to be shown, it is widened to its
    title (measured in a bold, slightly larger type, as title bars use, plus
    room for the bar's icon and buttons), up to most of the screen and never
    past a maximum width the dialog set itself. Message boxes size
    themselves for their title already.
    """

    #: the title bar's icon, buttons and margins, in average character widths
    BAR_CHARS = 24

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, QDialog) and not isinstance(watched, QMessageBox)
                and event.type() == QEvent.Type.Show and watched.isWindow()):
            self.widen(watched)
        return False

    @classmethod
    def needed_width(cls, dialog: QDialog) -> int:
        font = QFont(dialog.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        metrics = QFontMetrics(font)
        return metrics.horizontalAdvance(dialog.windowTitle()) + (
            metrics.averageCharWidth() * cls.BAR_CHARS)

    @classmethod
    def widen(cls, dialog: QDialog) -> None:
        screen = dialog.screen().availableGeometry()
        wanted = min(cls.needed_width(dialog), int(screen.width() * 0.9),
                     dialog.maximumWidth())
        if dialog.width() < wanted:
            dialog.resize(wanted, dialog.height())


class EnglishPlurals(QTranslator):
    """Counted phrases in English: ``tr("%n member(s)", "", n)`` reads "1 member",
    "3 members".

    Qt's way to say a count is one source text with ``%n`` and a translation
    per plural form. The app's own language is English, which has no
    translation file, so this translator gives English its two forms: "(s)"
    and "(es)" are dropped for one and kept for any other count, and
    "(one|other)" picks a word. Any other text is left to Qt (``None``), and
    a real translation installed later is asked first.
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if n is None or n < 0 or "(" not in source:
            return None
        one = n == 1
        text = source.replace("(s)", "" if one else "s").replace("(es)", "" if one else "es")
        return _CHOICE.sub(lambda m: m.group(1) if one else m.group(2), text)

    def isEmpty(self) -> bool:
        return False


_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")


def configure_application() -> QApplication:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName("facilitator-app")
    QCoreApplication.setApplicationVersion(__version__)
    use_app_folder_for_qsettings()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    if app.findChild(WheelOnlyWhenFocused) is None:
        guard = WheelOnlyWhenFocused(app)
        app.installEventFilter(guard)
    if app.findChild(RoomForTitles) is None:
        app.installEventFilter(RoomForTitles(app))
    if app.findChild(EnglishPlurals) is None:
        QCoreApplication.installTranslator(EnglishPlurals(app))
    from facilitator_app.ui import languages

    languages.install()  # the language chosen in Settings, or the computer's (after the plurals)
    return app


def set_app_icon() -> None:
    """The window icon (an SVG: loading the SVG plugin waits until after the first paint)."""
    from PySide6.QtGui import QIcon

    QApplication.setWindowIcon(QIcon(str(get_asset("icons", "app.svg"))))


# ----- appearance: light, dark or as the computer ------------------------------
# Every widget draws with palette roles and redraws on a palette change (the
# SWOT tints, the charts, the FAQ's highlight ...), so the app follows a dark
# palette once it has one. The choice is asked of the platform first (Qt 6.8+:
# QStyleHints.setColorScheme, which also turns the native style dark); where
# the platform does not follow, the app sets a palette of its own.
_system_look: tuple[object, str] | None = None  # the palette and style before any choice


def _made_palette(dark: bool):
    from PySide6.QtGui import QColor, QPalette

    role = QPalette.ColorRole
    if dark:
        colours = {
            role.Window: "#2b2b2b", role.WindowText: "#eeeeee", role.Base: "#1f1f1f",
            role.AlternateBase: "#292929", role.ToolTipBase: "#3a3a3a",
            role.ToolTipText: "#eeeeee", role.PlaceholderText: "#9a9a9a", role.Text: "#eeeeee",
            role.Button: "#353535", role.ButtonText: "#eeeeee", role.BrightText: "#ff6b6b",
            role.Light: "#4a4a4a", role.Midlight: "#3e3e3e", role.Mid: "#2f2f2f",
            role.Dark: "#181818", role.Shadow: "#000000", role.Link: "#6cb4ff",
            role.LinkVisited: "#c39bff", role.Highlight: "#2f7bd8", role.HighlightedText: "#ffffff",
        }
        disabled = "#7c7c7c"
    else:
        colours = {
            role.Window: "#efefef", role.WindowText: "#000000", role.Base: "#ffffff",
            role.AlternateBase: "#f5f5f5", role.ToolTipBase: "#ffffdc",
            role.ToolTipText: "#000000", role.PlaceholderText: "#7a7a7a", role.Text: "#000000",
            role.Button: "#efefef", role.ButtonText: "#000000", role.BrightText: "#ffffff",
            role.Light: "#ffffff", role.Midlight: "#cacaca", role.Mid: "#b8b8b8",
            role.Dark: "#9f9f9f", role.Shadow: "#767676", role.Link: "#0b57d0",
            role.LinkVisited: "#7b1fa2", role.Highlight: "#308cc6", role.HighlightedText: "#ffffff",
        }
        disabled = "#8a8a8a"
    palette = QPalette()
    for colour_role, name in colours.items():
        palette.setColor(colour_role, QColor(name))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(disabled))
    return palette


def _looks_dark(palette) -> bool:
    from PySide6.QtGui import QPalette

    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_appearance(choice: str) -> None:
    """Light, dark or as the computer (``"system"``), at once, for every window."""
    global _system_look
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system_look is None:
        if choice == "system":
            return  # nothing was changed: nothing to undo
        _system_look = (app.palette(), app.style().name())
    from PySide6.QtGui import QPalette

    palette, style = _system_look
    assert isinstance(palette, QPalette)
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
        hints.setColorScheme(scheme.get(choice, Qt.ColorScheme.Unknown))
    if app.style().name() != style:
        app.setStyle(style)
    if choice == "system":
        app.setPalette(palette)
        return
    wanted_dark = choice == "dark"
    followed = hasattr(hints, "colorScheme") and hints.colorScheme() == (
        Qt.ColorScheme.Dark if wanted_dark else Qt.ColorScheme.Light)
    if followed and _looks_dark(app.palette()) == wanted_dark:
        return  # the platform turned the whole look
    if _looks_dark(palette) == wanted_dark:
        app.setPalette(palette)
        return
    if style.lower() in ("windowsvista", "windows", "macos"):
        app.setStyle("Fusion")  # native styles draw their own colours, not the palette
    app.setPalette(_made_palette(wanted_dark))


def apply_stored_appearance() -> None:
    from facilitator_app import options

    apply_appearance(str(options.get("appearance")))


def demo_workspace_path() -> Path:
    return user_data_dir() / DEMO_FILE_NAME


def open_workspace(path, create: bool = False) -> Workspace:
    """The storage layer's opener, imported only when needed (fast first paint)."""
    from facilitator_app.storage.workspace import open_workspace as _open

    return _open(path, create=create)


def open_demo_workspace() -> Workspace:
    """The demo in the user data folder, created the first time it is asked for."""
    from facilitator_app.services.demo import create_demo

    path = demo_workspace_path()
    if path.exists():
        return open_workspace(path)
    return create_demo(path)


def _warn(parent, message: str, critical: bool = False) -> None:
    from PySide6.QtWidgets import QMessageBox  # only when there is something to say

    (QMessageBox.critical if critical else QMessageBox.warning)(parent, APP_NAME, message)


def is_first_start() -> bool:
    return not QSettings().value("lastWorkspace") and not default_workspace_path().exists()


def workspace_from_welcome(dialog) -> Workspace | None:
    """Carry out the welcome screen's choice; ``None`` if it was closed."""
    from facilitator_app.services.workspaces import create_workspace

    if dialog.choice == "demo":
        return open_demo_workspace()
    if dialog.choice == "new":
        path = default_workspace_path()
        if path.exists():
            ws = open_workspace(path)
            from facilitator_app.services.profile import update_profile

            with ws.session() as s:
                update_profile(s, name=dialog.cluster_name)
            return ws
        return create_workspace(path, cluster_name=dialog.cluster_name)
    if dialog.choice == "open":
        return open_workspace(dialog.path)
    return None


def choose_start_workspace(requested: str | None, parent=None) -> Workspace | None:
    """The workspace the window opens on: asked-for, last used, welcome, default.

    When the asked-for or last workspace could not be opened, the welcome
    screen lets the user choose (None if it is closed): an empty default
    workspace is never made in their place, which the next start would then
    open instead of theirs.
    """
    failed = False
    if requested:
        try:
            return open_workspace(requested)
        except UserError as exc:
            _warn(parent, exc.message)
            failed = True
    last = QSettings().value("lastWorkspace")
    if last and Path(str(last)).exists():
        try:
            return open_workspace(str(last))
        except UserError as exc:
            _warn(parent, exc.message)
            failed = True
    if failed or is_first_start():
        from facilitator_app.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(parent)
        while dialog.exec():
            try:
                ws = workspace_from_welcome(dialog)
            except UserError as exc:
                _warn(parent, exc.message)
                continue
            if ws is not None:
                return ws
        if failed:
            return None
    return open_workspace(default_workspace_path(), create=True)


def install_excepthook() -> None:
    """Bugs in slots: log the traceback, show the crash dialog, keep running."""

    def hook(exc_type, exc, tb) -> None:
        from facilitator_app.ui.crash_dialog import handle_uncaught  # only when needed

        handle_uncaught(exc_type, exc, tb)

    sys.excepthook = hook


def start_gui(workspace: str | None = None):
    """Show the main window at once, then open the workspace once it has painted."""
    from facilitator_app.ui.main_window import MainWindow

    install_excepthook()
    apply_stored_appearance()
    window = MainWindow()
    window.show()
    window.call_after_first_paint(set_app_icon)

    def open_start_workspace() -> None:
        try:
            ws = choose_start_workspace(workspace, window)
        except UserError as exc:
            _warn(window, exc.message, critical=True)
            window.close()
            return
        if ws is None:
            window.close()
            return
        window.attach(ws)

    # Open the workspace only once the window has painted: the user sees the
    # app at once, and the database layer loads behind an "Opening…" note.
    window.call_after_first_paint(open_start_workspace)
    return window


def run_gui(workspace: str | None = None) -> int:
    """The app's window, unless one is already running for this user: then
    the request (open ``workspace``, or come forward) is handed to it, and
    this start exits 0 having opened nothing (see ``ui.single_instance``)."""
    from facilitator_app.ui import single_instance

    app = configure_application()
    name = single_instance.server_name()
    found = single_instance.hand_over(workspace, name)
    if found == single_instance.ANSWERED:
        return 0
    if found == single_instance.SILENT:
        raise UserError("The app is already running for you but does not answer. Close it "
                        "(or end it in the task manager), then start it again.")
    window = start_gui(workspace)
    server = single_instance.InstanceServer(name)
    # Listening waits for the first paint: connections cost start-up time.
    window.call_after_first_paint(partial(server.serve, window.open_requested))
    code = app.exec()
    server.close()
    del window
    return code
