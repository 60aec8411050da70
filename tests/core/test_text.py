"""Folding text for search and duplicates: the fast paths equal the reference."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator_app.core.text import fast_fold, fold, fold_many, looks_like_formula


def test_fold_ignores_case_accents_and_spacing():
    assert fold("  Coopérative   ÑAME ") == "cooperative name"
    assert fold(None) == ""


@given(st.text())
def test_fast_fold_equals_fold(text):
    assert fast_fold(text) == fold(text)


def test_fast_fold_examples():
    for text in ["Coopérative  Ñandú ", "İstanbul", "ﬁne", "x\u0301y", "𝔘nité", "STRASSE ẞ"]:
        assert fast_fold(text) == fold(text)


@given(st.lists(st.one_of(st.none(), st.text()), max_size=20))
def test_fold_many_equals_fold_of_each(texts):
    assert fold_many(texts) == [fold(t) for t in texts]


def test_formula_prefixes():
    assert looks_like_formula(" =1+1") and looks_like_formula("@SUM(A1)")
    assert not looks_like_formula("Smith & Sons") and not looks_like_formula(None)
