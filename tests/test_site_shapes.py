"""Pages shaped like the sites they were saved from: wikis, question sites, documentation, blogs."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.pages import parse_page
from flashgen.readers import read_pages
from flashgen.readers.lines import clean_text

HTML = Path(__file__).parent / "data" / "html"


def read_one(path: Path):
    (term,) = read_pages([path], "shapes").terms
    return term


def assert_off_cards(term, *chrome: str) -> None:
    """Assert that none of the given pieces of site text is on any of the term's cards."""
    text = card_text(term)
    for piece in chrome:
        assert piece not in text, piece


def card_text(term) -> str:
    return "\n".join([term.name, *term.aliases, term.definition,
                      *(s.heading + "\n" + s.text for s in term.sections)])


@pytest.mark.parametrize(("line", "expected"), [
    ("It pulses with a period of days.[1]", "It pulses with a period of days."),
    ("found in 1908,[2][3] while cataloguing", "found in 1908, while cataloguing"),
    ("the Leavitt law[4] relates them", "the Leavitt law relates them"),
    ("it cools and falls back.[citation needed] Then", "it cools and falls back. Then"),
    ("Risks\u200b", "Risks"),
    ("co\u00adoperative", "cooperative"),
    # Brackets that are the text's own stay: an index, a bracket with a space, a year.
    ("read a[0] first", "read a[0] first"),
    ("see [1] below", "see [1] below"),
    ("the range [2, 5]", "the range [2, 5]"),
])
def test_reference_marks_and_invisible_characters_are_no_text(line, expected):
    assert clean_text(line) == expected


def test_a_wiki_article_keeps_its_title_sections_and_prose_and_leaves_the_wiki_out():
    term = read_one(HTML / "wiki_cepheid.html")
    assert term.name == "Cepheid variable"
    assert term.definition.startswith("A Cepheid variable is a star that swells")
    assert [(s.heading, s.topic) for s in term.sections] == [("History", "history"),
                                                             ("Mechanism", "mechanism")]
    assert_off_cards(term, "[1]", "[2]", "citation needed", "edit", "Starwiki", "Further information",
                   "Pulsating star", "1784", "Prototype", "Contents", "Jump to", "too technical",
                   "Categories", "Leavitt, H. S.", "RR Lyrae")
    # The site's line under the title and the see-also list are set aside, not lost.
    assert "From Starwiki, the open astronomy reference" in term.discarded
    assert "- Standard candle" in term.related


def test_a_question_page_is_named_by_its_question_and_defined_by_its_answer():
    term = read_one(HTML / "qa_annealing.html")
    assert term.name == "Annealing"
    assert term.definition.startswith("Annealing is the slow, controlled cooling of finished glass")
    assert_off_cards(term, "paperweights", "pontil_pete", "answered", "17", "kilnwork", "polariscope",
                   "Asked", "Viewed")
    assert any("paperweights" in line for line in term.discarded)


def test_a_documentation_page_runs_its_callout_label_into_the_text_and_drops_invisible_marks():
    term = read_one(HTML / "docs_callout.html")
    assert term.name == "Dead reckoning"
    assert [(s.heading, s.topic) for s in term.sections] == [("Risks", "risk")]
    assert "Note: The plotting screen draws" in term.definition
    assert_off_cards(term, "\u200b", "Edit this page", "Last updated", "Previous", "Handbook", "Fixes")


SHAPES = Path(__file__).parent / "data" / "shapes"


def test_a_wiki_markdown_page_is_titled_by_its_front_matter_and_shows_no_markup():
    term = read_one(SHAPES / "control-point.md")
    assert term.name == "Control point"
    assert term.definition.startswith("A control point is a marked location on an orienteering course")
    assert [s.topic for s in term.sections] == ["mechanism", "risk"]
    text = card_text(term)
    for markup in ("**", "[[", "]]", "](", "*dibber*", "layout", "2023-08-19", "Forest Running"):
        assert markup not in text, markup
    assert "the course setter can check" in term.sections[0].text
    assert "See the rules page for tolerances." in term.sections[0].text


def test_an_a_to_z_text_list_with_letter_navigation_gives_one_term_per_entry():
    terms = read_pages([SHAPES / "falconry-az.txt"], "shapes").terms
    assert [t.name for t in terms] == ["Austringer", "Bate", "Cadge", "Jesses"]
    assert terms[0].definition.startswith("A falconer who flies short-winged hawks")
    assert "Skip to: A B C J" in terms[0].discarded
    assert all("Back to the top" not in card_text(t) for t in terms)


def test_a_capitalised_title_under_a_site_menu_and_a_photo_credit_names_the_term():
    term = read_one(SHAPES / "lighthouse-keeper.txt")
    assert term.name == "Fresnel lens"
    assert term.definition.startswith("A Fresnel lens is a lens built of concentric rings")
    assert [s.topic for s in term.sections] == ["origin", "mechanism"]
    assert term.sections[-1].text == ("Each ring is cut at its own angle, so that light leaving the lamp "
                                      "at any height is refracted or reflected towards the horizon.")
    assert_off_cards(term, "Photo", "courtesy", "Donate", "Harbour Lights", "Book a tour", "Tags", "Comments")


def test_a_clinic_page_with_headed_parts_is_one_term_without_its_testimonial_and_small_print():
    terms = read_pages([SHAPES / "kennel-cough.txt"], "shapes").terms
    assert [t.name for t in terms] == ["Kennel cough"]
    (term,) = terms
    assert [s.heading for s in term.sections] == ["Transmission", "Diagnosis", "Treatment", "Prevention"]
    assert_off_cards(term, "gentle with our old collie", "Priya", "Kind words", "registered office",
                   "general information only")
    assert "— Priya, Westbank" in term.discarded


def test_the_first_of_several_title_lines_that_the_definition_names_is_the_title():
    text = ("Gliding Terms\nThermal\nFrom the Ridge Soaring handbook, second edition\n"
            "A thermal is a column of rising air over ground that the sun has heated, which a glider "
            "circles in to gain height.\nMechanism\nSunlit fields warm the air above them until a "
            "bubble of it breaks away and rises.\n")
    term = parse_page(text, "pages/thermal.txt", "shapes")
    assert term.name == "Thermal"
    assert term.definition.startswith("A thermal is a column of rising air")
    assert {"Gliding Terms", "From the Ridge Soaring handbook, second edition"} <= set(term.discarded)


def test_a_comments_section_and_an_author_box_stay_off_the_cards():
    text = ("Half-pass\nA half-pass is a lateral movement in which the horse travels forwards and "
            "sideways at once, bent in the direction it is moving.\nMechanism\nThe inside hind leg steps "
            "under the body while the outside legs cross over.\nAbout the author\nI have taught "
            "dressage for twelve years and compete at regional level.\n2 Comments\nGreat explanation, "
            "it finally clicked for me.\nI wish there were a video of this.\n")
    term = parse_page(text, "pages/half-pass.txt", "shapes")
    assert [s.topic for s in term.sections] == ["mechanism"]
    assert term.sections[0].text == "The inside hind leg steps under the body while the outside legs cross over."
    kept = set(term.related) | set(term.discarded)
    assert {"About the author", "2 Comments", "I wish there were a video of this."} <= kept


def test_a_labelled_faq_is_one_term_with_a_section_per_question():
    (term,) = read_pages([SHAPES / "light-pollution-faq.txt"], "shapes").terms
    assert term.name == "Light pollution"
    assert term.definition.startswith("Light pollution is artificial light that spills")
    assert [s.heading for s in term.sections] == ["Why does it matter to astronomers?", "How is it measured?"]
    assert term.sections[1].topic == "metric"
    assert_off_cards(term, "Q:", "A:", "star parties", "Dark Sky Society")


def test_a_note_vault_page_drops_its_tags_pictures_and_footnote_marks():
    term = read_one(SHAPES / "ductus.md")
    assert term.name == "Ductus"
    assert term.definition.startswith("Ductus is the number, order and direction of the strokes")
    assert "Practice: Trace each letter slowly" in term.definition
    assert [s.topic for s in term.sections] == ["origin"]
    assert_off_cards(term, "#calligraphy", "![[", "[^", "[!tip]", "handout", "> ")
    assert "[^1]: Class handout, spring term." in term.related


def test_an_essay_page_with_a_label_above_its_title_and_a_subtitle_under_it():
    term = read_one(HTML / "essay_platform.html")
    assert term.name == "Terroir"
    assert term.definition == ("Terroir is the whole natural setting of a vineyard — its soil, slope, aspect "
                               "and climate — as it shows in the character of the wine made from it.")
    assert [s.topic for s in term.sections] == ["mechanism"]
    assert {"Subscriber exclusive", "## Why the same grape tastes different two fields apart",
            "3.4K 52"} <= set(term.discarded)


def test_replies_in_a_forum_thread_stay_off_the_cards():
    term = read_one(SHAPES / "mortise-forum.txt")
    assert term.name == "Mortise and tenon"
    assert [s.heading for s in term.sections] == ["Mechanism"]
    assert "drawbore" not in card_text(term)
    assert "Lovely photos. I drawbore mine with an oak peg." in term.related + term.discarded


def test_entries_named_with_digits_under_a_0_to_9_header_are_entries():
    terms = read_pages([SHAPES / "cricket-az.txt"], "shapes").terms
    assert [t.name for t in terms] == ["3rd man", "Bouncer", "Duck"]


def test_a_thread_keeps_the_post_and_sets_aside_the_comments_below_it():
    term = read_one(SHAPES / "sourdough-thread.txt")
    assert term.name == "Autolyse"
    assert [s.heading for s in term.sections] == ["Mechanism"]
    assert_off_cards(term, "crumb_shot", "Twenty minutes", "wholemeal", "2y", "comments")
    assert "I go an hour with wholemeal." in term.discarded
    # The page's references after the comments are its own reading list again.
    assert "Calvel, R. The Taste of Bread. 1990." in term.related


def test_a_list_keeps_entries_with_word_class_labels_and_drops_its_legend_and_stamps():
    terms = read_pages([SHAPES / "heraldry-terms.txt"], "shapes").terms
    assert [t.name for t in terms] == ["Argent (adj.)", "Azure", "Gules (adj.)", "Sable"]
    assert terms[-1].definition == "The tincture black."


def test_heading_anchor_marks_are_not_part_of_entry_names():
    terms = read_pages([HTML / "docs_anchors.html"], "shapes").terms
    assert [t.name for t in terms] == ["Soaking", "Reduction", "Candling"]


def test_a_copied_wiki_article_loses_its_hatnote_edit_links_and_jump_lines():
    term = read_one(SHAPES / "murmuration-wiki.txt")
    assert term.name == "Murmuration"
    assert term.definition == ("A murmuration is a huge, shifting flock of starlings that swirls in "
                               "tight coordinated shapes over a roost at dusk.")
    assert [(s.heading, s.topic) for s in term.sections] == [("Mechanism", "mechanism")]
    assert_off_cards(term, "[edit]", "[2]", "Birdpedia", "film", "Goodenough", "Flocking")


def test_a_course_page_is_named_by_the_part_of_its_title_the_definition_names():
    term = read_one(SHAPES / "pollination-unit.md")
    assert term.name == "Pollination"
    assert term.definition.startswith("Pollination is the transfer of pollen")
    assert [s.topic for s in term.sections] == ["mechanism"]
    assert_off_cards(term, "BIO 110", "takeaways", "Name the agents", "Monday tutorial")
    assert "- Explain why flowers reward visitors" in term.discarded


def test_a_shop_page_keeps_its_product_box_and_most_viewed_list_off_the_cards():
    term = read_one(HTML / "workshop_shop.html")
    assert [s.topic for s in term.sections] == ["risk"]
    assert_off_cards(term, "Starter raku kit", "129", "explore our weekend workshops", "Ten glazes")


def test_a_readme_shaped_page_drops_its_badges_and_contents_and_keeps_code_as_text():
    term = read_one(SHAPES / "debounce-readme.md")
    assert term.name == "Debounce"
    assert term.definition.startswith("Debounce is a technique that delays running a function")
    assert [s.topic for s in term.sections] == ["mechanism", "risk"]
    assert term.sections[0].text.endswith("clearTimeout(timer) timer = setTimeout(run, 300)")
    assert_off_cards(term, "![", "Contents", "(#mechanism)", "```", "BSD-3-Clause")


def test_a_page_laid_out_in_a_table_with_font_tags_reads_its_headings_and_paragraphs():
    term = read_one(HTML / "layout_table.html")
    assert term.name == "Tempering"
    assert term.definition.startswith("Tempering is heating and cooling chocolate")
    assert [(s.heading, s.topic) for s in term.sections] == [("Mechanism", "mechanism")]
    assert_off_cards(term, "Truffles", "visitor", "Best viewed")


def test_a_list_of_terms_each_over_its_definition_is_read_when_the_page_says_it_is_a_list():
    terms = read_pages([SHAPES / "brewing-jargon.txt"], "shapes").terms
    assert [t.name for t in terms] == ["Wort", "Sparging", "Krausen"]
    assert all("Sponsored" not in card_text(t) for t in terms)


def test_a_markdown_table_of_terms_and_meanings_gives_one_term_per_row():
    terms = read_pages([SHAPES / "ferment-table.md"], "shapes").terms
    assert sorted(t.name for t in terms) == ["Brine", "Kahm yeast", "SCOBY"]
    assert all("Suggest it" not in card_text(t) and "What it means" not in card_text(t) for t in terms)


def test_a_how_to_heading_over_the_pages_own_sentence_is_a_section():
    text = ("Frostnip\nFrostnip is a mild, reversible freezing of the skin's surface that leaves it pale, "
            "numb and tingling.\nHow to treat it\nWarm the skin gently against a companion's body or in "
            "lukewarm water until feeling returns and the skin is free of numbness.\n")
    term = parse_page(text, "pages/frostnip.txt", "shapes")
    assert [s.heading for s in term.sections] == ["How to treat it"]
    assert term.sections[0].text.startswith("Warm the skin gently")


def test_a_section_menu_a_list_section_and_a_more_from_block_on_a_leaflet_page():
    term = read_one(SHAPES / "hedge-laying.md")
    assert term.name == "Hedge laying"
    assert [s.heading for s in term.sections] == ["Mechanism", "Regional styles"]
    assert term.sections[1].text == "- Midland\n- South of England\n- Welsh border"
    assert_off_cards(term, "Coppicing", "HL-04", "enjoyed", "Scything", "dead hedge")
    assert "- Building a dead hedge" in term.related


def test_a_wikis_tagline_written_as_a_sentence_is_set_aside_but_an_opening_fragment_stays():
    page = ("<html><body><div role=\"main\"><h1>Barbecho</h1>"
            "<div id=\"siteSub\">Un artículo de Agropedia, la enciclopedia libre del campo.</div>"
            "<p>El barbecho es la práctica de dejar una tierra de cultivo sin sembrar durante uno o más "
            "ciclos para que recupere su fertilidad.</p></div></body></html>")
    path = SHAPES.parent / "barbecho.html"
    term = parse_page(page, str(path), "shapes")
    assert term.name == "Barbecho"
    assert term.definition.startswith("El barbecho es la práctica")
    assert "Un artículo de Agropedia, la enciclopedia libre del campo." in term.discarded
    kept = parse_page("# Tannin\nA bitter compound found in bark and unripe fruit.\n\n"
                      "Tannins bind proteins and make the mouth feel dry.\n", "pages/tannin.md", "shapes")
    assert kept.definition.startswith("A bitter compound found in bark")


@pytest.mark.parametrize("subtitle", [
    "Lapping: the last step before a mirror is polished\nWhy a week of patience saves a month of figuring.",
    "Grind it flat before you polish a single stroke.",
])
def test_a_subtitle_above_the_definition_is_set_aside_when_a_later_paragraph_defines_the_term(tmp_path, subtitle):
    page = tmp_path / "lapping.txt"
    page.write_text(f"Lapping\n{subtitle}\n\nLapping is the grinding of two glass surfaces against each other "
                    "with a loose abrasive until they meet over their whole area.\n\nMechanism\n"
                    "Carborundum grit between the tool and the blank wears down the high spots first.\n",
                    encoding="utf-8")
    term = read_one(page)
    assert term.name == "Lapping"
    assert term.definition.startswith("Lapping is the grinding of two glass surfaces")
    assert subtitle.split("\n")[-1] in term.related  # kept, not lost
