"""The log file rotates: it never grows past its size, and old parts are dropped."""

from __future__ import annotations

import logging
import logging.handlers

from facilitator_app import logs
from facilitator_app.paths import log_file


def _parts() -> list[str]:
    folder = log_file().parent
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(log_file().name))


def test_the_log_rotates_at_its_size_and_keeps_a_few_old_parts(monkeypatch):
    monkeypatch.setattr(logs, "LOG_MAX_BYTES", 4000)
    monkeypatch.setattr(logs, "LOG_BACKUPS", 2)
    for i in range(40):
        try:
            raise ValueError(f"bug number {i} " + "x" * 300)
        except ValueError as exc:
            assert logs.log_exception(exc) == log_file()
    name = log_file().name
    assert _parts() == [name, f"{name}.1", f"{name}.2"]  # the oldest parts were dropped
    for part in _parts():
        assert (log_file().parent / part).stat().st_size <= 4000
    assert "bug number 39" in log_file().read_text(encoding="utf-8")
    assert "Traceback" in log_file().read_text(encoding="utf-8")


def test_the_app_keeps_a_megabyte_times_five():
    handler = next(h for h in logs.get_logger().handlers
                   if isinstance(h, logging.handlers.RotatingFileHandler))
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
    assert handler.baseFilename == str(log_file())


def test_the_log_follows_the_user_data_folder(tmp_path, monkeypatch):
    first = log_file()
    logs.get_logger().error("in the first folder")
    monkeypatch.setenv("FACILITATOR_APP_HOME", str(tmp_path / "elsewhere"))
    logs.get_logger().error("in the second folder")
    assert log_file() != first
    assert "in the second folder" in log_file().read_text(encoding="utf-8")
    assert "in the second folder" not in first.read_text(encoding="utf-8")
