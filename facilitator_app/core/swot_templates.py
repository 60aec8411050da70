"""SWOT templates: guiding prompts per quadrant, as versioned JSON documents.

A template is what a facilitator reads out while the room fills a quadrant
("Where do we lose produce between harvest and market?"). The built-in ones
ship as files in ``resources/swot_templates/``; templates saved by users live
in the workspace database as the same JSON text, and can be exported to and
imported from files (``export.swot_template_file`` writes them). So
:func:`parse_template` and :func:`template_to_json` are the one interface:
everything that reads a template goes through the same checks and gets the
same precise messages.

The file format (``"format": "cft-swot-template"``, ``"version": 1``) is
documented in ``resources/swot_templates/FORMAT.md``. Import files come from
other people's computers, so every problem is reported as a
:class:`~facilitator_app.core.errors.BadInputError` (a ``UserError``) that
names what is wrong and where; nothing else escapes the parser.

No Qt here: the GUI and the storage layer build on this module.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from facilitator_app.core.domain import SWOT_QUADRANTS
from facilitator_app.core.errors import BadInputError
from facilitator_app.core.text import fold
from facilitator_app.i18n.messages import _
from facilitator_app.paths import get_asset

FORMAT_ID = "cft-swot-template"
"""Value of the ``format`` key: tells a template apart from any other JSON."""

FORMAT_VERSION = 1
"""Newest format version this code reads and the version it writes."""

QUADRANT_KEYS: tuple[str, ...] = tuple(key for key, _ in SWOT_QUADRANTS)
QUADRANT_LABELS: dict[str, str] = dict(SWOT_QUADRANTS)

GENERIC_ID = "generic"
"""The built-in template listed first: the fallback when no sector fits."""

MAX_TEMPLATE_BYTES = 256 * 1024
"""A real template is a few KB; anything this big is the wrong file."""

MAX_PROMPTS_PER_QUADRANT = 12
"""More than this cannot be read out or shown on a projector."""

MAX_PROMPT_CHARS = 200
MAX_NAME_CHARS = 80
MAX_DESCRIPTION_CHARS = 500
MAX_ID_CHARS = 64

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class SwotTemplate:
    """One template: a name, a description and the prompts of each quadrant.

    ``prompts`` maps every quadrant key (``S``, ``W``, ``O``, ``T``) to a
    tuple of prompt texts and is read-only, so a template shared between the
    board and the template list cannot be changed behind anyone's back.
    ``builtin`` is not part of the file: it says where the template came
    from (shipped with the app, so it can be neither edited nor deleted).
    """

    id: str
    name: str
    description: str
    prompts: Mapping[str, tuple[str, ...]] = field(hash=False)
    builtin: bool = False

    def prompt_count(self) -> int:
        """Total number of prompts over all quadrants."""
        return sum(len(p) for p in self.prompts.values())


# --------------------------------------------------------------------------- errors


def _fail(source: str, problem: str) -> BadInputError:
    """Build the error the user sees: which template, then what is wrong."""
    if source:
        return BadInputError(_("Cannot use the SWOT template {source}: {problem}",
                               source=source, problem=problem))
    return BadInputError(_("Cannot use the SWOT template: {problem}", problem=problem))


def _show(value: Any, limit: int = 40) -> str:
    """A value from the file, quoted for a message: short and always printable."""
    if isinstance(value, str) and len(value) > limit:
        value = value[: limit - 1] + "\u2026"
    shown = json.dumps(value, ensure_ascii=False)
    if len(shown) > limit + 2:  # a long list or object
        shown = shown[: limit - 1] + "\u2026"
    return shown.encode("utf-8", "backslashreplace").decode("utf-8")


def _quadrant_name(key: str) -> str:
    return f'{QUADRANT_LABELS[key]} ("{key}")'


# --------------------------------------------------------------------------- parsing


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json object hook: a repeated key would silently drop one value."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _load_json(text: str, source: str) -> Any:
    """Decode JSON, turning every failure into a message with line and column."""
    body = text.removeprefix("\ufeff")  # byte order mark
    stripped = body.lstrip(" \t\r\n")
    if not stripped:
        raise _fail(source, _("the file is empty."))
    try:
        return json.loads(body, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        if stripped[0] not in "{[":
            raise _fail(
                source,
                _("this is not JSON, so it cannot be a template (a template file starts with "
                  "'{{'). Choose a template file exported from the toolkit."),
            ) from None
        raise _fail(
            source,
            _("JSON syntax error at line {lineno}, column {colno}: {msg}.",
              lineno=exc.lineno, colno=exc.colno, msg=exc.msg),
        ) from None
    except _DuplicateKey as exc:
        raise _fail(source, _("the key {key} appears twice in the same object.",
                              key=_show(exc.key))) from None
    except RecursionError:
        raise _fail(source, _("the JSON is nested too deeply to be a template.")) from None
    except ValueError:  # e.g. an integer with thousands of digits
        raise _fail(
            source,
            _("the JSON contains a value that cannot be read (such as a number with thousands of "
              "digits)."),
        ) from None


def _clean_text(value: str) -> str:
    """Collapse whitespace runs (newlines, tabs) to single spaces and trim."""
    return " ".join(value.split())


def _bad_character(value: str) -> str | None:
    """The first control character or lone surrogate, which no screen shows."""
    for char in value:
        if unicodedata.category(char) in ("Cc", "Cs"):
            return f"U+{ord(char):04X}"
    return None


def _text_field(data: dict[str, Any], key: str, source: str, *, required: bool, limit: int) -> str:
    if key not in data:
        if required:
            raise _fail(source, _("the \"{key}\" is missing.", key=key))
        return ""
    value = data[key]
    if not isinstance(value, str):
        raise _fail(source, _("the \"{key}\" must be text, not {value}.",
                              key=key, value=_json_kind(value)))
    text = _clean_text(value)
    if required and not text:
        raise _fail(source, _("the \"{key}\" is empty.", key=key))
    bad = _bad_character(text)
    if bad:
        raise _fail(source, _("the \"{key}\" contains an invisible control character ({bad}).",
                              key=key, bad=bad))
    if len(text) > limit:
        raise _fail(source, _("the \"{key}\" is too long ({count} characters; at most {limit}).",
                              key=key, count=len(text), limit=limit))
    return text


def _json_kind(value: Any) -> str:
    """How a JSON value is called in a message ('a number', 'a list' ...)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__  # pragma: no cover - json yields nothing else


def slugify(name: str) -> str:
    """A template id made from a name: 'Agri-business (2025)' -> 'agri-business-2025'.

    Used when a user saves a template without an id, so every template has a
    stable, file-name-safe id.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    slug = slug[:MAX_ID_CHARS].rstrip("-")
    return slug or "template"


def _check_header(data: dict[str, Any], source: str) -> None:
    if "format" not in data:
        raise _fail(
            source,
            _("this is not a SWOT template (no \"format\" key; expected \"format\": "
              "\"{format_id}\").", format_id=FORMAT_ID),
        )
    if data["format"] != FORMAT_ID:
        raise _fail(
            source,
            _("this is not a SWOT template (\"format\" is {data}, expected \"{format_id}\").",
              data=_show(data["format"]), format_id=FORMAT_ID),
        )
    if "version" not in data:
        raise _fail(source, _("the \"version\" is missing."))
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _fail(
            source,
            _("the \"version\" must be a whole number from 1 up, not {version}.",
              version=_show(version)),
        )
    if version > FORMAT_VERSION:
        raise _fail(
            source,
            _("it was made by a newer version of the toolkit (template format version {version}; "
              "this version reads up to {format_version}). Update the toolkit to use it.",
              version=version, format_version=FORMAT_VERSION),
        )


def _parse_prompts(data: dict[str, Any], source: str) -> dict[str, tuple[str, ...]]:
    if "prompts" not in data:
        raise _fail(source, _("the \"prompts\" section is missing."))
    section = data["prompts"]
    if not isinstance(section, dict):
        raise _fail(
            source,
            _("the \"prompts\" must be an object with the keys S, W, O and T, not {section}.",
              section=_json_kind(section)),
        )
    unknown = [key for key in section if key not in QUADRANT_KEYS]
    if unknown:
        raise _fail(
            source,
            _("the \"prompts\" has an unknown quadrant {unknown}; the quadrants are S, W, O and "
              "T (capital letters).", unknown=_show(unknown[0])),
        )
    result: dict[str, tuple[str, ...]] = {}
    for key in QUADRANT_KEYS:
        quadrant = _quadrant_name(key)
        if key not in section:
            raise _fail(source, _("the prompts for {quadrant} are missing.", quadrant=quadrant))
        items = section[key]
        if not isinstance(items, list):
            raise _fail(
                source,
                _("the prompts for {quadrant} must be a list of texts, not {items}.",
                  quadrant=quadrant, items=_json_kind(items)),
            )
        if len(items) > MAX_PROMPTS_PER_QUADRANT:
            raise _fail(
                source,
                _("{quadrant} has too many prompts ({count}; at most "
                  "{max_prompts_per_quadrant}).",
                  quadrant=quadrant, count=len(items), max_prompts_per_quadrant=MAX_PROMPTS_PER_QUADRANT),
            )
        cleaned: list[str] = []
        seen: dict[str, int] = {}
        for number, item in enumerate(items, start=1):
            where = f"prompt {number} of {quadrant}"
            if not isinstance(item, str):
                raise _fail(
                    source,
                    _("{where} must be text, not {item}; the prompts of a quadrant are a list of "
                      "texts.", where=where, item=_json_kind(item)),
                )
            text = _clean_text(item)
            if not text:
                raise _fail(source, _("{where} is empty.", where=where))
            bad = _bad_character(text)
            if bad:
                raise _fail(source, _("{where} contains an invisible control character ({bad}).",
                                      where=where, bad=bad))
            if len(text) > MAX_PROMPT_CHARS:
                raise _fail(
                    source,
                    _("{where} is too long ({count} characters; at most {max_prompt_chars}).",
                      where=where, count=len(text), max_prompt_chars=MAX_PROMPT_CHARS),
                )
            key_text = fold(text)
            if key_text in seen:
                raise _fail(source, _("{where} repeats prompt {seen}.",
                                      where=where, seen=seen[key_text]))
            seen[key_text] = number
            cleaned.append(text)
        result[key] = tuple(cleaned)
    if not any(result.values()):
        raise _fail(source, _("it has no prompts at all; give at least one."))
    return result


def _from_data(data: Any, source: str) -> SwotTemplate:
    """Check a decoded JSON value and build the template (all checks live here)."""
    if not isinstance(data, dict):
        raise _fail(source, _("a template must be a JSON object {{...}}, not {data}.",
                              data=_json_kind(data)))
    _check_header(data, source)
    name = _text_field(data, "name", source, required=True, limit=MAX_NAME_CHARS)
    description = _text_field(
        data, "description", source, required=False, limit=MAX_DESCRIPTION_CHARS
    )
    if "id" in data:
        template_id = data["id"]
        if (
            not isinstance(template_id, str)
            or not _ID_RE.fullmatch(template_id)
            or (len(template_id) > MAX_ID_CHARS)
        ):
            raise _fail(
                source,
                _("the \"id\" {template_id} is not valid; use lower-case letters, digits and "
                  "single hyphens, at most {max_id_chars} characters (for example "
                  "\"agri-business\").",
                  template_id=_show(template_id), max_id_chars=MAX_ID_CHARS),
            )
    else:
        template_id = slugify(name)
    prompts = _parse_prompts(data, source)
    return SwotTemplate(
        id=template_id,
        name=name,
        description=description,
        prompts=MappingProxyType(prompts),
    )


def parse_template(text: str, source: str = "") -> SwotTemplate:
    """Read a template from its JSON text (a file's content or a database row).

    ``source`` names where the text came from (a file name) and is put in
    every error message. Raises :class:`BadInputError` for anything that is
    not a usable template; the message names the problem. Unknown keys are
    ignored, so optional keys added later without a version bump do not
    break this reader (see FORMAT.md). The result has ``builtin=False``.
    """
    if not isinstance(text, str):
        raise _fail(source, _("the content is not text."))
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_TEMPLATE_BYTES:
        raise _fail(
            source,
            _("the file is too big to be a template ({size} KB; at most {max_template_bytes} "
              "KB).", size=size // 1024, max_template_bytes=MAX_TEMPLATE_BYTES // 1024),
        )
    return _from_data(_load_json(text, source), source)


def new_template(
    name: str,
    prompts: Mapping[str, Iterable[str]],
    description: str = "",
    template_id: str | None = None,
) -> SwotTemplate:
    """Make a user template (e.g. "save the board's prompts as a template").

    Goes through exactly the checks a file gets, so a template the app saves
    can always be read back. Quadrants left out get no prompts; blank prompts
    are dropped, since on a board they are just empty lines.
    """
    data: dict[str, Any] = {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "name": name,
        "description": description,
        "prompts": {
            key: [p for p in prompts.get(key, ()) if isinstance(p, str) and p.strip()]
            for key in QUADRANT_KEYS
        },
    }
    if template_id is not None:
        data["id"] = template_id
    shown = _clean_text(name)[:MAX_NAME_CHARS] if isinstance(name, str) else ""
    return _from_data(data, f'"{shown}"' if shown else "")


# --------------------------------------------------------------------------- writing


def template_to_json(template: SwotTemplate) -> str:
    """The template as JSON text, the form files and the database hold.

    Always written in the current format version, keys in a fixed order and
    non-ASCII kept readable, so exports diff cleanly and
    ``parse_template(template_to_json(t))`` equals ``t`` (except ``builtin``,
    which is not part of the file: an exported built-in comes back as the
    user's own template).
    """
    document = {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "id": template.id,
        "name": template.name,
        "description": template.description,
        "prompts": {key: list(template.prompts.get(key, ())) for key in QUADRANT_KEYS},
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- reading files


def read_template_file(path: str | os.PathLike[str]) -> SwotTemplate:
    """Import a template file chosen by the user.

    Checks the size before reading (a wrong pick could be a video), accepts a
    UTF-8 byte order mark (Windows editors add one) and explains unreadable
    or non-UTF-8 files instead of failing with a traceback.
    """
    path = Path(path)
    source = path.name or str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise _fail(source, _("this is a folder, not a file."))
        if size > MAX_TEMPLATE_BYTES:
            raise _fail(
                source,
                _("the file is too big to be a template ({size} KB; at most {max_template_bytes} "
                  "KB).", size=size // 1024, max_template_bytes=MAX_TEMPLATE_BYTES // 1024),
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _fail(source, _("the file does not exist ({path}).", path=path)) from None
    except PermissionError:
        raise _fail(source, _("the file cannot be opened (no permission to read it).")) from None
    except IsADirectoryError:
        raise _fail(source, _("this is a folder, not a file.")) from None
    except OSError as exc:
        raise _fail(source, _("the file cannot be read ({value}).", value=exc.strerror or exc)) from None
    if len(raw) > MAX_TEMPLATE_BYTES:  # grew between stat and read
        raise _fail(
            source,
            _("the file is too big to be a template (at most {max_template_bytes} KB).",
              max_template_bytes=MAX_TEMPLATE_BYTES // 1024),
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _fail(
            source,
            _("the file is not UTF-8 text (unexpected byte 0x{raw:02X} at position {start}). "
              "Save it as UTF-8 and try again.", raw=raw[exc.start], start=exc.start),
        ) from None
    return parse_template(text, source)


# --------------------------------------------------------------------------- built-ins


def builtin_templates_dir() -> Path:
    """Where the shipped templates live (inside the bundle when frozen)."""
    return get_asset("swot_templates")


def load_builtin_templates(lang: str = "en") -> list[SwotTemplate]:
    """All shipped templates, generic first, then by name.

    With ``lang`` other than English (``es``, ``fr``, ``nl``), a template
    translated in ``<lang>/<same file name>`` comes in that language (its
    name, description and prompts; the same id) and the others stay in
    English. A broken or duplicated built-in file is a packaging mistake; it
    raises (naming the file) rather than silently dropping a template the
    user expects. The test suite loads every file, so this does not happen in
    a release.
    """
    folder = builtin_templates_dir()
    translated = folder / lang if lang != "en" and _is_code(lang) else None
    templates: list[SwotTemplate] = []
    seen: dict[str, str] = {}
    for file in sorted(folder.glob("*.json")):
        template = replace(read_template_file(file), builtin=True)
        if template.id in seen:
            raise _fail(file.name, _("its id \"{id}\" is also used by {seen}.",
                                     id=template.id, seen=seen[template.id]))
        seen[template.id] = file.name
        if translated is not None and (translated / file.name).is_file():
            local = read_template_file(translated / file.name)
            if local.id != template.id:
                raise _fail(
                    f"{lang}/{file.name}",
                    _("its id \"{id}\" is not the id of {name} (\"{id2}\").",
                      id=local.id, name=file.name, id2=template.id),
                )
            template = replace(local, builtin=True)
        templates.append(template)
    templates.sort(key=lambda t: (t.id != GENERIC_ID, fold(t.name), t.id))
    return templates


def _is_code(lang: str) -> bool:
    """A language code that may name a folder (``es``), nothing that climbs out."""
    return bool(re.fullmatch(r"[a-z]{2,3}", lang))
