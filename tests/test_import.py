"""Glossary pages through the command line: import to term files, or build from them directly."""

import shutil

from conftest import DATA, import_package, tree_bytes

from flashgen.build import prepare

PAGES = DATA / "pages"


def page_deck(tmp_path, *names):
    deck = tmp_path / "pages" / "hormones"
    deck.mkdir(parents=True)
    for name in names:
        shutil.copy(PAGES / name, deck / name)
    return deck


def test_import_writes_term_files_that_build_the_same_cards_as_the_pages(cli, tmp_path):
    deck = page_deck(tmp_path, "car.txt", "gut_brain_html.txt")
    out = tmp_path / "decks" / "hormones"
    out.parent.mkdir()  # import makes the deck folder, in a folder that exists
    run = cli("import", deck, "--out", out)
    assert run.code == 0, run.err
    assert run.out.strip() == f"imported 2 term files into {out}/"
    assert sorted(p.name for p in out.iterdir()) == ["cortisol-awakening-response.yaml", "gut-brain-axis.yaml"]
    from_pages = prepare([deck]).cards
    from_files = prepare([out]).cards
    assert [(c.guid, c.front, c.back) for c in from_pages] == [(c.guid, c.front, c.back) for c in from_files]
    assert cli("check", out).code == 0


def test_import_of_a_folder_reads_the_pages_build_reads(cli, tmp_path):
    deck = page_deck(tmp_path, "car.txt")
    # Notes on the folder and an editor's hidden draft are no pages, for build or import.
    (deck / "README.md").write_text("# My pages\n\nNotes on where these pages come from.\n", encoding="utf-8")
    (deck / ".draft.txt").write_text("Draft\n", encoding="utf-8")
    (deck / "more").mkdir()
    shutil.copy(PAGES / "gut_brain_html.txt", deck / "more" / "gut_brain_html.txt")
    out = tmp_path / "decks"
    assert cli("check", deck).out.startswith("ok: 1 deck, 1 term,")
    run = cli("import", deck, "--out", out)
    assert run.code == 0, run.err
    assert sorted(p.name for p in out.iterdir()) == ["cortisol-awakening-response.yaml"]
    # The subfolder is not read, and the user hears so.
    assert f"warning: {deck / 'more'}: subfolder not read: only the pages directly in {deck} are" in run.err


def test_import_again_of_a_glossary_says_once_that_its_files_exist(cli, tmp_path):
    page = tmp_path / "terms.txt"
    page.write_text("Knot Glossary\n\n" + "".join(
        f"{name}: A knot that {what}.\n" for name, what in [
            ("Bowline", "makes a fixed loop at the end of a line"), ("Clove hitch", "binds a line to a post"),
            ("Sheet bend", "joins two lines of different sizes"), ("Reef knot", "ties the ends of one line"),
            ("Figure eight", "stops a line running through a block")]), encoding="utf-8")
    out = tmp_path / "knots"
    assert cli("import", page, "--out", out).code == 0
    before = tree_bytes(out)
    run = cli("import", page, "--out", out)
    assert run.code == 1
    assert run.err.splitlines() == [
        f"error: {out}: all 5 term files to write already exist (bowline.yaml, clove-hitch.yaml, "
        "figure-eight.yaml, …); use --force to replace them"]
    assert tree_bytes(out) == before
    (out / "bowline.yaml").unlink()
    assert "4 of the 5 term files" in cli("import", page, "--out", out).err


def test_import_refuses_to_overwrite_curated_files_unless_forced(cli, tmp_path):
    deck, out, curated = imported_car_page(cli, tmp_path)
    curated.write_text(curated.read_text().replace("name: Cortisol", "name: The cortisol"))
    before = tree_bytes(out)
    run = cli("import", deck, "--out", out)
    assert run.code == 1
    assert run.err.strip().endswith("cortisol-awakening-response.yaml: already exists; use --force to replace it")
    assert tree_bytes(out) == before
    forced = cli("import", deck, "--out", out, "--force")
    assert forced.code == 0
    assert forced.out.strip() == f"imported 1 term file into {out}/ (1 replaced)"
    assert "name: The cortisol" not in curated.read_text()


def test_a_bad_page_stops_the_import_unless_keep_going(cli, tmp_path):
    deck = page_deck(tmp_path, "car.txt")
    shutil.copy(PAGES / "bad" / "only_cookies.txt", deck / "only_cookies.txt")
    out = tmp_path / "decks" / "hormones"
    out.parent.mkdir()  # import makes the deck folder, in a folder that exists
    run = cli("import", deck, "--out", out)
    assert run.code == 1
    error, note = run.err.strip().splitlines()
    assert error.startswith("error: ") and "only_cookies.txt" in error
    assert note.startswith("note: with --keep-going")
    assert not out.exists()
    run = cli("import", deck, "--out", out, "--keep-going")
    assert run.code == 0
    assert "warning:" in run.err and "only_cookies.txt" in run.err
    assert [p.name for p in out.iterdir()] == ["cortisol-awakening-response.yaml"]


def test_build_reads_pages_directly_and_html_in_them_stays_text(cli, tmp_path, collection):
    deck = page_deck(tmp_path, "car.txt", "gut_brain_html.txt")
    out = tmp_path / "out"
    run = cli("build", deck, "--out", out)
    assert run.code == 0, run.err
    for package in sorted(out.glob("*.apkg")):
        log = import_package(collection, package)
        assert len(log.conflicting) == 0
    names = {d.name for d in collection.decks.all_names_and_ids()}
    assert {"Hormones::Definition", "Hormones::Mechanism", "Hormones::Metric", "Hormones::Risk",
            "Hormones::Notes"} <= names
    (cid,) = collection.find_cards('"deck:Hormones::Notes" "note:flashgen Q&A"')
    answer = collection.get_card(cid).render_output().answer_text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in answer
    assert "<script>" not in answer


def test_build_from_pages_counts_the_text_it_set_aside(cli, tmp_path):
    deck = tmp_path / "pages" / "gut"
    deck.mkdir(parents=True)
    banner = "We use cookies to improve this website and to analyse our traffic."
    (deck / "car.txt").write_text((PAGES / "car.txt").read_text(encoding="utf-8") + "\n" + banner + "\n",
                                  encoding="utf-8")
    run = cli("check", deck)
    assert run.code == 0, run.err
    # One page: its own note says how many lines, said once.
    assert "car.txt: 1 line set aside as site noise" in run.err
    assert "kept off the cards" not in run.err
    assert "note: 'flashgen import' writes those lines into the term files" in run.err
    assert cli("build", deck, "--out", tmp_path / "out").err.count(
        "note: 1 line of site text (banners, teasers) kept off the cards") == 1
    (term,) = prepare([deck]).decks[0].terms
    assert term.discarded == (banner,)
    assert banner not in "".join(c.back for c in prepare([deck]).cards)


def test_imported_ids_of_accented_or_non_latin_names_pass_check(cli, tmp_path):
    deck = tmp_path / "pages" / "glands"
    deck.mkdir(parents=True)
    (deck / "sjogren.txt").write_text(
        "Sjögren’s syndrome is an autoimmune disease that dries the eyes and the mouth.\n\n"
        "Mechanism\nImmune cells invade the glands that make tears and saliva.\n", encoding="utf-8")
    (deck / "ghrelin-greek.md").write_text(
        "# Γκρελίνη\n\nΓκρελίνη is the Greek name of the hunger hormone made in the stomach.\n",
        encoding="utf-8")
    out = tmp_path / "decks" / "glands"
    out.parent.mkdir()  # import makes the deck folder, in a folder that exists
    run = cli("import", deck, "--out", out)
    assert run.code == 0, run.err
    # A Greek name is spelt in Latin letters for its id (see slug).
    assert sorted(p.name for p in out.iterdir()) == ["gkreline.yaml", "sjogrens-syndrome.yaml"]
    run = cli("check", out)
    assert run.code == 0, run.err


def test_import_keeps_the_authors_cloze_keys_when_it_replaces_a_term_file(cli, tmp_path):
    deck, out, curated = imported_car_page(cli, tmp_path)
    first = curated.read_text()
    curated.write_text(first + "cloze:\n  hide: [morning]\n  keep: [cortisol]\n"
                                "  skip:\n  - The rise is steepest\n")
    assert cli("import", deck, "--out", out, "--force").code == 0
    text = curated.read_text()
    # Everything else comes from the page again; the cloze keys are the author's.
    assert text.startswith(first)
    assert text[len(first):] == ("cloze:\n  hide:\n  - morning\n  keep:\n  - cortisol\n"
                                 "  skip:\n  - The rise is steepest\n")
    from flashgen.sources import load_decks

    (term,) = load_decks([out])[0][0].terms
    assert (term.cloze.hide, term.cloze.keep, term.cloze.skip) == (("morning",), ("cortisol",),
                                                                   ("The rise is steepest",))


def imported_car_page(cli, tmp_path):
    """Import the CAR page into a new deck folder; return the pages, the folder, its term file."""
    deck = page_deck(tmp_path, "car.txt")
    out = tmp_path / "decks" / "hormones"
    out.parent.mkdir()  # import makes the deck folder, in a folder that exists
    assert cli("import", deck, "--out", out).code == 0
    return deck, out, out / "cortisol-awakening-response.yaml"


def test_import_force_keeps_everything_the_author_added_that_a_page_never_says(cli, tmp_path):
    deck, out, curated = imported_car_page(cli, tmp_path)
    curated.write_text(curated.read_text() + (
        "number: singular\n"
        "article: the\n"
        "source: https://example.org/notes/car\n"
        "cards:\n"
        "  - topic: Metric\n"
        "    question: How long after waking does the rise peak?\n"
        "    answer: About 30 to 45 minutes.\n"))
    assert cli("check", out).code == 0
    assert cli("import", deck, "--out", out, "--force").code == 0
    from flashgen.sources import load_decks

    (term,) = load_decks([out])[0][0].terms
    assert (term.number, term.article, term.source) == ("singular", "the", "https://example.org/notes/car")
    assert [(c.question, c.answer) for c in term.cards] == [
        ("How long after waking does the rise peak?", "About 30 to 45 minutes.")]


def test_import_force_carries_nothing_over_from_a_broken_term_file(cli, tmp_path):
    deck, out, curated = imported_car_page(cli, tmp_path)
    curated.write_text(curated.read_text() + "number: several\n")  # not a valid number
    assert cli("check", out).code == 1
    assert cli("import", deck, "--out", out, "--force").code == 0
    # The file written is one build accepts: the page's text without the broken key.
    assert "number:" not in curated.read_text()
    assert cli("check", out).code == 0


def test_two_entries_of_one_page_with_one_id_are_named_by_their_lines(cli, tmp_path):
    page = tmp_path / "terms.txt"
    page.write_text("Knot Glossary\n\n"
                    "Bowline: A knot that makes a fixed loop at the end of a line.\n"
                    "Clove hitch: A knot that binds a line to a post.\n"
                    "Bowline: A knot sailors tie one-handed around their waist.\n", encoding="utf-8")
    run = cli("check", page)
    assert run.code == 1
    assert f"error: {page}:5: term id 'bowline' is already used by the entry 'Bowline' on line 3" in run.err
    run = cli("import", page, "--out", tmp_path / "knots")
    assert run.code == 0, run.err
    assert (f"warning: {page}:5: id 'bowline' is also the id of the entry 'Bowline' on line 3; this term "
            "gets id 'bowline-2'") in run.err
    # Between pages, the other page is named.
    other = tmp_path / "more.txt"
    other.write_text("Bowline\n\nA bowline is a knot that forms a loop which neither slips nor jams.\n",
                     encoding="utf-8")
    run = cli("import", other, tmp_path / "terms.txt", "--out", tmp_path / "again")
    assert f"id 'bowline' is also the id of 'Bowline' from {other}, in this import" in run.err
