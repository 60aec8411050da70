"""Agreement in plain words (core.voting_words): bands, sentences, same as the screen."""

from __future__ import annotations

from fractions import Fraction

import pytest

from facilitator_app.core import voting_words as words
from facilitator_app.core.voting import SPECS, method_spec
from facilitator_app.core.voting.ballots import METHODS


@pytest.mark.parametrize(
    "w, expected",
    [(0.0, "very weak"), (0.199, "very weak"), (0.2, "weak"), (0.3999, "weak"),
     (0.4, "moderate"), (0.4359957683, "moderate"), (0.6, "strong"), (0.8, "very strong"),
     (1.0, "very strong"), (Fraction(1, 2), "moderate")],
)
def test_w_bands(w, expected):
    assert words.w_words(w) == f"{expected} agreement"


def test_w_sentence():
    assert words.w_sentence(0.4359957683, 19) == "Moderate agreement (W = 0.44) among 19 ballots."
    assert words.w_words(None) == "agreement not measurable"
    assert "could not be computed" in words.w_sentence(None)


def test_same_bands_as_the_results_screen():
    """The report and the results tab must never word one W two ways."""
    from facilitator_app.services import voting

    band = getattr(voting, "agreement_band", None)
    if band is None:
        pytest.skip("the results screen's wording is not in services.voting")
    for step in range(1001):
        w = step / 1000
        assert words.w_words(w) == f"{band(w)} agreement", w


def test_tastle_wierman_bands():
    assert words.cns_words(0.84) == "close agreement"
    assert words.cns_words(0.8) == "close agreement"
    assert words.cns_words(0.75) == "fair agreement"
    assert words.cns_words(0.53) == "divided"
    assert words.cns_words(0.1) == "strongly divided"
    assert words.cns_words(None) == "not measurable"


def test_gradients_verdict():
    assert words.gradients_verdict(Fraction(16, 19), 0, True) == \
        "Consensus reached: 84 % support, no block."
    assert words.gradients_verdict(Fraction(10, 19), 1, False) == \
        "No consensus yet: 53 % support (75 % needed), 1 block."
    assert words.gradients_verdict(0.9, 2, False) == "No consensus yet: 90 % support, 2 blocks."
    assert words.gradients_verdict(None, 0, False) == "Nobody rated this option."


def test_p_value_words():
    assert words.p_value_words(3.8e-10) == "very unlikely to be chance (p < 0.001)"
    assert words.p_value_words(0.012) == "unlikely to be chance (p = 0.012)"
    assert words.p_value_words(0.3) == "could be chance (p = 0.30)"
    assert words.p_value_words(None) == ""


def test_every_method_has_its_note_and_score_meaning():
    assert list(SPECS) == list(METHODS)
    for key in METHODS:
        spec = method_spec(key)
        assert spec.note and spec.score_meaning and spec.score_heading and spec.label != key
        assert set(spec.figure_notes) <= set(words.FIGURE_NOTES)
    assert words.percent(Fraction(1, 3)) == "33 %" and words.percent(None) == "n/a"
