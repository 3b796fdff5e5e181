"""Every term file that ``import`` writes is one that ``build`` accepts."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashgen.build import import_pages, prepare
from flashgen.errors import FlashgenError
from flashgen.sources import load_decks

NAMES = ["Zonulin", "Leaky gut", "“Butyrate,”", "Cortisol awakening response (CAR)", "SHBG"]
HEADINGS = [
    "Definition", "Meaning:", "DEFINITIONS", "Context", "Mechanism", "Mechanisms:", "## Risk",
    "Risks", "Clinical Applications", "Pros and Cons", "Pitfalls", "Measurement", "Metric",
    "Этиология", "ЭТИОЛОГИЯ", "検査方法", "Αιτιολογία", "★★★", "🧪", "Ærø", "Zonulin 検査",
]
SENTENCES = [
    "Butyrate feeds the colon wall.",
    "It is often measured in stool, though results vary.",
    "Insulin resistance is common in type 2 diabetes.",
    "Does stress change gut flora?",
    "Zonulin loosens tight junctions between cells.",
    "Levels above 10 ng/mL are high.",
]

section = st.tuples(st.sampled_from(HEADINGS),
                    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(" ".join))
page = st.tuples(st.sampled_from(NAMES), st.sampled_from(SENTENCES),
                 st.lists(section, max_size=6))


def _page_text(name: str, opening: str, sections: list[tuple[str, str]]) -> str:
    parts = [f"{name} is a term used here. {opening}"]
    parts += [f"{heading}\n{text}" for heading, text in sections]
    return "\n\n".join(parts) + "\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(page, min_size=1, max_size=3), st.booleans())
def test_imported_pages_always_build(pages, existing):
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        (root / "pages").mkdir()
        deck = root / "decks" / "deck"
        deck.mkdir(parents=True)
        if existing:  # a curated file already uses the id a page would get
            (deck / "kept.yaml").write_text("id: zonulin\nname: Zonulin\ndefinition: Zonulin is kept.\n",
                                            encoding="utf-8")
        for index, (name, opening, sections) in enumerate(pages):
            (root / "pages" / f"p{index}.txt").write_text(_page_text(name, opening, sections), encoding="utf-8")
        try:
            result = import_pages([root / "pages"], deck)
        except FlashgenError:
            assert not any(p.name != "kept.yaml" for p in deck.iterdir())  # nothing half-written
            return
        assert len(result.files) == len(pages)
        (loaded,), _ = load_decks((deck,))
        assert len(loaded.terms) == len(pages) + existing
        prepared = prepare((deck,))
        assert prepared.cards
        for term in loaded.terms:
            topics = [s.topic for s in term.sections]
            assert len(topics) == len(set(topics)) and "" not in topics
        # No section's text was lost: it is in a section or the definition, or set aside
        # (a line repeated on every page is site noise).
        kept = " ".join(word for t in loaded.terms for word in " ".join(
            [t.definition, *(s.text for s in t.sections), *t.related, *t.discarded]).split())
        for _, _, sections in pages:
            for _, text in sections:
                assert text in kept
        shutil.rmtree(root / "pages")


def test_import_folds_merges_and_renames_and_says_so(tmp_path, cli):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "zonulin.txt").write_text(
        "Zonulin is a protein that loosens tight junctions.\n\nDefinition\nIt is made in the gut.\n\n"
        "Mechanism\nIt opens junctions between cells.\n\nMeaning\nIt stands for a leaky gut.\n\n"
        "Mechanisms\nIt also binds receptors.\n", encoding="utf-8")
    deck = tmp_path / "decks" / "gut"
    deck.mkdir(parents=True)
    (deck / "curated.yaml").write_text("id: zonulin\nname: Zonulin\ndefinition: Zonulin is curated.\n",
                                       encoding="utf-8")
    run = cli("import", pages, "--out", deck)
    assert run.code == 0, run.err
    assert "section 'Definition' added to the definition" in run.err
    assert "section 'Mechanisms' merged into the earlier section 'Mechanism'" in run.err
    assert "id 'zonulin' is already the id of" in run.err and "gets id 'zonulin-2'" in run.err
    assert sorted(p.name for p in deck.iterdir()) == ["curated.yaml", "zonulin-2.yaml"]
    assert cli("check", deck).code == 0
    from flashgen.sources import load_decks

    (loaded,), _ = load_decks((deck,))
    imported = next(t for t in loaded.terms if t.id == "zonulin-2")
    assert imported.definition.split("\n\n") == ["Zonulin is a protein that loosens tight junctions.",
                                                 "It is made in the gut.", "It stands for a leaky gut."]
    (mechanism,) = imported.sections
    assert mechanism.paragraphs == ("It opens junctions between cells.", "It also binds receptors.")
    # Importing again without --force finds the same id free of conflicts with its own file.
    again = cli("import", pages, "--out", deck, "--force")
    assert again.code == 0 and sorted(p.name for p in deck.iterdir()) == ["curated.yaml", "zonulin-2.yaml"]


def test_an_id_too_long_for_a_file_name_is_cut_with_a_hash(tmp_path):
    from flashgen.curate import MAX_ID, fit_for_deck
    from flashgen.model import Deck, Term
    from flashgen.pages import write_term_files

    long_id = "-".join(["word"] * 1200)  # about 6,000 characters
    terms = [Term(id=long_id, name="Word", definition="A word is a unit.", deck="d", path="p.txt"),
             Term(id=long_id + "-x", name="Word", definition="A word is a unit.", deck="d", path="q.txt")]
    fitted, notes = fit_for_deck(terms, tmp_path, Deck(id="d", title="D"))
    ids = [t.id for t in fitted]
    assert all(len(i) <= MAX_ID for i in ids) and ids[0] != ids[1]
    assert all("too long for a file name" in n.message for n in notes)
    written = write_term_files(fitted, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)
