"""Tell whether a term's text is written in English, the one language the cloze chooser reads.

The chooser's signals (a part-of-speech tagger, English word rarity, English padding
patterns) mean nothing in another language: on a Spanish page they hide verbs and
clause fragments. Two signals tell English text apart without a language model: most
of its words are in the English word-frequency list the chooser already uses (four in
five or more even in a chemistry glossary, half or fewer in Spanish, German, French or
Polish, whose cognates and names the list also holds), and it is held together by a few
short function words, which are a tenth or more of English prose and almost none of
another language's. Text is read as not English only when both say so, so that terse
notes ("EMI corrupts data sent over long unshielded cables") and prose thick with rare
names both stay English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# English function words that are not also common words of another European language
# written in the Latin alphabet: "a", "in", "is", "was", "for", "all", "also", "will",
# "over", "under" and "to" are left out (Spanish, Dutch, German, Swedish, Polish).
_FUNCTION_WORDS = frozenset("""the of and are were be been being that this these those
    with from by its their which who whom whose than while into onto upon between through
    during after before about against without within or but not it they them he she his has
    have does did can could would should may might shall such more other each both any only
    very""".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: The share of function words at or above which text is English.
FUNCTION_SHARE = 0.08
#: The share of words known to the English list at or above which text is English.
KNOWN_SHARE = 0.7
# A word at least this common in English (Zipf scale) counts as known.
_KNOWN = 3.0
# Below this many words a text says too little to tell; it is taken as English.
_FEW_WORDS = 12


def reads_as_english(texts: Iterable[str]) -> bool:
    """Return whether ``texts``, taken together, read as English prose."""
    return _english_words([w for text in texts for w in _WORD.findall(text)])


def _english_words(words: list[str]) -> bool:
    """Return ``reads_as_english`` for a text's words (``_WORD``'s matches in it)."""
    from .keyphrases import zipf

    if len(words) < _FEW_WORDS:
        return True
    # (map rather than generators: a term's every word passes here once per build)
    if sum(map(_FUNCTION_WORDS.__contains__, map(str.casefold, words))) / len(words) >= FUNCTION_SHARE:
        return True
    # Abbreviations ("EMI", "LPS") are in no language's word list.
    plain = [w for w in words if not w.isupper()] or words
    return sum(zipf(w) >= _KNOWN for w in plain) / len(plain) >= KNOWN_SHARE


def english_sentences(text: str, sentences: Sequence[str], whole: bool) -> tuple[bool, ...]:
    """Return, for each of ``sentences`` of ``text``, whether it is read as English.

    A page may hold a passage in another language ("In der deutschen Typografie …" in an
    English article on kerning), so each sentence is judged by its paragraph, where the
    paragraph says enough to tell; else by all of ``text`` (a section); else ``whole`` says,
    the verdict on the term's whole text. An English sentence that uses a foreign word or
    name keeps the verdict of its English paragraph.
    """
    words = _WORD.findall(text)
    section = _english_words(words) if len(words) >= _FEW_WORDS else whole
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    # A text of one paragraph has that paragraph's words: its verdict is the section's.
    verdicts: dict[int, bool] = {0: section} if len(paragraphs) == 1 else {}

    def verdict(index: int) -> bool:
        if index not in verdicts:
            words = _WORD.findall(paragraphs[index])
            verdicts[index] = _english_words(words) if len(words) >= _FEW_WORDS else section
        return verdicts[index]

    out = []
    at = 0  # sentences come in the order of their paragraphs
    for sentence in sentences:
        start = " ".join(sentence.split()[:6])
        found = next((i for i in range(at, len(paragraphs)) if start in paragraphs[i]), None)
        if found is None:
            out.append(section)
            continue
        at = found
        out.append(verdict(found))
    return tuple(out)
