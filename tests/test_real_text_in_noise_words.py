"""A field's own sentences that use the words of site noise stay; the noise they resemble is still set aside.

Consent in medicine and law, "subscribe" in messaging, a press of a button told of in law,
care advice that stores and keeps, a rule stated with "you never", an offer named by the
thing it defines, a question whose "you" is anyone: each beside a banner, prompt or teaser
of the same words.
"""

from __future__ import annotations

import pytest

from flashgen.readers import read_pages
from flashgen.readers.noise import is_customer_question, noise_kind

KEPT = [
    # The site's voice in another sentence than the consent.
    "An adult with capacity gives consent for their own treatment. For a child, a parent usually gives "
    "consent. We call this Gillick competence.",
    # Someone else's consent, and a data law cited, told to the reader as a duty.
    "Under GDPR you need the subscriber's freely given consent before you send marketing email.",
    "You must record the patient's written consent before the operation starts.",
    # A press of a button that a statement is about.
    'Clicking "I agree" on a checkout page can form a contract, if the terms were reasonably brought '
    "to the user's attention.",
    # Subscribing told of in the third person, the reader spoken to in another sentence.
    "A client that needs to subscribe to webhooks asks for a separate scope. Accept only the scopes you need.",
    # A sign-up word naming a defined thing.
    "Sign-up bonus: cash or points a bank pays when you open an account and meet a spending target.",
    # A verb that is also a shop's noun, and the reader in another sentence.
    "Store unopened pens in the fridge at 2 to 8 °C. Keep the pen you are using at room temperature for "
    "up to 28 days.",
    # A rule stated with "you never".
    'Statisticians avoid saying "accept the null hypothesis". You never prove the null; you only fail to '
    "find evidence against it.",
    # Shop talk inside a sentence that says what a thing is.
    "A lead magnet is a free item, such as a checklist or a free trial, offered in exchange for an email address.",
]

STILL_NOISE = [
    ("We ask for your consent before we set cookies.", "banner"),
    ("You can withdraw your consent to cookies at any time in the settings.", "banner"),
    ('By clicking "Accept" you agree to our use of cookies.', "banner"),
    ('Clicking "Accept all" means you agree to the storing of cookies on your device.', "banner"),
    ('Tap "Allow all" to agree.', "banner"),
    ("Webhooks are handy. Subscribe to our newsletter for more tips like this.", "signup"),
    ("Newsletter sign-up: get our picks in your inbox.", "signup"),
    ("Newsletter: a weekly digest of our best posts.", "signup"),
    ("You'll never look at bread the same way.", "promotion"),
    ("Start your free trial today.", "promotion"),
    ("A free trial is yours for 14 days.", "promotion"),
]


@pytest.mark.parametrize("line", KEPT)
def test_real_sentences_in_noise_words_are_no_noise(line):
    assert noise_kind(line) is None


@pytest.mark.parametrize(("line", "kind"), STILL_NOISE)
def test_the_noise_they_resemble_is_still_noise(line, kind):
    assert noise_kind(line) == kind


def test_a_question_whose_you_is_anyone_is_no_customer_question():
    names = ("Hypothesis test",)
    answer = "It tells you how surprising the data would be if the null were true."
    assert not is_customer_question("What does a p-value tell you?", answer, names)
    assert not is_customer_question("What does a failed test show you about the sample?", answer, names)
    # The reader asking, or asked, about their own case is the FAQ's.
    assert is_customer_question("Do you ship abroad?", "Yes, to most countries in Europe.", names)
    assert is_customer_question("Can I keep my notes after the course?", "Yes, they stay yours.", names)


def _read(tmp_path, text, name="page.txt"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "probe").terms
    return term


LAW_PAGE = """Offer and Acceptance

Offer and acceptance are the two steps that form a contract: one party proposes definite terms, and the other agrees to them without change.

Acceptance
Acceptance must mirror the offer. Silence is not acceptance.

Consent
A contract needs real consent. Consent obtained by misrepresentation, duress or undue influence makes the contract voidable.

Cookies and consent
Under the ePrivacy Directive, a website must obtain the user's consent before it stores cookies that are not strictly necessary. Pre-ticked boxes do not count as consent.

Remedies
Rescission puts both parties back where they were before the contract.
"""


def test_a_consent_word_heading_the_pages_own_text_is_a_heading(tmp_path):
    term = _read(tmp_path, LAW_PAGE)
    headings = [s.heading for s in term.sections]
    assert headings == ["Acceptance", "Consent", "Cookies and consent", "Remedies"]
    assert term.sections[1].text.startswith("A contract needs real consent.")
    assert term.sections[2].text.startswith("Under the ePrivacy Directive")
    assert term.discarded == () and term.related == ()


def test_a_consent_dialogs_tab_over_the_banner_is_still_set_aside(tmp_path):
    page = LAW_PAGE + """
Consent
This website uses cookies to improve your experience and measure visits.
Accept all
"""
    term = _read(tmp_path, page)
    assert [s.heading for s in term.sections][-1] == "Remedies"
    assert term.discarded == ("Consent", "This website uses cookies to improve your experience and measure visits.",
                              "Accept all")


def test_a_sign_up_title_the_text_below_does_not_name_is_still_set_aside(tmp_path):
    page = """# Sourdough starter

A sourdough starter is a culture of wild yeast and lactic acid bacteria kept in flour and water.

## Feeding

Feed the starter once a day with equal weights of flour and water.

## Email newsletter

Fresh bakes and baking science from our kitchen every Friday morning for all readers.
"""
    term = _read(tmp_path, page, "starter.md")
    assert [s.heading for s in term.sections] == ["Feeding"]
    assert "## Email newsletter" in term.discarded


def test_a_patients_question_answered_with_the_term_or_asking_of_it_is_the_terms():
    names = ("Metformin",)
    assert not is_customer_question("Do I need blood tests?", "Your kidney function should be checked once a "
                                    "year, because metformin is cleared by the kidneys.", names)
    assert not is_customer_question("Should I take it with food?", "Yes. A meal reduces stomach upset.", names)
    # The site's own things, and paying, stay the FAQ's.
    assert is_customer_question("Do I need my own kiln?", "No, the studio has two.", ("Raku firing",))
    assert is_customer_question("Can I pay for it by card?", "Yes, at the desk.", names)
    assert is_customer_question("Can I change my date?", "Yes, up to a week before.", names)


@pytest.mark.parametrize(("line", "testimonial"), [
    ("“The colony, not the bee, is the unit of selection.” — E. O. Wilson", False),
    ('"A theory that explains everything explains nothing." — Karl Popper', False),
    ('"So gentle with our old collie, and fair prices too." — Priya, Westbank', True),
    ('"Best course I have taken." — Marta', True),
    ('"Wonderful teaching!" — Jon', True),
])
def test_a_maxim_signed_by_its_author_is_no_testimonial(line, testimonial):
    assert (noise_kind(line) == "banner") is testimonial


LEAFLET = """# Metformin

Metformin is a biguanide drug that lowers blood glucose mainly by reducing glucose production in the liver.

## Can I drink alcohol?

Keep to small amounts. Heavy drinking raises the risk of lactic acidosis.

## What if I forget a dose?

Take the next dose at the usual time. Do not take two doses together.

## Risk

Severe vomiting dehydrates, and dehydration raises the risk of lactic acidosis.
"""


def test_question_headings_among_the_articles_sections_head_its_text(tmp_path):
    term = _read(tmp_path, LEAFLET, "metformin.md")
    assert [s.heading for s in term.sections] == ["Can I drink alcohol?", "What if I forget a dose?", "Risk"]
    assert term.discarded == ()


def test_customer_questions_after_the_article_or_about_paying_are_still_set_aside(tmp_path):
    page = LEAFLET.replace("## Risk", "## How much does the course cost?\n\nThe course fee is £40.\n\n## Risk") + """
## Do I need my own glucose meter?

No, the clinic lends one for the course.
"""
    term = _read(tmp_path, page, "metformin.md")
    assert [s.heading for s in term.sections] == ["Can I drink alcohol?", "What if I forget a dose?", "Risk"]
    assert "## How much does the course cost?" in term.discarded
    assert "## Do I need my own glucose meter?" in term.discarded


@pytest.mark.parametrize(("line", "kind"), [
    # Sent to the reader's own insurer or pharmacist: advice, whatever it promises.
    ("Ask your old insurer for proof of your no-claims years; the new one will need it within 30 days.", None),
    ("Tell your pharmacist if you take St John's wort; it speeds up the breakdown of the pill within days.", None),
    ("Ask our pharmacists: answers within 24 hours.", "promotion"),
    ("Ask your doctor about our free app today.", "promotion"),
    # A lure quoted as the text's example, and the same words as the page's own call.
    ('"Your mailbox is full. Click here to verify your account within 24 hours." is a classic lure.', None),
    ("Click here to verify your account within 24 hours.", "promotion"),
    ('"The best guide to sourdough I have read" — get your copy today!', "promotion"),
])
def test_advice_to_see_ones_own_adviser_and_a_quoted_lure_are_no_calls_to_action(line, kind):
    assert noise_kind(line) == kind


def test_a_closing_label_over_a_clause_that_states_is_the_sections_own(tmp_path):
    page = """No-Claims Discount

A no-claims discount is a reduction in a motor insurance premium for each year the policyholder makes no claim.

When you switch insurers
Ask your old insurer for proof of your no-claims years; the new one will need it within 30 days.

Get a quote before you renew: renewal prices are often higher than new-customer prices.
"""
    term = _read(tmp_path, page, "ncd.txt")
    assert term.sections[-1].text.endswith("renewal prices are often higher than new-customer prices.")
    assert term.related == () and term.discarded == ()
    pointed = _read(tmp_path, page.replace("renewal prices are often higher than new-customer prices.",
                                           "why your premium rises after a claim."), "ncd.txt")
    assert pointed.related == ("Get a quote before you renew: why your premium rises after a claim.",)


@pytest.mark.parametrize(("line", "kind"), [
    ('Subscribe to the "orders" topic to receive every new order event; unsubscribe when the service shuts down.',
     None),
    ("Subscribe to `user.created` to hear of every new account.", None),
    ('Subscribe to "The Weekly Loaf", our newsletter, for a new recipe every Friday.', "signup"),
    ("Subscribe to the newsletter for a new recipe every Friday.", "signup"),
])
def test_subscribing_to_a_named_channel_is_a_step_of_a_messaging_system(line, kind):
    assert noise_kind(line) == kind


def test_a_sign_up_box_whose_prompt_and_newsletter_are_two_sentences_is_still_a_sign_up():
    assert noise_kind("The newsletter lands every Friday. You can unsubscribe anytime.") == "signup"
    assert noise_kind("An unsubscribe rate above 0.5% per send suggests the content does not match what "
                      "subscribers expected.") is None


def test_question_headings_before_only_the_sites_own_parts_are_still_its_faq(tmp_path):
    page = """# Raku firing

Raku firing is a low-temperature pottery technique in which glowing ware is pulled from the kiln into sawdust.

## Do I need to bring my own clay?

No, the studio lends clay and glazes to every student.

## Our studio

The studio has two gas kilns, a glaze room and a covered yard for the reduction bins.
"""
    term = _read(tmp_path, page, "raku.md")
    assert "## Do I need to bring my own clay?" in term.discarded
