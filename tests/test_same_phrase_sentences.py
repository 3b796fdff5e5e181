"""Sentences of one topic that hide the same phrase keep their own notes when one goes.

Such sentences are told apart by a counter in their note's key ("iron deficiency#2"), that
is, by order: deleting or reordering them gives each counter to another sentence. The last
build's record must then match them by sentence, or a note would be handed the next
sentence's text and reviews while that sentence's own note stays in the collection with
the same text.
"""

from test_upgrade import cloze_notes as notes
from test_upgrade import import_all

from flashgen.build import BuildConfig, build

SENTENCES = [
    "A child who grows slowly is tested for iron deficiency too.",
    "Tiredness after little effort can come from iron deficiency.",
    "Pale gums can also suggest iron deficiency.",
    "Blood donors are screened for iron deficiency as well.",
]


def write_term(folder, sentences):
    (folder / "deck.yaml").write_text("title: Iron\n")
    text = " ".join(sentences)
    (folder / "ferritin.yaml").write_text(
        "name: Ferritin\n"
        "definition: Ferritin is the protein that stores iron inside cells.\n"
        "sections:\n  - heading: Metric\n    text: >-\n      " + text + "\n"
        "cloze:\n  keep: [tiredness, pale gums, blood donors]\n")


def build_and_import(tmp_path, collection, first, then):
    sources, out = tmp_path / "iron", tmp_path / "out"
    sources.mkdir()
    write_term(sources, first)
    build(BuildConfig(sources=(sources,), out=out))
    import_all(collection, out)
    before = notes(collection)
    assert len(before) == len(first), "every sentence is a cloze note of its own"
    write_term(sources, then)
    build(BuildConfig(sources=(sources,), out=out))
    log = import_all(collection, out)
    return before, notes(collection), log


def test_deleting_the_first_of_sentences_hiding_one_phrase_hands_no_note_to_the_next(tmp_path, collection):
    before, after, log = build_and_import(tmp_path, collection, SENTENCES, SENTENCES[1:])
    assert log["new"] == 0
    sentences = list(after.values())
    assert sorted(set(sentences)) == sorted(sentences), "no sentence is on two notes"
    for guid, sentence in before.items():
        if sentence != SENTENCES[0]:
            assert after[guid] == sentence, "each remaining sentence keeps its own note"


def test_reordered_sentences_hiding_one_phrase_keep_their_notes(tmp_path, collection):
    reordered = [SENTENCES[2], SENTENCES[0], SENTENCES[3], SENTENCES[1]]
    before, after, log = build_and_import(tmp_path, collection, SENTENCES, reordered)
    assert log["new"] == 0
    assert after == before, "every sentence keeps its own note"


def test_deleting_the_first_of_two_sentences_hiding_one_phrase_leaves_the_second_its_note(tmp_path, collection):
    before, after, log = build_and_import(tmp_path, collection, SENTENCES[2:], SENTENCES[3:])
    assert log["new"] == 0
    (kept,) = [g for g, s in before.items() if s == SENTENCES[3]]
    assert after[kept] == SENTENCES[3]
    assert list(after.values()).count(SENTENCES[3]) == 1, "no sentence is on two notes"
