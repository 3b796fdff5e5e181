"""Cards reused from the last build equal cards rendered from scratch, byte for byte; a pool changes nothing."""

import json
import shutil

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, tree_bytes

from flashgen import rendering, workpool
from flashgen.build import BuildConfig, build, prepare
from flashgen.cards import deck_rendering
from flashgen.sources import load_decks
from flashgen.model import CARD_FIELDS
from flashgen.templatefiles import builtin_templates_dir
from flashgen.rendering import CACHE_NAME, RenderCache, lean

# Terms that mention each other, so that a name or alias of one shows up in the clozes of another.
TERMS = {
    "zonulin": {"name": "Zonulin", "aliases": ["pre-haptoglobin 2"],
                "definition": "Zonulin is a protein that loosens tight junctions (TJs) in the gut.",
                "sections": [{"heading": "Mechanism",
                              "text": "Gliadin triggers zonulin release. Endotoxin (LPS) then crosses "
                                      "the barrier, e.g. within 30 to 45 minutes."},
                             {"heading": "Metric", "text": "Measured by ELISA in serum at 5.7 ng/mL."}]},
    "lps": {"name": "Lipopolysaccharide", "aliases": ["LPS", "endotoxin"],
            "definition": "Lipopolysaccharide is a molecule of the outer membrane of gram-negative bacteria.",
            "sections": [{"heading": "Risk",
                          "text": "Raised LPS drives inflammation. Zonulin lets it through a leaky barrier."}]},
    "gliadin": {"name": "Gliadin", "definition": "Gliadin is a protein of gluten that triggers zonulin.",
                "sections": [{"heading": "Mechanism", "text": "It binds CXCR3 on enterocytes."}]},
}
NEW_TERM = {"name": "Tight junction", "aliases": ["TJ"],
            "definition": "A tight junction seals the gap between two epithelial cells.",
            "sections": [{"heading": "Mechanism", "text": "Zonulin opens tight junctions within minutes."}]}
WORDS = ["barrier", "zonulin", "LPS", "endotoxin", "Gliadin", "serum", "5.5 mmol/L", "gluten", "(CRP)",
         "Tight junction", "coeliac disease", "insulin"]


def _write_deck(folder, terms, title="Gut Basics"):
    folder.mkdir(parents=True, exist_ok=True)
    for path in folder.glob("*.yaml"):
        path.unlink()
    (folder / "deck.yaml").write_text(yaml.safe_dump({"title": title}), encoding="utf-8")
    for term_id, term in terms.items():
        (folder / f"{term_id}.yaml").write_text(yaml.safe_dump(term, allow_unicode=True), encoding="utf-8")


_term = st.sampled_from(sorted(TERMS) + ["tj"])
EDITS = st.one_of(
    st.tuples(st.just("text"), _term, st.sampled_from(WORDS)),
    st.tuples(st.just("name"), _term, st.sampled_from(["Zonulin", "Haptoglobin 2", "Endotoxin", "Gliadins"])),
    st.tuples(st.just("alias"), _term, st.sampled_from(["TJ", "gluten", "zonulin", "LPS", "barrier"])),
    st.tuples(st.just("drop alias"), _term, st.just("")),
    st.tuples(st.just("add term"), st.just("tj"), st.just("")),
    st.tuples(st.just("remove term"), _term, st.just("")),
    st.tuples(st.just("template"), st.sampled_from(["default.html.j2", "_answer.html.j2", "note.css"]),
              st.sampled_from(WORDS)),
    st.tuples(st.just("title"), st.just(""), st.sampled_from(["Gut Basics", "The Gut"])),
)


def _apply(edit, terms, templates, title):
    what, target, word = edit
    if what == "template":
        path = templates / target
        text = path.read_text(encoding="utf-8")
        marker = f"<!-- {word} -->" if target != "note.css" else f"/* {word} */"
        path.write_text(text + marker + "\n", encoding="utf-8")
        return title
    if what == "title":
        return word
    if what == "add term":
        terms.setdefault("tj", NEW_TERM)
        return title
    if target not in terms:
        return title
    term = terms[target]
    if what == "text":
        section = term["sections"][0]
        section["text"] = section["text"].replace(".", f" with {word}.", 1)
    elif what == "name":
        term["name"] = word
    elif what == "alias":
        term["aliases"] = [*term.get("aliases", []), word]
    elif what == "drop alias":
        term["aliases"] = term.get("aliases", [])[1:]
    elif what == "remove term" and len(terms) > 1:
        del terms[target]
    return title


def _without_cache(folder):
    return {k: v for k, v in tree_bytes(folder).items() if k != CACHE_NAME}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(EDITS, min_size=1, max_size=4))
def test_a_cached_rebuild_equals_a_rebuild_from_scratch(tmp_path_factory, edits):
    root = tmp_path_factory.mktemp("cache")
    source, templates, cached = root / "src" / "gut", root / "templates", root / "cached"
    templates.mkdir()
    for name in ("default.html.j2", "_answer.html.j2", "note.css"):
        shutil.copy(builtin_templates_dir() / name, templates / name)
    terms = {k: yaml.safe_load(yaml.safe_dump(v)) for k, v in TERMS.items()}
    title = "Gut Basics"
    _write_deck(source, terms, title)
    config = BuildConfig(sources=(source.parent,), out=cached, templates=templates)
    build(config)
    for step, edit in enumerate(edits):
        title = _apply(edit, terms, templates, title)
        _write_deck(source, terms, title)
        # The same folder as the cached build will see it, but with nothing to reuse.
        scratch = root / f"scratch-{step}"
        shutil.copytree(cached, scratch)
        (scratch / CACHE_NAME).unlink(missing_ok=True)
        # Cards that go through the cache are lean: the same, without lint's plain text.
        expected = tuple(lean(c) for c in prepare((source.parent,), templates).cards)
        assert prepare((source.parent,), templates, cache=RenderCache(cached)).cards == expected
        # Each term's phrases from the memo make the deck's recurring phrases found from scratch.
        (deck,), _ = load_decks((source.parent,))
        last = RenderCache(cached)
        kept = last.memo.page_phrases(deck.id, deck.terms)
        assert (deck_rendering(deck, None, lambda term: kept[term.id]).term_recurring
                == deck_rendering(deck).term_recurring), edit
        last.close()
        build(config)
        build(BuildConfig(sources=(source.parent,), out=scratch, templates=templates))
        assert _without_cache(cached) == _without_cache(scratch), edit
        if (scratch / CACHE_NAME).exists():  # not when no package changed
            assert (cached / CACHE_NAME).read_bytes() == (scratch / CACHE_NAME).read_bytes(), edit


def test_the_cache_is_used_and_a_damaged_cache_is_ignored(tmp_path, scenario, monkeypatch):
    source = scenario("basic")
    out = tmp_path / "out"
    build(BuildConfig(sources=(source,), out=out))
    expected = tuple(lean(c) for c in prepare((source,)).cards)
    # Served whole from the cache, nothing is rendered.
    monkeypatch.setattr(rendering, "render_term", None)
    assert prepare((source,), cache=RenderCache(out)).cards == expected
    monkeypatch.undo()
    cache = out / CACHE_NAME
    lines = cache.read_text(encoding="utf-8").splitlines()
    key, deck, _ = lines[1].split("\t", 2)
    for damaged in (f"{lines[0]}\nnonsense\n", f"{lines[0]}\n{key}\t{deck}\t[[1, 2]]\n",
                    f"{lines[0]}\n{lines[1][:90]}\n", "\xff\xfe not text"):
        cache.write_bytes(damaged.encode("latin-1" if damaged.startswith("\xff") else "utf-8"))
        assert prepare((source,), cache=RenderCache(out)).cards == expected


def test_a_pool_renders_the_same_bytes_as_one_process(tmp_path, monkeypatch):
    decks = tmp_path / "decks"
    shutil.copytree(REPO / "decks", decks)
    serial = tmp_path / "serial"
    build(BuildConfig(sources=(decks,), out=serial))
    monkeypatch.setattr(rendering, "POOL_MIN_TERMS", 1)
    monkeypatch.setattr(workpool, "workers", lambda: 2)
    started = []
    real = workpool.Workers._start
    monkeypatch.setattr(workpool.Workers, "_start", lambda self: started.append(self) or real(self))
    events = []
    pooled = tmp_path / "pooled"
    build(BuildConfig(sources=(decks,), out=pooled), progress=lambda *e: events.append(e))
    assert started  # the pool did the rendering
    assert tree_bytes(pooled) == tree_bytes(serial)
    renders = [(done, total) for stage, done, total in events if stage == "render"]
    assert renders[-1][0] == renders[-1][1] > 1
    assert [done for done, _ in renders] == sorted(done for done, _ in renders)


def test_lean_cards_write_the_same_packages_as_full_ones(tmp_path, monkeypatch):
    decks = tmp_path / "decks"
    shutil.copytree(REPO / "decks", decks)
    lean_out, full_out = tmp_path / "lean", tmp_path / "full"
    build(BuildConfig(sources=(decks,), out=lean_out))
    cards = prepare((decks,), cache=RenderCache(lean_out)).cards
    assert cards and all(not c.answers and not any(c.prompts) for c in cards)
    assert sum(c.anki_cards for c in cards) == sum(c.anki_cards for c in prepare((decks,)).cards)
    # The same build with the plain text of prompts and answers kept on every card.
    monkeypatch.setattr(rendering, "lean", lambda card: card)
    monkeypatch.setattr(rendering, "lean_cards", lambda result: result)
    build(BuildConfig(sources=(decks,), out=full_out))
    assert any(c.answers for c in prepare((decks,), cache=RenderCache(full_out)).cards)
    assert _without_cache(lean_out) == _without_cache(full_out)


def test_a_rebuild_finds_again_only_what_an_edited_term_changed(tmp_path, monkeypatch):
    from flashgen import anki, cloze, keyphrases
    from flashgen.manifest import read_manifest

    source = tmp_path / "src" / "gut"
    terms = {k: yaml.safe_load(yaml.safe_dump(v)) for k, v in TERMS.items()}
    _write_deck(source, terms)
    out = tmp_path / "out"
    build(BuildConfig(sources=(source.parent,), out=out))
    _apply(("text", "gliadin", "serum"), terms, None, "Gut Basics")
    _write_deck(source, terms)
    # The words a term's text names others by, and the digests of its notes, are worked
    # out again for the edited term only: the others' come from the last build.
    words, notes, phrases = [], [], []
    real_words, real_digest, real_phrases = cloze.name_words, anki._digest, keyphrases.page_phrases
    monkeypatch.setattr(cloze, "name_words", lambda texts: words.append(1) or real_words(texts))
    monkeypatch.setattr(keyphrases, "page_phrases", lambda texts: phrases.append(1) or real_phrases(texts))
    # A note's digest is made of its GUID and fields; a package's has no GUID.
    monkeypatch.setattr(anki, "_digest", lambda value: ("guid" in value and notes.append(value["guid"]))
                        or real_digest(value))
    build(BuildConfig(sources=(source.parent,), out=out))
    assert len(words) == 1 and len(phrases) == 1
    monkeypatch.undo()
    by_term = {n.guid: n.key.split("/")[1] for r in read_manifest(out).packages for n in r.notes}
    assert notes and {by_term[guid] for guid in notes} == {"gliadin"}


def test_a_build_holds_no_copy_of_the_cards_or_the_memo_it_keeps(tmp_path):
    source = tmp_path / "src" / "gut"
    _write_deck(source, TERMS)
    out = tmp_path / "out"
    out.mkdir()
    cache = RenderCache(out)
    cards = prepare((source.parent,), cache=cache).cards
    kept = [entry[1] for key, entry in cache._new.items() if not key.startswith(rendering.MEMO_PREFIX)]
    memo = [entry[1] for key, entry in cache._new.items() if key.startswith(rendering.MEMO_PREFIX)]
    # Every term's cards and the memo's entries are encoded as they are made, and wait on
    # disk: the build's cards are the only ones in memory.
    assert len(kept) == len(TERMS) and memo
    assert all(isinstance(value, rendering._Kept) for value in kept + memo)
    assert any(c.position > 1 for c in cards)
    cache.save(["gut"])
    # Saved, each term's cards count their positions within the term, as if it came first,
    # a part a topic, each summed up (topic, cards, Anki cards, digest) at the line's start.
    firsts = set()
    for line in (out / CACHE_NAME).read_text(encoding="utf-8").splitlines()[1:]:
        key, _, value = line.split("\t", 2)
        if not key.startswith(rendering.MEMO_PREFIX):
            summary, *parts = value.split("\t")
            rows = [json.loads(part) for part in parts]
            assert [[topic, len(r)] for (topic, *_), r in zip(json.loads(summary), rows)] == [
                [r[0][CARD_FIELDS.index("topic")], len(r)] for r in rows]
            firsts.add(min(row[rendering._POSITION] for r in rows for row in r))
    assert firsts == {1}
    assert prepare((source.parent,), cache=RenderCache(out)).cards == cards


def test_card_of_makes_the_card_the_class_makes(scenario):
    import dataclasses

    from flashgen.model import Card, card_of

    cards = prepare((scenario("basic"),)).cards
    assert cards
    for card in cards:
        values = [getattr(card, f.name) for f in dataclasses.fields(Card)]
        made = card_of(values)
        assert made == Card(*values) and type(made) is Card
        assert [getattr(made, f.name) for f in dataclasses.fields(Card)] == values
    for wrong in (values[:-1], [*values, 0]):
        try:
            card_of(wrong)
        except ValueError:
            continue
        raise AssertionError(f"card_of took {len(wrong)} values")


def test_with_position_numbers_a_card_as_replace_does(scenario):
    import dataclasses

    from flashgen.model import Card, with_position

    cards = prepare((scenario("basic"),)).cards
    assert any(c.prompts for c in cards) and any(c.tags for c in cards)
    for card in cards:
        moved = with_position(card, card.position + 17)
        assert moved == dataclasses.replace(card, position=card.position + 17) and type(moved) is Card
        assert moved.position == card.position + 17 and card.position != moved.position
        assert [getattr(moved, f.name) for f in dataclasses.fields(Card) if f.name != "position"] == \
            [getattr(card, f.name) for f in dataclasses.fields(Card) if f.name != "position"]
