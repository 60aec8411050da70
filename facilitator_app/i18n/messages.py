"""Texts below the UI, in the user's language or the workshop's: gettext
catalogues, read with Babel.

The Qt catalogues (``resources/i18n/*.ts``) hold what the windows show. Every
other text a person reads comes from here: the messages raised below the UI
and the command line's output (in the language the app or ``--lang`` asks
for), and the files and pages made for a workshop (in the workshop's
language, which may differ from the app's). One mechanism, four domains, each
a ``.po`` catalogue per language in ``resources/locale/<lang>/<domain>.po``:

============  ================================================  ==============
domain        what                                              languages
============  ================================================  ==============
messages      errors raised below the UI, the CLI's output      es fr nl
report        the PDF report and the FAQ handout                es fr nl
workbook      the workbook and the other spreadsheet exports    es fr nl
participant   paper ballots, code slips, phone pages, kiosk,    es fr nl ht
              gradient labels: what participants read
============  ================================================  ==============

English is the source language (the msgids). A language a domain does not
have falls back to :data:`FALLBACK` (Haitian Creole readers of a report get
French), then to English.

How source code marks its texts (``python -m facilitator_app.i18n po-update``
extracts them with Babel; ``tests/test_message_catalogues.py`` fails on a
text without a translation in every catalogue of its domain):

- ``messages``: ``_("Member {name} was not found", name=...)``,
  ``n_("{n} row", "{n} rows", count)``, and ``N_("...")`` to mark a constant
  translated later with ``_(constant)``. Anywhere below ``ui/``.
- the other domains: a :class:`Texts` named ``t`` made for the language the
  file is written in, ``t = Texts("report", lang)``, then ``t("Members")``,
  ``t.n("{n} member", "{n} members", count)``, and ``T_("...")`` for
  constants. Only in the files :data:`DOMAIN_FILES` gives the domain
  (``facilitator_app.i18n.po``).

Placeholders are ``str.format`` names (``{name}``); a translation keeps the
same ones. Plain Python, no Qt: the UI installs its Qt translators itself.
"""

from __future__ import annotations

import functools
import gettext
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal

from facilitator_app.paths import get_asset

DOMAINS: dict[str, tuple[str, ...]] = {
    "messages": ("es", "fr", "nl"),
    "report": ("es", "fr", "nl"),
    "workbook": ("es", "fr", "nl"),
    "participant": ("es", "fr", "nl", "ht"),
}
"""Each domain and the languages it has a catalogue for (English is the source)."""

FALLBACK = {"ht": "fr"}
"""The language to use where a domain lacks one (before English)."""

PARTICIPANT_LANGUAGES = (("en", "English"), ("es", "Español"), ("fr", "Français"),
                         ("nl", "Nederlands"), ("ht", "Kreyòl ayisyen"))
"""The languages a workshop's participants can read (code, own name)."""

_message_language = "en"


def set_message_language(code: str) -> None:
    """The language of the messages raised from now on: the app's language,
    or the command line's ``--lang``. One choice for the whole process."""
    global _message_language
    _message_language = code


class _ThisThread(threading.local):
    language: str | None = None


_this_thread = _ThisThread()


def message_language() -> str:
    """The messages' language in this thread: the one :func:`messages_in`
    set for it, else the process's (:func:`set_message_language`)."""
    return _this_thread.language or _message_language


@contextmanager
def messages_in(code: str | None) -> Iterator[None]:
    """Messages raised in this thread, while the block runs, in ``code``
    (``None``: the process's language): what the voting engine says about a
    ballot reaches a phone page or the kiosk in the voters' language, not
    the app's. Other threads, and this one afterwards, are unchanged. A
    language the ``messages`` domain lacks falls back (Creole: French)."""
    before = _this_thread.language
    _this_thread.language = code or None
    try:
        yield
    finally:
        _this_thread.language = before


def output_language(requested: str | None, workshop_language: str | None,
                    app_language: str | None) -> str:
    """The language a workshop's file or page is made in: the one asked for
    (``--lang``, a choice in a dialog), else the workshop's participants'
    (``Workshop.language``), else the app's, else English."""
    return requested or workshop_language or app_language or "en"


def catalogue_path(domain: str, lang: str) -> str:
    return str(get_asset("locale", lang, f"{domain}.po"))


def resolve(domain: str, lang: str) -> str:
    """The language a domain's texts come out in for ``lang``."""
    have = DOMAINS[domain]
    code = (lang or "en").split("-")[0].split("_")[0].lower()
    if code in have or code == "en":
        return code
    fallback = FALLBACK.get(code)
    if fallback in have:
        return str(fallback)
    return "en"


@functools.cache
def translations(domain: str, lang: str) -> gettext.NullTranslations:
    """A domain's catalogue in a language (English: the texts as written)."""
    code = resolve(domain, lang)
    if code == "en":
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(catalogue_path(domain, code), "rb") as handle:
        catalog = read_po(handle, locale=code, domain=domain)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # fuzzy and empty entries are left out
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def _fill(text: str, params: dict[str, object]) -> str:
    return text.format(**params) if params else text


class Texts:
    """The texts of one domain in one language: ``t("Members")``,
    ``t.n("{n} ballot", "{n} ballots", 3)``, and the language's dates and
    numbers (:mod:`facilitator_app.i18n.formats`)."""

    def __init__(self, domain: str, lang: str | None = None) -> None:
        if domain not in DOMAINS:
            raise ValueError(f"unknown text domain {domain!r}")
        self.domain = domain
        self.lang = (lang or message_language()).split("-")[0].lower()
        self._catalogue = translations(domain, self.lang)

    @property
    def text_language(self) -> str:
        """The language the texts really come out in (after the fallback)."""
        return resolve(self.domain, self.lang)

    def __call__(self, msgid: str, /, **params: object) -> str:
        return _fill(self._catalogue.gettext(msgid), params)

    def n(self, singular: str, plural: str, count: int, /, **params: object) -> str:
        return _fill(self._catalogue.ngettext(singular, plural, count), {"n": count, **params})

    def date(self, value: date | datetime | None, length: str = "long") -> str:
        from facilitator_app.i18n.formats import format_day

        return format_day(value, self.text_language, length)

    def number(self, value: float | Decimal | int, decimals: int = 0) -> str:
        from facilitator_app.i18n.formats import format_number

        return format_number(value, self.text_language, decimals)

    def percent(self, share: float, decimals: int = 0) -> str:
        from facilitator_app.i18n.formats import format_percent

        return format_percent(share, self.text_language, decimals)


def _(msgid: str, /, **params: object) -> str:
    """A message in the current message language (:func:`set_message_language`)."""
    return Texts("messages")(msgid, **params)


def n_(singular: str, plural: str, count: int, /, **params: object) -> str:
    return Texts("messages").n(singular, plural, count, **params)


def N_(msgid: str) -> str:
    """Marks a ``messages`` text translated later, where it is shown."""
    return msgid


def T_(msgid: str) -> str:
    """Marks a text of another domain translated later with ``t(constant)``."""
    return msgid
