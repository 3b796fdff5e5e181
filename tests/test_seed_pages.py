"""The real glossary pages the project started from, read where they sit beside the repository.

They are not copied into the repository (they are not ours); CI checks the repository out
with them beside it, and a bare clone skips these tests with the reason shown.
"""

from pathlib import Path

import pytest

from conftest import REPO, import_package

from flashgen.build import BuildConfig, build, prepare
from flashgen.pages import read_pages

SEEDS = REPO.parent / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed pages not present at {SEEDS}")


def seed_terms():
    run = read_pages([SEEDS], "gut")
    return {t.name: t for t in run.terms}


def test_seed_pages_give_their_terms_sections_and_aliases():
    terms = seed_terms()
    assert set(terms) == {"Leaky Gut", "Gut permeability"}
    leaky, permeability = terms["Leaky Gut"], terms["Gut permeability"]
    assert leaky.aliases == ("increased intestinal permeability",)
    assert permeability.aliases == ("leaky gut",)
    assert [s.topic for s in leaky.sections] == [
        "context", "significance", "mechanism", "application", "metric", "risk"]
    assert [s.topic for s in permeability.sections] == ["origin", "mechanism"]
    # The last section keeps its prose and nothing after it.
    assert leaky.sections[-1].text.endswith("restoring gut barrier function.")
    assert permeability.sections[-1].text.endswith("interfere with hormonal signaling.")


def test_seed_page_noise_is_set_aside_and_no_line_is_lost():
    for term in seed_terms().values():
        assert any("cookies" in line for line in term.discarded)
        assert term.related, "teasers after the last section go to related"
        assert not any("cookie" in s.text.lower() for s in term.sections)
        kept = "\n".join([term.definition, *(s.heading + "\n" + s.text for s in term.sections),
                          *term.related, *term.discarded])
        page = Path(term.path).read_text(encoding="utf-8")
        for line in page.splitlines():
            assert line.strip() in kept, line


def test_seed_pages_build_into_anki_decks(tmp_path, collection):
    result = build(BuildConfig(sources=(SEEDS,), out=tmp_path / "out"))
    for package in result.packages:
        log = import_package(collection, package)
        assert len(log.conflicting) == 0
    assert collection.note_count() == len({c.guid for c in prepare([SEEDS]).cards})
    assert collection.card_count() == result.cards
    names = {d.name for d in collection.decks.all_names_and_ids()}
    assert {"Seeds::Definition", "Seeds::Mechanism", "Seeds::Origin", "Seeds::Risk"} <= names
    questions = " ".join(collection.get_card(c).render_output().question_text
                         for c in collection.find_cards(""))
    assert "cookies" not in questions.lower()
