"""The deck's name index finds exactly what one expression over all names finds."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from flashgen.cloze import NameIndex, Names, _identity, phrase_pattern

_NAMES = ("gut", "leaky gut", "Gut permeability", "zonulin", "LPS", "HbA1c", "beta-glucuronidase",
          "IL-6", "(CAR)", "“leaky gut”", "Crohn’s disease", "ß-cell", "STRASSE", "Straße", "café",
          "kinase", "Kinase inhibitor", "ALT", "alt", "glass", "glasses", "bus", "ıron", "iron", "-tail",
          "α-gal", "x")
_FILLER = ("the", "and", "gut's", "guts", "Zonulins", "glasses", "iron", "IRON", "ıron", "STRAẞE",
           "straße", "Café", "CAFÉ", "(CAR)", "car", "“leaky", "gut”", "leaky", "Gut", "permeability",
           "kinases", "inhibitor", "alt-", "ALTs", "x", "-tail", "α-Gal", "IL-6s", "beta-glucuronidases",
           "ß-cells", "lps", ",", ".", "  ", "Crohn’s", "Crohn's", "disease", "LEAKY   GUT")


def _old_find(index: NameIndex, sentence: str):
    # The single expression over every name, as the index searched before.
    pattern = phrase_pattern(index.owner)
    found = []
    for m in pattern.finditer(sentence):
        text = _identity(m.group()).replace("’", "'")  # either apostrophe is the name's
        for suffix in ("", "'s", "es", "s"):
            stem = text[: len(text) - len(suffix)] if suffix else text
            if text.endswith(suffix) and stem in index.owner:
                found.append((m.start(), m.end(), index.owner[stem]))
                break
    return found


def _index(names):
    return NameIndex(Names(f"term:{i}", (n,)) for i, n in enumerate(names))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=10, unique=True),
       st.lists(st.sampled_from(_FILLER + _NAMES), max_size=14),
       st.sampled_from([" ", "", "-", " "]))
def test_index_finds_what_one_expression_finds(names, words, joiner):
    index = _index(names)
    sentence = joiner.join(words)
    assert index.find(sentence) == _old_find(index, sentence)


def test_index_on_many_random_sentences():
    rng = random.Random(3)
    for _ in range(500):
        index = _index(rng.sample(_NAMES, rng.randint(1, len(_NAMES))))
        sentence = " ".join(rng.choice(_FILLER + _NAMES) for _ in range(rng.randint(0, 20)))
        assert index.find(sentence) == _old_find(index, sentence), sentence


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAMES + ("5.7 mg/dL", "30 to 45 minutes", "e.g.")), min_size=1, max_size=4),
       st.lists(st.sampled_from(_FILLER + _NAMES + ("5.7", "mg/dL", "minutes")), max_size=14))
def test_phrase_search_finds_what_the_phrase_pattern_finds(variants, words):
    from flashgen.cloze import find_phrases, mask_names

    sentence = " ".join(words)
    pattern = phrase_pattern(variants)
    assert list(find_phrases(variants, sentence)) == [m.span() for m in pattern.finditer(sentence)]
    assert mask_names(sentence, variants) == pattern.sub("___", sentence)
