"""A title that names its term and then gives a tagline after a colon ("Term: the …") names
the term before the colon; a label before a colon, or a title in two named halves, does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.readers import read_pages
from flashgen.readers.naming import title_subject


@pytest.mark.parametrize("title, subject", [
    ("Kintsugi: the golden repair", "Kintsugi"),
    ("Dry stone walling: a craft of patience", "Dry stone walling"),
    ("Sourdough: why slow bread tastes better", "Sourdough"),
])
def test_term_before_a_tagline_is_the_subject(title, subject):
    assert title_subject(title) == subject


@pytest.mark.parametrize("title", [
    "Glossary: the words of bookbinding",
    "Explainer: what a tariff does",
    "Kintsugi: Golden Repair in Japanese Ceramics",
    "Kintsugi",
])
def test_label_or_capitalised_second_half_keeps_the_title(title):
    assert title_subject(title) == title


def test_a_tagline_title_names_the_term_of_the_page(tmp_path: Path):
    page = tmp_path / "kintsugi.md"
    page.write_text("# Kintsugi: the golden repair\n\nKintsugi is the Japanese craft of mending broken "
                    "pottery with lacquer dusted with gold, so the cracks show instead of hiding.\n",
                    encoding="utf-8")
    (term,) = read_pages([page], "crafts").terms
    assert term.name == "Kintsugi"
