"""Render terms into cards: a question per term and topic, definition cards both ways, clozes."""

from __future__ import annotations

import functools
import hashlib
import html
import re
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .cloze import (OWN_TERM, Cloze, NameIndex, Names, abbreviation_expansions, abbreviations, make_cloze,
                    mask_names, name_word, name_words, phrase_pattern, sentence_matches)
from .errors import Problem, TemplateError, display_path
from .expansions import expansions, spelled_out
from .grammar import (heading_phrase, heading_question, name_article, name_number, neutral_articles,
                      prose_name)
from .keyphrases import content_stems, is_code, page_phrases, recurring_among, uses_recurring
from .language import english_sentences, reads_as_english
from .model import (CARD_FIELDS, KINDS, Card, Deck, OwnCard, Section, Term, answer_paragraphs, card_of,
                    card_values, with_position)
from .owncards import own_cards
from .readers.tables import column_labels
from .sentences import split_sentences
from .templatefiles import DEFAULT_TEMPLATE, TEMPLATE_SUFFIX, template_files, template_folders
from .topics import order_topics, topic_title, word_forms

if TYPE_CHECKING:
    import jinja2  # imported where it is used: a build that renders nothing never needs it

#: Templates of the definition cards; the underscore keeps them apart from topic templates.
FORWARD_TEMPLATE = "_forward.html.j2"
REVERSE_TEMPLATE = "_reverse.html.j2"
#: The identity of a term's definition note (its forward and reverse cards), in place of
#: a card kind: it stays the same whichever of them are built.
DEFINITION_NOTE = "both-ways"
#: What stands in for the term's names on a reverse card.
MASK = "___"

#: Sentences longer than this get no cloze card: nobody recalls such a sentence, and
#: finding its phrases grows faster than its length. The build warns about each.
MAX_CLOZE_SENTENCE_CHARS = 1_000

@dataclass(frozen=True)
class Templates:
    """The template folders to search, the user's first, and the Jinja environment over them."""

    folders: tuple[Path, ...]
    env: jinja2.Environment

    def find(self, name: str) -> Path | None:
        """Return the first file called ``name`` in the search folders, or None."""
        for folder in self.folders:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        return None

    def read(self, name: str) -> str:
        """Return the text of a non-Jinja template file (note-type HTML or CSS)."""
        path = self.find(name)
        if path is None:
            raise TemplateError(f"template {name!r} not found in: {self.searched()}")
        return path.read_text(encoding="utf-8")

    def searched(self) -> str:
        """Return the search folders as one line, for messages."""
        return ", ".join(display_path(f) for f in self.folders)

    def files(self) -> list[Path]:
        """Return every file in the search folders (the inputs a build depends on)."""
        return template_files(self.folders)


def load_templates(override: Path | None = None) -> Templates:
    """Return the templates: ``override`` (if given) searched before the built-in ones."""
    import jinja2

    folders = template_folders(override)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(f) for f in folders]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    return Templates(folders, env)


def card_guid(key: str) -> str:
    """Return the Anki note GUID for a card key: stable, short, never from card text."""
    digest = hashlib.sha256(("flashgen:" + key).encode("utf-8")).digest()
    number = int.from_bytes(digest[:8], "big")
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = []
    while number:
        number, rest = divmod(number, len(alphabet))
        out.append(alphabet[rest])
    return "fg" + "".join(reversed(out))


def card_key(deck: str, term_id: str, topic: str, kind: str, role: str = "") -> str:
    """Return the identity of a card: what its GUID is derived from."""
    return "/".join(p for p in (deck, term_id, topic, kind, role) if p)


def deck_topics(deck: Deck) -> list[str]:
    """Return every topic the deck's terms have, in the deck's order."""
    found = ["definition"] + [s.topic for t in deck.terms for s in (*t.sections, *t.cards)]
    return order_topics(found, deck.topic_order)


def topic_titles(deck: Deck) -> dict[str, str]:
    """Return the display name of each of the deck's topics."""
    headings: dict[str, list[str]] = {}
    for term in deck.terms:
        for s in (*term.sections, *term.cards):
            headings.setdefault(s.topic, []).append(s.heading)
    return {t: topic_title(t, headings.get(t, ())) for t in deck_topics(deck)}


@dataclass(frozen=True)
class DeckRendering:
    """Everything deck-wide that a term's cards are rendered from, besides the term and templates.

    A term's cards depend on the term, the templates and this value only, so a build may
    render terms one at a time, in other processes, or reuse the cards of a term whose
    inputs are unchanged (``rendering.py`` derives its cache key from this value's
    fields). Whatever deck-wide input rendering reads belongs here.
    """

    deck: Deck  # the deck's settings; its terms are left out: no card reads them
    kinds: tuple[str, ...]
    titles: tuple[tuple[str, str], ...]  # topic -> topic title
    names: tuple[Names, ...]  # every term's names, for the clozes of the others
    #: For each term id, the phrases that recur across the deck's pages
    #: (``keyphrases.deck_phrases``) that its own text holds: a term's clozes depend on
    #: the other terms' text through these alone, so the render cache keys it by them.
    term_recurring: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @cached_property
    def name_index(self) -> NameIndex:
        """Return the deck's names, searchable in sentences."""
        return NameIndex(self.names)

    @cached_property
    def _recurring_by_term(self) -> dict[str, frozenset[str]]:
        return {term_id: frozenset(phrases) for term_id, phrases in self.term_recurring}

    def recurring_of(self, term_id: str) -> frozenset[str]:
        """Return the recurring phrases a term's text holds, for looking up."""
        return self._recurring_by_term.get(term_id, frozenset())

    @cached_property
    def _names_by_word(self) -> tuple[dict[str, list[int]], tuple[int, ...]]:
        by_word: dict[str, list[int]] = {}
        everywhere: list[int] = []
        for index, entry in enumerate(self.names):
            for variant in entry.variants:
                word = name_word(variant)
                if word is None:
                    everywhere.append(index)
                else:
                    by_word.setdefault(word, []).append(index)
        return by_word, tuple(everywhere)

    def names_for(self, term: Term, words: frozenset[str] | None = None) -> tuple[Names, ...]:
        """Return, in deck order, the deck's names that the name index can find in the
        term's text: the only ones its cards can depend on. ``words``: the term's
        ``name_words``, when known."""
        by_word, everywhere = self._names_by_word
        chosen = set(everywhere)
        for word in words if words is not None else name_words(text for _, text, _ in term.texts()):
            chosen.update(by_word.get(word, ()))
        return tuple(self.names[i] for i in sorted(chosen))

    def shared(self) -> DeckRendering:
        """Return what all the deck's terms share as inputs: all but the names and the
        recurring phrases, of which each term depends only on its own (``names_for``,
        ``recurring_of``)."""
        return replace(self, names=(), term_recurring=())

    @cached_property
    def title(self) -> dict[str, str]:
        """Return the display name of each topic."""
        return dict(self.titles)


def deck_rendering(deck: Deck, kinds: Sequence[str] | None = None,
                   phrases: Callable[[Term], frozenset[str]] | None = None) -> DeckRendering:
    """Return the deck-wide inputs of the deck's cards. ``phrases``: each term's
    ``keyphrases.page_phrases``, when known (``rendering.Memo.page_phrases``)."""
    chosen = tuple(kinds or deck.kinds or KINDS)
    of = phrases or (lambda t: page_phrases(text for _, text, _ in t.texts()))
    per_term = recurring_among([of(t) for t in deck.terms])[1] if "cloze" in chosen else ()
    return DeckRendering(
        deck=replace(deck, terms=()),
        kinds=chosen,
        titles=tuple(topic_titles(deck).items()),
        names=tuple(Names(f"term:{t.id}", term_names(t)) for t in deck.terms),
        term_recurring=tuple(zip((t.id for t in deck.terms), per_term)),
    )


def term_order(deck: Deck) -> list[Term]:
    """Return the deck's terms in the order their cards are rendered: by name, then id."""
    return sorted(deck.terms, key=lambda t: (t.name.casefold(), t.id))


@dataclass(frozen=True)
class TermCards:
    """One term's cards, and the template problems met while rendering them (with the term's file)."""

    cards: tuple[Card, ...]
    failures: tuple[tuple[Problem, str], ...] = ()


def render_term(rendering: DeckRendering, term: Term, templates: Templates) -> TermCards:
    """Return the cards of one term of the deck in the order the term reads.

    Each card's ``position`` counts from 1 within the term; ``deck_cards`` adds the cards
    of the terms before it in file order.
    """
    deck, chosen, titles = rendering.deck, rendering.kinds, rendering.title
    topics: list[tuple[str, Section | None]] = [("definition", None)]
    topics += [(s.topic, s) for s in term.sections]
    # Own cards on a topic the term has no section for come after the sections.
    extra = [c.topic for c in term.cards if c.topic not in {t for t, _ in topics}]
    cards: list[Card] = []
    failures: list[tuple[Problem, str]] = []
    for topic, section in [*topics, *((t, None) for t in dict.fromkeys(extra))]:
        kinds_here = [k for k in KINDS if k in chosen] if topic == "definition" or section else []
        for kind in [*kinds_here, "own"]:
            if kind == "qa" and section is None and "forward" in chosen:
                continue  # the forward card asks this already, in the definition note
            try:
                made = _cards_of_kind(kind, deck, term, topic, titles[topic], section,
                                      templates, rendering.name_index, chosen, rendering.recurring_of(term.id))
            except TemplateError as e:
                failures.extend((problem, getattr(e, "rendering", "")) for problem in e.problems)
                continue
            # A note with several cards (forward and reverse) takes its first's position.
            start = len(cards) + 1
            cards.extend(with_position(c, start + i) for i, c in enumerate(made))
    return TermCards(tuple(cards), tuple(failures))


def deck_cards(deck: Deck, rendered: Sequence[TermCards], placed: bool = False) -> list[Card]:
    """Return the cards of every term (given in ``term_order``) topic by topic in deck order,
    terms by name within a topic, each numbered in the order the deck's files read
    (``placed``: they already are, see ``rendering.render_terms``).

    Raise TemplateError naming every broken template once, with the terms it failed for.
    """
    failures: dict[Problem, list[str]] = {}
    for result in rendered:
        for problem, path in result.failures:
            failures.setdefault(problem, []).append(path)
    if failures:
        raise TemplateError.from_problems([_while_rendering(p, terms) for p, terms in failures.items()])
    by_id = {t.id: result for t, result in zip(term_order(deck), rendered)}
    offset, numbered = 0, {}
    for term in deck.terms:  # the order the term files are read
        cards = by_id[term.id].cards
        numbered[term.id] = _numbered(cards, offset) if offset and not placed else cards
        offset += len(cards)
    order = {t: i for i, t in enumerate(deck_topics(deck))}
    cards = [c for t in term_order(deck) for c in numbered[t.id]]
    cards.sort(key=lambda c: order[c.topic])
    return cards


_POSITION = CARD_FIELDS.index("position")


def _numbered(cards: Sequence[Card], offset: int) -> list[Card]:
    """Return the cards with ``offset`` added to their positions.

    Made by position from their values: ``dataclasses.replace`` costs more than twice as
    much per card, and a one-page edit of a large deck numbers every card again.
    """
    out = []
    for card in cards:
        values = card_values(card)
        values[_POSITION] += offset
        out.append(card_of(values))
    return out


def render_deck(deck: Deck, templates: Templates, kinds: Sequence[str] | None = None,
                on_term: Callable[[], None] | None = None) -> list[Card]:
    """Return every card of a deck, topic by topic in deck order, terms by name within a topic.

    Each card's ``position`` counts from 1 in the order the deck's term files are read and,
    within a term, the order it reads. ``on_term`` is called after each term's cards, to
    report progress.
    """
    rendering = deck_rendering(deck, kinds)
    rendered = []
    for term in term_order(deck):
        rendered.append(render_term(rendering, term, templates))
        if on_term:
            on_term()
    return deck_cards(deck, rendered)


def _cards_of_kind(kind: str, deck: Deck, term: Term, topic: str, title: str, section: Section | None,
                   templates: Templates, names: NameIndex, chosen: Sequence[str],
                   recurring: frozenset[str] = frozenset()) -> list[Card]:
    """Return the cards of one kind for one term and topic (definition cards only for the definition).

    Kind ``own`` gives the author's own cards on the topic: questions when ``qa`` cards
    are chosen, cloze sentences when ``cloze`` cards are.
    """
    if kind == "own":
        return [c for c in _own_cards(deck, term, topic, title, templates) if c.kind in chosen]
    if kind == "qa" and section is None and "reverse" in chosen:
        # Asked from both ways, the definition is one note: this is its forward card.
        return [_definition_card(deck, term, title, templates, "qa")]
    if kind == "qa":
        return [_qa_card(deck, term, topic, title, section, templates)]
    if kind in ("forward", "reverse"):
        return [_definition_card(deck, term, title, templates, kind)] if section is None else []
    return _cloze_cards(deck, term, topic, title, section, names, reverse="reverse" in chosen,
                        recurring=recurring)


def _while_rendering(problem: Problem, paths: list[str]) -> Problem:
    """Return ``problem`` saying which term files it happened with."""
    paths = [p for p in dict.fromkeys(paths) if p]
    if not paths:
        return problem
    others = len(paths) - 1
    more = f" and {others} other term {'file' if others == 1 else 'files'}" if others else ""
    return replace(problem, message=f"{problem.message} (while rendering {paths[0]}{more})")


@lru_cache(maxsize=256)  # asked once per topic of a term; the answer is the term's
def name_variables(term: Term) -> dict[str, object]:
    """Return the template variables that let a prompt use the term's name in a sentence.

    ``name`` is the name as it reads inside a sentence ("beta blockers", "VO2 max"),
    ``number`` is "singular" or "plural" (the term file's ``number``, else computed from
    the name) and ``plural`` says the same as a flag: ``{{ "are" if plural else "is" }}``;
    ``article`` is the term file's ``article`` ("none": ""), else "the", "a" or "an" where
    the term's text writes one before the name in most of its mentions, else "", and ``the_name`` is the name after that article.
    """
    number = term.number or name_number(term.name)
    texts = (term.definition, *(s.text for s in term.sections))
    name = prose_name(term.name, (*texts, *term.aliases))
    article = name_article(term.name, texts) if term.article is None else term.article.replace("none", "")
    return {"name": name, "number": number, "plural": number == "plural",
            "article": article, "the_name": f"{article} {name}" if article else name}


def _qa_card(deck: Deck, term: Term, topic: str, title: str, section: Section | None,
             templates: Templates) -> Card:
    text = term.definition if section is None else section.text
    paragraphs = answer_paragraphs(text)
    heading = section.heading if section else "Definition"
    variables = {
        **name_variables(term),
        "heading_words": heading_phrase(heading),
        "heading_question": heading_question(heading),
        "term": term,
        "deck": deck,
        "topic": topic,
        "topic_title": title,
        "heading": heading,
        "section": section,
        "paragraphs": paragraphs,
    }
    template = _select(templates, topic)
    front = _render_block(template, "front", variables, term)
    back = _render_block(template, "back", variables, term)
    key = card_key(deck.id, term.id, topic, "qa")
    return Card(
        deck=deck.id, deck_title=deck.title, topic=topic, topic_title=title,
        term_id=term.id, term_name=term.name, kind="qa", front=front, back=back,
        key=key, guid=card_guid(key),
        tags=(f"topic::{topic}", f"term::{term.id}"),
        source=term.path, line=section.line if section else term.definition_at,
        prompts=(plain_text(front),), answers=(plain_text(back),),
    )


OWN_TEMPLATE = "_own.html.j2"


def _own_cards(deck: Deck, term: Term, topic: str, title: str, templates: Templates) -> list[Card]:
    """Return the term's own cards on ``topic`` (see owncards.py)."""
    if not term.cards:
        return []
    tags = (f"topic::{topic}", f"term::{term.id}")

    def make(**fields) -> Card:
        fields.setdefault("back", "")
        return Card(deck=deck.id, deck_title=deck.title, topic=topic, topic_title=title,
                    term_id=term.id, term_name=term.name, guid=card_guid(fields["key"]),
                    tags=tags, source=term.path, **fields)

    def question(own: OwnCard, key: str) -> Card:
        variables = {
            **name_variables(term), "term": term, "deck": deck, "topic": topic, "topic_title": title,
            "heading": own.heading, "section": None, "paragraphs": answer_paragraphs(own.answer),
            "question": own.question, "answer": own.answer,
        }
        template = _select(templates, topic, OWN_TEMPLATE)
        front = _render_block(template, "front", variables, term)
        back = _render_block(template, "back", variables, term)
        return make(kind="qa", front=front, back=back, key=key, line=own.line,
                    prompts=(plain_text(front),), answers=(own.answer,))

    return own_cards(term, topic, lambda kind, role: card_key(deck.id, term.id, topic, kind, role),
                     question, make, term_names(term))


def plain_text(fragment: str) -> str:
    """Return an HTML fragment as the plain text a reader sees, on one line."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def term_names(term: Term) -> tuple[str, ...]:
    """Return the names a card hides for the term: its name first, its aliases, then its id.

    The id counts as a name ("leaky-gut" as "leaky gut" or "leaky-gut") because it usually
    is the term's first name and it stays when the name is edited: sentences still written
    with the old name keep hiding it, and keep their notes (a cloze note's identity is
    what it hides).
    """
    names = [term.name, *term.aliases]
    words = term.id.replace("_", "-")
    for form in dict.fromkeys((words.replace("-", " "), words)):
        if len(form) >= 3 and form.casefold() not in {n.casefold() for n in names}:
            names.append(form)
    return tuple(names)


def masked_names(term: Term, text: str) -> tuple[str, ...]:
    """Return the names a reverse card hides in ``text``: the term's, and the spelled-out
    forms ``text`` gives of those that are abbreviations ("Network address translation")."""
    names = term_names(term)
    return (*names, *expansions(names, text))


#: The card templates of the definition note, one per way of asking its definition.
DEFINITION_TEMPLATES = ("Forward", "Reverse")


def _definition_card(deck: Deck, term: Term, title: str, templates: Templates, kind: str) -> Card:
    """Return a card of the term's definition note: term to definition, or definition to term.

    ``forward`` asks for the definition's first sentence, ``reverse`` for the term from
    that sentence, and ``qa`` (built instead of ``forward`` when only it and ``reverse``
    are chosen) for the whole definition. They are cards of one note, so that Anki
    buries one while the other is due the same day and the fact is asked once a day.
    """
    sentences = split_sentences(term.definition) or (term.definition,)
    short = sentences[0]
    variables = {
        **name_variables(term),
        "term": term, "deck": deck, "topic": "definition", "topic_title": title,
        "heading": "Definition", "section": None, "paragraphs": answer_paragraphs(term.definition),
        "short_definition": short,
        # The rest is shown under the answer, not asked: a sentence of it that gets no
        # cloze would otherwise be on no card.
        "rest_of_definition": " ".join(sentences[1:]),
        "masked_definition": neutral_articles(mask_names(short, masked_names(term, short), MASK), MASK),
    }
    name = {"forward": FORWARD_TEMPLATE, "reverse": REVERSE_TEMPLATE}.get(kind)
    template = _select(templates, "definition", name)
    front = _render_block(template, "front", variables, term)
    back = _render_block(template, "back", variables, term)
    key = card_key(deck.id, term.id, "definition", DEFINITION_NOTE)
    answer = {"forward": short, "reverse": term.name}.get(kind, plain_text(back))
    return Card(
        deck=deck.id, deck_title=deck.title, topic="definition", topic_title=title,
        term_id=term.id, term_name=term.name, kind=kind, front=front, back=back,
        key=key, guid=card_guid(key), tags=("topic::definition", f"term::{term.id}"),
        source=term.path, line=term.definition_at,
        prompts=(plain_text(front),), answers=(answer,),
        template=DEFINITION_TEMPLATES[kind == "reverse"],
    )


@lru_cache(maxsize=64)  # asked once per topic of a term; the answer is the term's
def _term_vocabulary(term: Term) -> tuple[frozenset[str], Counter[str]]:
    """Return the content words of a term's names, and in how many of its sentences each
    occurs (read only: the value is shared between the term's topics)."""
    names = frozenset().union(*(content_stems(n) | {w.casefold() for w in n.split()} for n in term_names(term)))
    counts: Counter[str] = Counter()
    for _, text, _ in term.texts():
        for sentence in split_sentences(text):
            counts.update(content_stems(sentence))
    return names, counts


@lru_cache(maxsize=64)
def _topic_words(term: Term) -> frozenset[str]:
    """Return the content words that two or more of a term's sentences use: what it keeps coming back to."""
    return frozenset(w for w, n in _term_vocabulary(term)[1].items() if n > 1)


_ANAPHORA = re.compile(r"(?:It|Its|They|Their|These|Each|Both)\b")


def _cohesive(sentence: str, vocabulary: tuple[frozenset[str], Counter[str]],
              recurring: frozenset[str]) -> bool:
    """Return whether a sentence speaks of its term or its deck: it shares a content word
    with the term's names or other sentences, opens with a pronoun that stands for them,
    or holds a phrase that recurs across the deck's pages."""
    names, counts = vocabulary
    return bool(_ANAPHORA.match(sentence)) or any(w in names or counts[w] > 1 for w in content_stems(sentence)) \
        or uses_recurring(sentence, recurring)


def _cloze_cards(deck: Deck, term: Term, topic: str, title: str, section: Section | None,
                 others: NameIndex, reverse: bool = False, recurring: frozenset[str] = frozenset()) -> list[Card]:
    """Return a cloze card for every sentence of the definition or section that can have one.

    A cloze hides the term's names only where nothing else of its sentence is worth asking;
    with ``reverse``, the reverse card already asks for the term from the definition's
    first sentence, so that sentence's cloze leaves the term visible always.
    """
    own = Names(OWN_TERM, term_names(term))
    known = abbreviations([term.definition, *(s.text for s in term.sections)])
    spelled = abbreviation_expansions([term.definition, *(s.text for s in term.sections)]) if known else {}
    text = term.definition if section is None else section.text
    cards: list[Card] = []
    used: dict[str, int] = {}
    tags = (f"topic::{topic}", f"term::{term.id}")  # one tuple shared by the topic's clozes
    steer = term.cloze
    vocabulary = _term_vocabulary(term)
    topic_words = _topic_words(term)
    sentences = split_sentences(text)
    # What a reader of a section has met of the term before each sentence: the definition,
    # then the section's earlier sentences (in lower case, for ``make_cloze``'s ``earlier``).
    earlier = "" if section is None else term.definition.casefold()
    # A passage in another language is read as such, whatever the rest of the page is in.
    english = english_sentences(text, sentences, _english((term.definition, *(s.text for s in term.sections))))
    for index, sentence in enumerate(sentences):
        before = earlier
        if section is not None:
            earlier = f"{earlier} {sentence.casefold()}"
        if len(sentence) > MAX_CLOZE_SENTENCE_CHARS:
            continue
        if steer.skip and any(sentence_matches(entry, sentence) for entry in steer.skip):
            continue  # the author leaves this sentence out of cloze cards
        if is_code(sentence) and not any(h.casefold() in sentence.casefold() for h in steer.hide):
            continue  # a line of code is shown as written: a blank in it asks a fragment of syntax
        # The term's name stays visible and the card asks the rest: the card is about the
        # term, and "{{c1::Sepsis}} is treated with…" has as many answers as the deck has
        # infections. Only where the name is all there is to ask of a fact is it hidden;
        # the reverse card asks for the term from the definition's first sentence, whose
        # cloze never hides it.
        asked_by_reverse = reverse and section is None and index == 0
        cloze = make_cloze(sentence, own, others, known, context=(title,),
                           hide_own=False, own_alone=not asked_by_reverse,
                           hide=steer.hide, keep=(*steer.keep, *column_labels(sentence)), recurring=recurring,
                           cohesive=_cohesive(sentence, vocabulary, recurring), spelled=spelled,
                           english=english[index], topic=topic_words, earlier=before)
        if cloze is None:
            continue
        # The note's identity is what it hides, not where the sentence stands or how it is
        # worded, so edits elsewhere keep its reviews; a counter tells apart two sentences
        # that hide the same phrases.
        role = "+".join(sorted(cloze.phrases))
        used[role] = used.get(role, 0) + 1
        if used[role] > 1:
            role += f"#{used[role]}"
        key = card_key(deck.id, term.id, topic, "cloze", role)
        context = "" if _shows_term(cloze, own.variants) else term.name
        cards.append(Card(
            deck=deck.id, deck_title=deck.title, topic=topic, topic_title=title,
            term_id=term.id, term_name=term.name, kind="cloze", front=cloze.text,
            back="", key=key, guid=card_guid(key),
            tags=tags,
            source=term.path, line=section.line if section else term.definition_at,
            context=context,
            prompts=tuple(f"{context}: {p}" if context else p for p in cloze.prompts),
            answers=cloze.answers,
        ))
    return cards


@lru_cache(maxsize=64)  # a term's topics are rendered one after another
def _english(texts: tuple[str, ...]) -> bool:
    return reads_as_english(texts)


def _shows_term(cloze: Cloze, names: Sequence[str]) -> bool:
    """Return whether every card of ``cloze`` shows the term's name or asks for it.

    A name that occurs only inside a hidden phrase ("a {{c1::cable needle}}" for Cable)
    is not shown, so such a card needs the name as its context. A card that asks for
    another name of the term ("Also called {{c1::gills}}.") does not ask for the term: it
    needs the term's name (the first of ``names``) to be answerable, unless the name would
    give it away: one of the two is the other's abbreviation ("The {{c1::CAR}} is …"), or
    the other name is a part of it ("{{c1::came}}" for Lead came).
    """
    if not names:
        return False
    pattern = phrase_pattern(names)

    def is_name(answer: str) -> bool:
        m = pattern.search(answer)
        if m is None or m.start() or m.end() != len(answer):
            return False
        return bool(phrase_pattern(names[:1]).fullmatch(answer) or phrase_pattern((answer,)).search(names[0])
                    or spelled_out(answer, names[0]) or spelled_out(names[0], answer))

    return all(pattern.search(prompt) or is_name(answer.strip())
               for prompt, answer in zip(cloze.prompts, cloze.answers))


def _select(templates: Templates, topic: str, name: str | None = None) -> jinja2.Template:
    import jinja2

    # A topic's template may be named as users write it (metric.html.j2 or metrics.html.j2);
    # whichever form sits in the earliest folder wins, so a user's metrics.html.j2 replaces
    # the built-in metric.html.j2.
    names = [name] if name else [*_topic_templates(templates, topic), DEFAULT_TEMPLATE]
    try:
        return templates.env.get_or_select_template(names)
    except jinja2.TemplatesNotFound:
        what = f"{name!r}" if name else f"topic {topic!r}"
        raise TemplateError(f"no template for {what}: looked for "
                            f"{' and '.join(names)} in {templates.searched()}") from None
    except jinja2.TemplateSyntaxError as e:
        raise TemplateError(f"template syntax error: {e.message}", path=e.filename or e.name,
                            line=e.lineno) from e


@functools.lru_cache(maxsize=1024)
def _topic_templates(templates: Templates, topic: str) -> tuple[str, ...]:
    """Return the template names for a topic, the form found in the earliest folder first."""
    folders = templates.folders
    # A file name holds at most 255 bytes: a topic from a very long heading has no template
    # of its own and uses the default one.
    forms = [f + TEMPLATE_SUFFIX for f in word_forms(topic) if len((f + TEMPLATE_SUFFIX).encode()) <= 255]
    if not forms:
        return ()
    rank = {f: next((i for i, d in enumerate(folders) if (d / f).is_file()), len(folders))
            for f in forms}
    found = sorted((f for f in forms if rank[f] < len(folders)), key=rank.__getitem__)
    return tuple(found or forms[:1])


def _render_block(template: jinja2.Template, block: str, variables: dict, term: Term) -> str:
    import jinja2

    if block not in template.blocks:
        raise TemplateError(f"template has no block {block!r} (it needs 'front' and 'back')",
                            path=template.filename)
    try:
        try:
            context = template.new_context(variables)
            return "".join(template.blocks[block](context)).strip()
        except Exception:
            # Rendering a block directly skips Jinja's traceback rewriting; ask for it so
            # the error can point at the template line rather than compiled code.
            template.environment.handle_exception()
    except Exception as e:  # noqa: BLE001 - a template can fail in any way ({{ 1/0 }})
        path, line = _template_frame(e, template.filename)
        # Jinja names objects by their class ("'flashgen.model.Term object'"); say the
        # name a template uses for them instead.
        message = re.sub(r"'flashgen\.model\.(\w+) object'", lambda m: repr(m.group(1).lower()), str(e))
        error = TemplateError(message, path=path, line=line)
        error.rendering = term.path
        raise error from e
    raise AssertionError("unreachable")  # pragma: no cover - handle_exception always raises


def _template_frame(error: Exception, fallback: str | None) -> tuple[str | None, int | None]:
    """Return the template file and line where a rendering error happened."""
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename.endswith(TEMPLATE_SUFFIX):
            return frame.filename, frame.lineno
    return fallback, None
