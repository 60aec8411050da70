"""Paper ballots: one printed sheet per voter, for rooms without devices.

Each sheet carries the round's options with a box to write a number in,
instructions for the method in plain words, and the round code (see
``services.voting.round_code``) so a stack of sheets cannot be typed into
the wrong round. Named and anonymous rounds print one sheet per voting
attendee with the name on it (the facilitator types it in for that
person); secret rounds print sheets without a name. The numbers people
write are exactly what the ballot matrix import reads back. No Qt here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from facilitator_app.core.voting import method_spec
from facilitator_app.export.pdf_common import (
    COLOUR_ACCENT,
    COLOUR_MUTED,
    COLOUR_RULE,
    COLOUR_SHADE,
    COLOUR_TEXT,
    FONT_BOLD,
    esc,
    get_stylesheet,
    table_style,
    write_pdf,
)

if TYPE_CHECKING:
    from facilitator_app.core.views import PaperBallotData, RoundInfo

BOX = 1.5 * cm


def instructions(info: RoundInfo) -> list[str]:
    """What the voter does, in plain words, one paragraph each (plain text)."""
    return method_spec(info.method).paper_instructions(len(info.options), info.params)


def _ballot(data: PaperBallotData, name: str | None, index: int, total: int,
            styles: StyleSheet1) -> list[Flowable]:
    info = data.round
    two = info.method == "score" and bool(info.params.get("two_criteria"))
    body = styles["Body"]
    story: list[Flowable] = []
    code = Table(
        [[Paragraph(f"Round code<br/><b>{esc(data.code)}</b>", styles["TableCell"])]],
        colWidths=[4.2 * cm],
        style=table_style(("BOX", (0, 0), (-1, -1), 1, COLOUR_ACCENT),
                          ("BACKGROUND", (0, 0), (-1, -1), COLOUR_SHADE),
                          ("ALIGN", (0, 0), (-1, -1), "CENTER")),
    )
    heading = [Paragraph("PAPER BALLOT", styles["Small"]),
               Paragraph(esc(info.title), styles["Heading1"]),
               Paragraph(esc(" · ".join(x for x in (data.workshop, data.workshop_date) if x)),
                         styles["Small"])]
    top = Table([[heading, code]], colWidths=[None, 4.6 * cm],
                style=table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (0, 0), 0)))
    story.append(top)
    story.append(Spacer(1, 0.3 * cm))
    if name is not None:
        who = Paragraph(f"Voter: <b>{esc(name)}</b>", styles["Heading2"])
        privacy = ("Your name is on this sheet so the facilitator can type your ballot in. "
                   "It is never shown in results or reports."
                   if info.anonymity == "anonymous" else
                   "This is a named vote: results and reports show who voted what.")
        story += [who, Paragraph(esc(privacy), styles["Small"])]
    else:
        story += [Paragraph("Secret ballot: <b>do not write your name</b> on this sheet.",
                            styles["Heading2"]),
                  Paragraph("Tell the facilitator when you hand it in, so you are marked as "
                            "having voted. Nobody can tell which sheet is yours.",
                            styles["Small"])]
    story.append(Spacer(1, 0.2 * cm))
    for line in instructions(info):
        story.append(Paragraph(esc(line), body))
    value_labels = method_spec(info.method).value_labels
    if value_labels:
        legend = [[Paragraph(f"<b>{n}</b>", styles["TableCell"]),
                   Paragraph(esc(label), styles["TableCell"])]
                  for n, label in value_labels.items()]
        story.append(Table(legend, colWidths=[1 * cm, None], hAlign="LEFT",
                           style=table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                             ("TOPPADDING", (0, 0), (-1, -1), 1))))
        story.append(Spacer(1, 0.2 * cm))

    header: list[Paragraph | str] = [Paragraph("<b>#</b>", styles["TableCell"]),
              Paragraph("<b>Priority</b>", styles["TableCell"])]
    header += ([Paragraph("<b>Impact</b>", styles["TableCell"]),
                Paragraph("<b>Feasibility</b>", styles["TableCell"])] if two else
               [Paragraph("<b>Your number</b>", styles["TableCell"])])
    rows: list[list[Paragraph | str]] = [header]
    for n, option in enumerate(info.options, start=1):
        rows.append([Paragraph(str(n), styles["OptionCell"]),
                     Paragraph(esc(option.label), styles["OptionCell"])]
                    + ([""] * (2 if two else 1)))
    boxes = 2 if two else 1
    widths = [0.9 * cm, None] + [2.9 * cm] * boxes
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, COLOUR_TEXT),
        ("LINEBELOW", (0, 1), (1, -1), 0.4, COLOUR_RULE),
        ("TOPPADDING", (0, 1), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
    ]
    for col in range(2, 2 + boxes):
        commands.append(("BOX", (col, 1), (col, -1), 1.4, COLOUR_TEXT))
        commands.append(("INNERGRID", (col, 1), (col, -1), 1.4, COLOUR_TEXT))
    story.append(Table(rows, colWidths=widths, rowHeights=[None] + [BOX] * len(info.options),
                       repeatRows=1, style=table_style(*commands)))
    story.append(Spacer(1, 0.4 * cm))
    story.append(Paragraph(
        esc(f"Ballot {index} of {total} · round code {data.code} · hand this sheet to the "
            "facilitator."), styles["Small"]))
    return story


def write_paper_ballots(path: str | Path, data: PaperBallotData) -> Path:
    """Write the sheets (one page per ballot) to ``path`` atomically."""
    styles = get_stylesheet()
    styles["Heading1"].fontSize = 17
    styles["Heading1"].leading = 21
    styles["Heading1"].spaceBefore = 0
    styles["Heading2"].textColor = COLOUR_TEXT
    styles["Small"].textColor = COLOUR_MUTED
    styles["TableHeader"].fontName = FONT_BOLD
    styles.add(ParagraphStyle("OptionCell", parent=styles["TableCell"], fontSize=11.5,
                              leading=14))
    holders: list[str | None] = list(data.names) if data.names else [None] * data.blank
    if not holders:
        holders = [None]
    story: list[Flowable] = []
    for i, name in enumerate(holders, start=1):
        if i > 1:
            story.append(PageBreak())
        story.append(KeepTogether(_ballot(data, name, i, len(holders), styles)))
    return write_pdf(
        path, story, title=f"Paper ballots: {data.round.title}",
        header_text=" · ".join(x for x in (data.cluster, data.workshop) if x),
        footer_text=f"Round code {data.code}", subject="Paper ballots",
    )


def write_blank_matrix(path: str | Path, rows: list[list[Any]]) -> Path:
    """The matrix to type paper ballots into, as .xlsx or .csv (UTF-8 with BOM).

    Text a spreadsheet would read as a formula (= + - @ first) stays text:
    an explicit text cell in .xlsx, a leading apostrophe in .csv (which the
    import ignores).
    """
    from facilitator_app.core.ballot_matrix import matrix_csv_text
    from facilitator_app.core.text import looks_like_formula
    from facilitator_app.export.safe_write import write_atomically

    target = Path(path)
    if target.suffix.lower() == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        def write_xlsx(tmp: Path) -> None:
            wb = Workbook()
            ws = wb.active
            assert ws is not None  # a new workbook has one sheet
            ws.title = "Ballots"
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row, start=1):
                    cell = ws.cell(row=r, column=c)
                    if value is None:
                        continue
                    cell.value = value
                    if isinstance(value, str):
                        cell.data_type = "s"
                    if r == 1:
                        cell.font = Font(bold=True)
            ws.freeze_panes = "B2"
            ws.column_dimensions["A"].width = 40
            wb.save(tmp)

        return write_atomically(target, write_xlsx)
    safe = [[("'" + v) if isinstance(v, str) and looks_like_formula(v) else v for v in row]
            for row in rows]
    text = matrix_csv_text(safe)

    def write_csv(tmp: Path) -> None:
        tmp.write_text("\ufeff" + text, encoding="utf-8", newline="")

    return write_atomically(target, write_csv)
