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
    # The 2 of "type 2 diabetes" names the disease; it is never a number of its own, but
    # the class with its number is a fact, asked whole.
    assert cloze.answers == ("2.5", "6.5%", "type 2 diabetes")
    cloze = make_cloze("It marks type 2 diabetes in 30 to 45 minutes.", Names("~term", ("Insulin Resistance",)))
    assert "2" not in cloze.answers and "30 to 45 minutes" in cloze.answers
    cloze = make_cloze("HOMA-IR rose in 2000 by 40 mg/dL.", Names("~term", ("Insulin Resistance",)))
    assert cloze.answers == ("HOMA-IR", "2000", "40 mg/dL")


def test_a_prompt_never_shows_what_it_hides():
    own = Names("~term", ("Glycated Haemoglobin", "HbA1c"))
    # The term is not named, so its name is shown as context: "haemoglobin" must stay visible.
    cloze = make_cloze("Some haemoglobin variants and anaemia give false results.", own, context=("Risk",))
    assert cloze.answers == ("anaemia",)
    assert not cloze.names_term
    # The note is still known by both key phrases, so that renaming the term (which
    # changes what the context gives away) does not change the note's identity.
    assert sorted(cloze.phrases) == ["anaemia", "haemoglobin variants"]
    renamed = make_cloze("Some haemoglobin variants and anaemia give false results.",
                         Names("~term", ("HbA1c",)), context=("Risk",))
    assert renamed.answers == ("haemoglobin variants", "anaemia")
    assert sorted(renamed.phrases) == sorted(cloze.phrases)
    for prompt, answer in zip(cloze.prompts, cloze.answers):
        assert answer.casefold() not in prompt.casefold()


def test_a_sentence_with_nothing_worth_asking_gets_no_cloze():
    # Filler: every word is an everyday word, and nothing names a term, a number or a name.
    for sentence in ("Addressing this aspect can be a key component in comprehensive patient care plans.",
                     "Professional guidance is essential to safely and effectively navigate the process.",
                     "A healthy lining is selective rather than sealed.",
                     "It is always a good idea to talk these things through first."):
        assert make_cloze(sentence, ZONULIN) is None, sentence
    # The same sentence naming the term asks for the term.
    assert make_cloze("Zonulin is a key component of comprehensive care plans.", ZONULIN).answers == ("Zonulin",)


def test_everyday_words_are_not_hidden_but_rare_ones_and_whole_phrases_are():
    cloze = make_cloze("Bile acids influence a wide array of processes, and the tight junctions "
                       "loosen at this point.", ZONULIN)
    assert "array" not in cloze.answers and "point" not in cloze.answers
    assert "tight junctions" in cloze.answers and "junctions" not in cloze.answers
    cloze = make_cloze("Beta blockers such as metoprolol, bisoprolol and propranolol are prescribed for "
                       "hypertension.", Names("~term", ("Beta Blockers",)))
    assert cloze.answers == ("Beta blockers", "metoprolol", "bisoprolol", "propranolol")


def test_names_numbers_and_codes_are_hidden_whole():
    own = Names("~term", ("Screening",))
    cases = {
        "Screening with a questionnaire such as the PAR-Q+ is advised.": "PAR-Q+",
        "The fee of $1,000 is charged once.": "$1,000",
        "An HbA1c of 5.7% to 6.4% marks prediabetes.": "5.7% to 6.4%",
        "Its discoverers won the Nobel Prize in Physiology or Medicine.": "Nobel Prize in Physiology or Medicine",
        "It obeys the relation V = IR in a plain resistor.": "V = IR",
    }
    for sentence, whole in cases.items():
        answers = make_cloze(sentence, own).answers
        assert whole in answers, (sentence, answers)


def test_an_abbreviation_and_its_expansion_are_one_cloze():
    cloze = make_cloze("It is broken down by dipeptidyl peptidase-4 (DPP-4) within 2 minutes.",
                       Names("~term", ("Incretin",)), known=abbreviations(["dipeptidyl peptidase-4 (DPP-4)"]))
    assert cloze.answers == ("dipeptidyl peptidase-4 (DPP-4)", "2 minutes")
    # Standing alone, the abbreviation is a fact worth asking.
    cloze = make_cloze("Drugs that block DPP-4 prolong its action.", Names("~term", ("Incretin",)),
                       known=abbreviations(["dipeptidyl peptidase-4 (DPP-4)"]))
    assert cloze.answers == ("DPP-4",)


def test_the_author_forces_and_forbids_phrases():
    sentence = "Beta blockers such as metoprolol are prescribed for hypertension and angina."
    own = Names("~term", ("Beta Blockers",))
    cloze = make_cloze(sentence, own, hide=("prescribed",), keep=("metoprolol", "Beta blockers"))
    assert "prescribed" in cloze.answers
    assert "metoprolol" not in cloze.answers and "Beta blockers" not in cloze.answers


def test_source_text_cannot_break_cloze_syntax():
    cloze = make_cloze("Zonulin kits print {{c1::codes}} and a::b pairs, <i>&</i> 10 mg/dL.", ZONULIN)
    without_clozes = re.sub(r"\{\{c\d+::[^{}]*?\}\}", "", cloze.text)
    assert "{" not in without_clozes and "}" not in without_clozes and "::" not in without_clozes
    assert "<i>" not in cloze.text and "&lt;i&gt;&amp;&lt;/i&gt;" in cloze.text
    answers = [h for _, h in hidden(cloze.text)]
    assert "Zonulin" in answers and "10 mg/dL" in answers


def test_masking_names_for_reverse_cards():
    text = "Zonulin (pre-haptoglobin 2) opens junctions; zonulins differ."
    assert mask_names(text, ZONULIN.variants) == "___ (___) opens junctions; ___ differ."


def test_a_corrected_number_keeps_its_notes_identity():
    own = Names("~term", ("Peptide YY",))
    before = make_cloze("Its levels lie between 10 to 20 pmol/L and 5 mg of it.", own)
    after = make_cloze("Its levels lie between 10 to 25 pmol/L and 5 mg of it.", own)
    assert before.answers == ("10 to 20 pmol/L", "5 mg") and after.answers == ("10 to 25 pmol/L", "5 mg")
    assert sorted(before.phrases) == sorted(after.phrases) == ["number:mg", "number:pmol/l"]
    # Two numbers with one unit stay two clozes, each asked on its own.
    two = make_cloze("Doses of 5 mg and 10 mg were compared.", own)
    assert two.answers == ("5 mg", "10 mg")


def test_a_letter_after_a_peptide_belongs_to_its_name():
    cloze = make_cloze("It inhibits neuropeptide Y, and peptide YY rises.", Names("~term", ("Leptin",)))
    assert cloze.answers == ("neuropeptide Y", "peptide YY")


def test_words_are_tagged_as_textblobs_pattern_tagger_tags_them():
    from textblob.en.taggers import PatternTagger

    from flashgen.keyphrases import _TOKEN, _tag

    for sentence in ("Beta blockers such as metoprolol are prescribed for hypertension.",
                     "The qSOFA score flags patients with a respiratory rate of 22 breaths per minute.",
                     "Quickly rising, the self-limiting HbA1c-like values normalise within 3.5 hours."):
        words = [m.group() for m in _TOKEN.finditer(sentence)]
        assert _tag(words) == [t for _, t in PatternTagger().tag(" ".join(words), tokenize=False)]
