"""Pages read again from the last build's page cache give the same terms and the same packages as pages read afresh."""

import shutil

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import tree_bytes

from flashgen.build import BuildConfig, build, prepare
from flashgen.pagecache import PAGES_NAME, PageCache, decode_terms, encode_terms
from flashgen.rendering import CACHE_NAME

# Lines of prose, each of which may come to stand on more than one page, where it is boilerplate.
SHARED = ["Butyrate feeds the colon wall and keeps it sealed.",
          "Fasting lowers insulin within a few hours in most adults.",
          "Results vary between laboratories, so compare like with like."]
PAGES = {
    "zonulin.txt": ["Zonulin is a protein that loosens tight junctions (TJs) in the gut.",
                    "Mechanism", "Gliadin triggers zonulin release within 30 minutes.",
                    "Metric", "Serum zonulin is measured by ELISA at about 5.7 ng/mL."],
    "butyrate.txt": ["Butyrate is a short-chain fatty acid made by gut bacteria from fibre.",
                     "Mechanism", "Colonocytes burn butyrate for most of their energy.",
                     "Risk", "Low butyrate goes with a thinner mucus layer."],
    "cortisol.txt": ["The cortisol awakening response (CAR) is the rise of cortisol after waking.",
                     "Context", "It peaks about 30 to 45 minutes after waking.",
                     "Metric", "Saliva is sampled at waking and 30 minutes later."],
}
WORDS = ["fibre", "serum", "saliva", "zonulin", "gluten", "morning"]

_page = st.sampled_from(sorted(PAGES))
_share = st.tuples(st.just("share"), _page, st.sampled_from(SHARED[:2]))
EDITS = st.one_of(
    _share, _share, _share,  # most often: a line that comes to stand on a second page
    st.tuples(st.just("unshare"), _page, st.just("")),
    st.tuples(st.just("word"), _page, st.sampled_from(WORDS)),
    st.tuples(st.just("synonym"), st.just(""), st.sampled_from(["", "Metric", "Mechanism"])),
    st.tuples(st.just("remove page"), _page, st.just("")),
    st.tuples(st.just("add page"), _page, st.just("")),
)


def _write(folder, pages, synonym):
    folder.mkdir(parents=True, exist_ok=True)
    for path in folder.glob("*.txt"):
        path.unlink()
    deck = {"title": "Gut Pages"}
    if synonym:
        deck["synonyms"] = {synonym: "measures"}
    (folder / "deck.yaml").write_text(yaml.safe_dump(deck), encoding="utf-8")
    for name, lines in pages.items():
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _apply(edit, pages, synonym):
    what, name, value = edit
    if what == "synonym":
        return value
    if what == "add page":
        pages.setdefault(name, list(PAGES[name]))
    elif name not in pages:
        return synonym
    elif what == "share":
        pages[name].insert(3, value)
    elif what == "unshare":
        pages[name] = [line for line in pages[name] if line not in SHARED]
    elif what == "word":
        pages[name][2] = pages[name][2].replace(" ", f" {value} ", 1)
    elif what == "remove page" and len(pages) > 1:
        del pages[name]
    return synonym


def _packages(folder):
    return {k: v for k, v in tree_bytes(folder).items() if k not in (CACHE_NAME, PAGES_NAME)}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(EDITS, min_size=2, max_size=5))
def test_a_rebuild_with_the_page_cache_equals_a_rebuild_from_scratch(tmp_path_factory, edits):
    root = tmp_path_factory.mktemp("pages")
    source, cached = root / "src" / "gut", root / "cached"
    pages = {name: list(lines) for name, lines in PAGES.items()}
    synonym = ""
    _write(source, pages, synonym)
    config = BuildConfig(sources=(source,), out=cached)
    build(config)
    assert (cached / PAGES_NAME).exists()
    for step, edit in enumerate(edits):
        synonym = _apply(edit, pages, synonym)
        _write(source, pages, synonym)
        scratch = root / f"scratch-{step}"
        shutil.copytree(cached, scratch)
        (scratch / PAGES_NAME).unlink(missing_ok=True)
        (scratch / CACHE_NAME).unlink(missing_ok=True)
        expected = prepare((source,)).decks
        assert prepare((source,), page_cache=PageCache(cached)).decks == expected, edit
        build(config)
        build(BuildConfig(sources=(source,), out=scratch))
        assert _packages(cached) == _packages(scratch), edit
        if (scratch / PAGES_NAME).exists():  # not when no package changed
            assert (cached / PAGES_NAME).read_bytes() == (scratch / PAGES_NAME).read_bytes(), edit


def test_a_line_that_starts_repeating_on_another_page_reads_the_first_page_again(tmp_path, monkeypatch):
    source, out = tmp_path / "gut", tmp_path / "out"
    pages = {name: list(lines) for name, lines in PAGES.items()}
    pages["zonulin.txt"].insert(3, SHARED[0])
    _write(source, pages, "")
    build(BuildConfig(sources=(source,), out=out))
    zonulin = next(t for d in prepare((source,), page_cache=PageCache(out)).decks for t in d.terms
                   if t.id == "zonulin")
    assert SHARED[0] in zonulin.sections[0].text  # on one page only, it is prose
    # The same line on a second page: zonulin's page is unchanged, but its line is now boilerplate.
    pages["butyrate.txt"].insert(3, SHARED[0])
    _write(source, pages, "")
    parsed = []
    put = PageCache.put
    monkeypatch.setattr(PageCache, "put", lambda self, key, deck, terms: parsed.append(terms[0].path)
                        or put(self, key, deck, terms))
    decks = prepare((source,), page_cache=PageCache(out)).decks
    assert sorted(p.rsplit("/", 1)[-1] for p in parsed) == ["butyrate.txt", "zonulin.txt"]
    zonulin = next(t for d in decks for t in d.terms if t.id == "zonulin")
    assert SHARED[0] not in zonulin.sections[0].text and SHARED[0] in zonulin.discarded
    assert decks == prepare((source,)).decks


def test_only_an_edited_page_is_laid_out_again(tmp_path, monkeypatch):
    from flashgen.readers.text import TextReader

    source, out = tmp_path / "gut", tmp_path / "out"
    pages = {name: list(lines) for name, lines in PAGES.items()}
    pages["zonulin.txt"].insert(3, SHARED[0])
    pages["cortisol.txt"].insert(3, SHARED[0])
    _write(source, pages, "")
    build(BuildConfig(sources=(source,), out=out))
    _apply(("word", "butyrate.txt", "fibre"), pages, "")
    _write(source, pages, "")
    laid_out = []
    lines = TextReader.lines
    monkeypatch.setattr(TextReader, "lines", lambda self, text, path: laid_out.append(path.rsplit("/", 1)[-1])
                        or lines(self, text, path))
    decks = prepare((source,), page_cache=PageCache(out)).decks
    # The lines the other pages share (boilerplate on both) come from the last build.
    assert laid_out == ["butyrate.txt"]
    monkeypatch.undo()
    assert decks == prepare((source,)).decks


def test_terms_read_back_as_they_were_written(tmp_path):
    _write(tmp_path / "gut", PAGES, "Metric")
    terms = [t for d in prepare((tmp_path / "gut",)).decks for t in d.terms]
    assert len(terms) == 3 and all(t.sections for t in terms)
    assert decode_terms(encode_terms(terms)) == tuple(terms)
