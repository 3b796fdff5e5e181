"""The cloze benchmark's script: it takes field files and folders of them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIELD = """field: brewing
terms:
  - name: Wort
    definition:
      - s: Wort is the sugary liquid drained from mashed malt before yeast is added.
        keys: [Wort, mashed malt]
"""


def _score_module():
    spec = importlib.util.spec_from_file_location("quality_score", REPO / "benchmarks" / "quality" / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_folder_of_fields_is_scored_like_its_files(tmp_path, capsys):
    folder = tmp_path / "fields"
    folder.mkdir()
    (folder / "brewing.yaml").write_text(FIELD, encoding="utf-8")
    score = _score_module()
    assert score.main([str(folder)]) == 0
    by_folder = capsys.readouterr().out
    assert score.main([str(folder / "brewing.yaml")]) == 0
    assert capsys.readouterr().out == by_folder
    assert "| brewing | 1 |" in by_folder


def test_with_reverse_cards_the_definitions_cloze_leaves_the_term_visible(tmp_path, capsys):
    # A definition whose only phrase to ask is the term's name: its cloze asks for the
    # name, unless the reverse card already does.
    field = tmp_path / "brewing.yaml"
    field.write_text(FIELD.replace("Wort is the sugary liquid drained from mashed malt before yeast is added.",
                                   "Wort is what brewers boil before they add the yeast.")
                     .replace("[Wort, mashed malt]", "[Wort]"), encoding="utf-8")
    score = _score_module()
    assert score.main(["--show", str(field)]) == 0
    alone = capsys.readouterr().out
    assert score.main(["--show", "--with-reverse", str(field)]) == 0
    with_reverse = capsys.readouterr().out
    assert "hidden ['Wort'] wrong [] missed []" in alone
    assert "hidden [] wrong [] missed ['Wort']" in with_reverse


def test_a_key_whose_last_word_ends_in_s_is_found_inside_a_longer_hidden_phrase():
    score = _score_module()
    # The plural dropped for comparison ("virus" → "viru") must not hide the key from a
    # hidden phrase that holds it whole.
    assert score.matches("deformed wing virus (DWV)", "deformed wing virus", strict=False)
    assert score.matches("32 times", "32 times more energy", strict=False)
    assert score.matches("tight junctions", "tight junction", strict=False)
    assert not score.matches("deformed wing virus (DWV)", "deformed wing virus", strict=True)
    assert not score.matches("wing", "deformed wing virus", strict=False)


def test_every_annotated_sentence_is_a_sentence_as_flashgen_splits_its_text():
    # score.py stops on a field whose text flashgen splits otherwise than its annotation;
    # a change to the splitter must not leave a set that can no longer be scored.
    score = _score_module()
    files = sorted(path for path in (REPO / "benchmarks" / "quality").glob("*/*.yaml")
                   if path.parent.name != "agreement")  # (a second annotation, in its own shape)
    assert len(files) >= 90
    for path in files:
        _, sentences = score.load(path)
        assert sentences, path
