"""The cloze answer side, the deck description's place in Anki, and the PDF's metadata."""

import os
import re

import pdfplumber
from conftest import import_package

from flashgen.build import BuildConfig, PrintConfig, build, print_sheets


def test_cloze_answer_does_not_repeat_the_term_below_the_sentence(tmp_path, collection, scenario):
    result = build(BuildConfig(sources=(scenario("basic"),), out=tmp_path / "out", kinds=("cloze",)))
    for package in result.packages:
        import_package(collection, package)
    checked = 0
    for cid in collection.find_cards("note:flashgen*Cloze"):
        card = collection.get_card(cid)
        answer = card.render_output().answer_text
        after = answer.split('id="answer"', 1)[1] if 'id="answer"' in answer else ""
        # The term is on the card already: as context above, or in (or as) the sentence.
        assert card.note()["Term"] not in re.sub(r"<[^>]+>", "", after)
        checked += 1
    assert checked > 3


def test_description_goes_on_the_parent_deck_only(tmp_path, collection, scenario):
    result = build(BuildConfig(sources=(scenario("basic"),), out=tmp_path / "out"))
    for package in result.packages:
        import_package(collection, package)
    descriptions = {d.name: collection.decks.get(d.id)["desc"] for d in collection.decks.all_names_and_ids()}
    assert descriptions["Thyroid Basics"] == "A small test deck about thyroid hormones."
    subdecks = {n: d for n, d in descriptions.items() if n.startswith("Thyroid Basics::")}
    assert len(subdecks) >= 3 and set(subdecks.values()) == {""}


def test_pdf_names_the_deck_and_carries_the_sources_date(tmp_path, scenario):
    source = scenario("basic")
    stamp = 1_700_000_000  # 2023-11-14 22:13:20 UTC
    for path in (source / "thyroid").iterdir():
        os.utime(path, (stamp - 50, stamp - 50))
    os.utime(source / "thyroid" / "tsh.yaml", (stamp, stamp))
    out = tmp_path / "cards.pdf"
    print_sheets(PrintConfig(sources=(source,), out=out))
    with pdfplumber.open(out) as pdf:
        meta = pdf.metadata
    assert meta["Title"] == "Thyroid Basics"
    assert meta["Author"] == "Thyroid Basics"
    assert meta["Subject"].startswith("Flashcards: Definition")
    assert meta["CreationDate"].startswith("D:20231114221320")
    assert meta["ModDate"] == meta["CreationDate"]
    assert "anonymous" not in str(meta) and "unspecified" not in str(meta)
