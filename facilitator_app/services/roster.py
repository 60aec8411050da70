"""The member roster: list, add, edit, delete (and put back), import, export.

What the roster page and ``facilitator-app roster`` both call. Every
function takes a session and plain values and leaves committing to the
caller's unit of work (``with ws.session() as s:``), so an import is one
transaction: all of it or nothing.

Members are referred to by ``id`` here; the GUI's undo commands keep the
``uid`` (which never changes, even when a deleted member is put back under a
new id) and look the id up with :func:`member_id_for_uid`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from facilitator_app.core.errors import BadInputError, UserError
from facilitator_app.core.roster_fields import (
    FIELD_NAMES,
    FIELDS,
    message,
    normalise_member,
    validate_member,
)
from facilitator_app.core.roster_import import (
    ImportPlan,
    ParsedRow,
    SourceTable,
    guess_mapping,
    parse_rows,
    plan_import,
    read_table,
)
from facilitator_app.core.roster_update import taken
from facilitator_app.core.text import fold
from facilitator_app.i18n.messages import _, n_
from facilitator_app.services import audit
from facilitator_app.storage.models import Base, Member

MEMBERS: Table = Member.__table__  # type: ignore[assignment]

# The columns of a roster table row, after the member id.
TABLE_FIELDS: list[str] = list(FIELD_NAMES)


# ----- reading -------------------------------------------------------------
def table_rows(session: Session, fields: Sequence[str] = TABLE_FIELDS) -> list[tuple[Any, ...]]:
    """Every member as a light tuple ``(id, *fields)``: one SELECT, no ORM objects."""
    columns = [MEMBERS.c.id, *(MEMBERS.c[f] for f in fields)]
    return [tuple(r) for r in session.execute(select(*columns).order_by(MEMBERS.c.id))]


def table_row(
    session: Session, member_id: int, fields: Sequence[str] = TABLE_FIELDS
) -> tuple[Any, ...] | None:
    columns = [MEMBERS.c.id, *(MEMBERS.c[f] for f in fields)]
    row = session.execute(select(*columns).where(MEMBERS.c.id == member_id)).first()
    return tuple(row) if row is not None else None


def member_values(session: Session, member_id: int) -> dict[str, Any]:
    """Every roster field of one member (raises UserError if it is gone)."""
    row = session.execute(
        select(*(MEMBERS.c[f] for f in FIELD_NAMES)).where(MEMBERS.c.id == member_id)
    ).first()
    if row is None:
        raise UserError(_("That member no longer exists."))
    return dict(zip(FIELD_NAMES, row, strict=True))


def member_uid(session: Session, member_id: int) -> str:
    uid: str | None = session.scalar(select(MEMBERS.c.uid).where(MEMBERS.c.id == member_id))
    if uid is None:
        raise UserError(_("That member no longer exists."))
    return uid


def member_id_for_uid(session: Session, uid: str) -> int | None:
    return session.scalar(select(MEMBERS.c.id).where(MEMBERS.c.uid == uid))


def member_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(MEMBERS)) or 0)


def existing_keys(session: Session) -> dict[str, tuple[int, str]]:
    """fold(name) -> (id, name) of the members in the workspace (oldest wins)."""
    keys: dict[str, tuple[int, str]] = {}
    for member_id, name in session.execute(
        select(MEMBERS.c.id, MEMBERS.c.name).order_by(MEMBERS.c.id)
    ):
        keys.setdefault(fold(name), (member_id, name))
    return keys


# ----- add, edit -----------------------------------------------------------
def _check(values: Mapping[str, Any], today: date | None = None) -> None:
    problems = validate_member(values, today)
    if problems:
        field_name, (code, params) = next(iter(problems.items()))
        raise UserError(_("{field}: {problem}",
                          field=field_name.replace('_', ' ').capitalize(), problem=message(code, params)))


def add_member(session: Session, values: Mapping[str, Any], actor: str = "") -> int:
    """Create a member from field values (defaults for the rest); returns its id."""
    unknown = set(values) - set(FIELD_NAMES)
    if unknown:
        raise ValueError(f"unknown member fields: {sorted(unknown)}")
    clean = normalise_member(values)
    _check(clean)
    member = Member(**clean)
    session.add(member)
    session.flush()
    audit.record(session, "member.added", entity="member", entity_uid=member.uid, actor=actor,
                 details={"name": member.name})
    return member.id


def update_member(
    session: Session, member_id: int, changes: Mapping[str, Any], actor: str = ""
) -> dict[str, Any]:
    """Change some fields; returns their values before (for undo)."""
    unknown = set(changes) - set(FIELD_NAMES)
    if unknown:
        raise ValueError(f"unknown member fields: {sorted(unknown)}")
    member = session.get(Member, member_id)
    if member is None:
        raise UserError(_("That member no longer exists."))
    current = {f: getattr(member, f) for f in FIELD_NAMES}
    merged = normalise_member({**current, **changes})
    _check(merged)
    before: dict[str, Any] = {}
    for name in changes:
        if merged[name] != current[name]:
            before[name] = current[name]
            setattr(member, name, merged[name])
    if before:
        session.flush()
        audit.record(session, "member.updated", entity="member", entity_uid=member.uid,
                     actor=actor, details={"fields": sorted(before)})
    return before


# ----- delete and put back -------------------------------------------------
@dataclass
class MemberSnapshot:
    """Everything deleting a member removes, to put it back on undo.

    ``member`` holds every column (id, uid and timestamps too);
    ``dependents`` the rows deleted with it (attendance, SWOT attributions,
    vote receipts: any table whose foreign key to members cascades);
    ``unlinked`` the rows whose link to it was set to NULL (ballots).
    """

    member: dict[str, Any]
    dependents: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    unlinked: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    @property
    def uid(self) -> str:
        uid: str = self.member["uid"]
        return uid

    @property
    def name(self) -> str:
        name: str = self.member["name"]
        return name


def _member_links() -> list[tuple[Table, str, str | None]]:
    """(table, column, ondelete) for every foreign key that points at members.id."""
    links = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is MEMBERS and fk.column.name == "id":
                links.append((table, fk.parent.name, (fk.ondelete or "").upper() or None))
    return links


def delete_impact(session: Session, member_ids: Iterable[int]) -> dict[str, int]:
    """How many linked records deleting these members touches, by table name."""
    ids = list(member_ids)
    impact: dict[str, int] = {}
    if not ids:
        return impact
    for table, column, _kind in _member_links():
        n = session.scalar(
            select(func.count()).select_from(table).where(table.c[column].in_(ids))
        )
        if n:
            impact[table.name] = int(n)
    return impact


def delete_member(session: Session, member_id: int, actor: str = "") -> MemberSnapshot:
    row = session.execute(select(MEMBERS).where(MEMBERS.c.id == member_id)).mappings().first()
    if row is None:
        raise UserError(_("That member no longer exists."))
    snapshot = MemberSnapshot(member=dict(row))
    for table, column, ondelete in _member_links():
        where = table.c[column] == member_id
        if ondelete == "CASCADE":
            rows = [dict(r) for r in session.execute(select(table).where(where)).mappings()]
            if rows:
                snapshot.dependents[table.name] = rows
        else:
            ids = list(session.scalars(select(table.c.id).where(where)))
            if ids:
                snapshot.unlinked[table.name] = [(column, i) for i in ids]
    session.flush()
    _forget(session, member_id)
    session.execute(MEMBERS.delete().where(MEMBERS.c.id == member_id))
    audit.record(session, "member.deleted", entity="member", entity_uid=snapshot.uid,
                 actor=actor, details={"name": snapshot.name})
    session.flush()
    return snapshot


def _forget(session: Session, member_id: int) -> None:
    """Drop from the session the ORM objects the database is about to delete."""
    columns = {column for _table, column, _kind in _member_links()}
    for obj in list(session.identity_map.values()):
        if (isinstance(obj, Member) and obj.id == member_id) or any(
            getattr(obj, c, None) == member_id for c in columns
        ):
            session.expunge(obj)


def _id_free(session: Session, table: Table, row_id: Any) -> bool:
    return session.scalar(select(table.c.id).where(table.c.id == row_id)) is None


def restore_member(session: Session, snapshot: MemberSnapshot, actor: str = "") -> int:
    """Put a deleted member back with its uid (and its id when still free)."""
    if member_id_for_uid(session, snapshot.uid) is not None:
        raise UserError(_("{name} is already in the roster.", name=snapshot.name))
    values = dict(snapshot.member)
    old_id = values["id"]
    if not _id_free(session, MEMBERS, old_id):
        values.pop("id")
    result = session.execute(insert(MEMBERS).values(**values))
    new_id = values.get("id") or result.inserted_primary_key[0]  # type: ignore[attr-defined]
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    for table_name, rows in snapshot.dependents.items():
        table = tables[table_name]
        for raw in rows:
            row = dict(raw)
            if not _parents_exist(session, table, row):
                continue  # e.g. the workshop was deleted meanwhile
            for fk in table.foreign_keys:
                if fk.column.table is MEMBERS:
                    row[fk.parent.name] = new_id
            if "uid" in row and session.scalar(
                select(table.c.id).where(table.c.uid == row["uid"])
            ) is not None:
                continue
            if not _id_free(session, table, row["id"]):
                row.pop("id")
            session.execute(insert(table).values(**row))
    for table_name, links in snapshot.unlinked.items():
        table = tables[table_name]
        for column, row_id in links:
            session.execute(
                update(table)
                .where(table.c.id == row_id, table.c[column].is_(None))
                .values({column: new_id})
            )
    audit.record(session, "member.restored", entity="member", entity_uid=snapshot.uid,
                 actor=actor, details={"name": snapshot.name})
    session.flush()
    return int(new_id)


def _parents_exist(session: Session, table: Table, row: Mapping[str, Any]) -> bool:
    for fk in table.foreign_keys:
        if fk.column.table is MEMBERS:
            continue
        value = row.get(fk.parent.name)
        if value is None:
            continue
        parent = fk.column.table
        if session.scalar(select(parent.c.id).where(fk.column == value)) is None:
            return False
    return True


# ----- import --------------------------------------------------------------
@dataclass
class ImportResult:
    """What an import did (or, in a dry run, would do)."""

    plan: ImportPlan
    source: SourceTable | None = None
    dry_run: bool = False
    written: bool = False
    added_uids: list[str] = field(default_factory=list)
    # (uid, values before, values after) of the existing members updated
    updates: list[tuple[str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)

    @property
    def added(self) -> int:
        return self.plan.added

    @property
    def updated(self) -> int:
        return self.plan.updated

    @property
    def fields_updated(self) -> int:
        return self.plan.fields_updated

    @property
    def unchanged(self) -> int:
        return self.plan.unchanged

    @property
    def skipped(self) -> int:
        return self.plan.skipped

    @property
    def duplicates(self) -> int:
        return self.plan.duplicates

    @property
    def rejected(self) -> int:
        return self.plan.rejected


Choices = Mapping[tuple[int, str], bool]  # (file row, field) -> take the file's value


def current_values(session: Session, member_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Every field of the given members (those an import would update)."""
    ids = sorted(set(member_ids))
    values: dict[int, dict[str, Any]] = {}
    columns = [MEMBERS.c.id, *(MEMBERS.c[f] for f in FIELD_NAMES)]
    for start in range(0, len(ids), 500):  # SQLite limits the parameters of one statement
        chunk = ids[start:start + 500]
        for row in session.execute(select(*columns).where(MEMBERS.c.id.in_(chunk))):
            values[row[0]] = dict(zip(FIELD_NAMES, row[1:], strict=True))
    return values


def preview_import(
    session: Session,
    parsed: Sequence[ParsedRow],
    on_duplicate: str = "skip",
    excluded: Iterable[int] = (),
    choices: Choices | None = None,
) -> ImportPlan:
    """The plan for ``parsed`` rows against the members in the workspace now;
    with ``update``, each member's fields are compared with the file's and
    ``choices`` (file row, field) -> take override the suggestions."""
    existing = existing_keys(session)
    current: dict[int, dict[str, Any]] = {}
    if on_duplicate == "update":
        matched = {existing[row.key][0] for row in parsed if row.key in existing}
        current = current_values(session, matched)
    return plan_import(parsed, existing, on_duplicate, excluded, current, choices)


def apply_import(
    session: Session,
    parsed: Sequence[ParsedRow],
    on_duplicate: str = "skip",
    excluded: Iterable[int] = (),
    skip_invalid: bool = False,
    actor: str = "",
    source_name: str = "",
    choices: Choices | None = None,
) -> ImportResult:
    """Add members and write the chosen fields of existing ones, inside the
    caller's transaction (all of it or nothing).

    Refuses (UserError, nothing written) when a row is in error and
    ``skip_invalid`` is false, or when the chosen values would make a member
    invalid. The plan is made again here, against the workspace as it is
    now, so what is written always matches the data.
    """
    plan = preview_import(session, parsed, on_duplicate, excluded, choices)
    if plan.rejected and not skip_invalid:
        raise UserError(
            n_("Nothing was imported: {n} row in error. Fix or leave out that row first.",
               "Nothing was imported: {n} rows in error. Fix or leave out those rows first.",
               plan.rejected)
        )
    result = ImportResult(plan=plan, written=True)
    created: list[Member] = []
    for planned in plan.rows:
        if planned.action == "add":
            member = Member(**normalise_member(planned.parsed.values))
            session.add(member)
            created.append(member)
        elif planned.action == "update":
            found = session.get(Member, planned.member_id)
            if found is None:
                raise UserError(_("A member changed while importing; try again."))
            new = taken(planned.changes)
            before = {f: getattr(found, f) for f in FIELD_NAMES}
            after = {**before, **new}
            already = validate_member(before)  # a member saved before a rule existed
            problems = {f: p for f, p in validate_member(after).items() if f not in already}
            if problems:
                field_name, (code, params) = next(iter(problems.items()))
                raise UserError(
                    _("Nothing was imported: row {row} ({name}), {field}: {problem}",
                      row=planned.row, name=found.name, field=_(FIELDS[field_name].label),
                      problem=message(code, params))
                )
            for name, value in new.items():
                setattr(found, name, value)
            changed = [f for f in FIELD_NAMES if f in new and new[f] != before[f]]
            if changed:
                result.updates.append(
                    (found.uid, {f: before[f] for f in changed}, {f: new[f] for f in changed})
                )
    session.flush()
    result.added_uids = [m.uid for m in created]
    audit.record(session, "roster.imported", entity="member", actor=actor, details={
        "file": source_name, "added": plan.added, "updated": plan.updated,
        "fields_updated": plan.fields_updated, "unchanged": plan.unchanged,
        "skipped": plan.skipped, "duplicates": plan.duplicates,
        "rejected": plan.rejected, "excluded": plan.excluded,
    })
    session.flush()
    return result


def import_file(
    session: Session,
    path: str | Path | SourceTable,
    *,
    on_duplicate: str = "skip",
    skip_invalid: bool = False,
    dry_run: bool = False,
    mapping: Sequence[str | None] | None = None,
    date_order: str = "auto",
    actor: str = "",
) -> ImportResult:
    """Read, check and (unless ``dry_run``, or rows in error without
    ``skip_invalid``) import a member file: the command line's one call."""
    table = path if isinstance(path, SourceTable) else read_table(path)
    if table.header_index is None and mapping is None:
        raise BadInputError(
            _("{name}: no header row found. The first rows must hold column titles such as "
              "Organisation, Type, Email.", name=table.name)
        )
    if mapping is None and "name" not in guess_mapping(table):
        raise BadInputError(
            _("{name}: no column for the organisation name (a title such as Organisation, "
              "Organization, Company or Name).", name=table.name)
        )
    parsed = parse_rows(table, mapping, date_order)
    plan = preview_import(session, parsed, on_duplicate)
    if dry_run or (plan.rejected and not skip_invalid):
        return ImportResult(plan=plan, source=table, dry_run=dry_run)
    result = apply_import(session, parsed, on_duplicate, (), skip_invalid, actor,
                          source_name=table.name)
    result.source = table
    return result


def revert_import(session: Session, result: ImportResult) -> list[MemberSnapshot]:
    """Undo an import: remove the members it added, put back the fields it changed."""
    snapshots = []
    for uid in result.added_uids:
        member_id = member_id_for_uid(session, uid)
        if member_id is not None:
            snapshots.append(delete_member(session, member_id))
    for uid, before, _after in result.updates:
        member_id = member_id_for_uid(session, uid)
        if member_id is not None:
            _set_fields(session, member_id, before)
    session.flush()
    return snapshots


def reapply_import(
    session: Session, result: ImportResult, snapshots: Sequence[MemberSnapshot]
) -> None:
    """Redo an import after :func:`revert_import`."""
    for snapshot in snapshots:
        if member_id_for_uid(session, snapshot.uid) is None:
            restore_member(session, snapshot)
    for uid, _before, after in result.updates:
        member_id = member_id_for_uid(session, uid)
        if member_id is not None:
            _set_fields(session, member_id, after)
    session.flush()


def _set_fields(session: Session, member_id: int, values: Mapping[str, Any]) -> None:
    member = session.get(Member, member_id)
    if member is not None:
        for name, value in values.items():
            setattr(member, name, value)


# ----- export --------------------------------------------------------------
EXPORT_SUFFIXES = (".xlsx", ".csv")


def export_rows(session: Session) -> list[dict[str, Any]]:
    """Every member's fields, in name order (accents and case ignored)."""
    rows = [
        dict(zip(FIELD_NAMES, r, strict=True))
        for r in session.execute(select(*(MEMBERS.c[f] for f in FIELD_NAMES)))
    ]
    rows.sort(key=lambda r: (fold(r["name"]), r["name"]))
    return rows


def export_roster(session: Session, path: str | Path, lang: str = "en") -> int:
    """Write the roster to ``path`` (.xlsx or .csv by its ending); returns the
    count. ``lang``: the language of its column titles (the values stay as
    the import reads them)."""
    from facilitator_app.export.roster_files import write_roster_csv, write_roster_xlsx

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise BadInputError(_("{name}: the roster can be exported as .xlsx or .csv only.",
                              name=path.name))
    if not path.parent.is_dir():
        raise BadInputError(_("The folder {parent} does not exist.", parent=path.parent))
    rows = export_rows(session)
    if suffix == ".xlsx":
        write_roster_xlsx(path, rows, lang=lang)
    else:
        write_roster_csv(path, rows, lang=lang)
    return len(rows)
