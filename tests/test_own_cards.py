"""The author's own cards: questions and cloze sentences written in a term file."""

import html
import re

import pytest
from conftest import import_package

from flashgen.build import BuildConfig, build, prepare
from flashgen.errors import FlashgenError
from flashgen.lint import lint

TERM = """\
name: Zonulin
definition: Zonulin is a protein that loosens the tight junctions between gut cells.
sections:
  - heading: Mechanism
    text: It takes apart the junction proteins.
cards:
  - topic: Mechanism
    question: What does zonulin <b>loosen</b> & why?
    answer: The tight junctions, by taking apart their proteins; {{c1::x}} shows as written.
  - topic: metrics
    cloze: "Serum {{c1::zonulin}} is measured by {{c2::ELISA::a lab method}} <i>&</i>."
  - topic: Metric
    id: stool
    cloze: In stool it is measured by {{c1::ELISA}} too, see a::b.
"""


def _deck(tmp_path, text=TERM, name="zonulin.yaml"):
    deck = tmp_path / "gut"
    deck.mkdir(exist_ok=True)
    (deck / name).write_text(text)
    return deck


def _plain(text):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def test_own_cards_reach_anki_escaped_with_their_blanks(tmp_path, collection):
    result = build(BuildConfig(sources=(_deck(tmp_path),), out=tmp_path / "out"))
    for package in result.packages:
        import_package(collection, package)
    (question,) = [collection.get_card(c) for c in collection.find_cards('"Front:*why?*"')]
    assert "What does zonulin &lt;b&gt;loosen&lt;/b&gt; &amp; why?" in question.render_output().question_text
    assert collection.decks.name(question.did) == "Gut::Mechanism"
    assert "The tight junctions" in question.render_output().answer_text
    serum = [collection.get_card(c) for c in collection.find_cards('"Text:*Serum*"')]
    assert sorted(c.ord for c in serum) == [0, 1]  # c1 and c2: two cards of one note
    assert {collection.decks.name(c.did) for c in serum} == {"Gut::Metric"}
    by_ord = {c.ord: c for c in serum}
    first = _plain(by_ord[0].render_output().question_text)
    assert "Serum [...] is measured by ELISA <i>&</i>." in first
    assert "{{c1::x}} shows as written" in _plain(question.render_output().answer_text)
    assert "[a lab method]" in _plain(by_ord[1].render_output().question_text)
    assert "zonulin" in _plain(by_ord[1].render_output().question_text)
    (stool,) = [collection.get_card(c) for c in collection.find_cards('"Text:*stool*"')]
    assert "see a::b." in _plain(stool.render_output().answer_text)
    # The stool sentence does not name the term: the term is shown as context.
    assert stool.note()["Context"] == "Zonulin"


def test_own_cards_keep_their_notes_when_their_text_is_edited(tmp_path):
    deck = _deck(tmp_path)
    before = {c.key: c.guid for c in prepare([deck]).cards if "/own:" in c.key}
    assert sorted(before) == ["gut/zonulin/mechanism/qa/own:1", "gut/zonulin/metric/cloze/own:elisa+zonulin",
                              "gut/zonulin/metric/cloze/own:stool"]
    edited = TERM.replace("& why?", "and why?").replace("Serum {{c1", "In serum, {{c1").replace(
        "In stool it is measured by {{c1::ELISA}}", "In stool, {{c1::ELISA}} measures it")
    (deck / "zonulin.yaml").write_text(edited)
    after = {c.key: c.guid for c in prepare([deck]).cards if "/own:" in c.key}
    assert after == before


def test_own_cards_go_through_checks_rules(tmp_path):
    long = " ".join(["word"] * 30)
    text = TERM + f"  - topic: Risk\n    question: What is risky?\n    answer: {long}\n"
    prepared = prepare([_deck(tmp_path, text)])
    warnings = [str(w) for w in lint(prepared.decks, prepared.cards)]
    assert any("zonulin.yaml:15:" in w and "answer has 30 words" in w for w in warnings), warnings


def test_kinds_choose_own_questions_and_own_clozes(tmp_path):
    deck = _deck(tmp_path)
    qa = [c for c in prepare([deck], kinds=("qa",)).cards if "/own:" in c.key]
    cloze = [c for c in prepare([deck], kinds=("cloze",)).cards if "/own:" in c.key]
    assert [c.kind for c in qa] == ["qa"] and [c.kind for c in cloze] == ["cloze", "cloze"]


@pytest.mark.parametrize("entry, line, message", [
    ("  - topic: Risk\n    cloze: No blank here.\n", 16, "a cloze needs at least one blank written {{c1::…}}"),
    ("  - topic: Risk\n    cloze: A {{c1::nested {{c2::one}} }}.\n", 16, "cloze markup is broken near"),
    ("  - topic: Risk\n    cloze: A {{c1::open one.\n", 16, "cloze markup is broken near"),
    ("  - topic: Risk\n    cloze: Levels rise after {{c1::...}} hours.\n", 16,
     "the blank '{{c1::...}}' hides no word or number"),
    ("  - topic: Risk\n    cloze: Levels rise after {{c1::?::how long}} hours.\n", 16,
     "hides no word or number"),
    ("  - topic: Risk\n    question: Why?\n", 15, "card has a 'question' but no 'answer'"),
    ("  - question: Why?\n    answer: Because.\n", 15, "card has no 'topic'"),
    ("  - topic: Mechansim\n    question: Why?\n    answer: Because.\n", 15,
     "unknown topic 'Mechansim'; did you mean 'mechanism'?"),
    ("  - topic: Risk\n    question: Why?\n    answer: Because.\n    cloze: A {{c1::b}}.\n", 15,
     "a card has either 'cloze' or 'question' and 'answer', not both"),
    ("  - topic: Metric\n    id: stool\n    cloze: Again {{c1::ELISA}}.\n", 16,
     "card id 'stool' is already used on line 12"),
    ("  - topic: Risk\n    colour: red\n    question: Why?\n    answer: Because.\n", 16, "unknown key 'colour' in card"),
])
def test_a_broken_own_card_is_an_error_with_file_and_line(tmp_path, cli, entry, line, message):
    deck = _deck(tmp_path, TERM + entry)
    with pytest.raises(FlashgenError) as caught:
        prepare([deck])
    assert any(p.line == line and message in p.message and p.path.endswith("zonulin.yaml")
               for p in caught.value.problems), caught.value.problems
    run = cli("check", deck)
    assert run.code == 1 and f"zonulin.yaml:{line}: " in run.err and "Traceback" not in run.err


def test_two_own_clozes_hiding_the_same_phrase_without_ids_are_warned_about(tmp_path, cli):
    # Told apart by their order alone, the second would take the first one's note if the
    # first were deleted.
    text = TERM + ("  - topic: Metric\n    cloze: Faecal calprotectin is read by {{c1::ELISA}}.\n"
                   "  - topic: Metric\n    cloze: Lactoferrin in stool is also read by {{c1::ELISA}}.\n")
    prepared = prepare([_deck(tmp_path, text)])
    warnings = [str(w) for w in lint(prepared.decks, prepared.cards)]
    repeated = [w for w in warnings if "hides the same phrases as the own card at line 15" in w]
    assert len(repeated) == 1 and "zonulin.yaml:17:" in repeated[0], warnings
    run = cli("check", _deck(tmp_path, text))
    assert "give each of them an 'id'" in run.out + run.err


def test_own_clozes_with_ids_or_other_phrases_are_not_warned_about(tmp_path):
    text = TERM + ("  - topic: Metric\n    id: calpro\n    cloze: Faecal calprotectin is read by {{c1::ELISA}}.\n"
                   "  - topic: Risk\n    cloze: Stool tests can mislead after {{c1::antibiotics}}.\n")
    prepared = prepare([_deck(tmp_path, text)])
    assert not [w for w in lint(prepared.decks, prepared.cards) if "hides the same phrases" in str(w)]
