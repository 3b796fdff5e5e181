"""Compare ways of reading the main content of saved HTML pages: speed, accuracy, import cost.

Run: .venv/bin/python benchmarks/html_readers.py  (needs trafilatura, lxml and html5lib
installed by hand; flashgen itself uses only the standard library's parser).
Each page under tests/data/html has text that must be read and site text that must not.
Lines such as "Back to top" are left to the noise rules that every format shares, so they
are not counted here.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from flashgen.readers import html as ours  # noqa: E402

PAGES = Path(__file__).resolve().parents[1] / "tests" / "data" / "html"

# page: (text that must be read, site text that must not)
EXPECT = {
    "article.html": (
        ["hunger hormone", "secretagogue receptor", "Levels rise before meals & fall",
         "values < 100 pg/mL", "Take the sample fasting", "Keep it on ice", "Mechanism", "Metric",
         "Risk", "<script>alert(1)</script> stays text"],
        ["About us", "Share on Facebook", "We value your privacy", "Accept all", "Subscribe",
         "All rights reserved", "dataLayer", "font-family", "Leptin: the satiety", "Home"],
    ),
    "divsoup.html": (
        ["(CAR) is the rise of cortisol", "hypothalamic–pituitary–adrenal", "area under the curve",
         "Mechanism", "Metric"],
        ["Shop", "free consultation", "Popular posts", "By continuing to browse", "Privacy policy",
         "@type"],
    ),
    "broken.html": (
        ["migrating motor complex", "90 to 120 minutes", "Application", "gastric emptying —",
         "Given before endoscopy", "tachyphylaxis"],
        ["We use cookies", "Got it!"],
    ),
    "glossary_dl.html": (
        ["Anabolism", "building larger molecules", "Catabolism", "Basal metabolic rate"],
        ["Site map"],
    ),
    "glossary_headings.html": (
        ["Adiponectin", "insulin sensitivity", "Bile acids", "Calcitonin"],
        ["Newsletter"],
    ),
}


def _from_etree(element, line_of) -> ours.Node:
    tag = element.tag if isinstance(element.tag, str) else "#comment"
    tag = tag.rsplit("}", 1)[-1].lower()
    node = ours.Node(tag, {str(k): str(v) for k, v in element.attrib.items()}, line_of(element))
    if tag == "#comment":
        node.tag = "script"  # skipped, like the stdlib parser's comments
    if element.text:
        node.children.append(element.text)
    for child in element:
        node.children.append(_from_etree(child, line_of))
        if child.tail:
            node.children.append(child.tail)
    return node


def _walk_tree(root: ours.Node) -> str:
    blocks = ours._Blocks()
    content = ours.content_root(root)
    ours._walk(content, blocks, content.line)
    blocks.flush()
    return "\n".join(text for _, text in blocks.out)


def read_stdlib(text: str) -> str:
    return "\n".join(t for _, t in ours.html_blocks(text))


def read_lxml(text: str) -> str:
    import lxml.html

    tree = lxml.html.document_fromstring(text)
    root = ours.Node("#root", {}, 1, [_from_etree(tree, lambda e: e.sourceline or 1)])
    return _walk_tree(root)


def read_html5lib(text: str) -> str:
    import html5lib

    tree = html5lib.parse(text, treebuilder="etree", namespaceHTMLElements=False)
    root = ours.Node("#root", {}, 1, [_from_etree(tree, lambda e: 1)])
    return _walk_tree(root)


def read_trafilatura(text: str) -> str:
    import trafilatura

    return trafilatura.extract(text, output_format="markdown", include_comments=False,
                               include_tables=True, favor_recall=True) or ""


METHODS = {"html.parser (stdlib)": (read_stdlib, "html.parser"), "lxml": (read_lxml, "lxml.html"),
           "html5lib": (read_html5lib, "html5lib"), "trafilatura": (read_trafilatura, "trafilatura")}


def main() -> None:
    pages = {name: (PAGES / name).read_text(encoding="utf-8") for name in EXPECT if (PAGES / name).exists()}
    print(f"{'reader':22} {'import s':>8} {'ms/page':>8} {'kept':>7} {'left out':>9}  misses")
    for label, (read, module) in METHODS.items():
        started = time.perf_counter()
        __import__(module)
        imported = time.perf_counter() - started
        read(next(iter(pages.values())))  # warm up
        kept = left = kept_total = left_total = 0
        misses = []
        started = time.perf_counter()
        rounds = 20
        for _ in range(rounds):
            outputs = {name: read(text) for name, text in pages.items()}
        per_page = (time.perf_counter() - started) / rounds / len(pages) * 1000
        for name, out in outputs.items():
            must, mustnt = EXPECT[name]
            kept_total += len(must)
            left_total += len(mustnt)
            for text in must:
                if text in out:
                    kept += 1
                else:
                    misses.append(f"{name}: lost {text!r}")
            for text in mustnt:
                if text not in out:
                    left += 1
                else:
                    misses.append(f"{name}: kept {text!r}")
        print(f"{label:22} {imported:8.2f} {per_page:8.2f} {kept:3}/{kept_total:<3} {left:4}/{left_total:<4}  "
              + "; ".join(misses))


if __name__ == "__main__":
    main()
