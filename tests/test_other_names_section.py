"""A section headed "Other names" gives the term's aliases: the names its sentences quote or
give after "called" and "call it". The section stays, a topic of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.build import prepare
from flashgen.readers import read_pages

PAGE = """Scumbling

Scumbling is the dragging of a thin, broken layer of opaque paint over a dry darker one, so that the lower colour shows through in patches.

How it is done
A stiff, nearly dry brush is scrubbed lightly across the raised weave of the canvas.

{heading}
{names}
"""


def read(tmp_path: Path, heading: str, names: str, suffix: str = ".txt"):
    page = tmp_path / f"scumbling{suffix}"
    text = PAGE.format(heading=heading, names=names)
    if suffix == ".md":
        text = "# " + text.replace("How it is done", "## How it is done").replace(heading, "## " + heading)
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "painting").terms
    return term


@pytest.mark.parametrize("heading", ["Other names", "Other names:", "Also known as", "Synonyms"])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_names_quoted_or_called_under_an_other_names_heading_are_aliases(tmp_path, heading, suffix):
    term = read(tmp_path, heading, 'Old studio manuals call it "dry brushing over", and sign writers write '
                "\u201cscumble\u201d. In some schools it is often called broken colour.", suffix)
    assert term.aliases == ("dry brushing over", "scumble", "broken colour")
    assert [s.heading for s in term.sections][-1] == heading.rstrip(":")


def test_quotes_under_another_heading_give_no_alias(tmp_path):
    term = read(tmp_path, "Why it matters", 'Painters call the effect "optical mixing" when the eye blends it.')
    assert term.aliases == ()


def test_a_quoted_sentence_is_no_alias(tmp_path):
    term = read(tmp_path, "Other names", 'Teachers sum it up as "Keep the brush dry, keep the hand light, '
                'and stop before the layer closes up."')
    assert term.aliases == ()


def test_the_reverse_card_hides_a_name_the_section_gives(tmp_path):
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / "scumbling.txt").write_text(PAGE.format(
        heading="Other names", names="Some teachers call it broken colour.").replace(
        "so that the lower colour shows", "in what some call broken colour, so that the lower colour shows"),
        encoding="utf-8")
    (reverse,) = [c for c in prepare((deck,)).cards if c.kind == "reverse"]
    assert "broken colour" not in reverse.prompts[0]
    assert "some call ___, so that" in reverse.prompts[0]


def cloze_cards(tmp_path: Path, file: str, text: str, answer: str, topic: str | None = None):
    """Return the cloze cards a deck of the one file ``file`` makes that ask ``answer``."""
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / file).write_text(text, encoding="utf-8")
    return [c for c in prepare((deck,)).cards
            if c.kind == "cloze" and answer in c.answers and topic in (None, c.topic)]


def term_file(name: str, alias: str, hide: str, definition: str, heading: str, text: str) -> str:
    """Return a term file of one section whose cloze hides ``hide``."""
    return (f"name: {name}\naliases: [{alias}]\ndefinition: {definition}\n"
            f"sections:\n  - heading: {heading}\n    text: {text}\ncloze:\n  hide: [{hide}]\n")


def test_a_cloze_that_asks_only_for_another_name_shows_the_term_as_its_context(tmp_path):
    cards = cloze_cards(tmp_path, "scumbling.txt", PAGE.format(
        heading="Other names", names="Some teachers call it broken colour."), "broken colour")
    assert cards, "the alias is asked"
    (card,) = cards
    # Without the term's name the card reads "Some teachers call it [...]": nothing to answer from.
    assert card.context == "Scumbling"
    assert all(p.startswith("Scumbling: ") for p in card.prompts)


@pytest.mark.parametrize(("file", "text", "answer", "topic"), [
    # The term itself.
    ("scumbling.yaml", term_file(
        "Scumbling", "broken colour", "Scumbling",
        "Scumbling is the dragging of a thin, broken layer of opaque paint over a dry darker one.",
        "Risks", "Scumbling over wet paint turns both layers to mud."), "Scumbling", "risk"),
    # Its abbreviation: "Ventricular septal defect" as the context would spell out the answer.
    ("vsd.txt", "Ventricular septal defect\n\nA ventricular septal defect (VSD) is a hole in the wall between "
     "the two lower chambers of the heart.\n\nRisks\nA large VSD can overload the lungs within weeks of birth.\n",
     "VSD", "risk"),
    # A shorter name inside its name: "Lead came" as the context would give the answer away.
    ("came.yaml", term_file(
        "Lead came", "came", "came",
        "Lead came is the grooved strip of lead that holds the pieces of a leaded window together.",
        "Mechanism", "Each piece of glass sits in the channel of the came, one leaf on either side."),
     "came", "mechanism"),
])
def test_a_cloze_whose_answer_the_terms_name_gives_shows_no_context(tmp_path, file, text, answer, topic):
    asked = cloze_cards(tmp_path, file, text, answer, topic)
    assert asked and all(c.context == "" for c in asked)
