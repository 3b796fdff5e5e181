"""Names on pages from new fields: bracketed parts are aliases, spelled-out abbreviations too."""

from __future__ import annotations

from pathlib import Path

from flashgen.cards import load_templates, plain_text, render_deck
from flashgen.model import Deck
from flashgen.readers import read_pages
from flashgen.topics import topic_key


def read(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "fields").terms


def names(terms) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {t.id: (t.name, t.aliases) for t in terms}


def test_a_bracketed_expansion_in_a_table_is_an_alias(tmp_path):
    terms = read(tmp_path, "net.html", """<html><body><main><table>
<tr><td>RTT (round-trip time)</td><td>The time a signal takes to reach a host and come back.</td></tr>
<tr><td>Jitter</td><td>The variation in delay between packets that arrive one after another.</td></tr>
<tr><td>Latency</td><td>The delay between sending a packet and its arrival at the far end.</td></tr>
</table></main></body></html>""")
    assert names(terms)["rtt"] == ("RTT", ("round-trip time",))


def test_a_bracketed_part_of_a_definition_list_term_is_an_alias(tmp_path):
    terms = read(tmp_path, "flight.html", """<html><body><main><dl>
<dt>V<sub>NE</sub> (never-exceed speed)</dt><dd>The airspeed the aircraft must not pass in any flight.</dd>
<dt>Yaw</dt><dd>The turning of the nose to the left or right about the vertical axis.</dd>
</dl></main></body></html>""")
    assert names(terms)["vne"] == ("VNE", ("never-exceed speed",))


def test_a_lower_case_abbreviation_in_a_text_glossary_is_an_alias(tmp_path):
    terms = read(tmp_path, "knit.txt", """Knitting Glossary

Knit two together (k2tog): A decrease made by knitting two stitches as if they were one.
Slip stitch (sl): A stitch moved from one needle to the other without working it.
Stockinette: A fabric of knit rows on the right side and purl rows on the wrong side.
Swatch (noun): A small square knitted to check the gauge before a project starts.
""")
    found = names(terms)
    assert found["knit-two-together"] == ("Knit two together", ("k2tog",))
    assert found["slip-stitch"] == ("Slip stitch", ("sl",))
    # A word-class label is not another name.
    assert found["swatch-noun"] == ("Swatch (noun)", ())


def test_an_abbreviation_titled_page_takes_its_spelled_out_form_as_alias(tmp_path):
    (term,) = read(tmp_path, "ripv2.txt", """RIP
Routing Information Protocol (RIP) is a distance-vector routing protocol that counts hops to pick a route.

Context
It suits small networks, since a route may be at most fifteen hops long.
""")
    assert term.name == "RIP" and term.aliases == ("Routing Information Protocol",)
    deck = Deck(id="fields", title="Fields", terms=(term,), kinds=("reverse",))
    (card,) = [c for c in render_deck(deck, load_templates()) if c.kind == "reverse"]
    assert "Routing Information Protocol" not in plain_text(card.front)
    assert "distance-vector routing protocol" in plain_text(card.front)


def test_glossary_abbreviations_take_the_words_their_initials_spell(tmp_path):
    terms = read(tmp_path, "aviation.txt", """Aviation Glossary

VOR: VHF omnidirectional range is a ground radio beacon that gives an aircraft its bearing.
ETA: The estimated time of arrival is when a flight is expected to land.
QNH: The altimeter setting that makes the instrument read the elevation of the field on the ground.
IFR: Instrument flight rules govern flights made by reference to the instruments alone.
DoD: Department of Defense is the ministry that runs the armed forces of the United States.
""")
    found = names(terms)
    assert found["vor"] == ("VOR", ("VHF omnidirectional range",))
    assert found["eta"] == ("ETA", ("estimated time of arrival",))
    assert found["ifr"] == ("IFR", ("Instrument flight rules",))
    assert found["dod"] == ("DoD", ("Department of Defense",))
    # No words of the definition spell QNH: no alias is made up.
    assert found["qnh"] == ("QNH", ())


def test_a_spelled_out_name_with_its_abbreviation_still_works(tmp_path):
    (term,) = read(tmp_path, "ospf.txt", """Intermediate System to Intermediate System (IS-IS) is a link-state routing protocol used inside large provider networks.
""")
    assert term.name == "Intermediate System to Intermediate System" and term.aliases == ("IS-IS",)


def test_question_headings_about_calculating_are_metric():
    for heading in ("How It's Calculated", "How It’s Assessed", "How Is It Estimated?",
                    "How to Calculate", "How It's Measured"):
        assert topic_key(heading) == "metric", heading
    for heading in ("How It Works", "How To Tie It"):
        assert topic_key(heading) != "metric", heading
