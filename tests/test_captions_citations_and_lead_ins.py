"""An article's image credits, its "Cite this page" box, a pronunciation line, and a blogger's
lead-in above a "What is X?" section: the site's or the writer's, never the term's text."""

from __future__ import annotations

from pathlib import Path

from flashgen.readers import read_pages
from flashgen.readers.lines import heading_text
from flashgen.readers.noise import is_image_credit


def read(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    [term] = read_pages([page], "deck").terms
    return term


_GALLERY = """<html><body><main><article>
<div class="lead-image"><img src="/img/bowl.jpg" alt="A lacquer bowl">
<p>Lid of a box, Kyoto, Edo period (1700s). Object no. K.1931.77. © Ashdown Gallery</p></div>
<h1>Maki-e</h1>
<p>/makiˈe/ · from Japanese, "sprinkled picture"</p>
<p>Maki-e is a Japanese lacquer technique in which gold or silver powder is sprinkled onto wet
lacquer to draw a design.</p>
<h2>Origin</h2>
<p>The technique was refined at the Heian court, where boxes for letters and writing tools were made with it.</p>
<h2>Cite this page</h2>
<p>Okada, R. "Maki-e." Ashdown Gallery, Collections Online. Accessed 2024.</p>
</article></main></body></html>"""


def test_image_credit_pronunciation_and_citation_box_are_set_aside(tmp_path):
    term = read(tmp_path, "maki-e.html", _GALLERY)
    assert term.name == "Maki-e"
    assert term.definition.startswith("Maki-e is a Japanese lacquer technique")
    assert [s.heading for s in term.sections] == ["Origin"]
    assert any(line.startswith("Lid of a box, Kyoto") for line in term.discarded)
    assert 'Okada, R. "Maki-e." Ashdown Gallery, Collections Online. Accessed 2024.' in term.related
    on_cards = term.definition + " ".join(s.text for s in term.sections)
    assert "K.1931.77" not in on_cards and "Accessed" not in on_cards and "sprinkled picture" not in on_cards


def test_image_credit_lines_by_their_nature():
    assert is_image_credit("Lid of a box, Kyoto. Object no. K.1931.77. © Ashdown Gallery")
    assert is_image_credit("Photo: Lena Marsh")
    assert is_image_credit("Accession number 1921.4, given by the artist")
    # The term's own sentences about numbers and symbols are no credits.
    assert not is_image_credit("Maki-e pieces were often numbered in sets of twelve by the workshop.")
    assert not is_image_credit("The © sign marks a work as protected by copyright.")
    assert not is_image_credit("Imaging plates are read by a laser scanner after exposure.")


def test_a_transcription_is_no_heading_but_a_path_or_a_heading_still_is():
    assert heading_text("/ˈfɜːn/ · from German") is None
    assert heading_text("[ˈkʊŋfu]") is None
    assert heading_text("/etc/hosts") == "/etc/hosts"
    assert heading_text("How it was made") == "How it was made"


def test_a_citation_heading_is_not_a_topic_but_a_references_section_still_points_away(tmp_path):
    text = ("# Maki-e\n\nMaki-e is a Japanese lacquer technique in which gold powder is sprinkled on wet lacquer.\n\n"
            "## How to cite\n\nOkada, R. \"Maki-e.\" Ashdown Gallery. Accessed 2024.\n\n"
            "## Significance\n\nMaki-e boxes were among the most prized gifts at the Edo court.\n")
    term = read(tmp_path, "maki-e.md", text)
    assert [s.heading for s in term.sections] == ["Significance"]
    assert 'Okada, R. "Maki-e." Ashdown Gallery. Accessed 2024.' in term.related


_BLOG = """<html><body><main><article>
<h1>Bolting: why your lettuce shot up overnight</h1>
<p>Half the allotment asked me about this at the weekend, so I promised a write-up. Grab a tea!</p>
<h2>What is bolting?</h2>
<p><strong>Bolting</strong> is the sudden growth of a flowering stem on a leaf or root crop, after which
the leaves turn bitter and tough.</p>
<h2>How it works</h2>
<p>Long days and heat tell the plant to flower. It moves its sugars from the leaves into the new stem.</p>
<ul><li><strong>Lettuce:</strong> bolts in hot, dry spells.</li>
<li><strong>Spinach:</strong> bolts as the days lengthen.</li></ul>
</article></main></body></html>"""


def test_a_what_is_heading_under_a_chatty_lead_in_gives_the_term_and_its_definition(tmp_path):
    term = read(tmp_path, "bolting.html", _BLOG)
    assert term.name == "Bolting" and term.id == "bolting"
    assert term.definition.startswith("Bolting is the sudden growth of a flowering stem")
    assert [s.heading for s in term.sections] == ["How it works"]
    # The lead-in is kept with related reading, not lost and not on a card.
    assert any(line.startswith("Half the allotment asked me") for line in term.related)
    # Emphasis marks never reach a card, a list item's lead-in included.
    assert "- Lettuce: bolts in hot, dry spells." in term.sections[0].text
    assert "**" not in term.sections[0].text


def test_a_what_is_heading_stays_a_section_when_the_opening_defines_the_term(tmp_path):
    page = _BLOG.replace("Half the allotment asked me about this at the weekend, so I promised a write-up. Grab a tea!",
                         "Bolting is when a crop runs to seed early, a common summer problem on allotments.")
    term = read(tmp_path, "bolting.html", page)
    assert term.definition.startswith("Bolting is when a crop runs to seed early")
    assert not any(line.startswith("Bolting is when") for line in term.related)
    # The question's paragraph stays the term's text, where it stood.
    assert any("sudden growth of a flowering stem" in s.text for s in term.sections)
