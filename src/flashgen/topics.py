"""Map section headings to topics ("Clinical Applications:" -> application)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping

#: The usual topics of a glossary page, in the order their decks are listed.
STANDARD_TOPICS: tuple[str, ...] = (
    "definition",
    "context",
    "significance",
    "mechanism",
    "application",
    "metric",
    "risk",
    "origin",
)

#: Headings that mean one of the standard topics, keyed by their normal form.
BUILTIN_SYNONYMS: Mapping[str, str] = {
    "clinical application": "application",
    "clinical use": "application",
    "practical application": "application",
    "use": "application",
    "usage": "application",
    "etymology": "origin",
    "history": "origin",
    "background": "context",
    "clinical context": "context",
    "clinical significance": "significance",
    "relevance": "significance",
    "importance": "significance",
    "mechanism of action": "mechanism",
    "how it works": "mechanism",
    "pathophysiology": "mechanism",
    "measurement": "metric",
    "assessment": "metric",
    "biomarker": "metric",
    "risk factor": "risk",
    "danger": "risk",
    "caution": "risk",
    "side effect": "risk",
    "meaning": "definition",
}

_TITLES = {topic: topic.capitalize() for topic in STANDARD_TOPICS}


def normal_heading(heading: str) -> str:
    """Return a heading reduced to lower case words: no markdown marks, colon or extra space."""
    text = heading.strip().lstrip("#").strip().rstrip(":").strip()
    return re.sub(r"\s+", " ", text).lower()


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def heading_forms(heading: str) -> tuple[str, str]:
    """Return the forms a synonym table is searched under: the normal heading, then its singular."""
    normal = normal_heading(heading)
    words = normal.split(" ")
    singular = " ".join(words[:-1] + [_singular(words[-1])]) if words and words[-1] else normal
    return normal, singular


def topic_key(heading: str, synonyms: Mapping[str, str] | None = None) -> str:
    """Return the topic a heading belongs to: a synonym's target, or the heading's own slug.

    Case, a trailing colon, markdown ``#`` marks and a plural last word do not matter.
    ``synonyms`` (normal heading -> topic) are consulted before the built-in table.
    """
    normal, singular = heading_forms(heading)
    words = normal.split(" ")
    tables = [dict(synonyms or {}), BUILTIN_SYNONYMS]
    for candidate in (normal, singular):
        for table in tables:
            if candidate in table:
                return slug(table[candidate])
        if candidate in STANDARD_TOPICS:
            return candidate
    # A plural is folded only for one-word headings ("Benefits"); longer unknown
    # headings keep their words ("Pros and Cons").
    return slug(singular if len(words) == 1 else normal)


#: Latin letters that Unicode does not decompose into an ASCII letter and a mark.
_LATIN_LETTERS = {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
                  "ħ": "h", "ŧ": "t", "ŋ": "ng", "ſ": "s"}
#: Greek and Cyrillic letters, lower case, spelt in ASCII.
_GREEK = "αβγδεζηθικλμνξοπρσςτυφχψω"
_GREEK_ASCII = "a b g d e z e th i k l m n x o p r s s t y ph ch ps o".split()
_GREEK_NAMES = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi "
                "rho sigma sigma tau upsilon phi chi psi omega").split()
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ"
_CYRILLIC_ASCII = ("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya "
                   "i ye yi g").split()
_SPELT = str.maketrans({**_LATIN_LETTERS, **dict(zip(_GREEK, _GREEK_ASCII)),
                        **{c: a.strip("-") for c, a in zip(_CYRILLIC, _CYRILLIC_ASCII)}})
#: A Greek letter standing alone ("α-synuclein", "TNF-α") is read by its name.
_LONE_GREEK_RE = re.compile(f"(?<![{_GREEK}\\u0300-\\u036f])[{_GREEK}](?![{_GREEK}\u0300-\u036f])")
_GREEK_NAME = dict(zip(_GREEK, _GREEK_NAMES))


def slug(text: str) -> str:
    """Return ``text`` as a lower-case ASCII identifier of letters, digits and hyphens.

    Accents are folded ("Sjögren" → "sjogren", "Straße" → "strasse", "Ærø" → "aero") and
    apostrophes, straight or curly, are dropped, so that every slug is also a valid term
    id and a portable file name. Greek and Cyrillic are spelt in ASCII letter by letter
    ("Этиология" → "etiologiya"), and a Greek letter on its own by its name
    ("α-Synuclein" → "alpha-synuclein"). Text with letters or digits of other scripts
    (CJK, Arabic, …), or with nothing but signs and emoji, ends with a hash instead: the
    first 8 hex digits of the SHA-256 of the text in lower case, white space collapsed
    ("検査方法" → "9c550838", "Zonulin 検査" → "zonulin-81da78f8"), so such texts keep
    slugs of their own rather than all becoming "".
    """
    # Dashes of every kind separate words ("Guillain–Barré" → "guillain-barre").
    dashed = re.sub(r"[\u2010-\u2015\u2212]", "-", text.strip().casefold())
    folded = unicodedata.normalize("NFKD", dashed)
    folded = _LONE_GREEK_RE.sub(lambda m: f"-{_GREEK_NAME[m.group()]}-", folded).translate(_SPELT)
    ascii_text = folded.replace("'", "").encode("ascii", "ignore").decode("ascii")
    result = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    lost = any(ord(c) > 127 and unicodedata.category(c)[0] in "LN" for c in folded)
    if (lost or not result) and dashed.strip():
        key = unicodedata.normalize("NFC", " ".join(dashed.split()))
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        result = f"{result}-{digest}" if result else digest
    return result


def topic_title(topic: str, headings: Iterable[str] = ()) -> str:
    """Return the name a topic's deck is shown under: "Mechanism", or its first heading."""
    if topic in _TITLES:
        return _TITLES[topic]
    for heading in headings:
        text = heading.strip().lstrip("#").strip().rstrip(":").strip()
        if text:
            return text[:1].upper() + text[1:]
    return topic.replace("-", " ").capitalize()


def order_topics(topics: Iterable[str], preferred: Iterable[str] = ()) -> list[str]:
    """Return ``topics`` deduplicated: ``preferred`` ones first, then standard, then first-seen."""
    seen: list[str] = []
    for t in topics:
        if t not in seen:
            seen.append(t)
    rank: dict[str, int] = {}
    for t in list(preferred) + list(STANDARD_TOPICS):
        rank.setdefault(t, len(rank))
    return sorted(seen, key=lambda t: (rank.get(t, len(rank)), seen.index(t)))
