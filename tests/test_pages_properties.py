"""Properties of the page reader that must hold for any input, not just the fixtures."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from flashgen.errors import FlashgenError
from flashgen.model import Term
from flashgen.pages import decode_page, parse_page, read_pages, term_to_yaml
from flashgen.topics import slug
from flashgen.readers.lines import clean_text

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NAMES = ["Leaky gut", "“Zonulin,”", "Cortisol awakening response (CAR)", "The estrobolome", "SHBG"]
HEADINGS = [
    "Context", "Mechanism:", "## Clinical Applications", "RISK", "metrics", "# Origin",
    "Related Articles", "Pros and Cons", "**Significance**", "Manage Cookie Settings",
]
SENTENCES = [
    "Butyrate feeds the colon wall.",
    "It is often measured in stool, though results vary.",
    "Insulin resistance is common!",
    "Does stress change gut flora?",
    "We use cookies to improve this website.",
    "Related: five foods for gut health.",
    "Doses < 5 mg & <script>x</script> stay literal.",
    "known as “leaky gut,” or referred to as hyperpermeability",
    "- a list item",
    "---",
    "  ",
    "",
]

prose = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(" ".join)
line = st.one_of(st.sampled_from(HEADINGS), prose, prose, st.text(max_size=40))
opening = st.builds(
    lambda name, verb, rest: f"{name} {verb} {rest}",
    st.sampled_from(NAMES),
    st.sampled_from(["is", "describes", "also called gut flora,", "refers to"]),
    st.sampled_from(SENTENCES),
)
page_text = st.builds(
    lambda first, rest, newline, bom: ("\ufeff" if bom else "") + newline.join([first, *rest]),
    opening,
    st.lists(line, max_size=14),
    st.sampled_from(["\n", "\r\n", "\n\n", "\r"]),
    st.booleans(),
)


def parse_or_none(text: str) -> Term | None:
    try:
        return parse_page(text, "pages/p.txt", "deck")
    except FlashgenError:
        return None


@SETTINGS
@given(st.text(max_size=400))
def test_random_text_parses_or_raises_a_flashgen_error(text):
    term = parse_or_none(text)
    if term is not None:
        # A name with no ASCII spelling slugs to a bare hash; the file name gives the id then.
        from_name = slug(term.name)
        assert term.id == ("p" if re.fullmatch(r"[0-9a-f]{8}", from_name) else from_name or "p") != ""
        assert term.definition.strip()
        assert all(section.text.strip() and section.topic for section in term.sections)


@SETTINGS
@given(page_text)
# A line of nothing but a NUL once stood for "the word above took this line's text".
@example("Leaky gut is Butyrate feeds the colon wall.\n\x00")
def test_page_shaped_text_loses_no_line(text):
    term = parse_or_none(text)
    if term is None:
        return
    kept = "\n".join(
        [term.name, term.definition, *term.aliases, *term.related, *term.discarded]
        + [s.heading + "\n" + s.text for s in term.sections]
    )
    for raw in text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        # Invisible characters and reference marks ("[1]") are no text of the page.
        stripped = clean_text(raw)
        if not stripped or re.fullmatch(r"([-*_])(\s*\1){2,}", stripped):
            continue
        # Headings and titles come back without their markdown marks and colon, and a heading
        # in capitals spelt as the text writes its words ("RISK" as "Risk").
        core = stripped.strip("#*_: \t")
        assert core in kept or (core.isupper() and core.casefold() in kept.casefold()), f"{stripped!r} is missing"


@SETTINGS
@given(page_text)
def test_term_files_load_back_to_the_same_values(text):
    term = parse_or_none(text)
    if term is None:
        return
    data = yaml.safe_load(term_to_yaml(term))
    assert data["id"] == term.id
    assert data["name"] == term.name
    assert data.get("aliases", []) == list(term.aliases)
    assert data["definition"] == term.definition
    assert data["sections"] == [{"heading": s.heading, "text": s.text} for s in term.sections]
    assert data.get("related", []) == list(term.related)
    assert data.get("discarded", []) == list(term.discarded)
    assert "source" not in data


@SETTINGS
@given(st.text(max_size=300))
def test_any_parsed_random_text_round_trips_through_yaml(text):
    term = parse_or_none(text)
    if term is None:
        return
    data = yaml.safe_load(term_to_yaml(term))
    assert data["definition"] == term.definition
    assert data["sections"] == [{"heading": s.heading, "text": s.text} for s in term.sections]
    assert data.get("related", []) == list(term.related)
    assert data.get("discarded", []) == list(term.discarded)


@SETTINGS
@given(st.binary(max_size=300))
def test_random_bytes_decode_or_raise_a_flashgen_error(data):
    try:
        text, warning = decode_page(data, "x.txt")
    except FlashgenError as exc:
        assert "x.txt" in str(exc)
        return
    assert isinstance(text, str)
    if warning is not None:
        assert "x.txt" in str(warning)


@SETTINGS
@given(st.lists(st.binary(max_size=200), min_size=1, max_size=3), st.booleans())
def test_random_page_files_read_or_raise_a_flashgen_error(contents, keep_going):
    with tempfile.TemporaryDirectory() as folder:
        for index, data in enumerate(contents):
            (Path(folder) / f"{index}.txt").write_bytes(data)
        try:
            run = read_pages([Path(folder)], "deck", keep_going=keep_going)
        except FlashgenError as exc:
            assert not keep_going
            assert exc.problems
            return
        # A glossary list gives several terms; every page is read or skipped.
        pages = {term.path for term in run.terms}
        assert len(pages) + sum(w.message.startswith("skipped:") for w in run.warnings) == len(
            contents
        )
