"""No markup on cards: inline HTML in markdown, bold marks in HTML headings; and closing
paragraphs that go on with the subject stay on the cards, whatever ordinary words they use."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.readers import read_pages
from flashgen.readers.noise import noise_kind


def one(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "crafts").terms
    return term


def shown(term) -> str:
    return "\n".join([term.name, term.definition, *(s.heading + "\n" + s.text for s in term.sections)])


def test_inline_html_in_markdown_leaves_its_words_not_its_tags(tmp_path):
    term = one(tmp_path, "kiln.md", """# Bisque firing

Bisque firing is the first, lower firing of clay ware, which hardens it into porous <em>biscuit</em> that still takes glaze.

## Mechanism

Chemically bound water leaves the clay between about 450 and 700 °C<sup>1</sup>, and the body<br>shrinks slightly.

<small>Kiln schedules here are for study purposes only and do not replace your kiln maker's instructions.</small>
""")
    text = shown(term)
    assert "<" not in text and "&lt;" not in text
    assert "porous biscuit that still takes glaze" in term.definition
    assert "700 °C1, and the body shrinks slightly." in term.sections[0].text
    assert "Kiln schedules here are for study purposes only and do not replace your kiln maker's instructions." \
        in term.discarded


def test_tags_inside_fenced_code_are_code_and_stay(tmp_path):
    term = one(tmp_path, "markup.md", """# Emphasis element

The emphasis element marks words that are stressed when read aloud, and browsers show it in italics.

## Application

```
<em>never</em> leave the kiln open
```
""")
    assert "<em>never</em> leave the kiln open" in term.sections[0].text


@pytest.mark.parametrize("line", [
    "The vaccine is licensed for adults only.",
    "Modern glazes do not replace the older lead glazes in every respect.",
])
def test_prose_that_limits_or_compares_is_no_disclaimer(line):
    assert noise_kind(line) is None


def test_bold_marks_in_an_html_heading_do_not_reach_the_card(tmp_path):
    term = one(tmp_path, "hive.html", """<html><body><article>
<h1>Queen cell</h1>
<p>A queen cell is the large, peanut-shaped cell in which worker bees rear a new queen.</p>
<h2><b>Swarm</b> cells and supersedure</h2>
<p>Swarm cells hang along the lower edge of the comb, while supersedure cells sit on its face.</p>
</article></body></html>""")
    (section,) = term.sections
    assert section.heading == "Swarm cells and supersedure"
    assert "*" not in shown(term)


def test_closing_paragraphs_that_go_on_with_the_subject_stay_whatever_their_words(tmp_path):
    term = one(tmp_path, "binding.md", """# Sewing on tapes

Sewing on tapes is a bookbinding method in which each folded section of a book is sewn through its fold to linen tapes that run across the spine.

## Why it matters

The tapes carry the book block into the boards, so the binding opens flat and the spine flexes without cracking.

> A book sewn on tapes can be rebound without cutting its sections.

Large ledgers and parish registers survive daily use best this way, since the tapes share the strain across the spine.
""")
    text = term.sections[0].text
    assert text.endswith("since the tapes share the strain across the spine.")
    assert "rebound without cutting its sections" in text
    assert not any("share the strain" in line for line in term.related)


def test_closing_teasers_about_other_subjects_still_point_elsewhere(tmp_path):
    term = one(tmp_path, "binding.md", """# Sewing on tapes

Sewing on tapes is a bookbinding method in which each folded section of a book is sewn through its fold to linen tapes that run across the spine.

## Why it matters

The tapes carry the book block into the boards, so the binding opens flat and the spine flexes without cracking.

Marbled papers turn a plain cover into a small work of art.

Our favourite bone folders are back in stock, just in time for autumn.
""")
    assert term.sections[0].text.endswith("flexes without cracking.")
    assert "Marbled papers turn a plain cover into a small work of art." in term.related


def test_teasers_after_a_quotation_still_point_elsewhere(tmp_path):
    term = one(tmp_path, "binding.md", """# Sewing on tapes

Sewing on tapes is a bookbinding method in which each folded section of a book is sewn through its fold to linen tapes that run across the spine.

## Why it matters

The tapes carry the book block into the boards, so the binding opens flat and the spine flexes without cracking.

> A book sewn on tapes can be rebound without cutting its sections.

Marbled papers turn a plain cover into a small work of art.

Our favourite bone folders are back in stock, just in time for autumn.
""")
    assert term.sections[0].text.endswith("rebound without cutting its sections.")
    assert "Marbled papers turn a plain cover into a small work of art." in term.related
