"""The workspace's SWOT template library: built-in plus own, import and export."""

from __future__ import annotations

import pytest

from facilitator_app.core.errors import BadInputError, UserError
from facilitator_app.core.swot_templates import new_template, read_template_file
from facilitator_app.services import template_library as lib
from facilitator_app.services.workspaces import create_workspace


@pytest.fixture
def ws(tmp_path):
    workspace = create_workspace(tmp_path / "w.cluster")
    yield workspace
    workspace.close()


def test_builtins_listed_first_generic_on_top(ws):
    with ws.session() as s:
        templates = lib.available_templates(s)
    ids = [t.id for t in templates]
    assert ids[0] == "generic"
    assert {
        "agri-business",
        "tourism",
        "creative-industries",
        "ict-outsourcing",
        "manufacturing",
    } <= set(ids)
    assert all(t.builtin for t in templates)


def test_save_own_template_unique_id_and_name_clash(ws):
    prompts = {"S": ["Qué nos hace únicos?"], "W": [], "O": [], "T": ["Huracanes?"]}
    with ws.session() as s:
        stored = lib.save_custom_template(s, lib.template_from_prompts("Agri-business", prompts))
        # same id as the built-in: made unique
        assert stored.template.id == "agri-business-2"
        with pytest.raises(UserError, match="already have a template"):
            lib.save_custom_template(s, lib.template_from_prompts("AGRI-BUSINESS", prompts))
        again = lib.save_custom_template(
            s, lib.template_from_prompts("AGRI-BUSINESS", {"S": ["Other?"]}), replace_existing=True
        )
        assert again.row_id == stored.row_id
        assert again.template.id == "agri-business-2"
    with ws.session() as s:
        [own] = lib.custom_templates(s)
        assert own.template.prompts["S"] == ("Other?",)
        assert lib.find_template(s, "agri-business-2").name == "AGRI-BUSINESS"
        lib.delete_custom_template(s, own.row_id)
        assert lib.custom_templates(s) == []


def test_import_export_round_trip(ws, tmp_path):
    template = new_template("Cacao de Grand'Anse", {"S": ["Cacao fin?"], "O": ["Marchés?"]})
    path = tmp_path / "cacao.json"
    lib.export_template_file(template, path)
    with ws.session() as s:
        stored = lib.import_template_file(s, path)
    assert stored.template.name == "Cacao de Grand'Anse"
    assert read_template_file(path).prompts["O"] == ("Marchés?",)


def test_import_malformed_file_names_the_problem(ws, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(
        '{"format": "cft-swot-template", "version": 1, "name": "X", "prompts": {"S": []',
        encoding="utf-8",
    )
    with ws.session() as s:
        with pytest.raises(BadInputError, match=r"broken\.json: JSON syntax error at line 1"):
            lib.import_template_file(s, path)
        assert lib.custom_templates(s) == []


# ------------------------------------------------------------ languages
def test_builtins_in_a_language_and_own_templates_as_written(ws):
    with ws.session() as s:
        lib.save_custom_template(s, new_template("Cacao fino", {"S": ["¿Qué nos distingue?"]}))
        names = [t.name for t in lib.available_templates(s, "fr")]
        assert names[0] == "Grappe générique"
        assert "Tourisme" in names and "Cacao fino" in names
        found = lib.find_template(s, "tourism", "nl")
        assert found is not None and found.name == "Toerisme"


def test_board_prompts_of_a_builtin_follow_the_language_edited_ones_do_not(ws):
    from facilitator_app.services import swot as swot_service
    from facilitator_app.services.workshops import create_workshop

    english = next(t for t in lib.builtin_templates() if t.id == "agri-business")
    spanish = next(t for t in lib.builtin_templates("es") if t.id == "agri-business")
    with ws.session() as s:
        workshop = create_workshop(s, "Taller FODA")
        swot_service.set_board_prompts(s, workshop.id, dict(english.prompts), english.id)
        shown = swot_service.board_prompts(s, workshop.id, "es")
        assert shown.prompts["W"] == list(spanish.prompts["W"])
        assert swot_service.board_prompts(s, workshop.id).prompts["W"] == list(
            english.prompts["W"])
        # chosen in Spanish, shown in Dutch
        swot_service.set_board_prompts(s, workshop.id, dict(spanish.prompts), spanish.id)
        dutch = swot_service.board_prompts(s, workshop.id, "nl").prompts["W"]
        assert dutch[0] == "Waar gaat er product verloren tussen oogst en markt?"
        # edited by the facilitator: kept as written, in every language
        edited = {k: list(v) for k, v in english.prompts.items()}
        edited["S"].append("What do our cocoa growers do best?")
        swot_service.set_board_prompts(s, workshop.id, edited, english.id)
        assert swot_service.board_prompts(s, workshop.id, "es").prompts["S"] == edited["S"]
