"""The preset cluster types and priority categories in the window's language.

They are stored in English (``core.domain.CLUSTER_TYPE_PRESETS`` and
``PRIORITY_CATEGORIES``), whatever language the app is in, so that files,
the programme database and other facilitators' apps read the same words.
The windows show them translated (Qt context "presets") and, where an
editable combo box writes a value back, :func:`stored` turns a shown
translation into its English word again. A type or category the
facilitator typed is neither translated nor changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator_app.core.domain import CLUSTER_TYPE_PRESETS, PRIORITY_CATEGORIES

CONTEXT = "presets"
WORDS = (*CLUSTER_TYPE_PRESETS, *PRIORITY_CATEGORIES)


def _translations() -> dict[str, str]:
    """Each preset and its words in the window's language (asked afresh: the
    language can change while the app runs)."""
    return {word: QCoreApplication.translate("presets", word) for word in WORDS}


def shown(value: str) -> str:
    """A stored value as the window shows it: a preset in the window's
    language, anything else as it is."""
    return _translations().get(value, value)


def shown_list(values: list[str]) -> list[str]:
    translations = _translations()
    return [translations.get(v, v) for v in values]


def stored(text: str) -> str:
    """The value to store for what a combo box or a list holds: a preset's
    English word for its translation (or for the word itself, any case), the
    text as typed otherwise."""
    text = text.strip()
    folded = text.casefold()
    for word, translated in _translations().items():
        if folded in (word.casefold(), translated.casefold()):
            return word
    return text
