"""Site noise recognised by what it is: banners, sign-ups, teasers, calls to action, related reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.readers import read_pages
from flashgen.pages import parse_page
from flashgen.readers.noise import is_banner, is_promotion, is_signup, noise_kind

DATA = Path(__file__).parent / "data" / "noise"


def read_one(name: str):
    (term,) = read_pages([DATA / name], "noise").terms
    return term


def card_text(term) -> str:
    return "\n".join([term.name, *term.aliases, term.definition,
                      *(s.heading + "\n" + s.text for s in term.sections)])


# Consent banners in wordings the code has never been told about.
BANNERS = [
    "We value your privacy. We and our partners use cookies to store and access information on your device.",
    "Your privacy matters to us: choose which trackers may run while you browse.",
    "Our site and selected third parties set cookies for measurement and ads.",
    "By clicking Accept, you consent to the storing of cookies on your device.",
    "This site uses small files to remember your consent choices. Learn how we use them.",
    "Cookie Settings",
    "Accept all",
    "Reject all",
    "Manage options",
    "Got it!",
    "Cookies keep this site working. You can switch cookies off at any time.",
]
SIGNUPS = [
    "Sign up for our free newsletter and never miss an update.",
    "Get the latest research in your inbox every Friday.",
    "Join 40,000 readers who get our weekly digest.",
    "Subscribe",
    "Enter your email address to receive the next issue.",
]
PROMOTIONS = [
    "Ask our pharmacists: answers within 24 hours.",
    "Check any two medicines for interactions with our free online tool.",
    "Book your free consultation today.",
    "Sleep, light and stress shape your hormones more than you think.",
    "Download the complete meal plan now.",
    "Top 10 recovery foods for athletes",
]
# Sentences a glossary writes: the noise words in a technical sense, imperatives of
# method, the reader addressed in passing.
PROSE = [
    "SYN cookies let a server answer a SYN flood without keeping state for half-open connections.",
    "A TCP Fast Open cookie lets a returning client send data in its first packet.",
    "Browsers send the Cookie header back with every request to the same origin.",
    "Cookies and white bread raise blood sugar quickly.",
    "Drop cookies are spooned onto the tray, so you get uneven cookies that spread as they bake.",
    "Take the sample before 9 a.m., when cortisol is at its peak.",
    "If you skip breakfast, ghrelin stays high for longer.",
    "Take it on an empty stomach, 30 minutes before you eat.",
    "Check your pulse before each dose.",
    "Informed consent requires that the patient understands the risks of the procedure.",
    "The study enrolled 40,000 adults and followed them for a decade.",
]


@pytest.mark.parametrize("line", BANNERS)
def test_banners_of_any_wording_are_banners(line):
    assert noise_kind(line) == "banner"


@pytest.mark.parametrize("line", SIGNUPS)
def test_signup_prompts_are_recognised(line):
    assert is_signup(line) and not is_banner(line)


@pytest.mark.parametrize("line", PROMOTIONS)
def test_calls_to_action_and_teasers_are_promotions(line):
    assert is_promotion(line)


@pytest.mark.parametrize("line", PROSE)
def test_technical_and_everyday_prose_is_not_noise(line):
    assert noise_kind(line) is None


def test_headlines_signups_and_teasers_after_latest_articles_make_no_topic():
    term = read_one("recovery.txt")
    assert term.name == "Delayed onset muscle soreness" and term.aliases == ("DOMS",)
    assert [s.topic for s in term.sections] == ["mechanism", "application"]
    # The last section's real second paragraph stays; the one-line teaser does not.
    application = term.sections[1].text
    assert application.startswith("Coaches plan a new eccentric load")
    assert "repeated bout effect" in application
    assert "more than you think" not in card_text(term)
    for gone in ("Top 10 recovery foods", "newsletter", "privacy", "Accept all", "Latest articles"):
        assert gone not in card_text(term)
    kept = term.related + term.discarded
    assert "Top 10 recovery foods for athletes" in term.related
    assert "Sleep, light and stress shape your hormones more than you think." in term.related
    assert "Sign up for our free newsletter and never miss an update." in term.discarded
    assert {"Accept all", "Manage options", "Latest articles"} <= set(kept)


def test_calls_to_action_between_sections_are_set_aside():
    term = read_one("interactions.txt")
    assert [s.topic for s in term.sections] == ["mechanism", "risk"]
    text = card_text(term)
    assert "pharmacists" not in text and "online tool" not in text and "trackers" not in text
    assert term.related == ("Ask our pharmacists: answers within 24 hours.",
                            "Check any two medicines for interactions with our free online tool.")
    assert term.discarded == ("Your privacy matters to us: choose which trackers may run while you browse.",
                              "Got it!")


def test_technical_cookie_sentences_stay_on_the_cards():
    term = read_one("syn_cookies.txt")
    assert term.name == "SYN cookies"
    context = next(s.text for s in term.sections if s.topic == "context")
    assert "A TCP Fast Open cookie is a different idea" in context
    assert "Browsers send the Cookie header" in context
    assert term.sections[-1].text.startswith("Because the sequence number has few spare bits")
    assert term.discarded == (
        "Our site and selected third parties set cookies for measurement and ads.",
        "By clicking Accept, you consent to the storing of cookies on your device.",
        "Reject all",
    )


def test_markdown_you_might_also_like_block_and_trailing_prompts():
    term = read_one("ferritin.md")
    assert term.name == "Ferritin"
    assert [s.topic for s in term.sections] == ["metric", "risk"]
    assert term.sections[0].text.endswith("depleted stores in adults.")
    assert term.sections[1].text.startswith("Inflammation raises ferritin")
    assert "Five signs your iron is low" in "\n".join(term.related)
    text = card_text(term)
    for gone in ("inbox", "Five signs", "Read more", "40,000", "consultation", "consent"):
        assert gone not in text


def test_check_counts_set_aside_lines_per_page_and_verbose_lists_them(cli, tmp_path):
    deck = tmp_path / "noise"
    deck.mkdir()
    for name in ("interactions.txt", "syn_cookies.txt"):
        (deck / name).write_bytes((DATA / name).read_bytes())
    run = cli("check", deck)
    assert run.code == 0, run.err
    assert "interactions.txt: 4 lines set aside as site noise" in run.err
    assert "syn_cookies.txt: 3 lines set aside as site noise" in run.err
    assert "Got it!" not in run.err
    verbose = cli("check", deck, "--verbose")
    assert "  discarded: Got it!" in verbose.err
    assert "  related: Ask our pharmacists: answers within 24 hours." in verbose.err


def test_import_keeps_every_set_aside_line(cli, tmp_path):
    out = tmp_path / "decks" / "sport"
    out.parent.mkdir()  # import makes the deck folder, in a folder that exists
    run = cli("import", DATA / "recovery.txt", "--out", out)
    assert run.code == 0, run.err
    import yaml

    data = yaml.safe_load((out / "delayed-onset-muscle-soreness.yaml").read_text(encoding="utf-8"))
    page_lines = [l.strip() for l in (DATA / "recovery.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
    kept = set(data.get("related", [])) | set(data.get("discarded", []))
    on_cards = data["definition"] + "".join(s["heading"] + s["text"] for s in data["sections"])
    for line in page_lines:
        assert line in kept or line in on_cards, line


def test_bylines_contents_feedback_prompts_and_references_stay_off_the_cards():
    term = read_one("tsh.txt")
    assert term.name == "Thyroid-stimulating hormone" and term.aliases == ("TSH",)
    assert term.definition.startswith("Thyroid-stimulating hormone (TSH) is a pituitary hormone")
    assert [s.topic for s in term.sections] == ["mechanism", "metric"]
    assert term.sections[1].text.endswith("0.4 to 4.0 mIU/L.")
    assert term.related == ("1. Smith A. Thyroid testing. J Endocrinol. 2020;12:1-9.",)
    assert {"By Dr. Jane Roe | Updated March 3, 2024", "Medically reviewed by Sam Lee, MD",
            "Table of contents", "Was this article helpful?", "Comments (3)"} <= set(term.discarded)


@pytest.mark.parametrize("line", ["By contrast, the liver stores glycogen.",
                                  "Updated guidelines lower the threshold to 6.5%.",
                                  "By week two most symptoms fade."])
def test_prose_that_opens_like_a_byline_is_not_noise(line):
    assert noise_kind(line) is None


def test_breadcrumbs_affiliate_notes_and_consent_answers_are_set_aside():
    term = read_one("melatonin.txt")
    assert term.name == "Melatonin"
    assert term.definition.startswith("Melatonin is a hormone of the pineal gland")
    assert [s.topic for s in term.sections] == ["key-facts", "application"]
    assert term.related == ("Can magnesium fix your sleep overnight?",)
    assert {"Home > Hormones > Melatonin", "Trending now", "Yes, I'm happy", "No thanks"} <= set(term.discarded)
    assert any("affiliate links" in line for line in term.discarded)


def test_consent_asked_for_by_an_action_and_a_posted_by_line_are_noise():
    page = ("Stayman is a bidding convention in contract bridge that asks for a four-card major.\n"
            "Posted by Dana Whitfield, Club Director\n"
            "Hi! We use tiny data crumbs to make this site run better. By tapping Sounds good you "
            "are fine with that.\n"
            "History\nIt was published in 1945.\n")
    term = parse_page(page, "pages/stayman.txt", "bridge")
    assert [s.heading for s in term.sections] == ["History"]
    on_cards = " ".join([term.definition, *(s.text for s in term.sections)])
    assert "crumbs" not in on_cards and "Dana" not in on_cards
    assert any("crumbs" in line for line in term.discarded)


def test_agreeing_by_an_action_in_prose_stays():
    page = ("Informed consent is a patient's agreement to a procedure after being told its risks.\n"
            "Context\nBy continuing with the operation, the surgeon accepts responsibility for it.\n")
    term = parse_page(page, "pages/consent.txt", "ethics")
    assert "surgeon accepts" in term.sections[0].text
