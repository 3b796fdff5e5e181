"""Site furniture recognised by what it is: captions, signatures, small print, stamps, menus."""

from __future__ import annotations

import pytest

from flashgen.readers.noise import is_related_heading, noise_kind


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


@pytest.mark.parametrize("line", FURNITURE)
def test_site_furniture_of_any_wording_is_set_aside_as_chrome(line):
    assert noise_kind(line) == "banner"


@pytest.mark.parametrize("line", POINTERS)
def test_notes_pointing_at_other_articles_are_related_reading(line):
    assert noise_kind(line) == "related"


@pytest.mark.parametrize("line", PROMPTS)
def test_questions_put_to_the_reader_with_what_to_do_are_promotions(line):
    assert noise_kind(line) == "promotion"


@pytest.mark.parametrize("line", KEPT)
def test_prose_that_resembles_furniture_stays(line):
    assert noise_kind(line) is None


@pytest.mark.parametrize("heading", ["More guides", "Other recipes", "Similar terms", "About the author",
                                     "3 Comments", "Leave a comment", "What our students say"])
def test_headings_over_the_sites_other_pages_its_author_and_comments_point_away(heading):
    assert is_related_heading(heading)


@pytest.mark.parametrize("heading", ["More", "Other uses", "Comment", "Similarity", "Author", "Mechanism"])
def test_headings_of_the_terms_own_parts_do_not_point_away(heading):
    assert not is_related_heading(heading)


@pytest.mark.parametrize("line", [
    "Utilizamos cookies propias y de terceros para mejorar nuestro sitio y mostrarle publicidad.",
    "Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito.",
    "Diese Webseite verwendet Cookies, damit wir Ihnen den besten Service bieten können.",
])
def test_consent_banners_in_other_languages_are_banners(line):
    assert noise_kind(line) == "banner"


@pytest.mark.parametrize("line", [
    "Suscríbete a nuestro boletín y recibe recetas nuevas cada semana.",
    "Iscriviti alla newsletter per non perdere nessuna novità.",
    "Jetzt den Newsletter abonnieren und nichts verpassen.",
])
def test_signup_prompts_in_other_languages_are_signups(line):
    assert noise_kind(line) == "signup"


@pytest.mark.parametrize("line", [
    "Die Kekse (Cookies) werden bei 180 Grad gebacken.",
    "Wir messen den Säuregehalt des Teigs nach zwölf Stunden.",
])
def test_prose_in_other_languages_is_not_noise(line):
    assert noise_kind(line) is None


@pytest.mark.parametrize("line", ["**SEE ALSO:** Ten wines that taste of the sea", "[^3]: Field notes, 2021.",
                                  "#rowing #technique", "3.4K 52"])
def test_emphasised_pointers_footnote_texts_hashtags_and_counts_are_set_aside(line):
    assert noise_kind(line) in {"banner", "related"}


@pytest.mark.parametrize("line", ["Page last reviewed: 4 June 2023", "Last updated by the library team",
                                  "Next review due: June 2026", "· 4 hr. ago", "9mo", "Archived thread",
                                  "Replies can no longer be posted.", "* Terms in bold are defined elsewhere.",
                                  "‡ Words marked ‡ are regional."])
def test_review_stamps_thread_ages_closed_threads_and_legends_are_chrome(line):
    assert noise_kind(line) == "banner"
