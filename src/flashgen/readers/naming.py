"""Find a term's name and aliases in the opening sentence of its page."""

from __future__ import annotations

import re

from ..errors import ValidationError
from ..expansions import is_abbreviation, spelled_out
from ..language import reads_as_english
from ..topics import singular
from .lines import ends_sentence, rough_sentences, strip_emphasis

# Names and aliases longer than this are a misread sentence, not a name.
_NAME_MAX_WORDS = 8

# The verbs of a defining sentence, after the term's name.
_DEFINING_VERBS = (
    r"is|are|was|were|describes?|refers?|means|denotes|represents|"
    r"defines|involves|occurs|can|may|has|have|encompasses|signifies|indicates|serves|acts|"
    r"consists|comprises|includes|constitutes|reflects|measures|quantifies|characterizes|"
    r"characterises|plays|helps|affects|influences|regulates|"
    # The same verb in the languages pages most often come in: a page is read as it is.
    r"es|est|ist|sind|son|sont|è|é|são|är|jest|είναι|является|это")
# Where a plain leading noun phrase ends: punctuation, or the verb of the defining sentence.
NAME_END_RE = re.compile(
    # A comma ends it, but not the thousands comma of a number ("a 3,000-foot runway").
    r"(?<!\d),|,(?!\d{3}(?!\d))|;|:|\s\(|\s[—–-]\s|\s(?:" + _DEFINING_VERBS + r")\b",
    re.IGNORECASE,
)
_DEFINING_VERB_RE = re.compile(r"\s(?:" + _DEFINING_VERBS + r")\b", re.IGNORECASE)
# The copula in languages where it is a short word that English has too ("to", "on", "je").
_OTHER_COPULA_RE = re.compile(r"\s(?:to|jest|są|je|jsou|znamená|oznacza|on|ovat|tarkoittaa|er|betyder|betyr)\b",
                              re.IGNORECASE)
# The copula right after a word of NAME_END_RE's verbs: "Speech acts are …", "Morality plays
# are …" — the word is the plural noun ending the name, the copula the sentence's verb.
_COPULA_NEXT_RE = re.compile(r"\s+(?:is|are|was|were)\b", re.IGNORECASE)


def _name_end(sentence: str, start: int) -> re.Match[str] | None:
    """Return where a plain leading noun phrase from ``start`` ends (``NAME_END_RE``), past a
    word spelt like one of its verbs that a copula follows at once."""
    end = NAME_END_RE.search(sentence, start)
    while end is not None and end.group(0)[:1].isspace() and end.group(0).strip().isalpha() \
            and not _COPULA_NEXT_RE.match(end.group(0)) and _COPULA_NEXT_RE.match(sentence, end.end()):
        end = NAME_END_RE.search(sentence, end.end())
    return end


# Letters that mark a sentence as Polish, Czech, Slovak, Finnish, Estonian or Scandinavian.
_OTHER_LETTERS = frozenset("ąćęłńśźżěščřžýůňťďäöåæøõ")


def is_bare_definition(sentence: str) -> bool:
    """Return whether a sentence is a definition without its term: a noun phrase that opens
    with an article and has no verb to say what it names ("The direction of one point from
    another, measured clockwise from north in degrees.")."""
    return bool(_ARTICLE_RE.match(sentence)) and not _DEFINING_VERB_RE.search(sentence) and not (
        _in_letters_of_another_language(sentence) and _OTHER_COPULA_RE.search(sentence))


def _in_letters_of_another_language(sentence: str) -> bool:
    """Return whether a sentence holds two or more letters of the languages ``_OTHER_COPULA_RE``
    serves; one ("Gödel's theorem on …") is a loanword in an English sentence."""
    if _GERMAN_RE.search(sentence):
        return False  # German shares "ä" and "ö", and "er" is a word of its own there
    return sum(1 for c in sentence.casefold() if c in _OTHER_LETTERS) >= 2


_GERMAN_RE = re.compile(r"\b(?:der|die|das|und|ist|sind|nicht|eine?|wird|werden)\b|[üß]", re.IGNORECASE)


# Without "^": Pattern.match(text, pos) anchors at pos, and "^" would only match at 0.
_ARTICLE_RE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
# The first cue also gives another spelling of the same word ("Also spelt houmous", "also
# written judgment").
_ALIAS_CUE_RE = re.compile(
    r"\b(?:(?:also|sometimes|commonly|often|frequently|popularly|colloquially|informally|"
    r"otherwise)\s+(?:\w+ly\s+)?(?:called|termed|named|spelt|spelled|written)(?:\s+as(?=\s))?|"
    # A former name: "once called", "formerly termed", "previously known as".
    r"(?:once|formerly|previously|originally)\s+(?:called|termed|named)|a\.k\.a\.|aka|"
    # "known clinically as", "known technically as": who knows it so, said between.
    r"(?:\w+ly\s+)?known\s+(?:(?!(?:simply|just|mostly|chiefly)\b)\w+ly\s+)?as|referred\s+to\s+as|"
    r"(?:\w+ly\s+)?(?:shortened|abbreviated)\s+(?:to|as)|"
    # "Jidoka, often translated as autonomation, is …": the name in the page's language.
    r"(?:\w+ly\s+)?translated\s+as|"
    # "Gardeners also call it acclimatising": what people call the term itself.
    r"(?:also|sometimes|often|commonly|usually)\s+calls?\s+(?:it|them)|"
    # "Also called" in the languages pages most often come in.
    r"(?:dett|chiamat)[oaie]\s+anche|anche\s+(?:dett|chiamat)[oaie]|auch\s+(?:genannt|bekannt\s+als)|"
    r"(?:aussi|également)\s+(?:appel|nomm)ée?s?|también\s+(?:llamad|conocid)[oa]s?(?:\s+como)?|"
    r"ook\s+(?:wel\s+)?(?:genoemd|bekend\s+als)|ook\s+wel|também\s+(?:chamad|conhecid)[oa]s?(?:\s+como)?|"
    r"även\s+kallad|også\s+kaldet|zwany\s+też|również\s+zwany)\s+",
    re.IGNORECASE,
)
# A casual name given after the definition, in the words of those who use it: "Often shortened
# to 'mech hanger' by riders.", "Known on site simply as the "trim tab".", "Called simply a
# "seif" …", "Guides have nicknamed it the "stopper"". Such a name is short: a longer
# quotation after the cue ("nicknamed it "the worst sight in the kiln"") describes the term
# and names nothing.
_CASUAL_CUE_RE = re.compile(
    r"\b(?:(?:\w+ly|often|also|sometimes|just)\s+)?(?:shortened\s+to|"
    r"(?:(?:have|has|had)\s+)?nicknamed(?:\s+(?:it|them))?|nicknames?\s+(?:it|them)|"
    r"called\s+(?:simply|just)|(?:simply|just)\s+called|"
    r"known\s+(?:(?:on|in|to|among|around|across|at|by)\s+(?:[^\W\d][\w'’-]*\s+){1,2}?)?"
    r"(?:simply|just|mostly|chiefly)\s+as|"
    r"known\s+(?:on|in|to|among|around|across|at|by)\s+(?:[^\W\d][\w'’-]*\s+){1,2}?as)\s+",
    re.IGNORECASE)
_CASUAL_NAME_MAX_WORDS = 3


def _casual_names_at(sentence: str, start: int) -> list[str]:
    """Return the short names after a casual cue that ends at ``start``."""
    return [alias for alias, _ in _aliases_at(sentence, start)
            if len(_quoted(alias).split()) <= _CASUAL_NAME_MAX_WORDS]


# A cue written around the other name, as German and Dutch put the verb last: "…, auch
# Trockensteinmauer genannt, …", "wird auch als Trockenmauerwerk bezeichnet", "ook wel X genoemd".
_AROUND_CUE_RE = re.compile(
    r"\b(?:auch|oft|häufig|ook(?:\s+wel)?|vaak)\s+(?:als\s+)?(?P<names>[^\W\d][^,;:.()]{0,60}?)\s+"
    r"(?:genannt|bezeichnet|benannt|genoemd|aangeduid)\b", re.IGNORECASE)
_ALIAS_END_RE = re.compile(
    # "St. Anthony's fire": the stop of a short abbreviation before a name ends no name.
    r"[,;:()\[\]\"“”]|(?<!\b[A-Z][a-z])\.|\.(?!\s[A-Z])|\s(?:and|which|that|who|is|are|was|were|describes?|refers?|means|"
    r"denotes|represents|involves|occurs|can|may|has|have|in|by|genannt|bezeichnet|genoemd|aangeduid)\b",
    re.IGNORECASE,
)
# "and" and one more word closing the sentence, after a one-word name.
_PAIR_NAME_RE = re.compile(r"\s+and\s+(?P<second>[^\W\d_][\w'’-]*)(?=\s*(?:[.!?]\s*)?$)", re.IGNORECASE)
_QUOTES = {"“": "”", '"': '"', "‘": "’"}
# "(CAR)", and with its label: "(abbr. ROI)", "(abbreviated as HRV)", "(acronym: LASER)".
_ABBREVIATION_RE = re.compile(r"^\s*\(\s*(?:(?:abbr|abbrev|abbreviated(?:\s+(?:as|to))?|short(?:\s+for)?|"
                              r"acronym|initialism|symbol|a\.k\.a|aka)\.?:?\s+)?([A-Za-z0-9][\w./&+–-]{0,11})\s*\)",
                              re.IGNORECASE)
# Labels that end in a stop inside a sentence: "(abbr. ROI)", "a.k.a. table salt", "(pl. Hyphae)".
_LABEL_STOP_RE = re.compile(r"(?:^|[\s(])(?:abbr|abbrev|a\.k\.a|e\.g|i\.e|pl|approx|cf|lit|syn|sing)\.$", re.IGNORECASE)
# "Tachycardia, or a racing heart, is …", "An index fossil (or guide fossil) is …": another
# name given with "or" right after the name, before the definition goes on.
_OR_ALIAS_RE = re.compile(r"\s*(?:,\s*or\s+(?P<comma>[^,;:()]{1,60}?),\s+(?=(?:is|are|was|were|refers|means|"
                          r"describes|denotes|represents|occurs|happens)\b)|\(\s*or\s+(?P<bracket>[^,;:()]{1,60}?)\s*\))",
                          re.IGNORECASE)


# The definite articles a name opens with in the languages pages most often come in, written
# whole ("il", "der", "het") or elided onto the name ("l'ARTVA", "dell'").
_OTHER_ARTICLE_RE = re.compile(
    r"(?:(?:il|lo|la|le|gli|i|el|los|las|der|die|das|de|het|les|o|os|as)\s+|[lL]['’](?=\w))",
    re.IGNORECASE)
# The words another language joins two names by, left dangling at the end of one
# ("trasmettitore da valanga o, in inglese, …").
_JOINER_END_RE = re.compile(r"\s+(?:or|o|oppure|ou|oder|of|u|lub|albo)$", re.IGNORECASE)
# An aside between "or" and the name it brings: ", in inglese, ", ", auf Englisch, ".
_LANGUAGE_ASIDE_RE = re.compile(r",\s*(?:(?:in|en|auf|em|på|w|po)\s+)?[^\W\d][\w'’]*,\s*", re.IGNORECASE)


def _without_other_article(name: str, paragraph: str) -> str:
    """Drop the article a name opens with on a page in another language: "L'ARTVA è …",
    "Die Trockenmauer ist …". An English page keeps "La Niña" and "Die casting" whole."""
    found = _OTHER_ARTICLE_RE.match(name)
    if not found or found.end() >= len(name) or reads_as_english([paragraph]):
        return name
    rest = name[found.end():]
    return rest[:1].upper() + rest[1:] if rest.islower() else rest


def _title_cased(name: str) -> bool:
    """Whether every word of a name of two or more words opens with a capital, as a title's words
    do ("Ejection Fraction"); a word of capitals or digits ("HbA1c", "Type 2") counts as either."""
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and not name.isupper()


def _fewer_capitals(spelt: str, title: str) -> bool:
    """Whether the sentence writes in lower case a word the title capitalises, and nothing the
    other way round: "Ejection fraction" against "Ejection Fraction", not "Krebs Cycle" against
    "krebs cycle"."""
    pairs = list(zip(re.findall(r"[^\W\d_][\w'’-]*", spelt), re.findall(r"[^\W\d_][\w'’-]*", title)))
    return (pairs[0][0][:1].isupper() or pairs[0][1][:1].isupper()) and any(
        a[:1].islower() and b[:1].isupper() for a, b in pairs[1:]) and not any(
        a[:1].isupper() and b[:1].islower() for a, b in pairs) and not any(
        a[1:] != b[1:] for a, b in pairs)


def name_and_aliases(
    paragraph: str, title: str | None, path: str, line: int
) -> tuple[str, list[str]]:
    sentences = rough_sentences(paragraph)
    while len(sentences) > 1 and _LABEL_STOP_RE.search(sentences[0]):
        # "Return on investment (abbr. ROI) is …": the stop of a label ends no sentence.
        sentences[:2] = [sentences[0] + " " + sentences[1]]
    sentence = sentences[0] if sentences else paragraph
    name_end = 0
    name: str | None = None
    if title:
        name = title_subject(title)
        # "# Cortisol Awakening Response" then "The cortisol awakening response (CAR) ..."
        found = re.search(re.escape(name), sentence, re.IGNORECASE)
        if not found and (singular_name := _singular_in(name, sentence)):
            # "Reference Intakes (RIs): your questions answered" over "A Reference Intake (RI)
            # is …": the title names the term in the plural, the definition in the singular.
            found = singular_name
            spelt = found.group(0)
            name = spelt[:1].upper() + spelt[1:]
        if not found:
            # "Brumation in reptiles: a keeper's guide" over "Brumation is …": the title's
            # subject with where or in whom it is seen; the sentence names the term alone.
            lead = re.match(r"(?:(?:the|a|an)\s+)?(?P<name>[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,3}?)\s+"
                            r"(?:is|are|refers to|means|describes)\b", sentence, re.IGNORECASE)
            if lead and re.match(re.escape(lead.group("name")) + r"\s+(?:in|of|for|among|during|at|on)\s",
                                 name, re.IGNORECASE):
                found = lead
                name = name[:len(lead.group("name"))]
                name_end = lead.end("name")
        name_end = found.end("name") if found is not None and "name" in found.re.groupindex else (
            found.end() if found else -1)
        if found and name.isupper() and len(name) > 5 and not found.group(0).isupper():
            # A title set in capitals ("RIPOSTE") is spelt as the sentence spells it.
            spelt = found.group(0)
            name = spelt[:1].upper() + spelt[1:]
        elif found and _title_cased(name) and _fewer_capitals(found.group(0), name):
            # "Hardening Off" over "Hardening off is …": a title capitalises each word as
            # titles do; the sentence spells the name as it is written in running text.
            spelt = found.group(0)
            name = spelt[:1].upper() + spelt[1:]
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
            end = _name_end(sentence, start)
            if _in_letters_of_another_language(sentence):
                # "Fotosynteza to proces …", "Inflace je …", "Löyly on höyryä …": the copula of
                # a language whose short words mean otherwise in English, on a page in it.
                other = _OTHER_COPULA_RE.search(sentence, start)
                if other and (end is None or other.start() < end.start()):
                    end = other
            if end:
                name = sentence[start : end.start()].strip()
                name_end = end.start()
                name = _without_other_article(name, paragraph)
            if name:
                # Markdown pages often bold the term: "**Leaky gut** is ...".
                name = strip_emphasis(name)
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
        abbreviation = _abbreviation_at(sentence, name_end, name)
        aliases.extend(abbreviation)
        aliases.extend(_bracketed_names(sentence, name_end, name))
        aliases.extend(_or_alias_at(sentence, name_end))
        # "Ejection fraction (EF), more precisely left ventricular ejection fraction (LVEF), is
        # …": the name is said again more exactly after its abbreviation too.
        marks = _CLOSING_MARKS_RE.match(sentence[name_end:])
        after = name_end + (marks.end() if marks else 0)
        bracket = _ABBREVIATION_RE.match(sentence[after:]) if abbreviation else None
        aliases.extend(_restated_at(sentence, after + bracket.end() if bracket else name_end, name))
    for cue in _ALIAS_CUE_RE.finditer(sentence):
        for alias, end in _aliases_at(sentence, cue.end()):
            aliases.append(alias)
            aliases.extend(_abbreviation_at(sentence, end))
    for cue in _CASUAL_CUE_RE.finditer(sentence):
        aliases.extend(_casual_names_at(sentence, cue.end()))

    for around in _AROUND_CUE_RE.finditer(_EMPHASIS_MARKS_RE.sub("", sentence)):
        names = _plain_names(around.group("names"), "oder|und|of|en") or []
        if around.group(0)[:1] in "aAhH":
            # German writes every noun with a capital: "auch heute noch oft genannt" names none.
            names = [n for n in names if all(w[:1].isupper() for w in n.split())]
        aliases.extend(names)
    aliases.extend(_expansion(name, sentence))
    # "Crewel work … It is also called wool embroidery.": a later sentence of the definition
    # that says the term itself goes by another name.
    for later in sentences[1:]:
        aliases.extend(_own_other_names(later, name, aliases))
        aliases.extend(_plural_names(later, name))

    unique: list[str] = []
    seen = {name.casefold()}
    for alias in aliases:
        # "simplemente «la maloláctica»": the marks around a name are not part of it.
        alias = _quoted(alias)
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            unique.append(alias)
    return name, unique


# A heading or a label over the term's other names, in the common European languages:
# "Other names", "Also known as", "Synonyms", "Autres noms".
OTHER_NAMES_LABEL_RE = re.compile(
    r"^(?:(?:other|alternative|alternate|common)\s+(?:names?|terms?)|also known as|a\.?k\.?a\.?|synonyms?|"
    r"nicknames?|altri nomi|sinonimi|otros nombres|sinónimos|autres noms|synonymes|andere namen|"
    r"weitere namen|synonyme|outros nomes|sinônimos|synoniemen|ook bekend als|inne nazwy|synonimy)\s*:?$",
    re.IGNORECASE)
# The names a sentence under such a heading gives in quotation marks ("Older texts call it
# “bating off the fist”"), and after "call it" or "calls them".
_QUOTED_NAME_RE = re.compile(r"[\"“‘«]([^\"“”‘’«»]{1,60})[\"”’»]")
_CALL_IT_RE = re.compile(r"\b(?:call|calls|called|calling)\s+(?:it|them|this)\s+", re.IGNORECASE)


def section_other_names(text: str, name: str) -> list[str]:
    """Return the other names of the term that a section headed "Other names" gives: those
    after a cue ("In British shops it is often called a “kiss” or a light impression") or
    after "call it", and every quoted name of a few words, since every sentence there speaks
    of the term's names."""
    out: list[str] = []
    for sentence in rough_sentences(text):
        for cue in (*_ALIAS_CUE_RE.finditer(sentence), *_CALL_IT_RE.finditer(sentence)):
            out.extend(alias for alias, _ in _aliases_at(sentence, cue.end()))
        for quoted in _QUOTED_NAME_RE.finditer(sentence):
            candidate = quoted.group(1).strip().rstrip(",.;:").strip()
            if candidate and len(candidate.split()) <= _NAME_MAX_WORDS // 2 and not ends_sentence(candidate):
                out.append(candidate)
    unique: dict[str, str] = {}
    for found in out:
        unique.setdefault(found.casefold(), found)
    unique.pop(name.casefold(), None)
    return list(unique.values())


def _singular_in(name: str, sentence: str) -> re.Match[str] | None:
    """Return where a sentence's first words name a title's plural term in the singular, its
    bracketed abbreviation left out ("Reference Intakes (RIs)" → "A Reference Intake (RI) is …")."""
    words = re.sub(r"\s*\([^()]*\)$", "", name).split()
    if not words or not words[-1].isalpha():
        return None
    one = singular(words[-1].casefold())
    if one == words[-1].casefold():
        return None
    pattern = r"\s+".join(re.escape(w) for w in [*words[:-1], one]) + r"\b"
    found = re.compile(pattern, re.IGNORECASE).search(sentence)
    # Only as the sentence's subject, after an article at most.
    if found and sentence[:found.start()].strip(" “\"'‘").casefold() in ("", "a", "an", "the"):
        return found
    return None


def _quoted(name: str) -> str:
    """Return a name without the quotation marks around it ("«la maloláctica»", "“caul fat”")."""
    if len(name) > 2 and name[0] in _OPENING_MARKS and name[-1] == _OPENING_MARKS[name[0]]:
        return name[1:-1].strip()
    return name


_OPENING_MARKS = {**_QUOTES, "«": "»", "»": "«", "„": "“", "‹": "›", "'": "'"}


# A title that asks what its term is: "What is phase cancellation?", "What does 'sillage' mean?"
# "What is X?", and the same asked with a hedge ("What exactly is X?", "What's X, really?"),
# for a meaning ("What is meant by X?", "What do we mean by X?") or with a lead-in ("So, what is X?").
_HEDGE = r"(?:\s+(?:exactly|really|actually|precisely|basically))?"
_ARTICLE = r"(?:an?\s+|the\s+)?"
_QUESTION_TITLE_RE = re.compile(
    r"^(?:(?:so|ok|okay),?\s+)?(?:what|who)(?:'s|’s|" + _HEDGE + r"\s+(?:is|are|was|were))" + _HEDGE +
    r"\s+(?:meant\s+by\s+|the\s+(?:meaning|definition)\s+of\s+)?" + _ARTICLE +
    r"(?P<a>.+?)(?:,?\s+(?:exactly|really|actually|anyway))?"
    # A second question joined on asks about what the first names: "What exactly is weather
    # helm, and is a little of it good?", "What is a bollard pull and why does it matter?"
    r"(?:,?\s+(?:and|or|but|&)\s+(?:is|are|was|were|why|how|what|when|where|which|who|does|do|did|can|could|"
    r"should|would|will|it|its|it's|it’s)\b[^?]*)?\s*\?+$"
    r"|^what" + _HEDGE + r"\s+(?:does|do)\s+" + _ARTICLE + r"(?P<b>.+?)" + _HEDGE +
    r"\s+(?:mean|stand for)\s*\?+$"
    r"|^what\s+do\s+(?:we|you|people|they)" + _HEDGE + r"\s+mean\s+by\s+" + _ARTICLE + r"(?P<c>.+?)\s*\?+$",
    re.IGNORECASE)


# A title in parts whose first part is a numbered label of a course or series ("Lecture 9",
# "Week 3", "Part II", "Chapter 12b"): the part after it names the term, without its article.
_NUMBERED_PART_RE = re.compile(
    r"^[^\W\d_]+\.?\s+(?:\d{1,3}[a-z]?|[IVXLC]{1,6})\s*(?::|\s[—–-])\s+(?:the\s+|an?\s+)?(\S.*)$",
    re.IGNORECASE)


# A title that names its term, then a tagline after a colon in lower case: "Urushi: the
# living lacquer", "Sourdough: a slow art". The tagline opens with a word in lower case, or
# an article and one; a label before the colon ("Glossary: …", "Explainer: …") is no term.
_TAGLINE_TITLE_RE = re.compile(
    r"^(?P<term>[^\W\d_](?:[^:?!.()]|\([^()]{0,40}\)){0,40}?)(?:\s*:|\s+[–—])\s+(?:(?:The|A|An)\s+)?[a-z][^:]*$")
_TITLE_LABEL_RE = re.compile(
    r"^(?:glossary|definition|explainer|explained|faq|guide|primer|overview|term|word|word of the day|"
    r"lesson|lecture|chapter|unit|part|module|topic|update|review|opinion|analysis|interview|"
    r"news|feature|essay|column|q&a|how to|tutorial)$", re.IGNORECASE)


def asks_what(heading: str, names: tuple[str, ...]) -> bool:
    """Return whether a heading asks what one of the names is ("What is Supersedure?",
    "What are index fossils?" under "Index fossil", "What does SEER stand for?")."""
    subject = title_subject(heading)
    if subject == heading or not subject:
        return False
    def phrase(text: str) -> str:
        words = text.casefold().split()
        return " ".join(words[:-1] + [singular(words[-1])]) if words else ""
    return any(name and phrase(subject) == phrase(name) for name in names)


_QUESTION_MAX_WORDS = 40


def title_subject(title: str) -> str:
    """Return the term a title names: the title itself, or what a question title asks about."""
    parts = _NUMBERED_PART_RE.match(title.strip())
    if parts:
        # "Lecture 9: The Hohmann transfer", "Unit 4 – Riprap": a numbered label, then the name.
        title = parts.group(1)
    tagged = _TAGLINE_TITLE_RE.match(title.strip())
    if tagged and len(tagged.group("term").split()) <= 4 and not _TITLE_LABEL_RE.match(tagged.group("term")):
        return tagged.group("term").strip()
    # A question of more words than a name, its asking and a second question take is no
    # title asking what a term is; and the pattern is not tried on a line of any length.
    asks = len(title.split()) <= _QUESTION_MAX_WORDS
    match = _QUESTION_TITLE_RE.match(title.strip()) if asks else None
    if not match:
        # "Lecture 7: the bullwhip effect" names "Bullwhip effect", as a title would spell it.
        return title[:1].upper() + title[1:] if parts and title.islower() else title
    subject = (match.group("a") or match.group("b") or match.group("c") or "").strip().strip("\"'“”‘’")
    if not subject or len(subject.split()) > _NAME_MAX_WORDS:
        return title
    return subject[:1].upper() + subject[1:] if subject.islower() else subject


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
            if stop and (pair := _PAIR_NAME_RE.match(sentence, end)) and " " not in sentence[pos:end].strip():
                # "Also known as flood and drain.": one word and one word, ending the
                # sentence, are one name, as "ebb and flow" is; "and" before more words
                # goes on with the sentence.
                end = pair.end("second")
            alias = sentence[pos:end]
            dangling = _JOINER_END_RE.search(alias)
            if dangling:
                # "chiamato anche X o, in inglese, Y o Z,": the "o" joins X to the names after
                # the aside, up to where the sentence goes on.
                alias = alias[: dangling.start()]
                aside = _LANGUAGE_ASIDE_RE.match(sentence, end)
                if aside:
                    stop = _ALIAS_END_RE.search(sentence, aside.end())
                    end = stop.start() if stop else len(sentence)
                    alias += " or " + sentence[aside.end():end]
            quoted_next = _OR_QUOTED_RE.search(alias) if sentence[end:end + 1] in _QUOTES else None
            if quoted_next:
                # "acclimatising or simply "toughening up"": the name after "or" is the quoted one.
                alias = alias[: quoted_next.start()]
            # "known as leaky gut or intestinal hyperpermeability" names two.
            parts = [p.strip() for p in re.split(r"\s+(?:or|o|oppure|ou|oder)\s+", alias) if p.strip()]
            # "the first-digit law or the Newcomb–Benford law": no part keeps its article.
            parts = [_ARTICLE_RE.sub("", part, count=1) if _ARTICLE_RE.match(part) else part for part in parts]
            for part in parts:
                if len(part.split()) <= _NAME_MAX_WORDS and not _NOT_A_NAME_RE.match(part):
                    out.append((part, end))
            if not quoted_next:
                break
            pos = end
            continue
        if alias and len(alias.split()) <= _NAME_MAX_WORDS:
            out.append((alias, end))
        more = re.match(r"\s*,?\s+or\s+", sentence[end:])
        if not more:
            break
        pos = end + more.end()
    return out


# "or", "or simply", "or just" before a quoted name, at the end of the names before it.
_OR_QUOTED_RE = re.compile(r",?\s+or(?:\s+(?:simply|just|even|sometimes|often))?\s*$", re.IGNORECASE)


# The words that open another name inside the brackets after a term: "(also X", "(or X",
# "(abbreviated X", "; abbr. X".
_BRACKET_CUE_RE = re.compile(r"^(?:also|or|abbreviated|abbr\.|short|shortened)\s+(?:to\s+|as\s+)?",
                             re.IGNORECASE)
# "Also" and "or" opening another name in brackets in the languages pages most often come in,
# each with the word its language joins two names by: "(auch Trockensteinmauer oder
# Trockenmauerwerk)", "(aussi X ou Y)", "(también X o Y)", "(anche X o Y)", "(ook X of Y)".
_OTHER_ALSO = {"auch": "oder", "oder": "oder", "aussi": "ou", "ou": "ou", "également": "ou",
               "también": "o|u", "anche": "o|oppure", "oppure": "o|oppure", "ook": "of", "również": "lub|albo",
               "też": "lub|albo", "lub": "lub|albo", "albo": "lub|albo", "czyli": "lub|albo"}
_OTHER_ALSO_RE = re.compile(r"^(?P<cue>" + "|".join(_OTHER_ALSO) + r")(?:\s+(?:wel|als|como|come|comme|jako))?\s+",
                            re.IGNORECASE)
# The same name said shorter, in brackets: "(often just seeing)", "(or simply the cap)",
# "(oft einfach X)": nothing but the name after it.
_SHORT_CUE_RE = re.compile(
    r"^(?:(?:or|often|usually|commonly|sometimes|oder|oft|meist|ou|souvent|o|a\s+menudo|spesso|of|vaak|"
    r"często)\s+)?(?:just|simply|einfach|nur|simplement|simplemente|semplicemente|gewoon|po\s+prostu)\s+",
    re.IGNORECASE)
# After another name in the same brackets, a name used in one trade or place: "(auch X, im
# Weinbau oft Weinbergsmauer)", "(also X, in Scotland usually Y)".
_USED_IN_CUE_RE = re.compile(
    r"^(?:(?:in|im|in\s+der|in\s+the|en|dans\s+l[ae']|nel(?:la|lo|l')?|in\s+de|w|we)\s+[^\W\d][\w'’-]*"
    r"(?:\s+[^\W\d][\w'’-]*)?\s+)?(?:often|usually|commonly|mostly|oft|meist|häufig|meistens|souvent|"
    r"a\s+menudo|spesso|vaak|meestal|często|zwykle)\s+", re.IGNORECASE)


def _plain_names(text: str, joiner: str) -> list[str] | None:
    """Return the names in ``text`` joined by the word ``joiner``, or None if it is more than names."""
    article = _ARTICLE_RE.match(text)
    names = re.split(r"\s+(?:" + joiner + r")\s+", text[article.end():] if article else text)
    if all(n and not _ALIAS_END_RE.search(n) and len(n.split()) <= _NAME_MAX_WORDS
           and not _HEDGE_WORD_RE.match(n) and not _NOT_A_NAME_RE.match(n) for n in names):
        return names
    return None
# A sentence about the term itself, before its "also called": "It is", "This is", "The term
# is", "They are sometimes", or nothing at all ("Also spelt houmous.").
_OWN_SUBJECT_RE = re.compile(
    r"^(?:(?:it|this|they|these|the\s+(?:term|word|name|expression|phrase|same\s+\w+))"
    r"\s+(?:is|are|was|were|can\s+be|may\s+be|has\s+been|have\s+been)\s+)?", re.IGNORECASE)


def _bracketed_names(sentence: str, offset: int, name: str) -> list[str]:
    """Return the other names in the brackets right after a term: "a kettle stitch (also
    catch stitch; abbreviated KS in binders' notes)" names "catch stitch" and "KS". A part of the brackets is a name when it is "also" or "or" and nothing but the
    name ("(also popular in Sicily)" is none), or "abbreviated" and an abbreviation."""
    rest = _EMPHASIS_MARKS_RE.sub("", sentence[offset:])
    match = re.match(r"\s*\(([^()]{1,160})\)", rest)
    if not match:
        return []
    out = []
    for index, part in enumerate(re.split(r"\s*[;,]\s*", match.group(1))):
        if index == 0 and part != match.group(1).strip() and is_abbreviation(part) and any(
                found.casefold() == name.casefold() for found in spelled_out(part, name)):
            # "Sound pressure level (SPL, symbol Lp)": the abbreviation of the name, before a
            # remark or another name in the same brackets.
            out.append(part)
            continue
        if denoted := _DENOTED_CUE_RE.match(part):
            # "(…, denoted Mw)", "(symbol: Lp)": the symbols the term is written with.
            out.extend(_plain_names(part[denoted.end():], "or") or [])
            continue
        cue = _BRACKET_CUE_RE.match(part)
        other = _OTHER_ALSO_RE.match(part)
        short = _SHORT_CUE_RE.match(part)
        used_in = _USED_IN_CUE_RE.match(part) if out else None
        language = _LANGUAGE_GLOSS_RE.match(part) if out else None
        said_in = _SAID_IN_RE.match(part)
        if said_in and (out or not said_in.group("from")):
            # "(en anglais dry hopping)", "(in English cold stratification)", and after
            # another name "(…, from the French pâte brisée)": the name in that language.
            out.extend(_plain_names(part[said_in.end():], "or|ou|o|oder|of|lub") or [])
        elif language:  # "(also tremolo, French tremblant)": the name in that language
            out.append(language.group("name"))
        elif form := _FORM_LABEL_RE.match(part):
            # "(plural mycorrhizae or mycorrhizas)", "(pl. hyphae)": the other forms of the
            # name are names of the term, as in an entry's own brackets ("Hypha (pl. hyphae)").
            out.extend(_plain_names(part[form.end():], "or") or [])
        elif found := _ALIAS_CUE_RE.match(part):  # "(also known as …)"
            out.extend(alias for alias, _ in _aliases_at(part, found.end()))
        elif short or used_in:
            out.extend(_plain_names(part[(short or used_in).end():], "or") or [])  # type: ignore[union-attr]
        elif cue and cue.group(0).casefold().startswith(("also", "or")):
            out.extend(_plain_names(part[cue.end():], "or") or [])
        elif other:
            out.extend(_plain_names(part[other.end():], _OTHER_ALSO[other.group("cue").casefold()]) or [])
        elif cue:
            short = part[cue.end():].split()[:1]
            if short and (any(c.isupper() for c in short[0]) or _initials_of(short[0], name)):
                out.append(short[0])
    if not out and is_abbreviation(name) and any(
            found == match.group(1).strip() for found in spelled_out(name, match.group(1).strip())):
        # "ISSN (International Standard Serial Number) is …": what the abbreviation stands for,
        # however many words it takes.
        out.append(match.group(1).strip())
    if not out and _BARE_NAME_RE.match(match.group(1)) and _COPULA_NEXT_RE.match(rest, match.end()):
        # "Poka-yoke (mistake-proofing) is …": a few plain words in brackets between the name
        # and its verb say the name again in other words.
        bare = match.group(1).strip()
        if not (_HEDGE_WORD_RE.match(bare) or _NOT_A_NAME_RE.match(bare) or _WORD_CLASS_RE.match(bare)
                or _LANGUAGE_NAME_RE.match(bare) or _BRACKET_CUE_RE.match(bare) or _OTHER_ALSO_RE.match(bare)
                or _SHORT_CUE_RE.match(bare)):
            out.append(bare)
    return out


# The label before the symbols a term is written with: "denoted Mw", "usually denoted by Lp",
# "symbol: Lp".
_DENOTED_CUE_RE = re.compile(r"^(?:(?:usually|often|commonly|also)\s+)?(?:denoted(?:\s+(?:by|as))?|"
                             r"symboli[sz]ed(?:\s+(?:by|as))?|symbol)\s*:?\s+(?=\S)", re.IGNORECASE)
# Nothing but a word or three of letters (hyphens and apostrophes inside words allowed).
_BARE_NAME_RE = re.compile(r"^\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}\s*$")
# The defining verb right after the brackets.
_COPULA_NEXT_RE = re.compile(r"\s+(?:is|are|was|were|refers\s+to|means|describes|denotes)\b", re.IGNORECASE)
# A language named in brackets ("(Japanese)", "(from Latin)") says where the word comes from.
_LANGUAGE_NAME_RE = re.compile(r"^(?:from\s+)?(?:French|German|Italian|Spanish|Portuguese|Dutch|Latin|Greek|"
                               r"Japanese|Chinese|Korean|Russian|Arabic|Hindi|Sanskrit)\b", re.IGNORECASE)


# A language, then the name in it, among other names in brackets: "French tremblant".
_LANGUAGE_GLOSS_RE = re.compile(
    r"^(?:in\s+)?(?:French|German|Italian|Spanish|Portuguese|Dutch|Latin|Greek|Polish|Swedish|Danish|"
    r"Norwegian|Japanese|Chinese|Korean|Russian|Arabic|Welsh|Irish|Scots)\s+(?P<name>[^\W\d][\w'-]+)$")


# A language named before a name in brackets, in the words the languages pages most often
# come in use for "in English" or "from the French": "(en anglais X)", "(auf Englisch X)".
_LANGUAGES = (r"English|French|German|Italian|Spanish|Portuguese|Dutch|Polish|Japanese|anglais|français|"
              r"allemand|Englisch|Französisch|inglés|francés|inglese|francese|inglês|francês|Engels|Frans|"
              r"angielsku|francusku")
_SAID_IN_RE = re.compile(
    r"^(?:(?P<from>from)\s+(?:the\s+)?|(?:in|en|auf|in\s+het|em|po)\s+)(?:" + _LANGUAGES + r")\s*:?\s+(?=[^\W\d])",
    re.IGNORECASE)


# Emphasis around a name in brackets: "(auch *Trockensteinmauer*)", "(also **catch stitch**)".
_EMPHASIS_MARKS_RE = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")
# Words that open a comment in brackets, not a name: "(or more precisely …)", "(also rarely …)".
_HEDGE_WORD_RE = re.compile(r"(?:\w+ly|more|less|rather|even|just|so|very|see|sometimes)\b", re.IGNORECASE)
# A word after "called" that makes it another verb ("also called for", "called upon").
_NOT_A_NAME_RE = re.compile(r"(?:for|on|upon|off|in|into|out|up|to|by|at|with|from|about|back|"
                            r"im|bei|mit|für|von|zu|aus|dans|avec|pour|sur|con|per|para|met|voor|bij)\b",
                            re.IGNORECASE)


# Where or among whom the term goes by another name, before "it is …": "In British usage",
# "Among sailors,", "In the United States".
_WHERE_NAMED_RE = re.compile(r"^(?:(?:in|among|across|throughout|outside)\s+(?:[^\W\d][\w'’-]*\s+){1,3}?,?\s*"
                             r"(?=(?:it|they|this|these)\s+(?:is|are|was|were)\b))?", re.IGNORECASE)


def _own_other_names(sentence: str, name: str, known: list[str]) -> list[str]:
    """Return the names a later sentence of a definition gives the term itself: "It is also
    called wool embroidery.", "Also spelt houmous.", "<Name> is also known as …". A sentence
    about something else ("The dye, also called woad, …") names no alias of the term."""
    subjects = [re.escape(n) for n in (name, *known) if n]
    # "RIs were formerly known as …": the term's name or abbreviation in the plural is its subject too.
    own = re.compile(r"^(?:(?:the\s+)?(?:" + "|".join(subjects) + r")(?:s|es)?\s+(?:is|are|was|were)\s+)",
                     re.IGNORECASE)
    sentence = sentence.replace("**", "")
    # "In British usage it is often called a housing": where it goes by the name, said first.
    sentence = sentence[_WHERE_NAMED_RE.match(sentence).end():]  # type: ignore[union-attr]
    callers = _CALLERS_RE.match(sentence)
    at = (own.match(sentence) or callers or _OWN_SUBJECT_RE.match(sentence)).end()  # type: ignore[union-attr]
    if callers and not _ALIAS_CUE_RE.match(sentence, at) and (called := _CALLED_BY_RE.match(sentence, at)):
        # "Pickers call it when they see one": a clause, not a name, after "call it".
        # A casual name is short: "One teacher calls it "the worst sight in the kiln"" names none.
        return [alias for alias in _casual_names_at(sentence, called.end()) if not _CLAUSE_OPENING_RE.match(alias)]
    # "Also called …" is a cue as it stands; "Also known as …" is "known as" after "also".
    cue = _ALIAS_CUE_RE.match(sentence, at) or _ALIAS_CUE_RE.match(
        sentence, at + len(re.match(r"(?:also\s+)?", sentence[at:], re.IGNORECASE).group(0)))
    if not cue:
        casual = _CASUAL_CUE_RE.match(sentence, at)
        return _casual_names_at(sentence, casual.end()) if casual else []
    # "It is sometimes called intramuscular stimulation (IMS), …" gives its abbreviation too.
    return [name for alias, end in _aliases_at(sentence, cue.end())
            for name in (alias, *_abbreviation_at(sentence, end))]


_PLURAL_OPENING_RE = re.compile(r"(?:the|its)\s+plural", re.IGNORECASE)


def _plural_names(sentence: str, name: str) -> list[str]:
    """Return the plural forms a later sentence of a definition gives the term: "The plural is
    bioswales.", "Its plural is cacti or cactuses.", "The plural of cairn is cairns." The plural
    of another word ("The plural of stone is stanes.") is none of the term's."""
    if not _PLURAL_OPENING_RE.match(sentence.replace("**", "").strip()):
        return []  # most sentences: not worth compiling the expression that holds the name
    found = re.match(r"^(?:the|its)\s+plural(?:\s+form)?(?:\s+of\s+(?:the\s+)?(?:term\s+|word\s+)?"
                     + re.escape(name) + r")?\s+is\s+(?P<names>[^.;:()]+?)\.?$",
                     sentence.replace("**", "").strip(), re.IGNORECASE)
    return _plain_names(found.group("names"), "or") or [] if found else []


# Who calls the term by another name, before "also call it": "Gardeners", "Many brewers".
# "Lighting crews", "Older potters" too: up to three words.
_CALLERS_RE = re.compile(r"^(?:(?:many|some|most|other)\s+)?[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,2}?\s+"
                         r"(?=(?:also|sometimes|often|commonly|usually)\s+calls?\s+(?:it|them)\b|"
                         r"(?:(?:have|has|had)\s+)?nicknamed\s+(?:it|them)\b|nicknames?\s+(?:it|them)\b|"
                         r"(?:(?:also|sometimes|often|commonly|usually)\s+)?(?:just\s+|simply\s+)?"
                         r"(?:call|calls|write|writes|spell|spells)\s+(?:it|them)\s)", re.IGNORECASE)
_CLAUSE_OPENING_RE = re.compile(r"(?:when|whenever|if|because|since|while|whether|what|how|where|why|that|"
                                r"so|as|until|unless|before|after|once)\b", re.IGNORECASE)
# What those people call it, said with "just" or without a "usually", or written another way:
# "Foragers often just call it the ring", "some makers write it as the Goodyear-welted method".
_CALLED_BY_RE = re.compile(r"(?:(?:also|sometimes|often|commonly|usually)\s+)?(?:just\s+|simply\s+)?"
                           r"(?:call|calls|write|writes|spell|spells)\s+(?:it|them)\s+(?:as\s+)?", re.IGNORECASE)


# A line that only lists the other names under a label: "Also known as: paring, edge thinning".
_LISTED_NAMES_RE = re.compile(r"^\(?(?:also|otherwise|sometimes|often)\s+(?:known\s+as|called|named|termed|spelt|"
                              r"spelled)\s*:\s*(?P<names>[^.!?:;]+?)\)?\.?$", re.IGNORECASE)


def listed_other_names(line: str) -> list[str]:
    """Return the names a label line lists ("Also known as: wet piling, ripe fermentation"),
    each as written, its gloss in brackets kept; none for a line that is not such a list."""
    found = _LISTED_NAMES_RE.match(" ".join(re.sub(r"\*+|_{2,}", "", line).split()))
    if not found:
        return []
    names = re.split(r",\s*|\s+or\s+|\s+and\s+", found.group("names"))
    return [name.strip() for name in names if name.strip() and len(name.split()) <= 6]


def _or_alias_at(sentence: str, offset: int) -> list[str]:
    """Return the other name given with "or" right after the name ends at ``offset``."""
    found = _OR_ALIAS_RE.match(sentence, offset)
    if not found:
        return []
    alias = _ARTICLE_RE.sub("", found.group("comma") or found.group("bracket"), count=1).strip()
    # "A tram, or streetcar in North America, is …": the name ends where a phrase starts.
    stop = _ALIAS_END_RE.search(alias)
    alias = alias[: stop.start()].strip() if stop else alias
    if not alias or len(alias.split()) > 5 or not any(c.isalpha() for c in alias):
        return []
    if _HEDGE_OPENING_RE.match(alias):
        return []  # "Caffeine, or more precisely its action, is …": a correction, not a name
    return [alias]


# The name said again more exactly, or spelt out, right after the name: "Sleep latency, more
# precisely sleep onset latency (SOL), is …", "CBT-I, in full cognitive behavioural therapy
# for insomnia, is …", "…, or more formally …".
_RESTATED_RE = re.compile(r"\s*,\s*(?:or\s+)?(?:more\s+(?:precisely|formally|properly|fully|correctly|strictly)|"
                          r"in\s+full|formally|properly|strictly\s+speaking|technically)\s*,?\s+", re.IGNORECASE)
_RESTATED_MAX_WORDS = 5


def _restated_at(sentence: str, offset: int, name: str) -> list[str]:
    """Return the name said again more exactly right after the name ends at ``offset``, with
    its abbreviation. It is a name when it shares a word with the term's name, spells out an
    abbreviated name, or has its own abbreviation in brackets; "Caffeine, more precisely its
    action on receptors, …" corrects what is said and names nothing."""
    cue = _RESTATED_RE.match(sentence, offset)
    if not cue:
        return []
    found = _aliases_at(sentence, cue.end())
    if not found:
        return []
    alias, end = found[0]
    if len(alias.split()) > _RESTATED_MAX_WORDS or _HEDGE_OPENING_RE.match(alias) or _DETERMINER_RE.match(alias):
        return []
    abbreviation = _abbreviation_at(sentence, end, alias)
    after = sentence[end:]
    if abbreviation:
        after = after[_ABBREVIATION_RE.match(after).end():]  # type: ignore[union-attr]
    if not re.match(r"\s*(?:,|\s(?:is|are|was|were|refers|means|describes|denotes)\b)", after):
        return []  # the restatement runs on into the sentence: no name of its own
    shared = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", alias)} & {
        w.casefold() for w in re.findall(r"[^\W\d_]{3,}", name)}
    spelt = bool(_ABBREVIATION_NAME_RE.match(name)) and "".join(w[0] for w in alias.split()).casefold().startswith(
        name[:1].casefold())
    if not (shared or spelt or abbreviation):
        return []
    return [alias, *abbreviation]


_DETERMINER_RE = re.compile(r"(?:this|that|these|those|its|their|his|her|our|your|which|what|when|where|how)\b",
                            re.IGNORECASE)


# What opens a correction or a gloss after "or", not another name.
_HEDGE_OPENING_RE = re.compile(r"(?:\w+ly|more|rather|better|at least|at most|in|on|by|even|just|so|its|their|his|her)\b",
                               re.IGNORECASE)


# The marks that close a bold or italic name before its bracket: "**Actinic keratosis** (AK)".
_CLOSING_MARKS_RE = re.compile(r"^(?:\*\*|__|\*|_)(?=\s*\()")


def _abbreviation_at(sentence: str, offset: int, name: str = "") -> list[str]:
    # "**Water activity (aw)**": markdown closes the emphasis after the bracket; "**Actinic
    # keratosis** (AK), also called …": before it, the bracket outside the bold name.
    rest = sentence[offset:]
    rest = _CLOSING_MARKS_RE.sub("", rest) if _CLOSING_MARKS_RE.match(rest) else rest
    match = _ABBREVIATION_RE.match(rest.replace("**", "", 1) if rest.lstrip().startswith("**(") else rest)
    if not match:
        return []
    abbreviation = match.group(1)
    if not any(c.isupper() for c in abbreviation) and not _initials_of(abbreviation, name):
        return []
    if _LANGUAGE_NAME_RE.match(abbreviation) and abbreviation[1:].islower():
        return []  # "Hansei (Japanese) is …" says where the word comes from
    return [abbreviation]


def _initials_of(token: str, name: str) -> bool:
    """Return whether a short lower-case token is made of the initials of the name's words, in
    any order: "aw" of "water activity", "yo" of "yarn over" (a symbol, not a word in brackets)."""
    initials = {word[:1].casefold() for word in re.findall(r"[^\W\d_]+", name)}
    return 2 <= len(token) <= 4 and len(initials) >= 2 and token.isalpha() and set(token.casefold()) <= initials


_TRAILING_BRACKET_RE = re.compile(r"^(?P<name>[^()]+?)\s*\(\s*(?P<inner>[^()]+?)\s*\)$")
# Bracketed labels that say what kind of word an entry is, not another name for it.
_WORD_CLASS_RE = re.compile(r"^(?:n|v|adj|adv|abbr|pl|sing)\.?$|^(?:noun|verb|adjective|adverb|plural|"
                            r"singular|abbreviation|acronym)$", re.IGNORECASE)
# The label before another grammatical form of a name: "(pl. hyphae)", "(plural: cacti)".
_FORM_LABEL_RE = re.compile(r"^(?:pl|plur|plural|sing|singular|sg)\b\.?:?\s+(?=\S)", re.IGNORECASE)
# A label before a colon in brackets says where or how the other name is used ("(US: tie)",
# "(also: track bed)", "(Scots: ken)"); the name is what follows the colon.
_COLON_LABEL_RE = re.compile(r"^[^\W\d_][\w.'’ -]{0,24}:\s+(?=\S)")
# An alias in brackets is an abbreviation or an expansion: a few words at most.
_BRACKET_MAX_WORDS = 5


def split_abbreviation(name: str) -> tuple[str, str | None]:
    """Return an entry's name without a trailing bracketed part, and that part as its alias.

    The part is an abbreviation ("Cast on (CO)", "Yarn over (yo)") or what an abbreviation
    stands for ("TTL (time to live)"); a word-class label such as "(n.)" is not an alias.
    """
    match = _TRAILING_BRACKET_RE.match(name.strip())
    if not match:
        return name, None
    # "Basidium (pl. basidia)": the plural is another form of the name, written without its label.
    # "Saprotroph (also saprobe)": the word that says it is another name is no part of it.
    inner = _COLON_LABEL_RE.sub("", _FORM_LABEL_RE.sub("", match.group("inner"))).strip()
    for _ in range(2):  # "also known as": "also", then "known as"
        if found := (_ALIAS_CUE_RE.match(inner) or _BRACKET_CUE_RE.match(inner) or _OTHER_ALSO_RE.match(inner)):
            # "Headband (also called an endband)": the article is not the name.
            inner = inner[found.end():].strip()
            if article := _ARTICLE_RE.match(inner):
                inner = inner[article.end():]
    if (len(inner.split()) > _BRACKET_MAX_WORDS or not any(c.isalpha() for c in inner)
            or _WORD_CLASS_RE.match(inner)):
        return name, None
    return match.group("name").strip(), inner


# A field or a trade named in one word: "(economics)", "(music)", "(computing)", "(biology)",
# "(chemistry)", "(architecture)".
_FIELD_WORD_RE = re.compile(r"^[a-z]+(?:ics?|ing|logy|graphy|nomy|metry|stry|ture|cine)$")


def is_qualifier(inner: str, name: str, definition: str) -> bool:
    """Return whether the words bracketed after a title say which sense of it is meant
    ("Tempering (chocolate)", "Damper (stove)", "Scale (music)") rather than give another
    name of it ("Electrocardiogram (ECG)", "Myocardial infarction (heart attack)").

    Such words are a few in small letters, no abbreviation of the name, and the definition
    never uses them as a name of the term (opening it, or after "called", "or", a bracket).
    They qualify when the definition puts them before the name ("A stove damper is …"),
    uses them as a plain word of its own ("… melted chocolate …"), or they name a field.
    """
    words = inner.split()
    if not (1 <= len(words) <= 3 and all(w.isalpha() and w.islower() for w in words)) or _initials_of(inner, name):
        return False
    text = " ".join(definition.casefold().split())
    before_name = re.escape(inner) + r"\s+" + re.escape(name.casefold())
    # Said as a name: not as the word before the name ("a stove damper").
    said = r"(?:(?:an?|the)\s+)?(?!" + before_name + r")" + re.escape(inner) + r"(?!\w)"
    if re.match(said, text) or re.search(
            r"(?:" + _ALIAS_CUE_RE.pattern + r"|\bor|\bi\.e\.,?|\()\s+" + said, text, re.IGNORECASE):
        return False
    if re.search(r"(?<!\w)" + before_name, text):
        return True
    return bool(re.search(r"(?<!\w)" + re.escape(inner) + r"(?!\w)", text)) or (
        len(words) == 1 and bool(_FIELD_WORD_RE.match(inner)))


# An abbreviation: one word of letters, two of them capitals at least ("MTU", "AoA", "ATIS").
_ABBREVIATION_NAME_RE = re.compile(r"^(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,8}$")
# Words an abbreviation may leave out ("Department of Defense" → DoD keeps "of"; "Bureau of
# Labor Statistics" → BLS does not).
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "to", "in", "on", "a", "an", "by", "with", "at"})
# The opening phrase ends at the first punctuation other than a hyphen or an apostrophe.
_PHRASE_RE = re.compile(r"[\w\s'’-]*")


def _expansion(name: str, sentence: str) -> list[str]:
    """Return the words opening the sentence whose initials spell an abbreviation ``name``.

    "The maximum transmission unit is …" under "MTU" gives "maximum transmission unit".
    """
    if not _ABBREVIATION_NAME_RE.match(name):
        return []
    article = _ARTICLE_RE.match(sentence)
    start = article.end() if article else 0
    # An expansion longer than a name is none: only the words a name may take are tried,
    # so that a run of small words costs little and never nests deeply.
    words = _PHRASE_RE.match(sentence, start).group(0).split()[:_NAME_MAX_WORDS]  # type: ignore[union-attr]
    letters = name.casefold()

    def spell(i: int, j: int) -> int | None:
        # The number of words that spell letters[i:] from words[j:], or None.
        if i == len(letters):
            return j
        if j == len(words):
            return None
        word = words[j].casefold()
        parts = [p for p in re.split(r"-", word) if p]
        for initials in dict.fromkeys(("".join(p[0] for p in parts), word[:1])):
            if initials and letters.startswith(initials, i):
                found = spell(i + len(initials), j + 1)
                if found is not None:
                    return found
        if word in _SMALL_WORDS and j > 0:
            return spell(i, j + 1)
        return None

    end = spell(0, 0)
    if end is None:
        return []
    return [" ".join(words[:end])]
