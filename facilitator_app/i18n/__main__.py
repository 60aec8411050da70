"""``python -m facilitator_app.i18n update | build [FOLDER] | check | pseudo FOLDER``"""

from __future__ import annotations

import sys
from pathlib import Path

from facilitator_app.i18n import TRANSLATED
from facilitator_app.i18n.catalogues import build, problems, ts_path, update

USAGE = """usage: python -m facilitator_app.i18n COMMAND
  update          bring the .ts catalogues up to date with the UI's texts (pyside6-lupdate)
  build [FOLDER]  compile them into .qm files, beside them or in FOLDER (pyside6-lrelease)
  check           list unfinished translations and lost placeholders (exit 1 if any)
  pseudo FOLDER   write and compile the pseudo-language (accented, 40 % longer) in FOLDER
  po-update [DOMAIN ...]  bring the gettext catalogues (resources/locale) up to date with the source
  po-check        list the gettext catalogues' missing or unfinished texts (exit 1 if any)"""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else ""
    if command == "update":
        print("\n".join(update()))
        return 0
    if command == "build" and len(args) <= 2:
        for qm in build(Path(args[1]) if len(args) == 2 else None):
            print(qm)
        return 0
    if command == "check":
        found = [p for code in TRANSLATED for p in problems(ts_path(code))]
        print("\n".join(found) if found else "every catalogue complete")
        return 1 if found else 0
    if command == "pseudo" and len(args) == 2:
        from facilitator_app.i18n.pseudo import build_pseudo

        print(build_pseudo(Path(args[1])))
        return 0
    if command == "po-update":
        from facilitator_app.i18n.po import update as po_update

        print("\n".join(po_update(args[1:] or None)))
        return 0
    if command == "po-check":
        from facilitator_app.i18n.messages import DOMAINS
        from facilitator_app.i18n.po import problems as po_problems

        found = [p for domain, langs in DOMAINS.items() for lang in langs
                 for p in po_problems(domain, lang)]
        print("\n".join(found) if found else "every gettext catalogue complete")
        return 1 if found else 0
    print(USAGE, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
