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
