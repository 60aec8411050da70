"""``facilitator-app faq FILE``: write the FAQ handout as a PDF.

The same code path as the FAQ page's "Export FAQ handout…" button.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator_app.core.errors import BadInputError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "faq",
        help="write the FAQ handout (.pdf)",
        description="Write the bundled FAQ about clusters as a PDF handout to print.",
    )
    parser.add_argument("file", metavar="FILE", help="the PDF file to write (ends in .pdf)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    target = Path(args.file)
    if target.suffix.lower() != ".pdf":
        raise BadInputError(
            f"the FAQ handout is a PDF: give a file name ending in .pdf (got {target.name!r})"
        )
    if target.is_dir():
        raise BadInputError(f"{target} is a folder: give a file name ending in .pdf")
    if not target.parent.is_dir():
        raise BadInputError(f"the folder {target.parent} does not exist")

    from facilitator_app.export.faq_pdf import write_faq_handout  # reportlab only when needed

    written = write_faq_handout(target)
    print(f"Wrote the FAQ handout to {written}")
    return 0
