"""Properties of every reader: random HTML, glossary lists and text never escape as a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashgen.errors import FlashgenError
from flashgen.readers import build_terms, read_pages, reader_for
from flashgen.topics import slug

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text placed where the reader must never look: it may not reach a term.
HIDDEN = "HIDDENMARK"
TAGS = ["p", "div", "span", "h1", "h2", "h3", "h4", "h5", "ul", "ol", "li", "dl", "dt", "dd", "b",
        "strong", "em", "a", "main", "article", "section", "table", "tr", "td", "br", "blockquote"]
CHROME = ["nav", "footer", "header", "aside", "script", "style", "form", "dialog", "noscript"]
WORDS = ["Ghrelin is a hormone of the stomach.", "Mechanism", "Risk:", "It rises before meals.",
         "We use cookies on our site.", "Accept all", "A", "Back to top", "Term: a definition here.",
         "&amp; &lt;b&gt; &#8212; &nbsp;", "<", ">", "&", "Ωμέγα", "胰岛素。", "**Bold**", ": dd"]

text_piece = st.one_of(st.sampled_from(WORDS), st.text(max_size=20))


@st.composite
def html_tree(draw, depth=0):
    if depth > 3 or draw(st.booleans()):
        # A raw "<" before a letter opens a tag in browsers too and may swallow the next
        # tag; random text with raw "<" is covered by the test below.
        return draw(text_piece).replace("<", "&lt;")
    if draw(st.integers(0, 5)) == 0:
        tag = draw(st.sampled_from(CHROME))
        return f"<{tag}>{HIDDEN} {draw(text_piece).replace('<', '&lt;')}</{tag}>"
    tag = draw(st.sampled_from(TAGS))
    if tag == "br":
        return "<br>"  # a void element holds nothing, whatever follows it
    attrs = draw(st.sampled_from(["", ' class="cookie-banner"', ' role="navigation"', ' id="x"',
                                  " hidden", ' style="display:none"', ' class="content"']))
    hidden = attrs and attrs not in (' id="x"', ' class="content"')
    inner = "".join(draw(st.lists(html_tree(depth + 1), max_size=4)))
    if hidden:
        inner = HIDDEN + inner
    close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", ""]))  # unclosed tags too
    return f"<{tag}{attrs}>{inner}{close}"


html_page = st.lists(html_tree(), min_size=0, max_size=8).map("".join)


def read_file(name: str, text: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        try:
            return read_pages([path], "deck").terms
        except FlashgenError as exc:
            assert exc.problems and all(str(path) in str(p) for p in exc.problems)
            return None


def _check_terms(terms) -> None:
    for term in terms:
        assert term.id and slug(term.id) == term.id
        assert term.name.strip() and term.definition.strip()
        assert all(section.text.strip() for section in term.sections)


@SETTINGS
@given(html_page)
def test_random_html_reads_or_raises_a_flashgen_error(html):
    terms = read_file("page.html", html)
    if terms is None:
        return
    _check_terms(terms)
    for term in terms:
        on_cards = " ".join([term.name, term.definition, *(s.text for s in term.sections)])
        assert HIDDEN not in on_cards


@SETTINGS
@given(st.text(max_size=400), st.sampled_from(["p.html", "p.htm", "p.md", "p.txt"]))
def test_random_text_in_any_format_reads_or_raises_a_flashgen_error(text, name):
    terms = read_file(name, text)
    if terms is not None:
        _check_terms(terms)


GLOSSARY_LINES = ["A", "B", "## C", "Back to top", "↑ Back to top", "Glossary",
                  "Creatine: a compound stored in muscle that regenerates ATP.",
                  "Buffering — the blunting of acid build-up in working muscle.",
                  "**Leucine** an amino acid that switches on muscle protein synthesis.",
                  "### Lactate", "Lactate is made when glucose is broken down without oxygen.",
                  "Mechanism", "It acts fast.", "Dysbiosis", ": An imbalance of gut microbes.",
                  "We use cookies to improve our site.", "", "- an item"]


@SETTINGS
@given(st.lists(st.sampled_from(GLOSSARY_LINES), max_size=20), st.sampled_from(["g.md", "g.txt"]))
def test_glossary_shaped_pages_give_terms_or_a_flashgen_error(lines, name):
    text = "\n".join(lines)
    reader = reader_for(name)
    try:
        terms = build_terms(reader.lines(text, name), name, "deck")
    except FlashgenError as exc:
        assert exc.problems and all(p.path == name for p in exc.problems)
        return
    _check_terms(terms)
    for term in terms:
        assert "Back to top" not in term.definition
