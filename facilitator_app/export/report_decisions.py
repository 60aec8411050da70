"""The report's decisions and action plan.

Two places: the one-page summary's "What was decided" (the adopted
priorities and their statement, briefly) and "Next steps" (the open
actions with their lead and due date, overdue ones first and marked); and
the part "Decisions and action plan": each decision with its statement and
how the vote placed it, its actions in a table (lead, partners, start, due,
status, budget estimate), its indicators (baseline, target, actual, unit).

An action is overdue when its due date had passed on the day the report
was made and it is neither done nor dropped
(:func:`facilitator_app.core.action_plan.is_overdue`); the report says so in
words ("Overdue"), not by colour alone. Fed by ``ReportData.decisions`` and
``ReportData.actions`` (overdue first, as the services list them).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from facilitator_app.core.action_plan import (
    ACTION_STATUSES,
    ActionView,
    DecisionView,
    IndicatorView,
)
from facilitator_app.export.pdf_common import COLOUR_MUTED, family_of
from facilitator_app.export.pdf_text import runs_width, shape, text_runs
from facilitator_app.export.report_base import MONTHS, ReportBase, long_date, names, plural, tint
from facilitator_app.export.report_model import ReportData

SUMMARY_DECISIONS = 5  # adopted priorities the summary names one by one
SUMMARY_ACTIONS = 6  # open actions the summary lists
SUMMARY_STATEMENT_CHARS = 240  # statements shown in the summary share this (whole in their part)
SUMMARY_TITLE_CHARS = 90  # a longer title is cut in the summary (whole in its part)
PLAN_PADDING = 3  # points each side of a cell of the plan's tables (narrower than others)
OVERDUE_RED = colors.HexColor("#b3261e")
OVERDUE_SHADE = tint(OVERDUE_RED, 0.09)
NO_DECISION = "No decision is recorded for this workshop."


def short_date(day: date | None) -> str:
    """'17 May 2026' with the month cut to three letters ('4 Sep 2026'); '' for none."""
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}" if day else ""


def amount(value: Decimal | float | None) -> str:
    """12000 -> '12,000'; 12.5 -> '12.50'; None -> ''."""
    if value is None:
        return ""
    if value == int(value):
        return f"{int(value):,}"
    return f"{float(value):,.2f}"


def budget_words(action: ActionView) -> str:
    return f"{amount(action.budget)} {action.currency}".strip() if action.budget is not None \
        else ""


def status_counts(actions: Sequence[ActionView]) -> str:
    """'1 done, 2 on track, 1 late' in the statuses' own order."""
    parts = []
    for key, label in ACTION_STATUSES:
        n = sum(1 for a in actions if a.status == key)
        if n:
            parts.append(f"{n} {label[:1].lower() + label[1:]}")
    return names(parts)


def budget_total(actions: Sequence[ActionView]) -> str:
    """The budget estimates of the actions not dropped, per currency."""
    totals: dict[str, Decimal] = {}
    for a in actions:
        if a.budget is not None and a.status != "dropped":
            totals[a.currency] = totals.get(a.currency, Decimal(0)) + a.budget
    return names([f"{amount(v)} {k}".strip() for k, v in totals.items()])


def rtl_lines(text: str, room: float, style: ParagraphStyle) -> str:
    """Right-to-left text too wide for ``room`` points, broken into lines
    between words in reading order (each line is then put in visual order on
    its own, so the first line holds the first words); other text unchanged.

    A paragraph wraps the visual order it is given: a right-to-left name
    left to it would put its last words on the first line.
    """
    if shape(text) == text:
        return text
    family, bold = family_of(style)
    size = style.fontSize

    def width(line: str) -> float:
        return runs_width(text_runs(shape(line), family, bold=bold, source=text), size)

    if width(text) <= room:
        return text
    lines: list[str] = []
    line = ""
    for word in text.split():
        wider = f"{line} {word}" if line else word
        if line and width(wider) > room:
            lines.append(line)
            line = word
        else:
            line = wider
    lines.append(line)
    return "\n".join(lines)


def cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class DecisionSections(ReportBase):
    """The summary's decisions and next steps, and the part "Decisions and action plan"."""

    def __init__(self, data: ReportData, width: float, height: float) -> None:
        super().__init__(data, width, height)
        s = self.s
        self.plan_cell = ParagraphStyle("PlanCell", parent=s.cell, fontSize=8.5, leading=10.5)
        self.plan_meta = ParagraphStyle("PlanMeta", parent=self.plan_cell, fontSize=7.5,
                                        leading=9.5, textColor=s.grid_meta.textColor,
                                        spaceBefore=1)
        self.plan_number = ParagraphStyle("PlanNumber", parent=self.plan_cell,
                                          alignment=s.number.alignment)
        self.partner_cell = ParagraphStyle("PartnerCell", parent=self.plan_cell, spaceBefore=3)
        self.overdue_cell = ParagraphStyle("OverdueCell", parent=self.plan_cell,
                                           textColor=OVERDUE_RED)

    # ----- what the parts share --------------------------------------------------------
    @property
    def open_actions(self) -> list[ActionView]:
        return [a for a in self.data.actions if a.is_open]

    @property
    def overdue(self) -> list[ActionView]:
        return [a for a in self.data.actions if a.overdue]

    @property
    def as_of(self) -> str:
        return long_date(self.data.generated_at.date())

    def _cell(self, text: str, style: ParagraphStyle | None = None,
              room: float | None = None) -> Paragraph:
        """A cell's paragraph; given the ``room`` (points) it has, right-to-left
        text is broken into lines here (see :func:`rtl_lines`)."""
        style = style or self.plan_cell
        return self.p(rtl_lines(text, room, style) if room else text, style)

    def _rooms(self, widths: Sequence[float | None]) -> list[float]:
        """The text width (points) in each column of :meth:`ReportBase.table` widths (cm)."""
        fixed = sum(w * cm for w in widths if w is not None)
        flexible = sum(1 for w in widths if w is None) or 1
        rest = max(self.width - fixed, 3 * cm) / flexible
        return [(rest if w is None else w * cm) - 2 * PLAN_PADDING for w in widths]

    def _status_cell(self, action: ActionView) -> Paragraph:
        """'On track'; an overdue action: 'Overdue (marked late)' in bold red."""
        marked = action.status_text[:1].lower() + action.status_text[1:]
        if not action.overdue:
            return self._cell(action.status_text)
        style = self.overdue_cell
        return Paragraph(f"{self.b('Overdue', style)} {self.t(f'(marked {marked})', style)}",
                         style)

    def _due_cell(self, action: ActionView) -> Paragraph:
        return self._cell(short_date(action.due_date) or "not set",
                          self.overdue_cell if action.overdue else None)

    def _plan_style(self, actions: Sequence[ActionView]) -> list[tuple[Any, ...]]:
        """Narrow cell padding, and overdue actions' rows shaded."""
        return [("LEFTPADDING", (0, 0), (-1, -1), PLAN_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PLAN_PADDING),
                *(("BACKGROUND", (0, row), (-1, row), OVERDUE_SHADE)
                  for row, a in enumerate(actions, start=1) if a.overdue)]

    def _fixed(self, texts: Sequence[str], at_least: float, at_most: float) -> float:
        """A column's width (cm) for its widest short text, within the bounds given."""
        widest = max((stringWidth(t, self.text_font, self.plan_cell.fontSize) for t in texts),
                     default=0.0)
        return min(max((widest + 2 * PLAN_PADDING + 1) / cm, at_least), at_most)

    # ----- the summary -----------------------------------------------------------------
    def summary_decided(self, limit: int = SUMMARY_DECISIONS) -> list[Flowable]:
        """'What was decided': the adopted priorities and their statement, briefly."""
        s = self.s
        out: list[Flowable] = [self.p("What was decided", s.summary_head)]
        decisions = list(self.data.decisions)
        if not decisions:
            return [*out, self.p(NO_DECISION)]
        shown = decisions[:limit]
        rounds = list(dict.fromkeys(d.round_id for d in decisions))
        numbers = {r.info.id: r.number for r in self.data.rounds}
        where = f" from the result of round {numbers[rounds[0]]}" \
            if len(rounds) == 1 and rounds[0] in numbers else ""
        count = plural(len(decisions), "priority", "priorities")
        out.append(self.p(f"The members adopted {count}{where}:"))
        # Priorities adopted with one statement are listed together, the statement once.
        groups: dict[str, list[DecisionView]] = {}
        for d in shown:
            groups.setdefault(d.statement, []).append(d)
        room = SUMMARY_STATEMENT_CHARS // len(groups)
        statement = ParagraphStyle("Statement", parent=s.bullet, leftIndent=s.bullet.leftIndent,
                                   textColor=COLOUR_MUTED, spaceBefore=1, spaceAfter=4)
        for text, group in groups.items():
            for d in group:
                out.append(Paragraph(self.b(cut(d.priority_title, SUMMARY_TITLE_CHARS),
                                            s.bullet), s.bullet, bulletText="•"))
            out.append(self.markup(f"{self.t('Decision: ', statement)}"
                                   f"{self.t(cut(text, max(room, 90)), statement)}",
                                   statement))
        if len(decisions) > len(shown):
            out.append(self.p(f"and {len(decisions) - len(shown)} more, in “Decisions and "
                              "action plan”.", s.small))
        return out

    def summary_next_steps(self, limit: int = SUMMARY_ACTIONS) -> list[Flowable]:
        """'Next steps': the open actions with lead and due date, overdue ones first."""
        s = self.s
        if not self.data.decisions:
            return []
        out: list[Flowable] = [self.p("Next steps", s.summary_head)]
        actions, open_ = self.data.actions, self.open_actions
        if not actions:
            return [*out, self.p("No action is planned yet for these decisions.")]
        if not open_:
            return [*out, self.p(f"Every action of the plan is done or dropped "
                                 f"({status_counts(actions)}).")]
        late = [a for a in open_ if a.overdue]
        intro = (f"{plural(len(open_), 'action')} still open on {self.as_of}"
                 + (f", {len(late)} of them overdue (listed first)" if late else "")
                 + (f"; {status_counts([a for a in actions if not a.is_open])}"
                    if len(open_) < len(actions) else "") + ".")
        out.append(self.p(intro))
        shown = open_[:limit]
        due = self._fixed([short_date(a.due_date) for a in shown], 2.0, 2.6)
        status = self._fixed(["Overdue (marked not", "Not started"], 2.4, 3.4)
        widths = [None, 4.4, due, status]
        room = self._rooms(widths)
        rows = [[self._cell(cut(a.title, SUMMARY_TITLE_CHARS), room=room[0]),
                 self._cell(a.lead_name or "no lead", room=room[1]), self._due_cell(a),
                 self._status_cell(a)] for a in shown]
        table = self.table(["Action", "Lead", "Due", "Status"], rows, widths,
                           extra=self._plan_style(shown))
        table.spaceAfter = 4
        out.append(table)
        if len(open_) > len(shown):
            out.append(self.p(f"and {plural(len(open_) - len(shown), 'more open action')}, in "
                              "“Decisions and action plan”.", s.small))
        return out

    # ----- the part --------------------------------------------------------------------
    def decisions(self) -> list[Flowable]:
        """'Decisions and action plan': every decision, its actions and indicators."""
        d, s = self.data, self.s
        heading = self.p("Decisions and action plan", s["Heading1"])
        if not d.decisions:
            return [CondPageBreak(3 * cm), KeepTogether([heading, self.p(NO_DECISION)])]
        actions = list(d.actions)
        intro = (f"The members adopted "
                 f"{plural(len(d.decisions), 'priority', 'priorities')}. ")
        if actions:
            intro += (f"Their action plans hold {plural(len(actions), 'action')}: "
                      f"{status_counts(actions)}.")
            late = self.overdue
            if late:
                intro += (f" {plural(len(late), 'action is', 'actions are')} overdue: the due "
                          f"date had passed on {self.as_of}, when this report was made, and "
                          f"{'it is' if len(late) == 1 else 'they are'} neither done nor "
                          "dropped. Overdue actions are marked “Overdue” and come first.")
        else:
            intro += "No action is planned for them yet."
        out: list[Flowable] = [CondPageBreak(6 * cm)]
        for index, decision in enumerate(d.decisions, start=1):
            lead = self._decision_lead(index, decision)
            if index == 1:
                lead = [heading, self.p(intro), *lead]
            else:
                out.append(CondPageBreak(5 * cm))
            own = [a for a in actions if a.decision_id == decision.id]
            if not own:
                out.append(KeepTogether([*lead, self.p("No action is planned yet.")]))
                continue
            out.append(self.titled(lead, self._actions_table(own)))
            indicators = [(a, i) for a in own for i in a.indicators]
            if indicators:
                out.append(self.titled([self.p("Indicators", s.table_title)],
                                       self._indicators_table(indicators)))
        return out

    def _decision_lead(self, index: int, decision: DecisionView) -> list[Flowable]:
        s = self.s
        label = ParagraphStyle("DecisionLabel", parent=s.body, spaceAfter=3)
        lead: list[Flowable] = [
            self.p(f"Decision {index}: {decision.priority_title}", s["Heading2"]),
            Paragraph(f"{self.b('Decision:', label)} {self.t(decision.statement, label)}",
                      label),
        ]
        placed = decision.basis.strip()
        adopted = f"Adopted on {long_date(decision.adopted_at.date())}"
        if decision.adopted_by.strip():
            adopted += f" by {decision.adopted_by.strip()}"
        text = f"{self.b('How the vote placed it:', label)} " \
            f"{self.t(placed.rstrip('.') + '. ' if placed else 'not recorded. ', label)}" \
            f"{self.t(adopted + '.', label)}"
        lead.append(Paragraph(text, label))
        own = [a for a in self.data.actions if a.decision_id == decision.id]
        if own:
            figures = f"{plural(len(own), 'action')}: {status_counts(own)}"
            total = budget_total(own)
            if total:
                figures += f"; budget estimate {total}" + (
                    " (dropped actions not counted)" if any(a.status == "dropped"
                                                            for a in own) else "")
            lead.append(self.p(figures + ".", s.small))
        return lead

    def _actions_table(self, actions: Sequence[ActionView]) -> Table:
        dates = [short_date(a.start_date) for a in actions] + \
                [short_date(a.due_date) for a in actions]
        date_cm = self._fixed(dates, 1.6, 2.1)
        status_cm = self._fixed(["Not started"], 1.6, 2.0)
        budget_cm = self._fixed([budget_words(a) for a in actions], 1.6, 2.1)
        widths = [None, 2.6, 2.6, date_cm, date_cm, status_cm, budget_cm]
        room = self._rooms(widths)
        rows = []
        for a in actions:
            title: list[Flowable] = [self._cell(a.title, room=room[0])]
            if a.notes.strip():
                title.append(self._cell(a.notes, self.plan_meta, room[0]))
            partners: Any = [self._cell(p, self.partner_cell if n else None, room[2])
                             for n, p in enumerate(a.partner_names)] or ""
            rows.append([title, self._cell(a.lead_name or "no lead", room=room[1]), partners,
                         self._cell(short_date(a.start_date)), self._due_cell(a),
                         self._status_cell(a), self._cell(budget_words(a), self.plan_number)])
        return self.table(
            ["Action", "Lead", "Partners", "Start", "Due", "Status", "Budget"], rows, widths,
            numeric=(6,), extra=self._plan_style(actions))

    def _indicators_table(self, pairs: Sequence[tuple[ActionView, IndicatorView]]) -> Table:
        widths = [None, 2.0, 2.0, 2.0, 2.6, 1.9]
        room = self._rooms(widths)
        rows = []
        for action, i in pairs:
            about = [self._cell(i.name, room=room[0]),
                     self._cell(f"Action: {cut(action.title, 100)}", self.plan_meta, room[0])]
            measured = "; ".join(x for x in (
                i.source, f"measured {short_date(i.measured_on)}" if i.measured_on else "") if x)
            if measured:
                about.append(self._cell(measured[:1].upper() + measured[1:], self.plan_meta,
                                        room[0]))
            figures = [self._cell(amount(v) if v is not None else "–", self.plan_number)
                       for v in (i.baseline, i.target, i.actual)]
            progress = "–" if i.progress is None else f"{round(i.progress * 100)} %"
            rows.append([about, *figures, self._cell(i.unit, room=room[4]),
                         self._cell(progress, self.plan_number)])
        return self.table(["Indicator", "Baseline", "Target", "Actual", "Unit", "Progress"],
                          rows, widths, numeric=(1, 2, 3, 5), extra=self._plan_style(()))


__all__ = ["DecisionSections", "amount", "short_date"]
