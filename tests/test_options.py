"""Options: declared once, defaults, persistence, bad values."""

from __future__ import annotations

from facilitator_app import options
from facilitator_app.storage.backups import backups_dir
from facilitator_app.storage.workspace import open_workspace


def test_every_option_has_its_default_on_a_new_machine():
    values = options.load_all()
    assert values == {o.name: o.default for o in options.OPTIONS}
    assert values["backups_kept"] == 10 and values["support_threshold"] == 75


def test_values_persist_and_bad_values_fall_back_to_defaults():
    options.save_all({"facilitator_name": "Marie Thérèse", "font_scale": "150"})
    assert options.get("facilitator_name") == "Marie Thérèse"
    assert options.get("font_scale") == 150
    options.set_value("font_scale", 5000)  # out of range
    assert options.get("font_scale") == 100
    options.settings_path().write_text("{not json", encoding="utf-8")
    assert options.get("facilitator_name") == ""


def test_restore_defaults_of_one_section():
    options.save_all({"facilitator_name": "Ana", "backups_kept": 3})
    options.restore_defaults("Backups")
    assert options.get("backups_kept") == 10
    assert options.get("facilitator_name") == "Ana"


def test_backup_options_drive_the_rolling_backups(tmp_path):
    folder = tmp_path / "my backups"
    options.save_all({"backups_kept": 2, "backups_folder": str(folder)})
    assert backups_dir() == folder
    path = tmp_path / "w.cluster"
    open_workspace(path, create=True).close()
    for _ in range(4):
        open_workspace(path).close()
    assert len(list(folder.rglob("w.open.*"))) == 2
