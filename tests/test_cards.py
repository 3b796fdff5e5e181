from pathlib import Path

import pytest

from flashgen.cards import card_guid, load_templates, render_deck
from flashgen.errors import TemplateError
from flashgen.model import Deck, Section, Term
from flashgen.sources import load_decks

DATA = Path(__file__).parent / "data"


def deck_of(*terms: Term) -> Deck:
    return Deck(id="d", title="D", terms=terms)


def term(**changes) -> Term:
    values = dict(id="t", name="Term", definition="Its definition.", deck="d", path="d/t.yaml", line=1,
                  sections=(Section("Mechanism", "mechanism", "How it works.", 5),))
    values.update(changes)
    return Term(**values)


def test_one_card_per_term_and_topic_with_question_answer_and_tags():
    cards = render_deck(load_decks([DATA / "basic"])[0][0], load_templates(), kinds=("qa",))
    keys = [c.key for c in cards]
    assert keys == [
        "thyroid/reverse-t3/definition/qa", "thyroid/tsh/definition/qa",
        "thyroid/reverse-t3/mechanism/qa", "thyroid/tsh/mechanism/qa",
        "thyroid/tsh/metric/qa", "thyroid/tsh/pitfall/qa",
    ]
    mechanism = cards[3]
    assert mechanism.topic_title == "Mechanism"
    assert "<b class=\"term\">Thyroid-Stimulating Hormone</b>" in mechanism.front
    assert "mechanism" in mechanism.front
    assert mechanism.back == ("<p>Low thyroid hormone levels raise TSH release.</p>\n"
                              "<p>High thyroid hormone levels suppress it.</p>")
    assert mechanism.tags == ("topic::mechanism", "term::tsh")
    assert mechanism.line == 7
    definition = cards[1]
    assert "Also called: TSH, thyrotropin" in definition.back
    assert cards[5].topic_title == "Pitfalls"  # unknown heading shown as written


def test_source_text_is_escaped_never_html():
    (card,) = [c for c in render_deck(load_decks([DATA / "basic"])[0][0], load_templates(), kinds=("qa",))
               if c.topic == "pitfall"]
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in card.back
    assert "<b>&</b>" not in card.back
    script = term(name="<script>alert(1)</script>")
    (first, _) = render_deck(deck_of(script), load_templates(), kinds=("qa",))
    assert "<script>" not in first.front
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in first.front


def test_guid_depends_on_identity_not_text():
    before = render_deck(deck_of(term()), load_templates(), kinds=("qa",))
    edited = term(name="Renamed", definition="New words.",
                  sections=(Section("How it works", "mechanism", "Other text.", 9),))
    after = render_deck(deck_of(edited), load_templates(), kinds=("qa",))
    assert [c.guid for c in before] == [c.guid for c in after]
    assert before[1].back != after[1].back
    assert card_guid("d/t/mechanism/qa") != card_guid("d/t/metric/qa")
    assert card_guid("d/t/mechanism/qa") == card_guid("d/t/mechanism/qa")


def test_override_folder_replaces_a_template_by_file_name():
    templates = load_templates(DATA / "templates-override")
    cards = render_deck(deck_of(term()), templates, kinds=("qa",))
    assert cards[1].front == "OVERRIDDEN Term"
    assert cards[1].back == "[How it works.]"
    assert cards[0].front.startswith('<div class="prompt">What is')  # built-in still used


def test_unknown_variable_in_a_template_names_the_template_and_line(tmp_path):
    (tmp_path / "mechanism.html.j2").write_text(
        "{% block front %}\n{{ term.nickname }}\n{% endblock %}{% block back %}x{% endblock %}")
    with pytest.raises(TemplateError) as caught:
        render_deck(deck_of(term()), load_templates(tmp_path))
    message = str(caught.value)
    assert message == (f"{tmp_path}/mechanism.html.j2:2: 'term' has no attribute 'nickname' "
                       "(while rendering d/t.yaml)")


def test_a_template_failing_for_many_terms_is_reported_once(tmp_path):
    (tmp_path / "mechanism.html.j2").write_text(
        "{% block front %}{{ section.colour }}{% endblock %}{% block back %}x{% endblock %}")
    terms = [term(id=f"t{i}", name=f"Term {i}", path=f"d/t{i}.yaml") for i in range(3)]
    with pytest.raises(TemplateError) as caught:
        render_deck(deck_of(*terms), load_templates(tmp_path), kinds=("qa",))
    assert [str(p) for p in caught.value.problems] == [
        f"{tmp_path}/mechanism.html.j2:1: 'section' has no attribute 'colour' "
        "(while rendering d/t0.yaml and 2 other term files)"]


def test_template_syntax_error_and_missing_block(tmp_path):
    (tmp_path / "mechanism.html.j2").write_text("{% block front %}{{ term.name }\n")
    with pytest.raises(TemplateError) as caught:
        render_deck(deck_of(term()), load_templates(tmp_path))
    assert "mechanism.html.j2:1: template syntax error" in str(caught.value)
    (tmp_path / "mechanism.html.j2").write_text("{% block front %}x{% endblock %}")
    with pytest.raises(TemplateError) as caught:
        render_deck(deck_of(term()), load_templates(tmp_path))
    assert "template has no block 'back'" in str(caught.value)


def test_missing_template_names_the_folders_searched(tmp_path, monkeypatch):
    empty = tmp_path / "builtin"
    empty.mkdir()
    monkeypatch.setattr("flashgen.templatefiles.builtin_templates_dir", lambda: empty)
    with pytest.raises(TemplateError) as caught:
        render_deck(deck_of(term()), load_templates(tmp_path / "builtin"), kinds=("qa",))
    assert str(caught.value.problems[0]) == (
        f"no template for topic 'definition': looked for definition.html.j2 and default.html.j2 "
        f"in {empty}, {empty}")


def test_missing_override_folder_is_an_error(tmp_path):
    with pytest.raises(TemplateError) as caught:
        load_templates(tmp_path / "nope")
    assert str(caught.value) == f"{tmp_path / 'nope'}: the templates folder does not exist"


def test_kinds_come_from_the_option_else_the_deck_else_all():
    facts = dict(definition="A Term is a marker of kidney damage.",
                 sections=(Section("Mechanism", "mechanism", "It rises with serum creatinine.", 5),))
    deck = Deck(id="d", title="D", terms=(term(**facts),), kinds=("reverse", "cloze"))
    assert {c.kind for c in render_deck(deck, load_templates())} == {"reverse", "cloze"}
    assert {c.kind for c in render_deck(deck, load_templates(), kinds=("forward",))} == {"forward"}
    everything = render_deck(deck_of(term(definition="A Term is a marker of kidney damage. It is cheap.",
                                          sections=facts["sections"])), load_templates())
    assert {c.kind for c in everything} == {"qa", "forward", "reverse", "cloze"}
    # Definition cards land in the definition topic; clozes in the topic of their sentence.
    # The forward card asks what the definition's qa card would: only one of them is made.
    assert {(c.kind, c.topic) for c in everything} == {
        ("qa", "mechanism"), ("forward", "definition"), ("reverse", "definition"),
        ("cloze", "definition"), ("cloze", "mechanism")}
    # Forward and reverse are the two cards of one note; every other card is a note of its own.
    assert len({c.key for c in everything}) == len(everything) - 1
    assert {c.template for c in everything if c.key.endswith("/definition/both-ways")} == {"Forward", "Reverse"}


def test_a_one_sentence_definition_is_asked_once_not_by_qa_and_forward_alike():
    one = render_deck(deck_of(term(definition="A Term is a marker of kidney damage.")), load_templates())
    assert {(c.kind, c.topic) for c in one if c.topic == "definition"} == {
        ("forward", "definition"), ("reverse", "definition"), ("cloze", "definition")}
    # Without the forward card the question-and-answer card asks for the definition.
    no_forward = render_deck(deck_of(term(definition="A Term is a marker of kidney damage.")),
                             load_templates(), kinds=("qa", "reverse"))
    assert ("qa", "definition") in {(c.kind, c.topic) for c in no_forward}


def test_the_forward_card_asks_the_first_sentence_and_shows_the_rest_of_the_definition_under_it():
    definition = ("Scree is a slope of broken rock at the foot of a cliff. "
                  "It is often loose underfoot. Walkers call it talus.")
    cards = render_deck(deck_of(term(name="Scree", definition=definition, aliases=("talus", "rock fall"))),
                        load_templates(), kinds=("forward",))
    [forward] = cards
    assert "<p>Scree is a slope of broken rock at the foot of a cliff.</p>" in forward.back
    # A sentence with nothing a cloze would ask is still on a card, below the answer.
    assert '<p class="fg-extra">It is often loose underfoot. Walkers call it talus.</p>' in forward.back
    # An alias the rest of the definition gives is not listed again.
    assert "Also called: rock fall</p>" in forward.back
    one = render_deck(deck_of(term(name="Scree", definition="Scree is broken rock.")), load_templates(),
                      kinds=("forward",))
    assert "fg-extra" not in one[0].back


def test_a_terms_id_counts_as_one_of_its_names():
    from flashgen.cards import term_names
    from flashgen.model import Term

    term = Term(id="leaky-gut", name="Intestinal Hyperpermeability", definition="x", deck="d", aliases=("IHP",))
    assert term_names(term) == ("Intestinal Hyperpermeability", "IHP", "leaky gut", "leaky-gut")
    assert term_names(Term(id="tsh", name="TSH", definition="x", deck="d")) == ("TSH",)
    assert term_names(Term(id="ab", name="Antibody", definition="x", deck="d")) == ("Antibody",)
