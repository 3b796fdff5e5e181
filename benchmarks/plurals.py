"""Compare singular forms of glossary heading words: hand rules, inflect, inflection, flashgen.

Run: .venv/bin/python benchmarks/plurals.py  (the 'inflection' package is not a
dependency; install it by hand to include it).
"""
import time
# (word, expected singular) — plurals of count nouns and words that are already singular.
CASES = [
    ("metrics", "metric"), ("applications", "application"), ("risks", "risk"),
    ("mechanisms", "mechanism"), ("origins", "origin"), ("contexts", "context"),
    ("pitfalls", "pitfall"), ("benefits", "benefit"), ("studies", "study"),
    ("biomarkers", "biomarker"), ("uses", "use"), ("measures", "measure"),
    ("analyses", "analysis"), ("diagnoses", "diagnosis"), ("syndromes", "syndrome"),
    ("hormones", "hormone"), ("criteria", "criterion"), ("phenomena", "phenomenon"),
    ("indications", "indication"), ("contraindications", "contraindication"),
    ("side effects", "side effect"), ("risk factors", "risk factor"), ("therapies", "therapy"),
    ("processes", "process"), ("bacteria", "bacterium"), ("vertebrae", "vertebra"),
    ("pharmacokinetics", "pharmacokinetics"), ("genetics", "genetics"),
    ("economics", "economics"), ("physics", "physics"), ("statistics", "statistics"),
    ("kinetics", "kinetics"), ("epidemiology", "epidemiology"), ("diabetes", "diabetes"),
    ("news", "news"), ("species", "species"), ("series", "series"), ("status", "status"),
    ("process", "process"), ("thesis", "thesis"), ("bias", "bias"), ("analysis", "analysis"),
    ("diagnosis", "diagnosis"), ("stress", "stress"), ("homeostasis", "homeostasis"),
    ("pharmacodynamics", "pharmacodynamics"), ("ethics", "ethics"), ("data", "data"),
    ("genomics", "genomics"), ("biomechanics", "biomechanics"), ("ergonomics", "ergonomics"),
]


def ours(word):
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def score(name, fn):
    started = time.perf_counter()
    right = [w for w, want in CASES if " ".join(w.split()[:-1] + [fn(w.split()[-1])]) == want]
    took = time.perf_counter() - started
    wrong = [(w, fn(w.split()[-1])) for w, want in CASES if w not in right]
    print(f"{name:24} {len(right)}/{len(CASES)}  {took * 1e6 / len(CASES):.0f} µs/word  wrong: {wrong}")


t = time.perf_counter(); import inflect; engine = inflect.engine(); t_inflect = time.perf_counter() - t
try:
    t = time.perf_counter(); import inflection; t_inflection = time.perf_counter() - t
except ImportError:
    inflection = None
    t_inflection = float("nan")
print(f"import: inflect {t_inflect:.2f} s, inflection {t_inflection * 1000:.1f} ms")
score("hand rules", ours)
score("inflect", lambda w: engine.singular_noun(w) or w)
if inflection:
    score("inflection", inflection.singularize)
# Field names in -ics and words ending in -is/-us/-ss/-ss are singular already.
def guarded(fn):
    def g(w):
        if w.endswith(("ics", "is", "us", "ss")):
            return w
        return fn(w)
    return g
score("inflect + guard", guarded(lambda w: engine.singular_noun(w) or w))
if inflection:
    score("inflection + guard", guarded(inflection.singularize))
score("hand rules + guard", guarded(ours))

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from flashgen.topics import singular  # noqa: E402

score("flashgen topics.singular", singular)
