from flashgen.sentences import split_sentences


def test_abbreviations_and_decimals_do_not_end_a_sentence():
    text = ("Fasting values (e.g. above 5.7%) are common, i.e. in 3 of 10 adults. Dr. Reed et al. "
            "disagreed. HbA1c of 6.5 % vs. 5.7 % decides it.")
    assert split_sentences(text) == (
        "Fasting values (e.g. above 5.7%) are common, i.e. in 3 of 10 adults.",
        "Dr. Reed et al. disagreed.",
        "HbA1c of 6.5 % vs. 5.7 % decides it.",
    )


def test_paragraphs_and_wrapped_lines():
    text = "First line\nwraps here. Second one.\n\nA new paragraph without a stop"
    assert split_sentences(text) == ("First line wraps here.", "Second one.",
                                     "A new paragraph without a stop")


# --- the fast path for plain sentences gives exactly pysbd's result -------------------------

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from flashgen import sentences
from flashgen.sentences import MAX_PYSBD_CHARS, fast_split

# Ordinary words, and words pysbd treats specially before a full stop: abbreviations,
# roman numerals, single letters, numbers, units, and words with apostrophes.
_WORDS = ("barrier", "gut", "Insulin", "the", "intestinal", "lining", "regulates", "ELISA",
          "serum", "levels", "is", "no", "dr", "Dr", "fig", "vs", "etc", "e.g", "i.e", "al",
          "st", "iv", "ii", "v", "x", "mix", "a", "I", "U.S", "5", "12", "5.7", "3%", "mg/dL",
          "body's", "Crohn’s", "'quoted'", "well-known", "pp", "p", "Mr", "ph", "min", "vi",
          "Yahoo!", "(CAR)", "“leaky", "gut”", "...", "a.m", "Jan", "co", "Inc", "IL-6", "e.g.,",
          "i.e.,", "e.g. when", "i.e. the", "2.5", "0.04", "v2.1", "E.g.")
_ENDS = (".", ".", ".", "", "?", "!", ",", ";", ":")


def _sentence(words: list[str], end: str, capital: bool) -> str:
    text = " ".join(words)
    if capital:
        text = text[:1].upper() + text[1:]
    return text + end


_sentence_strategy = st.builds(
    _sentence,
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8),
    st.sampled_from(_ENDS),
    st.booleans(),
)


def _pysbd(paragraph: str) -> list[str]:
    return [s.strip() for s in sentences._segmenter().segment(paragraph) if s.strip()]


@settings(max_examples=400, deadline=None)
@given(st.lists(_sentence_strategy, min_size=1, max_size=6))
def test_fast_path_equals_pysbd_on_generated_text(parts):
    paragraph = " ".join(parts)
    fast = fast_split(paragraph)
    if fast is not None:
        assert fast == _pysbd(paragraph)
    # Cut at plain sentence ends, with pysbd deciding only within the pieces, the
    # paragraph still splits exactly as pysbd splits it whole.
    assert [s.strip() for s in sentences._split_paragraph(paragraph) if s.strip()] == _pysbd(paragraph)


def test_fast_path_takes_plain_prose_and_leaves_the_rest_to_pysbd():
    assert fast_split("The barrier holds. It leaks under stress.") == [
        "The barrier holds.", "It leaks under stress."]
    assert fast_split("The body's lining holds, mostly") == ["The body's lining holds, mostly"]
    assert fast_split("Values near 5.7 mg/dL are common, e.g. in most adults. Then it ends.") == [
        "Values near 5.7 mg/dL are common, e.g. in most adults.", "Then it ends."]
    for tricky in ("Values near 5. Then", "Dr. Reed agreed.", "It fell (sharply). Then",
                   "Say “yes.” Then", "It rose by 5. Then", "A list: i. one. ii. two."):
        assert fast_split(tricky) is None


def test_fast_path_equals_pysbd_on_many_random_paragraphs():
    rng = random.Random(7)
    taken = 0
    cut = 0
    for _ in range(3000):
        paragraph = " ".join(_sentence(rng.sample(_WORDS, rng.randint(1, 7)), rng.choice(_ENDS),
                                       rng.random() < 0.7) for _ in range(rng.randint(1, 6)))
        expected = _pysbd(paragraph)
        fast = fast_split(paragraph)
        if fast is not None:
            taken += 1
            assert fast == expected, paragraph
        elif not sentences._spans_sentences(paragraph):
            cut += 1
        assert [s.strip() for s in sentences._split_paragraph(paragraph) if s.strip()] == expected, paragraph
    # The comparisons mean something only if both shortcuts are taken often.
    assert taken > 100 and cut > 100, (taken, cut)


def test_overlong_paragraphs_are_split_in_bounded_pieces():
    sentence = "Under stress (e.g. fasting) the value rose to 5.7 mmol/L in “most” adults. "
    count = 3 * MAX_PYSBD_CHARS // len(sentence)
    assert sentences.split_sentences(sentence * count) == (sentence.strip(),) * count
    endless = "word, " * (2 * MAX_PYSBD_CHARS)
    assert sentences.split_sentences(endless) == (endless.strip(),)
