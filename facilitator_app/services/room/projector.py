"""What the projector says to the participants while they vote: the phone
voting window and the presenter's join and turnout slides tell the room how
to join and how many have voted. These are words for the participants, so
they are in the participants' language (the workshop's, else the app's),
Haitian Creole included, like the phone pages (the ``participant`` domain;
``t = Texts("participant", lang)``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from facilitator_app.i18n.messages import Texts, output_language
from facilitator_app.storage.models import Workshop


def participant_language(s: Session, workshop_id: int | None, app_language: str) -> str:
    """The language the room reads: the workshop's participants', else the app's."""
    workshop = s.get(Workshop, workshop_id) if workshop_id is not None else None
    return output_language(None, workshop.language if workshop else None, app_language)


def join_steps(t: Texts) -> str:
    """The three steps of joining, as the phone voting window numbers them."""
    return t("1. Join the laptop's Wi-Fi.  2. Scan the code or open the address.  "
             "3. Type the code on your slip.")


def join_sentence(t: Texts, is_open: bool) -> str:
    """The join slide's one sentence, or that phones cannot join now."""
    if not is_open:
        return t("Voting by phone is not open.")
    return t("Join the laptop's Wi-Fi, scan the code or type the address, then enter the "
             "code on your slip.")


def turnout(t: Texts, voted: int, voters: int) -> str:
    """'1 of 4 has voted', '0 of 4 have voted'."""
    return t.n("{n} of {voters} has voted", "{n} of {voters} have voted", voted,
               voters=voters)


def round_state(t: Texts, is_open: bool | None) -> str:
    """'Voting is open', 'Voting has closed', or 'No vote yet' without a round."""
    if is_open is None:
        return t("No vote yet")
    return t("Voting is open") if is_open else t("Voting has closed")
