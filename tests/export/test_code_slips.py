"""Voter codes on paper and in a file (issue 16)."""

from __future__ import annotations

import csv

import pytest
from pypdf import PdfReader

from facilitator_app.core.errors import UserError
from facilitator_app.export.code_slips import Slip, SlipSheet, write_codes


def _sheet(secret: bool, n: int = 30) -> SlipSheet:
    return SlipSheet("Round 2 — Priorités", "Coopérative & Fils", "http://10.42.0.1:8716/",
                     secret, [Slip(f"ACE-{k:03d}", None if secret else f"=Membre {k} Éloïse")
                              for k in range(n)])


def test_named_slips_carry_names_and_fill_pages_of_24(tmp_path):
    reader = PdfReader(write_codes(tmp_path / "slips.pdf", _sheet(False)))
    assert len(reader.pages) == 2  # 24 slips a page
    text = reader.pages[0].extract_text()
    assert "=Membre 0 Éloïse" in text and "ACE-000" in text and "http://10.42.0.1:8716/" in text
    assert "ACE-024" in reader.pages[1].extract_text()


def test_secret_slips_carry_no_names(tmp_path):
    text = PdfReader(write_codes(tmp_path / "s.pdf", _sheet(True, 3))).pages[0].extract_text()
    assert "Membre" not in text and "carries no name" in text


def test_csv_protects_names_from_formulas(tmp_path):
    path = write_codes(tmp_path / "codes.csv", _sheet(False, 2))
    with open(path, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Member", "Code", "Address"]
    assert rows[1] == ["'=Membre 0 Éloïse", "ACE-000", "http://10.42.0.1:8716/"]
    secret = write_codes(tmp_path / "secret.csv", _sheet(True, 2))
    assert secret.read_text(encoding="utf-8-sig").splitlines()[0] == "Code,Address"
    with pytest.raises(UserError, match=r"\.pdf \(slips\) or a \.csv"):
        write_codes(tmp_path / "codes.txt", _sheet(True, 1))
