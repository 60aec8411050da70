"""The roster exported with its column titles in Spanish, French or Dutch, and
read back by the import as the same members (issue 19)."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from facilitator_app.core.domain import MEMBER_FIELDS
from facilitator_app.core.roster_import import EXPORTED_TITLES, field_for_header
from facilitator_app.export.roster_files import FIELD_TITLES, column_titles
from facilitator_app.i18n.messages import DOMAINS
from facilitator_app.services import roster
from facilitator_app.services.demo import create_demo
from facilitator_app.services.workspaces import create_workspace
from tests.cli_in_process import run_main


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.cluster"
    create_demo(path).close()
    return path


def test_every_field_label_is_marked_for_the_catalogues():
    assert list(FIELD_TITLES) == [f.label for f in MEMBER_FIELDS]


@pytest.mark.parametrize("lang", [*DOMAINS["workbook"], "ht"])
def test_each_translated_title_reads_back_as_its_field(lang):
    titles = column_titles(lang)
    assert [field_for_header(title) for title in titles] == [f.name for f in MEMBER_FIELDS]
    if lang in ("es", "fr", "nl"):
        for field, title in zip(MEMBER_FIELDS, titles, strict=True):
            # the importer's list of the export's titles holds this one (or it is English)
            assert title == field.label or title in EXPORTED_TITLES[field.name], title


def exported_members(path):
    from facilitator_app.storage.workspace import open_workspace

    ws = open_workspace(path, backups_kept=0)
    try:
        with ws.session() as s:
            return roster.export_rows(s)
    finally:
        ws.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_spanish_roster_export_imports_back_the_same(demo_path, tmp_path, suffix):
    target = tmp_path / f"miembros{suffix}"
    result = run_main("roster", "export", str(target), "--workspace", str(demo_path),
                      "--lang", "es")
    assert result.returncode == 0, result.stderr
    if suffix == ".xlsx":
        wb = load_workbook(target)
        assert wb.sheetnames == ["Miembros"]
        sheet = wb["Miembros"]
        header = [c.value for c in sheet[1]]
        joined = sheet.cell(2, header.index("Fecha de ingreso") + 1)
        assert isinstance(joined.value, datetime | date) and joined.number_format == "yyyy-mm-dd"
    else:
        with open(target, encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh))
    assert header[:3] == ["Organización", "Tipo", "Tamaño"]
    assert {"Correo electrónico", "Teléfono", "Idioma preferido", "Notas"} <= set(header)

    fresh = create_workspace(tmp_path / "fresh.cluster")
    try:
        with fresh.session() as s:
            imported = roster.import_file(s, target)
        assert imported.written and not imported.plan.rejected
    finally:
        fresh.close()
    assert exported_members(tmp_path / "fresh.cluster") == exported_members(demo_path)


def test_the_english_roster_export_is_unchanged(demo_path, tmp_path):
    target = tmp_path / "members.xlsx"
    assert run_main("roster", "export", str(target), "--workspace", str(demo_path)).returncode == 0
    wb = load_workbook(target)
    assert wb.sheetnames == ["Members"]
    assert [c.value for c in wb["Members"][1]] == [f.label for f in MEMBER_FIELDS]
