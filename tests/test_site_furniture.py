"""Site furniture recognised by what it is: captions, signatures, small print, stamps, menus."""

from __future__ import annotations

import pytest

from flashgen.readers.noise import is_outline_heading, is_related_heading, noise_kind


# The furniture of a site around its text, in wordings written for this test.
FURNITURE = [
    "Image: A gyrfalcon on the fist at dawn. Credit: M. Rask / Eyrie Pictures",
    "Photograph by Lena Voss",
    "— Tomasz, Gdańsk",
    "“Best riding school in the county, my daughter adores it.” — Helen R.",
    "Hillside Stables is a trading name of Hillside Equine Ltd, company number 0934411.",
    "Office hours: Tuesday to Saturday, 9am to 4pm",
    "The material on this page is for educational purposes only and does not constitute legal advice.",
    "This article needs more sources. Please help improve this article.",
    "This wiki is maintained by members of the guild.",
    "42",
    "1,208 ✓",
    "☆☆☆☆ 3.9 from 112 ratings",
    "Skip to ingredients",
    "Print this",
    "Save for later",
    "Start | Courses | Timetable | Prices",
    "About · Archive · Contact · Shop",
    "Index: A B C D E",
    "[A](#a) | [B](#b) | [M](#m) | [T](#t)",
    "By Ingrid Solberg • Updated 2 March 2024",
    "Tags: rigging, knots, safety",
    "Filed under Saddlery",
    "answered Jun 8, 2021 at 14:02",
    "edited Jan 30 at 9:11",
    "Comments are closed.",
    "Leave a Reply",
    "Marta says: Lovely clear write-up!",
    "This service collects browsing data and unique identifiers to measure how the page is used.",
]
POINTERS = [
    "(Further information: Riding position.)",
    "Main articles: Dressage, Show jumping",
    "For more information, see Saddle fitting.",
]
PROMPTS = [
    "Spotted an error? Write to the editors. Want the printed edition? Our shop ships worldwide.",
    "Fancy a go? Come to an open day at the yard.",
    "Found this useful? Follow us for more guides!",
]
# The same in the languages pages most often come in.
FOREIGN_BANNERS = [
    "Utilizamos cookies propias y de terceros para mejorar nuestro sitio y mostrarle publicidad.",
    "Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito.",
    "Diese Webseite verwendet Cookies, damit wir Ihnen den besten Service bieten können.",
]
FOREIGN_SIGNUPS = [
    "Suscríbete a nuestro boletín y recibe recetas nuevas cada semana.",
    "Iscriviti alla newsletter per non perdere nessuna novità.",
    "Jetzt den Newsletter abonnieren und nichts verpassen.",
]
FOREIGN_PROSE = [
    "Die Kekse (Cookies) werden bei 180 Grad gebacken.",
    "Wir messen den Säuregehalt des Teigs nach zwölf Stunden.",
]
# Stamps of review and of threads, legends of the page's marks.
STAMPS = ["Page last reviewed: 4 June 2023", "Last updated by the library team", "Next review due: June 2026",
          "· 4 hr. ago", "9mo", "Archived thread", "Replies can no longer be posted.",
          "* Terms in bold are defined elsewhere.", "‡ Words marked ‡ are regional."]
# Pointers and counts under emphasis or in markdown's own marks.
MARKED = ["**SEE ALSO:** Ten wines that taste of the sea", "[^3]: Field notes, 2021.", "#rowing #technique",
          "3.4K 52"]
# Prose that looks a little like furniture and must stay.
KEPT = [
    "Share capital",
    "Print run",
    "Tags are fitted to the birds' legs before release.",
    "The rider's weight was 62 kg, 4 out of 5 judges agreed.",
    "A credit is the right-hand entry of a ledger.",
    "Photographs of the gait help the vet judge the lameness.",
    "Registered mail is signed for on delivery.",
    "“Collection” is the shortening of the horse's frame.",
    "The 1879 rules set the length of the course.",
    "Is the horse lame? Watch it trot away from you on hard ground.",
]


@pytest.mark.parametrize(("line", "kinds"), [
    *((line, {"banner"}) for line in FURNITURE + FOREIGN_BANNERS + STAMPS),
    *((line, {"related"}) for line in POINTERS),
    *((line, {"promotion"}) for line in PROMPTS),
    *((line, {"signup"}) for line in FOREIGN_SIGNUPS),
    *((line, {"banner", "related"}) for line in MARKED),
    *((line, {None}) for line in KEPT + FOREIGN_PROSE),
])
def test_each_line_is_set_aside_as_what_it_is_and_prose_stays(line, kinds):
    assert noise_kind(line) in kinds


@pytest.mark.parametrize(("heading", "away"), [
    *((h, True) for h in ["More guides", "Other recipes", "Similar terms", "About the author", "3 Comments",
                          "Leave a comment", "What our students say"]),
    *((h, False) for h in ["More", "Other uses", "Comment", "Similarity", "Author", "Mechanism"]),
])
def test_headings_over_the_sites_other_pages_its_author_and_comments_point_away(heading, away):
    assert is_related_heading(heading) is away


@pytest.mark.parametrize(("line", "kind"), [
    ("£64.99", "banner"), ("19,90 €", "banner"), ("This article is about the bird. For the aircraft, see Kestrel.",
                                                  "banner"),
    ("Enjoyed the class? There's a sequel — book the advanced session.", "promotion"),
    ("2 hours", None), ("1979", None), ("Related: Coppicing | Pollarding | Hedgelaying", "related"),
])
def test_prices_hatnotes_urging_after_a_dash_and_plain_numbers(line, kind):
    assert noise_kind(line) == kind


@pytest.mark.parametrize(("heading", "outline"), [("Key takeaways", True), ("Learning outcomes:", True),
                                                  ("**What you'll learn**", True), ("Key features", False),
                                                  ("Outcomes", False)])
def test_a_pages_outline_of_itself_is_told_from_its_sections(heading, outline):
    assert is_outline_heading(heading) is outline


@pytest.mark.parametrize("line", ["Comment [b]: check this figure — Sam", "Sponsored · Ski passes from €45",
                                  "Paid content: the best boots of the year", "## Table of Contents",
                                  "- [Origin](#origin)", "3. [Risks](#risks)",
                                  "Page best viewed in Netscape Navigator."])
def test_inserts_comments_in_a_document_and_contents_entries_are_chrome(line):
    assert noise_kind(line) == "banner"


@pytest.mark.parametrize("line", ["Ad hoc testing finds faults a plan misses.", "- [Origin](https://example.org)"])
def test_prose_opening_like_an_insert_and_outside_links_stay(line):
    assert noise_kind(line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("Have a question we haven't answered? Submit it through the form.", "promotion"),
    ("Swim parallel to the shore until you are free of the pull.", None),
    ("Have you felt the numbness? Warm the skin slowly.", None),
])
def test_elliptical_questions_to_the_reader_and_free_of_as_a_description(line, kind):
    assert noise_kind(line) == kind


@pytest.mark.parametrize(("line", "kind"), [
    ("The cut behind every carbon credit took place in 2021.", None),
    ("Picture credit: Ana Ruiz", "banner"),
    ("- Potatoes", None),
    ("— Ana Ruiz", "banner"),
    ("Download: Field guide (PDF, 1.2 MB)", "banner"),
    ("Seed chart (XLSX, 80 KB)", "banner"),
    ("For more help, call the helpline.", "related"),
    ("If you enjoyed this, clap and share it.", "promotion"),
    ("You may also enjoy", "related"),
])
def test_credits_signatures_files_and_appeals_told_from_prose(line, kind):
    assert noise_kind(line) == kind
