"""``facilitator-app room`` and the codes' secrets: the codes file is its
owner's only, and codes issued on another computer are refused with what
to do (a real process on 127.0.0.1)."""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys

import pytest

from facilitator_app.services.room import codes
from facilitator_app.storage.workspace import open_workspace
from tests.cli.test_room_cli import _url, _workspace
from tests.room_client import Phone
from tests.room_setup import ctrl_c, running

pytestmark = pytest.mark.slow


def test_codes_from_another_computer_are_refused_and_new_ones_are_written_privately(
        tmp_path):
    path = tmp_path / "w.cluster"
    [info] = _workspace(path)
    ws = open_workspace(path)
    try:
        with ws.session() as s:  # issued on "this" computer (the test's user data folder)
            old = [c.code for c in codes.issue_codes(s, info.id)]
    finally:
        ws.close()
    env = dict(os.environ, FACILITATOR_APP_HOME=str(tmp_path / "other-laptop"))
    command = [sys.executable, "-m", "facilitator_app", "room", "--workspace", str(path),
               "--bind", "127.0.0.1", "--port", "0"]
    refused = subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                             timeout=120, env=env, check=False)
    assert refused.returncode == 1
    assert "issued on another computer" in refused.stderr
    assert "--codes FILE to issue new codes here" in refused.stderr

    codes_file = tmp_path / "codes.csv"
    process = subprocess.Popen([*command, "--codes", str(codes_file)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               encoding="utf-8")
    with running(process):
        url, _lines = _url(process)
        if sys.platform != "win32":
            assert stat.S_IMODE(codes_file.stat().st_mode) == 0o600
        with open(codes_file, encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == 3 and not {r["Code"] for r in rows} & set(old)
        phone = Phone(url)
        phone.get("/")
        assert "not valid for this round" in phone.post("/code", {"code": old[0]}).text
        done = phone.vote(rows[0]["Code"], {f"o{info.options[0].id}": "1"})
        assert "Your vote is recorded." in done.text
        out, err = ctrl_c(process)
    assert process.returncode == 0, err
    assert "Stopped" in out
