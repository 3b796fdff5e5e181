"""Very large pages build in reasonable time and memory, and warn about what gets no cloze."""

import re

from flashgen.build import BuildConfig, build, prepare
from flashgen.cards import MAX_CLOZE_SENTENCE_CHARS

DEFINITION = ("Barrier drift describes how the intestinal lining loosens under repeated stress. "
              "It is measured in serum (e.g. by ELISA) at 5.7 mg/dL or above.\n")


def _huge_page(folder, size=5_000_000):
    """Write a ~5 MB page: a definition, a section of one endless sentence, one of many short ones."""
    folder.mkdir(parents=True, exist_ok=True)
    endless = "the lining (see “zonulin”) loosens, tightens, loosens again, "
    short = "Tight junctions open (e.g. under “stress”) at 3.5 mmol/L. "
    # The short sentences make a cloze each, which takes its time; 100 kB of them is enough.
    many = short * (100_000 // len(short))
    body = endless * ((size - len(many)) // len(endless)) + "and so on."
    text = f"{DEFINITION}Mechanism\n{body}\nRisk\n{many.strip()}\n"
    path = folder / "barrier-drift.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_5_mb_page_builds_and_warns_about_its_endless_sentence(tmp_path):
    page = _huge_page(tmp_path / "glossary")
    assert page.stat().st_size > 4_900_000
    out = tmp_path / "out"
    result = build(BuildConfig(sources=(page.parent,), out=out))
    assert (out / "glossary-mechanism.apkg").is_file()
    long_ones = [w for w in result.warnings if "gets no cloze card" in w.message]
    assert len(long_ones) == 1
    assert re.search(r"section 'Mechanism' of 'Barrier drift' has a sentence of [\d,]+ characters", long_ones[0].message)


def test_sentences_at_the_limit_still_become_clozes(tmp_path):
    folder = tmp_path / "glossary"
    folder.mkdir()
    words = "the lining loosens under stress and "
    sentence = ("Zonulin " + words * 40)[: MAX_CLOZE_SENTENCE_CHARS - 1].rstrip() + "."
    (folder / "zonulin.txt").write_text(f"{DEFINITION}Mechanism\n{sentence}\n", encoding="utf-8")
    prepared = prepare((folder,))
    assert not [w for w in prepared.warnings if "gets no cloze card" in w.message]
    assert [c for c in prepared.cards if c.kind == "cloze" and c.topic == "mechanism"]
