"""Saved web pages: the main content is read, the site around it is not, and no markup reaches a card."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import import_package
from flashgen.errors import ValidationError
from flashgen.readers import PAGE_SUFFIXES, read_pages
from flashgen.readers.html import html_blocks

DATA = Path(__file__).parent / "data" / "html"


def read_one(name: str):
    (term,) = read_pages([DATA / name], "hormones").terms
    return term


def all_text(term) -> str:
    return "\n".join([term.name, *term.aliases, term.definition, *term.related, *term.discarded,
                      *(s.heading + "\n" + s.text for s in term.sections)])


def test_html_and_htm_are_page_endings():
    assert {".html", ".htm"} <= set(PAGE_SUFFIXES)


def test_article_with_navigation_footer_and_dialog_reads_only_its_content():
    term = read_one("article.html")
    assert term.name == "Ghrelin" and term.aliases == ("hunger hormone",)
    assert [s.topic for s in term.sections] == ["mechanism", "metric", "risk"]
    assert term.sections[0].line == 19  # lines count in the HTML file
    mechanism, metric, risk = (s.text for s in term.sections)
    # Entities are decoded and wrapped source lines joined.
    assert mechanism == ("It acts on the growth hormone secretagogue receptor in the hypothalamus. "
                         "Levels rise before meals & fall within an hour of eating.")
    assert "values < 100 pg/mL" in metric
    # List items that are sentences stay a list, each item a sentence of its own.
    assert metric.endswith("\n\n- Take the sample fasting.\n- Keep it on ice.")
    assert "<script>alert(1)</script> stays text" in risk
    text = all_text(term)
    for chrome in ("Hormone Library", "About us", "Share on Facebook", "privacy", "Accept all",
                   "newsletter", "All rights reserved", "dataLayer", "font-family", "Leptin", "Home"):
        assert chrome not in text


def test_a_page_of_plain_divs_is_read_by_roles_and_class_names():
    term = read_one("divsoup.html")
    assert term.name == "Cortisol awakening response" and term.aliases == ("CAR",)
    assert [s.topic for s in term.sections] == ["mechanism", "metric"]
    assert "hypothalamic–pituitary–adrenal" in term.sections[0].text
    text = all_text(term)
    for chrome in ("Shop", "free consultation", "Popular posts", "browse", "Privacy policy", "@type"):
        assert chrome not in text


def test_unclosed_paragraphs_and_items_are_closed_as_browsers_do():
    term = read_one("broken.html")
    assert term.name == "Motilin"
    assert term.definition.endswith("every 90 to 120 minutes in the fasting state")
    (application,) = term.sections
    assert application.heading == "Application"
    assert "gastric emptying — a use distinct" in application.text
    assert application.text.endswith("- Given before endoscopy to clear the stomach\n"
                                     "- Loses effect within days through tachyphylaxis")
    assert "cookies" not in all_text(term) and "Got it!" not in all_text(term)


def test_markup_in_saved_pages_never_becomes_live_on_a_card(cli, tmp_path, collection):
    deck = tmp_path / "hormones"
    deck.mkdir()
    (deck / "ghrelin.html").write_bytes((DATA / "article.html").read_bytes())
    out = tmp_path / "out"
    run = cli("build", deck, "--out", out, "--kinds", "qa")
    assert run.code == 0, run.err
    import_package(collection, out / "hormones-risk.apkg")
    (nid,) = collection.find_notes("")
    back = collection.get_note(nid)["Back"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in back and "<script>" not in back


@pytest.mark.parametrize("html", [
    "",
    "<html><head><title>Only a title</title><script>var a = 1;</script></head><body></body></html>",
    "<nav><a href='/'>Home</a></nav><footer>© 2024</footer>",
    "<div class='cookie-banner'><p>We use cookies.</p><button>OK</button></div>",
])
def test_a_page_with_no_readable_content_is_refused_with_its_name(tmp_path, html):
    page = tmp_path / "empty.html"
    page.write_text(html, encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_pages([page], "d")
    (problem,) = caught.value.problems
    assert problem.path.endswith("empty.html")
    assert "no readable content" in problem.message or "page is empty" in problem.message


def test_no_readable_content_stops_build_and_keep_going_skips(cli, tmp_path):
    deck = tmp_path / "hormones"
    deck.mkdir()
    (deck / "ghrelin.htm").write_bytes((DATA / "article.html").read_bytes())
    (deck / "menu.html").write_text("<nav><ul><li>Home</li></ul></nav>", encoding="utf-8")
    out = tmp_path / "out"
    run = cli("build", deck, "--out", out)
    assert run.code == 1
    assert run.err.strip().splitlines() == [
        f"error: {deck / 'menu.html'}: no readable content: the HTML page holds "
        "no headings, paragraphs or lists outside navigation, banners and scripts",
        "note: with --keep-going, pages that cannot be read are skipped and the others are used"]
    assert not out.exists()
    run = cli("build", deck, "--out", out, "--keep-going")
    assert run.code == 0, run.err
    assert "skipped: no readable content" in run.err
    assert (out / "hormones-mechanism.apkg").is_file()


def test_blocks_keep_their_html_line_numbers():
    blocks = html_blocks("<p>One.</p>\n\n<h2>Two</h2>\n<ul>\n<li>three</li></ul>")
    assert blocks == [(1, "One."), (3, "## Two"), (5, "- three")]


LANGUAGE_PAGES = {
    "zonulin_de.txt": ("Zonulin\nZonulin ist ein Protein, das die Verbindungen zwischen den "
                       "Darmzellen lockert.\nMechanismus\nEs öffnet die Tight Junctions.\n",
                       "Zonulin", "zonulin"),
    "grelina_es.txt": ("La grelina es una hormona del estómago que estimula el apetito.\n"
                       "Mecanismo\nActúa en el hipotálamo.\n", "La grelina", "la-grelina"),
    "insulin_el.html": ("<main><h1>Ινσουλίνη</h1><p>Η ινσουλίνη είναι ορμόνη του παγκρέατος που "
                        "μειώνει τη γλυκόζη του αίματος.</p><h2>Μηχανισμός</h2><p>Δεσμεύεται σε "
                        "υποδοχείς των κυττάρων.</p></main>", "Ινσουλίνη", "insoyline"),
    "insulin_zh.md": ("# 胰岛素\n\n胰岛素是胰腺分泌的一种激素，能降低血糖。\n\n## 机制\n\n它与细胞上的受体结合。\n",
                      "胰岛素", "insulin-zh"),
}


@pytest.mark.parametrize("name", sorted(LANGUAGE_PAGES))
def test_pages_in_other_languages_are_read_as_they_are(tmp_path, name):
    text, term_name, term_id = LANGUAGE_PAGES[name]
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "d").terms
    assert (term.name, term.id) == (term_name, term_id)
    assert len(term.sections) == 1 and term.sections[0].text


def test_a_bold_term_opening_an_html_paragraph_names_it_without_marks(tmp_path):
    page = tmp_path / "secretin.html"
    page.write_text("<main><p><b>Secretin</b> is a hormone of the duodenum that tells the pancreas "
                    "to release bicarbonate.</p><h2>Mechanism</h2><p><strong>Acid</strong> in the "
                    "duodenum triggers its release.</p></main>", encoding="utf-8")
    (term,) = read_pages([page], "d").terms
    assert term.name == "Secretin"
    assert term.definition.startswith("Secretin is a hormone")
    assert term.sections[0].text == "Acid in the duodenum triggers its release."


def test_saved_page_folders_and_upper_case_endings(cli, tmp_path):
    root = tmp_path / "decks"
    deck = root / "hormones"
    assets = root / "Ghrelin_files"  # what a browser saves beside a page
    deck.mkdir(parents=True)
    assets.mkdir()
    (assets / "ad-frame.html").write_text("<p>Buy now!</p>", encoding="utf-8")
    (deck / "Ghrelin.HTM").write_bytes((DATA / "article.html").read_bytes())
    run = cli("check", root)
    assert run.code == 0, run.err
    assert run.out.startswith("ok: 1 deck, 1 term,")


def test_question_headings_land_on_topics_and_author_notes_stay_out():
    term = read_one("vo2.html")
    assert term.name == "VO2 max"
    assert term.definition.startswith("VO2 max is the highest rate")
    assert [(s.heading, s.topic) for s in term.sections] == [("How It's Measured", "metric"),
                                                             ("Why It Matters", "significance")]
    text = all_text(term)
    for chrome in ("20% off", "Alex Kim", "6 min read", "Great article"):
        assert chrome not in text
    assert term.related == ("Pro tip: Track your VO2 max with our app and get a personalised "
                            "training plan!",)


def test_a_consent_box_is_left_out_even_when_it_is_marked_up_as_main(tmp_path):
    page = tmp_path / "ghrelin.html"
    page.write_text('<main class="cookie-banner">We use cookies. Accept all.</main>'
                    '<article class="post-body"><h1>Ghrelin</h1><p>Ghrelin is a hormone of the '
                    'stomach that rises before meals.</p></article>', encoding="utf-8")
    (term,) = read_pages([page], "d").terms
    assert term.name == "Ghrelin" and "cookies" not in term.definition


def test_a_marked_section_the_standard_parser_does_not_know_is_read_as_text():
    # Python's HTML parser raises an AssertionError on "<![0" instead of reading it.
    blocks = html_blocks("<h1>Dew point</h1><p>The dew point is the temperature at which air "
                         "saturates, written <![0 in one old export.</p>")
    text = " ".join(t for _, t in blocks)
    assert "Dew point" in text and "temperature at which air saturates" in text
