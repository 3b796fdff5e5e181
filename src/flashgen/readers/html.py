"""Read saved web pages (``.html``, ``.htm``): the main content, without the site around it.

The page is parsed with the standard library's HTML parser into a small tree. Navigation,
headers, footers, asides, scripts, styles, forms and consent dialogs are left out; when
the page marks its content with ``<main>`` or ``<article>``, only that is read (a wrapper
holding it, a section's own ``<header>`` and a ``<figure>`` of a table are read). What is
left becomes lines in markdown shape, each numbered by its line in the HTML file:
``<h1>``–``<h4>`` become ``#`` headings, paragraphs their own lines, list items ``- ``
lines (``1. `` in an ``<ol>``), ``<dl>`` entries a markdown definition list, a table's rows
lines of their own, and a ``<blockquote>`` lines marked as a quotation. Entities are decoded; tags never
reach a card, and text that looks like markup stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..errors import ValidationError
from ..expansions import is_abbreviation, spelled_out
from .base import Reader, register
from .lines import LIST_RE, Line, clean_text, is_value_cell, is_value_table
from .naming import OTHER_NAMES_LABEL_RE
from .tables import column_items, is_two_lists, reads_as_header, row_sentence
from .threads import is_answers_line, is_vote_count

# Elements that never hold a page's own text.
_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
    "embed", "nav", "header", "footer", "aside", "form", "button", "select", "textarea",
    "dialog", "menu", "head", "title", "figure", "video", "audio", "picture", "map",
})
# ARIA roles of the same parts, for pages built of plain <div>s.
_SKIP_ROLES = frozenset({
    "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search",
    "menu", "menubar", "toolbar", "form", "alert",
})
# Class and id words of site furniture ("cookie-banner", "site-footer", "share-buttons").
_SKIP_NAMES_RE = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|banner|newsletter|subscribe|signup|share|sharing|"
    r"social|related|recommended|breadcrumbs?|menu|nav|navbar|navigation|footer|header|masthead|"
    r"sidebar|aside|widget|advert|ads?|advertisement|promo|popup|modal|overlay|toolbar|"
    r"comments?|skip|sponsor\w*|teaser|paywall|cta|top-?bar|announcement|more-reading|"
    r"read-more|signup-form|subscription|author|byline|"
    # A wiki's and a documentation site's furniture: contents boxes, fact boxes, edit links,
    # notes pointing to other articles, reference lists, site notices, boxes not for print,
    # page stamps, tag lists, votes, ratings, feedback prompts and testimonials.
    r"toc|table-of-contents|infobox|navbox|catlinks|editsection|edit-?link|edit-this-page|"
    r"hatnote|references|reflist|notice|noprint|no-print|metadata|jump|jump-link|pagination|"
    r"last-?updated|badge|meta|entry-meta|post-meta|tags|taglist|post-tag|user-info|votecell|"
    r"vote|votes|rating|ratings|feedback|testimonials?|reviews|"
    # The anchor links a docs site puts after each heading ("¶", "#").
    r"headerlink|anchor|permalink|hash-link)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Class and id words of a box that is never the content, even on <main> or <article>.
_DIALOG_NAMES_RE = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|newsletter|subscribe|signup|paywall|popup|modal)"
    r"(?:$|[\s_-])", re.IGNORECASE)
_VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})
# Block elements: a new one ends an open paragraph (HTML lets </p> be left out).
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "ul", "tr", "td", "th", "tbody",
    "thead", "details", "summary",
})
_HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}
_ALL_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# h5 and h6 are run-in labels on most sites ("Tip", "Note"): they open the next paragraph.
_RUN_IN_TAGS = frozenset({"h5", "h6"})
_PARAGRAPH_TAGS = frozenset({"p", "blockquote", "pre", "td", "th", "caption",
                             "summary", "address", "figcaption"})
_BOLD_TAGS = frozenset({"b", "strong"})


@dataclass
class Node:
    """An element of the parsed page: its tag, attributes, children and first line."""

    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Node | str] = field(default_factory=list)
    # Why the element is read though its tag, role or class words name furniture (see
    # ``_mark_kept``): "holder", "header", "figure" or "alert"; empty for the others.
    kept: str = ""


# The open elements a start tag ends, as browsers read a page whose end tags are left out,
# and the elements that bound the search: "<li>" ends an open item of its own list, "<dd>"
# an open term or definition, "<td>" an open cell of its own row, "<tr>" an open row.
_IMPLIED_ENDS = {"li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"},
                 "td": {"td", "th"}, "th": {"td", "th"}, "tr": {"tr", "td", "th"},
                 **dict.fromkeys(("thead", "tbody", "tfoot"), {"thead", "tbody", "tfoot", "tr", "td", "th"})}
_LIST_BOUNDS = frozenset({"ul", "ol", "dl", "div", "section", "article", "main", "body", "td", "th", "table"})
_TABLE_BOUNDS = frozenset({"table", "body"})
# The deepest an element is nested in the tree; deeper ones are placed beside the last
# element at this depth, as browsers do, so that no reading of the tree runs out of stack.
_MAX_DEPTH = 200


class _TreeBuilder(HTMLParser):
    """Build a forgiving tree: void elements, the implied ends of ``<p>``, ``<li>``, ``<dt>``,
    ``<dd>``, ``<td>``, ``<th>`` and ``<tr>``, and a bounded depth."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, 1)
        self.stack: list[Node] = [self.root]

    def _parent(self) -> Node:
        return self.stack[min(len(self.stack), _MAX_DEPTH) - 1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._close_implied(tag)
        node = Node(tag, {k: v or "" for k, v in attrs}, self.getpos()[0])
        self._parent().children.append(node)
        if tag not in _VOID_TAGS:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.getpos()[0])
        self._parent().children.append(node)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return
        # An end tag with no open element is ignored, as browsers do.

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def _close_implied(self, tag: str) -> None:
        # <p> ends at any block; then the start tag ends what _IMPLIED_ENDS says, the
        # outermost such element inside its bounds ("<tr>" ends the row, with its cell).
        for depth in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[depth].tag
            if open_tag == "p":
                del self.stack[depth:]
                break
            if open_tag in _LIST_BOUNDS:
                break
        closers = _IMPLIED_ENDS.get(tag)
        if not closers:
            return
        table = tag not in {"li", "dt", "dd"}
        bounds = _TABLE_BOUNDS if table else _LIST_BOUNDS
        found = 0
        for depth in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[depth].tag
            if open_tag in closers:
                found = depth
                if not table:
                    break  # an item ends the nearest open item, never one of an outer list
            elif open_tag in bounds:
                break
        if found:
            del self.stack[found:]


def parse_html(text: str) -> Node:
    """Return the page's element tree (never raises on malformed markup)."""
    builder = _TreeBuilder()
    try:
        builder.feed(text)
        builder.close()
    except AssertionError:
        # The standard parser asserts on a marked section it does not know ("<![0"): read
        # every "<![" as text instead, as a browser shows a stray one.
        builder = _TreeBuilder()
        builder.feed(text.replace("<![", "&lt;!["))
        builder.close()
    _mark_kept(builder.root)
    return builder.root


_SECTIONING_TAGS = frozenset({"main", "article", "section"})
# What a <figure> holds when it is content, not an image with its caption.
_FIGURE_CONTENT_TAGS = frozenset({"table", "blockquote", "pre", "dl"})


def _mark_kept(root: Node) -> None:
    """Mark the elements read though their tag, role or class words name furniture.

    - "holder": an element holding ``<main>``, ``role="main"`` or the ``<article>`` of
      the page's one ``<h1>``: a layout wrapper ("content-sidebar-wrap"), never furniture;
    - "header": a ``<header>`` inside ``<main>``, an ``<article>`` or a ``<section>``,
      which heads that part, not the site;
    - "figure": a ``<figure>`` holding a table, a quotation, a definition list or
      preformatted text (WordPress sets each table in one), read without its caption;
    - "alert": a ``role="alert"`` callout inside the content ("Warning: …").

    The tree is walked without recursion; a consent box is left out all the same (``_skipped``).
    """
    parents: dict[int, Node] = {}
    order: list[tuple[Node, bool]] = []  # each element, and whether it lies in a sectioning part
    titles: list[Node] = []
    pending: list[tuple[Node, bool]] = [(root, False)]
    while pending:
        node, inside = pending.pop()
        order.append((node, inside))
        if node.tag == "h1":
            titles.append(node)
        within = inside or node.tag in _SECTIONING_TAGS or node.attrs.get("role", "").lower() == "main"
        for child in node.children:
            if isinstance(child, Node):
                parents[id(child)] = node
                pending.append((child, within))
    marks: dict[int, str] = {}
    # An empty <main>, or one left out itself (a consent box marked as one), holds nothing
    # to keep its wrappers for: a navigation around it is still navigation.
    holders = [node for node, _ in order
               if (node.tag == "main" or node.attrs.get("role", "").lower() == "main")
               and _has_text(node) and not _skipped(node)]
    if len(titles) == 1:
        article = parents.get(id(titles[0]))
        while article is not None and article.tag != "article":
            article = parents.get(id(article))
        holders += [article] if article is not None else []
    for node, inside in order:
        if node.tag == "header" and inside:
            marks[id(node)] = "header"
        elif inside and node.attrs.get("role", "").lower() == "alert":
            marks[id(node)] = "alert"
        elif node.tag == "figure" and _holds_tag(node, _FIGURE_CONTENT_TAGS):
            marks[id(node)] = "figure"
    for holder in holders:
        above = parents.get(id(holder))
        while above is not None and marks.get(id(above)) != "holder":
            marks[id(above)] = "holder"
            above = parents.get(id(above))
    for node, _ in order:
        node.kept = marks.get(id(node), "")


def _has_text(node: Node) -> bool:
    pending = [node]
    while pending:
        for child in pending.pop().children:
            if isinstance(child, Node):
                pending.append(child)
            elif child.strip():
                return True
    return False


def _holds_tag(node: Node, tags: frozenset[str]) -> bool:
    pending = [node]
    while pending:
        for child in pending.pop().children:
            if isinstance(child, Node):
                if child.tag in tags:
                    return True
                pending.append(child)
    return False


def _skipped(node: Node) -> bool:
    if node.tag in _SKIP_TAGS and not node.kept:
        return True
    attrs = node.attrs
    if "hidden" in attrs or attrs.get("aria-hidden") == "true" or attrs.get("aria-modal") == "true":
        return True
    if re.search(r"display\s*:\s*none", attrs.get("style", ""), re.IGNORECASE):
        return True
    if attrs.get("role", "").lower() in _SKIP_ROLES and not node.kept:
        return True
    # "siteNotice" and "mw-editsection" are words as much as "site-notice" is.
    names = _CAMEL_RE.sub(r"\1-\2", f"{attrs.get('class', '')} {attrs.get('id', '')}")
    if node.tag in _CONTENT_TAGS or node.kept:
        # <main class="… header-offset">, <article class="post">, <h2 class="anchor"
        # id="sidebar-setup"> and a wrapper of the content are the content itself; only
        # a consent or sign-up box is left out, whatever element it is.
        return bool(_DIALOG_NAMES_RE.search(names))
    return bool(_SKIP_NAMES_RE.search(names))


# Elements never left out for their class and id words: the content, and headings, whose
# id is their own text made a slug ("sidebar-layout") and whose class may name the anchor
# link a docs site gives them.
_CONTENT_TAGS = frozenset({"main", "article", "body", "html"}) | _ALL_HEADINGS


_CAMEL_RE = re.compile(r"([a-z])([A-Z])")


def _fact_box(node: Node) -> bool:
    """Return whether a table is a box of label and value rows beside the text (a wiki's infobox)."""
    rows = [row for row in _find_rows(node)]
    pairs = 0
    for row in rows:
        cells = [c for c in row.children if isinstance(c, Node) and c.tag in {"td", "th"}]
        if len(cells) == 2 and cells[0].tag == "th" and cells[1].tag == "td":
            pairs += 1
        elif len(cells) > 2 or (len(cells) == 2 and cells[0].tag != "th"):
            return False
    # Its rows are "Symbol | Mw", "Introduced | 1979": facts the text itself states.
    return pairs >= 2


def _other_names_line(box: Node, blocks: _Blocks) -> None:
    """Give a fact box's "Other names" row as a label line of other names ("Also known as:
    drain casting, pour casting"), which names the term's aliases above its definition."""
    names = _box_other_names(box)
    if names:
        blocks.start(box.line)
        blocks.text("Also known as: " + ", ".join(names), box.line)
        blocks.flush()


def _box_other_names(box: Node) -> list[str]:
    """Return the names a fact box's row of other names lists ("Other names | drain casting,
    pour casting"), each as written; none when it has no such row."""
    names: list[str] = []
    for row in _find_rows(box):
        cells = [c for c in row.children if isinstance(c, Node) and c.tag in {"td", "th"}]
        if len(cells) != 2 or not OTHER_NAMES_LABEL_RE.match(" ".join(_cell_text(cells[0]).split())):
            continue
        for part in re.split(r"\n|[,;·•]|\s+or\s+", _cell_lines(cells[1])):
            name = re.sub(r"\[\d+\]|\[[a-z]\]", "", " ".join(part.split())).strip(" .")
            if name and len(name.split()) <= 6:
                names.append(name)
    return list(dict.fromkeys(names))


def _cell_lines(node: Node) -> str:
    """Return a cell's text with a line break where a ``<br>``, item or paragraph parts it."""
    parts: list[str] = []
    for child in node.children:
        if isinstance(child, str):
            parts.append(child)
        elif child.tag in {"br", "li", "p", "div"}:
            parts.append("\n" + _cell_lines(child) + "\n")
        elif child.tag not in {"sup", "style", "script"}:
            parts.append(_cell_lines(child))
    return "".join(parts)


def _find_rows(node: Node) -> list[Node]:
    rows: list[Node] = []
    for child in node.children:
        if isinstance(child, Node):
            rows.extend([child] if child.tag == "tr" else _find_rows(child))
    return rows


def _find_all(node: Node, tags: set[str]) -> list[Node]:
    found: list[Node] = []
    for child in node.children:
        if isinstance(child, Node) and not _skipped(child):
            if child.tag in tags:
                found.append(child)
            else:
                found.extend(_find_all(child, tags))
    return found


def _with_role(node: Node, role: str) -> list[Node]:
    found: list[Node] = []
    for child in node.children:
        if isinstance(child, Node) and not _skipped(child):
            if child.attrs.get("role", "").lower() == role:
                found.append(child)
            else:
                found.extend(_with_role(child, role))
    return found


def _text_length(node: Node) -> int:
    total = 0
    for child in node.children:
        if isinstance(child, str):
            total += len(child.strip())
        elif not _skipped(child):
            total += _text_length(child)
    return total


def content_root(root: Node) -> Node:
    """Return the element holding the page's own content: its ``<main>``, its longest ``<article>``, or the page."""
    for tags in ({"main"}, {"article"}):
        found = _find_all(root, tags)
        if tags == {"main"}:
            # A wiki marks its content <div role="main">.
            found += _with_role(root, "main")
        if found:
            best = max(found, key=_text_length)
            if _text_length(best) > 0:
                return best
    return root


class _Blocks:
    """Collect the content's blocks as (line number, markdown-shaped text)."""

    def __init__(self) -> None:
        self.out: list[tuple[int, str]] = []
        self.parts: list[str] = []
        self.line = 0
        self.prefix = ""
        self.run_in = ""  # a run-in label waiting for the next block's text
        self.lone_title: Node | None = None  # the page's only <h1>, read even inside furniture
        self.after_break = False  # the last thing read was a <br>
        self.term_rows: set[int] = set()  # the rows of glossary tables: a term and its definition
        self.header_rows: set[int] = set()  # the header rows of glossary tables
        self.item_numbers: dict[int, int] = {}  # the number of each item of an ordered list
        self.rows: set[int] = set()  # the places in ``out`` of table rows said as sentences
        self.quoted: set[int] = set()  # the places in ``out`` of a <blockquote>'s text
        self.thread = False  # a question site's thread: its posts' votes and answer count are read
        self.subscripted: set[str] = set()  # the open block's words written with a subscript ("Mw")

    def start(self, line: int, prefix: str = "") -> None:
        self.flush()
        self.line, self.prefix = line, prefix

    def bold_only(self) -> bool:
        """Return whether the open block holds nothing but one bold run."""
        text = "".join(self.parts).strip()
        return len(text) > 4 and text.startswith("**") and text.endswith("**") and text.count("**") == 2

    def text(self, text: str, line: int) -> None:
        if text.strip():
            self.after_break = False
        if not self.parts and not self.line:
            self.line = line
        self.parts.append(text)

    def flush(self) -> None:
        text = clean_text(" ".join("".join(self.parts).split()))
        for word in self.subscripted:
            # "denoted M<sub>w</sub> or Mw": the symbol set in type and as typed read the same
            # once flattened; it is one symbol, said once.
            text = re.sub(r"(?<![\w.])(" + re.escape(word) + r"\w*)\s+or\s+\1(?![\w])", r"\1", text)
        self.subscripted = set()
        if text:
            if self.run_in and not self.prefix.startswith("#"):
                text, self.run_in = self.run_in + text, ""
            elif self.prefix.startswith("#"):
                self.run_in = ""  # a label with nothing under it before the next heading labels nothing
            self.out.append((self.line, self.prefix + text))
        self.parts, self.line, self.prefix = [], 0, ""


def _walk(node: Node, blocks: _Blocks, line: int) -> None:
    for child in node.children:
        if isinstance(child, str):
            blocks.text(child, line)
            continue
        if _skipped(child):
            title = blocks.lone_title
            if title is not None and child.tag not in _NEVER_TITLED and _contains(child, title):
                # "<div id="question-header"><h1>…": the page's one <h1> inside a box that
                # is otherwise furniture is still its title.
                _walk(Node("#title", {}, title.line, [title]), blocks, title.line)
            if blocks.thread and child.tag not in _NEVER_TITLED:
                # A thread's "3 Answers" and each post's vote count, though shown in boxes
                # that are otherwise furniture, are how its posts are told apart.
                for number, mark in _thread_marks(child):
                    blocks.start(number)
                    blocks.text(mark, number)
                    blocks.flush()
            if child.tag not in _NEVER_TITLED:
                # A wiki's infobox is left out, all but its row of the term's other names.
                for box in [child] if child.tag == "table" else _all_tags(child, "table"):
                    if _fact_box(box):
                        _other_names_line(box, blocks)
            continue
        tag = child.tag
        if tag == "br":
            if blocks.after_break or blocks.bold_only():
                # Two line breaks in a row end a paragraph on pages laid out without <p>, and
                # one ends a bold label on a line of its own ("<b>How to read them</b><br>").
                blocks.start(child.line)
            else:
                blocks.text(" ", child.line)
                blocks.after_break = True
            continue
        blocks.after_break = False
        if tag == "table":
            if _fact_box(child):
                _other_names_line(child, blocks)
                continue
            lists = _two_lists(child)
            if lists:
                # "Do | Don't", "Pros | Cons": two lists of the section side by side, each
                # cell an item of its column, never a term over the cell beside it.
                for number, item in lists:
                    blocks.start(number, "- ")
                    blocks.text(item, number)
                    blocks.flush()
                continue
            glossary = _glossary_rows(child)
            blocks.term_rows |= {id(row) for row in glossary}
            if glossary and _header_row(child) is not None:
                # "Term | Meaning" over the entries names the columns; it is no entry.
                blocks.header_rows.add(id(_header_row(child)))
            headed = None if glossary else (_headed_rows(child) or _data_rows(child) or _plain_rows(child))
            if headed:
                # A table of values under a header row: a sentence per body row. A column
                # headed by the page's own title says nothing the card does not.
                header, rows = headed
                title = " ".join(_cell_text(blocks.lone_title).split()) if blocks.lone_title else ""
                header = [head if head.casefold() != title.casefold() else "" for head in header]
                for row, cells in rows:
                    blocks.start(row.line, "- ")
                    blocks.text(row_sentence(header, cells), row.line)
                    blocks.flush()
                    blocks.rows.add(len(blocks.out) - 1)
                continue
        if child.kept == "header":
            # "<section><header><h2>Risk</h2>…": the part's heading; the rest of the
            # header (a byline, a date, share links) is not the part's text.
            for heading in _find_all(child, _ALL_HEADINGS):
                _walk(Node("#title", {}, heading.line, [heading]), blocks, heading.line)
            continue
        if child.kept == "figure":
            # The table or quotation is read; the caption, like the image, is not.
            child = Node(tag, child.attrs, child.line, [c for c in child.children
                                                         if not (isinstance(c, Node) and c.tag == "figcaption")])
        if tag in _RUN_IN_TAGS:
            # "tip" over a box, "Note" over a paragraph: a label that runs into the text
            # after it ("Tip: …"), not a section of its own.
            inner = _Blocks()
            _walk(child, inner, child.line)
            inner.flush()
            label = " ".join(text for _, text in inner.out).rstrip(":").strip()
            if label:
                blocks.start(child.line)
                blocks.run_in = label[:1].upper() + label[1:] + ": "
        elif tag == "blockquote":
            # A quotation in several <p> is one passage: its parts are read as one paragraph,
            # unless it holds headings or a list of its own.
            inner = _Blocks()
            inner.lone_title, inner.term_rows = blocks.lone_title, blocks.term_rows
            _walk(child, inner, child.line)
            inner.flush()
            blocks.start(child.line)
            blocks.flush()
            first = len(blocks.out)
            if inner.out and not any(text.startswith(("#", ": ")) or LIST_RE.match(text) for _, text in inner.out):
                blocks.out.append((inner.out[0][0], " ".join(text for _, text in inner.out)))
            else:
                blocks.out.extend(inner.out)
            # Set off as a quotation, as a text page's "> " lines are.
            blocks.quoted |= set(range(first, len(blocks.out)))
        elif tag in _HEADING_LEVELS:
            blocks.start(child.line, "#" * _HEADING_LEVELS[tag] + " ")
            _walk(child, blocks, child.line)
            blocks.flush()
        elif tag == "tr" and id(child) in blocks.header_rows:
            continue
        elif tag == "tr" and id(child) in blocks.term_rows:
            # A two-column table row is a term and its definition, as in a <dl>.
            term_cell, definition_cell = _two_cells(child)
            for prefix, cell in (("", term_cell), (": ", definition_cell)):
                blocks.start(cell.line, prefix)
                _walk(cell, blocks, cell.line)
                blocks.flush()
        elif tag == "dd" and _holds_blocks(child):
            # "<dd><p>…</p><p>…</p></dd>": each paragraph is a definition line of the same
            # term, never a paragraph standing free between two terms.
            inner = _Blocks()
            _walk(child, inner, child.line)
            inner.flush()
            for number, text in inner.out:
                blocks.start(number, ": ")
                # A definition list nested in the definition gives lines already marked.
                blocks.text(_LINE_MARKS_RE.sub("", text), number)
                blocks.flush()
        elif tag == "ol":
            blocks.item_numbers.update(_numbered_items(child))
            blocks.start(child.line)
            _walk(child, blocks, child.line)
            blocks.flush()
        elif tag in {"li", "dd", "dt"}:
            number = blocks.item_numbers.get(id(child))
            prefix = f"{number}. " if number is not None else {"li": "- ", "dd": ": ", "dt": ""}[tag]
            blocks.start(child.line, prefix)
            _walk(child, blocks, child.line)
            blocks.flush()
        elif tag == "pre":
            # A block of code is one line of code, as a fenced block in markdown is: never a
            # heading, whatever its shape.
            inner = _Blocks()
            _walk(child, inner, child.line)
            inner.flush()
            code = " ".join(text for _, text in inner.out).strip("`")
            if code:
                blocks.start(child.line)
                blocks.text(f"`{code}`", child.line)
                blocks.flush()
        elif tag in _PARAGRAPH_TAGS or tag in _BLOCK_TAGS:
            blocks.start(child.line)
            _walk(child, blocks, child.line)
            blocks.flush()
        elif tag == "sub":
            # "M<sub>w</sub>" is read as it is said, "Mw": the word and its subscript as one.
            before = "".join(blocks.parts)
            _walk(child, blocks, line)
            lowered = "".join(blocks.parts)[len(before):].strip()
            word = re.search(r"\w*$", before).group(0) + lowered  # type: ignore[union-attr]
            if lowered and " " not in word:
                blocks.subscripted.add(word)
        elif tag == "sup" and _footnote_mark(child, "".join(blocks.parts)):
            continue  # "… under the gums.<sup>1</sup>": the note's number is no part of the text
        elif tag in _BOLD_TAGS and not "".join(blocks.parts).strip():
            # A bold run that opens a block is the term of a glossary entry ("**Term** …").
            inner = _Blocks()
            _walk(child, inner, child.line)
            inner.flush()
            words = " ".join(text for _, text in inner.out)
            bold = words.startswith("**") and words.endswith("**")  # "<b><strong>…": bold once
            blocks.text(f"**{words}**" if words and not bold else words, child.line)
        else:
            _walk(child, blocks, line)


_LINE_MARKS_RE = re.compile(r"^(?:#+\s*|:\s+)*")
# What a note's mark in superscript says: a number or a few ("1", "2,3", "4–6"), a letter or
# a sign, with or without brackets.
_NOTE_MARK_RE = re.compile(r"^\[?\s*(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|[a-z]|[*†‡§])\s*\]?$")
_NOTE_NAMES_RE = re.compile(r"foot|note|ref|cite|citation", re.IGNORECASE)


def _footnote_mark(sup: Node, before: str) -> bool:
    """Return whether a superscript is a note's mark rather than a power ("m<sup>2</sup>"):
    its text is a mark that links into the page, is named a note or a reference, or stands
    right after a stop, a comma or a closing bracket or quotation mark ("gums.<sup>1</sup>")."""
    text = " ".join(_cell_text(sup).split())
    if not _NOTE_MARK_RE.match(text):
        return False
    links = [a for a in _all_tags(sup, "a") if a.attrs.get("href", "").startswith("#")]
    named = _NOTE_NAMES_RE.search(f"{sup.attrs.get('class', '')} {sup.attrs.get('id', '')}")
    return bool(links or named or re.search(r"[.,;:!?)\]\"”’]$", before.rstrip()))


def _numbered_items(ordered: Node) -> dict[int, int]:
    """Return the number of each item of an ``<ol>``, as the browser shows it: counted from
    its ``start`` (down when ``reversed``), an item's own ``value`` restarting the count."""
    items = [c for c in ordered.children if isinstance(c, Node) and c.tag == "li"]
    step = -1 if "reversed" in ordered.attrs else 1
    start = ordered.attrs.get("start", "").strip()
    number = int(start) if start.lstrip("-").isdigit() else (len(items) if step < 0 else 1)
    numbers: dict[int, int] = {}
    for item in items:
        value = item.attrs.get("value", "").strip()
        if value.lstrip("-").isdigit():
            number = int(value)
        numbers[id(item)] = number
        number += step
    return numbers


def _holds_blocks(node: Node) -> bool:
    """Return whether an element holds paragraphs or other blocks of its own."""
    return any(isinstance(child, Node) and not _skipped(child)
               and (child.tag in _PARAGRAPH_TAGS or child.tag in _BLOCK_TAGS or _holds_blocks(child))
               for child in node.children)


# Parts of a page whose <h1>, if any, is a site's name or a dialog's title, never the page's.
_NEVER_TITLED = frozenset({"nav", "aside", "footer", "form", "dialog", "menu", "script", "style",
                           "template", "noscript", "head", "title", "button", "select", "textarea"})


def _contains(node: Node, target: Node) -> bool:
    return any(child is target or (isinstance(child, Node) and _contains(child, target))
               for child in node.children)


def _all_tags(node: Node, tag: str) -> list[Node]:
    found: list[Node] = []
    for child in node.children:
        if isinstance(child, Node):
            found.extend([child] if child.tag == tag else _all_tags(child, tag))
    return found


def _glossary_rows(table: Node) -> list[Node]:
    """Return a table's rows when it is a glossary of terms and definitions, else none.

    Its rows are two cells, the first a short term; a table of one row, or with a long first
    cell, lays out a page (navigation beside content) and is read as that content.
    """
    rows = _find_rows(table)
    pairs = [row for row in rows if _two_cells(row)]
    if len(pairs) < 2:
        return []
    short = sum(1 for row in pairs if len(_cell_text(_two_cells(row)[0]).split()) <= 8)  # type: ignore[index]
    if is_value_table([_cell_text(_two_cells(row)[1]) for row in pairs]):  # type: ignore[index]
        return []  # a specification ("Cylinder size | 20 L"): values, not definitions
    return pairs if short * 2 > len(pairs) else []


def _two_lists(table: Node) -> list[tuple[int, str]]:
    """Return a table of two lists side by side (``is_two_lists``) as numbered items, else none."""
    rows = _find_rows(table)
    if len(rows) < 2:
        return []
    cells = [[c for c in row.children if isinstance(c, Node) and c.tag in {"td", "th"}] for row in rows]
    header = [" ".join(_cell_text(c).split()) for c in cells[0]]
    if not is_two_lists(header) or any(len(found) > 2 for found in cells[1:]):
        return []
    body = [[" ".join(_cell_text(c).split()) for c in found] for found in cells[1:]]
    lines = [row.line for row in rows[1:]]
    items = column_items(header, body)
    # Each item keeps the line of its row; a column after the other.
    numbers = [line for k in range(2) for line, found in zip(lines, body) if k < len(found) and found[k]]
    return list(zip(numbers, items))


def _headed_rows(table: Node) -> tuple[list[str], list[tuple[Node, list[str]]]] | None:
    """Return a table's header and its body rows' cells when its first row is a header over
    rows of as many cells, else None.

    The header is a row of ``<th>`` cells, in a ``<thead>`` or not, or a first row that
    reads as one (see ``reads_as_header``). A table of two columns is one of values only
    when its right column holds mostly values (otherwise it is a glossary).
    """
    rows = _find_rows(table)
    if len(rows) < 2:
        return None
    def cells(row: Node) -> list[Node]:
        return [c for c in row.children if isinstance(c, Node) and c.tag in {"td", "th"}]
    head = cells(rows[0])
    header = [" ".join(_cell_text(c).split()) for c in head]
    body = [(row, [" ".join(_cell_text(c).split()) for c in cells(row)]) for row in rows[1:]]
    if len(head) < 2 or any(len(found) != len(head) for _, found in body):
        return None  # merged or missing cells: a layout, not a table of values
    if not all(c.tag == "th" for c in head) and not reads_as_header(header, [found for _, found in body]):
        return None
    if len(head) == 2 and not is_value_table([found[1] for _, found in body]):
        return None
    return header, body


def _data_rows(table: Node) -> tuple[list[str], list[tuple[Node, list[str]]]] | None:
    """Return a table of figures with no header row as an empty header and its rows: three
    or more columns, each row named by its first cell, every other cell a value ("Venus |
    0.72 AU | 225 days"), else None. Such rows are content, read without headers."""
    rows = [(row, [" ".join(_cell_text(c).split()) for c in row.children
                   if isinstance(c, Node) and c.tag in {"td", "th"}]) for row in _find_rows(table)]
    if len(rows) < 2 or len({len(cells) for _, cells in rows}) != 1 or len(rows[0][1]) < 3:
        return None
    if not all(cells[0] and len(cells[0].split()) <= 8 and all(is_value_cell(c) for c in cells[1:])
               for _, cells in rows):
        return None
    return [""] * len(rows[0][1]), rows


def _header_row(table: Node) -> Node | None:
    """Return a table's header row: its first row, when that is in a ``<thead>`` or all ``<th>`` cells."""
    heads = _all_tags(table, "thead")
    rows = _find_rows(heads[0]) if heads else []
    if rows:
        return rows[0]
    rows = _find_rows(table)
    cells = [c for c in rows[0].children if isinstance(c, Node) and c.tag in {"td", "th"}] if rows else []
    return rows[0] if cells and all(c.tag == "th" for c in cells) else None


# What a cell of a page's layout holds, never a cell of data: blocks of a page of its own.
_LAYOUT_TAGS = frozenset({"table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "form", "p", "div",
                          "section", "article", "blockquote", "pre"})
_CELL_MAX_WORDS = 60
_MAX_SPAN = 20


def _plain_rows(table: Node) -> tuple[list[str], list[tuple[Node, list[str]]]] | None:
    """Return a table of data that no other reading takes as its header (column names, or
    none) and its body rows' cells, each cell at the column it starts in, else None.

    Its rows are two or more of two or more cells, each cell a short run of text, in three
    or more columns or under a header row: a table laying out a page (a menu beside the
    content, a cell of paragraphs) is no such table, nor is a specification of two columns.
    """
    rows = _find_rows(table)
    grid = []
    for row in rows:
        cells = [c for c in row.children if isinstance(c, Node) and c.tag in {"td", "th"}]
        if any(_all_tags(cell, tag) for cell in cells for tag in _LAYOUT_TAGS) \
                or any(len(_cell_text(cell).split()) > _CELL_MAX_WORDS for cell in cells):
            return None
        texts: list[str] = []
        for cell in cells:
            # A merged cell stands under the column it starts in; the others it spans are empty.
            span = cell.attrs.get("colspan", "").strip()
            spanned = int(span) - 1 if span.isdigit() and 1 < int(span) < _MAX_SPAN else 0
            texts += [" ".join(_cell_text(cell).split())] + [""] * spanned
        grid.append((row, texts))
    header_row = _header_row(table)
    header = grid[0][1] if header_row is not None and grid and grid[0][0] is header_row else []
    body = [(row, texts) for row, texts in grid[1 if header else 0:] if any(texts)]
    if len(body) < 2 or sum(1 for _, texts in body if len([t for t in texts if t]) >= 2) < 2:
        return None
    width = max(len(texts) for _, texts in body)
    if width < 3 and not header:
        return None  # two columns without names: a glossary, or a product's specification
    return header + [""] * (width - len(header)), body


def _cell_text(node: Node) -> str:
    return " ".join(c if isinstance(c, str) else _cell_text(c) for c in node.children)


def _two_cells(row: Node) -> tuple[Node, Node] | None:
    cells = [c for c in row.children if isinstance(c, Node) and c.tag in {"td", "th"}]
    if len(cells) != 2 or any(c.tag == "th" for c in cells):
        return None  # a header row, or a table of more columns
    return cells[0], cells[1]


def _read_blocks(text: str) -> _Blocks:
    blocks = _Blocks()
    tree = parse_html(text)
    root = content_root(tree)
    titles = _all_tags(tree, "h1")
    blocks.lone_title = titles[0] if len(titles) == 1 else None
    title = blocks.lone_title
    asked = title is not None and " ".join(_cell_text(title).split()).endswith("?")
    blocks.thread = asked and any(is_answers_line(" ".join(_cell_text(head).split()))
                                  for tag in ("h2", "h3", "h4") for head in _all_tags(tree, tag))
    if blocks.thread and title is not None and root is not tree and not _contains(root, title):
        # A question site shows the question's title above the posts it marks as the content.
        _walk(Node("#title", {}, title.line, [title]), blocks, title.line)
    _spell_out_abbreviations(root)
    _walk(root, blocks, root.line)
    blocks.flush()
    return blocks


def _spell_out_abbreviations(root: Node) -> None:
    """Write what an ``<abbr>``'s title spells out after its first use, in brackets, as a page
    writing it in its text does ("ISSN (International Standard Serial Number)"), so that the
    abbreviation has its expansion on the cards.

    Only a title whose words' initials make the abbreviation is an expansion (not a tooltip
    sentence, nor the same letters again); an abbreviation the page spells out in its own
    words is left as it is, and each one is spelt out once.
    """
    found = _all_tags(root, "abbr")
    if not found:
        return
    page = _folded(_cell_text(root))
    done: set[str] = set()
    for abbr in _unskipped(root, "abbr"):
        letters = " ".join(_cell_text(abbr).split())
        title = " ".join(abbr.attrs.get("title", "").split())
        if letters in done or not _expands(letters, title) or _folded(title) in page:
            continue
        done.add(letters)
        abbr.children.append(f" ({title})")


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[-‐‑–]", " ", text).casefold().split())


def _unskipped(node: Node, tag: str) -> list[Node]:
    """Return the elements named ``tag`` in the part of ``node`` that is read, in page order."""
    found: list[Node] = []
    for child in node.children:
        if isinstance(child, Node) and not _skipped(child):
            found.extend([child] if child.tag == tag else _unskipped(child, tag))
    return found


def _expands(letters: str, title: str) -> bool:
    """Return whether ``title`` spells out the abbreviation ``letters`` (also in the plural,
    "SSRIs"): its words, camel case parted ("HyperText"), have the abbreviation's initials."""
    if not title or len(title) > 120 or title.casefold() == letters.casefold() or re.search(r"[.!?:;]$", title):
        return False
    single = letters[:-1] if letters.endswith("s") and is_abbreviation(letters[:-1]) else letters
    if not is_abbreviation(single):
        return False
    for words in (title, re.sub(r"(?<=[a-z])(?=[A-Z])", " ", title)):
        if any(_folded(found) == _folded(words) for found in spelled_out(single, words)):
            return True
    return False


def _thread_marks(node: Node) -> list[tuple[int, str]]:
    """Return the answer count heading and vote counts a box of a thread's furniture holds."""
    text = " ".join(_cell_text(node).split())
    if (node.tag in {"h2", "h3", "h4"} and is_answers_line(text)) or (
            is_vote_count(text) and not any(isinstance(c, Node) and _cell_text(c).strip() for c in node.children)):
        return [(node.line, text)]
    return [mark for child in node.children if isinstance(child, Node) and child.tag not in _NEVER_TITLED
            for mark in _thread_marks(child)]


def html_blocks(text: str) -> list[tuple[int, str]]:
    """Return the main content of an HTML page as (line number, text) blocks in markdown shape."""
    return _read_blocks(text).out


def blocks_to_lines(blocks: list[tuple[int, str]], rows: frozenset[int] | set[int] = frozenset(),
                    quoted: frozenset[int] | set[int] = frozenset()) -> list[Line]:
    """Return blocks as page lines: a blank line between blocks, list and definition entries
    kept together; the blocks at the places ``rows`` are a table's rows, those at ``quoted``
    a quotation's."""
    lines: list[Line] = []
    previous = ""
    for k, (number, text) in enumerate(blocks):
        together = bool(LIST_RE.match(text) and LIST_RE.match(previous)) or text.startswith(": ")
        if lines and not together:
            lines.append(Line(number, ""))
        lines.append(Line(number, text, quoted=k in quoted, row=k in rows))
        previous = text
    return lines


@register
class HtmlReader(Reader):
    """A web page saved from the browser; only its main content is read."""

    suffixes = (".html", ".htm")
    label = "HTML"
    rank = 3

    def lines(self, text: str, path: str) -> list[Line]:
        """Return the page's main content as markdown-shaped lines numbered by their HTML line."""
        try:
            blocks = _read_blocks(text)
        except RecursionError:
            # The tree's depth is bounded; a page that still nests too deeply is refused.
            raise ValidationError("elements nested too deeply to read", path) from None
        lines = blocks_to_lines(blocks.out, blocks.rows, blocks.quoted)
        if not any(line.text for line in lines):
            raise ValidationError("no readable content: the HTML page holds no headings, "
                                  "paragraphs or lists outside navigation, banners and scripts",
                                  path)
        return lines
