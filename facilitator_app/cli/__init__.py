"""Command-line front end: ``facilitator-app`` and ``python -m facilitator_app``.

Each sub-command lives in its own module of this package and exposes
``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``(args) -> int``. Exit codes: 0 success, 1 rejected rows or the
command could not do its work, 2 unusable arguments or file. Errors are one
line on stderr, never a traceback.

``--lang en|es|fr|nl|ht`` (before the command) is the language of the
messages and of what the command writes: every handler finds it as
``args.lang`` (None when not given; a command's own ``--lang`` after its name
counts the same). Without it, the messages follow the app's language setting,
the computer's language by default (:func:`default_language`).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from facilitator_app import __version__
from facilitator_app.core.errors import UserError
from facilitator_app.i18n.messages import PARTICIPANT_LANGUAGES, _, set_message_language

# Sub-command modules, in the order `--help` lists them.
SUBCOMMANDS = ["demo", "roster", "report", "ballots", "faq", "tally", "room", "sync",
               "programme"]


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")  # argparse's own texts: English


LANG_CODES = [code for code, _name in PARTICIPANT_LANGUAGES]
"""``--lang``'s choices: the app's languages, and Haitian Creole (files for
participants; the other texts fall back to French)."""


def default_language() -> str:
    """The app's language setting, as the window would show it: the
    computer's language by default (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
    ``LANG``; ``FACILITATOR_APP_LANG`` stands in for them), English when it
    is not one of ours."""
    from facilitator_app import i18n, options

    setting = str(options.get("language"))
    system = [os.environ.get(name, "") for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    tags = [tag for value in system for tag in value.split(":") if tag]
    return i18n.choose_language(setting, tags)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The parser; without ``with_commands`` only the GUI's options (fast start)."""
    parser = _Parser(
        prog="facilitator-app",
        description="Cluster Facilitator Toolkit. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator-app {__version__}")
    parser.add_argument("--workspace", metavar="PATH", help="workspace file to open")
    parser.add_argument(
        "--self-test", action="store_true", help="run the built-in self-test and exit"
    )
    parser.add_argument(
        "--lang", dest="global_lang", choices=LANG_CODES, default=None, metavar="LANG",
        help="language of the messages and of the files written: "
             + "|".join(LANG_CODES) + " (default: the app's language setting)",
    )
    if not with_commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"facilitator_app.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"facilitator_app.cli.{name}":
                continue  # that feature has not landed yet
            raise
        module.register(sub)
    return parser


def workspace_option(parser: argparse.ArgumentParser, required: bool = True) -> None:
    """Add ``--workspace PATH`` to a sub-command without clobbering the global one."""
    parser.add_argument(
        "--workspace",
        metavar="PATH",
        required=required,
        default=argparse.SUPPRESS,
        help="workspace file",
    )


def _only_workspace(argv: Sequence[str]) -> bool:
    """``[--workspace PATH] [--self-test]``: the GUI's own options and nothing else."""
    rest = list(argv)
    for flag in ("--self-test",):
        if flag in rest:
            rest.remove(flag)
    if rest[:1] == ["--workspace"] and len(rest) == 2:
        return True
    if len(rest) == 1 and rest[0].startswith("--workspace="):
        return True
    return not rest


def _asked_language(argv: Sequence[str]) -> str | None:
    """``--lang X`` before the command, read before the parser runs, so that
    our own refusals of an option's value come in that language too."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--lang":
            return rest[0] if rest and rest[0] in LANG_CODES else None
        if arg.startswith("--lang="):
            return arg[7:] if arg[7:] in LANG_CODES else None
        if arg == "--workspace" and rest:
            rest.pop(0)  # its value
        elif not arg.startswith("-"):
            return None  # the command: its own --lang is read by the parser
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_message_language(_asked_language(argv) or default_language())
    parser = build_parser(with_commands=not _only_workspace(argv))
    args = parser.parse_args(argv)
    if getattr(args, "lang", None) is None:  # a command's own --lang wins
        args.lang = args.global_lang
    set_message_language(args.lang or default_language())
    try:
        if getattr(args, "handler", None) is not None:
            return int(args.handler(args))
        if args.self_test:
            from facilitator_app.selftest import run_self_test

            return run_self_test()
        from facilitator_app.ui.app import run_gui

        return run_gui(args.workspace)
    except UserError as exc:
        print(f"facilitator-app: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("facilitator-app: " + _("interrupted"), file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug: log it in full, tell the user in one line
        from facilitator_app.logs import log_exception

        path = log_exception(exc)
        error = f"{type(exc).__name__}: {exc}"
        print("facilitator-app: " + _("internal error ({error}); details in {path}",
                                      error=error, path=path), file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
