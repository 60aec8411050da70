"""``facilitator-app report FILE --workspace PATH [--workshop ID]``.

Two runs in a real process (a report written, a usage error); the others
run the same command line in this process (``run_main``)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from facilitator_app.services.demo import create_demo
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from tests.cli_in_process import run_main


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command in a new process."""
    return subprocess.run(
        [sys.executable, "-m", "facilitator_app", *args],
        check=False, capture_output=True, text=True, encoding="utf-8", timeout=180,
    )


_run_here = run_main  # the command in this process


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("ws") / "Grenada démo.cluster"
    ws = create_demo(path)
    with ws.session() as s:  # an older, undated and an empty workshop: the demo stays latest
        create_workshop(s, "Kick-off", date=date(2025, 9, 1))
        create_workshop(s, "Not scheduled yet")
    ws.close()
    return path


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_pdf_of_the_latest_workshop(demo, tmp_path):
    out = tmp_path / "report.pdf"
    result = _run("report", str(out), "--workspace", str(demo))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "workshop 1 (Priority-setting workshop 2026)" in result.stdout
    reader = PdfReader(out)
    assert "Grenada Cocoa & Spice Cluster" in reader.pages[0].extract_text()


def test_xlsx_of_a_chosen_workshop(demo, tmp_path):
    out = tmp_path / "book.XLSX"
    result = _run_here("report", str(out), "--workspace", str(demo), "--workshop", "2")
    assert result.returncode == 0, result.stderr
    wb = load_workbook(out)
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r[0]}
    assert summary["Workshop"] == "Kick-off"
    assert summary["Vote rounds"] == 0


def test_a_bad_extension_exits_2_before_touching_anything(demo, tmp_path):
    result = _run_here("report", str(tmp_path / "report.docx"), "--workspace", str(demo))
    assert result.returncode == 2
    assert ".pdf" in one_line_error(result)
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_workshop_exits_1(demo, tmp_path):
    result = _run_here("report", str(tmp_path / "r.pdf"), "--workspace", str(demo),
                       "--workshop", "42")
    assert result.returncode == 1
    assert "no workshop 42" in one_line_error(result)
    assert list(tmp_path.iterdir()) == []


def test_a_workspace_without_workshops_exits_1(tmp_path):
    path = tmp_path / "empty.cluster"
    create_workspace(path).close()
    out = tmp_path / "r.xlsx"
    result = _run_here("report", str(out), "--workspace", str(path))
    assert result.returncode == 1
    assert "no workshop yet" in one_line_error(result)
    assert not out.exists()


def test_a_missing_folder_is_refused(demo, tmp_path):
    result = _run_here("report", str(tmp_path / "nowhere" / "r.pdf"), "--workspace", str(demo))
    assert result.returncode == 2
    assert "does not exist" in one_line_error(result)


def test_the_workspace_is_required(tmp_path):
    result = _run("report", str(tmp_path / "r.pdf"))
    assert result.returncode == 2
    assert "--workspace" in one_line_error(result)


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_an_empty_workshop_still_gives_a_file(demo, tmp_path, suffix):
    out = tmp_path / f"empty{suffix}"
    result = _run_here("report", str(out), "--workspace", str(demo), "--workshop", "3")
    assert result.returncode == 0, result.stderr
    if suffix == ".pdf":
        text = " ".join(p.extract_text() for p in PdfReader(out).pages)
        assert "Not scheduled yet" in text
        assert "No SWOT items were recorded" in text and "No vote was held" in text
    else:
        assert load_workbook(out)["Ballots"]["A1"].value == "No vote rounds in this workshop."
