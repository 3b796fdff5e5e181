from pathlib import Path

import pytest

from flashgen.errors import ValidationError
from flashgen.sources import definition_only, load_decks


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def messages(error: ValidationError) -> list[str]:
    return [str(p) for p in error.problems]


def test_loads_a_deck_with_its_settings_sections_and_defaults(scenario):
    folder = scenario("basic")
    decks, warnings = load_decks([folder])
    (deck,) = decks
    assert (deck.id, deck.title) == ("thyroid", "Thyroid Basics")
    assert deck.synonyms == (("lab values", "metric"), ("pitfalls", "pitfall"))
    terms = {t.id: t for t in deck.terms}
    assert set(terms) == {"tsh", "reverse-t3"}  # id defaults to the file stem
    tsh = terms["tsh"]
    assert tsh.name == "Thyroid-Stimulating Hormone"
    assert tsh.aliases == ("TSH", "thyrotropin")
    assert [(s.heading, s.topic) for s in tsh.sections] == [
        ("Mechanism", "mechanism"), ("Lab Values", "metric"), ("Pitfalls", "pitfall")]
    assert tsh.sections[0].paragraphs == ("Low thyroid hormone levels raise TSH release.",
                                          "High thyroid hormone levels suppress it.")
    assert tsh.sections[0].line == 7
    assert tsh.related == ("Free T4 is usually checked alongside TSH.",)
    assert tsh.source == "https://example.org/glossary/tsh"
    assert terms["reverse-t3"].sections[0].topic == "mechanism"
    assert warnings == ()


def test_every_problem_of_a_broken_file_is_reported_with_its_line(scenario):
    folder = scenario("broken")
    with pytest.raises(ValidationError) as caught:
        load_decks([folder])
    shown = "broken/glands/bad.yaml"
    found = messages(caught.value)
    assert len(found) == 3
    assert any(m.endswith(f"{shown}:9: unknown key 'colour' in term file "
                          "(expected one of: id, name, aliases, definition, sections, related, "
                          "discarded, source, number, article, cards, cloze)") for m in found)
    assert any(m.endswith(f"{shown}:6: section 'Mechanism' has no text") for m in found)
    assert any(m.endswith(f"{shown}:7: section 'Risk' has no text") for m in found)


@pytest.mark.parametrize("text, message", [
    ("name: A\ndefinition: [unclosed\n", "a '[' that opens here is never closed"),
    # Named where the quote opens, not where the file ends.
    ('name: A\ndefinition: "Runs on\nsections:\n- heading: Risk\n  text: x\n',
     "a quotation mark that opens here is never closed"),
])
def test_yaml_syntax_error_names_file_and_line(tmp_path, text, message):
    write(tmp_path / "d", "a.yaml", text)
    with pytest.raises(ValidationError) as caught:
        load_decks([tmp_path / "d"])
    (found,) = messages(caught.value)
    assert f"d/a.yaml:2: invalid YAML: {message}" in found


def test_missing_required_keys_and_wrong_types(tmp_path):
    write(tmp_path / "d", "a.yaml", "aliases: just-one\nsections: {Context: text}\n")
    with pytest.raises(ValidationError) as caught:
        load_decks([tmp_path / "d"])
    found = messages(caught.value)
    assert any(m.endswith("d/a.yaml: missing required key 'name'") for m in found)
    assert any(m.endswith("d/a.yaml: missing required key 'definition'") for m in found)
    assert any(m.endswith("d/a.yaml:2: 'sections' must be a list of entries with 'heading' and 'text'")
               for m in found)


def test_python_tags_are_refused_by_the_safe_loader(tmp_path):
    write(tmp_path / "d", "a.yaml",
          "name: !!python/object/apply:os.system ['echo hi']\ndefinition: x\n")
    with pytest.raises(ValidationError) as caught:
        load_decks([tmp_path / "d"])
    assert "d/a.yaml:1: invalid YAML" in messages(caught.value)[0]


def test_two_headings_of_one_topic_are_an_error(tmp_path):
    write(tmp_path / "d", "a.yaml", "name: A\ndefinition: x\nsections:\n"
                                    "  - {heading: Metric, text: one}\n  - {heading: Metrics, text: two}\n")
    with pytest.raises(ValidationError) as caught:
        load_decks([tmp_path / "d"])
    assert messages(caught.value)[0].endswith(
        "d/a.yaml:5: sections 'Metric' (line 4) and 'Metrics' are both topic 'metric'; merge them")


@pytest.mark.parametrize("order", ["named first", "read first"])
def test_a_heading_read_as_a_topic_another_section_names_keeps_a_topic_of_its_own(tmp_path, order):
    named, read = "  - {heading: Mechanism, text: one}\n", "  - {heading: 'How does it spread?', text: two}\n"
    sections = named + read if order == "named first" else read + named
    write(tmp_path / "d", "a.yaml", "name: A\ndefinition: x\nsections:\n" + sections)
    (deck,), _ = load_decks([tmp_path / "d"])
    assert {s.heading: s.topic for s in deck.terms[0].sections} == {
        "Mechanism": "mechanism", "How does it spread?": "how-does-it-spread"}


def test_a_heading_read_as_a_topic_takes_it_when_no_section_names_it(tmp_path):
    write(tmp_path / "d", "a.yaml", "name: A\ndefinition: x\nsections:\n"
                                    "  - {heading: 'How does it spread?', text: two}\n")
    (deck,), _ = load_decks([tmp_path / "d"])
    assert deck.terms[0].sections[0].topic == "mechanism"


def test_two_files_with_one_id_are_an_error_naming_both(tmp_path):
    deck = tmp_path / "d"
    write(deck, "a.yaml", "name: A\ndefinition: x\n")
    write(deck, "b.yaml", "id: a\nname: B\ndefinition: y\n")
    with pytest.raises(ValidationError) as caught:
        load_decks([deck])
    (message,) = messages(caught.value)
    assert message.endswith("d/b.yaml:1: term id 'a' is already used by " + str(deck / "a.yaml"))


def test_bad_id_empty_file_and_non_utf8_file(tmp_path):
    deck = tmp_path / "d"
    write(deck, "a.yaml", "id: Has Spaces\nname: A\ndefinition: x\n")
    write(deck, "b.yaml", "")
    (deck / "c.yaml").write_bytes("name: Caf\xe9\ndefinition: x\n".encode("latin-1"))
    with pytest.raises(ValidationError) as caught:
        load_decks([deck])
    found = messages(caught.value)
    assert any(m.endswith("d/a.yaml:1: id 'Has Spaces' must be lower-case letters, digits, '-' or '_'")
               for m in found)
    assert any(m.endswith("d/b.yaml: term file is empty") for m in found)
    assert any(m.endswith("d/c.yaml:1: is not UTF-8 text; save it as UTF-8") for m in found)


def test_sources_may_be_a_root_a_deck_folder_or_single_files(scenario, tmp_path):
    root = scenario("basic")
    assert [d.id for d in load_decks([root])[0]] == ["thyroid"]
    assert len(load_decks([root / "thyroid"])[0][0].terms) == 2
    decks, _ = load_decks([root / "thyroid" / "tsh.yaml"])
    assert [t.id for t in decks[0].terms] == ["tsh"]
    assert decks[0].title == "Thyroid Basics"  # settings still come from deck.yaml
    with pytest.raises(ValidationError) as caught:
        load_decks([tmp_path / "nowhere", root / "thyroid" / "deck.yaml"])
    found = messages(caught.value)
    assert any(m.endswith("nowhere: no such file or folder") for m in found)
    assert any(m.endswith("thyroid/deck.yaml: not a term file or page (expected .yaml, .yml, .txt, .md, .html, .htm)") for m in found)


def test_term_without_sections_is_information_not_a_warning(tmp_path):
    write(tmp_path / "d", "a.yaml", "name: A\ndefinition: x\n")
    decks, warnings = load_decks([tmp_path / "d"])
    assert len(decks[0].terms) == 1
    assert warnings == ()
    assert [str(i).split(": ", 1)[1] for i in definition_only(decks[0].terms)] == [
        "term 'A' is a definition without sections: it makes only Definition cards"]


def test_bad_deck_yaml_is_reported(tmp_path):
    deck = tmp_path / "d"
    write(deck, "deck.yaml", "title: T\nsynonyms: [a, b]\nlayout: wide\nkinds:\n  - qa\n  - essay\n")
    write(deck, "a.yaml", "name: A\ndefinition: x\n")
    with pytest.raises(ValidationError) as caught:
        load_decks([deck])
    found = messages(caught.value)
    assert any(m.endswith("d/deck.yaml:2: 'synonyms' must map headings to topics") for m in found)
    assert any("d/deck.yaml:3: unknown key 'layout' in deck.yaml" in m for m in found)
    assert any(m.endswith("d/deck.yaml:6: unknown card kind 'essay' in 'kinds' (known: qa, forward, "
                          "reverse, cloze)") for m in found)


def test_deck_yaml_topic_names_fold_plurals_and_catch_near_misses(tmp_path):
    deck = tmp_path / "d"
    write(deck, "deck.yaml", "topics: [Metrics, Risk]\nsynonyms:\n  Lab Values: metrics\n"
                             "  Pitfalls: clinical pearls\n")
    write(deck, "a.yaml", "name: A\ndefinition: x\n")
    (loaded,), _ = load_decks([deck])
    assert loaded.topic_order == ("metric", "risk")
    assert dict(loaded.synonyms) == {"lab values": "metric", "pitfalls": "clinical-pearls"}

    write(deck, "deck.yaml", "topics:\n  - Metirc\nsynonyms:\n  Lab Values: metric\n"
                             "  lab values: risk\n  Dangers: riks\n")
    with pytest.raises(ValidationError) as caught:
        load_decks([deck])
    assert messages(caught.value) == [
        f"{deck}/deck.yaml:2: unknown topic 'Metirc'; did you mean 'metric'?",
        f"{deck}/deck.yaml:5: heading 'lab values' is already mapped to 'metric' (headings are "
        "compared without case)",
        f"{deck}/deck.yaml:6: unknown topic 'riks'; did you mean 'risk'?",
    ]


def test_deck_yaml_settings_that_no_term_uses_are_warned_about(tmp_path):
    deck = tmp_path / "d"
    write(deck, "deck.yaml", "topics: [pharmacolgy, metric]\nsynonyms:\n  Lab Vlaues: metric\n"
                             "  Lab Value: metric\n")
    write(deck, "a.yaml", "name: A\ndefinition: x\nsections:\n  - heading: Lab Values\n    text: y\n")
    (loaded,), warnings = load_decks([deck])
    assert [str(w) for w in warnings] == [
        f"{deck}/deck.yaml: synonym 'lab vlaues' matches no heading of this deck",
        f"{deck}/deck.yaml: topic 'pharmacolgy' in 'topics' is used by no term of this deck",
    ]
    assert [s.topic for s in loaded.terms[0].sections] == ["metric"]  # "Lab Value" matches the plural


def test_common_yaml_mistakes_come_with_advice(tmp_path):
    deck = tmp_path / "d"
    write(deck, "colon.yaml", "name: Insulin\ndefinition: Insulin: the hormone that lowers glucose.\n")
    write(deck, "typo.yaml", "name: X\ndefintion: y\n")
    write(deck, "tab.yaml", "name: Y\n\tdefinition: y\n")
    with pytest.raises(ValidationError) as caught:
        load_decks([deck])
    found = messages(caught.value)
    assert f"{deck}/colon.yaml:2: invalid YAML: mapping values are not allowed here (text containing " \
           "': ' must be put in quotes, or written as a block after '>-')" in found
    assert any(m.startswith(f"{deck}/typo.yaml:2: unknown key 'defintion' in term file (did you mean "
                            "'definition'? expected one of: id, name,") for m in found)
    assert any(m.startswith(f"{deck}/tab.yaml:2: invalid YAML: ") and m.endswith("(indent with spaces, not tabs)")
               for m in found)
