"""Recognise site noise on a page: banners, sign-up prompts, teasers, related reading, repeats."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .lines import Line, Paragraph, heading_text, normal_line, page_lines, rough_sentences, ends_sentence

# A line has to be this long to count as repeated boilerplate; short lines such as
# "Mechanism" legitimately occur on every page.
_REPEAT_MIN_WORDS = 4

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
RELATED_LINE_RE = re.compile(
    r"^(?:related(?: articles?| reading| posts?| topics?)?|read more|read next|see also|"
    r"further reading|recommended(?: reading)?|you may also like|you might also like)\s*[:\-–—]",
    re.IGNORECASE,
)
# A heading whose lines are all blurbs pointing elsewhere.
RELATED_HEADINGS = frozenset(
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

# Words that open a paragraph continuing the one before; a teaser starts afresh.
_CONTINUATION_RE = re.compile(
    r"^(?:this|these|that|those|it|its|they|their|them|such|however|therefore|thus|hence|"
    r"additionally|also|moreover|furthermore|in addition|as a result|consequently|because|"
    r"but|and|or|so|which|for example|for instance|similarly|likewise|in contrast|"
    r"conversely|in turn|here|he|she|the same|the term|the condition|the process|"
    r"in practice|in short|overall|finally|otherwise|instead|still|yet)\b",
    re.IGNORECASE,
)



def is_banner(text: str) -> bool:
    lowered = text.casefold()
    if any(phrase in lowered for phrase in BANNER_PHRASES):
        return True
    return bool(_COOKIE_RE.search(text) and _WEB_WORD_RE.search(text))



def has_prose_after(lines: list[Line], index: int) -> bool:
    # A heading ends the banner search only when real text follows it; a short line between
    # banner lines is part of the banner.
    for line in lines[index + 1 :]:
        if line.text:
            return not is_banner(line.text)
    return False



def trailing_teasers(paragraphs: list[Paragraph], names: tuple[str, ...]) -> int:
    """Return how many paragraphs at the end of a block are teasers for other articles."""
    lowered_names = [n.casefold() for n in names if n]
    count = 0
    # The first paragraph under a heading is the section itself, never a teaser.
    for paragraph in reversed(paragraphs[1:]):
        text = paragraph.text
        if len(paragraph.lines) != 1 or len(rough_sentences(text)) != 1 or not ends_sentence(text):
            break
        if _CONTINUATION_RE.match(text) or text[:1].islower():
            break
        if any(n in text.casefold() for n in lowered_names):
            break
        count += 1
    # One short closing sentence is too often the author's own; teasers come in runs.
    return count if count >= 2 else 0



def repeated_in(pages: Iterable[list[Line]]) -> frozenset[str]:
    """Return the prose lines (lower case, single spaces) that occur on two or more of the pages."""
    counts: Counter[str] = Counter()
    for lines in pages:
        page = set()
        for line in lines:
            if len(line.text.split()) >= _REPEAT_MIN_WORDS and heading_text(line.text) is None:
                page.add(normal_line(line.text))
        counts.update(page)
    return frozenset(line for line, n in counts.items() if n >= 2)


def repeated_lines(texts: Iterable[str]) -> frozenset[str]:
    """Return the lines (lower case, single spaces) that occur on two or more of the text pages."""
    return repeated_in(page_lines(text) for text in texts)
