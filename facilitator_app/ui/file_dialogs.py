"""Every file dialog of the app, and opening a file that was written.

One place decides where a dialog starts, so none opens in the app's hidden
data folder or in whatever folder the app was started from:

- a save dialog starts in the last folder the user saved an export to
  (remembered in QSettings), else in their Documents folder;
- an open dialog starts in the last folder a file was opened from, else
  beside the open workspace (unless that is the app's own folder), else in
  Documents.

:func:`open_file` opens a written file in its program and, when no program
is registered for it, says so with the file's path and offers to open the
folder instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator_app import APP_NAME
from facilitator_app.paths import user_data_dir

SAVE_KEY = "export/lastFolder"
OPEN_KEY = "open/lastFolder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


def documents_folder() -> Path:
    """The user's Documents folder, else their home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (OSError, ValueError):
        return False
    return True


def usable_folder(folder: str | Path | None) -> Path | None:
    """``folder`` if a dialog may start there: it exists, and it is not the
    app's own data folder (hidden from the user) nor inside it."""
    if not folder:
        return None
    path = Path(str(folder)).expanduser()
    try:
        if not path.is_dir():
            return None
    except OSError:
        return None
    if _inside(path, user_data_dir()):
        return None
    return path


def start_folder(key: str = SAVE_KEY, near: str | Path | None = None) -> Path:
    """Where a dialog starts: the folder remembered under ``key``, else
    ``near`` (e.g. the open workspace's folder), else Documents."""
    for candidate in (QSettings().value(key), near):
        found = usable_folder(candidate)
        if found is not None:
            return found
    return documents_folder()


def remember_folder(path: str | Path, key: str = SAVE_KEY) -> None:
    """Remember the folder of ``path`` (a file) for the next dialog."""
    folder = Path(path).parent
    if usable_folder(folder) is not None:
        QSettings().setValue(key, str(folder))


def ask_save_path(
    parent: QWidget | None, title: str, file_name: str, filters: str, key: str = SAVE_KEY
) -> tuple[str, str]:
    """The save dialog, proposing ``file_name`` in :func:`start_folder`.
    Returns (path, chosen filter); the path is empty if the user cancelled.
    The chosen file's folder is remembered."""
    suggested = start_folder(key) / Path(file_name).name
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if path:
        remember_folder(path, key)
    return path or "", chosen or ""


def ask_open_path(
    parent: QWidget | None,
    title: str,
    filters: str,
    near: str | Path | None = None,
    key: str = OPEN_KEY,
) -> str:
    """The open dialog; the chosen file's folder is remembered. Empty if cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(key, near)), filters)
    if path:
        remember_folder(path, key)
    return path or ""


def ask_folder(parent: QWidget | None, title: str, current: str | Path | None = None) -> str:
    """Choose a folder, starting at ``current`` when it exists. Empty if cancelled."""
    start = Path(str(current)).expanduser() if current else None
    if start is None or not start.is_dir():
        start = documents_folder()
    return QFileDialog.getExistingDirectory(parent, title, str(start)) or ""


def _open_url(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_file(parent: QWidget | None, path: str | Path) -> bool:
    """Open ``path`` in the program the computer uses for it. When there is
    none, say so with the file's path and offer to open its folder instead.
    Returns True when the file (or, asked for, its folder) was opened."""
    path = Path(path)
    if _open_url(path):
        return True
    box = QMessageBox(parent)
    box.setWindowTitle(APP_NAME)
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(_tr("No program on this computer opens {name}.").format(name=path.name))
    box.setInformativeText(_tr("The file is saved here:\n{path}").format(path=path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    folder_button = box.addButton(_tr("Open the folder"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(folder_button)
    box.exec()
    if box.clickedButton() is not folder_button:
        return False
    if _open_url(path.parent):
        return True
    QMessageBox.warning(
        parent,
        APP_NAME,
        _tr("The folder could not be opened either. The file is {path}").format(path=path),
    )
    return False
