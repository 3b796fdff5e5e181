"""A docs site's or a wiki's furniture: notices and menus above the title, ``:::`` containers,
label lines of other names, and players or feedback buttons in the text."""

from __future__ import annotations

import pytest

from flashgen.readers import parse_page
from flashgen.readers.lines import Line
from flashgen.readers.naming import name_and_aliases
from flashgen.readers.noise import is_banner
from flashgen.readers.structure import _menus_above_title


def _read(text: str):
    return parse_page(text, "skiving.md", "Test")


def _shown(term) -> str:
    return "\n".join([term.definition, *(s.heading + "\n" + s.text for s in term.sections)])


_PAGE = """{above}
# Skiving (leather thinning)

{under}

Skiving is the thinning of leather at its edges with a sharp knife so that folded seams lie flat and glued layers do not form a ridge.

## Tools

A round knife or a bell skiver is used on a hard, smooth surface.
{below}
"""


@pytest.mark.parametrize("notice", [
    "> **Note:** These guides are kept by volunteers. You are reading the pages for release 2.1.",
    "> Warning: this version of the manual is no longer updated.",
    "> [!important]\n> The pages for release 3 have moved.",
])
def test_a_notice_above_the_title_names_nothing(notice):
    term = _read(_PAGE.format(above=notice, under="", below=""))
    assert term.name.startswith("Skiving")
    assert term.definition.startswith("Skiving is the thinning")
    assert [s.heading for s in term.sections] == ["Tools"]
    assert "volunteers" not in _shown(term) and "release" not in _shown(term)


def test_a_notice_under_the_title_is_the_pages_own():
    page = _PAGE.format(above="", under="", below="\n> **Note:** Skive on a glass plate to keep the edge even.")
    term = _read(page)
    assert term.name.startswith("Skiving")
    assert "glass plate" in _shown(term)


def test_a_label_line_of_other_names_gives_aliases_not_text():
    term = _read(_PAGE.format(above="", under="*Also known as:* **paring**, **edge thinning**", below=""))
    assert term.name.startswith("Skiving")
    assert {"paring", "edge thinning"} <= set(term.aliases)
    assert "Also known" not in _shown(term)


def test_a_sentence_about_other_names_is_no_label_line():
    term = _read(_PAGE.format(above="", under="", below=""))
    assert "paring" not in term.aliases


def test_a_container_fence_is_markup_and_a_feedback_widget_is_the_sites():
    below = """
:::tip Did this guide help you?
👍 Yes   👎 No — [Report a problem](https://example.org/issues)
:::
"""
    term = _read(_PAGE.format(above="", under="", below=below))
    shown = _shown(term)
    assert ":::" not in shown and "👍" not in shown and "Report a problem" not in shown
    assert "bell skiver" in shown


def test_a_container_with_a_title_is_read_as_a_callout():
    below = """
:::caution Sharp tools
Strop the knife often; a dull edge tears the grain.
:::
"""
    term = _read(_PAGE.format(above="", under="", below=below))
    shown = _shown(term)
    assert "Sharp tools: Strop the knife often" in shown and ":::" not in shown


def test_a_teaser_for_the_next_page_is_set_aside():
    below = "\nCasing the leather before skiving softens it a little.\n\nComing up next: how edges are burnished."
    term = _read(_PAGE.format(above="", under="", below=below))
    assert "burnished" not in _shown(term)


@pytest.mark.parametrize("line", [
    "▶ Video: Skiving a belt end (3:40) — Show transcript",
    "Audio: the sound of a sharp edge — Show transcript",
    "🎬 Video: Bell skiver set-up (12:05)",
    "👍 Yes 👎 No",
])
def test_a_players_label_and_feedback_buttons_are_site_lines(line):
    assert is_banner(line)


@pytest.mark.parametrize("line", [
    "A video of the cut (3:40) shows the blade held almost flat.",
    "Watch the edge: it should curl off in one thin ribbon.",
    "The transcript of the lecture is in the appendix, with the figures.",
])
def test_sentences_about_videos_are_text(line):
    assert not is_banner(line)


_WIKI = """<html><head><title>Kettle stitch - The Binders' Wiki</title></head><body>
<div id="head"><ul>{menu}</ul><ul><li>Read</li><li>Edit</li><li>History</li></ul></div>
<div id="panel"><h3>Tools</h3><ul><li>Related changes</li><li>Cite this page</li></ul></div>
<h1>Kettle stitch</h1>
<p>The <b>kettle stitch</b> (also catch stitch, German Fitzbund) is the stitch that links each
section of a sewn book to the one before it at the head and tail.</p>
<h2>Method</h2>
<p>The needle passes behind the thread of the section below and back up through the loop.</p>
</body></html>
"""


def test_menus_above_the_wikis_title_are_the_sites():
    menu = "<li><a href='#'>Not signed in</a></li><li><a href='#'>Discussion</a></li><li><a href='#'>Sign in</a></li>"
    term = parse_page(_WIKI.format(menu=menu), "kettle.html", "Test")
    assert term.name == "Kettle stitch"
    assert term.definition.startswith("The kettle stitch")
    assert [s.heading for s in term.sections] == ["Method"]
    assert "Sign in" not in _shown(term) and "Cite this page" not in _shown(term)
    assert "catch stitch" in term.aliases and "Fitzbund" in term.aliases


def test_a_list_of_sentences_above_the_title_is_no_menu():
    lines = [Line(1, "- Thread the needle with linen thread waxed along its length."),
             Line(2, "- Pierce the stations before you start to sew."), Line(3, "- Keep the tension even."),
             Line(4, ""), Line(5, "# Kettle stitch")]
    assert _menus_above_title(lines) == 0
    menus = [Line(1, "- Log in"), Line(2, "- Talk"), Line(3, "- Help"), Line(4, ""), Line(5, "# Kettle stitch")]
    assert _menus_above_title(menus) == 4


def test_a_language_among_other_names_is_no_alias_unless_a_name_follows():
    _, aliases = name_and_aliases("The kettle stitch (also catch stitch, German Fitzbund) links the sections.",
                                  "Kettle stitch", "k.md", 1)
    assert "Fitzbund" in aliases and "German Fitzbund" not in aliases
    _, aliases = name_and_aliases("The kettle stitch (also catch stitch, French in origin) links the sections.",
                                  "Kettle stitch", "k.md", 1)
    assert aliases == ["catch stitch"]
