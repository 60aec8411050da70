"""The app's languages, and where their catalogues are.

English is the language of the source texts. Spanish, French and Dutch each
have a Qt Linguist catalogue, ``resources/i18n/facilitator_<code>.ts``
(written by people, kept in the repository), compiled into a ``.qm`` file
that the app loads (built by ``make``, ``pip install`` and the bundle; never
committed). Plain Python, no Qt: installing the translators in the running
app is ``ui.app``'s job. The tools (``python -m facilitator_app.i18n``):

    update   the UI's texts into the .ts files (pyside6-lupdate), see texts.py
    build    .ts -> .qm (pyside6-lrelease), see catalogues.py
    check    every text translated, its placeholders and accelerator kept
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from facilitator_app import LANGUAGES
from facilitator_app.paths import get_asset

__all__ = ["LANGUAGES", "choose_language", "language_name", "qm_path"]

TRANSLATED = tuple(code for code, _name in LANGUAGES if code != "en")
CATALOGUE = "facilitator"
SYSTEM = "system"
"""The language setting's value for "the computer's language" (options.py)."""

LANGUAGE_ENV = "FACILITATOR_APP_LANG"
"""When set (``es``, ``fr`` ...), taken as the computer's language: a portable
install, the test suite and scripted screenshots pin the language with it."""


WINDOW_FALLBACK = {"ht": "fr"}
"""A computer's language the window does not have -> the one it shows."""


def language_name(code: str) -> str:
    return dict(LANGUAGES).get(code, code)


def choose_language(setting: str, system_languages: Iterable[str]) -> str:
    """The language to show: the setting's, or for :data:`SYSTEM` the first
    of the computer's languages (e.g. ``["es-DO", "en-US"]``, best first) that
    the app has, else English. A computer in Haitian Creole gets French, the
    country's other language (Creole is for what participants read, not the
    window). :data:`LANGUAGE_ENV` stands in for the computer's languages when
    set."""
    known = dict(LANGUAGES)
    if setting in known:
        return setting
    forced = os.environ.get(LANGUAGE_ENV, "").strip()
    for tag in [forced] if forced else system_languages:
        code = re.split(r"[-_.@]", tag.strip().lower(), maxsplit=1)[0]
        code = WINDOW_FALLBACK.get(code, code)
        if code in known:
            return code
    return "en"


def qm_path(code: str) -> Path:
    """Where the app finds a language's compiled catalogue."""
    return get_asset("i18n", f"{CATALOGUE}_{code}.qm")
