"""A rebuild reads and describes only the packages an edit can change, and leaves the rest as they are."""

import os

from flashgen import continuity
from flashgen.build import BuildConfig, build, prepare
from flashgen.manifest import read_manifest


def _touch_later(path, seconds=60):
    stat = path.stat()
    os.utime(path, (stat.st_atime, stat.st_mtime + seconds))


def test_matching_cloze_identities_reads_only_the_package_of_the_sentences_matched(tmp_path, scenario,
                                                                                   monkeypatch):
    source = scenario("short")
    out = tmp_path / "out"
    config = BuildConfig(sources=(source,), out=out, kinds=("cloze",))
    before = {c.front: c.guid for c in prepare([source], kinds=("cloze",)).cards}
    build(config)
    term_file = source / "metabolic" / "hba1c.yaml"
    term_file.write_text(term_file.read_text().replace("two separate samples", "two samples"))
    _touch_later(term_file)
    read = []
    package_texts = continuity._package_texts
    monkeypatch.setattr(continuity, "_package_texts",
                        lambda path, *rest: read.append(path.name) or package_texts(path, *rest))
    result = build(config)
    # The edited sentence is known by other key phrases now: it is matched against the
    # notes of its own term and topic, which only the metric package holds.
    assert read == ["metabolic-metric.apkg"]
    assert [p.name for p in result.written] == ["metabolic-metric.apkg"]
    # It keeps its note: the last build's GUID, under the last build's key.
    edited = next(c for c in prepare([source], kinds=("cloze",)).cards if "two samples" in c.front)
    old_guid = before[next(f for f in before if "two separate samples" in f)]
    assert edited.guid != old_guid
    assert old_guid in {n.guid for r in read_manifest(out).packages for n in r.notes}
    assert edited.guid not in {n.guid for r in read_manifest(out).packages for n in r.notes}


# Three terms of a small deck of soil science, each with sections under other headings,
# so that its packages (one a topic) hold the cards of different terms.
SOIL = {
    "a-humus": {"name": "Humus", "definition": "Humus is the dark organic matter of a soil that no longer "
                "shows the plant or animal it came from.",
                "sections": [{"heading": "Mechanism", "text": "Fungi and bacteria break litter down over "
                              "years. Lignin resists them longest."},
                             {"heading": "Metric", "text": "Labs report it as soil organic carbon, in "
                              "percent of dry mass."}]},
    "b-loam": {"name": "Loam", "definition": "Loam is a soil of sand, silt and clay in roughly equal shares.",
               "sections": [{"heading": "Risk", "text": "Heavy machinery compacts wet loam into a hard pan."},
                            {"heading": "Metric", "text": "A texture triangle places it from the shares "
                             "of the three fractions."}]},
    "c-leaching": {"name": "Leaching", "definition": "Leaching is the loss of dissolved nutrients as "
                   "water drains through a soil.",
                   "sections": [{"heading": "Mechanism", "text": "Nitrate moves freely with seepage water. "
                                 "Phosphate binds to iron and stays."},
                                {"heading": "Risk", "text": "Sandy soils under heavy rain lose the most "
                                 "nitrogen in autumn."}]},
}


def _write_soil(folder, terms=SOIL):
    import yaml

    folder.mkdir(parents=True, exist_ok=True)
    for path in folder.glob("*.yaml"):
        path.unlink()
    (folder / "deck.yaml").write_text("title: Soil Basics\n", encoding="utf-8")
    for term_id, term in terms.items():
        (folder / f"{term_id}.yaml").write_text(yaml.safe_dump(term), encoding="utf-8")


def _built(tmp_path, single=False):
    """Return the soil deck's folder and the output folder it was built into."""
    source, out = tmp_path / "soil", tmp_path / "out"
    _write_soil(source)
    build(BuildConfig(sources=(source,), out=out, single=single))
    return source, out


def _edit(folder, term_id, old, new):
    path = folder / f"{term_id}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    _touch_later(path)


def _files(folder):
    """Return every file of a folder but the render cache, with its bytes and modification time."""
    from flashgen.rendering import CACHE_NAME

    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())
            if p.is_file() and p.name != CACHE_NAME}


def _scratch(out, tmp_path):
    """Return a copy of ``out`` without its render cache, to build the same edit from scratch."""
    import shutil

    from flashgen.rendering import CACHE_NAME

    copy = tmp_path / f"scratch-{len(list(tmp_path.glob('scratch-*')))}"
    shutil.copytree(out, copy)
    (copy / CACHE_NAME).unlink()
    return copy


def _same_as_scratch(out, scratch, source):
    from conftest import tree_bytes

    from flashgen.rendering import CACHE_NAME

    build(BuildConfig(sources=(source,), out=scratch))
    mine, theirs = tree_bytes(out), tree_bytes(scratch)
    assert mine == theirs
    assert CACHE_NAME in mine


def _decoded(monkeypatch):
    """Record the topics whose cached cards each term's entry is asked to decode."""
    from flashgen import rendering

    asked = []
    real = rendering._cached_rows

    def cached_rows(entry, shared, unread=()):
        asked.extend(p.topic for p in entry.parts if p.topic not in unread)
        return real(entry, shared, unread)

    monkeypatch.setattr(rendering, "_cached_rows", cached_rows)
    return asked


def test_an_edit_in_one_topic_leaves_the_other_packages_unread_and_untouched(tmp_path, monkeypatch):
    from flashgen import anki

    source, out = _built(tmp_path)
    before = _files(out)
    scratch = _scratch(out, tmp_path)
    # One word of the loam's risk section: its term is rendered again, but of its cards
    # only the risk ones change.
    _edit(source, "b-loam", "compacts wet loam", "compacts moist loam")
    decoded = _decoded(monkeypatch)
    described = []
    real_describe = anki.describe_package
    monkeypatch.setattr("flashgen.build.describe_package",
                        lambda decks, *rest: described.append(decks[-1].name) or real_describe(decks, *rest))
    result = build(BuildConfig(sources=(source,), out=out))
    monkeypatch.undo()
    assert [p.name for p in result.written] == ["soil-risk.apkg"]
    assert sorted(p.name for p in result.unchanged) == ["soil-definition.apkg", "soil-mechanism.apkg",
                                                        "soil-metric.apkg"]
    after = _files(out)
    for name in ("soil-definition.apkg", "soil-mechanism.apkg", "soil-metric.apkg"):
        assert after[name] == before[name]  # the same bytes, never written again
    assert after["soil-risk.apkg"][0] != before["soil-risk.apkg"][0]
    # The other terms' cards were decoded for the risk package alone (the loam's are new),
    # and the packages left unread were not described, but for the edited term's notes.
    assert decoded == ["risk"]
    assert described.count("Soil Basics::Risk") == 1
    assert "Soil Basics::Mechanism" not in described
    assert result.cards == sum(c.anki_cards for c in prepare([source]).cards)
    _same_as_scratch(out, scratch, source)


def test_a_package_deleted_or_altered_since_the_last_build_is_read_and_written_again(tmp_path, monkeypatch):
    source, out = _built(tmp_path)
    written = _files(out)
    for damage in ("delete", "alter", "same size"):
        if damage != "delete":
            _edit(source, "b-loam", "hard pan", "dense pan")
        metric = out / "soil-metric.apkg"
        if damage == "delete":
            metric.unlink()
        else:
            data = bytearray(metric.read_bytes())
            data[len(data) // 2] ^= 0xFF  # one byte of the file, its size and name kept
            metric.write_bytes(bytes(data))
            if damage == "same size":
                os.utime(metric, ns=(written["soil-metric.apkg"][1], written["soil-metric.apkg"][1]))
        scratch = _scratch(out, tmp_path)  # damaged alike
        decoded = _decoded(monkeypatch)
        result = build(BuildConfig(sources=(source,), out=out))
        monkeypatch.undo()
        assert out / "soil-metric.apkg" in result.written
        assert "metric" in decoded
        assert metric.read_bytes() == written["soil-metric.apkg"][0]
        _same_as_scratch(out, scratch, source)
        if damage != "delete":
            _edit(source, "b-loam", "dense pan", "hard pan")
            build(BuildConfig(sources=(source,), out=out))


def test_a_term_that_gains_cards_moves_the_later_terms_cards_without_reading_them(tmp_path, monkeypatch):
    source, out = _built(tmp_path)
    # The humus (read first) gains a sentence, and with it a cloze card: every card of
    # the terms after it comes one place later in the deck.
    scratch = _scratch(out, tmp_path)
    _edit(source, "a-humus", "Lignin resists them longest.",
          "Lignin resists them longest. Earthworms mix the rest into the mineral soil.")
    result = build(BuildConfig(sources=(source,), out=out))
    assert [p.name for p in result.written] == ["soil-mechanism.apkg"]
    _same_as_scratch(out, scratch, source)
    # Then the leaching's risk section changes: its package is written with every card in
    # its new place, the humus's cards not decoded but for that package.
    scratch = _scratch(out, tmp_path)
    _edit(source, "c-leaching", "lose the most nitrogen", "lose most of their nitrogen")
    decoded = _decoded(monkeypatch)
    result = build(BuildConfig(sources=(source,), out=out))
    monkeypatch.undo()
    assert [p.name for p in result.written] == ["soil-risk.apkg"]
    assert set(decoded) == {"risk"}
    _same_as_scratch(out, scratch, source)
    cards = prepare([source]).cards
    assert sorted(c.position for c in cards) == list(range(1, len(cards) + 1))


def test_diff_reports_an_edit_as_a_build_without_the_cache_would(tmp_path):
    from flashgen.build import diff

    source, out = _built(tmp_path)
    _edit(source, "c-leaching", "Phosphate binds to iron and stays.", "Phosphate binds to iron.")
    _edit(source, "a-humus", "dark organic matter", "dark, stable organic matter")
    scratch = _scratch(out, tmp_path)
    lazy = diff(BuildConfig(sources=(source,), out=out))
    full = diff(BuildConfig(sources=(source,), out=scratch))
    assert lazy == full
    assert {c.path for c in lazy.with_status("changed")} == {"soil-definition.apkg", "soil-mechanism.apkg"}
    assert {c.path for c in lazy.with_status("unchanged")} == {"soil-metric.apkg", "soil-risk.apkg"}


def test_one_package_a_deck_is_left_unread_only_when_none_of_its_cards_changed(tmp_path, monkeypatch):
    source, out = _built(tmp_path, single=True)
    config = BuildConfig(sources=(source,), out=out, single=True)
    # A comment at the end of a term file: its bytes change, its term does not.
    path = source / "b-loam.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# checked by the soil lab\n", encoding="utf-8")
    before = _files(out)
    decoded = _decoded(monkeypatch)
    result = build(config)
    assert decoded == [] and result.written == () and [p.name for p in result.unchanged] == ["soil.apkg"]
    assert _files(out)["soil.apkg"] == before["soil.apkg"]
    scratch = _scratch(out, tmp_path)
    _edit(source, "b-loam", "hard pan", "dense pan")
    result = build(config)
    assert [p.name for p in result.written] == ["soil.apkg"]
    assert set(decoded) == {"definition", "mechanism", "metric", "risk"}
    monkeypatch.undo()
    build(BuildConfig(sources=(source,), out=scratch, single=True))
    from conftest import tree_bytes

    assert tree_bytes(out) == tree_bytes(scratch)
