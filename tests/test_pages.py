"""Reading glossary pages into terms, and writing terms back as term files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from flashgen.errors import FlashgenError, OutputError, ValidationError
from flashgen.model import Section, Term
from flashgen.pages import (
    PAGE_SUFFIXES,
    PageRun,
    decode_page,
    parse_page,
    read_pages,
    term_to_yaml,
    write_term_files,
)
from flashgen.topics import topic_key

DATA = Path(__file__).parent / "data" / "pages"

COOKIE_LINES = (
    "We use cookies to tailor what you read and to measure visits to this site. "
    "Adjust your choices at any time.",
    "Cookie Settings",
    "Performance cookies count visitors so that we can see which pages are read most.",
    "Targeting cookies let our partners show you offers that match your browsing.",
)


def read_one(name: str, **kwargs) -> Term:
    run = read_pages([DATA / name], "gut-health", **kwargs)
    assert len(run.terms) == 1
    return run.terms[0]


def page(text: str, **kwargs) -> Term:
    return parse_page(text, "pages/example.txt", "gut-health", **kwargs)


# --------------------------------------------------------------------------- openings


def test_quoted_name_opening_gives_name_alias_and_record_fields():
    term = read_one("estrobolome.txt")
    assert term.name == "Estrobolome"
    assert term.id == "estrobolome"
    assert term.aliases == ("estrogen-metabolizing microbiome",)
    assert term.deck == "gut-health"
    assert term.path == str(DATA / "estrobolome.txt")
    assert term.source is None  # a local file name is no source to show on cards
    assert term.line == 1
    assert term.definition.startswith("“Estrobolome,” also known as")
    assert term.definition.endswith("is set free again in the bowel.")


def test_plain_noun_phrase_opening_with_referred_to_as():
    term = read_one("scfa.txt")
    assert term.name == "Short-chain fatty acids"
    assert term.id == "short-chain-fatty-acids"
    assert term.aliases == ("SCFAs",)


def test_abbreviation_in_parentheses_is_an_alias_and_article_is_dropped():
    term = read_one("car.txt")
    assert term.name == "Cortisol awakening response"
    assert term.aliases == ("CAR",)


def test_markdown_title_names_the_term_and_opening_still_gives_aliases():
    term = read_one("hormones.md")
    assert term.name == "Sex Hormone-Binding Globulin"
    assert term.id == "sex-hormone-binding-globulin"
    assert term.aliases == ("SHBG", "testosterone-estradiol binding globulin")
    assert (term.line, term.definition_line) == (1, 3)  # lint and cards point at the definition


def test_quoted_name_with_quoted_alias_and_pair_of_aliases():
    term = page(
        "Gut permeability, also known as “leaky gut” or “intestinal hyperpermeability,” is how "
        "easily substances cross the gut wall.\nMechanism\nTight junctions loosen."
    )
    assert term.name == "Gut permeability"
    assert term.aliases == ("leaky gut", "intestinal hyperpermeability")


def test_unquoted_aliases_joined_by_or():
    term = page(
        "Hypochlorhydria, sometimes called low stomach acid or achlorhydria, is a shortage of "
        "hydrochloric acid in the stomach."
    )
    assert term.name == "Hypochlorhydria"
    assert term.aliases == ("low stomach acid", "achlorhydria")


def test_markdown_emphasis_around_the_name_is_not_part_of_it():
    term = page("**Leaky gut** (LG) is a loose gut lining.")
    assert term.name == "Leaky gut"
    assert term.aliases == ("LG",)
    assert term.definition == "**Leaky gut** (LG) is a loose gut lining."


def test_alias_equal_to_the_name_is_not_repeated():
    term = page("“Leaky gut,” also known as leaky gut, is a loose gut lining.")
    assert term.name == "Leaky gut"
    assert term.aliases == ()


def test_plain_first_line_is_a_title_unless_it_names_a_topic():
    term = page("Leaky Gut\nThe gut lining lets too much through. It is often inflamed.")
    assert term.name == "Leaky Gut"
    assert term.definition == "The gut lining lets too much through. It is often inflamed."
    assert term.sections == ()


def test_first_line_without_full_stop_that_reads_as_a_sentence_is_not_a_title():
    term = page("Leptin is a hormone made by fat\nContext\nIt signals fullness.")
    assert term.name == "Leptin"
    assert term.definition == "Leptin is a hormone made by fat"
    assert [(s.heading, s.text) for s in term.sections] == [("Context", "It signals fullness.")]


def test_first_line_naming_a_deck_topic_is_a_heading_not_a_title():
    with pytest.raises(ValidationError, match="no definition"):
        page("Notes\nLeptin is a fat hormone.", synonyms={"notes": "context"})
    # Not a topic, it is a title line; the definition names a term of its own and never
    # mentions it, so it names the page or site, not the term, and is set aside.
    term = page("Notes\nLeptin is a fat hormone.")
    assert term.name == "Leptin" and "Notes" in term.discarded


def test_definition_heading_first_is_the_opening():
    term = page(
        "## Definition\n\nGhrelin is the hunger hormone of the stomach.\n\n## Origin\n\nGreek."
    )
    assert term.name == "Ghrelin"
    assert term.definition == "Ghrelin is the hunger hormone of the stomach."
    assert [s.heading for s in term.sections] == ["Origin"]


def test_opening_without_a_name_is_an_error_with_file_and_line():
    with pytest.raises(ValidationError) as info:
        page("\n\nRead on to learn everything about hormones today.\nContext\nSome text.")
    (problem,) = info.value.problems
    assert problem.path.endswith("example.txt")
    assert problem.line == 3
    assert "name" in problem.message


# --------------------------------------------------------------------------- headings


def test_plain_headings_map_to_topics_with_line_numbers():
    term = read_one("estrobolome.txt")
    assert [(s.heading, s.topic, s.line) for s in term.sections] == [
        ("Context", "context", 2),
        ("Mechanism", "mechanism", 4),
        ("Risk", "risk", 6),
    ]
    assert term.sections[1].text == (
        "Some gut bacteria make beta-glucuronidase, an enzyme that cuts the glucuronic acid tag "
        "off conjugated estrogens. The freed hormone can pass back through the intestinal wall "
        "into the blood. A shift in the mix of these bacteria therefore raises or lowers the "
        "estrogen that returns to circulation."
    )


def test_plural_and_two_word_headings():
    term = read_one("scfa.txt")
    assert [(s.heading, s.topic) for s in term.sections] == [
        ("Significance", "significance"),
        ("Clinical Applications", "application"),
        ("Metrics", "metric"),
    ]


def test_trailing_colon_and_lower_case_headings():
    term = read_one("car.txt")
    assert [(s.heading, s.topic, s.line) for s in term.sections] == [
        ("Mechanism", "mechanism", 2),
        ("Metric", "metric", 4),
        ("risk", "risk", 6),
    ]


def test_markdown_headings_of_any_level():
    term = read_one("hormones.md")
    assert [(s.heading, s.topic, s.line) for s in term.sections] == [
        ("Significance", "significance", 10),
        ("Clinical Applications", "application", 18),
        ("Pathophysiology", "mechanism", 23),
    ]


def test_unknown_heading_becomes_its_own_topic():
    term = read_one("gut_brain_html.txt")
    assert [s.heading for s in term.sections] == ["Mechanism", "Notes"]
    assert term.sections[1].topic == topic_key("Notes") == "note"


def test_deck_synonyms_are_used_for_topics():
    run = read_pages([DATA / "gut_brain_html.txt"], "gut-health", synonyms={"notes": "context"})
    assert [s.topic for s in run.terms[0].sections] == ["mechanism", "context"]


def test_short_line_after_an_unfinished_line_is_not_a_heading():
    term = page(
        "Leptin is a hormone made by fat cells that\nsignals fullness\nto the brain.\n"
        "Risk\nResistance to it is common."
    )
    assert term.definition == (
        "Leptin is a hormone made by fat cells that signals fullness to the brain."
    )
    assert [s.heading for s in term.sections] == ["Risk"]


def test_lead_in_before_a_list_is_prose_and_list_items_keep_their_lines():
    term = page(
        "Dysbiosis is an imbalance of the gut microbes.\nCommon triggers include:\n"
        "- antibiotics\n- low fiber intake\nRisk\nIt can persist for months."
    )
    assert term.sections == (Section("Risk", "risk", "It can persist for months.", 5),)
    assert term.definition == (
        "Dysbiosis is an imbalance of the gut microbes.\n\n"
        "Common triggers include:\n- antibiotics\n- low fiber intake"
    )


def test_heading_without_text_is_set_aside_not_made_a_card():
    term = page(
        "Zonulin is a gut protein.\nContext\n## Mechanism\nIt opens tight junctions.\n"
        "Risk\nIt may rise with gluten.\nThis is debated.\nAdvertisement"
    )
    assert [(s.heading, s.line) for s in term.sections] == [("Mechanism", 3), ("Risk", 5)]
    assert term.sections[1].text == "It may rise with gluten.\n\nThis is debated."
    assert term.discarded == ("Context", "Advertisement")


# --------------------------------------------------------------------------- paragraphs


def test_sections_and_definition_keep_all_paragraphs_including_the_last_section():
    term = read_one("multi_paragraph.txt")
    assert term.definition == (
        "Insulin resistance is a state in which muscle, fat and liver cells respond weakly to "
        "insulin. The pancreas makes more insulin to compensate.\n\n"
        "It often develops years before blood sugar rises."
    )
    context, risk = term.sections
    assert context.paragraphs == (
        "Insulin moves glucose out of the blood and into cells. It also tells the liver to stop "
        "releasing stored sugar.",
        "When cells resist it, both effects weaken.",
        "Over time the pancreas may not keep up, and blood sugar climbs.",
    )
    assert context.text == "\n\n".join(context.paragraphs)
    assert risk.text == (
        "Untreated insulin resistance raises the risk of type 2 diabetes, fatty liver and heart "
        "disease. It is also linked with polycystic ovary syndrome.\n\n"
        "Regular exercise and weight loss improve it more than any drug studied so far."
    )
    assert term.related == () and term.discarded == ()


def test_one_line_paragraphs_stay_apart_on_pages_without_blank_lines():
    term = read_one("scfa.txt")
    applications = term.sections[1]
    assert applications.paragraphs == (
        "Raising fiber intake slowly is the usual way to increase production. Resistant starch, "
        "oats and legumes feed the bacteria that make butyrate.",
        "Supplements of butyrate exist, but the colon absorbs them poorly when they are taken by "
        "mouth.",
    )
    # A single closing sentence of the last section is the author's, not a teaser.
    assert term.sections[2].paragraphs[-1] == (
        "Researchers therefore often estimate production from breath hydrogen or from the "
        "bacterial genes found in stool."
    )


def test_wrapped_markdown_lines_are_joined_into_paragraphs():
    term = read_one("hormones.md")
    assert term.definition == (
        "Sex hormone-binding globulin (SHBG), also called testosterone-estradiol binding "
        "globulin, is a protein made by the liver that carries testosterone and estradiol in "
        "the blood.\n\n"
        "While bound, the hormones cannot act on tissues, so the amount of SHBG sets how much "
        "of them is free to work."
    )
    assert len(term.sections[0].paragraphs) == 2
    assert term.sections[1].text == (
        "Clinicians use SHBG with total testosterone to estimate the free fraction. A "
        "calculator such as the Vermeulen formula does the arithmetic."
    )


# --------------------------------------------------------------------------- noise


def test_teasers_after_the_last_section_go_to_related_and_banner_to_discarded():
    term = read_one("estrobolome.txt")
    assert term.sections[-1].text == (
        "An estrobolome that recycles too much estrogen is linked with estrogen-driven "
        "conditions such as endometriosis and some breast cancers. One that recycles too little "
        "may lower estrogen after menopause. Neither pattern is a diagnosis by itself, and stool "
        "tests of the enzyme are not yet standard care."
    )
    assert term.related == (
        "Fermented foods may help some people digest fiber, though the evidence for any single "
        "product remains thin.",
        "Your thyroid and your gut talk to each other every day, and supporting one can steady "
        "the other.",
        "Seed cycling is a popular approach for balancing cycles, even though trials have not "
        "tested it well.",
    )
    assert term.discarded == COOKIE_LINES


def test_set_aside_counts_every_line_moved_off_the_cards():
    run = read_pages([DATA / "estrobolome.txt", DATA / "scfa.txt"], "gut-health")
    assert run.set_aside == 3 + 4 + 4
    assert run.set_aside == sum(len(t.related) + len(t.discarded) for t in run.terms)


def test_lines_repeated_across_the_pages_of_a_run_are_boilerplate(tmp_path):
    shared = "Printed copies of the weekly hormone digest are kept at the clinic desk."
    (tmp_path / "a.txt").write_text(
        f"Melatonin is the hormone of darkness.\n{shared}\nOrigin\nNamed for skin colour.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        f"Serotonin is mostly made in the gut.\nMechanism\nCells release it.\n{shared}",
        encoding="utf-8",
    )
    alone = read_pages([tmp_path / "a.txt"], "d").terms[0]
    assert shared in alone.definition
    together = read_pages([tmp_path], "d")
    a, b = together.terms
    assert a.definition == "Melatonin is the hormone of darkness."
    assert a.discarded == (shared,)
    assert b.sections[0].text == "Cells release it."
    assert b.discarded == (shared,)
    assert together.set_aside == 2


def test_a_page_repeated_in_full_says_why_it_is_only_boilerplate(tmp_path):
    text = "Motilin is a gut hormone that drives the cleaning waves between meals."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        read_pages([tmp_path], "d")
    assert [Path(p.path).name for p in info.value.problems] == ["a.txt", "b.txt"]
    assert "repeated on other pages" in info.value.problems[0].message


def test_related_blurbs_and_related_headings_go_to_related():
    term = page(
        "Cortisol is the main stress hormone.\nRelated: How sleep shapes your hormones.\n"
        "Context\nIt follows a daily rhythm.\n\nRelated Articles\n"
        "Ten foods for calm adrenals.\nWhy your gut loves fiber."
    )
    assert term.definition == "Cortisol is the main stress hormone."
    assert [s.heading for s in term.sections] == ["Context"]
    assert term.sections[0].text == "It follows a daily rhythm."
    assert term.related == (
        "Related: How sleep shapes your hormones.",
        "Ten foods for calm adrenals.",
        "Why your gut loves fiber.",
    )
    assert term.discarded == ("Related Articles",)


def test_banner_phrases_anywhere_are_discarded_and_cookies_as_food_are_kept():
    term = page(
        "Accept all cookies to continue reading.\n"
        "Glycemic load measures how much a food raises blood sugar. Cookies and white bread "
        "score high.\nMetric\nIt multiplies the glycemic index by the carbohydrate per serving."
    )
    assert term.name == "Glycemic load"
    assert "Cookies and white bread score high." in term.definition
    assert term.discarded == ("Accept all cookies to continue reading.",)


def test_a_single_short_closing_sentence_is_not_a_teaser():
    term = page(
        "Gastrin is a stomach hormone.\nRisk\nToo much of it causes ulcers. It is rare.\n"
        "Doctors test for it after surgery."
    )
    assert term.sections[0].paragraphs[-1] == "Doctors test for it after surgery."
    assert term.related == ()


def test_continuing_one_sentence_paragraphs_are_not_teasers():
    term = page(
        "Gastrin is a stomach hormone.\nRisk\nToo much of it causes ulcers. It is rare.\n"
        "This is why tumours that make it are found late.\n"
        "However, a blood test finds them reliably."
    )
    assert len(term.sections[0].paragraphs) == 3
    assert term.related == ()


def test_page_with_only_boilerplate_is_an_error_naming_the_file():
    with pytest.raises(ValidationError) as info:
        read_pages([DATA / "bad" / "only_cookies.txt"], "gut-health")
    (problem,) = info.value.problems
    assert problem.path.endswith("only_cookies.txt")
    assert "boilerplate" in problem.message
    assert "only_cookies.txt" in str(info.value)


def test_empty_page_is_an_error():
    with pytest.raises(ValidationError, match="example.txt: page is empty"):
        page(" \n\n\t\n")


# --------------------------------------------------------------------------- input hygiene


def test_crlf_page_reads_like_lf():
    term = read_one("zonulin_crlf.txt")
    assert (DATA / "zonulin_crlf.txt").read_bytes().count(b"\r\n") == 4
    assert term.name == "Zonulin"
    assert [(s.heading, s.topic, s.line) for s in term.sections] == [
        ("Mechanism", "mechanism", 2),
        ("Assessment", "metric", 4),
    ]
    fields = [term.name, term.definition, *(s.heading + s.text for s in term.sections)]
    assert not any("\r" in field for field in fields)
    assert term.sections[-1].text.endswith("Results should be read with care.")


def test_utf8_bom_is_dropped():
    assert (DATA / "butyrate_bom.txt").read_bytes().startswith(b"\xef\xbb\xbf")
    run = read_pages([DATA / "butyrate_bom.txt"], "gut-health")
    assert run.warnings == ()
    assert run.terms[0].name == "Butyrate"
    assert run.terms[0].definition.startswith("Butyrate is")


def test_latin1_page_is_decoded_with_a_warning_naming_the_guess():
    run = read_pages([DATA / "gallbladder_latin1.txt"], "gut-health")
    (warning,) = run.warnings
    assert warning.path.endswith("gallbladder_latin1.txt")
    assert "Windows-1252" in warning.message and "Latin-1" in warning.message
    context = run.terms[0].sections[0].text
    assert "Göteborg and Zürich, and a naïve reading" in context


def test_cp1252_quotes_are_decoded():
    text, warning = decode_page("“Ghrelin,” the hunger hormone.".encode("cp1252"), "g.txt")
    assert text == "“Ghrelin,” the hunger hormone."
    assert warning is not None and "g.txt" in str(warning)


def test_utf8_needs_no_warning_and_utf16_with_bom_is_named():
    assert decode_page("Gut – brain".encode("utf-8"), "a.txt") == ("Gut – brain", None)
    text, warning = decode_page("Gut – brain".encode("utf-16"), "a.txt")
    assert text == "Gut – brain"
    assert "UTF-16" in warning.message


def test_undecodable_page_is_refused_naming_the_file():
    with pytest.raises(ValidationError) as info:
        read_pages([DATA / "bad" / "shift_jis.txt"], "gut-health")
    assert "shift_jis.txt" in str(info.value)
    assert "UTF-8" in str(info.value)


@pytest.mark.parametrize(
    "data",
    [
        b"Leptin\x00 is a hormone.",  # binary or UTF-16 without a byte order mark
        "Leptin is a hormone.".encode("utf-8") + b"\x1b[0m",  # terminal escape codes
        "腸内細菌とホルモン".encode("euc_jp"),  # decodes as cp1252, but to nonsense
    ],
)
def test_text_that_would_be_mojibake_is_refused(data):
    with pytest.raises(ValidationError, match="x.txt"):
        decode_page(data, "x.txt")


def test_html_in_page_text_is_kept_literally():
    term = read_one("gut_brain_html.txt")
    assert "Doses < 5 mg" in term.sections[0].text
    assert "<b>tags</b> & other markup" in term.sections[0].text
    assert '<script>alert("x")</script>' in term.sections[1].text


# --------------------------------------------------------------------------- runs


def test_folder_expands_to_its_pages_sorted_by_name():
    run = read_pages([DATA], "gut-health")
    assert isinstance(run, PageRun)
    names = [Path(t.path).name for t in run.terms]
    expected = sorted(p.name for p in DATA.iterdir() if p.suffix in PAGE_SUFFIXES)
    assert names == expected
    assert len(names) == 9
    # Its subfolder of bad pages is not read, and said so.
    assert [Path(w.path).name for w in run.warnings] == ["bad", "gallbladder_latin1.txt"]
    assert run.warnings[0].message.startswith("subfolder not read")


def test_same_page_given_twice_is_read_once():
    run = read_pages([DATA / "car.txt", DATA, DATA / "car.txt"], "gut-health")
    assert [Path(t.path).name for t in run.terms].count("car.txt") == 1


def test_bad_pages_raise_one_error_listing_every_one(tmp_path):
    (tmp_path / "notes.yaml").write_text("id: x\n", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        read_pages(
            [DATA / "bad", DATA / "car.txt", tmp_path / "notes.yaml", tmp_path / "missing.md"],
            "gut-health",
        )
    problems = info.value.problems
    assert [Path(p.path).name for p in problems] == [
        "notes.yaml",
        "missing.md",
        "only_cookies.txt",
        "shift_jis.txt",
    ]
    assert "(and 3 more)" in str(info.value)


def test_keep_going_skips_bad_pages_with_warnings():
    run = read_pages([DATA / "bad", DATA / "car.txt"], "gut-health", keep_going=True)
    assert [t.name for t in run.terms] == ["Cortisol awakening response"]
    assert sorted(Path(w.path).name for w in run.warnings) == ["only_cookies.txt", "shift_jis.txt"]
    assert all(w.message.startswith("skipped:") for w in run.warnings)


def test_empty_folder_is_a_problem(tmp_path):
    with pytest.raises(ValidationError, match=r"no \.txt, \.md, \.html or \.htm pages"):
        read_pages([tmp_path], "d")


# --------------------------------------------------------------------------- term files


def test_term_to_yaml_writes_the_term_file_format():
    term = Term(
        id="leaky-gut",
        name="Leaky Gut",
        definition="First paragraph.\n\nSecond paragraph.",
        deck="gut",
        aliases=("increased intestinal permeability",),
        sections=(Section("Context", "context", "The lining is a barrier.", 2),),
        related=("A teaser line.",),
        discarded=("We use cookies.",),
        source="pages/leaky-gut.txt",
        path="pages/leaky-gut.txt",
        line=1,
    )
    assert term_to_yaml(term) == (
        "id: leaky-gut\n"
        "name: Leaky Gut\n"
        "aliases:\n"
        "- increased intestinal permeability\n"
        "definition: |-\n"
        "  First paragraph.\n"
        "\n"
        "  Second paragraph.\n"
        "sections:\n"
        "- heading: Context\n"
        "  text: The lining is a barrier.\n"
        "related:\n"
        "- A teaser line.\n"
        "discarded:\n"
        "- We use cookies.\n"
        "source: pages/leaky-gut.txt\n"
    )


def test_term_to_yaml_omits_empty_lists_but_keeps_required_keys():
    term = Term(id="x", name="X", definition="X is y.", deck="d")
    data = yaml.safe_load(term_to_yaml(term))
    assert data == {"id": "x", "name": "X", "definition": "X is y.", "sections": []}


FIXTURE_PAGES = sorted(p.name for p in DATA.iterdir() if p.suffix in PAGE_SUFFIXES)


@pytest.mark.parametrize("name", FIXTURE_PAGES)
def test_term_to_yaml_round_trips_every_fixture(name):
    term = read_one(name)
    data = yaml.safe_load(term_to_yaml(term))
    assert data["id"] == term.id
    assert data["name"] == term.name
    assert data.get("aliases", []) == list(term.aliases)
    assert data["definition"] == term.definition
    assert data["sections"] == [{"heading": s.heading, "text": s.text} for s in term.sections]
    assert data.get("related", []) == list(term.related)
    assert data.get("discarded", []) == list(term.discarded)
    assert "source" not in data
    assert term_to_yaml(term).startswith(f"# Imported from {name}. Add 'source:'")


@pytest.mark.parametrize("odd", ["\x85", "\u2028", "\u2029", "\ufeff", "  trailing  ", "\n lead"])
def test_term_to_yaml_keeps_characters_yaml_treats_specially(odd):
    term = Term(
        id="x",
        name=f"X{odd}",
        definition=f"X is y.{odd}\n\nSecond{odd}",
        deck="d",
        sections=(Section("Context", "context", f"{odd}text", 2),),
    )
    data = yaml.safe_load(term_to_yaml(term))
    assert data["name"] == term.name
    assert data["definition"] == term.definition
    assert data["sections"][0]["text"] == term.sections[0].text


def test_write_term_files_writes_one_file_per_term(tmp_path):
    run = read_pages([DATA / "car.txt", DATA / "hormones.md"], "gut-health")
    out = tmp_path / "terms"
    (out).mkdir()
    (out / "cortisol-awakening-response.yaml").write_text("old", encoding="utf-8")
    written = write_term_files(run.terms, out)
    assert written == [
        out / "cortisol-awakening-response.yaml",
        out / "sex-hormone-binding-globulin.yaml",
    ]
    for path, term in zip(written, run.terms):
        assert path.read_text(encoding="utf-8") == term_to_yaml(term)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)


def test_write_term_files_refuses_two_terms_with_one_id(tmp_path):
    first = Term(id="zonulin", name="Zonulin", definition="A.", deck="d", path="a/zonulin.txt")
    second = Term(id="zonulin", name="zonulin", definition="B.", deck="d", path="b/zonulin.md")
    with pytest.raises(OutputError) as info:
        write_term_files([first, second], tmp_path / "out")
    message = str(info.value)
    assert "a/zonulin.txt" in message and "b/zonulin.md" in message
    assert not (tmp_path / "out").exists()


def test_write_term_files_refuses_ids_that_are_not_slugs(tmp_path):
    term = Term(id="../escape", name="Escape", definition="E.", deck="d", path="p.txt")
    with pytest.raises(OutputError, match="not a slug"):
        write_term_files([term], tmp_path / "out")
    assert not (tmp_path / "escape.yaml").exists()


def test_write_term_files_reports_unwritable_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    term = Term(id="x", name="X", definition="X.", deck="d")
    with pytest.raises(FlashgenError, match="cannot create folder"):
        write_term_files([term], blocker / "out")


def test_a_site_name_above_the_definition_is_not_the_terms_name():
    term = page("Skip to content\nGarden Gazette Weekly\nMulching, also called top dressing, is a layer "
                "of organic matter spread over soil.\nContext\nIt keeps moisture in the soil.\n")
    assert (term.name, term.aliases) == ("Mulching", ("top dressing",))
    assert "Garden Gazette Weekly" in term.discarded


def test_a_site_name_kept_from_looking_like_a_title_by_a_breadcrumb_is_set_aside_too():
    term = page("Soil Matters — Learn Gardening Online\nHome › Soil › Mulch\nThe mulch layer is a cover "
                "of organic matter over soil.\nContext\nIt keeps moisture in the soil.\n")
    assert term.name.casefold() == "mulch layer" and "Learn Gardening" not in term.definition


def test_a_title_the_definition_mentions_stays_the_name():
    term = page("Leaky Gut\nIncreased intestinal permeability, or leaky gut, lets toxins cross the "
                "gut wall.\nContext\nIt is debated.\n")
    # The title's words, spelt as the sentence writes them in running text.
    assert term.name == "Leaky gut"


def read_text(text: str) -> tuple[Term, ...]:
    """Return the terms of a page of ``text``, read from a file as the commands read pages."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        path.write_text(text, encoding="utf-8")
        return read_pages([path], "deck").terms


def test_a_site_name_above_the_title_line_is_set_aside_and_the_title_names_the_term():
    term = page("Harbour Kite School\nHome > Learn > Manoeuvres > Gybing\nGybing\n"
                "Gybing, also called wearing, is turning a boat's stern through the wind.\n"
                "Risks\nThe boom can swing across with force.\n")
    assert (term.name, term.aliases) == ("Gybing", ("wearing",))
    assert "Harbour Kite School" in term.discarded and term.definition.startswith("Gybing, also")


def test_a_title_line_with_its_abbreviation_in_brackets_gives_the_abbreviation_as_alias():
    (term,) = read_text("Pandemic Desk — Outbreaks Explained\nEffective Reproduction Number (Rt)\n"
                        "The effective reproduction number is how many people one case infects "
                        "at a given time.\nHow It Works\nIt falls as immunity rises.\n")
    assert (term.name, term.aliases) == ("Effective Reproduction Number", ("Rt",))
    assert "Outbreaks Explained" not in term.definition


def test_a_breadcrumb_naming_a_glossary_does_not_make_the_page_a_list():
    (term,) = read_text("Money Basics › Terms › Premium\nA premium is the amount paid for an insurance "
                        "policy.\nHow It Works\nIt is paid monthly or yearly.\n")
    assert term.name.casefold() == "premium"


def test_a_share_this_line_is_site_noise():
    term = page("A jib is the sail in front of the mast.\nHow It Works\nIt is trimmed with sheets.\n"
                "Share this: Facebook | X | Email\n")
    assert "Facebook" not in term.sections[0].text


def test_a_call_to_action_on_the_line_after_a_sections_prose_is_set_aside():
    (term,) = read_text(
        "VaxFacts — Immunology Explained\n"
        "Home / Immunology / Herd Immunity\n"
        "Herd Immunity\n"
        "Herd immunity is the protection a population gains when most of its members are immune.\n"
        "Author: Jo Rivers, MPH\n"
        "Overview\n"
        "It shields people who cannot be vaccinated.\n"
        "FAQ\n"
        "Is it permanent? No. It wanes as immunity fades and people are born.\n"
        "Download our free guide: Vaccine Terms Cheat Sheet (PDF)\n"
        "Share: Twitter | Facebook\n")
    assert "Download" not in " ".join(s.text for s in term.sections)
    assert term.sections[-1].text.endswith("people are born.")
    assert any("Download our free guide" in line for line in term.related)
