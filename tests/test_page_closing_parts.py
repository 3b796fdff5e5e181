"""Where a page's own text ends and the site's begins: an explanation that speaks of signing in
with "you" meaning anyone is the term's text; the site's help under a heading naming it, and a
short promotion under the page's closing rule, are the site's."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import written_terms
from flashgen.readers.noise import is_promotion, is_signup, is_site_help_heading, noise_kind


def one(tmp_path: Path, name: str, text: str):
    (term,) = written_terms(tmp_path, name, text, "closing")
    return term


def kept_text(term) -> str:
    return " ".join([term.definition, *(s.text for s in term.sections)])


# Explanations of a mechanism that name a step of signing in, "you" standing for anyone.
EXPLAINED = [
    "A mail server cannot tell who you are until after login, so it hands the client a ticket it must show again.",
    "When a user signs in, the directory service issues a short-lived ticket that every file server accepts.",
    "Each login attempt is counted, and after five failures the account is locked for a quarter of an hour.",
    "Single sign-on works because the identity provider keeps one session for you across every linked service.",
]
# The same words asking the reader to sign in or up.
PROMPTS = [
    "Log in to keep your streak and see the cards you saved last week.",
    "Once you sign up, you'll get a fresh practice quiz in your inbox every Monday.",
    "You must log in before you can post a reply to this thread.",
    "Sign up after login to receive our monthly digest.",
]


@pytest.mark.parametrize("line", EXPLAINED)
def test_an_explanation_of_signing_in_is_no_prompt(line):
    assert noise_kind(line) is None


@pytest.mark.parametrize("line", PROMPTS)
def test_a_prompt_to_sign_in_or_up_stays_one(line):
    assert is_signup(line)


def test_a_section_explaining_a_login_with_generic_you_is_kept(tmp_path):
    term = one(tmp_path, "ticket.md", """# Kerberos ticket

A Kerberos ticket is an encrypted record that proves a user's identity to a network service without sending a password.

## Background

A file server on its own cannot tell who you are after login, so the ticket-granting service hands the client a ticket that it presents with each later request. The ticket expires after a few hours, which limits what a copied one is worth.

## How it works

The client asks the key distribution centre for a ticket, and the centre encrypts it with a key only the service knows.
""")
    assert [s.heading for s in term.sections] == ["Background", "How it works"]
    assert "cannot tell who you are after login" in term.sections[0].text
    assert not term.discarded


# Headings over the site's own help, and over questions about the term.
@pytest.mark.parametrize("heading", ["Help", "About us", "Customer support", "FAQ about Lumino",
                                     "Questions about our plans", "Frequently asked questions on the app"])
def test_a_heading_naming_the_sites_help_is_the_sites(heading):
    assert is_site_help_heading(heading, "Tidal range: the tidal range is the height between high and low water.")


@pytest.mark.parametrize("heading", ["FAQ about tidal range", "Questions about tides", "How it works", "FAQ",
                                     "Support"])
def test_a_heading_over_the_terms_questions_or_a_section_is_not_the_sites(heading):
    assert not is_site_help_heading(heading, "Tidal range: the tidal range is the height between high and low "
                                             "water, which tides raise and lower.")


def test_the_sites_faq_below_the_closing_rule_makes_no_topic(tmp_path):
    term = one(tmp_path, "tidal-range.md", """# Tidal range

The tidal range is the difference in height between high water and the following low water at one place.

### Why it matters

Harbour pilots need the range to know when a deep-keeled ship can cross the bar, and tidal power schemes are worth building only where the range is large.

### History

The first long records of range were kept at the London docks in the eighteenth century, where clerks wrote down the height of each tide by hand.

---

**FAQ about Lumino**

**Can I share my Lumino charts?**
Sharing is open to every Plus member from the chart menu.

**Does Lumino work offline?**
Yes. The app keeps the last week of charts on the phone.
""")
    assert [s.heading for s in term.sections] == ["Why it matters", "History"]
    assert term.sections[-1].text.endswith("height of each tide by hand.")
    assert "Lumino" not in kept_text(term)
    assert "**FAQ about Lumino**" in term.discarded
    assert any("keeps the last week" in line for line in term.discarded)


def test_questions_about_the_term_under_an_faq_heading_stay(tmp_path):
    term = one(tmp_path, "tidal-range-faq.md", """# Tidal range

The tidal range is the difference in height between high water and the following low water at one place.

### FAQ about tidal range

**Why is the tidal range larger at spring tides?**
At spring tides the pulls of the sun and the moon line up, so high water is higher and low water lower than usual.
""")
    assert [s.heading for s in term.sections] == ["FAQ about tidal range"]
    assert "pulls of the sun and the moon" in term.sections[0].text


# Shows, episodes and apps of the site, announced.
RELEASES = [
    "🎙️ New episode of The Kiln Hour podcast: \"Glazes that crawl\" — listen on any app.",
    "Latest webinar: pricing pots for a craft fair, with our studio manager.",
    "Out now: the Glazebook app for logging firings.",
    "Free webinar: three kiln myths that waste power.",
]
# Sentences of a field that speaks of such things.
OF_THE_FIELD = [
    "A podcast is a run of audio episodes that listeners download or stream from a feed.",
    "New episodes of a soap opera were recorded a week before they were broadcast.",
    "New apps are often held in a sandbox until the user grants them access.",
    "Free radicals take an electron from the lipids of a cell membrane.",
]


@pytest.mark.parametrize("line", RELEASES)
def test_an_announced_show_or_app_is_a_promotion(line):
    assert is_promotion(line)


@pytest.mark.parametrize("line", OF_THE_FIELD)
def test_a_fields_sentence_about_shows_and_apps_is_no_promotion(line):
    assert not is_promotion(line)


def test_a_short_line_below_the_closing_rule_is_no_paragraph_of_the_last_section(tmp_path):
    term = one(tmp_path, "crawling.md", """# Crawling

Crawling is a glaze fault in which the molten glaze pulls back from parts of the pot and leaves bare clay.

## Causes

Dust, oil or a glaze laid on too thick keeps the melt from wetting the clay, so surface tension draws it into islands.

---

Thanks to Mira and the Tuesday evening class for the test tiles.

Photos © 2026 Northside Clay Studio
""")
    (causes,) = term.sections
    assert causes.text.endswith("draws it into islands.")
    assert "Tuesday evening class" not in kept_text(term)


def test_below_the_closing_rule_a_paragraph_naming_the_term_stays(tmp_path):
    term = one(tmp_path, "shivering.md", """# Shivering

Shivering is a glaze fault in which the glaze flakes off the rims and edges of a pot after firing.

## Causes

The glaze shrinks less than the clay body as the pot cools, so it is squeezed until it lifts away at the edges.

---

Shivering can appear weeks after the firing, so test pieces are best kept for a month before the glaze is trusted.
""")
    (causes,) = term.sections
    assert causes.text.endswith("before the glaze is trusted.")


def test_a_long_second_paragraph_of_the_last_section_stays(tmp_path):
    term = one(tmp_path, "dunting.txt", """Dunting

Dunting is the cracking of a fired pot while it cools, when one part of it shrinks faster than another.

Prevention

Cool the kiln slowly through the two quartz inversions, near 573 and 226 degrees Celsius.

A second cause is uneven thickness: a heavy foot beside a thin wall cools at another rate, and the strain gathers where they meet, so potters trim the foot to match the wall and keep the kiln shut until it has fallen below a hundred degrees.
""")
    (prevention,) = term.sections
    assert prevention.text.endswith("fallen below a hundred degrees.")
