"""The report reads right for one of a kind ("1 as an observer", not "1 as
observers"), and its cover names the cluster's country and sector as such."""

from __future__ import annotations

import re

from pypdf import PdfReader

from facilitator_app.services import reports
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.profile import update_profile
from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace


def report_text(tmp_path, observers: int) -> str:
    ws = create_workspace(tmp_path / f"small {observers}.cluster")
    with ws.session() as s:
        update_profile(s, name="Cocoa & Spice Cluster", country="Grenada",
                       sector="Cocoa and chocolate")
        workshop = create_workshop(s, "Petit atelier d'été")
        voter = add_member(s, {"name": "Coopérative Éole", "member_type": "firm"})
        seen = [add_member(s, {"name": f"Ministère {n}", "member_type": "ministry"})
                for n in range(observers)]
        add_attendees(s, workshop.id, [voter], role="voter")
        add_attendees(s, workshop.id, seen, role="observer")
        path = reports.export_workshop(s, tmp_path / f"report {observers}.pdf", workshop.id)
    ws.close()
    pages = [page.extract_text() for page in PdfReader(path).pages]
    return re.sub(r"\s+", " ", " ".join(pages))


def test_one_voter_and_one_observer_read_in_the_singular(tmp_path):
    text = report_text(tmp_path, observers=1)
    assert ("2 member organisations attended: 1 as a voting member and 1 as an observer, "
            "who follows the discussion but does not vote.") in text
    assert "as observers" not in text and "as voting members" not in text


def test_several_observers_read_in_the_plural(tmp_path):
    text = report_text(tmp_path, observers=2)
    assert ("3 member organisations attended: 1 as a voting member and 2 as observers, "
            "who follow the discussion but do not vote.") in text


def test_the_cover_labels_country_and_sector_as_such(tmp_path):
    text = report_text(tmp_path, observers=1)
    assert "Country · sector Grenada · Cocoa and chocolate" in text
    assert "Cluster Grenada" not in text
