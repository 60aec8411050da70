"""Field rules shared by the form, the importer and the exporters."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import String

from facilitator_app.core.roster_fields import (
    FIELD_NAMES,
    MAX_LENGTHS,
    neutralise_for_csv,
    normalise_member,
    plausible_email,
    restore_from_csv,
    validate_member,
)
from facilitator_app.storage.models import Member


def test_lengths_match_the_members_table():
    table = Member.__table__
    lengths = {c.name: c.type.length for c in table.columns
               if isinstance(c.type, String) and c.type.length and c.name in FIELD_NAMES}
    assert lengths == MAX_LENGTHS


@pytest.mark.parametrize(
    "values, problems",
    [
        ({"name": "Belmont"}, {}),
        ({"name": "  "}, {"name": "required"}),
        ({"name": "A", "email": "peter@smithsons"}, {"email": "email"}),
        ({"name": "A", "email": "peter@smithsons.gd"}, {}),
        ({"name": "A", "join_date": date(2026, 5, 2)}, {"join_date": "future"}),
        ({"name": "A", "join_date": date(2026, 5, 1)}, {}),
        ({"name": "A", "join_date": date(2020, 1, 1), "exit_date": date(2019, 1, 1)},
         {"exit_date": "exit_before_join"}),
        ({"name": "A", "vote_weight": float("nan")}, {"vote_weight": "weight"}),
        ({"name": "x" * 301}, {"name": "too_long"}),
        ({"name": "A", "status": "dead"}, {"status": "choice"}),
    ],
)
def test_validate_member(values, problems):
    found = validate_member(values, today=date(2026, 5, 1))
    assert {k: code for k, (code, _) in found.items()} == problems


def test_emails():
    assert plausible_email("jnunez@apcnv.do")
    assert plausible_email("josé@café.ht")
    for bad in ("peter@smithsons", "a b@c.org", "a@@b.org", "@b.org", "a@b.", "a@b.c"):
        assert not plausible_email(bad), bad


def test_normalise_defaults_and_cleaning():
    out = normalise_member({"name": " Bèl\tKakao\x07 ", "notes": "  a\r\nb  ", "vote_weight": None})
    assert out["name"] == "Bèl Kakao" and out["notes"] == "a\nb"
    assert out["status"] == "active" and out["vote_weight"] == 1.0
    assert normalise_member({"name": "x", "vote_weight": 1 / 3})["vote_weight"] == 0.3333


@given(st.text())
def test_csv_guard_round_trips_and_neutralises(text):
    guarded = neutralise_for_csv(text)
    assert restore_from_csv(guarded) == text
    assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))
