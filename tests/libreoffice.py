"""A spreadsheet saved again by LibreOffice Calc, as a member who opens the
app's workbook there and saves it would send it back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def soffice() -> str | None:
    """LibreOffice's command, or None where it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def saved_by_libreoffice(book: Path, folder: Path) -> Path:
    """``book`` opened and saved as .xlsx by LibreOffice (headless, its own
    profile in ``folder``); returns the copy it wrote."""
    command = soffice()
    assert command is not None, "LibreOffice is not installed"
    out = folder / "lo"
    profile = (folder / "lo-profile").as_uri()
    done = subprocess.run(
        [command, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(book)],
        check=False, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return out / book.name
