"""The send's summary line reads right for any count in Spanish and French:
'1 nuevos, 1 actualizados' was said after sending one new record (the words
now label the figures, so no plural has to agree with them) (issue 19/20)."""

from __future__ import annotations

import pytest

from facilitator_app.i18n.messages import set_message_language
from facilitator_app.services.programme.sync import SendReport


@pytest.fixture
def language():
    yield set_message_language
    set_message_language("en")


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Nuevos: 1, actualizados: 1, sin cambios: 499, eliminados: 0."),
    ("fr", "Nouveaux\u00a0: 1, mis à jour\u00a0: 1, inchangés\u00a0: 499, supprimés\u00a0: 0."),
    ("en", "1 new, 1 updated, 499 unchanged, 0 deleted."),
])
def test_one_new_record_is_said_right(language, lang, line):
    language(lang)
    report = SendReport(inserted=1, updated=1, unchanged=499, deleted=0)
    assert report.lines()[0] == line
