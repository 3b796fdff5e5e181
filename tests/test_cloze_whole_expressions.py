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
