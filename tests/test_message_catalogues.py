"""The gettext catalogues of the texts below the UI (facilitator_app.i18n.messages).

Every text the source marks has a translation in every catalogue of its
domain, with the same placeholders, and the app reads the catalogues back.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from facilitator_app.i18n import messages
from facilitator_app.i18n.messages import DOMAINS, Texts
from facilitator_app.i18n.po import (
    DOMAIN_FILES,
    LOCALE_DIR,
    SOURCE_ROOT,
    domain_sources,
    extract,
    problems,
    read_catalogue,
)

CATALOGUES = [(domain, lang) for domain, langs in DOMAINS.items() for lang in langs]


@pytest.mark.parametrize(("domain", "lang"), CATALOGUES, ids=lambda v: str(v))
def test_every_marked_text_is_translated(domain, lang):
    assert problems(domain, lang) == [], (
        "run `python -m facilitator_app.i18n po-update`, then translate the new texts")


@pytest.mark.parametrize(("domain", "lang"), CATALOGUES, ids=lambda v: str(v))
def test_the_app_reads_each_catalogue(domain, lang):
    catalog = read_catalogue(domain, lang)
    singles = [m for m in catalog if m.id and isinstance(m.id, str) and m.string]
    if not singles:
        pytest.skip(f"{lang}/{domain}.po has no text yet")
    messages.translations.cache_clear()
    texts = Texts(domain, lang)
    for message in singles:
        assert texts._catalogue.gettext(message.id) == message.string


def test_a_language_a_domain_lacks_falls_back():
    assert Texts("report", "ht").text_language == "fr"
    assert Texts("participant", "ht").text_language == "ht"
    assert Texts("messages", "de").text_language == "en"
    assert Texts("messages", "en")("Plain {word}", word="text") == "Plain text"


def test_output_domains_do_not_share_files():
    owners: dict[Path, str] = {}
    for domain in DOMAIN_FILES:
        if domain == "messages":
            continue
        for path in domain_sources(domain):
            assert path not in owners, f"{path} is in {owners.get(path)} and {domain}"
            owners[path] = domain


def _calls_with_fstrings(path: Path, names: set[str]) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else "")
        if name in names and isinstance(node.args[0], ast.JoinedStr):
            found.append(f"{path.relative_to(SOURCE_ROOT)}:{node.lineno}")
    return found


def test_no_marked_text_is_an_fstring():
    """Babel cannot extract an f-string: it would stay English for ever.
    Placeholders go as keywords: ``_("{name} left", name=...)``."""
    found = []
    for domain in DOMAINS:
        names = {"_", "n_", "N_"} if domain == "messages" else {"t", "n", "T_"}
        for path in domain_sources(domain):
            found += _calls_with_fstrings(path, names)
    assert found == []


def test_the_catalogues_are_where_the_app_reads_them():
    assert LOCALE_DIR == SOURCE_ROOT / "resources" / "locale"
    for domain, lang in CATALOGUES:
        if extract(domain):
            assert (LOCALE_DIR / lang / f"{domain}.po").is_file()
