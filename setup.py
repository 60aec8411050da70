"""Package layout that pyproject.toml cannot state on its own.

The top-level ``resources/`` folder (FAQ, SWOT templates, demo, fonts, icons)
is the source of the app's data files; it is installed inside the package as
``facilitator_app/resources`` so a plain ``pip install .`` or a wheel carries
it. Everything else is in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

CODE = find_namespace_packages(include=["facilitator_app*"], exclude=["*__pycache__*"])
RESOURCES = ["facilitator_app.resources"] + [
    "facilitator_app.resources." + name for name in find_namespace_packages(where="resources")
]

setup(
    packages=CODE + RESOURCES,
    package_dir={"facilitator_app.resources": "resources"},
)
