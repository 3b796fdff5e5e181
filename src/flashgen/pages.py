"""Read glossary term pages (plain text or markdown) into terms, and write terms back as term files.

A page opens with the term's definition, which names the term ("“Leaky Gut,” formally
known as ...", "Cortisol awakening response (CAR) is ...") or follows a ``# Title``
line. Short lines without closing punctuation are headings; the prose under each becomes
a section. Pages copied from websites carry noise: cookie banners, marketing teasers and
"related article" blurbs. The reader keeps them off the cards but never drops them: teasers
and related blurbs go to ``Term.related``, banners and boilerplate to ``Term.discarded``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from .errors import FlashgenError, OutputError, Problem, ValidationError, display_path
from .model import Section, Term
from .output import write_atomic
from .topics import STANDARD_TOPICS, slug, topic_key
from .terms import CLOZE_KEYS, existing_cloze_keys

#: The file name endings of pages; folders expand to the files with these endings.
PAGE_SUFFIXES = (".txt", ".md")

# Heading limits: page headings are a few words ("Clinical Applications"); anything longer
# is a sentence that happens to lack a full stop.
_HEADING_MAX_WORDS = 8
_HEADING_MAX_CHARS = 60
# Names and aliases longer than this are a misread sentence, not a name.
_NAME_MAX_WORDS = 8
# A line has to be this long to count as repeated boilerplate; short lines such as
# "Mechanism" legitimately occur on every page.
_REPEAT_MIN_WORDS = 4
# Hard-wrapped lines are at most this long; a longer line is a whole paragraph.
_WRAP_MAX_CHARS = 120

#: Phrases of cookie/consent banners and site chrome; a line containing one is boilerplate.
BANNER_PHRASES: tuple[str, ...] = (
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "use of cookies",
    "cookie preferences",
    "cookie settings",
    "cookie policy",
    "cookie consent",
    "accept all cookies",
    "accept cookies",
    "reject all cookies",
    "manage your preferences",
    "manage preferences",
    "privacy policy",
    "privacy preferences",
    "consent preferences",
    "all rights reserved",
    "terms of service",
    "terms of use",
    "subscribe to our newsletter",
    "sign up for our newsletter",
    "join our newsletter",
    "our free resources",
    "personalized marketing",
    "personalised marketing",
    "skip to content",
    "skip to main content",
    "back to top",
    "share this article",
    "share this page",
)

# "Cookies" next to a word about websites is a banner even in wording we have not seen;
# on its own the word may be food.
_COOKIE_RE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_WEB_WORD_RE = re.compile(
    r"\b(?:website|site|browser|browsing|visitors?|preferences|consent|tracking|analytics|"
    r"traffic|personali[sz]\w*|advertising|third[- ]party)\b",
    re.IGNORECASE,
)

# A blurb line pointing at another article ("Related: ...", "Read more: ...").
_RELATED_LINE_RE = re.compile(
    r"^(?:related(?: articles?| reading| posts?| topics?)?|read more|read next|see also|"
    r"further reading|recommended(?: reading)?|you may also like|you might also like)\s*[:\-–—]",
    re.IGNORECASE,
)
# A heading whose lines are all blurbs pointing elsewhere.
_RELATED_HEADINGS = frozenset(
    {
        "related",
        "related article",
        "related articles",
        "related reading",
        "related post",
        "related posts",
        "related topics",
        "read more",
        "read next",
        "see also",
        "further reading",
        "recommended reading",
        "you may also like",
        "you might also like",
    }
)

_MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")
_RULE_RE = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)\]]*$")
# Split after the full stop and any closing quote, keeping both with their sentence.
_SENTENCE_SPLIT_RE = re.compile(
    r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)\]]))\s+(?=[\"“‘(\[]?[A-Z0-9])"
)
_EMPHASIS_RE = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")

# Words that open a paragraph continuing the one before; a teaser starts afresh.
_CONTINUATION_RE = re.compile(
    r"^(?:this|these|that|those|it|its|they|their|them|such|however|therefore|thus|hence|"
    r"additionally|also|moreover|furthermore|in addition|as a result|consequently|because|"
    r"but|and|or|so|which|for example|for instance|similarly|likewise|in contrast|"
    r"conversely|in turn|here|he|she|the same|the term|the condition|the process|"
    r"in practice|in short|overall|finally|otherwise|instead|still|yet)\b",
    re.IGNORECASE,
)

# Where a plain leading noun phrase ends: punctuation, or the verb of the defining sentence.
_NAME_END_RE = re.compile(
    r",|;|:|\s\(|\s[—–-]\s|\s(?:is|are|was|were|describes?|refers?|means|denotes|represents|"
    r"defines|involves|occurs|can|may|has|have|encompasses|signifies|indicates|serves|acts|"
    r"consists|comprises|includes|constitutes|reflects|measures|quantifies|characterizes|"
    r"characterises|plays|helps|affects|influences|regulates)\b",
    re.IGNORECASE,
)
# Without "^": Pattern.match(text, pos) anchors at pos, and "^" would only match at 0.
_ARTICLE_RE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_ALIAS_CUE_RE = re.compile(
    r"\b(?:(?:also|sometimes|commonly|often|frequently|popularly|colloquially|informally|"
    r"otherwise)\s+(?:\w+ly\s+)?called|(?:\w+ly\s+)?known\s+as|referred\s+to\s+as)\s+",
    re.IGNORECASE,
)
_ALIAS_END_RE = re.compile(
    r"[,;:.()\[\]\"“”]|\s(?:and|which|that|who|is|are|was|were|describes?|refers?|means|"
    r"denotes|represents|involves|occurs|can|may|has|have|in|by)\b",
    re.IGNORECASE,
)
_QUOTES = {"“": "”", '"': '"', "‘": "’"}
_ABBREVIATION_RE = re.compile(r"^\s*\(\s*([A-Za-z0-9][\w./&+–-]{0,11})\s*\)")

# Bytes and characters that no text page contains; their presence means a wrong guess.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_WESTERN_EXTRAS = set("“”‘’„‚–—…•·°±×÷§¶©®™€£¥¢µ¼½¾¹²³¿¡«»\u00a0")


@dataclass(frozen=True)
class PageRun:
    """The terms read from one run of pages, the warnings met and how many lines were set aside."""

    terms: tuple[Term, ...]
    warnings: tuple[Problem, ...]
    set_aside: int


# --------------------------------------------------------------------------- decoding


def decode_page(data: bytes, path: str | Path) -> tuple[str, Problem | None]:
    """Return the page's text and a warning naming the guessed encoding when it was not UTF-8.

    Raises ``ValidationError`` naming the file when no encoding gives believable text.
    """
    where = display_path(path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ValidationError(
                "starts like UTF-16 but cannot be decoded as UTF-16", path
            ) from None
        _check_plausible(text, path, "UTF-16")
        return text, Problem(where, None, "read as UTF-16 (byte order mark found), not UTF-8")
    if b"\x00" in data:
        raise ValidationError("contains NUL bytes; not a text page (or UTF-16 without BOM)", path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        _check_plausible(text, path, "UTF-8")
        return text, None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        # Bytes cp1252 leaves undefined (0x81, 0x8d, ...) mean the page is something else;
        # Latin-1 would map them to control characters, i.e. mojibake.
        raise ValidationError(
            f"not UTF-8 (bad byte at offset {utf8_error.start}) and not Windows-1252/Latin-1; "
            "save the page as UTF-8",
            path,
        ) from None
    if not _looks_western(text):
        raise ValidationError(
            f"not UTF-8 (bad byte at offset {utf8_error.start}) and decoding it as "
            "Windows-1252/Latin-1 gives unlikely characters; save the page as UTF-8",
            path,
        )
    _check_plausible(text, path, "Windows-1252")
    return text, Problem(
        where, None, "not UTF-8; read as Windows-1252 (Latin-1) — check accented letters"
    )


def _check_plausible(text: str, path: str | Path, encoding: str) -> None:
    match = _CONTROL_RE.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise ValidationError(
            f"contains control character U+{ord(match.group()):04X} when read as {encoding}; "
            "not a text page",
            path,
            line,
        )


def _looks_western(text: str) -> bool:
    # Western European text is mostly ASCII with a few accented letters and typographic
    # marks; a high share of other characters means the bytes were some other encoding.
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return True
    for c in non_ascii:
        if c not in _WESTERN_EXTRAS and not unicodedata.category(c).startswith("L"):
            return False
    visible = sum(1 for c in text if not c.isspace())
    return len(non_ascii) * 5 <= visible


# --------------------------------------------------------------------------- lines


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based, counting the page's original lines
    text: str  # stripped


def _lines(text: str) -> list[_Line]:
    # Split on line breaks only: str.splitlines would also split on form feeds and
    # Unicode separators and shift every line number after them.
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return [_Line(i, raw.strip()) for i, raw in enumerate(text.split("\n"), start=1)]


def _normal_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _is_banner(text: str) -> bool:
    lowered = text.casefold()
    if any(phrase in lowered for phrase in BANNER_PHRASES):
        return True
    return bool(_COOKIE_RE.search(text) and _WEB_WORD_RE.search(text))


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END_RE.search(text))


def _heading_text(text: str) -> str | None:
    """Return the heading a line is (without ``#`` marks, colon, emphasis), or None."""
    md = _MD_HEADING_RE.match(text)
    if md:
        inner = md.group(2).rstrip(":").strip()
        return _strip_emphasis(inner) or None
    if _LIST_RE.match(text) or _RULE_RE.match(text):
        return None
    inner = _strip_emphasis(text.rstrip(":").strip())
    if not inner or len(inner) > _HEADING_MAX_CHARS:
        return None
    if len(inner.split()) > _HEADING_MAX_WORDS:
        return None
    if inner[-1] in ".!?…,;" or _ends_sentence(inner):
        return None
    if not any(c.isalpha() for c in inner):
        return None
    return inner


def _strip_emphasis(text: str) -> str:
    match = _EMPHASIS_RE.match(text)
    return match.group(2).strip() if match else text


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_SPLIT_RE.split(text.strip()) if s.strip()]


# --------------------------------------------------------------------------- parsing


@dataclass(frozen=True)
class _Block:
    """A heading (or the opening, heading None) and the lines of prose under it."""

    heading: str | None
    line: int
    lines: tuple[_Line, ...]
    source: str = ""  # the heading line as written


@dataclass(frozen=True)
class _Paragraph:
    """A paragraph's text, its first line number and the page lines it was made of."""

    text: str
    line: int
    lines: tuple[_Line, ...]


def parse_page(
    text: str,
    path: str,
    deck: str,
    *,
    synonyms: Mapping[str, str] | None = None,
    noise_lines: frozenset[str] = frozenset(),
) -> Term:
    """Return the term a page's text describes.

    ``noise_lines`` holds lines (lower case, single spaces) known to repeat across the pages
    of a run; they are set aside as boilerplate. Raises ``ValidationError`` with file and line.
    """
    path = str(path)
    lines = _lines(text)
    if not any(line.text for line in lines):
        raise ValidationError("page is empty", path)

    discarded: list[_Line] = []
    related: list[_Line] = []

    # A banner near the end swallows what follows it: cookie dialogs are a block of lines,
    # some of which ("Manage settings") match no phrase on their own. The block starts at the
    # earliest banner line below the page's last real prose (a heading with text under it,
    # or a paragraph of several sentences).
    tail = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        current = lines[index].text
        if not current:
            continue
        if _is_banner(current):
            tail = index
        elif _heading_text(current) is not None:
            if _has_prose_after(lines, index):
                break
        elif len(_sentences(current)) > 1:
            break
    discarded.extend(line for line in lines[tail:] if line.text)

    body: list[_Line | None] = []  # None stands for a paragraph break
    for line in lines[:tail]:
        if not line.text or _RULE_RE.match(line.text):
            body.append(None)
        elif _is_banner(line.text) or _normal_line(line.text) in noise_lines:
            discarded.append(line)
            body.append(None)
        elif _RELATED_LINE_RE.match(line.text):
            related.append(line)
            body.append(None)
        else:
            body.append(line)

    if not any(body):
        repeated = sum(1 for line in discarded if _normal_line(line.text) in noise_lines)
        hint = f", {repeated} of them repeated on other pages of the run" if repeated else ""
        raise ValidationError(
            f"no term text: the page holds only boilerplate ({len(discarded)} line(s) set aside"
            f"{hint})",
            path,
        )

    title, blocks = _blocks(body, synonyms)
    wrapped = _is_wrapped(blocks)
    opening = _paragraphs(blocks[0].lines, wrapped)
    kept: list[tuple[_Block, list[_Paragraph]]] = []
    for block in blocks[1:]:
        paragraphs = _paragraphs(block.lines, wrapped)
        if _normal_line(block.heading or "") in _RELATED_HEADINGS:
            # Blurbs under a "Related articles" heading point at other pages.
            discarded.append(_Line(block.line, block.source))
            related.extend(line for line in block.lines if line.text)
        elif not paragraphs:
            # A heading with nothing under it makes no card; on copied pages it is mostly
            # chrome such as "Advertisement" or "Share".
            discarded.append(_Line(block.line, block.source))
        else:
            kept.append((block, paragraphs))

    if not opening and kept and topic_key(kept[0][0].heading or "", synonyms) == "definition":
        # "## Definition" as the first heading: its prose is the opening.
        opening = kept.pop(0)[1]
    if not opening:
        first = blocks[1].line if len(blocks) > 1 else (title.number if title else 1)
        raise ValidationError(
            "no definition: the page must open with a paragraph that names the term", path, first
        )

    name, aliases = _name_and_aliases(
        opening[0].text, title.text if title else None, path, opening[0].line
    )

    # Teasers trail the last block with prose: one-sentence paragraphs that start afresh.
    last = kept[-1][1] if kept else opening
    teasers = _trailing_teasers(last, (name, *aliases))
    if teasers:
        related.extend(line for paragraph in last[-teasers:] for line in paragraph.lines)
        del last[-teasers:]

    sections = tuple(
        Section(
            heading=block.heading or "",
            topic=topic_key(block.heading or "", synonyms),
            text="\n\n".join(p.text for p in paragraphs),
            line=block.line,
        )
        for block, paragraphs in kept
    )

    # A name written only in letters with no ASCII form (Greek, Cyrillic …) takes its id
    # from the page's file name instead.
    term_id = slug(name) or slug(Path(path).stem)
    if not term_id:
        raise ValidationError(f"neither the term name {name!r} nor the file name gives an id "
                              "of ASCII letters or digits; rename the file", path, 1)
    related.sort(key=lambda line: line.number)
    discarded.sort(key=lambda line: line.number)
    return Term(
        id=term_id,
        name=name,
        definition="\n\n".join(p.text for p in opening),
        deck=deck,
        aliases=tuple(aliases),
        sections=sections,
        related=tuple(line.text for line in related),
        discarded=tuple(line.text for line in discarded),
        # The page's file is where the text was saved, not where it came from: a local
        # path on every card would only be noise. The term file notes it (term_to_yaml).
        source=None,
        path=path,
        line=1,
        definition_line=opening[0].line,
    )


def _has_prose_after(lines: list[_Line], index: int) -> bool:
    # A heading ends the banner search only when real text follows it; a short line between
    # banner lines is part of the banner.
    for line in lines[index + 1 :]:
        if line.text:
            return not _is_banner(line.text)
    return False


def _blocks(
    body: list[_Line | None], synonyms: Mapping[str, str] | None
) -> tuple[_Line | None, list[_Block]]:
    """Return the page's title line (or None) and its blocks: the opening, then one per heading."""
    items = list(body)
    following_line: list[_Line | None] = [None] * len(items)
    for index in range(len(items) - 2, -1, -1):
        after = items[index + 1]
        following_line[index] = after if after is not None else following_line[index + 1]
    title: _Line | None = None
    opening_line = -1
    first_index = next(i for i, line in enumerate(items) if line is not None)
    first = items[first_index]
    md = _MD_HEADING_RE.match(first.text)
    if md and len(md.group(1)) == 1 and _heading_text(first.text):
        title = _Line(first.number, _heading_text(first.text) or "")
        items[first_index] = None
    elif not md:
        heading = _heading_text(first.text)
        following = following_line[first_index]
        # A bare first line such as "Leaky Gut" is the title unless it names a topic or
        # reads like a sentence missing its full stop ("Leptin is a fat hormone").
        if (
            heading
            and not first.text.endswith(":")
            and not _NAME_END_RE.search(heading)
            and topic_key(heading, synonyms) not in STANDARD_TOPICS
            and following is not None
            and _heading_text(following.text) is None
        ):
            title = _Line(first.number, heading)
            items[first_index] = None
        elif (
            heading
            and _NAME_END_RE.search(heading)
            and topic_key(heading, synonyms) not in STANDARD_TOPICS
        ):
            # It opens the definition; the loop below must not take it for a heading.
            opening_line = first_index

    blocks: list[_Block] = []
    current_heading: str | None = None
    current_source = ""
    current_line = 1
    current: list[_Line | None] = []
    previous: _Line | None = None  # the previous non-blank line, None after a break
    for index, line in enumerate(items):
        if line is None:
            current.append(None)
            previous = None
            continue
        heading = _heading_text(line.text) if index != opening_line else None
        is_md = bool(_MD_HEADING_RE.match(line.text))
        if heading and not is_md:
            # A short line right after an unfinished one is its continuation, and a lead-in
            # ("Common triggers include:") before a list is prose.
            nxt = following_line[index]
            continues = (
                previous is not None
                and not _ends_sentence(previous.text)
                and _heading_text(previous.text) is None
                and not _LIST_RE.match(previous.text)
            )
            lead_in = line.text.endswith(":") and nxt is not None and _LIST_RE.match(nxt.text)
            if continues or lead_in:
                heading = None
        if heading:
            blocks.append(
                _Block(current_heading, current_line, tuple(_with_breaks(current)), current_source)
            )
            current_heading, current_line, current = heading, line.number, []
            current_source = line.text
            previous = line
            continue
        current.append(line)
        previous = line
    blocks.append(
        _Block(current_heading, current_line, tuple(_with_breaks(current)), current_source)
    )
    return title, blocks


def _with_breaks(items: list[_Line | None]) -> list[_Line]:
    # Paragraph breaks travel as a line with empty text so that blocks stay frozen tuples.
    out: list[_Line] = []
    for item in items:
        out.append(item if item is not None else _Line(0, ""))
    return out


def _groups(lines: tuple[_Line, ...]) -> list[list[_Line]]:
    groups: list[list[_Line]] = [[]]
    for line in lines:
        if line.text:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [group for group in groups if group]


def _is_wrapped(blocks: list[_Block]) -> bool:
    """Return whether the page hard-wraps its paragraphs rather than giving each its own line."""
    # Pages copied from websites put each paragraph on one long line; hand-written pages
    # wrap lines inside a paragraph. A short line ending mid-sentence and followed by more
    # prose tells the second kind apart.
    for block in blocks:
        for group in _groups(block.lines):
            for a, b in zip(group, group[1:]):
                if (
                    len(a.text) <= _WRAP_MAX_CHARS
                    and not _ends_sentence(a.text)
                    and not _LIST_RE.match(b.text)
                ):
                    return True
    return False


def _paragraphs(
    lines: tuple[_Line, ...], wrapped: bool
) -> list[_Paragraph]:
    """Return the paragraphs of a block."""
    out: list[_Paragraph] = []
    for group in _groups(lines):
        current: list[_Line] = []
        text = ""
        for line in group:
            if current and _LIST_RE.match(line.text):
                text += "\n" + line.text
                current.append(line)
            elif current and wrapped:
                text += " " + line.text
                current.append(line)
            else:
                if current:
                    out.append(_Paragraph(text, current[0].number, tuple(current)))
                current, text = [line], line.text
        if current:
            out.append(_Paragraph(text, current[0].number, tuple(current)))
    return out


def _trailing_teasers(paragraphs: list[_Paragraph], names: tuple[str, ...]) -> int:
    """Return how many paragraphs at the end of a block are teasers for other articles."""
    lowered_names = [n.casefold() for n in names if n]
    count = 0
    # The first paragraph under a heading is the section itself, never a teaser.
    for paragraph in reversed(paragraphs[1:]):
        text = paragraph.text
        if len(paragraph.lines) != 1 or len(_sentences(text)) != 1 or not _ends_sentence(text):
            break
        if _CONTINUATION_RE.match(text) or text[:1].islower():
            break
        if any(n in text.casefold() for n in lowered_names):
            break
        count += 1
    # One short closing sentence is too often the author's own; teasers come in runs.
    return count if count >= 2 else 0


# --------------------------------------------------------------------------- names


def _name_and_aliases(
    paragraph: str, title: str | None, path: str, line: int
) -> tuple[str, list[str]]:
    sentences = _sentences(paragraph)
    sentence = sentences[0] if sentences else paragraph
    name_end = 0
    name: str | None = None
    if title:
        name = title
        # "# Cortisol Awakening Response" then "The cortisol awakening response (CAR) ..."
        found = re.search(re.escape(title), sentence, re.IGNORECASE)
        name_end = found.end() if found else -1
    else:
        quote = sentence[:1]
        if quote in _QUOTES:
            close = sentence.find(_QUOTES[quote], 1)
            if close > 1:
                name = sentence[1:close].strip().rstrip(",.;:").strip()
                name_end = close + 1
        if name is None:
            article = _ARTICLE_RE.match(sentence)
            start = article.end() if article else 0
            end = _NAME_END_RE.search(sentence, start)
            if end:
                name = sentence[start : end.start()].strip()
                name_end = end.start()
            if name:
                # Markdown pages often bold the term: "**Leaky gut** is ...".
                name = _strip_emphasis(name)
            if name and name.islower():
                name = name[:1].upper() + name[1:]
    if not name or len(name.split()) > _NAME_MAX_WORDS or not any(c.isalnum() for c in name):
        raise ValidationError(
            "cannot find the term's name: start the page with it (“Name,” ..., "
            "Name is ..., or a '# Name' title line)",
            path,
            line,
        )

    aliases: list[str] = []
    if name_end >= 0:
        aliases.extend(_abbreviation_at(sentence, name_end))
    for cue in _ALIAS_CUE_RE.finditer(sentence):
        for alias, end in _aliases_at(sentence, cue.end()):
            aliases.append(alias)
            aliases.extend(_abbreviation_at(sentence, end))

    unique: list[str] = []
    seen = {name.casefold()}
    for alias in aliases:
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            unique.append(alias)
    return name, unique


def _aliases_at(sentence: str, start: int) -> list[tuple[str, int]]:
    """Return (alias, end offset) for the name(s) after an "also called" cue."""
    out: list[tuple[str, int]] = []
    pos = start
    while pos < len(sentence):
        # "known as the “estrogen-metabolizing microbiome”": the article is not the name.
        article = _ARTICLE_RE.match(sentence, pos)
        if article:
            pos = article.end()
        if pos >= len(sentence):
            break
        quote = sentence[pos]
        if quote in _QUOTES:
            close = sentence.find(_QUOTES[quote], pos + 1)
            if close < 0:
                break
            alias = sentence[pos + 1 : close].strip().rstrip(",.;:").strip()
            end = close + 1
        else:
            stop = _ALIAS_END_RE.search(sentence, pos)
            end = stop.start() if stop else len(sentence)
            alias = sentence[pos:end]
            # "known as leaky gut or intestinal hyperpermeability" names two.
            parts = [p.strip() for p in re.split(r"\s+or\s+", alias) if p.strip()]
            for part in parts:
                if len(part.split()) <= _NAME_MAX_WORDS:
                    out.append((part, end))
            break
        if alias and len(alias.split()) <= _NAME_MAX_WORDS:
            out.append((alias, end))
        more = re.match(r"\s*,?\s+or\s+", sentence[end:])
        if not more:
            break
        pos = end + more.end()
    return out


def _abbreviation_at(sentence: str, offset: int) -> list[str]:
    match = _ABBREVIATION_RE.match(sentence[offset:])
    if not match:
        return []
    abbreviation = match.group(1)
    if not any(c.isupper() for c in abbreviation):
        return []
    return [abbreviation]


# --------------------------------------------------------------------------- runs


def _expand(paths: Iterable[Path | str]) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    problems: list[Problem] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                (p for p in path.iterdir() if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES),
                key=lambda p: p.name,
            )
            if not found:
                problems.append(
                    Problem(display_path(path), None, "folder holds no .txt or .md pages")
                )
            candidates = found
        elif path.is_file():
            if path.suffix.lower() not in PAGE_SUFFIXES:
                problems.append(
                    Problem(display_path(path), None, "not a page: expected a .txt or .md file")
                )
                continue
            candidates = [path]
        else:
            problems.append(Problem(display_path(path), None, "no such file or folder"))
            continue
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                files.append(candidate)
    return files, problems


def repeated_lines(texts: Iterable[str]) -> frozenset[str]:
    """Return the prose lines (lower case, single spaces) that occur on two or more of the pages."""
    counts: Counter[str] = Counter()
    for text in texts:
        page_lines = set()
        for line in _lines(text):
            if len(line.text.split()) >= _REPEAT_MIN_WORDS and _heading_text(line.text) is None:
                page_lines.add(_normal_line(line.text))
        counts.update(page_lines)
    return frozenset(line for line, n in counts.items() if n >= 2)


def read_pages(
    paths: Iterable[Path | str],
    deck: str,
    *,
    synonyms: Mapping[str, str] | None = None,
    keep_going: bool = False,
) -> PageRun:
    """Return the terms of the given pages and folders of pages, read together as one run.

    Lines repeated across the run's pages are boilerplate. Without ``keep_going`` any bad
    page raises one ``ValidationError`` listing every bad page; with it, bad pages are
    skipped and reported among the warnings.
    """
    files, problems = _expand(paths)
    warnings: list[Problem] = []
    # Problems are listed in page order, whichever stage found them.
    page_problems: dict[Path, list[Problem]] = {file: [] for file in files}
    texts: list[tuple[Path, str]] = []
    for file in files:
        try:
            data = file.read_bytes()
        except OSError as exc:
            page_problems[file].append(
                Problem(display_path(file), None, f"cannot read: {exc.strerror or exc}")
            )
            continue
        try:
            text, warning = decode_page(data, file)
        except FlashgenError as exc:
            page_problems[file].extend(exc.problems)
            continue
        if warning:
            warnings.append(warning)
        texts.append((file, text))

    noise = repeated_lines(text for _, text in texts)
    terms: list[Term] = []
    for file, text in texts:
        try:
            terms.append(parse_page(text, str(file), deck, synonyms=synonyms, noise_lines=noise))
        except FlashgenError as exc:
            page_problems[file].extend(exc.problems)
    for file in files:
        problems.extend(page_problems[file])

    if problems and not keep_going:
        raise ValidationError.from_problems(problems)
    warnings.extend(Problem(p.path, p.line, f"skipped: {p.message}") for p in problems)
    set_aside = sum(len(t.related) + len(t.discarded) for t in terms)
    return PageRun(terms=tuple(terms), warnings=tuple(warnings), set_aside=set_aside)


# --------------------------------------------------------------------------- term files


_YAML_BREAKS = ("\x85", "\u2028", "\u2029")


class _TermDumper(yaml.SafeDumper):
    """A safe dumper that writes multi-line strings as literal blocks."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # PyYAML falls back to a quoted style by itself when a block cannot hold the value
    # (trailing spaces, special characters), so asking for "|" never loses text. NEL and
    # the Unicode line/paragraph separators are the exception: YAML reads them as line
    # breaks, and only the double-quoted style escapes them.
    if any(c in value for c in _YAML_BREAKS):
        style = '"'
    elif "\n" in value:
        style = "|"
    else:
        style = None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_TermDumper.add_representer(str, _represent_str)


def term_to_yaml(term: Term) -> str:
    """Return the term as the text of a term file."""
    data: dict[str, object] = {"id": term.id, "name": term.name}
    if term.aliases:
        data["aliases"] = list(term.aliases)
    data["definition"] = term.definition
    data["sections"] = [{"heading": s.heading, "text": s.text} for s in term.sections]
    if term.related:
        data["related"] = list(term.related)
    if term.discarded:
        data["discarded"] = list(term.discarded)
    if term.source:
        data["source"] = term.source
    steer = {k: list(getattr(term.cloze, k)) for k in CLOZE_KEYS if getattr(term.cloze, k)}
    if steer:
        data["cloze"] = steer
    text = yaml.dump(
        data,
        Dumper=_TermDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=4096,
    )
    if term.source or not term.path:
        return text
    origin = " ".join(Path(term.path).name.split())
    return (f"# Imported from {origin}. Add 'source:' (a web address or a book) to show\n"
            f"# on the cards where the text comes from.\n{text}")


def write_term_files(terms: Iterable[Term], out_dir: Path | str) -> list[Path]:
    """Return the paths of the ``<id>.yaml`` files written into ``out_dir``, one per term.

    Each file is replaced atomically. Two terms with the same id, or an id that is not a
    slug, raise ``OutputError`` naming the pages before anything is written.
    """
    terms = list(terms)
    by_id: dict[str, Term] = {}
    problems: list[Problem] = []
    for term in terms:
        if not term.id or slug(term.id) != term.id:
            # The id becomes a file name; anything but a slug could leave the folder.
            problems.append(Problem(term.path or None, None, f"term id {term.id!r} is not a slug"))
        elif term.id in by_id:
            first = by_id[term.id]
            problems.append(
                Problem(
                    term.path or None,
                    None,
                    f"term id {term.id!r} is also the id of {first.path or first.name!r}; "
                    "rename one of the terms",
                )
            )
        else:
            by_id[term.id] = term
    if problems:
        raise OutputError.from_problems(problems)

    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create folder: {exc.strerror or exc}", out)
    written: list[Path] = []
    for term in terms:
        target = out / f"{term.id}.yaml"
        # The author's cloze keys in a file being replaced are kept: a page has none.
        term = replace(term, cloze=existing_cloze_keys(target)) if target.exists() else term
        write_atomic(target, term_to_yaml(term).encode("utf-8"), "term file")
        written.append(target)
    return written
