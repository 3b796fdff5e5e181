"""Warn about cards and terms that break the minimum-information principle."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .templatefiles import DEFAULT_TEMPLATE, TEMPLATE_SUFFIX
from .errors import Problem, display_path
from .expansions import spelled_out
from .model import KINDS, Card, Deck, Term
from .owncards import is_own, own_texts
from .sentences import split_sentences
from .topics import word_forms

#: Answers longer than this many words are hard to recall in one go.
DEFAULT_MAX_ANSWER_WORDS = 25
#: Lists longer than this many items are hard to recall as one card.
DEFAULT_MAX_ITEMS = 4

# A list item is short; a longer stretch between commas is a clause, not an item.
_ITEM_WORDS = 6
_CONJUNCTION = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)
#: "either directly or through a link": a choice between two, not the end of a list.
_ALTERNATIVE = re.compile(r"(?:either|neither|whether)\b.*\b(?:or|nor)\b", re.IGNORECASE)
#: A part that starts with a verb continues the sentence after its subject: the parts
#: before it were the subject and an appositive ("Area 0, the backbone area, must …").
_VERB_FIRST = re.compile(r"(?:must|is|are|was|were|can|could|will|would|should|may|might|has|have|had"
                         r"|does|do|did|needs?|remains?)\s")  # lower case: "IS-IS" is a name
_NAME_STOPWORDS = frozenset({"of", "the", "a", "an", "and", "in", "for", "to"})


@dataclass(frozen=True)
class LintOptions:
    """The limits the lints use."""

    max_answer_words: int = DEFAULT_MAX_ANSWER_WORDS
    max_items: int = DEFAULT_MAX_ITEMS


def lint(decks: Sequence[Deck], cards: Sequence[Card], options: LintOptions = LintOptions()) -> list[Problem]:
    """Return a warning for every minimum-information problem, sorted by file and line."""
    warnings: list[Problem] = []
    warnings += _long_answers(cards, options.max_answer_words)
    warnings += _answers_in_prompts(cards)
    warnings += _repeated_own_clozes(cards)
    for deck in decks:
        for term in deck.terms:
            warnings += _enumerations(term, options.max_items)
            warnings += _steering(term)
            warnings += _undefining(term)
        warnings += _same_concepts(deck.terms)
    warnings = list(dict.fromkeys(warnings))
    warnings.sort(key=lambda p: (p.path or "", p.line or 0))
    return warnings


def unasked(decks: Sequence[Deck], cards: Sequence[Card], kinds: Sequence[str] | None = None) -> list[Problem]:
    """Return, for information, every sentence that no cloze card asks, sorted by file and line.

    Such a sentence holds nothing worth asking (no term, name, number or rare phrase),
    so it gets no cloze: this is no fault, but the author may want to give it a fact,
    or name a phrase to hide (``cloze: hide``). Sentences the author leaves out
    (``cloze: skip``) and overlong ones (the build warns about those) are not listed.
    """
    found: list[Problem] = []
    asked = _clozed_sentences(cards)
    reversed_terms = _reversed_terms(cards)
    for deck in decks:
        if "cloze" not in (kinds or deck.kinds or KINDS):
            continue  # no cloze cards are made for this deck
        for term in deck.terms:
            sentences = set(asked.get((deck.id, term.id), ()))
            if (deck.id, term.id) in reversed_terms:
                sentences.update(split_sentences(term.definition)[:1])
            found += _unasked_sentences(term, sentences)
    found.sort(key=lambda p: (p.path or "", p.line or 0))
    return found


def _steering(term: Term) -> list[Problem]:
    """Return a warning for each ``cloze:`` entry of the term that matches nothing in its text."""
    from .cloze import find_phrases, sentence_matches  # the chooser: loaded only when linting

    found = []
    sentences = [s for _, text, _ in term.texts() for s in split_sentences(text)]
    for key, entry, line in term.cloze.entries():
        if key == "skip":
            if not any(sentence_matches(entry, s) for s in sentences):
                found.append(Problem(term.path, line, f"cloze skip {_clip(entry)!r} of {term.name!r} "
                                                      f"matches no sentence of the term"))
        elif not any(True for s in sentences for _ in find_phrases((entry,), s)):
            found.append(Problem(term.path, line, f"cloze {key} {entry!r} of {term.name!r} does not "
                                                  f"occur in the term's text"))
    return found


# The reader spoken to ("Find your fit …"), or a question: a tagline's voice, not a definition's.
_READER_VOICE = re.compile(r"\b(?:you|your|yours|you'll|you're)\b", re.IGNORECASE)
# "Stayman is …", "Index fossils are …", "X refers to …": a sentence that says what X is.
_DEFINING_VERB = r"(?:is|are|was|were|refers|means|describes|denotes)\b"


def _undefining(term: Term) -> list[Problem]:
    """Return a warning when the term's definition does not say what the term is: its first
    sentence opens as a headline ("Manning: the first step …"), or leaves the term unnamed
    and speaks to the reader, asks, urges ("Master … in 6 weeks"), or a section's sentence
    defines the term instead."""
    from .keyphrases import _lexicon  # the tagger's lexicon: loaded only when linting

    sentences = split_sentences(term.definition)
    first = sentences[0] if sentences else term.definition
    low = _unhyphenated(first)
    names = [n for n in (term.name, *term.aliases) if n]
    forms = {form for n in names for form in word_forms(_unhyphenated(n).replace(" ", "-"))}
    headline = re.match(r"([^:.!?]{1,60}):\s", first)
    if headline and _unhyphenated(headline.group(1)) in {form.replace("-", " ") for form in forms}:
        # "Manning: the first step in training a hawk": a headline over a teaser.
        return [Problem(term.path, term.definition_at,
                        f"the definition of {term.name!r} opens as a headline: {_clip(first)!r}; is it "
                        "a tagline? Open the definition with the sentence that says what the term is")]
    if any(form.replace("-", " ") in low for form in forms if len(form) >= 2):
        return []
    opener = re.match(r"[^\W\d_]+", first)
    urges = opener is not None and _lexicon().get(opener.group(0).casefold()) == "VB"
    # "An unused loss that the rules let you carry forward": a definition that opens with
    # what the term is may speak to the reader further on; a tagline opens with the reader.
    described = re.match(r"(?:an?|the|any)\s+\w", first, re.IGNORECASE) is not None
    why = ("speaks to the reader" if _READER_VOICE.search(first) and not described
           else "is a question" if first.rstrip().endswith("?")
           else "opens with a verb that urges" if urges else "")
    if not why:
        defined = next((s for s in term.sections if any(re.match(
            rf"(?:(?:the|an?)\s+)?{re.escape(form.replace('-', ' '))}\b(?:\s*\([^()]*\))?,?[^.]{{0,80}}?\s{_DEFINING_VERB}",
            _unhyphenated(s.text)) for form in forms if len(form) >= 2)), None)
        if defined is None:
            return []
        why = f"does not name it, while section {defined.heading!r} defines it"
    return [Problem(term.path, term.definition_at,
                    f"the definition of {term.name!r} {why}: {_clip(first)!r}; is it a tagline? "
                    "Open the definition with the sentence that says what the term is")]


def _describe(card: Card) -> str:
    return f"{card.kind} card of {card.term_name!r} ({card.topic_title})"


def _long_answers(cards: Sequence[Card], limit: int) -> list[Problem]:
    found = []
    for card in cards:
        # The qa card answers with a whole section on purpose; the short kinds, and the
        # author's own questions, are the ones that must each hold one small fact.
        if card.kind == "qa" and not is_own(card):
            continue
        for answer in card.answers:
            words = len(answer.split())
            if words > limit:
                found.append(Problem(card.source, card.line,
                                     f"{_describe(card)}: answer has {words} words (more than "
                                     f"{limit}): {_clip(answer)!r}; split it into smaller facts"))
    return found


def _answers_in_prompts(cards: Sequence[Card]) -> list[Problem]:
    found = []
    for card in cards:
        for prompt, answer in zip(card.prompts, card.answers):
            # "peptide-1" in the text gives away "peptide 1" in the answer just the same.
            wanted = _unhyphenated(answer)
            if len(wanted) >= 2 and re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", _unhyphenated(prompt)):
                found.append(Problem(card.source, card.line,
                                     f"{_describe(card)}: the prompt contains its own answer "
                                     f"{_clip(answer)!r}"))
            elif spelled := spelled_out(answer.strip(), prompt, anywhere=True):
                found.append(Problem(card.source, card.line,
                                     f"{_describe(card)}: the prompt spells out its own answer "
                                     f"{_clip(answer)!r} as {_clip(spelled[0])!r}"))
    return found


def _repeated_own_clozes(cards: Sequence[Card]) -> list[Problem]:
    """Warn about an own cloze card without an id that hides what an earlier one of its topic
    hides: the two are told apart by their order alone, so moving or deleting one would give
    its note to the other and its reviews to another sentence."""
    found = []
    first: dict[str, Card] = {}
    for card in cards:
        if card.kind != "cloze" or not is_own(card):
            continue
        base, repeat, _ = card.key.rpartition("#")
        if not repeat or not _.isdigit():
            first.setdefault(card.key, card)
            continue
        earlier = first.get(base)
        at = f" at line {earlier.line}" if earlier is not None and earlier.line else ""
        found.append(Problem(card.source, card.line,
                             f"{_describe(card)}: hides the same phrases as the own card{at}; give "
                             "each of them an 'id' so that moving or deleting one keeps the other's note"))
    return found


_LIST_OPENER = re.compile(r"(?:such as|including|for example|e\.g\.,?)\s", re.IGNORECASE)


# A comma between items; one with a digit before and three after groups a number's
# thousands ("$180,000").
_ITEM_COMMA = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")


def enumeration_items(sentence: str) -> int:
    """Return the number of items in the longest list in ``sentence`` ("a, b, c and d" is 4)."""
    best = 0
    for clause in re.split(r"[;:()]", sentence):
        segments = [s.strip() for s in _ITEM_COMMA.split(clause)]
        run = 1  # the words before the first comma end with the list's first item
        short_run = len(segments[0].split()) <= _ITEM_WORDS
        for segment in segments[1:]:
            words = len(segment.split())
            if _ALTERNATIVE.match(segment) or _VERB_FIRST.match(segment):
                run, short_run = 1, False
            elif _LIST_OPENER.match(segment):  # "…ions, such as a, b and c": a is the first
                run, short_run = 1, True
            elif re.match(r"(?:and|or)\b", segment, re.IGNORECASE):  # "…, and c"
                best = max(best, run + 1)
                run, short_run = 1, words <= _ITEM_WORDS
            elif _CONJUNCTION.search(segment) and words <= 2 * _ITEM_WORDS:  # "…, b and c"
                best = max(best, run + 2)
                run, short_run = 1, False
            elif words <= _ITEM_WORDS:
                run += 1
            else:
                run, short_run = 1, False
        # A list without "and", as in "(a, b, c)", counts when every part is short.
        if short_run and run >= 3:
            best = max(best, run)
    return best


def _enumerations(term: Term, limit: int) -> list[Problem]:
    found = []
    for where, text, line in (*term.texts(), *own_texts(term)):
        for sentence in split_sentences(text):
            items = enumeration_items(sentence)
            if items > limit:
                found.append(Problem(term.path, line,
                                     f"{where} of {term.name!r} lists {items} items in one sentence "
                                     f"(more than {limit}): {_clip(sentence)!r}; ask for fewer at once"))
    return found


def _clozed_sentences(cards: Sequence[Card]) -> dict[tuple[str, str], set[str]]:
    """Return, for each term that has cloze cards, the sentences they ask about."""
    found: dict[tuple[str, str], set[str]] = {}
    for card in cards:
        if card.kind == "cloze":
            sentence = html.unescape(re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", card.front))
            found.setdefault((card.deck, card.term_id), set()).add(sentence)
    return found


def _reversed_terms(cards: Sequence[Card]) -> set[tuple[str, str]]:
    """Return the terms whose reverse card asks for them from their definition's first sentence."""
    return {(c.deck, c.term_id) for c in cards if c.kind == "reverse"}


def _unasked_sentences(term: Term, asked: set[str]) -> list[Problem]:
    from .cards import MAX_CLOZE_SENTENCE_CHARS
    from .cloze import sentence_matches

    from .keyphrases import is_code
    from .language import english_sentences, reads_as_english

    whole = reads_as_english([text for _, text, _ in term.texts()])
    found = []
    for where, text, line in term.texts():
        sentences = split_sentences(text)
        for sentence, english in zip(sentences, english_sentences(text, sentences, whole)):
            why = "it is a line of code, shown as written" if is_code(sentence) else \
                "nothing in this sentence is worth asking" if english else "the text does not read as " \
                "English, so only numbers, codes and the deck's names are hidden, and this sentence has none"
            # An overlong sentence has a warning of its own from every build.
            if sentence not in asked and len(sentence) <= MAX_CLOZE_SENTENCE_CHARS \
                    and not any(sentence_matches(entry, sentence) for entry in term.cloze.skip):
                found.append(Problem(term.path, line,
                                     f"{where} of {term.name!r}: no cloze, {why}: {_clip(sentence)!r}"))
    return found


def _name_forms(name: str) -> set[str]:
    """Return the forms under which two names count as the same: normal words and initials."""
    words = re.sub(r"[^\w\s]", " ", name.casefold().replace("-", " ")).split()
    if not words:
        return set()
    if len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    forms = {" ".join(words)}
    content = [w for w in words if w not in _NAME_STOPWORDS]
    if len(content) >= 2:
        forms.add("~" + "".join(w[0] for w in content))
    if len(words) == 1 and name.strip().isupper() and len(words[0]) >= 2:
        forms.add("~" + words[0])  # an abbreviation is compared with initials
    return forms


def _forms(term: Term) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in (term.name, *term.aliases):
        for form in _name_forms(name):
            out.setdefault(form, name)
    return out


def _same_concepts(terms: Sequence[Term]) -> list[Problem]:
    found = []
    ordered = sorted(terms, key=lambda t: (t.path, t.id))
    forms = [(t, _forms(t)) for t in ordered]
    for i, (term, mine) in enumerate(forms):
        for other, theirs in forms[:i]:
            shared = [f for f in mine if f in theirs]
            # Two initialisms alone (two names that both shorten to "CAR") are too weak.
            if not shared or all(f.startswith("~") and not _is_abbreviation(mine[f], theirs[f])
                                 for f in shared):
                continue
            form = sorted(shared, key=lambda f: f.startswith("~"))[0]
            where = f"{other.path}:{other.line}" if other.line else other.path
            found.append(Problem(term.path, term.line,
                                 f"term {term.name!r} is probably the same concept as {other.name!r} "
                                 f"({where}): {mine[form]!r} and {theirs[form]!r} name the same "
                                 f"thing; merge them or tell them apart"))
    return found


def _is_abbreviation(a: str, b: str) -> bool:
    return a.strip().isupper() != b.strip().isupper()


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s%.-]", " ", text.casefold()).split())


def _unhyphenated(text: str) -> str:
    return " ".join(re.sub(r"[-\u2010-\u2015]", " ", _normal(text)).split())


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def unused_templates(folder: Path | None, decks: Sequence[Deck]) -> list[Problem]:
    """Return a warning for each topic template in ``folder`` that no topic of the decks uses.

    A template named after a misspelt or renamed topic (``mechanisms-of-action.html.j2``)
    is otherwise silently ignored and the cards keep the default layout.
    """
    if folder is None or not folder.is_dir():
        return []
    topics = {"definition"} | {s.topic for d in decks for t in d.terms for s in t.sections}
    used = {form + TEMPLATE_SUFFIX for topic in topics for form in word_forms(topic)}
    found = []
    for path in sorted(folder.glob("*" + TEMPLATE_SUFFIX)):
        # Names starting with "_" are shared parts and the forward/reverse cards.
        if path.name.startswith("_") or path.name == DEFAULT_TEMPLATE or path.name in used:
            continue
        found.append(Problem(display_path(path), None,
                             f"template {path.name!r} is used by no topic (topics here: "
                             f"{', '.join(sorted(topics))})"))
    return found
