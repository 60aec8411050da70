"""The send's note about an open secret round (its ballots wait until it is
closed) is said in the messages' language like the rest of the summary: it
was an English f-string in a Spanish or French summary (issue 19/20). The
workspace is only read: no programme database is needed."""

from __future__ import annotations

import pytest

from facilitator_app.i18n.messages import set_message_language
from facilitator_app.services import roster, voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.programme import sync
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace


@pytest.fixture
def open_secret_round(tmp_path):
    ws = create_workspace(tmp_path / "ouvert.cluster")
    with ws.session() as s:
        workshop = create_workshop(s, "Vote")
        members = [roster.add_member(s, {"name": f"M{i}"}) for i in range(3)]
        add_attendees(s, workshop.id, members, role="voter")
        options = [add_priority(s, workshop.id, f"P{k}").id for k in range(2)]
        voting.create_round(s, workshop.id, options, "approval", anonymity="secret",
                            title="Élection")
    yield ws
    ws.close()
    set_message_language("en")


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "Secret round 'Élection' is still open: its ballots are sent once it is closed."),
    ("es", ("La ronda secreta 'Élection' sigue abierta: sus boletas se enviarán cuando se "
            "cierre.")),
    ("fr", ("Le tour secret «\u00a0Élection\u00a0» est encore ouvert\u00a0: ses bulletins "
            "seront envoyés une fois qu'il sera clos.")),
    ("nl", ("De geheime ronde 'Élection' is nog open: de stembiljetten worden verstuurd zodra "
            "ze gesloten is.")),
])
def test_the_open_secret_round_is_named_in_the_summarys_language(open_secret_round, lang,
                                                                  note):
    set_message_language(lang)
    outgoing = sync._read_workspace(open_secret_round.engine)
    assert outgoing.notes == [note]
