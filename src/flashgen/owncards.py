"""The author's own cards in a term file: questions with answers, and cloze sentences.

A term file's ``cards`` list adds cards flashgen does not make by itself:

    cards:
      - topic: Mechanism
        question: What opens the tight junctions?
        answer: Zonulin.
      - topic: Metric
        cloze: Zonulin is measured in serum by {{c1::ELISA}}.

Questions become ``qa`` cards and cloze sentences ``cloze`` cards of their topic. All
their text is escaped like any term text, except the author's own ``{{cN::…}}`` and
``{{cN::…::hint}}`` markup. Each card's identity is its ``id`` when it has one, else the
phrases a cloze hides or a question's place among the topic's own questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .model import Card, OwnCard, Term

#: The role of an own card in its key starts with this, so it can never equal the role
#: of a card flashgen makes.
OWN_ROLE = "own:"

#: ``{{c1::text}}`` or ``{{c1::text::hint}}``; the text may not hold braces.
_CLOZE = re.compile(r"\{\{c(\d+)::((?:(?!::|\{\{|\}\}).)+?)(?:::((?:(?!\{\{|\}\}).)*?))?\}\}", re.DOTALL)


def cloze_markup_problem(text: str) -> str | None:
    """Return what is wrong with an author's cloze sentence, or None when Anki can read it."""
    found = list(_CLOZE.finditer(text))
    rest = _CLOZE.sub("", text)
    if "{{" in rest or "}}" in rest:
        where = rest.find("{{") if "{{" in rest else rest.find("}}")
        return (f"cloze markup is broken near {rest[max(0, where - 10):where + 12]!r}: a blank is "
                "written {{c1::text}} or {{c1::text::hint}}, not nested, its text without braces")
    if not found:
        return "a cloze needs at least one blank written {{c1::…}}"
    if any(int(m.group(1)) == 0 for m in found):
        return "cloze numbers start at 1 ({{c1::…}})"
    for m in found:
        if not re.search(r"[^\W_]", m.group(2)):
            # "{{c1::...}}" or "{{c1:: }}": a placeholder left in, nothing a learner can recall
            return (f"the blank {m.group(0)!r} hides no word or number: write what the card asks "
                    "inside it")
    return None


def is_own(card: Card) -> bool:
    """Return whether ``card`` is one the author wrote in the term file."""
    parts = card.key.split("/", 4)
    return len(parts) == 5 and parts[4].startswith(OWN_ROLE)


def own_texts(term: Term) -> tuple[tuple[str, str, int | None], ...]:
    """Return (what, text, line) for each own card's text, as ``Term.texts`` does for the rest."""
    out = []
    for card in term.cards:
        text = _CLOZE.sub(lambda m: m.group(2), card.cloze) if card.cloze else card.answer
        out.append((f"own card ({card.heading})", text, card.line))
    return tuple(out)


def own_cards(term: Term, topic: str, key: Callable[[str, str], str],
              question_card: Callable[[OwnCard, str], Card], make: Callable[..., Card],
              names: tuple[str, ...]) -> list[Card]:
    """Return the cards of the term's own cards on ``topic``, in the order the file lists them.

    ``key(kind, role)`` gives a card's key, ``question_card`` renders a question through its
    template, ``make(**fields)`` makes a cloze card and ``names`` are the term's names (a
    cloze that names none of them shows the term as context).
    """
    # The cloze code is loaded when cards are made: reading term files does not need it.
    from .cloze import _identity, phrase_pattern

    cards: list[Card] = []
    used: dict[str, int] = {}
    questions = 0
    for own in (c for c in term.cards if c.topic == topic):
        if own.question:
            questions += 1
            role = own.id or str(questions)
            cards.append(question_card(own, key("qa", OWN_ROLE + role)))
            continue
        found = list(_CLOZE.finditer(own.cloze))
        role = own.id or "+".join(sorted(dict.fromkeys(_identity(m.group(2)) for m in found)))
        used[role] = used.get(role, 0) + 1
        if used[role] > 1 and not own.id:
            role += f"#{used[role]}"
        numbers = sorted({int(m.group(1)) for m in found})
        plain = _CLOZE.sub(lambda m: m.group(2), own.cloze)
        names_term = bool(names) and bool(phrase_pattern(names).search(plain))
        context = "" if names_term else term.name
        prompts = tuple(_prompt(own.cloze, n) for n in numbers)
        answers = tuple(", ".join(m.group(2) for m in found if int(m.group(1)) == n) for n in numbers)
        cards.append(make(kind="cloze", front=_markup(own.cloze), key=key("cloze", OWN_ROLE + role),
                          line=own.line, context=context,
                          prompts=tuple(f"{context}: {p}" if context else p for p in prompts),
                          answers=answers))
    return cards


def _markup(text: str) -> str:
    """Return the author's cloze sentence as a note field: text escaped, blanks kept."""
    from .cloze import _escape

    out, at = [], 0
    for m in _CLOZE.finditer(text):
        out.append(_escape(text[at:m.start()]))
        hint = f"::{_escape(m.group(3))}" if m.group(3) else ""
        out.append("{{c%s::%s%s}}" % (int(m.group(1)), _escape(m.group(2)), hint))
        at = m.end()
    out.append(_escape(text[at:]))
    return "".join(out)


def _prompt(text: str, number: int) -> str:
    """Return the sentence as card ``number`` asks it: its blanks hidden, the others shown."""
    from .cloze import BLANK

    def show(m: re.Match[str]) -> str:
        if int(m.group(1)) != number:
            return m.group(2)
        return f"[{m.group(3)}]" if m.group(3) else BLANK
    return _CLOZE.sub(show, text)
