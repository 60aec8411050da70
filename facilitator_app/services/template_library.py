"""The SWOT templates a workspace can use: the built-in files plus its own.

User templates are stored in the workspace (``CustomSwotTemplate``) as the
same JSON text a template file holds, so everything goes through
:mod:`facilitator_app.core.swot_templates` and its checks. Ids are kept
unique across built-in and own templates: an imported file whose id is
taken gets a suffix ("agri-business-2"), so choosing a template by id is
never ambiguous.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app import LANGUAGES
from facilitator_app.core.errors import UserError
from facilitator_app.core.swot_templates import (
    MAX_ID_CHARS,
    QUADRANT_KEYS,
    SwotTemplate,
    load_builtin_templates,
    new_template,
    parse_template,
    read_template_file,
    template_to_json,
)
from facilitator_app.core.text import fold
from facilitator_app.export.swot_template_file import write_template_file
from facilitator_app.i18n.messages import _
from facilitator_app.storage.models import CustomSwotTemplate


@lru_cache(maxsize=8)
def _builtins(lang: str = "en") -> tuple[SwotTemplate, ...]:
    return tuple(load_builtin_templates(lang))


def builtin_templates(lang: str = "en") -> list[SwotTemplate]:
    """The shipped templates in ``lang`` (read once per run and language),
    generic first; a template not translated yet comes in English."""
    return list(_builtins(lang))


def localised_prompts(
    template_id: str | None, prompts: Mapping[str, Iterable[str]], lang: str
) -> dict[str, list[str]] | None:
    """A built-in template's prompts in ``lang`` when ``prompts`` are that
    template's own, unedited, in any of the app's languages; else ``None``
    (edited prompts, or an own template, stay as they were written)."""
    if not template_id:
        return None
    wanted = {q: [" ".join(p.split()) for p in prompts.get(q, ())] for q in QUADRANT_KEYS}
    for code, _name in LANGUAGES:
        template = next((t for t in _builtins(code) if t.id == template_id), None)
        if template is not None and {q: list(template.prompts[q]) for q in QUADRANT_KEYS} == wanted:
            target = next((t for t in _builtins(lang) if t.id == template_id), template)
            return {q: list(target.prompts[q]) for q in QUADRANT_KEYS}
    return None


@dataclass(frozen=True)
class StoredTemplate:
    """An own template and the row it lives in (``row_id`` for delete)."""

    row_id: int
    template: SwotTemplate


def custom_templates(session: Session) -> list[StoredTemplate]:
    """The workspace's own templates, by name. A damaged row is skipped, not fatal."""
    result = []
    for row in session.scalars(select(CustomSwotTemplate)):
        try:
            template = parse_template(row.content, f'"{row.name}"')
        except UserError:
            continue
        result.append(StoredTemplate(row.id, template))
    result.sort(key=lambda t: (fold(t.template.name), t.row_id))
    return result


def available_templates(session: Session, lang: str = "en") -> list[SwotTemplate]:
    """What the template chooser lists: built-in first (in ``lang``), then the
    user's own (as they were written)."""
    return builtin_templates(lang) + [t.template for t in custom_templates(session)]


def find_template(session: Session, template_id: str, lang: str = "en") -> SwotTemplate | None:
    for template in available_templates(session, lang):
        if template.id == template_id:
            return template
    return None


def _unique_id(session: Session, wanted: str, ignore_row: int | None = None) -> str:
    taken = {t.id for t in builtin_templates()} | {
        t.template.id for t in custom_templates(session) if t.row_id != ignore_row
    }
    if wanted not in taken:
        return wanted
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = wanted[: MAX_ID_CHARS - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        n += 1


def find_custom_by_name(session: Session, name: str) -> StoredTemplate | None:
    key = fold(name)
    for stored in custom_templates(session):
        if fold(stored.template.name) == key:
            return stored
    return None


def save_custom_template(
    session: Session, template: SwotTemplate, replace_existing: bool = False
) -> StoredTemplate:
    """Store a template in the workspace.

    A name already used by an own template is refused unless
    ``replace_existing`` (the GUI asks first). Ids are made unique.
    """
    existing = find_custom_by_name(session, template.name)
    if existing is not None and not replace_existing:
        raise UserError(
            _("You already have a template called \"{name}\". Choose another name or replace it.",
              name=existing.template.name)
        )
    if existing is not None:
        row = session.get(CustomSwotTemplate, existing.row_id)
        assert row is not None
        template_id = _unique_id(session, template.id, ignore_row=row.id)
    else:
        row = CustomSwotTemplate(name=template.name, content="")
        session.add(row)
        template_id = _unique_id(session, template.id)
    stored = replace(template, id=template_id, builtin=False)
    row.name = stored.name
    row.content = template_to_json(stored)
    session.flush()
    return StoredTemplate(row.id, stored)


def template_from_prompts(
    name: str, prompts: Mapping[str, Iterable[str]], description: str = ""
) -> SwotTemplate:
    """A template made of a board's prompts (checked like any file)."""
    return new_template(name, prompts, description)


def delete_custom_template(session: Session, row_id: int) -> None:
    row = session.get(CustomSwotTemplate, row_id)
    if row is not None:
        session.delete(row)
        session.flush()


def import_template_file(
    session: Session, path: str | os.PathLike[str], replace_existing: bool = False
) -> StoredTemplate:
    """Read a template file and keep it in the workspace.

    A malformed file raises the parser's ``UserError`` naming the problem.
    """
    return save_custom_template(session, read_template_file(path), replace_existing)


def peek_template_file(path: str | os.PathLike[str]) -> SwotTemplate:
    """Read and check a template file without storing it (to ask about a name clash)."""
    return read_template_file(path)


def export_template_file(template: SwotTemplate, path: str | os.PathLike[str]) -> Path:
    """Write a template to a file (atomically)."""
    return write_template_file(template, path)
