"""How a term's name reads inside a sentence: its grammatical number and its capitals."""

from __future__ import annotations

import re
from functools import lru_cache

NUMBERS = ("singular", "plural")

_WORD = re.compile(r"[\w'’-]+")
#: An abbreviation's plural: capitals or digits, then a lower-case "s" (SCFAs, BCAAs).
_ABBREVIATION_PLURAL = re.compile(r"^[A-Z0-9][A-Z0-9-]*[A-Z0-9]s$")
#: Singular nouns that an inflection library takes for plurals ("sepsis", "pancreas",
#: "lactobacillus"): medical vocabulary is full of Greek and Latin singulars in -s.
_SINGULAR_ENDINGS = ("ss", "us", "is", "as", "ens", "os")
#: Words after which a name's head noun has ended: "ampullae of Lorenzini" is counted
#: from "ampullae", "tax in kind" from "tax".
_AFTER_HEAD = frozenset({"of", "in", "for"})
#: Articles a term's text may write before its name ("the reverse charge").
ARTICLES = ("the", "a", "an")
#: What a term file's ``article`` may say: an article, or "none" for no article.
ARTICLE_CHOICES = (*ARTICLES, "none")


def _is_abbreviation(word: str) -> bool:
    """Return whether ``word`` is written as an abbreviation or symbol (TSH, VO2, HbA1c, T3)."""
    return sum(ch.isupper() for ch in word) >= 2 or re.search(r"[A-Z]\d|\d[A-Z]", word) is not None


@lru_cache(maxsize=1)
def inflect_engine():
    """Return inflect's engine, the one source of singulars and plurals (names and headings)."""
    # inflect wraps each of its functions in typeguard's @typechecked, which re-reads and
    # recompiles their source at import: about 1.3 s on this project's machines, paid by
    # every build whose headings or names end like a plural. Its checks only guard
    # argument types, and flashgen passes it plain strings, so inflect is imported with a
    # decorator that does nothing: through a stand-in module when typeguard is not
    # imported yet (importing it pulls in unittest.mock and asyncio, 0.03 s), else by
    # swapping typeguard's own for the import and putting it back at once.
    import sys
    import types

    if "typeguard" not in sys.modules:
        stand_in = types.ModuleType("typeguard")
        stand_in.typechecked = _unchecked  # type: ignore[attr-defined]
        sys.modules["typeguard"] = stand_in
        try:
            import inflect

            return inflect.engine()
        except ImportError:  # an inflect that wants more of typeguard: the way below
            sys.modules.pop("inflect", None)
        finally:
            if sys.modules.get("typeguard") is stand_in:
                del sys.modules["typeguard"]
    try:
        import typeguard
    except ImportError:  # an inflect that no longer uses it
        import inflect

        return inflect.engine()
    checked = typeguard.typechecked
    typeguard.typechecked = _unchecked
    try:
        import inflect
    finally:
        typeguard.typechecked = checked
    return inflect.engine()


def _unchecked(target=None, **_options):
    """Stand in for ``typeguard.typechecked`` (used bare or with options): return what it wraps."""
    return target if target is not None else (lambda function: function)


@lru_cache(maxsize=65536)
def name_number(name: str) -> str:
    """Return "plural" or "singular": the grammatical number of a name, from its head noun.

    The head noun is the last word before "of", "in" or "for" ("ampullae of Lorenzini"),
    else the last word.
    """
    words = _WORD.findall(name)
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _AFTER_HEAD), len(words))
    words = words[:cut]
    if not words:
        return "singular"
    last = words[-1].rstrip("-0123456789") or words[-1]  # "peptide-1" is counted as "peptide"
    if _is_abbreviation(last):
        return "plural" if _ABBREVIATION_PLURAL.match(last) else "singular"
    word = last.lower()
    if word.endswith(_SINGULAR_ENDINGS) or not word.endswith(("s", "a", "i", "ae")):
        return "singular"  # only those endings make English, Latin or Greek plurals
    if word.endswith("ae") and len(word) >= 5:
        return "plural"  # Latin plurals of -a nouns that inflect does not know ("ampullae")
    singular = inflect_engine().singular_noun(word)
    # False: not a plural; the word itself: a noun of one form ("series", "diabetes").
    return "plural" if singular and singular != word else "singular"


#: English words of closed classes (articles, conjunctions, prepositions) that a term may
#: also be named by.
_FUNCTION_WORDS = frozenset("a an the and or but nor so yet for in on at by to of as if up off via per".split())


def prose_name(name: str, texts: tuple[str, ...] = ()) -> str:
    """Return the name as it is written inside a sentence ("Beta blockers" → "beta blockers").

    The term's own texts decide first: where they use the name after a sentence's first
    word, that spelling is kept (so "TSH" and "Crohn's disease" stay as written, and a
    name the texts write in lower case is lower-cased). Otherwise a first word capitalised
    only because it starts the name is lower-cased, unless the name is in Title Case or
    the word is possessive, an abbreviation or a symbol.
    """
    if name.casefold() in _FUNCTION_WORDS:
        # A name that is also a function word ("Or", the heraldic gold) is found in the
        # texts as that word ("red or blue"); lower-cased, the prompt would read as one.
        return name
    seen = _used_inside_sentences(name, texts)
    if seen is not None:
        return _keep_abbreviations(seen, name)
    words = name.split(" ")
    first = words[0]
    if not first[:1].isupper() or _is_abbreviation(first) or re.search(r"['’]s$", first):
        return name
    rest = [w for w in words[1:] if w[:1].isalpha()]
    if rest and all(w[:1].isupper() and not _is_abbreviation(w) for w in rest):
        # "Cortisol Awakening Response": maybe a proper name; keep the author's capitals,
        # unless the texts, even where a sentence starts, write its other words in lower
        # case ("Clear aligner therapy (CAT) is …" under the title "Clear Aligner Therapy").
        spelt = _sentence_case_spelling(name, texts)
        if spelt is None:
            return name
        name, words = spelt, spelt.split(" ")
        first = words[0]
    if _proper_word(first, texts):
        return name  # "Stayman convention": the texts write "Samuel Stayman" inside a sentence
    return first[0].lower() + first[1:] + name[len(first):]


def _sentence_case_spelling(name: str, texts: tuple[str, ...]) -> str | None:
    """Return the texts' spelling of a Title Case name when they write its later words in
    lower case, else None."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)
    for text in texts:
        for m in pattern.finditer(text):
            later = [w for w in m.group(0).split(" ")[1:] if w[:1].isalpha()]
            if later and all(w[:1].islower() for w in later):
                return _keep_abbreviations(name[:1] + m.group(0)[1:], name)
    return None


def _proper_word(word: str, texts: tuple[str, ...]) -> bool:
    """Return whether the texts write a capitalised word with its capital inside their
    sentences more often than without: a proper name ("Samuel Stayman", "after Stayman")."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.IGNORECASE)
    capital = lower = 0
    for text in texts:
        for m in pattern.finditer(text):
            before = text[:m.start()].rstrip(" \"'“‘(")
            if not before or before.endswith((".", "!", "?", ":", "\n")):
                continue  # a sentence's first word is capitalised whatever it is
            if m.group(0)[:1].isupper():
                capital += 1
            else:
                lower += 1
    return capital > lower


def _used_inside_sentences(name: str, texts: tuple[str, ...]) -> str | None:
    """Return the spelling the texts give ``name`` where it does not start a sentence, if any."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)
    for text in texts:
        for m in pattern.finditer(text):
            before = text[:m.start()].rstrip(" \"'“‘(")
            if before and not before.endswith((".", "!", "?", ":", "\n")) and not _inside_longer_name(text, m):
                return m.group(0)
    return None


_CAPITALISED_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")


def _inside_longer_name(text: str, mention: re.Match[str]) -> bool:
    """Return whether a capitalised mention is part of a longer capitalised name: "sleep
    latency" in "the Multiple Sleep Latency Test" is spelt as that test's name is, not as the
    term is."""
    if not mention.group(0)[:1].isupper():
        return False
    before = re.search(r"([\w'’-]+)\s+$", text[:mention.start()])
    if before is not None and (not text[:before.start()].strip() or text[:before.start()].rstrip().endswith(
            (".", "!", "?", ":", "\n"))):
        before = None  # a sentence's first word has its capital whatever it is
    after = re.match(r"\s+([\w'’-]+)", text[mention.end():])
    return any(word is not None and _CAPITALISED_WORD.fullmatch(word.group(1)) for word in (before, after))


def _keep_abbreviations(spelling: str, name: str) -> str:
    """Return ``spelling`` with each word of 2–5 letters that ``name`` writes in capitals put back."""
    words, written = spelling.split(" "), name.split(" ")
    if len(words) != len(written):
        return spelling
    return " ".join(w if w.isupper() or not (2 <= len(n) <= 5 and n.isupper()) else n
                    for w, n in zip(words, written))


def name_article(name: str, texts: tuple[str, ...] = ()) -> str:
    """Return the article the texts write before ``name`` in most of its mentions ("the"), or "".

    The name's mentions are counted case-insensitively; "" when fewer than half of them
    follow "the", "a" or "an", or when the name starts with an article itself.
    """
    first = name.split(" ", 1)[0].lower()
    if first in ARTICLES:
        return ""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)
    mentions, articles = 0, {}
    for text in texts:
        for m in pattern.finditer(text):
            mentions += 1
            before = re.search(r"(\w+)\s+$", text[:m.start()])
            word = before.group(1).lower() if before else ""
            if word in ARTICLES:
                articles[word] = articles.get(word, 0) + 1
    if not articles or 2 * sum(articles.values()) <= mentions:
        return ""
    return max(ARTICLES, key=lambda a: articles.get(a, 0))


#: A heading shaped as a question about the term: "When It's Due", "Why They're Charged".
_QUESTION_HEADING = re.compile(
    r"^(how|why|when|where|what)\s+(?:it|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(\S.*?)\??$", re.IGNORECASE)


def heading_phrase(heading: str) -> str:
    """Return a heading as it reads inside a sentence ("Tax Exemptions" → "tax exemptions").

    A heading in Title Case has all its capitalised words lower-cased, any other only its
    first word; abbreviations and words the heading writes in capitals keep them.
    """
    words = heading.strip().rstrip(":?").split()
    alpha = [w for w in words if w[:1].isalpha()]
    long_words = [w for w in alpha if len(w) > 3]  # short words ("in", "for") may stay small
    # "Key Facts", "Tax Exemptions": every long word capitalised, and more than one word.
    title_case = len(alpha) > 1 and bool(long_words) and all(w[:1].isupper() for w in long_words)
    out = []
    for i, word in enumerate(words):
        if (i == 0 or title_case) and word[:1].isupper() and not _is_abbreviation(word) \
                and not (len(word) >= 2 and word.isupper()):
            word = word[0].lower() + word[1:]
        out.append(word)
    return " ".join(out)


def heading_question(heading: str) -> tuple[str, str] | None:
    """Return the question word and the rest of a question-shaped heading, or None.

    "When It's Due" gives ("When", "due"), to be asked as "When is X due?".
    """
    m = _QUESTION_HEADING.match(heading.strip().rstrip(":"))
    if m is None:
        return None
    return m.group(1).capitalize(), heading_phrase(m.group(2).strip())


def neutral_articles(text: str, blank: str) -> str:
    """Return ``text`` with each "a" or "an" right before ``blank`` written "a(n)".

    The article before a blanked-out name tells which sound the name starts with ("an ___"
    is a vowel), a hint the card did not mean to give; "a(n)" gives neither.
    """
    return re.sub(rf"\b([Aa])n? (?={re.escape(blank)})", r"\1(n) ", text)
