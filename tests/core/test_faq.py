"""The bundled FAQ: every source question answered, search, links, Markdown subset."""

from __future__ import annotations

import pytest

from facilitator_app.core.errors import UserError
from facilitator_app.core.faq import (
    FaqError,
    app_page,
    entry_by_id,
    find_matches,
    inline_markup,
    load_faq,
    parse_blocks,
    parse_entry,
    parse_inline,
    parse_link,
    plain_text,
    render_html,
    search,
)

# The nine questions of the source FAQ, by the stable ids of our answers.
SOURCE_QUESTIONS = {
    1: "what-is-a-cluster",
    2: "what-is-a-cluster-initiative",
    3: "purpose-of-a-cluster-initiative",
    4: "benefits",
    5: "success-factors",
    6: "learn-more",
    7: "regional-examples",
    8: "organisations-involved",
    9: "types-of-clusters",
}
APP_PAGES = {"home", "roster", "workshops", "faq"}


@pytest.fixture(scope="module")
def faq():
    return load_faq()


def test_every_source_question_has_an_answer(faq):
    assert {e.number: e.id for e in faq} == SOURCE_QUESTIONS
    assert [e.number for e in faq] == sorted(e.number for e in faq)
    for entry in faq:
        assert entry.question.endswith("?")
        assert len(entry.text.split()) > 60, f"{entry.id} has hardly any answer"


def test_every_answer_names_its_source(faq):
    for entry in faq:
        assert entry.source_label in ("Source", "Sources")
        assert len(entry.source.split()) >= 3, entry.id


def test_definitions_are_attributed(faq):
    text = entry_by_id(faq, "what-is-a-cluster").text
    assert "Pietrobelli and Stevenson 2011" in text
    assert "Porter 1998" in text
    quotes = [b for b in entry_by_id(faq, "what-is-a-cluster").blocks if b.kind == "quote"]
    assert len(quotes) == 2


def test_all_eleven_success_factors(faq):
    entry = entry_by_id(faq, "success-factors")
    lists = [b for b in entry.blocks if b.kind == "numbered"]
    assert len(lists) == 1 and len(lists[0].items) == 11
    assert "500" in entry.text and "Greenbook" in entry.text


def test_benefits_for_firms_economy_and_government(faq):
    entry = entry_by_id(faq, "benefits")
    headings = [plain_text(b.items[0]).lower() for b in entry.blocks if b.kind == "heading"]
    assert any("firms" in h for h in headings)
    assert any("economy" in h for h in headings)
    assert any("government" in h for h in headings)


def test_types_of_clusters_gets_a_real_answer(faq):
    text = entry_by_id(faq, "types-of-clusters").text
    for word in (
        "Marshallian",
        "Hub-and-spoke",
        "Survival",
        "Potential",
        "Emerging",
        "Established",
        "Altenburg and Meyer-Stamer",
        "Markusen",
        "satellite platform",
        "state-anchored",
        "32",
    ):
        assert word.lower() in text.lower(), word
    assert "application form" not in text.lower()


def test_search_finds_consensus_and_porter(faq):
    consensus = search(faq, "consensus")
    assert "success-factors" in [m.entry.id for m in consensus]
    porter = {m.entry.id: m for m in search(faq, "Porter")}
    assert "what-is-a-cluster" in porter
    match = porter["what-is-a-cluster"]
    assert match.count >= 2
    for start, end in match.in_text:
        assert match.entry.text[start:end].lower() == "porter"


def test_search_ignores_case_and_accents(faq):
    # the content writes "Coopérative" and "cooperation"; either spelling finds both
    assert "regional-examples" in [m.entry.id for m in search(faq, "COOPERATIVE")]
    assert "purpose-of-a-cluster-initiative" in [m.entry.id for m in search(faq, "coopération")]
    by_id = {m.entry.id: m for m in search(faq, "solvell")}
    assert "learn-more" in by_id
    start, end = by_id["learn-more"].in_text[0]
    assert by_id["learn-more"].entry.text[start:end] == "Sölvell"


def test_search_needs_every_word_and_empty_query_matches_all(faq):
    assert len(search(faq, "")) == len(faq)
    assert all(m.count == 0 for m in search(faq, "   "))
    both = {m.entry.id for m in search(faq, "consensus greenbook")}
    assert both and both <= {m.entry.id for m in search(faq, "consensus")}
    assert search(faq, "consensus xylophone") == []


def test_find_matches_maps_back_to_the_original_text():
    text = "Asociación de Productores, STRASSE and Straße"
    assert [text[s:e] for s, e in find_matches(text, "asociacion")] == ["Asociación"]
    assert [text[s:e] for s, e in find_matches(text, "strasse")] == ["STRASSE", "Straße"]
    assert find_matches(text, "") == []
    # overlapping terms merge into one range
    assert find_matches("cluster", "clust luster") == [(0, 7)]
    # words next to each other highlight as one phrase
    assert find_matches("the health panel shows", "health panel") == [(4, 16)]


def test_links_point_to_pages_and_questions_that_exist(faq):
    ids = {e.id for e in faq}
    for entry in faq:
        for link in entry.links:
            parsed = parse_link(link.target)
            assert parsed is not None, f"{entry.id}: unknown link {link.target}"
            scheme, key = parsed
            if scheme == "app":
                assert key in APP_PAGES, f"{entry.id}: no page {key}"
            else:
                assert key in ids, f"{entry.id}: no question {key}"
            assert link.text.strip()


def test_required_links_into_the_app(faq):
    def targets(entry_id):
        return [link.target for link in entry_by_id(faq, entry_id).links]

    success = entry_by_id(faq, "success-factors").blocks
    factors = next(b for b in success if b.kind == "numbered").items

    def factor_links(n):
        return [s.href for s in factors[n - 1] if s.href]

    assert factor_links(1) == ["app:workshops"]
    for n in (4, 6, 8, 11):
        assert factor_links(n) == ["app:home"], n
    assert "app:roster" in targets("organisations-involved")


def test_parse_link():
    assert parse_link("app:home") == ("app", "home")
    assert parse_link("APP:roster") == ("app", "roster")
    assert parse_link("faq:types-of-clusters") == ("faq", "types-of-clusters")
    assert parse_link("https://example.org") is None
    assert parse_link("app:") is None
    assert app_page("app:workshops") == "workshops"
    assert app_page("faq:benefits") is None


def test_markdown_blocks():
    blocks = parse_blocks(
        "Intro line one\nline two.\n\n## Part\n\n- a\n- b\n  continued\n\n- c\n\n"
        "3. three\n4. four\n\n> quoted\n> more\n>\n> — Someone\n\nEnd."
    )
    kinds = [b.kind for b in blocks]
    assert kinds == ["paragraph", "heading", "bullets", "numbered", "quote", "paragraph"]
    assert plain_text(blocks[0].items[0]) == "Intro line one line two."
    assert blocks[1].level == 2
    assert [plain_text(i) for i in blocks[2].items] == ["a", "b continued", "c"]
    assert blocks[3].start == 3 and len(blocks[3].items) == 2
    assert [plain_text(i) for i in blocks[4].items] == ["quoted more", "— Someone"]


def test_markdown_inline():
    run = parse_inline(r"**Bold *both* here** then *it* and [a **link**](app:home) \*not\*")
    assert plain_text(run) == "Bold both here then it and a link *not*"
    assert inline_markup(run) == (
        "<b>Bold </b><b><i>both</i></b><b> here</b> then <i>it</i> and "
        '<a href="app:home">a <b>link</b></a> *not*'
    )
    assert plain_text(parse_inline("5 * 3 * 2")) == "5 * 3 * 2"


def test_render_html_escapes_and_highlights():
    entry = parse_entry(
        "---\nid: sample\n---\n# Is <b> & safe?\n\nSmith & Sons <Ltd> and **coop**eration.\n\n"
        "Source: Me & you",
        number=1,
    )
    page = render_html(entry, query="cooperation", highlight_style="background: red")
    assert "Smith &amp; Sons &lt;Ltd&gt;" in page
    assert "Is &lt;b&gt; &amp; safe?" in page
    # the match crosses a bold span: both halves are highlighted
    assert '<b><span style="background: red">coop</span></b>' in page.replace(
        '<a name="faq-first-hit"></a>', ""
    )
    assert '<span style="background: red">eration</span>' in page
    assert "faq-first-hit" in page
    assert "Me &amp; you" in page


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("# Q?\n\nA.\n\nSource: x", "id"),
        ("---\nid: a\n---\nNo title\n\nSource: x", "question"),
        ("---\nid: a\n---\n# Q?\n\nAnswer without source.", "Source"),
        ("---\nid: Not OK\n---\n# Q?\n\nA.\n\nSource: x", "id"),
        ("---\nid: a\n# Q?\n\nA.\n\nSource: x", "front matter"),
        ("---\nid: a\n---\n# Q?\n\nSource: x", "no answer"),
    ],
)
def test_malformed_files_give_a_clear_error(text, problem):
    with pytest.raises(FaqError, match=problem) as info:
        parse_entry(text, name="07-x.md", number=7)
    assert isinstance(info.value, UserError)
    assert "07-x.md" in info.value.message


def test_load_faq_checks_the_folder(tmp_path):
    with pytest.raises(FaqError, match="missing"):
        load_faq(tmp_path / "nope")
    with pytest.raises(FaqError, match="no question files"):
        load_faq(tmp_path)
    (tmp_path / "README.md").write_text("not a question", encoding="utf-8")
    (tmp_path / "02-b.md").write_text("---\nid: b\n---\n# B?\n\nB.\n\nSource: s", encoding="utf-8")
    (tmp_path / "01-a.md").write_text("---\nid: a\n---\n# A?\n\nA.\n\nSource: s", encoding="utf-8")
    assert [e.id for e in load_faq(tmp_path)] == ["a", "b"]
    (tmp_path / "03-c.md").write_text("---\nid: a\n---\n# C?\n\nC.\n\nSource: s", encoding="utf-8")
    with pytest.raises(FaqError, match="share the id"):
        load_faq(tmp_path)
