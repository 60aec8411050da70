"""Package layout that pyproject.toml cannot state on its own.

The top-level ``resources/`` folder (FAQ, SWOT templates, demo, fonts, icons,
translations) is the source of the app's data files; it is installed inside
the package as ``facilitator_app/resources`` so a plain ``pip install .`` or
a wheel carries it. The translations are kept as Qt Linguist sources
(``resources/i18n/*.ts``); building the package compiles them into the
``.qm`` files the app loads, with pyside6-lrelease (PySide6 is a build
requirement for that, see pyproject.toml). Everything else is in
pyproject.toml.
"""

import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
CODE = find_namespace_packages(include=["facilitator_app*"], exclude=["*__pycache__*"])
RESOURCES = ["facilitator_app.resources"] + [
    "facilitator_app.resources." + name for name in find_namespace_packages(where="resources")
]


class BuildWithCatalogues(build_py):
    """build_py, then the translations: resources/i18n/*.ts -> .qm, in the
    built package (or in resources/i18n itself for an editable install)."""

    def run(self) -> None:
        super().run()
        sys.path.insert(0, str(HERE))
        try:
            from facilitator_app.i18n.catalogues import TS_DIR, build
        finally:
            sys.path.remove(str(HERE))
        if getattr(self, "editable_mode", False):
            target = TS_DIR
        else:
            target = Path(self.build_lib) / "facilitator_app" / "resources" / "i18n"
        for qm in build(target):
            print(f"compiled {qm.name}")


setup(
    packages=CODE + RESOURCES,
    package_dir={"facilitator_app.resources": "resources"},
    cmdclass={"build_py": BuildWithCatalogues},
)
