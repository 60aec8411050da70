"""``facilitator-app faq FILE``: write the FAQ handout as a PDF.

The same code path as the FAQ page's "Export FAQ handout…" button.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from facilitator_app.core.errors import BadInputError
from facilitator_app.i18n.messages import _


def default_language() -> str:
    """The app's language setting, as the window would show it; English when
    the setting follows the computer and the computer's language is not one
    of ours."""
    from facilitator_app import i18n, options

    setting = str(options.get("language"))
    system = [os.environ.get(name, "") for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    tags = [tag for value in system for tag in value.split(":") if tag]
    return i18n.choose_language(setting, tags)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "faq",
        help="write the FAQ handout (.pdf)",
        description="Write the bundled FAQ about clusters as a PDF handout to print.",
    )
    parser.add_argument("file", metavar="FILE", help="the PDF file to write (ends in .pdf)")
    from facilitator_app.i18n.messages import PARTICIPANT_LANGUAGES

    parser.add_argument(
        "--lang",
        choices=[code for code, _name in PARTICIPANT_LANGUAGES],  # ht: the French handout
        default=None,
        help="the handout's language (default: the app's language setting, else English)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    target = Path(args.file)
    if target.suffix.lower() != ".pdf":
        raise BadInputError(
            _("the FAQ handout is a PDF: give a file name ending in .pdf (got {name!r})",
              name=target.name)
        )
    if target.is_dir():
        raise BadInputError(_("{target} is a folder: give a file name ending in .pdf",
                              target=target))
    if not target.parent.is_dir():
        raise BadInputError(_("the folder {parent} does not exist", parent=target.parent))

    from facilitator_app.export.faq_pdf import write_faq_handout  # reportlab only when needed

    lang = args.lang or default_language()
    written = write_faq_handout(target, lang=lang)
    print(_("Wrote the FAQ handout to {path}", path=written))
    return 0
