"""Properties of the cloze chooser: sentences of any shape never escape as a traceback."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashgen.cloze import BLANK, Names, make_cloze

# Pieces shaped like glossary prose: capitals alone and in names, initials, units, codes,
# brackets, quotes, decimals, formulas and punctuation in any order, including at the end.
PIECES = ["The", "valve", "opens", "at", "T", "A.", "J.", "pH", "4,000", "m", "0.5", "N.", "(", ")",
          "(LPS)", "“Scarborough Fair”", '"', "e.g.", "i.e.", "U.S.", "Al³⁺", "10^13", "2^", "GF(2^8)",
          "—", "-", ";", ":", ",", ".", "?", "%", "$1,000", "vs.", "Dr.", "St.", "Mode", "1", "II",
          "such as", "and", "or", "called", "known as", "a", "of", "the", "Hill", "X", "°C", "µg/L"]
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TERM = Names("~term", ("Relief valve", "RV"))


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), min_size=1, max_size=25),
       st.sampled_from([" ", "", "  "]))
def test_any_sentence_gives_a_cloze_or_none_and_never_a_traceback(pieces, glue):
    sentence = glue.join(pieces)
    cloze = make_cloze(sentence, TERM)
    if cloze is None:
        return
    assert len(cloze.answers) == len(cloze.prompts) >= 1
    # What is hidden is text of the sentence, and no prompt shows what it hides.
    for answer, prompt in zip(cloze.answers, cloze.prompts):
        assert answer and answer in sentence
        assert BLANK in prompt
