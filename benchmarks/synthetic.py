"""Deterministic synthetic glossary pages, shaped like pages copied from a clinical glossary.

Each page opens with a definition paragraph that names the term (a quoted name with an
alias, a name with its abbreviation in brackets, or a plain name), then four to six short
heading lines (Context, Mechanism, Metric, Risk, ...) each followed by 400-600 characters
of prose, then site noise: marketing teasers and a cookie banner. Like real clinical
prose, most paragraphs spell out something with its abbreviation in brackets
("lipopolysaccharide (LPS)"), and sentences hold quoted names, "e.g.", "i.e.",
decimals with units and mentions of the page's own and other pages' terms. The words come
from the lists below; nothing is taken from real pages. The same index always gives the
same page.
"""

from __future__ import annotations

import random
from pathlib import Path

#: Changes whenever the pages change, so that results of other pages are not mixed in.
VERSION = 2

# Syllables for invented term names; a page's index picks them, so names never repeat.
_SYLLABLES = ("ba", "cor", "dex", "fen", "gal", "hex", "ilo", "jur", "kav", "lum",
              "mor", "nex", "oph", "pra", "quin", "rel", "sto", "tav", "ule", "vor")
_ENDINGS = ("in", "ase", "ol", "ide", "one", "ate", "ium", "ex")
_KINDS = ("receptor", "pathway", "index", "cycle", "response", "factor", "signal", "axis",
          "transporter", "complex")

_SUBJECTS = ("the intestinal lining", "the hepatic portal flow", "the adrenal cortex",
             "the thyroid axis", "circulating insulin", "the resting metabolic rate",
             "the gut microbiome", "the immune response", "bile acid secretion",
             "the sleep cycle", "muscle protein turnover", "the renal filtration rate",
             "mitochondrial output", "the vascular endothelium", "appetite signalling")
_VERBS = ("regulates", "shapes", "limits", "amplifies", "stabilises", "reflects",
          "depends on", "modulates", "restores", "disturbs", "balances", "supports")
_OBJECTS = ("nutrient uptake", "systemic inflammation", "hormone clearance",
            "barrier integrity", "glucose tolerance", "cortisol rhythm", "tissue repair",
            "lipid transport", "fluid balance", "oxidative load", "enzyme activity",
            "bone remodelling", "neural signalling", "iron storage", "satiety cues")
_CLAUSES = ("over several weeks", "in most adults", "under chronic stress",
            "after a fasting period", "during acute illness", "with advancing age",
            "in people with dysbiosis", "when sleep is restricted", "across the day",
            "in response to dietary change", "alongside routine care")
_OPENERS = ("In clinical practice,", "Over time,", "In many patients,", "As a rule,",
            "Under normal conditions,", "In laboratory studies,", "For most people,")
_MEASURES = ("a fasting serum panel", "a stool analysis", "an ELISA assay",
             "a breath test", "a 24-hour urine collection", "a salivary profile")
_UNITS = ("mg/dL", "%", "ng/mL", "mmol/L", "minutes", "hours")
# Spelled-out markers and measures with their abbreviations, as clinical prose brackets them.
_BRACKETED = (("lipopolysaccharide", "LPS"), ("C-reactive protein", "CRP"),
              ("homeostatic model assessment of insulin resistance", "HOMA-IR"),
              ("tumour necrosis factor alpha", "TNF-α"), ("interleukin 6", "IL-6"),
              ("short-chain fatty acids", "SCFAs"), ("glucagon-like peptide 1", "GLP-1"),
              ("sex hormone-binding globulin", "SHBG"), ("thyroid-stimulating hormone", "TSH"),
              ("high-density lipoprotein", "HDL"), ("body mass index", "BMI"),
              ("heart rate variability", "HRV"), ("secretory immunoglobulin A", "sIgA"),
              ("dipeptidyl peptidase-4", "DPP-4"), ("irritable bowel syndrome", "IBS"))
# Names people put in quotes: lay names, slogans, coined labels.
_QUOTED = ("leaky gut", "second brain", "metabolic flexibility", "adrenal fatigue",
           "inflammaging", "gut-brain axis", "fight or flight", "insulin spike")

#: Headings in the order a page lists them; each page takes four to six.
HEADINGS = ("Context", "Significance", "Mechanism", "Application", "Metric", "Risk", "Origin")

_TEASERS = (
    "Targeted nutrition can recalibrate the whole system, from digestion to mood and energy.",
    "A balanced routine supports your body's own repair, lessening reliance on outside help.",
    "Small daily habits shape long-term resilience more than any single intervention can.",
    "Understanding your own biology is the first step towards lasting, measurable change.",
    "Restful sleep and steady meals quietly tune the signals that keep your body in balance.",
)
_BANNER = (
    "We use cookies to personalize content and marketing, and to analyze our traffic. "
    "This keeps our free resources running. Manage your preferences below.",
    "Detailed Cookie Preferences",
    "Analytics cookies help us understand how visitors interact with our website.",
    "Personalization cookies let us tailor the site to your interactions.",
)


def term_name(index: int) -> str:
    """Return the invented, unique name of page ``index``: a coined word and a kind."""
    digits = []
    number = index
    for _ in range(4):
        number, rest = divmod(number, len(_SYLLABLES))
        digits.append(_SYLLABLES[rest])
    word = "".join(digits) + _ENDINGS[index % len(_ENDINGS)]
    return f"{word.capitalize()} {_KINDS[(index // 7) % len(_KINDS)]}"


def _bracketed(rng: random.Random) -> str:
    long, short = rng.choice(_BRACKETED)
    return f"{long} ({short})"


def _sentence(rng: random.Random, name: str | None = None) -> str:
    form = rng.randrange(12)
    subject = name or rng.choice(_SUBJECTS)
    if form == 0:
        text = f"{rng.choice(_OPENERS)} {subject} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
    elif form == 1:
        value = f"{rng.randint(2, 90)}.{rng.randint(1, 9)}"
        text = (f"Values near {value} {rng.choice(_UNITS)} are common, and {subject} "
                f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}")
    elif form == 2:
        text = (f"It is usually assessed with {rng.choice(_MEASURES)}, e.g. when "
                f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}")
    elif form == 3:
        text = (f"{subject[:1].upper()}{subject[1:]} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}, "
                f"{rng.choice(_OBJECTS)} and {rng.choice(_OBJECTS)} {rng.choice(_CLAUSES)}")
    elif form in (4, 5, 6):
        # The commonest shape of clinical prose: something spelled out, its abbreviation
        # in brackets.
        text = (f"{subject[:1].upper()}{subject[1:]} {rng.choice(_VERBS)} {_bracketed(rng)} "
                f"{rng.choice(_CLAUSES)}")
    elif form == 7:
        low = rng.randint(1, 40)
        text = (f"Raised {_bracketed(rng)} above {low}.{rng.randint(0, 9)} {rng.choice(_UNITS)} "
                f"(i.e. {rng.randint(2, 9)} in 10 adults) {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}")
    elif form == 8:
        text = (f"What is often called “{rng.choice(_QUOTED)}” {rng.choice(_VERBS)} "
                f"{rng.choice(_OBJECTS)} {rng.choice(_CLAUSES)}")
    elif form == 9:
        text = (f"Markers (e.g. {rng.choice(_BRACKETED)[1]} or {rng.choice(_BRACKETED)[1]}) show how "
                f"{subject} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}")
    else:
        text = (f"{subject[:1].upper()}{subject[1:]} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} "
                f"{rng.choice(_CLAUSES)}")
    return text + "."


def _prose(rng: random.Random, names: tuple[str, ...], low: int = 400, high: int = 600) -> str:
    """Return prose of ``low`` to ``high`` characters; ``names`` are terms it may mention."""
    goal = rng.randint(low, high)
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < goal:
        # Now and then a sentence names this page's term or another page's.
        name = rng.choice(names) if rng.random() < 0.3 else None
        sentences.append(_sentence(rng, name))
    text = " ".join(sentences)
    while len(text) > high and len(sentences) > 1:
        sentences.pop()
        text = " ".join(sentences)
    return text


def page_text(index: int) -> str:
    """Return the text of synthetic page ``index``."""
    rng = random.Random(index)
    name = term_name(index)
    abbreviation = "".join(w[0] for w in name.split()).upper() + str(index % 97)
    style = index % 3
    if style == 0:
        opening = f"“{name},” also known as {abbreviation}, describes how {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}."
    elif style == 1:
        opening = f"{name} ({abbreviation}) is a measure of how {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}."
    else:
        opening = f"{name} describes the way {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}."
    # Pages mention a few other pages' terms, as real glossaries cross-reference entries.
    names = (name, *(term_name(rng.randrange(index + 1)) for _ in range(3)))
    lines = [opening + " " + _prose(rng, names, 150, 300)]
    count = rng.randint(4, 6)
    chosen = sorted(rng.sample(range(len(HEADINGS)), count))
    for position in chosen:
        heading = HEADINGS[position]
        lines.append(heading + (":" if rng.random() < 0.2 else ""))
        lines.append(_prose(rng, names))
    lines.extend(rng.sample(_TEASERS, 3))
    lines.extend(_BANNER)
    return "\n".join(lines) + "\n"


def write_pages(folder: Path, count: int, start: int = 0) -> list[Path]:
    """Write pages ``start`` .. ``start + count - 1`` into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + count):
        path = folder / f"page-{index:06d}.txt"
        path.write_text(page_text(index), encoding="utf-8")
        paths.append(path)
    return paths


def edit_page(path: Path) -> None:
    """Change one word of one sentence in a section of the page at ``path``, as an author would."""
    lines = path.read_text(encoding="utf-8").split("\n")
    # Line 0 is the definition, line 1 the first heading, line 2 its prose.
    prose = lines[2]
    for verb in _VERBS:
        at = prose.find(f" {verb} ")
        if at >= 0:
            lines[2] = prose[:at] + " governs " + prose[at + len(verb) + 2:]
            break
    else:
        lines[2] = prose.replace(". ", ", as a rule. ", 1)
    path.write_text("\n".join(lines), encoding="utf-8")
