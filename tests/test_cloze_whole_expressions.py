"""What a cloze hides whole or not at all: formulas that apply a function, chains joined by
">", a count with what it counts; and what it leaves out: the frame of an etymology, the
generic noun before a name, who told a publication something."""

import html
import re

from flashgen.cloze import Names, make_cloze

TERM = Names("~term", ("Decibel",))


def hidden(sentence: str) -> list[str]:
    cloze = make_cloze(sentence, TERM)
    return [html.unescape(h) for _, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", cloze.text)] if cloze else []


def test_a_function_applied_to_an_expression_is_hidden_whole():
    asked = hidden("Loudness in these units is 20 log10(p / p0) above the reference pressure.")
    assert "20 log10(p / p0)" in asked and not any(h in ("log10", "p0", "20 log10") for h in asked)
    asked = hidden("An audio limiter softens peaks with the gain curve tanh(g x) / g beyond the knee.")
    assert "tanh(g x) / g" in asked and not any("curve tanh" in h for h in asked)
    asked = hidden("The mutual information of two tones is −p log2(p) − q log2(q) at best.")
    assert "−p log2(p) − q log2(q)" in asked


def test_a_menu_path_or_an_order_joined_by_gt_signs_is_hidden_whole():
    asked = hidden("To meter a mix, pick Tracks > Add New > Loudness Meter in the recording software.")
    assert "Tracks > Add New > Loudness Meter" in asked
    assert not any(h in ("Tracks", "Add New", "Loudness Meter") for h in asked)
    asked = hidden("Perceived loudness for equal pressure runs midrange > treble > bass at low levels.")
    assert "midrange > treble > bass" in asked and "treble" not in asked
    # One sign between two symbols compares them: no chain.
    assert not any(">" in h for h in hidden("The limiter acts only when g > 1 in the decibel domain."))
