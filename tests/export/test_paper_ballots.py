"""Paper ballots PDF: one sheet per voter, options, instructions, boxes, round code."""

from __future__ import annotations

import dataclasses
import html
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator_app.export.paper_ballots import instructions, write_paper_ballots
from facilitator_app.services import priorities, voting
from facilitator_app.services.attendance import attendees
from facilitator_app.services.demo import create_demo


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture
def ws(tmp_path):
    workspace = create_demo(tmp_path / "demo.cluster")
    yield workspace
    workspace.close()


def fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_one_named_sheet_per_voting_attendee(ws, tmp_path):
    with ws.session() as s:
        r1 = voting.list_rounds(s, 1)[0]
        info = voting.create_round(s, 1, [o.priority_id for o in r1.options], "borda",
                                   anonymity="anonymous", title="Round 3: rank again")
        data = voting.paper_ballot_data(s, info.id)
        names = [v.name for v in voting.voters(s, info.id)]
        observers = [a.name for a in attendees(s, 1, "observer")]
    path = write_paper_ballots(tmp_path / "ballots.pdf", data)
    reader = PdfReader(str(path))
    texts = [flat(p.extract_text()) for p in reader.pages]
    whole = " ".join(texts)
    assert len(names) == 19
    for i, name in enumerate(names, start=1):  # every voting attendee, accents and "&" too
        assert flat(name) in whole, name
        assert f"Ballot {i} of 19 " in whole
    assert "Ballot 20 of" not in whole
    assert "Asociación de Productores de Cacao Ñame Verde" in texts[0]
    assert "Smith & Sons <Ltd>" in whole
    for option in info.options:
        assert all(option.label in t for t in texts), option.label
    assert data.code == voting.round_code(info)
    assert data.code.startswith("R4-") and all(data.code in t for t in texts)
    assert "write 1 in the box of your first choice" in texts[0]
    assert observers and not any(flat(n) in whole for n in observers)  # no ballot for them
    assert all(f.endswith(("DejaVuSans", "DejaVuSans-Bold")) for f in fonts(reader)), fonts(reader)


def test_secret_sheets_carry_no_name(ws, tmp_path):
    with ws.session() as s:
        r2 = voting.list_rounds(s, 1)[1]
        data = voting.paper_ballot_data(s, r2.id, blank=5)
        names = [v.name for v in voting.voters(s, r2.id)]
    path = write_paper_ballots(tmp_path / "secret.pdf", data)
    reader = PdfReader(str(path))
    whole = flat(" ".join(p.extract_text() for p in reader.pages))
    assert "Ballot 5 of 5 " in whole and "Ballot 6 of" not in whole
    assert not any(flat(n) in whole for n in names)
    assert "do not write your name" in whole
    assert "Whole-hearted endorsement" in whole and "Block" in whole
    assert data.code in whole


@pytest.mark.parametrize("method, params, words", [
    ("dots", {"budget": 3, "max_per_option": 2}, ["You have 3 dots", "At most 2 dots"]),
    ("approval", {}, ["Write 1 in the box of every priority you approve"]),
    ("score", {"scale_min": 1, "scale_max": 5, "two_criteria": True},
     ["Rate each priority twice", "Impact", "Feasibility"]),
    ("irv", {}, ["next choice"]),
])
def test_instructions_speak_of_the_method(ws, tmp_path, method, params, words):
    with ws.session() as s:
        r1 = voting.list_rounds(s, 1)[0]
        info = voting.create_round(s, 1, [o.priority_id for o in r1.options][:4], method,
                                   params=params)
        data = voting.paper_ballot_data(s, info.id)
    text = " ".join(instructions(info))
    for word in words:
        assert word in text
    path = write_paper_ballots(tmp_path / f"{method}.pdf", data)
    first = flat(PdfReader(str(path)).pages[0].extract_text())
    if method == "score":
        assert "Impact" in first and "Feasibility" in first


# ----- layout: rows that grow, ballots that share pages or run over them -------------
LONG = ("Établir un centre partagé de fermentation et de séchage du cacao fin, avec "
        "formation des producteurs de Grand'Rivière et suivi de la qualité lot par lot "
        "pendant trois récoltes")


def words(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Every word of every page with its box, as ``pdftotext -bbox`` reads them."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    pages: list[list[tuple[float, float, float, float, str]]] = []
    for chunk in out.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), html.unescape(w))
                      for a, b, c, d, w in re.findall(
                          r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                          r'yMax="([\d.]+)">([^<]*)</word>', chunk)])
    return pages


def overprinted(page: list[tuple[float, float, float, float, str]]) -> list[tuple[str, str]]:
    """Pairs of words whose boxes overlap (text printed over text)."""
    clashes = []
    for i, (x0, y0, x1, y1, w) in enumerate(page):
        for a0, b0, a1, b1, v in page[i + 1:]:
            dx = min(x1, a1) - max(x0, a0)
            dy = min(y1, b1) - max(y0, b0)
            if dx > 0.5 and dy > 0.5:
                clashes.append((w, v))
    return clashes


def round_with(ws, n: int, title: str, method: str = "borda", **kw) -> int:
    with ws.session() as s:
        ids = [priorities.add_priority(s, 1, f"{k}. {title}").id for k in range(1, n + 1)]
        return voting.create_round(s, 1, ids, method, anonymity="anonymous",
                                   title=f"{n} options", **kw).id


def test_thirty_long_options_run_over_pages_that_each_name_their_voter(ws, tmp_path):
    round_id = round_with(ws, 30, LONG)
    with ws.session() as s:
        data = voting.paper_ballot_data(s, round_id)
    data = dataclasses.replace(data, names=data.names[:3])  # three voters are enough
    pdf = write_paper_ballots(tmp_path / "long.pdf", data)
    pages = words(pdf)
    texts = [flat(p.extract_text()) for p in PdfReader(str(pdf)).pages]
    assert len(pages) == len(texts) > len(data.names)  # a ballot takes more than a page
    for n, page in enumerate(pages, start=1):
        assert overprinted(page) == [], f"page {n}"
    for text in texts:  # one voter per page, named on every page, with the round code
        on_page = [name for name in data.names if flat(name) in text]
        assert len(on_page) == 1, (on_page, text[:200])
        assert data.code in text
    for k in (1, 10, 30):  # every option whole, its number on one line
        assert any(f"{k}. Établir un centre partagé" in t for t in texts), k
        assert any(re.search(rf"(^| ){k} {k}\. Établir", t) for t in texts), k
    assert sum(t.count("pendant trois récoltes") for t in texts) == 30 * len(data.names)


def test_twelve_options_on_two_criteria_fit_one_page_per_voter(ws, tmp_path):
    round_id = round_with(ws, 12, "Quality label for fine-flavour cocoa exports", "score",
                          params={"scale_min": 1, "scale_max": 5, "two_criteria": True})
    with ws.session() as s:
        data = voting.paper_ballot_data(s, round_id)
    pdf = write_paper_ballots(tmp_path / "twelve.pdf", data)
    texts = [flat(p.extract_text()) for p in PdfReader(str(pdf)).pages]
    for n, page in enumerate(words(pdf), start=1):
        assert overprinted(page) == [], f"page {n}"
    for name in data.names:  # each ballot whole on one page: its name and all 12 options
        page = [t for t in texts if flat(name) in t]
        assert len(page) == 1, name
        assert all(f"{k}. Quality label" in page[0] for k in range(1, 13)), name


def test_short_ballots_share_a_page_with_a_cut_line_between(ws, tmp_path):
    round_id = round_with(ws, 1, "Joint stand at the regional food fair", "approval")
    with ws.session() as s:
        data = voting.paper_ballot_data(s, round_id)
    pdf = write_paper_ballots(tmp_path / "short.pdf", data)
    texts = [flat(p.extract_text()) for p in PdfReader(str(pdf)).pages]
    per_page = [sum(1 for name in data.names if flat(name) in t) for t in texts]
    assert sum(per_page) == len(data.names) == 19
    assert max(per_page) >= 3 and len(texts) <= 7
    assert "✂" in texts[0]  # the cut line between two ballots of the first page
    for n, page in enumerate(words(pdf), start=1):
        assert overprinted(page) == [], f"page {n}"


def test_a_layout_with_overprinted_words_is_caught():
    # the check above really sees text printed over text
    page = [(10.0, 10.0, 50.0, 20.0, "Shared"), (40.0, 12.0, 90.0, 22.0, "centre"),
            (10.0, 30.0, 50.0, 40.0, "apart")]
    assert overprinted(page) == [("Shared", "centre")]
