"""The workshop report PDF: what it says, its fonts, its pages, and writing it safely."""

from __future__ import annotations

import errno
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator_app.core.errors import UserError
from facilitator_app.export import safe_write
from facilitator_app.export.report_pdf import build_story, long_date, write_report
from facilitator_app.services import reports
from facilitator_app.services.swot import add_item
from tests.export.report_fixtures import (
    ACCENTED,
    FORMULA_MEMBER,
    FORMULA_SWOT,
    MARKUP_PRIORITY,
    MINUS_PRIORITY,
    rich_workspace,
)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    ws = rich_workspace(tmp_path_factory.mktemp("ws") / "rich.cluster")
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def pdfs(workspace, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    with workspace.session() as s:
        return {w: reports.export_workshop(s, folder / f"workshop {w}.pdf", w) for w in (1, 2)}


def text_of(path: Path) -> str:
    """All the text, with line breaks and hyphen-free wrapping turned into spaces."""
    pages = [page.extract_text() for page in PdfReader(path).pages]
    return re.sub(r"\s+", " ", " ".join(pages))


def page_texts(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(path).pages]


def test_the_report_says_what_happened(pdfs, workspace):
    text = text_of(pdfs[1])
    assert "Grenada Cocoa & Spice Cluster" in text
    assert "Priority-setting workshop 2026" in text
    assert "18 March 2026" in text
    assert "St. Patrick's Anglican Parish Hall, Sauteurs" in text
    assert "Marie Thérèse Lalsingh" in text
    with workspace.session() as s:
        data = reports.gather(s, 1)
    for p in data.priorities:
        assert p.title in text, p.title
    for quadrant in data.swot.values():
        for item in quadrant:
            assert item.text in text, item.text
    for kind in data.tows.values():
        for strategy in kind:
            assert strategy.text in text
    assert "Moderate agreement (W = 0.44) among 19 ballots" in text
    assert "Consensus was reached on Shared fermentation & drying centre and Joint export " \
           "brand for fine cocoa" in text
    assert "1 block" in text
    assert "Change since round 1" in text
    assert "Secret round: member types are not stored" in text
    assert "Counting only the 15 ballots of firms" in text
    assert "Kendall's W measures how similar" in text
    assert "Gradients of agreement: every voter said" in text


def test_voting_members_unnamed_when_a_round_was_secret(pdfs):
    text = text_of(pdfs[1])
    assert "Round 2 used secret ballots, so the voting members are not named" in text
    assert "Belmont Estate Cocoa Farmers" not in text
    assert ACCENTED not in text
    assert "Ministry of Agriculture, Lands and Forestry" in text  # an observer
    assert "Firm 15 0 15" in text  # counts by member type still given


def test_names_and_markup_print_as_typed(pdfs):
    text = text_of(pdfs[2])
    assert "Smith & Sons <Ltd>" in text
    assert MARKUP_PRIORITY in text  # "<b>" printed, not obeyed
    assert ACCENTED in text
    assert "Asociación de Productores de Cacao Ñame Verde" in text
    assert "Ñandú Pérez" in text
    assert "Grand Étang Visitor Centre" in text
    assert FORMULA_MEMBER in text and FORMULA_SWOT in text and MINUS_PRIORITY in text
    assert "été 2026" in text


def test_header_footer_and_page_numbers(pdfs):
    pages = page_texts(pdfs[1])
    total = len(pages)
    assert total >= 4
    assert "Page" not in pages[0]  # the cover has no header or footer
    for number, page in enumerate(pages[1:], start=2):
        assert f"Page {number} of {total}" in page
        assert "Grenada Cocoa & Spice Cluster · Priority-setting workshop 2026" in page


def test_only_embedded_unicode_fonts(pdfs):
    for path in pdfs.values():
        reader = PdfReader(path)
        fonts = set()
        for page in reader.pages:
            resources = page["/Resources"]
            for font in resources.get("/Font", {}).values():
                font = font.get_object()
                fonts.add(font["/BaseFont"])
                assert "/FontFile2" in font["/FontDescriptor"].get_object() or \
                    "/DescendantFonts" in font, font
            for xobject in resources.get("/XObject", {}).values():
                xfonts = xobject.get_object().get("/Resources", {}).get("/Font", {})
                fonts |= {f.get_object()["/BaseFont"] for f in xfonts.values()}
        # Open Sans for the text, DejaVu Sans for the charts (and any character
        # Open Sans lacks): both bundled and embedded, nothing else.
        assert fonts and all("OpenSans" in f or "DejaVu" in f for f in fonts), fonts
        assert any("OpenSans" in f for f in fonts) and any("DejaVu" in f for f in fonts)


def test_metadata(pdfs):
    info = PdfReader(pdfs[2]).metadata
    assert info.title == "Follow-up workshop: workshop report"


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """50 priorities, 200 attendees (named rounds, so every name is listed)."""
    from bench.bench_exports import build_workspace

    ws = build_workspace(
        tmp_path_factory.mktemp("big") / "big.cluster", members=230, attendees=200,
        voters=190, priorities=50, options=50, ballots=190, gradients_round=True,
        anonymity="named", swot_per_quadrant=5,
    )
    yield ws
    ws.close()


def test_long_tables_break_across_pages_with_their_header(big, tmp_path):
    target = tmp_path / "big.pdf"
    with big.session() as s:
        data = reports.gather(s, 1)
        reports.write_outputs(target, data)
    pages = page_texts(target)
    text = " ".join(pages)
    with_names_header = [p for p in pages if "Organisation Member type Represented by" in p]
    assert len(with_names_header) >= 4  # 190 voting members: the header repeats
    for a in data.voters:
        assert a.name in text
    for p in data.priorities:
        assert p.title in text
    ranking_pages = [p for p in pages if "Place Priority Borda points" in p]
    assert len(ranking_pages) >= 2  # 50 priorities ranked: header repeated
    assert "The chart shows the first 20 of 50 priorities" in text


def test_a_swot_too_long_for_one_page_still_lays_out(big, tmp_path):
    with big.session() as s:
        for n in range(70):
            add_item(s, 1, "W", f"Weakness number {n} " + "with a long explanation " * 6)
        data = reports.gather(s, 1)
    target = write_report(tmp_path / "long swot.pdf", data)
    text = text_of(target)
    assert "Weakness number 0 " in text and "Weakness number 69 " in text
    assert text.count("Strengths Weaknesses") >= 2  # the quadrant titles repeat


def test_story_builds_without_a_file(workspace):
    with workspace.session() as s:
        data = reports.gather(s, 2)
    story = build_story(data, 400, 700)
    assert len(story) > 10


def test_long_date():
    from datetime import date

    assert long_date(date(2026, 3, 8)) == "8 March 2026"
    assert long_date(None) == ""


def test_a_failed_write_leaves_no_file(workspace, tmp_path, monkeypatch):
    def full_disk(_src, _dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write.os, "replace", full_disk)
    with workspace.session() as s, pytest.raises(UserError, match="the disk is full"):
        reports.export_workshop(s, tmp_path / "report.pdf", 1)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pages_render(pdfs, tmp_path):
    done = subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdfs[2]), str(tmp_path / "p")],
                          check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(list(tmp_path.glob("p-*.png"))) == len(PdfReader(pdfs[2]).pages)


def test_characters_no_bundled_font_has_are_marked_and_said(tmp_path, caplog):
    """Chinese and Japanese script (no bundled font has it) print as a visible marker,
    with a note naming the texts, never as empty boxes; a symbol Open Sans lacks
    comes from DejaVu Sans."""
    from facilitator_app.export.pdf_common import MARKER
    from facilitator_app.services import attendance, roster

    ws = rich_workspace(tmp_path / "cjk.cluster")
    try:
        with ws.session() as s:
            name = "東京カカオ商事 Tokyo Cacao Trading → Grenada"
            member = roster.add_member(s, {"name": name, "member_type": "donor"})
            attendance.add_attendees(s, 2, [member], role="observer")
            data = reports.gather(s, 2)
        with caplog.at_level("WARNING"):
            target = write_report(tmp_path / "cjk.pdf", data)
    finally:
        ws.close()
    text = text_of(target)
    assert f"{MARKER} Tokyo Cacao Trading → Grenada" in text  # the arrow from DejaVu
    assert "Characters not printed" in text
    # The note names the text as it can: with the marker where the script was.
    assert f"are shown as {MARKER}: in “{MARKER} Tokyo Cacao Trading → Grenada”" in text
    assert "東" not in text
    assert any("no bundled font" in r.getMessage() for r in caplog.records)


def test_the_summary_follows_the_cover_and_the_last_page_is_worth_printing(pdfs):
    for path in pdfs.values():
        pages = page_texts(path)
        # After the running header and footer, the page opens with the summary.
        assert re.match(r"Grenada Cocoa & Spice Cluster · .* Page 2 of \d+ \d+ \w+ 2026 "
                        r"Summary \d+ organisations attended", pages[1]), pages[1][:160]
        last = [line for line in PdfReader(path).pages[-1].extract_text().splitlines()
                if line.strip()]
        assert len(last) > 8, (path.name, last)


def test_a_nearly_empty_last_page_is_avoided(workspace, tmp_path, monkeypatch):
    """When the last page would hold only a few lines, the closing section is set
    more tightly: here every last page counts as nearly empty, so the report is
    laid out again, compact, and is no longer than before."""
    from facilitator_app.export import report_pdf

    with workspace.session() as s:
        data = reports.gather(s, 1)
    normal = write_report(tmp_path / "normal.pdf", data)
    laid_out = []
    real = report_pdf.build_story

    def spy(*args, **kw):
        laid_out.append(kw.get("compact"))
        return real(*args, **kw)

    monkeypatch.setattr(report_pdf, "NEARLY_EMPTY", 1.01)
    monkeypatch.setattr(report_pdf, "build_story", spy)
    tight = write_report(tmp_path / "tight.pdf", data)
    assert laid_out == [False, True]
    assert len(PdfReader(tight).pages) <= len(PdfReader(normal).pages)
    assert text_of(tight).count("How the results were worked out") == 2  # contents + part


# ----- decisions and the action plan ---------------------------------------------------
def section(pages: list[str], start: str, end: str) -> str:
    """The text from the page where ``start`` is printed as a part up to ``end``."""
    text = " ".join(pages)
    begin = text.index(start, text.index("Contents") + 200 if "Contents" in text else 0)
    return text[begin:text.index(end, begin)]


def test_the_demo_summary_says_what_was_decided_and_the_next_steps(pdfs, workspace):
    with workspace.session() as s:
        data = reports.gather(s, 1)
    pages = page_texts(pdfs[1])
    summary = pages[1]
    assert "Summary" in summary  # and keeps to its page:
    assert re.match(r".* Page 3 of \d+ 18 March 2026 Contents \.", pages[2]), pages[2][:200]
    assert ("What was decided The members adopted 2 priorities from the result of round 2: "
            "• Shared fermentation & drying centre • Joint export brand for fine cocoa "
            "Decision: The members adopt the priorities that reached consensus in the "
            "gradients round") in summary
    # The demo's six actions: four open, one of them late and overdue; one done, one dropped.
    assert len(data.actions) == 6
    open_ = [a for a in data.actions if a.is_open]
    late = [a for a in data.actions if a.overdue]
    assert len(open_) == 4 and len(late) == 1 and late[0].status == "late"
    assert re.search(r"Next steps 4 actions still open on \d+ \w+ 20\d\d, 1 of them overdue "
                     r"\(listed first\); 1 done and 1 dropped\. Action Lead Due Status "
                     "Fermentation and drying protocol training for growers "
                     "St. Andrew's Fermentary 17 May 2026 Overdue \\(marked late\\) ", summary)
    for a in open_:
        assert f"{a.title} {a.lead_name}" in summary, a.title
    for a in data.actions:
        if not a.is_open:
            assert a.title not in summary, a.title


def test_the_demo_report_has_its_decisions_and_action_plan(pdfs, workspace):
    with workspace.session() as s:
        data = reports.gather(s, 1)
    pages = page_texts(pdfs[1])
    assert "Decisions and action plan" in pages[2]  # in the contents
    part = section(pages, "Decisions and action plan The members adopted",
                   "How the results were worked out")
    assert ("Their action plans hold 6 actions: 1 not started, 2 on track, 1 late, 1 done and "
            "1 dropped. 1 action is overdue") in part
    for number, d in enumerate(data.decisions, start=1):
        assert f"Decision {number}: {d.priority_title} Decision: {d.statement}" in part
        assert f"How the vote placed it: {d.basis}" in part
    assert "Round 2: gradients of agreement on the top four: 1st of 4. Consensus reached: " \
           "100 % support, no block." in part
    assert "3 actions: 1 on track, 1 late and 1 done; budget estimate 274,500 XCD." in part
    assert "budget estimate 20,000 XCD (dropped actions not counted)" in part
    # Each action on its row: title, notes, lead, partners, start, due, status, budget;
    # the overdue one marked in words, first in its plan.
    assert ("Action Lead Partners Start Due Status Budget Fermentation and drying protocol "
            "training for growers Two of five sessions held; the trainer fell ill in May. "
            "St. Andrew's Fermentary T.A. Marryshow Community College Mama Cocoa Women's "
            "Cooperative 17 Apr 2026 17 May 2026 Overdue (marked late) 6,500 XCD") in part
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    for a in data.actions:
        start, due = (f"{x.day} {months[x.month - 1]} {x.year}" for x in (a.start_date,
                                                                         a.due_date))
        status = "Overdue (marked late)" if a.overdue else a.status_text
        row = " ".join([a.lead_name, *a.partner_names, start, due, status])
        assert row in part, row
    assert "Joint stand at an international chocolate fair" in part
    assert "Dropped 15,000 US$" in part and "On track 250,000 XCD" in part
    assert part.count("Overdue (marked") == 1
    # Indicators: baseline, target, actual, unit (and how far along).
    assert ("Growers trained Action: Fermentation and drying protocol training for growers "
            "Attendance sheets; measured 17 May 2026 0 40 12 growers 30 %") in part
    assert "Co-funding secured" in part and "0 250,000 90,000 XCD 36 %" in part


def test_a_workshop_without_decisions_says_so(pdfs):
    pages = page_texts(pdfs[2])
    assert "What was decided No decision is recorded for this workshop." in pages[1]
    assert "Next steps" not in pages[1]
    assert "Decisions and action plan No decision is recorded for this workshop." in \
        " ".join(pages)


def test_the_summary_names_fewer_decisions_and_actions_to_stay_on_one_page(workspace,
                                                                            tmp_path):
    """Twelve decisions and thirty open actions: the summary still takes one page
    (the page after it is the contents), names the first ones, counts the rest."""
    from dataclasses import replace

    with workspace.session() as s:
        data = reports.gather(s, 1)
    model = data.actions[0]
    decisions = tuple(replace(d, id=100 + n, priority_title=f"{d.priority_title} ({n})",
                              statement=f"Statement {n}: " + "we act together. " * 8)
                      for n, d in enumerate(data.decisions * 6))
    actions = tuple(replace(model, id=200 + n, decision_id=decisions[n % 12].id,
                            title=f"Action number {n} " + "with a long title " * 6)
                    for n in range(30))
    path = write_report(tmp_path / "many.pdf", replace(data, decisions=decisions,
                                                       actions=actions))
    pages = page_texts(path)
    assert "Summary" in pages[1] and "Next steps" in pages[1]
    assert re.match(r".* Page 3 of \d+ 18 March 2026 Contents \.", pages[2]), pages[2][:200]
    assert re.search(r"and (\d+) more, in “Decisions and action plan”", pages[1])
    more = re.search(r"and (\d+) more open actions, in “Decisions and action plan”", pages[1])
    assert more and int(more.group(1)) + pages[1].count("Action number") == 30
    assert "Action number 0 with a long title" in pages[1]  # an overdue action, first
    part = " ".join(pages[3:])
    assert all(f"Action number {n} " in part for n in range(30))
    assert all(f"Decision {n}: " in part for n in range(1, 13))
