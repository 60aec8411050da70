"""The bundled FAQ: loading, a small Markdown subset, and search.

The answers live as Markdown files under ``resources/faq/`` (see the README
there), the English ones at the top and their translations in a folder per
language (``resources/faq/es/`` ...); nothing of the content is in code. This module turns them into plain
data that both front ends use: the Qt page renders :func:`render_html`, the PDF
handout walks :attr:`FaqEntry.blocks` and formats the same inline spans with
:func:`inline_markup`. No Qt here.

The Markdown subset is deliberately small (headings, paragraphs, ``-`` and
``1.`` lists, ``>`` quotes, ``**bold**``, ``*italic*``, ``[text](target)``):
enough for the FAQ, small enough to read in one sitting and to render the same
way on screen and on paper.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import pairwise
from pathlib import Path

from facilitator_app import LANGUAGES
from facilitator_app.core.errors import UserError
from facilitator_app.core.text import fold
from facilitator_app.i18n.messages import _
from facilitator_app.paths import get_asset

APP_SCHEME = "app"
"""``app:<page>`` links open a page of the application (``app:roster``)."""
FAQ_SCHEME = "faq"
"""``faq:<id>`` links open another question of the FAQ."""

FILE_PATTERN = re.compile(r"^(\d+)-[^/\\]+\.md$")
_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class FaqError(UserError):
    """A FAQ file is missing or malformed (a broken install or a bad edit)."""


# --------------------------------------------------------------------------- #
# Data
# --------------------------------------------------------------------------- #
@dataclass(frozen=True)
class Span:
    """A run of text with one set of inline styles."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


Inline = tuple[Span, ...]
Range = tuple[int, int]


@dataclass(frozen=True)
class Block:
    """One block of an answer.

    ``kind`` is ``heading``, ``paragraph``, ``bullets``, ``numbered`` or
    ``quote``. ``items`` holds one inline run for a heading or paragraph, one
    per list item, one per paragraph of a quote.
    """

    kind: str
    items: tuple[Inline, ...]
    level: int = 0
    start: int = 1


@dataclass(frozen=True)
class Link:
    text: str
    target: str


@dataclass(frozen=True)
class FaqEntry:
    """One question and its answer, as read from ``NN-some-words.md``."""

    id: str
    number: int
    question: str
    body: str
    source: str
    source_label: str = "Source"
    path: Path | None = field(default=None, compare=False)
    lang: str = "en"
    """The language the entry is written in (``en``, ``es``, ``fr``, ``nl``)."""

    @property
    def title(self) -> str:
        """The question with its number, as lists and headings show it."""
        return f"{self.number}. {self.question}"

    @property
    def source_heading(self) -> str:
        """``Sources:`` before the source line (French puts a no-break space before
        the colon)."""
        return f"{self.source_label}\u00a0:" if self.lang == "fr" else f"{self.source_label}:"

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        return parse_blocks(self.body)

    @cached_property
    def source_inline(self) -> Inline:
        return parse_inline(self.source)

    @cached_property
    def text(self) -> str:
        """The answer and its source as plain text: what search looks at."""
        runs = [run for block in self.blocks for run in block.items]
        runs.append(self.source_inline)
        return "\n".join(plain_text(run) for run in runs)

    @property
    def links(self) -> list[Link]:
        """Every link of the answer and source, in reading order."""
        runs = [run for block in self.blocks for run in block.items]
        runs.append(self.source_inline)
        found: list[Link] = []
        for run in runs:
            previous: str | None = None
            for span in run:
                if span.href is not None and span.href == previous:
                    found[-1] = Link(found[-1].text + span.text, span.href)
                elif span.href is not None:
                    found.append(Link(span.text, span.href))
                previous = span.href
        return found


@dataclass(frozen=True)
class FaqMatch:
    """An entry that matches a search, with where: character ranges in
    :attr:`FaqEntry.question` and in :attr:`FaqEntry.text`."""

    entry: FaqEntry
    in_question: tuple[Range, ...]
    in_text: tuple[Range, ...]

    @property
    def count(self) -> int:
        return len(self.in_question) + len(self.in_text)


# --------------------------------------------------------------------------- #
# Loading
# --------------------------------------------------------------------------- #
def faq_dir() -> Path:
    return get_asset("faq")


def faq_languages() -> tuple[str, ...]:
    """The codes the FAQ may be asked in (English first)."""
    return tuple(code for code, _name in LANGUAGES)


def load_faq(folder: str | Path | None = None, *, lang: str = "en") -> list[FaqEntry]:
    """Read every ``NN-*.md`` file of ``folder`` (default: the bundled FAQ).

    Entries come back in question order. With ``lang`` other than English,
    each answer that has a translation in ``folder/<lang>/`` (same ``id``)
    comes in that language and the others stay in English; an unknown
    language, or one with no folder, gives the English FAQ. A translated file
    whose id is not an English question is ignored. Raises :class:`FaqError`
    when the folder or a file is missing or malformed, or two files share an
    id or a number.
    """
    folder = Path(folder) if folder is not None else faq_dir()
    entries = _read_folder(folder)
    if not entries:
        raise FaqError(_("The FAQ folder {folder} holds no question files.", folder=folder))
    _check_unique(entries)
    entries.sort(key=lambda e: e.number)
    if lang != "en" and lang in faq_languages() and (folder / lang).is_dir():
        translated = {entry.id: entry for entry in _read_folder(folder / lang, lang=lang)}
        _check_unique(list(translated.values()))
        entries = [
            replace(translated[e.id], number=e.number) if e.id in translated else e
            for e in entries
        ]
    return entries


def _read_folder(folder: Path, *, lang: str = "en") -> list[FaqEntry]:
    if not folder.is_dir():
        raise FaqError(_("The FAQ is missing from this installation (no folder {folder}).",
                         folder=folder))
    entries: list[FaqEntry] = []
    for path in sorted(folder.iterdir()):
        match = FILE_PATTERN.match(path.name)
        if not match or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise FaqError(_("Cannot read the FAQ file {name}: {error}.",
                             name=path.name, error=exc)) from exc
        entry = parse_entry(text, name=path.name, number=int(match[1]), path=path)
        entries.append(replace(entry, lang=lang))
    return entries


def _check_unique(entries: Sequence[FaqEntry]) -> None:
    seen_ids: dict[str, FaqEntry] = {}
    seen_numbers: dict[int, FaqEntry] = {}
    for entry in entries:
        name = entry.path.name if entry.path else entry.id
        if entry.id in seen_ids:
            other = seen_ids[entry.id]
            raise FaqError(
                _("The FAQ files {other} and {name} share the id {id!r}.",
                  other=other.path.name if other.path else other.id, name=name, id=entry.id)
            )
        if entry.number in seen_numbers:
            other = seen_numbers[entry.number]
            raise FaqError(
                _("The FAQ files {other} and {name} share the number {number}.",
                  other=other.path.name if other.path else other.id, name=name, number=entry.number)
            )
        seen_ids[entry.id] = entry
        seen_numbers[entry.number] = entry


_SOURCE_LINE = re.compile(r"^\s*(Sources?|Fuentes?|Bronn?en|Bron)\s*:\s*(\S.*?)\s*$")
"""The closing line: ``Source:``, or ``Fuente:``/``Bron:`` and their plurals
in a translation (French writes ``Source :``, the space is allowed)."""


def parse_entry(
    text: str, *, name: str = "<text>", number: int | None = None, path: Path | None = None
) -> FaqEntry:
    """Parse one FAQ file: front matter with ``id``, a ``# Question`` title,
    the answer, and a closing ``Source:`` line."""

    def fail(problem: str) -> FaqError:  # a whole sentence that names the file
        return FaqError(problem)

    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        try:
            end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        except StopIteration:
            raise fail(_("The FAQ file {name} opens its front matter with --- but never closes "
                         "it.",
                         name=name)) from None
        for line in lines[1:end]:
            if not line.strip():
                continue
            key, sep, value = line.partition(":")
            if not sep:
                raise fail(_("The FAQ file {name} has a front-matter line without 'key: value': "
                             "{line!r}.",
                             name=name, line=line.strip()))
            meta[key.strip().lower()] = value.strip()
        lines = lines[end + 1 :]

    entry_id = meta.get("id", "")
    if not entry_id:
        raise fail(_("The FAQ file {name} has no 'id:' line in its front matter.", name=name))
    if not _ID_PATTERN.match(entry_id):
        raise fail(_("The FAQ file {name} has an id that is not lower-case words joined by '-': "
                     "{entry_id!r}.",
                     name=name, entry_id=entry_id))
    if "number" in meta:
        if not meta["number"].isdigit():
            raise fail(_("The FAQ file {name} has a number that is not a whole number: {number!r}.",
                         name=name, number=meta['number']))
        number = int(meta["number"])
    if number is None:
        raise fail(_("The FAQ file {name} has no question number (name the file NN-words.md).",
                     name=name))

    while lines and not lines[0].strip():
        lines.pop(0)
    title = _HEADING.match(lines[0]) if lines else None
    if not title or len(title[1]) != 1:
        raise fail(_("The FAQ file {name} does not start with the question as a '# ' heading.",
                     name=name))
    question = plain_text(parse_inline(title[2]))
    lines = lines[1:]

    while lines and not lines[-1].strip():
        lines.pop()
    source = _SOURCE_LINE.match(lines[-1]) if lines else None
    if not source:
        raise fail(_("The FAQ file {name} does not end with a 'Source:' line.", name=name))
    body = "\n".join(lines[:-1]).strip("\n")
    if not body.strip():
        raise fail(_("The FAQ file {name} has no answer.", name=name))
    return FaqEntry(
        id=entry_id,
        number=number,
        question=question,
        body=body,
        source=source[2],
        source_label=source[1],
        path=path,
    )


def entry_by_id(entries: Iterable[FaqEntry], entry_id: str) -> FaqEntry | None:
    return next((e for e in entries if e.id == entry_id), None)


# --------------------------------------------------------------------------- #
# Markdown subset
# --------------------------------------------------------------------------- #
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s{0,3}[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s{0,3}(\d{1,9})[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")  # not str.split(): keep no-break spaces


def _starts_block(line: str) -> bool:
    return bool(
        _HEADING.match(line) or _BULLET.match(line) or _NUMBERED.match(line) or _QUOTE.match(line)
    )


def _join(lines: Iterable[str]) -> str:
    return _SPACES.sub(" ", " ".join(lines)).strip()


def parse_blocks(markdown: str) -> tuple[Block, ...]:
    """Split Markdown into blocks; inline text is parsed into spans."""
    lines = markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[Block] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if not line.strip():
            i += 1
        elif m := _HEADING.match(line):
            blocks.append(Block("heading", (parse_inline(m[2]),), level=len(m[1])))
            i += 1
        elif _QUOTE.match(line):
            paragraphs: list[list[str]] = [[]]
            while i < n and (q := _QUOTE.match(lines[i])):
                if q[1].strip():
                    paragraphs[-1].append(q[1])
                elif paragraphs[-1]:
                    paragraphs.append([])
                i += 1
            items = tuple(parse_inline(_join(p)) for p in paragraphs if p)
            if items:
                blocks.append(Block("quote", items))
        elif _BULLET.match(line) or _NUMBERED.match(line):
            pattern = _BULLET if _BULLET.match(line) else _NUMBERED
            start = int(m[1]) if (m := _NUMBERED.match(line)) and pattern is _NUMBERED else 1
            list_items: list[list[str]] = []
            while i < n:
                line = lines[i]
                if item := pattern.match(line):
                    list_items.append([item.groups()[-1]])
                    i += 1
                elif not line.strip():
                    j = i
                    while j < n and not lines[j].strip():
                        j += 1
                    if j < n and pattern.match(lines[j]):
                        i = j
                    else:
                        break
                elif not _starts_block(line):
                    list_items[-1].append(line.strip())  # continuation of the item
                    i += 1
                else:
                    break
            kind = "bullets" if pattern is _BULLET else "numbered"
            blocks.append(
                Block(kind, tuple(parse_inline(_join(it)) for it in list_items), start=start)
            )
        else:
            para: list[str] = []
            while i < n and lines[i].strip() and not _starts_block(lines[i]):
                para.append(lines[i])
                i += 1
            blocks.append(Block("paragraph", (parse_inline(_join(para)),)))
    return tuple(blocks)


_INLINE = re.compile(
    r"""\\(?P<esc>[\\*_\[\]()`#>-])
      | \[(?P<ltext>(?:[^\[\]\\]|\\.)+)\]\((?P<href>[^()\s]+)\)
      | \*\*(?P<bold>\S(?:.*?\S)?)\*\*
      | \*(?P<ital>[^*\s](?:[^*]*?[^*\s])?)\*""",
    re.VERBOSE,
)


def parse_inline(text: str) -> Inline:
    """Parse one run of inline Markdown into spans (adjacent equal styles merged)."""
    spans: list[Span] = []
    _parse_inline(_SPACES.sub(" ", text), False, False, None, spans)
    merged: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        last = merged[-1] if merged else None
        if last and (last.bold, last.italic, last.href) == (span.bold, span.italic, span.href):
            merged[-1] = Span(last.text + span.text, span.bold, span.italic, span.href)
        else:
            merged.append(span)
    return tuple(merged)


def _parse_inline(text: str, bold: bool, italic: bool, href: str | None, out: list[Span]) -> None:
    pos = 0
    for m in _INLINE.finditer(text):
        out.append(Span(text[pos : m.start()], bold, italic, href))
        if m["esc"] is not None:
            out.append(Span(m["esc"], bold, italic, href))
        elif m["ltext"] is not None:
            _parse_inline(m["ltext"], bold, italic, m["href"], out)
        elif m["bold"] is not None:
            _parse_inline(m["bold"], True, italic, href, out)
        else:
            _parse_inline(m["ital"], bold, True, href, out)
        pos = m.end()
    out.append(Span(text[pos:], bold, italic, href))


def plain_text(run: Inline) -> str:
    return "".join(span.text for span in run)


def parse_link(target: str) -> tuple[str, str] | None:
    """``"app:home"`` -> ``("app", "home")``; ``None`` for other targets."""
    scheme, sep, rest = target.partition(":")
    if sep and scheme.lower() in (APP_SCHEME, FAQ_SCHEME) and rest.strip():
        return scheme.lower(), rest.strip().strip("/")
    return None


def app_page(target: str) -> str | None:
    """The page key of an ``app:<page>`` link, else ``None``."""
    parsed = parse_link(target)
    return parsed[1] if parsed and parsed[0] == APP_SCHEME else None


# --------------------------------------------------------------------------- #
# Search
# --------------------------------------------------------------------------- #
@lru_cache(maxsize=256)
def _folded_with_map(text: str) -> tuple[str, tuple[int, ...]]:
    """Fold ``text`` one character at a time, remembering where each folded
    character came from, so matches map back to the original text."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = " " if char.isspace() else fold(char)
        chars.append(folded)
        origin.extend([index] * len(folded))
    return "".join(chars), tuple(origin)


def search_terms(query: str) -> list[str]:
    """The folded words of a query; an answer must contain each of them."""
    return fold(query).split()


def find_matches(text: str, query: str | Sequence[str]) -> list[Range]:
    """Where the query's words occur in ``text``, ignoring case and accents.

    Returns sorted, non-overlapping ``(start, end)`` ranges into ``text``.
    """
    terms = search_terms(query) if isinstance(query, str) else list(query)
    if not terms or not text:
        return []
    folded, origin = _folded_with_map(text)
    ranges: list[Range] = []
    for term in terms:
        start = folded.find(term)
        while start >= 0:
            end = start + len(term)
            ranges.append((origin[start], origin[end - 1] + 1))
            start = folded.find(term, start + 1)
    ranges.sort()
    merged: list[Range] = []
    for start, end in ranges:
        # overlapping matches, or words separated only by spaces, read as one
        if merged and (start <= merged[-1][1] or text[merged[-1][1] : start].isspace()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def search(entries: Iterable[FaqEntry], query: str) -> list[FaqMatch]:
    """Entries whose question or answer contains every word of ``query``.

    Case and accents are ignored ("cooperation" finds "coopération"). An
    empty query matches every entry, with no ranges.
    """
    terms = search_terms(query)
    results: list[FaqMatch] = []
    for entry in entries:
        if not terms:
            results.append(FaqMatch(entry, (), ()))
            continue
        folded_all = _folded_with_map(entry.question)[0] + "\n" + _folded_with_map(entry.text)[0]
        if all(term in folded_all for term in terms):
            results.append(
                FaqMatch(
                    entry,
                    tuple(find_matches(entry.question, terms)),
                    tuple(find_matches(entry.text, terms)),
                )
            )
    return results


# --------------------------------------------------------------------------- #
# Rendering
# --------------------------------------------------------------------------- #
def inline_markup(
    run: Inline,
    *,
    escape: Callable[[str], str] = html.escape,
    link: Callable[[str, str], str] | None = None,
    highlights: Sequence[Range] = (),
    highlight: Callable[[str], str] | None = None,
) -> str:
    """Format spans as ``<b>``/``<i>``/``<a>`` markup, which Qt rich text and
    reportlab paragraphs both read.

    ``escape`` escapes the text; ``link(href, inner)`` formats a link (default
    ``<a href>``); ``highlights`` are ranges into the run's plain text that
    ``highlight(inner)`` wraps.
    """
    if link is None:
        link = _html_link
    out: list[str] = []
    group: list[str] = []  # consecutive spans of one link become one anchor
    group_href: str | None = None
    offset = 0
    for span in run:
        end = offset + len(span.text)
        cuts = sorted({offset, end} | {p for r in highlights for p in r if offset < p < end})
        pieces: list[str] = []
        for a, b in pairwise(cuts):
            piece = escape(span.text[a - offset : b - offset])
            if highlight and any(s <= a and b <= e for s, e in highlights):
                piece = highlight(piece)
            pieces.append(piece)
        inner = "".join(pieces)
        if span.italic:
            inner = f"<i>{inner}</i>"
        if span.bold:
            inner = f"<b>{inner}</b>"
        if span.href != group_href and group:
            out.append(link(group_href, "".join(group)) if group_href else "".join(group))
            group = []
        group_href = span.href
        group.append(inner)
        offset = end
    if group:
        out.append(link(group_href, "".join(group)) if group_href else "".join(group))
    return "".join(out)


def _html_link(href: str, inner: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{inner}</a>'


HIT_ANCHOR = "faq-first-hit"
"""Anchor name :func:`render_html` puts at the first highlighted match."""


def render_html(
    entry: FaqEntry,
    *,
    query: str = "",
    highlight_style: str = "background-color: #ffe066; color: #000000;",
) -> str:
    """The entry as HTML for Qt rich text, with ``query`` matches highlighted.

    Uses classes ``question``, ``source``; ``<blockquote>`` for quotes. The
    first match carries the anchor :data:`HIT_ANCHOR` so a viewer can scroll
    to it.
    """
    terms = search_terms(query)
    first = [True]

    def mark(inner: str) -> str:
        anchor = ""
        if first[0]:
            anchor, first[0] = f'<a name="{HIT_ANCHOR}"></a>', False
        return f'{anchor}<span style="{html.escape(highlight_style, quote=True)}">{inner}</span>'

    def run_html(run: Inline) -> str:
        hits = find_matches(plain_text(run), terms) if terms else []
        return inline_markup(run, highlights=hits, highlight=mark)

    parts = [f'<h2 class="question">{entry.number}. {run_html((Span(entry.question),))}</h2>']
    for block in entry.blocks:
        if block.kind == "heading":
            level = min(block.level + 1, 6)
            parts.append(f"<h{level}>{run_html(block.items[0])}</h{level}>")
        elif block.kind == "paragraph":
            parts.append(f"<p>{run_html(block.items[0])}</p>")
        elif block.kind in ("bullets", "numbered"):
            tag = "ul" if block.kind == "bullets" else "ol"
            start = (
                f' start="{block.start}"' if block.kind == "numbered" and block.start != 1 else ""
            )
            items = "".join(f"<li>{run_html(item)}</li>" for item in block.items)
            parts.append(f"<{tag}{start}>{items}</{tag}>")
        elif block.kind == "quote":
            paras = "".join(f"<p>{run_html(item)}</p>" for item in block.items)
            parts.append(f"<blockquote>{paras}</blockquote>")
    parts.append(
        f'<p class="source"><b>{html.escape(entry.source_heading)}</b> '
        f"{run_html(entry.source_inline)}</p>"
    )
    return "\n".join(parts)
