"""A stress workspace for the report and the workbook, built through the services.

60 members with long Spanish, French and Creole names and one Arabic name
(54 voting, 6 observers; firms weigh 2 in weighted rounds), 30 long
candidate priorities, a SWOT and a few TOWS strategies, and three closed
rounds:

1. dot voting on all 30 (anonymous): 12 priorities get no dot at all, so
   there is a long tie at 0;
2. impact x feasibility (a two-criteria score round, named) on the top 12;
3. instant runoff (anonymous, weighted: firms 2, others 1) on the top 6,
   with first preferences spread so that it takes several counts.

Then the decisions: the runoff's top two adopted with one statement, a
third priority from the impact x feasibility round with a long statement
of its own, and their action plans (six actions: one with a very long
title, one led by the Arabic member, one overdue, one done, one dropped,
one without a lead) with a few indicators.

Seeded: the same workspace every time.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from facilitator_app.services import (
    attendance,
    decisions,
    priorities,
    roster,
    swot,
    tows,
    voting,
)
from facilitator_app.services.profile import update_profile
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage.workspace import Workspace

ARABIC_MEMBER = "جمعية منتجي الكاكاو والتوابل في الشمال"
CLUSTER = "Clúster del Cacao y las Especias del Caribe Oriental — Réseau Caraïbe"
WORKSHOP = "Atelier de priorisation 2026 : des priorités aux actions"
IRV_TITLE = "Runoff on the top six"
MATRIX_TITLE = "Impact and feasibility of the top twelve"
DOTS_TITLE = "Dots on all thirty candidates"
LONG_ACTION = (
    "Commission the feasibility study, the environmental and social impact assessment and the "
    "business plan for the shared fermentation and solar drying centre, with site visits to "
    "every candidate parcel and a validation workshop with the women's cooperatives"
)
ARABIC_ACTION = "Register the collective export brand in the three target markets"
OVERDUE_ACTION = "Train forty young farmers in grafting and pruning before the rainy season"

_SPANISH = [
    "Asociación de Productores Agroecológicos de Cacao Fino y de Aroma del Valle de {}",
    "Cooperativa Agroindustrial de Mujeres Cacaoteras y Artesanas de {}",
    "Compañía Exportadora de Especias, Nuez Moscada y Canela de {} S.A.",
    "Fundación para el Desarrollo Sostenible de la Cadena del Cacao de {}",
]
_FRENCH = [
    "Coopérative agricole des planteurs de cacao et d'épices de la Côte-sous-le-Vent, {}",
    "Société de transformation artisanale du chocolat et des fèves fermentées de {}",
    "Groupement d'intérêt économique des torréfacteurs et chocolatiers de {}",
    "Association des jeunes entrepreneurs agroalimentaires de l'Île de {}",
]
_CREOLE = [
    "Asosyasyon Plantè Kakawo ak Zépis {} pou Dévlopman Tè-a",
    "Koopératif Fanm Travay Latè ak Fabrikan Chokola {}",
    "Gwoupman Jèn Agrikiltè Bio ak Tòtòy Kakawo {}",
]
_PLACES = ["Soufrière", "Choiseul", "Dennery", "Micoud", "Laborie", "Anse-la-Raye",
           "Gros-Islet", "Canaries", "Vieux-Fort", "Castries", "Grand'Anse", "Sauteurs",
           "Gouyave", "Marigot", "Trois-Rivières", "Basse-Pointe"]
_PEOPLE = ["María José Ñúñez Peña", "Jean-Baptiste Lefèvre-Désiré", "Marie-Thérèse Éloïse",
           "Joseph Dòmanjé", "Inés Carreño Ibáñez", "François Bélizaire", "Kézia Jòsèf",
           "Nadège Saint-Éloi", "José Andrés Muñoz", "Gaëlle Théodore"]
_OTHER_TYPES = ["academic", "research", "association", "development", "standards",
                "financial", "promotion", "regulatory", "community"]

_PRIORITY_STEMS = [
    "Build a shared fermentation and solar drying centre with quality control for",
    "Create a collective export brand and a traceability label for fine-flavour cocoa from",
    "Train young farmers in grafting, pruning and integrated pest management in",
    "Negotiate a joint purchasing scheme for certified organic inputs for growers in",
    "Set up a revolving credit fund with the development bank for smallholders of",
    "Open a bean-to-bar tasting and visitor route linking the estates of",
    "Map and rehabilitate the feeder roads that wash out every rainy season around",
    "Obtain geographical indication protection for nutmeg and cocoa grown in",
    "Install weather stations and a crop-insurance pilot against hurricanes for",
    "Develop a regional laboratory for aflatoxin and cadmium testing serving",
]


def _name(rng: random.Random, n: int) -> str:
    family = (_SPANISH, _FRENCH, _CREOLE)[n % 3]
    return family[(n // 3) % len(family)].format(_PLACES[n % len(_PLACES)]) + f" ({n + 1})"


def stress_workspace(path: str | Path) -> Workspace:
    """The workspace described above (its only workshop is id 1)."""
    rng = random.Random(18)
    ws = create_workspace(path)
    with ws.session() as s:
        update_profile(s, name=CLUSTER, country="Sainte-Lucie / Saint Lucia",
                       sector="Cacao, épices et agro-transformation")
        ids: list[int] = []
        firms: list[int] = []
        for n in range(60):
            if n == 7:
                name, kind = ARABIC_MEMBER, "firm"
            elif n in (55, 56, 57):
                name = ("Ministère de l'Agriculture, de la Pêche et du Développement rural "
                        f"— Direction régionale {_PLACES[n % 16]}")
                kind = "ministry"
            elif n in (58, 59):
                name = f"Agence française de développement — Bureau Caraïbe {n}"
                kind = "donor"
            else:
                name = _name(rng, n)
                kind = "firm" if n % 5 else _OTHER_TYPES[(n // 5) % len(_OTHER_TYPES)]
            member = roster.add_member(s, {"name": name, "member_type": kind,
                                           "vote_weight": 2.0 if kind == "firm" else 1.0,
                                           "contact_person": _PEOPLE[n % len(_PEOPLE)]})
            ids.append(member)
            if kind == "firm":
                firms.append(member)
        w = create_workshop(s, WORKSHOP, date=date(2026, 9, 24),
                            venue="Centre de conférences de Rodney Bay, Gros-Islet",
                            facilitator="Marie-Thérèse Éloïse Saint-Aimé", status="held")
        voters = ids[:54]
        attendance.add_attendees(s, w.id, voters, role="voter",
                                 representatives={v: _PEOPLE[i % len(_PEOPLE)]
                                                  for i, v in enumerate(voters)})
        attendance.add_attendees(s, w.id, ids[54:], role="observer")

        items = {}
        for quadrant, texts in {
            "S": ["Fine-flavour cocoa recognised by the ICCO", "Strong women's cooperatives",
                  "Nutmeg and cinnamon of export quality"],
            "W": ["Post-harvest losses in fermentation and drying", "Ageing farmers",
                  "Small and irregular volumes per farm"],
            "O": ["Premium niche markets for single-origin chocolate", "Agro-tourism demand"],
            "T": ["Hurricanes and heavier rainfall", "Black pod disease", "Price volatility"],
        }.items():
            items[quadrant] = [swot.add_item(s, w.id, quadrant, t, dots=rng.randint(0, 6))
                               for t in texts]
        tows.add_strategy(s, w.id, "SO", "Sell single-origin bars to premium buyers",
                          [items["S"][0].id, items["O"][0].id])
        tows.add_strategy(s, w.id, "WT", "Insure the drying centres against hurricanes",
                          [items["W"][0].id, items["T"][0].id])

        plist = []
        for n in range(30):
            stem = _PRIORITY_STEMS[n % len(_PRIORITY_STEMS)]
            place = _PLACES[(n * 7) % len(_PLACES)]
            title = f"{stem} {place} and the neighbouring communities (priority {n + 1})"
            plist.append(priorities.add_priority(s, w.id, title,
                                                 category=("Innovation", "Marketing", "Policy",
                                                           "Skills", "Finance")[n % 5]))

        # Round 1: dots on all 30; priorities 19-30 get none (a tie at 0).
        r1 = voting.create_round(s, w.id, [p.id for p in plist], "dots",
                                 params={"budget": 5}, anonymity="anonymous", title=DOTS_TITLE)
        popular = [o.id for o in r1.options[:18]]
        for i, voter in enumerate(voters):
            ballot: dict[int, int] = {}
            for k in range(5):
                choice = popular[(i * 3 + k * k + (i % 4)) % len(popular)]
                ballot[choice] = ballot.get(choice, 0) + 1
            voting.record_ballot(s, r1.id, ballot, voter_id=voter, entered_by="Marie-Thérèse")
        voting.close_round(s, r1.id, actor="Marie-Thérèse")

        # Round 2: impact x feasibility on the top 12 of round 1 (named).
        r1_result = voting.tally_round(s, r1.id, view="all").result
        top12 = [r1.option_by_label(ro.option).priority_id for ro in r1_result.ranking[:12]]
        r2 = voting.create_round(s, w.id, top12, "score",
                                 params={"scale_min": 1, "scale_max": 5, "two_criteria": True},
                                 anonymity="named", title=MATRIX_TITLE,
                                 previous_round_id=r1.id)
        for i, voter in enumerate(voters):
            impact, feasible = {}, {}
            for j, option in enumerate(r2.options):
                impact[option.id] = max(1, min(5, 5 - j // 3 + rng.choice((-1, 0, 0, 1))))
                feasible[option.id] = max(1, min(5, 1 + (j * 2 + (i % 3 == 0)) % 5))
            voting.record_ballot(s, r2.id, impact, values2=feasible, voter_id=voter,
                                 entered_by="Jean-Baptiste")
        voting.close_round(s, r2.id, actor="Marie-Thérèse")

        # Round 3: instant runoff on the top 6 of round 2, weighted, anonymous.
        r2_result = voting.tally_round(s, r2.id, view="all").result
        top6 = [r2.option_by_label(ro.option).priority_id for ro in r2_result.ranking[:6]]
        r3 = voting.create_round(s, w.id, top6, "irv", anonymity="anonymous",
                                 title=IRV_TITLE, use_weights=True, previous_round_id=r2.id)
        shares = [0] * 14 + [1] * 12 + [2] * 11 + [3] * 8 + [4] * 6 + [5] * 3
        for i, voter in enumerate(voters):
            first = shares[i]
            order = [first] + [k for k in (2, 0, 1, 3, 4, 5) if k != first]
            ranks = {r3.options[k].id: rank for rank, k in enumerate(order, start=1)}
            voting.record_ballot(s, r3.id, ranks, voter_id=voter, entered_by="Marie-Thérèse")
        voting.close_round(s, r3.id, actor="Marie-Thérèse")
        _action_plan(s, r2.id, r3.id, ids)
    return ws


def _action_plan(s, matrix_round: int, runoff_round: int, ids: list[int]) -> None:
    """Three decisions and six actions; dates count from today, so one action
    is always overdue and the others are not."""
    today = date.today()

    def day(days: int) -> date:
        return today + timedelta(days=days)

    top = decisions.adopt_top(
        s, runoff_round, 2, "The members adopt the two priorities the runoff put first as the "
        "cluster's flagship projects for 2027-2028.", actor="Marie-Thérèse").decisions
    adopted_ids = {d.priority_id for d in top}
    third = next(c for c in decisions.candidates(s, matrix_round)
                 if c.priority_id not in adopted_ids)
    other = decisions.adopt(
        s, matrix_round, [third.priority_id],
        "Adopted as a quick win: the members ask the secretariat to start it at once, with "
        "the ministry's extension officers and the two universities, and to report on it at "
        "every workshop until the target is reached; " * 2, actor="Marie-Thérèse").decisions[0]
    first, second = top[0].id, top[1].id
    centre = decisions.add_action(
        s, first, LONG_ACTION, lead_id=ids[0], partner_ids=[ids[1], ids[55], ids[58]],
        start_date=day(-40), due_date=day(120), budget="45000", currency="XCD",
        status="on_track", notes="Terms of reference agreed with the development agency.")
    decisions.add_indicator(s, centre, name="Candidate parcels assessed", baseline=0,
                            target=6, actual=2, unit="parcels", source="Study reports",
                            measured_on=day(-5))
    decisions.add_action(
        s, first, "Agree the centre's statutes and fees with the cooperatives",
        lead_id=ids[2], start_date=day(-90), due_date=day(-30), budget="2500",
        currency="XCD", status="done")
    brand = decisions.add_action(
        s, second, ARABIC_ACTION, lead_id=ids[7], partner_ids=[ids[3], ids[56]],
        start_date=day(-10), due_date=day(200), budget="12000", currency="US$",
        status="not_started")
    decisions.add_indicator(s, brand, name="Markets where the brand is registered",
                            baseline=0, target=3, actual=0, unit="markets",
                            source="Trademark offices")
    decisions.add_action(
        s, second, "Design the label and the traceability record", lead_id=None,
        start_date=day(30), due_date=day(150), status="not_started")
    training = decisions.add_action(
        s, other.id, OVERDUE_ACTION, lead_id=ids[4], partner_ids=[ids[57]],
        start_date=day(-120), due_date=day(-20), budget="8500.50", currency="XCD",
        status="on_track", notes="Three of five sessions held.")
    decisions.add_indicator(s, training, name="Young farmers trained", baseline=0,
                            target=40, actual=23, unit="farmers", source="Attendance sheets",
                            measured_on=day(-21))
    decisions.add_action(
        s, other.id, "Print the grafting manual in French, Spanish and Creole",
        lead_id=ids[5], due_date=day(-60), status="dropped",
        notes="The ministry printed one instead.")
