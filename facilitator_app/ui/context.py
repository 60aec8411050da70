"""What every page needs from the window: the workspace, navigation, undo.

Pages receive one :class:`AppContext` instead of reaching into the main
window. ``changed`` tells other pages that data of a topic (``"members"``,
``"profile"``, ``"workshops"`` ...) changed, so e.g. the health panel
refreshes after an import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:  # the GUI paints its first window before SQLAlchemy is imported
    from sqlalchemy.orm import Session

    from facilitator_app.storage.workspace import Workspace


class AppContext(QObject):
    changed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        navigate: Callable[[str], None],
        show_status: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.navigate = navigate
        self.show_status = show_status
        self.undo_stack = QUndoStack(self)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work committed at once: every edit is saved when made."""
        with self.workspace.session() as s:
            yield s

    def notify(self, topic: str) -> None:
        self.changed.emit(topic)
