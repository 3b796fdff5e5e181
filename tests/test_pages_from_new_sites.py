"""Pages from sites of kinds not met before: the site's lines between a title and the
paragraph that names it, other names the definition gives in every form, and the site's
words after a list or a page of entries."""

from __future__ import annotations

from pathlib import Path

from flashgen.readers import read_pages
from flashgen.readers.noise import is_banner
from flashgen.topics import topic_key
from test_unseen_sites import card_text
from test_unseen_sites import read_one as read_written


def assert_named_past(term, name: str, aliases: tuple[str, ...], opening: str, site: tuple[str, ...]) -> None:
    """Assert the term's name, aliases and opening, and that none of the site's words is on it."""
    assert (term.name, term.aliases) == (name, aliases)
    assert term.definition.startswith(opening)
    text = card_text(term)
    for words in site:
        assert words not in text, words


# A wiki's export: the title, the wiki's own line, then its note in italics on what the
# article is not about, and only then the paragraph that names the title.
WIKI_WITH_NOTE = """\
# Schneeschimmel

Aus PflanzenWiki, der offenen Sammlung über Krankheiten und Schädlinge im Garten

*Dieser Artikel behandelt die Pilzkrankheit. Zum Schimmel an Lebensmitteln siehe [[Lebensmittelschimmel]].*

**Schneeschimmel** (auch **Schneefäule** oder **Fusarium-Schneeschimmel** genannt) ist eine Pilzkrankheit \
von Gräsern und Wintergetreide, die sich unter einer lange liegenden Schneedecke ausbreitet.

## Ursachen

Der Pilz wächst bei Temperaturen knapp über dem Gefrierpunkt, wenn der Boden unter dem Schnee nicht friert.
"""


def test_a_wiki_line_and_its_italic_note_under_the_title_are_the_sites(tmp_path):
    term = read_written(tmp_path, "schneeschimmel.md", WIKI_WITH_NOTE)
    assert_named_past(term, "Schneeschimmel", ("Schneefäule", "Fusarium-Schneeschimmel"),
                      "Schneeschimmel (auch Schneefäule", ("PflanzenWiki", "Lebensmitteln"))
    assert any("PflanzenWiki" in line for line in term.discarded + term.related)
    assert any("Lebensmitteln" in line for line in term.discarded + term.related)


# The same shape with one italic line that does name the term in its first sentence: it is
# the definition, not a note.
ITALIC_DEFINITION = """\
# Snow mould

*Snow mould is a fungal disease of turf that spreads under lasting snow cover.*

## Causes

The fungus grows just above freezing when the ground under the snow stays unfrozen.
"""


def test_an_italic_line_that_names_the_title_is_the_definition(tmp_path):
    term = read_written(tmp_path, "snow-mould.md", ITALIC_DEFINITION)
    assert term.name == "Snow mould"
    assert term.definition.startswith("Snow mould is a fungal disease")


# A student's notes: a numbered lecture title, a course callout (room, reading) under it,
# and a definition that sets the term and its other names in emphasis.
LECTURE_NOTES = """\
# Session 4: The cobra effect

> [!info] Week 4 · Dr. Okonkwo · Hall C3
> Reading: chapter 2.1 before class.

The **cobra effect** (also *perverse incentive* or *backfire incentive*) is what happens when a \
reward meant to reduce a problem makes people produce more of it.

## Context

A colonial bounty on dead snakes led breeders to farm them for the reward.
"""


def test_a_course_callout_under_a_numbered_title_is_no_definition(tmp_path):
    term = read_written(tmp_path, "cobra.md", LECTURE_NOTES)
    assert_named_past(term, "Cobra effect", ("perverse incentive", "backfire incentive"),
                      "The cobra effect (also perverse incentive", ("Hall C3", "chapter 2.1"))


def name_and_aliases(tmp_path: Path, text: str):
    term = read_written(tmp_path, "page.txt", text + "\n\nHow it works\nThe parts are fitted in order.\n")
    return term.name, term.aliases


def test_a_later_sentence_gives_another_name_and_its_abbreviation(tmp_path):
    assert name_and_aliases(tmp_path, (
        "Cupping therapy is a treatment in which heated cups are set on the skin to draw it up. "
        "It is sometimes called suction therapy (ST), and it leaves round marks for days.")) == (
        "Cupping therapy", ("suction therapy", "ST"))


def test_people_who_call_the_term_another_name_give_an_alias(tmp_path):
    assert name_and_aliases(tmp_path, (
        "Pricking out is moving seedlings from the tray they were sown in to pots of their own. "
        "Growers also call it potting on or simply \"lifting\" the seedlings.")) == (
        "Pricking out", ("potting on", "lifting"))


def test_a_name_in_guillemets_is_an_alias_without_its_marks(tmp_path):
    name, aliases = name_and_aliases(tmp_path, (
        "La crianza biológica (también llamada crianza bajo velo o, en la zona, simplemente «el velo») "
        "es una crianza del vino bajo una capa de levaduras."))
    assert name == "Crianza biológica"
    assert "el velo" in aliases
    assert not any("«" in alias or "»" in alias for alias in aliases)


def test_a_short_title_with_its_stop_inside_another_name_stays_whole(tmp_path):
    assert name_and_aliases(tmp_path, (
        "Chorea (also called dancing mania or, traditionally, St. Vitus' dance) is a disorder of "
        "sudden, jerky movements.")) == ("Chorea", ("dancing mania", "St. Vitus' dance"))


def test_a_translation_the_definition_gives_is_an_alias(tmp_path):
    name, aliases = name_and_aliases(tmp_path, (
        "Heijunka, often translated as levelling, is the practice of making the same mix of "
        "products every day instead of long runs of one."))
    assert (name, aliases[:1]) == ("Heijunka", ("levelling",))


def test_a_plain_word_in_brackets_before_the_verb_is_an_alias(tmp_path):
    assert name_and_aliases(tmp_path, (
        "Shadow board (tool outline) is a panel on which every tool has its painted outline.")) == (
        "Shadow board", ("tool outline",))


def test_a_word_in_brackets_that_says_where_the_name_comes_from_is_no_alias(tmp_path):
    assert name_and_aliases(tmp_path, (
        "Hansei (Japanese) is the habit of reflecting on what went wrong before praising what went well.")) == (
        "Hansei", ())


# A money magazine's article: the site's name and menu, the site's note on who pays it, a
# trail, a question title, a byline, then the paragraph that names what the title asks.
MAGAZINE_QUESTION = """\
PennyPlan Monthly
Budgeting
Credit
Mortgages
Pensions
Affiliate disclosure: Some links on this page earn us a commission when you sign up. It never changes what we recommend.
Credit › Cards › Balance transfer
What is a balance transfer?
By Odile Brennan | Updated 4 March 2025
A balance transfer is moving the debt on one credit card to another card, usually one that charges no interest on it for an introductory period.
How it works
The new card pays off the old one, and you owe the same sum to the new lender, often with a fee of a few per cent.
"""


def test_a_question_title_under_a_menu_and_a_disclosure_names_the_term(tmp_path):
    term = read_written(tmp_path, "balance-transfer.txt", MAGAZINE_QUESTION)
    assert_named_past(term, "Balance transfer", term.aliases, "A balance transfer is moving the debt",
                      ("Affiliate disclosure", "commission", "What is a balance transfer?", "Pensions"))
    assert [s.heading for s in term.sections] == ["How it works"]


# A clinic's page copied as text, a paragraph on each line: a short list under a lead-in,
# then the paragraph after it, which asks the reader about their own case.
CLINIC_PAGE = """\
Harbourside Foot Clinic
Home
Treatments
Contact
Nail surgery
Nail surgery is a minor operation in which part or all of an ingrown toenail is removed under local anaesthetic, and the nail bed is treated so that the edge does not grow back.
Recovery
Most people walk out of the clinic the same day. In the first week expect:
- some throbbing at night
- a light dressing
- a clear discharge
Infection after surgery is uncommon but needs antibiotics when it happens, which is why the dressing is checked after three days. Tell us if you have diabetes, poor circulation or a pacemaker.
Why it matters
An ingrown nail that keeps coming back is painful and can become infected again and again; removing the edge for good breaks that cycle for most patients.
Ready to walk without pain? Book an appointment online or call us today.
"""


def test_the_paragraph_after_a_short_list_is_its_own_and_stays_in_the_section(tmp_path):
    term = read_written(tmp_path, "nail-surgery.txt", CLINIC_PAGE)
    (recovery,) = [s for s in term.sections if s.heading == "Recovery"]
    assert "- a clear discharge\n\nInfection after surgery is uncommon" in recovery.text
    assert recovery.text.endswith("Tell us if you have diabetes, poor circulation or a pacemaker.")
    assert "Book an appointment" not in card_text(term)


# A gardening blog's last section: a list, then a long closing paragraph that opens with a
# label before a colon, then the blog's own lines.
BLOG_CLOSING = """\
The Potting Bench
Home / Seeds / Stratification
Cold stratification
Cold stratification is keeping seeds cold and damp for some weeks so that they break the dormancy that stops them sprouting in autumn.
Common mistakes
- Letting the seeds dry out
- Keeping the bag too warm
- Sowing straight after the fridge without a label
If there is one thing to take away, make it this: the seeds are counting cold days, not calendar days, and a bag that warms up in the kitchen restarts the count. Seeds of many native shrubs need two winters of it, and the patience that takes is repaid by a tray that comes up together.
Pin this for later!
Subscribe
"""


def test_a_long_closing_paragraph_that_opens_with_a_label_is_the_sections(tmp_path):
    term = read_written(tmp_path, "stratification.txt", BLOG_CLOSING)
    (mistakes,) = [s for s in term.sections if s.heading == "Common mistakes"]
    assert mistakes.text.startswith("- Letting the seeds dry out\n")
    assert "\n\nIf there is one thing to take away, make it this:" in mistakes.text
    assert mistakes.text.endswith("a tray that comes up together.")
    assert "Pin this" not in card_text(term)


def read_list(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "new-sites").terms


# A tea shop's glossary as a definition list: one entry speaks of the shop's subscribers,
# and the shop's own line stands under the list.
TEA_GLOSSARY = """\
<!doctype html><html><head><title>Tea words</title></head><body>
<nav><a href="/">Shop</a> <a href="/club">Tea club</a></nav>
<main>
  <h1>Tea glossary</h1>
  <dl>
    <dt>First flush</dt><dd>The first picking of the spring, light and bright in the cup.</dd>
    <dt>Oolong</dt><dd>A tea oxidised partly, between green and black, rolled or twisted.</dd>
    <dt>Withering</dt><dd>Leaving fresh leaves to wilt for hours so they can be rolled without breaking.</dd>
    <dt>Club blend</dt><dd>The blend we pack for club subscribers each month, picked from the best lots of the season.</dd>
  </dl>
  <p class="small">Missing a tea word? Send us a note at hello@leafshop.example and we'll add it.</p>
</main>
</body></html>
"""


def test_an_entry_that_speaks_of_subscribers_keeps_its_definition(tmp_path):
    terms = read_list(tmp_path, "tea.html", TEA_GLOSSARY)
    assert [t.name for t in terms] == ["First flush", "Oolong", "Withering", "Club blend"]
    club = terms[-1]
    assert club.definition == ("The blend we pack for club subscribers each month, picked from the best "
                               "lots of the season.")
    assert not any("Missing a tea word" in t.definition for t in terms)


# An A–Z glossary saved as HTML: bold terms with a dash, letters as headings, a link back to
# the top after each letter, and the site's disclaimer under the last one.
LETTERED_GLOSSARY = """\
<!doctype html><html><head><title>Sailing words</title></head><body>
<main>
  <h1>Sailing Glossary</h1>
  <h2>B</h2>
  <p><b>Beam reach</b> – Sailing with the wind coming straight across the side of the boat.</p>
  <p><b>Bowline</b> – A knot that makes a fixed loop at the end of a rope.</p>
  <a class="top" href="#top">Back to top</a>
  <h2>C</h2>
  <p><b>Cleat</b> – A fitting with two horns that a rope is made fast around.</p>
  <p><b>Clew</b> – The lower back corner of a sail.</p>
  <a class="top" href="#top">Back to top</a>
  <hr>
  <p class="disclaimer">Entries are written for beginners and leave out some detail. Last checked May 2025.</p>
</main>
</body></html>
"""


def test_the_line_after_the_last_link_back_to_the_top_is_no_entrys(tmp_path):
    terms = read_list(tmp_path, "sailing.html", LETTERED_GLOSSARY)
    assert [t.name for t in terms] == ["Beam reach", "Bowline", "Cleat", "Clew"]
    assert terms[-1].definition == "The lower back corner of a sail."
    assert any("Last checked May 2025" in line for line in terms[-1].discarded)


# A documentation page whose headings carry the anchor mark and then an attribute block.
DOCS_ANCHORS = """\
# Rate limit ¶

A **rate limit** is the number of requests a client may send to an API in a given window of time.

## How it works ¶ {#how-it-works}

Each key has a bucket of tokens that refills every second; a request takes one token.

## Pitfalls ¶ {#pitfalls .warning}

Retrying at once after a refusal only empties the bucket faster.
"""


def test_an_anchor_mark_before_a_headings_attribute_block_is_no_part_of_it(tmp_path):
    term = read_written(tmp_path, "rate-limit.md", DOCS_ANCHORS)
    assert [s.heading for s in term.sections] == ["How it works", "Pitfalls"]
    assert [s.topic for s in term.sections] == ["mechanism", "risk"]


def test_a_sentence_on_technical_cookies_then_advice_to_the_reader_is_no_banner():
    assert not is_banner("The server sets the cookies only once the login succeeds, so anonymous traffic "
                         "carries none. That is usually what you need: keep the default and change nothing.")
    # Spoken to the reader about the cookies themselves, it is one.
    assert is_banner("Accept the cookies so that your visits and the traffic on our pages can be measured.")
    assert is_banner("We use cookies to measure traffic. You can change this in settings.")


# Lecture notes that quote the lecturer, signed with a title, at the top of a section; a
# shop's page quotes a customer, signed with a first name and a town.
QUOTED_LECTURER = """\
# Moral hazard

**Moral hazard** is the tendency to take more risk once someone else bears the cost of it.

## Remedies

> "Make the insured carry part of every loss and most of the hazard disappears." — Prof. Achterberg

Deductibles, co-payments and monitoring all make the insured share the cost again.
"""


def test_a_quotation_signed_by_a_lecturer_is_the_sections_own(tmp_path):
    term = read_written(tmp_path, "moral-hazard.md", QUOTED_LECTURER)
    (remedies,) = term.sections
    assert remedies.text.startswith('"Make the insured carry part of every loss')
    assert "Deductibles, co-payments" in remedies.text
    assert is_banner('"So gentle with our old collie, and fair prices too." — Priya, Westbank')


# A documentation page's example: a command in a fenced block, its lines continued with "\".
DOCS_COMMAND = """\
# Webhook signature

A **webhook signature** is a hash of the message body and a shared secret that lets the receiver check the message came from the sender.

## Examples

```sh
openssl dgst -sha256 \\
  -hmac "$SIGNING_SECRET" \\
  body.json
```

Compare the printed digest with the value of the signature header.
"""


def test_a_command_continued_with_backslashes_is_the_sections_text(tmp_path):
    term = read_written(tmp_path, "webhook-signature.md", DOCS_COMMAND)
    (examples,) = term.sections
    assert examples.text.startswith('openssl dgst -sha256 \\ -hmac "$SIGNING_SECRET" \\ body.json')
    assert examples.text.endswith("Compare the printed digest with the value of the signature header.")


def test_when_to_use_a_thing_is_its_application():
    assert topic_key("When to use it") == "application"
    assert topic_key("When To Use Them") == "application"
    assert topic_key("When to stop") == "when-to-stop"


# Pages copied from a browser with the site's header run straight into the article, no
# blank line between: the site's name, a menu (one ending in a search box), a trail, the
# headline, a byline, an audio widget or an advertisement, then the definition.
BLOG_HEADER_RUN = """\
THE HIVE LEDGER — notes for backyard beekeepers
Colonies | Equipment | Seasons | Forum | Search…
Seasons / Spring
Swarm cell
Marta Okonjo · 3 April 2025 · 5 min read
Listen to this article
[Share] [Email]
A swarm cell is a queen cell that worker bees build along the lower edge of a comb when the colony is getting ready to split. Several of them in April mean the old queen will probably leave within days.

How to check for them
Tilt each brood frame and look along its bottom bar; a capped cell the size of a peanut is close to hatching.
"""

PADDLING_HEADER_RUN = """\
RIVERCRAFT
Lessons   Boats   Safety   Shop   Sign in
Safety notes · Moving water
Strainers on small rivers
Text: Jo Halvorsen, swiftwater instructor. Updated 14 May 2025
Sponsored: Save 15% on throw bags all month at PaddleHouse
A strainer is an obstacle such as a fallen tree or a fence that lets water through but holds back a boat or a swimmer. The current pins whatever it catches against it.

Why it is dangerous
Even a slow river can hold a swimmer under a branch with a force no one can fight, so paddlers steer well clear of them.
"""


def test_a_run_of_header_lines_gives_the_headline_and_the_definition_under_it(tmp_path):
    term = read_written(tmp_path, "swarm-cell.txt", BLOG_HEADER_RUN)
    assert_named_past(term, "Swarm cell", (), "A swarm cell is a queen cell", (
        "HIVE LEDGER", "Equipment", "Seasons / Spring", "Okonjo", "min read", "Listen to this article", "[Share]"))
    assert "Several of them in April" in term.definition
    assert [s.heading for s in term.sections] == ["How to check for them"]


def test_a_byline_with_a_full_stop_and_an_advert_do_not_hide_the_definition(tmp_path):
    term = read_written(tmp_path, "strainer.txt", PADDLING_HEADER_RUN)
    assert_named_past(term, "Strainer", term.aliases, "A strainer is an obstacle",
                      ("RIVERCRAFT", "Sign in", "Moving water", "Halvorsen", "PaddleHouse", "throw bags"))
    assert [s.heading for s in term.sections] == ["Why it is dangerous"]


GLAZING_HEADER_RUN = """\
KILNWORKS
firing advice from the studio floor
Classes | Glazes | Kilns | Journal | Search…
Journal / Faults / Crawling

Crawling
Mira Oduya · 3 June 2025

Crawling is a glaze fault in which the melted glaze pulls back into islands and leaves bare clay between them. It starts with a glaze that cracks as it dries.

How it happens
A thick or dusty coat shrinks away from the bisque before firing, and the melt cannot heal the gaps.
"""


def test_a_site_name_in_capitals_over_its_motto_and_menu_is_no_title(tmp_path):
    term = read_written(tmp_path, "crawling.txt", GLAZING_HEADER_RUN)
    assert_named_past(term, "Crawling", (), "Crawling is a glaze fault", ("KILNWORKS", "studio floor", "Journal", "Oduya"))
    assert [s.heading for s in term.sections] == ["How it happens"]


def test_the_lines_of_a_page_header_are_told_from_a_headline():
    from flashgen.readers.noise import is_header_furniture
    for site in ("Listen to this article", "▶ Play audio (3:40)", "Stories | Maps | Shop | Search…",
                 "Text: Ida Berg, ranger. Updated 9 May 2025", "Sponsored: Half price on tents at CampCo"):
        assert is_header_furniture(site), site
    for own in ("Swarm cell", "Play-action pass", "Listen to the heartbeat", "Sign in to your account now."):
        assert not is_header_furniture(own), own
