"""``facilitator-app ballots FILE.pdf --workspace PATH [--round ID] [--blank N]``."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest
from pypdf import PdfReader

from facilitator_app.cli import main
from facilitator_app.services import voting
from facilitator_app.services.demo import create_demo


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "Grenada démo.cluster"
    create_demo(path).close()
    return path


def pdf_text(path) -> str:
    return flat(" ".join(p.extract_text() for p in PdfReader(str(path)).pages))


def test_the_demo_prints_its_open_round_out_of_the_box(demo, tmp_path):
    from facilitator_app.storage.workspace import open_workspace

    ws = open_workspace(demo)
    with ws.session() as s:
        [open_round] = [r for r in voting.list_rounds(s, 1) if r.is_open]
        names = [v.name for v in voting.voters(s, open_round.id)]
        code = voting.round_code(open_round)
    ws.close()
    out = tmp_path / "ballots.pdf"
    result = subprocess.run([sys.executable, "-m", "facilitator_app", "ballots", str(out),
                             "--workspace", str(demo)], capture_output=True, text=True,
                            encoding="utf-8", timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() == (f"Wrote {len(names)} paper ballots of {open_round.title} "
                                     f"(round code {code}) to {out}")
    text = pdf_text(out)
    for i, name in enumerate(names, start=1):
        assert flat(name) in text and f"Ballot {i} of {len(names)} " in text
    assert all(o.label in text for o in open_round.options)
    assert list(tmp_path.glob("*.tmp*")) == [] and list(tmp_path.glob("*.bak")) == []


def _round(path, anonymity: str, close_others: bool = True) -> int:
    from facilitator_app.storage.workspace import open_workspace

    ws = open_workspace(path)
    with ws.session() as s:
        rounds = voting.list_rounds(s, 1)
        if close_others:
            for r in rounds:
                if r.is_open:
                    voting.close_round(s, r.id)
        info = voting.create_round(s, 1, [o.priority_id for o in rounds[0].options][:3],
                                   "approval", anonymity=anonymity, title="Shortlist ✓")
    ws.close()
    return info.id


def test_a_secret_round_prints_blank_ballots(demo, tmp_path, capsys):
    round_id = _round(demo, "secret")
    out = tmp_path / "secret.pdf"
    assert main(["ballots", str(out), "--workspace", str(demo), "--blank", "4"]) == 0
    assert "Wrote 4 paper ballots of Shortlist ✓" in capsys.readouterr().out
    text = pdf_text(out)
    assert "Ballot 4 of 4 " in text and "Ballot 5 of" not in text
    assert "do not write your name" in text
    assert main(["ballots", str(out), "--workspace", str(demo), "--round",
                 str(round_id)]) == 0  # default: one per voting attendee
    assert "Ballot 19 of 19 " in pdf_text(out)


@pytest.mark.parametrize("extra, code, words", [
    (["--blank", "3"], 2, "--blank is for secret rounds only"),
    (["--blank", "0"], 2, "print from 1 to 999 ballots"),
    (["--round", "1"], 1, "is closed: reopen it to print its ballots"),
    (["--round", "999"], 1, "999"),
])
def test_refusals_are_one_line_and_write_nothing(demo, tmp_path, capsys, extra, code, words):
    _round(demo, "anonymous")
    out = tmp_path / "b.pdf"
    assert main(["ballots", str(out), "--workspace", str(demo), *extra]) == code
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0], err
    assert not out.exists()


def test_a_file_that_is_not_a_pdf_and_several_open_rounds_are_refused(demo, tmp_path, capsys):
    assert main(["ballots", str(tmp_path / "b.docx"), "--workspace", str(demo)]) == 2
    assert "paper ballots are written to a .pdf file" in capsys.readouterr().err
    _round(demo, "named", close_others=False)
    assert main(["ballots", str(tmp_path / "b.pdf"), "--workspace", str(demo)]) == 2
    assert "Several rounds are open" in capsys.readouterr().err
    assert not (tmp_path / "b.pdf").exists()
