"""Split a glossary list — a page of many terms, often A–Z — into one entry per term.

The entry shapes read, in any input format:

- ``Term: definition`` and ``Term — definition`` lines;
- a bold term opening its paragraph (``**Term** definition``), or on a line of its own;
- a heading per term with its paragraph under it (headings that name topics, such as
  ``Mechanism``, are the entry's sections);
- markdown definition lists (``Term`` then ``: definition``), which is also what an
  HTML ``<dl>`` and a two-column HTML table become.

Letter headers (A, B, C…) and "Back to top" are site chrome, set aside like other noise.
Each entry is handed on as lines of its own, opening with a ``# Term`` title line, so that
names, aliases, sections and noise follow the same rules as a page of one term.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ..topics import STANDARD_TOPICS, family_topic, topic_key
from .lines import (LIST_RE, MD_HEADING_RE, RULE_RE, Line, ends_sentence, heading_text, strip_emphasis,
                    without_lead_bold)
from .naming import NAME_END_RE
from .noise import is_back_to_top, is_banner, is_promotion, is_related_line, is_signup, is_trail

# Fewer entries than this and a page is one term with a few odd lines.
_MIN_ENTRIES = 3
# A page's closing notices under its list, shaped as entries, are one or two lines.
_CLOSING_MAX_ENTRIES = 2
_TERM_MAX_WORDS = 8
_TERM_MAX_CHARS = 80

# A bracket after the bold name, before the colon or dash, belongs to the term as it does on
# a plain line ("**Grog** (also called chamotte): …"), where the names in it are read.
_BOLD_LEAD_RE = re.compile(r"^(\*\*|__)(?P<term>[^*_]{1,80}?)\1(?P<bracket>\s*\([^()]{1,60}\)(?=\s*[:—–-]))?"
                           r"\s*(?:[:—–-]\s*)?(?P<rest>.*)$")
# An abbreviation's term may carry its expansion in brackets, commas and all ("ACID
# (atomicity, consistency, isolation, durability)"); other terms hold no comma. A colon in
# brackets is part of the name ("Kerb (US: curb) — …"), never the end of it: a bracket is
# taken whole or not at all.
_INLINE_RE = re.compile(r"^(?P<term>(?:[^:,;()]|\([^(),;]{0,60}\)){1,80}?"
                        r"|[A-Za-z]*[A-Z][A-Za-z]*[A-Z][\w&./-]*\s*\([^():]{1,60}\))"
                        r"(?::|\s[—–-]\s)\s*(?P<rest>\S.*)$")
_ITALIC_LINE_RE = re.compile(r"^(?:\*(?!\*)[^*]+\*|_(?!_)[^_]+_)$")
_LETTER_RE = re.compile(r"^(?:#{1,6}\s*)?\**[A-Z]\**$|^(?:#{1,6}\s*)?0\s*[-–]\s*9$")
_LIST_TITLE_RE = re.compile(r"\b(?:glossary|a\s*[-–—]\s*z|a to z|dictionary|terms|terminology|lexicon|"
                            r"vocabulary|words explained|jargon)\b",
                            re.IGNORECASE)

_GLOSSARY_TITLE_RE = re.compile(r"\b(?:glossary|dictionary|lexicon|terminology|a\s*[-–—]\s*z|a to z|"
                                r"jargon buster)\W*$|^(?:the\s+)?(?:glossary|dictionary|lexicon|a\s*[-–—]\s*z|"
                                r"a to z)\s+(?:of|for)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    """One term of a glossary list: its name, where it starts, and its lines (title first)."""

    name: str
    line: int
    lines: tuple[Line, ...]
    preamble: tuple[str, ...] = ()  # the page's own title and introduction, before any entry
    closing: tuple[str, ...] = ()  # the page's own closing lines, after the last entry
    furniture: tuple[str, ...] = ()  # the site's lines shaped as entries among this one's ("Log in")


def _is_term(text: str) -> bool:
    # "Aquifer (n.)": a word-class label ends the term, not a sentence.
    text = re.sub(r"\s*\((?:n|v|adj|adv|abbr|pl|sing)\.\)$", "", text.strip(), flags=re.IGNORECASE)
    if not text or len(text) > _TERM_MAX_CHARS or len(text.split()) > _TERM_MAX_WORDS:
        return False
    # "0-0" (castling) and "3:1 rule" are terms; a bare number or a stray mark is not.
    if ends_sentence(text) or text[-1] in ",;" or not any(c.isalnum() for c in text) \
            or re.fullmatch(r"[\d.,\s]+", text):
        return False
    return not LIST_RE.match(text)


def _inline(text: str) -> tuple[str, str] | None:
    """Return (term, definition) of a ``Term: definition`` / ``Term — definition`` / bold-lead line."""
    bold = _BOLD_LEAD_RE.match(text)
    if bold and bold.group("rest") and _is_term(bold.group("term")):
        return bold.group("term").strip() + (bold.group("bracket") or ""), bold.group("rest").strip()
    if MD_HEADING_RE.match(text) or LIST_RE.match(text) or _ITALIC_LINE_RE.match(text):
        # A line set wholly in italics is the page's tagline or an aside ("*From the … Hub —
        # terms you will meet …*"), however it is punctuated: an entry's term stands alone.
        return None
    match = _INLINE_RE.match(text)
    if not match:
        return None
    term, rest = strip_emphasis(match.group("term").strip()), match.group("rest").strip()
    # "Note: see below." or "Dose: 5 mg" is a label; a definition is a few words at least.
    if not _is_term(term) or len(rest.split()) < 3:
        return None
    return term, rest


def _is_noise(text: str) -> bool:
    # Classifications are cached by line text: every line is asked about several times.
    # A call to action reads like "Term: definition" ("Download our free guide: …"),
    # and so does a byline ("Author: Jo Rivers"); neither is an entry.
    return bool(_LETTER_RE.match(text) or is_banner(text) or is_signup(text) or is_promotion(text)
                or is_related_line(text))


_DEFINITION_OPENING_RE = re.compile(r"(?:an?|the)\s", re.IGNORECASE)


def defined_despite_words(text: str) -> bool:
    """Return whether a ``Term: definition`` line is an entry although its words are those of
    site chrome: "Sign-up bonus: A one-off payment …" names a thing with a sign-up word, and
    its definition, read alone, is a sentence that opens as a definition does and is no
    chrome; "Newsletter: Get our tips in your inbox." and "Download our guide: …" are chrome."""
    found = _inline(text)
    if found is None:
        return False
    term, rest = found
    return (bool(_DEFINITION_OPENING_RE.match(rest)) and ends_sentence(rest) and len(rest.split()) >= 6
            and not _is_noise(rest) and not is_promotion(term))


def _topic_like(term: str, synonyms: Mapping[str, str] | None) -> bool:
    # A word read as a topic by what it means ("Screening", "Mitigation") is also a term a
    # glossary defines ("Screening: testing people who have no symptoms …").
    return topic_key(term, synonyms) in STANDARD_TOPICS and family_topic(term, synonyms) is None


def _heading(line: Line) -> tuple[int, str] | None:
    """Return (level, text) for a heading line: markdown levels 1–6, 7 for a bare or bold line."""
    md = MD_HEADING_RE.match(line.text)
    if md:
        text = heading_text(line.text)
        return (len(md.group(1)), text) if text else None
    text = heading_text(line.text)
    return (7, text) if text else None


def _mentions(paragraph: str, term: str) -> bool:
    # "Adiponectin is …" under "Adiponectin"; "Bile acids are …" under "Bile Acids".
    first = re.findall(r"\w+", term.casefold())
    return bool(first) and first[0][:5] in paragraph.casefold()


def _opens_with_term(paragraph: str, term: str) -> bool:
    # "**Perft** (…) counts …", "A **transposition table** (…) is …" under their headings, and
    # "Gradient factors are …" under "Gradient factors (GF)": the paragraph's first word is
    # the term's, whatever its ending.
    text = re.sub(r"^(?:an?|the)\s+", "", re.sub(r"[*_]", "", paragraph), flags=re.IGNORECASE)
    opening, first = re.findall(r"\w+", text.casefold())[:1], re.findall(r"\w+", term.casefold())[:1]
    return bool(opening and first) and opening[0][:5] == first[0][:5]


def _next_text(lines: list[Line], index: int) -> tuple[int, str] | None:
    for j in range(index + 1, len(lines)):
        if lines[j].text:
            return j, lines[j].text
    return None


def split_entries(lines: list[Line], synonyms: Mapping[str, str] | None = None) -> list[Entry]:
    """Return the entries of a glossary list page, or an empty list when the page is one term."""
    if _headed_article(lines, synonyms) and not looks_like_list(lines):
        return []
    for finder in (_definition_list, _inline_entries, _heading_entries):
        entries = finder(lines, synonyms)
        if entries and finder is _inline_entries:
            # "## Term" over "**Term** (abbr) is …": the headings are the entries, and they
            # also hold the terms whose paragraph names them further in ("A **tilt table** …").
            headed = _heading_entries(lines, synonyms)
            names = {entry.name.casefold() for entry in headed}
            if len(headed) > len(entries) and all(entry.name.casefold() in names for entry in entries):
                return headed
        if entries:
            return entries
    return []


# An article has a few sections on the usual topics, each once; a list's entries repeat theirs.
_ARTICLE_MIN_TOPICS = 2


def _headed_article(lines: list[Line], synonyms: Mapping[str, str] | None) -> bool:
    """Return whether a page is an article on one term: a heading over a paragraph that
    opens with the heading's own words and defines them ("El ensilado" over "El ensilado es
    una técnica …"), then headings on distinct standard topics, in whatever language the
    topic table reads ("Historia", "Riesgos"). "Label: value" lines under such headings are
    the article's items, not a list's entries."""
    texts = [line.text for line in lines if line.text and not _is_noise(line.text)]
    for k, text in enumerate(texts[:-1]):
        if not _defines_heading(text, texts[k + 1]):
            continue
        topics = [topic_key(later, synonyms) for later in texts[k + 2:] if heading_text(later) is not None
                  and _inline(later) is None]
        standard = [topic for topic in topics if topic in STANDARD_TOPICS]
        return len(set(standard)) >= _ARTICLE_MIN_TOPICS and len(standard) == len(set(standard))
    return False


def _defines_heading(heading: str, below: str) -> bool:
    """Return whether a heading names a term that the paragraph below opens with and defines
    ("Leptin" over "Leptin is a hormone made by fat cells …")."""
    name = heading_text(heading)
    opening = strip_emphasis(without_lead_bold(below))
    return not (name is None or heading_text(below) is not None or len(name.split()) > _TERM_MAX_WORDS
                or not opening.casefold().startswith(name.casefold())
                or not NAME_END_RE.match(opening, len(name)) or not ends_sentence(opening))


def _labels_of_an_article(lines: list[Line]) -> bool:
    """Return whether the lines above a page's first "Label: value" line open an article on
    one term: a heading over the paragraph defining it, then a heading of its own sections
    ("Metric" over "Normal range: …"). The label lines are that section's items."""
    texts = [line.text for line in lines if line.text and not _is_noise(line.text)]
    return any(_defines_heading(text, texts[k + 1]) and any(heading_text(later) is not None for later in texts[k + 2:])
               for k, text in enumerate(texts[:-1]))


def _opens_an_article(lines: list[Line]) -> bool:
    """Return whether the lines above a page's first entry are an article's own opening.

    A paragraph of several words that ends a sentence, then a heading over more prose:
    the definition and a section of one term. A table or definition list below it belongs to
    that article; a list page opens, at most, with a title and a sentence about itself.
    """
    texts = [line.text for line in lines if line.text and not _is_noise(line.text)]
    opening = next((k for k, text in enumerate(texts)
                    if heading_text(text) is None and ends_sentence(text) and len(text.split()) >= 8), None)
    if opening is None:
        return False
    later = texts[opening + 1:]
    return any(heading_text(text) is not None and k + 1 < len(later) and heading_text(later[k + 1]) is None
               for k, text in enumerate(later))


def definition_lines_as_list(lines: list[Line]) -> list[Line]:
    """Return a page's ``Term`` over ``: definition`` pairs as ``- Term: definition`` list lines.

    On the page of one term, a definition list (or the table it was made from) is part of the
    section that holds it, one item per entry.
    """
    out = list(lines)
    for index, line in enumerate(lines):
        if not line.text.startswith(":") or index == 0:
            continue
        above = next((j for j in range(index - 1, -1, -1) if out[j].text), None)
        if above is None:
            continue
        term = out[above].text
        if term.startswith("- ") and ": " in term:
            # a second definition of the same term joins its item
            out[above] = Line(out[above].number, f"{term} {line.text[1:].strip()}")
        elif _is_term(strip_emphasis(term)):
            out[above] = Line(out[above].number, f"- {strip_emphasis(term)}: {line.text[1:].strip()}")
        else:
            continue
        out[index] = Line(line.number, "")
    return [line for k, line in enumerate(out) if line.text or not lines[k].text.startswith(":")]


def looks_like_list(lines: list[Line]) -> bool:
    """Return whether a page presents itself as a glossary list (letter headers, a glossary title)."""
    texts = [line.text for line in lines if line.text]
    letters = sum(1 for text in texts if _LETTER_RE.match(text))
    # A breadcrumb ("Insurance Basics › Terms › Deductible", "Accounting basics / Bookkeeping
    # terms") names where a page sits, not what it is: the site's glossary section may hold a
    # page of one term. Only the page's body, its letters or its entries, makes it a list.
    # The title may sit under the site's name ("Fire Mountain Field Guides" / "Volcano words
    # explained").
    titles = [heading_text(t) for t in texts[:3] if heading_text(t) and not is_banner(t) and not is_trail(t)]
    if letters < 3 and _defines_its_title(texts):
        # "Glossary of glacier terms" over "# Firn" and "**Firn** … is …": the site's glossary
        # holds the page, the page holds one term.
        return False
    return letters >= 3 or any(_LIST_TITLE_RE.search(title) for title in titles if title)


_TOP_HEADING_RE = re.compile(r"^#\s+(?P<name>\S.*?)\s*#*$")


def _defines_its_title(texts: list[str]) -> bool:
    """Return whether a page's only top heading names a term that the paragraph under it defines."""
    tops = [(k, match.group("name")) for k, text in enumerate(texts) if (match := _TOP_HEADING_RE.match(text))]
    if len(tops) != 1 or tops[0][0] + 1 >= len(texts):
        return False
    index, name = tops[0]
    name = strip_emphasis(name)
    if _LIST_TITLE_RE.search(name) or len(name.split()) > _TERM_MAX_WORDS:
        return False
    opening = strip_emphasis(without_lead_bold(texts[index + 1]))
    opening = re.sub(r"^(?:the|an?)\s+", "", opening, flags=re.IGNORECASE)
    if heading_text(texts[index + 1]) is not None or not opening.casefold().startswith(name.casefold()):
        return False
    return bool(NAME_END_RE.match(opening, len(name))) and ends_sentence(opening)


# A remark about the page itself names the page with a pointing word ("this glossary", "these
# definitions", "the terms above", "our other guides", "diese Seite", "cette liste"): a
# definition speaks of its term, never of the list it stands in.
_PAGE_NOUNS = (r"page|pages|glossary|glossaries|list|site|website|guide|guides|article|articles|definitions|"
               r"entries|terms|words|help centre|help center|help pages|"
               r"seite|glossar|liste|lexikon|glossaire|página|glosario|lista|pagina|glossario|woordenlijst|"
               r"ordliste|ordlista|sida|sivu|sanasto")
_ABOUT_THE_PAGE_RE = re.compile(
    r"\b(?:(?:this|these|our|diese[rsmn]?|dieses|unser[e]?|cette|ce|ces|esta|este|estas|nuestra|nuestro|"
    r"questa|questo|queste|deze|dit|onze|denne|dette|denna|detta|tämä|tällä|tässä)\s+(?:\w+\s+)?(?:"
    + _PAGE_NOUNS + r")|(?:terms|words|definitions|entries|list)\s+above)\b",
    re.IGNORECASE)


# The labels a page's remark goes under, and the site speaking in it.
_REMARK_LABEL_RE = re.compile(r"(?:note|nb|n\.b\.|please note|disclaimer|editor'?s note|about (?:this|these|our)\b|"
                              r"last (?:updated|reviewed)|updated|important|remember|hinweis|anmerkung|remarque|"
                              r"nota|opmerking|huom)\b", re.IGNORECASE)
_SITE_VOICE_WORD_RE = re.compile(r"\b(?:we|our|us|wir|unser\w*|nous|notre|nos|nosotros|nuestr[oa]s?|wij|onze|"
                                 r"vi|vår\w*|meidän)\b", re.IGNORECASE)


def _about_the_page(text: str) -> bool:
    """Return whether a line speaks of the page or list it stands in."""
    return bool(_ABOUT_THE_PAGE_RE.search(text))


def _paragraph_at(lines: list[Line], index: int) -> str:
    """Return the text of the paragraph that starts at ``index``: its lines up to a blank one."""
    texts = []
    for line in lines[index:]:
        if not line.text:
            break
        texts.append(line.text)
    return " ".join(texts)


def _without_page_remarks(lines: list[Line], starts: list[tuple[int, str, list[str]]]
                          ) -> tuple[list[tuple[int, str, list[str]]], int]:
    """Return the starts without the page's remarks after its list, and where the last entry ends.

    A help centre closes its list with a word on the page ("Note: we add new words to this
    list every season."): shaped as an entry of its own or as a paragraph under the last one,
    it is the page's, set aside from the entries above it.
    """
    end = len(lines)
    for _ in range(_CLOSING_MAX_ENTRIES):
        index, _term, opening = starts[-1]
        below = _next_text(lines, index)
        # An entry on a line holds its definition; a heading's or a bold term's is under it.
        said = [lines[index].text, *opening] if opening or below is None else [
            lines[index].text, _paragraph_at(lines, below[0])]
        # "Permalink: a link to this page that never changes" defines a term, as a noun
        # phrase opens a definition; a remark says something of the page.
        defined = bool(opening) and bool(re.match(r"an?\s", opening[0], re.IGNORECASE))
        # "Watchlist: pages an editor follows; edits to these pages …" defines a term that is
        # about pages: a remark is labelled as one ("Note:") or in the site's voice ("we add …").
        remark = bool(_REMARK_LABEL_RE.match(_term) or _SITE_VOICE_WORD_RE.search(" ".join(said)))
        if len(starts) <= _MIN_ENTRIES or defined or not remark or not _about_the_page(" ".join(said)):
            break
        starts, end = starts[:-1], index
    index = starts[-1][0]
    inline = all(opening for _, _, opening in starts)
    if (inline and len(starts) >= _MIN_ENTRIES and index + 2 < end and not lines[index + 1].text
            and all(b[0] == a[0] + 1 for a, b in zip(starts, starts[1:]))):
        # Entries one a line, with no line between them, then a paragraph set off by a blank
        # line ("Definitions are simplified …"): the list has ended, and the paragraph is the
        # page's, not the last entry's.
        return starts, index + 1
    for k in range(index + 1, end):
        # A paragraph of its own under the last entry's own text: after a blank line, or after
        # a finished sentence on a page that gives each entry one line.
        above = lines[k - 1].text
        if (lines[k].text and (not above or ends_sentence(above)) and _about_the_page(_paragraph_at(lines, k))
                and any(line.text for line in lines[index + 1 : k]) or (
                    k == index + 1 and starts[-1][2] and lines[k].text and _about_the_page(lines[k].text))):
            end = k
            break
    return starts, end


def _entries_from_starts(lines: list[Line], starts: list[tuple[int, str, list[str]]]) -> list[Entry]:
    """Cut the page at each (index, term, opening texts); an entry runs until the next one starts."""
    below = [k for k, line in enumerate(lines) if k > starts[0][0] and RULE_RE.match(line.text)]
    if len(below) == 1:
        # One rule across a list, with a line or two shaped as entries under it ("Next
        # session: …"): the list ends at the rule, and what follows is the page's notice.
        kept = [start for start in starts if start[0] < below[0]]
        if len(kept) >= _MIN_ENTRIES and len(starts) - len(kept) <= _CLOSING_MAX_ENTRIES:
            starts = kept
    starts, last_end = _without_page_remarks(lines, starts)
    entries = []
    for k, (index, term, opening) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else last_end
        number = lines[index].number
        body = [Line(number, "# " + term), *(Line(number, text) for text in opening),
                *lines[index + 1 : end]]
        entries.append(Entry(term, number, tuple(body)))
    if entries:
        # What precedes the first entry (the page's title and introduction) is no term's.
        preamble = tuple(line.text for line in lines[: starts[0][0]] if line.text)
        first = entries[0]
        entries[0] = Entry(first.name, first.line, first.lines, preamble)
        remarks = tuple(line.text for line in lines[last_end:] if line.text)
        last = entries[-1]
        entries[-1] = _without_closing(replace(last, closing=last.closing + remarks), entries[:-1])
    return entries


def _without_closing(last: Entry, others: list[Entry]) -> Entry:
    """Return the last entry without the page's closing lines: what follows a rule (``---``)
    that no other entry holds, the page's dates, prices and disclaimers after its list."""
    rules = [k for k, line in enumerate(last.lines) if RULE_RE.match(line.text)]
    if rules and not any(RULE_RE.match(line.text) for entry in others for line in entry.lines):
        cut, start = rules[0], rules[0] + 1
    else:
        # A link back to the top closes a letter's run of entries; after the last one, no
        # entry follows it, and it and the lines under it are the page's ("Definitions are
        # provided for general education …").
        tops = [k for k, line in enumerate(last.lines) if k > 1 and is_back_to_top(line.text)]
        if not tops:
            return last
        cut = start = tops[0]
    closing = tuple(line.text for line in last.lines[start:] if line.text)
    return replace(last, lines=last.lines[:cut], closing=last.closing + closing)


def _closing_after_definitions(entries: list[Entry]) -> list[Entry]:
    """Return a definition list's entries with the last one's trailing prose set aside when
    no other entry has prose beside its ": definition" lines: that prose is the page's."""
    if len(entries) < 2:
        return entries
    def prose(entry: Entry) -> list[Line]:
        # After the "# Term" line and the definition folded in from the ": …" lines.
        return [line for line in entry.lines[2:] if line.text and not line.text.startswith(":")
                and not _LETTER_RE.match(line.text) and not _is_noise(line.text)
                and not RULE_RE.match(line.text) and _heading(line) is None]
    if any(prose(entry) for entry in entries[:-1]):
        return entries
    last = entries[-1]
    tail = prose(last)
    if not tail:
        return entries
    first = last.lines.index(tail[0])
    closing = tuple(line.text for line in last.lines[first:] if line.text and not line.text.startswith(":"))
    kept = tuple(line for line in last.lines[:first]) + tuple(
        line for line in last.lines[first:] if line.text.startswith(":"))
    return [*entries[:-1], replace(last, lines=kept, closing=closing + last.closing)]


def _definition_list(lines: list[Line], synonyms: Mapping[str, str] | None) -> list[Entry]:
    starts: list[tuple[int, str, list[str]]] = []
    furniture: dict[int, str] = {}  # the site's "Log in" over ": Already a member? …", by line
    for index, line in enumerate(lines):
        if not line.text or line.text.startswith(":"):
            continue
        found = _next_text(lines, index)
        if _is_noise(line.text):
            after = []  # its definition lines, right under it
            for below in lines[index + 1:]:
                if not below.text.startswith(":"):
                    break
                after.append(below)
            said = f"{strip_emphasis(line.text)}: " + " ".join(x.text[1:].strip() for x in after)
            if not after:
                continue  # site text read as the noise it is where it stands
            if not defined_despite_words(said):
                # A menu item or a form's button shaped as a term ("Sign up" over "Create a free
                # account."): it and what stands beside it are the site's, set aside together.
                furniture.update({id(x): x.text for x in after})
                furniture[id(line)] = said
                continue
        if found and found[1].startswith(":") and found[0] == index + 1 and _is_term(
                strip_emphasis(line.text)):
            definitions = []
            for j in range(index + 1, len(lines)):
                if lines[j].text.startswith(":"):
                    definitions.append(lines[j].text[1:].strip())
                elif lines[j].text:
                    break
            starts.append((index, strip_emphasis(line.text), ["\n\n".join(definitions)]))
    if len(starts) < 2 or (_opens_an_article(lines[: starts[0][0]]) and not looks_like_list(lines)):
        return []
    entries = _closing_after_definitions(_entries_from_starts(lines, starts))
    entries = [replace(e, lines=tuple(x for x in e.lines if id(x) not in furniture),
                       furniture=tuple(furniture[id(x)] for x in e.lines
                                       if id(x) in furniture and not x.text.startswith(":")))
               for e in entries]
    # The ": definition" lines were folded into the opening; drop them from the bodies.
    return [replace(e, lines=tuple(x for x in e.lines if not x.text.startswith(":"))) for e in entries]


# The labels of a note under an entry, never a term of the list: "Example: a luff that
# flutters …", "Usage: …", "See also: …", "Note: …".
_NOTE_LABEL_RE = re.compile(r"^(?:examples?|e\.\s?g\.?|for example|usage|use|note|nb|n\.b\.|tip|see|see also|"
                            r"compare|cf\.?|synonyms?|antonyms?|opposite|plural|origin|etymology|pronunciation|"
                            r"related|contrast)$", re.IGNORECASE)


def _names_a_glossary(text: str) -> bool:
    """Return whether a short line without closing punctuation is a glossary's title: it ends
    in a word for one or opens with it ("Soil Science Glossary", "A–Z of sailing terms"), not
    a definition that uses the word ("the vocabulary of a trade")."""
    return (len(text.split()) <= _TERM_MAX_WORDS and not ends_sentence(text) and text[:1].isupper()
            and bool(_GLOSSARY_TITLE_RE.search(text)))


def _inline_entries(lines: list[Line], synonyms: Mapping[str, str] | None) -> list[Entry]:
    starts: list[tuple[int, str, list[str]]] = []
    prose = 0
    for index, line in enumerate(lines):
        text = line.text
        if not text or (_is_noise(text) and not defined_despite_words(text)):
            continue
        found = _inline(text)
        if found and _names_a_glossary(found[1]):
            # "GroundTruth Soil Lab — Soil Science Glossary": the site's name and the page's
            # title, no entry.
            found = None
        if found and not _topic_like(found[0], synonyms):
            term, rest = found
            starts.append((index, term, [rest[:1].upper() + rest[1:]]))
        elif found is None and _heading(line) is None:
            prose += 1
        if found is None:
            bold = re.fullmatch(r"(\*\*|__)(.+?)\1", text)
            nxt = _next_text(lines, index)
            if (bold and _is_term(bold.group(2)) and not _topic_like(bold.group(2), synonyms)
                    and nxt and _heading(lines[nxt[0]]) is None):
                # A bold term on a line of its own, its paragraph below.
                starts.append((index, bold.group(2).strip(), []))
    # A note's label line under an entry is part of that entry.
    starts = [start for start in starts if not _NOTE_LABEL_RE.match(start[1])]
    # Entries make up most of the page; a page of one term may hold a few "Label: value" lines.
    if len(starts) < _MIN_ENTRIES or len(starts) < prose:
        return []
    if _labels_of_an_article(lines[: starts[0][0]]) and not looks_like_list(lines):
        return []
    return _entries_from_starts(lines, starts)


def _heading_entries(lines: list[Line], synonyms: Mapping[str, str] | None) -> list[Entry]:
    candidates: list[tuple[int, int, str]] = []  # (index, level, term)
    listed = looks_like_list(lines)
    for index, line in enumerate(lines):
        if not line.text or _is_noise(line.text):
            continue
        heading = _heading(line)
        if heading is None:
            continue
        level, term = heading
        nxt = _next_text(lines, index)
        if nxt is None or _heading(lines[nxt[0]]) is not None or _topic_like(term, synonyms):
            continue
        # A glossary's definitions need not repeat their term ("Caldera" over "A large basin
        # …"); elsewhere a heading over a paragraph that does not name it is a section.
        if not (listed or _mentions(nxt[1], term)) or not _is_term(term):
            continue
        candidates.append((index, level, term))
    named = [_opens_with_term(_next_text(lines, index)[1], term) for index, _, term in candidates]  # type: ignore[index]
    trailing = len(named) - (max(k for k, said in enumerate(named) if said) + 1) if any(named) else 0
    if 0 < trailing <= _CLOSING_MAX_ENTRIES and len(named) - trailing >= _MIN_ENTRIES:
        # Every entry's paragraph opens with its term but the last one or two ("License" over
        # "The code is released under …"): those are the page's closing parts, not terms.
        candidates = candidates[:-trailing]
    if len(candidates) < _MIN_ENTRIES:
        return []
    level = Counter(level for _, level, _ in candidates).most_common(1)[0][0]
    starts = [(index, term, []) for index, lvl, term in candidates if lvl == level]
    if len(starts) < _MIN_ENTRIES or _same_subject(lines, starts):
        return []
    if not listed and _defined_above(lines, starts[0][0]) and not _each_names_its_term(lines, starts):
        # "The balanced scorecard is a … framework …" above "Perspectives", "Strategy maps",
        # "Criticism": the page opens with its one term's definition, and the headings
        # are that term's sections, even where their paragraphs mention their words.
        return []
    # In a list of terms nearly every heading of that level is a term over its paragraph;
    # an article's headings ("Transmission", "Diagnosis", "Prevention") only now and then
    # repeat their word in the paragraph below.
    # The page's own title lines, above the first entry, are not among them.
    peers = [line for line in lines[starts[0][0]:] if line.text and not _is_noise(line.text)
             and (_heading(line) or (0, ""))[0] == level
             and not _topic_like((_heading(line) or (0, ""))[1], synonyms)]
    if len(starts) * 3 < len(peers) * 2:
        return []
    return _without_closing_headings(_entries_from_starts(lines, starts), level, synonyms)


def _without_closing_headings(entries: list[Entry], level: int, synonyms: Mapping[str, str] | None) -> list[Entry]:
    """Return the entries with the last one's trailing headings at the entries' own level set
    aside, when they are no entry and no topic and no other entry holds such a heading: a
    project's "Contributing" or "License" after its glossary is the page's, not the term's."""
    def own_level(entry: Entry) -> list[int]:
        return [k for k, line in enumerate(entry.lines) if k > 0 and line.text and level <= 6
                and (found := _heading(line)) is not None and found[0] == level
                and not _topic_like(found[1], synonyms)]
    if len(entries) < 2 or any(own_level(entry) for entry in entries[:-1]):
        return entries
    last = entries[-1]
    cuts = own_level(last)
    if not cuts:
        return entries
    closing = tuple(line.text for line in last.lines[cuts[0]:] if line.text)
    return [*entries[:-1], replace(last, lines=last.lines[:cuts[0]], closing=last.closing + closing)]


# A definition's opening: a name of a few words, then the verb that defines it.
_DEFINES_RE = re.compile(r"(?:(?:the|an?)\s+)?[^\W\d][\w'’()-]*(?:\s+[\w'’()-]+){0,5}?\s+"
                         r"(?:is|are|was|refers\s+to|means|describes|denotes)\s", re.IGNORECASE)


def _defined_above(lines: list[Line], index: int) -> bool:
    """Return whether the page's text above line ``index`` opens with a paragraph that defines
    a term (several words, a whole sentence, "X is …"), with no heading above it and no
    remark about the page in it: an article's definition, not a list's title."""
    texts = [line.text for line in lines[:index] if line.text and not _is_noise(line.text)]
    if not texts or heading_text(texts[0]) is not None:
        return False
    first = strip_emphasis(texts[0])
    return len(first.split()) >= 8 and ends_sentence(first) and bool(_DEFINES_RE.match(first)) and \
        not _about_the_page(first)


def _each_names_its_term(lines: list[Line], starts: list[tuple[int, str, list[str]]]) -> bool:
    """Return whether nearly every heading's paragraph opens with the heading's whole term
    ("Clove hitch" over "A clove hitch is …"), as a list's entries do; an article's parts
    ("Ghrelin and sleep") open with their subject at most."""
    def names(index: int, term: str) -> bool:
        below = _next_text(lines, index)
        text = re.sub(r"^(?:an?|the)\s+", "", strip_emphasis(below[1]) if below else "", flags=re.IGNORECASE)
        return text.casefold().startswith(strip_emphasis(term).casefold())
    return sum(1 for index, term, _ in starts if names(index, term)) * 4 >= len(starts) * 3


def _same_subject(lines: list[Line], starts: list[tuple[int, str, list[str]]]) -> bool:
    """Return whether the headings are the parts of one article ("Ghrelin and sleep", "Ghrelin in obesity")."""
    words = [set(re.findall(r"\w{4,}", term.casefold())) for _, term, _ in starts]
    common = Counter(w for found in words for w in found).most_common(1)
    if common and common[0][1] * 2 > len(starts) and not (looks_like_list(lines) or _each_names_its_term(lines, starts)):
        # A glossary's terms may share a word ("Reef knot", "Overhand knot"): a page that says
        # it is one, or whose paragraphs each open with their own heading's whole term, lists them.
        return True
    # Under a title that names the page's one term, the headings are its sections.
    first = next((line for line in lines[: starts[0][0]] if line.text), None)
    title = heading_text(first.text) if first is not None else None
    if not title or _LIST_TITLE_RE.search(title):
        return False
    title_words = set(re.findall(r"\w{4,}", title.casefold()))
    if sum(1 for found in words if found & title_words) * 2 > len(starts):
        return True
    # A title followed by a paragraph about it is an article's opening: its headings
    # ("Sleep", "Obesity") are parts of that one term.
    return any(line.text and heading_text(line.text) is None and _mentions(line.text, title)
               for line in lines[: starts[0][0]])
