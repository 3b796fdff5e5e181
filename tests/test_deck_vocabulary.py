"""Phrases that recur across a deck's pages are its vocabulary: asked even when made of everyday words."""

import re

import yaml

from flashgen.build import BuildConfig, build, prepare
from flashgen.cards import deck_rendering, load_templates, render_deck
from flashgen.keyphrases import recurring_phrases
from flashgen.model import Deck, Term
from flashgen import rendering
from flashgen.rendering import RenderCache, lean

AQUIFER = ("Aquifer", "An aquifer is a layer of porous rock that holds groundwater. "
                      "Wells tap it below the water table.")
SPRING_TABLE = ("Spring", "A spring is where groundwater reaches the surface. "
                          "It flows where the water table meets the ground.")
SPRING_PLAIN = ("Spring", "A spring is where groundwater reaches the surface. It flows out of hillsides.")


def _deck(*terms):
    return Deck(id="geo", title="Geo", terms=tuple(
        Term(id=name.casefold(), name=name, definition=text, deck="geo", path=f"{name}.yaml")
        for name, text in terms))


def _hidden(deck):
    return {h for c in render_deck(deck, load_templates(), kinds=("cloze",))
            for h in re.findall(r"\{\{c\d+::(.*?)\}\}", c.front)}


def test_a_phrase_recurs_on_two_pages_but_not_on_one_nor_on_nearly_all():
    pages = [["The water table drops."], ["Rain raises the water tables."], ["Porous rock holds water."]]
    assert recurring_phrases(pages) == ("water table",)
    # On every one of sixty pages a phrase is the site's boilerplate, not its vocabulary.
    boiler = [[f"Read our privacy notice before page {n}.", "Rock salt"] for n in range(60)]
    assert "privacy notice" not in recurring_phrases(boiler)
    # Function words do not make a phrase: "it below", "of the" never count.
    assert recurring_phrases([["it flows below the"], ["it flows below the"]]) == ()


def test_an_everyday_compound_is_asked_when_the_deck_uses_it_on_two_pages():
    assert "water table" in _hidden(_deck(AQUIFER, SPRING_TABLE))
    assert "water table" not in _hidden(_deck(AQUIFER, SPRING_PLAIN))
    # A name made of everyday words is not lifted: it is where facts happen, not a fact.
    places = _deck(("Loess", "Loess covers much of the United States."),
                   ("Till", "Glacial till lies across the northern United States."))
    assert "United States" not in _hidden(places)


def test_the_deck_rendering_holds_the_recurring_phrases_only_for_clozes():
    deck = _deck(AQUIFER, SPRING_TABLE)
    assert "water table" in deck_rendering(deck).recurring_of("aquifer")
    assert deck_rendering(deck, kinds=("qa",)).recurring_of("aquifer") == frozenset()


def _write(folder, *terms):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "deck.yaml").write_text("title: Geo\n", encoding="utf-8")
    for name, text in terms:
        (folder / f"{name.casefold()}.yaml").write_text(yaml.safe_dump({"name": name, "definition": text}),
                                                        encoding="utf-8")


def test_a_cached_build_renders_a_term_again_when_another_term_starts_using_its_phrase(tmp_path):
    source, out = tmp_path / "src" / "geo", tmp_path / "out"
    _write(source, AQUIFER, SPRING_PLAIN)
    build(BuildConfig(sources=(source.parent,), out=out))
    # Only the spring's page changes, yet the aquifer's clozes now ask the water table too.
    (source / "spring.yaml").write_text(yaml.safe_dump({"name": "Spring", "definition": SPRING_TABLE[1]}),
                                        encoding="utf-8")
    cached = prepare((source.parent,), cache=RenderCache(out)).cards
    # Cards that go through the cache are lean: the same, without lint's plain text.
    assert cached == tuple(lean(c) for c in prepare((source.parent,)).cards)
    aquifer = [c.front for c in cached if c.term_id == "aquifer" and c.kind == "cloze"]
    assert "Wells tap it below the {{c1::water table}}." in aquifer


def _built_with_a_render_log(tmp_path, monkeypatch):
    """Build the aquifer, the spring (not yet naming the water table) and basalt; return the
    source folder, the output folder and the list of term ids rendered from then on."""
    source, out = tmp_path / "src" / "geo", tmp_path / "out"
    basalt = ("Basalt", "Basalt is a dark volcanic rock rich in iron. It cools quickly.")
    _write(source, AQUIFER, SPRING_PLAIN, basalt)
    build(BuildConfig(sources=(source.parent,), out=out))
    rendered = []
    real = rendering.render_term
    monkeypatch.setattr(rendering, "render_term", lambda r, term, t: rendered.append(term.id) or real(r, term, t))
    return source, out, rendered


def test_a_phrase_starting_to_recur_renders_again_only_the_terms_that_use_it(tmp_path, monkeypatch):
    source, out, rendered = _built_with_a_render_log(tmp_path, monkeypatch)
    # "water table" now recurs: the aquifer and the spring use it; basalt's text does not hold it.
    (source / "spring.yaml").write_text(yaml.safe_dump({"name": "Spring", "definition": SPRING_TABLE[1]}),
                                        encoding="utf-8")
    cached = prepare((source.parent,), cache=RenderCache(out)).cards
    assert sorted(rendered) == ["aquifer", "spring"]
    assert cached == tuple(lean(c) for c in prepare((source.parent,)).cards)


def test_a_term_is_given_only_the_recurring_phrases_its_own_text_holds():
    deck = _deck(AQUIFER, SPRING_TABLE, ("Basalt", "Basalt is a dark volcanic rock."))
    held = deck_rendering(deck)
    assert held.recurring_of("aquifer") == held.recurring_of("spring") == {"water table"}
    assert held.recurring_of("basalt") == frozenset()


def test_a_new_term_renders_again_only_the_terms_whose_text_can_name_it(tmp_path, monkeypatch):
    source, out, rendered = _built_with_a_render_log(tmp_path, monkeypatch)
    # A page for groundwater: the aquifer and the spring speak of it, basalt does not.
    _write(source, ("Groundwater", "Groundwater is water held underground in the pores of rock."))
    cached = prepare((source.parent,), cache=RenderCache(out)).cards
    assert sorted(rendered) == ["aquifer", "groundwater", "spring"]
    assert cached == tuple(lean(c) for c in prepare((source.parent,)).cards)
    assert any("::groundwater}}" in c.front for c in cached if c.term_id == "aquifer")


def test_a_deck_name_that_is_an_everyday_word_is_hidden_only_where_written_as_a_name():
    terms = (
        Term(id="or", name="Or", deck="d", definition="Or is the heraldic tincture gold, often shown as yellow."),
        Term(id="chief", name="Chief", deck="d", definition=(
            "A chief is the band across the top of a shield, drawn in a tincture such as azure or gules. "
            "A chief Or over a field of azure is an old Scottish pattern.")),
    )
    fronts = [c.front for c in render_deck(Deck(id="d", title="D", terms=terms), load_templates(), kinds=("cloze",))]
    hidden = [h for f in fronts for h in re.findall(r"\{\{c\d+::(.*?)\}\}", f)]
    assert "or" not in hidden  # the conjunction of "azure or gules"
    assert "Or" in hidden  # the tincture, written as its name
