"""Other names given beside a list entry's bold term, a one-word pair as one name, and a
name written with either apostrophe: each is read as the name it is, and a reverse card
hides it wherever it stands."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.build import prepare
from flashgen.readers import read_pages

POTTERY = """# Pottery terms

**Grog** (also called a chamotte): Fired clay ground to grit and wedged back into fresh clay to cut shrinkage.

**Slip** (also liquid clay) — Clay thinned with water to a creamy liquid, used to join pieces or to coat a pot.

**Leather-hard**: Clay dried until it holds its shape but can still be carved, trimmed or joined.
"""


def read(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "deck").terms


def test_a_bracket_after_a_bold_entry_term_gives_its_other_name_not_its_definition(tmp_path):
    grog, slip, leather = read(tmp_path, "pottery.md", POTTERY)
    assert (grog.name, grog.aliases) == ("Grog", ("chamotte",))  # the article is no part of it
    assert grog.definition.startswith("Fired clay ground")
    assert (slip.name, slip.aliases) == ("Slip", ("liquid clay",))
    assert slip.definition.startswith("Clay thinned with water")
    assert (leather.name, leather.aliases) == ("Leather-hard", ())


def test_a_bold_term_whose_definition_opens_with_a_bracket_keeps_it(tmp_path):
    # No colon or dash after the bracket: the bracket is the definition's, not the term's.
    text = POTTERY.replace("**Leather-hard**: Clay", "**Leather-hard** (of clay) is clay")
    *_, leather = read(tmp_path, "pottery.md", text)
    assert leather.name == "Leather-hard"
    assert "(of clay)" in leather.definition


@pytest.mark.parametrize(("sentence", "alias"), [
    ("Also known as cut and fill.", "cut and fill"),
    ("It is also called cut and fill", "cut and fill"),
    # "and" going on with the sentence ends the name before it.
    ("It is also called benching and it suits steep ground.", "benching"),
    ("It is also called benching and terracing of slopes.", "benching"),
])
def test_a_name_of_two_words_joined_by_and_ending_the_sentence_is_one_alias(tmp_path, sentence, alias):
    (term,) = read(tmp_path, "earthworks.txt", (
        "Balanced earthwork\n\nBalanced earthwork is grading in which the soil dug from high ground "
        f"is placed in the low ground of the same site. {sentence}\n"))
    assert term.aliases == (alias,)


def test_the_reverse_card_hides_a_name_written_with_the_other_apostrophe(tmp_path):
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / "zipf.txt").write_text(
        "Zipf's law\n\nZipf\u2019s law, also known as the rank-size rule, says that the second most common "
        "word of a long text turns up about half as often as the most common one.\n", encoding="utf-8")
    (reverse,) = [c for c in prepare((deck,)).cards if c.kind == "reverse"]
    prompt = reverse.prompts[0]
    assert "Zipf" not in prompt
    assert "? ___, also known as the ___, says" in prompt


@pytest.mark.parametrize(("sentence", "aliases"), [
    ("Potters often just call it the turntable.", ("turntable",)),
    ("Some throwers simply call it the head.", ("head",)),
    ("Some suppliers write it as the wheelhead.", ("wheelhead",)),
    ("Older catalogues spell it wheel-head.", ("wheel-head",)),
    # A clause after "call it" names nothing.
    ("Throwers call it when the clay starts to wobble.", ()),
])
def test_what_people_call_the_term_in_a_later_sentence_is_an_alias(tmp_path, sentence, aliases):
    (term,) = read(tmp_path, "wheel.txt", (
        "Wheel head\n\nThe wheel head is the flat round plate of a potter's wheel on which the clay is "
        f"thrown. {sentence}\n"))
    assert term.aliases == aliases
