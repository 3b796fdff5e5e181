"""diff warns where Anki will not do what an edit suggests: retitled decks, new cloze identities."""

from __future__ import annotations

import shutil

from conftest import import_package
from flashgen.build import BuildConfig, build, diff


def _deck_of_cards(col) -> dict[str, int]:
    counts: dict[str, int] = {}
    for card_id in col.find_cards(""):
        name = col.decks.name(col.get_card(card_id).did)
        counts[name] = counts.get(name, 0) + 1
    return counts


def test_a_retitled_deck_is_warned_about_and_anki_really_keeps_the_cards_in_the_old_deck(
        tmp_path, scenario, collection, cli):
    decks = scenario("basic")
    out = tmp_path / "out"
    config = BuildConfig(sources=(decks,), out=out)
    for package in build(config).packages:
        import_package(collection, package)
    old_packages = tmp_path / "old-packages"
    shutil.copytree(out, old_packages)
    settings = decks / "thyroid" / "deck.yaml"
    old_title = next(line for line in settings.read_text().splitlines() if line.startswith("title:"))[7:].strip()
    settings.write_text(settings.read_text().replace(f"title: {old_title}", "title: Thyroid Essentials")
                        .replace("  Pitfalls: pitfall\n", "  Pitfall: pitfall\n"))
    tsh = decks / "thyroid" / "tsh.yaml"
    tsh.write_text(tsh.read_text().replace("heading: Pitfalls", "heading: Pitfall"))
    lines = diff(config).lines()
    warnings = [line for line in lines if line.startswith("warning: ")]
    assert f"warning: deck '{old_title}::Metric' is now 'Thyroid Essentials::Metric'" in " ".join(warnings)
    assert any(f"'{old_title}::Pitfalls' is now 'Thyroid Essentials::Pitfall'" in w for w in warnings)
    assert len(warnings) == len({w.split(" is now ")[0] for w in warnings}) >= 3
    run = cli("diff", decks, "--out", out)
    assert run.code == 0 and "warning: deck" in run.out
    # What the warning says is what Anki does.
    before = _deck_of_cards(collection)
    for package in build(config).packages:
        import_package(collection, package)
    after = _deck_of_cards(collection)
    assert after == before and not any(name.startswith("Thyroid Essentials::") and n for name, n in after.items())
    # What the README advises: rename the deck in Anki first, then import.
    from anki.collection import Collection

    other = Collection(str(tmp_path / "other.anki2"))
    try:
        for package in sorted(old_packages.glob("*.apkg")):
            import_package(other, package)
        other.decks.rename(other.decks.id_for_name(old_title), "Thyroid Essentials")
        for package in sorted(out.glob("*.apkg")):
            import_package(other, package)
        placed = _deck_of_cards(other)
        assert sum(placed.values()) == sum(before.values())
        assert all(name.startswith("Thyroid Essentials::") for name in placed)
        assert placed.get("Thyroid Essentials::Pitfalls") and "Thyroid Essentials::Pitfall" not in placed
    finally:
        other.close()
    # With nothing retitled, nothing is said.
    assert not [line for line in diff(config).lines() if line.startswith("warning: ")]


def test_an_alias_that_another_terms_sentence_uses_keeps_that_sentences_note(tmp_path):
    deck = tmp_path / "decks" / "gut"
    deck.mkdir(parents=True)
    (deck / "zonulin.yaml").write_text(
        "name: Zonulin\ndefinition: Zonulin is a protein of the gut wall.\nsections:\n"
        "  - heading: Mechanism\n    text: Zonulin loosens the tight junctions between cells in the ileum.\n",
        encoding="utf-8")
    (deck / "permeability.yaml").write_text(
        "name: Intestinal permeability\ndefinition: Intestinal permeability is how easily molecules "
        "cross the gut lining.\n", encoding="utf-8")
    config = BuildConfig(sources=(tmp_path / "decks",), out=tmp_path / "out")
    build(config)
    text = (deck / "permeability.yaml").read_text()
    (deck / "permeability.yaml").write_text(text.replace("name: Intestinal permeability\n",
                                                         "name: Intestinal permeability\naliases: [tight junctions]\n"))
    # The sentence is still there word for word, so it keeps its note through the last
    # build's record (continuity.py), whatever it hides now: no note is added or renewed.
    changes = diff(config)
    assert not [line for line in changes.lines() if line.startswith("note: ")]
    assert changes.count("added") == changes.count("removed") == 0
