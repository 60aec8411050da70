"""Getting a round ready for phones: which round, and its codes on paper."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.core.errors import UserError
from facilitator_app.export.code_slips import Slip, SlipSheet, write_codes
from facilitator_app.i18n.messages import _
from facilitator_app.services import voting
from facilitator_app.services.profile import get_profile
from facilitator_app.services.room.codes import IssuedCode, codes_for_everyone
from facilitator_app.storage.models import VoterCode, Workshop

CODE_FILE_TYPES = (".pdf", ".csv")


def open_round_id(s: Session, round_id: int | None) -> int:
    """``round_id`` when it is open; without it, the only open round."""
    return voting.open_round_for(s, round_id, _("vote by phone"))


def has_codes(s: Session, round_id: int) -> bool:
    return s.scalar(select(VoterCode.id).where(VoterCode.round_id == round_id)
                    .limit(1)) is not None


def slip_sheet(s: Session, round_id: int, url: str, issued: list[IssuedCode]) -> SlipSheet:
    info = voting.get_round(s, round_id)
    workshop = s.get(Workshop, info.workshop_id)
    return SlipSheet(round_title=info.title, cluster=get_profile(s).name, url=url,
                     secret=info.anonymity == "secret",
                     slips=[Slip(i.code, i.name) for i in issued],
                     language=workshop.language if workshop is not None else None)


def check_codes_file(path: str | Path) -> Path:
    target = Path(path)
    if target.suffix.lower() not in CODE_FILE_TYPES:
        raise UserError(_("{name}: write the codes to a .pdf (slips to cut) or a .csv file.",
                          name=target.name), exit_code=2)
    return target


def issue_and_write(s: Session, round_id: int, path: str | Path, url: str, *,
                    actor: str = "", lang: str | None = None) -> tuple[Path, int]:
    """Fresh codes for everyone who has not voted yet, written to ``path``
    (.pdf slips or .csv, in ``lang`` or else the workshop's language);
    nothing is issued if the file cannot be written."""
    target = check_codes_file(path)
    issued = codes_for_everyone(s, round_id, actor=actor)
    written = write_codes(target, slip_sheet(s, round_id, url, issued), lang=lang)
    return written, len(issued)
