"""Other names of a term given the way European languages give them: in brackets after
"auch", "aussi", "también", "anche", "ook", "też" and joined by that language's "or"; with
the verb after the name ("auch X genannt", "ook wel X genoemd"); said shorter ("often just
X"); and in a glossary entry's brackets after "also"."""

from __future__ import annotations

import pytest

from flashgen.readers.naming import name_and_aliases, split_abbreviation


def aliases(sentence: str, title: str) -> list[str]:
    return name_and_aliases(sentence, title, "page.md", 1)[1]


@pytest.mark.parametrize("sentence, title, expected", [
    ("Ein Knüpfteppich (auch *Florteppich* oder *Orientteppich*, im Handel oft *Perser*) ist ein "
     "Teppich aus geknoteten Fäden.", "Knüpfteppich", ["Florteppich", "Orientteppich", "Perser"]),
    ("Une voûte (aussi berceau ou cintre) est un ouvrage cintré.", "Voûte", ["berceau", "cintre"]),
    ("Una bóveda (también cañón o medio punto) es una obra curva.", "Bóveda", ["cañón", "medio punto"]),
    ("Un intonaco (anche arriccio o rinzaffo) è uno strato di malta.", "Intonaco", ["arriccio", "rinzaffo"]),
    ("Een gewelf (ook koepel of tongewelf) is een gebogen dak.", "Gewelf", ["koepel", "tongewelf"]),
    ("Sklepienie (też kolebka lub łęk) to zakrzywiony strop.", "Sklepienie", ["kolebka", "łęk"]),
    ("Astronomical twilight (often just twilight) is the time when the Sun is 12–18° below the horizon.",
     "Astronomical twilight", ["twilight"]),
])
def test_bracketed_other_names_in_each_language(sentence, title, expected):
    assert aliases(sentence, title) == expected


@pytest.mark.parametrize("sentence, title", [
    ("Ein Knüpfteppich (auch in Wohnräumen üblich) ist ein Teppich.", "Knüpfteppich"),
    ("A vaccine (often just one dose is enough) trains the immune system.", "Vaccine"),
    ("A fever (often fatal in infants) is a raised body temperature.", "Fever"),
    ("Une voûte (aussi dans les églises) est un ouvrage cintré.", "Voûte"),
    # "oft" with no other name before it in the brackets is a remark, not a trade's name.
    ("Ein Knüpfteppich (im Handel oft teuer) ist ein Teppich.", "Knüpfteppich"),
])
def test_bracketed_remarks_are_no_other_names(sentence, title):
    assert aliases(sentence, title) == []


@pytest.mark.parametrize("sentence, title, expected", [
    ("Ein Knüpfteppich, auch Florteppich genannt, ist ein Teppich aus geknoteten Fäden.",
     "Knüpfteppich", ["Florteppich"]),
    ("Der Knüpfteppich wird auch als Florteppich oder Orientteppich bezeichnet und von Hand geknotet.",
     "Knüpfteppich", ["Florteppich", "Orientteppich"]),
    ("Een gewelf, ook wel koepel genoemd, is een gebogen dak.", "Gewelf", ["koepel"]),
])
def test_a_cue_written_around_the_name(sentence, title, expected):
    assert aliases(sentence, title) == expected


@pytest.mark.parametrize("sentence, title", [
    ("Der Knüpfteppich wird auch heute noch oft genannt, wenn von Handwerk die Rede ist.", "Knüpfteppich"),
    ("Ein Knüpfteppich ist ein Teppich, der auch in Museen gezeigt und bezeichnet wird.", "Knüpfteppich"),
])
def test_a_verb_late_in_a_sentence_about_something_else_names_nothing(sentence, title):
    assert aliases(sentence, title) == []


@pytest.mark.parametrize("entry, expected", [
    ("Lichen (also lichenized fungus)", ("Lichen", "lichenized fungus")),
    ("Morel (or sponge mushroom)", ("Morel", "sponge mushroom")),
    ("Pfifferling (auch Eierschwamm)", ("Pfifferling", "Eierschwamm")),
    ("Puffball (also known as devil's snuffbox)", ("Puffball", "devil's snuffbox")),
])
def test_a_glossary_entry_keeps_only_the_other_name_from_its_brackets(entry, expected):
    assert split_abbreviation(entry) == expected


def test_a_glossary_entry_bracket_without_a_cue_is_kept_whole():
    assert split_abbreviation("Hypha (hyphae)") == ("Hypha", "hyphae")
    assert split_abbreviation("Spore (n.)") == ("Spore (n.)", None)
