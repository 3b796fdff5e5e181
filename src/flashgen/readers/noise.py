"""Recognise site noise on a page: banners, sign-up prompts, teasers, related reading, repeats."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from ..topics import STANDARD_TOPICS, topic_key
from .lines import LIST_RE, Line, Paragraph, heading_text, normal_line, page_lines, rough_sentences, ends_sentence

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
    "best viewed with",
    "best viewed in",
    "best viewed at",
    "you are visitor",
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
_ONLINE_RE = re.compile(r"\b(?:site|website|web\s?page|page|app|online|web|visit|cookie (?:policy|notice|banner))\b",
                        re.IGNORECASE)
_READER_RE = re.compile(r"\b(?:you|your|yours|you're|you've|you'll)\b", re.IGNORECASE)
_SITE_DATA_RE = re.compile(
    r"\b(?:personali[sz]\w* (?:marketing|ads|advertising|content|experience)|targeted (?:ads|advertising)|"
    r"(?:advertising|marketing) partners|usage (?:data|statistics)|personal data|your data|"
    r"collects? (?:anonymous|data|information)|tracking technolog\w*|analytics|our vendors|"
    r"(?:browsing|device|usage|location|personal) (?:data|information|history)|unique identifiers|"
    r"(?:stores?|collects?|process(?:es)?|accesses|shares?)(?: and \w+)? (?:information|data|identifiers))\b",
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
    # "Subscribers" are people the text may speak of; "subscribe", "subscription" ask.
    r"\b(?:newsletters?|subscribe(?!rs?\b)\w*|unsubscribe (?:at any time|any ?time)|sign(?:-| )?up|signing up|inbox|mailing list|"
    r"e-?mail (?:address|updates|list)|enter your e-?mail|never miss|create (?:an|your) account|"
    r"log ?in|register (?:now|today|for free)|join (?:our|us|\d[\d,]*|thousands|the community)|"
    # "Paws for thought — our monthly email": the site's own mail, which one signs up for.
    r"our (?:(?:free|monthly|weekly|daily|fortnightly|quarterly)\s+)+e-?mails?)\b",
    re.IGNORECASE,
)

# A blurb line pointing at another article ("Related: ...", "Read more: ...").
RELATED_LINE_RE = re.compile(
    r"^\[\^[\w-]{1,20}\]:|"  # a markdown footnote's text
    r"^\(?\s*(?:main articles?|further information|more information|"
    r"for more (?:on|about|information|details|help|advice)|"
    r"related(?: articles?| reading| posts?| topics?| stories| content| insights?| guides?| resources?| links?|"
    r" (?:glossary )?terms?| entries| definitions?| concepts?)?|read more|read next|"
    r"see also|further reading|recommended(?: reading| for you| next)?|you (?:may|might) also (?:like|enjoy|love)|"
    r"(?:what to )?read (?:this )?next|up next|next up|more like this|"
    # Whoever else read, liked or bought something: "Readers also enjoyed", "People also ask".
    r"(?:(?:other |our )?(?:readers|people|others|customers|users|visitors|learners|students)\s+)?"
    r"also\s+(?:liked?|enjoy(?:ed)?|lov(?:e|ed)|read|viewed|bought|watched|searched(?: for)?|ask(?:ed)?)|"
    r"(?:readers|people|others|customers|users|visitors)\s+(?:liked?|enjoyed|loved|read|viewed|bought|watched)|"
    r"more from [\w\s]+|continue reading|keep reading|"
    # "More in this series", "Other lessons in this unit": the site's other pages on the topic.
    r"(?:more|other \w+) (?:in|from|on) (?:this|the|our) (?:series|section|topic|category|collection|course|unit|module)|"
    r"latest(?: articles?| posts?| news| stories)?|popular(?: articles?| posts?)?|"
    r"trending(?: now)?|most read|editor'?s picks?|"
    # The same in the languages pages most often come in: "Te puede interesar: …", "Leggi anche".
    r"(?:artículos|entradas|publicaciones|articles|artigos|articoli|gerelateerde|powiązane)\s+"
    r"(?:relacionad[oa]s|similaires|connexes|liés|correlati|artikelen|artykuły)|"
    r"(?:también\s+)?te puede interesar|lee también|véase también|ver también|(?:à\s+)?lire aussi|voir aussi|"
    r"vous aimerez aussi|(?:ähnliche|verwandte)\s+(?:artikel|beiträge)|siehe auch|"
    r"das könnte (?:sie|dich) auch interessieren|leggi anche|potrebbe interessarti|vedi anche|"
    r"leia também|veja também|lees ook|zie ook|(?:przeczytaj|zobacz)\s+(?:też|także)|"
    # "Read also", and its labels in those languages: "Lesen Sie auch", "Lisez aussi", "Lea también".
    r"(?:also read|read also)|(?:lesen sie|lies) auch|auch interessant|mehr zum thema|weiterlesen|"
    r"(?:à\s+)?lisez aussi|(?:à\s+)?lire également|lea también|lee además|leggi pure|da leggere|"
    r"lees verder|lees meer|(?:czytaj|przeczytaj)\s+(?:też|także|więcej))\s*(?:[:,\-–—»›>]|$)",
    re.IGNORECASE,
)
#: Headings whose lines all point elsewhere (normal form: lower case, single spaces).
RELATED_HEADINGS = frozenset(
    {
        "related", "related article", "related articles", "related reading", "related post",
        "related posts", "related topics", "related stories", "related content", "read more",
        # A glossary's pointers to its other entries.
        "related terms", "related glossary terms", "related entries", "related definitions",
        "related concepts", "see related terms",
        "read next", "see also", "further reading", "recommended reading", "recommended",
        "recommended for you", "you may also like", "you might also like", "latest",
        "latest articles", "latest posts", "latest news", "latest stories", "popular",
        "popular articles", "popular posts", "trending", "trending now", "most read", "most popular",
        "most viewed", "most shared", "top stories", "don't miss", "you may have missed",
        "editor's picks", "editors picks", "more articles", "more stories", "keep reading",
        "continue reading", "references", "bibliography", "citations", "footnotes", "works cited",
        "notes and references",
        # How to cite the page itself: a reference to it, not its text.
        "cite this page", "cite this article", "cite this entry", "how to cite", "how to cite this page",
        "how to cite this article", "citation", "cite as",
    }
) | frozenset(
    # The same in the languages pages most often come in.
    {
        "artículos relacionados", "entradas relacionadas", "publicaciones relacionadas", "te puede interesar",
        "también te puede interesar", "lee también", "véase también", "ver también", "articles similaires",
        "articles connexes", "articles liés", "à lire aussi", "lire aussi", "voir aussi", "vous aimerez aussi",
        "ähnliche artikel", "ähnliche beiträge", "verwandte artikel", "verwandte beiträge", "siehe auch",
        "das könnte sie auch interessieren", "das könnte dich auch interessieren", "articoli correlati",
        "leggi anche", "potrebbe interessarti", "vedi anche", "artigos relacionados", "leia também",
        "veja também", "gerelateerde artikelen", "lees ook", "zie ook", "powiązane artykuły",
        "przeczytaj też", "przeczytaj także", "zobacz też", "zobacz także",
    }
)

# Calls to action: a line that opens with an imperative aimed at the reader ("Ask our
# pharmacists …", "Check any two medicines … with our free tool") and sells something.
_CTA_VERB_RE = re.compile(
    r"^(?:ask|book|browse|buy|call|check|claim|click|contact|discover|download|explore|find out|"
    r"get|grab|join|learn|meet|order|read|register|request|reserve|save|schedule|see|shop|"
    r"sign|start|subscribe|take|talk|tap|try|unlock|visit|watch|don't miss|do not miss|"
    r"find|chat|speak|let us|let's|share|follow|pin|give|come|drop|leave|bookmark|tag|e-?mail|write|"
    r"message|text|tell|pop|head|stop by|swing by|post(?!-)|open an|send|submit|suggest|"
    r"become|donate|pledge|chip in)\b",
    re.IGNORECASE,
)
# What marketing promises: something free, now, fast, expert, or more than you think.
_PROMISE_RE = re.compile(
    # "free of the current", "free from pain" describe; a free offer promises.
    r"\b(?:free(?!\s+(?:of|from)\b)|now|today|instantly|instant|online|tool|app|quiz|checklist|guide|e-?book|"
    r"webinar|course|offer|discount|deal|shop|store|expert|experts|our|us|within \d+ \w+|"
    r"24/7|more than you think|you need to know|you should know|secrets?|ultimate|"
    r"top \d+|\d+ (?:ways|tips|reasons|foods|signs|things|steps)|click|here|near you|"
    # A promise of never: "you'll never look at bread the same way", "never again"; not the
    # generic "you never prove the null", which states a rule.
    r"you(?:['’]ll| will) never|never again|"
    r"specialists?|consultation|programmes?|programs?|membership)\b",
    re.IGNORECASE,
)
# The site asking for money: a membership, a donation, a price by the month.
_APPEAL_RE = re.compile(
    r"(?:\b(?:a|our) (?:member|patron|subscriber|supporter)s?\b|\bmemberships?\b|\bdonations?\b|"
    r"[$£€]\s?\d+(?:[.,]\d+)?\s*(?:a|per|/|each)\s*(?:month|year|week|mo|yr)\b)",
    re.IGNORECASE,
)
# A paid tier's perk: "members on the Gold plan can …", "premium subscribers get …",
# "upgrade to Plus to …". A club's members ("members of the guild vote") name no tier.
_TIER = r"(?:plan|tier|subscription|membership|account)"
# A reminder of a course's own errands: a reminding phrase, an errand, and one of the
# course's own things ("Remember to submit the assignment", "Don't forget to download the
# worksheet before the live session").
_COURSE_ERRAND_RE = re.compile(
    r"\b(?:don['’]t forget|do not forget|remember|make sure you)\s+(?:to\s+)?"
    r"(?:download|print|watch|join|register|submit|complete|bring|save|review)\b[^.!?]{0,60}?"
    r"\b(?:worksheets?|handouts?|slides|recordings?|live (?:session|class|stream)|webinars?|assignments?|"
    r"homework|modules?|lessons?|course (?:pack|notes))\b",
    re.IGNORECASE,
)
_TIER_PERK_RE = re.compile(
    rf"\b(?:(?:members|subscribers|users|customers)\s+(?:on|with)\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){{1,2}}?{_TIER}\b|"
    r"(?:pro|premium|paid)\s+(?:members?|subscribers?|users?|plans?|tiers?)\s+"
    r"(?:can|get|gets|have|has|unlock|unlocks|may|enjoy)\b|"
    r"upgrade\s+(?:to|your)\s+(?:pro|premium|plus|gold|a paid|the paid|your plan|account)\b)",
    re.IGNORECASE,
)
# Shop talk is marketing wherever it stands.
_SHOP_RE = re.compile(
    r"\b(?:free (?:shipping|delivery|trial|consultation|e-?book|guide)|\d+\s?% off|promo code|"
    # A coupon to redeem, not a bond's coupon ("the coupon rate", "coupon payments").
    r"coupon code|(?:use|apply|redeem|with|get) (?:the |our |this |a |your )?coupon\b(?! (?:rate|payment|bond|yield))|"
    r"add to (?:cart|basket)|buy now|shop now|order now|limited[- ]time offer)\b",
    re.IGNORECASE,
)
# A sentence saying what a thing is, in the third person: "A lead magnet is …", "The
# rider means …".
_DEFINES_RE = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){1,4}?(?:is|are|means|refers to)\s+(?!(?:yours|ours)\b)"
                         r"(?![^.!?]*\b(?:you|your|our|us|we)\b)", re.IGNORECASE)
# A headline of a listicle or a teaser for another article ("Top 10 recovery foods").
_HEADLINE_RE = re.compile(
    r"^(?:top \d+|\d+ (?:ways|tips|reasons|foods|signs|things|steps|surprising|simple|easy|best)|"
    r"the (?:ultimate|complete|essential) guide|how to|why you|what you|is your|are you|"
    r"can you|should you|do you)\b",
    re.IGNORECASE,
)
# Article furniture: bylines, dates, review credits, tables of contents, feedback prompts.
_META_RE = re.compile(
    r"^(?:(?:(?:page|article|post)\s+)?(?:last\s+)?(?:updated|modified|edited|revised|reviewed)"
    r"(?:\s+on)?\s*:?\s*(?:\d|[A-Z][a-z]+\s+\d)|"
    # Whatever the document calls itself: "Notes last updated 21 Aug 2025 by …".
    r"[A-Za-z]+\s+last\s+(?:updated|modified|edited|revised)(?:\s+on)?\s*:?\s*(?:\d|[A-Z][a-z]+\s+\d)|"
    r"(?:(?:page|article|post)\s+)?last\s+(?:updated|modified|edited|revised|reviewed)\s+by\b|"
    r"next review(?: due)?\s*:|"
    # A thread's stamps: "3y ago", "· 2 hr. ago", and its closed comments.
    r"[·•]?\s*\d+\s*(?:y|yr|yrs|mo|w|wk|d|h|hr|hrs|min|mins)\.?(?:\s+ago)?$|"
    r"[·•]?\s*\d+\s*(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago$|"
    r"archived (?:post|thread|topic|discussion)\b|"
    r"(?:published|posted)(?:\s+on)?\s*:?\s*(?:\d|[A-Z][a-z]+\s+\d)|"
    r"(?:medically\s+|clinically\s+|expert\s+)?reviewed by\s+[A-Z]|"
    r"(?:written|posted|published|authored|contributed)\s+by\s+[A-Z]|(?:author|written by)\s*:\s*[A-Z]|"
    r"fact[- ]checked by\s+[A-Z]|\d+\s+min(?:ute)?s?\s+read$|"
    r"(?:table of )?contents$|on this page$|in this article$|jump to(?: section)?:?$|"
    # "Was this helpful?", "Is this guide useful?", "Did this page help you?": a feedback widget.
    r"(?:was|is|were) (?:this|these) (?:\w+ ){0,2}(?:helpful|useful)\??$|"
    r"did (?:this|it) (?:\w+ ){0,2}help(?: you)?\??$|did this answer your question\??$|"
    r"did you find (?:this|it) (?:helpful|useful)\??$|rate this (?:article|page)|"
    r"how (?:helpful|useful) was this|yes$|no$|comments?\s*\(\d+\)$|\d+ comments?$|"
    # A question site's stamps: "asked Oct 3, 2022 at 19:41 strumbucket", "Viewed 8k times".
    r"(?:asked|answered|edited|modified|viewed)\s+(?:\d|[A-Z][a-z]{2}\w*\s+\d|on\s)|"
    # Taxonomy: "Tags: foil, sabre", "Filed under: Fruit", "Categories: A | B".
    r"(?:(?:tags?|categor(?:y|ies))\s*:|tagged(?: with)?|filed under|posted in)\s+[^.!?]*$|"
    # The comment form and the comments: "Leave a reply", "Jo says: …", "Comments are closed."
    r"leave a (?:comment|reply)|comments are (?:closed|disabled)|"
    r"(?:new )?(?:comments?|votes?|replies) (?:cannot|can no longer) be (?:posted|cast|added)|"
    r"your e-?mail address will not be published|"
    r"(?:tu|su) (?:dirección de )?correo(?: electrónico)? no (?:será|se) publica|"
    r"votre adresse (?:e-?mail|électronique|de messagerie) ne sera pas publiée|"
    r"(?:deine|ihre) e-?mail-?adresse wird nicht veröffentlicht|"
    r"il tuo indirizzo (?:e-?mail|di posta) non sarà pubblicato|"
    r"o (?:seu )?endereço de e-?mail não será publicado|je e-?mailadres wordt niet gepubliceerd|"
    r"(?:twój )?adres e-?mail nie zostanie opublikowany|[A-Z][\w'-]*(?: [A-Z][\w.'-]*)? says:|reply$)",
    re.IGNORECASE,
)
# A byline: "By Dr. Jane Roe | Updated …" (names are capitalised: "By contrast, …" is prose).
_BYLINE_RE = re.compile(r"^[Bb]y\s+(?:Dr\.?\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s*(?:,|\||[·•—–]|$|and\s|on\s)")
# A credit label over a name, whatever the site calls its writers: "Words: Dr. Ana Ruiz",
# "Text and photos: …", "Author: …", "Interview by …" (a label, a colon or "by", a capital).
_CREDIT_LABEL_RE = re.compile(
    r"^(?i:(?:words|text|story|reporting|report|interview|author|authors|writer|writers|editor|"
    r"editors|contributor|contributors|photos?|photography|illustrations?|pictures)"
    r"(?:\s+(?:and|&)\s+\w+)?(?:\s+by)?\s*(?::|(?<=by)\s))\s*(?:(?i:dr|prof|mr|mrs|ms)\.?\s+)?[A-Z]")
# A publication stamp anywhere on a short line: "Published 3 May 2024", "Updated: 2024-05-03",
# "posted on March 3, 2024" (a whole date: "published it in 1945" is prose).
_DATE = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
         r"\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})")
_STAMP_RE = re.compile(r"\b(?i:published|updated|posted|revised|modified|first published|last updated)"
                       r"(?:\s+(?i:on))?\s*:?\s*" + _DATE)
_READING_TIME_RE = re.compile(
    r"\b\d+\s*(?:-\s*)?(?:min(?:ute)?s?|hours?)\s+(?:read|listen|watch)\b|"
    # "Tiempo de lectura: 4 minutos", "Lesezeit: 5 Min.", "6 minuti di lettura".
    r"\b(?:tiempo de lectura|temps de lecture|lesezeit|lesedauer|tempo di lettura|tempo de leitura|leestijd|"
    r"czas czytania)\s*:?\s*\d+|"
    r"\b\d+\s*(?:minutos?|minutes?|minuten|minuti|minut\w*|min\.?)\s+(?:de lectura|de lecture|lesezeit|"
    r"di lettura|de leitura|leestijd|czytania)\b", re.IGNORECASE)
# "Publicado el 9 de octubre de 2025 por …", "Mis à jour le 3 mars 2024": a stamp's verb in
# the languages pages most often come in, then a date.
_FOREIGN_STAMP_RE = re.compile(
    r"^(?:publicado|actualizado|publicada|actualizada|publié|publiée|mis à jour|mise à jour|veröffentlicht|"
    r"aktualisiert|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|geplaatst|opublikowano|"
    r"zaktualizowano)\b", re.IGNORECASE)


def is_byline(text: str) -> bool:
    """Return whether a line credits the page's writer or dates it: a byline, not the term's text.

    "Words: Dr. Ana Ruiz   Published 3 May 2024", "Written by …", "6 min read": short, no
    sentence of its own, a credit label over a name or a publication stamp.
    """
    text = _plain(_HEADING_MARK_RE.sub("", text)).strip()
    words = text.split()
    if not words or len(words) > 16:
        return False
    if _BYLINE_RE.match(text) or _CREDIT_LABEL_RE.match(text):
        return True
    if len(words) <= 12 and _META_RE.match(text):
        return True
    if _FOREIGN_STAMP_RE.match(text) and not ends_sentence(text) and _DATE_RE.search(text):
        return True
    return not ends_sentence(text) and bool(_STAMP_RE.search(text) or _READING_TIME_RE.search(text))
# Chrome lines: the letter headers of an A–Z list, "Advertisement", "Share", "Print".
_CHROME_RE = re.compile(
    r"^(?:[A-Z]|#|0-9|advertisement|sponsored|share|print|email|tweet|menu|search|close|"
    r"previous|next|home|top|↑|back|print this page)(?:[.!:]|…|\.\.\.)?$|"
    # "Suche…", "Cerca nel sito…": a search box's or a button's few words trailing off.
    r"^(?-i:[A-ZÀ-ÖØ-Þ])[\w'-]*(?:\s+[\w'-]+){0,2}\s?(?:…|\.\.\.)$|"
    # "☰ Menu", "🔍 Search…": a button's sign before its word.
    r"^[^\w\s]{1,2}\s*(?:menu|search|close)(?:…|\.\.\.)?$|"
    # "[Facebook] [Reddit] [Copy link]": a row of buttons, each in brackets.
    r"^(?:\[[^\[\]]{1,25}\]\s*){2,}$|"
    # An embedded player's label: "▶ Video: Pruning a hedge (3:05)", "Audio: … — Show transcript".
    r"^(?:[▶►⏵🎬🎥🎧]\s*)?(?:video|audio|podcast|clip|watch|listen)\s*:[^.!?]{1,80}?"
    r"(?:\(\d{1,2}:\d{2}(?::\d{2})?\)|\b(?:show|view|read|hide)\s+(?:the\s+)?transcript)[^.!?]{0,40}$|"
    # A feedback widget's buttons: "👍 Yes 👎 No — Tell us more", "👍 Helpful 👎".
    r"^👍[^.!?]{0,30}👎.{0,100}$",
    re.IGNORECASE,
)

# The page speaking of itself to the reader: "Love this tutorial?", "Enjoyed this article?"
_SELF_REFERENCE_RE = re.compile(
    r"\bthis (?:tutorial|article|guide|post|page|blog|video|lesson|story|piece|recipe|pattern|"
    r"glossary|list|site|website|lecture|course|class|module|chapter|podcast|episode|thread|issue)\b",
    re.IGNORECASE,
)
# The site asking the reader for feedback: "Missing a term? Tell us …", "Let us know …".
_FEEDBACK_RE = re.compile(
    r"\b(?:tell|contact|email|e-mail|message|write to|let) us\b|\blet us know\b|"
    r"\bwe(?:'ll| will) (?:add|fix|update|correct)\b",
    re.IGNORECASE,
)

_IF_YOU_LIKED_RE = re.compile(r"^if you (?:liked|enjoyed|loved|found|like|enjoy|love)\b(?: (?:this|it|reading)\b)",
                             re.IGNORECASE)

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



def _plain(text: str) -> str:
    # "**READ MORE:** …": a label's emphasis does not change what the line is.
    return _EMPHASIS_MARK_RE.sub("", text) if ("*" in text or "_" in text) else text


def _words_of_links(text: str) -> str:
    # A markdown link says what its words say: "[Open an issue](https://…)" urges as
    # "Open an issue" does.
    return _MD_LINK_RE.sub(r"\1", text) if "](" in text else text


_MD_LINK_RE = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")


_HEADING_MARK_RE = re.compile(r"^#{1,6}\s+")


_EMPHASIS_MARK_RE = re.compile(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)")


# A link back to the top of the page, in any form: "Top ↑", "↑ Back to top", "▲", "[Top](#top)",
# and in the languages pages most often come in ("Nach oben", "Haut de page", "Volver arriba").
_ARROW_UP = r"[↑⬆▲△⇧⇑⏫⤴︿^]"
_BACK_TO_TOP_RE = re.compile(
    rf"^(?:{_ARROW_UP}\s*)*(?:(?:(?:back|return|go|jump|scroll)\s+)?(?:to\s+)?(?:the\s+)?top(?:\s+of(?:\s+the)?\s+page)?|"
    r"(?:zurück\s+)?nach\s+oben|zum\s+seitenanfang|seitenanfang|(?:retour\s+)?en\s+haut(?:\s+de\s+(?:la\s+)?page)?|"
    r"haut\s+de\s+(?:la\s+)?page|(?:volver|ir)\s+arriba|arriba|torna\s+(?:su|all'inizio|in\s+alto)|"
    r"(?:terug\s+)?naar\s+boven|(?:do|na)\s+góry|w\s+górę|powrót\s+na\s+górę)?"
    rf"(?:\s*{_ARROW_UP})*$", re.IGNORECASE)


def is_back_to_top(text: str) -> bool:
    """Return whether a line is only a link back to the top of the page: an arrow, a word or both."""
    plain = _words_of_links(_plain(text)).strip().strip("[]()").strip()
    return bool(plain) and bool(_BACK_TO_TOP_RE.match(plain)) and (
        any(ch in plain for ch in "↑⬆▲△⇧⇑⏫⤴︿^") or len(plain.split()) > 1 or plain.casefold() != "top")


@functools.lru_cache(maxsize=1 << 16)
def is_banner(text: str) -> bool:
    """Return whether a line belongs to a consent banner, legal boilerplate or site chrome."""
    # "## Table of Contents" is chrome whatever its heading marks.
    text = _plain(_HEADING_MARK_RE.sub("", text))
    lowered = text.casefold()
    stripped = text.strip()
    if any(phrase in lowered for phrase in BANNER_PHRASES) or _CHROME_RE.match(stripped):
        return True
    if len(stripped) > 2 and stripped[0] == stripped[-1] == "`" and stripped.count("`") == 2:
        return False  # a block of code, its separators ("\\", "/", "|") a command's, not a trail's
    if is_back_to_top(stripped):
        return True
    if is_byline(stripped):
        return True
    if _is_consent_label(text) or _is_breadcrumb(stripped):
        return True
    if _is_site_furniture(stripped) or is_stamp(stripped) or _is_footer(stripped):
        return True
    if _AGREEMENT_RE.search(text) and (_SITE_VOICE_RE.search(text) or _THIS_SITE_RE.search(text)):
        # "By clicking Sounds good you're fine with that": consent asked for in any words.
        return True
    if _FOREIGN_CONSENT_RE.search(text) and (_FOREIGN_VOICE_RE.search(text) or _asks_to_accept(text)):
        # "Utilizamos cookies … consideramos que aceptas su uso", "Wir verwenden Cookies …
        # Zustimmen": a consent banner in the page's own language, in the site's voice or
        # asking the reader to accept.
        return True
    consent = len(_CONSENT_RE.findall(text))
    if consent and _FOREIGN_SITE_RE.search(text):
        # "Wir verwenden Cookies … unsere Website": a banner in the page's own language.
        return True
    if _presses_to_agree(text):
        return True
    if not consent:
        # "This helps support our free resources through personalised marketing", "This
        # site collects anonymous usage statistics": the site telling of what it does with
        # the reader's visit is part of a banner. A site that names its partners speaks for
        # them too ("Atlas and around 90 partners use device data …").
        return bool((_SITE_VOICE_RE.search(text) or _THIS_SITE_RE.search(text) or _speaks_with_partners(text))
                    and _SITE_DATA_RE.search(text))
    sentences = rough_sentences(text)
    if any(_SITE_VOICE_RE.search(s) and _CONSENT_RE.search(s) for s in sentences) or re.match(
            r"(?:accept|reject|allow|decline|refuse|manage|agree to|by (?:continuing|using|clicking))\b",
            text.strip(), re.IGNORECASE):
        # In the site's voice, or an instruction to the reader ("Accept all cookies to …"). The
        # voice speaks in the sentence that names the consent: "… a parent usually gives
        # consent. We call this Gillick competence." is a clinician's text.
        return True
    # The reader is spoken to about the cookies themselves: "… cookies are only sent when the
    # backlog overflows. That is what you want" is a sentence on a protocol, then advice.
    # Cookies named twice are a banner's only where a site or its data is named too: "Cookies
    # whose dough is chilled … gives evenly sized cookies and lets you bake a few" is baking.
    # Someone else's consent is not the reader's: "… you need the subscriber's consent
    # before you send …" tells the reader what the law asks of them.
    return any(_READER_RE.search(sentence) and _CONSENT_RE.search(_OTHERS_CONSENT_RE.sub("", _LAW_CITED_RE.sub("", sentence)))
               for sentence in sentences) \
        and bool(_DATA_USE_RE.search(text) or (consent > 1 and _ONLINE_RE.search(text)))


# A data law cited as what a rule comes under: "Under GDPR you need …", "under the CCPA".
_LAW_CITED_RE = re.compile(r"\b(?:under|by|in breach of|breaches|complies with)\s+(?:the\s+)?(?:gdpr|ccpa)\b",
                           re.IGNORECASE)
# Consent owned by a third party: "the subscriber's consent", "their written consent", "a
# patient's informed consent".
_OTHERS_CONSENT_RE = re.compile(
    r"\b(?:[^\W\d_]+['’]s?|their|his|her|its)\s+(?:(?:freely|prior|given|written|express|explicit|informed|"
    r"verbal|oral|full|valid)\s+){0,3}consent\b", re.IGNORECASE)


# The page speaking of itself rather than of its term: "This page is part of the Soil Life
# wiki", "This article needs additional citations", "This post contains affiliate links".
# A legend of the page's own marks: "* Terms marked (n.) are nouns", "Entries in bold …".
_LEGEND_RE = re.compile(r"^[*†‡\s]*(?:terms|entries|words|items|names)\s+(?:marked|shown|printed|set|in bold|"
                        r"in italics?|with an? \w+)\b", re.IGNORECASE)
_PAGE_ITSELF_RE = re.compile(
    r"^(?:>\s*)?[*_]?(?:this|the present) (?:page|article|post|entry|wiki|site|website|blog|section|"
    r"information|content|material)\b(?: \w+){0,2}? (?:is part of|belongs to|needs|requires|may|might|"
    r"contains|was|has been|is (?:about|for|intended|provided|not|maintained|written|a stub|based on)|"
    r"does not)\b",
    re.IGNORECASE)
# A disclaimer, whatever it disclaims.
_DISCLAIMER_RE = re.compile(
    r"\b(?:not (?:a substitute|intended to replace|meant to replace) for|for (?:general )?"
    r"(?:information(?:al)?|educational|guidance) (?:purposes )?only|does not constitute|"
    # "These notes are for training background only and do not replace your manuals".
    r"for (?:(?:general|training|reference|background|illustrative|demonstration|personal|study|revision)\s+){1,3}"
    r"(?:purposes\s+|use\s+)?only|(?:do|does|should|must) not replace (?:your|professional|medical|"
    r"official|expert|legal|the (?:advice|manual|instructions|guidance)|(?:a|an) (?:doctor|professional|expert|"
    r"adviser|advisor))\b|"
    # "… does not replace advice from a qualified forester": whoever the advice is from.
    r"(?:do|does|should|must|is|are) not (?:replace|a substitute for) (?:the )?(?:\w+ ){0,2}(?:advice|guidance)\b|"
    r"(?:please )?help (?:us )?(?:improve|expand) this|"
    # The page saying it is not advice of some kind: "This page is general information and is
    # not tax advice for your situation", "… not financial advice for your own case".
    r"(?:this|our) (?:page|article|post|guide|site|website|information|content|material|glossary|"
    r"explainer|entry|summary|overview)\b[^.!?]{0,60}?\bnot\b[^.!?]{0,25}?\badvice\b|"
    r"not (?:\w+ ){0,3}advice (?:for|on|about|tailored to) your (?:own |personal |individual |particular )?"
    r"(?:situation|circumstances|case|needs)\b)\b|"
    # A printed document's small print on whom a copy is for, as a sentence of its own: "Not
    # for resale.", "Not for distribution outside the course", "For internal use only."
    r"(?:^|[.!?]\s+)(?:(?:this (?:document|handout|copy|booklet) is )?not for (?:re)?(?:sale|distribution|"
    r"circulation|publication|reproduction)|(?:for )?internal (?:use|circulation) only)\b[^.!?]{0,50}[.!]?\s*$|"
    # A line labelled as one that speaks of the page or to the reader: "Disclaimer: The
    # information here …", "**Legal disclaimer:** We are not …" (a glossary's entry "Disclaimer:
    # a refusal to accept an inheritance" speaks of neither).
    r"^[>*_\s]*(?:legal |medical |important |general )?disclaimer[*_]*\s*[:.–—-][^.!?]*?"
    r"\b(?:this|these|here|we|our|us|you|your|the (?:information|content|author|authors|publisher))\b",
    re.IGNORECASE)
# Credits of a picture: "Photo: … Credit: J. Hale", "Image courtesy of …", "Photo by …".
_CREDIT_RE = re.compile(
    r"^(?i:(?:photo|image|picture|illustration|photograph|figure|video)s?(?:\s+credits?)?\s*:|"
    r"(?:photo|photograph|image|picture|illustration)s?\s+(?:by|courtesy|credit|©|source)\b)|"
    # "Credit: J. Hale / FenceFoto", "Image courtesy of K. Osei": a label, then a name in
    # capitals ("a carbon credit took place" names nobody).
    r"(?:\b(?i:credits?)\s*:|\b(?i:courtesy)(?: of)?|©)\s*[A-Z][\w.]*(?:\s+[A-Z]\.?[\w.]*)*\s*(?:/\s*\S+)?\s*$")
# Who said a quoted line: "— Sarah, Didsbury"; a quotation signed that way is a testimonial.
# ("- Potatoes" is a list item: a signature takes a dash.)
_ATTRIBUTION_RE = re.compile(r"^(?:[—–]|--)\s*[A-Z][\w.'’-]*(?:[\s,]+[A-Z][\w.'’-]*){0,4}$")
# An expert's words signed with their title ("— Dr. Okafor", "— Prof. Lind") are a quotation the
# text cites, not a customer's praise.
_SIGNED_QUOTE_RE = re.compile(r"^[\"“].{10,}[\"”]\s*[—–-]{1,2}\s*(?!(?:Dr|Prof|Professor)\b)"
                              r"[A-Z][\w.'’-]*(?:[\s,]+[A-Z][\w.'’-]*){0,4}$")
_PERSON_RE = re.compile(r"\b(?:I|I'm|I've|me|my|we|our|us|you|your)\b|!", re.IGNORECASE)


def _is_testimonial(text: str) -> bool:
    """Return whether a signed quotation is a customer's praise: it speaks of the speaker or the
    reader, exclaims, or is signed with a place or a date ("— Priya, Westbank"), not a maxim a
    text cites under its author's name ("“The colony, not the bee, is the unit of selection.” —
    E. O. Wilson")."""
    if not _SIGNED_QUOTE_RE.match(text):
        return False
    cut = max(text.rfind("”"), text.rfind('"'))
    return bool(_PERSON_RE.search(text[:cut]) or "," in text[cut:])


# The business behind the site: its registration, its opening hours.
_BUSINESS_RE = re.compile(
    r"\b(?:registered (?:in (?:england|scotland|wales|ireland|the \w+)|office|charity)|"
    r"company (?:no|number|reg(?:istration)?)\b|trading (?:name|style) of|vat (?:no|number|reg)\b|"
    r"(?:opening|office|clinic|surgery|shop|store|business) hours\s*:)", re.IGNORECASE)
# A price on a line of its own: "£64.99", "19,90 €", "USD 12".
_ONE_PRICE = r"(?:[£$€¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|£|\$|usd|eur|gbp|chf))"
# Prices on a line of their own: "£64.99", "19,90 €", "USD 12", a sale's "$1,290 $899" or
# "Was £40 now £32": only prices and the words a price tag puts round them.
_PRICE_RE = re.compile(rf"^(?:(?:from|was|now|only|just|price|sale|save|regular|today)\s*:?\s*)?{_ONE_PRICE}"
                       rf"(?:\s*(?:[/|–—-]|or|now|only|then|sale)?\s*{_ONE_PRICE})*$", re.IGNORECASE)
# Votes and ratings: "21 ✓", "★★★★★ 4.8 from 37 votes", "Rated 4.5 out of 5".
_COUNT = r"[+-]?(?:\d{1,3}(?:,\d{3})*|\d{1,3}(?:[.,]\d)?[kKmM])(?!\d)\s*[✓✔]?"
_SCORE_RE = re.compile(rf"^(?:{_COUNT}(?:\s+{_COUNT}){{0,3}}|#\w+(?:\s+#\w+)*|[★☆✩✪⭐]+.*|[+-]1\b(?:\W.{{0,150}})?)$")
_RATING_RE = re.compile(r"\b\d+(?:\.\d)?\s*(?:/|out of|from)\s*\d+\s*(?:votes|ratings|reviews|stars)\b")
# The site's buttons and skip links: "Jump to Recipe", "Print Recipe", "Pin it for later!".
_BUTTON_RE = re.compile(
    r"^(?:(?:jump|skip) to\b[\w\s']{0,25}|copy link|"
    r"(?:print|pin|save|e-?mail|share|tweet|follow|bookmark)(?:\s+(?:this|it|us|recipe|for later|"
    r"(?:on|via) \w+|the (?:article|post|page|recipe|guide)))*)[!.]?$",
    re.IGNORECASE)

# A pitch for paid access in the third person ("Members get unlimited access to 400 guides for
# £4 a month", "Premium plans include ad-free reading and offline decks"): who pays, a paid
# tier or its members, and the perk they get or the price a tier costs. Members of a genus or
# a committee ("members of …") are no payers.
_MEMBERS_RE = re.compile(r"\b(?:members|subscribers|supporters|patrons)\b(?!\s+of\b)", re.IGNORECASE)
_TIER_RE = re.compile(
    r"\b(?:(?:pro|premium|paid|plus|gold|annual|monthly|yearly|family|student) (?:plans?|tiers?|members?|subscribers?|"
    r"subscriptions?|memberships?|accounts?|users?|access)|"
    r"(?:every|each|any|all|our|a|an|the) (?:paid |premium )(?:plans?|tiers?)|"
    r"(?:every|each|any|all|our|a|an|the|your) (?:memberships?|subscriptions?))\b",
    re.IGNORECASE)
_PERK_RE = re.compile(
    r"\b(?:ad-free|ads?-free|advert-free|no (?:ads|adverts|advertising)|without (?:ads|adverts)|"
    r"(?:unlimited|full|early|exclusive|instant|priority|lifetime) access|access to (?:all|every|the full|our|\d)|"
    r"offline (?:reading|access|decks?|use|mode|downloads?)|members?[- ]only|subscriber[- ]only|"
    r"unlocks? (?:every|all|the full)|bonus (?:content|lessons?|videos?|guides?)|printable|save \d+\s?%|"
    r"(?:get|gets|receive|receives)\b[^.!?]{0,40}\bfree)\b",
    re.IGNORECASE)
# A price for access: by the period ("£4 a month"), or after "for" or "from" ("for just $3.99").
_ACCESS_PRICE_RE = re.compile(rf"(?:\b(?:for|from|only|just)\s+(?:just\s+|only\s+)?{_ONE_PRICE}|"
                              rf"{_ONE_PRICE}\s*(?:a|per|/|each)\s*(?:month|year|week|mo|yr)\b)", re.IGNORECASE)


# Where the comments under an article begin: "12 Comments", "3 thoughts on “…”", "Leave a
# Reply", "Comments are closed", "Archived post. New comments cannot be posted".
_COMMENTS_START_RE = re.compile(
    r"^(?:\d+\s+(?:comments?|replies|responses|thoughts)\b|(?:comments?|discussion|replies)\s*\(\d+\)$|leave a (?:comment|reply)\b|"
    r"comments are (?:closed|disabled)\b|join the discussion\b|discussion about this\b|"
    r"archived (?:post|thread|topic)\b|"
    r"(?:new )?comments? (?:cannot|can no longer) be posted\b|"
    # The comment form in the languages pages most often come in: "Deja un comentario".
    r"deja (?:un comentario|una respuesta)|escribe un comentario|laisser un commentaire|laissez un commentaire|"
    r"laisser une réponse|(?:hinterlasse|schreibe|schreiben sie) einen kommentar|lascia un commento|"
    r"lascia una risposta|deixe (?:um comentário|uma resposta)|deixa um comentário|"
    r"(?:laat|plaats) een (?:reactie|opmerking)|(?:dodaj|zostaw|napisz) komentarz)", re.IGNORECASE)


def is_comments_start(text: str) -> bool:
    """Return whether a line opens the comments below an article."""
    return bool(_COMMENTS_START_RE.match(_plain(text).lstrip("#").strip()))


def is_attribution(text: str) -> bool:
    """Return whether a line only says who said the quotation above it ("— Priya, Westbank")."""
    return bool(_ATTRIBUTION_RE.match(text.strip()))


def is_quotation(text: str) -> bool:
    """Return whether a line is wholly one quotation, in quotation marks."""
    text = text.strip()
    return len(text) > 12 and text[0] in "\"“" and text[-1] in "\"”" and text.count(text[0]) <= 2


# Labels of paid and editorial inserts: "Sponsored: …", "Advertisement · …", "Comment [a]: …".
_INSERT_RE = re.compile(r"^(?:sponsored|advertisement|advert|ad|promoted|paid (?:post|content)|partner content|"
                        r"downloads?|print version|"
                        r"comment\s*\[?\w{1,3}\]?)\s*[:|·—–-]\s*\S", re.IGNORECASE)
# A contents entry: a list item that only links to a place on the same page.
_CONTENTS_ITEM_RE = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])?\s*\[[^\]]+\]\(#[^)]*\)$")


# A link to a file: "Crop rotation planner (PDF, 240 KB)".
_FILE_LINK_RE = re.compile(r"\((?:pdf|docx?|xlsx?|pptx?|zip|epub|mp3)\s*[,;·]?\s*\d+(?:[.,]\d+)?\s*[kmg]b\)\s*$",
                           re.IGNORECASE)


# A telephone number: groups of digits, maybe a country code and an area code in brackets.
_PHONE_RE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)\s?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w.,]?\d)")
_PHONE_DIGITS = (7, 15)
# Calling and booking, in the languages pages most often come in.
_CONTACT_RE = re.compile(
    r"\b(?:call|phone|tel|tél|téléphone|telephone|teléfono|telefono|telefone|telefon|llám\w*|llama\w*|appelez|"
    r"chiama\w*|ligue|bel|zadzwoń|hotline|whatsapp|fax|book\w*|appointments?|cita|citas|rendez-vous|"
    r"termin\w*|appuntament\w*|prenot\w*|consulta|afspraak|wizyt\w*|reserv\w*|contact\w*|kontakt\w*)\b",
    re.IGNORECASE)
_BOOKING_RE = re.compile(
    r"\b(?:pide|pida|solicita|reserva|book|make|prenez|prendre|vereinbaren|buchen|prenota|marque|marcar|maak|"
    r"umów|request)\b.*\b(?:cita|appointment|rendez-vous|termin|appuntamento|visita|consulta|afspraak|wizytę)\b|"
    r"\b(?:cita|appointment|rendez-vous|termin|appuntamento|visita|consulta|afspraak|wizytę)\b.*"
    r"\b(?:vereinbaren|buchen|maken|prenotare)\b", re.IGNORECASE)
_CONTACT_MAX_WORDS = 10


def is_contact_line(text: str) -> bool:
    """Return whether a short line gives the site's telephone number or asks the reader to book.

    "Pide tu cita: 900 000 123", "Call us on 0161 496 0000", "Termin vereinbaren": a number
    of seven digits or more beside a word of calling or booking (or alone, written as a
    phone number is: "+34 …"), or a prompt to make an appointment; not a sentence.
    """
    text = text.strip()
    if not text or len(text.split()) > _CONTACT_MAX_WORDS or (ends_sentence(text) and not text.endswith(("!",))):
        return False
    for found in _PHONE_RE.finditer(text):
        digits = sum(c.isdigit() for c in found.group())
        if _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1]:
            rest = (text[:found.start()] + text[found.end():]).strip(" :·|-–—")
            # A bare number is a phone number only in a phone's own shape ("+34 900 …",
            # "(030) …"): "1 204 000" or "1939-1945" on their own are values.
            if _CONTACT_RE.search(rest) or (not rest and found.group().startswith(("+", "("))):
                return True
    return len(text.split()) <= 6 and bool(_BOOKING_RE.search(text))


# A line of nothing but a site generator's template markup, left in a copied or saved page:
# Hugo's shortcodes ("{{< figure src=… >}}", "{{% notice tip %}}"), Liquid's tags and outputs
# ("{% include … %}", "{{ page.title }}") and a blog's bracketed ones ("[caption id=…]",
# "[/caption]", "[gallery ids="4,7"]": a name in small letters, attributes after it).
_TEMPLATE_PART = (r"\{\{<.*?>\}\}|\{\{%.*?%\}\}|\{%.*?%\}|\{\{(?!c\d+::).*?\}\}|"
                  r"\[/?[a-z][a-z0-9_-]*(?:\s+[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s\]]+))?)*\s*/?\]")
# Each part is atomic: it ends at its own closing braces, so that a long run of "{{a}}"
# before other text is not split in every possible way before the match fails.
_TEMPLATE_LINE_RE = re.compile(r"^(?:(?>" + _TEMPLATE_PART + r")\s*)+$")


def is_template_line(text: str) -> bool:
    """Return whether a line holds nothing but template markup ("{{< figure … >}}", "[caption]")."""
    return bool(_TEMPLATE_LINE_RE.match(text.strip()))


def _is_site_furniture(text: str) -> bool:
    """Return whether a line is the site's furniture around the text, not the term's text."""
    if _FILE_LINK_RE.search(text) or is_contact_line(text):
        return True
    if _INSERT_RE.match(text) or _CONTENTS_ITEM_RE.match(text):
        return True
    if _PAGE_ITSELF_RE.match(text) or _DISCLAIMER_RE.search(text) or _LEGEND_RE.match(text):
        return True
    if _ATTRIBUTION_RE.match(text) or _is_testimonial(text) or _SCORE_RE.match(text) \
            or _PRICE_RE.match(text):
        return True
    if len(text.split()) <= 8 and not ends_sentence(text) and _RATING_RE.search(text):
        return True
    if len(text.split()) <= 30 and (_CREDIT_RE.search(text) or _BUSINESS_RE.search(text)):
        return True
    return len(text.split()) <= 5 and bool(_BUTTON_RE.match(text))


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
    # "Cookie settings", "Privacy policy", "Cookies": the dialog's word with a label word
    # after it, or alone; "Cookie cutter shark" and "Privacy coin" are names of things.
    first, _, rest = text.strip().partition(" ")
    if rest and re.match(r"(?:cookies?|privacy|consent|tracking)\b", first, re.IGNORECASE):
        return bool(_LABEL_WORDS_RE.search(rest))
    return bool(_LABEL_WORDS_RE.search(text))


# A site and the partners it speaks for: "Atlas and around 90 partners", "we and our vendors".
_PARTNERS_RE = re.compile(r"\b(?:and|with) (?:our |its |their |selected |trusted )?(?:around |about |over |some |"
                          r"more than |up to )?(?:\d[\d,]* )?(?:partners|vendors)\b", re.IGNORECASE)
def _speaks_with_partners(text: str) -> bool:
    """Return whether the line opens with a site and the partners it speaks for ("Atlas and
    around 90 partners use …"), not a sentence on what a business shares with its partners
    ("Once approved, the bank shares data with its partners …")."""
    match = _PARTNERS_RE.search(text)
    return bool(match) and match.group().lower().startswith("and") and len(text[:match.start()].split()) <= 3


# Pressing a quoted button: 'Tap "Allow all" to agree', "Si pulsas «Aceptar» …", "Klicken Sie
# auf „Zustimmen“".
_PRESS_RE = re.compile(
    r"\b(?:tap|tapping|click|clicking|press|pressing|select|selecting|hit|choose|pulsa\w*|haz clic|clica\w*|"
    r"clique\w*|cliquant|klick\w*|drück\w*|premi\w*|clicca\w*|kliknij|klikając)\s+(?:on |en |sur |auf |su |sobre )?"
    r"[\"“«„‘'](?P<label>[^\"”»“’'\n]{1,30})[\"”»“’']", re.IGNORECASE)


def speaks_of_consent(text: str) -> bool:
    """Return whether a line names consent, privacy or the reader's data, in English or
    another common European language ("Your data, your decision", "Tu privacidad nos importa")."""
    return bool(_CONSENT_RE.search(text) or _FOREIGN_CONSENT_RE.search(text) or _SITE_DATA_RE.search(text))


def _presses_to_agree(text: str) -> bool:
    """Return whether a line tells the reader to press a consent dialog's button, named in
    quotation marks ('Tap "Allow all" to agree', "Si pulsas «Aceptar» das tu conformidad")."""
    if not _AGREEING_RE.search(text):
        # 'On the phone, tap "Allow" when it asks to pair': a step of a how-to, agreeing to nothing.
        return False
    return any((_is_consent_label(m.group("label")) or _FOREIGN_ACCEPT_RE.fullmatch(m.group("label").strip())
                or re.match(r"(?:accept|agree|allow|consent)", m.group("label").strip(), re.IGNORECASE))
               and not _tells_of_pressing(sentence, m)
               for sentence in rough_sentences(text) for m in _PRESS_RE.finditer(sentence))


def _tells_of_pressing(sentence: str, press: re.Match[str]) -> bool:
    """Return whether an English gerund of pressing is what a statement is about, not asked of
    the reader: 'Clicking "I agree" on a checkout page can form a contract' tells what the
    click does in law; 'By clicking "Accept" you agree' and 'Tap "Allow all"' ask the reader."""
    gerund = re.match(r"(?:tapping|clicking|pressing|selecting)\b", press.group(), re.IGNORECASE)
    return bool(gerund) and not re.search(r"\bby\s*$", sentence[:press.start()], re.IGNORECASE) \
        and not _READER_RE.search(sentence) and not _SITE_VOICE_RE.search(sentence)


# What pressing the button is said to do: agree, consent, accept the site's use of data.
_AGREEING_RE = re.compile(
    r"\b(?:agree\w*|consent\w*|accept (?:the|our|their|its|all)|cookies?|privacy|tracking|personal data|"
    r"conformidad|consentimiento|consentement|accord|zustimm\w*|einverstanden|einwilligung|consenso|"
    r"akzeptier\w*|acept\w*|accett\w*|aceit\w*|zgod\w*|toestemming|akkoord)\b", re.IGNORECASE)


# Agreeing by an action, the way consent boxes put it whatever they call their cookies.
_AGREEMENT_RE = re.compile(
    r"\bby (?:clicking|tapping|continuing|using|browsing|staying)\b.{0,80}?"
    r"\b(?:agree|accept|consent|fine with|ok(?:ay)? with|happy with)", re.IGNORECASE)
# The site's voice and the site itself in the languages pages most often come in.
_FOREIGN_VOICE = (r"wir|unsere[mnrs]?|nous|notre|nos|nosotros|nuestr[oa]s?|usamos|utilizamos|utilizziamo|"
                  r"usiamo|nostr[oaie]|wij|onze|gebruiken|używamy|nasz\w*|vi|vår\w*")
_FOREIGN_SITE_RE = re.compile(
    r"\b(?:" + _FOREIGN_VOICE + r")\b.*\b(?:website|webseite|seite|"
    r"site|sitio|sito|navigateur|navegador|browser|besuch\w*|visite\w*)\b|"
    r"\b(?:website|webseite|seite|site|sitio|sito)\b.*\b(?:wir|nous|nosotros|usamos|utilizziamo|wij)\b|"
    # "Questo sito utilizza cookie …", "Diese Website verwendet Cookies": the site itself.
    r"\b(?:questo|dieser?|dieses|ce|cet|este|esta|deze|dit|denna|denne|tämä|ten)\s+"
    r"(?:sito|website|webseite|seite|site|sitio|portale?|sivusto|strona|serwis)\b",
    re.IGNORECASE)
# Consent, privacy and cookies in the languages pages most often come in.
_FOREIGN_CONSENT_RE = re.compile(
    r"\b(?:cookies?|privacidad|confidentialité|vie privée|datenschutz\w*|riservatezza|privacidade|"
    r"prywatności|consentimiento|consentement|einwilligung|zustimmung|consenso|consentimento|toestemming|"
    r"zgod[ayę]|ciasteczk\w*|galletas)\b", re.IGNORECASE)
# The site speaking ("utilizamos", "wir verwenden", "nous utilisons") ...
_FOREIGN_VOICE_RE = re.compile(r"\b(?:" + _FOREIGN_VOICE + r"|unser\w*|verwenden|nutzen|wykorzystujemy)\b",
                               re.IGNORECASE)
# ... or asking the reader to accept or refuse.
_FOREIGN_ACCEPT_RE = re.compile(
    # (Only the languages' own forms: "accepts" and "configuration" are English words too.)
    r"\b(?:acept\w*|accept(?:er|ez|ons|ée?s?)|akzeptier\w*|zustimm\w*|accett\w*|aceit\w*|accepteer\w*|"
    r"akceptuj\w*|zaakceptuj\w*|rechaz\w*|refus(?:er|ez|ée?s?)|ablehn\w*|rifiut\w*|recus(?:ar|e)|weiger\w*|"
    r"odrzu\w*|configura(?:r|ción|ciones|ção|zione|re)|paramétr\w*|einstellung\w*|impostazion\w*|"
    r"instellingen|ustawie\w*)\b", re.IGNORECASE)


def _asks_to_accept(text: str) -> bool:
    """Return whether the text asks the reader to accept or refuse in a word of its own,
    not in the word that names the consent: "Zustimmung der Nachbarn" is a neighbours'
    consent, "… Zustimmung … Alle akzeptieren" a banner's."""
    consent = {m.span() for m in _FOREIGN_CONSENT_RE.finditer(text)}
    return any(m.span() not in consent for m in _FOREIGN_ACCEPT_RE.finditer(text))


_THIS_SITE_RE = re.compile(r"\b(?:this|our) (?:site|website|app|page|service|platform|portal)\b",
                           re.IGNORECASE)

_CRUMB_SEPARATORS_RE = re.compile(r"\s(?:>|›|»|/|\\|→)\s")


_MENU_SEPARATORS_RE = re.compile(r"\s*[|·•]\s*")
_GAP_RE = re.compile(r"\s{2,}")
# The glyphs a site's menu button is drawn with (a "hamburger" of three bars).
_MENU_BUTTON_RE = re.compile(r"^[☰≡]\s*\S")
_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_SEARCH_BOX_END_RE = re.compile(r"(?<=\w)(?:…|\.\.\.)$")


def _is_breadcrumb(text: str) -> bool:
    # "Home > Hormones > Melatonin": short names joined by arrows, no sentence. A site's
    # menu is the same with bars, dots or wide gaps ("Home | Recipes | Shop").
    if _MENU_BUTTON_RE.match(text) and not any(len(p.split()) > 4 for p in _GAP_RE.split(text.strip()[1:].strip())):
        # "☰ Menu   Search…": the button that opens a site's menu, and what stands beside it.
        return True
    # "Episodes | Gear | Search…": a search box trailing off at the menu's end ends no sentence.
    if ends_sentence(_SEARCH_BOX_END_RE.sub("", text)) or text.startswith("|"):  # "| a | b |" is a table row
        return False
    if RELATED_LINE_RE.match(text):
        return False  # "Related: A | B | C" points at other reading
    text = _plain(text)
    # Bars and dots part a site's stamp into short items ("GEOL 210 · Week 4 · Slides on the
    # course site"); arrows and wide gaps part a trail or a menu of a word or four.
    for separators, longest in ((_CRUMB_SEPARATORS_RE, 4), (_GAP_RE, 4), (_MENU_SEPARATORS_RE, 6)):
        parts = separators.split(text)
        if len(parts) >= 3 and all(0 < len(p.split()) <= longest for p in parts):
            return True
    return _is_letter_navigation(text) or _is_pager(text)


def is_trail(text: str) -> bool:
    """Return whether a line is a breadcrumb trail of two names or more, each a word or four
    set off by a trail's arrows or slashes ("Accounting basics / Bookkeeping terms", "Help ›
    Glossary"): where a page sits on its site. A trail of three is chrome wherever it stands
    (see ``is_banner``); one of two is read as one only where a title might be."""
    text = _plain(text).strip()
    if not text or ends_sentence(text):
        return False
    parts = _CRUMB_SEPARATORS_RE.split(text)
    return len(parts) >= 2 and all(0 < len(p.split()) <= 4 and (p.strip()[:1].isupper() or p.strip()[:1].isdigit())
                                   for p in parts)


_PAGER_BACK_RE = re.compile(r"^(?:[←«‹⟵]|(?:previous|prev|next)(?:\s+(?:lesson|lecture|chapter|page|"
                            r"post|article|part|section|unit|week|step))?\s*:)", re.IGNORECASE)
_PAGER_ON_RE = re.compile(r"[→»›⟶]$")


def _is_pager(text: str) -> bool:
    # "← Week 2: Soils | Week 4: Drainage →", "« Previous chapter", "Next: Tides →": links to
    # the pages before and after this one in a series, short titles led or closed by arrows.
    text = text.strip()
    if not (_PAGER_BACK_RE.match(text) or _PAGER_ON_RE.search(text)):
        return False
    parts = [p for p in _MENU_SEPARATORS_RE.split(text) if p.strip("←«‹⟵→»›⟶ ")]
    return 0 < len(parts) <= 2 and all(len(p.split()) <= 8 and not ends_sentence(p.strip("←«‹⟵→»›⟶ "))
                                        for p in parts)


def _is_letter_navigation(text: str) -> bool:
    # "Jump to: A B C G K S", "[C](#c) · [H](#h) · [K](#k)": the letters of an A–Z list.
    body = _LINK_RE.sub(r"\1", text)
    body = re.sub(r"^[^:]{1,20}:\s*", "", body)
    tokens = re.findall(r"\w+", body)
    return len(tokens) >= 3 and all(len(t) == 1 or t == "0-9" for t in tokens)


# Whole labels of consent buttons, lower case.
_LABELS = frozenset({
    "got it", "ok", "okay", "accept", "reject", "decline", "agree", "i agree", "allow", "deny",
    "i accept", "customise", "customize", "more options", "agree and close", "accept and close",
    "accept and continue", "necessary only", "essential only", "only necessary", "no thanks",
    "no, thanks", "not now", "maybe later", "yes please", "yes, i'm happy", "yes, i’m happy",
    # The same buttons in the languages pages most often come in.
    "aceptar", "aceptar todo", "aceptar todas", "rechazar", "rechazar todo", "configurar", "personalizar",
    "accepter", "tout accepter", "refuser", "tout refuser", "paramétrer", "personnaliser", "akzeptieren",
    "alle akzeptieren", "ablehnen", "alle ablehnen", "zustimmen", "einstellungen", "accetta", "accetta tutti",
    "rifiuta", "rifiuta tutti", "personalizza", "aceitar", "aceitar todos", "recusar", "rejeitar",
    "accepteren", "alles accepteren", "weigeren", "akceptuj", "akceptuję", "zaakceptuj wszystkie", "odrzuć",
})


# The same prompts in the languages pages most often come in, which only a prompt uses.
_FOREIGN_SIGNUP_RE = re.compile(
    r"\b(?:abonnez|inscrivez|lettre d'information|abonnieren|newsletter-anmeldung|suscr[ií]bete|"
    r"suscr[ií]base|bolet[ií]n|iscriviti|nieuwsbrief|zapisz się)\b", re.IGNORECASE)


# Signing in or up named as a step of a mechanism, not asked for: after a preposition or an
# article ("after login", "at sign-in", "the login form"), or done by a user in a clause of
# time ("when you log in", "once a user signs up").
_STEP_SIGNUP_RE = re.compile(
    r"\b(?:after|before|at|on|upon|during|until|since|from|per|each|every|the|a|successful|failed)\s+"
    r"(?:log-?in|login|sign-?(?:in|on|up))s?\b|"
    r"\b(?:log-?in|login|sign-?(?:in|on|up))\s+(?:pages?|forms?|flows?|screens?|requests?|attempts?|credentials|"
    r"process|steps?|events?|endpoints?|tokens?|handshakes?)\b|"
    r"\b(?:when|whenever|once|after|before|until|as soon as)\s+(?:you|a user|the user|users|someone)\s+"
    r"(?:logs?|signs?)\s+(?:in|on|up)\b",
    re.IGNORECASE)
# The reader addressed as the owner of something or of what will happen ("your inbox",
# "you'll get"), the words of a pitch rather than of an explanation.
_READER_OWNS_RE = re.compile(r"\b(?:your|yours|you're|you've|you'll|you will|you can|you must|you need)\b",
                             re.IGNORECASE)
_STEP_MIN_WORDS = 12


def _explains_a_step(text: str) -> bool:
    """Return whether every sign-in or sign-up word of a text names a step of a mechanism in
    a statement that explains it, with "you" only as anyone ("web applications remember who
    you are by issuing an identifier after login"): a prompt asks the reader to sign in, says
    what the reader gets ("you'll get", "your inbox"), speaks as the site, or opens with the
    verb it asks for ("Log in to save …")."""
    found = list(_SIGNUP_RE.finditer(text))
    steps = [m.span() for m in _STEP_SIGNUP_RE.finditer(text)]
    if not found or not all(any(a <= m.start() and m.end() <= b for a, b in steps) for m in found):
        return False
    if _READER_OWNS_RE.search(text) or _SITE_VOICE_RE.search(text) or _CTA_VERB_RE.match(text):
        return False
    return ends_sentence(text) and len(text.split()) >= _STEP_MIN_WORDS
# What one subscribes to, named as code or quoted: 'to the "orders" topic', "to `user.created`".
_NAMED_CHANNEL_RE = re.compile(r"\s+(?:to|for|from)\s+(?:the\s+|a\s+|an\s+|each\s+)?(?:`[^`\n]+`|[\"“'‘][^\"”'’\n]{1,40}[\"”'’])")


# The site asking to be followed on social networks: "Follow HeartWise on Facebook and
# Instagram for daily tips", "Like us on Facebook", "Find us on Instagram", "Follow us".
_SOCIAL_NETWORK = (r"(?:facebook|instagram|twitter|x|linkedin|youtube|tiktok|pinterest|threads|"
                   r"mastodon|bluesky|whatsapp|telegram|snapchat|reddit|social media)")
_FOLLOW_RE = re.compile(
    r"^(?:follow|like|find|join|connect with|watch|subscribe to)\s+"
    r"(?:us|(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3})\s+on\s+" + _SOCIAL_NETWORK + r"\b"
    r"|^(?:follow|like|find) us[.!]?$", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 16)
def is_signup(text: str) -> bool:
    """Return whether a line asks the reader to sign up, subscribe or join a newsletter, or to
    follow the site on a social network."""
    text = _plain(text)
    if _FOREIGN_SIGNUP_RE.search(text):
        return True
    if _FOLLOW_RE.match(text):
        return True
    if not _SIGNUP_RE.search(text):
        return False
    if _explains_a_step(text):
        return False
    if all(_NAMED_CHANNEL_RE.match(text, m.end()) for m in _SIGNUP_RE.finditer(text)):
        # 'Subscribe to the "orders" topic to receive every new order event': a step in a
        # messaging system, its channel named as code or in quotation marks.
        return False
    label, colon, rest = text.partition(": ")
    if colon and len(label.split()) >= 2 and _SIGNUP_RE.search(label) and not _SIGNUP_RE.search(rest) \
            and not _SIGNUP_RE.search(label.split()[-1]):
        # "Sign-up bonus: cash a bank pays when you open an account": the word modifies the
        # name of a thing that is defined, asking nothing ("Newsletter sign-up: …" asks).
        return False
    # A term page may explain a "login" or "subscription" in passing; a prompt speaks to
    # the reader or in the site's voice in the sentence that asks, or is a bare button
    # ("Subscribe"): "A client that needs to subscribe to webhooks asks for a separate
    # scope. Accept only the scopes you need." asks for no sign-up.
    return bool(any(_SIGNUP_RE.search(s) and (_READER_RE.search(s) or _SITE_VOICE_RE.search(s))
                    for s in rough_sentences(text))
                or _CTA_VERB_RE.match(text) or len(text.split()) <= 4
                or re.search(r"(?:^|[:.!?]\s*)(?:subscribe|sign up|join|register)\b", text, re.IGNORECASE))


# The site's own courses and events, in the languages pages most often come in: "our
# beginner courses", "unsere Grundkurse", "nos stages", "nuestros cursos", "onze cursussen";
# not "our course of treatment".
# A place or a thing of the trade said in the singular ("in our workshop we clamp …") is none.
_OFFER = (r"(?:courses?|classes|workshops|webinars?|events|\w*kurse[n]?|kurs|\w*seminare[n]?|"
          r"veranstaltungen|cours|stages|ateliers|cursos?|talleres|cors[oi]|laboratori|cursus(?:sen)?|"
          r"kursy|kursów|warsztaty)")
_OWN_OFFER_RE = re.compile(
    r"\b(?:our|unser\w*|nos|notre|nuestr[oa]s?|nostr[oaie]|onze|nasz\w*)\s+(?:[^\W\d]+\s+){0,2}?" + _OFFER + r"\b(?!\s+of\b)",
    re.IGNORECASE)
_OFFER_RE = re.compile(r"\b" + _OFFER + r"\b(?!\s+of\b)", re.IGNORECASE)
# A booking's state, which only an offer has: full, sold out, a waiting list.
_BOOKING_STATE_RE = re.compile(
    r"\b(?:fully booked|booked up|sold out|wait(?:ing)?[- ]?list|ausgebucht|warteliste|liste d'attente|"
    r"complets?|agotad[oa]s?|est[aá]n complet[oa]s|lista de espera|esaurit[oi]|lista d'attesa|volgeboekt|wachtlijst|brak miejsc|"
    r"lista oczekujących|listę oczekujących)\b", re.IGNORECASE)
# A notice's label: "Note:", "Hinweis:", "Remarque :", "Aviso:", "Nota:", "Let op:", "Uwaga:".
_NOTICE_LABEL_RE = re.compile(r"^(?:note|notice|news|update|hinweis|achtung|wichtig|neu|remarque|avis|"
                              r"important|nouveau|aviso|novedad|nota|avviso|novità|let op|opmerking|"
                              r"nieuw|uwaga|ogłoszenie|nowość)\s*:\s*", re.IGNORECASE)


def is_site_notice(text: str) -> bool:
    """Return whether a line is the site's notice of its own courses or events, in any of the
    common European languages: it speaks in the site's voice ("our", "unsere", "nos") of its
    courses or events ("unsere Grundkurse"), or of a booking's state ("ausgebucht", a waiting
    list), a few sentences at most."""
    text = _plain(_words_of_links(text))
    body = _NOTICE_LABEL_RE.sub("", text, count=1)
    if len(rough_sentences(body)) > 3 or len(body.split()) > 45:
        return False
    voice = _SITE_VOICE_RE.search(body) or _FOREIGN_VOICE_RE.search(body)
    if _BOOKING_STATE_RE.search(body) and _OFFER_RE.search(body):
        # "Los cursos de noviembre están completos": an offer said to be full is the site's
        # notice of its own, whoever it says runs it.
        return True
    return bool(_OWN_OFFER_RE.search(body) or (voice and _BOOKING_STATE_RE.search(body)))


# The page thanking the reader for reading: "Thanks for reading!", "Thank you for visiting".
_THANKS_RE = re.compile(r"^(?:many |big )?(?:thanks|thank you)(?: so much| again)? for\b[^.!?]{0,30}?\b(?:reading|visiting|"
                        r"watching|listening|stopping by|following along)\b|^(?:gracias|merci|danke|grazie|"
                        r"bedankt|dziękujemy|dzięki)\b[^.!?]{0,30}?\b(?:leer|lectura|lecture|lire|lesen|"
                        r"lettura|leggere|lezen|czytanie)\b", re.IGNORECASE)
# The page asking whether the reader liked it, its subject left out or the reader named:
# "Enjoyed this?", "Found it useful?", "Did you like this article?", "¿Te ha gustado este
# artículo?", "Ti è piaciuto?", "Vous avez aimé cet article ?", "Hat Ihnen der Beitrag gefallen?".
_LIKED_RE = re.compile(
    r"^(?:(?:did|do) you )?(?:enjoy(?:ed)?|like[ds]?|lov(?:e|ed)|found|find|appreciated?)\s+"
    r"(?:this|it|that|reading)\b[^.!?]{0,40}\?|"
    r"^¿?\s*(?:te|le|os|les) (?:ha|han) (?:gustado|servido|resultado [úu]til)\b[^.!?]{0,40}\?|"
    r"^(?:ti|vi) (?:è|e) (?:piaciut[oa]|stat[oa] utile)\b[^.!?]{0,40}\?|"
    r"^(?:vous avez|tu as) (?:aimé|apprécié)\b[^.!?]{0,40}\?|"
    r"^(?:hat|haben) (?:ihnen|dir|euch)\b[^.!?]{0,40}\bgefallen\s*\?", re.IGNORECASE)
# The site speaking of its own pages: "Our editors check every page each spring", "We update
# these guides monthly".
_OWN_PAGES_RE = re.compile(
    r"\b(?:every|each|all|our|these|this) (?:\w+ )?(?:pages?|articles?|posts?|entries|"
    r"glossary|glossaries|website|web ?pages?|fact ?sheets?)\b", re.IGNORECASE)
_SIGN_OFF_MAX_WORDS = 30


def _spoken_sentences(text: str) -> list[str]:
    """Return a line's sentences, a Spanish "¿" or "¡" opening one of its own too."""
    return [part for sentence in rough_sentences(text)
            for part in re.split(r"(?<=[.!?])\s+(?=[¡¿])", sentence) if part]


def is_sign_off(text: str) -> bool:
    """Return whether a short line is the site signing off under its article: thanking the
    reader, asking whether they liked the page ("Enjoyed this? Pass it on to a friend.",
    "¿Te ha gustado este artículo? ¡Compártelo!"), or telling how it looks after its own
    pages ("Our editorial team reviews every page once a year.")."""
    plain = _plain(text).strip()
    if len(plain.split()) > _SIGN_OFF_MAX_WORDS:
        return False
    sentences = _spoken_sentences(plain)
    if not sentences or len(sentences) > 3:
        return False
    first = sentences[0].lstrip("¡¿ ")
    if _THANKS_RE.match(first) or _LIKED_RE.match(sentences[0].lstrip("¡ ")):
        return True
    # The site's own voice about its own pages, in one sentence of a line, the site its
    # subject ("Our editors review every page …"; not "Today we can date each page of a
    # manuscript …", where "we" are people who study the term's things).
    return len(sentences) == 1 and bool(_SITE_SUBJECT_RE.match(first)) and bool(_OWN_PAGES_RE.search(plain)) \
        and not _READER_RE.search(plain)


_SITE_SUBJECT_RE = re.compile(r"(?:we|our|the (?:\w+ )?(?:team|editors|staff))\b", re.IGNORECASE)


# The site's own shows and apps: a podcast, an episode, a webinar, a video series, an app.
_MEDIA = r"(?:podcasts?|episodes?|webinars?|livestreams?|live streams?|video series|vlogs?|apps?|audiobooks?|newsletters?)"
_MEDIA_RE = re.compile(r"\b" + _MEDIA + r"\b", re.IGNORECASE)
# A release announced: "New episode of …", "Latest podcast: …", "Out now: …", "Free webinar: …",
# "Coming soon: our app" — an announcing word, a few words at most, then the show.
_RELEASE_RE = re.compile(
    r"^[^\w]{0,4}(?:(?:brand[- ])?new|latest|this week'?s|out now|now out|just (?:released|out|launched)|"
    r"coming soon|free|live|upcoming)\b(?::\s+(?:[\w'’-]+\s+){0,3}?" + _MEDIA + r"\b|\s+(?:[\w'’-]+\s+){0,3}?" + _MEDIA
    # … and then its title, or whose it is and its title: "Free webinar: …", "New episode of
    # The Kiln Hour: …" (not "New episodes of a soap were recorded …").
    + r"(?=\s*(?:[:!—–]|-\s|$)|\s+(?:of|from|with|on|by)\b[^.!?]*?[:—–]))", re.IGNORECASE)
# Where to tune in: "listen on any app", "watch now", "stream it wherever you get your podcasts".
_TUNE_IN_RE = re.compile(
    r"\b(?:listen|watch|stream|tune in|subscribe)\b(?:\s+(?:to\s+)?(?:it|now|free|today|here|the (?:full )?episode))*"
    r"\s+(?:on|in|at|wherever|anywhere|now|free|today|here)\b", re.IGNORECASE)


# The page asking the reader to add to its comments: "Share your story with other readers in
# the comments", "Tell us about your experience below", "Leave your thoughts", "Join the
# conversation", "Have your say". An imperative, what the reader has to give (their story,
# experience, thoughts or a comment) or the page's discussion, and nowhere to take it but the
# page: "Share your experience of side effects with your nurse" is advice.
_CONTRIBUTION = (r"(?:your\s+(?:own\s+)?(?:story|stories|experiences?|thoughts|comments?|opinions?|views?|tips?|"
                 r"questions?|feedback|two cents|journey)|an?\s+(?:comment|reply|review)|"
                 r"(?:the|our)\s+(?:conversation|discussion|debate))")
# Where on the page it goes: the comments, below, to the site or its readers.
_ON_THE_PAGE = (r"(?:in|into|to)\s+the\s+comments?(?:\s+(?:section|box|form))?|below|here|"
                r"(?:with|for)\s+(?:us|others|everyone|(?:other|our|fellow)\s+readers|(?:the|our)\s+community)|"
                r"on\s+(?:our|the)\s+(?:forum|community|page|message board)")
_DISCUSSION_RE = re.compile(
    r"^(?:(?:share|tell(?:\s+(?:us|others))?|leave|join|post|add|drop|give|write|send|submit|let\s+us\s+know)"
    r"(?:\s+(?:about|us))?\s+" + _CONTRIBUTION
    # Its subject may be named if where it goes is: "Share your tips on pruning below".
    + r"(?:(?:\s+(?:on|about|of|with)\s+[^.!?]{1,40}?)?(?:\s+(?:" + _ON_THE_PAGE + r")){1,2})?"
    # "Have your say", "Join the conversation" ask whatever their subject.
    r"|^(?:have\s+your\s+say|join\s+(?:the|our)\s+(?:conversation|discussion|debate))\b[^.!?]{0,60}?)"
    r"\s*[.!]*$", re.IGNORECASE)


def _asks_for_comments(sentences: list[str]) -> bool:
    """Return whether sentences ask the reader to add to the page's comments, with at most a
    question to the reader beside the request ("Been there? Tell us your story below.")."""
    return any(_DISCUSSION_RE.match(s) for s in sentences) and all(
        _DISCUSSION_RE.match(s) or _reader_question(s) for s in sentences)


@functools.lru_cache(maxsize=1 << 16)
def is_promotion(text: str) -> bool:
    """Return whether a stand-alone line is a call to action or a marketing teaser."""
    if is_site_notice(text) or is_sign_off(text):
        return True
    text = _plain(_words_of_links(text))
    # A message quoted to be spoken of is the text's example, not its voice: '"… Click here to
    # verify your account within 24 hours." is a classic lure.'
    spoken = _MENTION_RE.sub("", text)
    if spoken != text and len(spoken.split()) >= 3:
        text = spoken
    sentences = rough_sentences(text)
    if 2 < len(sentences) <= 6 and len(text.split()) <= 60 and _asks_and_urges(sentences):
        return True
    if re.search(r"[!?]", text) and len(sentences) <= 4 and len(text.split()) <= 25 and (
            _SELF_REFERENCE_RE.search(text) or _FEEDBACK_RE.search(text)):
        # An exclamation or a question about the page itself, or asking for feedback, is
        # the site talking, not the term's text ("Enjoyed this guide? Pass it on! …").
        return True
    if not sentences or len(sentences) > 2 or len(text.split()) > 40:
        return False
    if _asks_for_comments(sentences):
        return True
    if _HEADLINE_RE.match(text) and not ends_sentence(text):
        return True
    if _IF_YOU_LIKED_RE.match(text):
        # "If you liked this, hit the button and follow …": the page asking to be liked.
        return True
    if _SHOP_RE.search(text) and not _DEFINES_RE.match(text):
        # "A lead magnet is a free item, such as … a free trial": a sentence saying what a
        # thing is names the offer it defines, selling none.
        return True
    if _COURSE_ERRAND_RE.search(text):
        # "Don't forget to download the worksheet before the live session": the course
        # reminding its students, not the term's text.
        return True
    if _PERK_RE.search(text) and (_MEMBERS_RE.search(text) or _TIER_RE.search(text)) or (
            _TIER_RE.search(text) and _ACCESS_PRICE_RE.search(text)):
        # Paid access pitched in the third person: who pays, and the perk they get or the
        # price a tier costs ("Premium plans include ad-free reading", "Annual membership: …
        # for €49").
        return True
    if _TIER_PERK_RE.search(text):
        # A perk of a paid plan is the site selling the plan, whatever the line is labelled.
        return True
    if _RELEASE_RE.match(text) or (_TUNE_IN_RE.search(text) and _MEDIA_RE.search(text)):
        # "New episode of our podcast: …", "Out now: the spring webinar", "… — listen on any
        # app": the site announcing its own podcast, show, app or webinar.
        return True
    if _APPEAL_RE.search(text) and any(_urges(s) for s in sentences):
        # "Support our reporting — become a member from $4 a month": whatever it opens with,
        # a line that urges the reader to pay the site is its appeal, not the term's text.
        return True
    if re.search(r"[!?]", text) and len(text.split()) <= 25 and (
            _SELF_REFERENCE_RE.search(text) or _FEEDBACK_RE.search(text)):
        # An exclamation or a question about the page itself, or asking for feedback, is
        # the site talking, not the term's text.
        return True
    if len(sentences) == 2 and _reader_question(sentences[0]) and (
            _urges(sentences[1]) or sentences[1].endswith("!")):
        # An exclamation after the question urges in any language: "Ti è piaciuto questo
        # articolo? Salvalo su Pinterest!"
        return True
    if len(sentences) == 2 and _reader_question(sentences[0]) and _urges(sentences[1]):
        # "Like what you read? Share it …", "Ready to try it? Find a club …": a question put to
        # the reader, then what to do about it.
        return True
    # Sending the reader to their own doctor, insurer or bank is advice, whatever it promises:
    # "Ask your old insurer for proof …; the new one will need it within 30 days."
    sentences = [s for s in sentences if not (_OWN_AGENT_RE.match(s) and not _SITE_VOICE_RE.search(s))]
    if not sentences:
        return False
    reader = any(_READER_RE.search(s) for s in sentences)
    promise = any(_PROMISE_RE.search(s) for s in sentences)
    # An instruction alone ("Take it before you eat.") is the term's own advice; a call to
    # action also sells (free, today, our tool, a quiz).
    # The promise is made by the sentence that urges: "… so the course setter can check. See
    # the rules page." urges nothing it sells.
    if len(sentences) == 2 and _is_statement(sentences[0]) and _ASKS_ABOUT_READER_RE.match(sentences[1]):
        return False  # "Rare complications include … Tell us if you are pregnant …": advice
    if any(_CTA_VERB_RE.match(s) and (_PROMISE_RE.search(s) or _SITE_VOICE_RE.search(s))
           for s in sentences):
        return True
    # Teasers address the reader and promise ("… shape your hormones more than you think"),
    # in one sentence: "Store unopened pens in the fridge. Keep the pen you are using …" is
    # care advice, the verb "store" in one sentence and the reader in the other.
    return reader and promise and (len(sentences) < 2 or any(
        _READER_RE.search(s) and _PROMISE_RE.search(s) for s in sentences))


# A headline that counts what it offers ("Five water tweaks that changed our garden", "7
# mistakes new runners make", "A dozen knots …"), or whose first person is the site ("The one
# loaf that taught us everything", "Our favourite crags for a first season").
_COUNT_WORDS = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a dozen)"
_COUNTED_HEADLINE_RE = re.compile(rf"^{_COUNT_WORDS}\s+(?:[\w'-]+\s+){{0,3}}?[\w'-]{{3,}}s\s+\S", re.IGNORECASE)
_FIRST_PERSON_RE = re.compile(r"\b(?:we|us|our|ours|we've|we're)\b", re.IGNORECASE)
# The site's voice opens the blurb: "We tried …", "Our coaches have seen …".
_SITE_BLURB_RE = re.compile(r"^(?:here(?:'s| is| are)\s+(?:what|how|why)\s+)?(?:we|our|we've|we're|we'd)\b",
                            re.IGNORECASE)
# An author's "we" of method ("We define the index as …", "We assume a steady flow") is the
# term's text, never the site's.
_METHOD_WE_RE = re.compile(
    r"^we\s+(?:(?:can|may|shall|will|must|then|now|first|usually|often|also)\s+)?(?:define|denote|write|call|"
    r"assume|consider|model|treat|measure|compute|calculate|estimate|distinguish|express|obtain|derive|"
    r"find|note|see|say|speak|refer|take|use|let|set|represent|describe|classify|divide)\b",
    re.IGNORECASE)
_SITE_BLURB_MAX_WORDS = 40


def is_site_teaser(heading: str, text: str) -> bool:
    """Return whether a heading and the text under it are the site's teaser, not a section: a
    headline that counts what it offers or speaks as the site, over a short blurb in the site's
    own voice ("Five water tweaks that changed our garden" over "We tried every trick …").
    An author's "we" of method ("Our definition of the index" over "We define the index as
    …") is a section's own."""
    heading = _plain(_HEADING_MARK_RE.sub("", heading)).strip().rstrip(":").strip()
    text = _plain(text).strip()
    if not heading or ends_sentence(heading) or heading.endswith("?"):
        return False
    if not (_COUNTED_HEADLINE_RE.match(heading) or _FIRST_PERSON_RE.search(heading)):
        return False
    sentences = rough_sentences(text)
    if not sentences or len(sentences) > 2 or len(text.split()) > _SITE_BLURB_MAX_WORDS:
        return False
    return bool(_SITE_BLURB_RE.match(sentences[0])) and not _METHOD_WE_RE.match(sentences[0])


# "More tutorials", "Other guides", "Similar posts": a heading over the site's other pages.
_MORE_PAGES_RE = re.compile(
    r"^(?:more|other|similar|recent|newer|older|popular)\s+(?:\w+\s+)?(?:articles|posts|guides|tutorials|"
    r"recipes|stories|terms|entries|questions|videos|reads|lessons|courses|pages|topics|glossaries|"
    r"definitions|episodes|tips|news)"
    # … and who else reads them: "Other guides nurses are reading", "More stories readers enjoyed".
    r"(?:\s+(?:\w+\s+){0,2}(?:are |were )?(?:reading|read|enjoying|enjoyed|viewing|viewed|watching|liked|loved|sharing|shared))?$"
    # "What other nurses are reading", "What readers are reading now".
    r"|^what (?:other |our |fellow )?\w+ (?:are|were) (?:reading|watching|viewing)(?: now| this week| today)?$")
# The author's box and the comments under an article belong to the site, not the term.
_SITE_HEADING_RE = re.compile(
    r"^(?:about (?:the|this) (?:author|writer|contributor)s?|about me|author bio|meet the author|"
    r"\d+ (?:comments?|replies|responses|thoughts|answers?)(?: on .*)?|comments|leave a (?:comment|reply)|"
    r"re: .+|"  # a reply in a forum thread
    r"what (?:our|my) (?:clients|customers|readers|students|patients) say|testimonials?|reviews?)$")


# A heading over the site's own help: "Help", "Customer support", "About us" ("Support"
# alone may be how a structure is held up). (Its contact details
# under "Contact us" are a site block of their own, kept with related reading.)
_SITE_HELP_RE = re.compile(
    r"^(?:help(?: cent(?:re|er)| desk| and support)?|customer (?:service|support|care)|about us|"
    r"about (?:the|this|our) (?:site|website|app|company|team|project)|who we are|need (?:more )?help\??)$")
# A heading over questions about something named: "FAQ about Nestwell", "Questions about our
# plans", "Frequently asked questions on the app".
_QUESTIONS_ABOUT_RE = re.compile(
    r"^(?:faqs?|frequently asked questions|(?:common |your |popular )?questions|help|q ?& ?a)\s+"
    r"(?:about|on|for|with|regarding|concerning)\s+(?P<object>\S.*?)\??$")


def is_site_help_heading(heading: str, article: str) -> bool:
    """Return whether a heading opens the site's own help rather than a section: "Help",
    "About us", or questions about something the article above it (``article``: its title
    and opening) never names, such as the site's brand or its plans ("FAQ about Nestwell");
    "FAQ about tidal range" on a page about tidal range is the term's."""
    normal = _plain(normal_line(_HEADING_MARK_RE.sub("", heading))).strip().rstrip(":").strip()
    if _SITE_HELP_RE.match(normal):
        return True
    about = _QUESTIONS_ABOUT_RE.match(normal)
    if not about:
        return False
    words = set(re.findall(r"[^\W\d_]{3,}", about.group("object")))
    if words & {"our", "the", "your", "this"} and words - {"our", "the", "your", "this"} <= {
            "site", "website", "app", "plans", "plan", "service", "services", "membership", "subscription",
            "account", "company", "team", "courses", "course", "shop", "store"}:
        return True
    named = {w for w in re.findall(r"[^\W\d_]{3,}", article.casefold())}
    return not any(w[:5] in {n[:5] for n in named} for w in words - {"our", "the", "your", "this", "and"})


# The page's own outline: "Learning objectives", "Key takeaways", "In this lesson".
_OUTLINE_RE = re.compile(r"^(?:learning (?:objectives|outcomes|goals)|key (?:takeaways|points)|"
                         r"what you(?:'ll| will) learn|in this (?:article|lesson|guide|chapter|lecture|post|section|series)|"
                         r"objectives|at a glance|tl;?dr)$")


# Asking to be told about the reader's own case: "Tell us if you are pregnant", "Let your
# nurse know whether you take …". After a statement of the term's text in the same paragraph
# ("Rare complications include … Tell us if …") it is the section's advice, not a call to action.
_ASKS_ABOUT_READER_RE = re.compile(
    r"^(?:tell|let)\s+(?:us|me|your\s+[\w-]+|the\s+[\w-]+)\s+(?:know\s+)?(?:if|whether|when|before|about)\s+you\b",
    re.IGNORECASE)


# A quotation of four words or more inside a line.
_MENTION_RE = re.compile(r"[“\"](?=(?:[^”\"\s]+\s+){3})[^”\"]+[”\"]")
# An imperative that sends the reader to someone of their own: "Ask your pharmacist …", "Tell
# your doctor …", "Call your vet …"; not "Ask our pharmacists …".
_OWN_AGENT_RE = re.compile(r"^(?:ask|tell|call|phone|contact|see|consult|speak to|speak with|talk to|talk with|"
                           r"check with|write to)\s+your\s+(?:own\s+|old\s+|new\s+|local\s+|usual\s+)?"
                           r"(?!free\b)[\w-]+", re.IGNORECASE)


def _is_statement(sentence: str) -> bool:
    """Return whether a sentence states something at ordinary length, asking and urging nothing."""
    return (len(sentence.split()) >= 12 and not sentence.endswith(("?", "!")) and not _CTA_VERB_RE.match(sentence)
            and not _SITE_VOICE_RE.search(sentence))


def is_outline_heading(text: str) -> bool:
    """Return whether a heading stands over the page's outline of itself, not over the term's text."""
    return bool(_OUTLINE_RE.match(normal_line(_plain(text)).lstrip("#").strip().rstrip(":").strip()))


def is_related_heading(text: str) -> bool:
    """Return whether a heading stands over other pages' titles, the author's box or comments."""
    normal = normal_line(text).rstrip(":").strip()
    return (normal in RELATED_HEADINGS or bool(_MORE_PAGES_RE.match(normal))
            or bool(_SITE_HEADING_RE.match(normal)) or is_bare_pointer(text))


# Headings over a page's sources, not over other articles: their lines are citations.
_SOURCES_HEADINGS = frozenset({
    "references", "bibliography", "citations", "footnotes", "works cited", "notes and references",
    "cite this page", "cite this article", "cite this entry", "how to cite", "how to cite this page",
    "how to cite this article", "citation", "cite as",
})
# Pointers that are links themselves, not headers over a list of links.
LINK_POINTERS = frozenset({"read more", "continue reading", "keep reading", "read next"})


def is_reading_header(text: str) -> bool:
    """Return whether a line only heads a list of other articles' titles: "Related stories",
    "More from the clinic", "Other guides nurses are reading", "You may also enjoy:". Neither a
    link ("Read more") nor a heading over the page's sources ("References") is one."""
    plain = normal_line(_plain(_HEADING_MARK_RE.sub("", text))).strip().rstrip(":").strip()
    if not plain or plain in LINK_POINTERS or plain in _SOURCES_HEADINGS:
        return False
    return (plain in RELATED_HEADINGS or plain.startswith("more from ") or bool(_MORE_PAGES_RE.match(plain))
            or is_bare_pointer(plain))


# A question about the term has a subject of its own ("Is the horse lame?", "Can it be
# treated?"); the site's question to the reader leaves it out ("Spotted an error?", "Ready to
# try it?", "Found this useful?") or names the reader ("Do you want to learn more?").
_ASKS_ABOUT_RE = re.compile(r"^(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|may|"
                            r"might|must|has|have|had|how|what|why|when|where|which|who|whose)\b",
                            re.IGNORECASE)


def _urges(sentence: str) -> bool:
    # "Browse our courses.", or the same after a dash or colon: "There's more — browse our courses."
    # A row of share buttons after the colon urges as a verb does: "Spread the word: X · Y · Email".
    clauses = re.split(r"\s[—–-]\s|:\s", sentence)
    # Asking the reader to book urges in any language: "Pide una primera visita gratuita".
    return any(_CTA_VERB_RE.match(clause.strip()) or (k and _is_breadcrumb(clause.strip()))
               or _BOOKING_RE.match(clause.strip()) for k, clause in enumerate(clauses))


_ELLIPTICAL_HAVE_RE = re.compile(r"^(?:have|got)\s+(?:a|an|any|some|questions?|feedback|ideas?|"
                                 r"suggestions?|more)\b", re.IGNORECASE)


# The site asking whether its page falls short: "Did we miss a term?", "Have we got something wrong?".
_SITE_ASKS_RE = re.compile(r"^(?i:did|have)\s+we\s+(?:miss(?:ed)?|forg[eo]t(?:ten)?|leave|left|get|got|overlook(?:ed)?)\b")


def _reader_question(sentence: str) -> bool:
    if not sentence.endswith("?"):
        return False
    if _ELLIPTICAL_HAVE_RE.match(sentence):
        return True  # "Have a term to add?", "Got questions?": "do you" left out
    if _SITE_ASKS_RE.match(sentence):
        return True  # "Did we miss a term?", "Have we got something wrong?": the site asking
    return not _ASKS_ABOUT_RE.match(sentence) or bool(_READER_RE.search(sentence))


def _asks_and_urges(sentences: list[str]) -> bool:
    """Return whether sentences are all questions to the reader and what to do about them.

    "Spotted a mistake? Email the editor. Want to learn more? Our course starts in May.":
    questions, imperatives and promotions only, and at least one of each of the first two.
    """
    if not any(_reader_question(s) for s in sentences):
        return False
    questions = sum(1 for s in sentences if s.endswith("?"))
    # A row of buttons ("Tweet | Share | Pin") after the question urges as a sentence does.
    urging = [s for s in sentences if not s.endswith("?") and (
        _CTA_VERB_RE.match(s) or is_promotion(s) or _SITE_VOICE_RE.search(s) or is_banner(s))]
    # Between the question and the call, a product's promise to the reader ("Revalidation
    # coming up? NotesPro logs your hours for you. Join from £2.99 a month.") is the pitch.
    promised = [s for s in sentences if not s.endswith("?") and s not in urging and _READER_RE.search(s)]
    urges = len(urging) + (len(promised) if any(_CTA_VERB_RE.match(s) for s in urging) else 0)
    return questions >= 1 and urges >= 1 and questions + urges == len(sentences)


@functools.lru_cache(maxsize=1 << 16)
def is_related_line(text: str) -> bool:
    """Return whether a line points at other articles ("Related: …", "Read more")."""
    text = _plain(text)
    return bool(RELATED_LINE_RE.match(text))


# A question an FAQ puts in the buyer's or the user's mouth: the asker is "I" or "we", or the
# site asks "you" ("Do I need a scanner?", "Can we pay in instalments?", "Do you ship abroad?").
_ASKER_RE = re.compile(r"\b(?:I|I'm|I've|I'll|me|my|mine|[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our|[Yy]ou're)\b")
# What buying and taking part are about, whoever asks: the price, the payment, the refund,
# enrolling, access, certificates and credits, delivery.
_PURCHASE_RE = re.compile(
    r"\bhow much (?:does|do|is|are|will) (?:it|the|this|a|an|my|our)\b.{0,40}\bcost\b|"
    r"\b(?:refunds?|refunded|money[- ]back|prices?|pricing|fees?|tuition|costs? of (?:the|a|this) (?:course|class|programme|program|"
    r"membership|subscription)|payments?|pay(?:ing)? (?:for|in|by|with)|instal(?:l)?ments?|discounts?|coupons?|"
    r"vouchers?|invoices?|receipts?|enrol(?:l)?(?:ing|ment|ed)?|sign[- ]?up|register(?:ing|ed)? for|"
    r"certificates?|certification|(?:CE|CPD|CME|CEU) (?:credits?|points?|hours?)|credits? (?:hours?|points?)|"
    r"lifetime access|access to the (?:course|videos|lessons|materials)|shipping|delivery|dispatch|"
    r"returns? policy|warranty|account|log ?in|password|subscription|cancel (?:my|your|the) (?:order|subscription|plan))\b",
    re.IGNORECASE)


# What the site offers and runs, that its own FAQ answers about: its plans, members and
# accounts, its app and downloads, a printable copy, its own lessons, guides and charts.
_SERVICE_RE = re.compile(
    r"\b(?:(?:your|my|our|any|every|each|annual|monthly|yearly|paid|free|premium|basic|pro|family|student|"
    r"individual) plans?|(?:your|my|our|a|an) (?:membership|subscription|account)s?|"
    r"(?:premium|pro|paid|free|user|student) (?:accounts?|versions?|tiers?|access)|"
    r"(?:membership|subscription) (?:plans?|fees?|cards?|tiers?)|"
    r"(?:mobile|our|the|an?|this) app|(?:download|print)(?:ed)? (?:the|a|an|our|it|them|every|all|any)\b|"
    r"downloadable|printable|print (?:version|button|icon|edition|copy)|"
    r"offline (?:use|reading|access|mode|cop(?:y|ies))|(?:use[ds]?|read|work|available|saved?) offline|"
    r"log(?:ged)?[- ]?in|sign(?:ed)?[- ]?in|auto-?renew\w*|renewal date|billing|"
    r"(?:teacher|school|site|class|group|team|user) licen[cs]es?|free trial|"
    r"sync(?:s|ed)? (?:to|with|across|between)\b|"
    r"(?:our|paying|paid|premium|existing|registered) (?:members|subscribers)|"
    r"(?:our|the|these|this|your|my|new|more|all|any|free) (?:(?:web)?site|(?:video |online )?(?:course|class|library)|"
    r"guides|lessons|tutors|videos|recipes|decks|charts|worksheets|newsletter|developers|editors|team)|"
    r"(?:our|this) (?:guide|lesson|video|recipe|deck|chart|worksheet))\b",
    re.IGNORECASE)
# The site's own pages and pictures, which it speaks of in its own voice ("We review every entry
# each spring", "Teachers may use any diagram with credit to us").
_OWN_CONTENT_RE = re.compile(r"\b(?:the|this|our|every|each|all|any|these) (?:\w+ )?(?:glossary|glossaries|pages?|"
                             r"articles?|entry|entries|definitions?|diagrams?|illustrations?|photos?|content)\b",
                             re.IGNORECASE)
# A question of the world's that a reader may put with "we" or "you" ("Why do we feel colder
# in the wind?", "How do we know the sea is rising?"): it asks why or how things are.
_WORLD_QUESTION_RE = re.compile(r"^(?:why\b|how (?:do|does|can|could|would) (?:we|you) (?:know|tell|explain)\b)",
                                re.IGNORECASE)


def is_customer_question(question: str, answer: str, names: Iterable[str], steps: bool = False,
                         among_sections: bool = False) -> bool:
    """Return whether an FAQ's question and answer are about buying or using the site's product
    or course, not about the term: the asker is the reader ("Do I need …?", "Can I get a
    refund?") and the question leaves the term unnamed, or the pair is about paying, enrolling,
    certificates or delivery, or the question leaves the term unnamed and the pair speaks of the
    site's own offering (its plans, app, downloads, lessons) in the site's voice or to the reader
    ("Is the course suitable for beginners?" over "Absolutely. Our tutors …"). A question
    answered by ``steps`` (numbered sentences: "How do you tie it?" over "1. Make a small loop
    …") is a how-to of the term's, unless it is about paying; so is one
    ``among_sections`` of the article (a section of its own follows)."""
    question, answer = _plain(question), _plain(answer)
    low = question.casefold()
    named = any(_names_in(n, low) for n in names if n)
    # An answer that names the term is about it, whatever it mentions ("… every invoice …
    # compared with the Benford curve").
    answered = any(_names_in(n, answer.casefold()) for n in names if n)
    if _PURCHASE_RE.search(question):
        return True
    # The site's offering, or its own pages spoken of in its own voice.
    service = bool(_SERVICE_RE.search(question) or _SERVICE_RE.search(answer)) or bool(
        _SITE_VOICE_RE.search(answer) and _OWN_CONTENT_RE.search(f"{question} {answer}"))
    world = bool(_WORLD_QUESTION_RE.match(question)) and not service
    if world and not (_SITE_VOICE_RE.search(answer) or _READER_RE.search(answer)):
        # "Why do subscribers cancel their plans?" over "Customers leave when … the price they
        # pay": a question of the field's, answered of others, whatever the answer mentions.
        return False
    if _PURCHASE_RE.search(answer) and not named and not answered:
        return True
    if service and not named and (_SITE_VOICE_RE.search(answer) or _READER_RE.search(answer)
                                  or _ASKER_RE.search(question) or len(_SERVICE_RE.findall(answer)) >= 2):
        # The site answering about what it offers, in its voice, to the reader, or in its own
        # words for it: "Can the guides be downloaded?" over "All guides can be saved to your
        # device …"; "Are the charts free to reuse?" over "Yes. Every chart on our site …";
        # "Do the decks work on a phone?" over "The decks sync to the mobile app …". An app
        # that a field's question asks about ("Why does the app wake the phone?"), answered
        # of the field's own things, is the field's.
        return True
    if answered or among_sections:
        # A question heading among the article's sections heads the article's text.
        # "Why does it matter when I'm shopping?" answered with the term ("… 28% of your RI …"),
        # "Do I need blood tests?" over "… because metformin is cleared by the kidneys": a
        # question of the term's put in the reader's mouth.
        return False
    if world:
        # "Why do we square the deviations?": "we" are everyone, and the answer explains.
        return False
    if _OF_IT_RE.search(question):
        # "Should I take it with food?": the page's term is what "it" asks about.
        return False
    return _asker_in(question) and not named and not steps


# "it" as what the reader does something to, with no thing of the reader's beside it:
# "Should I take it with food?", "Can I freeze it?"; not "Can I pay for it by card?"
# (paying is the FAQ's anyway) nor "Can I change my date?".
_OF_IT_RE = re.compile(r"^(?:should|can|could|do|must|may|how (?:do|should|can|often (?:do|should))|when (?:do|should)|"
                       r"where (?:do|should))\s+(?:I|we)\s+(?!\w+\s+(?:my|our)\b)\w+\s+(?:it|them)\b", re.IGNORECASE)
# A verb whose object "you" is anyone: "What does a p-value tell you?" asks what the term's
# thing shows, not what the reader buys ("Do you ship abroad?", "Can you send me …?").
_GENERIC_YOU_RE = re.compile(r"\b(?:tells?|shows?|gives?|helps?|lets?|makes?|protects?|teaches?|warns?)\s+you\b",
                             re.IGNORECASE)


def _asker_in(question: str) -> bool:
    """Return whether a question is put in the reader's or the site's mouth."""
    return bool(_ASKER_RE.search(_GENERIC_YOU_RE.sub("", question)))


def _names_in(name: str, text: str) -> bool:
    # "Clear aligner therapy" is named by "aligners" or "the therapy": the whole name, an
    # abbreviation, or one of its long words (cut to five letters so that a plural meets it).
    if re.search(r"(?<!\w)" + re.escape(name.casefold()) + r"(?!\w)", text):
        return True
    return any(w.casefold()[:5] in text for w in re.findall(r"[^\W\d_]{6,}", name))


def is_bare_pointer(text: str) -> bool:
    """Return whether a line is only a pointer to other reading ("You may also enjoy:"), with
    nothing after it: it stands over the list of headlines that follows."""
    plain = _plain(_HEADING_MARK_RE.sub("", text)).strip().rstrip(":").strip()
    found = RELATED_LINE_RE.match(plain)
    return found is not None and not plain[found.end():].strip(" :,-–—»›>")


# A player's or a reader's widget above an article ("Listen to this article", "Read aloud",
# "Play audio"): a verb of listening or playing over the article itself, no sentence.
_WIDGET_RE = re.compile(r"^(?:[▶►⏵🎧🔊]\s*)?(?:(?:listen|play|hear)(?:\s+to)?\s+(?:this|the)\s+(?:article|story|page|post|"
                        r"guide|episode)|(?:listen|play)(?:\s+the)?\s+audio(?:\s+version)?|read aloud|audio version)"
                        r"\b[^.!?\w]{0,3}(?:\(?\d{1,2}:\d{2}\)?)?$", re.IGNORECASE)


def is_header_furniture(text: str) -> bool:
    """Return whether a short line of a page's header is the site's: a menu, a trail, a
    byline, a row of buttons, an advert's label or a listening widget, never the term's name.
    A menu that ends in a search box ("… | Search…") trails off without ending a sentence."""
    text = text.strip()
    if _WIDGET_RE.match(text):
        return True
    if ends_sentence(_SEARCH_BOX_END_RE.sub("", text)):
        return False
    return is_banner(text) or is_promotion(text)


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



_CONTENT_WORD_RE = re.compile(r"[^\W\d_]{5,}")
# A closing sentence this long that shares words with the text above it goes on with it.
_OWN_MIN_WORDS = 12


def content_words(text: str) -> set[str]:
    """Return the long words of a text, cut to a stem of five letters so that "hormonal"
    meets "hormones" and "vomits" "vomiting"."""
    return {w.casefold()[:5] for w in _CONTENT_WORD_RE.findall(text)}


def _goes_on(paragraphs: list[Paragraph], index: int, above: str) -> bool:
    """Return whether a paragraph is a sentence of ordinary length that takes up the words of
    the paragraphs before it or of the article above them."""
    text = paragraphs[index].text
    return len(text.split()) >= _OWN_MIN_WORDS and len(content_words(text) & content_words(
        " ".join([above, *(p.text for p in paragraphs[:index])]))) >= 2


def trailing_teasers(paragraphs: list[Paragraph], names: tuple[str, ...], above: str = "") -> int:
    """Return how many paragraphs at the end of a block are teasers for other articles.

    A quotation set off as such ("> A good repair is one …") is the section's own, and so is
    what stands before it. So is a sentence of ordinary length that takes up the words of
    the block or of the article ``above`` it ("The main obstacles are cost and access: …"
    closing a section on a machine's costs) when a single teaser or pointer follows it; a
    run of several is a list of other articles' blurbs.
    """
    lowered_names = [n.casefold() for n in names if n]
    count = 0
    along = 0
    while (len(paragraphs) - along > 1 and len(paragraphs[-1 - along].lines) == 1
           and points_along(paragraphs[-1 - along].text)):
        # "Coming up in 6.4: how plants respire at night", "In the next chapter we look at …":
        # the next pages of the series announced, a sentence or not.
        along += 1
    if along:
        return along
    # The first paragraph under a heading is the section itself, never a teaser.
    for paragraph in reversed(paragraphs[1:]):
        text = paragraph.text
        if len(paragraph.lines) != 1 or not ends_sentence(text) or (
                len(rough_sentences(text)) != 1 and not (count == 0 and points_ahead(text))):
            # "Curious? Next week: grafting …" is a pointer in two sentences.
            break
        if _CONTINUATION_RE.match(text) or text[:1].islower():
            break
        if any(n in text.casefold() for n in lowered_names):
            break
        if len(text.split()) > _TEASER_MAX_WORDS:
            # A long closing sentence is the section's own second paragraph.
            break
        if any(line.quoted for line in paragraph.lines) or is_quotation(text):
            # Set off as a quotation, or wholly in quotation marks (an HTML blockquote).
            break
        if _AHEAD_LABEL_RE.match(text) and _AHEAD_LABEL_RE.match(paragraphs[0].text) and not points_ahead(text):
            # "Normal range: …" opening the block, then "Sample taken: …": label lines alike,
            # the block's own items, never other articles' blurbs.
            break
        count += 1
    if count == 2 and _goes_on(paragraphs, len(paragraphs) - 2, above):
        count = 1  # the section's own closing sentence, then one teaser or pointer
    # One short closing sentence is too often the author's own; teasers come in runs, or
    # point ahead to another page in the site's own voice ("Next in this series: …, and why
    # your air stone matters", "Coming up in our series: …").
    if count == 1 and points_ahead(paragraphs[-1].text):
        return 1
    return count if count >= 2 else 0


# A label of a few words before a colon, then what the next page is about.
_AHEAD_LABEL_RE = re.compile(r"^(?P<label>[^:.!?]{3,60}):\s+\S")


# The parts a site or a course is published in, which a pointer to the next one names.
_UNIT = (r"(?:fact\s+sheets?|sheets?|lessons?|lectures?|chapters?|pages?|posts?|articles?|parts?|sections?|"
         r"units?|modules?|episodes?|issues?|instal(?:l)?ments?|editions?|videos?|class(?:es)?|sessions?|"
         r"tutorials?|guides?|topics?|entry|entries|briefings?|newsletters?|week|month|time|term|"
         r"semester|seminars?|workshops?|webinars?|installments?|handouts?|leaflets?|booklets?)")
# "Next fact sheet: …", "Coming up in 6.4: …", "Up next: …", "Next in this series: …": a label
# that says what comes after this page, then its title.
_ALONG_LABEL_RE = re.compile(
    r"^(?:(?:up\s+)?next|coming\s+(?:up(?:\s+next)?|soon|next)|still\s+to\s+come|later|previously|previous|prev)"
    # The unit may carry its number: "Next handout (No. 5): …".
    r"(?:\s+(?:in|on|from|at|for)\s+[^:!?]{1,30}|\s+(?:\w+\s+)?" + _UNIT + r"(?:\s*\([^()]{1,20}\))?)?\s*:\s+\S",
    re.IGNORECASE)
# The same label in the languages pages most often come in: "Nel prossimo articolo: …",
# "Im nächsten Teil: …", "Dans le prochain épisode : …", "En la próxima entrega: …".
_OTHER_ALONG_LABEL_RE = re.compile(
    r"^(?:nel(?:la)?\s+prossim[oa]|prossimamente|a\s+seguire|im\s+nächsten|in\s+der\s+nächsten|demnächst|"
    r"dans\s+(?:le\s+prochain|la\s+prochaine)|prochainement|à\s+suivre|en\s+(?:el\s+próximo|la\s+próxima)|"
    r"próximamente|in\s+(?:het|de)\s+volgende|binnenkort)(?:\s+[^\W\d][\w'’]*){0,2}\s*:\s+\S",
    re.IGNORECASE)
# "In the next chapter we look at …", "The next lesson covers …", "Next week, we …": the page
# telling what a later one holds.
_ALONG_SENTENCE_RE = re.compile(
    r"^(?:(?:in|on|during)\s+(?:the|our|this|a)\s+(?:next|following|coming|upcoming|later)\s+(?:\w+\s+)?" + _UNIT
    + r"\b|(?:the|our)\s+(?:next|following|upcoming)\s+(?:\w+\s+)?" + _UNIT + r"\s+(?:will\s+)?"
    r"(?:covers?|looks?|explains?|turns?|is about|deals?|shows?|introduces?|explores?|takes?)\b|"
    r"next\s+" + _UNIT + r",?\s+(?:we|you|I)\b|"
    # "In the previous lesson we looked at …": the page recalling an earlier one in its own voice.
    r"(?:in|on)\s+(?:the|our)\s+(?:previous|last|earlier)\s+(?:\w+\s+)?" + _UNIT + r",?\s+(?:we|you|I)\b)",
    re.IGNORECASE)


def points_along(text: str) -> bool:
    """Return whether a line points to the next (or the last) page of the site's series, by a
    label ("Next fact sheet: …") or a sentence ("In the next chapter we …"), in any field."""
    text = _plain(_words_of_links(text)).strip()
    return len(text.split()) <= _TEASER_MAX_WORDS and bool(
        _ALONG_LABEL_RE.match(text) or _OTHER_ALONG_LABEL_RE.match(text) or _ALONG_SENTENCE_RE.match(text))


def points_ahead(text: str) -> bool:
    """Return whether a closing sentence is a pointer to another page: a label of three words
    or more before a colon, in the site's voice or the reader's, any label after a question
    put to the reader, or a pointer along the site's series."""
    if points_along(text):
        return True
    sentences = rough_sentences(text)
    if len(sentences) == 2 and _reader_question(sentences[0]) and _AHEAD_LABEL_RE.match(sentences[1]):
        return True  # "Want more? Next month: the great string debate."
    found = _AHEAD_LABEL_RE.match(text)
    if not found or len(found.group("label").split()) < 3:
        return False
    if len(sentences) > 1 and len(text.split()) > _TEASER_MAX_WORDS:
        # "If you only remember one thing, let it be this: …" over sentences of the term's
        # own text is the section's closing paragraph; a pointer names one page in a line.
        return False
    rest = text[found.end() - 1:].strip()
    if _STATES_RE.match(rest):
        # "Get a quote before you renew: renewal prices are often higher …": what follows the
        # colon states why, a clause of its own, where a pointer names a page ("renovating an
        # old apple tree", "why your air stone matters", "the great string debate").
        return False
    return bool(_READER_RE.search(text) or _SITE_VOICE_RE.search(text))


# A clause that states: a subject of a word or a few, then a verb of being or having.
_STATES_RE = re.compile(r"^(?!(?:how|why|what|when|where|which|who)\b)(?![\w-]+ing\b)(?:[\w'’-]+\s+){1,4}"
                        r"(?:is|are|was|were|has|have|can|will|must|may|cost|costs|rise|rises|fall|falls)\b",
                        re.IGNORECASE)



# The labels of an article's credits and declarations, before its text: who wrote and
# reviewed it, where they work, what they declare ("Disclosure: …", "**Reviewed by:** …").
_DECLARATION_LABEL_RE = re.compile(
    # "Advertiser disclosure:", "Affiliate disclosure:": what the site declares of its income.
    r"^(?:(?:authors?|contributors?|affiliations?|(?:[a-z-]+\s+)?disclosures?|"
    r"conflicts? of interests?|competing interests?|declarations?(?: of interests?)?|funding|sources? of funding|"
    r"correspondence|corresponding author|acknowledge?ments?)\s*:|"
    r"(?:written|(?:peer |medically |clinically |expert )?reviewed|edited|fact[- ]checked) by\s*:?)\s+\S",
    re.IGNORECASE)
# What a declaration says, labelled or not: "… has no conflicts of interest", "The authors
# declare no competing interests", "… received speaker fees from …".
_DECLARES_RE = re.compile(
    r"\b(?:(?:has|have|had|declares?|declared|reports?|reported|disclose[sd]?)\s+(?:no\s+)?(?:relevant\s+|other\s+|"
    r"financial\s+|potential\s+)*(?:conflicts?|competing|financial (?:interests?|relationships?))|"
    r"no (?:relevant |potential |other )?(?:conflicts? of interests?|competing interests?)|"
    r"(?:received|receives|reports?|reported)\s+(?:\w+\s+){0,2}(?:speaker|speaking|consulting|consultancy|travel)\s+"
    r"(?:fees|grants?|support)|honoraria|(?:has|have) served on an? (?:advisory|editorial|scientific) board)\b",
    re.IGNORECASE)
# An author's note on themself: a person's name (a title before it, degrees after it), then
# what they are: "Helena Marsh, MD, is an emergency physician at …".
_BIO_RE = re.compile(
    r"^(?P<person>(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2})"
    r"(?:,\s*(?:MD|PhD|RN|MSc|BSc|MBBS|MBChB|DVM|MPH|MA|BA|FRC\w*|DPhil|EdD)\.?)*,?\s+(?:is|was)\s+(?:a|an|the)\s+"
    # The trade right after the article: "an emergency physician", "a bee inspector".
    r"(?:[\w-]+\s+){0,2}(?:lecturer|professor|physician|doctor|surgeon|nurse|researcher|scientist|writer|"
    r"journalist|editor|inspector|consultant|specialist|coach|engineer|teacher|historian|author|curator|"
    r"librarian|pharmacist|dietitian|therapist|vet|veterinarian|analyst|ophthalmologist|physiologist|"
    r"cardiologist|\w+ologist|\w+ician)\b")


def is_declaration(text: str) -> bool:
    """Return whether a line is an article's credit or declaration: "Disclosure: …", "Reviewed
    by …", or a sentence that declares interests ("The authors have no conflicts of interest")."""
    text = _plain(text).strip()
    return bool(_DECLARATION_LABEL_RE.match(text) or _DECLARES_RE.search(text))


def is_author_note(text: str, title: str) -> bool:
    """Return whether a line is an author's note on themself, about someone the title does not name."""
    found = _BIO_RE.match(_plain(text).strip())
    return found is not None and found.group("person").casefold() not in title.casefold()


# A search box's words: a verb of searching, in the languages pages most often come in, and
# what it searches ("Search perfumes", "Search the glossary…", "Suche im Lexikon", "🔍 Find a term").
_SEARCH_BOX_RE = re.compile(
    r"^(?:#{1,6}\s+)?(?P<sign>[^\w\s#*_-]{1,2}\s*)?(?P<verb>search|find|look up|suche|suchen|durchsuchen|rechercher|recherche|"
    r"chercher|buscar|busca|cerca|cercare|ricerca|zoeken|zoek|szukaj|wyszukaj|sök|søg|hledat)\b"
    r"(?P<what>(?:\s+[^\s.!?:;]+){1,4})?\s*(?P<dots>…|\.\.\.)?$", re.IGNORECASE)


# The words a form's labels and buttons are made of: "Email address", "Sign in", "Enter a
# search term", "Remember me".
_FORM_WORDS = frozenset(
    "sign log in out up on email e-mail address password username user name first last your my a an the "
    "enter type here to search term terms keyword keywords query submit send go remember me forgot "
    "register subscribe message phone number required optional confirm create account login logout "
    "reset continue cancel ok".split())


# The actions among them: a line with one is a button or a prompt, not a field's name that
# a glossary of the web might define ("Username", "Email address").
_FORM_ACTIONS = frozenset("sign log enter type search submit send go remember forgot register subscribe "
                          "confirm create login logout reset continue cancel ok".split())


def _form_label(text: str) -> str | None:
    """Return "action" or "field" for a short line made only of the words of a form's labels and
    buttons, or None."""
    if text.startswith("#"):
        return None
    words = re.findall(r"[\w-]+", text.casefold())
    if not (0 < len(words) <= 5 and not ends_sentence(text.rstrip("*: ")) and all(w in _FORM_WORDS for w in words)):
        return None
    if any(w in _FORM_ACTIONS for w in words):
        return "action"
    return "field" if any(w not in {"a", "an", "the", "your", "my", "to", "here", "in", "on", "up", "out", "me"}
                          for w in words) else None


def search_boxes(lines: list[Line]) -> set[int]:
    """Return the indexes of the lines that are a search box's words or label, or another lone
    label or button of a form ("Email address", "Sign in", "Enter a search term").

    "Search perfumes" or "Search the glossary…" on a line of its own is the site's search
    box, unless the page's text says it again: a title "Search and rescue" over "Search and
    rescue (SAR) is …", or "Search algorithms" over "Search algorithms compare …", is the
    term. Without a box's marks (a sign before it, dots trailing off), a line whose verb the
    page uses again ("Search strategy" over "We searched three databases …", "Find the
    median" over "To find it, …") heads the page's own text.
    """
    found = [(k, match) for k, line in enumerate(lines) if line.text and len(line.text) <= 60
             and (match := _SEARCH_BOX_RE.match(line.text)) and match.group("what")]
    boxes = set()
    labels = {k: kind for k, line in enumerate(lines)
              if line.text and not LIST_RE.match(line.text) and (kind := _form_label(line.text))}
    for k, kind in labels.items():
        # A field's name ("Email address") is the form's only beside another of its labels.
        if kind == "field" and k - 1 not in labels and k + 1 not in labels:
            continue
        # "Password" over "A password is …" is the term; a label the page never says again is the form's.
        phrase = normal_line(lines[k].text).strip("*: ")
        if not any(phrase in normal_line(other.text) for j, other in enumerate(lines) if j != k and other.text):
            boxes.add(k)
    for k, match in found:
        # A lone "Search" is a button word, chrome already; what follows the verb is searched.
        phrase = normal_line(lines[k].text).strip("…. ")
        others = [normal_line(other.text) for j, other in enumerate(lines) if j != k and other.text]
        if any(phrase in text for text in others):
            continue
        verb = re.compile(r"(?<!\w)" + re.escape(match.group("verb").casefold()[:5]))
        if match.group("sign") or match.group("dots") or not any(verb.search(text) for text in others):
            boxes.add(k)
    return boxes


def label_headings(lines: list[Line]) -> set[int]:
    """Return the indexes of the lines that are noise only as a short label ("Consent",
    "Cookies and consent", "Email Newsletter") but head the page's own text: the paragraph
    under them is no noise and says the label's words again ("A contract needs real
    consent …"). A dialog's tab or a sign-up box's title heads the dialog's words, or text
    that never names what the label does."""
    heads = set()
    for k, line in enumerate(lines):
        label = _plain(_HEADING_MARK_RE.sub("", line.text)).strip()
        if not label or len(label.split()) > 4 or ends_sentence(label) or not (
                _is_consent_label(label) or is_signup(label)):
            continue
        below = next((other.text for other in lines[k + 1:] if other.text), "")
        if len(below.split()) < 8 or not ends_sentence(below) or noise_kind(below) or heading_text(below):
            continue
        words = {w[:5] for w in _CONTENT_WORD_RE.findall(label.casefold())}
        if words and all(w in below.casefold() for w in words):
            heads.add(k)
    return heads


def repeated_in(pages: Iterable[list[Line]]) -> frozenset[str]:
    """Return the prose lines (lower case, single spaces) that occur on two or more of the pages."""
    return repeated_among(repeat_candidates(lines)[0] for lines in pages)


def repeated_among(pages: Iterable[Iterable[str]]) -> frozenset[str]:
    """Return the lines that two or more pages' ``repeat_candidates`` hold."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update(page)
    return frozenset(line for line, n in counts.items() if n >= 2)


def repeat_candidates(lines: Iterable[Line]) -> tuple[set[str], set[str]]:
    """Return a page's prose lines that count as repeated when another page has them too
    (lower case, single spaces), and its other lines long enough to be one of those."""
    prose, others = set(), set()
    for line in lines:
        if len(line.text.split()) >= _REPEAT_MIN_WORDS:
            (prose if heading_text(line.text) is None else others).add(normal_line(line.text))
    return prose, others - prose


def repeated_lines(texts: Iterable[str]) -> frozenset[str]:
    """Return the lines (lower case, single spaces) that occur on two or more of the text pages."""
    return repeated_in(page_lines(text) for text in texts)


# Dates and times, in the order the languages of the web write them: "22 April 2025",
# "6 marzo 2025", "3. März 2024", "July 9, 2024", "2024-07-09", "9/7/24"; "9:14", "7:45 am".
_DATE_RE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}\b|"
    r"\b[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
# How long ago a post was made: "4 days ago", "2 hr. ago", "yesterday" — a stamp's time.
_AGE_RE = re.compile(r"\b(?:\d{1,3}\s*(?:years?|months?|weeks?|days?|hours?|minutes?|mins?|hrs?|[ywdhm])\.?\s+ago|"
                     r"yesterday|just now)\b", re.IGNORECASE)
_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?!\d)|\b\d{1,2}\s?[ap]\.?m\.?(?!\w)", re.IGNORECASE)
# What joins a name, a date and a time on a stamp: separators, and small words such as
# "at", "alle", "um", "à", "on", "said".
_STAMP_JOINERS_RE = re.compile(r"[|·•—–,:/-]+|\.\.\.|…|\b(?:at|on|alle|ore|um|am|à|le|a las|el|om|o|kl|"
                               r"às|said|says|wrote|posted|schrieb|scrive|ha scritto|a écrit|escribió)\b",
                               re.IGNORECASE)
# A part of a stamp line: "Published 22 April 2025", "9 min read", "21 comments".
_STAMP_PARTS_RE = re.compile(r"\s(?:[|·•—–])\s")


# A letter or a digit: what str.isalnum() says of a character, found without a loop in Python.
_ALNUM_RE = re.compile(r"[^\W_]")


@functools.lru_cache(maxsize=1 << 16)
def is_stamp(text: str) -> bool:
    """Return whether a line is a stamp: who wrote something and when, not text of the page.

    A comment's "Marco B. — 6 marzo 2025 alle 9:14", "Dale Whitcombe · July 9, 2024",
    "23 April 2025 at 7:45 am", and a byline of short parts one of which is a date
    ("Written by … | Published 22 April 2025 | Reading time: 8 minutes"), in any language:
    a date, maybe a time, and a name of a few capitalised words or a user's handle.
    """
    # The name may be set in bold or italics: "**jo_k** · 4 days ago".
    text = _EMPHASIS_MARK_RE.sub("", text).strip()
    words = [word for word in text.split() if _ALNUM_RE.search(word)]
    if not words or len(words) > 16 or not (_DATE_RE.search(text) or _AGE_RE.search(text)):
        return False
    if text.endswith((".", "!", "?")) and not text.endswith(("...", "…")) and not re.search(
            r"\b[A-Z]\.$", text):
        return False  # a sentence that gives a date ("It opened on 3 May 2011.")
    rest = _STAMP_JOINERS_RE.sub(" ", _TIME_RE.sub(" ", _DATE_RE.sub(" ", _AGE_RE.sub(" ", text)))).split()
    if not rest:
        # A date and time on their own; a date alone may head a timeline's entry.
        return bool(_TIME_RE.search(_DATE_RE.sub(" ", text)))
    # Capitalised words (a name, "Capt.", "CFII"), a handle, or a name led by a small word.
    if len(rest) <= 5 and all(w[:1].isupper() or w[:1] == "@" for w in rest):
        return True
    if _AGE_RE.search(text) and len(rest) <= 2 and all(_HANDLE_RE.fullmatch(w) for w in rest):
        # A handle beside how long ago it posted: "mira_k · 4 days ago".
        return True
    # A byline in parts: a date beside who wrote it or how long it reads, not beside an event
    # ("26 June 1801 — Breguet patents the tourbillon").
    parts = [p.strip() for p in _STAMP_PARTS_RE.split(text)]
    return len(parts) >= 2 and all(0 < len(p.split()) <= 8 and not ends_sentence(p) for p in parts) and any(
        _META_RE.match(p) or _BYLINE_RE.match(p) or _BYLINE_PART_RE.match(p) for p in parts)


# A user's handle: letters and digits, maybe joined by "_", "." or "-".
_HANDLE_RE = re.compile(r"@?[^\W_][\w.-]{1,30}")
# "di Giulia Ferraris", "von Jana Roth", "by Sam Okafor": a small word and a name; "6 min read",
# "Tempo di lettura: 6 minuti": how long it reads.
_BYLINE_PART_RE = re.compile(r"^(?:[a-z]{1,4}\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}|"
                             r"[^\d]{0,25}\d+\s*(?:min\w*|mn)(?:\s+\w+)?)$")


def comment_runs(lines: list[Line]) -> set[int]:
    """Return the numbers of the lines where a run of comments begins: the first of two or
    more stamps close together ("Anna R. — 7 marzo 2025 alle 18:40" and the next), with the
    short name line right above a stamp that gives only a date."""
    texts = [(i, line) for i, line in enumerate(lines) if line.text]
    stamps = [k for k, (_, line) in enumerate(texts) if is_stamp(line.text)]
    starts: set[int] = set()
    for a, b in zip(stamps, stamps[1:]):
        if b - a > 8:
            continue
        counted = any(_COUNT_LINE_RE.match(texts[k][1].text) for k in range(max(0, a - 3), a))
        if not (counted or any(_TIME_RE.search(_DATE_RE.sub(" ", texts[k][1].text)) or _AGE_RE.search(texts[k][1].text)
                               for k in (a, b))):
            # Names beside dates with no time and no "8 commenti" above may be a timeline.
            continue
        first = a
        index, line = texts[a]
        above = texts[a - 1][1] if a else None
        if (above is not None and index and lines[index - 1].text and len(above.text.split()) <= 3
                and not ends_sentence(above.text)):
            first = a - 1  # "MollyandMagic" above "23 April 2025 at 7:45 am"
        starts.add(texts[first][1].number)
        break
    return starts


# "8 commenti", "14 Comments", "21 comments:": a count of what follows, in any language.
_COUNT_LINE_RE = re.compile(r"^\d{1,5}\s+[^\W\d_]{3,20}:?$")


def _is_footer(text: str) -> bool:
    # "© 2025 Farina & Forno · P.IVA …", "Copyright © 2025 The LarchDB Project.": the owner's line.
    return bool(re.match(r"(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}|[A-Z])", text, re.IGNORECASE)) and len(
        text.split()) <= 30


# The label of an advertisement, as a line of its own, in the languages pages most often come
# in; the lines right under it are the advertisement.
_AD_LABEL_RE = re.compile(
    r"^(?:advertisement|advertising|advert|ad|ads|sponsored|anzeige|werbung|publicité|publicidad|"
    r"publicidade|pubblicità|annuncio|reklame|reklama|advertentie|annons|mainos|"
    r"(?:sponsored|paid|partner|promoted)\s+(?:content|post|story|links?))[.:]?$", re.IGNORECASE)


def is_ad_label(text: str) -> bool:
    """Return whether a line only labels an advertisement ("Advertisement", "Anzeige")."""
    return bool(_AD_LABEL_RE.match(_plain(text).strip()))


# The shapes of a bibliographic reference, in the styles journals and libraries use.
_CITATION_RES = (
    # Vancouver: "2002;16(3):241–248", "1876;8:559–561"
    re.compile(r"\b(?:1[5-9]|20)\d{2}[a-z]?\s*;\s*\d+(?:\s*\([\w–-]+\))?\s*:\s*[eE]?\d+(?:\s*[–-]\s*\d+)?"),
    # APA and Harvard: "(2019). Title. Journal, 12(4), 301–310."
    re.compile(r"\((?:1[5-9]|20)\d{2}[a-z]?\)\.?\s.*\b\d+\s*\(\d+\)\s*,\s*\d+\s*[–-]\s*\d+"),
    # Authors as surnames with initials: "Weiss G, Shemer A, Trau H.", "Okafor, C. N., & Lind, P."
    re.compile(r"^(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,?\s(?:[A-Z]\.?\s?){1,3}(?:,|\.|\s(?:and|&))\s*){2,}"),
    # Identifiers and "et al." beside a year
    re.compile(r"\bdoi:\s*10\.\d|\bdoi\.org/10\.|\bISBN(?:-1[03])?:?\s*[\d-]{10}|\bet al\.,?\s.*\b(?:1[5-9]|20)\d{2}\b"),
    # A numbered footnote that gives a source and its year: "[2] Easton Archery, 'Arrow … Guide', 2019."
    re.compile(r"^\[\d{1,3}\]\s+\S.*\b(?:1[5-9]|20)\d{2}\b"),
)


def is_citation(text: str) -> bool:
    """Return whether a line is a bibliographic reference, not the term's text: authors as
    surnames with initials, a journal's year;volume(issue):pages, a DOI or an ISBN."""
    plain = _plain(re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", text))
    return any(pattern.search(plain) for pattern in _CITATION_RES)


def citation_runs(lines: list[Line]) -> set[int]:
    """Return the numbers of lines in reference lists: a citation, and the items of a list
    (or the lines of a run) of which most are citations ("British Association of … 2023."
    between two of them is a reference too)."""
    found: set[int] = set()
    run: list[Line] = []

    def close() -> None:
        cited = sum(1 for line in run if is_citation(line.text))
        if cited and (cited * 2 >= len(run)):
            found.update(line.number for line in run)
        run.clear()

    for line in lines:
        if not line.text:
            close()
            continue
        if run and bool(_LIST_ITEM_RE.match(line.text)) != bool(_LIST_ITEM_RE.match(run[-1].text)):
            close()
        run.append(line)
        if not _LIST_ITEM_RE.match(line.text):
            close()
    close()
    return found


_LIST_ITEM_RE = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


# The number a printed page carries in its header or footer: "Page 2 of 3", "page 4/9".
_PAGE_NUMBER_RE = re.compile(r"(?:^|\s)page\s+\d{1,4}\s*(?:of|/)\s*\d{1,4}\s*$", re.IGNORECASE)
_DIVIDER_RE = re.compile(r"^[-_=.·•~*\s]{3,}$")


def is_divider(text: str) -> bool:
    """Return whether a line is only a rule of dashes, underscores, dots or the like."""
    return bool(_DIVIDER_RE.match(text)) and len(text.strip()) >= 3


# A running header or footer that carries the page's number before or after its words:
# "IAS 36 NOTES — IMPAIRMENT OF ASSETS      2", "4 | Field handbook of soils".
_NUMBERED_RUNNING_RES = (
    re.compile(r"^(?P<words>\S.*?)(?:\s+|\s*[|·•]\s*)(?P<number>\d{1,4})$"),
    re.compile(r"^(?P<number>\d{1,4})(?:\s+|\s*[|·•]\s*)(?P<words>\S.*?)$"),
)
# A line of nothing but a page's number: "7", "– 7 –", "- 12 -".
_LONE_PAGE_NUMBER_RE = re.compile(r"^[-–—]?\s*(?P<number>\d{1,4})\s*[-–—]?$")


def _numbered_running_lines(texts: list[str]) -> list[str]:
    """Return the lines that are one running header or footer with the pages' numbers: the same
    words of some length on two or more lines, each with a number, the numbers rising."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for text in texts:
        if not (text[:1].isdecimal() or text.rstrip("\n")[-1:].isdecimal()):
            continue  # neither expression can match: the number starts or ends the line
        for pattern in _NUMBERED_RUNNING_RES:
            found = pattern.match(text)
            if found and len(found.group("words").split()) >= _REPEAT_MIN_WORDS:
                groups.setdefault(normal_line(found.group("words")), []).append((int(found.group("number")), text))
                break
    out: list[str] = []
    for members in groups.values():
        numbers = [number for number, _ in members]
        if _rising(numbers):
            out += [text for _, text in members]
    return out


def _rising(numbers: list[int]) -> bool:
    return len(numbers) >= 2 and all(a < b for a, b in zip(numbers, numbers[1:]))


def page_furniture(lines: Iterable[Line]) -> frozenset[str]:
    """Return the lines (lower case, single spaces) of a printed page's headers and footers.

    A document copied from a print layout (a PDF handout) carries on every page its number
    ("Page 2 of 3", or a number beside a running header: "STUDY NOTES — IMPAIRMENT   2") and
    a running header or footer repeated word for word. Only a page that numbers its pages so
    is read this way, and of its repeated lines only those of some words; there a line of
    nothing but rising numbers ("– 3 –") is the pages' number too.
    """
    texts = [line.text for line in lines if line.text]
    numbered = [text for text in texts if _PAGE_NUMBER_RE.search(text)] + _numbered_running_lines(texts)
    if not numbered:
        return frozenset()
    counts = Counter(normal_line(text) for text in texts
                     if not is_divider(text) and len(text.split()) >= _REPEAT_MIN_WORDS)
    running = {text for text, n in counts.items() if n >= 2}
    alone = [text for text in texts if _LONE_PAGE_NUMBER_RE.match(text)]
    if _rising([int(_LONE_PAGE_NUMBER_RE.match(text).group("number")) for text in alone]):  # type: ignore[union-attr]
        numbered += alone
    return frozenset(running | {normal_line(text) for text in numbered})


# An image's credit: who owns the picture ("© Harwick Museum", "Photo: J. Sand"), or the number
# a collection files the object under ("Museum no. HMAD.1889.214", "Accession number 1921.4").
_CREDIT_RES = (
    re.compile(r"(?:©|\(c\))\s*(?:\d{4}\s*)?[A-Z][^.!?]*$"),
    re.compile(r"^(?:photo(?:graph)?s?|image|picture|illustration)\s*(?::|by\b|credit\b|courtesy\b)", re.IGNORECASE),
    re.compile(r"\b(?:museum|accession|inventory|inv\.|object|catalogue|catalog)\s+(?:no\.?|number|nr\.?)\s*:?\s*[A-Z0-9]",
               re.IGNORECASE),
)
_CREDIT_MAX_WORDS = 40


def is_image_credit(text: str) -> bool:
    """Return whether a line is an image's caption with its credit, a line of the site's."""
    plain = _plain(text).strip()
    return len(plain.split()) <= _CREDIT_MAX_WORDS and any(p.search(plain) for p in _CREDIT_RES)
