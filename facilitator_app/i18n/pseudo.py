"""A pseudo-language to find cut texts: every English text of the UI with its
letters accented (a -> á, e -> ë ...) and made about 40 % longer, the way a
translation into Spanish or French often is.

Generated, never committed: ``python -m facilitator_app.i18n pseudo FOLDER``
writes ``facilitator_pseudo.ts`` and its compiled ``.qm`` into ``FOLDER`` (a
build or temporary folder), and ``tests/ui/test_pseudo_language.py`` shows the
main window in it. What must stay as it is, stays: the placeholders (``{0}``,
``{name}``, ``%n``, ``%1``), markup tags and entities (``<b>``, ``&amp;``), the
``&`` before a shortcut letter (and the letter itself), and line breaks.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from facilitator_app.i18n import CATALOGUE
from facilitator_app.i18n.catalogues import run_pyside_tool

CODE = "pseudo"
GROWTH = 0.4
PADDING = "ẍÿżŵ"
WORD = 7  # the padding of a sentence, in words this long

_ACCENTS = str.maketrans("aeiouyAEIOUYcCnNsSzZ", "áëîõüýÁËÎÕÜÝçÇñÑšŠžŽ")
# kept as they are: placeholders, tags, entities, a shortcut "&x" and "&&"
_KEEP = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|&&|&\S")


def accented(text: str) -> str:
    """``text`` with its letters accented, what must be kept left as it is."""
    out, at = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[at:match.start()].translate(_ACCENTS))
        out.append(match.group())
        at = match.end()
    out.append(text[at:].translate(_ACCENTS))
    return "".join(out)


def _visible_length(text: str) -> int:
    return len(_KEEP.sub("x", re.sub(r"<[^<>]*>", "", text)))


def pseudo(text: str) -> str:
    """``text`` accented and padded to about 140 % of its visible length (the
    padding goes before the markup that closes a rich text, so it shows)."""
    if not text.strip():
        return text
    extra = max(1, math.ceil(_visible_length(text) * GROWTH))
    pad = (PADDING * (extra // len(PADDING) + 1))[:extra]
    if " " in text.strip():  # a sentence grows by words, so it can still wrap
        pad = " ".join(pad[i:i + WORD] for i in range(0, len(pad), WORD))
    body = accented(text)
    closing = re.search(r"(\s*(</[^<>]*>\s*)+)$", body)
    if closing:
        return body[:closing.start()] + pad + body[closing.start():]
    trailing = re.search(r"[\s.:…]*$", body)  # "Name:" -> "Ñámëẍÿ:", as a translation reads
    assert trailing is not None
    return body[:trailing.start()] + pad + body[trailing.start():]


def write_ts(path: Path) -> int:
    """Every text of the UI (see :mod:`texts`) with its pseudo translation, as
    a ``.ts`` file; returns how many."""
    from facilitator_app.i18n.texts import extract

    root = ET.Element("TS", version="2.1", language="en")
    contexts: dict[str, ET.Element] = {}
    messages = sorted(extract().messages)
    for message in messages:
        context = contexts.get(message.context)
        if context is None:
            context = contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = message.context
        element = ET.SubElement(context, "message")
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        translation = ET.SubElement(element, "translation")
        if message.numerus:  # English plural rules: one form, then the others
            element.set("numerus", "yes")
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(message.source)
        else:
            translation.text = pseudo(message.source)
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return len(messages)


def build_pseudo(folder: Path) -> Path:
    """Write the pseudo-language's ``.ts`` into ``folder`` and compile it; returns
    the ``.qm`` file."""
    ts = folder / f"{CATALOGUE}_{CODE}.ts"
    write_ts(ts)
    qm = ts.with_suffix(".qm")
    result = run_pyside_tool("lrelease", ["-silent", str(ts), "-qm", str(qm)])
    if result.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"pyside6-lrelease failed for {ts.name}:\n{result.stderr}")
    return qm
