"""A priority's category from the Greenbook list (stored by its English name)
is printed in the report's and the workbook's language; a category the
facilitator wrote stays as written. The Spanish report of the demo listed
'Commercial cooperation', 'Policy action'... (issue 19)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from facilitator_app.core.domain import PRIORITY_CATEGORIES
from facilitator_app.export.report_pdf import write_report
from facilitator_app.export.report_words import PRIORITY_CATEGORY_LABELS
from facilitator_app.export.workbook import write_workbook
from facilitator_app.services import reports
from facilitator_app.services.demo import create_demo


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    ws = create_demo(tmp_path_factory.mktemp("demo") / "demo.cluster")
    with ws.session() as s:
        gathered = reports.gather(s, 1)
    ws.close()
    # one priority with a category of the facilitator's own
    own = replace(gathered.priorities[-1], category="Turismo del cacao")
    return replace(gathered, priorities=[*gathered.priorities[:-1], own])


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def test_the_labels_are_cores_categories():
    assert list(PRIORITY_CATEGORY_LABELS) == PRIORITY_CATEGORIES
    assert list(PRIORITY_CATEGORY_LABELS.values()) == PRIORITY_CATEGORIES


def test_the_spanish_report_names_the_categories_in_spanish(data, tmp_path):
    assert "Commercial cooperation" in {p.category for p in data.priorities}
    text = pdf_text(write_report(tmp_path / "es.pdf", data, lang="es"))
    assert "Cooperación comercial" in text
    assert "Commercial cooperation" not in text
    assert "Turismo del cacao" in text
    english = pdf_text(write_report(tmp_path / "en.pdf", data))
    assert "Commercial cooperation" in english


def test_the_french_workbook_names_the_categories_in_french(data, tmp_path):
    rows = list(load_workbook(write_workbook(tmp_path / "fr.xlsx", data, lang="fr"))
                ["Priorités"].iter_rows(values_only=True))
    categories = {r[rows[0].index("Catégorie")] for r in rows[1:]}
    assert "Coopération commerciale" in categories
    assert "Turismo del cacao" in categories
    assert not categories & set(PRIORITY_CATEGORIES)


def test_the_workbook_names_a_preset_cluster_type_in_its_language(data, tmp_path):
    """The profile's cluster type from the preset list ('Marshallian') is said
    in the workbook's language; one the facilitator typed stays as typed."""
    assert data.profile.cluster_type == "Marshallian"

    def cluster_type(d, lang: str):
        rows = load_workbook(write_workbook(tmp_path / f"{lang}.xlsx", d, lang=lang)) \
            .worksheets[0].iter_rows(values_only=True)
        label = {"es": "Tipo de clúster", "en": "Cluster type"}[lang]
        return next(r[1] for r in rows if r[0] == label)

    assert cluster_type(data, "es") == "Marshalliano"
    assert cluster_type(data, "en") == "Marshallian"
    own = replace(data, profile=replace(data.profile, cluster_type="Agroindustrial"))
    assert cluster_type(own, "es") == "Agroindustrial"
