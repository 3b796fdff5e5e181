"""Read and validate term files (YAML, one term per file) and deck folders."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem, display_path
from .grammar import ARTICLE_CHOICES, NUMBERS
from .model import KINDS, ClozeKeys, Deck, OwnCard, Section, Term
from .owncards import cloze_markup_problem
from .safety import unsafe_character
from .topics import STANDARD_TOPICS, named_topic, normal_heading, own_topic, slug, topic_key

TERM_SUFFIXES = (".yaml", ".yml")
DECK_FILE_NAMES = ("deck.yaml", "deck.yml")

TERM_KEYS = ("id", "name", "aliases", "definition", "sections", "related", "discarded", "source",
             "number", "article", "cards", "cloze")
OWN_CARD_KEYS = ("topic", "question", "answer", "cloze", "id")
CLOZE_KEYS = ("hide", "keep", "skip")
DECK_KEYS = ("title", "description", "topics", "synonyms", "kinds")
SECTION_KEYS = ("heading", "text")

_PLAIN_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")
#: Scalars kept as the text they are written as: "1.50" stays "1.50", and a number of
#: thousands of digits is not converted (Python refuses to).
_WRITTEN_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


class _TextProblem(Exception):
    """A value that YAML accepts but a term file must not hold, with its line."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


class _Node:
    """A loaded YAML value together with the line it starts on (1-based)."""

    __slots__ = ("value", "line")

    def __init__(self, value: Any, line: int):
        self.value = value
        self.line = line


def _wrap(loader: "_LineLoader", node: yaml.Node, deep: bool = False) -> _Node:
    line = node.start_mark.line + 1
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN_TAGS:
        # Only plain mappings and lists are term data; any other tag is refused, as the
        # safe loader refuses unknown tags on scalars.
        raise yaml.constructor.ConstructorError(None, None, f"tag {node.tag!r} is not allowed",
                                                node.start_mark)
    if isinstance(node, yaml.MappingNode):
        pairs = []
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            pairs.append((_Node(key.value if isinstance(key, _Node) else key, key_node.start_mark.line + 1),
                          loader.construct_object(value_node, deep=True)))
        return _Node(pairs, line)
    if isinstance(node, yaml.SequenceNode):
        return _Node([loader.construct_object(n, deep=True) for n in node.value], line)
    if node.tag in _WRITTEN_TAGS:
        value = node.value
    else:
        value = yaml.SafeLoader.construct_object(loader, node, deep=True)
    if isinstance(value, str):
        value = _join_surrogate_pairs(value)
        found = unsafe_character(value)
        if found:
            # Escapes such as "\x1f" or "\ud800" in quoted YAML text reach here; Anki
            # would refuse the package (U+001F separates its fields).
            raise _TextProblem(line, f"text contains {found[1]}; remove it")
    return _Node(value, line)


def _join_surrogate_pairs(text: str) -> str:
    """Return text with JSON-style pairs ("\\ud83e\\uddea") joined into the character they encode."""
    if not _SURROGATE_RE.search(text):
        return text
    try:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        return text  # a lone surrogate: refused by the caller


class _LineLoader(yaml.SafeLoader):
    """PyYAML's safe loader, keeping the line of every value so errors can point at it."""

    def __init__(self, stream):
        super().__init__(stream)
        self._open: set[yaml.Node] = set()

    def construct_object(self, node, deep=False):  # noqa: D102 - PyYAML hook
        if node in self.constructed_objects:
            return self.constructed_objects[node]
        if isinstance(node, yaml.ScalarNode):
            obj = _wrap(self, node)
        else:
            # A collection that contains itself (``&a [x, *a]``) would recurse for ever.
            if node in self._open:
                raise _TextProblem(node.start_mark.line + 1, "a YAML alias refers to a list or "
                                   "mapping that contains it; write the value out instead")
            self._open.add(node)
            try:
                obj = _wrap(self, node)
            finally:
                self._open.discard(node)
        self.constructed_objects[node] = obj
        return obj


def _load_yaml(path: Path, problems: list[Problem]) -> _Node | None:
    """Return the file's YAML document with line numbers, or None after recording why not."""
    shown = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        problems.append(Problem(shown, None, f"cannot read file: {e.strerror or e}"))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        problems.append(Problem(shown, line, "is not UTF-8 text; save it as UTF-8"))
        return None
    try:
        node = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        what = e.problem or e.context or "malformed YAML"
        opened = _OPENED.get((e.context or "").removeprefix("while scanning ").removeprefix("while parsing "))
        if opened and e.context_mark and _ENDED_RE.search(e.problem or ""):
            # The file ends inside a quote or bracket: where it opens is the line to mend.
            mark, what = e.context_mark, f"{opened} that opens here is never closed"
        line = mark.line + 1 if mark else None
        problems.append(Problem(shown, line, f"invalid YAML: {what}{_yaml_hint(what)}"))
        return None
    except yaml.YAMLError as e:
        problems.append(Problem(shown, None, f"invalid YAML: {' '.join(str(e).split())}"))
        return None
    except _TextProblem as e:
        problems.append(Problem(shown, e.line, e.message))
        return None
    except RecursionError:
        problems.append(Problem(shown, None, "invalid YAML: lists or mappings nested too deeply"))
        return None
    return node


# What PyYAML was reading when a file ended too soon, in the words of someone writing prose.
_OPENED = {"a quoted scalar": "a quotation mark", "a flow sequence": "a '['", "a flow mapping": "a '{'",
           "a flow node": "a '[' or '{'"}
_ENDED_RE = re.compile(r"end of stream|<stream end>")


def _yaml_hint(problem: str) -> str:
    """Return advice for the YAML mistakes people make most when writing prose."""
    if "mapping values are not allowed" in problem:
        return " (text containing ': ' must be put in quotes, or written as a block after '>-')"
    if "found character '\\t'" in problem or "tab" in problem:
        return " (indent with spaces, not tabs)"
    return ""


@dataclass(frozen=True)
class _Field:
    """A mapping entry: its value and the lines of its key and value."""

    value: _Node
    line: int


def _mapping(node: _Node | None, shown: str, what: str, keys: tuple[str, ...],
             problems: list[Problem]) -> dict[str, _Field] | None:
    if node is None or node.value is None:
        problems.append(Problem(shown, node.line if node else None, f"{what} is empty"))
        return None
    if not (isinstance(node.value, list) and all(isinstance(p, tuple) for p in node.value)) \
            or not node.value:
        problems.append(Problem(shown, node.line, f"{what} must be a mapping of keys to values"))
        return None
    fields: dict[str, _Field] = {}
    for key, value in node.value:
        name = key.value
        if not isinstance(name, str) or name not in keys:
            if not isinstance(name, (str, int, float, bool, type(None))):
                name = _plain(name)
            close = difflib.get_close_matches(name, keys, n=1) if isinstance(name, str) else []
            hint = f"did you mean {close[0]!r}? " if close else ""
            problems.append(Problem(shown, key.line,
                                    f"unknown key {name!r} in {what} ({hint}expected one of: {', '.join(keys)})"))
            continue
        if name in fields:
            problems.append(Problem(shown, key.line, f"key {name!r} appears twice in {what}"))
            continue
        fields[name] = _Field(value, key.line)
    return fields


def _plain(value: Any) -> Any:
    """Return a loaded value without line numbers, for messages."""
    if isinstance(value, _Node):
        return _plain(value.value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


def _text(field: _Field | None, shown: str, name: str, problems: list[Problem],
          required: bool = False) -> str | None:
    if field is None:
        if required:
            problems.append(Problem(shown, None, f"missing required key {name!r}"))
        return None
    value = field.value.value
    if value is None or (isinstance(value, str) and not value.strip()):
        problems.append(Problem(shown, field.line, f"{name!r} is empty"))
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        problems.append(Problem(shown, field.line, f"{name!r} must be text"))
        return None
    return _tidy(value)


def _tidy(text: str) -> str:
    """Return text with trailing spaces and runs of blank lines reduced to one blank line."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out)


def _text_list(field: _Field | None, shown: str, name: str, problems: list[Problem]) -> tuple[str, ...]:
    if field is None or field.value.value is None:
        return ()
    items = field.value.value
    if isinstance(items, str):
        items = [field.value]
    if not isinstance(items, list) or (items and isinstance(items[0], tuple)):
        problems.append(Problem(shown, field.line, f"{name!r} must be a list of text"))
        return ()
    out = []
    for item in items:
        value = item.value if isinstance(item, _Node) else item
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            line = item.line if isinstance(item, _Node) else field.line
            problems.append(Problem(shown, line, f"every entry of {name!r} must be non-empty text"))
            continue
        out.append(_tidy(value))
    return tuple(out)


def _topic_name(text: str, shown: str, line: int | None, problems: list[Problem]) -> str:
    """Return the topic ``text`` names ("Metrics" → metric); a near miss of a standard topic is a problem.

    A topic written by name is the one it names: "pitfall" as a synonym's target or in
    ``topics`` is topic ``pitfall``, though a heading "Pitfalls" is read as a risk."""
    topic = topic_key(text, families=False)
    if topic not in STANDARD_TOPICS:
        close = difflib.get_close_matches(topic, STANDARD_TOPICS, n=1, cutoff=0.8)
        if close:
            problems.append(Problem(shown, line, f"unknown topic {text!r}; did you mean {close[0]!r}?"))
    return topic


def _item_line(field: _Field, text: str) -> int | None:
    """Return the line of the list entry ``text`` in ``field``, else the field's own line."""
    items = field.value.value if isinstance(field.value.value, list) else ()
    return next((i.line for i in items if isinstance(i, _Node) and i.value == text), field.line)


def is_term_file_name(name: str) -> bool:
    """Return whether a file of this name is a term file: ``*.yaml`` or ``*.yml`` in any case."""
    return Path(name).suffix.lower() in TERM_SUFFIXES and not is_deck_file_name(name)


def is_deck_file_name(name: str) -> bool:
    """Return whether a file of this name holds deck settings: ``deck.yaml`` in any case."""
    return name.lower() in DECK_FILE_NAMES


def deck_settings_file(folder: Path) -> Path | None:
    """Return the folder's deck.yaml (or deck.yml, in any case), or None when it has none."""
    found = next((folder / n for n in DECK_FILE_NAMES if (folder / n).is_file()), None)
    if found is None and folder.is_dir():
        # Only names that could be deck settings are sorted and looked at: a deck folder
        # may hold thousands of pages.
        found = next((p for p in sorted(p for p in folder.iterdir() if is_deck_file_name(p.name))
                      if p.is_file()), None)
    return found


def _misplaced_folders(folder: Path, problems: list[Problem]) -> None:
    """Record a problem for each folder named like a term file or deck.yaml (it would be ignored)."""
    if not folder.is_dir():
        return
    for p in sorted(p for p in folder.iterdir() if Path(p.name).suffix.lower() in TERM_SUFFIXES):
        if p.is_dir():
            what = "deck settings" if is_deck_file_name(p.name) else "term"
            problems.append(Problem(display_path(p), None, f"is a folder, not a {what} file; "
                                    "rename or remove it"))


def load_deck_settings(folder: Path, problems: list[Problem]) -> Deck:
    """Return the deck described by ``folder/deck.yaml`` (or defaults), without its terms."""
    deck_id = slug(folder.resolve().name) or "deck"
    title = folder.resolve().name.replace("-", " ").replace("_", " ").strip().title() or "Deck"
    _misplaced_folders(folder, problems)
    settings_path = deck_settings_file(folder)
    if settings_path is None:
        return Deck(id=deck_id, title=title, path=display_path(folder))
    shown = display_path(settings_path)
    before = len(problems)
    node = _load_yaml(settings_path, problems)
    if len(problems) > before:
        return Deck(id=deck_id, title=title, path=display_path(folder))
    fields = _mapping(node, shown, "deck.yaml", DECK_KEYS, problems) or {}
    title = _text(fields.get("title"), shown, "title", problems) or title
    description = _text(fields.get("description"), shown, "description", problems) or ""
    topics = tuple(_topic_name(t, shown, _item_line(fields["topics"], t), problems)
                   for t in _text_list(fields.get("topics"), shown, "topics", problems))
    kinds = _text_list(fields.get("kinds"), shown, "kinds", problems)
    for kind in kinds:
        if kind not in KINDS:
            problems.append(Problem(shown, _item_line(fields["kinds"], kind),
                                    f"unknown card kind {kind!r} in 'kinds' (known: {', '.join(KINDS)})"))
    synonyms: list[tuple[str, str]] = []
    syn = fields.get("synonyms")
    if syn is not None and syn.value.value is not None:
        raw = syn.value.value
        if not (isinstance(raw, list) and all(isinstance(p, tuple) for p in raw)):
            problems.append(Problem(shown, syn.line, "'synonyms' must map headings to topics"))
        else:
            for key, value in raw:
                target = value.value if isinstance(value, _Node) else value
                if not isinstance(key.value, str) or not isinstance(target, str) or not target.strip():
                    problems.append(Problem(shown, key.line, "each synonym must map a heading to a topic name"))
                    continue
                heading, topic = normal_heading(key.value), _topic_name(target, shown, key.line, problems)
                earlier = dict(synonyms).get(heading)
                if earlier is not None and earlier != topic:
                    problems.append(Problem(shown, key.line, f"heading {key.value!r} is already mapped to "
                                            f"{earlier!r} (headings are compared without case)"))
                synonyms.append((heading, topic))
    return Deck(id=deck_id, title=title, description=description, topic_order=topics,
                synonyms=tuple(synonyms), kinds=tuple(kinds), path=display_path(folder))


def load_term(path: Path, deck: Deck, problems: list[Problem]) -> Term | None:
    """Return the term in one term file, or None after recording every problem in it."""
    shown = display_path(path)
    before = len(problems)
    node = _load_yaml(path, problems)
    if len(problems) > before:
        return None
    fields = _mapping(node, shown, "term file", TERM_KEYS, problems)
    if fields is None:
        return None
    name = _text(fields.get("name"), shown, "name", problems, required=True)
    definition = _text(fields.get("definition"), shown, "definition", problems, required=True)
    term_id = _text(fields.get("id"), shown, "id", problems)
    if term_id is None and "id" not in fields:
        term_id = slug(path.stem)
    if term_id is not None and not _ID_RE.match(term_id):
        problems.append(Problem(shown, fields["id"].line if "id" in fields else None,
                                f"id {term_id!r} must be lower-case letters, digits, '-' or '_'"))
    aliases = _text_list(fields.get("aliases"), shown, "aliases", problems)
    related = _text_list(fields.get("related"), shown, "related", problems)
    discarded = _text_list(fields.get("discarded"), shown, "discarded", problems)
    source = _text(fields.get("source"), shown, "source", problems)
    sections = _sections(fields.get("sections"), shown, dict(deck.synonyms), problems)
    number = _text(fields.get("number"), shown, "number", problems)
    if number is not None and number not in NUMBERS:
        problems.append(Problem(shown, fields["number"].line,
                                f"'number' must be {' or '.join(NUMBERS)}, not {number!r}"))
    article = _text(fields.get("article"), shown, "article", problems)
    if article is not None and article not in ARTICLE_CHOICES:
        problems.append(Problem(shown, fields["article"].line,
                                f"'article' must be {', '.join(ARTICLE_CHOICES[:-1])} or "
                                f"{ARTICLE_CHOICES[-1]}, not {article!r}"))
    cards = _own_cards(fields.get("cards"), shown, dict(deck.synonyms), problems)
    cloze = _cloze_keys(fields.get("cloze"), shown, problems)
    if len(problems) > before:
        return None
    return Term(id=term_id or "", name=name or "", definition=definition or "", deck=deck.id,
                aliases=aliases, sections=sections, related=related, discarded=discarded,
                source=source, path=shown, line=node.line if node else None,
                definition_line=fields["definition"].line, number=number, article=article,
                cards=cards, cloze=cloze)


def _entries(field: _Field | None, shown: str, mistake: str, problems: list[Problem]) -> list:
    """Return the entries of a list of mappings, or none after recording ``mistake``."""
    if field is None or field.value.value is None:
        return []
    items = field.value.value
    if not isinstance(items, list) or (items and isinstance(items[0], tuple)):
        problems.append(Problem(shown, field.line, mistake))
        return []
    return items


def _cloze_keys(field: _Field | None, shown: str, problems: list[Problem]) -> ClozeKeys:
    """Return the author's ``cloze:`` keys (hide, keep, skip), each a list of text."""
    if field is None or field.value.value is None:
        return ClozeKeys()
    entry = _mapping(field.value, shown, "'cloze'", CLOZE_KEYS, problems)
    if entry is None:
        return ClozeKeys()
    values = {key: _text_list(entry.get(key), shown, f"cloze {key}", problems) for key in CLOZE_KEYS}
    lines = tuple((key, text, _item_line(entry[key], text)) for key in CLOZE_KEYS if key in entry
                  for text in values[key])
    clash = set(values["hide"]) & set(values["keep"])
    for key, text, line in lines:
        if key == "keep" and text in clash:
            problems.append(Problem(shown, line, f"cloze phrase {text!r} is listed under both 'hide' and 'keep'"))
    return ClozeKeys(hide=values["hide"], keep=values["keep"], skip=values["skip"], lines=lines)


def _sections(field: _Field | None, shown: str, synonyms: dict[str, str],
              problems: list[Problem]) -> tuple[Section, ...]:
    items = _entries(field, shown, "'sections' must be a list of entries with 'heading' and 'text'", problems)
    sections: list[Section] = []
    seen: dict[str, Section] = {}
    for item in items:
        entry = _mapping(item, shown, "section", SECTION_KEYS, problems)
        if entry is None:
            continue
        heading = _text(entry.get("heading"), shown, "heading", [])
        if heading is None:
            problems.append(Problem(shown, item.line, "section has no heading"))
            continue
        heading = " ".join(heading.split())
        text_field = entry.get("text")
        text = None
        if text_field is not None:
            text = _text(text_field, shown, "text", [])
        if text is None:
            problems.append(Problem(shown, item.line, f"section {heading!r} has no text"))
            continue
        topic = topic_key(heading, synonyms)
        if topic == "definition":
            problems.append(Problem(shown, item.line,
                                    f"section {heading!r} repeats the definition; use the 'definition' key"))
            continue
        if topic in seen:
            first = seen[topic]
            # How flashgen reads a heading that names no topic can change ("How does it
            # spread?" is now mechanism): beside a section that names the topic, or one
            # read so before, such a heading keeps a topic of its own, so that a term file
            # that built still builds, with the same notes.
            if named_topic(heading, synonyms) is None and own_topic(heading) not in seen:
                topic = own_topic(heading)
            elif named_topic(first.heading, synonyms) is None and own_topic(first.heading) not in seen:
                moved = replace(first, topic=own_topic(first.heading))
                sections[sections.index(first)] = moved
                seen[moved.topic] = moved
            else:
                problems.append(Problem(shown, item.line,
                                        f"sections {first.heading!r} (line {first.line}) and {heading!r} "
                                        f"are both topic {topic!r}; merge them"))
                continue
        section = Section(heading=heading, topic=topic, text=text, line=item.line)
        seen[topic] = section
        sections.append(section)
    return tuple(sections)


def _own_cards(field: _Field | None, shown: str, synonyms: dict[str, str],
               problems: list[Problem]) -> tuple[OwnCard, ...]:
    """Return the author's own cards of a term file, recording every problem with its line."""
    items = _entries(field, shown, "'cards' must be a list of entries, each with 'topic' and either "
                     "'question' and 'answer' or 'cloze'", problems)
    cards: list[OwnCard] = []
    ids: dict[tuple[str, str, str], int] = {}
    for item in items:
        entry = _mapping(item, shown, "card", OWN_CARD_KEYS, problems)
        if entry is None:
            continue
        values = {k: _text(entry.get(k), shown, k, problems) for k in OWN_CARD_KEYS}
        line = item.line
        if values["topic"] is None:
            if "topic" not in entry:
                problems.append(Problem(shown, line, "card has no 'topic' (the topic it belongs to, "
                                        "such as Definition or Mechanism)"))
            continue
        heading = " ".join(values["topic"].split())
        topic = topic_key(heading, synonyms)
        if normal_heading(heading) not in synonyms:
            _topic_name(heading, shown, entry["topic"].line, problems)  # a near miss is an error
        question, answer, cloze = values["question"], values["answer"], values["cloze"]
        if cloze is not None and (question is not None or answer is not None):
            problems.append(Problem(shown, line, "a card has either 'cloze' or 'question' and 'answer', not both"))
            continue
        if cloze is None and (question is None or answer is None):
            if not any(k in entry for k in ("question", "answer", "cloze")):
                problems.append(Problem(shown, line, "card needs 'question' and 'answer', or 'cloze'"))
            elif "answer" not in entry:
                problems.append(Problem(shown, line, "card has a 'question' but no 'answer'"))
            elif "question" not in entry:
                problems.append(Problem(shown, line, "card has an 'answer' but no 'question'"))
            continue  # otherwise a value is empty, which _text reported
        if cloze is not None:
            mistake = cloze_markup_problem(cloze)
            if mistake:
                problems.append(Problem(shown, entry["cloze"].line, mistake))
                continue
        card_id = values["id"] or ""
        if card_id and not _ID_RE.match(card_id):
            problems.append(Problem(shown, entry["id"].line,
                                    f"card id {card_id!r} must be lower-case letters, digits, '-' or '_'"))
            continue
        if card_id:
            kind = "cloze" if cloze is not None else "qa"
            earlier = ids.setdefault((topic, kind, card_id), line)
            if earlier != line:
                problems.append(Problem(shown, entry["id"].line,
                                        f"card id {card_id!r} is already used on line {earlier}"))
                continue
        cards.append(OwnCard(topic=topic, heading=heading, question=question or "", answer=answer or "",
                             cloze=cloze or "", id=card_id, line=line))
    return tuple(cards)


def term_files(folder: Path) -> list[Path]:
    """Return the term files directly inside a deck folder, sorted by name."""
    return sorted(p for p in folder.iterdir()
                  if is_term_file_name(p.name) and not p.name.startswith(".") and p.is_file())


def check_unique_ids(terms: Iterable[Term], problems: list[Problem]) -> None:
    """Record a problem for every term id used by two files of one deck."""
    first: dict[tuple[str, str], Term] = {}
    for term in terms:
        key = (term.deck, term.id)
        if key in first:
            earlier = first[key]
            # Two entries of one glossary page: the file says nothing, the entry does.
            by = (f"the entry {earlier.name!r}" + (f" on line {earlier.line}" if earlier.line else "")
                  if earlier.path == term.path else earlier.path)
            problems.append(Problem(term.path, term.line, f"term id {term.id!r} is already used by {by}"))
        else:
            first[key] = term


#: Keys of a term file that only its author writes: a page never says them.
AUTHOR_KEYS = ("number", "article", "cards", "cloze")


def existing_author_keys(path: Path, deck: Deck) -> dict[str, Any]:
    """Return what the author added to the term file at ``path``, as written, by key.

    ``import --force`` replaces a term file with what the page says. The keys a page never
    holds (``number``, ``article``, ``cards``, ``cloze``, and a ``source`` the author
    added) are carried over from the file being replaced, when that file is valid: a
    broken file gives nothing, so the file written is one that ``build`` accepts.
    """
    problems: list[Problem] = []
    if load_term(path, deck, problems) is None:
        return {}
    node = _load_yaml(path, problems)
    if node is None or not isinstance(node.value, list):
        return {}
    kept = {}
    for key, value in node.value:
        if key.value in (*AUTHOR_KEYS, "source"):
            kept[key.value] = _plain_deep(value)
    return kept


def _plain_deep(value: Any) -> Any:
    """Return a loaded value as plain YAML data: mappings as dicts, sequences as lists."""
    if isinstance(value, _Node):
        value = value.value
    if isinstance(value, list):
        if value and all(isinstance(v, tuple) and len(v) == 2 for v in value) and all(
                isinstance(k, _Node) and isinstance(k.value, str) for k, _ in value):
            return {k.value: _plain_deep(v) for k, v in value}
        return [_plain_deep(v) for v in value]
    return value
