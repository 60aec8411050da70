"""SWOT templates: the shipped files, the round trip, and clear errors.

Template files come from other people's computers, so besides checking the
happy path these tests break a valid template in every way the format rules
name and assert the message says what is wrong; a hypothesis run then feeds
arbitrary text and JSON to make sure nothing but ``UserError`` ever escapes.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator_app.core import swot_templates as mod
from facilitator_app.core.errors import BadInputError, UserError
from facilitator_app.core.swot_templates import (
    FORMAT_ID,
    FORMAT_VERSION,
    MAX_PROMPTS_PER_QUADRANT,
    MAX_TEMPLATE_BYTES,
    QUADRANT_KEYS,
    SwotTemplate,
    builtin_templates_dir,
    load_builtin_templates,
    new_template,
    parse_template,
    read_template_file,
    slugify,
    template_to_json,
)
from facilitator_app.export.swot_template_file import write_template_file

EXPECTED_BUILTINS = {
    "generic",
    "agri-business",
    "tourism",
    "creative-industries",
    "ict-outsourcing",
    "manufacturing",
}


def valid_doc() -> dict[str, Any]:
    return {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "id": "my-cluster",
        "name": "My cluster",
        "description": "For testing.",
        "prompts": {
            "S": ["What do we do well?", "Who backs us?"],
            "W": ["What holds us back?"],
            "O": ["Which markets are growing?"],
            "T": ["Who competes with us?"],
        },
    }


def dumps(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False)


def error_of(text: str, source: str = "mine.json") -> str:
    with pytest.raises(UserError) as info:
        parse_template(text, source)
    assert isinstance(info.value, BadInputError)
    message = info.value.message
    assert source in message
    return message


def broken(**changes: Any) -> str:
    """A valid document with top-level keys changed (None value = key removed)."""
    doc = valid_doc()
    for key, value in changes.items():
        if value is None:
            doc.pop(key, None)
        else:
            doc[key] = value
    return dumps(doc)


def with_prompts(**quadrants: Any) -> str:
    doc = valid_doc()
    for key, value in quadrants.items():
        if value is None:
            doc["prompts"].pop(key)
        else:
            doc["prompts"][key] = value
    return dumps(doc)


# --------------------------------------------------------------------------- built-ins


def test_every_builtin_file_loads_with_three_to_six_prompts_per_quadrant():
    templates = load_builtin_templates()
    files = sorted(builtin_templates_dir().glob("*.json"))
    assert len(templates) == len(files) >= 6
    assert {t.id for t in templates} >= EXPECTED_BUILTINS
    for template in templates:
        assert template.builtin
        assert template.name and template.description
        assert set(template.prompts) == set(QUADRANT_KEYS)
        for key in QUADRANT_KEYS:
            prompts = template.prompts[key]
            assert 3 <= len(prompts) <= 6, (template.id, key)
            for prompt in prompts:
                assert prompt.endswith("?"), (template.id, prompt)
                assert len(prompt) <= 90, (template.id, prompt)  # one projector line


def test_builtin_ids_are_unique_and_match_file_names():
    files = sorted(builtin_templates_dir().glob("*.json"))
    ids = [read_template_file(f).id for f in files]
    assert len(ids) == len(set(ids))
    assert ids == [f.stem for f in files]
    assert len({t.name for t in load_builtin_templates()}) == len(files)


def test_builtins_sorted_generic_first_then_by_name():
    templates = load_builtin_templates()
    assert templates[0].id == "generic"
    rest = [t.name.casefold() for t in templates[1:]]
    assert rest == sorted(rest)


def test_builtin_files_are_written_in_canonical_form():
    """Shipped files look exactly like an export, so diffs stay clean."""
    for file in builtin_templates_dir().glob("*.json"):
        text = file.read_text(encoding="utf-8")
        assert template_to_json(parse_template(text, file.name)) == text, file.name


def test_duplicate_builtin_id_is_reported(tmp_path, monkeypatch):
    doc = valid_doc()
    (tmp_path / "a.json").write_text(dumps(doc), encoding="utf-8")
    (tmp_path / "b.json").write_text(dumps(doc), encoding="utf-8")
    monkeypatch.setattr(mod, "builtin_templates_dir", lambda: tmp_path)
    with pytest.raises(UserError, match=r'b\.json.*"my-cluster".*a\.json'):
        load_builtin_templates()


# --------------------------------------------------------------------------- round trip


def test_parse_valid_document():
    template = parse_template(dumps(valid_doc()))
    assert template == SwotTemplate(
        id="my-cluster",
        name="My cluster",
        description="For testing.",
        prompts={
            "S": ("What do we do well?", "Who backs us?"),
            "W": ("What holds us back?",),
            "O": ("Which markets are growing?",),
            "T": ("Who competes with us?",),
        },
    )
    assert template.builtin is False
    assert template.prompt_count() == 5


def test_template_is_immutable_and_hashable():
    template = parse_template(dumps(valid_doc()))
    with pytest.raises(TypeError):
        template.prompts["S"] = ("changed",)  # type: ignore[index]
    assert hash(template) == hash(parse_template(dumps(valid_doc())))


@pytest.mark.parametrize("template", load_builtin_templates(), ids=lambda t: t.id)
def test_round_trip_builtin(template):
    again = parse_template(template_to_json(template))
    assert again == replace(template, builtin=False)


def test_round_trip_through_a_file(tmp_path):
    template = new_template(
        "Pêche & Crème — Sainte-Lucie",
        {"S": ["  Qui   sommes-nous?\n"], "T": ["Quels risques?"]},
        description="Non-ASCII survives.",
    )
    path = write_template_file(template, tmp_path / "out.json")
    assert path == tmp_path / "out.json"
    assert "Pêche" in path.read_text(encoding="utf-8")
    assert read_template_file(path) == template
    assert template.prompts["S"] == ("Qui sommes-nous?",)
    assert template.prompts["W"] == ()
    assert template.id == "peche-creme-sainte-lucie"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temp files left


def test_write_to_missing_folder_is_a_user_error(tmp_path):
    template = parse_template(dumps(valid_doc()))
    with pytest.raises(UserError, match="does not exist"):
        write_template_file(template, tmp_path / "nope" / "t.json")


def test_missing_id_is_made_from_name_and_unknown_keys_are_ignored():
    template = parse_template(broken(id=None, name="ICT / Outsourcing 2025", extra=[1, 2]))
    assert template.id == "ict-outsourcing-2025"
    assert "extra" not in template_to_json(template)


def test_slugify_never_empty():
    assert slugify("!!!") == "template"
    assert slugify("Agri-business (2025)") == "agri-business-2025"
    assert len(slugify("x" * 500)) <= 64


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + dumps(valid_doc()).encode("utf-8"))
    assert read_template_file(path).name == "My cluster"
    assert parse_template("\ufeff" + dumps(valid_doc())).name == "My cluster"


def test_new_template_uses_the_same_checks():
    with pytest.raises(UserError, match=r"no prompts at all"):
        new_template("Empty", {"S": ["   "]})
    with pytest.raises(UserError, match=r'"name" is empty'):
        new_template("  ", {"S": ["Why?"]})
    with pytest.raises(UserError, match=r"Strengths.*too many prompts"):
        new_template("Big", {"S": [f"Q{i}?" for i in range(13)]})


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("text", "keywords"),
    [
        ("", ["empty"]),
        ("   \n ", ["empty"]),
        ("name = 'toml'\n", ["not JSON"]),
        ("Hello there", ["not JSON"]),
        (
            '{\n  "format": "cft-swot-template",\n  "version": 1\n  "name": "x"\n}',
            [
                "JSON syntax error",
                "line 4",
                "column 3",
            ],
        ),
        ('{"format": "cft-swot-template",', ["JSON syntax error", "line 1"]),
        ("[1, 2]", ["JSON object", "a list"]),
        ('"text"', ["JSON object", "text"]),
        ("42", ["JSON object", "a number"]),
        ("[" * 100_000 + "]" * 100_000, ["nested too deeply"]),
        ('{"a": 1, "a": 2}', ['"a"', "appears twice"]),
        (broken(format=None), ["not a SWOT template", '"format"']),
        (broken(format="cft-vote-template"), ["not a SWOT template", "cft-vote-template"]),
        (broken(format=3), ["not a SWOT template", "3"]),
        (broken(version=None), ['"version"', "missing"]),
        (broken(version=FORMAT_VERSION + 1), ["newer version", "Update the toolkit", "2"]),
        (broken(version=99), ["newer version", "99"]),
        (broken(version="1"), ['"version"', "whole number"]),
        (broken(version=0), ['"version"', "whole number"]),
        (broken(version=1.5), ['"version"', "whole number"]),
        (broken(version=True), ['"version"', "whole number"]),
        (broken(name=None), ['"name"', "missing"]),
        (broken(name="   "), ['"name"', "empty"]),
        (broken(name=["x"]), ['"name"', "must be text", "a list"]),
        (broken(name="x" * 81), ['"name"', "too long", "81"]),
        (broken(name="bell\u0007"), ['"name"', "control character", "U+0007"]),
        (broken(description=5), ['"description"', "must be text"]),
        (broken(description="x" * 501), ['"description"', "too long"]),
        (broken(id="Agri Business"), ['"id"', "not valid", "Agri Business"]),
        (broken(id=7), ['"id"', "not valid"]),
        (broken(id="a" * 65), ['"id"', "not valid"]),
        (broken(prompts=None), ['"prompts"', "missing"]),
        (broken(prompts=["S", "W"]), ['"prompts"', "object", "a list"]),
        (with_prompts(T=None), ["Threats", '"T"', "missing"]),
        (with_prompts(O="Which markets?"), ["Opportunities", "list of texts", "not text"]),
        (with_prompts(W={"a": "b"}), ["Weaknesses", "list of texts", "an object"]),
        (with_prompts(S=["Fine?", 3]), ["prompt 2", "Strengths", "must be text", "a number"]),
        (with_prompts(S=["Fine?", None]), ["prompt 2", "Strengths", "null"]),
        (with_prompts(S=[["nested"]]), ["prompt 1", "Strengths", "list of texts"]),
        (with_prompts(T=["Fine?", "  \n "]), ["prompt 2", "Threats", "empty"]),
        (with_prompts(T=[""]), ["prompt 1", "Threats", "empty"]),
        (with_prompts(W=["x" * 201]), ["prompt 1", "Weaknesses", "too long", "201"]),
        (with_prompts(W=["ok?", "tab\u0000"]), ["prompt 2", "control character"]),
        (with_prompts(W=["lone \ud800 surrogate"]), ["prompt 1", "control character"]),
        (with_prompts(O=["Same?", "  SAME? "]), ["prompt 2", "Opportunities", "repeats prompt 1"]),
        (with_prompts(S=[f"Q{i}?" for i in range(13)]), ["Strengths", "too many prompts", "13"]),
        (with_prompts(X=["?"]), ["unknown quadrant", '"X"', "S, W, O and T"]),
        (with_prompts(s=["?"]), ["unknown quadrant", '"s"', "capital"]),
        (with_prompts(S=[], W=[], O=[], T=[]), ["no prompts at all"]),
        ("1" * 5000, ["cannot be read", "number"]),
    ],
)
def test_malformed_template_names_the_problem(text, keywords):
    message = error_of(text)
    assert message.startswith("Cannot use the SWOT template mine.json: ")
    for word in keywords:
        assert word in message, (word, message)


def test_error_without_source_still_reads_well():
    with pytest.raises(UserError) as info:
        parse_template("{")
    assert info.value.message.startswith("Cannot use the SWOT template: JSON syntax error")
    assert info.value.exit_code == 2


def test_cap_allows_exactly_the_maximum():
    template = parse_template(with_prompts(S=[f"Q{i}?" for i in range(MAX_PROMPTS_PER_QUADRANT)]))
    assert len(template.prompts["S"]) == MAX_PROMPTS_PER_QUADRANT


def test_text_too_big_is_refused_before_parsing():
    padding = " " * (MAX_TEMPLATE_BYTES + 1)
    message = error_of(dumps(valid_doc()) + padding)
    assert "too big" in message and "256 KB" in message


def test_file_too_big_is_refused_without_reading(tmp_path):
    path = tmp_path / "video.json"
    with open(path, "wb") as fh:
        fh.truncate(MAX_TEMPLATE_BYTES + 1)
    with pytest.raises(UserError, match=r"video\.json.*too big"):
        read_template_file(path)


def test_not_utf8_file(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes(broken(name="Café").encode("latin-1"))
    with pytest.raises(UserError, match=r"latin1\.json.*not UTF-8.*0xE9"):
        read_template_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(UserError, match=r"gone\.json.*does not exist"):
        read_template_file(tmp_path / "gone.json")


def test_folder_instead_of_file(tmp_path):
    (tmp_path / "dir.json").mkdir()
    with pytest.raises(UserError, match=r"dir\.json.*folder"):
        read_template_file(tmp_path / "dir.json")


def test_unreadable_file(tmp_path, monkeypatch):
    """Simulated, since the suite may run as root where chmod 0 does not stop reads."""
    path = tmp_path / "locked.json"
    path.write_text(dumps(valid_doc()), encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(UserError, match=r"locked\.json.*cannot be opened"):
        read_template_file(path)


def test_other_read_failure(tmp_path, monkeypatch):
    path = tmp_path / "flaky.json"
    path.write_text(dumps(valid_doc()), encoding="utf-8")

    def fail(self: Path) -> bytes:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "read_bytes", fail)
    with pytest.raises(UserError, match=r"flaky\.json.*cannot be read.*Input/output error"):
        read_template_file(path)


def test_long_values_are_shortened_in_messages():
    message = error_of(broken(id="a" * 65))
    assert '"' + "a" * 39 + '\u2026"' in message


def test_file_errors_name_the_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(with_prompts(T=None), encoding="utf-8")
    with pytest.raises(UserError, match=r"broken\.json.*Threats"):
        read_template_file(path)


# --------------------------------------------------------------------------- fuzzing

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)

prompt_lists = st.one_of(json_values, st.lists(st.text(max_size=40), max_size=14))


@st.composite
def near_valid_docs(draw: st.DrawFn) -> dict[str, Any]:
    """Valid documents with some keys replaced by arbitrary values."""
    doc = copy.deepcopy(valid_doc())
    for key in draw(st.sets(st.sampled_from(list(doc)))):
        if draw(st.booleans()):
            del doc[key]
        else:
            doc[key] = draw(json_values)
    if isinstance(doc.get("prompts"), dict):
        for quadrant in draw(st.sets(st.sampled_from([*QUADRANT_KEYS, "x"]))):
            doc["prompts"][quadrant] = draw(prompt_lists)
    return doc


def _only_user_errors(text: str) -> None:
    try:
        template = parse_template(text, "fuzz.json")
    except UserError as exc:
        assert exc.message.startswith("Cannot use the SWOT template fuzz.json: ")
        exc.message.encode("utf-8")  # printable on any console
    else:
        assert parse_template(template_to_json(template)) == template


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_random_text_raises_only_user_errors(text):
    _only_user_errors(text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_random_json_raises_only_user_errors(value):
    _only_user_errors(json.dumps(value))


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(near_valid_docs())
def test_near_valid_documents_raise_only_user_errors(doc):
    _only_user_errors(json.dumps(doc))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200))
def test_random_file_bytes_raise_only_user_errors(data):
    path = Path(os.environ["FACILITATOR_APP_HOME"]) / "fuzz.json"
    path.write_bytes(data)
    try:
        read_template_file(path)
    except UserError:
        pass
