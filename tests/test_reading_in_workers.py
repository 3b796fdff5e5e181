"""Pages parsed by worker processes read exactly as in one process: the same terms,
warnings and problems, in the same order, with the page cache and without."""

from __future__ import annotations

import pytest

from conftest import two_workers

from flashgen import readers, workpool
from flashgen.errors import ValidationError
from flashgen.pagecache import PageCache
from flashgen.readers import read_pages

BANNER = "Join our newsletter for a new term every week"

PAGES = {
    "bearing.txt": "Bearing\n\nA bearing is the direction of one point from another, measured clockwise "
                   "from north in degrees.\n\nMetric\nA bearing of 090 points due east.\n\n" + BANNER + "\n",
    "contour.txt": "Contour line\n\nA line on a map joining points of equal height above sea level.\n\n"
                   "Context\nLines drawn close together mark a steep slope.\n\n" + BANNER + "\n",
    "grid.txt": "Grid reference\n\nA string of digits that locates a square on a map's grid, eastings "
                "before northings.\n\nMetric\nA six-figure reference narrows a point to 100 m.\n\n" + BANNER + "\n",
    # A list with one entry that is the site's, not the glossary's: skipped, with a warning.
    "terms.txt": "Map terms\nScale: The ratio between a distance on the map and the same distance on the "
                 "ground.\nLegend: The panel that explains a map's symbols and colours.\nSettings: Accept all "
                 "cookies\nSpot height: A dot on the map with the height of that point written beside it.\n"
                 "Relief: The shape of the land, shown by contours, shading or colour.\n",
    # Nothing of a term on it: a problem, or with keep_going a warning.
    "cookies.txt": "Accept all cookies\nManage cookie settings\n",
}


@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "maps"
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _pooled(monkeypatch) -> list:
    """Make every run of pages go to two workers; return the pools started."""
    started: list = []
    real = workpool.Workers._start
    monkeypatch.setattr(readers, "POOL_MIN_PAGES", 1)
    monkeypatch.setattr(workpool, "workers", lambda: 2)
    monkeypatch.setattr(workpool.Workers, "_start", lambda self: started.append(self) or real(self))
    return started


def test_workers_read_the_same_terms_and_warnings_as_one_process(pages, monkeypatch):
    serial = read_pages([pages], "maps", keep_going=True)
    started = _pooled(monkeypatch)
    pooled = read_pages([pages], "maps", keep_going=True)
    assert started  # the pages went to the workers
    assert pooled == serial
    names = [t.name for t in pooled.terms]
    assert names == ["Bearing", "Contour line", "Grid reference", "Scale", "Legend", "Spot height", "Relief"]
    assert all(BANNER not in t.definition + "".join(s.text for s in t.sections) for t in pooled.terms)
    messages = [w.message for w in pooled.warnings]
    assert any(m.startswith("glossary entry 'Settings' skipped") for m in messages)
    assert any(w.path.endswith("cookies.txt") and w.message.startswith("skipped: ") for w in pooled.warnings)


def test_workers_stop_the_run_with_the_same_problems(pages, monkeypatch):
    with pytest.raises(ValidationError) as alone:
        read_pages([pages], "maps")
    _pooled(monkeypatch)
    with pytest.raises(ValidationError) as pooled:
        read_pages([pages], "maps")
    assert pooled.value.problems == alone.value.problems
    assert pooled.value.problems[0].path.endswith("cookies.txt")
    assert pooled.value.hint == alone.value.hint


def test_workers_read_through_the_page_cache_as_one_process_does(pages, tmp_path, monkeypatch):
    serial = read_pages([pages], "maps", keep_going=True, cache=PageCache(tmp_path / "serial"))
    started = _pooled(monkeypatch)
    out = tmp_path / "pooled"
    out.mkdir()
    cache = PageCache(out)
    pooled = read_pages([pages], "maps", keep_going=True, cache=cache)
    assert started and pooled == serial
    cache.save(["maps"])
    # A page read without warnings is kept for the next build; the list that skipped an
    # entry is not, so that its warning is given again, nor the page that was refused.
    parsed = []
    real = readers.parse_pages
    monkeypatch.setattr(readers, "parse_pages", lambda jobs, *args: parsed.extend(jobs) or real(jobs, *args))
    again = read_pages([pages], "maps", keep_going=True, cache=PageCache(out))
    assert again == serial
    assert sorted(file.name for file, _, _ in parsed) == ["cookies.txt", "terms.txt"]


def test_one_set_of_workers_serves_the_whole_build(pages, tmp_path, monkeypatch):
    from flashgen import rendering
    from flashgen.build import BuildConfig, build

    (pages / "cookies.txt").unlink()
    serial = tmp_path / "serial"
    build(BuildConfig(sources=(pages,), out=serial))
    started = []
    real = workpool.Workers._start
    monkeypatch.setattr(readers, "POOL_MIN_PAGES", 1)
    monkeypatch.setattr(rendering, "POOL_MIN_TERMS", 1)
    monkeypatch.setattr(workpool, "workers", lambda: 2)
    # Every stage asks for the workers; they are started once, by the first.
    monkeypatch.setattr(workpool.Workers, "_start",
                        lambda self: started.append(self.started) or real(self))
    pooled = tmp_path / "pooled"
    build(BuildConfig(sources=(pages,), out=pooled))
    assert started[0] is False and all(started[1:]) and len(started) >= 3  # pages, phrases, cards
    assert {p.name: p.read_bytes() for p in pooled.iterdir()} == {p.name: p.read_bytes() for p in serial.iterdir()}



def _events(monkeypatch) -> list[str]:
    """Record, in order, when the workers start, which jobs they are given and when a page
    is laid out in this process."""
    events: list[str] = []
    real_reader = readers._reader

    def reader(file):
        found = real_reader(file)
        real_lines = found.lines
        monkeypatch.setattr(found, "lines", lambda *args: events.append("laid out here") or real_lines(*args),
                            raising=False)
        return found

    monkeypatch.setattr(readers, "POOL_MIN_PAGES", 1)
    monkeypatch.setattr(readers, "_reader", reader)
    two_workers(monkeypatch, events)
    return events


def test_workers_for_many_pages_start_first_and_lay_the_pages_out(pages, monkeypatch):
    serial = read_pages([pages], "maps", keep_going=True)
    events = _events(monkeypatch)
    with workpool.Workers() as pool:
        pooled = read_pages([pages], "maps", keep_going=True, pool=pool)
    assert pooled == serial
    assert events[0] == "started" and events[1:] == ["_lay_out", "_parse"]


def test_pages_the_cache_holds_do_not_start_workers_ahead(pages, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    cache = PageCache(out)
    first = read_pages([pages], "maps", keep_going=True, cache=cache)
    cache.save(["maps"])
    events = _events(monkeypatch)
    monkeypatch.setattr(readers, "POOL_MIN_PAGES", 3)  # more pages than the two read again
    with workpool.Workers() as pool:
        again = read_pages([pages], "maps", keep_going=True, cache=PageCache(out), pool=pool)
        assert not pool.started  # the cache held most pages: nothing to start workers for
    assert again == first
    # Only pages the cache does not hold whole are laid out again, here.
    assert set(events) == {"laid out here"} and 0 < len(events) < len(PAGES)
