"""Headings set in capitals read, land and are asked as the plain heading is."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.build import prepare
from flashgen.readers import read_pages
from flashgen.readers.structure import _spellings, plain_capitals

SUPERSEDURE = """\
Supersedure

Supersedure is the replacement of an ageing or failing queen by her own colony, which rears a new queen while the old one is still in the hive.

{context}

It happens most often in late summer, in colonies whose queen is three or more years old.

{works}

Workers build a few queen cells on the face of the comb and feed the larvae royal jelly until a new queen emerges.

{cups}

Queen cups built for supersedure sit on the face of the comb, not along its lower edge.
"""
CAPITALS = SUPERSEDURE.format(context="CONTEXT", works="HOW IT WORKS", cups="QUEEN CUPS")
PLAIN = SUPERSEDURE.format(context="Context", works="How it works", cups="Queen cups")


def _page(tmp_path: Path, folder: str, text: str) -> Path:
    deck = tmp_path / folder / "bees"
    deck.mkdir(parents=True)
    (deck / "supersedure.txt").write_text(text, encoding="utf-8")
    return deck


def test_headings_in_capitals_read_as_the_plain_headings(tmp_path):
    (capitals,) = read_pages([_page(tmp_path, "a", CAPITALS)], "bees").terms
    (plain,) = read_pages([_page(tmp_path, "b", PLAIN)], "bees").terms
    assert [(s.heading, s.topic) for s in capitals.sections] == [
        ("Context", "context"), ("How it works", "mechanism"), ("Queen cups", "queen-cups")]
    assert capitals.sections == plain.sections


def test_headings_in_capitals_are_asked_as_the_plain_headings_are(tmp_path):
    def prompts(deck: Path) -> list[str]:
        return [c.front for c in prepare((deck,)).cards if c.kind == "qa"]
    asked = prompts(_page(tmp_path, "a", CAPITALS))
    assert asked == prompts(_page(tmp_path, "b", PLAIN))
    assert any("queen cups" in front for front in asked) and not any("QUEEN" in front for front in asked)


_TEXT = _spellings("PCR copies DNA in cycles. Supersedure is rare. It is what the McKenzie hive did.")


@pytest.mark.parametrize("heading, plain", [
    ("HOW PCR WORKS", "How PCR works"),  # written in capitals in the text: an abbreviation
    ("HPLC", "HPLC"),  # no common word, nowhere in the text
    ("THE MCKENZIE METHOD", "The McKenzie method"),  # a name, as the text spells it
    ("RISKS AND USES", "Risks and uses"),
    ("Mixed Case Heading", "Mixed Case Heading"),  # not in capitals: as written
    ("WHY IT MATTERS:", "Why it matters:"),
])
def test_each_word_of_a_heading_in_capitals_takes_the_texts_spelling(heading, plain):
    assert plain_capitals(heading, _TEXT) == plain
