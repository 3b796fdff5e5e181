import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from flashgen.anki import note_id
from flashgen.cards import card_guid
from conftest import REPO, tree_bytes


def test_build_writes_packages_and_a_summary(cli, scenario, tmp_path):
    out = tmp_path / "out"
    run = cli("build", scenario("basic"), "--out", out)
    assert run.code == 0, run.err
    assert re.fullmatch(rf"built 4 packages, 19 cards, 0 warnings, \d+\.\d s in {re.escape(str(out))}/",
                        run.out.strip())
    assert sorted(p.name for p in out.iterdir()) == [
        ".flashgen-cache", ".flashgen-manifest.json", "thyroid-definition.apkg", "thyroid-mechanism.apkg", "thyroid-metric.apkg", "thyroid-pitfall.apkg"]


def test_build_defaults_to_decks_and_out_in_the_working_folder(cli, tmp_path, monkeypatch):
    import shutil

    shutil.copytree(REPO / "decks", tmp_path / "decks")
    monkeypatch.chdir(tmp_path)
    run = cli("build")
    assert run.code == 0, run.err
    assert run.out.endswith(" in out/\n")
    assert (tmp_path / "out" / "gut-hormones-mechanism.apkg").is_file()


def test_check_validates_and_writes_nothing(cli, scenario):
    source = scenario("basic")
    before = tree_bytes(source.parent)
    run = cli("check", source)
    assert run.code == 0
    assert run.out.strip() == "ok: 1 deck, 2 terms, 19 cards, 0 warnings"
    assert tree_bytes(source.parent) == before


def test_broken_term_file_fails_with_its_name_and_writes_nothing(cli, scenario, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    good = scenario("basic")
    out = tmp_path / "out"
    assert cli("build", good, "--out", out).code == 0
    earlier = tree_bytes(out)
    broken = scenario("broken")
    run = cli("build", broken, good, "--out", out)
    assert run.code == 1
    assert run.out == ""
    lines = run.err.splitlines()
    assert lines == [
        "error: broken/glands/bad.yaml:6: section 'Mechanism' has no text",
        "error: broken/glands/bad.yaml:7: section 'Risk' has no text",
        "error: broken/glands/bad.yaml:9: unknown key 'colour' in term file (expected one of: id, name, "
        "aliases, definition, sections, related, discarded, source, number, article, cards, cloze)",
    ]
    assert "Traceback" not in run.err
    assert tree_bytes(out) == earlier  # earlier outputs untouched, nothing new, no temp files


def test_verbose_shows_the_traceback(cli, scenario):
    run = cli("check", scenario("broken"), "--verbose")
    assert run.code == 1
    assert "Traceback" in run.err and "section 'Mechanism' has no text" in run.err


def test_a_fault_of_flashgen_is_one_line_asking_for_a_report(cli, scenario, monkeypatch):
    import flashgen.cli

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    # No input triggers a known fault, so one is put where every command passes.
    monkeypatch.setattr(flashgen.cli, "_run", broken)
    source = scenario("basic")
    run = cli("check", source)
    assert run.code == 70
    lines = run.err.strip().splitlines()
    assert lines[-1].startswith("error: internal error (IndexError: list index out of range)")
    assert "--verbose" in lines[-1] and "Traceback" not in run.err
    run = cli("check", source, "--verbose")
    assert run.code == 70 and "Traceback" in run.err


def test_usage_errors_exit_2_and_help_explains(cli):
    assert cli("build", "--no-such-option").code == 2
    assert cli().code == 2
    assert cli("check", "--kinds", "nonsense").code == 2
    run = cli("build", "--help")
    assert run.code == 0
    for words in ("--out", "--single", "--templates", "SOURCE", "<deck>-<topic>.apkg"):
        assert words in run.out
    assert "check" in cli("--help").out


def test_unknown_or_missing_kinds_are_usage_errors(cli, scenario):
    source = scenario("basic")
    run = cli("check", source, "--kinds", "qa,essay")
    assert run.code == 2
    assert run.err.strip().endswith(
        "error: argument --kinds: unknown card kind 'essay' (known: qa, forward, reverse, cloze)")
    run = cli("build", source, "--kinds", " , ")
    assert run.code == 2
    assert "argument --kinds: no card kind given" in run.err


def test_output_path_that_is_a_file_is_an_error(cli, scenario, tmp_path):
    target = tmp_path / "taken"
    target.write_text("keep me")
    source = scenario("basic")
    run = cli("build", source, "--out", target)
    assert run.code == 1
    assert run.err.strip() == f"error: {target}: output path exists and is not a folder"
    assert target.read_text() == "keep me"
    run = cli("build", source, "--out", target / "sub")
    assert run.code == 1
    assert run.err.strip() == f"error: {target / 'sub'}: cannot make the output folder: {target} is a file"
    run = cli("check", source, "--templates", target)
    assert run.code == 1
    assert run.err.strip() == f"error: {target}: the templates folder is a file, not a folder"
    assert target.read_text() == "keep me"


def test_python_dash_m_runs_the_same_command(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    done = subprocess.run([sys.executable, "-m", "flashgen", "check", str(REPO / "decks")],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok: 1 deck, ")


def test_print_writes_the_chosen_topic_as_pdf_and_html(cli, scenario, tmp_path):
    import pdfplumber

    pdf, page = tmp_path / "sheets" / "cards.pdf", tmp_path / "cards.html"
    pdf.parent.mkdir()  # print writes into an existing folder
    source = scenario("basic")
    run = cli("print", source, "--topic", "Metrics", "--kinds", "qa", "--out", pdf, "--html", page)
    assert run.code == 0, run.err
    assert run.out.startswith("printed 1 card as 1 paper card on 2 pages (a4-2x4)")
    with pdfplumber.open(pdf) as document:
        front, back = (p.extract_text() for p in document.pages)
    assert "How is Thyroid-Stimulating Hormone measured or assessed?" in " ".join(front.split())
    assert "0.4 to 4.0 mIU/L" in " ".join(back.split())
    assert "Low thyroid hormone levels" not in front + back  # other topics left out
    text = page.read_text(encoding="utf-8")
    assert "reference range is about 0.4 to 4.0" in text and "mIU/L." in text
    # By default every kind is printed: the topic's cloze shows its gap on the front.
    assert cli("print", source, "--topic", "metric", "--out", pdf).code == 0
    with pdfplumber.open(pdf) as document:
        fronts = " ".join(document.pages[0].extract_text().split())
    assert "[...]" in fronts and "0.4 to 4.0 mIU/L" not in fronts


def test_print_refuses_an_unknown_topic_and_bad_sources_writing_nothing(cli, scenario, tmp_path):
    pdf = tmp_path / "cards.pdf"
    run = cli("print", scenario("basic"), "--topic", "dosage", "--out", pdf)
    assert run.code == 1
    assert run.err.startswith("error: no cards of topic 'dosage' (topics here: definition, mechanism")
    run = cli("print", scenario("broken"), "--out", pdf)
    assert run.code == 1 and "bad.yaml:6: section 'Mechanism' has no text" in run.err
    assert not pdf.exists()
    # An HTML file that cannot be written stops the run before the PDF is written.
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    run = cli("print", tmp_path / "basic", "--out", pdf, "--html", blocker / "cards.html")
    assert run.code == 1 and len(run.err.strip().splitlines()) == 1 and "afile" in run.err
    assert not pdf.exists()
    assert cli("print", "--layout", "poster").code == 2


def test_diff_against_a_folder_without_a_build_says_so(cli, scenario, tmp_path):
    source = scenario("basic")
    run = cli("diff", source, "--out", tmp_path / "mistyped", "--kinds", "qa")
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[-2] == (f"note: no earlier build is recorded in {tmp_path / 'mistyped'}/ (no "
                         ".flashgen-manifest.json there), so every package and note counts as new")
    assert not (tmp_path / "mistyped").exists()
    assert cli("build", source, "--out", tmp_path / "out", "--kinds", "qa").code == 0
    again = cli("diff", source, "--out", tmp_path / "out", "--kinds", "qa")
    assert "no earlier build" not in again.out


def test_diff_help_says_it_reads_the_output_folder(cli):
    text = " ".join(cli("diff", "--help").out.split())
    assert "folder of the last build to compare with" in text
    assert "folder to write packages into" not in text
    assert "list every warning" in " ".join(cli("import", "--help").out.split())


def test_diff_lists_cards_against_the_last_build_and_writes_nothing(cli, scenario, tmp_path):
    source = scenario("basic")
    out = tmp_path / "out"
    assert cli("build", source, "--out", out, "--kinds", "qa").code == 0
    tsh = source / "thyroid" / "tsh.yaml"
    text = tsh.read_text().replace("about 0.4 to 4.0", "roughly 0.4 to 4.0")
    text = text.replace("  - heading: Pitfalls\n    text: Biotin supplements can distort some TSH assays "
                        "<b>&</b> give false results.\n",
                        "  - heading: Origin\n    text: Named for what it does.\n")
    tsh.write_text(text)
    before = tree_bytes(tmp_path)
    run = cli("diff", source, "--out", out, "--kinds", "qa")
    assert run.code == 0, run.err
    assert run.out.splitlines() == [
        "changed package thyroid-metric.apkg",
        "  changed thyroid/tsh/metric/qa",
        "new package thyroid-origin.apkg",
        "  added thyroid/tsh/origin/qa",
        "stale package thyroid-pitfall.apkg (no longer built; build removes it)",
        "  removed thyroid/tsh/pitfall/qa",
        "1 added, 1 changed, 1 removed notes; 2 to write, 1 stale, 2 unchanged packages",
        f"find them in Anki's browser with: nid:{note_id(card_guid('thyroid/tsh/pitfall/qa'))}",
    ]
    assert tree_bytes(tmp_path) == before


def without_pitfalls(source):
    """Drop the deck's synonym for the Pitfalls section a test has removed: unused, it is a warning."""
    deck = source / "thyroid" / "deck.yaml"
    deck.write_text(deck.read_text().replace("  Pitfalls: pitfall\n", ""))


def test_build_reports_unchanged_and_removed_packages(cli, scenario, tmp_path):
    source = scenario("basic")
    out = tmp_path / "out"
    assert cli("build", source, "--out", out, "--kinds", "qa").code == 0
    tsh = source / "thyroid" / "tsh.yaml"
    tsh.write_text(tsh.read_text().replace("about 0.4 to 4.0", "roughly 0.4 to 4.0").replace(
        "  - heading: Pitfalls\n    text: Biotin supplements can distort some TSH assays "
        "<b>&</b> give false results.\n", ""))
    without_pitfalls(source)
    run = cli("build", source, "--out", out, "--kinds", "qa")
    assert run.code == 0, run.err
    assert [re.sub(r", \d+\.\d s in ", " in ", line) for line in run.out.splitlines()] == [
        f"built 3 packages, 5 cards, 0 warnings in {out}/",
        "1 written, 2 unchanged",
        f"removed stale package {out / 'thyroid-pitfall.apkg'}",
        f"find them in Anki's browser with: nid:{note_id(card_guid('thyroid/tsh/pitfall/qa'))}",
    ]
    assert not (out / "thyroid-pitfall.apkg").exists()
    assert cli("diff", source, "--out", out, "--kinds", "qa").out.splitlines() == [
        "0 added, 0 changed, 0 removed notes; 0 to write, 0 stale, 3 unchanged packages"]


def test_a_stale_package_changed_by_someone_else_is_left_in_place(cli, scenario, tmp_path):
    source = scenario("basic")
    out = tmp_path / "out"
    assert cli("build", source, "--out", out).code == 0
    (out / "thyroid-pitfall.apkg").write_bytes(b"not what flashgen wrote")
    tsh = source / "thyroid" / "tsh.yaml"
    tsh.write_text(tsh.read_text().split("  - heading: Pitfalls")[0] + "source: https://example.org/glossary/tsh\n")
    without_pitfalls(source)
    run = cli("build", source, "--out", out)
    assert run.code == 0, run.err
    assert run.err == (f"warning: {out / 'thyroid-pitfall.apkg'}: stale package was changed after "
                       f"flashgen wrote it; left in place\n")
    assert (out / "thyroid-pitfall.apkg").read_bytes() == b"not what flashgen wrote"


def test_a_damaged_manifest_stops_the_build_and_says_what_to_do(cli, scenario, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    manifest = out / ".flashgen-manifest.json"
    manifest.write_text('{"format": 1, "packages": [')
    source = scenario("basic")
    run = cli("build", source, "--out", out)
    assert run.code == 1
    assert run.err.startswith(f"error: {manifest}: cannot read the build manifest (")
    assert run.err.endswith("; delete it to write every package again\n")
    assert list(out.iterdir()) == [manifest]
    manifest.write_text('{"format": 1, "packages": [{"path": "x.apkg"}]}')
    run = cli("diff", source, "--out", out)
    assert run.err == (f"error: {manifest}: the build manifest is damaged (KeyError: 'decks'); "
                       f"delete it to write every package again\n")


def test_a_note_template_naming_an_unknown_field_fails_check(cli, scenario, tmp_path):
    source = scenario("basic")
    mine = tmp_path / "my-templates"
    mine.mkdir()
    (mine / "note-front.html").write_text('<div>{{Topic}}</div>\n<div>{{text:Question}}</div>\n'
                                          '{{#Nope}}<i>{{Topic}}</i>{{/Nope}}\n')
    (mine / "cloze-front.html").write_text("<div>{{Text}}</div>\n")
    run = cli("check", source, "--templates", mine)
    assert run.code == 1
    lines = run.err.strip().splitlines()
    assert f"{mine / 'note-front.html'}:2: {{{{text:Question}}}} names no field" in lines[0]
    assert "its fields: Front, Back, Term, Topic, Source, Extra" in lines[0]
    assert f"{mine / 'note-front.html'}:3: {{{{Nope}}}} names no field" in lines[1]  # once, not per tag
    assert f"{mine / 'cloze-front.html'}: a cloze template must show the cloze text" in lines[2]
    assert len(lines) == 3
    out = tmp_path / "out"
    assert cli("build", source, "--out", out, "--templates", mine).code == 1
    assert not out.exists()


def test_print_refuses_a_folder_that_does_not_exist_and_makes_none(cli, scenario, tmp_path):
    source = scenario("basic")
    missing = tmp_path / "nonexistent" / "dir"
    run = cli("print", source, "--out", missing / "x.pdf")
    assert run.code == 1
    assert run.err == (f"error: {missing / 'x.pdf'}: the folder {missing} does not exist; "
                       "make it first or give another path\n")
    run = cli("print", source, "--out", tmp_path / "x.pdf", "--html", missing / "x.html")
    assert run.code == 1 and f"the folder {missing} does not exist" in run.err
    assert not (tmp_path / "nonexistent").exists() and not (tmp_path / "x.pdf").exists()


def test_build_and_import_make_their_folder_but_not_a_missing_parent(cli, scenario, tmp_path):
    source = scenario("basic")
    pages = Path(__file__).parent / "data" / "pages"
    typo = tmp_path / "nonexistent" / "out"
    for command, what in (("build", source), ("import", pages / "car.txt")):
        run = cli(command, what, "--out", typo)
        assert run.code == 1
        assert run.err == (f"error: {typo}: cannot make the output folder: the folder {typo.parent} it goes "
                           "in does not exist; make it first or check the path\n")
        assert not typo.parent.exists()
    assert cli("build", source, "--out", tmp_path / "out").code == 0  # its own folder is made
    assert cli("import", pages / "car.txt", "--out", tmp_path / "deck").code == 0
    assert (tmp_path / "out").is_dir() and (tmp_path / "deck").is_dir()


def test_one_file_for_both_print_outputs_is_a_usage_error_of_print(cli, scenario, tmp_path):
    run = cli("print", scenario("basic"), "--out", tmp_path / "a.pdf", "--html", tmp_path / "." / "a.pdf")
    assert run.code == 2
    assert run.err.startswith("usage: flashgen print ")
    assert run.err.splitlines()[-1] == ("flashgen print: error: --out and --html name the same file; "
                                        "give them different names")
    assert not (tmp_path / "a.pdf").exists()


@pytest.mark.parametrize("command", ["build", "check", "stats", "print", "diff"])
def test_without_a_source_or_decks_folder_the_error_says_none_was_given(cli, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    run = cli(command)
    assert run.code == 1
    assert run.err.splitlines() == [
        f"error: decks: no such folder, and it is where {command} looks when no SOURCE is given; "
        "name the term files, pages or folders to read"]
    assert list(tmp_path.iterdir()) == []
