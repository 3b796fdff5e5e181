"""Messages about pages: copies, folders of unreadable pages, glossary lists, and help text."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.errors import ValidationError
from flashgen.readers import read_pages

PAGE = """Moss stitch is a textured knitting pattern of single knit and purl stitches that alternate in every row and column.

Context
Knitters use moss stitch for borders because the fabric lies flat and does not curl at the edges.
"""


def test_two_copies_of_one_page_say_their_text_is_repeated(cli, tmp_path):
    deck = tmp_path / "knitting"
    deck.mkdir()
    (deck / "moss.txt").write_text(PAGE, encoding="utf-8")
    (deck / "moss-copy.txt").write_text(PAGE, encoding="utf-8")
    run = cli("check", deck)
    assert run.code == 1
    errors = run.err.strip().splitlines()
    assert len(errors) == 2 and "moss-copy.txt" in errors[0] and "moss.txt" in errors[1]
    for error in errors:
        assert "repeated on other pages of the run" in error and "copy" in error
        assert "must open with a paragraph" not in error


def test_a_definition_lost_to_repeats_says_so(tmp_path):
    shared = ("Seed stitch is the American name for a pattern of knit and purl stitches "
              "that alternate along rows.")
    (tmp_path / "a.txt").write_text(f"{shared}\n\nMechanism\nEach stitch is the opposite of the one below it.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{shared}\n\nOrigin\nThe name comes from the small bumps, like seeds.\n",
                                    encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_pages([tmp_path], "knitting")
    assert "repeated on other pages of the run" in str(caught.value)


def test_check_keep_going_on_a_folder_of_unreadable_pages_names_each(cli, tmp_path):
    deck = tmp_path / "bad"
    deck.mkdir()
    (deck / "empty.txt").write_text("\n\n", encoding="utf-8")
    (deck / "chrome.txt").write_text("Accept all\nCookie settings\n", encoding="utf-8")
    run = cli("check", deck, "--keep-going")
    assert run.code == 1
    assert "empty.txt" in run.err and "page is empty" in run.err
    assert "chrome.txt" in run.err and "boilerplate" in run.err
    assert "all its 2 pages were skipped" in run.err
    (deck / "empty.txt").unlink()
    (deck / "chrome.txt").write_text("Accept all cookies\n", encoding="utf-8")
    run = cli("check", deck, "--keep-going")
    assert run.code == 1
    assert "1 line set aside" in run.err and "its one page was skipped" in run.err


def test_glossary_entries_get_no_warning_for_having_no_sections(cli, tmp_path):
    deck = tmp_path / "yarn"
    deck.mkdir()
    (deck / "glossary.txt").write_text("""Yarn Glossary

Ply: One strand of fibre spun on its own before strands are twisted together into yarn.
Roving: A long rope of combed fibre that is ready to be spun into yarn.
Skein: A length of yarn wound into a loose twisted coil for selling.
""", encoding="utf-8")
    (deck / "worsted.txt").write_text(
        "Shop for yarn | Patterns\n\nWorsted is a medium weight of yarn that knits up at about five "
        "stitches an inch.\n", encoding="utf-8")
    run = cli("check", deck, "--verbose")
    assert run.code == 0, run.err
    warned = [line for line in run.err.splitlines() if line.startswith("warning:")]
    # The single page still hears that it makes only Definition cards.
    assert len(warned) == 1 and "worsted.txt" in warned[0] and "no sections" in warned[0]


def test_help_names_html_pages_and_one_file_per_term(cli):
    run = cli("check", "--help")
    assert ".html" in run.out and ".htm" in run.out
    run = cli("import", "--help")
    text = " ".join(run.out.split())
    assert ".html" in text and "one term file per term" in text and "one per entry" in text
    assert "one term file per page" not in text


def test_a_linked_page_is_read_under_the_name_of_its_link(cli, tmp_path, monkeypatch):
    # The file linked to ends in a suffix flashgen does not read; the link's name does.
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "moss.markdown").write_text(PAGE, encoding="utf-8")
    deck = tmp_path / "knitting"
    deck.mkdir()
    (deck / "moss.md").symlink_to(tmp_path / "notes" / "moss.markdown")
    monkeypatch.chdir(tmp_path)
    for source in (deck / "moss.md", deck):
        run = cli("check", source)
        assert run.code == 0, run.err
        assert run.out.strip().startswith("ok: 1 deck, 1 term,"), run.out
    built = cli("build", deck / "moss.md", "--out", tmp_path / "out")
    assert built.code == 0 and (tmp_path / "out" / "knitting-context.apkg").exists(), built.err


def test_print_and_diff_say_which_pages_keep_going_skipped(cli, tmp_path):
    deck = tmp_path / "knitting"
    deck.mkdir()
    (deck / "moss.txt").write_text(PAGE, encoding="utf-8")
    (deck / "empty.txt").write_text("\n", encoding="utf-8")
    skipped = f"warning: {deck / 'empty.txt'}: skipped: page is empty"
    run = cli("print", deck, "--keep-going", "--out", tmp_path / "cards.pdf")
    assert run.code == 0, run.err
    assert skipped in run.err.splitlines()
    run = cli("diff", deck, "--keep-going", "--out", tmp_path / "out")
    assert run.code == 0, run.err
    assert skipped in run.err.splitlines() and "skipped" not in run.out


def test_a_page_that_stops_the_run_points_to_keep_going(cli, tmp_path):
    deck = tmp_path / "knitting"
    deck.mkdir()
    (deck / "moss.txt").write_text(PAGE, encoding="utf-8")
    (deck / "empty.txt").write_text("\n", encoding="utf-8")
    hint = "note: with --keep-going, pages that cannot be read are skipped and the others are used"
    for run in (cli("check", deck), cli("import", deck, "--out", tmp_path / "out")):
        assert run.code == 1
        assert run.err.splitlines() == [f"error: {deck / 'empty.txt'}: page is empty", hint]
    # With no other page to use, skipping would leave nothing: no such advice.
    alone = cli("check", deck / "empty.txt")
    assert alone.code == 1 and "--keep-going" not in alone.err
