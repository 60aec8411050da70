"""The report's method sentence counts one ballot in the singular in every
language: the Spanish and Dutch catalogues put a plural verb before the
count ('Se contaron 1 boleta', 'Er zijn 1 stembiljet geteld')."""

from __future__ import annotations

import pytest

from facilitator_app.i18n.messages import Texts

SENTENCE = "Method: {method}. {ballots} counted, {privacy}."

#: A plural verb or participle of each language (wrong beside one ballot).
PLURAL_VERBS = {"es": ("contaron", "contadas"), "fr": ("comptés",), "nl": ("zijn", "werden")}


@pytest.mark.parametrize("lang", sorted(PLURAL_VERBS))
def test_one_ballot_is_counted_in_the_singular(lang):
    t = Texts("report", lang)
    assert t.text_language == lang
    one = t(SENTENCE, method="Borda", ballots=t.n("{n} ballot", "{n} ballots", 1),
            privacy="-")
    words = one.replace(";", " ").replace(".", " ").split()
    assert "1" in words, one
    assert not set(PLURAL_VERBS[lang]) & set(words), one
    many = t(SENTENCE, method="Borda", ballots=t.n("{n} ballot", "{n} ballots", 3),
             privacy="-")
    assert "3" in many.split() and many != one
