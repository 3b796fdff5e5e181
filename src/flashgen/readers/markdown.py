"""Read markdown pages (``.md``): ``#`` headings, lists and emphasis as written.

A wiki's or a static site's page often opens with YAML front matter between ``---`` lines;
its ``title:`` is the page's title and the rest is metadata, not text. A line of bare HTML
tags (an anchor such as ``<a name="top"></a>``) holds no text.
"""

from __future__ import annotations

import re

from .base import register
from .lines import Line, clean_text, is_value_table, normal_line
from .tables import column_items, is_two_lists, row_sentence
from .text import TextReader

_FRONT_MATTER_KEY_RE = re.compile(r"^[\w-]+\s*:")
_TAGS_ONLY_RE = re.compile(r"^(?:<[^<>]*>\s*)+$")
# A line that only shows a picture: "![[leaf.png]]", "![A leaf](leaf.png)".
_IMAGE_ONLY_RE = re.compile(r"^(?:(?:!\[\[[^\]]*\]\]|!\[[^\]]*\]\([^)]*\)|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\))\s*)+$")
# The fence around a block of code: the code is text, the fence is not.
_FENCE_RE = re.compile(r"^(?:```|~~~)[\w+-]*$")
_QUOTE_MARK_RE = re.compile(r"^(?:>\s?)+")
# A callout's first line: "> [!note] Personal note", "> [!WARNING]".
_CALLOUT_RE = re.compile(r"^\[!(\w+)\][+-]?\s*(.*)$")
# The label a quotation opens with on a line of its own, in bold, as callouts were written
# before "[!note]": "> **Note**", "> **Warning:**".
_BOLD_LABEL_RE = re.compile(r"^(?:\*\*|__)(?P<label>[^\W\d_][\w'’ -]{0,24}?):?(?:\*\*|__):?$")
# Inline markup that a card shows as text: links, wiki links, emphasis, code spans.
_LINK_RE = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_WIKI_LINK_RE = re.compile(r"\[\[(?:[^\]|\n]*\|)?([^\]\n]*)\]\]")
_EMPHASIS_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"
                          r"|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_CODE_RE = re.compile(r"`([^`\n]+)`")
# An attribute block after a heading, as pandoc and kramdown write it: "## Why it matters
# {#why-it-matters}", "{#mech .note data-x=1}", "{: #id}", "{-}": the heading's anchor and
# classes, no words of it. A kramdown attribute list on a line of its own is no text either.
_ATTRIBUTE = r"(?:[#.][\w:-]+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s{}]+)|-)"
_HEADING_ATTRIBUTES_RE = re.compile(r"(?<=\S)\s*\{:?\s*" + _ATTRIBUTE + r"(?:\s+" + _ATTRIBUTE + r")*\s*\}\s*$")
_ATTRIBUTE_LINE_RE = re.compile(r"^\{:\s*" + _ATTRIBUTE + r"(?:\s+" + _ATTRIBUTE + r")*\s*\}$")


# Inline HTML that markdown lets through ("<small>…</small>", "<sup>2</sup>", "<br>"): a card
# shows its words, never its tags.
# A static-site generator's template markup: Hugo's shortcodes ("{{< figure src=… >}}",
# "{{% notice tip %}}"), Liquid's tags and outputs ("{% include note.html %}", "{{ page.title }}").
# They are instructions to the site, never words of the page. A cloze ("{{c1::…}}") is no such thing.
_SHORTCODE = r"\{\{<.*?>\}\}|\{\{%.*?%\}\}|\{%.*?%\}|\{\{(?!c\d+::).*?\}\}"
_SHORTCODE_RE = re.compile(_SHORTCODE)
_SHORTCODE_LINE_RE = re.compile(r"^(?:(?:" + _SHORTCODE + r")\s*)+$")
# A link whose target is a shortcode ("[Airy disc]({{< ref "airy-disc.md" >}})") is its words.
_SHORTCODE_LINK_RE = re.compile(r"(!?)\[([^\]\n]*)\]\(\s*(?:" + _SHORTCODE + r")\s*\)")


def _without_shortcodes(lines: list[Line]) -> list[Line]:
    """Return the lines with template markup taken out, outside fenced code.

    A line of nothing but shortcodes stands apart, between blank lines, so that the text
    between a paired opening and closing shortcode ("{{< hint warning >}}" … "{{< /hint >}}",
    a callout) is read as the paragraph it is, and is set aside as site markup; one inside a line goes, with the link it is the target of, unless it is
    in a code span.
    """
    out, fenced = [], False
    for line in lines:
        text = line.text
        if _FENCE_RE.match(text.strip()):
            fenced = not fenced
        elif not fenced and "{" in text and _SHORTCODE_RE.search(text):
            if _SHORTCODE_LINE_RE.match(text):
                # Kept as a line of its own, set aside as site markup with other noise.
                out += [Line(line.number, ""), line, Line(line.number, "")]
                continue
            else:
                # A code span shows markup as its subject ("`{{ name }}`"): it stays.
                parts = re.split(r"(`[^`\n]+`)", text)
                parts[::2] = [_SHORTCODE_RE.sub("", _SHORTCODE_LINK_RE.sub(
                    lambda m: "" if m.group(1) else m.group(2), part)) for part in parts[::2]]
                text = " ".join("".join(parts).split())
            line = Line(line.number, text)
        out.append(line)
    return out


_INLINE_TAG_RE = re.compile(r"</?(?:small|span|b|i|em|strong|u|sup|sub|mark|abbr|kbd|cite|q|s|del|ins|font|"
                            r"br|wbr|a|big|var|samp|dfn|time|bdi|bdo)(?:\s[^<>]*)?/?>", re.IGNORECASE)


def _without_inline_tags(lines: list[Line]) -> list[Line]:
    """Return the lines with inline HTML tags taken out, outside fenced code."""
    out, fenced = [], False
    for line in lines:
        if _FENCE_RE.match(line.text.strip()):
            fenced = not fenced
        elif not fenced and "<" in line.text and _INLINE_TAG_RE.search(line.text):
            spaced = re.sub(r"<br\s*/?>", " ", line.text, flags=re.IGNORECASE)
            line = Line(line.number, " ".join(_INLINE_TAG_RE.sub("", spaced).split()))
        out.append(line)
    return out


def plain_markdown(text: str) -> str:
    """Return text without markdown's inline markup: links and emphasis become their words."""
    text = _WIKI_LINK_RE.sub(r"\1", text)
    text = _LINK_RE.sub(r"\1", text)
    text = _CODE_RE.sub(r"\1", text)
    return _EMPHASIS_RE.sub(lambda m: next(g for g in m.groups()[1:] if g is not None), text)


@register
class MarkdownReader(TextReader):
    """A markdown page; its lines as written, ``#`` lines are headings, a first ``# Title`` names the term."""

    suffixes = (".md",)
    label = "markdown"
    rank = 2

    def unquoted(self, lines: list[Line]) -> list[Line]:
        """Return the lines as they are: quotations and callouts are read with the page's markup."""
        return lines

    def lines(self, text: str, path: str) -> list[Line]:
        """Return the page's lines, front matter read for its title and bare tag lines blanked."""
        lines = [_without_attributes(line) for line in super().lines(text, path)]
        lines = _without_shortcodes(_front_matter(lines))
        lines = [Line(line.number, "") if _TAGS_ONLY_RE.match(line.text) else line for line in lines]
        lines = _wide_tables(_two_column_tables(_code_blocks(_without_inline_tags(lines))))
        lines = _containers([Line(line.number, "") if _IMAGE_ONLY_RE.match(line.text) else line for line in lines])
        return _callouts(_notices_before_title(lines))


# A docs site's container: ":::tip Was this page helpful?" … ":::" (four or more colons nest).
_CONTAINER_RE = re.compile(r"^:{3,}\s*(?:([A-Za-z][\w-]*)\s*)?(.*)$")


def _containers(lines: list[Line]) -> list[Line]:
    """Return the lines with each ``:::kind Title`` … ``:::`` container read as a callout.

    The colons are markup, never text; the container's lines are a quotation under its kind
    and title, as ``> [!kind] Title`` writes it. Code blocks are already one line each.
    """
    out: list[Line] = []
    depth = 0
    for line in lines:
        fence = _CONTAINER_RE.match(line.text.strip())
        if fence and (fence.group(1) or fence.group(2)):
            depth += 1
            kind, title = fence.group(1) or "note", fence.group(2).strip()
            out.append(Line(line.number, f"> [!{kind}] {title}".rstrip()))
        elif fence:
            depth = max(0, depth - 1)
            out.append(Line(line.number, ""))
        elif depth and line.text:
            out.append(Line(line.number, "> " + line.text))
        else:
            out.append(line)
    return out


# A notice's label opening a quotation: "**Note:**", "Warning:", "[!important]".
_NOTICE_RE = re.compile(r"^(?:\[!\w+\]|(?:\*\*|__)?(?:note|notice|warning|caution|important|info|tip|"
                        r"heads[- ]up|attention)(?:\*\*|__)?\s*:(?:\*\*|__)?(?:\s|$))", re.IGNORECASE)


def _notices_before_title(lines: list[Line]) -> list[Line]:
    """Return the lines with a notice set above the page's ``# Title`` blanked.

    "> **Note:** You are reading the docs for v3.2" over the title is the site's word about
    its pages, not the term's name nor its text; the same notice under the title stays.
    """
    title = next((k for k, line in enumerate(lines) if line.text.startswith("# ")), None)
    if title is None:
        return lines
    out = list(lines)
    k = 0
    while k < title:
        if lines[k].text.startswith(">") and _NOTICE_RE.match(_QUOTE_MARK_RE.sub("", lines[k].text).strip()):
            end = k
            while end < title and lines[end].text.startswith(">"):
                out[end] = Line(lines[end].number, "")
                end += 1
            k = end
        else:
            k += 1
    return out


def _without_attributes(line: Line) -> Line:
    """Return a heading line without its attribute block, and an attribute list line as a blank."""
    if line.text.startswith("#"):
        # "## How it works ¶ {#how-it-works}": the anchor mark before the block goes with it.
        bare = clean_text(_HEADING_ATTRIBUTES_RE.sub("", line.text))
        return line if bare == line.text else Line(line.number, bare)
    if line.text.startswith("{:") and _ATTRIBUTE_LINE_RE.match(line.text):
        return Line(line.number, "")
    return line


_TABLE_ROW_RE = re.compile(r"^\|(.*)\|$")
_TABLE_RULE_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")


def _two_column_tables(lines: list[Line]) -> list[Line]:
    """Return a two-column table's rows as a definition list: "Term" then ": definition".

    The row above the ``| --- | --- |`` rule is the table's header and no entry; tables of
    other widths stay as written.
    """
    out = list(lines)
    title = next((normal_line(line.text[2:]) for line in lines if line.text.startswith("# ")), "")
    for k, line in enumerate(lines):
        if not _TABLE_RULE_RE.match(line.text) or line.text.count("|") - 2 * line.text.startswith("|") > 1:
            continue
        if k == 0 or not _TABLE_ROW_RE.match(lines[k - 1].text):
            continue
        header = _cells(lines[k - 1].text) or []
        if is_two_lists(header):
            # "| Do | Don't |": two lists of the section side by side, never terms.
            body = []
            for row in lines[k + 1:]:
                cells = _cells(row.text)
                if cells is None or len(cells) != 2:
                    break
                body.append((row, cells))
            out[k - 1], out[k] = Line(lines[k - 1].number, ""), Line(line.number, "")
            for j, (row, _) in enumerate(body, start=k + 1):
                out[j] = Line(row.number, "")
            if body:
                # A column after the other, all at the first row's line (split below).
                items = column_items(header, [cells for _, cells in body])
                out[k + 1] = Line(body[0][0].number, "\n".join("- " + item for item in items))
            continue
        rows = []
        for row in lines[k + 1:]:
            found = _TABLE_ROW_RE.match(row.text)
            cells = [c.strip() for c in found.group(1).split("|")] if found else []
            if len(cells) != 2 or not all(cells):
                break
            rows.append((row, cells))
        if len(rows) < 2:
            continue
        out[k - 1] = Line(lines[k - 1].number, "")
        out[k] = Line(line.number, "")
        if is_value_table([cells[1] for _, cells in rows]):
            # A table of figures ("| Lager strains | 75–83% |") lists no terms: its rows are
            # a list of labels with their values in the section that holds it, each value
            # after its column's header unless that header is the page's own title.
            header = _cells(lines[k - 1].text) or ["", ""]
            if len(header) != 2 or normal_line(header[1]) == title:
                header = [header[0] if header else "", ""]
            for j, (row, cells) in enumerate(rows, start=k + 1):
                out[j] = Line(row.number, "- " + row_sentence(header, cells), row=True)
            continue
        for j, (row, (term, definition)) in enumerate(rows, start=k + 1):
            out[j] = Line(row.number, term + "\n: " + definition)
    return [part for line in out for part in _split(line)]


def _wide_tables(lines: list[Line]) -> list[Line]:
    """Return each body row of a table of three or more columns as a list item a card can show.

    The first cell names the row and the others are its values, each with its column's
    header: under ``| Key size | Rounds | Round keys |`` the row ``| 128 bits | 10 | 11 |``
    reads "- Key size 128 bits: 10 rounds, 11 round keys.", a sentence of the section. The
    header and the rule are no text of their own.
    """
    out = list(lines)
    for k, line in enumerate(lines):
        if k == 0 or not _TABLE_RULE_RE.match(line.text):
            continue
        header = _cells(lines[k - 1].text)
        if header is None or len(header) < 3:
            continue
        out[k - 1], out[k] = Line(lines[k - 1].number, ""), Line(line.number, "")
        for j in range(k + 1, len(lines)):
            cells = _cells(lines[j].text)
            if cells is None:
                break
            out[j] = Line(lines[j].number, "- " + row_sentence(header, cells), row=True)
    return out


def _cells(text: str) -> list[str] | None:
    found = _TABLE_ROW_RE.match(text.strip())
    return [c.strip() for c in found.group(1).split("|")] if found else None


def _split(line: Line) -> list[Line]:
    # A table row became a term line and its definition line, both numbered as the row.
    if "\n" not in line.text:
        return [line]
    return [Line(line.number, text) for text in line.text.split("\n")]


def _code_blocks(lines: list[Line]) -> list[Line]:
    """Return the lines with each fenced block of code as one line of code, on its first line.

    Its lines are code, never headings or list items; the fences are no text.
    """
    out: list[Line] = []
    code: list[Line] | None = None
    for line in lines:
        if _FENCE_RE.match(line.text):
            if code is None:
                code = []
            else:
                words = " ".join(c.text for c in code if c.text)
                out.extend([Line(code[0].number if code else line.number, f"`{words}`" if words else ""),
                            *(Line(c.number, "") for c in code[1:]), Line(line.number, "")])
                code = None
                continue
            out.append(Line(line.number, ""))
        elif code is not None:
            code.append(line)
        else:
            out.append(line)
    if code is not None:  # an unclosed fence: its lines stay as written
        out.extend(code)
    return out


def _callouts(lines: list[Line]) -> list[Line]:
    """Return the lines with quotation marks (``>``) dropped and a callout's label run into its text.

    A quotation of several lines or paragraphs (``>`` lines, a bare ``>`` between them) is one
    passage, read as one line, unless it holds a callout, a heading or a list.
    """
    lines = _joined_quotations(lines)
    out: list[Line] = []
    label = ""
    for line in lines:
        if not line.text.startswith(">"):
            label = ""
            out.append(line)
            continue
        text = _QUOTE_MARK_RE.sub("", line.text).strip()
        callout = _CALLOUT_RE.match(text)
        bold = _BOLD_LABEL_RE.match(text)
        if bold and len(bold.group("label").split()) <= 3:
            # "> **Note**" over "> R0 is …" reads "Note: R0 is …", as "> [!note]" does.
            label = bold.group("label").strip() + ": "
            out.append(Line(line.number, ""))
            continue
        if callout and callout.group(2).strip().endswith("?"):
            # "> [!tip] Was this page helpful?" asks its reader; a question is no label.
            label = ""
            out.append(Line(line.number, callout.group(2).strip(), quoted=True))
            continue
        if callout:
            # "> [!note] Personal note" over "> I use …" reads "Personal note: I use …".
            title = callout.group(2).strip() or callout.group(1).capitalize()
            label = title.rstrip(":") + ": "
            out.append(Line(line.number, ""))
            continue
        if label and text:
            text, label = label + text, ""
            out.append(Line(line.number, text))
            continue
        out.append(Line(line.number, text, quoted=bool(text)))
    return out


def _joined_quotations(lines: list[Line]) -> list[Line]:
    out = list(lines)
    k = 0
    while k < len(lines):
        if not lines[k].text.startswith(">"):
            k += 1
            continue
        end = k
        while end < len(lines) and lines[end].text.startswith(">"):
            end += 1
        texts = [_QUOTE_MARK_RE.sub("", line.text).strip() for line in lines[k:end]]
        plain = all(not _CALLOUT_RE.match(text) and not _BOLD_LABEL_RE.match(text)
                    and not text.startswith(("#", "- ", "* ", "+ ", "```"))
                    and not re.match(r"\d{1,3}[.)]\s", text) for text in texts)
        if plain and sum(1 for text in texts if text) > 1:
            out[k] = Line(lines[k].number, "> " + " ".join(text for text in texts if text))
            out[k + 1:end] = [Line(line.number, "") for line in lines[k + 1:end]]
        k = end
    return out


def _front_matter(lines: list[Line]) -> list[Line]:
    """Return the lines with a leading ``---`` block of ``key: value`` lines replaced by its title."""
    if not lines or lines[0].text != "---":
        return lines
    end = next((i for i in range(1, len(lines)) if lines[i].text in {"---", "..."}), None)
    if end is None or not all(_FRONT_MATTER_KEY_RE.match(line.text) or not line.text
                              or line.text.startswith(("-", " ", "#")) for line in lines[1:end]):
        return lines
    title = next((line for line in lines[1:end] if re.match(r"title\s*:", line.text, re.IGNORECASE)), None)
    blank = [Line(line.number, "") for line in lines[: end + 1]]
    body = lines[end + 1 :]
    if title is not None and not any(line.text.startswith("# ") for line in body):
        # Without a "# Title" line of its own, the page is titled by its front matter.
        value = title.text.split(":", 1)[1].strip().strip("'\"")
        if value:
            blank[title.number - lines[0].number] = Line(title.number, "# " + value)
    return blank + body
