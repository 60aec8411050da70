"""The member form on its own: every field, load and read back, empty dates."""

from __future__ import annotations

from datetime import date

from facilitator_app.core.roster_fields import FIELD_NAMES
from facilitator_app.ui.member_form import MemberForm

VALUES = {
    "name": "Chocolaterie Bèl Kakao", "member_type": "firm", "size": "micro",
    "employees": 7, "segment": "processing", "sub_sector": "bean-to-bar",
    "ownership": "domestic", "women_led": True, "exporter": False, "country": "Grenada",
    "locality": "Grenville", "contact_person": "Anaïs Bélizaire", "contact_role": "Owner",
    "email": "bonjou@belkakao.gd", "phone": "+1 473 442 6678", "preferred_language": "fr",
    "status": "prospective", "join_date": date(2023, 3, 14), "exit_date": None,
    "vote_weight": 0.3333, "governance_role": "Working group", "certifications": "Organic",
    "consent_to_share": None, "notes": "Line 1\nLine 2",
}


def test_every_field_has_a_widget_and_round_trips(qtbot):
    form = MemberForm()
    qtbot.addWidget(form)
    assert list(form.widgets) != [] and set(form.widgets) == set(FIELD_NAMES)
    form.load(5, VALUES)
    assert form.clean_values() == VALUES
    assert not form.is_dirty() and form.is_valid()
    assert form.heading.text() == "Chocolaterie Bèl Kakao"


def test_new_member_defaults(qtbot):
    form = MemberForm()
    qtbot.addWidget(form)
    form.start_new()
    values = form.clean_values()
    assert values["status"] == "active" and values["vote_weight"] == 1.0
    assert values["join_date"] is None and values["member_type"] is None
    assert form.problems == {"name": "The organisation name is required."}


def test_dates_can_be_cleared_and_weight_is_checked(qtbot):
    form = MemberForm()
    qtbot.addWidget(form)
    form.load(1, VALUES)
    join = form.widgets["join_date"]
    join.clear_button.click()
    assert join.value() is None and form.changes() == {"join_date": None}
    form.widgets["vote_weight"].setText("1,5")
    assert form.clean_values()["vote_weight"] == 1.5
    form.widgets["exit_date"].set_value(date(2020, 1, 1))
    join.set_value(date(2021, 1, 1))
    assert form.problems == {"exit_date": "The exit date is before the join date."}
