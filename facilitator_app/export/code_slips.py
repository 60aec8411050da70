"""Voter codes on paper (PDF slips with cut lines) or in a file (CSV).

Named and anonymous rounds print the member's name on their slip, sorted by
name. Secret rounds print no name, in the random order the codes were made:
the slips are handed out at random, so a code says nothing about who holds
it. Each slip carries the round, the address to open and the code in large
type. The codes are secrets (whoever holds one can vote with it): the
file is its owner's only (0600, even over an existing file), written to a
temporary file of the owner's only and renamed into place, so no half-written
or readable-by-others file is ever there. No Qt here.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from facilitator_app.core.errors import UserError
from facilitator_app.core.roster_fields import neutralise_for_csv
from facilitator_app.export.pdf_common import (
    FONT_BOLD,
    FONT_REGULAR,
    _fit,
    register_fonts,
)
from facilitator_app.export.safe_write import write_atomically
from facilitator_app.i18n.messages import Texts, _, message_language, output_language

#: Permissions of a codes file: its owner's only.
CODES_FILE_MODE = 0o600

COLUMNS, ROWS = 3, 8  # 24 slips of 70 x 37 mm on an A4 page
SLIP_W, SLIP_H = A4[0] / COLUMNS, A4[1] / ROWS


@dataclass(frozen=True)
class Slip:
    code: str  # "ACE-479"
    name: str | None  # None on a secret round's slip


@dataclass(frozen=True)
class SlipSheet:
    """What every slip of a round says besides its code."""

    round_title: str
    cluster: str
    url: str
    secret: bool
    slips: Sequence[Slip]
    language: str | None = None  # the workshop's participants' (None: the app's)


def slip_language(sheet: SlipSheet, requested: str | None = None) -> str:
    """The slips' language: the one asked for, else the workshop's, else the app's."""
    return output_language(requested, sheet.language, message_language())


def write_codes(path: str | Path, sheet: SlipSheet, *, lang: str | None = None) -> Path:
    """Write the codes as PDF slips (``.pdf``) or a CSV file (``.csv``), in
    ``lang`` or else the workshop's language."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return write_slips_pdf(path, sheet, lang=lang)
    if suffix == ".csv":
        return write_codes_csv(path, sheet, lang=lang)
    raise UserError(_("{name}: write the codes to a .pdf (slips) or a .csv file.",
                      name=Path(path).name),
                    exit_code=2)


def write_codes_csv(path: str | Path, sheet: SlipSheet, *, lang: str | None = None) -> Path:
    """UTF-8 with BOM (Excel shows accents); names protected from formulas."""
    t = Texts("participant", slip_language(sheet, lang))

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh, lineterminator="\r\n")
            if sheet.secret:
                out.writerow([t("Code"), t("Address")])
                out.writerows([s.code, sheet.url] for s in sheet.slips)
            else:
                out.writerow([t("Member"), t("Code"), t("Address")])
                out.writerows([neutralise_for_csv(s.name or ""), s.code, sheet.url]
                              for s in sheet.slips)

    return write_atomically(path, write, CODES_FILE_MODE)


def write_slips_pdf(path: str | Path, sheet: SlipSheet, *, lang: str | None = None) -> Path:
    register_fonts()
    t = Texts("participant", slip_language(sheet, lang))

    def write(tmp: Path) -> None:
        canvas = Canvas(str(tmp), pagesize=A4, pageCompression=1)
        canvas.setTitle(t("Voting codes: {title}", title=sheet.round_title))
        canvas.setAuthor(sheet.cluster)
        per_page = COLUMNS * ROWS
        for start in range(0, max(len(sheet.slips), 1), per_page):
            _cut_lines(canvas)
            for i, slip in enumerate(sheet.slips[start:start + per_page]):
                column, row = i % COLUMNS, i // COLUMNS
                _slip(canvas, sheet, slip, column * SLIP_W, A4[1] - (row + 1) * SLIP_H, t)
            canvas.showPage()
        canvas.save()

    return write_atomically(path, write, CODES_FILE_MODE)


def _cut_lines(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setDash(3, 3)
    canvas.setLineWidth(0.4)
    canvas.setStrokeGray(0.55)
    for column in range(1, COLUMNS):
        canvas.line(column * SLIP_W, 0, column * SLIP_W, A4[1])
    for row in range(1, ROWS):
        canvas.line(0, row * SLIP_H, A4[0], row * SLIP_H)
    canvas.restoreState()


def _slip(canvas: Canvas, sheet: SlipSheet, slip: Slip, x: float, y: float,
          t: Texts) -> None:
    pad = 4 * mm
    width = SLIP_W - 2 * pad
    top = y + SLIP_H - pad
    canvas.setFillGray(0.35)
    canvas.setFont(FONT_REGULAR, 6.5)
    canvas.drawString(x + pad, top - 6, _fit(sheet.cluster, width, 6.5))
    canvas.setFillGray(0)
    canvas.setFont(FONT_BOLD, 8.5)
    head = slip.name if slip.name else sheet.round_title
    canvas.drawString(x + pad, top - 16, _fit(head, width, 8.5, bold=True))
    canvas.setFont(FONT_REGULAR, 7)
    sub = sheet.round_title if slip.name else t("Secret vote: this slip carries no name")
    canvas.drawString(x + pad, top - 25, _fit(sub, width, 7))
    canvas.setFont(FONT_REGULAR, 6.5)
    canvas.drawString(x + pad, y + 14 * mm + 19, _fit(t("Your code:"), width, 6.5))
    canvas.setFont("Courier-Bold", 22)
    canvas.drawCentredString(x + SLIP_W / 2, y + 14 * mm, slip.code)
    canvas.setFont(FONT_REGULAR, 7)
    canvas.drawCentredString(x + SLIP_W / 2, y + pad + 9,
                             _fit(t("Open {url} on your phone", url=sheet.url), width, 7))
    canvas.setFont(FONT_REGULAR, 6)
    canvas.drawCentredString(x + SLIP_W / 2, y + pad + 1,
                             _fit(t("Do not show your code to anyone."), width, 6))
