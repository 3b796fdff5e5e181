import re

from flashgen.cloze import BLANK, NameIndex, Names, abbreviations, make_cloze, mask_names

ZONULIN = Names("~term", ("Zonulin", "pre-haptoglobin 2"))
BARRIER = Names("term:barrier", ("Intestinal Barrier", "gut barrier"))


def hidden(text: str) -> list[tuple[int, str]]:
    return [(int(n), h) for n, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", text)]


def test_the_term_and_its_aliases_are_one_cloze_wherever_they_appear():
    cloze = make_cloze("Zonulin, also called pre-haptoglobin 2, is raised; zonulin's level varies.", ZONULIN)
    assert hidden(cloze.text) == [(1, "Zonulin"), (1, "pre-haptoglobin 2"), (1, "zonulin's")]
    assert cloze.phrases == ("~term",)
    assert cloze.prompts == (f"{BLANK}, also called {BLANK}, is raised; {BLANK} level varies.",)
    assert cloze.names_term


def test_key_phrases_of_each_kind_are_hidden():
    cloze = make_cloze("Serum zonulin weakens the gut barrier within 30 to 45 minutes, as the "
                       "lactulose-mannitol test and LPS levels show.",
                       ZONULIN, NameIndex([ZONULIN, BARRIER]), abbreviations(["lipopolysaccharide (LPS)"]))
    # At most four clozes per note; terms, abbreviations and tests outrank the number.
    assert hidden(cloze.text) == [(1, "zonulin"), (2, "gut barrier"), (3, "lactulose-mannitol test"),
                                  (4, "LPS")]
    assert sorted(cloze.phrases) == ["lactulose-mannitol test", "lps", "term:barrier", "~term"]
    assert "30 to 45 minutes" in cloze.prompts[0]


def test_numbers_with_units_and_named_tests_but_not_numbers_in_names():
    cloze = make_cloze("A result above 2.5 or of 6.5% raises the risk of type 2 diabetes.",
                       Names("~term", ("Insulin Resistance",)))
    assert cloze.answers == ("2.5", "6.5%", "type 2 diabetes")
    cloze = make_cloze("HOMA-IR rose in 2000 by 40 mg/dL.", Names("~term", ("Insulin Resistance",)))
    assert cloze.answers == ("HOMA-IR", "2000", "40 mg/dL")


def test_a_prompt_never_shows_what_it_hides():
    own = Names("~term", ("Glycated Haemoglobin", "HbA1c"))
    # The term is not named, so its name is shown as context: "haemoglobin" must stay visible.
    cloze = make_cloze("Some haemoglobin variants and anaemia mislead.", own, context=("Risk",))
    assert cloze.answers == ("anaemia",)
    assert not cloze.names_term
    # The note is still known by both key phrases, so that renaming the term (which
    # changes what the context gives away) does not change the note's identity.
    assert sorted(cloze.phrases) == ["anaemia", "haemoglobin"]
    renamed = make_cloze("Some haemoglobin variants and anaemia mislead.",
                         Names("~term", ("HbA1c",)), context=("Risk",))
    assert renamed.answers == ("haemoglobin", "anaemia")
    assert sorted(renamed.phrases) == sorted(cloze.phrases)
    for prompt, answer in zip(cloze.prompts, cloze.answers):
        assert answer.casefold() not in prompt.casefold()


def test_a_sentence_without_a_key_phrase_still_hides_a_word():
    sentence = "A healthy lining is selective rather than sealed."
    cloze = make_cloze(sentence, ZONULIN)
    assert len(cloze.answers) == 1 and cloze.answers[0] in sentence.split()
    assert cloze.phrases == (cloze.answers[0].casefold(),)


def test_editing_another_word_keeps_the_hidden_word_of_a_plain_sentence():
    # The hidden word is the note's identity; a longer word elsewhere must not move it.
    versions = ["Levels rise before meals and fall after eating.",
                "Levels rise before meals and fall after breakfast.",
                "Levels rise before meals and fall after a carbohydrate meal."]
    clozes = [make_cloze(v, ZONULIN) for v in versions]
    assert len({c.phrases for c in clozes}) == 1
    assert all(c.answers == clozes[0].answers for c in clozes)


def test_source_text_cannot_break_cloze_syntax():
    cloze = make_cloze("Zonulin kits print {{c1::codes}} and a::b pairs, <i>&</i> 10 mg/dL.", ZONULIN)
    without_clozes = re.sub(r"\{\{c\d+::[^{}]*?\}\}", "", cloze.text)
    assert "{" not in without_clozes and "}" not in without_clozes and "::" not in without_clozes
    assert "<i>" not in cloze.text and "&lt;i&gt;&amp;&lt;/i&gt;" in cloze.text
    assert [h for _, h in hidden(cloze.text)] == ["Zonulin", "10 mg/dL"]


def test_masking_names_for_reverse_cards():
    text = "Zonulin (pre-haptoglobin 2) opens junctions; zonulins differ."
    assert mask_names(text, ZONULIN.variants) == "___ (___) opens junctions; ___ differ."


def test_a_corrected_number_keeps_its_notes_identity():
    own = Names("~term", ("Peptide YY",))
    before = make_cloze("Fasting levels lie between 10 to 20 pmol/L and 5 mg of it.", own)
    after = make_cloze("Fasting levels lie between 10 to 25 pmol/L and 5 mg of it.", own)
    assert before.answers == ("10 to 20 pmol/L", "5 mg") and after.answers == ("10 to 25 pmol/L", "5 mg")
    assert sorted(before.phrases) == sorted(after.phrases) == ["number:mg", "number:pmol/l"]
    # Two numbers with one unit stay two clozes, each asked on its own.
    two = make_cloze("Doses of 5 mg and 10 mg were compared.", own)
    assert two.answers == ("5 mg", "10 mg")


def test_an_abbreviation_is_not_asked_right_after_its_spelled_out_form():
    own = Names("~term", ("Incretin",))
    cloze = make_cloze("It is broken down by dipeptidyl peptidase-4 (DPP-4) within 2 minutes.", own,
                       known=abbreviations(["dipeptidyl peptidase-4 (DPP-4)"]))
    assert cloze.answers == ("2 minutes",)
    # Standing alone, the abbreviation is a fact worth asking.
    cloze = make_cloze("Drugs that block DPP-4 prolong its action.", own,
                       known=abbreviations(["dipeptidyl peptidase-4 (DPP-4)"]))
    assert cloze.answers == ("DPP-4",)


def test_a_letter_after_a_peptide_belongs_to_its_name():
    cloze = make_cloze("It inhibits neuropeptide Y neurons, and peptide YY rises.", Names("~term", ("Leptin",)))
    assert cloze.answers == ("neuropeptide Y", "peptide YY")
