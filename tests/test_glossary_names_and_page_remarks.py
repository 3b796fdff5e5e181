"""A glossary list's names keep their bracketed other names whole, and a remark on the page
after the list is the page's, not the last entry's."""

from __future__ import annotations

from pathlib import Path

from flashgen.readers import read_pages


def read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_pages([path], "glossary").terms


KITCHEN = """\
Kitchen tools A–Z

Baster (also: bulb syringe) — a rubber bulb on a tube that draws up pan juices to pour back over a roast.
Colander — a bowl with holes in it for draining boiled vegetables or pasta.
Mandoline (Fr: mandoline) — a flat frame holding a fixed blade that slices vegetables thinly and evenly.
Skimmer (UK: slice): a flat, perforated spoon for lifting foam or fried food out of liquid.
Zester — a small tool with sharp holes that shaves thin strips of peel from citrus fruit.
"""


def test_a_colon_inside_brackets_does_not_end_the_name(tmp_path):
    terms = read(tmp_path, "kitchen.txt", KITCHEN)
    assert [t.name for t in terms] == ["Baster", "Colander", "Mandoline", "Skimmer", "Zester"]
    by_name = {t.name: t for t in terms}
    # The label before the colon says where the other name is used; the name is what follows.
    assert by_name["Baster"].aliases == ("bulb syringe",)
    assert by_name["Skimmer"].aliases == ("slice",)
    assert by_name["Skimmer"].definition.startswith("A flat, perforated spoon")
    assert by_name["Baster"].definition.startswith("A rubber bulb on a tube")


def test_a_colon_outside_brackets_still_ends_the_name(tmp_path):
    terms = read(tmp_path, "kitchen.txt", KITCHEN.replace("Colander —", "Colander:"))
    assert [t.name for t in terms][:2] == ["Baster", "Colander"]
    assert terms[1].definition.startswith("A bowl with holes")


HELP = """\
Printing help centre: glossary

Bleed — the strip of artwork that runs past the trim line so that no white edge shows after cutting.
Creep — the way the inner pages of a folded booklet stick out further than the outer ones.
Gutter — the blank margin where two facing pages meet at the spine.
Spot colour — an ink mixed to one exact shade before printing rather than built from four inks.

Note: we add to this glossary whenever our range of products changes.
"""


def test_a_note_about_the_page_after_the_list_is_set_aside(tmp_path):
    terms = read(tmp_path, "help.txt", HELP)
    assert [t.name for t in terms] == ["Bleed", "Creep", "Gutter", "Spot colour"]
    last = terms[-1]
    assert last.definition == "An ink mixed to one exact shade before printing rather than built from four inks."
    assert not last.sections
    assert any("whenever our range" in line for line in last.discarded)


def test_a_note_about_the_page_on_the_line_under_the_last_entry_is_set_aside(tmp_path):
    terms = read(tmp_path, "help.txt", HELP.replace("\n\nNote:", "\nNote:"))
    assert [t.name for t in terms] == ["Bleed", "Creep", "Gutter", "Spot colour"]
    assert any("whenever our range" in line for line in terms[-1].discarded)


MARKDOWN = """\
# Sailing glossary

## Beam reach

Sailing with the wind coming straight across the side of the boat.

## Close-hauled

Sailing as close to the wind as the sails allow, with them pulled in tight.

## Gybe

Turning the stern through the wind so that the sail swings across to the other side.

The boom swings fast in a gybe, so keep your head low.

Please note that this page covers dinghies only; see our other guides for keelboats.
"""


def test_a_remark_on_the_page_leaves_the_last_entrys_own_paragraphs(tmp_path):
    terms = read(tmp_path, "sailing.md", MARKDOWN)
    assert [t.name for t in terms] == ["Beam reach", "Close-hauled", "Gybe"]
    gybe = terms[-1]
    on_card = gybe.definition + " ".join(s.text for s in gybe.sections)
    assert "keep your head low" in on_card
    assert "dinghies only" not in on_card
    assert any("dinghies only" in line for line in gybe.discarded)


def test_a_last_paragraph_about_the_entry_stays_with_it(tmp_path):
    terms = read(tmp_path, "sailing.md", MARKDOWN.rsplit("\n\nPlease note", 1)[0] + "\n")
    gybe = terms[-1]
    assert "keep your head low" in gybe.definition + " ".join(s.text for s in gybe.sections)
    assert not gybe.discarded


def test_a_last_entry_that_defines_a_term_by_the_page_stays_an_entry(tmp_path):
    page = HELP.replace("\n\nNote: we add to this glossary whenever our range of products changes.\n",
                        "\nPermalink — a link to this page that stays the same when its title changes.\n")
    terms = read(tmp_path, "help.txt", page)
    assert [t.name for t in terms] == ["Bleed", "Creep", "Gutter", "Spot colour", "Permalink"]


def test_a_paragraph_set_off_below_a_list_of_one_line_entries_is_the_pages(tmp_path):
    page = HELP.replace("Note: we add to this glossary whenever our range of products changes.",
                        "Definitions are kept short and may leave out rare cases.")
    terms = read(tmp_path, "help.txt", page)
    assert [t.name for t in terms] == ["Bleed", "Creep", "Gutter", "Spot colour"]
    last = terms[-1]
    assert "rare cases" not in last.definition + " ".join(s.text for s in last.sections)
    assert any("rare cases" in line for line in last.discarded)


def test_entries_set_apart_by_blank_lines_keep_their_own_second_paragraphs(tmp_path):
    page = HELP.replace(" changes.\n", " changes.\n").replace("\nCreep", "\n\nCreep").replace(
        "\nGutter", "\n\nGutter").replace("\nSpot colour", "\n\nSpot colour").replace(
        "Note: we add to this glossary whenever our range of products changes.",
        "It is mixed by the printer to a numbered swatch.")
    terms = read(tmp_path, "help.txt", page)
    last = terms[-1]
    assert "numbered swatch" in last.definition + " ".join(s.text for s in last.sections)


def test_a_last_entry_without_an_article_that_speaks_of_pages_stays_an_entry(tmp_path):
    terms = read(tmp_path, "wiki.md", """# Wiki editing glossary

Revert
: Undoing an edit so that a page returns to an earlier version.

Stub
: An article too short to cover its subject, marked for others to expand.

Sandbox
: A private page where an editor tries out changes before making them live.

Watchlist
: Pages an editor follows; changes to these pages show in bold in their feed.
""")
    assert [t.name for t in terms] == ["Revert", "Stub", "Sandbox", "Watchlist"]
    assert terms[-1].definition.startswith("Pages an editor follows")
