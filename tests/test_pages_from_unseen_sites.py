"""Pages saved or copied from sites flashgen has not met before: what the site says about
its own page stays off the cards, headings land on the topic they ask for, and names are
read whole."""

from __future__ import annotations

from pathlib import Path

from flashgen.readers import read_pages


def read_written(tmp_path: Path, name: str, text: str):
    """Return the terms of a page written into ``tmp_path`` under ``name``."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "unseen").terms


def card_text(term) -> str:
    return "\n".join([term.name, *term.aliases, term.definition,
                      *(s.heading + "\n" + s.text for s in term.sections)])


# An immigration adviser's explainer: a disclaimer set off as a quotation under the
# definition, and one in plain prose at the end, each saying the page is no advice.
LEAVE_TO_REMAIN = """\
# Leave to remain

Leave to remain is permission granted by the Home Office for a person to stay in the United
Kingdom for a limited period or without a time limit.

> **Disclaimer:** The guidance here is general and is not legal advice for your own case.

## Context

Applicants usually already hold a visa and ask to extend it from inside the country.

## Risk

Staying after leave has ended can bar a person from returning for up to ten years.

This article is general background and is not immigration advice.
"""


def test_a_page_saying_it_is_no_advice_stays_off_the_cards(tmp_path):
    (term,) = read_written(tmp_path, "leave-to-remain.md", LEAVE_TO_REMAIN)
    text = card_text(term)
    assert "not legal advice" not in text
    assert "not immigration advice" not in text
    assert term.definition.startswith("Leave to remain is permission granted")
    assert "up to ten years" in text
    assert any("not legal advice" in line for line in term.discarded)


# The same words where the text speaks of advice in its own field, and a legal glossary's
# entry named "Disclaimer", stay the text's own.
ADVICE_IN_THE_TEXT = """\
# Execution-only dealing

Execution-only dealing is a trade a broker carries out on a client's instructions without
recommending it.

## Context

A broker's market commentary sent to all clients is not investment advice under the rules.
"""

DISCLAIMER_ENTRY = """\
Glossary of probate terms

Disclaimer: A beneficiary's formal refusal of a gift under a will, which passes it on as if they had died first.
Intestacy: Dying without a valid will, so that the estate passes by the statutory rules.
Executor: The person a will names to gather the estate and pay out the gifts.
"""


def test_advice_spoken_of_by_the_text_itself_is_kept(tmp_path):
    (term,) = read_written(tmp_path, "execution-only.md", ADVICE_IN_THE_TEXT)
    assert "is not investment advice under the rules" in card_text(term)
    terms = read_written(tmp_path, "probate.txt", DISCLAIMER_ENTRY)
    assert [t.name for t in terms] == ["Disclaimer", "Intestacy", "Executor"]
    assert terms[0].definition.startswith("A beneficiary's formal refusal")


# A winemaking explainer whose headings ask for standard topics in words of their own: who
# measures the term, who cares about it, what people get wrong, and how it is used out of doors.
BRIX = """\
# Brix

Brix is a measure of the sugar dissolved in grape juice, one degree being one gram of sucrose
in a hundred grams of solution.

## Why Growers Care

The reading tells a grower when the grapes are ripe enough to pick for the wine they want.

## How Winemakers Measure It

A drop of juice on a refractometer gives the reading in seconds, corrected for temperature.

## Common Mistakes

Sampling only the sunny side of the vines gives a reading well above the true average.

## In the Field

Pickers gather a hundred berries across the block and crush them in a bag before reading.
"""


def test_headings_in_their_own_words_land_on_their_topics(tmp_path):
    (term,) = read_written(tmp_path, "brix.md", BRIX)
    assert {s.heading: s.topic for s in term.sections} == {
        "Why Growers Care": "significance",
        "How Winemakers Measure It": "metric",
        "Common Mistakes": "risk",
        "In the Field": "application",
    }


# A homebrew shop's glossary copied as text: its first line is the shop's name and the page's
# title, parted by a dash as the entries are; one entry's definition ends without a stop.
BREWING_TERMS = """\
Hopfield Homebrew Supply — The Home Brewer's Glossary
Words you will meet on our recipe cards

Attenuation: The share of the wort's sugar that the yeast turns into alcohol and gas.
Krausen – The rocky head of foam that rises on a fermenting beer in its first days.
Lexicon – the stock of words a brewer uses for faults and flavours, such as diacetyl or DMS
Sparging: Rinsing the grain bed with hot water to wash out the last of its sugar.
"""


def test_a_glossary_title_after_the_site_name_is_no_entry(tmp_path):
    page = tmp_path / "brewing.txt"
    page.write_text(BREWING_TERMS, encoding="utf-8")
    run = read_pages([page], "unseen")
    assert [t.name for t in run.terms] == ["Attenuation", "Krausen", "Lexicon", "Sparging"]
    assert not run.warnings
    assert "Hopfield Homebrew Supply — The Home Brewer's Glossary" in run.terms[0].discarded


def test_a_numbered_code_with_a_letter_is_hidden_whole():
    import html
    import re

    from flashgen.cloze import Names, make_cloze

    term = Names("~wifi", ("Wi-Fi 5",))
    cloze = make_cloze("Wi-Fi 5 is the trade name of IEEE 802.11ac, which added 80 MHz channels.", term)
    asked = [html.unescape(h) for h in re.findall(r"\{\{c\d+::(.*?)\}\}", cloze.text)]
    assert not any(h in ("11ac", "IEEE 802", "802") for h in asked), asked
    assert "802.11ac" in re.sub(r"\{\{c\d+::|\}\}", "", cloze.text)
    # A plain decimal and a clock time stay numbers.
    term = Names("~dose", ("Loading dose",))
    cloze = make_cloze("A loading dose of 2.5 mg is given at 10:30 before the first meal.", term)
    assert "2.5 mg" in cloze.text


# A building-physics explainer copied as text, with the site's feedback widget between two
# sections: its question and its buttons each on a line of their own.
THERMAL_BRIDGE = """\
Thermal bridge

A thermal bridge is a part of a building's envelope that lets heat through much faster than
the surrounding wall, such as a steel lintel or an uninsulated slab edge.

Why it matters
Cold spots on the inside face gather condensation, and mould follows within a winter.

Did this page help you?
Yes
No

Finding them
An infrared camera shows the bridges as bright streaks on a cold morning.
"""


def test_a_feedback_question_between_sections_stays_off_the_cards(tmp_path):
    (term,) = read_written(tmp_path, "thermal-bridge.txt", THERMAL_BRIDGE)
    assert "help you" not in card_text(term)
    assert [s.heading for s in term.sections] == ["Why it matters", "Finding them"]
    assert "Did this page help you?" in term.discarded
    (term,) = read_written(tmp_path, "thermal-bridge.txt", THERMAL_BRIDGE.replace(
        "Did this page help you?", "Was this helpful?"))
    assert "helpful" not in card_text(term)
