"""What a cloze hides, leaves visible or splits, on sentences written for these tests:

- the noun before a coined name or a code it says the kind of ("the gut hormone obestatin");
- two names joined by "and" or "or", unless credited or inside a name's brackets;
- people in a role opening a clause ("whereas woodcutters often fell …");
- a pronoun given a kind again ("It is a modest change that …"), which states no fact,
  unless a technical noun puts it in its class ("It is a hormone that …");
- "one" that picks out one of several ("from one generation to the next");
- a symbol the term used before; a possessive name before a year;
- words the tagger misreads: an adjective ending a noun group, a verb after "that" or a
  subject pronoun, a gerund before its object, a plural before a modal;
- a range after a name, and a year before "many", each a number of its own.
"""

import html
import re

from flashgen.cloze import Names, make_cloze
from flashgen.keyphrases import key_phrases

TERM = Names("~term", ("Satiety",))


def hidden(sentence: str) -> list[str]:
    cloze = make_cloze(sentence, TERM)
    return [html.unescape(h) for _, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", cloze.text)] if cloze else []


def phrases(sentence: str) -> list[str]:
    return [sentence[p.start:p.end] for p in key_phrases(sentence)]


def test_a_coined_name_after_the_noun_saying_what_it_is_is_hidden_alone():
    assert "obestatin" in hidden("Appetite after a meal is curbed by the gut hormone obestatin.")
    found = phrases("Night-time blood pressure falls under the experimental drug lorvaxidine, given at dusk.")
    assert "lorvaxidine" in found and "experimental drug lorvaxidine" not in found


def test_a_compound_ending_on_a_word_made_of_english_ones_stays_whole():
    assert "brass latch excluder" in phrases("The gate is fitted with a brass latch excluder to keep draughts out.")


def test_two_names_joined_by_and_or_or_are_two_facts_unless_a_pair_is_credited():
    asked = hidden("Hardy late-ripening vines are grown mostly in Rioja and Navarra.")
    assert "Rioja" in asked and "Navarra" in asked and "Rioja and Navarra" not in asked
    asked = hidden("The clinic stocks its vaccine in Oslo or Bergen, whichever is nearer.")
    assert "Oslo" in asked and "Bergen" in asked
    assert "Harlow and Mendez" in hidden("The hunger scale was devised by Harlow and Mendez in 1971.")


def test_people_in_a_role_opening_a_clause_beside_a_fact_are_its_frame():
    asked = hidden("Most wild oats ripen by July, whereas woodcutters often fell birch with a billhook.")
    assert "billhook" in asked and "woodcutters" not in asked
    asked = hidden("Before it is sealed, the distiller will usually char the barrel over a smouldering oak fire "
                   "for twelve minutes.")
    assert "twelve minutes" in asked and "distiller" not in asked


def test_a_pronoun_given_a_kind_again_states_no_fact_unless_the_sentence_shows_one():
    assert make_cloze("It is a modest change that people will discuss for years.", TERM) is None
    asked = hidden("It is a common cause of contact dermatitis among florists.")
    assert "contact dermatitis" in asked


def test_an_adjective_ending_a_group_an_article_opens_is_its_noun():
    found = phrases("The wound was washed with a mild topical antiseptic that the nurse diluted in saline.")
    assert "mild topical antiseptic" in found


def test_one_that_picks_out_one_of_several_counts_nothing():
    asked = hidden("Recipes for sourdough pass from one generation to the next in most villages.")
    assert "one generation" not in asked
    assert "one hour" in hidden("The dough rests for one hour before it is shaped.")


def test_a_pronoun_said_to_be_one_of_a_kind_states_no_fact_unless_the_sentence_shows_one():
    assert make_cloze("It is one of the first things bakers notice about rye.", TERM) is None
    assert "anaemia" in hidden("It is one of the main causes of anaemia in toddlers.")


def test_a_pronoun_put_in_its_class_by_a_technical_noun_still_states_a_fact():
    # "It is a hormone that …" says what the term is and does; only an everyday kind ("a
    # modest change") or a judgement ("a worrying trend", "the more tiresome pests") is padding.
    assert hidden("It is a hormone that lowers blood glucose by moving glucose into muscle and fat cells.")
    assert hidden("It is an enzyme that splits starch into maltose in the small intestine.")
    assert make_cloze("It is a worrying habit that people find hard to break.", TERM) is None
    assert make_cloze("It is one of the more tiresome pests to deal with.", TERM) is None


def test_a_symbol_the_term_used_before_is_given_like_a_word():
    own = Names("~term", ("Credibility",))
    earlier = "credibility gives a weight z between 0 and 1 to a risk's own claims. the weight z grows with the claims."
    sentence = "As the years of data pile up, Z climbs towards 1 and the premium follows the Bühlmann estimate."
    cloze = make_cloze(sentence, own, earlier=earlier)
    asked = [html.unescape(h) for _, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", cloze.text)]
    assert "Bühlmann estimate" in asked and "Z" not in asked


def test_whose_and_when_before_a_thing_are_not_one_phrase_with_it():
    asked = hidden("Fullness was first measured in Dorothea Keller's 1958 meal-replacement trials at a Zurich clinic.")
    assert "Dorothea Keller" in asked
    assert not any("Keller's" in h for h in asked)


def test_a_code_after_the_noun_saying_what_it_is_is_hidden_alone_but_a_rarer_noun_keeps_it():
    asked = hidden("The sweetener is made only by the Danish company KRVX at a plant near Aarhus.")
    assert "KRVX" in asked and not any("company" in h for h in asked)
    assert "peptide YY" in hidden("Appetite falls after a meal as the gut releases the peptide YY into the blood.")


def test_a_relative_clause_s_verb_is_read_as_one_though_a_clause_inside_it_has_a_verb_too():
    asked = hidden("The Brennholt index is a scale from 1 to 6 that ranks blizzards by the depth of snow "
                   "they leave behind.")
    assert "1 to 6" in asked and not any("ranks" in h for h in asked)


def test_a_word_in_s_after_a_subject_pronoun_is_its_verb():
    found = phrases("The survey is slow, because it maps hedgerow loss from old aerial photographs.")
    assert "hedgerow loss" in found and "maps hedgerow loss" not in found


def test_two_names_joined_by_and_in_the_brackets_of_a_name_stay_one():
    asked = hidden("Food labels in Ruritania follow the Consumer Goods (Labelling and Packaging) Act 1994, "
                   "which sets a 12-point minimum.")
    assert "Labelling and Packaging" in asked and "Labelling" not in asked


def test_a_past_form_after_a_subject_pronoun_is_its_verb():
    found = phrases("The steam plough spread quickly, and it displaced ox-drawn tillage within a decade.")
    assert "ox-drawn tillage" in found and "displaced ox-drawn tillage" not in found


def test_a_gerund_after_a_preposition_before_an_abbreviation_is_a_verb_and_its_object():
    found = phrases("By storing CO2 as malic acid overnight, cacti keep their stomata shut through the day.")
    assert "CO2" in found and "storing CO2" not in found


def test_a_hyphenated_word_in_ing_before_an_article_is_a_verb_not_a_noun():
    found = phrases("A bimetal strip bends as it warms, de-coupling the contacts of the thermostat.")
    assert "bimetal strip" in found and "de-coupling" not in found


def test_a_word_in_s_before_a_modal_is_the_noun_its_adjective_qualifies():
    found = phrases("Modern high-speed spins can crack the glass rotor of a centrifuge.")
    assert any(h.endswith("high-speed spins") for h in found)


def test_a_range_after_a_name_is_a_number_of_its_own():
    found = phrases("On the Kestler 1–7 scale, a score of 6 means near-total crop loss.")
    assert "1–7 scale" in found and "Kestler 1" not in found


def test_a_year_before_a_quantifier_counts_nothing_after_it():
    found = phrases("Since 1996 many Dutch dairies have pasteurised their whey twice.")
    assert "1996" in found and not any("1996 many" in h for h in found)
