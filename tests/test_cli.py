import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO, tree_bytes


def test_build_writes_packages_and_a_summary(cli, scenario, tmp_path):
    out = tmp_path / "out"
    run = cli("build", scenario("basic"), "--out", out)
    assert run.code == 0, run.err
    assert run.out.strip() == f"built 4 packages, 20 cards, 0 warnings in {out}/"
    assert sorted(p.name for p in out.iterdir()) == [
        "thyroid-definition.apkg", "thyroid-mechanism.apkg", "thyroid-metric.apkg", "thyroid-pitfall.apkg"]


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
    assert run.out.strip() == "ok: 1 decks, 2 terms, 20 cards, 0 warnings"
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
        "aliases, definition, sections, related, discarded, source)",
    ]
    assert "Traceback" not in run.err
    assert tree_bytes(out) == earlier  # earlier outputs untouched, nothing new, no temp files


def test_verbose_shows_the_traceback(cli, scenario):
    run = cli("check", scenario("broken"), "--verbose")
    assert run.code == 1
    assert "Traceback" in run.err and "section 'Mechanism' has no text" in run.err


def test_usage_errors_exit_2_and_help_explains(cli):
    assert cli("build", "--no-such-option").code == 2
    assert cli().code == 2
    assert cli("check", "--kinds", "nonsense").code == 1
    run = cli("build", "--help")
    assert run.code == 0
    for words in ("--out", "--single", "--templates", "SOURCE", "<deck>-<topic>.apkg"):
        assert words in run.out
    assert "check" in cli("--help").out


def test_unknown_kind_is_reported(cli, scenario):
    run = cli("check", scenario("basic"), "--kinds", "qa,essay")
    assert run.code == 1
    assert run.err.strip() == "error: unknown card kind 'essay' (known: qa, forward, reverse, cloze)"


def test_output_path_that_is_a_file_is_an_error(cli, scenario, tmp_path):
    target = tmp_path / "taken"
    target.write_text("keep me")
    run = cli("build", scenario("basic"), "--out", target)
    assert run.code == 1
    assert run.err.strip() == f"error: {target}: output path exists and is not a folder"
    assert target.read_text() == "keep me"


def test_python_dash_m_runs_the_same_command(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    done = subprocess.run([sys.executable, "-m", "flashgen", "check", str(REPO / "decks")],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok: 1 decks, ")
