"""Find a sentence's key phrases, scored by general-language signals, for cloze cards.

A key phrase is a whole noun phrase found with a part-of-speech tagger (the pattern
tagger shipped inside TextBlob's wheel: no data is downloaded), a number with its unit or
range, or an abbreviation. Each is scored by how rare its words are in general English
(the wordfreq project's English list, vendored in ``data/``), by its form (an
abbreviation, a capitalised name inside the sentence, a named test or law) and by the
frame it stands in ("such as A, B and C", "is a …", "known as …"). A phrase made only of
everyday words scores nothing: it teaches nothing when hidden, unless it recurs across
the pages of its deck ("water table" in a geology deck), which ``recurring_phrases``
finds deck-wide and ``deck_key_phrases`` scores.
"""

from __future__ import annotations

import gzip
import importlib.util
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

#: A phrase scoring below this is not worth a cloze.
WORTH_ASKING = 1.2
# The rarity (4.8 less the Zipf value) of the rarest word below which a frame or a
# compound adds nothing: its words are all everyday words.
_SOME_RARITY = 0.6

_DATA = Path(__file__).resolve().parent / "data" / "english-word-frequency.txt.gz"

_TOKEN = re.compile(r"""
    (?P<num>(?<![\w.])\d+(?:[.,:]\d+)*(?:\^[-−]?\d+(?:[.,]\d+)?)?(?![\w]|[.,:]\d+[^\W\d]))
  | (?P<word>\w+[♭♯♮]?(?:(?:[-–./+]|(?<=[A-Z])&(?=[A-Z])|(?<=[A-Z])\#(?=\d)|['’](?![sS]\b))\w+[♭♯♮]?)*[+⁺⁻₊₋]*(?:\([+−-]\)(?:/\w+)*)?)
  | (?P<pos>['’][sS](?!\w))
  | (?P<sym>\S)
""", re.VERBOSE)
# At least two capitals, or letters and digits mixed: "HOMA-IR", "GLUT4", "NT-proBNP", "B12".
_ACRONYM = re.compile(r"(?=\w*[A-Z]\w*[A-Z0-9]|\w*\d\w*[A-Za-z]|[A-Za-z]+\d)[A-Za-z0-9]+(?:[-+#][A-Za-z0-9]*)*\+*")
# Adjectives that say how much or how good, not what: left out of a hidden phrase.
_GENERIC = frozenset("""most many much more less other same different various several certain important
    significant main major key common typical specific particular new good whole real full own
    overall general potential relevant additional numerous wide broad great increased decreased
    reduced raised elevated higher lower greater better worse so-called""".split())
# Of those, the ones that only pick out which or how many, as a determiner does, or say
# that a name follows ("so-called"): they never start a compound ("specific laboratory
# analyses" are laboratory analyses, "the so-called turtle position" a turtle position).
_SPECIFIERS = frozenset("""most many much more less other same different various several certain specific
    particular numerous additional so-called""".split())
# Words that praise, stress or generalise rather than say what: "a truly fascinating
# window", "robust mechanisms", "a cornerstone of", "valuable insight". General English,
# not any field's: glossary padding is written with them, and a phrase holding one is
# not a fact.
_EVALUATIVE = frozenset("""essential fundamental comprehensive holistic robust strategic crucial vital
    valuable invaluable fascinating remarkable extraordinary powerful lasting enduring timeless
    thoughtful careful respectful meaningful nuanced balanced indispensable rewarding subtle truly
    genuinely undeniably ultimately dynamic ever-changing evolving deeper bold harmonious curious
    unique innovative seamless optimal exceptional outstanding incredible amazing profound rich
    richness grandeur elegance insight insights cornerstone hallmark backbone foundation journey
    window reminder testament wonderful beautiful vibrant compelling engaging empowering
    transformative cutting-edge world-class very really incredibly deeply truly simply always
    excellence integrity appreciation understanding awareness wellbeing well-being success
    successful effective effectively excellent ideal perfect perfectly best crucially best-known
    well-known famous renowned celebrated iconic notable prominent leading""".split())
# Words that point at the text itself or at anything at all, and second person: "these
# standards", "every case", "such matters", "your needs".
_DEICTIC = frozenset("this these those such every any our their one's whatever".split())
_SECOND_PERSON = frozenset("you your yours yourself".split())
_MODALS = frozenset("can could may might should must".split())
# Endings of abstract nouns: "-ness", "-ity", "-ment", "-ism", "-ance", "-ship".
_ABSTRACT = ("ness", "ity", "ment", "ism", "ance", "ence", "ship", "hood", "ancy", "ency")
# Words that follow a verb, not a plural noun, when the clause has no verb yet.
_AFTER_VERB = frozenset({"to", "more", "less", "into", "through", "from"})
# A name with a number: "peptidase-4", "GLP-1", "COVID-19".
_NUMBERED = re.compile(r"[A-Za-z][\w]*-\d+[A-Za-z]?")
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve twenty thirty
    forty fifty hundred thousand million billion half twice""".split())
# Words before a number that make it part of a name ("type 2 diabetes"), not a measurement.
_NAMING = frozenset("type class stage grade phase step group chapter level version generation article section category "
                    "magnitude".split())
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_DECADE = re.compile(r"(?:1[5-9]|20)\d0s")
# Units of time and measure, which a spelled-out count measures as much as digits do:
# "within one hour", "seven metres".
_MEASURES = frozenset("""second minute hour day week month year decade century half-life generation metre
    meter kilometre kilometer centimetre millimetre mile foot feet inch yard gram kilogram tonne ton pound
    ounce litre liter gallon degree percent dollar euro cent calorie acre hectare""".split())
# A unit and the smaller ones a measure in it goes on in: "8 ft 6 in", "5 lb 4 oz", "2 h 30 min".
_SMALLER_UNITS = {
    **dict.fromkeys(("ft", "feet", "foot"), frozenset(("in", "inch", "inches"))),
    **dict.fromkeys(("yd", "yds", "yard", "yards"), frozenset(("ft", "feet", "foot", "in", "inches"))),
    **dict.fromkeys(("lb", "lbs", "pound", "pounds"), frozenset(("oz", "ounce", "ounces"))),
    **dict.fromkeys(("st", "stone"), frozenset(("lb", "lbs", "pound", "pounds"))),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), frozenset(("min", "mins", "minute", "minutes"))),
    **dict.fromkeys(("min", "mins", "minute", "minutes"), frozenset(("s", "sec", "secs", "second", "seconds"))),
    **dict.fromkeys(("hand", "hands"), frozenset(("in", "inch", "inches"))),
    **dict.fromkeys(("m", "metre", "metres", "meter", "meters"), frozenset(("cm", "centimetres", "centimeters"))),
}
# Units of time an age or a time past is given in: "10 years of age", "a century ago".
_AGES = frozenset("second minute hour day week month year decade century millennium".split())
# Words for a kind of thing: a count of them ("two broad groups", "three main types")
# counts the items its sentence goes on to name.
_KINDS = frozenset("kind kinds type types class classes group groups category categories form forms sort sorts "
                   "variety varieties family families".split())
_DATING = frozenset("in by since until from before after during of".split())
_MAGNITUDES = frozenset("hundred thousand million billion trillion".split())
# Words that make a spelled-out magnitude vague: "a few million", "many thousand".
_VAGUE = frozenset("few several many some hundreds thousands millions tens".split())
_NAMING_VERBS = frozenset("called named termed known dubbed labelled labeled denoted".split())
_RANGE = frozenset({"to", "–", "-", "and", "or"})
_UNIT_SYMBOLS = frozenset({"%", "°", "$", "€", "£"})
# Heads of named things: with a name or abbreviation before them, the whole is one fact.
_NAMED_HEADS = frozenset("""test tests score scale criteria criterion index ratio law theorem principle rule
    equation effect syndrome disease sign triad classification protocol algorithm model curve
    frontier framework transform method cycle number constant distribution""".split())
_FRAME_GENUS_AT = re.compile(r"[^,;]*?\b(?:is|are|was|were)\s+(?:an?|the)\s+", re.IGNORECASE)
# "V = IR", "E = mc2", "H = f² / (N × c) + f", "Q = Q0 e^(-t/k)", "c = 0.03 mm": a
# formula is hidden whole or not at all. Its operands may be decimals, bracketed, raised
# to a power (^ or superscripts, which are word characters), and a factor with a power
# may follow another one after a space.
# An operand: a word or number, applied to brackets ("rN(1 − N/K)", "k[RX][Nu−]"), or a bracket.
_ATOM = r"(?:√?\w+(?:\.\d+)*(?:\([^()=\n]{1,40}\)|\[[^\[\]=\n]{1,20}\])*|\([^()=\n]{1,40}\))"
_OPERAND = rf"{_ATOM}(?:\^-?{_ATOM})?(?:\s\w+\^-?{_ATOM})*"
_FORMULA = re.compile(rf"(?<![\w=.])-?{_OPERAND}(?:\s*[=+×·*/^−-]\s*{_OPERAND})*\s*=\s*-?{_OPERAND}"
                      rf"(?:\s*[+×·*/^−-]\s*{_OPERAND})*(?![\w=])")
_FORMULA_UNIT = re.compile(r"\s([^\s.,;:()]+)")
# An expression without "=": a ratio over a bracketed sum ("TP/(TP + FN)") or a product
# of three or more symbols ("z × σd × √L").
_EXPRESSION = re.compile(rf"(?<![\w=./])(?:{_ATOM}\s*/\s*\([^()=\n]*\s[+−-]\s[^()=\n]*\)"
                         rf"|{_ATOM}(?:\s*[×·]\s*{_ATOM}){{2,}})(?![\w=/])")
# An expression without "=" that applies a function to brackets, with an operator between
# spaces in it: "log10(1 + 1/d)", "1/(1 + exp(-k t))", "−p log2(p) − q log2(q)". The function's
# name is never hidden out of it. A bracket may hold one more; a factor before a function may
# be a number or a one-letter symbol ("10 log10(I / I0)", "p log2(p)").
_BRACKETS = r"\((?:[^()=\n]|\([^()=\n]{0,40}\)){1,60}\)"
_APPLIED_TERM = rf"(?:(?:\d+(?:\.\d+)?|(?![aAI]\s)[^\W\d_])\s(?=[^\W\d_]\w*\())?(?:[^\W\d_]\w*{_BRACKETS}|{_ATOM}|{_BRACKETS})"
# (An operator has space on both sides or on neither: the "−" of "as −p" is a sign.)
_APPLIED = re.compile(rf"(?<![\w=./])[-−]?{_APPLIED_TERM}(?:(?:\s[+×·*/^−-]\s|[+×·*/^−-])[-−]?{_APPLIED_TERM})*"
                      r"(?![\w(])")
_CALL = re.compile(r"[^\W\d_]\w*\(")
_OVER_BRACKET = re.compile(r"/\s*\(")
_SPACED_OPERATOR = re.compile(r"\s[+×·*/^−-]\s")
_STARTS = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "VBN", "VBG", "FW"))
_NOUN = ("NN", "NNS", "NNP", "NNPS")
_MODIFIER = ("JJ", "JJR", "VBN", "VBG", "FW", "CD", "POS")
_CONTINUES = frozenset(_NOUN + _MODIFIER)
# Tags of a finite verb: a list's item holding one is a clause, not an item.
_FINITE = frozenset(("VBZ", "VBD", "VBP", "MD"))


class Token(NamedTuple):
    """One word, number or sign of a sentence, with its part-of-speech tag."""

    start: int
    end: int
    text: str
    tag: str
    #: Written like an abbreviation or code: "HOMA-IR", "GLUT4", "B12".
    acronym: bool = False


#: Makes a Token from a tuple of its fields without the Python frame of ``Token.__new__``.
_new_token = tuple.__new__


class Phrase(NamedTuple):
    """A candidate key phrase: where it stands, how good it is and what it counts as."""

    start: int
    end: int
    score: float
    #: What the phrase counts as in a note's identity (a number by its unit).
    identity: str


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    table: dict[str, float] = {}
    with gzip.open(_DATA, "rt", encoding="utf-8") as f:
        for line in f:
            value, _, words = line.partition(" ")
            table.update(dict.fromkeys(words.split(), int(value) / 10))
    return table


def known_word(word: str) -> bool:
    """Return whether the English word list holds ``word`` as it is spelt (lower case)."""
    return word in _frequencies()


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Return how common ``word`` is in English on the Zipf scale (7 very common, 0 unknown)."""
    table = _frequencies()
    low = word.casefold().replace("’", "'")
    if low in table:
        return table[low]
    parts = [p for p in re.split(r"[-/]", low) if p]
    if len(parts) > 1:
        # A compound the list does not know is rarer than its rarest part.
        return max(0.0, min(table.get(p, 0.0) for p in parts) - 1.0)
    if low.endswith("s") and low[:-1] in table:
        return table[low[:-1]]
    return 0.0


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    """Return the pattern tagger's English lexicon (word -> Penn tag), as TextBlob loads it.

    The file ships in TextBlob's wheel (Brill's lexicon, "word TAG …" a line, ";;;" for
    comments). It is read directly, when the first cloze is made: importing TextBlob
    imports NLTK, a third of a second for a dictionary read in a twentieth.
    """
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the textblob package is missing; reinstall flashgen")
    path = Path(spec.submodule_search_locations[0]) / "en" / "en-lexicon.txt"
    table: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and not parts[0].startswith(";;;"):
                table[parts[0]] = parts[1]
    return table


def _tag(words: list[str]) -> list[str]:
    """Return the Penn tag of each word of a sentence, as TextBlob's PatternTagger tags it."""
    return [_tag_word(word, index == 0) for index, word in enumerate(words)]


def _tag_word(word: str, first: bool) -> str:
    """Return the Penn tag of a word (``first``: the sentence's first token), as PatternTagger tags it.

    PatternTagger looks each word up in its lexicon (the first word also in lower case),
    tags an unknown word by its form (a capital: NNP, digits: CD, else by its ending) and
    applies no contextual rules; doing the same here, on words already split, saves
    joining them into a string, splitting it again and building a list per word.
    """
    lexicon = _lexicon()
    tag = lexicon.get(word) or (first and lexicon.get(word.lower())) or None
    if tag is None:
        if first and word.istitle() and _by_ending(word.lower()) in ("NNS", "VBG"):
            # Capitalised only because it opens the sentence, with the ending of a plural or
            # a participle: "Glaciologists measure …", "Neighbouring cells are …". A name
            # seldom inflects.
            tag = _by_ending(word.lower())
        elif word.istitle():
            tag = "NNP"
        elif _DIGITS.fullmatch(word):
            tag = "CD"
        else:
            tag = _by_ending(word)
    return tag


# Below this an adverb the lexicon knows is uncommon enough to be an adverb of place
# ("overland", "upstream"), not one of frequency or degree ("often", "still", "rarely").
_PLACE_ADVERB = 4.0
# Verbs ending in "s" that are never a plural noun: "The plural is bioswales" is a clause, not a phrase.
_NEVER_NOUNS = frozenset("is was has does".split())
_DIGITS = re.compile(r"[0-9,.:/%$-]+")
#: The names of the Greek letters, which name a variant after a noun ("factor alpha").
_GREEK_LETTERS = frozenset("""alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron
rho sigma tau upsilon phi chi psi omega""".split())


def _by_ending(word: str) -> str:
    """Return the tag an unknown word's ending suggests (the pattern tagger's rules)."""
    # Later rules win over earlier ones, so they are tried first.
    if word.endswith(("ate", "ify", "ise", "ize")):
        return "VBP"
    if word.endswith(("ises", "izes", "ifies")):
        return "VBZ"  # "emphasises", "hydrolyses": a verb the lexicon spells otherwise
    if word.endswith("ed"):
        return "VBN"
    if "-" in word or word.endswith(("able", "al", "ful", "ible", "ient", "ish", "ive", "less", "tic", "ous")):
        return "JJ"
    if word.endswith("s") and not word.endswith(("is", "ous", "ss")):
        return "NNS"
    if word.endswith("ly"):
        return "RB"
    if word.endswith("ing"):
        return "VBG"
    return "NN"


@lru_cache(maxsize=256)
def _analysed(sentence: str) -> tuple[list[Token], tuple[Phrase, ...]]:
    """Return the sentence's tokens and numbers, shared by the fact test and the phrase finder."""
    toks = tokens(sentence)
    return toks, tuple(_numbers(sentence, toks))


def sentence_tokens(sentence: str) -> list[Token]:
    """Return ``tokens(sentence)`` from the cache the chooser fills (do not change the list)."""
    return _analysed(sentence)[0]


def tokens(sentence: str) -> list[Token]:
    """Return the sentence's tokens with their part-of-speech tags (Penn tag set)."""
    out = []
    for m in _TOKEN.finditer(sentence):
        text, kind = m.group(), m.lastgroup
        start, end = m.span()
        acronym = False
        if kind == "word":
            if out:
                tag, acronym = _later_word_token(text)
                if tag == "NNP" and out[-1].text == ":" and _lexicon().get(text.lower()) == "VB":
                    # "Installer tip: Check the datasheet …": after a label, an order opens its clause.
                    tag = "VB"
            else:
                word = text
                if word[:1].isupper() and zipf(word) >= 4.0 and not _ACRONYM.fullmatch(word):
                    # Capitalised only because it starts the sentence: tag it as the word it is.
                    word = word.lower()
                tag, acronym = _word_token(word, text, True)
        elif kind == "num":
            tag = "CD"
        elif kind == "pos":
            tag = "POS"
        else:
            tag = text if text in _UNIT_SYMBOLS else "SYM"
        out.append(_new_token(Token, (start, end, text, tag, acronym)))
    if len(out) > 1 and out[0].tag == "VBG" and out[0].text.istitle() and (
            out[1].tag == "JJ" or out[1].tag in ("NN", "NNS") and out[0].text.casefold() not in _lexicon()):
        # "Neighbouring epithelial cells are …": a participle before a noun group describes it.
        out[0] = out[0]._replace(tag="JJ")
    for k in range(1, len(out)):
        # A capitalised word inside a name is part of it, whatever else the word can be:
        # "Amino Acid Score", "Modified Mercalli Intensity".
        tok = out[k]
        if tok.tag not in ("NNP", "NNPS") and _capitalised(tok) and (
                _capitalised(out[k - 1]) or k + 1 < len(out) and _capitalised(out[k + 1])):
            out[k] = tok._replace(tag="NNP")
    for k, tok in enumerate(out):
        if tok.tag == "VB" and k > 1 and out[k - 1].tag in ("NN", "JJ") and (k + 1 == len(out) or out[k + 1].tag in (
                "IN", "SYM", "VBZ", "VBD", "VBP", "MD", "NN", "NNS", "CC", "WDT", "TO", "POS")):
            # "a symmetric block cipher that …": a word the lexicon knows as a verb, after
            # an article and singular nouns or adjectives, is the head noun of their phrase
            # (unless an adverb or an object follows it: "the fungal hyphae extend far").
            m = k - 1
            while m > 0 and out[m - 1].tag in ("NN", "JJ"):
                m -= 1
            if m and out[m - 1].tag in ("DT", "PRP$", "POS") and out[m - 1].text.casefold() not in ("that", "this") \
                    and not (out[k - 1].tag == "NN" and k + 1 < len(out) and out[k + 1].tag not in ("NN", "NNS", "POS")
                             and _only_verb(tok.text)):
                out[k] = tok._replace(tag="NN")
    for k, tok in enumerate(out):
        if 0 < k < len(out) - 1 and tok.tag in ("VB", "VBP") and out[k - 1].tag in ("DT", "PRP$") and \
                out[k - 1].text.casefold() not in ("that", "all", "both", "each", "either", "neither") and \
                out[k + 1].tag in ("NN", "NNS"):
            # No verb follows an article: "the reorder point", "a lead time".
            out[k] = tok._replace(tag="NN")
        elif tok.tag == "RB" and 0 < k < len(out) - 1 and out[k + 1].tag == "NN" and \
                out[k - 1].tag in ("DT", "JJ", "NN", "NNP", "VBN") and tok.text.islower() and \
                not tok.text.endswith("ly") and zipf(tok.text) < _PLACE_ADVERB:
            # An uncommon adverb of place between a noun's modifier and the noun qualifies
            # it: "Hortonian overland flow", "the upstream end", "a downhill run".
            out[k] = tok._replace(tag="JJ")
        elif k and tok.tag == "NN" and out[k - 1].text in ("to", "To") and _infinitive(tok.text):
            # "a private key to decrypt", "a moment to savour": after "to", a word the
            # lexicon does not know but whose past English writes is the verb's infinitive.
            out[k] = tok._replace(tag="VB")
        elif 1 < k and tok.tag == "VBZ" and out[k - 1].tag == "JJ" and (
                out[k - 2].tag in ("VB", "VBP", "VBD", "IN", "DT", "PRP$")
                or k + 1 < len(out) and out[k + 1].tag == "MD") and tok.text.casefold() not in _NEVER_NOUNS:
            # An adjective after a verb or an article qualifies a noun: "enforce gratuitous promises";
            # so does one before a modal, which no verb in -s stands before: "air-jet looms can …".
            out[k] = tok._replace(tag="NNS")
        elif 1 < k and tok.tag == "VBZ" and out[k - 1].tag in ("NN", "NNS") and tok.text.islower() and \
                (k + 1 == len(out) or out[k + 1].text in (".", ",", ";", ":", ")")) and \
                tok.text.casefold() not in _NEVER_NOUNS and _after_preposition_group(out, k):
            # A preposition's noun group ends in a noun, not a verb: "decorated with carved acanthus leaves."
            out[k] = tok._replace(tag="NNS")
    for k in range(2, len(out) - 1):
        tok = out[k]
        if tok.tag == "JJ" and out[k - 1].tag == "JJ" and out[k + 1].tag in _AFTER_HEAD and tok.text.isalpha() and \
                tok.text.islower():
            # A group an article opens ends on its noun: in "a private key that …", "a
            # short-acting intravenous anaesthetic used …" the word the lexicon calls an
            # adjective, last after others and before no noun, is the noun they qualify.
            m = k - 1
            while m > 0 and out[m - 1].tag in ("JJ", "NN"):
                m -= 1
            if m and out[m - 1].tag == "DT" and out[m - 1].text.casefold() in ("a", "an", "the"):
                out[k] = tok._replace(tag="NN")
    for k in range(1, len(out)):
        # A Greek letter's name after a noun is part of its name: "tumour necrosis factor
        # alpha", "interferon gamma", "oestrogen receptor beta" (the lexicon calls "alpha" an adjective).
        tok = out[k]
        if tok.text.casefold() in _GREEK_LETTERS and tok.text.isalpha() and out[k - 1].tag in _NOUN and \
                tok.tag not in _NOUN:
            out[k] = tok._replace(tag="NN")
    for k, tok in enumerate(out):
        if tok.text == "meaning" and k and out[k - 1].text in _WORD_NOUNS and k + 1 < len(out) and \
                out[k + 1].text != "of":
            out[k] = tok._replace(tag="VBG")  # "a Cree word meaning fat": what the word means follows
    for k, tok in enumerate(out):
        # An -ing word the lexicon does not know, ending its clause, names a process: "…
        # causes aliasing.", "… by annealing,".
        if tok.tag == "VBG" and k and (k + 1 == len(out) or out[k + 1].text in (".", ",", ";", ":", ")")) and \
                tok.text.islower() and tok.text.casefold() not in _lexicon():
            out[k] = tok._replace(tag="NN")
    for k, tok in enumerate(out):
        # The tagger calls every unknown hyphenated word an adjective; one that no noun
        # follows is a noun itself: "bacterial beta-glucuronidase removes …".
        if tok.tag == "JJ" and "-" in tok.text and (k + 1 == len(out) or out[k + 1].tag not in (
                "NN", "NNS", "NNP", "NNPS", "JJ", "CD")) and tok.text.casefold() not in _lexicon() and \
                not (tok.text.endswith("ing") and k + 1 < len(out) and out[k + 1].tag in ("DT", "PRP$")):
            # (but a word in -ing before an article is a verb and its object: ", de-energising a relay")
            out[k] = tok._replace(tag="NN")
    return out


def _only_verb(word: str) -> bool:
    """Return whether the lexicon knows ``word`` only as a verb: its form in -s is a verb too
    ("respond", "responds"), where a noun's is a plural ("cipher", "ciphers")."""
    lexicon = _lexicon()
    return lexicon.get(word) == "VB" and lexicon.get(word + "s") == "VBZ"


# What follows a noun group's head, never a word of the group: a preposition, a verb, a
# relative "that", punctuation.
_AFTER_HEAD = frozenset(("IN", "VBN", "VBZ", "VBP", "VBD", "MD", "WDT", "SYM", "TO"))


def _infinitive(word: str) -> bool:
    """Return whether a word after "to" that the lexicon does not know is a verb: its
    past tense is a word of running English ("decrypted", "replanted", "savoured")."""
    if not word.isalpha() or not word.islower() or word in _lexicon():
        return False
    return max(zipf(word + "ed"), zipf(word + "d") if word.endswith("e") else 0.0) >= _PAST_IN_USE


# How common a past tense must be to show that a word the lexicon lacks is a verb.
_PAST_IN_USE = 1.5


@lru_cache(maxsize=65536)
def _word_token(word: str, text: str, first: bool) -> tuple[str, bool]:
    """Return the tag of a word (``text``, tagged as ``word``) and whether it is an abbreviation.

    The same for every sentence a word stands in, so it is worked out once per word.
    """
    tag = _tag_word(word, first)
    acronym, named = _shape(text)
    if named:
        tag = "CD" if named == "CD" else "NNP"
    if acronym and _DECADE.fullmatch(text):
        acronym, tag = False, "CD"  # "the 1950s"
    return tag, acronym


@lru_cache(maxsize=65536)
def _later_word_token(text: str) -> tuple[str, bool]:
    """Return ``_word_token(text, text, False)``: a word after a sentence's first, as most are,
    looked up by its text alone (a cache keyed by one string is the cheapest to ask)."""
    return _word_token(text, text, False)


@lru_cache(maxsize=8192)
def _shape(word: str) -> tuple[bool, str]:
    """Return whether a word is written like an abbreviation, and the tag its form forces."""
    if word.casefold() in _NUMBER_WORDS:
        return False, "CD"
    acronym = bool(_ACRONYM.fullmatch(word))
    return acronym, "NNP" if acronym or _NUMBERED.fullmatch(word) else ""


@lru_cache(maxsize=1024)
def key_phrases(sentence: str) -> tuple[Phrase, ...]:
    """Return the sentence's phrases worth hiding, best first (ties: the earlier first)."""
    return _ranked(_found(sentence), sentence)


def everyday_compounds(sentence: str) -> tuple[Phrase, ...]:
    """Return the sentence's compounds of everyday words ("vertical distance", "reference
    level"), which ``key_phrases`` does not rank: they ask nothing by themselves."""
    return tuple(p for p in _found(sentence) if p.score == 0.0)


@lru_cache(maxsize=1024)  # asked again for a sentence whose term's name it shows
def deck_key_phrases(sentence: str, recurring: frozenset[str]) -> tuple[Phrase, ...]:
    """Return ``key_phrases(sentence)`` with the phrases that recur across the deck's pages lifted.

    ``recurring`` is the share of ``deck_phrases`` the sentence's term holds. A compound of everyday words that
    several pages of one deck use ("bending moment", "transit method") is that deck's
    vocabulary, a fact a rarity score cannot see.
    """
    if not recurring:
        return key_phrases(sentence)
    found = _found(sentence)
    lifted = [p._replace(score=p.score + _RECURRING) if _lifted(sentence, p, recurring) else p for p in found]
    return _ranked(tuple(lifted), sentence) if lifted != list(found) else key_phrases(sentence)


def _lifted(sentence: str, p: Phrase, recurring: frozenset[str]) -> bool:
    """Return whether a phrase is a compound of the deck's vocabulary, lower case.

    Names ("United States", "England and Wales") are scored by their capitals already; a
    name that recurs across the deck's pages is where its facts happen, not one of them.
    """
    if " " not in p.identity and not p.identity.startswith(("number", "formula:")):
        return False  # one word: its identity is its text, in lower case
    words = sentence[p.start:p.end].split()
    return len(words) > 1 and not p.identity.startswith(("number", "formula:")) and \
        recurrence_key(" ".join(words)) in recurring and not any(w[:1].isupper() for w in words[p.start == 0:])


#: What recurring across a deck's pages adds to a phrase's score.
_RECURRING = 1.5


def _ranked(found: Sequence[Phrase], sentence: str) -> tuple[Phrase, ...]:
    best: dict[tuple[int, int], Phrase] = {}
    for p in found:
        if p.score >= WORTH_ASKING and (p.start, p.end) not in best or \
                p.score > best.get((p.start, p.end), p).score:
            best[(p.start, p.end)] = p
    ranked = sorted((p for p in best.values() if p.score >= WORTH_ASKING), key=lambda p: (-p.score, p.start))
    if ranked and _HABITUAL_AFTER_SUBJECT.search(sentence):
        ranked = [p for p in ranked if not _habitual_subject(sentence, p)]
    if len(ranked) > 1:
        # Beside a phrase worth asking, a weak single everyday word ("a dab of beeswax")
        # is a blank too many: hidden, it asks for a word, not a fact. Alone,
        # it keeps the sentence's only cloze.
        kept = [p for p in ranked if not _weak_word(sentence, p) and not _generic_subject(sentence, p)
                and not _lone_frame_word(sentence, p, ranked) and not _everyday_verb(sentence, p)
                and not _opening_head(sentence, p)]
        if kept:
            ranked = kept
        # A class before the members it lists ("Classic studio glazes include tenmoku, …"),
        # or the words before the name they are given ("a steel rack called a lehr"), are
        # not asked beside them.
        # Nor is the class of a definition before the process it defines ("A hemiola is a
        # rhythmic device in which two bars …"): what happens in it is the fact.
        genus = _frames(sentence).genus
        ranked = [p for p in ranked if not (
            (_BEFORE_NAME.match(sentence, p.end) or _BEFORE_MEMBERS.match(sentence, p.end)
             or p.start in genus and _BEFORE_PROCESS.match(sentence, p.end))
            and any(q.start > p.end for q in ranked))]
    return tuple(ranked)


#: Below this score a single everyday word is not hidden beside another phrase.
_WEAK_WORD = WORTH_ASKING + 0.4
# A naming verb right after a phrase (no comma between): the phrase is what the name names.
_BEFORE_NAME = re.compile(r"\s+(?:called|known\s+as|termed|named|dubbed)\s")
# What a class of process defines itself by, right after it.
_BEFORE_PROCESS = re.compile(r",?\s+(?:in\s+which|whereby|by\s+which)\s")
# The members of a class right after it.
_BEFORE_MEMBERS = re.compile(r",?\s+(?:include|includes|included|including)\s")


def _weak_word(sentence: str, p: Phrase) -> bool:
    """Return whether a phrase is one fairly common lower-case word that scores little,
    and that no naming frame names ("a line called the battery" asks it)."""
    text = sentence[p.start:p.end]
    if not (p.score < _WEAK_WORD and text.isalpha() and text.islower() and zipf(text) > 3.2) or \
            p.start in _frames(sentence).named:
        return False
    # An item between commas is one of a list ("Gluten, alcohol, aspirin, ibuprofen…"), asked
    # as its peers are; what a comparison compares with is its fact ("shrinks less than beech").
    before = sentence[:p.start].rstrip()
    return not (before.endswith(",") and sentence[p.end:].lstrip()[:1] == ",") and \
        not _AFTER_THAN.search(before)


def _opening_head(sentence: str, p: Phrase) -> bool:
    """Return whether a phrase is the one common noun opening the sentence before the preposition
    that goes on to say which ("Compaction of drained clay layers …", "Meltwater at the bed …"):
    hidden alone, the head of the subject's group asks a word, the phrase after it the fact."""
    if p.start or not (after := _OPENING_PREPOSITION.match(sentence, p.end)):
        return False
    text = sentence[p.start:p.end]
    # (a name may open the sentence so: "Brunel in 1838 …"; the lexicon knows a common noun,
    # and a name is seldom "of" something)
    return text.isalpha() and text[1:].islower() and known_word(text.lower()) and (
        _lexicon().get(text.lower()) in ("NN", "NNS") or after.group(1) == "of")


# A preposition right after a sentence's opening word: what qualifies it follows.
_OPENING_PREPOSITION = re.compile(r"\s+(of|in|by|with|at|on|from|for|during|under|near|within)\s")


def _everyday_verb(sentence: str, p: Phrase) -> bool:
    """Return whether a phrase is one everyday word read as a verb ("the stem "walk"", "the
    aircraft "feels" it is …"): a common verb, quoted or not, is the sentence's wording or an
    example of a word, not a term; beside another phrase it is a blank too many."""
    text = sentence[p.start:p.end]
    if not (text.isalpha() and text.islower()) or zipf(text) < _EVERYDAY_VERB or \
            p.start in _frames(sentence).named:
        return False
    return any(t.start == p.start and t.end == p.end and t.tag in _FINITE_OR_BASE for t in sentence_tokens(sentence))


#: A verb this common, hidden alone, asks for a word of the sentence.
_EVERYDAY_VERB = 4.5
_FINITE_OR_BASE = frozenset(("VB", "VBZ", "VBP", "VBD"))


def _lone_frame_word(sentence: str, p: Phrase, ranked: Sequence[Phrase]) -> bool:
    """Return whether a phrase of one word only frames the sentence's facts, beside another phrase:

    a unit written without a number in a sentence that gives one ("with glucose in mmol/L
    …, the constant is 22.5"), which says how a value is given, not the value; and an
    everyday noun whose "of" leads to the phrase that is the fact ("fragments of
    undigested food").
    """
    text = sentence[p.start:p.end]
    if " " in text or p.identity.startswith(("number", "formula:")):
        return False
    if unit_symbol(text) and "/" in text and not re.search(r"[\d(]\s*$", sentence[:p.start]) and \
            not sentence[p.end:].lstrip().startswith(("(", ")")) and re.search(r"\d", sentence):
        return True  # (a unit given with its name, "pascals per metre (Pa/m)", is the fact)
    if not text.isalpha() or not text.islower():
        return False
    after = _OF_PHRASE.match(sentence, p.end)
    return after is not None and zipf(text) >= _FRAME_NOUN and \
        any(q.start == after.end() and q.score > p.score for q in ranked)


# A noun this common before "of" is the frame of what follows: "fragments", "shreds", "pieces".
_FRAME_NOUN = 3.0
# "of" and an article after a noun, where the phrase it leads to starts.
_OF_PHRASE = re.compile(r"\s+of\s+(?:(?:the|an?)\s+)?")


def _generic_subject(sentence: str, p: Phrase) -> bool:
    """Return whether a phrase is one word for people that opens a clause as the subject of the
    verb right after it: "Glaciologists measure ice thickness …", "Bakers use starters …",
    "…, whereas winemakers often block it …", "…, the shipowner will demand …".

    Who, as a whole class or as the one in the role, does what the sentence says is its
    frame; what they do, and with what, is the fact. (A definition's subject, "Collisions
    are resolved by …", stands before a copula, and keeps its blank.)
    """
    if " " in sentence[p.start:p.end] or \
            p.start and _CLAUSE_BEFORE.search(sentence, max(0, p.start - 24), p.start) is None:
        return False  # (most phrases stand inside a clause: one look at the words before them)
    toks = sentence_tokens(sentence)
    at = next((k for k, t in enumerate(toks) if t.start == p.start), None)
    if at is None or len(toks) < at + 3 or toks[at].end != p.end or toks[at].acronym or \
            not toks[at].text.isalpha() or not _people(toks[at].text if toks[at].tag != "NN" else toks[at].text + "s"):
        return False
    opener = at
    if at and toks[at - 1].text.casefold() in _ROLE_DETERMINERS:
        opener -= 1  # "the shipowner", "each lifter": the one in the role
    elif toks[at].tag not in ("NNS", "NNPS", "NNP"):
        return False  # a bare singular is a mass noun or a name, not a class of people
    if opener and not (toks[opener - 1].text in (",", ";") or toks[opener - 1].text.casefold() in _SUBJECT_OPENERS):
        return False  # (an object, "lets the beekeeper lift", or a relative clause's subject, is the fact's)
    if at > 0 and toks[at].text[:1].isupper():
        return False  # a capital inside the sentence: a name
    k = at + 1
    while k < len(toks) - 1 and toks[k].tag == "RB" and (toks[k].text.endswith("ly") or toks[k].text in _HABITS):
        k += 1  # "Steels typically show …", "winemakers often block …"
    verb = toks[k]
    if k > at + 1 and verb.tag in ("NN", "NNS") and verb.text.islower() and _can_be_verb(verb.text, verb.tag):
        return True  # after its adverb, a word that is a verb too: "Potters typically fire …"
    if verb.text.casefold() in _COPULAS or verb.text.casefold() in _HAVE or verb.text.casefold() in ("do", "seem"):
        return False
    if toks[at].tag == "NN":
        # One in a role "will", "must" or "may" act: a thing ("the localizer transmits") acts too.
        return verb.tag == "MD"
    return verb.tag in ("VB", "VBP", "VBD", "MD") or _verb_like(toks, k)


# Words before one of a class of people that make it the one in the role: "the shipowner".
_ROLE_DETERMINERS = frozenset("the each every".split())
# Words after which a clause, and its subject, starts.
_SUBJECT_OPENERS = frozenset("whereas while when so because although though if unless once since".split())
# What may stand right before such a subject: a clause's start, and the one in the role's word.
_ROLE_DETERMINER = "(?:" + "|".join(sorted(_ROLE_DETERMINERS)) + ")"
_CLAUSE_BEFORE = re.compile(r"(?:[,;]|\b(?:" + "|".join(sorted(_SUBJECT_OPENERS)) + r"))"
                            r"\s+(?:" + _ROLE_DETERMINER + r"\s+)?$|^" + _ROLE_DETERMINER + r"\s+$", re.IGNORECASE)
# Adverbs of habit not in -ly that stand between a subject and its verb.
_HABITS = frozenset("often also still".split())


def _habitual_subject(sentence: str, p: Phrase) -> bool:
    """Return whether a phrase of everyday words is the subject the sentence opens with, before an
    adverb of habit and its verb: "Steels typically show …", "A falling barometer usually
    warns …", "Fluke damage also raises …". The adverb says the sentence tells what such a
    thing does as a rule: the subject is its topic, and what it does is the fact."""
    m = _HABITUAL_AFTER_SUBJECT.match(sentence, p.end)
    if m is None or sentence[:p.start] not in _OPENERS:
        return False
    toks = sentence_tokens(sentence)
    words = [t for t in toks if p.start <= t.start and t.end <= p.end]
    if not words or any(t.acronym or t.text[:1].isupper() and t.start > 0 for t in words):
        return False  # a name ("TeX still uses …") is asked as a name
    verb = next((t for t in toks if t.start >= m.end()), None)
    return verb is not None and verb.text.islower() and (
        verb.tag in ("VB", "VBP", "VBZ", "VBD") or verb.tag in ("NN", "NNS", "JJ") and _can_be_verb(verb.text, verb.tag))


# What may stand before a sentence's opening subject.
_OPENERS = frozenset(("", "The ", "A ", "An "))
# An adverb of habit, or "also", after a subject: "… usually warns", "… also raises".
_HABITUAL_AFTER_SUBJECT = re.compile(r"\s+(?:usually|often|typically|generally|normally|commonly|sometimes|also)\s+")


# The endings of a plural noun for people by what they do or study: "bakers", "navigators",
# "glaciologists", "clinicians".
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians")
#: The fewest letters the people part of a compound has: "makers", "users".
_PEOPLE_PART = 5


@lru_cache(maxsize=4096)
def _people(word: str) -> bool:
    """Return whether a plural is one for people who do or study something: the word less its
    ending is, or makes, a word the English list knows ("bak-e", "pot", "navigat-e", "glaciolog-y",
    "clinic"; not "polym" of "polymers")."""
    low = word.casefold()
    # A compound names its people by its last part: "cheesemakers", "policymakers", "beekeepers".
    if any(known_word(low[k:]) and _people(low[k:]) for k in range(3, len(low) - _PEOPLE_PART + 1)
           if known_word(low[:k])):
        return True
    ending = next((e for e in _PEOPLE_ENDINGS if low.endswith(e)), None)
    if ending is None or len(low) - len(ending) < 3:
        return False
    stem = low[:-len(ending)]
    if stem.endswith(("olog", "graph")) and ending in ("ists", "ers"):
        return True  # one who studies or charts a field, named or not in the list: "glaciologists", "radiographers"
    forms = [stem, stem + "e", stem + "y", stem + "ate", stem + "ics"]
    if stem[-1] == stem[-2]:
        forms.append(stem[:-1])  # "potters": "pot"
    return any(known_word(f) for f in forms)


_AFTER_THAN = re.compile(r"\bthan(?:\s+(?:an?|the))?$", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _found(sentence: str) -> tuple[Phrase, ...]:
    """Return every candidate phrase of the sentence, scored, unranked (everyday compounds at 0)."""
    toks, numbers = _analysed(sentence)
    found: list[Phrase] = list(numbers)
    formulas = _formulas(sentence) + _chains(sentence)
    found += formulas
    # A number's unit is asked with it, never alone: "300 ft per nautical mile".
    phrases = [p for p in _noun_phrases(sentence, toks)
               if not any(n.start <= p.start and p.end <= n.end for n in numbers)]
    found += [_per_measure(sentence, toks, p) for p in phrases] if " per " in sentence else phrases
    found += _named_entities(sentence)
    found += _credited(sentence)
    found += _code_lists(sentence, toks)
    found += _named_by_frame(sentence, toks)
    found += _list_items(sentence, toks)
    found += [Phrase(a, b, 4.5, " ".join(sentence[a:b].casefold().split())) for a, b in _quoted(sentence)]
    found += _numeral_ranges(sentence)
    dates = _dates(sentence)
    if dates:
        # "15 July 1977", "1 April to 31 October": a date is one phrase, never its year or month alone.
        found = [p for p in found if not any(p.start < d.end and d.start < p.end for d in dates)] + dates
    if "(" in sentence:
        # "GF(2^8)", "O(n)": a name written as a function of its argument is one phrase.
        found = [p._replace(end=m.end(), identity=p.identity if p.identity.startswith(("number", "formula:"))
                            else sentence[p.start:m.end()].casefold())
                 if (m := _ARGUMENT.match(sentence, p.end)) else p for p in found]
    if formulas:
        # A part of a formula ("Q0 e" of "Q = Q0 e^(-t/k)") is never hidden alone, nor a
        # phrase running into one ("probability log10" of "probability log10(1 + 1/d)").
        found = [p for p in found if p in formulas or not any(
            f.start < p.end and p.start < f.end and not (p.start <= f.start and f.end <= p.end) for f in formulas)]
    # Text touching braces or "::" is markup-like code quoted in prose, not a phrase.
    found = [p for p in found if sentence[max(0, p.start - 2):p.start][-1:] not in ("{", "}")
             and sentence[p.start - 2:p.start] != "::" and sentence[p.end:p.end + 2] != "::"
             and sentence[p.end:p.end + 1] not in ("{", "}")] if "{" in sentence or "::" in sentence else found
    if _may_use_a_name(sentence) and _NAME_USERS.search(sentence):
        found = [p for p in found if not _uses_the_name(sentence, toks, p)]
    if " told " in sentence or " to " in sentence:
        told = _anecdote(sentence)
        found = [p for p in found if not any(p.start < b and a < p.end for a, b in told)]
    if ":" in sentence:
        found = [p for p in found if not _label(sentence, p)]
    if "(" in sentence:
        found = [_without_frame(sentence, p) for p in found]
    return tuple(p for p in found if not _someone_acting(sentence, toks, p))


# What a rate is taken per: "per second", "per square metre", "per order".
_PER = re.compile(r"\s+per\s+(?:(?:square|cubic)\s+)?(?=[^\W\d_])")


def _per_measure(sentence: str, toks: list[Token], p: Phrase) -> Phrase:
    """Return a noun phrase with the rate it is taken at: "millimetres per day", "cost per
    order". The phrase alone names what is counted, not the quantity the sentence states;
    a number's unit takes its "per" with it already (``_numbers``)."""
    m = _PER.match(sentence, p.end)
    if m is None or p.identity.startswith(("number", "formula:")):
        return p
    for k, t in enumerate(toks):
        if t.start == m.end():
            if (t.tag in ("NN", "NNS") or t.text.rstrip("s") in _MEASURES) and t.text.islower() and \
                    (k + 1 == len(toks) or toks[k + 1].tag not in _NOUN):  # "per second", read as "second" of two
                return Phrase(p.start, t.end, p.score, " ".join(sentence[p.start:t.end].casefold().split()))
            break
    return p


#: The most words a label before a colon has ("Installer tip:", "A note on safety:").
_LABEL_WORDS = 4
_LABEL = re.compile(r"\s*:\s+\S")


def _label(sentence: str, p: Phrase) -> bool:
    """Return whether a phrase is the label a sentence opens with, before a colon and what it
    labels: "Installer tip: Check the datasheet …", "Field note: …" say what kind of line
    follows, not a fact of it."""
    return not sentence[:p.start].strip(" \"'“‘*") and bool(_LABEL.match(sentence, p.end)) and \
        len(sentence[p.start:p.end].split()) <= _LABEL_WORDS and not p.identity.startswith(("number", "formula:"))


#: The least letters two forms of one word share at their start ("hypha", "hyphae").
_FORM_STEM = 4


def _without_frame(sentence: str, p: Phrase) -> Phrase:
    """Return a phrase in brackets without the words that frame what the brackets give.

    "a mycorrhiza (plural mycorrhizae)", "a hypha (pl. hyphae)": the brackets give another
    form of the word before them, and the words before that form ("plural") say which
    form it is; the form is the fact, hidden alone.
    """
    open_at = sentence.rfind("(", 0, p.start)
    if open_at < 0 or sentence[open_at + 1:p.start].strip() or " " not in sentence[p.start:p.end]:
        return p
    before = _WORDS_BEFORE.search(sentence, 0, open_at)
    frame, last = sentence[p.start:p.end].rsplit(None, 1)
    if before is None or len(last) < _FORM_STEM or not frame.islower():
        return p  # "S–N curve (Wöhler curve)": a name of its own, not a form
    word, form = before.group(1).casefold(), last.casefold()
    shared = len(os.path.commonprefix((word, form)))
    if word == form or shared < _FORM_STEM or shared < min(len(word), len(form)) - 3:
        return p
    start = p.end - len(last)
    return p._replace(start=start, identity=" ".join(sentence[start:p.end].casefold().split()))


_WORDS_BEFORE = re.compile(r"(\w+)\s*$")


# What an everyday agent noun is made of: a verb and "-er", "-ant", "-ent" ("grower",
# "claimant", "respondent"), or a noun and "-ist" ("violinist").
_AGENT = re.compile(r"(\w{3,}?)(\w)?(er|ant|ent|ist)s?")
_COPULAS = frozenset("is are was were be".split())


def _agent_stems(word: str) -> tuple[str, ...]:
    """Return what an agent noun may be formed from: "planner" (plan), "acquirer" (acquire), "violinist"."""
    m = _AGENT.fullmatch(word.casefold())
    if not m:
        return ()
    stem, last, suffix = m.group(1), m.group(2) or "", m.group(3)
    forms = [stem + last, stem + last + "e"]
    if last and stem.endswith(last):
        forms.append(stem)  # "planner": "plan"
    return tuple(f for f in forms if f) if suffix != "ist" else tuple(forms[:1])


def _someone_acting(sentence: str, toks: list[Token], p: Phrase) -> bool:
    """Return whether a phrase is only an everyday agent noun as its clause's subject.

    "a {{grower}} may lose an entire crop", "the {{sender}} may transmit", "an {{acquirer}}
    pays less": someone who does what the word says is doing it; who they are is no fact
    to ask. (After a copula the word is the term a definition names: "A grower is …".)
    """
    text = sentence[p.start:p.end]
    if p.score >= _NAMED_AGENT or not text.isalpha() or not _AGENT.fullmatch(text.casefold()):
        return False  # (the cheap tests first: most phrases are no single agent noun)
    words = [t for t in toks if p.start <= t.start and t.end <= p.end]
    if len(words) != 1 or words[0].tag not in ("NN", "NNS") or not words[0].text.isalpha() or \
            not (words[0].text.islower() or words[0].start == 0):
        return False
    k = toks.index(words[0])
    if k + 1 >= len(toks) or k and toks[k - 1].tag not in ("DT", "PRP$", "JJ", "JJS", "SYM"):
        return False
    after = toks[k + 1]
    if after.text.casefold() in _COPULAS or not (after.tag in ("MD", "VBD", "VBZ", "VBP", "VB")
                                                 or _verb_like(toks, k + 1)):
        return False
    lexicon = _lexicon()
    for stem in _agent_stems(words[0].text):
        if zipf(stem) >= _EVERYDAY_STEM and (stem.endswith("ist") or lexicon.get(stem) in ("VB", "VBP")
                                             or _has_past(stem) or words[0].text.casefold().endswith(("ist", "ists"))):
            return True
    return False


# An agent noun's stem this common in general English is an everyday word: "grow", "send", "violin".
_EVERYDAY_STEM = 3.5
# A single word scoring this high is rare enough to be a field's own: it stays a candidate.
_NAMED_AGENT = 3.5


# Who uses a name: "Gardeners also call it …", "sailors know them as …", "most guides refer to it as …".
_NAME_USERS = re.compile(r"(?:\s+(?:also|often|sometimes|usually|still|commonly|simply|just|informally|"
                         r"colloquially|generally|mostly|locally))*\s+(?:call|calls|know|knows|refer\s+to|"
                         r"nickname|nicknames)\s+(?:it|them|this|these|that|those)\b", re.IGNORECASE)


def _may_use_a_name(sentence: str) -> bool:
    """Return whether a sentence holds a verb ``_NAME_USERS`` needs, in any case: the
    expression itself tries every space of every sentence. (No letter of "call", "know",
    "refer" or "ckname" matches a character in it, ignoring case, that ``str.lower`` does
    not lower to that letter; the "i" of "nickname" would, the dotless "ı".)"""
    low = sentence.lower()
    return "call" in low or "know" in low or "refer" in low or "ckname" in low


def _uses_the_name(sentence: str, toks: list[Token], p: Phrase) -> bool:
    """Return whether a phrase of common nouns is only who uses the name the sentence gives.

    "{{Gardeners}} also call it the widow's flower": the fact is the name after "call it",
    not the people who say it (a person named, "Linnaeus called it …", is kept: past tense
    and a capital in mid-sentence say who coined the name).
    """
    if not _NAME_USERS.match(sentence, p.end):
        return False
    words = [t for t in toks if p.start <= t.start and t.end <= p.end]
    # (A sentence's first word is capitalised by its place, and may be tagged as a name.)
    return bool(words) and all(not t.acronym and (t.tag in ("NN", "NNS", "JJ") and t.text.islower()
                                                  or t.start == 0) for t in words)


# "One forensic accountant told The Ledger Review": someone unnamed telling a publication
# or a person something; the speaker is a few lower-case words after "one", "a" or "another".
_ANECDOTE = re.compile(r"\b(?:[Oo]ne|[Aa]n?|[Aa]nother|[Ss]ome)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*"
                       r"\s+(?:told|tells|(?:said|explained|wrote|confided|remarked)\s+to)\s+"
                       r"((?:[Tt]he\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*)*)")


def _anecdote(sentence: str) -> list[tuple[int, int]]:
    """Return where a sentence credits what it says to an unnamed speaker telling someone it.

    "One forensic accountant told The Ledger Review that …", "a retired pilot said to Coastal
    Monthly …": who said it, and to which publication, is the story's source, not a fact of
    the field; what was said may be one. The spans are the speaker's and the listener's.
    """
    return [(m.start(), m.start(1)) for m in _ANECDOTE.finditer(sentence)] + \
        [m.span(1) for m in _ANECDOTE.finditer(sentence)]


_ARGUMENT = re.compile(r"\([^()\s]{1,20}\)(?![\w(])")


# What may carry a formula's side on past where _FORMULA stops: an operator and an operand
# ("÷ (1 − r)"), a factor in brackets or applied to them ("(2/3) log10(M0)"), and, in a side
# of words, the next word of its noun group ("net payment").
_SIDE_OPERATOR = re.compile(rf"\s*[+×·*/^÷]\s*-?{_OPERAND}|\s[−-]\s-?{_OPERAND}")
_SIDE_FACTOR = re.compile(rf"\s(?=[^\W\d_]\w*\(|\()(?:[^\W\d_]\w*)?{_BRACKETS}")
_SIDE_WORD = re.compile(r"\s([a-z][a-z'’-]+)\b")
_WORD_BEFORE = re.compile(r"([a-z][a-z'’-]+)\s$")
_SIDE_TAGS = frozenset(("NN", "NNS", "JJ"))


def _side_word(sentence: str, start: int) -> bool:
    """Whether the word at ``start`` belongs to a noun group (a side written in words)."""
    tok = next((t for t in sentence_tokens(sentence) if t.start == start), None)
    return tok is not None and tok.tag in _SIDE_TAGS and tok.text.casefold() not in _COPULAS


def _whole_sides(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Widen a formula to the whole of its sides: "gross payment = net payment ÷ (1 − t)", not "payment = net"."""
    if re.fullmatch(r"[a-z][a-z'’-]+", sentence[start:sentence.index("=", start)].strip()):
        while (m := _WORD_BEFORE.search(sentence, 0, start)) and _side_word(sentence, m.start(1)):
            start = m.start(1)
    while True:
        words = re.search(r"[a-z][a-z'’-]+$", sentence[start:end]) is not None
        m = _SIDE_OPERATOR.match(sentence, end) or _SIDE_FACTOR.match(sentence, end) or \
            (words and (w := _SIDE_WORD.match(sentence, end)) and _side_word(sentence, w.start(1)) and w) or None
        if m is None or m.end() <= end:
            return start, end
        end = m.end()


def _cut_side(sentence: str, start: int, end: int) -> bool:
    """Whether a formula's text still runs on into more of it at either end."""
    return bool(re.match(r"\s*[=+×·*/^÷]", sentence[end:]) or re.search(r"[=+×·*/^÷−]\s*$", sentence[:start]))


def _formulas(sentence: str) -> list[Phrase]:
    """Return the sentence's formulas, with the unit of a number they end on: "c = 0.03 mm"."""
    out = []
    for m in _FORMULA.finditer(sentence) if "=" in sentence else ():
        start, end = _whole_sides(sentence, m.start(), m.end())
        unit = _FORMULA_UNIT.match(sentence, end) if sentence[end - 1:end].isdigit() else None
        if unit and unit_symbol(unit.group(1)):
            end = unit.end()
        # A side that still runs on past what can be read is hidden in no part: the formula
        # stays a phrase, so that none of its parts is asked, but worth nothing.
        out.append(Phrase(start, end, 0.0 if _cut_side(sentence, start, end) else 5.0,
                          "formula:" + "".join(sentence[start:end].split())))
    # (Each expression asks first for what a match needs: a "/" before a bracket, a "×" or
    # "·"; a function's name before its bracket and an operator between spaces.)
    for m in _EXPRESSION.finditer(sentence) if "×" in sentence or "·" in sentence or \
            "/" in sentence and _OVER_BRACKET.search(sentence) else ():
        if not any(p.start <= m.start() < p.end for p in out):
            out.append(Phrase(m.start(), m.end(), 5.0, "formula:" + "".join(m.group().split())))
    for m in _APPLIED.finditer(sentence) if "(" in sentence and _SPACED_OPERATOR.search(sentence) and \
            _CALL.search(sentence) else ():
        if _CALL.search(m.group()) and _SPACED_OPERATOR.search(m.group()) and \
                not any(p.start < m.end() and m.start() < p.end for p in out):
            out.append(Phrase(m.start(), m.end(), 5.0, "formula:" + "".join(m.group().split())))
    return out


# A chain of items joined by ">": a menu path ("File > Export > SVG", its later items one
# word or a few in capitals) or an order ("methyl > primary > secondary", of single words, at least
# three: "a > b" alone compares two symbols).
_CHAIN_ITEM = r"(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}|[^\W\d_][\w'’-]*)"
# (The first item is one word: "Open Layer > …" orders the reader to open the path.)
_CHAIN = re.compile(rf"(?<![\w'’-])[^\W\d_][\w'’-]*(?:\s?[>›]\s?{_CHAIN_ITEM})+(?![\w'’-])")


def _chains(sentence: str) -> list[Phrase]:
    """Return the sentence's chains of items joined by ">": one fact, hidden whole or not at all
    (an item alone, "File > [...] >", asks for a word out of a path)."""
    out = []
    for m in _CHAIN.finditer(sentence) if ">" in sentence or "›" in sentence else ():
        items = re.split(r"\s?[>›]\s?", m.group())
        if len(items) >= 3 or all(i[:1].isupper() for i in items):
            out.append(Phrase(m.start(), m.end(), 4.0, "formula:" + "".join(m.group().split())))
    return out


# Runs of words with single spaces between them: a phrase never crosses punctuation.
_WORD_RUN = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)+")
# Tags of words that a noun phrase of the deck's vocabulary does not hold.
_FUNCTION_TAGS = frozenset(("DT", "IN", "CC", "PRP", "PRP$", "MD", "TO", "WDT", "WP", "EX", "RB", "VBZ", "VBP",
                          "VBD", "VB", "CD", "PDT", "WRB"))


def recurrence_key(phrase: str) -> str:
    """Return what a phrase is counted as across pages: its words in lower case, the last one singular."""
    words = phrase.casefold().split()
    last = words[-1] if words else ""
    if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
        words[-1] = last[:-1]
    return " ".join(words)


def _singular(key: str) -> str:
    """Return ``recurrence_key`` of a phrase already in lower case with single spaces."""
    last = key[key.rfind(" ") + 1:]
    return key[:-1] if len(last) > 3 and last.endswith("s") and not last.endswith("ss") else key


def _run_phrases(text: str) -> Iterator[str]:
    """Yield every run of two or three words of ``text`` as ``recurrence_key`` counts it."""
    for run in _WORD_RUN.finditer(" ".join(text.casefold().split())):
        words = run.group().split(" ")
        for k in range(len(words) - 1):
            yield _singular(words[k] + " " + words[k + 1])
            if k + 2 < len(words):
                yield _singular(" ".join(words[k:k + 3]))


def uses_recurring(sentence: str, recurring: frozenset[str]) -> bool:
    """Return whether a sentence holds one of the phrases that recur across its deck's pages."""
    return bool(recurring) and any(p in recurring for p in _run_phrases(sentence))


def recurring_phrases(pages: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """Return the phrases of two or three words that recur across a deck's pages, sorted
    (``deck_phrases`` without each page's share)."""
    return deck_phrases(pages)[0]


def deck_phrases(pages: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Return the phrases of two or three words that recur across a deck's pages, sorted,
    and for each page those of them it holds.

    A phrase recurs when at least two pages use it, but at most a twentieth of them (and
    at least three): a phrase on most pages is the site's boilerplate, not its vocabulary.
    Candidates are runs of words, not tagged phrases (the tagger would cost a second
    pass over the deck); only a tagged noun phrase of a sentence is ever lifted by one.
    """
    return recurring_among([page_phrases(texts) for texts in pages])


# Whether a word (as written) may stand in a noun phrase, and its lower case: not a
# function word, not praise (names aside, which are not lifted). Asked once per word.
_CONTENT: dict[str, tuple[str, bool]] = {}


def page_phrases(texts: Iterable[str]) -> frozenset[str]:
    """Return one page's share of ``deck_phrases``: every phrase of two or three words it
    holds that could recur (as ``recurrence_key`` counts it). It depends on the page's
    texts alone, so a build may keep it for a page that is unchanged."""
    lexicon = _lexicon()
    content = _CONTENT
    seen: set[str] = set()
    for text in texts:
        for run in _WORD_RUN.finditer(text):
            words, flags = [], []
            for word in run.group().split(" "):
                known = content.get(word)
                if known is None:
                    low = word.casefold()
                    known = content[word] = (low, lexicon.get(low, "") not in _FUNCTION_TAGS
                                             and low not in _EVALUATIVE)
                words.append(known[0])
                flags.append(known[1])
            for k in range(len(words) - 1):
                if flags[k] and flags[k + 1]:
                    seen.add(_singular(words[k] + " " + words[k + 1]))
                    if k + 2 < len(words) and flags[k + 2]:
                        seen.add(_singular(words[k] + " " + words[k + 1] + " " + words[k + 2]))
    return frozenset(seen)


def recurring_among(pages: Sequence[frozenset[str]]) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Return ``deck_phrases`` from each page's ``page_phrases``."""
    counts: Counter[str] = Counter()
    for seen in pages:
        counts.update(seen)
    most = max(3, len(pages) // 20)
    recurring = frozenset(k for k, n in counts.items() if 2 <= n <= most)
    return tuple(sorted(recurring)), tuple(tuple(sorted(seen & recurring)) for seen in pages)


# A term in quotation marks, a word or a few: "Hawking radiation", “next friend”.
_QUOTED = re.compile(r"[\"“‘](?=[^\W\d_])([^\"“”‘’]{1,60}?)(?<=\w)[\"”’](?!\w)")


@lru_cache(maxsize=1024)
def fact_evidence(sentence: str) -> tuple[float, float]:
    """Return (evidence of a concrete fact, evidence of padding) in a sentence.

    A fact shows itself by something concrete: a number, an abbreviation, a name that is
    not an everyday word, a quoted term, a frame that names or lists things ("called X",
    "namely A, B and C"), or nouns rare in general English that are not abstract
    ("-ness", "-ity", "-ment"…) or evaluative. Padding shows itself by evaluative and
    intensifying words ("a truly fascinating window"), a gerund for a subject
    ("Understanding this framework is…"), words pointing at the text or at anything
    ("these standards", "every case"), the reader or writer addressed ("you", "we", an
    order, what "it is worth doing"), modal hedging and "seem", a comparison with nothing ("…never mattered
    more."), a ranking ("one of the first…") and an unnamed many ("Few tools…"). The deck's own
    names are evidence too; cloze.py adds them, since they are not known here.
    """
    padding = _padding(sentence)
    return (_evidence(sentence) if padding >= _PADDED else 0.0), padding


# Padding below this never outweighs a fact: "can", "their" alone say nothing.
_PADDED = 1.5


@lru_cache(maxsize=4096)
def _padding(sentence: str) -> float:
    toks = sentence_tokens(sentence)
    padding = 0.0
    if toks and toks[0].tag == "VBG" and not _capitalised(toks[0]):
        padding += 1.5  # "Navigating these evolving standards requires…"
    elif _imperative(toks):
        # "Ask your pharmacist…", "Never skip…": advice to the reader; alone ("Tie a stopper
        # knot in the tail…") an order may still teach a procedure.
        padding += 1.0
    deictic = 0
    modal = second = absolute = seeming = than = False
    for t in toks:
        w = t.text.casefold()
        if w in _EVALUATIVE:
            padding += 1.0
        elif w in _DEICTIC:
            deictic += 1
        elif w in _MODALS:
            modal = True
        elif w in _SECOND_PERSON or w in _FIRST_PERSON:
            second = True  # the writer or the reader, not the subject: "we recommend", "your needs"
        elif w in _ABSOLUTES:
            absolute = True
        elif w in _IMPRESSION:
            seeming = True  # how a thing seems, not what it is: "can seem arcane"
        elif w == "than":
            than = True
    words = [t for t in toks if t.tag != "SYM"]
    if len(words) > 2 and words[0].text.casefold() in _QUANTIFIERS and words[1].tag == "NNS":
        padding += 0.5  # "Many writers…", "Few tools…": a claim about an unnamed many
    # A comparative that compares with nothing closes a vague claim: "…more clearly.",
    # "…has never mattered more."
    end = words[-2:] if len(words) > 1 and words[-1].tag == "RB" else words[-1:]
    comparative = not than and bool(end) and (end[0].tag in ("JJR", "RBR")
                                              or end[0].text.casefold() in ("more", "less"))
    ranking = _RANKING.search(sentence) is not None  # "one of the most…", "one of the first…"
    # "It is a simple idea that …", "This is a worrying trend …", "It is one of the first things …",
    # "It is the kind of calculation …": the text said what its topic is already; a pronoun
    # given a kind again describes it, where a fact would say what it does.
    characterised = _CHARACTERISED.match(sentence)
    if characterised and (characterised.group("kind") or _everyday_head(toks, characterised.end())):
        padding += 1.5
    # "It is worth listening …": what the reader would do well to do, advice as an order is.
    advice = 1.5 if "worth" in sentence and _WORTH_DOING.search(sentence) else 0.0
    return (padding + min(deictic, 2) + second + 0.5 * modal + 1.0 * comparative + 0.5 * absolute
            + 0.5 * seeming + 1.0 * ranking + advice)


# Who speaks or is spoken to, besides "you": the writer's "we" and "us".
_FIRST_PERSON = frozenset("we us ours ourselves".split())
# Words of all or nothing that a claim without a measure leans on: "never mattered more".
_ABSOLUTES = frozenset("never ever everywhere everyone everybody nowhere".split())
_IMPRESSION = frozenset("seem seems seemed seeming".split())
# Words that count an unnamed many as a sentence's subject.
_QUANTIFIERS = frozenset("few many most some several countless".split())
_WORTH_DOING = re.compile(r"\b(?:it|this|that)\s+(?:is|was|remains)\s+(?:(?:always|well|\w+ly)\s+)?worth\s+\w+ing\b", re.IGNORECASE)
_CHARACTERISED = re.compile(r"(?:It|This|That)\s+(?:is|was)\s+(?:an?|one\s+of\s+the|(?P<kind>the\s+kind\s+of))\s")
# A noun at least this common in English is a general kind ("idea", "moment", "cause", "step"),
# not the class a definition puts its term in ("hormone", "enzyme", "landmark").
_GENERAL_KIND = 5.0
# An adjective at least this common is a description or a judgement ("simple", "worrying"),
# not a technical kind ("fat-soluble", "autosomal").
_DESCRIBING = 3.5


def _everyday_head(toks: list[Token], start: int) -> bool:
    """Return whether the first noun group from ``start`` holds an everyday noun ("a
    landmark moment", "the first things bakers …") or an everyday word describing it ("a
    worrying trend", "the more unpleasant parasites"), or there is none: then "It is a …"
    gives the pronoun a general kind or a judgement; "It is a hormone that …" puts the
    term in its class."""
    begin = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    first = next((k for k in range(begin, len(toks)) if toks[k].tag in ("NN", "NNS")), None)
    if first is None:
        return True
    end = first
    while end + 1 < len(toks) and toks[end + 1].tag in ("NN", "NNS"):
        end += 1
    return any(zipf(t.text) >= _GENERAL_KIND for t in toks[first:end + 1]) or any(
        t.tag in ("JJ", "JJR", "JJS", "VBG") and zipf(t.text) >= _DESCRIBING for t in toks[begin:first])
_RANKING = re.compile(r"\bone of the (?:most|least|first|best|\w+est)\b", re.IGNORECASE)
# What follows a verb that gives an order, where a subject would be followed by a verb.
_OBJECTS = frozenset("the a an this these those our your my their its them it you".split())
# Parts of speech that cannot open an order.
_NOT_ORDERS = frozenset(("DT", "IN", "CC", "PRP", "PRP$", "WDT", "WP", "WRB", "EX", "RB", "CD", "NNP", "NNPS",
                         "JJ", "JJS", "JJR", "MD", "TO", "SYM", "VBG", "VBD", "VBN", "VBZ"))


# Prepositions that only open a noun group, never a clause ("after", "before", "since" and
# "until" do both: "after the ice melts").
_GROUP_PREPOSITIONS = frozenset("with of in on by from into onto for at under over between among through across "
                                "along within without beneath".split())


def _after_preposition_group(toks: list[Token], k: int) -> bool:
    """Return whether the nouns and modifiers before ``k`` follow a preposition that opens a noun
    group, after its clause's verb: "is decorated with carved acanthus …". (Before the verb the
    group is part of the subject, whose verb ``k`` may be: "the level of the water falls.")"""
    m = k - 1
    while m > 0 and toks[m - 1].tag in ("NN", "NNS", "JJ", "VBN", "VBG", "CD"):
        m -= 1
    if m > 1 and toks[m - 1].tag in ("DT", "PRP$"):
        m -= 1  # "for its limestone falls"
    if not (m > 0 and toks[m - 1].text.casefold() in _GROUP_PREPOSITIONS):
        return False
    for q in range(m - 2, -1, -1):
        if toks[q].tag in _FINITE:
            return True
        if toks[q].text.casefold() in _CLAUSE_ENDS or toks[q].text.casefold() in _CLAUSE_OPENERS:
            return False
    return False


# Words that open a clause besides those that end one: "once the salinity … drops".
_CLAUSE_OPENERS = frozenset("once as after before since".split())


def _imperative(toks: list[Token]) -> bool:
    """Return whether a sentence opens with an order to the reader: "Ask your…", "Don't…"."""
    if len(toks) < 2:
        return False
    first = toks[0].text.casefold().replace("’", "'")
    second = toks[1].text.casefold()
    if first in ("don't", "please") or first == "do" and second == "not" or \
            first in ("never", "always") and toks[1].tag == "VB":
        return True  # "Never skip a dose"
    tag = _lexicon().get(first)
    if toks[0].acronym or first.endswith(("s", "ing", "ed")) or tag in _NOT_ORDERS or tag is None and zipf(first) < 4.0:
        return False  # a name or a rare word ("Zonulin the…", a heading run on) gives no order
    # A word that opens a sentence and is followed at once by an article or a pronoun can
    # only be a verb: "Download our chart", "Check the oil"; "Heat flows…" has a verb next.
    # So can one followed by a particle: "Sign up for…", "Find out how…".
    return second in _OBJECTS or second in ("up", "out")


def _evidence(sentence: str, cohesive: bool = True) -> float:
    toks, numbers = _analysed(sentence)
    evidence = _strong_evidence(sentence)
    # A word of a field's own jargon is evidence wherever it stands; a merely uncommon
    # noun that nothing else of the term uses is as often a writer's flourish
    # ("stewardship", "tapestry") as a fact, and counts half.
    jargon = 2.5 if cohesive else 1.5  # "bronchospasm", "osmolality": no everyday text has them
    rare = sum(2.0 if zipf(t.text) <= jargon else 1.0 if cohesive else 0.5 for t in toks
               if t.tag in ("NN", "NNS") and zipf(t.text) <= 3.6 and _concrete(t.text))
    return evidence + min(rare, 3.0)


@lru_cache(maxsize=4096)
def _strong_evidence(sentence: str) -> float:
    """Return the evidence of a fact that does not rest on rare words alone."""
    toks, numbers = _analysed(sentence)
    evidence = 0.0
    if "=" in sentence and _FORMULA.search(sentence) or any(not _count_of_things(sentence, n) for n in numbers):
        evidence += 3.0
    elif numbers:
        evidence += _COUNTED  # "all 11 rules", "the three flavours": how many, of nothing measured
    if any(t.acronym for t in toks):
        evidence += 3.0
    names = sum(2.0 if zipf(t.text) <= 4.3 else 1.0 for t in toks if _capitalised(t))
    evidence += min(names, 3.0)
    if _quoted(sentence):
        evidence += 2.0
    frames = _frames(sentence)
    if frames.named or frames.lists:
        evidence += 2.0
    if frames.genus:
        evidence += 1.0
    return evidence


# The evidence of a number that counts everyday things: weaker than a measure's, and no
# more than the reader's rare nouns in advice ("Don't worry if the three flavours seem…").
_COUNTED = 1.5


def _count_of_things(sentence: str, number: Phrase) -> bool:
    """Return whether a number only counts everyday things ("11 rules"), with no unit, sign or name."""
    words = sentence[number.start:number.end].split()
    return len(words) >= 2 and (words[0].isdigit() or words[0].casefold() in _NUMBER_WORDS) and all(
        w.isalpha() and w.islower() and len(w) > 3 and max(zipf(w), zipf(_stem(w))) >= 3.5 and _stem(w) not in _MEASURES
        and w.rstrip("s") not in _MEASURES for w in words[1:])


@lru_cache(maxsize=4096)
def content_stems(sentence: str) -> frozenset[str]:
    """Return the sentence's content words (nouns, adjectives, verbs that are not everyday
    words), each without a plural ending: what a sentence shares with the rest of a term."""
    return frozenset([_stem(t.text) for t in sentence_tokens(sentence)
                      if t.tag[:2] in ("NN", "JJ", "VB") and len(t.text) > 2 and t.text.isalpha()
                      and zipf(t.text) < 5.0])


def content_stem(word: str) -> str:
    """Return a word as ``content_stems`` gives it (in lower case, without a plural ending)."""
    return _stem(word)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    word = word.casefold()
    for ending, instead in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)] + instead
    return word


def holds_fact(sentence: str, deck_names: int = 0, cohesive: bool = True) -> bool:
    """Return whether a sentence has a fact worth a cloze, given how many deck names it holds.

    ``cohesive`` says whether the sentence shares a content word with the rest of its
    term (its names, its other sentences). A sentence that shares none, has no strong
    evidence (a number, an abbreviation, a name, a quote, a naming frame) and a word of
    padding ("such", "truly", "you") speaks of something else than the term, as a site's
    flourish does, and needs more evidence.
    """
    if sentence.rstrip(" \"'”’)").endswith("?"):
        return False  # "How long does recovery take?": a question asks, it states nothing
    if _signature(sentence):
        return False
    if not cohesive and not deck_names and _padding(sentence) >= 1.0 and not _strong_evidence(sentence):
        return _padding(sentence) + _PADDED <= _evidence(sentence, cohesive=False)
    evidence, padding = fact_evidence(sentence)
    if padding >= _PADDED and not deck_names and _addressed(sentence) and _strong_evidence(sentence) <= _COUNTED:
        # Advice or a pitch to the reader ("Don't let clamps and cauls intimidate you"):
        # its rare nouns are what it is about, not what it states, and count half.
        evidence = _evidence(sentence, cohesive=False)
    return padding < _PADDED or padding <= evidence + 3.0 * min(deck_names, 1)


_SIGNATURE = re.compile(r"(?:[—–―]|--)\s*((?:Dr|Prof|Mr|Mrs|Ms|St)\.\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
                        r"(?:,\s+[^\d,:;]+?)*(?:,\s+(?:c\.\s*)?1[5-9]\d\d|,\s+20\d\d)?[.,]?")
_SIGNATURE_WORDS = 10


def _signature(sentence: str) -> bool:
    """Return whether a sentence only signs a quotation: "— Dr. Ingrid Halvorsen, 1998."

    It opens with a dash and a name in capitals and says, in a few words without a verb,
    who spoke (a title, a role or place after a comma, a year): the quotation is the
    fact, not its speaker.
    """
    if not _SIGNATURE.fullmatch(sentence.strip()):
        return False
    words = [t for t in sentence_tokens(sentence) if t.text[:1].isalnum()]
    return len(words) <= _SIGNATURE_WORDS and not any(t.tag in ("VB", "VBD", "VBP", "VBZ", "MD") for t in words)


def _addressed(sentence: str) -> bool:
    """Return whether a sentence speaks to its reader: an order, "you", or the writer's "we"."""
    toks = sentence_tokens(sentence)
    return _imperative(toks) or any(t.text.casefold() in _SECOND_PERSON or t.text.casefold() in _FIRST_PERSON
                                    or t.text.casefold() == "our" for t in toks)


def _concrete(word: str) -> bool:
    """Return whether a rare noun may name a concrete thing: not evaluative, not a common abstract noun."""
    low = word.casefold()
    return low not in _EVALUATIVE and low not in _GENERIC and (not low.endswith(_ABSTRACT) or zipf(low) <= 3.0)


# ("sum-of-the-years'-digits": an apostrophe of a plural may stand before a hyphen.)
_HYPHENATED = re.compile(r"(?<![\w,.-])\w+(?:[,.]\d+)*(?:['’]?-\w+)+(?![\w-])")


def hyphenated(sentence: str) -> list[tuple[int, int]]:
    """Return where hyphenated compounds stand: "21-centimetre", "7-dehydrocholesterol", "2,4-D"."""
    return [(m.start(), m.end()) for m in _HYPHENATED.finditer(sentence)] if "-" in sentence else []


def unbroken(sentence: str) -> list[tuple[int, int]]:
    """Return where a hidden phrase may not stop inside: quoted names and hyphenated compounds.

    "the "Immortal Zugzwang Game"", "the 21-centimetre line": hiding part of one shows
    the rest, and asks for a word out of a name.
    """
    return _quoted(sentence) + hyphenated(sentence) + list(_code_spans(sentence))


# Words written as code: a dotted name ("torch.nn.Dropout", "os.path"), a call ("model.eval()",
# "f(x=1)"), a name with an underscore ("max_len"), an argument set with "=" ("p=0.5"), a
# command's option ("-av", "--delete"), a path ("~/photos/", "/etc/hosts", "src/"), a variable
# ("$HOME") or a qualified name ("std::vector"). Units ("mmol/L"), "e.g." and "and/or" are none.
_CODE_TOKEN = re.compile(
    r"(?<!\S)(?:"
    r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w+)+(?:\([^()\s]*\))?"      # torch.nn.Dropout(p=0.5), os.path
    r"|[A-Za-z_]\w*\((?:[^()\s]*[=,][^()\s]*)?\)"              # print(), f(x=1)
    r"|[A-Za-z]\w*_\w+"                                        # max_len, RSYNC_RSH
    r"|[A-Za-z_]\w*=[^\s=]+"                                    # p=0.5
    r"|--?[A-Za-z][\w-]*"                                       # -av, --delete
    r"|(?:~|\.{1,2})?/[\w.~-]+(?:/[\w.~-]*)*|[\w.-]+/(?:[\w.-]+/)*(?=[\s,;:)]|$)"  # /etc/hosts, src/
    r"|\$\{?[A-Za-z_]\w*\}?"                                    # $HOME
    r"|\w+::\w+(?:::\w+)*"                                      # std::vector
    r")(?=[\s,;:.!?)\]]*(?:\s|$))")
# Signs that stand as words of their own only in code: "layer = …", "a == b", "x -> y".
_CODE_SIGNS = frozenset({"=", "==", "!=", "+=", "-=", "=>", "->", "&&", "||", "{", "}", ":=", "<-", "|", ">>", "<<"})
#: The share of a sentence's words written as code at or above which it is a line of code.
CODE_SHARE = 0.5


def code_tokens(sentence: str) -> list[tuple[int, int]]:
    """Return where words written as code stand: a cloze hides one whole or not at all."""
    return list(_code_spans(sentence))


@lru_cache(maxsize=1024)  # asked for each sentence by the code test, then by the chooser
def _code_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    if not any(c in sentence for c in "._=-/$:(") :
        return ()
    return tuple([m.span() for m in _CODE_TOKEN.finditer(sentence)])


def is_code(sentence: str) -> bool:
    """Return whether a sentence is a line of code, or ends in one after the words that lead
    into it ("A typical backup copies the folder: rsync -av …"): most of its words are written
    as code. Such a line is shown as written, never a cloze."""
    parts = [sentence]
    head, colon, tail = sentence.rpartition(": ")
    if colon and tail:
        parts.append(tail)
    for part in parts:
        words = part.split()
        if len(words) < 2:
            continue
        spans = _code_spans(part)
        if spans:
            starts = {a for a, _ in spans}
            at, coded = 0, 0
            for word in words:
                at = part.index(word, at)
                coded += at in starts or word in _CODE_SIGNS
                at += len(word)
        else:  # (most sentences: no word starts a code span, so only the signs count)
            coded = sum(map(_CODE_SIGNS.__contains__, words))
        if coded and coded / len(words) >= CODE_SHARE:
            return True
    return False


def _quoted(sentence: str) -> list[tuple[int, int]]:
    """Return where short quoted terms stand (inside the marks): at most six words, or a
    title of up to twelve written in capitals ("The Magical Number Seven, Plus or Minus Two")."""
    if '"' not in sentence and '“' not in sentence and '‘' not in sentence:
        return []
    return [(m.start(1), m.end(1)) for m in _QUOTED.finditer(sentence)
            if (len(words := m.group(1).split()) <= 6 or len(words) <= _TITLE_WORDS and _title(words))
            and not (len(words) > 2 and words[0] in _SPEAKERS)]


# Words that open a quoted utterance, not a term: "I am operating astern propulsion".
_SPEAKERS = frozenset("I We You He She They".split())


#: The most words of a quoted title in capitals, asked whole.
_TITLE_WORDS = 12


def _title(words: Sequence[str]) -> bool:
    """Return whether quoted words are written as a title: every word but short ones ("or",
    "of", "the") in capitals, the first too."""
    return words[0][:1].isupper() and all(w[:1].isupper() for w in words if len(w.strip(",;:")) > 3)


# Names that hold small words, kept whole: "Plessy v. Ferguson (1896)", "Habeas Corpus Act
# 1679", "Treaty of Westphalia".
_CAP = r"(?:[A-Z][\w'’–-]*)"
_NOT_OPENING = r"(?!(?:The|A|An|In|Under|By|Since|After|Before|From|With|This|These)\b)"
_CAPS = rf"{_CAP}(?:\s+{_CAP})*"
_CASE_NAME = re.compile(rf"{_NOT_OPENING}{_CAPS}\s+v(?:s|\.|s\.)?\s+{_CAPS}(?:\s+\(\d{{4}}\))?")
_DOCUMENTS = ("Act|Acts|Treaty|Convention|Charter|Code|Statute|Directive|Amendment|Accord|Declaration|Rules|"
              "Regulations|Protocol")
_DOCUMENT_NAME = re.compile(
    rf"{_NOT_OPENING}(?:{_CAP}\s+(?:(?:and|of|for|on|at)\s+(?={_CAP})|\({_CAPS}\)\s+)?)+(?:{_DOCUMENTS})(?![\w'’-])"
    rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{_CAPS}(?:\s+and\s+{_CAPS})?)*(?:,?\s+\d{{4}})?"
    rf"|{_NOT_OPENING}(?:Act|Treaty|Convention|Charter|Declaration)\s+of\s+(?:the\s+)?{_CAPS}(?:,?\s+\d{{4}})?")


_DOCUMENT_WORDS = tuple(dict.fromkeys(w.rstrip("s") for w in _DOCUMENTS.split("|")))


def whole_name(text: str) -> bool:
    """Return whether ``text`` is a name written with "v.", "Act 1679" or "Treaty of …"."""
    return bool(_CASE_NAME.fullmatch(text) or _DOCUMENT_NAME.fullmatch(text))


_VERSUS = re.compile(r"\sv(?:s)?\.?\s+[A-Z]")


def _named_entities(sentence: str) -> list[Phrase]:
    """Return names written with "v.", "Act 1679" or "of": one phrase each, never half."""
    if not _VERSUS.search(sentence) and not any(w in sentence for w in _DOCUMENT_WORDS):
        return []
    out = []
    for pattern in (_CASE_NAME, _DOCUMENT_NAME):
        for m in pattern.finditer(sentence):
            if m.start() == 0 and zipf(m.group().split()[0]) >= 4.0 and len(m.group().split()) < 3:
                continue
            out.append(Phrase(m.start(), m.end(), 6.0, " ".join(m.group().casefold().split())))
    return out


# "proposed by Hairston, Smith and Slobodkin": surnames credited together after "by".
_SURNAME = r"[A-Z][^\W\d_][\w'’-]*"
_CREDITED = re.compile(rf"\bby\s+((?:{_SURNAME},\s+)+{_SURNAME},?\s+and\s+{_SURNAME})(?![\w'’-]|\s+[A-Z])")


# A list of codes ("CPV-2a, CPV-2b and CPV-2c", "the 2xxx, 6xxx and 7xxx series", "factors
# II, VII, IX and X"): items with a digit or capitals, or Roman numerals.
_CODE = r"(?:[A-Za-z0-9]*\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[A-Z][A-Za-z0-9]*[A-Z0-9](?:-[A-Za-z0-9]+)*|[IVXL]+)"
_CODE_LIST = re.compile(rf"(?<![\w-])({_CODE}(?:,\s+{_CODE})+,?\s+(?:and|or)\s+{_CODE})(?![\w-])")


def _code_lists(sentence: str, toks: list[Token]) -> list[Phrase]:
    """Return each list of three or more codes as one phrase, with the noun that names them
    before or after it: the codes of one series are asked together, not one of them."""
    out = []
    for m in _CODE_LIST.finditer(sentence) if "," in sentence else ():
        items = [i for i in re.split(r",?\s+(?:and|or)\s+|,\s+", m.group(1)) if i]
        if not all(any(c.isalpha() for c in i) for i in items) or not any(_ACRONYM.fullmatch(i) for i in items):
            continue  # "1, 2 and 3" are numbers; "I, V and X" alone may be pronouns and letters
        start, end = m.start(1), m.end(1)
        after = [t for t in toks if t.start >= end][:1]
        before = [t for t in toks if t.end <= start][-1:]
        if after and after[0].tag in ("NN", "NNS") and after[0].text.islower():
            end = after[0].end  # "the 2xxx, 6xxx and 7xxx series"
        elif before and before[0].tag in ("NN", "NNS") and before[0].text.islower():
            start = before[0].start  # "factors II, VII, IX and X"
        # Above any one code with its noun ("variants CPV-2a" scores about 6.4).
        out.append(Phrase(start, end, 6.9, " ".join(sentence[start:end].casefold().split())))
    return out


def _credited(sentence: str) -> list[Phrase]:
    """Return the surnames a work is credited to after "by", one phrase: "by Salmoni, Schmidt and Walter".

    Three or more single names credited together are the authors of one thing, asked
    together; a list after "such as" ("Haydn, Mozart and Beethoven") is of several.
    """
    if " by " not in sentence:
        return []
    out = []
    for m in _CREDITED.finditer(sentence):
        names = [n for n in re.split(r",?\s+and\s+|,\s+", m.group(1)) if n]
        if any(zipf(n) < 4.3 for n in names):  # names, not capitalised everyday words ("Monday")
            out.append(Phrase(m.start(1), m.end(1), 5.0, " ".join(m.group(1).casefold().split())))
    return out


def _named_by_frame(sentence: str, toks: list[Token]) -> list[Phrase]:
    """Return a rare adjective a naming frame introduces: "languages … are called agglutinative"."""
    named = _frames(sentence).named
    out = []
    for k, tok in enumerate(toks) if named else ():
        if tok.start in named and tok.tag in ("JJ", "RB", "VBN") and 4.8 - zipf(tok.text) >= _SOME_RARITY and \
                _concrete(tok.text) and (
                k + 1 == len(toks) or toks[k + 1].tag not in _NOUN):
            out.append(Phrase(tok.start, tok.end, 3.0, tok.text.casefold()))
    return out


# An enumeration of single words: "purposely, knowingly, recklessly and negligently".
_ENUMERATION = re.compile(r"\b(?:[^\W\d_][\w-]*,\s+){2,}[^\W\d_][\w-]*,?\s+(?:and|or)\s+[^\W\d_][\w-]*\b")
# "…sugar and, in red varieties, change…": the "and" before an aside ends an item too.
_ENUM_SPLIT = re.compile(r",?\s+(?:and|or)(?:,?\s+)|,\s+")
_ITEM_OPENERS = frozenset("the a an".split())
# Words that order a list's items, no part of one: "footsteps, then cloth, then props".
_SEQUENCE_WORDS = frozenset("then next finally lastly afterwards".split())


def _list_items(sentence: str, toks: list[Token]) -> list[Phrase]:
    """Return the items of "namely A, B and C" lists and enumerations of single words.

    Their items are the facts even when they are adverbs or adjectives: "namely open,
    continuous, exclusive and notorious", "purposely, knowingly, recklessly and negligently".
    """
    spans = [(a, b) for a, b, enumerating in _frames(sentence).lists
             if enumerating and not enumerating_clauses(sentence, toks, a, b)] \
        if ":" in sentence or "namely" in sentence or "i.e." in sentence else []
    if sentence.count(",") >= 2:
        by_start = {t.start: t for t in toks}
        for m in _ENUMERATION.finditer(sentence):
            items = [by_start.get(m.start() + w.start()) for w in re.finditer(r"[^\W\d_][\w-]*", m.group())]
            items = [t for t in items if t is not None and t.text.casefold() not in ("and", "or")]
            # The tagger reads a participle as a noun now and then ("ground, sieved, dried").
            if items and sum(t.tag not in ("RB", "JJ", "VBN", "VBD") for t in items) <= 1:
                spans.append((m.start(), m.end()))
    out = []
    index_at = {t.start: k for k, t in enumerate(toks)} if spans else {}
    for a, b in spans:
        at = a
        parts = _ENUM_SPLIT.split(sentence[a:b])
        alone = len([p for p in parts if p.strip()]) < 2
        for part in parts:
            start = sentence.index(part, at) if part else at
            at = start + len(part)
            words = part.split()
            if alone and words and words[0].casefold() in _ITEM_OPENERS:
                break  # "The rule is simple: a company that …": a noun phrase opening a clause, no list
            while words and words[0].casefold() in _ITEM_OPENERS | _SEQUENCE_WORDS:
                start += len(words[0]) + 1
                words = words[1:]
            if not words or len(words) > 4 or not words[0][:1].isalpha():
                continue
            if words[0].casefold() in _CLAUSE_ENDS:
                continue  # "…greys and browns, while copper tends …": the list ended, a clause begins
            first = index_at.get(start)
            if first is not None and toks[first].tag == "PRP":
                continue  # "it ripens: they soften, …": a pronoun and its verb are a clause
            end = start + len(" ".join(words))
            text = sentence[start:end].rstrip(".,;:")
            if all(zipf(w) >= 6.0 for w in words) or text.casefold() in _EVALUATIVE:
                continue  # "this and that": too common to be an item worth asking
            if first is not None and toks[first].tag in _DEGREES and zipf(words[0]) >= _PLAIN_WORDS and \
                    not _A_DIGIT.search(text):
                # "a daily rhythm: highest in the morning …", "greatest at spring tides": a
                # position on a scale, which its pair across the "and" gives away; what it is
                # said of is asked as a phrase of its own (but "more than 0.5" is a value).
                continue
            if len(words) > 1 and any(k and (_verb_like(toks, k) or toks[k].tag in _FINITE) for k in (
                    index_at.get(w.start() + start) for w in re.finditer(r"\S+", text)) if k is not None):
                continue  # "the boat rolls": a clause, not an item
            out.append(Phrase(start, start + len(text), 3.0, " ".join(text.casefold().split())))
    return out


# The comparative and superlative of an adjective or adverb: "higher", "highest", "most".
_DEGREES = frozenset(("JJR", "JJS", "RBR", "RBS"))
# Tags that make a list's item a clause or a phrase of a clause, not a thing named: a verb
# ("absorb nutrients"), a pronoun ("their toxins out"), "there".
_CLAUSE_TAGS = frozenset(("VB", "VBP", "VBZ", "MD", "PRP", "PRP$", "EX", "WDT", "WP"))


def enumerating_clauses(sentence: str, toks: list[Token], a: int, b: int) -> bool:
    """Return whether the items listed in ``sentence[a:b]`` (after a colon or "namely") are
    clauses: one of them opens with a verb, or holds a verb, a pronoun or "there"
    ("two jobs: absorb nutrients and keep microbes and their toxins out", "two habits:
    focus there and everything from half"). Items of one list are alike: none of them is
    then a thing to hide whole."""
    inside = [t for t in toks if a <= t.start and t.end <= b]
    if not inside or inside[0].tag == "DT":
        return False  # (after an article a noun phrase opens the list, or a clause of its own)
    return inside[0].tag in ("VB", "VBP") or any(t.tag in _CLAUSE_TAGS for t in inside)


# "I to XII", "from IV to I", "V–vi": a range of Roman numerals is one fact, each numeral
# alone is not an abbreviation ("IV" could be; in a range it is a number).
_NUMERAL = r"(?:X{0,3}(?:IX|IV|V?I{0,3})|x{0,3}(?:ix|iv|v?i{0,3}))"
_NUMERAL_RANGE = re.compile(rf"(?<![\w–-])(?=[IVXivx])({_NUMERAL})\s*(?:to|–|-)\s*(?=[IVXivx])({_NUMERAL})(?![\w–-])")


_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_AT = rf"(?:{_YEAR.pattern})(?!\d)"
_DATE = rf"(?:{_DAY}\s+{_MONTH}(?:\s+{_YEAR_AT})?|{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR_AT})?(?![\d,])|{_MONTH}\s+{_YEAR_AT})"
_A_DIGIT = re.compile(r"\d")
_DATES = re.compile(rf"(?<![\w.,]){_DATE}(?:\s*(?:to|until|through|–|-)\s*{_DATE})?(?![\w])")


def _dates(sentence: str) -> list[Phrase]:
    """Return the sentence's dates with a month's name, each a range whole: "15 July 1977",
    "March 3, 1979", "from 1 April to 31 October"."""
    if not _A_DIGIT.search(sentence):
        return []
    return [Phrase(m.start(), m.end(), 2.5, "number:date") for m in _DATES.finditer(sentence)]


def _numeral_ranges(sentence: str) -> list[Phrase]:
    """Return ranges of Roman numerals: "a scale from I to XII", "moves from V to I"."""
    if " to " not in sentence and "–" not in sentence and "-" not in sentence:
        return []
    # Not "I to V" (a pronoun may start it) nor two lower-case letters ("from v to x": variables).
    return [Phrase(m.start(), m.end(), 5.5, "number:numeral") for m in _NUMERAL_RANGE.finditer(sentence)
            if m.group(1) and m.group(2) and (len(m.group(1)) > 1 or len(m.group(2)) > 1 or m.group(1) != "I")
            and (m.group(1).isupper() or m.group(2).isupper())]


def _listed_numbers(toks: list[Token], j: int) -> int:
    """Return where a list of bare numbers that a number at ``j - 1`` opens reaches its last
    "and" or "or", when a unit follows the last number: "keys of 128, 192 or 256 bits" is one
    quantity, its unit the last number's, as "10 and 20 mg" is; ``j`` itself otherwise."""
    m = j
    while m + 2 < len(toks) and toks[m].text == "," and toks[m + 1].tag == "CD" and \
            toks[m + 2].text in (",", "and", "or"):
        m += 2
    if m == j or toks[m].text not in ("and", "or") or m + 2 >= len(toks) or toks[m + 1].tag != "CD":
        return j
    after = toks[m + 2]  # a list with no unit ("graded 1, 2 and 3 by …") names no quantity
    measured = after.tag in ("%", "°") or unit_symbol(after.text) or after.text.casefold() in _MAGNITUDES or (
        after.tag in _NOUN and not after.text[:1].isupper())
    return m if measured else j


def _numbers(sentence: str, toks: list[Token]) -> list[Phrase]:
    """Return numbers with their units and ranges: "30 to 45 minutes", "$1,000", "6.5%"."""
    out = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.tag != "CD" or (i and toks[i - 1].text.casefold() in _NAMING) or _names_number(toks, i):
            i += 1
            continue
        first = i
        if i and toks[i - 1].tag in ("$", "€", "£") and toks[i - 1].end == tok.start:
            first = i - 1
        first = _with_sign(toks, first)
        j = i + 1
        ranged = False
        unit: list[str] = []

        def take_unit(j: int) -> int:
            # One unit: a sign, a unit symbol, or a noun or two ("22 breaths per minute").
            if j < len(toks) and toks[j].tag == "°" and j + 1 < len(toks) and \
                    toks[j + 1].text.isalpha() and len(toks[j + 1].text) <= 3 and toks[j + 1].start == toks[j].end:
                unit.extend((toks[j].text, toks[j + 1].text))  # "100 °C", "22 °Bx": the degree sign and its scale
                return _measured(_per(j + 2))
            if j < len(toks) and (toks[j].tag in ("%", "°") or unit_symbol(toks[j].text)):
                unit.append(toks[j].text)
                return _measured(_per(j + 1))
            if _YEAR.fullmatch(toks[i].text) and j < len(toks) and (
                    toks[j].tag in ("NN", "NNP") or toks[j].text.casefold() in _QUANTIFIERS):
                return j  # "his 1966 book", "in 2001 NIST", "since 2008 many banks": a year, not 1966 books
            if _DECADE.fullmatch(toks[i].text) and j < len(toks) and toks[j].tag in _NOUN:
                return j  # "in the 1990s researchers found …": a time, not a count of researchers
            if j < len(toks) and toks[j].acronym and toks[j].text.isalpha() and not _YEAR.fullmatch(toks[i].text):
                unit.append(toks[j].text)  # "8 HCP", "300 ppm", "40 GB": an abbreviation used as a unit
                return _per(j + 1)
            k = j
            if k + 1 < len(toks) and toks[k].tag in ("VBZ", "VBP") and toks[k + 1].text == "per" and \
                    toks[k].text.isalpha() and toks[k].text.islower():
                unit.append(toks[k].text)  # "128 beats per minute": a word before "per" is what is counted
                return _per(k + 1)
            if k + 1 < len(toks) and toks[k].tag in ("JJ", "JJS") and toks[k + 1].tag in _NOUN:
                unit.append(toks[k].text)  # "two large primes", "the 3 lowest bands"
                k += 1
            elif k + 2 < len(toks) and toks[k].tag in ("JJ", "JJS") and toks[k + 1].tag == "JJ" and \
                    toks[k + 2].tag in _NOUN and min(zipf(toks[k].text), zipf(toks[k + 1].text)) >= _PLAIN_WORDS:
                unit.extend((toks[k].text, toks[k + 1].text))  # "the 8 least significant bits"
                k += 2
            while k < len(toks) and k < j + 3 and (toks[k].tag in _NOUN or k == j and _counted_plural(toks, k)) \
                    and not toks[k].text[:1].isupper() \
                    and (not _verb_like(toks, k) or k == j and (toks[k].text.casefold().rstrip("s") in _MEASURES
                                                                  or toks[k - 1].text.casefold() in _NUMBER_WORDS)):
                # (a unit of measure right after its number is never the clause's verb: "some 4,800 years old",
                # nor what a number word counts: "one or two canes", "two or three drops")
                unit.append(toks[k].text)
                k += 1
            # "100 to 1,000 per square millimetre": a range's unit may be a rate alone.
            return _per(k) if k > j or ranged else k

        def _measured(k: int) -> int:
            # "2,500 °F degree days": a measure named after the sign is part of the unit.
            if k < len(toks) and toks[k].tag in ("NN", "NNS") and toks[k].text.casefold().rstrip("s") in _MEASURES:
                m = k + 1
                while m < len(toks) and m < k + 2 and toks[m].tag in ("NN", "NNS") and toks[m].text.islower():
                    m += 1
                unit.extend(t.text for t in toks[k:m])
                return m
            return k

        def _per(k: int) -> int:
            # "per minute", "per square metre per year"
            while k + 1 < len(toks) and toks[k].text == "per":
                m = k + 1
                if m + 1 < len(toks) and (toks[m].text.casefold() in ("square", "cubic") or toks[m].tag == "JJ") and \
                        toks[m + 1].tag in _NOUN:  # "per square metre", "per nautical mile"
                    m += 1
                if toks[m].tag == "CD" and m + 1 < len(toks):
                    # "5 cases per 1,000 person-years", "423 °C per 1 wt%": a rate per a measure
                    n = m + 1
                    while n < len(toks) and n < m + 3 and (toks[n].tag in ("NN", "NNS", "%") and
                                                           not toks[n].text[:1].isupper()):
                        n += 1
                    if n == m + 1:
                        break
                    m = n - 1
                elif toks[m].tag not in _NOUN and toks[m].text.casefold() not in _MEASURES:
                    break  # ("per second", whatever the tagger calls "second")
                unit.extend(["per", *(t.text for t in toks[k + 1:m + 1])])
                k = m + 1
            return k

        if _odds(toks, i):
            # "1 in 100 insertions", "a 1 in 4 chance": odds are one quantity, both numbers;
            # what they are the odds of is the sentence's noun, not their unit.
            out.append(Phrase(toks[first].start, toks[j + 1].end, 2.5, "number:odds"))
            i = j + 2
            continue
        while j < len(toks) and toks[j].text.casefold() in _MAGNITUDES:
            j += 1  # "4.6 billion years" is one number
        j = _listed_numbers(toks, j)
        j = take_unit(j)
        # "10 and 20 mg" is one range, "5 mg and 10 mg" two numbers.
        # "−15 °C to +5 °C": the second number may carry its sign.
        signed = int(j + 2 < len(toks) and toks[j + 2].tag == "CD" and _signed(toks, j + 2))
        if j + 1 + signed < len(toks) and toks[j].text.casefold() in _RANGE and toks[j + 1 + signed].tag == "CD" and \
                not (unit and toks[j].text.casefold() in ("and", "or") and not _between(toks, first, j)):
            ranged = True
            j += 2 + signed
            while j < len(toks) and toks[j].text.casefold() in _MAGNITUDES:
                j += 1  # "66 to 69 million years": the range's magnitude and unit are the second number's
            j = take_unit(j)
        if not unit and j + 2 < len(toks) and toks[j].text == "of" and toks[j + 1].text.casefold() in ("a", "an") and \
                toks[j + 2].text.casefold() in _MEASURES:
            # "1/72 of an inch", "0.6 of a mile": a share of one unit is the quantity; the
            # number alone asks half of it
            unit.extend(t.text for t in toks[j:j + 3])
            j += 3
        if unit and unit[-1].casefold().rstrip("s") in _AGES and j < len(toks):
            # "12,900 years ago", "16 weeks of age": a time past or an age is the quantity the
            # sentence states; the span alone is half of it ("4,800 years old" is the span's).
            after = toks[j].text.casefold()
            if after == "ago":
                j += 1
            elif after == "of" and j + 1 < len(toks) and toks[j + 1].text.casefold() == "age":
                j += 2
            elif toks[j].tag == "CD" and j + 1 < len(toks) and toks[j + 1].text.casefold().rstrip("s") in _AGES:
                j += 2  # "24 hours 50 minutes": one duration, in two units
        if unit and j + 1 < len(toks) and toks[j].tag == "CD" and \
                toks[j + 1].text.casefold() in _SMALLER_UNITS.get(unit[-1].casefold(), ()):
            unit.append(toks[j + 1].text)  # "8 ft 6 in": one measure, in two units
            j += 2
        if j + 2 < len(toks) and (toks[j].text.casefold() == "times" or unit[-1:] == ["times"]):
            # "1.5 times the font size", "0.3 to 0.5 times its melting point": a multiple is
            # a quantity of what it multiplies, half of it without (the tagger reads "times
            # the" as a verb and its object).
            j = _multiplied(toks, j if unit[-1:] == ["times"] else j + 1, unit)
        if j < len(toks) and toks[j].text.casefold() == "percentage" and toks[j + 1:j + 2] and \
                toks[j + 1].text.casefold() == "point":
            unit.append("percentage point")
            j += 2
        text = sentence[toks[first].start:toks[j - 1].end]
        digits = sum(c.isdigit() for c in toks[i].text)
        # A range written in words: "two or three", "four to five".
        in_words = ranged and first == i and all(t.text.casefold() in _NUMBER_WORDS or t.text.casefold() in _RANGE
                                                 for t in toks[i:j - len(unit)])
        if toks[i].text.casefold() in _MAGNITUDES and i and toks[i - 1].text.casefold() in _VAGUE:
            score = 1.0  # "a few million years", "several thousand people": no number to recall
        elif not ranged and first == i and toks[i].text.casefold() in _NUMBER_WORDS and (
                len(unit) == 1 and zipf(unit[0]) >= 4.0 and unit[0].casefold().rstrip("s") not in _MEASURES
                or len(unit) == 2 and unit[-1].casefold() in _KINDS and zipf(unit[0]) >= 4.0):
            # "one habitat", "two parties", "four times": a count of everyday things; "two
            # broad groups" (of what a list then names): a count of kinds
            score = 1.0
        elif in_words and not unit:
            score = 1.0  # "two or three": a rough count, without what it counts
        elif unit or ranged or first < i:
            score = 2.5
        elif _YEAR.fullmatch(toks[i].text) and i and toks[i - 1].text.casefold() in _DATING:
            score = 2.5  # "in 1610", "by 1900", "In 1906 Richard Oldham found …": a date
        elif _YEAR.fullmatch(toks[i].text) and j < len(toks) and _capitalised(toks[j]):
            score = 0.0  # "the 1966 Practice Statement": the year belongs to the name
        elif "." in toks[i].text or ":" in toks[i].text or digits >= 3:  # 6.5, 3:1, 1,000
            score = 1.8
        else:
            score = 0.0  # "2 of them": a count without a unit asks little
        if score > 1.0 and not ranged and first == i and toks[i].text.casefold() == "one" and \
                _COUNTERPART.search(sentence, toks[j - 1].end):
            # "from one generation to the next", "One sperm fuses …, while the other …": "one"
            # picks out one of several, as "the other" does; it counts nothing to recall.
            score = 1.0
        if score:
            unit_name = " ".join(dict.fromkeys(u.casefold() for u in unit if u.casefold() not in _NUMBER_WORDS))
            if first < i:
                unit_name = toks[first].text + unit_name
            out.append(Phrase(toks[first].start, toks[j - 1].end, score,
                              f"number:{unit_name}" if unit_name else "number"))
        i = j
    return out


# What answers a distributive "one" later in its sentence.
_COUNTERPART = re.compile(r"\b(?:another|the other|the others|the next|later)\b", re.IGNORECASE)


def _counted_plural(toks: list[Token], k: int) -> bool:
    """Return whether a word the tagger read as a verb in "-s" is what the number word
    before it counts: "only two or three drops"."""
    return toks[k].tag == "VBZ" and toks[k].text.isalpha() and toks[k].text.islower() and \
        toks[k].text.endswith("s") and toks[k - 1].text.casefold() in _NUMBER_WORDS


def _names_number(toks: list[Token], k: int) -> bool:
    """Return whether the number at ``k`` is part of the name before it, before a lower-case
    noun: "ISO 8253 limits", "BEPS Action 7 report", "a VEI 4 eruption" (a standard's, an
    article's or a scale's number; not a quantity of what follows)."""
    if not (k > 1 and k + 1 < len(toks) and toks[k].text.isdigit() and toks[k - 1].end < toks[k].start):
        return False
    name, after = toks[k - 1], toks[k + 1]
    return (name.acronym or _capitalised(name)) and name.tag in ("NNP", "NNPS") and name.text.isalpha() and \
        after.tag in ("NN", "NNS") and after.text.islower() and not unit_symbol(after.text) and \
        after.text.casefold().rstrip("s") not in _MEASURES and not _YEAR.fullmatch(toks[k].text)


def _multiplied(toks: list[Token], k: int, unit: list[str]) -> int:
    """Return where a multiple's reference ends, ``toks[k]`` being the word after "times":
    "the font size", "its absolute melting point" (up to three words after the determiner,
    ending on a noun); ``k - 1`` (the end of "times") where no such reference follows."""
    if k >= len(toks) or toks[k].text.casefold() not in _REFERENCE_DETERMINERS:
        return k if unit[-1:] == ["times"] else k - 1
    end = k + 1
    while end < len(toks) and end < k + 4 and toks[end].tag in ("JJ", "VBG", "VBN", "NN", "NNS") and \
            not toks[end].text[:1].isupper():
        end += 1
    if toks[end - 1].tag not in ("NN", "NNS") or end < len(toks) and toks[end].text == "(":
        # (a reference given with its abbreviation, "its melting point (Tm)", is a phrase of its own)
        return k if unit[-1:] == ["times"] else k - 1
    if unit[-1:] != ["times"]:
        unit.append("times")
    unit.extend(t.text for t in toks[k:end])
    return end


# What opens the reference of a multiple: "times the …", "times its …".
_REFERENCE_DETERMINERS = frozenset("the its their his her".split())
# Adjectives this common describe what a number counts ("the 8 least significant bits"):
# the count is asked with them; a rarer one names a thing of its own.
_PLAIN_WORDS = 4.0
# Signs written against a number, which belong to its value: "−15 °C", "+30 °C", "±2 mm", "<1%".
_NUMBER_SIGNS = frozenset("−-+±<>≤≥~≈")


# Words that soften the number after "between": "between about 104° and 140°".
_ROUGHLY = frozenset("about roughly approximately around some nearly almost".split())


def _between(toks: list[Token], first: int, j: int) -> bool:
    """Return whether the number at ``first`` opens "between … and …" and ``toks[j]`` is its
    "and": "between about 104° and 140°" is one range whatever units each number carries."""
    k = first - 1
    if k >= 0 and toks[k].text.casefold() in _ROUGHLY:
        k -= 1
    return k >= 0 and toks[k].text.casefold() == "between" and toks[j].text.casefold() == "and"


def _with_sign(toks: list[Token], first: int) -> int:
    """Return where a number starts with the sign or the numerator written against it: "−15 °C"
    (not the dash of "1–2"), "1/60 s", whose "1/" is part of the value (not a date's "12/05")."""
    if first >= 2 and toks[first - 1].text == "/" and toks[first - 2].tag == "CD" and \
            toks[first - 2].end == toks[first - 1].start and toks[first - 1].end == toks[first].start and \
            not (first >= 3 and toks[first - 3].text == "/" and toks[first - 3].end == toks[first - 2].start) and \
            not (first + 1 < len(toks) and toks[first + 1].text == "/" and toks[first].end == toks[first + 1].start):
        first -= 2  # "1/1000 s": the fraction, whole
    if first and _signed(toks, first):
        first -= 1
    return first


def _signed(toks: list[Token], k: int) -> bool:
    """Return whether the token before ``toks[k]`` is a sign written against it, with a space
    (or nothing) before the sign: "−15", "+5", not the dash of "1–2" or "pH 3-4"."""
    sign = toks[k - 1]
    return sign.text in _NUMBER_SIGNS and sign.end == toks[k].start and (k == 1 or toks[k - 2].end < sign.start)


@lru_cache(maxsize=4096)
def _unit_word(text: str) -> bool:
    """Return whether a word after a number is its unit: a symbol, a measure, an imperial abbreviation."""
    folded = text.casefold()
    return unit_symbol(text) or folded.rstrip("s") in _MEASURES or folded in _SMALLER_UNITS


def unit_symbol(text: str) -> bool:
    """Return whether ``text`` is written like a unit: "mmHg", "mL/kg/h", "µmol/L", "Ω"."""
    if text.endswith("(+)") or "(+)/" in text or "(-)" in text:
        text = re.sub(r"\([+−-]\)", "", text)  # "cmol(+)/kg": moles of charge
        return bool(re.fullmatch(r"[µμ]?[A-Za-z]{1,5}(?:/[A-Za-z]{1,5})*", text))
    text = text.rstrip("²³⁻¹")  # "m/s²", "cm³", "s⁻¹": a power of a unit
    return bool(re.fullmatch(r"[µμ]?[A-Za-zΩ]{1,5}(?:/[A-Za-z]{1,5}[²³]?)*", text)) and (
        "/" in text or text in ("Ω", "V", "A", "W", "Hz", "kHz", "MHz", "GHz", "mmHg", "K", "N", "J", "Pa")
        or bool(re.fullmatch(r"(?:[kmµμnpMG]?(?:g|L|l|mol|m|s|Hz|W|V|N|J|Pa|Wh|F|Ω|A)|mg|ml|mL|dL|kg|cm|mm|km|ms|GB|MB|KB|TB"
                             r"|IU|bpm|hPa|kWh|MWh)", text)))


def _noun_phrases(sentence: str, toks: list[Token]) -> list[Phrase]:
    """Return the sentence's noun phrases (no determiners, no conjunctions), scored."""
    out = []
    tags = [t.tag for t in toks]
    named = _frames(sentence).named
    i = 0
    n = len(toks)
    while i < n:
        if (tags[i] not in _STARTS or not _starts_phrase(toks, i)) and not _initial_letter(toks, i - 1, i, True):
            i += 1
            continue
        j = i
        adverbial = False
        while j < n and (tags[j] in _CONTINUES or _joins_name(toks, i, j) or _initial_dot(toks, j)
                         or _initial_letter(toks, i - (j == i), j, j == i)):
            if tags[j] == "POS" and not (j > i and tags[j - 1] in _NOUN):
                break
            if j > i and tags[j] in ("NN", "NNS") and (_verb_like(toks, j) or _relative_subject(toks, i, j)):
                break
            if j > i and tags[j] in ("VBG", "VBN") and tags[j - 1] in _NOUN and not _named_method(toks, i, j):
                break  # "a clinician reviewing …": a participle after a noun starts a clause
            if j > i and tags[j] == "VBG" and toks[j].text.casefold() == "being":
                break  # "the most abundant being indole-3-acetic acid": a copula, never a word of a name
            if j > i and tags[j] == "VBN" and _past_of_verbless_clause(toks, j):
                break  # "Frank studied truffle fungi": the verb of its clause, after its subject
            if j > i and tags[j - 1] in _NOUN and toks[j].text.casefold() in _QUANTITY_WORDS and \
                    j + 1 < n and _time_noun(toks[j + 1].text):
                break  # "English and Mandarin several times a minute": a frequency, not more of the name
            if j + 1 < n and tags[j] in ("NN", "NNS") and _time_noun(toks[j].text) and tags[j + 1] in _NOUN and \
                    (i == 0 or tags[i - 1] == "IN") and \
                    all(t.text.casefold() in _QUANTITY_WORDS for t in toks[i:j]):
                j += 1
                adverbial = True
                break  # "For decades code-switching was …", "within hours symptoms …": a time, then the subject
            if j > i and tags[j] == "CD" and j + 2 < n and toks[j + 1].text.casefold() in ("to", "–") and \
                    tags[j + 2] == "CD":
                break  # "lapilli measure 2 to 64 mm": a range opens a number of its own, never ends a name
            if j > i and tags[j] == "CD" and tags[j - 1] == "POS" and _YEAR.fullmatch(toks[j].text):
                break  # "Murdock's 1962 free-recall experiments": whose, when and what are three facts
            if j > i and tags[j] == "CD" and _names_number(toks, j):
                j += 1
                break  # "the ISO 8253 limits", "Article 14 calculation": the number ends the name it belongs to
            if j > i and tags[j] == "CD" and j + 1 < n and tags[j + 1] in _NOUN and \
                    toks[j - 1].text.casefold() not in _NAMING:
                break  # "overshoot seven octaves": a count starts a phrase of its own
            j += 1
        if adverbial:
            i = j  # the time is when, not what: nothing of it is asked
            continue
        # End on a noun (or a number that belongs to a name: "vitamin B12", "factor VII").
        end = j
        while end > i and tags[end - 1] not in _NOUN and not (
                tags[end - 1] == "CD" and end - 1 > i and tags[end - 2] in _NOUN) and not (
                tags[end - 1] == "VBG" and _gerund_noun(toks, i, end - 1)):
            end -= 1
        if end > i + 1 and tags[end - 1] == "CD" and end + 1 < n and toks[end].text == "/" and \
                tags[end + 1] == "CD" and toks[end - 1].end == toks[end].start and toks[end].end == toks[end + 1].start:
            end = j = end + 2  # "Munsell 10YR 4/3": a code's number is whole, with its slash
        if end - i >= 3 and tags[end - 2] == "POS" and _whose_everyday_thing(toks, i, end):
            end = j = end - 2  # "Xiaoyun Wang's team": the person is the fact
        if end > i and toks[i].start in named and end + 1 < n and toks[end].text == "of" and \
                (tags[end + 1] in _STARTS or tags[end + 1] == "CD"):
            # "known as loss of tracking": the name a frame gives runs through its "of".
            m = end + 1
            while m < n and m < end + 4 and tags[m] in _CONTINUES and tags[m] != "POS":
                m += 1
            while m > end + 1 and tags[m - 1] not in _NOUN and tags[m - 1] != "VBG":
                m -= 1
            if tags[m - 1] in _NOUN or tags[m - 1] == "VBG":
                end = j = m
        start = i
        # A naming frame makes what it names worth asking, in everyday words too.
        worth_a_look = False
        if end > start:
            for k in range(i, end):
                if _worth_a_look(toks[k]) or k > i and tags[k] == "CD" and toks[k - 1].text.casefold() in _NAMING:
                    worth_a_look = True  # (a class named by its number: "type 2 diabetes")
                    break
            else:
                worth_a_look = toks[i].start in named
        if worth_a_look or end - start >= 2:
            # Leading everyday adjectives and participles ("wide", "important",
            # "increased") describe rather than name.
            while start < end - 1 and tags[start] in ("JJ", "JJR", "VBN", "VBG", "CD") and (
                    tags[start] == "CD" or tags[start] == "JJR" and _base_zipf(toks[start].text) >= 4.0
                    or toks[start].text.casefold() in _GENERIC
                    or toks[start].text.casefold() in _EVALUATIVE
                    or _describing_participle(toks, start, end)) and not (
                    start + 2 < end and tags[start + 1] == "NN" and tags[start + 2] in _NOUN
                    and toks[start].text.casefold() not in _EVALUATIVE and tags[start] != "JJR"
                    and toks[start].text.casefold() not in _SPECIFIERS):
                # ... but "common law jurisdictions" are jurisdictions of the common law
                # (a comparative, "older", "larger", never makes such a compound, nor
                # does a word that only says which or how many: "specific laboratory analyses").
                start += 1
            if 0 < start < end - 1 and tags[start - 1] == "CD" and _unit_word(toks[start].text):
                start += 1  # "45 ft high-cube box": the unit is the number's ("45 ft"), the rest a noun's
            start = _after_role(toks, start, end)
            start = _after_word_noun(toks, start, end)
            if start > 0 and tags[start - 1] == "CD" and _YEAR.fullmatch(toks[start - 1].text) and \
                    _capitalised(toks[start]) and not (start > 1 and tags[start - 2] == "IN"):
                # "the 2004 Sumatra–Andaman earthquake": a year in a name; but "In 1933 Fritz
                # Zwicky found …" says when, and the name is the clause's subject.
                start -= 1
            elif start > 0 and tags[start - 1] == "CD" and toks[start - 1].text.isdigit() and \
                    toks[start - 1].end < toks[start].start and _capitalised(toks[start]) and \
                    zipf(toks[start].text) < _CATALOGUE_ZIPF and not (
                    toks[start].text.endswith("s") and zipf(toks[start].text[:-1]) >= _CATALOGUE_ZIPF - 1.0):
                start -= 1  # "the star 61 Cygni", "the asteroid 433 Eros": a catalogue number and its name
            if _after_odds(toks, start) and not any(_capitalised(t) or t.acronym for t in toks[start:end]):
                pass  # "1 in 100 insertions": what the odds count is the sentence's setting
            elif worth_a_look:
                out.extend(_phrases_in(sentence, toks, start, end))
            elif end - start >= 2 and not any(t.text.casefold() in _EVALUATIVE for t in toks[start:end]):
                # A compound of everyday words ("bending moment") asks nothing by itself; it
                # is kept, unscored, for the deck's recurring phrases to lift.
                out.append(Phrase(toks[start].start, toks[end - 1].end, 0.0,
                                  " ".join(sentence[toks[start].start:toks[end - 1].end].casefold().split())))
        i = max(j, i + 1)
    return out


def _odds(toks: list[Token], k: int) -> bool:
    """Return whether the number at ``k`` opens odds: "1 in 100", "one in 2,500 births"; but
    "release 1 in 2019 added …" is a number and a date."""
    if not (k + 2 < len(toks) and toks[k].text.casefold() in ("1", "one") and toks[k + 1].text == "in" and
            toks[k + 2].tag == "CD" and toks[k + 2].text[:1].isdigit()):
        return False
    after = toks[k + 3] if k + 3 < len(toks) else None
    return not _YEAR.fullmatch(toks[k + 2].text) or after is not None and after.tag == "NNS" and after.text.islower()


def _after_odds(toks: list[Token], k: int) -> bool:
    """Return whether the word at ``k`` follows odds, "1 in 100" (``_numbers`` asks them)."""
    return k > 2 and _odds(toks, k - 3)


def _whose_everyday_thing(toks: list[Token], start: int, end: int) -> bool:
    """Return whether ``toks[start:end]`` is a name of two words or more, its "'s" and one
    everyday word after it: "Lord Denning's judgment", "Xiaoyun Wang's team". The word says
    what of the person the sentence speaks of; the person is what to recall. An eponym
    follows a surname alone, or has a head that names, and is a thing of its own:
    "Broca's area", "Darcy's law", "Schlemm's canal"."""
    owner, head = toks[start:end - 2], toks[end - 1]
    if not owner or not all(t.text[:1].isupper() or _initial_dot(toks, start + k) for k, t in enumerate(owner)) or \
            not head.text.isalpha() or not head.text.islower() or head.text.casefold().rstrip("s") in _NAMED_HEADS or \
            head.text.casefold() in _NAMED_HEADS:
        return False
    return len(owner) > 1 and zipf(head.text) >= _PLAIN_WORDS


def _gerund_noun(toks: list[Token], start: int, k: int) -> bool:
    """Return whether a word in -ing at ``k``, after an adjective in a noun group that opens
    at ``start`` and before a preposition or the clause's end, names a process: "gravitational
    lensing by galaxy clusters", "periodontal probing at six sites" (the word or its adjective
    rare; "cold running water" or "a slow moving" are no names). After a noun, a word in
    -ing starts a clause of its own ("a clinician reviewing …"), as before."""
    return k > start and toks[k - 1].tag == "JJ" and \
        (zipf(toks[k].text) < 2.5 or zipf(toks[k - 1].text) < 3.0) and \
        (k + 1 == len(toks) or toks[k + 1].tag == "IN" or toks[k + 1].text in (",", ";", ".", ")"))


# A capitalised word after a number that is this rare is a name the number belongs to ("61
# Cygni", "47 Tucanae", "433 Eros"), not a count of people ("200 Americans", "300 Normans").
_CATALOGUE_ZIPF = 3.3


# Words that say how many and open a noun group of their own: "several times", "many years".
_QUANTITY_WORDS = frozenset("few several many countless".split())


def _time_noun(word: str) -> bool:
    """Return whether ``word`` is a plural unit of time or "times": "decades", "hours", "times"."""
    low = word.casefold()
    return low in ("times", "centuries", "millennia") or low.endswith("s") and low[:-1] in _AGES


def _describing_participle(toks: list[Token], start: int, end: int) -> bool:
    """Return whether an everyday -ing word opens a phrase of two or more words it only
    describes: "neighbouring epithelial cells", "surrounding connective tissue" (where the
    cells are, not which)."""
    word = toks[start].text
    return end - start >= 3 and word.casefold().endswith("ing") and word.isalpha() and \
        zipf(word) >= _PLAIN_WORDS - 0.5 and not toks[start].acronym


@lru_cache(maxsize=4096)
def _base_zipf(word: str) -> float:
    """Return how common a comparative's adjective is: "busier" is as everyday as "busy"."""
    low = word.casefold()
    stem = low[:-2] if low.endswith("er") else low
    forms = [low, stem, stem + "e"]
    if stem.endswith("i"):
        forms.append(stem[:-1] + "y")  # "busier", "earlier"
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms.append(stem[:-1])  # "bigger", "hotter"
    return max(zipf(f) for f in forms)


@lru_cache(maxsize=16384)
def _plain_zipf(word: str, tag: str) -> float:
    """Return how common a word is, a comparative counted as its adjective ("busier" as "busy")
    and a rare name of a party made from an everyday verb as nearly that verb ("promisor")."""
    return _base_zipf(word) if tag == "JJR" else _party_zipf(word)


@lru_cache(maxsize=16384)
def _party_zipf(word: str) -> float:
    """Return how common a word is, counting a rare name of the party to an everyday act
    ("promisor", "promisee", "offeror") as a word one less common than its verb: any
    reader can tell what it means, so hiding it asks for a word, not a fact."""
    common = zipf(word)
    low = word.casefold()
    if common >= 2.5 or not low.endswith(("or", "ors", "ee", "ees")):
        return common
    stem = low.rstrip("s")[:-2]
    verbs = [v for v in (stem, stem + "e") if len(v) >= 3 and _has_past(v)]
    return max([common, *(zipf(v) - 1.0 for v in verbs if zipf(v) >= 4.5)])


def _worth_a_look(tok: Token) -> bool:
    """Return whether a token can make its phrase worth asking: rare, an abbreviation or a name."""
    return tok.acronym or _capitalised(tok) or (
        tok.tag not in ("POS", "IN", "CD", "CC")
        and 4.8 - _plain_zipf(tok.text, tok.tag) >= _SOME_RARITY)


def _starts_phrase(toks: list[Token], i: int) -> bool:
    tag = toks[i].tag
    if i and toks[i - 1].tag == "CD" and (unit_symbol(toks[i].text) or toks[i].acronym and toks[i].text.isalpha()
                                          and not _YEAR.fullmatch(toks[i - 1].text)):
        # the unit of a number, hidden with it ("9.81 m/s²", "8 HCP"); a year counts nothing ("the 2015 BEPS rules")
        return False
    if i > 1 and toks[i - 1].tag == "°" and toks[i - 2].tag == "CD" and toks[i - 1].end == toks[i].start:
        return False  # the scale of a degree: "22 °Bx"
    if tag == "VBN" and i and toks[i - 1].tag in ("NN", "NNS") and i + 1 < len(toks) and \
            toks[i + 1].tag in ("JJ", "RB", "IN", "DT"):
        return False  # "fifths tuned pure", "water released from": a participle's clause
    if tag == "VBG" and toks[i].text.casefold() in _CAUSATIVE_GERUNDS and i + 1 < len(toks) and \
            toks[i + 1].text.islower():
        return False  # "Letting learners choose …": a gerund whose object does what follows, not a name
    if tag == "VBG" and toks[i].text.casefold() == "being":
        return False  # "being" is the copula's participle, what it joins is the phrase
    if tag == "VBG" and i and (toks[i - 1].tag in _NOUN or toks[i - 1].text == ",") and \
            i + 1 < len(toks) and (toks[i + 1].tag in ("DT", "JJ", "PRP$", "NN", "NNS") or
                                   toks[i + 1].tag == "NNP" and toks[i].text.islower()):
        return False  # "a clinician reviewing therapy", ", freeing oestrogen": a clause, not a name
    if i and toks[i - 1].tag in ("IN", "TO", "CC", "RB") and i + 1 < len(toks) and (
            tag == "VBG" and (toks[i + 1].tag in ("DT", "JJ", "PRP$", "NN", "NNS") or toks[i + 1].acronym)
            or _gerund(toks[i]) and toks[i + 1].tag in ("JJ", "NN", "NNS")):
        # "to maintaining immune tolerance", "or sustaining responses", "by timing seismic echoes",
        # "by concentrating CO2": a verb and its object (a process named alone, "of factoring the
        # product", is asked)
        return False
    if tag == "NN" and i > 1 and toks[i - 1].tag == "TO" and toks[i - 2].tag in ("NN", "NNS") and \
            i + 1 < len(toks) and toks[i + 1].tag in ("DT", "PRP$", "NN", "NNS", "JJ") and \
            toks[i].text.isalpha() and toks[i].text.islower() and _has_past(toks[i].text) and \
            (_clause_has_verb(toks, i - 1, before_only=True) or any(_verb_like(toks, k) for k in range(1, i - 1))):
        return False  # "use lime to sweeten acid soils", "add yeast to leaven bread": an infinitive of purpose
    if tag in ("VBN", "VBD") and i and toks[i - 1].text in ("It", "it", "He", "he", "She", "she", "They", "they") and \
            (i == 1 or toks[i - 2].text in (",", ";") or toks[i - 2].tag in ("IN", "CC", "WDT")):
        return False  # "It replaced time-interval working": after a subject pronoun, the past is its verb
    if tag in ("VBN", "VBD") and toks[i].text.casefold() in _NAMING_VERBS:
        return False  # "called allophones": the name follows the verb
    if tag in ("VBN", "VBD") and i and toks[i - 1].text.casefold() in _HAVE:
        return False  # "has made pyrethroid strips": a perfect tense, and its object after it
    if tag in ("VBN", "VBD") and _past_of_verbless_clause(toks, i):
        return False  # "Charles Hutton popularised contours": the clause's verb, and its object after it
    if tag in ("VBN", "VBD") and toks[i].text.islower() and toks[i].text.endswith("ed") and i + 1 < len(toks) and (
            toks[i + 1].acronym or _capitalised(toks[i + 1]) and toks[i + 1].tag in ("NNP", "NNPS")) and \
            i and (toks[i - 1].tag in ("CC", "NN", "NNS", "NNP", "PRP", "CD") or toks[i - 1].text.casefold() in _RELATIVES):
        return False  # "and replaced DES", "which founded Rome", "in 1997 halted Ford": a verb and its named object
    return (tag in _NOUN or tag in ("JJ", "JJR", "VBN", "VBG", "FW")) and not _verb_like(toks, i)


# Gerunds of the verbs whose object a bare infinitive follows: "letting learners choose".
_CAUSATIVE_GERUNDS = frozenset("letting making helping having".split())


def _relative_subject(toks: list[Token], i: int, j: int) -> bool:
    """Return whether the singular noun at ``j``, after the plural that opens a phrase at ``i``, is the
    subject of a relative clause without "that": "the ridges wind carves", "the grooves ice
    scrapes": its verb in -s follows it at once."""
    if not (j == i + 1 and i and j + 1 < len(toks) and toks[i - 1].tag in ("DT", "PRP$")):
        return False
    head, subject, verb = toks[i], toks[j], toks[j + 1]
    return head.tag == "NNS" and subject.tag == "NN" and head.text.islower() and subject.text.islower() and \
        head.text.endswith("s") and (verb.tag == "VBZ" or verb.tag == "NNS" and _can_be_verb(verb.text, "NNS"))


def _gerund(tok: Token) -> bool:
    """Return whether a word the tagger reads as a noun is the -ing form of a verb: "timing", "grazing"."""
    low = tok.text.casefold()
    return tok.tag == "NN" and low.endswith("ing") and len(low) > 5 and tok.text.islower() and (
        _has_past(low[:-3]) or _has_past(low[:-3] + "e") or len(low) > 6 and low[-4] == low[-5] and _has_past(low[:-4]))


def _named_method(toks: list[Token], i: int, j: int) -> bool:
    """Return whether the -ing word at ``j`` names a method after its inventor's name, in a
    phrase opened by an article: "the Orton firing scale", "a Seger melting cone"."""
    return toks[j].tag == "VBG" and j == i + 1 and j + 1 < len(toks) and toks[j + 1].tag in ("NN", "NNS") and \
        _capitalised(toks[i]) and i > 0 and toks[i - 1].text.casefold() in ("the", "a", "an")


def _initial_letter(toks: list[Token], i: int, j: int, first: bool = False) -> bool:
    """Return whether the capital at ``j`` is an initial in a run of them (or, ``first``, opens
    one), whatever the tagger calls it: the "A" of "J. J. A. Worsaae" or "A. J. Rowley"."""
    return i < j < len(toks) - 2 and len(toks[j].text) == 1 and toks[j].text.isupper() and \
        (first or toks[j - 1].text == ".") and toks[j + 1].text == "." and toks[j + 1].start == toks[j].end and \
        toks[j + 2].text[:1].isupper() and toks[j + 2].start > toks[j + 1].end and \
        not (first and len(toks[j + 2].text) > 1 and zipf(toks[j + 2].text) >= 5.0)  # "Vitamin A. Then …"


def _initial_dot(toks: list[Token], j: int) -> bool:
    """Return whether the full stop at ``j`` ends an initial inside a name: "Robert T. Paine", "St. Ives"."""
    return toks[j].text == "." and 0 < j < len(toks) - 1 and toks[j - 1].end == toks[j].start and \
        len(toks[j - 1].text) <= 2 and toks[j - 1].text[:1].isupper() and _capitalised(toks[j + 1]) and \
        (j < 2 or toks[j - 2].tag != "CD")  # "1.5 N. Composite": a unit ending a sentence, not an initial


def _after_role(toks: list[Token], start: int, end: int) -> int:
    """Return where the name at the end of toks[start:end] starts, when the words before it say its role.

    "the zoologist Robert T. Paine", "the Russian chemist Vladimir Markovnikov", "the
    mission Gaia": a lower-case noun before a name is an apposition, saying what the name
    is; the name is the fact. A code ("peptide YY", "vitamin B12", "factor VII") or one
    capital ("vitamin D") stays with its noun.
    """
    k = end
    if end - start >= 2 and (_named_in_small_letters(toks, start, end) or _code_after_class(toks, start, end)):
        return end - 1
    if end - start >= 3 and _epithet(toks, end - 1):
        k = end - 1  # "the fungus Botrytis cinerea": a species name, its epithet in small letters
    while k > start and (_capitalised(toks[k - 1]) and (len(toks[k - 1].text) >= 2
                                                         or k < len(toks) and toks[k].text == ".")
                         or toks[k - 1].text in (".", "&")):
        k -= 1
    if k >= end - (end - start >= 3 and _epithet(toks, end - 1)) or k == start or toks[k].text == "." or \
            toks[k - 1].tag not in ("NN", "NNS") or \
            not (toks[k - 1].text.isalpha() and toks[k - 1].text.islower() and len(toks[k - 1].text) >= 3):
        # "Gradus ad Parnassum": a short word inside a title is part of it.
        return start
    return k


#: A class noun at least this common stands before the name of one of its members in
#: apposition ("hormone", "drug", "antibody"), not as the first half of a compound.
_CLASS_NOUN = 3.5
#: A word the list does not know, or barely: a coined name ("hepcidin", "nirsevimab").
_COINED = 1.0


def _named_in_small_letters(toks: list[Token], start: int, end: int) -> bool:
    """Return whether toks[start:end] ends on a coined name written in small letters after the
    common noun that says what it is, the phrase opened by an article: "the liver hormone
    hepcidin", "the antithyroid drug methimazole". The noun and what qualifies it are the
    apposition; the name is the fact, as a capitalised one is after "the chemist"."""
    if start == 0 or end - start < 3 or toks[start - 1].text.casefold() not in ("the", "a", "an"):
        return False
    name, noun = toks[end - 1], toks[end - 2]
    return name.tag == "NN" and name.text.isalpha() and name.text.islower() and \
        noun.tag == "NN" and noun.text.isalpha() and noun.text.islower() and zipf(noun.text) >= _CLASS_NOUN and \
        _coined(name.text)


_ROMAN = re.compile(r"[IVXL]+")


def _code_after_class(toks: list[Token], start: int, end: int) -> bool:
    """Return whether toks[start:end] ends on a code of capitals after the common noun that says
    what it is, the phrase opened by an article: "the Dutch company ASML", "a protic acid HX",
    "the general formula RMgX". A numeral ("cellulose II"), a code of one capital ("vitamin
    B12") or a rarer noun ("the peptide YY") stays with its noun, a name of both."""
    if start == 0 or toks[start - 1].text.casefold() not in ("the", "a", "an"):
        return False
    name, noun = toks[end - 1], toks[end - 2]
    return name.acronym and sum(c.isupper() for c in name.text) >= 2 and not _ROMAN.fullmatch(name.text) and \
        noun.tag == "NN" and noun.text.isalpha() and noun.text.islower() and zipf(noun.text) >= _CLASS_NOUN


#: Endings that make an English word of another: "excluder", "allocator", "opacification".
_DERIVING = ("ification", "ation", "ition", "ion", "ment", "ness", "ity", "ism", "ist", "ure", "er", "or")
#: What a stem is completed with to be the word it was derived from: "exclud-e", "opac-ity".
_STEM_ENDINGS = ("", "e", "y", "ity", "ate", "ify")
#: How common the parts of an English word must be for it to count as made of them.
_PART_ZIPF = 3.0
#: How common the word a derived one comes from must be ("opacity" 2.8).
_STEM_ZIPF = 2.5


@lru_cache(maxsize=4096)
def _coined(word: str) -> bool:
    """Return whether a word the list barely knows is a coined name, made of no English words:
    "hepcidin", "nirsevimab"; not a compound ("waybill", "centreline") nor a word derived from
    another ("excluder", "allocator", "opacification"), which heads a compound of its own."""
    if zipf(word) >= _COINED or len(word) < 5:
        return False
    if any(zipf(word[:k]) >= _PART_ZIPF and (k == len(word) or k <= len(word) - 3 and zipf(word[k:]) >= _PART_ZIPF
                                             or k >= 5) for k in range(3, len(word))):
        return False  # a known word opens it: a compound, or a word with an ending ("decidendi")
    for ending in _DERIVING:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)]
            if any(zipf(stem + e) >= _STEM_ZIPF for e in _STEM_ENDINGS):
                return False
    return True



# Nouns for a word or name itself: "the term névé", "a Sami word", "the name tundra".
_WORD_NOUNS = frozenset("word words term terms name names".split())
# What follows such a noun when it is the word it names: a capital, a code, or a word this rare.
_MENTIONED_ZIPF = 3.5


def _after_word_noun(toks: list[Token], start: int, end: int) -> int:
    """Return where the phrase toks[start:end] starts without a noun that only says a word follows.

    "the related term névé", "the Old Norse word fjorthr", "the name tundra": the noun before
    the word it mentions, with what qualifies it, is the frame; the word is the fact. A phrase
    that ends on such a noun after a language or a name ("a Swiss German word", "the Latin
    name") is the frame of an etymology, without the word: nothing of it is asked (``end`` is
    returned). A compound ("word order", "term structure") keeps its noun: an everyday word
    follows it.
    """
    last = max((k for k in range(start, end) if toks[k].tag in ("NN", "NNS") and
                toks[k].text.islower() and toks[k].text in _WORD_NOUNS), default=None)
    if last is None:
        return start
    if last == end - 1:
        before = toks[start:last]
        return end if before and all(_capitalised(t) for t in before) else start
    if all(t.acronym or _capitalised(t) or zipf(t.text) < _MENTIONED_ZIPF for t in toks[last + 1:end]):
        return last + 1
    return start


def _epithet(toks: list[Token], j: int) -> bool:
    """Return whether the word at ``j`` is the second, small-letter half of a species name after
    its genus: "cinerea" of "Botrytis cinerea", "larvae" of "Paenibacillus larvae"."""
    word, genus = toks[j], toks[j - 1]
    return word.text.isalpha() and word.text.islower() and zipf(word.text) < _EPITHET_ZIPF and \
        _capitalised(genus) and genus.text.isalpha() and zipf(genus.text) < _GENUS_ZIPF


# A species' epithet and genus are rare words: "cinerea", "apis"; "Botrytis", "Vegavis".
_EPITHET_ZIPF = 3.5
_GENUS_ZIPF = 3.0


def _joins_name(toks: list[Token], start: int, j: int) -> bool:
    """Return whether a small word at ``j`` joins capitalised words of one name.

    "Nobel Prize in Physiology or Medicine", "Cooley and Tukey": a name written in
    capitals holds its small words.
    """
    if toks[j].text in ("of", "the") and _office_of_the(toks, start, j - (toks[j].text == "the")):
        return True  # "Chancellor of the Exchequer", "Hydrographer of the Navy": the article is the name's too
    if not (toks[j].text in ("of", "in", "for", "or", "and", "&") and start < j < len(toks) - 1):
        return False
    if not (_capitalised(toks[j - 1]) and _capitalised(toks[j + 1])):
        return False
    if toks[j].text == "&":
        return True  # "Procter & Gamble", "Chappell & Co": a firm's name
    if toks[j].text == "in" and (zipf(toks[j + 1].text) >= 4.3 and (
            j + 2 == len(toks) or not _capitalised(toks[j + 2])) or len(toks[j - 1].text) <= 2 or j - 1 == start):
        # "the Barbican Estate in London": where it is, not its name; "C♭ in D♭7": a
        # symbol in a context, not a name with its small words; "Colares in Portugal": one
        # word of a name before "in" is a place in another ("Nobel Prize in Physiology"
        # names its prize with two).
        return False
    if toks[j].text not in ("or", "and") or any(t.text in ("of", "in", "for") for t in toks[start:j]):
        return True
    # "Cooley and Tukey" is one name; "Michel Mayor and Didier Queloz" two, "Tuscan and
    # Composite orders" two kinds of one thing, and "Haydn, Mozart and Beethoven" the end
    # of a list of names.
    # "Ku-band or Ka-band", "Bordeaux and Burgundy" are two, each its own fact: only a pair
    # credited ("devised by Brook and Shaw", "the procedure of Seed and Idriss", "credited to
    # Cooley and Tukey") is one name, and so is one in a name's brackets ("Consumer Insurance
    # (Disclosure and Representations) Act").
    after = toks[j + 2] if j + 2 < len(toks) else None
    before = [t.text.casefold() for t in toks[max(0, start - 3):start] if t.text.casefold() != "the"]
    return j - 1 == start and toks[j].text == "and" and before[-1:] in (["by"], ["of"], ["to"], ["("]) and \
        not (after and (_capitalised(after) or after.tag in _NOUN))


def _office_of_the(toks: list[Token], start: int, k: int) -> bool:
    """Return whether "of the" at ``k`` joins one capitalised word, a title or an office, to the
    capitalised name after it: "the Chancellor of the Exchequer". After a name of two words
    or more ("David Warren of the …") it says where someone works; before a possessive, whose
    the next phrase is ("Pillar Two of the Inclusive Framework's …")."""
    if not (start == k - 1 and k + 2 < len(toks) and toks[k].text == "of" and toks[k + 1].text == "the"):
        return False
    end = k + 2
    while end < len(toks) and _capitalised(toks[end]):
        end += 1
    return _capitalised(toks[k - 1]) and end > k + 2 and not (end < len(toks) and toks[end].tag == "POS")


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.start > 0 and (not tok.acronym or bool(_HUMPED_NAME.fullmatch(tok.text)))


# A name with a capital inside its word, not an abbreviation: "McLean", "MacArthur", "DeWitt".
_HUMPED_NAME = re.compile(r"[A-Z][a-z]+[A-Z][a-z]{2,}")


def _verb_like(toks: list[Token], j: int) -> bool:
    """Return whether a noun at ``j`` is really a verb ("the score flags patients")."""
    if toks[j].tag not in ("NN", "NNS"):
        return False  # every test is of a word tagged as a noun
    # Asked for most nouns two or three times, by the phrase finder's several tests, one
    # sentence after another: the answers for the last token list asked about are kept
    # (a sentence's tokens are never changed once made).
    last, answers = _VERBS[0]
    if last is not toks:
        answers = {}
        _VERBS[0] = (toks, answers)
    found = answers.get(j)
    if found is None:
        found = answers[j] = _noun_as_verb(toks, j)
    return found


#: The token list ``_verb_like`` was last asked about, and its answers by index (one
#: pair, replaced whole, so that a thread never reads another list's answers).
_VERBS: list[tuple[list[Token] | None, dict[int, bool]]] = [(None, {})]


def _noun_as_verb(toks: list[Token], j: int) -> bool:
    """Return ``_verb_like(toks, j)`` for a word tagged as a noun, worked out."""
    # The pattern tagger reads a verb after a noun as a noun ("flags", "drives",
    # "influence"); a verb is followed by its object, a noun by a verb or a preposition.
    if j > 2 and toks[j].tag == "NNS" and toks[j - 1].tag == "NN" and _relative_subject(toks, j - 2, j - 1):
        return True
    if j and toks[j].tag == "NNS" and toks[j].text.islower() and toks[j - 1].text.casefold() in ("it", "he", "she") and \
            (j == 1 or toks[j - 2].text in (",", ";") or toks[j - 2].tag in ("IN", "CC", "WDT")):
        return True  # "because it infers soil quality": after a subject pronoun, a word in -s is its verb
    if _after_relative(toks, j) or _agrees_with_plural(toks, j) or _reads_as_verb(toks, j) or \
            _verb_of_verbless_clause(toks, j) or _ends_verbless_clause(toks, j) or _bare_infinitive(toks, j) or \
            _plural_subjects_verb(toks, j):
        return True
    if 0 < j < len(toks) - 1 and toks[j + 1].text.casefold() in _OBJECT_DETERMINERS and \
            toks[j - 1].tag in ("NN", "NNS", "JJ", "RB") and toks[j].text.isalpha() and toks[j].text.islower() and \
            toks[j].text.casefold().rstrip("s") not in _SEASONS_AND_AGES and not _after_preposition(toks, j) and \
            not _clause_has_verb(toks, j, before_only=True):
        # "the hygienist first numbs the gum", "Medieval glaziers cast the lead": a noun group
        # goes on into "the" or "their" only through a verb, where its clause has none yet.
        return True
    if 1 < j < len(toks) - 1 and toks[j].tag == "NNS" and toks[j - 1].tag == "JJ" and \
            (toks[j - 2].tag in _NOUN or toks[j - 2].tag == "RB") and toks[j + 1].tag in ("JJ", "NN", "NNS") and \
            toks[j].text.isalpha() and toks[j].text.islower() and _can_be_verb(toks[j].text, "NNS") and \
            not _clause_has_verb(toks, j):
        # "The Passivhaus standard limits space heating demand", "too hot causes overageing": a
        # noun group that ends in an adjective and goes on into an object, in a clause with no
        # verb, goes on through its verb (a plural with a verb in its clause, "human rights
        # law protects …", stays a noun).
        return True
    if 3 < j < len(toks) - 1 and toks[j].tag == "NNS" and toks[j - 1].text == "," and \
            toks[j + 1].tag in ("JJ", "NN", "NNS", "DT", "PRP$") and toks[j].text.isalpha() and \
            toks[j].text.islower() and _after_participle_aside(toks, j - 1) and _can_be_verb(toks[j].text, "NNS"):
        return True  # "The method, introduced in 1959, pools odds ratios": the subject's verb after an aside
    if j and toks[j].tag == "NNS" and toks[j - 1].tag == "RB" and toks[j - 1].text.endswith("ly") and \
            _has_past(toks[j].text[:-1]):
        return True  # "sampling too slowly causes aliasing": an adverb of manner, then its verb
    if 1 < j < len(toks) - 1 and toks[j].tag == "NN" and toks[j - 1].tag == "RB" and toks[j - 1].text.endswith("ly") \
            and toks[j - 2].tag in ("NNS", "NNPS") and toks[j + 1].tag in ("NN", "NNS", "DT", "PRP$", "JJ") and \
            toks[j].text.islower() and _has_past(toks[j].text):
        return True  # "potters typically fire stoneware": a plural subject, its adverb, then its verb
    if 1 < j < len(toks) - 1 and toks[j].tag == "NN" and toks[j + 1].tag == "CD" and toks[j - 1].tag in ("NN", "NNS") \
            and toks[j].text.isalpha() and toks[j].text.islower() and _has_past(toks[j].text) and \
            not _after_preposition(toks, j) and not _clause_has_verb(toks, j, before_only=True):
        return True  # ", lapilli measure 2 to 64 mm": a noun group goes on into a number through its verb
    if 0 < j < len(toks) - 2 and toks[j + 1].text in ("up", "out") and toks[j + 2].tag in ("DT", "PRP$") and \
            (toks[j - 1].tag in ("NN", "NNS", "JJ") or toks[j - 1].text.casefold() in _RELATIVES) and \
            toks[j].text.islower():
        return True  # "chasing availability ties up a share of capital": a verb and its particle
    if not (toks[j].tag in ("NN", "NNS") and 0 < j < len(toks) - 1
            and (toks[j - 1].tag in _NOUN or toks[j - 1].tag in ("%", "CD", "VBG")
                 or toks[j - 1].text == ")" and toks[j - 2].acronym)):  # "the index (GI) ranks foods"
        return False
    after = toks[j + 1]
    if after.tag in ("DT", "PRP$", "PRP") or (after.tag == "CD" and toks[j].tag == "NNS"):
        return True
    if toks[j].tag == "NNS" and after.text in _AFTER_VERB and not _clause_has_verb(toks, j, before_only=True):
        return True  # "oestrogen returns to circulation", "the pancreas releases more"
    if toks[j].tag != "NNS" or after.tag not in ("JJ", "NN", "NNS", "NNP") or \
            after.text.casefold() in ("such", "many", "most", "several", "few"):
        return False
    # "flags patients", but not "acids influence a …" (there "influence" is the verb).
    if j + 2 < len(toks) and toks[j + 2].tag in ("DT", "PRP$", "PRP"):
        return False
    return not _clause_has_verb(toks, j, before_only=True)


def _bare_infinitive(toks: list[Token], j: int) -> bool:
    """Return whether a singular noun at ``j`` is the bare infinitive after a causative verb and
    its object: "lets the beekeeper lift combs", "makes the relay drop" (the object's noun
    group, after its determiner, ends before the verb)."""
    tok = toks[j]
    if not (j > 3 and tok.tag == "NN" and tok.text.isalpha() and tok.text.islower() and
            toks[j - 1].tag in ("NN", "JJ") and toks[j - 1].text.islower()):
        return False
    k = j - 1
    while k > 0 and toks[k].tag in ("NN", "JJ") and toks[k].text.islower():
        k -= 1
    return toks[k].tag in ("DT", "PRP$") and k > 0 and toks[k - 1].text.casefold() in _CAUSATIVES and \
        (_has_past(tok.text) or _lexicon().get(tok.text) in ("VB", "VBP"))


def _plural_subjects_verb(toks: list[Token], j: int) -> bool:
    """Return whether a singular noun at ``j``, after a plural one and before an adverb in -ly or
    the clause's end, is that plural subject's verb in a clause with no other: "because heart
    rates fall steadily", "which is why regular examinations matter."; or, after a plural and
    an adverb in -ly, with no verb before it in its clause: "Labs routinely report HbA1c …"."""
    tok = toks[j]
    if not (j > 1 and tok.tag == "NN" and tok.text.isalpha() and tok.text.islower()):
        return False
    # "Queries traditionally use UDP": an adverb in -ly may stand between the plural and its verb.
    adverb = toks[j - 1].tag == "RB" and toks[j - 1].text.endswith("ly") and toks[j - 1].text.islower()
    k = j - 2 if adverb else j - 1
    before = toks[k]
    opening = adverb and k == 0  # (a sentence's first word is capitalised, and may be tagged as a name)
    if not (before.tag == "NNS" or opening and before.tag == "NNPS") or not (before.text.islower() or opening) or \
            not before.text.endswith("s") or before.text.endswith("ss") or \
            _lexicon().get(before.text[:-1].casefold()) in ("VB", "VBP"):
        return False  # ("demand outgrows supply": the plural is the verb, and its object follows)
    if not adverb and j + 1 < len(toks) and not (toks[j + 1].text in (".", ",", ";") or
                                                 toks[j + 1].tag == "RB" and toks[j + 1].text.endswith("ly")):
        return False
    if not (_has_past(tok.text) or _lexicon().get(tok.text) in ("VB", "VBP") or _has_gerund(tok.text, "NN")):
        return False  # (a verb whose past is irregular has its -ing form: "fall", "falling")
    start = k
    while start > 0 and toks[start - 1].text.casefold() not in _CLAUSE_ENDS and \
            toks[start - 1].text.casefold() not in ("why", "how"):
        start -= 1
    if toks[start].tag in ("IN", "TO"):
        return False  # "In the principles and parameters model, …": a phrase before its clause
    end = j + 1
    while not adverb and end < len(toks) and toks[end].text.casefold() not in _CLAUSE_ENDS:
        end += 1  # (after its subject and adverb, a verb may have another after it: "… use UDP and retry")
    return not any(t.tag in ("VB", "VBD", "VBP", "VBZ", "MD") for t in toks[start:end])


# The verbs whose object a bare infinitive follows: "lets the structure lengthen", "makes it drop".
_CAUSATIVES = frozenset("let lets letting make makes made making".split())


def _after_participle_aside(toks: list[Token], comma: int) -> bool:
    """Return whether the comma at ``comma`` closes an aside opened by a participle after the
    sentence's subject, with no verb before it: "The method, introduced in 1959, …"."""
    k = next((k for k in range(comma - 1, 0, -1) if toks[k].text == ","), None)
    return k is not None and toks[k + 1].tag in ("VBN", "VBD") and toks[k - 1].tag in _NOUN and \
        toks[0].tag in _SUBJECT_OPENS and not any(t.tag in _FINITE or t.tag == "VB" for t in toks[:k])


_RELATIVES = frozenset(("that", "which", "who"))
#: The forms of "have" before a participle in a perfect tense.
_HAVE = frozenset(("has", "have", "had", "having"))
# Particles and prepositions that follow an intransitive verb: "yields rise by", "crowd out".
_PARTICLES = frozenset(("to", "into", "through", "from", "by", "out", "up", "down", "off", "away", "back"))


def _after_relative(toks: list[Token], j: int) -> bool:
    """Return whether a noun at ``j`` is the verb of a relative clause: "a planet that orbits a star"."""
    if not (toks[j].tag in ("NN", "NNS") and 1 < j < len(toks) - 1 and toks[j - 1].text.casefold() in _RELATIVES
            and (toks[j - 2].tag in _NOUN or toks[j - 2].tag == "CD" or toks[j - 2].text in (",", ")")
                 or _capitalised(toks[j - 2])  # "languages such as Finnish that string …"
                 # "a block cipher that encrypts data": a noun the tagger took for a verb
                 or toks[j - 2].tag == "VB" and j > 2 and toks[j - 3].tag in ("DT", "JJ", "NN"))):
        return False
    after = toks[j + 1]
    if after.tag not in ("DT", "PRP$", "PRP", "JJ", "JJR", "NN", "NNS", "CD", "RB") and \
            after.text not in _PARTICLES:
        return False
    if after.tag in ("DT", "PRP$") or after.text.casefold() in _QUANTIFIERS:
        return True  # "languages that string many morphemes together": no noun takes a determiner after it
    end = j + 1
    # (up to the next clause: "… that ranks eruptions by the volume of material they eject",
    # "… which suits lifters whose readiness changes …" have a verb of their own there)
    while end < len(toks) and toks[end].text not in (",", ";", ":", "that", "which") and \
            toks[end].tag not in ("WP", "WP$", "PRP"):
        end += 1
    return not any(t.tag in ("VB", "VBD", "VBP", "VBZ", "MD") for t in toks[j + 1:end])


_SINGLE = frozenset(("a", "an", "each", "every", "one"))
# Determiners that open a verb's object: "numbs the gum", "plan their timetables".
_OBJECT_DETERMINERS = frozenset("the a an their its his her our your this these those".split())
# Times that open a clause before its subject: "Last year the …", "Each spring the …".
_SEASONS_AND_AGES = _AGES | frozenset("time night morning evening summer winter spring autumn season week".split())
# Particles that go with a verb and never open a phrase after a noun: "swings up", "moves out".
_ADVERB_PARTICLES = frozenset(("up", "out", "down", "off", "away", "back", "around", "forward", "backward"))
_BOUNDARIES = frozenset((",", ";", ":", ".", "and", "or", "but", "to"))


def _after_preposition(toks: list[Token], j: int) -> bool:
    """Return whether the noun group that ``j`` ends opens with a preposition: "For sinusoidal
    waveforms the power factor …" puts a phrase before its clause's subject."""
    k = j
    while k > 0 and toks[k - 1].tag in ("NN", "NNS", "JJ", "RB", "VBN", "CD"):
        k -= 1
    return k > 0 and toks[k - 1].tag in ("IN", "TO")


def _reads_as_verb(toks: list[Token], j: int) -> bool:
    """Return whether a word the tagger takes for a noun is the verb of its clause by where it stands.

    After a modal ("may need surgery"); in -s after a singular noun that an article
    names ("a beer attenuates", "as the boat heels,", "the boat rolls to windward"); in
    -s after a number's plural unit ("35 degrees stalls"); after the plural subject
    that opens a clause without a verb ("macrophages release enzymes"); and in -s after
    "and" when the conjunct before it opens with a verb ("dilutes waste and supplies
    water").
    """
    tok = toks[j]
    if tok.tag not in ("NN", "NNS") or not (tok.text.isalpha() and tok.text.islower()) or not j:
        return False
    before = toks[j - 1]
    if before.tag == "MD" or before.tag == "RB" and j > 1 and toks[j - 2].tag == "MD":
        return True
    if tok.tag == "NNS" and tok.text.endswith("s") and j > 1 and before.tag == "NN" and before.text.islower():
        article = toks[j - 2].text.casefold()
        if article in _SINGLE:
            return True  # an article for one thing cannot have a plural head
        if article in ("the", "its", "his", "her") and (j + 1 == len(toks) or toks[j + 1].text in _BOUNDARIES
                                                        or toks[j + 1].tag == "RB") \
                and (not _clause_has_verb(toks, j) or _after_whole_clause(toks, j - 2)
                     and not _clause_has_verb(toks, j, after_only=True) and _can_be_verb(tok.text, "NNS")):
            return True
        if j + 1 < len(toks) and toks[j + 1].text in _ADVERB_PARTICLES and not _clause_has_verb(toks, j):
            k = j - 2
            while k > 0 and toks[k].tag in ("NN", "JJ", "VBG") and toks[k].text.islower():
                k -= 1  # over a compound: "the sail force moves out", "the grounding line moves back"
            if toks[k].text.casefold() in (*_SINGLE, "the", "its", "his", "her"):
                return True  # "the bow swings up into the wind": a singular subject and its verb
    if tok.tag == "NNS" and j > 1 and before.tag == "NNS" and toks[j - 2].tag == "CD" and \
            before.text.casefold().removesuffix("s") in _MEASURES:
        return True
    if tok.tag == "NN" and before.tag == "NNS" and (before.text.islower() or j == 1) and j + 1 < len(toks) and \
            not (j > 1 and toks[j - 2].tag in _NOUN) and (
            toks[j + 1].tag in ("CD", "DT", "PRP$") or toks[j + 1].text in ("more", "less")
            or (toks[j + 1].tag in ("NN", "NNS") or toks[j + 1].acronym) and _has_past(tok.text)
            and (j + 2 == len(toks) or toks[j + 2].tag not in _NOUN)) \
            and not _clause_has_verb(toks, j + 1, after_only=True):
        # "partnerships bid 2♥", "geologists date rocks", "red varieties change colour": a
        # singular noun after a plural one, a word that is a verb as well, with a one-word
        # object and no other verb after it, is the verb of that plural subject.
        return True
    if tok.tag == "NN" and before.tag == "NNS" and (j == 1 or toks[j - 2].text in (",", ";", ":")) and \
            j + 1 < len(toks) and toks[j + 1].tag == "IN" and toks[j + 1].text.casefold() != "of" and \
            (_has_past(tok.text) or _has_gerund(tok.text, "NN")) and not _clause_has_verb(toks, j, before_only=True) \
            and not any(t.tag in ("VB", "VBP", "VBZ", "MD") for t in toks[j + 1:_conjunct_end(toks, j)]):
        # "Eggs hatch after three days", "Mites breed inside capped cells": a plural noun
        # alone opens a clause with no verb, and the word after it, a verb as well as a
        # noun, is followed by a preposition, not by more of a name ("capped" there is
        # the participle of an adjective, so a finite verb alone counts after it).
        return True
    if tok.tag == "NN" and before.tag == "NNS" and j + 1 < len(toks) and toks[j + 1].tag in ("NN", "NNS", "JJ", "DT") \
            and not _clause_has_verb(toks, j):
        k = j - 1
        while k > 0 and toks[k - 1].tag in ("NNS", "NN", "JJ", "CC", "DT") and toks[k - 1].text not in (",",):
            k -= 1
        if k == 0 or toks[k - 1].text in (",", ";", ":"):
            return True  # the subject opens its clause and is all nouns: the next word is its verb
    if tok.tag == "NNS" and before.text in ("and", "or"):
        k = j - 1
        while k > 0 and toks[k - 1].text not in (",", ";", ":"):
            k -= 1
        r = next((r for r in range(j - 3, k - 1, -1) if toks[r].text.casefold() in _RELATIVES), None)
        if r is not None and toks[r + 1].text.endswith("s") and \
                (toks[r + 1].tag == "VBZ" or _after_relative(toks, r + 1)) and \
                not any(t.text.casefold() in _RELATIVES for t in toks[r + 2:j]):
            # "a test, which releases a gas … and measures leakage", "a lens that scatters
            # light and blurs vision": two verbs of one relative clause
            return True
        if 0 < k < j - 1 and toks[k - 1].text == "," and toks[k].tag == "VBZ":
            return True
        if j + 1 < len(toks) and toks[j + 1].tag in ("NN", "NNS", "DT", "PRP$", "JJ") and \
                (_can_be_verb(tok.text, "NNS") or _lexicon().get(tok.text[:-1]) in ("VB", "VBP")) and any(
                t.tag == "VBZ" and t.text.casefold() not in ("has", "is", "does", "was")
                and toks[m + 1].tag in ("NN", "NNS", "DT", "PRP$", "JJ")
                for m, t in enumerate(toks[k:j - 2], k)):
            return True  # "inflates revenue and hides losses": a second verb of one subject, with its object
    if before.text in ("and", "or") and j > 1 and _joined_to_verb(toks, j, toks[j - 2]):
        return True  # "it slows and steepens", "to capture and exhaust the vapours"
    if j + 2 < len(toks) and before.tag == "TO" and toks[j + 1].text in ("and", "or") and \
            toks[j + 2].tag == "VB" and tok.tag == "NN":
        return True  # "a public key to encrypt or verify"
    return False


def _after_whole_clause(toks: list[Token], k: int) -> bool:
    """Return whether the noun group opening at ``k`` follows "and" after a clause that ends in
    its own verb: "until the angle is reached and the wing stalls" starts a clause of its own,
    where "took the sample and the blood tests" joins a second object to the verb's first."""
    if k < 3 or toks[k - 1].text != "and":
        return False
    v = k - 2
    if toks[v].tag == "RB":
        v -= 1
    if toks[v].tag not in ("VBZ", "VBD", "VBP", "VBN") or not toks[v].text.islower():
        return False
    m = v - 1
    while m >= 0 and toks[m].text not in (",", ";", ":", "and", "or"):
        if toks[m].tag in _NOUN or toks[m].tag == "PRP":
            return True  # the verb's subject
        m -= 1
    return False


def _conjunct_end(toks: list[Token], j: int) -> int:
    """Return where the conjunct holding ``j`` ends: at a comma, a semicolon, a colon, "and", "or" or "but"."""
    end = j + 1
    while end < len(toks) and toks[end].text not in _CONJUNCT_ENDS:
        end += 1
    return end


_CONJUNCT_ENDS = frozenset((",", ";", ":", "and", "or", "but"))


def _joined_to_verb(toks: list[Token], j: int, verb: Token) -> bool:
    """Return whether the noun at ``j``, after "and" or "or", is a verb of the same form as ``verb`` before them."""
    tok = toks[j]
    if verb.tag == "VB":
        return tok.tag == "NN" and j > 2 and toks[j - 3].tag in ("TO", "MD") and _has_past(tok.text)
    if verb.tag == "VBZ" and tok.tag == "NNS" and verb.text.endswith("s"):
        return tok.text.casefold() not in _lexicon() or _can_be_verb(tok.text, "NNS")
    return False


def _agrees_with_plural(toks: list[Token], j: int) -> bool:
    """Return whether a singular noun after a plural one is its verb: "yields rise by", "mussels crowd out",
    "cells act like lenses"."""
    return toks[j].tag == "NN" and 0 < j < len(toks) - 1 and toks[j - 1].tag == "NNS" and \
        (toks[j + 1].text.casefold() in _PARTICLES or toks[j + 1].text.casefold() == "like") and \
        toks[j].text.isalpha() and toks[j].text.islower()  # "cells act like lenses"


@lru_cache(maxsize=4096)
def _has_past(word: str) -> bool:
    """Return whether the lexicon knows a past tense or participle of ``word``: "date" (dated), "change"."""
    lexicon = _lexicon()
    low = word.casefold()
    return any(lexicon.get(form) in ("VBD", "VBN") for form in (low + "ed", low + "d", low[:-1] + "ied"))


# What ends a clause, for the test of a clause without a verb: punctuation and the words that open another.
_CLAUSE_ENDS = frozenset((",", ";", ":", "(", ")", "that", "which", "who", "whom", "whose", "when", "while", "where",
                          "whereas", "because", "although", "though", "if", "unless", "until", "so"))
# What may follow a verb in its clause: its object, an adverb, a number.
_OBJECT_TAGS = frozenset(("DT", "PRP$", "PRP", "JJ", "JJR", "JJS", "VBN", "RBS", "RB", "NN", "NNS", "NNP", "NNPS", "CD"))
# What a clause's subject may open with (not a preposition or a participle's clause).
_SUBJECT_OPENS = frozenset(("DT", "PRP$", "JJ", "JJR", "CD", "VBN", *_NOUN))


def _can_be_verb(word: str, tag: str) -> bool:
    """Return whether a word tagged as a noun is also the form of a verb: "cure" (cured), "cures", "limits"."""
    if tag == "NN":
        return _has_past(word)
    if not word.endswith("s"):
        return False
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    lexicon = _lexicon()
    # "limits": "limited" is listed as an adjective, but only a verb makes that participle.
    return any(_has_past(stem) or lexicon.get(stem + "ed") == "JJ" for stem in stems)


def _verb_in_clause(toks: list[Token], start: int, k: int) -> bool:
    """Return whether the noun at ``k`` can be the verb of a clause starting at ``start``.

    It follows a noun (its subject's head) and has an object, adverb or number after it;
    a verb in -s agrees with a singular subject ("therapy cures"), a bare one with a
    plural subject or two joined ("debits increase", "Champagne and the Mosel suit").
    """
    tok = toks[k]
    if not (start < k < len(toks) - 1 and tok.tag in ("NN", "NNS") and tok.text.isalpha() and tok.text.islower()):
        return False
    before, after = toks[k - 1], toks[k + 1]
    # The head may be a gerund after a noun: "the terra sigillata coating suits …".
    head = before.tag in (*_NOUN, "CD") or before.tag == "VBG" and toks[k - 2].tag in ("NN", "NNP", "JJ")
    if not head or after.tag not in _OBJECT_TAGS or after.text.casefold() in _CLAUSE_ENDS:
        return False
    if tok.tag == "NNS":
        agrees = before.tag != "NNS"
    else:
        # (A plural right after an adjective may be the verb itself: "the standard limits space".)
        agrees = before.tag == "NNS" and before.text.islower() and not (
            _can_be_verb(before.text, "NNS") and toks[k - 2].tag in ("JJ", "DT")) or \
            k - 1 == 0 and before.text.endswith("s") and not before.text.endswith("ss") or \
            any(t.text == "and" for t in toks[start:k])
    return agrees and _can_be_verb(tok.text, tok.tag)


# What may follow a verb that takes no object: the end of its clause, "and" before
# another clause, an adverb, or a preposition that opens an adjunct.
_AFTER_INTRANSITIVE = frozenset(("IN", "RB", "SYM", "CC", "TO", "WRB"))


def _ends_verbless_clause(toks: list[Token], j: int) -> bool:
    """Return whether a noun at ``j`` is the verb, with no object, of a clause that has no other.

    "the stars twinkle because …", "the climber decelerates and …": a word that can be a
    verb and agrees with the noun just before it, right after that noun group's
    determiner, with nothing after it that could be its object.
    """
    tok = toks[j]
    if not (1 < j and tok.tag in ("NN", "NNS") and tok.text.isalpha() and tok.text.islower()):
        return False
    before = toks[j - 1]
    if (before.tag not in ("NN", "NNS") and not (before.tag == "JJ" and tok.tag == "NNS" and j == 2)) or \
            not before.text.islower():
        return False  # (a word the lexicon calls an adjective opens a sentence as a noun: "The coral responds")
    # The subject is a noun group after its determiner: "the stars", "the sea eagles".
    k = j - 2
    k = _group_start(toks, j - 2)
    if k > 2 and toks[k - 1].text == "of" and toks[k].tag in ("DT", "PRP$"):
        # "The second hand of a mechanical watch sweeps …": the subject's head before "of",
        # a noun group that opens the clause.
        m = _group_start(toks, k - 2)
        if toks[m].tag in ("DT", "PRP$") and toks[k - 2].tag in _NOUN and (m == 0 or toks[m - 1].text in (",", ";")):
            k = m
    if toks[k].tag not in ("DT", "PRP$") or toks[k].text.casefold() in ("no", "all") or \
            k and toks[k - 1].tag in ("IN", "TO", "CC", "CD") and not _after_whole_clause(toks, k):
        return False  # "of one or both thyroid lobes": a preposition's object has no verb
    if j + 1 < len(toks):
        after = toks[j + 1]
        if after.tag not in _AFTER_INTRANSITIVE or after.text in ("(", "'", "’") or after.text == "of" or \
                after.tag == "CC" and not (j + 2 < len(toks) and toks[j + 2].tag in ("DT", "PRP$", "PRP")):
            return False
    agrees = before.tag == "NNS" and tok.tag == "NN" and before.text.endswith("s") or \
        before.tag in ("NN", "JJ") and tok.tag == "NNS" and not before.text.endswith("s")
    if not agrees or not (_can_be_verb(tok.text, tok.tag) or _has_gerund(tok.text, tok.tag)):
        return False
    start = j
    while start > 0 and toks[start - 1].text.casefold() not in _CLAUSE_ENDS and \
            not (start - 1 == k - 1 and _after_whole_clause(toks, k)):
        start -= 1
    end = j + 1
    while end < len(toks) and toks[end].text.casefold() not in _CLAUSE_ENDS and toks[end].text != "and" and \
            toks[end].text.casefold() not in _SUBORDINATORS:
        end += 1
    return not any(t.tag in ("VB", "VBD", "VBP", "VBZ", "MD") for t in toks[start:end])


# Words that open a clause of time or manner after a verb without an object: "snarls as soon as …".
_SUBORDINATORS = frozenset(("as", "once", "after", "before", "since"))


def _group_start(toks: list[Token], k: int) -> int:
    """Return where the noun group whose words run back from ``k`` opens: at its determiner, or
    at the first word that is none of its (a participle, a name or a number counts: "an
    overtwisted yarn", "a racing bicycle", "a VEI 4 eruption")."""
    while k > 0 and (toks[k].tag in ("NN", "JJ", "VBN", "VBG") and toks[k].text.islower() or toks[k].tag in ("CD", "NNP")):
        k -= 1
    return k


def _has_gerund(word: str, tag: str) -> bool:
    """Return whether ``word`` has the -ing or -ed form of a verb in use: "twinkle" (twinkling), "paddle"."""
    low = word.casefold()
    if tag == "NNS":
        low = low[:-2] if low.endswith(("ches", "shes", "sses", "xes")) else low[:-1]
    stem = low[:-1] if low.endswith("e") else low
    lexicon = _lexicon()
    return any(lexicon.get(form) == "VBG" or zipf(form) >= _FORM_IN_USE for form in (stem + "ing", stem + "ed"))


_FORM_IN_USE = 2.5


def _past_of_verbless_clause(toks: list[Token], i: int) -> bool:
    """Return whether a participle at ``i``, after its clause's subject and before a noun, is that
    clause's verb in the past: the clause has no other ("Hutton popularised contours on land")."""
    tok = toks[i]
    if not (0 < i < len(toks) - 1 and tok.text.isalpha() and tok.text.islower()) or \
            toks[i + 1].tag not in ("NN", "NNS", "VBG") and not (
            toks[i + 1].tag == "JJ" and i + 2 < len(toks) and toks[i + 2].tag in ("NN", "NNS")):
        return False  # (the object: a noun, or an adjective and its noun, "sampled brackish water")
    # The subject's head: a noun or number, or a capitalised first word the tagger read as
    # the everyday word it also spells ("Frank studied truffle fungi", "Rich described …").
    if toks[i - 1].tag not in (*_NOUN, "CD") and not (i == 1 and toks[0].text.istitle() and toks[0].tag == "JJ"):
        return False
    start = i
    while start > 0 and toks[start - 1].text.casefold() not in _CLAUSE_ENDS:
        start -= 1
    end = i + 1
    while end < len(toks) and toks[end].text.casefold() not in _CLAUSE_ENDS:
        end += 1
    # (A phrase of time may come before a named subject: "In the 1970s Vera Rubin measured …".)
    opens = toks[start].tag in _SUBJECT_OPENS or toks[start].tag == "IN" and toks[i - 1].tag == "NNP" and \
        _capitalised(toks[i - 1]) and i > 2 and toks[i - 2].tag in ("NNP", "CD")
    return opens and \
        not any(t.tag in ("VB", "VBD", "VBP", "VBZ", "MD") for t in toks[start:end] if t is not tok) and \
        not any(_verb_in_clause(toks, start, k) for k in range(start + 1, end))


def _verb_of_verbless_clause(toks: list[Token], j: int) -> bool:
    """Return whether a noun at ``j`` is the verb of a clause that has no other.

    Every clause has a verb; when the tagger reads none in one ("Radioiodine therapy
    cures most cats", "Debits increase asset accounts", "so that plotted values form
    ring shapes"), the first word after its subject's noun that can be its verb is that verb.
    """
    # (What ``_verb_in_clause`` asks of the word and its neighbours whatever the clause's
    # start, first: most nouns fail it, and finding the start walks back over the clause.)
    tok = toks[j]
    if not (0 < j < len(toks) - 1 and tok.tag in ("NN", "NNS") and tok.text.isalpha() and tok.text.islower()):
        return False
    after = toks[j + 1]
    if after.tag not in _OBJECT_TAGS or after.text.casefold() in _CLAUSE_ENDS:
        return False
    start = j
    while start > 0 and toks[start - 1].text.casefold() not in _CLAUSE_ENDS:
        start -= 1
    if not _verb_in_clause(toks, start, j) or toks[start].tag not in _SUBJECT_OPENS:
        return False
    end = j + 1
    while end < len(toks) and toks[end].text.casefold() not in _CLAUSE_ENDS and not (
            toks[end].text in _JOINS and _second_predicate(toks, end)):
        end += 1
    if any(t.tag in ("VB", "VBD", "VBP", "VBZ", "MD") for t in toks[start:end]):
        return False
    # The first such word is the verb; the nouns before it are its subject.
    return not any(_verb_in_clause(toks, start, k) for k in range(start + 1, j))


_FINITE = frozenset(("VBD", "VBP", "VBZ", "MD"))
_JOINS = frozenset(("and", "but"))


def _second_predicate(toks: list[Token], k: int) -> bool:
    """Return whether "and" or "but" (``_JOINS``) at ``k`` joins a second predicate to the
    same subject: "… therapy cures most cats and is widely used", "… and then often fails"."""
    m = k + 1
    while m < len(toks) and m < k + 3 and toks[m].tag == "RB":
        m += 1
    return m < len(toks) and toks[m].tag in _FINITE


def _clause_has_verb(toks: list[Token], j: int, before_only: bool = False, after_only: bool = False) -> bool:
    """Return whether the clause around ``j`` (or its part before, or from, ``j``) has a word tagged as a verb."""
    start = j
    while not after_only and start > 0 and toks[start - 1].text not in (",", ";", ":", "that", "which", "who"):
        start -= 1  # "claims that language fixes thought": a new clause starts after "that"
    end = j
    while not before_only and end < len(toks) and toks[end].text not in (",", ";", ":"):
        end += 1
    # (An infinitive is no verb of its clause: "farmers use lime to sweeten soils".)
    return any(t.tag in ("VB", "VBD", "VBP", "VBZ", "MD") and not (t.tag == "VB" and k and toks[k - 1].tag == "TO")
               for k, t in enumerate(toks[start:end], start))


def _phrases_in(sentence: str, toks: list[Token], start: int, end: int) -> list[Phrase]:
    """Return the phrase toks[start:end], scored, and its abbreviation merged in when it follows."""
    words = toks[start:end]
    score = _score(sentence, words)
    if score is None:
        return []
    identity = " ".join(sentence[words[0].start:words[-1].end].casefold().split())
    phrases = [Phrase(words[0].start, words[-1].end, score, identity)]
    # "dipeptidyl peptidase-4 (DPP-4)": the abbreviation and its expansion are one fact,
    # hidden together; either alone would give the other away.
    if end + 2 < len(toks) and toks[end].text == "(" and toks[end + 2].text == ")" and \
            toks[end + 1].acronym and \
            toks[end + 1].text[0].casefold() == words[0].text[0].casefold():
        inner = _score(sentence, toks[end + 1:end + 2]) or 0.0
        phrases.append(Phrase(words[0].start, toks[end + 2].end, max(score, inner) + 0.5, identity))
    return phrases


def _score(sentence: str, words: list[Token]) -> float | None:
    """Return how much hiding ``words`` asks of a learner, or None when they name nothing."""
    rarity = [4.8 - _plain_zipf(t.text, t.tag) for t in words if t.tag not in ("POS", "IN", "CD", "CC") and t.text != "."]
    if not rarity:
        return None
    capitals = []
    letters = False  # capitals that spell an everyday word: "US", "WHO"
    for t in words:
        if _capitalised(t):
            capitals.append(t)
        elif t.acronym and t.text.isalpha() and zipf(t.text) >= (_EVERYDAY_LETTERS if len(words) > 1 else _LETTERS_ALONE):
            capitals.append(t)
            letters = True
        elif t.text.casefold() in _EVALUATIVE:
            return None  # "valuable insight", "a powerful reminder": praise, not a fact
    acronym = any(t.acronym and t not in capitals for t in words)
    # "type 2 diabetes", "Level 1", "grade 4": a class named by its number; the number is the fact.
    numbered = any(t.tag == "CD" and k and words[k - 1].text.casefold() in _NAMING for k, t in enumerate(words))
    named = bool(capitals)
    # A name of everyday words ("United States", "Constitution", "Sun", "US") asks little.
    everyday_name = named and all((len(t.text) > 2 or letters and t.acronym) and zipf(t.text) >= 4.3
                                  for t in capitals)
    rarity.sort(reverse=True)
    frames = _frames(sentence)
    if rarity[0] < _SOME_RARITY and not (acronym or named or numbered or words[0].start in frames.named):
        return None  # everyday words, and no form can make them a fact; a naming frame can
    # ("a position called the opposition", "known as the Great Moderation")
    score = min(max(rarity[0], 0.0), 3.5) + 0.4 * sum(min(r, 3.0) for r in rarity[1:3] if r > 0)
    if acronym or numbered:
        score += 2.5
    elif everyday_name:
        score += 0.3
    elif named:
        score += 1.5
    elif sum(t.tag in _NOUN for t in words) >= 2 and rarity[0] >= _SOME_RARITY:
        score += 0.5  # a compound of nouns names a thing: "cash flows", "key pair"
    head = words[-1].text.casefold()
    if head.rstrip("s") in _NAMED_HEADS or head in _NAMED_HEADS:
        if acronym or named and not letters or any(t.tag == "POS" for t in words) or \
                len(words) > 1 and rarity[0] >= 1.0:
            score += 1.5
    if rarity[0] >= _SOME_RARITY or acronym or named and not everyday_name or words[0].start in frames.named:
        score += frames.boost(words[0].start)
        if words[0].start in frames.genus and sentence[words[-1].end:].lstrip().startswith("of "):
            # "a blockage of a pulmonary artery": a class of relation; what it relates is the
            # fact (but a sentence's only phrase stays worth asking).
            score = max(score - 0.5, min(score, WORTH_ASKING))
    if len(words) > 1 and _YEAR.fullmatch(words[0].text) and capitals:
        score += 1.0  # "the 1966 Practice Statement": a dated name is a name of its own
    if len(words) > 5:
        score -= 1.0
    if len(words) == 1 and not (acronym or named) and words[0].start > 0 and 3.2 < zipf(words[0].text):
        score -= 0.3  # one fairly common word ("cores", "orbits", "slab") asks for a word, not a fact
    return score


# Capitals whose letters, read as a word, are among the commonest words of English ("US"
# as "us") are the short form of an everyday name ("United States"), not a code to learn.
_EVERYDAY_LETTERS = 5.5
# Standing alone, capitals that common as a word of running text ("UK", "TV") are an
# everyday name too; in a name of several words ("UK Supreme Court", "FAST test") the
# name asks the rest.
_LETTERS_ALONE = 5.0


@dataclass(frozen=True)
class _Frames:
    """Where a sentence's frames put a phrase: after "known as", in "such as A, B and C", after "is a"."""

    named: frozenset[int]
    genus: frozenset[int]
    #: (start, end, whether the list enumerates: "namely", "i.e." or a colon before it).
    lists: tuple[tuple[int, int, bool], ...]
    #: Where the subject of a definition starts: "The habitable zone is the range…".
    subject: frozenset[int] = frozenset()

    def boost(self, start: int) -> float:
        """Return what the frame a phrase starting at ``start`` stands in adds to its score."""
        if start in self.named:
            return 1.5
        if self.lists and any(a <= start < b for a, b, _ in self.lists):
            return 1.0
        if start in self.subject:
            return 1.0
        # The class after "is a" ("a diagram", "a doctrine", "an indirect ecological
        # effect") is often the generic part of a definition: a small boost only.
        return 0.5 if start in self.genus else 0.0


_LIST_START = re.compile(r"\b(?:such as|including|for example|e\.g\.,?|(?P<enum>namely|i\.e\.,?))\s+|(?P<colon>:)\s+",
                         re.IGNORECASE)
_SUBJECT = re.compile(
    r"(?:(?:The|A|An)\s+)?(?=(?:[\w'’–-]+\s+){0,4}?(?:is|are|refers\s+to|means|denotes)\s+(?:an?|the)?\b)",
    re.IGNORECASE)
# The list runs from the frame words through commas and "and"/"or" to the end of its items;
# a decimal point ("more than 0.5") is no full stop.
_LIST_END = re.compile(r"[;:()]|\.(?!\d)|\b(?:is|are|was|were|which|that|to|for|in|by|with)\b")
# The article after the frame is not part of the name: "a position called the opposition".
_NAME_FRAME = re.compile(r"\b(?:called|known as|termed|referred to as|named|defined as)\s+(?:(?:the|an?)\s+)?",
                         re.IGNORECASE)


# Words without which the list and naming frames cannot match (their expressions ignore
# case): looking for them in the lower-cased sentence is cheaper than trying the frames.
_LIST_WORDS = ("such as", "including", "for example", "e.g.", "namely", "i.e.", ":")
_NAME_WORDS = ("called", "known as", "termed", "referred to as", "named", "defined as")


@lru_cache(maxsize=64)
def _frames(sentence: str) -> _Frames:
    # (Only for ASCII: there lower() folds case exactly as the expressions do.)
    low = sentence.lower() if sentence.isascii() else None
    lists = []
    for m in _LIST_START.finditer(sentence) if low is None or any(w in low for w in _LIST_WORDS) else ():
        end = _LIST_END.search(sentence, m.end() + (m.group("colon") is not None))
        lists.append((m.end(), end.start() if end else len(sentence), m.group("enum") or m.group("colon")))
    genus = _FRAME_GENUS_AT.match(sentence)
    subject = _SUBJECT.match(sentence) if genus else None
    named = _NAME_FRAME.finditer(sentence) if low is None or any(w in low for w in _NAME_WORDS) else ()
    return _Frames(frozenset(m.end() for m in named),
                   frozenset((genus.end(),) if genus else ()),
                   tuple((a, b, bool(e)) for a, b, e in lists),
                   frozenset((subject.end(),) if subject else ()))



class ListItem(NamedTuple):
    """One item of a list a sentence gives: where it stands, and whether it is asked like its siblings."""

    start: int
    end: int
    #: A noun phrase like its siblings; not the list's everyday tail, not an item whose
    #: bounds the tagger leaves in doubt.
    member: bool
    #: The list's everyday tail, which stands for the rest: "and more", "other factors", "etc.".
    filler: bool = False


# The words a list's items are joined by.
_JOINERS = frozenset(("and", "or"))
# Words that stand for the rest of a list's members: "other causes", "various others", "many more".
_FILLER_OPENERS = frozenset("other others more many various several numerous additional similar".split())
#: An item of one word at least this common ("others", "things", "stuff") stands for the rest.
_FILLER_ZIPF = 5.7
#: A list's items have at most this many words.
_ITEM_WORDS = 4
# After a list's last item, words that carry it on: "acts of God", "exposure to light", "the Earth's".
_ITEM_GOES_ON = frozenset(("of", "to", "'s", "’s"))


@lru_cache(maxsize=1024)
def sentence_lists(sentence: str) -> tuple[tuple[ListItem, ...], ...]:
    """Return the lists of noun phrases the sentence gives: "A, B and C", "A, B, C or D", "A, B, etc.".

    Each item is a run of adjectives, nouns and numbers ending on a noun (an article before
    it left out); every item between commas must be one, so a sentence's clauses divided by
    commas make no list. A list has at least three items. The first item is dropped where
    what stands before it makes it the end of something else: a sentence's opening phrase
    ("For centuries, artists and builders"), a phrase joined by "and" ("vitamins C and E,
    zinc, …"), a noun's complement ("haloes around lights, nausea and …").
    """
    if sentence.count(",") < 1 or sentence.count(",") < 2 and not (" and " in sentence or " or " in sentence):
        return ()
    toks = sentence_tokens(sentence)
    n = len(toks)
    out = []
    k = 0
    while k < n:
        if toks[k].text != ",":
            k += 1
            continue
        first = _item_back(sentence, toks, k)
        if first is None:
            k += 1
            continue
        items = [first]
        j = k
        closed = False
        while j < n and toks[j].text == ",":
            j += 1
            if j < n and toks[j].text.casefold() in _JOINERS:
                j += 1
                closed = True
            if j < n and toks[j].text.casefold() == "etc":
                items.append((toks[j].start, toks[j].end, False))
                closed = True
                j += 1
                break
            item = _item_forward(sentence, toks, j)
            if item is None:
                closed = False
                break
            items.append(item[:3])
            j = item[3]
            if closed:
                break
            if j < n and toks[j].text.casefold() in _JOINERS:
                item = _item_forward(sentence, toks, j + 1)
                if item is None:
                    break
                items.append(item[:3])
                j = item[3]
                closed = True
                break
        if closed and j < n and toks[j].text.casefold() in _JOINERS:
            closed = False  # "the flame, the skull and crossbones and …": where the items end is unclear
        if closed and not items[0][2] or _opening_phrase(toks, items[0][0]):
            items = items[1:]
        if closed and len(items) >= 3 and not _shared_head(sentence, items) and not any(
                items[0][0] < m.end() and m.start() < items[-1][1] for m in _QUOTED.finditer(sentence)):
            fillers = [sentence[a:b] == "etc" or _filler(sentence[a:b]) for a, b, _ in items]
            out.append(tuple(ListItem(a, b, member and not filler, filler)
                             for (a, b, member), filler in zip(items, fillers)))
            k = j
        else:
            k += 1
    return tuple(out)


def _shared_head(sentence: str, items: list[tuple[int, int, bool]]) -> bool:
    """Return whether the items are names that share the noun after the last one: "Monday,
    Tuesday and Friday crews", "Spanish, French and German texts" list no crews but the first."""
    *names, last = [sentence[a:b].split() for a, b, _ in items]
    return len(last) > 1 and last[0][:1].isupper() and last[-1].islower() and \
        all(len(words) == 1 and words[0][:1].isupper() for words in names)


def _opening_phrase(toks: list[Token], start: int) -> bool:
    """Return whether the words before ``start`` are a sentence's opening phrase without a verb
    ("In 1960s New England, …"), which the comma after it closes."""
    if not toks or toks[0].tag != "IN" or toks[0].start >= start:
        return False
    return not any(t.tag.startswith("VB") or t.tag == "MD" for t in toks if t.start < start)


def _filler(text: str) -> bool:
    """Return whether a list's item only stands for the rest: "more", "other factors", "various others"."""
    words = text.split()
    return words[0].casefold() in _FILLER_OPENERS or len(words) == 1 and zipf(words[0]) >= _FILLER_ZIPF


def _item_noun(toks: list[Token], k: int) -> bool:
    """Return whether ``toks[k]`` can end a list's item: a noun, or a verb's form after an
    adjective, which only a noun takes ("poor sleep")."""
    return toks[k].tag in _NOUN or toks[k].tag in ("VB", "VBP") and k > 0 and toks[k - 1].tag == "JJ"


def _noun_read_as_verb(toks: list[Token], k: int) -> bool:
    """Return whether a verb's form stands where no verb can, inside a noun phrase before a
    noun: after an adjective, an article or a preposition ("at weld toes"), or as a list's
    item between its commas and joiners ("pollen, mould spores and dust")."""
    if toks[k].tag not in ("VB", "VBP") or not 0 < k < len(toks) - 1 or toks[k + 1].tag not in _NOUN:
        return False
    return toks[k - 1].tag in ("JJ", "DT", "IN") or toks[k - 1].text == "," and k + 2 < len(toks) and \
        (toks[k + 2].text == "," or toks[k + 2].text.casefold() in _JOINERS)


def _item_word(toks: list[Token], k: int) -> bool:
    """Return whether ``toks[k]`` can stand in a list's item: an adjective, a noun, a number."""
    tok = toks[k]
    if tok.tag in ("NN", "NNS") and _verb_like(toks, k):
        return False  # "the score flags patients"
    if tok.tag == "CD" and k + 1 < len(toks) and toks[k + 1].tag in _NOUN and \
            (k == 0 or toks[k - 1].text.casefold() not in _NAMING):
        return False  # "a worker 21 days": a count starts a phrase of its own (not "type 2 diabetes")
    return tok.tag in _CONTINUES and tok.tag != "POS" or _item_noun(toks, k) or _noun_read_as_verb(toks, k)


def _opens_list(sentence: str, tok: Token) -> bool:
    return _LIST_START.match(sentence, tok.start) is not None


def _item_back(sentence: str, toks: list[Token], comma: int) -> tuple[int, int, bool] | None:
    """Return the noun phrase that ends right before ``toks[comma]`` as (start, end, whether it is
    surely a whole item), or None."""
    k = comma
    while k > 0 and comma - k < _ITEM_WORDS and _item_word(toks, k - 1) and not _opens_list(sentence, toks[k - 1]):
        k -= 1
    if k == comma or not _item_noun(toks, comma - 1):
        return None
    if k > 0 and _item_word(toks, k - 1) and not _opens_list(sentence, toks[k - 1]):
        return None  # longer than an item: a clause before the comma
    before = k - (k > 0 and toks[k - 1].text.casefold() in _ITEM_OPENERS)
    whole = not (before > 0 and (
        toks[before - 1].text.casefold() in _JOINERS
        or toks[before - 1].tag == "IN" and (before == 1 or toks[before - 2].tag in _NOUN
                                             and toks[before - 1].text.casefold() != "of")))
    return toks[k].start, toks[comma - 1].end, whole and toks[k].tag != "CD"


def _item_forward(sentence: str, toks: list[Token], k: int) -> tuple[int, int, bool, int] | None:
    """Return the noun phrase starting at ``toks[k]`` (an article skipped) as (start, end, whether
    it is surely a whole item, index of the token after it), or None."""
    n = len(toks)
    if k < n and toks[k].text.casefold() in _ITEM_OPENERS:
        k += 1
    if k < n and _opens_list(sentence, toks[k]):
        return None  # "…, including A, B and C": another list begins
    j = k
    while j < n and j - k < _ITEM_WORDS and _item_word(toks, j):
        j += 1
    end = j
    while end > k and not _item_noun(toks, end - 1):
        end -= 1
    if end == k:
        return None
    if j < n and _item_word(toks, j):
        return None  # runs on past an item's length
    goes_on = end < n and (toks[end].text.casefold() in _ITEM_GOES_ON or toks[end].tag == "VBG")
    return toks[k].start, toks[end - 1].end, not goes_on and toks[k].tag not in ("CD", "VBG"), end
