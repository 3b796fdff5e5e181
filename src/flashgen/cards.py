"""Render terms into cards: a question per term and topic, definition cards both ways, clozes."""

from __future__ import annotations

import hashlib
import html
import re
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import jinja2

from .cloze import OWN_TERM, NameIndex, Names, abbreviations, make_cloze, mask_names, sentence_matches
from .errors import Problem, TemplateError, display_path
from .model import KINDS, Card, Deck, Section, Term, split_paragraphs
from .sentences import split_sentences
from .topics import order_topics, topic_title

#: Templates of the definition cards; the underscore keeps them apart from topic templates.
FORWARD_TEMPLATE = "_forward.html.j2"
REVERSE_TEMPLATE = "_reverse.html.j2"
#: What stands in for the term's names on a reverse card.
MASK = "___"

#: Sentences longer than this get no cloze card: nobody recalls such a sentence, and
#: finding its phrases grows faster than its length. The build warns about each.
MAX_CLOZE_SENTENCE_CHARS = 1_000

DEFAULT_TEMPLATE = "default.html.j2"
TEMPLATE_SUFFIX = ".html.j2"


def builtin_templates_dir() -> Path:
    """Return the folder of the built-in templates, installed or in a source checkout."""
    installed = Path(__file__).resolve().parent / "templates"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "templates"


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
        return sorted(p for f in self.folders for p in f.iterdir() if p.is_file())


def load_templates(override: Path | None = None) -> Templates:
    """Return the templates: ``override`` (if given) searched before the built-in ones."""
    folders: list[Path] = []
    if override is not None:
        if not override.is_dir():
            what = "is a file, not a folder" if override.exists() else "does not exist"
            raise TemplateError(f"the templates folder {what}", path=override)
        folders.append(override)
    builtin = builtin_templates_dir()
    if not builtin.is_dir():
        raise TemplateError("built-in templates are missing from the installation", path=builtin)
    folders.append(builtin)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(f) for f in folders]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    return Templates(tuple(folders), env)


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
    found = ["definition"] + [s.topic for t in deck.terms for s in t.sections]
    return order_topics(found, deck.topic_order)


def topic_titles(deck: Deck) -> dict[str, str]:
    """Return the display name of each of the deck's topics."""
    headings: dict[str, list[str]] = {}
    for term in deck.terms:
        for s in term.sections:
            headings.setdefault(s.topic, []).append(s.heading)
    return {t: topic_title(t, headings.get(t, ())) for t in deck_topics(deck)}


def render_deck(deck: Deck, templates: Templates, kinds: Sequence[str] | None = None,
                on_term: Callable[[], None] | None = None) -> list[Card]:
    """Return every card of a deck, topic by topic in deck order, terms by name within a topic.

    ``on_term`` is called after each term's cards, to report progress.
    """
    chosen = tuple(kinds or deck.kinds or KINDS)
    titles = topic_titles(deck)
    order = {t: i for i, t in enumerate(deck_topics(deck))}
    cards: list[Card] = []
    names = NameIndex(Names(f"term:{t.id}", term_names(t)) for t in deck.terms)
    # A broken template fails for every term it renders: report it once, with the terms.
    failures: dict[Problem, list[str]] = {}
    for term in sorted(deck.terms, key=lambda t: (t.name.casefold(), t.id)):
        topics: list[tuple[str, Section | None]] = [("definition", None)]
        topics += [(s.topic, s) for s in term.sections]
        for topic, section in topics:
            for kind in (k for k in KINDS if k in chosen):
                if kind == "qa" and section is None and "forward" in chosen and _one_sentence(term):
                    continue  # the forward card asks exactly this already
                try:
                    cards.extend(_cards_of_kind(kind, deck, term, topic, titles[topic], section,
                                                templates, names, chosen))
                except TemplateError as e:
                    for problem in e.problems:
                        failures.setdefault(problem, []).append(getattr(e, "rendering", ""))
        if on_term:
            on_term()
    if failures:
        raise TemplateError.from_problems([_while_rendering(p, terms) for p, terms in failures.items()])
    cards.sort(key=lambda c: order[c.topic])
    return cards


def _cards_of_kind(kind: str, deck: Deck, term: Term, topic: str, title: str, section: Section | None,
                   templates: Templates, names: NameIndex, chosen: Sequence[str]) -> list[Card]:
    """Return the cards of one kind for one term and topic (definition cards only for the definition)."""
    if kind == "qa":
        return [_qa_card(deck, term, topic, title, section, templates)]
    if kind in ("forward", "reverse"):
        return [_definition_card(deck, term, title, templates, kind)] if section is None else []
    return _cloze_cards(deck, term, topic, title, section, names, reverse="reverse" in chosen)


def _one_sentence(term: Term) -> bool:
    """Return whether the term's definition is a single sentence (its forward card's answer)."""
    return len(split_sentences(term.definition)) <= 1


def _while_rendering(problem: Problem, paths: list[str]) -> Problem:
    """Return ``problem`` saying which term files it happened with."""
    paths = [p for p in dict.fromkeys(paths) if p]
    if not paths:
        return problem
    others = len(paths) - 1
    more = f" and {others} other term {'file' if others == 1 else 'files'}" if others else ""
    return replace(problem, message=f"{problem.message} (while rendering {paths[0]}{more})")


def _qa_card(deck: Deck, term: Term, topic: str, title: str, section: Section | None,
             templates: Templates) -> Card:
    text = term.definition if section is None else section.text
    paragraphs = split_paragraphs(text)
    variables = {
        "term": term,
        "deck": deck,
        "topic": topic,
        "topic_title": title,
        "heading": section.heading if section else "Definition",
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


def _definition_card(deck: Deck, term: Term, title: str, templates: Templates, kind: str) -> Card:
    """Return the card asking for the term's short definition (forward) or for the term (reverse)."""
    sentences = split_sentences(term.definition) or (term.definition,)
    short = sentences[0]
    variables = {
        "term": term, "deck": deck, "topic": "definition", "topic_title": title,
        "heading": "Definition", "section": None, "paragraphs": split_paragraphs(term.definition),
        "short_definition": short, "masked_definition": mask_names(short, term_names(term), MASK),
    }
    template = _select(templates, "definition", FORWARD_TEMPLATE if kind == "forward" else REVERSE_TEMPLATE)
    front = _render_block(template, "front", variables, term)
    back = _render_block(template, "back", variables, term)
    key = card_key(deck.id, term.id, "definition", kind)
    return Card(
        deck=deck.id, deck_title=deck.title, topic="definition", topic_title=title,
        term_id=term.id, term_name=term.name, kind=kind, front=front, back=back,
        key=key, guid=card_guid(key), tags=("topic::definition", f"term::{term.id}"),
        source=term.path, line=term.definition_at,
        prompts=(plain_text(front),), answers=(short if kind == "forward" else term.name,),
    )


def _cloze_cards(deck: Deck, term: Term, topic: str, title: str, section: Section | None,
                 others: NameIndex, reverse: bool = False) -> list[Card]:
    """Return a cloze card for every sentence of the definition or section that can have one.

    With ``reverse``, the reverse card already asks for the term from the definition's
    first sentence; that sentence's cloze leaves the term visible and asks the rest.
    """
    own = Names(OWN_TERM, term_names(term))
    known = abbreviations([term.definition, *(s.text for s in term.sections)])
    text = term.definition if section is None else section.text
    cards: list[Card] = []
    used: dict[str, int] = {}
    tags = (f"topic::{topic}", f"term::{term.id}")  # one tuple shared by the topic's clozes
    steer = term.cloze
    for index, sentence in enumerate(split_sentences(text)):
        if len(sentence) > MAX_CLOZE_SENTENCE_CHARS:
            continue
        if any(sentence_matches(entry, sentence) for entry in steer.skip):
            continue  # the author leaves this sentence out of cloze cards
        asked_by_reverse = reverse and section is None and index == 0
        cloze = make_cloze(sentence, own, others, known, context=(title,), hide_own=not asked_by_reverse,
                           hide=steer.hide, keep=steer.keep)
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
        context = "" if cloze.names_term else term.name
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


def _select(templates: Templates, topic: str, name: str | None = None) -> jinja2.Template:
    names = [name] if name else [topic + TEMPLATE_SUFFIX, DEFAULT_TEMPLATE]
    try:
        return templates.env.get_or_select_template(names)
    except jinja2.TemplatesNotFound:
        what = f"{name!r}" if name else f"topic {topic!r}"
        raise TemplateError(f"no template for {what}: looked for "
                            f"{' and '.join(names)} in {templates.searched()}") from None
    except jinja2.TemplateSyntaxError as e:
        raise TemplateError(f"template syntax error: {e.message}", path=e.filename or e.name,
                            line=e.lineno) from e


def _render_block(template: jinja2.Template, block: str, variables: dict, term: Term) -> str:
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
    except jinja2.TemplateError as e:
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
