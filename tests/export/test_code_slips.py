"""Voter codes on paper and in a file (issue 16)."""

from __future__ import annotations

import csv
import stat
import sys

import pytest
from pypdf import PdfReader

from facilitator_app.core.errors import UserError
from facilitator_app.export import code_slips as slips
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


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("name", ["codes.csv", "slips.pdf"])
def test_a_codes_file_is_the_owners_only_even_over_a_readable_file(tmp_path, name):
    target = tmp_path / name
    target.write_text("an older file anyone could read\n")
    target.chmod(0o644)
    write_codes(target, _sheet(False, 3))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    fresh = write_codes(tmp_path / f"new-{name}", _sheet(True, 3))
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, f"new-{name}"])


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_codes_file_is_never_seen_half_written_nor_readable_by_others(tmp_path, monkeypatch):
    """Every moment of the write: the file in place is the old one or the whole
    new one, and what is being written is the owner's only."""
    target = tmp_path / "codes.csv"
    target.write_bytes(b"old")
    target.chmod(0o600)
    seen: list[tuple[str, int, bytes]] = []

    original = slips.neutralise_for_csv

    def spying(text: str) -> str:  # called while the rows are written
        for path in tmp_path.iterdir():
            seen.append((path.name, stat.S_IMODE(path.stat().st_mode), path.read_bytes()))
        return original(text)

    monkeypatch.setattr(slips, "neutralise_for_csv", spying)
    write_codes(target, _sheet(False, 2))
    assert seen
    for path_name, mode, content in seen:
        assert mode == 0o600, path_name
        if path_name == "codes.csv":
            assert content == b"old"  # the old file until the new one is whole
    monkeypatch.setattr(slips, "neutralise_for_csv", lambda text: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        write_codes(target, _sheet(False, 2))
    assert target.read_text(encoding="utf-8-sig").count("ACE-") == 2  # still the last whole one
    assert [p.name for p in tmp_path.iterdir()] == ["codes.csv"]
