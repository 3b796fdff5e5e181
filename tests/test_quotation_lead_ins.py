"""A line that introduces a quotation is part of its section's text, never a heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.readers import read_pages
from flashgen.sentences import split_sentences


def term_of(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (term,) = read_pages([path], "brewing").terms
    return term


MARKDOWN = """\
# Mash tun

A mash tun is the insulated vessel in which crushed malt soaks in hot water so that its starch turns to sugar.

## Context

Home brewers often make one from a picnic cooler with a tap and a filter fitted at the bottom.
As the brewer Oskar Lindahl puts it:

> Hold the heat steady for an hour and the grain does the rest.

## Mechanism

Enzymes in the malt break the starch into sugars that yeast can later ferment.
"""

TEXT = """\
Mash tun

A mash tun is the insulated vessel in which crushed malt soaks in hot water so that its starch turns to sugar.

Context

Home brewers often make one from a picnic cooler with a tap and a filter fitted at the bottom.

As the brewer Oskar Lindahl puts it:
“Hold the heat steady for an hour and the grain does the rest.”

Mechanism

Enzymes in the malt break the starch into sugars that yeast can later ferment.
"""

HTML = """\
<html><body><main><h1>Mash tun</h1>
<p>A mash tun is the insulated vessel in which crushed malt soaks in hot water so that its starch turns to sugar.</p>
<h2>Context</h2>
<p>Home brewers often make one from a picnic cooler with a tap and a filter fitted at the bottom.</p>
<p>As the brewer Oskar Lindahl puts it:</p>
<blockquote><p>Hold the heat steady for an hour and the grain does the rest.</p></blockquote>
<h2>Mechanism</h2>
<p>Enzymes in the malt break the starch into sugars that yeast can later ferment.</p>
</main></body></html>
"""


@pytest.mark.parametrize(("name", "page"), [("mash.md", MARKDOWN), ("mash.txt", TEXT), ("mash.html", HTML),
                                            ("mash.md", MARKDOWN.replace("puts it:\n\n>", "puts it:\n>"))])
def test_the_line_that_introduces_a_quotation_stays_in_its_section(tmp_path, name, page):
    term = term_of(tmp_path, name, page)
    assert [s.heading for s in term.sections] == ["Context", "Mechanism"]
    context = term.sections[0].text
    assert "As the brewer Oskar Lindahl puts it:" in context
    assert "the grain does the rest" in context
    # The lead-in and its quotation read as one sentence on a card.
    assert any(s.startswith("As the brewer Oskar Lindahl puts it:") and "grain does the rest" in s
               for s in split_sentences(context))


def test_a_short_line_over_prose_is_still_a_heading(tmp_path):
    page = MARKDOWN.replace("As the brewer Oskar Lindahl puts it:\n\n> Hold", "Cleaning:\n\nRinse it and hold")
    term = term_of(tmp_path, "mash.md", page)
    assert "Cleaning" in [s.heading for s in term.sections]


def test_a_label_over_prose_that_opens_with_a_quoted_word_is_still_a_heading(tmp_path):
    page = TEXT.replace("As the brewer Oskar Lindahl puts it:\n“Hold the heat steady for an hour and the grain "
                        "does the rest.”\n",
                        "Terms:\n“Sparging” is the rinsing of the grain with hot water once the mash is done.\n")
    term = term_of(tmp_path, "mash.txt", page)
    assert "Terms" in [s.heading for s in term.sections]
