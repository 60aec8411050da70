"""Application options, declared once with their type and default.

Options belong to the person using the laptop (not to a workspace), so they
live in ``settings.json`` in the user data folder. Plain Python, no Qt: the
command line and the services read the same values the settings dialog
writes. Each option is declared here exactly once; the dialog builds its
pages from :data:`OPTIONS`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from facilitator_app import LANGUAGES
from facilitator_app.paths import user_data_dir


@dataclass(frozen=True)
class Option:
    name: str
    section: str  # the settings page it appears on
    label: str
    kind: type  # str, int, float, bool
    default: Any
    choices: tuple[tuple[str, str], ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    help: str = ""
    folder: bool = False  # a folder's path: the dialog offers Browse…
    #: what is wrong with a value (a text for people, translated where shown:
    #: context "OptionsPage"), or None; a refused value is never saved
    check: Callable[[Any], str | None] | None = None

    def problem(self, value: Any) -> str | None:
        return self.check(value) if self.check is not None else None

    def coerce(self, value: Any) -> Any:
        """``value`` as this option's type and range, or the default."""
        try:
            if self.kind is bool:
                result: Any = value if isinstance(value, bool) else str(value).lower() in (
                    "1", "true", "yes", "on")
            else:
                result = self.kind(value)
        except (TypeError, ValueError):
            return self.default
        if self.choices and result not in {k for k, _ in self.choices}:
            return self.default
        if self.minimum is not None and result < self.minimum:
            return self.default
        if self.maximum is not None and result > self.maximum:
            return self.default
        if self.problem(result) is not None:
            return self.default
        return result


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Marks a text for the catalogues (read by :mod:`facilitator_app.i18n.texts`);
    translated where it is shown. Not Qt's own: the options load without Qt."""
    return text


PROGRAMME_URL_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def programme_url_problem(value: Any) -> str | None:
    """What is wrong with the programme database's address, or None.

    The address is kept in the settings file as it is typed, so it must not
    hold a password (the app asks for it, or finds it in the system keyring);
    an empty address is fine (nothing is sent until one is set).
    """
    text = str(value or "").strip()
    if not text:
        return None
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        return QT_TRANSLATE_NOOP(
            "OptionsPage", "The programme database's address cannot be read. It looks like "
            "postgresql://name@server/database (ask the programme office for it).")
    if parts.scheme.lower() not in PROGRAMME_URL_SCHEMES or not (parts.hostname or parts.query) \
            or not parts.path.strip("/"):
        return QT_TRANSLATE_NOOP(
            "OptionsPage", "The programme database's address looks like "
            "postgresql://name@server/database (ask the programme office for it).")
    query = {key.lower() for key in parse_qs(parts.query, keep_blank_values=True)}
    if parts.password is not None or "password" in query:
        return QT_TRANSLATE_NOOP(
            "OptionsPage", "Take the password out of the programme database's address "
            "(keep postgresql://name@server/database). The settings file is plain text: "
            "the app asks for the password when the server wants one, and keeps it only "
            "while it runs or in the computer's keyring.")
    return None


def _methods() -> tuple[tuple[str, str], ...]:
    from facilitator_app.core.domain import VOTING_METHODS

    return tuple(VOTING_METHODS)


OPTIONS: tuple[Option, ...] = (
    Option("facilitator_name", "General", "Facilitator name", str, "",
           help="Pre-fills the facilitator of new workshops and ballots you enter."),
    Option("language", "General", "Language", str, "system",
           choices=(("system", "Same as the computer"), *LANGUAGES),
           help="Changes at once. A window open beside this one (the presenter view, the "
                "kiosk) may keep some texts until it is opened again."),
    Option("voting_method", "Voting", "Default voting method", str, "borda", choices=_methods()),
    Option("dots_cap", "Voting", "Most dots per voter", int, 20, minimum=1, maximum=100,
           help="The default budget is about a third of the options, never above this."),
    Option("support_threshold", "Voting", "Consensus: support needed (%)", int, 75,
           minimum=50, maximum=100,
           help="Gradients of agreement: share of members at 1-3 for consensus."),
    Option("max_iqr", "Voting", "Consensus: largest spread (IQR), 0 = no limit", float, 0.0,
           minimum=0.0, maximum=6.0),
    Option("backups_kept", "Backups", "Backups kept per workspace", int, 10, minimum=0,
           maximum=100, help="A copy is made each time a workspace is opened."),
    Option("backups_folder", "Backups", "Backups folder", str, "", folder=True,
           help="Leave empty to keep the backups in the app's own folder."),
    Option("font_scale", "Display", "Projector font scale (%)", int, 100, minimum=80,
           maximum=250, help="Enlarges the SWOT board, FAQ and results for the room."),
    Option("appearance", "Display", "Appearance", str, "system",
           choices=(("system", "Same as the computer"), ("light", "Light"), ("dark", "Dark"))),
    Option("programme_url", "Programme", "Programme database", str, "",
           check=programme_url_problem,
           help="Where File > Send to Programme Database sends this workspace, for example "
                "postgresql://maria@db.example.org/programme. No password here: the app "
                "asks for it when the server wants one."),
)

_BY_NAME = {o.name: o for o in OPTIONS}


def option(name: str) -> Option:
    return _BY_NAME[name]


def settings_path():
    return user_data_dir() / "settings.json"


def load_all() -> dict[str, Any]:
    """Every option's value: the stored one if valid, else its default."""
    try:
        stored = json.loads(settings_path().read_text(encoding="utf-8"))
        if not isinstance(stored, dict):
            stored = {}
    except (OSError, ValueError):
        stored = {}
    return {o.name: o.coerce(stored[o.name]) if o.name in stored else o.default for o in OPTIONS}


def get(name: str) -> Any:
    return load_all()[name]


def save_all(values: dict[str, Any]) -> None:
    from facilitator_app.export.safe_write import write_atomically

    current = load_all()
    for name, value in values.items():
        current[name] = option(name).coerce(value)
    text = json.dumps(current, ensure_ascii=False, indent=1)

    def write(path) -> None:
        path.write_text(text, encoding="utf-8")

    write_atomically(settings_path(), write)


def set_value(name: str, value: Any) -> None:
    save_all({name: value})


def restore_defaults(section: str | None = None) -> None:
    save_all({o.name: o.default for o in OPTIONS if section in (None, o.section)})
