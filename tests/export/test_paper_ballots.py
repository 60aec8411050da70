"""Paper ballots PDF: one sheet per voter, options, instructions, boxes, round code."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader

from facilitator_app.export.paper_ballots import instructions, write_paper_ballots
from facilitator_app.services import voting
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
    assert len(reader.pages) == len(names) == 19
    texts = [flat(p.extract_text()) for p in reader.pages]
    whole = " ".join(texts)
    for name in names:  # every voting attendee, accents and "&" included
        assert flat(name) in whole, name
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
    assert len(reader.pages) == 5
    whole = flat(" ".join(p.extract_text() for p in reader.pages))
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
