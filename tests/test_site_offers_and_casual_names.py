"""What a site says about itself is no part of the term: its FAQ about plans, accounts and
downloads, a pitch for paid access in the third person, and a counted or first-person headline
over a blurb in its own voice. A casual short name given after the definition is an alias.
Technical sentences that share these words (a question about the term, an insurance premium,
members of a genus, an author's "we" of method) stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import written_terms
from flashgen.readers.naming import name_and_aliases
from flashgen.readers.noise import is_customer_question, is_promotion, is_site_teaser


def one(tmp_path: Path, name: str, text: str):
    (term,) = written_terms(tmp_path, name, text, "fields")
    return term


def kept_text(term) -> str:
    return " ".join([term.definition, *(s.heading + " " + s.text for s in term.sections)])


def set_aside(term) -> str:
    return " ".join([*term.related, *term.discarded])


# --- 1. the site's own FAQ -------------------------------------------------------------------

def test_a_text_page_loses_its_faq_about_plans_and_keeps_its_question_about_the_term(tmp_path):
    term = one(tmp_path, "tacking.txt", """Tacking
Tacking is the manoeuvre of turning a sailing boat's bow through the wind so that the wind comes from the other side.

How it works
The helm pushes the tiller away, the bow swings through the eye of the wind, and the crew releases the old jib sheet and hauls in the new one.

Why does the boat slow down after a tack?
For a few seconds the sails are luffing and drive nothing, while the rudder turned hard across the flow acts as a brake.

Can I cancel my plan at any time?
Yes. Your membership runs until the end of the billing month and you keep access to every lesson until then.

How do I get the printable version?
Printable sheets are included with every annual plan; open the lesson and choose the print icon at the top.
""")
    assert [s.heading for s in term.sections] == ["How it works", "Why does the boat slow down after a tack?"]
    assert term.sections[1].text.startswith("For a few seconds the sails are luffing")
    for piece in ("cancel my plan", "membership", "printable", "print icon"):
        assert piece not in kept_text(term), piece
        assert piece in set_aside(term).casefold() or piece in set_aside(term), piece


def test_markdown_faq_headings_about_the_course_guides_and_app_are_set_aside(tmp_path):
    term = one(tmp_path, "mordant.md", """# Mordant

A **mordant** is a substance, usually a metal salt, that binds a dye to textile fibres so the colour resists washing.

## How is a mordant measured?

Dyers weigh it as a percentage of the dry fibre weight, typically eight to ten per cent for alum.

## Is the course suitable for beginners?

Absolutely. Our lessons start from scratch and our tutors answer questions within a day.

## Can the guides be downloaded for offline use?

All guides can be saved to your device from the library page once you are signed in.

## Will my progress carry over to the new app?

Progress is stored with the account, so it moves across automatically.
""")
    assert [(s.heading, s.topic) for s in term.sections] == [("How is a mordant measured?", "metric")]
    for piece in ("beginners", "tutors", "offline", "signed in", "new app"):
        assert piece not in kept_text(term), piece
    assert "Our lessons start from scratch" in set_aside(term)


def test_an_html_faq_about_decks_receipts_and_licences_is_set_aside(tmp_path):
    term = one(tmp_path, "vernier.html", """<html><body><main>
<h1>Vernier scale</h1>
<p>A vernier scale is a secondary scale that slides along a main scale to read a measurement to a fraction of the main division.</p>
<h2>Why does the reading improve with more divisions?</h2>
<p>Each extra division on the sliding scale splits the smallest main division into finer steps, so the coincident line marks a smaller fraction.</p>
<h2>Do the decks work on a phone?</h2>
<p>They do. The decks sync to the mobile app as soon as the account is upgraded.</p>
<h2>Can I share the decks with my class?</h2>
<p>A teacher licence covers up to thirty students; contact the team for larger groups.</p>
</main></body></html>
""")
    assert [s.heading for s in term.sections] == ["Why does the reading improve with more divisions?"]
    assert "mobile app" in set_aside(term) and "teacher licence" in set_aside(term)


def test_questions_under_an_faq_heading_about_the_site_go_and_one_about_the_term_stays(tmp_path):
    term = one(tmp_path, "tempering.html", """<html><body><main>
<h1>Tempering</h1>
<p>Tempering is the controlled heating and cooling of chocolate so that its cocoa butter sets in the stable form V crystals, giving a glossy snap.</p>
<h2>Why does untempered chocolate bloom?</h2>
<p>Unstable crystals melt and regrow at the surface, leaving a dull grey film of fat.</p>
<h2>Frequently asked questions</h2>
<p><strong>Is the video course included in the membership?</strong> Every paid plan includes the full video library and the printable temperature charts.</p>
<p><strong>Can the recipes be printed?</strong> All recipes have a print button at the top once you are logged in.</p>
<p><strong>How quickly does form V set?</strong> At room temperature it sets within five minutes on a cool marble slab.</p>
</main></body></html>
""")
    text = kept_text(term)
    assert "video library" not in text and "logged in" not in text
    assert "sets within five minutes on a cool marble slab" in text
    assert "Unstable crystals melt and regrow" in text


def test_a_question_put_with_everyones_we_stays_with_its_answer(tmp_path):
    term = one(tmp_path, "windchill.txt", """Wind chill
Wind chill is the lowering of the temperature felt by exposed skin as moving air carries body heat away faster than still air would.

Why do we feel colder in the wind?
Moving air strips away the thin layer of warm air that clings to the skin, so the body loses heat faster than it can replace it.
""")
    (section,) = term.sections
    assert section.heading == "Why do we feel colder in the wind?"
    assert section.text.startswith("Moving air strips away")


@pytest.mark.parametrize("question, answer", [
    ("Are the charts free to reuse?", "Yes. Every chart on our site may be reused with a link back to us."),
    ("Is there a mobile app?", "Not yet, but our developers are building one and subscribers will try it first."),
    ("Are new guides added every month?", "We publish two or three new soil guides each month."),
    ("Will my progress carry over?", "Progress is stored with your account and moves across automatically."),
    ("How often is the glossary updated?", "We review every entry each spring."),
    ("Can the diagrams be used in class?", "Teachers may use any diagram with credit to us."),
    ("Does it work without internet?", "The app stores every deck for offline use."),
])
def test_questions_about_the_sites_offering_are_the_sites(question, answer):
    assert is_customer_question(question, answer, ("Gini coefficient",))


@pytest.mark.parametrize("question, answer", [
    ("Why does inequality rise after a recession?",
     "Wages of the lowest earners fall first and furthest, while capital incomes recover sooner."),
    ("How is the Gini coefficient calculated?",
     "We define the index as the area between the Lorenz curve and the line of equality."),
    ("Why do subscribers cancel their plans?",
     "Customers leave when the value they see falls below the price they pay."),
    ("Why do we square the deviations?",
     "We square them so that the negative and positive deviations do not cancel."),
    ("Why does the premium rise with age?", "The chance of a claim grows every year, so the insurer charges more."),
    ("Why do the pages of old books turn yellow?", "Lignin in cheap paper oxidises in light and air."),
    ("Why does the wall crack?", "We see it most in dry summers, when every horse on the yard is affected."),
    ("Why does the app wake the phone?", "The operating system hands the message to the app, which lights the screen."),
])
def test_questions_about_the_term_or_its_field_stay(question, answer):
    assert not is_customer_question(question, answer, ("Gini coefficient",))


def test_a_page_keeps_question_headings_about_the_term_and_an_authors_we(tmp_path):
    term = one(tmp_path, "gini.md", """# Gini coefficient

The **Gini coefficient** is a measure of how unequally income is spread across a population, from 0 for perfect equality to 1 for one person holding everything.

## How is the Gini coefficient calculated?

We define the index as the area between the Lorenz curve and the line of equality, divided by the whole area under that line.

## Why does inequality rise after a recession?

Wages of the lowest earners fall first and furthest, while capital incomes recover sooner, so the Lorenz curve bows outward.

## Are the charts free to reuse?

Yes. Every chart on our site may be reused with a link back to us.
""")
    assert [s.heading for s in term.sections] == ["How is the Gini coefficient calculated?",
                                                  "Why does inequality rise after a recession?"]
    assert term.sections[0].topic == "metric"
    assert term.sections[0].text.startswith("We define the index as")
    assert "our site" in set_aside(term)


# --- 2. a pitch for paid access --------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Members get unlimited access to 400 guides for £4 a month.",
    "Premium plans include ad-free reading and offline decks.",
    "Subscribers enjoy early access to new training plans, ad-free pages and a monthly workout pack for just $3.99.",
    "A Pro membership unlocks every plan in the archive, with no adverts, from £29 a year.",
    "Annual membership: all courses, printable cutting lists and member-only forums for €49.",
    "Supporters get every new guide a week early and no ads.",
    "Gold tier: unlimited decks, priority support, £6/month.",
    "Members save 20% on every workshop and get the quarterly journal free.",
])
def test_a_pitch_for_paid_access_without_a_call_is_a_promotion(line):
    assert is_promotion(line)


@pytest.mark.parametrize("line", [
    "A premium of 4% a year buys the cover for a smoker in their fifties.",
    "Members of the genus roar because their larynx has long, fleshy vocal folds.",
    "Members of a group scheme get cover through their employer, often at lower rates.",
    "Premium plans with level cover cost more at the start than decreasing ones.",
    "Membership of the union fell by a third in the decade, to 6 million workers.",
    "The plan costs $4 million a year to run, most of it on staff.",
    "Members of overlapping clusters sit almost as close to the neighbouring group as to their own.",
    "Members of the scheme save 20% on premiums.",
])
def test_prices_premiums_and_members_in_a_fields_text_are_no_pitch(line):
    assert not is_promotion(line)


@pytest.mark.parametrize("name, closing", [
    ("loess.txt", "Members get unlimited access to 400 guides for £4 a month."),
    ("hinge.txt", "Premium plans include ad-free reading and offline decks."),
])
def test_a_pitch_closing_a_section_leaves_it(tmp_path, name, closing):
    term = one(tmp_path, name, f"""Living hinge
A living hinge is a thin flexible strip moulded into a plastic part so that two rigid sections can bend about it many thousands of times.

Mechanism
Polypropylene chains align along the strip when the part is first flexed, which gives the thin section its long fatigue life.

{closing}
""")
    (section,) = term.sections
    assert section.text.endswith("its long fatigue life.")
    assert closing in set_aside(term)


def test_a_pitch_inside_an_html_section_leaves_it_and_the_fields_own_prices_stay(tmp_path):
    term = one(tmp_path, "cover.html", """<html><body><main>
<h1>Term life insurance</h1>
<p>Term life insurance is a policy that pays a fixed sum if the insured person dies within a set number of years, and nothing if they outlive the term.</p>
<h2>How it works</h2>
<p>A premium of 4% a year buys the cover for a smoker in their fifties, while a young non-smoker pays a fraction of that.</p>
<p>Subscribers enjoy early access to new calculators, ad-free pages and a monthly market pack for just $3.99.</p>
<p>Members of a group scheme get cover through their employer, often at lower rates because the risk is pooled.</p>
</main></body></html>
""")
    (section,) = term.sections
    assert "A premium of 4% a year buys the cover" in section.text
    assert "Members of a group scheme get cover" in section.text
    assert "ad-free" not in section.text


# --- 3. a teaser headline in the site's voice ------------------------------------------------

@pytest.mark.parametrize("heading, blurb", [
    ("Five water tweaks that changed our garden",
     "We tried every trick in the book last summer, and these are the ones we still swear by."),
    ("7 mistakes new runners make", "Our coaches have seen them all, from overstriding to skipping the warm-up."),
    ("The one loaf that taught us everything", "Our test kitchen baked it forty times before we cracked the crumb."),
    ("Our favourite crags for a first outdoor season", "We have rounded up the friendliest spots for new leaders."),
    ("10 things we wish we had known about sourdough", "Our bakers share the lessons of a decade of starters."),
    ("Inside our test kitchen", "Our team of testers bakes each recipe three times."),
])
def test_a_counted_or_first_person_headline_over_the_sites_blurb_is_a_teaser(heading, blurb):
    assert is_site_teaser(heading, blurb)


@pytest.mark.parametrize("heading, blurb", [
    ("Our definition", "We define the score of a point as the gap between two mean distances."),
    ("Three cases worth knowing", "We distinguish three cases: a score near 1, near 0 and below 0."),
    ("Three phases of the cycle", "We usually divide it into diastole, isovolumetric contraction and ejection."),
    ("Five water tweaks that changed the garden", "Shading the soil cuts evaporation by half."),
    ("Why do we feel colder in the wind?", "We lose heat faster when moving air strips the warm layer away."),
])
def test_an_authors_we_or_a_plain_blurb_is_no_teaser(heading, blurb):
    assert not is_site_teaser(heading, blurb)


def test_teaser_headlines_in_the_sites_voice_leave_a_text_page(tmp_path):
    term = one(tmp_path, "belay.txt", """Belay
A belay is the technique of controlling a climbing rope so that a falling climber is held by friction at a device or anchor.

Mechanism
The rope runs through a belay device whose bend creates friction; locking the brake hand multiplies it enough to hold a fall.

Our favourite crags for a first outdoor season
We have rounded up the friendliest spots for new leaders, with easy approaches and solid bolts.

Three knots every climber should practise tonight
Our guides picked these after years of teaching.
""")
    assert [s.topic for s in term.sections] == ["mechanism"]
    assert "favourite crags" in set_aside(term) and "Our guides picked these" in set_aside(term)


def test_a_teaser_between_sections_of_an_html_page_is_no_topic(tmp_path):
    term = one(tmp_path, "proofing.html", """<html><body><main>
<h1>Proofing</h1>
<p>Proofing is the final rise of shaped bread dough before baking, during which yeast fills the dough with gas.</p>
<h2>The one loaf that taught us everything</h2>
<p>Our test kitchen baked it forty times before we finally cracked the crumb.</p>
<h2>How it works</h2>
<p>Yeast ferments sugars into carbon dioxide, which the gluten network traps as the loaf swells.</p>
</main></body></html>
""")
    assert [s.heading for s in term.sections] == ["How it works"]
    assert "Our test kitchen" in set_aside(term)


def test_sections_in_an_authors_we_stay(tmp_path):
    term = one(tmp_path, "silhouette.html", """<html><body><main>
<h1>Silhouette score</h1>
<p>The silhouette score is a measure of how well each point fits the cluster it was assigned to, ranging from −1 to 1.</p>
<h2>Our definition</h2>
<p>We define the score of a point as the gap between its mean distance to the nearest other cluster and to its own, divided by the larger of the two.</p>
<h2>Three cases worth knowing</h2>
<p>We distinguish three cases: a score near 1, near 0 and below 0.</p>
<h2>Why do scores fall as clusters overlap?</h2>
<p>Members of overlapping clusters sit almost as close to the neighbouring group as to their own, so the gap in the numerator shrinks.</p>
</main></body></html>
""")
    assert [s.heading for s in term.sections] == ["Our definition", "Three cases worth knowing",
                                                  "Why do scores fall as clusters overlap?"]


# --- 4. a casual short name after the definition ---------------------------------------------

def aliases_of(paragraph: str) -> list[str]:
    return name_and_aliases(paragraph, None, "page.txt", 1)[1]


@pytest.mark.parametrize("paragraph, alias", [
    ("A derailleur hanger is a small metal bracket that holds the rear derailleur. "
     "Often shortened to 'mech hanger' by riders.", "mech hanger"),
    ("A servo tab is a small hinged surface on a control surface. Known on site simply as the \"trim tab\".",
     "trim tab"),
    ("A longitudinal dune is a long ridge of sand parallel to the wind. "
     "Called simply a \"seif\" across much of North Africa.", "seif"),
    ("A hydraulic jump is the abrupt rise of fast, shallow water. "
     "River guides have nicknamed it the “stopper” for the way it holds boats.", "stopper"),
    ("A spokeshave is a two-handled plane for shaping curved wood. Known to chairmakers as a shave.", "shave"),
    ("A bollard pull is the towing force a tug exerts at zero speed. Usually shortened to BP.", "BP"),
])
def test_a_casual_short_name_after_the_definition_is_an_alias(paragraph, alias):
    assert alias in aliases_of(paragraph)


@pytest.mark.parametrize("paragraph", [
    "Stage fright is the anxiety a performer feels before an appearance. "
    "One actor described it as \"a cold hand on the back of the neck\".",
    "Glaze crawling is a firing fault in which glaze pulls back into beads. "
    "One teacher calls it \"the worst sight in the kiln\".",
    "Glaze crawling is a firing fault in which glaze pulls back into beads. "
    "Kiln crews have nicknamed it \"the worst sight in the whole kiln\".",
    "A gybe is a turn that brings the stern through the wind. "
    "The boom, nicknamed the \"widowmaker\" by old hands, swings across hard.",
])
def test_an_ordinary_quotation_or_a_nickname_of_something_else_is_no_alias(paragraph):
    assert aliases_of(paragraph) == []


def test_a_casual_name_reaches_the_term_file_of_a_page(tmp_path):
    term = one(tmp_path, "trimtab.md", """# Servo tab

A **servo tab** is a small hinged surface on the trailing edge of a control surface that the pilot moves to deflect the main surface aerodynamically. Known on site simply as the "trim tab".

## Mechanism

Air pressure on the tab pushes the control surface the opposite way, so the pilot needs far less force.
""")
    assert term.name == "Servo tab"
    assert list(term.aliases) == ["trim tab"]
