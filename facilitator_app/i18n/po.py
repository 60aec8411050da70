"""The gettext catalogues of :mod:`facilitator_app.i18n.messages`: extracted
from the source with Babel, brought up to date, checked.

A developer's tool (``python -m facilitator_app.i18n po-update | po-check``),
run from a source checkout; the app only reads the ``.po`` files.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

from facilitator_app.i18n.messages import DOMAINS

SOURCE_ROOT = Path(__file__).resolve().parent.parent.parent
LOCALE_DIR = SOURCE_ROOT / "resources" / "locale"

MESSAGE_KEYWORDS = {"_": None, "n_": (1, 2), "N_": None}
"""How the ``messages`` domain's texts are marked, anywhere below ``ui/``."""

TEXTS_KEYWORDS = {"t": None, "n": (1, 2), "T_": None}
"""How the other domains' texts are marked (``t = Texts(domain, lang)``), in
their own files only."""

DOMAIN_FILES: dict[str, tuple[str, ...]] = {
    "messages": ("facilitator_app/**/*.py",),
    "report": ("facilitator_app/export/report_*.py", "facilitator_app/export/faq_pdf.py"),
    "workbook": ("facilitator_app/export/workbook.py", "facilitator_app/export/roster_files.py",
                 "facilitator_app/services/programme/workbook.py"),
    "participant": ("facilitator_app/core/voting/ballot_texts.py",
                    "facilitator_app/export/paper_ballots.py",
                    "facilitator_app/export/code_slips.py",
                    "facilitator_app/services/room/phone.py",
                    "facilitator_app/services/room/pages.py",
                    "facilitator_app/services/room/projector.py",
                    "facilitator_app/services/room/server.py",
                    "facilitator_app/ui/kiosk.py", "facilitator_app/ui/kiosk_ballot.py"),
}
"""Where each domain's texts are (globs from the repository's root). Every
file of an output domain belongs to that domain alone."""

ALSO_MESSAGES = {
    "facilitator_app/core/roster_import.py": {"T": (2,)},
    "facilitator_app/core/roster_update.py": {"T": (2,)},
    "facilitator_app/core/roster_fields.py": {"QT_TRANSLATE_NOOP": (2,)},
}
"""Texts of Qt's context "roster" (``T("roster", text)``) that the command
line shows too (the roster import's problems, counts and changes): in the
``messages`` catalogues as well, read with ``_(template)``."""

NOT_MESSAGES = ("facilitator_app/ui/", "facilitator_app/i18n/")
"""The windows have their Qt catalogues; this package has no texts of its own."""

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*[^{}]*\}")


def po_path(domain: str, lang: str, root: Path = LOCALE_DIR) -> Path:
    return root / lang / f"{domain}.po"


def domain_sources(domain: str) -> list[Path]:
    files: set[Path] = set()
    for pattern in DOMAIN_FILES[domain]:
        files.update(SOURCE_ROOT.glob(pattern))
    found = sorted(p for p in files if p.suffix == ".py" and "__pycache__" not in p.parts)
    if domain == "messages":
        found = [p for p in found
                 if not p.relative_to(SOURCE_ROOT).as_posix().startswith(NOT_MESSAGES)]
    return found


def extract(domain: str) -> Catalog:
    """Every text the source marks for a domain, with where it is used."""
    return _extract(domain, tuple((p, p.stat().st_mtime_ns) for p in domain_sources(domain)))


@functools.lru_cache(maxsize=8)
def _extract(domain: str, sources: tuple[tuple[Path, int], ...]) -> Catalog:
    keywords = MESSAGE_KEYWORDS if domain == "messages" else TEXTS_KEYWORDS
    catalog = Catalog(domain=domain, project="Cluster Facilitator Toolkit")
    for path, _mtime in sources:
        relative = path.relative_to(SOURCE_ROOT).as_posix()
        these = {**keywords, **ALSO_MESSAGES.get(relative, {})} if domain == "messages" \
            else keywords
        for lineno, message, _comments, context in extract_from_file(
                "python", str(path), keywords=these, comment_tags=(), options={}):
            if not message or (isinstance(message, tuple) and not all(message)):
                continue  # a call with a variable: marked where the constant is
            catalog.add(message, locations=[(relative, lineno)], context=context)
    return catalog


PLURAL_FORMS = {
    "es": "nplurals=2; plural=(n != 1);",
    "nl": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "ht": "nplurals=1; plural=0;",  # nouns do not change: "3 bilten"
}
"""gettext's usual plural rules (CLDR's French adds a third form for millions)."""


def new_catalogue(domain: str, lang: str) -> Catalog:
    catalog = Catalog(locale=lang, domain=domain, project="Cluster Facilitator Toolkit", fuzzy=False,
                      copyright_holder="the Cluster Facilitator Toolkit's authors",
                      header_comment=f"# The {domain} texts in {lang}, written by the project.")
    catalog.mime_headers = [(k, v) for k, v in catalog.mime_headers if k != "Plural-Forms"] + [
        ("Plural-Forms", PLURAL_FORMS[lang])]
    return catalog


def read_catalogue(domain: str, lang: str, root: Path = LOCALE_DIR) -> Catalog:
    path = po_path(domain, lang, root)
    if not path.exists():
        return new_catalogue(domain, lang)
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=domain)


def update(domains: list[str] | None = None) -> Iterator[str]:
    """Each catalogue brought up to date with the source: new texts added
    untranslated, texts no longer used dropped, translations kept."""
    for domain in domains or list(DOMAINS):
        template = extract(domain)
        for lang in DOMAINS[domain]:
            catalog = read_catalogue(domain, lang)
            catalog.update(template, no_fuzzy_matching=True)
            catalog.obsolete.clear()
            path = po_path(domain, lang)
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as handle:
                write_po(handle, catalog, width=100, omit_header=False,
                         sort_output=False, include_previous=False)
            yield f"{path.relative_to(SOURCE_ROOT)}: {len(catalog)} texts"


def _placeholders(text: str) -> list[str]:
    return sorted(m.group(0).split(":")[0].split("!")[0].strip("{}")
                  for m in PLACEHOLDER.finditer(text))


def problems(domain: str, lang: str, root: Path = LOCALE_DIR) -> list[str]:
    """What is wrong with one catalogue: missing, untranslated or fuzzy texts,
    lost or added placeholders, texts the source no longer has."""
    template = extract(domain)
    catalog = read_catalogue(domain, lang, root)
    where = f"{lang}/{domain}.po"
    found: list[str] = []
    wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    have = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
    found += [f"{where}: missing {text!r}" for text in sorted(wanted - have)]
    found += [f"{where}: no longer used {text!r}" for text in sorted(have - wanted)]
    for message in catalog:
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = ([message.string] if isinstance(message.string, str)
                   else list(message.string))
        if message.fuzzy or not all(strings):
            found.append(f"{where}: untranslated {ids[0]!r}")
            continue
        expected = _placeholders(ids[-1])
        for string in strings:
            if _placeholders(string) != expected and _placeholders(string) != _placeholders(ids[0]):
                found.append(f"{where}: placeholders of {ids[0]!r} changed in {string!r}")
    return found
