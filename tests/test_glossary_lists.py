"""Glossary lists: a page of many terms becomes one term per entry, in every shape and format."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import import_package
from flashgen.errors import ValidationError
from flashgen.readers import read_pages

DATA = Path(__file__).parent / "data"


def read(path: Path):
    return read_pages([path], "glossary").terms


def test_a_to_z_list_of_term_colon_definition_lines():
    terms = read(DATA / "glossary" / "sports_az.txt")
    assert [t.name for t in terms] == ["Amino acids", "Anaerobic threshold", "Branched-chain amino acids",
                                       "Buffering", "Carbohydrate loading", "Creatine"]
    bcaa = terms[2]
    assert bcaa.id == "branched-chain-amino-acids" and bcaa.aliases == ("BCAAs",)
    assert bcaa.definition == "Leucine, isoleucine and valine, which muscle can oxidise directly for energy."
    assert [t.line for t in terms] == [3, 4, 7, 8, 11, 12]
    # Letter headers, "Back to top" and the banner are set aside, never on a card.
    on_cards = "\n".join(t.definition for t in terms)
    assert "Back to top" not in on_cards and "cookies" not in on_cards
    set_aside = [line for t in terms for line in t.discarded]
    assert set_aside.count("↑ Back to top") == 3
    assert {"A", "B", "C", "Sports Nutrition Glossary A–Z"} <= set(set_aside)
    assert all(not t.sections for t in terms)


def test_bold_term_and_dash_entries_in_markdown():
    terms = read(DATA / "glossary" / "dash.md")
    assert [t.name for t in terms] == ["Levothyroxine", "Liothyronine", "Reverse T3", "TSH"]
    assert terms[2].aliases == ("rT3",)
    assert terms[0].definition.startswith("A synthetic form of thyroxine (T4)")
    assert "**" not in "".join(t.definition for t in terms)


def test_markdown_definition_list_with_two_definitions():
    terms = read(DATA / "glossary" / "deflist.md")
    assert [t.name for t in terms] == ["Dysbiosis", "Prebiotic", "Postbiotic"]
    assert terms[2].definition == ("A preparation of inactivated microbes or their products that "
                                   "benefits the host.\n\nUnlike a probiotic, it holds no live organisms.")


def test_html_definition_list():
    terms = read(DATA / "html" / "glossary_dl.html")
    assert [(t.name, t.aliases) for t in terms] == [("Anabolism", ()), ("Catabolism", ()),
                                                    ("Basal metabolic rate", ("BMR",))]
    assert all("Site map" not in t.definition and "©" not in t.definition for t in terms)


def test_html_heading_per_term_with_headed_parts():
    terms = read(DATA / "html" / "glossary_headings.html")
    assert [t.name for t in terms] == ["Adiponectin", "Bile acids", "Calcitonin"]
    adiponectin = terms[0]
    assert [s.topic for s in adiponectin.sections] == ["mechanism"]
    assert adiponectin.sections[0].text.startswith("It activates AMP-activated protein kinase")
    assert all("Back to top" not in s.text for t in terms for s in t.sections)
    assert all("Newsletter" not in t.definition for t in terms)


def test_a_page_of_one_term_with_a_few_label_lines_is_not_a_list(tmp_path):
    page = tmp_path / "ferritin.txt"
    page.write_text(
        "Ferritin is the protein that stores iron inside cells.\n"
        "Metric\nSerum ferritin is measured by immunoassay. Low values mean low stores.\n"
        "Sample: serum, taken in the morning\nReference range: 30 to 300 µg/L in adults\n"
        "Turnaround: one working day for most laboratories\n"
        "Risk\nInflammation raises it whatever the stores. A normal value can mislead.\n"
        "Doctors read it together with transferrin saturation. Both matter.\n"
        "It falls before anaemia shows. That makes it an early sign.\n", encoding="utf-8")
    (term,) = read_pages([page], "d").terms
    assert term.name == "Ferritin"
    assert [s.topic for s in term.sections] == ["metric", "risk"]
    assert "Reference range: 30 to 300 µg/L in adults" in term.sections[0].text


def test_a_list_page_with_no_entries_is_refused(tmp_path):
    page = tmp_path / "glossary.txt"
    page.write_text("Glossary\nA\nB\nC\nD\nBack to top\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_pages([page], "d")
    (problem,) = caught.value.problems
    assert problem.path.endswith("glossary.txt")
    assert problem.message.startswith(("glossary list with no entries", "no term text"))
    page.write_text("Endocrine glossary\nA\nAdrenal fatigue is a phrase, not a diagnosis, and it "
                    "has no entries here. It is prose.\nB\nC\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_pages([page], "d")
    assert caught.value.problems[0].message.startswith("glossary list with no entries")


def test_import_writes_one_term_file_per_entry(cli, tmp_path):
    out = tmp_path / "decks" / "sport"
    out.parent.mkdir()  # import makes the deck folder, in a folder that exists
    run = cli("import", DATA / "glossary" / "sports_az.txt", "--out", out)
    assert run.code == 0, run.err
    assert "imported 6 term files" in run.out
    files = sorted(p.name for p in out.glob("*.yaml"))
    assert files == ["amino-acids.yaml", "anaerobic-threshold.yaml", "branched-chain-amino-acids.yaml",
                     "buffering.yaml", "carbohydrate-loading.yaml", "creatine.yaml"]
    creatine = yaml.safe_load((out / "creatine.yaml").read_text(encoding="utf-8"))
    assert creatine["name"] == "Creatine"
    assert creatine["definition"].startswith("A compound stored in muscle")
    assert "↑ Back to top" in creatine["discarded"]
    assert cli("check", out).code == 0


def test_glossary_pages_of_every_format_build_into_decks(cli, tmp_path, collection):
    deck = tmp_path / "metabolism"
    deck.mkdir()
    for source in (DATA / "html" / "glossary_dl.html", DATA / "html" / "glossary_headings.html",
                   DATA / "glossary" / "deflist.md"):
        (deck / source.name).write_bytes(source.read_bytes())
    out = tmp_path / "out"
    run = cli("build", deck, "--out", out)
    assert run.code == 0, run.err
    for package in sorted(out.glob("*.apkg")):
        import_package(collection, package)
    names = {collection.get_note(n)["Term"] for n in collection.find_notes("")}
    assert {"Anabolism", "Catabolism", "Basal metabolic rate", "Adiponectin", "Bile acids",
            "Calcitonin", "Dysbiosis", "Prebiotic", "Postbiotic"} == names
    decks = {d.name for d in collection.decks.all_names_and_ids()}
    assert {"Metabolism::Definition", "Metabolism::Mechanism"} <= decks


def test_an_article_whose_headings_all_name_its_term_is_one_term(tmp_path):
    page = tmp_path / "ghrelin.html"
    page.write_text(
        "<main><h1>Ghrelin</h1><p>Ghrelin is a stomach hormone that signals hunger.</p>"
        "<h2>Ghrelin and sleep</h2><p>Short sleep raises ghrelin the next day.</p>"
        "<h2>Ghrelin in obesity</h2><p>Ghrelin falls less after meals in obesity.</p>"
        "<h2>Ghrelin-blocking drugs</h2><p>Drugs that block ghrelin are still being tested.</p>"
        "</main>", encoding="utf-8")
    (term,) = read_pages([page], "d").terms
    assert term.name == "Ghrelin"
    assert [s.heading for s in term.sections] == ["Ghrelin and sleep", "Ghrelin in obesity",
                                                  "Ghrelin-blocking drugs"]


def test_an_article_with_short_headings_under_its_defined_title_is_one_term(tmp_path):
    page = tmp_path / "ghrelin.md"
    page.write_text(
        "# Ghrelin\n\nGhrelin is a stomach hormone that signals hunger.\n\n"
        "## Sleep\n\nSleep loss raises ghrelin the next day.\n\n"
        "## Obesity\n\nObesity blunts the fall of ghrelin after meals.\n\n"
        "## Drugs\n\nDrugs that block ghrelin are still being tested.\n", encoding="utf-8")
    (term,) = read_pages([page], "d").terms
    assert term.name == "Ghrelin"
    assert [s.heading for s in term.sections] == ["Sleep", "Obesity", "Drugs"]


def test_html_two_column_table_of_terms():
    terms = read(DATA / "html" / "glossary_table.html")
    assert [t.name for t in terms] == ["Haematocrit", "Reticulocyte", "Ferritin"]
    assert terms[0].definition == "The share of blood volume taken up by red cells."
