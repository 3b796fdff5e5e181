"""Saved pages whose furniture rules would hide their content: wrappers named like a sidebar,
headings classed as anchors, tables set in figures, headers of a section, callouts marked
as alerts; and pages that leave out optional end tags or nest elements very deeply."""

from __future__ import annotations

import pytest

from conftest import written_terms
from flashgen.errors import ValidationError
from flashgen.readers.html import html_blocks, parse_html

_DEFINITION = "<p>A sheet bend is a bend that joins two ropes of different thickness.</p>"
_TWO_SECTIONS = ("<p>A sheet bend is a bend that joins two ropes of different thickness.</p>\n"
                 "{open}<h2{attrs}>Tying</h2>{close}\n<p>The thin rope passes round the bight of the thick one "
                 "and tucks under itself.</p>\n"
                 "{open}<h2{attrs}>Weakness</h2>{close}\n<p>It can shake loose when neither rope is loaded.</p>\n")


def _in_main(body: str) -> str:
    """Return a page whose <main> holds the title, the definition and ``body``."""
    return "<html><body><main><h1>Sheet bend</h1>\n" + _DEFINITION + "\n" + body + "</main></body></html>"


def _term(tmp_path, page: str, name: str = "sheet-bend.html"):
    (term,) = written_terms(tmp_path, name, page, "knots")
    return term


def _headings(term) -> list[str]:
    return [s.heading for s in term.sections]


@pytest.mark.parametrize("wrapper", ["content-sidebar-wrap", "layout-with-sidebar", "main-nav-offset"])
def test_a_wrapper_named_like_furniture_that_holds_main_is_read(tmp_path, wrapper):
    page = (f'<html><body><header class="site-header"><p>Rope Works</p></header>\n'
            f'<div class="{wrapper}"><main><article>\n<h1>Sheet bend</h1>\n'
            + _TWO_SECTIONS.format(open="", close="", attrs="")
            + '</article></main>\n<aside class="sidebar"><p>Most read this week</p></aside></div></body></html>')
    term = _term(tmp_path, page)
    assert term.name == "Sheet bend"
    assert term.definition.startswith("A sheet bend is a bend")
    assert _headings(term) == ["Tying", "Weakness"]
    assert "Most read" not in term.definition + "".join(s.text for s in term.sections)


@pytest.mark.parametrize("main", [
    "<main></main>",  # filled in by a script
    '<main class="cookie-banner"><p>This site stores cookies on your device.</p></main>',  # a consent box
])
def test_navigation_around_a_main_that_holds_no_content_is_still_navigation(tmp_path, main):
    page = ('<html><body><h1>Sheet bend</h1>\n' + _DEFINITION + '\n<div role="navigation"><p>Bends joining '
            'two ropes of unequal size are listed with the hitches.</p>' + main + '</div>\n<h2>Tying</h2>\n'
            '<p>The thin rope passes round the bight of the thick one.</p></body></html>')
    term = _term(tmp_path, page)
    assert term.definition.startswith("A sheet bend is a bend")
    assert "listed with the hitches" not in term.definition + "".join(s.text for s in term.sections)


def test_a_wrapper_named_like_furniture_that_holds_the_titled_article_is_read(tmp_path):
    page = ('<html><body><div class="page-with-sidebar"><article class="post">\n<h1>Sheet bend</h1>\n'
            + _TWO_SECTIONS.format(open="", close="", attrs="")
            + '</article><div class="sidebar"><p>Popular knots</p></div></div></body></html>')
    term = _term(tmp_path, page)
    assert _headings(term) == ["Tying", "Weakness"]
    assert "Popular" not in "".join(s.text for s in term.sections)


def test_a_form_that_wraps_the_whole_page_and_its_main_is_read(tmp_path):
    # Some site builders wrap the whole body in one <form>; its <main> is still the content.
    page = ('<html><body><form id="page-form" action="/post"><nav><a href="/">Home</a></nav>\n'
            "<main><h1>Sheet bend</h1>\n" + _DEFINITION + "\n<h2>Tying</h2>\n<p>The thin rope passes "
            'round the bight of the thick one.</p></main><input type="submit" value="Search"></form></body></html>')
    term = _term(tmp_path, page)
    assert term.name == "Sheet bend" and _headings(term) == ["Tying"]


def test_a_sidebar_of_article_cards_is_still_left_out(tmp_path):
    page = ('<html><body><div class="post"><h1>Sheet bend</h1>\n' + _TWO_SECTIONS.format(open="", close="", attrs="")
            + '</div><div class="sidebar"><article><h3>Clove hitch</h3><p>Read our guide to the clove hitch.</p>'
            '</article></div></body></html>')
    term = _term(tmp_path, page)
    assert term.name == "Sheet bend" and _headings(term) == ["Tying", "Weakness"]
    assert "clove" not in (term.definition + "".join(s.text for s in term.sections)).lower()


@pytest.mark.parametrize("attrs", [' class="anchor anchorWithStickyNavbar_x1Yz" id="tying"',
                                   ' class="section-header"', ' id="sidebar-notes"'])
def test_headings_are_kept_whatever_their_class_or_id_words(tmp_path, attrs):
    page = "<html><body><main><h1>Sheet bend</h1>\n" + _TWO_SECTIONS.format(
        open="", close="", attrs=attrs) + "</main></body></html>"
    term = _term(tmp_path, page)
    assert _headings(term) == ["Tying", "Weakness"]
    assert term.definition == "A sheet bend is a bend that joins two ropes of different thickness."


def test_a_table_set_in_a_figure_is_read_without_its_caption(tmp_path):
    page = _in_main("<h2>Uses</h2>\n"
            '<figure class="wp-block-table"><table>\n'
            "<thead><tr><th>Job</th><th>Ropes</th><th>Why it suits</th></tr></thead>\n<tbody>\n"
            "<tr><td>Joining a net</td><td>Twine and cord</td><td>Holds with unequal sizes</td></tr>\n"
            "<tr><td>Raising a flag</td><td>Halyard and toggle line</td><td>Quick to undo</td></tr>\n"
            "</tbody></table><figcaption>Table 1. Where the bend is used</figcaption></figure>\n"
            "<h2>Weakness</h2>\n<p>It can shake loose when neither rope is loaded.</p>")
    term = _term(tmp_path, page)
    assert _headings(term) == ["Uses", "Weakness"]
    uses = term.sections[0].text
    assert "Joining a net" in uses and "Raising a flag" in uses and "Halyard and toggle line" in uses
    assert "Table 1" not in uses
    assert not term.discarded


def test_headings_in_the_header_of_a_section_are_kept(tmp_path):
    page = ('<html><body><header class="masthead"><a href="/">Rope Works</a></header>\n<article>\n'
            '<header><h1>Sheet bend</h1><p class="byline">By the rigging team</p></header>\n' + _DEFINITION + "\n"
            "<section><header><h2>Tying</h2><time>4 May</time></header>\n<p>The thin rope passes round the "
            "bight of the thick one and tucks under itself.</p></section>\n"
            "<section><header><h2>Weakness</h2></header>\n<p>It can shake loose when neither rope is loaded."
            "</p></section>\n</article></body></html>")
    term = _term(tmp_path, page)
    assert term.name == "Sheet bend"
    assert term.definition == "A sheet bend is a bend that joins two ropes of different thickness."
    assert _headings(term) == ["Tying", "Weakness"]
    shown = "\n".join([term.definition, *term.discarded, *(s.text for s in term.sections)])
    assert "Rope Works" not in shown and "rigging team" not in shown and "4 May" not in shown


def test_a_run_in_label_with_nothing_under_it_does_not_cross_a_heading(tmp_path):
    page = _in_main("<h2>Tying</h2>\n<p>The thin rope passes round the bight of the thick one.</p>\n"
                    "<h6>Hint</h6>\n<h2>Weakness</h2>\n<p>It can shake loose when neither rope is loaded.</p>\n"
                    "<h5>Note</h5>\n<p>Use a double sheet bend for slippery line.</p>")
    term = _term(tmp_path, page)
    assert _headings(term) == ["Tying", "Weakness"]
    weakness = term.sections[1].text
    assert weakness.startswith("It can shake loose")
    assert "Note: Use a double sheet bend" in weakness
    assert "Hint" not in term.sections[0].text + weakness


def test_an_alert_callout_in_the_content_is_kept_and_a_consent_alert_is_not(tmp_path):
    page = ('<html><body><div role="alert" class="cookie-consent"><p>We use cookies to improve this site.</p></div>\n'
            "<main><h1>Sheet bend</h1>\n" + _DEFINITION + "\n<h2>Weakness</h2>\n"
            '<div class="alert alert-danger" role="alert"><p>Never trust a sheet bend in a climbing rope: '
            "it can shake loose when slack.</p></div>\n"
            '<div class="cookie-notice" role="alert"><p>Accept all cookies to keep reading.</p></div>'
            "</main></body></html>")
    term = _term(tmp_path, page)
    assert _headings(term) == ["Weakness"]
    assert term.sections[0].text.startswith("Never trust a sheet bend")
    assert "cookies" not in term.sections[0].text and not term.discarded


@pytest.mark.parametrize("page, blocks", [
    # The anchor link after a heading, an image with its caption, the site's own header.
    ('<main><h2 class="anchor" id="tying">Tying<a class="hash-link" href="#tying">#</a></h2></main>',
     [(1, "## Tying")]),
    ('<main><p>Text.</p><figure><img src="b.png"><figcaption>A bend in blue rope</figcaption></figure></main>',
     [(1, "Text.")]),
    ('<header><h2>Rope Works</h2><p>Knots for sailors</p></header><main><p>Text.</p></main>', [(1, "Text.")]),
])
def test_furniture_beside_kept_parts_is_still_left_out(page, blocks):
    assert html_blocks(page) == blocks


def _cells_left_open(rows: int) -> str:
    body = "".join(f"<tr><td>Part {chr(65 + k // 26)}{chr(97 + k % 26)}<td>A fitting that carries load "
                   f"number {k} along the spar.\n" for k in range(rows))
    return "<html><body><h1>Glossary of rigging parts</h1><table>\n" + body + "</table></body></html>\n"


def test_table_cells_and_rows_left_open_are_closed_as_browsers_do(tmp_path):
    terms = written_terms(tmp_path, "rigging.html", _cells_left_open(400), "rigging")
    assert len(terms) == 400
    assert [t.name for t in terms[:2]] == ["Part Aa", "Part Ab"]
    assert terms[399].definition == "A fitting that carries load number 399 along the spar."
    assert all(not t.name.startswith(":") and ":" not in t.definition for t in terms)


def test_a_cell_left_open_in_a_nested_table_ends_only_its_own_row():
    tree = parse_html("<table><tr><td>outer<table><tr><td>a<td>b</table><td>next</table>")
    (table,) = [c for c in tree.children if not isinstance(c, str)]
    (row,) = table.children
    assert [c.tag for c in row.children] == ["td", "td"]


def test_definitions_and_items_with_paragraphs_left_open_are_not_nested(tmp_path):
    page = ("<html><body><main><h1>Glossary of rigging</h1>\n<dl>\n"
            "<dt>Shroud<dd><p>A rope or wire that holds the mast up from the side.\n"
            "<dt>Stay<dd><p>A wire that holds the mast from ahead or astern.\n"
            "<dt>Spreader<dd><p>A strut that widens the angle of the shrouds at the mast.\n"
            "</dl></main></body></html>")
    terms = written_terms(tmp_path, "rigging.html", page, "rigging")
    assert [t.name for t in terms] == ["Shroud", "Stay", "Spreader"]
    assert [t.definition for t in terms] == ["A rope or wire that holds the mast up from the side.",
                                             "A wire that holds the mast from ahead or astern.",
                                             "A strut that widens the angle of the shrouds at the mast."]
    (items,) = [c for c in parse_html("<ul><li><p>one<li><p>two<li><p>three</ul>").children]
    assert [c.tag for c in items.children] == ["li", "li", "li"]


@pytest.mark.parametrize("depth", [1500, 6000])
def test_deeply_nested_elements_are_read(tmp_path, depth):
    page = ("<html><body><main><h1>Sheet bend</h1>" + "<div>" * depth + _DEFINITION
            + "<span><b>" * depth + "It holds well" + "</b></span>" * depth + "</div>" * depth
            + "</main></body></html>")
    term = _term(tmp_path, page)
    assert term.name == "Sheet bend"
    assert term.definition.startswith("A sheet bend is a bend that joins two ropes")
    assert "It holds well" in term.definition + "".join(term.discarded)


def test_a_page_nested_past_reading_is_refused_naming_the_file(tmp_path, monkeypatch):
    import flashgen.readers.html as html

    # Were the depth unbounded, the walk would run out of stack: the message names the page.
    monkeypatch.setattr(html, "_MAX_DEPTH", 100_000)
    page = "<html><body><main><h1>Sheet bend</h1>" + "<div>" * 5000 + _DEFINITION + "</main></body></html>"
    with pytest.raises(ValidationError, match=r"sheet-bend\.html.*nested too deeply"):
        _term(tmp_path, page)
