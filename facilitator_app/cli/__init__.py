"""Command-line front end: ``facilitator-app`` and ``python -m facilitator_app``.

Each sub-command lives in its own module of this package and exposes
``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``(args) -> int``. Exit codes: 0 success, 1 rejected rows or the
command could not do its work, 2 unusable arguments or file. Errors are one
line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from facilitator_app import __version__
from facilitator_app.core.errors import UserError

# Sub-command modules, in the order `--help` lists them.
SUBCOMMANDS = ["demo", "roster", "report", "ballots", "faq", "tally", "room", "sync",
               "programme"]


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_commands=not _only_workspace(argv))
    args = parser.parse_args(argv)
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
        print("facilitator-app: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug: log it in full, tell the user in one line
        from facilitator_app.logs import log_exception

        path = log_exception(exc)
        print(
            f"facilitator-app: internal error ({type(exc).__name__}: {exc}); details in {path}",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
