"""Titles with a bracketed part, and question headings on pages without blank lines, read
through `flashgen import` from pages of every format."""

from __future__ import annotations

import yaml


def imported(cli, tmp_path, name: str, text: str) -> dict:
    """Import one page and return its one term file."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    out = tmp_path / "deck"
    run = cli("import", page, "--out", out)
    assert run.code == 0, run.err
    (term_file,) = out.glob("*.yaml")
    return yaml.safe_load(term_file.read_text(encoding="utf-8"))


TEMPERING = ("Tempering is the controlled heating and cooling of melted chocolate so that the cocoa "
             "butter sets in its stable crystal form.")


def test_a_field_word_that_the_definition_uses_as_a_plain_word_is_no_alias(cli, tmp_path):
    term = imported(cli, tmp_path, "tempering.txt", f"Tempering (chocolate)\n\n{TEMPERING}\n")
    assert term["name"] == "Tempering"
    assert term["id"] == "tempering"
    assert "aliases" not in term or "chocolate" not in term["aliases"]
    assert term["definition"] == TEMPERING


def test_a_qualifier_the_definition_puts_before_the_name_is_no_alias_and_no_definition(cli, tmp_path):
    # Without blank lines, the title whose words do not open the definition stays the title.
    definition = "A stove damper is a movable plate in the flue pipe that controls the draught."
    term = imported(cli, tmp_path, "damper.txt", f"Damper (stove)\n{definition}\n")
    assert term["name"] == "Damper"
    assert not term.get("aliases")
    assert term["definition"] == definition


def test_a_title_with_brackets_over_a_definition_naming_it_is_not_swallowed(cli, tmp_path):
    definition = "A damper is a movable plate in the flue pipe that controls the draught."
    term = imported(cli, tmp_path, "damper.txt", f"Damper (stove)\n{definition}\n")
    assert term["name"] == "Damper"
    assert term["definition"] == definition


def test_a_field_named_in_brackets_is_no_alias_in_markdown_and_html(cli, tmp_path):
    md = imported(cli, tmp_path, "scale.md", "# Scale (music)\n\nA scale is a set of notes ordered by pitch.\n")
    assert (md["name"], md.get("aliases")) == ("Scale", None)
    (tmp_path / "h").mkdir()
    html = imported(cli, tmp_path / "h", "cache.html", "<h1>Cache (computing)</h1><p>A cache is a small fast "
                    "store that keeps copies of data used often.</p>")
    assert (html["name"], html.get("aliases")) == ("Cache", None)


def test_an_abbreviation_or_another_name_in_brackets_stays_an_alias(cli, tmp_path):
    ecg = imported(cli, tmp_path, "ecg.md", "# Electrocardiogram (ECG)\n\nAn electrocardiogram records "
                   "the electrical activity of the heart through electrodes on the skin.\n")
    assert (ecg["name"], ecg["aliases"]) == ("Electrocardiogram", ["ECG"])
    (tmp_path / "h").mkdir()
    mi = imported(cli, tmp_path / "h", "mi.html", "<h1>Myocardial infarction (heart attack)</h1><p>A myocardial "
                  "infarction, commonly called a heart attack, is the death of heart muscle.</p>")
    assert (mi["name"], mi["aliases"]) == ("Myocardial infarction", ["heart attack"])
    (tmp_path / "t").mkdir()
    # Another name the definition never mentions, and no field's word: still another name.
    sap = imported(cli, tmp_path / "t", "sap.txt", "Saprotroph (saprobe)\nA saprotroph is an organism that "
                   "feeds on dead organic matter.\n")
    assert (sap["name"], sap["aliases"]) == ("Saprotroph", ["saprobe"])


HUMUS = "Humus is the dark organic matter in soil formed from decayed plants."


def test_a_question_after_a_short_definition_line_heads_a_section_without_blank_lines(cli, tmp_path):
    term = imported(cli, tmp_path, "humus.txt", f"Humus\n{HUMUS}\nHow does humus form?\n"
                    "Microbes break down leaf litter over many years.\n")
    assert term["definition"] == HUMUS
    assert [s["heading"] for s in term["sections"]] == ["How does humus form?"]


def test_a_question_inside_a_wrapped_paragraph_stays_in_it(cli, tmp_path):
    # The page wraps its lines by hand: a line that ends a sentence ends no paragraph.
    term = imported(cli, tmp_path, "humus.txt", "Humus\nHumus is the dark organic matter in soil formed from\n"
                    "decayed plants.\nHow does humus form?\nMicrobes break down leaf litter over many years.\n")
    assert term["sections"] == []
    assert "How does humus form?" in term["definition"]


def test_questions_under_a_heading_on_a_page_with_blank_lines_stay_its_lines(cli, tmp_path):
    term = imported(cli, tmp_path, "humus.txt", f"Humus\n\n{HUMUS}\n\nQuestions\nIs humus soil?\n"
                    "No, it is only the organic part of soil.\nCan I buy humus?\n"
                    "Yes, garden centres sell it in bags.\n")
    assert [s["heading"] for s in term["sections"]] == ["Questions"]
