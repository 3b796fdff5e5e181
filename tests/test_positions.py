"""New cards come in the order the term files read: file by file, definition first."""

from conftest import import_package

from flashgen.build import BuildConfig, build, prepare

ZETA = """\
name: Zeta wave
definition: >-
  A slow brain rhythm seen in deep sleep. It is rarely measured at home with polysomnography.
sections:
  - heading: Risk
    text: Missing it can hide a sleep disorder.
  - heading: Mechanism
    text: Thalamic neurons fire together in bursts.
"""
ALPHA = """\
name: Alpha wave
definition: >-
  A brain rhythm of relaxed wakefulness with closed eyes.
sections:
  - heading: Metric
    text: Measured by EEG over the back of the head.
"""


def _deck(tmp_path):
    deck = tmp_path / "waves"
    deck.mkdir()
    (deck / "a-zeta.yaml").write_text(ZETA)   # read first, though its name sorts last
    (deck / "b-alpha.yaml").write_text(ALPHA)
    return deck


def test_new_cards_follow_file_order_then_the_order_a_term_reads(tmp_path, collection):
    deck = _deck(tmp_path)
    result = build(BuildConfig(sources=(deck,), out=tmp_path / "out"))
    for package in result.packages:
        import_package(collection, package)
    cards = sorted((collection.get_card(c) for c in collection.find_cards("is:new")),
                   key=lambda c: (c.due, c.ord))
    assert len(cards) == collection.card_count() == result.cards
    terms = [c.note()["Term"] for c in cards]
    zetas = terms.count("Zeta wave")
    assert terms == ["Zeta wave"] * zetas + ["Alpha wave"] * (len(terms) - zetas)
    topics = [c.note()["Topic"] for c in cards]
    # Within a term: the definition, then its sections as the file lists them.
    zeta_topics = list(dict.fromkeys(topics[:zetas]))
    assert zeta_topics == ["Definition", "Risk", "Mechanism"]
    assert list(dict.fromkeys(topics[zetas:])) == ["Definition", "Metric"]
    # Sentences of one text come in the order they are written.
    clozes = [c.note()["Text"] for c in cards[:zetas] if "Text" in c.note() and c.note()["Topic"] == "Definition"]
    assert [("slow" in t, "home" in t) for t in dict.fromkeys(clozes)] == [(True, False), (False, True)]
    # Every note has its own position; a cloze note's cards share it.
    by_note = {}
    for card in cards:
        by_note.setdefault(card.nid, set()).add(card.due)
    assert all(len(d) == 1 for d in by_note.values())
    assert len({d for ds in by_note.values() for d in ds}) == len(by_note)


def test_cards_are_still_listed_by_topic_then_name(tmp_path):
    cards = prepare([_deck(tmp_path)]).cards
    definition = [c.term_name for c in cards if c.topic == "definition"]
    assert definition == sorted(definition, key=lambda n: n != "Alpha wave")
    assert sorted(c.position for c in cards) == list(range(1, len(cards) + 1))
