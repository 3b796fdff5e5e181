"""Score the cloze chooser against the annotated glossaries in benchmarks/quality/fields/.

Each glossary is turned into terms in memory and rendered with flashgen's own card code
(cloze cards only, so the term's name in a definition counts like any other phrase). Every
cloze card is matched back to its annotated sentence, and the phrases it hides are
compared with the annotation:

- precision: share of hidden phrases that are key phrases;
- sentence coverage: share of fact sentences whose cloze hides at least one key phrase;
- key-phrase coverage: share of key phrases (of fact sentences) that are hidden;
- left alone: share of no-fact sentences that get no cloze;
- wrong: hidden phrases the annotation lists as tempting wrong answers.

A hidden phrase matches a key phrase when they are equal (ignoring case, punctuation at
the ends and a plural), or when one contains the other and the shorter holds at least
half of the longer's words ("tight junction" for "tight junctions proteins" counts, "the"
for "the liver" does not). ``--strict`` counts only equal phrases. ``--show`` prints each
sentence with what was hidden. ``--with-reverse`` renders the clozes as a build that also
makes reverse cards (every kind, the default) does: the definition's first sentence then
leaves the term's name visible, since the reverse card asks for it.

    .venv/bin/python benchmarks/quality/score.py [--show] [--strict] [--with-reverse] [FIELD.yaml or FOLDER ...]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from flashgen.cards import load_templates, render_deck
from flashgen.model import Deck, Section, Term
from flashgen.sentences import split_sentences
from flashgen.topics import topic_key

HERE = Path(__file__).resolve().parent
_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)\}\}")


@dataclass
class Sentence:
    text: str
    keys: list[str]
    wrong: list[str]
    fact: bool
    hidden: list[str] = field(default_factory=list)


def bare(phrase: str) -> str:
    """Return a phrase case folded, its spaces single and its outer punctuation dropped."""
    return re.sub(r"\s+", " ", phrase.casefold()).strip(" .,;:()\"'“”")


def normal(phrase: str) -> str:
    """Return a phrase as compared: case folded, outer punctuation and a plural dropped."""
    words = bare(phrase).split(" ")
    if words and len(words[-1]) > 3:
        words[-1] = re.sub(r"(?:['’]s|s)$", "", words[-1])
    return " ".join(words)


def matches(hidden: str, key: str, strict: bool) -> bool:
    """Return whether a hidden phrase asks the key phrase.

    Not strict, one phrase may hold the other and at most as many words again. The plural
    dropped from a phrase's last word is a word inside the other phrase ("deformed wing
    virus" in "deformed wing virus (DWV)"), so that test is made on the bare phrases too.
    """
    h, k = normal(hidden), normal(key)
    if h == k:
        return True
    if strict:
        return False
    for h, k in ((h, k), (bare(hidden), bare(key))):
        short, long = sorted((h, k), key=len)
        if re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long):
            return 2 * len(short.split()) >= len(long.split())
    return False


def asked(key: str, s: Sentence, strict: bool) -> bool:
    """Return whether a key phrase is hidden: matched, or inside a hidden phrase that is a key.

    "consumer price index (CPI)" hidden as one cloze asks both of its key phrases.
    """
    for h in s.hidden:
        if matches(h, key, strict):
            return True
        if any(matches(h, k, strict) for k in s.keys) and \
                re.search(rf"(?<!\w){re.escape(normal(key))}(?!\w)", normal(h)):
            return True
    return False


def load(path: Path) -> tuple[Deck, dict[str, Sentence]]:
    """Return the glossary as a deck of terms, and its annotated sentences by text."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    terms, sentences = [], {}

    def text_of(entries: list[dict]) -> str:
        for e in entries:
            sentences[e["s"]] = Sentence(e["s"], list(e.get("keys", ())), list(e.get("wrong", ())),
                                         bool(e.get("fact", True)))
        return " ".join(e["s"] for e in entries)

    for n, entry in enumerate(data["terms"]):
        term_id = re.sub(r"[^a-z0-9]+", "-", entry["name"].casefold()).strip("-")
        sections = tuple(Section(s["heading"], topic_key(s["heading"]), text_of(s["sentences"]))
                         for s in entry.get("sections", ()))
        terms.append(Term(id=term_id, name=entry["name"], definition=text_of(entry["definition"]),
                          deck=data["field"], aliases=tuple(entry.get("aliases", ())), sections=sections,
                          path=f"{path.name}#{n}"))
    for term in terms:
        for _, text, _ in term.texts():
            split = split_sentences(text)
            missing = [s for s in split if s not in sentences]
            if missing:
                sys.exit(f"{path.name}: {term.name}: flashgen splits differently: {missing[0]!r}")
    return Deck(id=data["field"], title=data["field"].title(), terms=tuple(terms)), sentences


def score(path: Path, strict: bool, kinds: tuple[str, ...] = ("cloze",)) -> list[Sentence]:
    """Return the field's annotated sentences with what flashgen's clozes hide in each,
    the clozes rendered as a build of ``kinds`` makes them."""
    deck, sentences = load(path)
    for card in render_deck(deck, load_templates(), kinds=kinds):
        if card.kind != "cloze":
            continue
        plain = html.unescape(_CLOZE.sub(r"\2", card.front))
        hidden = [html.unescape(h) for _, h in _CLOZE.findall(card.front)]
        sentences[plain].hidden = list(dict.fromkeys(hidden))
    return list(sentences.values())


@dataclass
class Figures:
    hidden: int = 0
    hidden_key: int = 0
    hidden_wrong: int = 0
    fact: int = 0
    fact_asked: int = 0
    keys: int = 0
    keys_asked: int = 0
    no_fact: int = 0
    no_fact_alone: int = 0

    def add(self, s: Sentence, strict: bool) -> None:
        self.hidden += len(s.hidden)
        self.hidden_key += sum(any(matches(h, k, strict) for k in s.keys) for h in s.hidden)
        self.hidden_wrong += sum(any(matches(h, w, True) for w in s.wrong)
                                 and not any(matches(h, k, strict) for k in s.keys) for h in s.hidden)
        if s.fact:
            self.fact += 1
            self.fact_asked += any(matches(h, k, strict) for h in s.hidden for k in s.keys)
            self.keys += len(s.keys)
            self.keys_asked += sum(asked(k, s, strict) for k in s.keys)
        else:
            self.no_fact += 1
            self.no_fact_alone += not s.hidden

    def row(self, name: str) -> str:
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:5.1f}%" if b else "    –"
        return (f"| {name} | {self.fact + self.no_fact} | {pct(self.hidden_key, self.hidden)} | "
                f"{pct(self.fact_asked, self.fact)} | {pct(self.keys_asked, self.keys)} | "
                f"{pct(self.no_fact_alone, self.no_fact)} | {self.hidden_wrong} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fields", nargs="*", type=Path, help="field files, or folders of them")
    parser.add_argument("--strict", action="store_true", help="count only exactly equal phrases")
    parser.add_argument("--show", action="store_true", help="print every sentence and what it hides")
    parser.add_argument("--with-reverse", action="store_true",
                        help="render as a build with reverse cards does (the default build): the reverse card "
                             "asks the term from the definition's first sentence, whose cloze leaves it visible")
    args = parser.parse_args(argv)
    kinds = ("cloze", "reverse") if args.with_reverse else ("cloze",)
    paths = [p for given in args.fields or [HERE / "fields"]
             for p in (sorted(given.glob("*.yaml")) if given.is_dir() else [given])]
    total = Figures()
    rows = []
    for path in paths:
        figures = Figures()
        for s in score(path, args.strict, kinds):
            figures.add(s, args.strict)
            total.add(s, args.strict)
            if args.show:
                keys = [h for h in s.hidden if any(matches(h, k, args.strict) for k in s.keys)]
                bad = [h for h in s.hidden if h not in keys]
                missed = [k for k in s.keys if not asked(k, s, args.strict)]
                mark = "  " if s.fact else "NF"
                print(f"{mark} {s.text}\n     hidden {keys} wrong {bad} missed {missed}")
        rows.append(figures.row(path.stem))
    print("| field | sentences | precision | sentence coverage | key-phrase coverage | "
          "no-fact left alone | wrong answers hidden |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    print("\n".join(rows))
    print(total.row("**all**"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
