"""The last paragraph of a section that goes on with its subject is the section's own; the
one-line pointer to another page after it is not, in English or another language."""

from __future__ import annotations

from pathlib import Path

from flashgen.readers import read_pages


def one(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "fields").terms
    return term


def test_a_closing_sentence_on_the_section_subject_stays_before_one_headline(tmp_path):
    term = one(tmp_path, "kiln.txt", """A climbing kiln is a row of firing chambers built up a slope, each heated by the one below it.

Costs
Firing a climbing kiln takes several days of stoking wood, and a crew must feed every chamber in turn through the night.

The main expense is the wood: a single firing can burn through several cords of seasoned pine, so each chamber is packed as full as it can be.

Ten mugs we loved this spring.
""")
    (costs,) = term.sections
    assert "so each chamber is packed as full as it can be." in costs.text
    assert not any("main expense" in line for line in term.related)


def test_a_run_of_headlines_after_a_section_is_still_set_aside(tmp_path):
    term = one(tmp_path, "kiln.txt", """A climbing kiln is a row of firing chambers built up a slope, each heated by the one below it.

Costs
Firing a climbing kiln takes several days of stoking wood, and a crew must feed every chamber in turn through the night.

Ten mugs we loved this spring.

Why our studio cat sleeps on the wheel.
""")
    (costs,) = term.sections
    assert costs.text == ("Firing a climbing kiln takes several days of stoking wood, and a crew must feed every "
                          "chamber in turn through the night.")
    assert "Ten mugs we loved this spring." in term.related
    assert "Why our studio cat sleeps on the wheel." in term.related


def test_a_next_article_label_in_italian_points_along(tmp_path):
    term = one(tmp_path, "forno.txt", """Il forno a legna è una camera di mattoni refrattari scaldata bruciando legna al suo interno, usata per cuocere il pane.

Manutenzione
La cenere si toglie ogni mattina prima di accendere il fuoco, e la volta va controllata ogni anno per trovare le crepe.
Il forno va comunque ispezionato ogni stagione: mattoni refrattari, volta e canna fumaria devono essere verificati da un fumista.
Nel prossimo articolo: come scegliere la legna giusta.
""")
    (care,) = term.sections
    assert care.text.endswith("devono essere verificati da un fumista.")
    assert "Nel prossimo articolo: come scegliere la legna giusta." in term.related


def test_a_sentence_after_a_quotation_in_marks_stays_with_its_section(tmp_path):
    term = one(tmp_path, "kiln.txt", """A climbing kiln is a row of firing chambers built up a slope, each heated by the one below it.

Firing
Each chamber is stoked through side ports once the one below it glows, working slowly up the hill.

"Let the fire climb; never push it."

Potters still fire some kilns only twice a year because a single firing needs so much wood and labour.
""")
    (firing,) = term.sections
    assert "only twice a year" in firing.text
    assert not term.related
