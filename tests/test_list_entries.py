"""Entries of a glossary list page: every entry that can be read is a term, whatever words
its name holds, and one that cannot costs only itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.errors import ValidationError
from flashgen.readers import read_pages


def read(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "deck")


# A fisheries list whose terms use the words of consent dialogs and sign-up boxes in their
# own sense, among plain ones; the page's own chrome uses the same words as chrome.
FISHERIES = """Ocean words A to Z
C
Catch share: A fixed portion of a fishery's total allowed catch granted to one fleet or cooperative, which may trade it.
Cookie cutter shark: A small deep-water shark that bites round plugs of flesh out of whales, tuna and even submarine cables.
Privacy zone: A stretch of sea closed to tagging and tracking so that the positions of an endangered stock cannot be published.
S
Sign-up bonus: A one-off payment a fishery makes to a vessel that joins its catch-recording scheme in the first season.
Tracking error: The gap between a vessel's reported position and its true one, caused by late or jammed transponder signals.
Newsletter: The week's landings and quota news, sent to your inbox every Friday.
Download our free guide: The twenty words every new deckhand meets in the first week at sea.
Cookie settings
Accept all cookies
"""


def test_entries_named_with_noise_words_are_terms(tmp_path):
    terms = read(tmp_path, "ocean.txt", FISHERIES).terms
    assert [t.name for t in terms] == ["Catch share", "Cookie cutter shark", "Privacy zone",
                                       "Sign-up bonus", "Tracking error"]
    shark = terms[1]
    assert shark.definition.startswith("A small deep-water shark that bites round plugs")


def test_the_dialog_lines_of_such_a_page_are_still_chrome(tmp_path):
    terms = read(tmp_path, "ocean.txt", FISHERIES).terms
    on_cards = "\n".join(t.definition for t in terms)
    assert "Accept all cookies" not in on_cards and "Cookie settings" not in on_cards
    set_aside = {line for t in terms for line in t.discarded + t.related}
    assert {"Cookie settings", "Accept all cookies"} <= set_aside
    # A sign-up box and a call to action shaped like entries are no terms either.
    assert not {"Newsletter", "Download our free guide"} & {t.name for t in terms}
    assert "sent to your inbox" not in on_cards and "twenty words" not in on_cards


def test_a_one_term_page_named_with_a_dialog_word_keeps_its_name(tmp_path):
    (term,) = read(tmp_path, "coin.txt", (
        "Privacy coin\n\nA privacy coin is a cryptocurrency whose ledger hides the sender, the "
        "receiver and the amount of every transfer.\n")).terms
    assert term.name == "Privacy coin"
    assert term.definition.startswith("A privacy coin is a cryptocurrency")


STORAGE = """Storage glossary
ACID (atomicity, consistency, isolation, durability): The four guarantees a database gives each transaction, so that a crash never leaves half of one written.
Journal: A log of changes written before the data itself, so that an interrupted write can be replayed or undone.
RAID (redundant array of independent disks): Several disks combined so that the loss of one loses no data.
Read rules (in order, strictly): every restore starts from the newest full copy.
Snapshot: A frozen, read-only view of a volume at one moment, kept while writes go on.
"""


def test_an_abbreviation_with_its_expansion_in_brackets_is_a_term_with_an_alias(tmp_path):
    terms = read(tmp_path, "storage.txt", STORAGE).terms
    acid = next(t for t in terms if t.id == "acid")
    assert acid.name == "ACID" and acid.aliases == ("atomicity, consistency, isolation, durability",)
    assert acid.definition.startswith("The four guarantees a database gives each transaction")
    raid = next(t for t in terms if t.id == "raid")
    assert raid.aliases == ("redundant array of independent disks",)


def test_a_bracket_with_commas_after_ordinary_words_starts_no_entry(tmp_path):
    terms = read(tmp_path, "storage.txt", STORAGE).terms
    assert [t.name for t in terms] == ["ACID", "Journal", "RAID", "Snapshot"]


WRAPPED = """Navigation terms
Dead reckoning: Working out a vessel's present position from its last known fix, its speed, its heading and the time elapsed since
that fix was taken.
Leeway: The sideways drift of a vessel pushed downwind of the course it steers.
mmHg: Millimetres of mercury, the unit a ship's barograph is often marked in.
Set and drift: The direction and the speed of the current that carries a vessel off its course.
tags: passage-planning
pilotage
"""


def test_a_wrapped_line_of_an_entry_belongs_to_its_definition(tmp_path):
    terms = read(tmp_path, "nav.txt", WRAPPED).terms
    reckoning = terms[0]
    assert reckoning.definition == (
        "Working out a vessel's present position from its last known fix, its speed, its heading and "
        "the time elapsed since that fix was taken.")
    assert "that fix was taken." not in {t.name for t in terms}


def test_a_lower_case_line_after_a_whole_sentence_or_a_short_line_is_its_own(tmp_path):
    terms = read(tmp_path, "nav.txt", WRAPPED).terms
    # "mmHg: …" follows a line that ends its sentence: an entry of its own.
    assert [t.name for t in terms][:4] == ["Dead reckoning", "Leeway", "mmHg", "Set and drift"]
    assert terms[1].definition == "The sideways drift of a vessel pushed downwind of the course it steers."
    # A tag line is no sentence broken off: the line below it does not run on from it.
    assert "passage-planning pilotage" not in "\n".join(
        [t.definition for t in terms] + [line for t in terms for line in t.discarded + t.related])


DL_PAGE = """<html><body><main>
<h1>Pottery glossary</h1>
<dl>
<dt>Bisque</dt><dd>Clay fired once, hard but still porous, ready to take glaze.</dd>
<dt>Grog</dt><dd>
<p>Fired clay ground to grit and wedged into fresh clay to open its body.</p>
<p>A clay with grog shrinks less and survives sudden heat better.</p>
</dd>
<dt>Leather hard</dt><dd>Partly dried clay, firm enough to hold its shape but soft enough to carve.
<div class="product-teaser"><a href="/tools/loop">Loop tool set — £12.99</a> <button>Add to basket</button></div>
</dd>
<dt>Slip</dt><dd>Clay thinned with water to a cream, used to join pieces or to coat them.</dd>
</dl>
</main></body></html>
"""


def test_every_dt_is_an_entry_even_when_its_dd_holds_paragraphs(tmp_path):
    terms = read(tmp_path, "pottery.html", DL_PAGE).terms
    assert [t.name for t in terms] == ["Bisque", "Grog", "Leather hard", "Slip"]
    grog = terms[1]
    assert grog.definition == ("Fired clay ground to grit and wedged into fresh clay to open its body.\n\n"
                               "A clay with grog shrinks less and survives sudden heat better.")
    assert all(not t.sections for t in terms)


def test_a_shop_box_inside_a_dd_stays_off_the_definition(tmp_path):
    terms = read(tmp_path, "pottery.html", DL_PAGE).terms
    leather = terms[2]
    assert leather.definition == "Partly dried clay, firm enough to hold its shape but soft enough to carve."
    assert "Add to basket" not in "\n".join(t.definition for t in terms)


PUZZLES = """Puzzle terms
Anagram: A word or phrase made by rearranging the letters of another.
Cryptic clue: A clue that hides its answer in wordplay as well as giving a plain definition of it.
Hidden word: An answer spelt out, unbroken, inside the letters of the clue itself.
Settings: Accept all cookies
Spoonerism: Two words whose first sounds are swapped, so that one phrase becomes another.
"""


def test_an_entry_that_cannot_be_read_is_skipped_with_a_warning_naming_its_line(tmp_path):
    run = read(tmp_path, "puzzles.txt", PUZZLES)
    assert [t.name for t in run.terms] == ["Anagram", "Cryptic clue", "Hidden word", "Spoonerism"]
    (warning,) = run.warnings
    assert warning.path.endswith("puzzles.txt") and warning.line == 5
    assert warning.message.startswith("glossary entry 'Settings' skipped: ")


def test_a_page_of_mostly_unreadable_entries_is_still_refused(tmp_path):
    with pytest.raises(ValidationError) as caught:
        read(tmp_path, "bad.txt", "Site words\nPreferences: Accept all cookies\n"
             "Options: Manage cookie settings\nAnagram: A word made by rearranging the letters of another.\n"
             "Settings: Reject all cookies\n")
    assert "read as a glossary list of 4 entries" in caught.value.problems[0].message


def test_check_reports_the_skipped_entry_and_passes(cli, tmp_path):
    deck = tmp_path / "puzzles"
    deck.mkdir()
    (deck / "puzzles.txt").write_text(PUZZLES, encoding="utf-8")
    run = cli("check", deck)
    assert run.code == 0, run.err
    assert "puzzles.txt:5: glossary entry 'Settings' skipped" in run.err
    assert run.out.startswith("ok: 1 deck, 4 terms")


def test_a_skipped_entry_is_reported_again_on_the_next_build(cli, tmp_path):
    deck = tmp_path / "puzzles"
    deck.mkdir()
    (deck / "puzzles.txt").write_text(PUZZLES, encoding="utf-8")
    (deck / "other.txt").write_text("Rebus\n\nA rebus is a puzzle that spells words with pictures "
                                    "and letters.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert cli("build", deck, "--out", out).code == 0
    # Another page changes; this one is read from the page cache, or read again, and still warns.
    (deck / "other.txt").write_text("Rebus\n\nA rebus is a puzzle that spells words with small "
                                    "pictures and letters.\n", encoding="utf-8")
    run = cli("build", deck, "--out", out)
    assert run.code == 0, run.err
    assert "puzzles.txt:5: glossary entry 'Settings' skipped" in run.err
