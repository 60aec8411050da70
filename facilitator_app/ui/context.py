"""What every page needs from the window: the workspace, navigation, undo.

Pages receive one :class:`AppContext` instead of reaching into the main
window. ``changed`` tells other pages that data of a topic (``"members"``,
``"profile"``, ``"workshops"`` ...) changed, so e.g. the health panel
refreshes after an import.

At a cold start the window shows the workspace before the database layer
(SQLAlchemy, the models, the services) has loaded: the context is then made
with ``database_loaded=False``, what can wait registers with
:meth:`after_database_loads`, and the window calls
:meth:`database_has_loaded` once the first screen is painted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
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
        database_loaded: bool = True,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.navigate = navigate
        self.show_status = show_status
        self.undo_stack = QUndoStack(self)
        self._waiting: list[Callable[[], None]] | None = None if database_loaded else []

    @property
    def database_loaded(self) -> bool:
        """False until the window has loaded the database layer (cold start only)."""
        return self._waiting is None

    def after_database_loads(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` now, or once the database layer has loaded."""
        if self._waiting is None:
            callback()
        else:
            self._waiting.append(callback)

    def database_has_loaded(self) -> None:
        """Load the database layer (SQLAlchemy, the engine) and run what waited for it."""
        if self._waiting is None:
            return
        self.workspace.engine  # noqa: B018 - imports SQLAlchemy and makes the engine
        callbacks, self._waiting = self._waiting, None
        for callback in callbacks:
            callback()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work committed at once: every edit is saved when made. Its
        audit entries name the facilitator (Settings) unless they say otherwise."""
        from facilitator_app import options as app_options
        from facilitator_app.services.audit import ACTOR

        with self.workspace.session() as s:
            name = str(app_options.get("facilitator_name") or "").strip()
            if name:
                s.info[ACTOR] = name
            yield s

    def notify(self, topic: str) -> None:
        self.changed.emit(topic)
