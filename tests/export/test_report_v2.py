"""The report on a stress workspace: cover, summary, contents, matrix, runoff counts,
weights, ties, right-to-left names, page breaks.

The workspace (tests/export/stress_fixtures.py): 60 members with long Spanish,
French and Creole names and an Arabic one, 30 long priorities, three rounds
(dots with a long tie at 0, impact x feasibility, a weighted instant runoff).
Every expectation about figures is computed from the app's own tally, not
copied from a run.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator_app.core.voting import IrvDetails
from facilitator_app.export.report_base import number
from facilitator_app.services import reports
from tests.export.stress_fixtures import (
    ARABIC_ACTION,
    ARABIC_MEMBER,
    CLUSTER,
    DOTS_TITLE,
    IRV_TITLE,
    LONG_ACTION,
    MATRIX_TITLE,
    OVERDUE_ACTION,
    WORKSHOP,
    stress_workspace,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed"),
]


@pytest.fixture(scope="module")
def stress(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stress")
    ws = stress_workspace(folder / "stress.cluster")
    with ws.session() as s:
        data = reports.gather(s, 1)
    pdf = reports.write_outputs(folder / "stress.pdf", data)
    yield data, pdf
    ws.close()


def pages_of(path: Path, layout: bool = False) -> list[str]:
    """The text of each page as pdftotext reads it (logical order for Arabic)."""
    count = len(PdfReader(path).pages)
    out = []
    for n in range(1, count + 1):
        args = ["pdftotext", "-f", str(n), "-l", str(n), *(["-layout"] if layout else []),
                str(path), "-"]
        out.append(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    return out


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_cover_names_the_cluster_the_workshop_date_and_place(stress):
    _data, pdf = stress
    cover = flat(pages_of(pdf)[0])
    assert "WORKSHOP REPORT" in cover
    assert CLUSTER in cover and WORKSHOP in cover
    assert "24 September 2026" in cover
    assert "Centre de conférences de Rodney Bay, Gros-Islet" in cover
    assert "Marie-Thérèse Éloïse Saint-Aimé" in cover
    assert "Page 1" not in cover  # no header or footer on the cover


def body_lines(page: str) -> list[str]:
    """A page's lines without its header (the first line) and its footer."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return [line for line in lines[1:] if not re.search(r"Page \d+ of \d+$", line)
            and line != "24 September 2026"]


def test_the_summary_is_the_first_page_after_the_cover_and_fits_on_it(stress):
    data, pdf = stress
    raw = pages_of(pdf)
    assert body_lines(raw[1])[0] == "Summary"
    assert body_lines(raw[2])[0] == "Contents"  # the summary ends on its own page
    summary = flat(raw[1])
    for part in ("Who came", "What was voted on", "How strongly the members agreed",
                 "Top priorities"):
        assert part in summary, part
    assert "60 member organisations took part: 54 voting members (43 firms" in summary
    assert "6 observers (3 government ministries, 2 donors / international organisations" \
        in summary
    # Agreement of every round in words and figures, as the results screen says it.
    assert f"Round 3: {IRV_TITLE}: Strong agreement (W = 0.63)." in summary
    assert "The top option has the support of 44 % of voters." in summary
    # The vote ended with the runoff: its winner first.
    final = data.rounds[-1].all_voters
    winner = data.rounds[-1].priority_title(final.winners[0])
    assert winner[:50] in summary.split("Top priorities")[1]


def test_the_summary_says_what_was_decided_and_what_is_next_on_its_one_page(stress):
    data, pdf = stress
    raw = pages_of(pdf)
    summary = flat(raw[1])
    assert body_lines(raw[2])[0] == "Contents"
    assert len(data.decisions) == 3 and len(data.actions) == 6
    first = data.decisions[0]
    assert "What was decided The members adopted 3 priorities:" in summary
    assert first.priority_title[:60] in summary
    assert f"Decision: {first.statement}" in summary
    assert "more, in “Decisions and action plan”" in summary  # the others are counted
    # Next steps: the overdue action first, with its lead and due date, marked in words.
    late = [a for a in data.actions if a.overdue]
    assert [a.title for a in late] == [OVERDUE_ACTION]
    assert ("Next steps 4 actions still open on" in summary
            and "1 of them overdue (listed first); 1 done and 1 dropped." in summary)
    lines = body_lines(pages_of(pdf, layout=True)[1])
    row = next(line for line in lines if line.startswith(OVERDUE_ACTION[:30]))
    assert re.search(r"\d+ \w{3} 20\d\d\s+Overdue \(marked on", row), row
    assert late[0].lead_name[:20] in row


def test_the_action_plan_prints_long_titles_and_the_arabic_lead_in_reading_order(stress):
    data, pdf = stress
    raw = pages_of(pdf)
    start = next(i for i, p in enumerate(raw) if body_lines(p)[0] == "Decisions and action plan")
    part = flat(" ".join(raw[start:]))
    part = part[:part.index("How the results were worked out")]
    assert flat(LONG_ACTION) in part  # whole, in the action's column
    assert "no lead" in part
    for n, d in enumerate(data.decisions, start=1):
        assert flat(f"Decision {n}: {d.priority_title}") in part
        assert flat(d.statement) in part  # the long statement whole
    # The Arabic lead's name breaks into lines in reading order: pdftotext gives
    # the lines (each in logical order) one after another.
    arabic = unicodedata.normalize("NFKC", " ".join(raw[start:]))
    arabic = re.sub(r"[\u202a-\u202e]", "", arabic)
    after = arabic[arabic.index(flat(ARABIC_ACTION).split()[-1]):]
    words = re.findall(r"[\u0600-\u06ff]+", after)[:len(ARABIC_MEMBER.split())]
    assert words == ARABIC_MEMBER.split()
    # pdftotext may read the budget cell between the status cell's two lines.
    assert re.search(r"Overdue (8,500\.50 XCD )?\(marked on track\)", part)
    # The sentence saying what it means ("Overdue actions are marked “Overdue”"), and
    # the one overdue action.
    assert part.count("Overdue") == 3
    assert "8,500.50 XCD" in part and "Young farmers trained" in part


def test_the_contents_give_the_page_of_every_part(stress):
    _data, pdf = stress
    pages = pages_of(pdf, layout=True)
    contents = pages[2]
    assert "Contents" in contents
    entries = dict(re.findall(r"^\s*(\S.*?)\s*(?:\. )+\.?\s*(\d+)\s*$", contents, re.M))
    for title in ("Summary", "Attendance", "SWOT analysis", "TOWS strategies",
                  "Candidate priorities", "Voting", f"Round 1: {DOTS_TITLE}",
                  f"Round 2: {MATRIX_TITLE}", f"Round 3: {IRV_TITLE}",
                  "Decisions and action plan", "How the results were worked out"):
        page = int(entries[title])
        # The heading is on that page.
        assert title in flat(pages[page - 1]), (title, page)


def test_the_arabic_name_reads_back_in_logical_order(stress):
    _data, pdf = stress
    text = unicodedata.normalize("NFKC", "".join(pages_of(pdf)))
    assert ARABIC_MEMBER in text


def test_weights_are_stated_so_the_counts_add_up(stress):
    data, pdf = stress
    text = flat(" ".join(pages_of(pdf)))
    irv = data.rounds[2].all_voters
    assert irv.counted == 54 and irv.total_weight == 97
    assert ("Ballots are weighted: firms 2, others 1. The 54 ballots count as 97 votes; "
            "the counts and shares shown are weighted.") in text
    assert "Round 3 counted vote weights" in text  # said in the summary too


def test_the_runoff_counts_are_shown_count_by_count(stress):
    data, pdf = stress
    r = data.rounds[2]
    details = r.all_voters.details
    assert isinstance(details, IrvDetails) and len(details.rounds) == 5
    pages = pages_of(pdf, layout=True)
    where = [p for p in pages if "Counts of the instant runoff" in p]
    assert where
    text = "\n".join(pages[pages.index(where[0]):pages.index(where[0]) + 2])
    assert re.search(r"Count 1\s+Count 2\s+Count 3\s+Count 4\s+Count 5", text)
    totals = [number(c.continuing + c.exhausted) for c in details.rounds]
    assert re.search(r"Total\s+" + r"\s+".join(totals), text), totals
    assert re.search(r"No further preference \(exhausted\)\s+" +
                     r"\s+".join(number(c.exhausted) for c in details.rounds), text)
    # Each priority's votes in each count, "out" where it was eliminated.
    for ro in r.all_voters.ranking:
        cells = []
        for c in details.rounds:
            if ro.option not in c.votes:
                cells.append("–")
            else:
                out = ro.option in c.eliminated and c is not details.rounds[-1]
                cells.append(number(c.votes[ro.option]) + (" out" if out else ""))
        assert re.search(r"\s+".join(re.escape(cell) for cell in cells), text), cells
    majority = next(c for c in details.rounds if c.number == details.majority_round)
    votes = majority.votes[r.all_voters.winners[0]]
    assert (f"won with a majority in count {majority.number}: {number(votes)} of the "
            f"{number(majority.continuing)} votes still counting") in flat(text)


def test_the_impact_feasibility_round_has_its_matrix_and_feasibility(stress):
    data, pdf = stress
    r = data.rounds[1]
    q = r.quadrants
    assert q is not None
    pages = pages_of(pdf, layout=True)
    section = "\n".join(p for p in pages if MATRIX_TITLE in p or "Feasibility" in p)
    for name in ("Quick wins", "Major projects", "Fill-ins", "Thankless tasks"):
        assert name in section  # the quadrants named in the chart
    assert re.search(r"No\.\s+Place\s+Priority\s+Impact\s+Feasibility\s+Quadrant", section)
    for i, ro in enumerate(r.all_voters.ranking, start=1):
        impact, feasible = number(ro.score), number(q.feasibility.score_of(ro.option))
        place = f"{ro.position}=?"
        assert re.search(rf"^\s*{i}\s+{place}\s+.*\s{re.escape(impact)}\s+{re.escape(feasible)}\s",
                         section, re.M), (i, impact, feasible)
    wrong = "The last column says how close the marks"
    assert wrong not in flat(section)
    assert "The column “Agreement” says how close the marks on impact" in flat(section)


def test_ties_are_marked_and_a_long_tie_is_counted_not_listed(stress):
    data, pdf = stress
    text = flat(" ".join(pages_of(pdf)))
    dots = data.rounds[0].all_voters
    zero = [o for o in dots.options if dots.score_of(o) == 0]
    assert len(zero) == 12
    for option in zero:  # only in the list of candidate priorities, not in the round
        tag = re.search(r"\(priority \d+\)$", data.rounds[0].priority_title(option)).group()
        assert text.count(tag) == 1, tag
    numbers = sorted(p.number for p in data.priorities
                     if p.title in {data.rounds[0].priority_title(o) for o in zero})
    assert (f"12 priorities with no dots: numbers {', '.join(map(str, numbers))} in the list "
            "of candidate priorities") in text
    assert "and 12 share place 19 with 0 dots each (marked “=” in the table)" in text
    assert "The 12 priorities with no dots are not drawn." in text
    shared = [g for g in dots.ties if dots.position_of(g[0]) == 2]
    assert shared and "2= " in text and f"Ties: {len(shared[0])} priorities share place 2" in text


def test_no_heading_is_left_alone_at_a_page_foot(stress):
    _data, pdf = stress
    reader = PdfReader(pdf)
    headings = {item.title for item in reader.outline if not isinstance(item, list)}
    headings |= {item.title for sub in reader.outline if isinstance(sub, list) for item in sub}
    headings |= {"Voting members", "Observers", "Counts of the instant runoff",
                 "Change since round 1", "Change since round 2", "What the agreement figures mean",
                 "How the ballots were kept"}
    for number_, page in enumerate(pages_of(pdf, layout=True), start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if not re.search(r"Page \d+ of \d+$", line)][1:]
        if not body:
            continue
        assert body[-1] not in headings, (number_, body[-1])
        assert not any(body[-1].startswith(h) and len(body[-1]) < len(h) + 3
                       for h in headings), (number_, body[-1])


def test_the_last_page_is_not_nearly_empty(stress):
    _data, pdf = stress
    last = [line for line in pages_of(pdf)[-1].splitlines() if line.strip()]
    assert len(last) > 12, last


def test_pages_render(stress, tmp_path):
    _data, pdf = stress
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils not installed")
    done = subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdf), str(tmp_path / "p")],
                          check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(list(tmp_path.glob("p-*.png"))) == len(PdfReader(pdf).pages)
