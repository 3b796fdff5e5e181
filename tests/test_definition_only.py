"""Terms that are a definition alone: expected of glossary entries, a warning only for an article's page."""

from __future__ import annotations

from pathlib import Path

import pytest

A_TO_Z = """Rigging Glossary A to Z

A
Aft: Toward the stern of the boat, behind its middle.
Apparent wind: The wind felt aboard a moving boat, true wind and the boat's own motion combined.

B
Beam: The widest part of a hull, measured from side to side.
Bilge: The lowest space inside the hull, where water collects.
Boom: A horizontal spar along the foot of the mainsail.

C
Cleat: A fitting with two horns around which a line is made fast.
Clew: The lower aft corner of a sail, where the sheet is attached.
"""

DEFINITION_LIST = """# Brewing glossary

Wort
: The sugary liquid drained from the mash before it is fermented.

Krausen
: The foamy head that forms on top of fermenting beer.

Lager
: A beer fermented cool with a yeast that settles at the bottom.
"""

SAVED_HTML = """<!doctype html><html><head><title>Pottery terms</title></head><body>
<nav><a href="/">Home</a></nav>
<main><h1>Pottery glossary</h1>
<dl>
<dt>Bisque</dt><dd>Clay that has been fired once, without glaze, to make it hard but porous.</dd>
<dt>Grog</dt><dd>Fired clay ground into grains and mixed into fresh clay to reduce shrinkage.</dd>
<dt>Slip</dt><dd>Liquid clay used to join pieces or to coat a surface.</dd>
</dl></main></body></html>
"""

# Headed entries, one of them with a section of its own.
HEADED_LIST = """# Knot glossary

## Bowline

A bowline is a knot that forms a fixed loop at the end of a rope.

### Mechanism

The loop holds because the standing part pinches the working end under load.

## Clove hitch

A clove hitch is a knot of two turns that binds a rope to a post.

## Sheet bend

A sheet bend is a knot that joins two ropes of different thickness.
"""

# An article whose headings were not read: its definition runs on for paragraphs.
ARTICLE_WITHOUT_SECTIONS = """# Worsted

Worsted is a medium weight of yarn that knits up at about five stitches to the inch.

Worsted fibres are combed parallel before they are spun, which makes worsted yarn smooth and strong.

Worsted yarn is chosen for sweaters and blankets that must wear well for years.
"""

# A page that only defines its term, as a dictionary's entry does: nothing was lost.
DICTIONARY_ENTRY = """Skein

A skein is a length of yarn wound into a loose twisted coil for selling.
"""

ARTICLE = """Fulling

Fulling is the finishing step that thickens woven wool cloth by wetting and beating it.

Mechanism
Heat, moisture and pressure make the wool's scales lock together so that the cloth shrinks and felts.
"""


def _page(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _lines(run, label: str) -> list[str]:
    return [line for line in run.err.splitlines() if line.startswith(f"{label}: ")]


@pytest.mark.parametrize("name, text, entries", [
    ("rigging.txt", A_TO_Z, 7),
    ("brewing.md", DEFINITION_LIST, 3),
    ("pottery.html", SAVED_HTML, 3),
])
def test_a_glossary_list_is_one_line_of_information_not_a_warning_per_entry(cli, tmp_path, name, text,
                                                                              entries):
    page = _page(tmp_path / "deck", name, text)
    run = cli("check", page, "--strict")
    assert run.code == 0, run.err
    assert _lines(run, "warning") == []
    (info,) = [line for line in _lines(run, "info") if "definition without sections" in line]
    assert info.startswith(f"info: {page}: {entries} glossary entries, each a definition")
    assert run.out.strip().endswith("0 warnings")


def test_a_list_with_some_headed_entries_counts_only_the_bare_ones(cli, tmp_path):
    page = _page(tmp_path / "deck", "knots.md", HEADED_LIST)
    run = cli("check", page)
    assert run.code == 0, run.err
    (info,) = [line for line in _lines(run, "info") if "definition without sections" in line]
    assert "3 glossary entries, 2 of them a definition without sections" in info


def test_an_article_page_that_gave_no_section_is_still_warned_about(cli, tmp_path):
    deck = tmp_path / "yarn"
    worsted = _page(deck, "worsted.md", ARTICLE_WITHOUT_SECTIONS)
    skein = _page(deck, "skein.txt", DICTIONARY_ENTRY)
    _page(deck, "fulling.txt", ARTICLE)
    _page(deck, "glossary.txt", A_TO_Z)
    run = cli("check", deck)
    assert run.code == 0, run.err
    # Only the article that lost its sections is a warning; the list and the dictionary's
    # entry are information.
    assert _lines(run, "warning") == [
        f"warning: {worsted}:1: only a definition was read from this page, no sections, so it makes "
        "only Definition cards: its definition runs to 3 paragraphs, which may hold headings not read as such"]
    assert f"info: {skein}:1: term 'Skein' is a definition without sections: it makes only Definition cards" in (
        _lines(run, "info"))
    assert cli("check", deck, "--strict").code == 1
    built = cli("build", deck, "--out", tmp_path / "out")
    assert built.code == 0, built.err
    assert _lines(built, "warning") == _lines(run, "warning")
    assert ", 1 warning, " in built.out


def test_the_warning_says_how_many_lines_were_set_aside(cli, tmp_path):
    page = _page(tmp_path / "deck", "skein.txt", "Accept all cookies\n\n" + DICTIONARY_ENTRY)
    run = cli("check", page)
    (warning,) = _lines(run, "warning")
    assert "no sections" in warning and "1 line of it was set aside as site noise" in warning
    assert "check --verbose" in warning


def test_import_says_what_check_says(cli, tmp_path):
    pages = tmp_path / "pages"
    glossary = _page(pages, "rigging.txt", A_TO_Z)
    worsted = _page(pages, "worsted.md", ARTICLE_WITHOUT_SECTIONS)
    checked = cli("check", pages / "rigging.txt", pages / "worsted.md")
    run = cli("import", glossary, worsted, "--out", tmp_path / "deck")
    assert run.code == 0, run.err
    assert _lines(run, "warning") == _lines(checked, "warning") != []
    assert [line for line in _lines(run, "info") if "definition without sections" in line] == [
        line for line in _lines(checked, "info") if "definition without sections" in line] != []


def test_an_imported_list_checks_with_one_line_per_deck(cli, tmp_path):
    glossary = _page(tmp_path / "pages", "rigging.txt", A_TO_Z)
    deck = tmp_path / "rigging"
    assert cli("import", glossary, "--out", deck).code == 0
    run = cli("check", deck, "--strict")
    assert run.code == 0, run.err
    assert _lines(run, "warning") == []
    (info,) = [line for line in _lines(run, "info") if "definition without sections" in line]
    assert info.startswith(f"info: {deck}: 7 terms are a definition without sections")
    # --verbose names each of them, with its file and line.
    verbose = cli("check", deck, "--verbose")
    listed = [line for line in _lines(verbose, "info") if "definition without sections" in line]
    assert len(listed) == 7
    assert f"info: {deck / 'aft.yaml'}:3: term 'Aft' is a definition without sections" in listed[0]
    built = cli("build", deck, "--out", tmp_path / "out")
    assert built.code == 0 and "0 warnings" in built.out and built.err.count("definition") == 0


def test_one_term_file_without_sections_is_named(cli, tmp_path):
    deck = tmp_path / "d"
    _page(deck, "a.yaml", "name: Apex\ndefinition: The highest point of a shape.\n")
    run = cli("check", deck, "--strict")
    assert run.code == 0, run.err
    assert [line for line in _lines(run, "info") if "without sections" in line] == [
        f"info: {deck / 'a.yaml'}:1: term 'Apex' is a definition without sections: "
        "it makes only Definition cards"]
