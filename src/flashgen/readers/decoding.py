"""Turn a page file's bytes into text: UTF-8, UTF-16 with a BOM, or Windows-1252 with a warning."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..errors import Problem, ValidationError, display_path

# Bytes and characters that no text page contains; their presence means a wrong guess.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_WESTERN_EXTRAS = set("“”‘’„‚–—…•·°±×÷§¶©®™€£¥¢µ¼½¾¹²³¿¡«»\u00a0")


def decode_page(data: bytes, path: str | Path) -> tuple[str, Problem | None]:
    """Return the page's text and a warning naming the guessed encoding when it was not UTF-8.

    Raises ``ValidationError`` naming the file when no encoding gives believable text.
    """
    where = display_path(path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ValidationError(
                "starts like UTF-16 but cannot be decoded as UTF-16", path
            ) from None
        _check_plausible(text, path, "UTF-16")
        return text, Problem(where, None, "read as UTF-16 (byte order mark found), not UTF-8")
    if b"\x00" in data:
        raise ValidationError("contains NUL bytes; not a text page (or UTF-16 without BOM)", path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        _check_plausible(text, path, "UTF-8")
        return text, None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        # Bytes cp1252 leaves undefined (0x81, 0x8d, ...) mean the page is something else;
        # Latin-1 would map them to control characters, i.e. mojibake.
        raise ValidationError(
            f"not UTF-8 (bad byte at offset {utf8_error.start}) and not Windows-1252/Latin-1; "
            "save the page as UTF-8",
            path,
        ) from None
    if not _looks_western(text):
        raise ValidationError(
            f"not UTF-8 (bad byte at offset {utf8_error.start}) and decoding it as "
            "Windows-1252/Latin-1 gives unlikely characters; save the page as UTF-8",
            path,
        )
    _check_plausible(text, path, "Windows-1252")
    return text, Problem(
        where, None, "not UTF-8; read as Windows-1252 (Latin-1) — check accented letters"
    )


def _check_plausible(text: str, path: str | Path, encoding: str) -> None:
    match = _CONTROL_RE.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise ValidationError(
            f"contains control character U+{ord(match.group()):04X} when read as {encoding}; "
            "not a text page",
            path,
            line,
        )


def _looks_western(text: str) -> bool:
    # Western European text is mostly ASCII with a few accented letters and typographic
    # marks; a high share of other characters means the bytes were some other encoding.
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return True
    for c in non_ascii:
        if c not in _WESTERN_EXTRAS and not unicodedata.category(c).startswith("L"):
            return False
    visible = sum(1 for c in text if not c.isspace())
    return len(non_ascii) * 5 <= visible

