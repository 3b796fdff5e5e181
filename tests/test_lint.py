import pytest

from flashgen.lint import enumeration_items
from conftest import DATA


@pytest.mark.parametrize("sentence, items", [
    ("Gluten, alcohol, aspirin, ibuprofen, infection and stress all loosen the seal.", 6),
    ("It is linked with chronic stress, burnout, depression and poor sleep, and is used as a marker.", 4),
    ("Inflammation, dysbiosis, alcohol, some medicines such as NSAIDs, and prolonged stress act.", 5),
    ("Care removes triggers (trigger foods, excess alcohol, unneeded NSAIDs) first.", 3),
    ("With glucose in mmol/L and insulin in µU/mL, the index is glucose times insulin.", 0),
    ("Salt and water.", 0),
    # An appositive and "either … or" are no list.
    ("Area 0, the backbone area, must connect every other area, either directly or through a virtual link.", 0),
    ("Area 0, the backbone area, must connect every other area.", 0),
    ("The router, a small box, is set up once, whether by hand or by a script.", 0),
    ("Routes are learnt from RIP, OSPF, IS-IS, BGP and static entries.", 5),
    # The words before "such as" name the list; they are not its first item.
    ("Hard water holds dissolved minerals, such as calcium, magnesium and iron, that leave scale.", 3),
    # A number's thousands are no items; numbers written as a list are.
    ("If savings rose by $240,000 while only $90,000 was earned, the gap of $150,000 is queried.", 0),
    ("Lots of 1,200, 3,400, 5,600 and 7,800 units were sold.", 4),
])
def test_enumerations_are_counted(sentence, items):
    assert enumeration_items(sentence) == items


def test_check_warns_with_file_and_line(cli, scenario, monkeypatch):
    monkeypatch.chdir(scenario("lint").parent)
    run = cli("check", "lint")
    assert run.code == 0
    assert run.err.splitlines() == [
        "warning: lint/barrier/gut-permeability.yaml:6: section 'Mechanism' of 'Gut permeability' lists 6 "
        "items in one sentence (more than 4): 'Gluten, alcohol, aspirin, ibuprofen, infection and stress a…'; "
        "ask for fewer at once",
        "warning: lint/barrier/leaky-gut.yaml:1: term 'Leaky Gut' is probably the same concept as 'Gut "
        "permeability' (lint/barrier/gut-permeability.yaml:1): 'Leaky Gut' and 'leaky gut' name the same "
        "thing; merge them or tell them apart",
        # The definition's own line, not the top of the file.
        "warning: lint/barrier/leaky-gut.yaml:3: forward card of 'Leaky Gut' (Definition): answer has 34 "
        "words (more than 25): 'Leaky gut is a popular name for a gut wall that lets throug…'; split it "
        "into smaller facts",
        # For information only: not counted, and not an error with --strict.
        "info: lint/barrier/leaky-gut.yaml:1: term 'Leaky Gut' is a definition without sections: it makes "
        "only Definition cards",
        "info: lint/barrier/gut-permeability.yaml:6: section 'Mechanism' of 'Gut permeability': no cloze, "
        "nothing in this sentence is worth asking: 'Repair takes days.'",
    ]
    assert run.out.strip() == "ok: 1 deck, 2 terms, 9 cards, 3 warnings"


def test_limits_are_options(cli, scenario):
    source = scenario("lint")
    run = cli("check", source, "--max-answer-words", "40", "--max-items", "6")
    assert run.code == 0
    assert "answer has" not in run.err and "items in one sentence" not in run.err
    assert "probably the same concept" in run.err
    run = cli("check", source, "--max-answer-words", "3")
    assert "cloze card" not in run.err  # cloze answers are a few words at most
    assert "reverse card of 'Leaky Gut'" not in run.err and "forward card of 'Gut permeability'" in run.err
    assert cli("check", source, "--max-items", "0").code == 2
    assert cli("check", source, "--max-items", "many").code == 2


def test_a_prompt_that_gives_its_answer_away_is_reported(cli, scenario):
    source = scenario("lint")
    run = cli("check", source, "--templates", DATA / "lint-templates", "--kinds", "reverse")
    assert "reverse card of 'Leaky Gut' (Definition): the prompt contains its own answer 'Leaky Gut'" in run.err
    assert "reverse card of 'Gut permeability' (Definition): the prompt contains its own answer" in run.err
    # The built-in templates never do.
    assert "its own answer" not in cli("check", source, "--kinds", "reverse").err


def test_strict_turns_warnings_into_errors(cli, scenario):
    run = cli("check", scenario("lint"), "--strict")
    assert run.code == 1
    assert run.out == ""
    errors = run.err.splitlines()
    assert len(errors) == 3 and all(e.startswith("error: ") for e in errors)
    assert cli("check", scenario("basic"), "--strict").code == 0


def test_the_example_decks_have_no_same_concept_terms(cli):
    from conftest import REPO

    run = cli("check", REPO / "decks")
    assert run.code == 0
    assert "same concept" not in run.err and "its own answer" not in run.err


def gastrin_deck(tmp_path, more: str = ""):
    """Return a deck folder with one term, Gastrin, whose Mechanism has a sentence without a fact."""
    deck = tmp_path / "d"
    deck.mkdir()
    (deck / "gastrin.yaml").write_text(
        "name: Gastrin\n"
        "definition: Gastrin is a hormone that makes the stomach secrete acid.\n"
        "sections:\n"
        "  - heading: Mechanism\n"
        "    text: It acts on parietal cells. So it is.\n" + more)
    return deck


def test_a_sentence_no_cloze_asks_is_listed_as_information(cli, tmp_path):
    deck = gastrin_deck(tmp_path)
    run = cli("check", deck)
    assert run.code == 0
    assert run.err.splitlines() == [
        f"info: {deck}/gastrin.yaml:4: section 'Mechanism' of 'Gastrin': no cloze, nothing in this "
        "sentence is worth asking: 'So it is.'"]
    assert run.out.strip() == "ok: 1 deck, 1 term, 4 cards, 0 warnings"
    assert cli("check", deck, "--strict").code == 0
    # Without cloze cards there is nothing to tell.
    assert cli("check", deck, "--kinds", "qa").err == ""


def test_the_authors_cloze_keys_are_checked_against_the_text(cli, tmp_path):
    deck = gastrin_deck(tmp_path, "cloze:\n"
                                  "  hide: [acid, pepsin]\n"
                                  "  keep:\n"
                                  "    - parietal cells\n"
                                  "  skip: [So it is, It never rests]\n")
    run = cli("check", deck)
    assert run.code == 0
    # A skipped sentence is not listed as unasked.
    assert run.err.splitlines() == [
        f"warning: {deck}/gastrin.yaml:7: cloze hide 'pepsin' of 'Gastrin' does not occur in the term's text",
        f"warning: {deck}/gastrin.yaml:10: cloze skip 'It never rests' of 'Gastrin' matches no sentence "
        "of the term",
        f"info: {deck}/gastrin.yaml:4: section 'Mechanism' of 'Gastrin': no cloze, nothing in this "
        "sentence is worth asking: 'It acts on parietal cells.'"]
    (deck / "gastrin.yaml").write_text((deck / "gastrin.yaml").read_text() + "  colour: red\n")
    run = cli("check", deck)
    assert run.code == 1
    assert run.err.splitlines() == [
        f"error: {deck}/gastrin.yaml:11: unknown key 'colour' in 'cloze' (expected one of: hide, keep, skip)"]


def test_a_reverse_prompt_giving_the_name_away_with_other_hyphens_is_caught(cli, tmp_path):
    deck = tmp_path / "d"
    deck.mkdir()
    (deck / "glp1.yaml").write_text(
        "id: glp-1\n"
        "name: Glucagon-like peptide 1\n"
        "definition: Glucagon-like peptide-1 is an incretin hormone made in the gut.\n"
        "sections:\n"
        "  - heading: Mechanism\n"
        "    text: It makes the pancreas release insulin after a meal.\n")
    run = cli("check", deck, "--kinds", "reverse")
    assert run.code == 0
    assert "reverse card of 'Glucagon-like peptide 1' (Definition): the prompt contains its own answer" in run.err
