"""A clause has a verb: a noun the tagger reads where a clause has none is that verb, and no blank takes it."""

import html
import re

from flashgen.cloze import Names, make_cloze

TERM = Names("~term", ("Saggar",))


def hidden(sentence: str) -> list[str]:
    cloze = make_cloze(sentence, TERM)
    return [html.unescape(h) for _, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", cloze.text)] if cloze else []


def test_a_verb_in_s_after_a_singular_subject_is_left_out():
    asked = hidden("Bone-ash (tricalcium phosphate) flux clouds most celadon glazes within a firing.")
    assert "celadon glazes" in asked
    assert not any("clouds" in h for h in asked)
    asked = hidden("Copper (CuO) wash cures most pinholes in a celadon glaze.")
    assert "pinholes" in asked and not any("cures" in h for h in asked)


def test_a_bare_verb_after_a_plural_or_joined_subject_is_left_out():
    asked = hidden("Kaolins increase porcelain and stoneware firing ranges, while feldspars lower them.")
    assert "Kaolins" in asked and not any("increase" in h for h in asked)
    asked = hidden("Sgraffito and the mishima inlay show slip layers beneath the glaze.")
    assert "mishima inlay" in asked and not any("show" in h for h in asked)


def test_the_clause_after_so_that_and_a_gerund_head_have_their_verbs_too():
    asked = hidden("Potters stack the kiln tightly, so that glazed porcelain jars form celadon crackle patterns in cooling.")
    assert "celadon crackle patterns" in asked and not any("form" in h.split() for h in asked)
    asked = hidden("Slips and the terra sigillata coating suit burnished earthenware like the Roman samian wares.")
    assert "terra sigillata coating" in asked and not any("suit" in h for h in asked)


def test_a_noun_that_could_be_a_verb_stays_in_its_subject():
    # A singular noun before a verb in -s is the subject's head, not the verb: "score", "dose".
    assert "Orton cone score" in hidden("The Orton cone score estimates the heatwork of a firing.")
    assert "bisque loading dose" in hidden("A bisque loading dose shortens the soak at peak temperature.")


def test_a_past_tense_after_the_subject_of_a_clause_without_a_verb_is_left_out():
    asked = hidden("Bernard Leach popularised stoneware glazes in England after his return from Japan in 1920.")
    assert "stoneware glazes" in asked and not any("popularised" in h for h in asked)
    asked = hidden("The Song kilns of the 1100s left celadon shards in the hills near Longquan.")
    assert "celadon shards" in asked and not any(h.startswith("left") for h in asked)
    # A participle in a clause that has its verb stays where it was: "produced in" starts no phrase anyway.
    assert "Ash glazes" in hidden("Ash glazes produced in wood kilns run down the pot.")


def test_a_noun_joined_by_and_or_or_to_a_verb_is_a_verb_too():
    # "it shrinks and crazes": a plural after a verb in -s and "and" is that verb's partner.
    assert "crazes" not in hidden("As the glaze cools it shrinks and crazes across the whole surface of the bowl.")
    asked = hidden("A hood over the kiln draws fumes upward to capture and exhaust toxic fluorine vapours.")
    assert "toxic fluorine vapours" in asked and not any("exhaust" in h for h in asked)
    # After "to", a word before "or" and a verb is a verb: "to rewet or soften".
    assert "rewet" not in hidden("A sponge is used to rewet or soften the rim of a leather-hard bowl.")
