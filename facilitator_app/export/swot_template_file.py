"""A SWOT template exported to a file (the format: ``core.swot_templates``)."""

from __future__ import annotations

import os
from pathlib import Path

from facilitator_app.core.swot_templates import SwotTemplate, template_to_json
from facilitator_app.export.safe_write import write_atomically


def write_template_file(template: SwotTemplate, path: str | os.PathLike[str]) -> Path:
    """Export a template to a file, atomically (never half a file on disk)."""
    text = template_to_json(template)

    def _write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8", newline="\n")

    return write_atomically(path, _write)
