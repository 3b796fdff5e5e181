"""Hostile and careless text: refused with its file and line, or built into packages Anki imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import import_package
from flashgen.build import BuildConfig, build

#: Text that YAML lets through from escapes and that would break a package or its fields.
REFUSED = {
    "field separator": r"\x1f",
    "NUL": r"\0",
    "ESC": r"\e",
    "BEL": r"\a",
    "backspace": r"\b",
    "vertical tab": r"\v",
    "DEL": r"\x7f",
    "C1 control": r"\x85",
    "lone surrogate": r"\ud800",
    "low surrogate": r"\udfff",
}

#: Text that is awkward but harmless: it must reach Anki intact, as text.
ACCEPTED = [
    "<script>alert(1)</script> & &amp; <b>bold</b>",
    "{{c1::hidden}} {{Front}} a::b {{/x}} }}{{",
    "right-to-left \u202e override \u2066 isolate",
    "zero\u200bwidth\u200d joiners \ufeff mark",
    "line\u2028separator and paragraph\u2029separator",
    "non-characters \ufffe \uffff \U0010ffff",
    "combining e\u0301\u0301\u0301 and emoji \U0001f9ea\U0001f468\u200d\U0001f469",
    "tab\there and\r\ncarriage returns and \x0c form feed",
    "quotes ' \" ` and backslashes \\ \\\\ and %s {0} $1",
    "Ꙭ ﷽ 𒀱 long" + " word" * 2000,
]


def _yaml_string(text: str) -> str:
    return json.dumps(text)  # a JSON string is a YAML double-quoted string


def _deck(root: Path, name: str = "hostile") -> Path:
    deck = root / "decks" / name
    deck.mkdir(parents=True)
    return deck


@pytest.mark.parametrize("where", ["name", "definition", "alias", "heading", "text", "deck title"])
def test_control_characters_and_surrogates_are_refused_with_file_and_line(tmp_path, cli, where):
    deck = _deck(tmp_path)
    fields = {"name": "Zonulin", "definition": "Zonulin is a protein.", "alias": "zo",
              "heading": "Mechanism", "text": "It loosens junctions.", "deck title": "Deck"}
    line = {"name": 1, "alias": 2, "definition": 3, "heading": 5, "text": 6}
    for kind, escape in REFUSED.items():
        values = {k: (f'"a{escape}b"' if k == where else json.dumps(v)) for k, v in fields.items()}
        (deck / "zonulin.yaml").write_text(
            f"name: {values['name']}\naliases: [{values['alias']}]\ndefinition: {values['definition']}\n"
            f"sections:\n  - heading: {values['heading']}\n    text: {values['text']}\n", encoding="utf-8")
        (deck / "deck.yaml").write_text(f"title: {values['deck title']}\n", encoding="utf-8")
        for command in ("check", "build") if kind == "field separator" else ("check",):
            run = cli(command, tmp_path / "decks", *(["--out", tmp_path / "out"] if command == "build" else []))
            assert run.code == 1, (kind, run)
            lines = run.err.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("error: "), (kind, run.err)
            expected = "deck.yaml:1:" if where == "deck title" else f"zonulin.yaml:{line[where]}:"
            assert expected in lines[0] and "U+" in lines[0], (kind, lines[0])
    assert not (tmp_path / "out").exists()


def test_characters_from_folder_names_are_refused_before_anything_is_written(tmp_path, cli):
    deck = _deck(tmp_path, "bad\x1fdeck")
    (deck / "a.yaml").write_text("name: A\ndefinition: A is a letter.\n", encoding="utf-8")
    run = cli("build", tmp_path / "decks", "--out", tmp_path / "out")
    assert run.code == 1 and "U+001F" in run.err and "deck title" in run.err
    assert not (tmp_path / "out").exists()


def test_packages_of_every_kind_of_awkward_text_import_into_anki(tmp_path, collection):
    deck = _deck(tmp_path)
    (deck / "deck.yaml").write_text(f"title: {_yaml_string('Hostile ' + ACCEPTED[0][:40])}\n"
                                    f"description: {_yaml_string(ACCEPTED[1])}\n", encoding="utf-8")
    for index, text in enumerate(ACCEPTED):
        (deck / f"t{index}.yaml").write_text(
            f"name: {_yaml_string(f'Term {index} ' + text[:60])}\n"
            f"aliases: [{_yaml_string(text[:30] + ' alias')}]\n"
            f"definition: {_yaml_string(f'Term {index} is defined as follows. ' + text)}\n"
            f"source: {_yaml_string('https://example.org/' + text[:20])}\n"
            "sections:\n"
            # "::" names a subdeck in Anki, so headings may not hold it (see below).
            f"  - heading: {_yaml_string('Heading ' + text[:50].splitlines()[0].replace('::', ': :'))}\n"
            f"    text: {_yaml_string('The section says this. ' + text)}\n", encoding="utf-8")
    # A glossary page of the same deck, with the same text in its sections.
    page = ["Hostile page is a page of awkward text, used here.", ""]
    for index, text in enumerate(ACCEPTED[:-1]):
        page += [f"Heading {index}", f"The page says this. {' '.join(text.split())}", ""]
    (deck / "hostile-page.txt").write_text("\n".join(page), encoding="utf-8")
    result = build(BuildConfig(sources=(tmp_path / "decks",), out=tmp_path / "out"))
    assert result.packages
    for package in result.packages:
        import_package(collection, package)
    for note_id in collection.find_notes(""):
        note = collection.get_note(note_id)
        expected = len(note.note_type()["flds"])
        assert len(note.fields) == expected
    # Every card built was imported: no note of awkward text was refused.
    assert collection.card_count() == result.cards
    assert len(collection.find_notes("")) >= len(ACCEPTED) * 2
    assert collection.find_notes('"Term:Hostile page"')
    # HTML in the text stays text: nothing of it became markup.
    backs = " ".join(collection.get_note(n).joined_fields() for n in collection.find_notes(""))
    assert "<script>" not in backs and "&lt;script&gt;" in backs
    assert "\u202e" in backs and "\U0001f9ea" in backs


def test_json_style_surrogate_pairs_are_joined_and_numbers_kept_as_written(tmp_path):
    from flashgen.sources import load_decks

    deck = _deck(tmp_path)
    (deck / "a.yaml").write_text('name: "Test \\ud83e\\uddea"\naliases: [1.50, 0x1F, 2024-01-01]\n'
                                 f"definition: {'9' * 5000}\n", encoding="utf-8")
    (term,) = load_decks((tmp_path / "decks",))[0][0].terms
    assert term.name == "Test \U0001f9ea"
    assert term.aliases == ("1.50", "0x1F", "2024-01-01")
    assert term.definition == "9" * 5000


@pytest.mark.parametrize("text, message", [
    ("name: A\naliases: &a [x, *a]\ndefinition: A is a letter.\n", "a.yaml:2: a YAML alias refers"),
    ("name: A\ndefinition: " + "[" * 3000 + "]" * 3000 + "\n", "a.yaml: invalid YAML: lists or mappings nested"),
    ("name: A\ndefinition: A is a letter.\n? [x, y]\n: z\n", "a.yaml:3: unknown key ['x', 'y']"),
    ("name: A\ndefinition: {a: {b: &x [1]}, c: *x}\n", "a.yaml:2: 'definition' must be text"),
])
def test_odd_yaml_gives_one_line_errors(tmp_path, cli, text, message):
    deck = _deck(tmp_path)
    (deck / "a.yaml").write_text(text, encoding="utf-8")
    run = cli("check", tmp_path / "decks")
    assert run.code == 1
    assert run.err.count("\n") == 1 and message in run.err and "Traceback" not in run.err


def test_upper_case_suffixes_are_read_and_misplaced_folders_named(tmp_path, cli):
    deck = _deck(tmp_path)
    (deck / "Deck.YAML").write_text("title: Shouted Deck\n", encoding="utf-8")
    (deck / "alpha.YAML").write_text("name: Alpha\ndefinition: Alpha is the first letter.\n", encoding="utf-8")
    (deck / "beta.Yml").write_text("name: Beta\ndefinition: Beta is the second letter.\n", encoding="utf-8")
    run = cli("build", tmp_path / "decks", "--out", tmp_path / "out")
    assert run.code == 0, run.err
    # One Definition package: two terms, each a definition note of two cards and a cloze
    # of its definition's everyday compound ("Alpha is the {{c1::first letter}}.").
    assert "built 1 package, 6 cards" in run.out
    from flashgen.sources import load_decks

    (loaded,), _ = load_decks((tmp_path / "decks",))
    assert loaded.title == "Shouted Deck" and sorted(t.id for t in loaded.terms) == ["alpha", "beta"]
    (deck / "gamma.yaml").mkdir()
    (deck / "deck.yml").mkdir()
    run = cli("check", tmp_path / "decks")
    assert run.code == 1
    assert "hostile/deck.yml: is a folder, not a deck settings file" in run.err
    assert "hostile/gamma.yaml: is a folder, not a term file" in run.err


def test_headings_in_any_script_keep_topics_and_packages_of_their_own(tmp_path, collection):
    deck = _deck(tmp_path)
    headings = ["Этиология", "検査方法", "Αιτιολογία", "★★★", "🧪", "Ærø", "Zonulin 検査", "Zonulin 測定"]
    sections = "".join(f"  - heading: {_yaml_string(h)}\n    text: Text under heading {i} is here.\n"
                       for i, h in enumerate(headings))
    (deck / "a.yaml").write_text(f"name: Alpha\ndefinition: Alpha is the first letter.\nsections:\n{sections}",
                                 encoding="utf-8")
    result = build(BuildConfig(sources=(tmp_path / "decks",), out=tmp_path / "out"))
    names = sorted(p.name for p in result.packages)
    assert len(names) == len(headings) + 1 and "hostile-.apkg" not in names
    assert "hostile-etiologiya.apkg" in names and "hostile-aero.apkg" in names
    assert "hostile-aitiologia.apkg" in names and "hostile-9c550838.apkg" in names
    assert "hostile-zonulin-81da78f8.apkg" in names
    for package in result.packages:
        import_package(collection, package)
    decks = {d.name for d in collection.decks.all_names_and_ids()}
    assert {f"Hostile::{h}" for h in headings} <= decks


def test_subdeck_separators_in_titles_and_headings_are_refused(tmp_path, cli):
    deck = _deck(tmp_path)
    (deck / "deck.yaml").write_text('title: "Gut::Hormones"\n', encoding="utf-8")
    (deck / "a.yaml").write_text('name: "A::B"\ndefinition: A is a thing.\nsections:\n'
                                 '  - heading: ":: Mid ::"\n    text: It is odd.\n', encoding="utf-8")
    run = cli("build", tmp_path / "decks", "--out", tmp_path / "out")
    assert run.code == 1 and not (tmp_path / "out").exists()
    errors = run.err.strip().splitlines()
    assert len(errors) == 2, errors
    assert "hostile/deck.yaml: deck title 'Gut::Hormones' contains '::'" in errors[0]
    assert "hostile/a.yaml:4: heading ':: Mid' contains '::'" in errors[1]
