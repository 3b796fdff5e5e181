"""One-term pages under a glossary's site title, and text copied from a printed sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.errors import ValidationError
from flashgen.readers import read_pages


def read(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "deck").terms


_SITE = """<html><head><title>Luff | Glossary | Harbour Sailing School</title></head><body>
<nav><a href="/">Home</a> <a href="/glossary">Glossary</a></nav>
<main><p class="eyebrow">Glossary of sailing terms</p>
{body}
</main></body></html>"""


def test_a_heading_its_opening_sentence_defines_is_one_term_under_a_glossary_title(tmp_path):
    body = ("<h1>Luff</h1><p><strong>Luff</strong> (also called the leading edge) is the forward edge "
            "of a sail, the one that meets the wind first.</p><h2>Mechanism</h2>"
            "<p>Air parts at the luff and flows along both faces of the sail to make lift.</p>")
    [term] = read(tmp_path, "luff.html", _SITE.format(body=body))
    assert term.name == "Luff" and term.aliases == ("leading edge",)
    assert term.definition.startswith("Luff (also called the leading edge) is the forward edge")
    assert [s.heading for s in term.sections] == ["Mechanism"]
    assert "Glossary of sailing terms" in term.discarded


def test_a_glossary_title_over_a_heading_nothing_defines_is_still_a_list(tmp_path):
    body = ("<h1>Sails</h1><p>Welcome to our page of words you will hear on the water this season.</p>"
            "<p>Ask an instructor if anything is unclear.</p>")
    with pytest.raises(ValidationError, match="glossary list with no entries"):
        read(tmp_path, "sails.html", _SITE.format(body=body))

