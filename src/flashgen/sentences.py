"""Split term text into sentences, the unit a short card asks about.

nupunkt, a Punkt splitter with an English model in its wheel, decides where sentences
end: it knows abbreviations ("Dr.", "vs.", "et al."), decimals, initials ("A. V. Hill"),
"e.g."/"i.e.", quotes and brackets, and it runs in time linear in the text, so pages of
any size split quickly. benchmarks/splitters.py compares it with other splitters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Paragraph


@lru_cache(maxsize=1)
def _tokenizer():
    # Imported on first use: a rebuild that renders nothing never needs it.
    from nupunkt import load

    from .keyphrases import zipf

    tokenizer = load("default")
    params = tokenizer._params
    # nupunkt's model learned its abbreviations from a large corpus, and with them
    # hundreds of everyday words that were cut short or ended a line there ("century",
    # "cancer", "found", "week", "tax"): after one of them it ends a sentence only when a
    # common sentence starter follows, so "…until the 18th century. Spring is…" stayed one
    # sentence. A common English word is not an abbreviation, but for the few that prose
    # does abbreviate.
    params.abbrev_types -= {
        entry for entry in params.abbrev_types
        if len(entry) > 2 and entry.isalpha() and entry not in _WORD_ABBREVIATIONS
        and zipf(entry) >= _COMMON_WORD
    }
    params.invalidate_patterns()
    params.freeze_sets()
    return tokenizer


# A word this common in English (on the Zipf scale) is read as a word, not an abbreviation.
_COMMON_WORD = 3.0
# Common words that prose also writes abbreviated, before a number or a name: months,
# "Fig. 3", "Vol. 2", "Inc.", "Gen. Grant", "Rev.", "approx. 20", "ref.".
_WORD_ABBREVIATIONS = frozenset("""jan feb mar apr jun jul aug sep sept oct nov dec fig figs vol
    vols nos inc ltd corp bros est etc approx dept gen gov govt rev prof sen rep col ave min sec
    ref eds para sect""".split())


# Abbreviations that introduce what follows and never end a sentence. nupunkt splits
# after them when a lone capital comes next ("one flat, e.g. F major"), taking the capital
# for an initial that starts a sentence.
_NEVER_LAST = re.compile(r"(?<![\w.])(?:e\.g|i\.e|cf|viz)\.$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # cards and lints split the same texts again
def split_sentences(text: str) -> tuple[str, ...]:
    """Return the sentences of ``text``, paragraph by paragraph, each stripped of spaces.

    A paragraph that ends in a list ("- a probe", "2. Dig") is read as its author wrote
    it: items that are sentences are sentences of their own, without their markers; items
    that are not ("a probe") make one sentence with the words that lead into them, joined
    by semicolons ("Each member carries: a probe; a shovel"), so that no card asks a
    list marker or a lone item. Words that end in a colon lead into what follows, in the
    same paragraph or the next one, and are never a sentence alone.
    """
    out: list[str] = []
    for raw in text.split("\n\n"):
        if not raw.strip():
            continue
        paragraph = Paragraph(raw)
        # A colon at the end of the paragraph before leads into this one.
        lead = [out.pop()] if out and out[-1].endswith(":") else []
        if not paragraph.items:
            out.extend(_lead_into(lead, _split(paragraph)))
            continue
        lead = _lead_into(lead, _split(paragraph.lead)) if paragraph.lead else lead
        if all(_ENDS_SENTENCE.search(item) for item in paragraph.items):
            out.extend(_lead_into(lead, [s for item in paragraph.items for s in _split(item)]))
            continue
        items = "; ".join(item.rstrip(";,") for item in paragraph.items)
        out.extend(_lead_into(lead, [items], join=bool(lead) and not _ENDS_SENTENCE.search(lead[-1])))
    return tuple(out)


def _lead_into(lead: list[str], sentences: list[str], join: bool = False) -> list[str]:
    """Return ``lead`` and ``sentences``, the last of the lead joined to the first sentence
    when it ends in a colon (or when ``join`` says so)."""
    if not lead or not sentences or not (join or lead[-1].endswith(":")):
        return [*lead, *sentences]
    return [*lead[:-1], f"{lead[-1]} {sentences[0]}", *sentences[1:]]


_ENDS_SENTENCE = re.compile(r"[.!?][\"”’)]*$")
# A "!" or "?" that a word in small letters follows ends no sentence: a factorial ("grows as
# n! with the players"), a name ("Yahoo! bought it"), a quoted question ("asked 'why?' first").
_RUNS_ON_AFTER_MARK = re.compile(r"[!?][\"”’')]*$")
# Three or more dotted capitals ("C.R.A.S.H.-B.", "N.A.T.O.") that a word other than one
# that opens sentences follows are a name going on ("the C.R.A.S.H.-B. Sprints in Boston"),
# where "… moved to the U.S.A. The next year …" ends a sentence.
_DOTTED_NAME = re.compile(r"(?<![\w.])(?:[A-Z]\.){3,}(?:-(?:[A-Z]\.)+)?$")

# Ends that nupunkt reads as abbreviations or initials but that end a sentence: a unit
# after a number ("at 4,000 m. Beneath", "12 V. Higher", "45 mmHg. Values", "400 IU. A")
# and a lone capital after which a word comes that starts sentences and never follows an
# initial ("on A. The"). A unit is a short word in small letters (capitals may follow:
# "mmHg", "kPa", "cmH2O"), two or three capitals ("IU", "MPa"), one of the capitals that
# are units' symbols (a year before any other is an initial: "In 1665 R. Hooke"), or one of
# the capital and small letter pairs that units are named by; a title after a year ("in 2003 Dr. Reed",
# "1764 St. Petersburg") is neither. Words written short before what they bring in ("5 vs.
# 6", "approx.", "incl.") are not units.
_UNITS = (r"(?:[a-zµ°º][a-zA-Z0-9]{0,5}|[A-Z]{2,3}|[VAWJNKT]|[°º][CF]|[kMGT]?(?:Hz|Pa|Wh)|Gy|Sv|Bq|Da|Ah)")
_MISSED_END = re.compile(
    r"(?:(?<=\d)\s?(?P<unit>" + _UNITS + r")|(?<![\w.])[A-Z])\.[\"”’)]*\s+"
    r"(?=[\"“‘(]?[A-Z](?:[a-z]|\s))"
)
_NOT_UNITS = frozenset("v vs ca cf approx incl excl esp resp viz al etc ie eg pp p ff no nos".split())
_INNER_ENDS = (". ", ".\" ", ".\u201d ", ".\u2019 ", ".) ")
_STARTS_ONLY = re.compile(
    r"(?:The|This|These|Those|That|It|Its|They|There|Their|In|On|At|When|If|However|Each"
    r"|Both|Such|Some|Most|Many|A|An)\b"
)


def _split(paragraph: str) -> list[str]:
    """Return the sentences of one paragraph on one line."""
    out: list[str] = []
    for piece in _tokenizer().tokenize(paragraph):
        piece = piece.strip()
        if not piece:
            continue
        if out and (_NEVER_LAST.search(out[-1]) or _closes_bracket(out[-1], piece)
                    or _RUNS_ON_AFTER_MARK.search(out[-1]) and piece[0].islower()
                    or _DOTTED_NAME.search(out[-1]) and not _STARTS_ONLY.match(piece)):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.extend(_missed_ends(piece))
    return out


def _closes_bracket(before: str, piece: str) -> bool:
    """Return whether ``piece`` closes a round bracket left open at the end of ``before``.

    A sentence does not end inside brackets: a stop there ends an abbreviation that
    nupunkt does not know ("genannt (engl. infill development)"). A bracket that the
    next piece does not close is a slip of the writer's, and the split stands.
    """
    depth = before.count("(") - before.count(")")
    if depth <= 0:
        return False
    for char in piece:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return True
    return False


def _missed_ends(piece: str) -> list[str]:
    """Return ``piece`` cut where a unit, a lone capital or a word ends a sentence nupunkt ran on."""
    if not any(end in piece for end in _INNER_ENDS):
        return [piece]
    ends = []
    for m in _MISSED_END.finditer(piece):
        unit = m.group("unit")
        if unit is None and not _STARTS_ONLY.match(piece[m.end():].lstrip("\"“‘(")):
            continue  # a lone capital before a name is an initial ("J. Smith")
        if unit in _NOT_UNITS:
            continue
        ends.append(m.end())
    # "… by the linguist Einar Haugen. For decades it was …": nupunkt runs on after some
    # names before a word that opens sentences; a word of three letters or more, not an
    # abbreviation, ends the sentence there.
    ends += [m.end() for m in _RUN_ON.finditer(piece) if m.group("word").casefold() not in _ABBREVIATIONS]
    out, start = [], 0
    for end in sorted(set(ends)):
        out.append(piece[start:end].strip())
        start = end
    out.append(piece[start:].strip())
    return [p for p in out if p]


# A word, its full stop, and a word that opens sentences (nupunkt splits before most of
# these after most words; after some names it does not).
_RUN_ON = re.compile(
    r"(?<![\w.])(?P<word>[A-Za-z][a-z]{2,})\.\s+(?=(?:For|Before|Until|By|With|From|Over|Later|Under|Unlike|"
    r"Like|Here|Only|Also|Such|Both|Its|Their)\s)")
#: Abbreviations of three letters or more that a capitalised word may follow (those that
#: nupunkt knows among the 20,000 commonest words, and a few more).
_ABBREVIATIONS = frozenset(
    "approx incl excl resp esp etc viz prof corp dept capt sgt col gen gov fig figs vol vols eq eqs "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun ref refs sec chap "
    "art para est inc ltd bros univ assoc min rep rev sen ave eds govt sect nos".split())
