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
from facilitator_app.export.report_base import MONTHS, ReportBase, names, tint
from facilitator_app.export.report_basis import basis_words
from facilitator_app.export.report_model import ReportData
from facilitator_app.export.report_words import ACTION_STATUS_LABELS, word
from facilitator_app.i18n.messages import T_

SUMMARY_DECISIONS = 5  # adopted priorities the summary names one by one
SUMMARY_ACTIONS = 6  # open actions the summary lists
SUMMARY_STATEMENT_CHARS = 240  # statements shown in the summary share this (whole in their part)
SUMMARY_TITLE_CHARS = 90  # a longer title is cut in the summary (whole in its part)
PLAN_PADDING = 3  # points each side of a cell of the plan's tables (narrower than others)
OVERDUE_RED = colors.HexColor("#b3261e")
OVERDUE_SHADE = tint(OVERDUE_RED, 0.09)
NO_DECISION = T_("No decision is recorded for this workshop.")


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
    for part in text.split():
        wider = f"{line} {part}" if line else part
        if line and width(wider) > room:
            lines.append(line)
            line = part
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

    def __init__(self, data: ReportData, width: float, height: float,
                 lang: str = "en") -> None:
        super().__init__(data, width, height, lang)
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
        return self.day(self.data.generated_at.date())

    def amount(self, value: Decimal | float | None) -> str:
        """12000 -> '12,000' ('12.000' in Spanish); 12.5 -> '12.50'; None -> ''."""
        if self.english or value is None:
            return amount(value)
        return self.t.number(value, 0 if value == int(value) else 2)

    def budget_words(self, action: ActionView) -> str:
        if action.budget is None:
            return ""
        return f"{self.amount(action.budget)} {action.currency}".strip()

    def status_text(self, action: ActionView) -> str:
        return word(self.t, ACTION_STATUS_LABELS, action.status, action.status_text)

    def status_counts(self, actions: Sequence[ActionView]) -> str:
        """'1 done, 2 on track, 1 late' in the statuses' own order."""
        parts = []
        for key, label in ACTION_STATUSES:
            n = sum(1 for a in actions if a.status == key)
            if n:
                words = word(self.t, ACTION_STATUS_LABELS, key, label)
                parts.append(f"{n} {words[:1].lower() + words[1:]}")
        return self.names(parts)

    def budget_total(self, actions: Sequence[ActionView]) -> str:
        """The budget estimates of the actions not dropped, per currency."""
        totals: dict[str, Decimal] = {}
        for a in actions:
            if a.budget is not None and a.status != "dropped":
                totals[a.currency] = totals.get(a.currency, Decimal(0)) + a.budget
        return self.names([f"{self.amount(v)} {k}".strip() for k, v in totals.items()])

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
        t = self.t
        status = self.status_text(action)
        marked = status[:1].lower() + status[1:]
        if not action.overdue:
            return self._cell(status)
        style = self.overdue_cell
        overdue = self.b(t("Overdue"), style)
        marked = self.e(t("(marked {status})", status=marked), style)
        return Paragraph(f"{overdue} {marked}", style)

    def _due_cell(self, action: ActionView) -> Paragraph:
        return self._cell(self.short_day(action.due_date) or self.t("not set"),
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
        s, t = self.s, self.t
        out: list[Flowable] = [self.p(t("What was decided"), s.summary_head)]
        decisions = list(self.data.decisions)
        if not decisions:
            return [*out, self.p(t(NO_DECISION))]
        shown = decisions[:limit]
        rounds = list(dict.fromkeys(d.round_id for d in decisions))
        numbers = {r.info.id: r.number for r in self.data.rounds}
        count = t.n("{n} priority", "{n} priorities", len(decisions))
        if len(rounds) == 1 and rounds[0] in numbers:
            out.append(self.p(t("The members adopted {priorities} from the result of round "
                                "{number}:", priorities=count, number=numbers[rounds[0]])))
        else:
            out.append(self.p(t("The members adopted {priorities}:", priorities=count)))
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
            decision_word = self.e(t("Decision:") + " ", statement)
            out.append(self.markup(f"{decision_word}"
                                   f"{self.e(cut(text, max(room, 90)), statement)}",
                                   statement))
        if len(decisions) > len(shown):
            out.append(self.p(t("and {n} more, in “Decisions and action plan”.",
                                n=len(decisions) - len(shown)), s.small))
        return out

    def summary_next_steps(self, limit: int = SUMMARY_ACTIONS) -> list[Flowable]:
        """'Next steps': the open actions with lead and due date, overdue ones first."""
        s, t = self.s, self.t
        if not self.data.decisions:
            return []
        out: list[Flowable] = [self.p(t("Next steps"), s.summary_head)]
        actions, open_ = self.data.actions, self.open_actions
        if not actions:
            return [*out, self.p(t("No action is planned yet for these decisions."))]
        if not open_:
            return [*out, self.p(t("Every action of the plan is done or dropped ({counts}).",
                                   counts=self.status_counts(actions)))]
        late = [a for a in open_ if a.overdue]
        intro = t.n("{n} action still open on {day}", "{n} actions still open on {day}",
                    len(open_), day=self.as_of)
        if late:
            intro += ", " + t.n("{n} of them overdue (listed first)",
                                "{n} of them overdue (listed first)", len(late))
        if len(open_) < len(actions):
            intro += "; " + self.status_counts([a for a in actions if not a.is_open])
        out.append(self.p(intro + "."))
        shown = open_[:limit]
        due = self._fixed([self.short_day(a.due_date) for a in shown], 2.0, 2.6)
        not_started = t("Not started")
        overdue_words = t("Overdue") + " " + t("(marked {status})",
                                               status=not_started[:1].lower() + not_started[1:])
        status = self._fixed([" ".join(overdue_words.split()[:3]), t("Not started")], 2.4, 3.4)
        widths = [None, 4.4, due, status]
        room = self._rooms(widths)
        rows = [[self._cell(cut(a.title, SUMMARY_TITLE_CHARS), room=room[0]),
                 self._cell(a.lead_name or t("no lead"), room=room[1]), self._due_cell(a),
                 self._status_cell(a)] for a in shown]
        table = self.table([t("Action"), t("Lead"), t("Due"), t("Status")], rows, widths,
                           extra=self._plan_style(shown))
        table.spaceAfter = 4
        out.append(table)
        if len(open_) > len(shown):
            out.append(self.p(t.n("and {n} more open action, in “Decisions and action plan”.",
                                  "and {n} more open actions, in “Decisions and action plan”.",
                                  len(open_) - len(shown)), s.small))
        return out

    # ----- the part --------------------------------------------------------------------
    def decisions(self) -> list[Flowable]:
        """'Decisions and action plan': every decision, its actions and indicators."""
        d, s, t = self.data, self.s, self.t
        heading = self.p(t("Decisions and action plan"), s["Heading1"])
        if not d.decisions:
            return [CondPageBreak(3 * cm), KeepTogether([heading, self.p(t(NO_DECISION))])]
        actions = list(d.actions)
        intro = t("The members adopted {priorities}.",
                  priorities=t.n("{n} priority", "{n} priorities", len(d.decisions))) + " "
        if actions:
            intro += t("Their action plans hold {actions}: {counts}.",
                       actions=t.n("{n} action", "{n} actions", len(actions)),
                       counts=self.status_counts(actions))
            late = self.overdue
            if late:
                intro += " " + t.n(
                    "{n} action is overdue: the due date had passed on {day}, when this report "
                    "was made, and it is neither done nor dropped. Overdue actions are marked "
                    "“Overdue” and come first.",
                    "{n} actions are overdue: the due date had passed on {day}, when this "
                    "report was made, and they are neither done nor dropped. Overdue actions "
                    "are marked “Overdue” and come first.", len(late), day=self.as_of)
        else:
            intro += t("No action is planned for them yet.")
        out: list[Flowable] = [CondPageBreak(6 * cm)]
        for index, decision in enumerate(d.decisions, start=1):
            lead = self._decision_lead(index, decision)
            if index == 1:
                lead = [heading, self.p(intro), *lead]
            else:
                out.append(CondPageBreak(5 * cm))
            own = [a for a in actions if a.decision_id == decision.id]
            if not own:
                out.append(KeepTogether([*lead, self.p(t("No action is planned yet."))]))
                continue
            out.append(self.titled(lead, self._actions_table(own)))
            indicators = [(a, i) for a in own for i in a.indicators]
            if indicators:
                out.append(self.titled([self.p(t("Indicators"), s.table_title)],
                                       self._indicators_table(indicators)))
        return out

    def _decision_lead(self, index: int, decision: DecisionView) -> list[Flowable]:
        s, t = self.s, self.t
        label = ParagraphStyle("DecisionLabel", parent=s.body, spaceAfter=3)
        lead: list[Flowable] = [
            self.p(t("Decision {number}: {title}", number=index, title=decision.priority_title),
                   s["Heading2"]),
            Paragraph(self.b(t("Decision:"), label) + " " + self.e(decision.statement, label),
                      label),
        ]
        placed = basis_words(decision, self.t.text_language).strip()
        day = self.day(decision.adopted_at.date())
        adopted = (t("Adopted on {day} by {who}.", day=day, who=decision.adopted_by.strip())
                   if decision.adopted_by.strip() else t("Adopted on {day}.", day=day))
        how = self.b(t("How the vote placed it:"), label)
        placed = placed.rstrip(".") + ". " if placed else t("not recorded.") + " "
        text = f"{how} " \
            f"{self.e(placed, label)}" \
            f"{self.e(adopted, label)}"
        lead.append(Paragraph(text, label))
        own = [a for a in self.data.actions if a.decision_id == decision.id]
        if own:
            figures = t("{name}: {words}", name=t.n("{n} action", "{n} actions", len(own)),
                        words=self.status_counts(own))
            total = self.budget_total(own)
            if total:
                figures += "; " + (t("budget estimate {total} (dropped actions not counted)",
                                     total=total) if any(a.status == "dropped" for a in own)
                                   else t("budget estimate {total}", total=total))
            lead.append(self.p(figures + ".", s.small))
        return lead

    def _actions_table(self, actions: Sequence[ActionView]) -> Table:
        t = self.t
        dates = [self.short_day(a.start_date) for a in actions] + \
                [self.short_day(a.due_date) for a in actions]
        date_cm = self._fixed(dates, 1.6, 2.1)
        status_cm = self._fixed([t(label) for label in ACTION_STATUS_LABELS.values()], 1.6, 2.2)
        budget_cm = self._fixed([self.budget_words(a) for a in actions], 1.6, 2.1)
        widths = [None, 2.6, 2.6, date_cm, date_cm, status_cm, budget_cm]
        room = self._rooms(widths)
        rows = []
        for a in actions:
            title: list[Flowable] = [self._cell(a.title, room=room[0])]
            if a.notes.strip():
                title.append(self._cell(a.notes, self.plan_meta, room[0]))
            partners: Any = [self._cell(p, self.partner_cell if n else None, room[2])
                             for n, p in enumerate(a.partner_names)] or ""
            rows.append([title, self._cell(a.lead_name or t("no lead"), room=room[1]), partners,
                         self._cell(self.short_day(a.start_date)), self._due_cell(a),
                         self._status_cell(a), self._cell(self.budget_words(a), self.plan_number)])
        return self.table(
            [t("Action"), t("Lead"), t("Partners"), t("Start"), t("Due"), t("Status"),
             t("Budget")], rows, widths, numeric=(6,), extra=self._plan_style(actions))

    def _indicators_table(self, pairs: Sequence[tuple[ActionView, IndicatorView]]) -> Table:
        t = self.t
        widths = [None, 2.0, 2.0, 2.0, 2.6, 1.9]
        room = self._rooms(widths)
        rows = []
        for action, i in pairs:
            about = [self._cell(i.name, room=room[0]),
                     self._cell(t("Action: {title}", title=cut(action.title, 100)),
                                self.plan_meta, room[0])]
            when = (t("measured {day}", day=self.short_day(i.measured_on))
                    if i.measured_on else "")
            measured = "; ".join(x for x in (i.source, when) if x)
            if measured:
                about.append(self._cell(measured[:1].upper() + measured[1:], self.plan_meta,
                                        room[0]))
            figures = [self._cell(self.amount(v) if v is not None else "–", self.plan_number)
                       for v in (i.baseline, i.target, i.actual)]
            progress = "–" if i.progress is None else self.pct(i.progress)
            rows.append([about, *figures, self._cell(i.unit, room=room[4]),
                         self._cell(progress, self.plan_number)])
        return self.table([t("Indicator"), t("Baseline"), t("Target"), t("Actual"), t("Unit"),
                           t("Progress")],
                          rows, widths, numeric=(1, 2, 3, 5), extra=self._plan_style(()))


__all__ = ["DecisionSections", "amount", "short_date"]
