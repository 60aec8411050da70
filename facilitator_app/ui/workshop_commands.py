"""Undo commands for the workshop tabs: each one calls a service, saved at once.

Every command runs its service call in its own unit of work (committed when
it ends, so nothing typed is lost) and then tells the pages what changed
through ``ctx.notify(topic)``. A command that can no longer apply (its
workshop was deleted, a member removed meanwhile) turns obsolete: Qt drops
it from the stack and the reason goes to the status bar, never a crash.

Use :func:`push` rather than ``undo_stack.push``: it reports a refused first
run (e.g. an empty text) to the caller and hands back what the command made.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from facilitator_app import APP_NAME
from facilitator_app.services import attendance as attendance_service
from facilitator_app.services import priorities as priority_service
from facilitator_app.services import swot as swot_service
from facilitator_app.services import tows as tows_service
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.operation import Op

# Topics given to ctx.notify(); tabs listen for the ones they show.
SWOT = "swot"
TOWS = "tows"
PRIORITIES = "priorities"
ATTENDANCE = "attendance"


def tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopCommands", text)


@dataclass
class Outcome:
    """What the first run of a command produced (lives on after Qt deletes it)."""

    error: str | None = None
    result: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


class ServiceCommand(QUndoCommand):
    topics: tuple[str, ...] = (SWOT,)

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.outcome = Outcome()
        self._first = True

    # subclasses implement these two
    def apply(self, s: Session) -> Any:
        raise NotImplementedError

    def revert(self, s: Session) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        result = self._run(self.apply)
        if self._first:
            self.outcome.result = result
            self._first = False

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, fn) -> Any:
        def refused(message: str) -> None:
            self.setObsolete(True)
            if self._first:
                self.outcome.error = message  # push() shows it, owned by the page
            else:
                self.ctx.show_status(
                    tr("Could not undo or redo “{0}”: {1}").format(self.text(), message)
                )

        done = Op(None, self.ctx).run(fn, on_refusal=refused)
        for topic in self.topics:
            self.ctx.notify(topic)
        return done.value if done else None


def push(ctx: AppContext, command: ServiceCommand, parent: QWidget | None = None) -> Outcome:
    """Run ``command`` through the undo stack; a refusal is shown to the user."""
    outcome = command.outcome
    ctx.undo_stack.push(command)
    if outcome.error and parent is not None:
        QMessageBox.warning(parent, APP_NAME, outcome.error)
    elif outcome.error:
        ctx.show_status(outcome.error)
    return outcome


# --------------------------------------------------------------------------- SWOT items


class AddItem(ServiceCommand):
    def __init__(
        self, ctx, workshop_id: int, quadrant: str, text: str, position: int | None = None
    ) -> None:
        super().__init__(ctx, tr("Add SWOT item"))
        self.args = (workshop_id, quadrant, text, position)
        self.snapshot: swot_service.ItemSnapshot | None = None
        self.item_id: int | None = None

    def apply(self, s):
        if self.snapshot is None:
            workshop_id, quadrant, text, position = self.args
            self.item_id = swot_service.add_item(s, workshop_id, quadrant, text, position).id
        else:
            self.item_id = swot_service.restore_item(s, self.snapshot)
        return self.item_id

    def revert(self, s):
        self.snapshot = swot_service.delete_item(s, self.item_id)


class EditItem(ServiceCommand):
    def __init__(self, ctx, item_id: int, text: str) -> None:
        super().__init__(ctx, tr("Edit SWOT item"))
        self.item_id, self.text_value, self.old = item_id, text, None
        self.topics = (SWOT, TOWS, PRIORITIES)

    def apply(self, s):
        self.old = swot_service.edit_item(s, self.item_id, self.text_value)

    def revert(self, s):
        swot_service.edit_item(s, self.item_id, self.old)


class DeleteItems(ServiceCommand):
    def __init__(self, ctx, item_ids: Iterable[int]) -> None:
        ids = list(item_ids)
        super().__init__(ctx, tr("Delete SWOT item") if len(ids) == 1 else tr("Delete SWOT items"))
        self.item_ids = ids
        self.snapshots: list[swot_service.ItemSnapshot] = []
        self.topics = (SWOT, TOWS, PRIORITIES)

    def apply(self, s):
        self.snapshots = swot_service.delete_items(s, self.item_ids)

    def revert(self, s):
        self.item_ids = swot_service.restore_items(s, self.snapshots)[::-1]


class MoveItems(ServiceCommand):
    """Reorder or move to another quadrant (drag and drop, keys, menu)."""

    def __init__(self, ctx, item_ids: Iterable[int], quadrant: str, row: int | None) -> None:
        super().__init__(ctx, tr("Move SWOT item"))
        self.item_ids, self.quadrant, self.row = list(item_ids), quadrant, row
        self.records: list[swot_service.MoveRecord] = []
        self.topics = (SWOT, TOWS, PRIORITIES)

    def apply(self, s):
        self.records = swot_service.move_items(s, self.item_ids, self.quadrant, self.row)

    def revert(self, s):
        swot_service.undo_moves(s, self.records)


class MergeItems(ServiceCommand):
    def __init__(self, ctx, survivor_id: int, other_ids: Iterable[int]) -> None:
        super().__init__(ctx, tr("Merge SWOT items"))
        self.survivor_id, self.other_ids = survivor_id, list(other_ids)
        self.snapshot: swot_service.MergeSnapshot | None = None
        self.topics = (SWOT, TOWS, PRIORITIES)

    def apply(self, s):
        self.snapshot = swot_service.merge_items(s, self.survivor_id, self.other_ids)
        return self.survivor_id

    def revert(self, s):
        swot_service.unmerge(s, self.snapshot)


class ChangeDots(ServiceCommand):
    def __init__(self, ctx, item_id: int, delta: int) -> None:
        super().__init__(ctx, tr("Add a dot") if delta > 0 else tr("Remove a dot"))
        self.item_id, self.delta, self.old = item_id, delta, 0

    def apply(self, s):
        self.old, new = swot_service.change_dots(s, self.item_id, self.delta)
        return new

    def revert(self, s):
        swot_service.set_dots(s, self.item_id, self.old)


class SetAttribution(ServiceCommand):
    def __init__(self, ctx, item_id: int, member_ids: Iterable[int]) -> None:
        super().__init__(ctx, tr("Attribute SWOT item"))
        self.item_id, self.member_ids = item_id, list(member_ids)
        self.old: tuple[int, ...] = ()

    def apply(self, s):
        self.old = swot_service.set_attribution(s, self.item_id, self.member_ids)

    def revert(self, s):
        swot_service.set_attribution(s, self.item_id, self.old)


class SetPrompts(ServiceCommand):
    """Choose a template for the board, edit its prompts, or clear them."""

    def __init__(
        self,
        ctx,
        workshop_id: int,
        prompts: Mapping[str, Iterable[str]] | None,
        template_id: str | None,
        text: str,
    ) -> None:
        super().__init__(ctx, text)
        self.workshop_id = workshop_id
        self.prompts = None if prompts is None else {k: list(v) for k, v in prompts.items()}
        self.template_id = template_id
        self.old: swot_service.PromptsState | None = None

    def apply(self, s):
        self.old = swot_service.set_board_prompts(
            s, self.workshop_id, self.prompts, self.template_id
        )

    def revert(self, s):
        swot_service.restore_prompts(s, self.workshop_id, self.old)


# --------------------------------------------------------------------------- TOWS


class AddStrategy(ServiceCommand):
    def __init__(
        self, ctx, workshop_id: int, kind: str, text: str, item_ids: Iterable[int]
    ) -> None:
        super().__init__(ctx, tr("Add TOWS strategy"))
        self.args = (workshop_id, kind, text, list(item_ids))
        self.snapshot: tows_service.StrategySnapshot | None = None
        self.strategy_id: int | None = None
        self.topics = (TOWS, SWOT)

    def apply(self, s):
        if self.snapshot is None:
            workshop_id, kind, text, ids = self.args
            self.strategy_id = tows_service.add_strategy(s, workshop_id, kind, text, ids).id
        else:
            self.strategy_id = tows_service.restore_strategy(s, self.snapshot)
        return self.strategy_id

    def revert(self, s):
        self.snapshot = tows_service.delete_strategy(s, self.strategy_id)


class UpdateStrategy(ServiceCommand):
    def __init__(self, ctx, strategy_id: int, text: str, item_ids: Iterable[int]) -> None:
        super().__init__(ctx, tr("Edit TOWS strategy"))
        self.strategy_id = strategy_id
        self.new = tows_service.StrategyState(text, tuple(item_ids))
        self.old: tows_service.StrategyState | None = None
        self.topics = (TOWS, SWOT, PRIORITIES)

    def apply(self, s):
        if self.old is None:
            self.old = tows_service.update_strategy(
                s, self.strategy_id, self.new.text, self.new.item_ids
            )
        else:
            tows_service.restore_state(s, self.strategy_id, self.new)

    def revert(self, s):
        tows_service.restore_state(s, self.strategy_id, self.old)


class DeleteStrategy(ServiceCommand):
    def __init__(self, ctx, strategy_id: int) -> None:
        super().__init__(ctx, tr("Delete TOWS strategy"))
        self.strategy_id = strategy_id
        self.snapshot: tows_service.StrategySnapshot | None = None
        self.topics = (TOWS, SWOT, PRIORITIES)

    def apply(self, s):
        self.snapshot = tows_service.delete_strategy(s, self.strategy_id)

    def revert(self, s):
        self.strategy_id = tows_service.restore_strategy(s, self.snapshot)


class MoveStrategy(ServiceCommand):
    def __init__(self, ctx, strategy_id: int, position: int) -> None:
        super().__init__(ctx, tr("Move TOWS strategy"))
        self.strategy_id, self.position, self.old = strategy_id, position, 0
        self.topics = (TOWS, PRIORITIES)

    def apply(self, s):
        self.old = tows_service.move_strategy(s, self.strategy_id, self.position)

    def revert(self, s):
        tows_service.move_strategy(s, self.strategy_id, self.old)


# --------------------------------------------------------------------------- priorities


class AddPriorities(ServiceCommand):
    """Add one or more priorities made by ``make(session) -> [PriorityView]``.

    Used for typed ones, pasted lists and promotions from TOWS or SWOT;
    undo deletes them, redo puts the very same records back.
    """

    def __init__(self, ctx, text: str, make) -> None:
        super().__init__(ctx, text)
        self.make = make
        self.ids: list[int] = []
        self.snapshots: list[priority_service.PrioritySnapshot] | None = None
        self.topics = (PRIORITIES, TOWS, SWOT)

    def apply(self, s):
        if self.snapshots is None:
            made = self.make(s)
            self.ids = [p.id for p in made]
            return made
        self.ids = priority_service.restore_priorities(s, self.snapshots)[::-1]
        return None

    def revert(self, s):
        self.snapshots = priority_service.delete_priorities(s, self.ids)


class UpdatePriority(ServiceCommand):
    def __init__(self, ctx, priority_id: int, **changes: str) -> None:
        super().__init__(ctx, tr("Edit priority"))
        self.priority_id, self.changes = priority_id, changes
        self.old: dict[str, str] = {}
        self.topics = (PRIORITIES,)

    def apply(self, s):
        self.old = priority_service.update_priority(s, self.priority_id, **self.changes)

    def revert(self, s):
        priority_service.update_priority(s, self.priority_id, **self.old)


class DeletePriorities(ServiceCommand):
    def __init__(self, ctx, priority_ids: Iterable[int]) -> None:
        ids = list(priority_ids)
        super().__init__(ctx, tr("Delete priority") if len(ids) == 1 else tr("Delete priorities"))
        self.ids = ids
        self.snapshots: list[priority_service.PrioritySnapshot] = []
        self.topics = (PRIORITIES,)

    def apply(self, s):
        self.snapshots = priority_service.delete_priorities(s, self.ids)

    def revert(self, s):
        self.ids = priority_service.restore_priorities(s, self.snapshots)[::-1]


class MovePriority(ServiceCommand):
    def __init__(self, ctx, priority_id: int, position: int) -> None:
        super().__init__(ctx, tr("Move priority"))
        self.priority_id, self.position, self.old = priority_id, position, 0
        self.topics = (PRIORITIES,)

    def apply(self, s):
        self.old = priority_service.move_priority(s, self.priority_id, self.position)

    def revert(self, s):
        priority_service.move_priority(s, self.priority_id, self.old)


class MovePriorities(ServiceCommand):
    """Priorities dragged together to before ``row``."""

    def __init__(self, ctx, workshop_id: int, priority_ids: Iterable[int], row: int) -> None:
        super().__init__(ctx, tr("Move priorities"))
        self.workshop_id, self.ids, self.row = workshop_id, list(priority_ids), row
        self.old: list[int] = []
        self.topics = (PRIORITIES,)

    def apply(self, s):
        self.old = priority_service.move_many(s, self.workshop_id, self.ids, self.row)

    def revert(self, s):
        priority_service.set_order(s, self.workshop_id, self.old)


# --------------------------------------------------------------------------- attendance


class AddAttendees(ServiceCommand):
    def __init__(self, ctx, workshop_id: int, member_ids: Iterable[int], role: str) -> None:
        super().__init__(ctx, tr("Add attendees"))
        self.workshop_id, self.member_ids, self.role = workshop_id, list(member_ids), role
        self.added: list[int] = []
        self.topics = (ATTENDANCE, "workshops")

    def apply(self, s):
        self.added = attendance_service.add_attendees(
            s, self.workshop_id, self.member_ids, self.role
        )
        self.member_ids = list(self.added)
        return self.added

    def revert(self, s):
        attendance_service.remove_attendees(s, self.workshop_id, self.added)


class RemoveAttendees(ServiceCommand):
    def __init__(self, ctx, workshop_id: int, member_ids: Iterable[int]) -> None:
        super().__init__(ctx, tr("Remove attendees"))
        self.workshop_id, self.member_ids = workshop_id, list(member_ids)
        self.removed: list[attendance_service.Attendee] = []
        self.topics = (ATTENDANCE, "workshops")

    def apply(self, s):
        self.removed = attendance_service.remove_attendees(s, self.workshop_id, self.member_ids)

    def revert(self, s):
        attendance_service.restore_attendees(s, self.workshop_id, self.removed)


class SetRoles(ServiceCommand):
    def __init__(self, ctx, workshop_id: int, member_ids: Iterable[int], role: str) -> None:
        super().__init__(ctx, tr("Change attendance role"))
        self.workshop_id, self.member_ids, self.role = workshop_id, list(member_ids), role
        self.old: dict[int, str] = {}
        self.topics = (ATTENDANCE, "workshops")

    def apply(self, s):
        self.old = {
            m: attendance_service.set_role(s, self.workshop_id, m, self.role)
            for m in self.member_ids
        }

    def revert(self, s):
        for m, role in self.old.items():
            attendance_service.set_role(s, self.workshop_id, m, role)


class SetRepresentative(ServiceCommand):
    def __init__(self, ctx, workshop_id: int, member_id: int, name: str) -> None:
        super().__init__(ctx, tr("Change representative"))
        self.workshop_id, self.member_id, self.name, self.old = workshop_id, member_id, name, ""
        self.topics = (ATTENDANCE,)

    def apply(self, s):
        self.old = attendance_service.set_representative(
            s, self.workshop_id, self.member_id, self.name
        )

    def revert(self, s):
        attendance_service.set_representative(s, self.workshop_id, self.member_id, self.old)
