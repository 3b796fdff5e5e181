"""Reference lists, links aimed at the reader, shop lines and a page's closing lines stay off the cards."""

from __future__ import annotations

import pytest

from flashgen.readers import read_pages
from flashgen.readers.naming import name_and_aliases, split_abbreviation
from flashgen.readers.noise import is_citation


def read_all(tmp_path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "deck").terms


def read_one(tmp_path, name: str, text: str):
    (term,) = read_all(tmp_path, name, text)
    return term


VET_PAGE = """<html><body><main><article>
<h1>Strangles</h1>
<p>Strangles is a contagious infection of the upper airways of horses caused by the bacterium Streptococcus equi, which makes the lymph nodes under the jaw swell and burst.</p>
<h2>How it spreads</h2>
<p>Horses pass it on by nose-to-nose contact and through shared buckets, tack and the hands of handlers. A recovered horse can carry the bacterium in its guttural pouches for months.</p>
<p>Okafor C. Silent carriers. Vet Rec. 2020;186(4):120–124.</p>
<h2>Further reading</h2>
<ol>
<li>Lindqvist M, Boyd R, Tanaka S. Guttural pouch carriage of Streptococcus equi. Equine Vet J. 2018;50(2):112–119.</li>
<li>Royal Society for Equine Health. Owner guide: isolating a sick horse. 2021.</li>
<li>Haas, P. J., &amp; Moreno, L. (2016). Vaccines against strangles. Vaccine, 34(7), 801–808.</li>
</ol>
<h2>Das könnte dich auch interessieren</h2>
<ul><li><a>Colic in older ponies: the warning signs</a></li><li><a>Choosing a hay net for a greedy horse</a></li></ul>
</article></main></body></html>
"""


def test_a_reference_list_is_no_topic_and_no_citation_reaches_a_card(tmp_path):
    term = read_one(tmp_path, "strangles.html", VET_PAGE)
    assert [s.heading for s in term.sections] == ["How it spreads"]
    text = term.definition + " ".join(s.text for s in term.sections)
    for cited in ("Lindqvist", "Royal Society for Equine Health", "Haas", "Okafor", "2018;50"):
        assert cited not in text
    assert "guttural pouches for months" in text
    assert any("Lindqvist M, Boyd R" in line for line in term.related)
    assert any("Okafor C. Silent carriers" in line for line in term.related)


def test_a_heading_that_speaks_to_the_reader_over_headlines_is_a_link_block(tmp_path):
    term = read_one(tmp_path, "strangles.html", VET_PAGE)
    assert not any("interessieren" in s.heading for s in term.sections)
    assert any("Colic in older ponies" in line for line in term.related)


@pytest.mark.parametrize("line, cited", [
    ("Lindqvist M, Boyd R. Guttural pouch carriage. Equine Vet J. 2018;50(2):112–119.", True),
    ("Haas, P. J., & Moreno, L. (2016). Vaccines. Vaccine, 34(7), 801–808.", True),
    ("See doi: 10.1000/xyz123 for the data.", True),
    ("The mixing ratio is 1:40 and the pump gives 2 L per minute.", False),
    ("Horses A, B and C were isolated on 3 May.", False),
])
def test_citations_are_told_by_their_shape(line, cited):
    assert is_citation(line) is cited


# An orchard page copied without blank lines: a shop heading and its price line between the
# real sections, and a pointer to the next article run on into the last paragraph.
ORCHARD_PAGE = """\
Formative pruning
Formative pruning is the cutting a young fruit tree receives in its first three or four winters to build a strong, open framework of branches before it starts to crop.
Why it matters
A tree left to itself grows crowded, shaded wood that fruits poorly and snaps under a heavy crop. Early cuts are small and heal fast.
Buy pruning saws
Our favourite folding saw is back in stock. Add to cart – $34.99
Key cuts
- heading back the leader by a third
- removing branches with narrow crotches
- thinning shoots that cross the centre
Cut just above an outward-facing bud so that the new shoot grows away from the middle of the tree and the crown stays open.
When is it done?
Apples and pears are pruned in winter while dormant, but stone fruit such as plums and cherries are cut in summer to avoid silver leaf disease.
Use clean, sharp tools and never remove more than a quarter of the crown in one year.
Coming up in our orchard series: renovating an old, neglected apple tree.
"""


def test_a_shop_heading_and_its_price_swallow_no_section_after_them(tmp_path):
    term = read_one(tmp_path, "formative-pruning.txt", ORCHARD_PAGE)
    assert [s.heading for s in term.sections] == ["Why it matters", "Key cuts", "When is it done?"]
    cards = " ".join(s.text for s in term.sections)
    assert "Add to cart" not in cards and "$34.99" not in cards
    assert "outward-facing bud" in term.sections[1].text


def test_a_pointer_to_the_next_article_leaves_the_last_section(tmp_path):
    term = read_one(tmp_path, "formative-pruning.txt", ORCHARD_PAGE)
    last = term.sections[-1].text
    assert "never remove more than a quarter" in last
    assert "Coming up" not in last
    assert "Coming up in our orchard series: renovating an old, neglected apple tree." in term.related


def test_a_question_to_the_reader_then_the_next_issue_leaves_the_last_section(tmp_path):
    page = ORCHARD_PAGE.replace("Coming up in our orchard series: renovating an old, neglected apple tree.",
                                "Curious? Next week: grafting a new variety onto an old stump.")
    term = read_one(tmp_path, "formative-pruning.txt", page)
    assert term.sections[-1].text.endswith("a quarter of the crown in one year.")
    assert "Curious? Next week: grafting a new variety onto an old stump." in term.related


SAILING_LIST = """\
# Dinghy sailing A to Z

## B

Boom
: The horizontal spar along the foot of the mainsail, which swings across the boat when it tacks or gybes.

## C

Cleat
: A fitting that holds a rope under load without a knot, so that it can be released quickly.

## K

Kicker
: The line or strut that holds the boom down and controls the twist of the mainsail.
"""


@pytest.mark.parametrize("closing", [
    "\n---\n\nClub nights are on Thursdays from April. Membership £40 a season.\n\n"
    "*Always wear a buoyancy aid on the water. Page updated March 2025.*\n",
    "\nClub nights are on Thursdays from April. Membership £40 a season.\n\n"
    "*Always wear a buoyancy aid on the water. Page updated March 2025.*\n",
], ids=["after-a-rule", "no-rule"])
def test_a_glossarys_closing_lines_stay_off_its_last_entry(tmp_path, closing):
    terms = read_all(tmp_path, "dinghy-glossary.md", SAILING_LIST + closing)
    assert [t.name for t in terms] == ["Boom", "Cleat", "Kicker"]
    kicker = terms[-1]
    text = kicker.definition + " ".join(s.text for s in kicker.sections)
    assert "twist of the mainsail" in text
    assert "Club nights" not in text and "buoyancy aid" not in text
    assert any("Club nights" in line for line in kicker.discarded)


def test_a_plural_in_brackets_is_the_names_other_form_without_its_label():
    assert split_abbreviation("Cactus (pl. cacti)") == ("Cactus", "cacti")
    assert split_abbreviation("Stoma (plural: stomata)") == ("Stoma", "stomata")
    assert split_abbreviation("Sepal (n.)") == ("Sepal (n.)", None)


@pytest.mark.parametrize("sentence, alias", [
    ("De spouwmuur (ook wel holle muur) is een muur van twee lagen met lucht ertussen.", "holle muur"),
    ("Een dakkapel, ook wel genoemd dakvenster, is een uitbouw in een schuin dak.", "dakvenster"),
    ("A taipa, também chamada taipa de pilão, é uma parede de terra compactada.", "taipa de pilão"),
])
def test_also_called_is_read_in_dutch_and_portuguese(sentence, alias):
    _, aliases = name_and_aliases(sentence, None, "page.txt", 1)
    assert alias in aliases
