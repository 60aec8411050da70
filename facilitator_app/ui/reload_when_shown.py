"""Tabs that refresh from the database only when someone can see them."""

from __future__ import annotations


class ReloadWhenShown:
    """Mixin for a QWidget tab with a ``reload()`` method and ``TOPICS``.

    A change of one of ``TOPICS`` (see ``AppContext.changed``) reloads the tab
    at once if it is visible, or marks it to reload when it is next shown, so
    hidden tabs cost nothing while the room works in another one. Connect
    ``ctx.changed`` to :meth:`_on_changed`; ``reload()`` must reset
    ``_dirty``.
    """

    TOPICS: tuple[str, ...] = ()
    _dirty = False

    def _on_changed(self, topic: str) -> None:
        if topic in self.TOPICS:
            if self.isVisible():  # type: ignore[attr-defined]
                self.reload()  # type: ignore[attr-defined]
            else:
                self._dirty = True

    def showEvent(self, event) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._dirty:
            self.reload()  # type: ignore[attr-defined]
