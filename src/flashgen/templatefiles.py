"""Where card templates are found: the built-in folder, a user's folder before it, and their files.

Kept apart from ``cards.py`` so that a rebuild that only digests its inputs (see
``build.input_digest``) lists the template files without loading the card code.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .errors import TemplateError

DEFAULT_TEMPLATE = "default.html.j2"
TEMPLATE_SUFFIX = ".html.j2"


def builtin_templates_dir() -> Path:
    """Return the folder of the built-in templates, installed or in a source checkout."""
    installed = Path(__file__).resolve().parent / "templates"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "templates"


def template_files(folders: Sequence[Path]) -> list[Path]:
    """Return every file in the template folders ``folders``."""
    return sorted(p for f in folders for p in f.iterdir() if p.is_file())


def template_folders(override: Path | None = None) -> tuple[Path, ...]:
    """Return the template folders to search, ``override`` first; raise TemplateError if one is missing."""
    folders: list[Path] = []
    if override is not None:
        if not override.is_dir():
            what = "is a file, not a folder" if override.exists() else "does not exist"
            raise TemplateError(f"the templates folder {what}", path=override)
        folders.append(override)
    builtin = builtin_templates_dir()
    if not builtin.is_dir():
        raise TemplateError("built-in templates are missing from the installation", path=builtin)
    folders.append(builtin)
    return tuple(folders)
