"""The ``.ts`` catalogues: brought up to date with pyside6-lupdate, compiled
with pyside6-lrelease, checked.

Everything here runs from a source checkout (``resources/i18n`` beside the
package) with PySide6 installed; the app itself only reads the ``.qm`` files.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from facilitator_app.i18n import CATALOGUE, TRANSLATED

SOURCE_ROOT = Path(__file__).resolve().parent.parent.parent
TS_DIR = SOURCE_ROOT / "resources" / "i18n"


def ts_path(code: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{CATALOGUE}_{code}.ts"


def run_pyside_tool(tool: str, args: list[str]) -> subprocess.CompletedProcess[str]:
    """PySide6's ``lupdate`` or ``lrelease``, run as ``pyside6-<tool>`` runs it."""
    code = (f"import sys; from PySide6.scripts.pyside_tool import {tool}; "
            f"sys.argv[0] = 'pyside6-{tool}'; {tool}()")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          text=True, encoding="utf-8", check=False)


# ----- update -------------------------------------------------------------------

def _py_string(text: str) -> str:
    return '"' + (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                  .replace("\t", "\\t")) + '"'


def write_message_list(messages: dict, path: Path) -> None:
    """The messages as ``QCoreApplication.translate()`` calls, which lupdate
    reads; a ``#:`` line before each says where it is used (Qt Linguist
    shows it as the developer's note)."""
    lines = ["from PySide6.QtCore import QCoreApplication", "", "_ = None", ""]
    for message in sorted(messages):
        where = sorted({w.split(":")[0] for w in messages[message]})
        lines.append("#: " + ", ".join(Path(w).name for w in where))
        args = [_py_string(message.context), _py_string(message.source),
                _py_string(message.comment) if message.comment else "None"]
        if message.numerus:
            args.append("1")
        lines.append(f"QCoreApplication.translate({', '.join(args)})")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def update(codes: Iterable[str] = TRANSLATED, folder: Path = TS_DIR) -> list[str]:
    """Merge the UI's current texts into each language's ``.ts`` with
    pyside6-lupdate: new texts come in unfinished, texts gone are dropped,
    translations made are kept. Returns a report (and what could not be read)."""
    from facilitator_app.i18n.texts import extract

    extraction = extract()
    folder.mkdir(parents=True, exist_ok=True)
    report = [f"{len(extraction.messages)} texts in the UI"]
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "ui_texts.py"
        write_message_list(extraction.messages, listing)
        for code in codes:
            result = run_pyside_tool("lupdate", [
                str(listing), "-locations", "none", "-no-obsolete", "-target-language", code,
                "-ts", str(ts_path(code, folder))])
            if result.returncode != 0:
                raise RuntimeError(f"pyside6-lupdate failed for {code}:\n{result.stderr}")
            report.append(f"{code}: {result.stdout.strip().splitlines()[-1].strip()}")
    report += [f"not read: {line}" for line in extraction.unread]
    return report


# ----- build --------------------------------------------------------------------

def build(target: Path | None = None, source: Path = TS_DIR) -> list[Path]:
    """Compile every catalogue of ``source`` into a ``.qm`` in ``target`` (by
    default beside it) with pyside6-lrelease; returns the files written."""
    target = source if target is None else target
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(source.glob(f"{CATALOGUE}_*.ts")):
        qm = target / (ts.stem + ".qm")
        result = run_pyside_tool("lrelease", ["-silent", str(ts), "-qm", str(qm)])
        if result.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"pyside6-lrelease failed for {ts.name}:\n{result.stderr}")
        written.append(qm)
    return written


# ----- check --------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*")


def placeholders(text: str) -> list[str]:
    """What a translation must keep, sorted: ``{0}``, ``{name}``, ``%n``, ``%1``."""
    return sorted(_PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    """How many ``&`` mark a shortcut letter (``&&`` is a plain ampersand)."""
    return len(re.findall(r"&\S", text.replace("&&", "")))


@dataclass
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: list[str]
    unfinished: bool


def read_ts(path: Path) -> tuple[str, list[Entry]]:
    """The language and the (not obsolete) messages of a ``.ts`` file."""
    root = ET.parse(path).getroot()
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: list[str] = []
            elif numerus:
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            entries.append(Entry(name, message.findtext("source") or "",
                                 message.findtext("comment") or "", numerus, texts,
                                 kind == "unfinished"))
    return root.get("language", ""), entries


def problems(path: Path) -> list[str]:
    """What is wrong in a catalogue: a translation unfinished or empty, a
    placeholder lost or added, a shortcut letter (&) lost or added, markup
    tags that differ."""
    found = []
    _language, entries = read_ts(path)
    for e in entries:
        where = f"{path.name} [{e.context}] {e.source[:70]!r}"
        if e.unfinished:
            found.append(f"{where}: unfinished")
        if not e.translations or any(not t.strip() for t in e.translations):
            found.append(f"{where}: empty translation")
            continue
        wanted = placeholders(e.source)
        for text in e.translations:
            got = placeholders(text)
            if e.numerus:  # a singular form may say the number in words ("un membre")
                same = [p for p in got if p != "%n"] == [p for p in wanted if p != "%n"]
            else:
                same = got == wanted
            if not same:
                found.append(f"{where}: placeholders {got} in {text!r}, {wanted} in the source")
            if accelerators(text) != accelerators(e.source):
                found.append(f"{where}: {accelerators(text)} shortcut letter(s) (&) in "
                             f"{text!r}, {accelerators(e.source)} in the source")
            if sorted(_TAG.findall(text)) != sorted(_TAG.findall(e.source)):
                found.append(f"{where}: markup differs in {text!r}")
    return found
