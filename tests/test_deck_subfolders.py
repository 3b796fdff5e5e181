"""A deck is the files directly in its folder; a folder of term files inside it is named, not lost."""

from pathlib import Path


def write_term(folder: Path, name: str, term_id: str, term_name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        f"id: {term_id}\nname: {term_name}\n"
        f"definition: {term_name} is a made-up measure of how far a kite climbs in one gust.\n",
        encoding="utf-8")


def test_check_and_build_name_a_subfolder_of_term_files_they_do_not_read(cli, tmp_path):
    deck = tmp_path / "kites"
    write_term(deck, "lift-index.yaml", "lift-index", "Lift index")
    write_term(deck / "drafts", "gust-gain.yaml", "gust-gain", "Gust gain")
    (deck / ".hidden").mkdir()
    write_term(deck / ".hidden", "x.yaml", "x", "Hidden draft")
    (deck / "photos").mkdir()  # a folder of no term files is no one's business
    (deck / "photos" / "kite.jpg").write_bytes(b"\xff\xd8")

    run = cli("check", deck)
    assert run.code == 0, run.err
    assert run.out.startswith("ok: 1 deck, 1 term,")
    said = [line for line in run.err.splitlines() if "subfolder not read" in line]
    assert said == [f"warning: {deck / 'drafts'}: subfolder not read: a deck is the files directly in {deck}; "
                    "move them up, or name the subfolder to build it as a deck of its own"]

    built = cli("build", deck, "--out", tmp_path / "out")
    assert built.code == 0, built.err
    assert sum("subfolder not read" in line for line in built.err.splitlines()) == 1
    assert cli("check", "--strict", deck).code == 1


def test_a_subfolder_named_on_the_command_line_is_a_deck_without_the_warning(cli, tmp_path):
    deck = tmp_path / "kites"
    write_term(deck, "lift-index.yaml", "lift-index", "Lift index")
    write_term(deck / "drafts", "gust-gain.yaml", "gust-gain", "Gust gain")
    run = cli("check", deck / "drafts")
    assert run.code == 0, run.err
    assert run.out.startswith("ok: 1 deck, 1 term,")
    assert "subfolder not read" not in run.err
