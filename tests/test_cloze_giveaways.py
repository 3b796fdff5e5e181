"""A cloze never leaves its answer readable: an abbreviation and its expansion are one
fact, and a phrase is not hidden where its own words stay visible in the sentence."""

import re

import pytest

from flashgen.cards import load_templates, render_deck
from flashgen.cloze import BLANK, NameIndex, Names, abbreviation_expansions, abbreviations, make_cloze
from flashgen.model import Deck, Term

SHIELDING = Names("~term", ("Shielding",))
EMI = Names("term:emi", ("EMI",))


def hidden(text: str) -> list[tuple[int, str]]:
    return [(int(n), h) for n, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", text)]


def numbers_of(cloze, phrase: str) -> set[int]:
    """Return the cloze numbers whose hidden text holds ``phrase``."""
    return {n for n, h in hidden(cloze.text) if phrase.casefold() in h.casefold()}


def together(cloze, expansion: str, abbreviation: str) -> bool:
    """Return whether no prompt hides one of the two and shows the other."""
    for prompt in cloze.prompts:
        if BLANK not in prompt:
            continue
        shows_expansion = expansion.casefold() in prompt.casefold()
        shows_abbreviation = re.search(rf"\b{re.escape(abbreviation)}\b", prompt) is not None
        if shows_expansion != shows_abbreviation:
            return False
    return True


@pytest.mark.parametrize("sentence, expansion, abbreviation, known", [
    # The expansion before the brackets, the abbreviation another term's name.
    ("Ferrite beads suppress electromagnetic interference (EMI) on long cables.",
     "electromagnetic interference", "EMI", ()),
    # The abbreviation first, what it stands for in brackets.
    ("EMI (electromagnetic interference) disturbs nearby radio receivers.",
     "electromagnetic interference", "EMI", ()),
    # Letters that are not the initials of the words.
    ("Bacterial lipopolysaccharide (LPS) crosses a leaky gut wall into the blood.",
     "lipopolysaccharide", "LPS", ("LPS",)),
    ("LPS (lipopolysaccharide) triggers inflammation once it reaches the liver.",
     "lipopolysaccharide", "LPS", ("LPS",)),
    # A plural, and an abbreviation of more than one word.
    ("Several selective serotonin reuptake inhibitors (SSRIs) blunt the cortisol response.",
     "selective serotonin reuptake inhibitors", "SSRIs", ("SSRIs",)),
    ("Chronic stress activates the hypothalamic–pituitary–adrenal axis (HPA axis) for weeks.",
     "hypothalamic–pituitary–adrenal axis", "HPA", ("HPA",)),
])
def test_an_abbreviation_and_its_expansion_are_hidden_together(sentence, expansion, abbreviation, known):
    cloze = make_cloze(sentence, SHIELDING, NameIndex([SHIELDING, EMI]), known, context=("Physics",))
    assert cloze is not None
    assert together(cloze, expansion, abbreviation), cloze.prompts
    both = numbers_of(cloze, expansion) & numbers_of(cloze, abbreviation)
    assert len(both) == 1, cloze.text  # one cloze hides both


def test_the_pair_keeps_the_identity_of_the_deck_name_it_holds():
    cloze = make_cloze("Ferrite beads suppress electromagnetic interference (EMI) on long cables.",
                       SHIELDING, NameIndex([SHIELDING, EMI]))
    assert "term:emi" in cloze.phrases
    assert "{{c2::electromagnetic interference (EMI)}}" in cloze.text


def test_an_abbreviation_defined_earlier_is_not_hidden_beside_its_spelled_out_form():
    term = Names("~term", ("Shielding",))
    definition = ["Shielding keeps out electromagnetic interference (EMI)."]
    known, spelled = abbreviations(definition), abbreviation_expansions(definition)
    assert spelled == {"EMI": ("electromagnetic interference",)}
    cloze = make_cloze("Electromagnetic interference comes from motors; EMI corrupts signals in unshielded "
                       "cables.", term, None, known, context=("Physics",), spelled=spelled)
    assert cloze is not None
    for prompt in cloze.prompts:
        assert not ("Electromagnetic interference" in prompt and "EMI" not in prompt), prompt
    # Used alone, it is still asked.
    alone = make_cloze("Metal enclosures reduce EMI from switching power supplies.", term, None, known,
                       context=("Physics",), spelled=spelled)
    assert "{{c" in alone.text and "EMI" in "".join(h for _, h in hidden(alone.text))


def test_an_abbreviation_is_not_hidden_under_the_name_that_spells_it_out():
    # The sentence does not name the term, so the card shows the name above it.
    term = Names("~term", ("Electromagnetic interference",))
    spelled = abbreviation_expansions(["Electromagnetic interference (EMI) is noise a circuit picks up."])
    cloze = make_cloze("EMI corrupts signals in long unshielded cables near motors.", term, None, ("EMI",),
                       context=("Physics",), spelled=spelled)
    assert cloze is None or "EMI" not in "".join(h for _, h in hidden(cloze.text))


def test_letters_that_are_not_initials_still_name_their_expansion():
    spelled = abbreviation_expansions(["Bacterial lipopolysaccharide (LPS) leaks in. LPS (lipopolysaccharide) "
                                       "binds TLR4."])
    assert "lipopolysaccharide" in spelled["LPS"]
    cloze = make_cloze("Lipopolysaccharide from the gut raises LPS levels in the blood.", SHIELDING, None,
                       ("LPS",), context=("Physics",), spelled=spelled)
    assert cloze is None or all("LPS" in p or "lipopolysaccharide" not in p.casefold() for p in cloze.prompts)


def test_a_deck_never_hides_an_abbreviation_alone_beside_its_expansion():
    terms = (
        Term(id="shielding", name="Shielding", deck="d", definition=(
            "Shielding surrounds a circuit with metal so that electromagnetic interference (EMI) from "
            "motors and radios cannot reach it. EMI (electromagnetic interference) is strongest near "
            "switching power supplies. Bacterial lipopolysaccharide (LPS) has nothing to do with it.")),
        Term(id="emi", name="EMI", deck="d", definition="EMI is unwanted noise coupled into a circuit."),
    )
    cards = render_deck(Deck(id="d", title="D", terms=terms), load_templates(), kinds=("cloze",))
    fronts = [c.front for c in cards]
    assert fronts
    for front in fronts:
        for n in {int(m) for m in re.findall(r"\{\{c(\d+)::", front)}:
            prompt = re.sub(r"\{\{c%d::.*?\}\}" % n, BLANK, front)
            prompt = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", prompt)
            assert "interference ([...])" not in prompt and "[...] (electromagnetic" not in prompt
            assert "lipopolysaccharide ([...])" not in prompt
            # The later sentence shows the expansion: its EMI is not hidden alone there.
            assert not ("[...] (electromagnetic" in prompt or "[...] is strongest" in prompt
                        and "electromagnetic interference" in prompt)


def test_a_deck_does_not_hide_an_abbreviation_under_its_spelled_out_name():
    term = Term(id="electromagnetic-interference", name="Electromagnetic interference", deck="d", definition=(
        "Electromagnetic interference (EMI) is unwanted noise a circuit picks up from nearby sources. "
        "EMI corrupts data sent over long unshielded cables beside motors."))
    cards = render_deck(Deck(id="d", title="D", terms=(term,)), load_templates(), kinds=("cloze",))
    later = [c for c in cards if "corrupts data" in c.front]
    assert later  # the sentence is still asked, but not for EMI under the name that spells it out
    assert all("{{c" not in c.front.split("corrupts")[0] for c in later), [c.front for c in later]


ZOT_SENTENCE = ("Zonula occludens toxin, a toxin of Vibrio cholerae, loosens tight junctions; the name "
                "comes from the zonula occludens it opens.")


def test_a_phrase_is_not_hidden_where_its_own_words_stay_visible():
    zot = Names("~term", ("Zonula occludens toxin", "ZOT"))
    cloze = make_cloze(ZOT_SENTENCE, zot, None, (), context=("Microbiology",))
    for prompt, answer in zip(cloze.prompts, cloze.answers):
        if answer.casefold().startswith("zonula occludens"):
            assert "zonula occludens" not in prompt.casefold(), prompt
    # Here the echo is hidden with it, as one cloze: the term stays asked.
    assert numbers_of(cloze, "Zonula occludens toxin") == numbers_of(cloze, "zonula occludens") == {1}
    assert "the name comes from the [...] it opens" in cloze.prompts[0]


def test_a_name_hidden_at_each_of_its_occurrences_echoes_nothing():
    # The term's name stands twice and is one cloze; the rest of the sentence is asked as before.
    term = Names("~term", ("zonula occludens",))
    cloze = make_cloze("The " + ZOT_SENTENCE, term, None, (), context=("Anatomy",))
    assert hidden(cloze.text) == [(1, "Zonula occludens"), (2, "Vibrio cholerae"), (3, "tight junctions"),
                                  (1, "zonula occludens")]


def test_a_shared_head_word_gives_nothing_away():
    term = Names("~term", ("Morphology",))
    cloze = make_cloze("Derivational morphemes such as \"-ness\" change a word's class, while inflectional "
                       "morphemes such as the plural \"-s\" mark grammatical features.", term, None, (),
                       context=("Linguistics",))
    answers = {a.casefold() for a in cloze.answers}
    assert {"derivational morphemes", "inflectional morphemes"} <= answers


def test_a_phrase_mostly_made_of_visible_words_is_not_asked():
    term = Names("~term", ("Tight junction",))
    sentence = ("Claudin barrier proteins seal the gap between cells, and the barrier proteins of the "
                "claudin family differ between tissues.")
    cloze = make_cloze(sentence, term, None, (), context=("Histology",))
    # "barrier proteins" recurs: hidden with "Claudin barrier proteins" as one cloze.
    assert numbers_of(cloze, "Claudin barrier proteins") == {1}
    assert (1, "barrier proteins") in hidden(cloze.text)
    for prompt, answer in zip(cloze.prompts, cloze.answers):
        words = {w for w in re.findall(r"\w+", answer.casefold()) if len(w) >= 3}
        shown = set(re.findall(r"\w+", prompt.casefold()))
        assert 2 * len(words & shown) <= len(words) or not words, (answer, prompt)
