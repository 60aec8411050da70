"""What the voting engine and the ballot box say on the kiosk's voter screen
comes in the voters' language, not the app's (issue 19): a Spanish
workshop's kiosk, in an English window, shows a gap in the ranks and a
refused cast in Spanish, and the app's messages stay English. Driven through
the real buttons (pytest-qt). A grab goes to ``$KIOSK_SCREENSHOTS`` when set."""

from __future__ import annotations

import os
from pathlib import Path

from facilitator_app.i18n.messages import message_language
from facilitator_app.services import voting
from facilitator_app.ui import languages
from tests.ui.voting_setup import (  # noqa: F401
    click_named,
    no_modal_dialogs,
    start_workshop_kiosk,
    voting_workshop,
)


def _start(qtbot, setup, language):
    return start_workshop_kiosk(qtbot, setup, language, "borda", "named")


_click = click_named


def test_a_spanish_kiosk_says_the_engine_s_problems_in_spanish(qtbot, setup):
    assert languages.current() == "en" and message_language() == "en"
    kiosk, info = _start(qtbot, setup, "es")
    assert kiosk.lang == "es"
    _click(qtbot, kiosk, f"voter_{setup.voters['Grenada Bureau of Standards']}")
    first, second = info.options[0].id, info.options[1].id
    _click(qtbot, kiosk.form, f"rank_{first}_2")  # a 2nd choice without a 1st
    shown = kiosk.message.text()
    assert "falta el lugar 1: los lugares deben ir 1, 2, 3 ... sin saltos" in shown
    assert "missing" not in shown
    assert not kiosk.review_button.isEnabled()
    assert message_language() == "en"  # the app's messages are still English
    folder = os.environ.get("KIOSK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        kiosk.grab().save(str(Path(folder) / "kiosk-engine-spanish.png"))

    _click(qtbot, kiosk.form, f"rank_{second}_1")
    assert kiosk.message.text() == ""
    _click(qtbot, kiosk, "kiosk_review_button")
    with setup.ctx.session() as s:  # the facilitator closes the round meanwhile
        voting.close_round(s, info.id)
    _click(qtbot, kiosk, "kiosk_cast")
    assert kiosk.message.text() == (f"{info.title} está cerrada: reábrala para registrar "
                                    "más boletas.")
    assert message_language() == "en"
    with setup.ctx.session() as s:
        assert voting.ballots(s, info.id) == []
    assert kiosk.request_exit()
