"""The workshop report and the FAQ handout in the workshop's language (issue 19).

The demo workshop is written in Spanish, French and Dutch and read back with
pdftotext: our words are translated (headings, table headers, sentences,
"Página 2 de 11"), dates and figures are written the language's way
("18 de marzo de 2026", "W = 0,44", "274.500 XCD"), and no English heading
is left. Haitian Creole readers get the French report; ``--lang`` (``lang=``)
wins over the workshop's language. The names typed by users stay as typed.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from facilitator_app.core.action_plan import ACTION_STATUSES
from facilitator_app.core.domain import (
    ANONYMITY_MODES,
    MEMBER_TYPES,
    SWOT_QUADRANTS,
    TOWS_KINDS,
    VOTING_METHODS,
)
from facilitator_app.core.voting import QUADRANTS, method_spec
from facilitator_app.core.voting import registry as voting_registry
from facilitator_app.core.voting_words import CNS_BANDS, W_BANDS
from facilitator_app.core.voting_words import FIGURE_NOTES as CORE_FIGURE_NOTES
from facilitator_app.export import report_words as words
from facilitator_app.export.faq_pdf import write_faq_handout
from facilitator_app.export.report_pdf import write_report
from facilitator_app.services.demo import create_demo
from facilitator_app.services.reports import export_workshop, gather, resolve_workshop
from facilitator_app.storage.models import Workshop

ENGLISH_HEADINGS = [
    "WORKSHOP REPORT", "Summary", "Who came", "What was voted on",
    "How strongly the members agreed", "Top priorities", "What was decided", "Next steps",
    "Contents", "Attendance", "SWOT analysis", "TOWS strategies", "Candidate priorities",
    "Voting", "Decisions and action plan", "Indicators", "How the results were worked out",
    "What the agreement figures mean", "How the ballots were kept",
]
"""Headings of the English report, each on a line of its own in pdftotext's output."""

ENGLISH_WORDS = ["Page 2 of", "Method: ", "ballots counted", "Member type", "Represented by",
                 "Draws on", "Kendall's W measures", "moderate agreement",
                 "Agreement per priority", "Spread of views", "Firms only", "Adopted on",
                 "Not started", "On track", "Overdue",
                 "Strengths", "Weaknesses", "Opportunities", "Threats", "Borda points"]
"""Our English words in sentences and tables. (The demo's own data is English
and stays so: its notes say "19 voting members and 2 observers", a decision's
basis, recorded when it was adopted, "Consensus reached: 100 % support".)"""

KNOWN = {
    "es": ["INFORME DEL TALLER", "Resumen", "Quiénes asistieron", "Análisis FODA",
           "Fortalezas", "Decisiones y plan de acción", "Cómo se calcularon los resultados",
           "18 de marzo de 2026", "Página 2 de", "Acuerdo moderado (W = 0,44)",
           "Tastle–Wierman 0,84", "274.500 XCD", "Consenso alcanzado: 84 % de apoyo",
           "19 miembros con voto", "boletas"],
    "fr": ["RAPPORT D’ATELIER", "Synthèse", "Qui était présent", "Analyse FFOM (SWOT)",
           "Forces", "Décisions et plan d’action", "Comment les résultats ont été calculés",
           "18 mars 2026", "Page 2 sur", "Accord modéré (W = 0,44)", "Tastle–Wierman 0,84",
           "274 500 XCD", "Consensus atteint : 84 % de soutien",
           "19 membres votants", "bulletins", "grappe"],
    "nl": ["WORKSHOPVERSLAG", "Samenvatting", "Wie er waren", "SWOT-analyse", "Sterktes",
           "Besluiten en actieplan", "Hoe de uitslagen zijn berekend", "18 maart 2026",
           "Pagina 2 van", "Matige overeenstemming (W = 0,44)", "Tastle–Wierman 0,84",
           "274.500 XCD", "Consensus bereikt: 84% steun", "19 stemgerechtigde leden",
           "stembiljetten"],
}
"""Words each translation really prints for the demo (the date is the workshop's)."""


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                         check=True, capture_output=True, text=True, encoding="utf-8")
    return out.stdout.replace("\u00a0", " ").replace("\u202f", " ")  # French spaces: plain


def lines_of(text: str) -> set[str]:
    return {" ".join(line.split()) for line in text.splitlines()}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("lang") / "démo.cluster"
    ws = create_demo(path)
    with ws.session() as s:
        workshop_id = resolve_workshop(s, None)
        data = gather(s, workshop_id)
    yield ws, workshop_id, data
    ws.close()


@pytest.fixture(scope="module")
def reports(demo, tmp_path_factory):
    """The demo's report in each language, as text."""
    _ws, _id, data = demo
    folder = tmp_path_factory.mktemp("reports")
    texts = {}
    for lang in ("en", "es", "fr", "nl", "ht"):
        path = write_report(folder / f"report-{lang}.pdf", data, lang=lang)
        texts[lang] = pdf_text(path)
    return texts


def test_the_english_report_has_the_headings_we_look_for(reports):
    """The list of English headings is the report's: each is found in English."""
    lines = lines_of(reports["en"])
    assert [h for h in ENGLISH_HEADINGS if h not in lines] == []
    assert [w for w in ENGLISH_WORDS if w not in reports["en"]] == []
    assert "18 March 2026" in reports["en"]


@pytest.mark.parametrize("lang", ["es", "fr", "nl"])
def test_the_report_in_each_language(reports, lang):
    text = reports[lang]
    assert [w for w in KNOWN[lang] if w not in text] == []
    lines = lines_of(text)
    assert [h for h in ENGLISH_HEADINGS if h in lines] == []
    assert [w for w in ENGLISH_WORDS if w in text] == []
    assert "18 March 2026" not in text
    # What users typed stays as typed.
    assert "Grenada Cocoa & Spice Cluster" in text
    assert "Shared fermentation & drying centre" in text


def test_haitian_creole_readers_get_the_french_report(reports):
    text = reports["ht"]
    assert [w for w in KNOWN["fr"] if w not in text] == []
    assert "Synthèse" in lines_of(text)


def test_the_workshop_language_and_the_lang_that_overrides_it(demo, tmp_path):
    ws, workshop_id, _data = demo
    with ws.session() as s:
        s.get(Workshop, workshop_id).language = "es"
    try:
        with ws.session() as s:
            own = export_workshop(s, tmp_path / "own.pdf", workshop_id)
            asked = export_workshop(s, tmp_path / "asked.pdf", workshop_id, lang="nl")
        with ws.session() as s:
            s.get(Workshop, workshop_id).language = "ht"
        with ws.session() as s:
            creole = export_workshop(s, tmp_path / "creole.pdf", workshop_id)
        with ws.session() as s:
            s.get(Workshop, workshop_id).language = None
        with ws.session() as s:
            app = export_workshop(s, tmp_path / "app.pdf", workshop_id, app_language="fr")
            plain = export_workshop(s, tmp_path / "plain.pdf", workshop_id)
    finally:
        with ws.session() as s:
            s.get(Workshop, workshop_id).language = None
    assert "Resumen" in lines_of(pdf_text(own))
    assert "Samenvatting" in lines_of(pdf_text(asked))
    assert "Resumen" not in lines_of(pdf_text(asked))
    assert "Synthèse" in lines_of(pdf_text(creole))
    assert "Synthèse" in lines_of(pdf_text(app))  # no workshop language: the app's
    assert "Summary" in lines_of(pdf_text(plain))  # neither: English


def test_the_handout_in_spanish_and_for_creole_readers(tmp_path):
    spanish = pdf_text(write_faq_handout(tmp_path / "faq-es.pdf", lang="es"))
    assert "Clústeres e iniciativas clúster" in spanish
    assert "Preguntas de esta hoja informativa" in spanish
    assert "Impreso el" in spanish and " de 20" in spanish  # "Impreso el 30 de noviembre de 2026"
    assert "Página 2 de" in spanish
    assert "¿Qué es un clúster?" in spanish
    assert "Clusters and cluster initiatives" not in spanish
    assert "Page 2 of" not in spanish
    french = pdf_text(write_faq_handout(tmp_path / "faq-ht.pdf", lang="ht"))
    assert "Questions de cette fiche" in french
    assert "Page 2 sur" in french
    english = pdf_text(write_faq_handout(tmp_path / "faq-en.pdf", lang="en"))
    assert "Clusters and cluster initiatives" in english
    assert "Printed on" in english and "Page 2 of" in english


def test_the_report_words_are_cores_words():
    """Each table of report_words has core's keys and, in English, core's words:
    a word added or changed in core shows up here, not as English in a report."""
    assert dict(VOTING_METHODS) == words.METHOD_LABELS
    assert {k: method_spec(k).score_meaning for k in words.METHOD_LABELS} == words.SCORE_MEANINGS
    assert {k: method_spec(k).note for k in words.METHOD_LABELS} == words.METHOD_NOTES
    assert set(words.METHOD_LABELS) == set(voting_registry.SPECS)
    assert CORE_FIGURE_NOTES == words.FIGURE_NOTES
    assert dict(ANONYMITY_MODES) == words.ANONYMITY_LABELS
    assert dict(MEMBER_TYPES) == words.MEMBER_TYPE_LABELS
    assert set(words.MEMBER_TYPE_PLURALS) == set(dict(MEMBER_TYPES))
    assert dict(SWOT_QUADRANTS) == words.SWOT_LABELS
    assert dict(TOWS_KINDS) == words.TOWS_LABELS
    assert dict(ACTION_STATUSES) == words.ACTION_STATUS_LABELS
    assert dict(QUADRANTS.values()) == words.QUADRANT_LABELS
    assert set(words.QUADRANT_PLURAL_LABELS) == set(words.QUADRANT_LABELS)
    assert set(words.QUADRANT_MEANINGS) == set(words.QUADRANT_LABELS)
    assert {b.key: b.words for b in (*W_BANDS, *CNS_BANDS)} == words.AGREEMENT_WORDS


def test_an_unknown_language_gives_the_english_report(demo, tmp_path):
    _ws, _id, data = demo
    text = pdf_text(write_report(tmp_path / "de.pdf", data, lang="de"))
    assert "Summary" in lines_of(text)
    assert "18 March 2026" in text


def test_the_bar_chart_writes_decimal_commas_when_asked(tmp_path):
    from reportlab.graphics import renderPDF

    from facilitator_app.export.report_charts import Bar, bar_chart

    bars = [Bar("Ruta del cacao", 3.25, True), Bar("Festival", 2.5, False)]
    for comma, name in ((True, "comma.pdf"), (False, "point.pdf")):
        renderPDF.drawToFile(bar_chart(bars, 400, value_label="Media", decimal_comma=comma),
                             str(tmp_path / name))
    comma, point = pdf_text(tmp_path / "comma.pdf"), pdf_text(tmp_path / "point.pdf")
    assert "3,25" in comma and "2,50" in comma and "3.25" not in comma
    assert "3.25" in point and "3,25" not in point


def test_the_windows_export_uses_the_workshops_language_then_the_windows(demo, tmp_path,
                                                                         monkeypatch):
    """The Export menu's job (ui/export_worker.run_job) asks for no language:
    the workshop's is used, else the window's."""
    from facilitator_app.ui import languages
    from facilitator_app.ui.export_worker import ExportJob, run_job

    ws, workshop_id, _data = demo
    monkeypatch.setattr(languages, "current", lambda: "nl")
    window = run_job(ws, ExportJob("report", tmp_path / "window.pdf", workshop_id),
                     lambda _f, _t: None)
    with ws.session() as s:
        s.get(Workshop, workshop_id).language = "fr"
    try:
        own = run_job(ws, ExportJob("report", tmp_path / "own.pdf", workshop_id),
                      lambda _f, _t: None)
        handout = run_job(ws, ExportJob("faq", tmp_path / "faq.pdf", lang="es"),
                          lambda _f, _t: None)
    finally:
        with ws.session() as s:
            s.get(Workshop, workshop_id).language = None
    assert "Samenvatting" in lines_of(pdf_text(window))
    assert "Synthèse" in lines_of(pdf_text(own))
    assert "Clústeres e iniciativas clúster" in pdf_text(handout)


def test_the_export_menu_makes_the_open_workshops_files_in_its_language(qtbot, tmp_path):
    """In the window (English), with a workshop whose participants read
    Spanish open: Export > report and Export > FAQ handout come out in Spanish."""
    from facilitator_app.storage.workspace import open_workspace
    from facilitator_app.ui.app import configure_application
    from facilitator_app.ui.export_actions import install_export_actions
    from facilitator_app.ui.main_window import MainWindow

    path = tmp_path / "taller.cluster"
    ws = create_demo(path)
    with ws.session() as s:
        s.get(Workshop, resolve_workshop(s, None)).language = "es"
    ws.close()
    configure_application()
    window = MainWindow(open_workspace(path))
    qtbot.addWidget(window)
    window.show()
    actions = install_export_actions(window)
    window.pages["workshops"].open_workshop(1)
    written = []
    for action, name in ((actions.report_action, "informe.pdf"),
                         (actions.faq_action, "preguntas.pdf")):
        target = tmp_path / name
        actions.ask_save_path = lambda _title, _suggested, _filters, t=target: str(t)
        actions.ask_open = lambda _path: False
        with qtbot.waitSignal(actions.export_finished, timeout=60_000) as signal:
            action.trigger()
        written.append(signal.args[0])
    actions.wait()
    window.close()
    report, handout = (pdf_text(Path(p)) for p in written)
    assert "Resumen" in lines_of(report) and "Summary" not in lines_of(report)
    assert "Clústeres e iniciativas clúster" in handout


def test_a_weighted_round_states_its_weights_in_the_language(tmp_path):
    """The stress workspace's runoff counts firms' ballots with another weight:
    the Spanish report says which, and what the ballots add up to."""
    from tests.export.stress_fixtures import stress_workspace

    ws = stress_workspace(tmp_path / "stress.cluster")
    try:
        with ws.session() as s:
            data = gather(s, 1)
    finally:
        ws.close()
    weighted = [r for r in data.rounds if r.weights is not None]
    assert weighted and weighted[0].weights_note.startswith("Ballots are weighted")
    w = weighted[0].weights
    assert w.by_type and w.others is not None
    text = " ".join(pdf_text(write_report(tmp_path / "es.pdf", data, lang="es")).split())
    firms = {"firm": "empresas"}
    named = ", ".join(f"{firms[key]} {weight:g}" for key, weight in w.by_type)
    assert (f"Las boletas están ponderadas: {named}, los demás {w.others:g}. "
            f"Las {w.counted} boletas cuentan como {w.total:g} votos") in text
    assert "Ballots are weighted" not in text


def test_the_pdfs_say_their_language(demo, tmp_path):
    """The PDF's /Lang (what screen readers go by) is the language the texts are in."""
    from pypdf import PdfReader

    _ws, _id, data = demo
    for lang, expected in (("es", "es"), ("ht", "fr"), ("en", "en")):
        report = write_report(tmp_path / f"r-{lang}.pdf", data, lang=lang)
        handout = write_faq_handout(tmp_path / f"f-{lang}.pdf", lang=lang)
        for path in (report, handout):
            assert PdfReader(path).trailer["/Root"]["/Lang"] == expected
