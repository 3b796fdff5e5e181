"""Benchmark flashgen on synthetic glossary pages and record the results in BENCHMARKS.md.

    .venv/bin/python benchmarks/run.py --pages 100 1000 10000
    .venv/bin/python benchmarks/run.py --huge 50000

For each page count N it generates N deterministic pages (see synthetic.py) and measures,
each in a subprocess of its own: a full build into an empty folder, a no-op rebuild (same
sources, same folder), a rebuild after one word of one sentence of one page was edited,
and genanki alone writing the same notes into the same packages.
Once per run it also measures printing 1,000 cards. Wall time comes from the clock around
each subprocess, peak memory from the subprocess's own resource usage (``ru_maxrss``, as
``getrusage(RUSAGE_CHILDREN)`` reports it for that one child, read with ``os.wait4``).
Results are kept in benchmarks/results.json and written as a table into BENCHMARKS.md,
between the markers there.
"""

from __future__ import annotations

import argparse
import compileall
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402

RESULTS = HERE / "results.json"
REPORT = REPO / "BENCHMARKS.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"

#: The targets the benchmark holds flashgen to.
MAX_BUILD_RATIO = 4.0  # a 1,000-page build against bare genanki (the long-term goal is 1.2)
MAX_EDIT_RATIO = 1.5  # a rebuild after a one-page edit of 1,000 pages against bare genanki
MAX_NOOP_SHARE = 0.10  # a no-op rebuild against a full build
MAX_MEMORY_MIB = 1024  # peak memory at 10,000 pages
MAX_PRINT_SECONDS = 3.0  # printing 1,000 cards
PRINT_CARDS = 1000


def measure(argv: list[str], cwd: Path) -> dict:
    """Run ``argv`` in a subprocess; return its wall time, peak memory and output."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("SOURCE_DATE_EPOCH", None)
    # Python writes bytecode once for an installed program; with writing turned off (as
    # some machines do) every run of flashgen would compile it again, while genanki's
    # installed modules come compiled, so the comparison would count that against flashgen.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=err, text=True)
        # Popen.wait() would reap the child itself; wait4 also returns the resource usage
        # of exactly this child.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, argv))} failed ({process.returncode}):\n{stderr}")
    return {"seconds": seconds, "peak_mib": usage.ru_maxrss / 1024, "stdout": stdout, "stderr": stderr}


def flashgen(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "flashgen", *map(str, args)]


def pages_folder(work: Path, count: int) -> Path:
    """Return a deck folder of ``count`` synthetic pages, generating it when missing."""
    folder = work / f"pages-{count}" / "glossary"
    marker = folder.parent / "complete"
    if not marker.exists():
        shutil.rmtree(folder.parent, ignore_errors=True)
        synthetic.write_pages(folder, count)
        marker.write_text(str(count))
    return folder


def cards_built(stdout: str) -> int:
    match = re.search(r"built \d+ packages?, (\d+) cards?", stdout)
    return int(match.group(1)) if match else 0


def bench_pages(work: Path, count: int, baseline: bool = True) -> dict:
    """Return the measurements for one page count."""
    source = pages_folder(work, count)
    out = work / f"out-{count}"
    shutil.rmtree(out, ignore_errors=True)
    full = measure(flashgen("build", source, "--out", out), work)
    noop = measure(flashgen("build", source, "--out", out), work)
    # One word of one sentence of a page in the middle, then a rebuild; the page is put
    # back afterwards so that the folder can be used again.
    page = sorted(source.iterdir())[count // 2]
    original = page.read_bytes()
    synthetic.edit_page(page)
    try:
        edit = measure(flashgen("build", source, "--out", out), work)
    finally:
        page.write_bytes(original)
    cards = cards_built(full["stdout"])
    result = {
        "pages": count, "cards": cards,
        "build_s": full["seconds"], "build_mib": full["peak_mib"],
        "noop_s": noop["seconds"], "noop_mib": noop["peak_mib"],
        "edit_s": edit["seconds"], "edit_mib": edit["peak_mib"],
        "edit_summary": " / ".join(edit["stdout"].strip().splitlines()[:2]),
        "summary": full["stdout"].strip().splitlines()[0],
    }
    if baseline:
        dump = work / f"notes-{count}.jsonl"
        measure([sys.executable, str(HERE / "run.py"), "--dump-notes", str(source), str(dump)], work)
        bare_out = work / f"bare-{count}"
        # The fastest of three: on a shared machine a single run may be slowed by others,
        # and a slowed baseline would flatter flashgen's ratios.
        runs = []
        for _ in range(3):
            shutil.rmtree(bare_out, ignore_errors=True)
            bare = measure([sys.executable, str(HERE / "bare_genanki.py"), str(dump), str(bare_out)], work)
            runs.append((bare["seconds"] - json.loads(bare["stdout"])["decoding"], bare))
        seconds, bare = min(runs, key=lambda r: r[0])
        decoding = json.loads(bare["stdout"])["decoding"]
        result.update(genanki_s=seconds, genanki_decoding_s=decoding, genanki_mib=bare["peak_mib"],
                      genanki_runs_s=[round(r[0], 3) for r in runs])
        dump.unlink()
        shutil.rmtree(bare_out, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    return result


def bench_print(work: Path) -> dict:
    """Return the measurement of printing at least 1,000 cards from the first pages."""
    sys.path.insert(0, str(REPO / "src"))
    from flashgen.build import prepare

    folder = work / "print" / "glossary"
    shutil.rmtree(folder.parent, ignore_errors=True)
    count = 0
    cards = 0
    # Whole pages are added until they make at least 1,000 cards.
    while cards < PRINT_CARDS:
        synthetic.write_pages(folder, 1, start=count)
        count += 1
        cards = sum(c.anki_cards for c in prepare((folder,)).cards)  # as Anki and paper count them
    pdf = work / "print" / "cards.pdf"
    run = measure(flashgen("print", folder, "--out", pdf), work)
    return {"pages": count, "cards": cards, "print_s": run["seconds"], "print_mib": run["peak_mib"],
            "summary": run["stdout"].strip()}


def dump_notes(source: Path, dump: Path) -> None:
    """Write the notes a build of ``source`` makes, for bare_genanki.py (one line per package)."""
    sys.path.insert(0, str(REPO / "src"))
    from flashgen.anki import genanki_package
    from flashgen.build import plan_packages, prepare, source_fields

    prepared = prepare((source,))
    plans = plan_packages(prepared, dump.parent / "unused")
    sources = source_fields(prepared)
    with dump.open("w", encoding="utf-8") as f:
        models = {}
        packages = []
        for plan in plans:
            package = genanki_package(plan.decks, prepared.templates, sources)
            decks = []
            for deck in package.decks:
                notes = []
                for note in deck.notes:
                    kind = str(note.model.model_id)  # Q&A, Definition or Cloze note type
                    models[kind] = note.model
                    notes.append([kind, list(note.fields), note.guid, list(note.tags)])
                decks.append({"id": deck.deck_id, "name": deck.name, "description": deck.description,
                              "notes": notes})
            packages.append({"path": plan.path.name, "timestamp": plan.timestamp, "decks": decks})
        f.write(json.dumps({kind: {"id": m.model_id, "name": m.name, "fields": [x["name"] for x in m.fields],
                                   "templates": m.templates, "css": m.css,
                                   "sort_field_index": m.sort_field_index, "model_type": m.model_type}
                            for kind, m in models.items()}) + "\n")
        for package in packages:
            f.write(json.dumps(package) + "\n")


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
        ram = f"{int(mem.split()[1]) / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        ram = "unknown"
    return {"cpu": cpu, "cores": os.cpu_count(), "ram": ram, "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}",
            "date": datetime.date.today().isoformat()}


def verdict(ok: bool) -> str:
    return "PASS" if ok else "**FAIL**"


def table(results: dict) -> str:
    """Return the Markdown for the results block of BENCHMARKS.md."""
    m = results["machine"]
    lines = [f"Measured {m['date']} on {m['cpu']}, {m['cores']} cores, {m['ram']} RAM, "
             f"Python {m['python']}, {m['system']}.", ""]
    lines += ["| pages | cards | full build | cards/s | peak memory | one-page edit | no-op rebuild "
              "| no-op share | bare genanki | build / genanki | edit / genanki |",
              "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    runs = sorted(results["pages"].values(), key=lambda r: r["pages"])
    for r in runs:
        genanki = f"{r['genanki_s']:.2f} s" if "genanki_s" in r else "–"
        ratio = f"{r['build_s'] / r['genanki_s']:.2f}×" if "genanki_s" in r else "–"
        edit = f"{r['edit_s']:.2f} s" if "edit_s" in r else "–"
        edit_ratio = f"{r['edit_s'] / r['genanki_s']:.2f}×" if "genanki_s" in r and "edit_s" in r else "–"
        lines.append(f"| {r['pages']:,} | {r['cards']:,} | {r['build_s']:.2f} s | {r['cards'] / r['build_s']:,.0f} "
                     f"| {r['build_mib']:.0f} MiB | {edit} | {r['noop_s']:.2f} s | {r['noop_s'] / r['build_s']:.1%} "
                     f"| {genanki} | {ratio} | {edit_ratio} |")
    lines.append("")
    if "print" in results:
        p = results["print"]
        lines.append(f"Printing {p['cards']:,} cards ({p['pages']} pages, `flashgen print`, default layout): "
                     f"{p['print_s']:.2f} s, {p['cards'] / p['print_s']:,.0f} cards/s, "
                     f"peak {p['print_mib']:.0f} MiB ({p['summary']}).")
        lines.append("")
    lines += ["| target | measured | result |", "| --- | --- | --- |"]
    by_pages = {r["pages"]: r for r in runs}
    if 1000 in by_pages and "genanki_s" in by_pages[1000]:
        r = by_pages[1000]
        ratio = r["build_s"] / r["genanki_s"]
        lines.append(f"| 1,000-page build within {MAX_BUILD_RATIO}× of bare genanki | {r['build_s']:.2f} s vs "
                     f"{r['genanki_s']:.2f} s = {ratio:.2f}× | {verdict(ratio <= MAX_BUILD_RATIO)} |")
        if "edit_s" in r:
            ratio = r["edit_s"] / r["genanki_s"]
            lines.append(f"| one-page edit of 1,000 pages within {MAX_EDIT_RATIO}× of bare genanki | "
                         f"{r['edit_s']:.2f} s vs {r['genanki_s']:.2f} s = {ratio:.2f}× | "
                         f"{verdict(ratio <= MAX_EDIT_RATIO)} |")
    for r in (r for r in runs if r["pages"] >= 100):
        share = r["noop_s"] / r["build_s"]
        lines.append(f"| no-op rebuild under {MAX_NOOP_SHARE:.0%} of a full build ({r['pages']:,} pages) | "
                     f"{r['noop_s']:.2f} s of {r['build_s']:.2f} s = {share:.1%} | {verdict(share < MAX_NOOP_SHARE)} |")
    if 10000 in by_pages:
        r = by_pages[10000]
        per_page = [f"{x['pages']:,}: {x['build_mib']:.0f} MiB" for x in runs]
        lines.append(f"| peak memory under {MAX_MEMORY_MIB} MiB at 10,000 pages | {r['build_mib']:.0f} MiB "
                     f"({'; '.join(per_page)}) | {verdict(r['build_mib'] < MAX_MEMORY_MIB)} |")
    if "print" in results:
        p = results["print"]
        lines.append(f"| {PRINT_CARDS:,} printed cards in under {MAX_PRINT_SECONDS:.0f} s | {p['print_s']:.2f} s for "
                     f"{p['cards']:,} cards | {verdict(p['print_s'] < MAX_PRINT_SECONDS)} |")
    return "\n".join(lines)


def write_report(results: dict) -> None:
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    REPORT.write_text(f"{before}{START}\n{table(results)}\n{END}{after}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, nargs="*", default=[], metavar="N",
                        help="page counts to benchmark (e.g. 100 1000 10000)")
    parser.add_argument("--huge", type=int, metavar="N",
                        help="also build a folder of N pages (e.g. 50000), without the genanki baseline")
    parser.add_argument("--no-print", action="store_true", help="skip the print measurement")
    parser.add_argument("--work", type=Path, default=REPO / ".bench", metavar="DIR",
                        help="folder for generated pages and outputs (default: .bench/)")
    parser.add_argument("--dump-notes", nargs=2, type=Path, metavar=("SOURCE", "FILE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump_notes:
        dump_notes(*args.dump_notes)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    # As an installed program is: compiled once, before anything is timed.
    compileall.compile_dir(str(REPO / "src"), quiet=1)
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if results.get("synthetic") != synthetic.VERSION:
        results = {"synthetic": synthetic.VERSION, "pages": {}}  # other pages: not comparable
    results["machine"] = machine()
    counts = [(n, True) for n in args.pages] + ([(args.huge, False)] if args.huge else [])
    for count, baseline in counts:
        result = bench_pages(args.work, count, baseline)
        results["pages"][str(count)] = result
        print(json.dumps(result), flush=True)
        RESULTS.write_text(json.dumps(results, indent=1) + "\n")
    if not args.no_print:
        results["print"] = bench_print(args.work)
        print(json.dumps(results["print"]), flush=True)
    RESULTS.write_text(json.dumps(results, indent=1) + "\n")
    write_report(results)
    print(table(results))


if __name__ == "__main__":
    main()
