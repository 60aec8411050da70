"""'--lang fr ballots --blank' on a round that is not secret says why in
plain French (it said 'ses bulletins portent le nom des votants, un chacun')."""

from __future__ import annotations

from facilitator_app.services.demo import create_demo
from tests.cli_in_process import run_main


def test_blank_ballots_of_a_named_round_refused_in_french(tmp_path, monkeypatch):
    monkeypatch.setenv("FACILITATOR_APP_HOME", str(tmp_path / "home"))
    create_demo(tmp_path / "demo.cluster").close()
    result = run_main("--lang", "fr", "ballots", str(tmp_path / "b.pdf"),
                      "--workspace", str(tmp_path / "demo.cluster"), "--blank", "2")
    assert result.returncode != 0
    message = " ".join(result.stderr.split())
    assert "n'est pas un tour secret" in message, message
    assert "chacun de ses bulletins porte le nom d'un votant" in message, message
    assert "un chacun" not in message
    assert not (tmp_path / "b.pdf").exists()
