"""Other names of a term in shapes of their own: an abbreviation and the symbols the term is
denoted by in one pair of brackets, and a sentence that gives the term's plural."""

from __future__ import annotations

import pytest

from test_alias_sentences import read_one, reverse_prompt

HEAT = """<html><body><main>
<h1>Specific heat capacity</h1>
<p>The <b>specific heat capacity</b> (SHC, denoted c<sub>p</sub> or cp) is the heat that raises
one kilogram of a substance by one kelvin at constant pressure.</p>
<h2>Typical values</h2>
<p>Water needs far more heat than iron to warm by the same amount.</p>
</main></body></html>
"""


def test_an_abbreviation_and_its_symbols_in_brackets_are_aliases_each_said_once(tmp_path):
    term = read_one(tmp_path, "shc.html", HEAT)
    # The symbol in subscript and as typed flatten to the same "cp": one alias, said once.
    assert (term.name, term.aliases) == ("Specific heat capacity", ("SHC", "cp"))
    assert "(SHC, denoted cp)" in term.definition and "<sub>" not in term.definition


def test_the_reverse_card_hides_the_abbreviation_and_the_symbol(tmp_path):
    prompt = reverse_prompt(tmp_path, "shc.html", HEAT)
    assert "(___, denoted ___)" in prompt
    assert "SHC" not in prompt and " cp" not in prompt


@pytest.mark.parametrize("brackets, aliases", [
    ("(SPL, symbol Lp)", ("SPL", "Lp")),
    ("(SPL; symbol: Lp)", ("SPL", "Lp")),
    ("(SPL, usually denoted by Lp)", ("SPL", "Lp")),
    ("(denoted Lp)", ("Lp",)),
])
def test_a_symbol_named_in_brackets_is_an_alias(tmp_path, brackets, aliases):
    term = read_one(tmp_path, "spl.md", (
        f"# Sound pressure level\n\nSound pressure level {brackets} is the pressure of a sound "
        "compared with a reference pressure, on a logarithmic scale in decibels.\n"))
    assert term.aliases == aliases


def test_a_remark_after_an_abbreviation_in_brackets_names_nothing_more(tmp_path):
    term = read_one(tmp_path, "spl.md", (
        "# Sound pressure level\n\nSound pressure level (SPL, measured in decibels) is the pressure "
        "of a sound compared with a reference pressure.\n"))
    assert term.aliases == ("SPL",)
@pytest.mark.parametrize("sentence, aliases", [
    ("The plural is cairns.", ("cairns",)),
    ("Its plural is cairns or cairnes.", ("cairns", "cairnes")),
    ("The plural form is cairns.", ("cairns",)),
])
def test_a_sentence_giving_the_plural_gives_an_alias(tmp_path, sentence, aliases):
    term = read_one(tmp_path, "cairn.md", (
        "# Cairn\n\nA **cairn** is a heap of stones piled up by hand to mark a path, a summit or a "
        f"grave. {sentence}\n\n## Building one\n\nFlat stones go at the bottom.\n"))
    assert term.aliases == aliases


def test_the_plural_of_something_else_is_no_alias(tmp_path):
    term = read_one(tmp_path, "cairn.md", (
        "# Cairn\n\nA **cairn** is a heap of stones piled up by hand to mark a path. "
        "The plural of stone in old Scots is stanes.\n"))
    assert term.aliases == ()


def test_the_plural_of_the_term_named_again_is_an_alias(tmp_path):
    term = read_one(tmp_path, "cairn.md", (
        "# Cairn\n\nA **cairn** is a heap of stones piled up by hand to mark a path. "
        "The plural of cairn is cairns.\n"))
    assert term.aliases == ("cairns",)

