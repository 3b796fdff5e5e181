"""Pages from other sites read a third time as a new user would: an abbreviation whose
expansion only its tooltip gives, lines of code among the prose, an FAQ of question headings,
and a paragraph in another language inside an English article."""

from __future__ import annotations

import html
import re
from pathlib import Path

from conftest import written_terms
from flashgen.cards import load_templates, render_deck
from flashgen.sources import load_decks


def read_written(tmp_path, name: str, text: str):
    """Return the terms of a page written into ``tmp_path`` under ``name``."""
    return written_terms(tmp_path, name, text, "third")


def deck_of(tmp_path: Path, name: str, text: str):
    """Return the deck of one page or term file, written under ``name``."""
    folder = tmp_path / "deck"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    (deck,), _ = load_decks([folder])
    return deck


def cloze_sentences(tmp_path: Path, name: str, text: str) -> list[str]:
    """Return the cloze notes built from a page, each its sentence with the blanks marked."""
    deck = deck_of(tmp_path, name, text)
    return [html.unescape(c.front) for c in render_deck(deck, load_templates(), kinds=("cloze",))]


def hidden(cloze: str) -> list[str]:
    return re.findall(r"\{\{c\d+::(.*?)\}\}", cloze)


def unmarked(cloze: str) -> str:
    return re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", cloze)


# A library's help page saved from the browser: the abbreviation is spelt out only in the
# tooltip of its <abbr>, used three times; two other <abbr>s carry a tooltip sentence and
# the same letters again.
SERIAL_NUMBER = """\
<html><body><main>
<h1>ISSN</h1>
<p>An <abbr title="International Standard Serial Number">ISSN</abbr> is an eight-digit code
that identifies a periodical publication, such as a journal or a magazine, in print or
online.</p>
<h2>Context</h2>
<p>The <abbr title="International Standard Serial Number">ISSN</abbr> says nothing about a
journal's content, and a title that changes its name is given a new
<abbr title="International Standard Serial Number">ISSN</abbr>.</p>
<p>Articles carry a <abbr title="Hover here for help">DOI</abbr> of their own, and books an
<abbr title="ISBN">ISBN</abbr>.</p>
</main></body></html>
"""


def test_an_abbreviations_tooltip_spells_it_out_once_where_the_page_does_not(tmp_path):
    (term,) = read_written(tmp_path, "issn.html", SERIAL_NUMBER)
    assert term.name == "ISSN"
    assert "International Standard Serial Number" in term.aliases
    assert term.definition.startswith("An ISSN (International Standard Serial Number) is an eight-digit")
    (context,) = term.sections
    # Once only: the later uses are the abbreviation as written.
    assert "International Standard Serial Number" not in context.text
    assert "a new ISSN." in context.text


def test_a_tooltip_that_is_no_expansion_stays_off_the_text(tmp_path):
    (term,) = read_written(tmp_path, "issn.html", SERIAL_NUMBER)
    text = term.sections[0].text
    assert "Hover here" not in text
    assert "DOI of their own" in text
    assert "an ISBN." in text and "ISBN (ISBN)" not in text


def test_an_abbreviation_the_page_spells_out_itself_keeps_its_own_words(tmp_path):
    page = SERIAL_NUMBER.replace("<h1>ISSN</h1>", "<h1>International Standard Serial Number</h1>")
    (term,) = read_written(tmp_path, "issn.html", page)
    assert "(International Standard Serial Number)" not in term.definition + term.sections[0].text


# A machine-learning tutorial in markdown: a lead-in over a fenced block of code, a prose
# sentence after it, and a sentence that names a method in a code span.
DROPOUT = """\
# Dropout

Dropout is a regularisation technique for neural networks that switches off a random share of
units at each training step, so that no unit can rely on another.

## Application

In PyTorch the layer is added to a model like any other layer:

```python
layer = torch.nn.Dropout(p=0.5)
```

A rate of 0.5 suits hidden layers, while input layers usually keep 0.8 of their units.

Calling `model.eval()` before testing makes every dropout layer pass all units through.
"""


# A sysadmin's page saved from the browser: a command in <pre><code> under its lead-in, and a
# paragraph that is a line of shell alone.
BACKUP_COPY = """\
<html><body><main>
<h1>Incremental backup</h1>
<p>An incremental backup copies only the files that changed since the previous backup, so
that each run is short.</p>
<h2>Application</h2>
<p>A nightly job often copies a home folder to a mounted drive:</p>
<pre><code>rsync -av --delete ~/photos/ /mnt/backup/photos/</code></pre>
<p><code>export RSYNC_RSH="ssh -p 2222"; rsync -av src/ host:dst/</code></p>
<p>Keeping the last seven nightly copies lets a user go back a week.</p>
</main></body></html>
"""


def test_a_block_of_code_gets_no_cloze(tmp_path):
    clozes = cloze_sentences(tmp_path, "dropout.md", DROPOUT)
    assert not any("torch.nn.Dropout" in c for c in clozes), clozes
    # The prose around it keeps its clozes.
    assert any("0.8" in hidden(c) for c in clozes), clozes
    clozes = cloze_sentences(tmp_path, "backup.html", BACKUP_COPY)
    assert not any("rsync" in c for c in clozes), clozes
    assert any("seven nightly copies" in unmarked(c) for c in clozes), clozes


def test_a_block_of_code_stays_on_the_question_card(tmp_path):
    (term,) = read_written(tmp_path, "dropout.md", DROPOUT)
    assert "layer = torch.nn.Dropout(p=0.5)" in term.sections[0].text


def test_a_word_written_as_code_is_never_cut_by_a_cloze(tmp_path):
    from flashgen.cloze import Names, make_cloze

    own = Names("~dropout", ("Dropout",))
    cloze = make_cloze("The rate is set by the p argument, as in nn.Dropout(p=0.2) for a light touch.", own)
    assert cloze is None or not any(h in {"p=0.2", "nn", "0.2"} for h in hidden(html.unescape(cloze.text)))


# A typography explainer in English with a paragraph in German about the German term, and an
# English sentence that uses the German word.
KERNING = """\
# Kerning

Kerning is the adjustment of the space between two particular letters, such as A and V, so
that a word looks evenly spaced.

## Context

Type designers store kerning pairs in the font file, and layout software applies them when
it sets the text.

In der deutschen Typografie spricht man vom Unterschneiden. Schriftgestalter legen dafür für
jedes Buchstabenpaar einen eigenen Abstand fest, den das Satzprogramm beim Setzen übernimmt.

The German word Unterschneiden recalls the metal type whose bodies were filed down for it.
"""


def test_a_passage_in_another_language_gets_no_cloze_of_words(tmp_path):
    clozes = cloze_sentences(tmp_path, "kerning.md", KERNING)
    assert not any("Schriftgestalter" in c or "Typografie" in c for c in clozes), clozes
    # English sentences keep theirs, also one that uses the German word.
    assert any("font file" in hidden(c) for c in clozes), clozes
    assert any(c.startswith("The German word") for c in clozes), clozes


def test_a_passage_in_another_language_stays_on_the_question_card(tmp_path):
    (term,) = read_written(tmp_path, "kerning.md", KERNING)
    assert "Schriftgestalter legen" in term.sections[0].text


# A lab's patient leaflet: its values and when to have the test under headings of their own.
FERRITIN = """\
# Ferritin

Ferritin is a blood protein that stores iron, and its level in serum reflects the body's
iron stores.

## Reference ranges

In adults ferritin is usually 30 to 300 µg/L in men and 15 to 200 µg/L in women.

## When to test

The test is ordered when tiredness and pale skin suggest iron deficiency.
"""


def test_headings_of_values_and_of_when_to_test_are_the_metric(tmp_path):
    (term,) = read_written(tmp_path, "ferritin.md", FERRITIN)
    topics = {s.heading: s.topic for s in term.sections}
    assert topics["Reference ranges"] == "metric"
    from flashgen.topics import topic_key

    assert {topic_key(h) for h in ("Typical values", "Normal values", "Reference range", "When to test")} == {"metric"}


def test_a_term_file_with_a_metric_beside_a_reference_range_still_builds(tmp_path):
    deck = deck_of(tmp_path, "ferritin.yaml",
                   "name: Ferritin\ndefinition: Ferritin is a blood protein that stores iron.\nsections:\n"
                   "  - heading: Metric\n    text: Measured in serum.\n"
                   "  - heading: Reference range\n    text: Usually 30 to 300 µg/L in men.\n")
    (term,) = deck.terms
    assert [s.topic for s in term.sections] == ["metric", "reference-range"]
