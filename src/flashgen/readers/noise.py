"""Recognise site noise on a page: banners, sign-up prompts, teasers, related reading, repeats."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from .lines import Line, Paragraph, heading_text, normal_line, page_lines, rough_sentences, ends_sentence

# A line has to be this long to count as repeated boilerplate; short lines such as
# "Mechanism" legitimately occur on every page.
_REPEAT_MIN_WORDS = 4

#: Phrases of site chrome and legal boilerplate; a line containing one is boilerplate.
BANNER_PHRASES: tuple[str, ...] = (
    "all rights reserved",
    "terms of service",
    "terms of use",
    "terms and conditions",
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "back to top",
    "return to top",
    "share this:",
    "share this article",
    "share this page",
    "share on facebook",
    "share on twitter",
    "print this page",
    "affiliate link",
    "earn a commission",
    "sponsored content",
)

# Banners are recognised by what they are, not by their wording: they talk about the
# site's handling of the reader's data ("cookies", "consent", "privacy", …) and they do
# it in the site's own voice ("we", "our partners") or to the reader ("your device").
# A sentence that uses such a word in a technical sense ("SYN cookies encode the state
# in the sequence number") speaks of neither, and stays.
_CONSENT_RE = re.compile(
    r"\b(?:cookies?|consent(?:s|ing)?|privacy|gdpr|ccpa|opt(?:-| )?(?:out|in)|"
    r"legitimate interests?|do not sell)\b",
    re.IGNORECASE,
)
_DATA_USE_RE = re.compile(
    r"\b(?:partners?|vendors?|personali[sz]\w*|tracking|track|analytics?|advertis\w*|ads|"
    r"marketing|preferences?|settings|choices|device|browsing|browser|visitors?|traffic|"
    r"experience|store|access|information|accept|reject|decline|allow|manage|withdraw|"
    r"necessary|essential|functional|performance|targeting|third[- ]part(?:y|ies))\b",
    re.IGNORECASE,
)
# The site speaking of itself, and the site speaking to the reader. "us" only in lower
# case: "US" is a country.
_SITE_VOICE_RE = re.compile(
    r"\b(?:[Ww]e|WE|[Oo]urs?|OUR|us|[Ww]e're|[Ww]e've|[Tt]his (?:web)?site|[Oo]ur (?:web)?site)\b"
)
_READER_RE = re.compile(r"\b(?:you|your|yours|you're|you've|you'll)\b", re.IGNORECASE)
_SITE_DATA_RE = re.compile(
    r"\b(?:personali[sz]\w* (?:marketing|ads|advertising|content|experience)|targeted (?:ads|advertising)|"
    r"(?:advertising|marketing) partners|usage (?:data|statistics)|personal data|your data|"
    r"collects? (?:anonymous|data|information)|tracking technolog\w*|analytics|our vendors)\b",
    re.IGNORECASE,
)
# Buttons and labels of a consent dialog, as a line of their own.
_CONSENT_LABEL_RE = re.compile(
    r"^(?:(?:accept|reject|decline|allow|deny|refuse|agree|i agree|manage|customi[sz]e|"
    r"save|confirm|continue|use|only)\b[\w\s'-]{0,30}|got it|ok(?:ay)?|"
    r"(?:(?:cookie|privacy|consent|tracking)[\w\s-]{0,30}))[!.]?$",
    re.IGNORECASE,
)
_LABEL_WORDS_RE = re.compile(
    r"\b(?:all|cookies?|settings|preferences|options|choices|consent|selection|privacy|"
    r"necessary|essential|policy|notice|statement|partners|vendors|it|ok|okay)\b",
    re.IGNORECASE,
)

# Newsletter and sign-up prompts.
_SIGNUP_RE = re.compile(
    r"\b(?:newsletters?|subscribe\w*|sign(?:-| )?up|signing up|inbox|mailing list|"
    r"e-?mail (?:address|updates|list)|enter your e-?mail|never miss|create (?:an|your) account|"
    r"log ?in|register (?:now|today|for free)|join (?:our|us|\d[\d,]*|thousands|the community))\b",
    re.IGNORECASE,
)

# A blurb line pointing at another article ("Related: ...", "Read more: ...").
RELATED_LINE_RE = re.compile(
    r"^(?:related(?: articles?| reading| posts?| topics?| stories| content)?|read more|read next|"
    r"see also|further reading|recommended(?: reading| for you)?|you may also like|"
    r"you might also like|more from [\w\s]+|continue reading|keep reading|"
    r"latest(?: articles?| posts?| news| stories)?|popular(?: articles?| posts?)?|"
    r"trending(?: now)?|most read|editor'?s picks?)\s*(?:[:\-–—»›>]|$)",
    re.IGNORECASE,
)
#: Headings whose lines all point elsewhere (normal form: lower case, single spaces).
RELATED_HEADINGS = frozenset(
    {
        "related", "related article", "related articles", "related reading", "related post",
        "related posts", "related topics", "related stories", "related content", "read more",
        "read next", "see also", "further reading", "recommended reading", "recommended",
        "recommended for you", "you may also like", "you might also like", "latest",
        "latest articles", "latest posts", "latest news", "latest stories", "popular",
        "popular articles", "popular posts", "trending", "trending now", "most read",
        "editor's picks", "editors picks", "more articles", "more stories", "keep reading",
        "continue reading", "references", "bibliography", "citations", "footnotes", "works cited",
        "notes and references",
    }
)

# Calls to action: a line that opens with an imperative aimed at the reader ("Ask our
# pharmacists …", "Check any two medicines … with our free tool") and sells something.
_CTA_VERB_RE = re.compile(
    r"^(?:ask|book|browse|buy|call|check|claim|click|contact|discover|download|explore|find out|"
    r"get|grab|join|learn|meet|order|read|register|request|reserve|save|schedule|see|shop|"
    r"sign|start|subscribe|take|talk|tap|try|unlock|visit|watch|don't miss|do not miss|"
    r"find|chat|speak|let us|let's)\b",
    re.IGNORECASE,
)
# What marketing promises: something free, now, fast, expert, or more than you think.
_PROMISE_RE = re.compile(
    r"\b(?:free|now|today|instantly|instant|online|tool|app|quiz|checklist|guide|e-?book|"
    r"webinar|course|offer|discount|deal|shop|store|expert|experts|our|us|within \d+ \w+|"
    r"24/7|more than you think|you need to know|you should know|secrets?|ultimate|"
    r"top \d+|\d+ (?:ways|tips|reasons|foods|signs|things|steps)|click|here|never|near you|"
    r"specialists?|consultation|programmes?|programs?|membership)\b",
    re.IGNORECASE,
)
# Shop talk is marketing wherever it stands.
_SHOP_RE = re.compile(
    r"\b(?:free (?:shipping|delivery|trial|consultation|e-?book|guide)|\d+\s?% off|promo code|"
    r"coupon|add to (?:cart|basket)|buy now|shop now|order now|limited[- ]time offer)\b",
    re.IGNORECASE,
)
# A headline of a listicle or a teaser for another article ("Top 10 recovery foods").
_HEADLINE_RE = re.compile(
    r"^(?:top \d+|\d+ (?:ways|tips|reasons|foods|signs|things|steps|surprising|simple|easy|best)|"
    r"the (?:ultimate|complete|essential) guide|how to|why you|what you|is your|are you|"
    r"can you|should you|do you)\b",
    re.IGNORECASE,
)
# Article furniture: bylines, dates, review credits, tables of contents, feedback prompts.
_META_RE = re.compile(
    r"^(?:(?:(?:page|article|post)\s+)?(?:last\s+)?(?:updated|modified|edited|revised)(?:\s+on)?\s*:?\s*"
    r"(?:\d|[A-Z][a-z]+\s+\d)|"
    r"(?:published|posted)(?:\s+on)?\s*:?\s*(?:\d|[A-Z][a-z]+\s+\d)|"
    r"(?:medically\s+|clinically\s+|expert\s+)?reviewed by\s+[A-Z]|"
    r"(?:written|posted|published|authored|contributed)\s+by\s+[A-Z]|(?:author|written by)\s*:\s*[A-Z]|"
    r"fact[- ]checked by\s+[A-Z]|\d+\s+min(?:ute)?s?\s+read$|"
    r"(?:table of )?contents$|on this page$|in this article$|jump to(?: section)?:?$|"
    r"was this (?:article|page|information|answer) (?:helpful|useful)\??$|"
    r"did you find (?:this|it) (?:helpful|useful)\??$|rate this (?:article|page)|"
    r"how (?:helpful|useful) was this|yes$|no$|comments?\s*\(\d+\)$|\d+ comments?$)",
    re.IGNORECASE,
)
# A byline: "By Dr. Jane Roe | Updated …" (names are capitalised: "By contrast, …" is prose).
_BYLINE_RE = re.compile(r"^[Bb]y\s+(?:Dr\.?\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s*(?:,|\||$|and\s|on\s)")
# Chrome lines: the letter headers of an A–Z list, "Advertisement", "Share", "Print".
_CHROME_RE = re.compile(
    r"^(?:[A-Z]|#|0-9|advertisement|sponsored|share|print|email|tweet|menu|search|close|"
    r"previous|next|home|top|↑|back|print this page)[.!:]?$",
    re.IGNORECASE,
)

# The page speaking of itself to the reader: "Love this tutorial?", "Enjoyed this article?"
_SELF_REFERENCE_RE = re.compile(
    r"\bthis (?:tutorial|article|guide|post|page|blog|video|lesson|story|piece|recipe|pattern|"
    r"glossary|list|site|website)\b",
    re.IGNORECASE,
)
# The site asking the reader for feedback: "Missing a term? Tell us …", "Let us know …".
_FEEDBACK_RE = re.compile(
    r"\b(?:tell|contact|email|e-mail|message|write to|let) us\b|\blet us know\b|"
    r"\bwe(?:'ll| will) (?:add|fix|update|correct)\b",
    re.IGNORECASE,
)

# Teasers are one short sentence.
_TEASER_MAX_WORDS = 30

# Words that open a paragraph continuing the one before; a teaser starts afresh.
_CONTINUATION_RE = re.compile(
    r"^(?:this|these|that|those|it|its|they|their|them|such|however|therefore|thus|hence|"
    r"additionally|also|moreover|furthermore|in addition|as a result|consequently|because|"
    r"but|and|or|so|which|for example|for instance|similarly|likewise|in contrast|"
    r"conversely|in turn|here|he|she|the same|the term|the condition|the process|"
    r"in practice|in short|overall|finally|otherwise|instead|still|yet)\b",
    re.IGNORECASE,
)



@functools.lru_cache(maxsize=1 << 16)
def is_banner(text: str) -> bool:
    """Return whether a line belongs to a consent banner, legal boilerplate or site chrome."""
    lowered = text.casefold()
    stripped = text.strip()
    if any(phrase in lowered for phrase in BANNER_PHRASES) or _CHROME_RE.match(stripped):
        return True
    if len(stripped.split()) <= 12 and (_META_RE.match(stripped) or _BYLINE_RE.match(stripped)):
        return True
    if _is_consent_label(text) or _is_breadcrumb(stripped):
        return True
    if _AGREEMENT_RE.search(text) and (_SITE_VOICE_RE.search(text) or _THIS_SITE_RE.search(text)):
        # "By clicking Sounds good you're fine with that": consent asked for in any words.
        return True
    consent = len(_CONSENT_RE.findall(text))
    if not consent:
        # "This helps support our free resources through personalised marketing", "This
        # site collects anonymous usage statistics": the site telling of what it does with
        # the reader's visit is part of a banner.
        return bool(_SITE_VOICE_RE.search(text) and _SITE_DATA_RE.search(text))
    if _SITE_VOICE_RE.search(text) or re.match(
            r"(?:accept|reject|allow|decline|refuse|manage|agree to|by (?:continuing|using|clicking))\b",
            text.strip(), re.IGNORECASE):
        # In the site's voice, or an instruction to the reader ("Accept all cookies to …").
        return True
    return bool(_READER_RE.search(text) and (consent > 1 or _DATA_USE_RE.search(text)))


def _is_consent_label(text: str) -> bool:
    # "Accept all", "Manage settings", "Got it!", "Cookie Settings": short, button-like, and
    # made of the words such dialogs use.
    words = text.split()
    if not words or len(words) > 5:
        return False
    if text.strip().rstrip("!.").lower() in _LABELS:
        return True
    if not _CONSENT_LABEL_RE.match(text.strip()):
        return False
    return bool(_LABEL_WORDS_RE.search(text))


# Agreeing by an action, the way consent boxes put it whatever they call their cookies.
_AGREEMENT_RE = re.compile(
    r"\bby (?:clicking|tapping|continuing|using|browsing|staying)\b.{0,80}?"
    r"\b(?:agree|accept|consent|fine with|ok(?:ay)? with|happy with)", re.IGNORECASE)
_THIS_SITE_RE = re.compile(r"\b(?:this|our) (?:site|website|app|page)\b", re.IGNORECASE)

_CRUMB_SEPARATORS_RE = re.compile(r"\s(?:>|›|»|/|\\|→)\s")


def _is_breadcrumb(text: str) -> bool:
    # "Home > Hormones > Melatonin": short names joined by arrows, no sentence.
    parts = _CRUMB_SEPARATORS_RE.split(text)
    return len(parts) >= 3 and all(0 < len(p.split()) <= 4 for p in parts) and not ends_sentence(text)


# Whole labels of consent buttons, lower case.
_LABELS = frozenset({
    "got it", "ok", "okay", "accept", "reject", "decline", "agree", "i agree", "allow", "deny",
    "i accept", "customise", "customize", "more options", "agree and close", "accept and close",
    "accept and continue", "necessary only", "essential only", "only necessary", "no thanks",
    "no, thanks", "not now", "maybe later", "yes please", "yes, i'm happy", "yes, i’m happy",
})


@functools.lru_cache(maxsize=1 << 16)
def is_signup(text: str) -> bool:
    """Return whether a line asks the reader to sign up, subscribe or join a newsletter."""
    if not _SIGNUP_RE.search(text):
        return False
    # A term page may explain a "login" or "subscription" in passing; a prompt speaks to
    # the reader or in the site's voice, or is a bare button ("Subscribe").
    return bool(_READER_RE.search(text) or _SITE_VOICE_RE.search(text)
                or _CTA_VERB_RE.match(text) or len(text.split()) <= 4
                or re.search(r"(?:^|[:.!?]\s*)(?:subscribe|sign up|join|register)\b", text, re.IGNORECASE))


@functools.lru_cache(maxsize=1 << 16)
def is_promotion(text: str) -> bool:
    """Return whether a stand-alone line is a call to action or a marketing teaser."""
    sentences = rough_sentences(text)
    if not sentences or len(sentences) > 2 or len(text.split()) > 40:
        return False
    if _HEADLINE_RE.match(text) and not ends_sentence(text):
        return True
    if _SHOP_RE.search(text):
        return True
    if re.search(r"[!?]", text) and len(text.split()) <= 25 and (
            _SELF_REFERENCE_RE.search(text) or _FEEDBACK_RE.search(text)):
        # An exclamation or a question about the page itself, or asking for feedback, is
        # the site talking, not the term's text.
        return True
    reader = bool(_READER_RE.search(text))
    promise = bool(_PROMISE_RE.search(text))
    # An instruction alone ("Take it before you eat.") is the term's own advice; a call to
    # action also sells (free, today, our tool, a quiz).
    if any(_CTA_VERB_RE.match(s) for s in sentences) and (promise or _SITE_VOICE_RE.search(text)):
        return True
    # Teasers address the reader and promise ("… shape your hormones more than you think").
    return reader and promise


@functools.lru_cache(maxsize=1 << 16)
def is_related_line(text: str) -> bool:
    """Return whether a line points at other articles ("Related: …", "Read more")."""
    return bool(RELATED_LINE_RE.match(text))


def noise_kind(text: str) -> str | None:
    """Return what kind of site noise a stand-alone line is: "banner", "signup", "related", "promotion" or None."""
    if is_banner(text):
        return "banner"
    if is_signup(text):
        return "signup"
    if is_related_line(text):
        return "related"
    if is_promotion(text):
        return "promotion"
    return None



def has_prose_after(lines: list[Line], index: int) -> bool:
    # A heading ends the banner search only when real text follows it; a short line between
    # banner lines is part of the banner.
    for line in lines[index + 1 :]:
        if line.text:
            return not (is_banner(line.text) or is_signup(line.text))
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
        if len(text.split()) > _TEASER_MAX_WORDS:
            # A long closing sentence is the section's own second paragraph.
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
