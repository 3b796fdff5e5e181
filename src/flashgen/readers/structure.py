"""Build terms from a page's lines: title, headings, sections, paragraphs, noise set aside."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import ValidationError
from ..model import Section, Term
from ..topics import STANDARD_TOPICS, slug, topic_key
from .lines import (LIST_RE, MD_HEADING_RE, RULE_RE, Line, Paragraph, ends_sentence, heading_text,
                    normal_line, rough_sentences)
from .naming import NAME_END_RE, name_and_aliases
from .noise import RELATED_HEADINGS, RELATED_LINE_RE, has_prose_after, is_banner, trailing_teasers

# Hard-wrapped lines are at most this long; a longer line is a whole paragraph.
_WRAP_MAX_CHARS = 120


@dataclass(frozen=True)
class _Block:
    """A heading (or the opening, heading None) and the lines of prose under it."""

    heading: str | None
    line: int
    lines: tuple[Line, ...]
    source: str = ""  # the heading line as written


def build_term(
    lines: list[Line],
    path: str,
    deck: str,
    *,
    synonyms: Mapping[str, str] | None = None,
    noise_lines: frozenset[str] = frozenset(),
) -> Term:
    """Return the term a page's lines describe.

    ``noise_lines`` holds lines (lower case, single spaces) known to repeat across the pages
    of a run; they are set aside as boilerplate. Raises ``ValidationError`` with file and line.
    """
    path = str(path)
    if not any(line.text for line in lines):
        raise ValidationError("page is empty", path)

    discarded: list[Line] = []
    related: list[Line] = []

    # A banner near the end swallows what follows it: cookie dialogs are a block of lines,
    # some of which ("Manage settings") match no phrase on their own. The block starts at the
    # earliest banner line below the page's last real prose (a heading with text under it,
    # or a paragraph of several sentences).
    tail = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        current = lines[index].text
        if not current:
            continue
        if is_banner(current):
            tail = index
        elif heading_text(current) is not None:
            if has_prose_after(lines, index):
                break
        elif len(rough_sentences(current)) > 1:
            break
    discarded.extend(line for line in lines[tail:] if line.text)

    body: list[Line | None] = []  # None stands for a paragraph break
    for line in lines[:tail]:
        if not line.text or RULE_RE.match(line.text):
            body.append(None)
        elif is_banner(line.text) or normal_line(line.text) in noise_lines:
            discarded.append(line)
            body.append(None)
        elif RELATED_LINE_RE.match(line.text):
            related.append(line)
            body.append(None)
        else:
            body.append(line)

    if not any(body):
        repeated = sum(1 for line in discarded if normal_line(line.text) in noise_lines)
        hint = f", {repeated} of them repeated on other pages of the run" if repeated else ""
        raise ValidationError(
            f"no term text: the page holds only boilerplate ({len(discarded)} line(s) set aside"
            f"{hint})",
            path,
        )

    title, blocks = _blocks(body, synonyms)
    wrapped = _is_wrapped(blocks)
    opening = _paragraphs(blocks[0].lines, wrapped)
    kept: list[tuple[_Block, list[Paragraph]]] = []
    for block in blocks[1:]:
        paragraphs = _paragraphs(block.lines, wrapped)
        if normal_line(block.heading or "") in RELATED_HEADINGS:
            # Blurbs under a "Related articles" heading point at other pages.
            discarded.append(Line(block.line, block.source))
            related.extend(line for line in block.lines if line.text)
        elif not paragraphs:
            # A heading with nothing under it makes no card; on copied pages it is mostly
            # chrome such as "Advertisement" or "Share".
            discarded.append(Line(block.line, block.source))
        else:
            kept.append((block, paragraphs))

    if not opening and kept and topic_key(kept[0][0].heading or "", synonyms) == "definition":
        # "## Definition" as the first heading: its prose is the opening.
        opening = kept.pop(0)[1]
    if not opening:
        first = blocks[1].line if len(blocks) > 1 else (title.number if title else 1)
        raise ValidationError(
            "no definition: the page must open with a paragraph that names the term", path, first
        )

    name, aliases = name_and_aliases(
        opening[0].text, title.text if title else None, path, opening[0].line
    )

    # Teasers trail the last block with prose: one-sentence paragraphs that start afresh.
    last = kept[-1][1] if kept else opening
    teasers = trailing_teasers(last, (name, *aliases))
    if teasers:
        related.extend(line for paragraph in last[-teasers:] for line in paragraph.lines)
        del last[-teasers:]

    sections = tuple(
        Section(
            heading=block.heading or "",
            topic=topic_key(block.heading or "", synonyms),
            text="\n\n".join(p.text for p in paragraphs),
            line=block.line,
        )
        for block, paragraphs in kept
    )

    # A name written only in letters with no ASCII form (Greek, Cyrillic …) takes its id
    # from the page's file name instead.
    term_id = slug(name) or slug(Path(path).stem)
    if not term_id:
        raise ValidationError(f"neither the term name {name!r} nor the file name gives an id "
                              "of ASCII letters or digits; rename the file", path, 1)
    related.sort(key=lambda line: line.number)
    discarded.sort(key=lambda line: line.number)
    return Term(
        id=term_id,
        name=name,
        definition="\n\n".join(p.text for p in opening),
        deck=deck,
        aliases=tuple(aliases),
        sections=sections,
        related=tuple(line.text for line in related),
        discarded=tuple(line.text for line in discarded),
        # The page's file is where the text was saved, not where it came from: a local
        # path on every card would only be noise. The term file notes it (term_to_yaml).
        source=None,
        path=path,
        line=1,
        definition_line=opening[0].line,
    )



def _blocks(
    body: list[Line | None], synonyms: Mapping[str, str] | None
) -> tuple[Line | None, list[_Block]]:
    """Return the page's title line (or None) and its blocks: the opening, then one per heading."""
    items = list(body)
    following_line: list[Line | None] = [None] * len(items)
    for index in range(len(items) - 2, -1, -1):
        after = items[index + 1]
        following_line[index] = after if after is not None else following_line[index + 1]
    title: Line | None = None
    opening_line = -1
    first_index = next(i for i, line in enumerate(items) if line is not None)
    first = items[first_index]
    md = MD_HEADING_RE.match(first.text)
    if md and len(md.group(1)) == 1 and heading_text(first.text):
        title = Line(first.number, heading_text(first.text) or "")
        items[first_index] = None
    elif not md:
        heading = heading_text(first.text)
        following = following_line[first_index]
        # A bare first line such as "Leaky Gut" is the title unless it names a topic or
        # reads like a sentence missing its full stop ("Leptin is a fat hormone").
        if (
            heading
            and not first.text.endswith(":")
            and not NAME_END_RE.search(heading)
            and topic_key(heading, synonyms) not in STANDARD_TOPICS
            and following is not None
            and heading_text(following.text) is None
        ):
            title = Line(first.number, heading)
            items[first_index] = None
        elif (
            heading
            and NAME_END_RE.search(heading)
            and topic_key(heading, synonyms) not in STANDARD_TOPICS
        ):
            # It opens the definition; the loop below must not take it for a heading.
            opening_line = first_index

    blocks: list[_Block] = []
    current_heading: str | None = None
    current_source = ""
    current_line = 1
    current: list[Line | None] = []
    previous: Line | None = None  # the previous non-blank line, None after a break
    for index, line in enumerate(items):
        if line is None:
            current.append(None)
            previous = None
            continue
        heading = heading_text(line.text) if index != opening_line else None
        is_md = bool(MD_HEADING_RE.match(line.text))
        if heading and not is_md:
            # A short line right after an unfinished one is its continuation, and a lead-in
            # ("Common triggers include:") before a list is prose.
            nxt = following_line[index]
            continues = (
                previous is not None
                and not ends_sentence(previous.text)
                and heading_text(previous.text) is None
                and not LIST_RE.match(previous.text)
            )
            lead_in = line.text.endswith(":") and nxt is not None and LIST_RE.match(nxt.text)
            if continues or lead_in:
                heading = None
        if heading:
            blocks.append(
                _Block(current_heading, current_line, tuple(_with_breaks(current)), current_source)
            )
            current_heading, current_line, current = heading, line.number, []
            current_source = line.text
            previous = line
            continue
        current.append(line)
        previous = line
    blocks.append(
        _Block(current_heading, current_line, tuple(_with_breaks(current)), current_source)
    )
    return title, blocks


def _with_breaks(items: list[Line | None]) -> list[Line]:
    # Paragraph breaks travel as a line with empty text so that blocks stay frozen tuples.
    out: list[Line] = []
    for item in items:
        out.append(item if item is not None else Line(0, ""))
    return out


def _groups(lines: tuple[Line, ...]) -> list[list[Line]]:
    groups: list[list[Line]] = [[]]
    for line in lines:
        if line.text:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [group for group in groups if group]


def _is_wrapped(blocks: list[_Block]) -> bool:
    """Return whether the page hard-wraps its paragraphs rather than giving each its own line."""
    # Pages copied from websites put each paragraph on one long line; hand-written pages
    # wrap lines inside a paragraph. A short line ending mid-sentence and followed by more
    # prose tells the second kind apart.
    for block in blocks:
        for group in _groups(block.lines):
            for a, b in zip(group, group[1:]):
                if (
                    len(a.text) <= _WRAP_MAX_CHARS
                    and not ends_sentence(a.text)
                    and not LIST_RE.match(b.text)
                ):
                    return True
    return False


def _paragraphs(
    lines: tuple[Line, ...], wrapped: bool
) -> list[Paragraph]:
    """Return the paragraphs of a block."""
    out: list[Paragraph] = []
    for group in _groups(lines):
        current: list[Line] = []
        text = ""
        for line in group:
            if current and LIST_RE.match(line.text):
                text += "\n" + line.text
                current.append(line)
            elif current and wrapped:
                text += " " + line.text
                current.append(line)
            else:
                if current:
                    out.append(Paragraph(text, current[0].number, tuple(current)))
                current, text = [line], line.text
        if current:
            out.append(Paragraph(text, current[0].number, tuple(current)))
    return out

