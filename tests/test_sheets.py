"""Print sheets: read the PDF back and check where every character landed."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pdfplumber
import pytest

from flashgen.errors import FlashgenError
from flashgen.model import Card
from flashgen.sheets import (
    PRESETS,
    SheetLayout,
    cloze_for_paper,
    get_layout,
    paper_sides,
    plan_sheets,
    write_html,
    write_pdf,
)

UNICODE_LINE = "Units: “5 µg” – not 5 mg — with α and β cells, pH ≤ 3 or ≥ 8, café."

# Each paragraph here is distinct, so a test can find every one of them in the output.
LONG_ANSWER = "".join(
    f"<p>Point {k}: the epithelium renews itself every few days, and tight junction "
    f"proteins such as occludin and claudin-{k} close the gap between neighbouring "
    f"cells so that only water &amp; small solutes pass between them.</p>"
    for k in range(1, 19)
)

MEDIUM_ANSWER = "".join(
    f"<p>Note {k}: short-chain fatty acids lower the colon's pH and feed the cells "
    f"of its lining.</p>"
    for k in range(1, 8)
)


def make_card(n: int, name: str, back: str, topic: str = "Mechanism",
              front: str | None = None, deck_title: str = "Gut and Hormones",
              kind: str = "definition") -> Card:
    slug = name.lower().replace(" ", "-")
    return Card(
        deck="gut", deck_title=deck_title, topic=topic.lower(), topic_title=topic,
        term_id=slug, term_name=name, kind=kind,
        front=front if front is not None else
        f'<div class="prompt">What is the {topic.lower()} of <b class="term">'
        f"{html.escape(name)}</b>?</div>",
        back=back, key=f"gut/{slug}/{topic.lower()}/{n}", guid=f"guid{n}",
        source=f"decks/gut/{slug}.md", line=n,
    )


CARDS = [
    make_card(1, "Leaky Gut", "<p>The gut lining lets through more than it should.</p>"
              "<p>Inflammation &amp; food reactions may follow.</p>"),
    make_card(2, "Cortisol", "<p>A steroid hormone of the adrenal cortex.</p>"
              "<ul><li>raises blood glucose</li><li>damps inflammation</li></ul>",
              topic="Function"),
    make_card(3, "Zonulin", "<p>A protein that loosens tight junctions.</p>"),
    make_card(4, "Tight Junctions", LONG_ANSWER),
    make_card(5, "Butyrate", MEDIUM_ANSWER),
    make_card(6, "Insulin", f"<p>{html.escape(UNICODE_LINE)}</p>", topic="Function"),
    make_card(7, "Ghrelin", "<p>The hunger hormone,<br>made mostly in the stomach.</p>"),
    make_card(8, "Leptin", "<p>Made by fat tissue; signals that energy stores are full."
              "</p>"),
    make_card(9, "Microbiome", "<p>Pneumonoultramicroscopicsilicovolcanoconiosis"
              "Pneumonoultramicroscopicsilicovolcanoconiosis is not a gut word, but an "
              "unbreakable word must still stay inside its card.</p>"),
    make_card(10, "Serotonin", "<p>Most of it is made by <i>enterochromaffin</i> cells "
              "in the gut.</p>", topic="Location"),
    make_card(11, "Zonulin", "",
              front='<div class="prompt">{{c1::Zonulin}} regulates the tight junctions '
                    "of the {{c2::small intestine::organ}}.</div>", topic="Cloze", kind="cloze"),
]


def norm(text: str) -> str:
    return " ".join(text.split())


def visible_text(fragment: str) -> str:
    """The text a reader sees in a card fragment, block breaks as spaces."""
    text = re.sub(r"<br\s*/?>|</(p|div|li)>", " ", fragment)
    return norm(html.unescape(re.sub(r"<[^>]+>", "", text)))


def same_text(got: str, want: str, card: Card) -> bool:
    if card.term_name == "Microbiome":
        # Its overlong word is cut at a line end, which reads back as a space.
        return got.replace(" ", "") == want.replace(" ", "")
    return got == want


def slot_rects(layout: SheetLayout) -> list[tuple[float, float, float, float]]:
    """Card rectangles of a front page, as (x0, top, x1, bottom) from the page's top."""
    w = (layout.page_width - 2 * layout.margin) / layout.columns
    h = (layout.page_height - 2 * layout.margin) / layout.rows
    return [(layout.margin + c * w, layout.margin + r * h,
             layout.margin + (c + 1) * w, layout.margin + (r + 1) * h)
            for r in range(layout.rows) for c in range(layout.columns)]


def mirrored(rect, layout: SheetLayout, flip: str):
    x0, top, x1, bottom = rect
    if flip == "long":  # portrait pages: turned over the vertical edge
        return (layout.page_width - x1, top, layout.page_width - x0, bottom)
    return (x0, layout.page_height - bottom, x1, layout.page_height - top)


def inside(obj, rect, tol=0.01) -> bool:
    x0, top, x1, bottom = rect
    return (obj["x0"] >= x0 - tol and obj["x1"] <= x1 + tol
            and obj["top"] >= top - tol and obj["bottom"] <= bottom + tol)


def label_of(text: str) -> tuple[int, int, int]:
    """Return (card number, piece, pieces) from a card's small label."""
    m = re.search(r"#(\d+)(?: \((\d+)/(\d+)\))?", text)
    assert m, f"no card label in {text!r}"
    return int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)


def card_texts(pdf, layout, flip="long"):
    """Return {(number, piece): (pieces, front text, back text)} read from the PDF."""
    out = {}
    pages = pdf.pages
    for i in range(0, len(pages), 2):
        front, back = pages[i], pages[i + 1]
        for rect in slot_rects(layout):
            front_text = front.within_bbox(rect).extract_text()
            if not front_text.strip():
                continue
            back_text = back.within_bbox(mirrored(rect, layout, flip)).extract_text()
            number, piece, pieces = label_of(front_text)
            assert label_of(back_text) == (number, piece, pieces), (front_text, back_text)
            out[number, piece] = (pieces, front_text, back_text)
    return out


def strip_label(text: str) -> str:
    return norm(re.sub(r"Gut and Hormones · .*#\d+( \(\d+/\d+\))?", "", text))


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """The sample cards printed once per flip edge on A4, with their reports."""
    out = {}
    for flip in ("long", "short"):
        path = tmp_path_factory.mktemp(flip) / "cards.pdf"
        layout = get_layout("a4-2x4", flip=flip)
        report = write_pdf(CARDS, path, layout)
        out[flip] = (path, layout, report)
    return out


def test_every_card_prints_its_front_and_back(printed):
    path, layout, report = printed["long"]
    with pdfplumber.open(path) as pdf:
        texts = card_texts(pdf, layout)
    for number, card in enumerate(CARDS, start=1):
        pieces = texts[number, 1][0]
        fronts = [strip_label(texts[number, k][1]) for k in range(1, pieces + 1)]
        backs = " ".join(strip_label(texts[number, k][2]) for k in range(1, pieces + 1))
        front_html, back_html = paper_sides(card)
        assert all(f == visible_text(front_html) for f in fronts)
        # Joined in order, the pieces give back the whole answer: nothing lost or clipped.
        assert same_text(norm(backs.replace("• ", "")), visible_text(back_html), card)
    assert report.cards == len(CARDS)
    assert report.printed == sum(texts[n, 1][0] for n in range(1, len(CARDS) + 1))


@pytest.mark.parametrize("flip", ["long", "short"])
def test_text_stays_inside_its_card_and_lines_never_overlap(printed, flip):
    path, layout, _ = printed[flip]
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) % 2 == 0
        for index, page in enumerate(pdf.pages):
            rects = slot_rects(layout)
            if index % 2:
                rects = [mirrored(r, layout, flip) for r in rects]
            lines: dict[tuple[int, float], list[dict]] = {}
            for ch in page.chars:
                homes = [i for i, r in enumerate(rects) if inside(ch, r)]
                assert len(homes) == 1, f"page {index + 1}: {ch['text']!r} outside a card"
                lines.setdefault((homes[0], round(ch["bottom"], 2)), []).append(ch)
            boxes = []
            for chars in lines.values():
                chars.sort(key=lambda c: c["x0"])
                for a, b in zip(chars, chars[1:]):
                    assert b["x0"] >= a["x1"] - 0.01, f"{a['text']}{b['text']} overlap"
                boxes.append((min(c["x0"] for c in chars), min(c["top"] for c in chars),
                              max(c["x1"] for c in chars), max(c["bottom"] for c in chars)))
            for i, a in enumerate(boxes):
                for b in boxes[i + 1:]:
                    overlap = (min(a[2], b[2]) - max(a[0], b[0]) > 0.01
                               and min(a[3], b[3]) - max(a[1], b[1]) > 0.01)
                    assert not overlap, f"page {index + 1}: lines {a} and {b} overlap"


@pytest.mark.parametrize("flip", ["long", "short"])
def test_each_back_sits_behind_its_front(printed, flip):
    path, layout, report = printed[flip]
    with pdfplumber.open(path) as pdf:
        # card_texts reads each back at the mirrored rectangle and checks its label.
        texts = card_texts(pdf, layout, flip)
        words = pdf.pages[1].extract_words()
    assert len(texts) == report.printed > len(CARDS)
    assert "The gut lining lets through" in texts[1, 1][2]
    # The answer to the top-left card: top right for long-edge, bottom left for short.
    lining = next(w for w in words if w["text"] == "lining")
    w, h = layout.page_width, layout.page_height
    top_row_end = layout.margin + layout.card_height
    if flip == "long":
        assert lining["x0"] > w / 2 and lining["bottom"] < top_row_end
    else:
        assert lining["x0"] < w / 2 and lining["top"] > h - top_row_end


def test_no_text_is_smaller_than_seven_points(printed):
    path, _, _ = printed["long"]
    with pdfplumber.open(path) as pdf:
        sizes = {round(ch["size"], 2) for page in pdf.pages for ch in page.chars}
    assert min(sizes) >= 7
    assert 7 in sizes  # the long answer did go all the way down


def test_long_answer_is_shrunk_then_split_and_medium_only_shrunk(printed):
    path, layout, report = printed["long"]
    long_key, medium_key = CARDS[3].key, CARDS[4].key
    assert long_key in report.split_keys and long_key in report.shrunk_keys
    assert medium_key in report.shrunk_keys and medium_key not in report.split_keys
    assert report.split == 1 and report.shrunk == 2
    with pdfplumber.open(path) as pdf:
        texts = card_texts(pdf, layout)
        pieces = texts[4, 1][0]
        assert pieces >= 2
        labels = [re.search(r"\(\d+/\d+\)", texts[4, k][1]).group(0)
                  for k in range(1, pieces + 1)]
        assert labels == [f"({k}/{pieces})" for k in range(1, pieces + 1)]
        assert "(1/2)" in texts[4, 1][2] or pieces > 2
        for page in pdf.pages:
            for word in page.extract_words(extra_attrs=["size"]):
                if word["text"] == "Note":  # the medium answer's paragraphs
                    assert 7 <= word["size"] < layout.back_size


def test_unicode_comes_back_from_the_pdf(printed):
    path, layout, _ = printed["long"]
    with pdfplumber.open(path) as pdf:
        texts = card_texts(pdf, layout)
    assert norm(UNICODE_LINE) in strip_label(texts[6, 1][2])
    for ch in "“”–—αβµ≤≥é":
        assert ch in texts[6, 1][2]


def test_cloze_front_hides_and_back_fills_in(printed):
    assert cloze_for_paper("{{c1::zonulin}} and {{c2::gut::organ}}") == (
        "[...] and [organ]", "<b>zonulin</b> and <b>gut</b>")
    path, layout, _ = printed["long"]
    with pdfplumber.open(path) as pdf:
        texts = card_texts(pdf, layout)
    front, back = texts[11, 1][1], texts[11, 1][2]
    assert "[...] regulates the tight junctions" in norm(front)
    assert "[organ]" in front and "Zonulin" not in front and "{{" not in front
    assert "Zonulin regulates the tight junctions of the small intestine." in norm(back)


def test_a_cloze_that_does_not_name_its_term_shows_it_on_paper():
    from dataclasses import replace

    from flashgen.sheets import paper_sides

    card = replace(make_card(1, "Zonulin", ""), kind="cloze",
                   front="Measured in serum by {{c1::ELISA}} &amp; more.", context="Zonulin <protein>")
    front, back = paper_sides(card)
    assert front == ("<div><b>Zonulin &lt;protein&gt;</b></div>"
                     "<div>Measured in serum by [...] &amp; more.</div>")
    assert back == "Measured in serum by <b>ELISA</b> &amp; more."


def test_a_cloze_note_prints_one_card_per_cloze_like_anki():
    from flashgen.sheets import paper_cards

    note = CARDS[10]
    assert note.kind == "cloze"
    first, second = paper_cards([note])
    assert paper_sides(first)[0] == ('<div class="prompt">[...] regulates the tight junctions of the '
                                     "small intestine.</div>")
    assert paper_sides(second)[0] == ('<div class="prompt">Zonulin regulates the tight junctions of the '
                                      "[organ].</div>")
    assert paper_sides(second)[1] == ('<div class="prompt">Zonulin regulates the tight junctions of the '
                                      "<b>small intestine</b>.</div>")
    assert len({first.key, second.key}) == 2
    assert paper_cards(CARDS[:10]) == list(CARDS[:10])


def test_print_makes_as_many_paper_cards_as_anki_has(cli, scenario, tmp_path):
    from flashgen.build import BuildConfig, build

    source = scenario("short")
    built = build(BuildConfig(sources=(source,), out=tmp_path / "out", kinds=("cloze",)))
    run = cli("print", source, "--kinds", "cloze", "--out", tmp_path / "cards.pdf")
    assert run.code == 0, run.err
    assert run.out.startswith(f"printed {built.cards} cards as {built.cards} paper cards")


def test_cloze_markup_in_the_text_of_other_cards_prints_as_written():
    card = make_card(1, "What does {{c1::x}} mean in a template?", "It is {{c2::literal}} text.")
    assert card.kind != "cloze"
    assert paper_sides(card) == (card.front, card.back)


@pytest.mark.parametrize("bad", ["中", "\U0001F9A0"])
def test_character_missing_from_font_names_the_card_and_writes_nothing(tmp_path, bad):
    card = make_card(42, "Gut Flora", f"<p>Microbes {bad} everywhere.</p>", topic="Ecology")
    target = tmp_path / "cards.pdf"
    with pytest.raises(FlashgenError) as info:
        write_pdf(CARDS[:2] + [card], target)
    message = str(info.value)
    assert "Gut Flora" in message and "Ecology" in message
    assert "decks/gut/gut-flora.md" in message and f"U+{ord(bad):04X}" in message
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_old_file_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "cards.pdf"
    target.write_bytes(b"previous print")
    card = make_card(1, "Gut Flora", "<p>中</p>")
    with pytest.raises(FlashgenError):
        write_pdf([card], target)
    with pytest.raises(FlashgenError):
        write_html([card], tmp_path / "cards.html")
    assert target.read_bytes() == b"previous print"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cards.pdf"]


def test_successful_write_leaves_only_the_output(tmp_path):
    target = tmp_path / "nested" / "out" / "cards.pdf"
    write_pdf(CARDS[:3], target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in target.parent.iterdir()] == ["cards.pdf"]


def test_same_cards_give_identical_bytes(tmp_path, monkeypatch):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_pdf(CARDS, first)
    write_pdf(list(CARDS), second)
    assert first.read_bytes() == second.read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    third = tmp_path / "c.pdf"
    write_pdf(CARDS, third)
    assert b"D:20231114" in third.read_bytes()
    write_pdf(CARDS, first)
    assert first.read_bytes() == third.read_bytes()


class _HTMLText(HTMLParser):
    """Collect the lines of every printed card side in the HTML output."""

    def __init__(self):
        super().__init__()
        self.sides: dict[tuple[str, int, str], list[str]] = {}
        self.boxes: dict[tuple[str, int, str], tuple[float, ...]] = {}
        self.order: list[str] = []
        self._side = ""
        self._key = None
        self._line: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section":
            self._side = a["class"].split()[1]
            self.order.append(self._side)
        elif tag == "div" and a.get("class") == "card":
            self._key = (self._side, int(a["data-number"]), a["data-piece"])
            self.sides[self._key] = []
            box = dict(re.findall(r"(\w+):([\d.]+)pt", a["style"]))
            self.boxes[self._key] = tuple(float(box[k])
                                          for k in ("left", "top", "width", "height"))
        elif tag == "div" and a.get("class") == "ln":
            self._line = []

    def handle_endtag(self, tag):
        if tag == "div" and self._line is not None:
            self.sides[self._key].append("".join(self._line))
            self._line = None

    def handle_data(self, data):
        if self._line is not None:
            self._line.append(data)

    def text(self, side: str, number: int) -> str:
        """Return one side of a card, all its pieces in order, labels left out."""
        keys = sorted((k for k in self.sides if k[:2] == (side, number)),
                      key=lambda k: int(k[2].split("/")[0]))
        lines = [line for k in keys for line in self.sides[k]
                 if not re.search(r" · #\d+( \(\d+/\d+\))?$", line)]
        return norm(" ".join(lines).replace("•", " "))


def test_html_has_every_card_escaped_and_in_page_order(tmp_path):
    evil = make_card(12, "<script>alert(1)</script>",
                     "<p>&lt;script&gt;alert(2)&lt;/script&gt; is only text.</p>",
                     deck_title="Gut <b>and</b> Hormones")
    cards = CARDS + [evil]
    target = tmp_path / "cards.html"
    report = write_html(cards, target)
    text = target.read_text(encoding="utf-8")
    assert "<script" not in text.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "Gut &lt;b&gt;and&lt;/b&gt; Hormones" in text
    assert "@page" in text and "size: 595.28pt 841.89pt" in text
    parser = _HTMLText()
    parser.feed(text)
    assert parser.order == ["front", "back"] * (report.pages // 2)
    for number, card in enumerate(cards, start=1):
        front_html, back_html = paper_sides(card)
        assert parser.text("front", number).startswith(visible_text(front_html))
        assert same_text(parser.text("back", number), visible_text(back_html), card)
    assert parser.text("back", 12) == "<script>alert(2)</script> is only text."
    page_width = PRESETS["a4-2x4"].page_width
    for (side, number, piece), (left, top, width, height) in parser.boxes.items():
        if side == "front":
            back = parser.boxes["back", number, piece]
            assert back == pytest.approx((page_width - left - width, top, width, height),
                                         abs=0.02)


def test_a_ready_plan_prints_the_same_as_its_cards(tmp_path):
    plan = plan_sheets(CARDS, "letter-2x4")
    write_pdf(plan, tmp_path / "plan.pdf")
    write_pdf(CARDS, tmp_path / "cards.pdf", "letter-2x4")
    assert (tmp_path / "plan.pdf").read_bytes() == (tmp_path / "cards.pdf").read_bytes()
    assert write_html(plan, tmp_path / "plan.html") == plan.report


@pytest.mark.parametrize("name, size, per_page", [
    ("a4-2x4", (595.28, 841.89), 8),
    ("letter-2x4", (612, 792), 8),
    ("index-3x5", (360, 216), 1),
    ("a7", (297.64, 209.76), 1),
])
def test_presets_give_their_page_size_and_card_count(tmp_path, name, size, per_page):
    cards = [c for c in CARDS if c.key not in (CARDS[3].key,)][:3]
    path = tmp_path / f"{name}.pdf"
    report = write_pdf(cards, path, PRESETS[name])
    with pdfplumber.open(path) as pdf:
        assert (round(pdf.pages[0].width, 2), round(pdf.pages[0].height, 2)) == size
        assert len(pdf.pages) == report.pages == 2 * -(-report.printed // per_page)
        layout = PRESETS[name]
        for index, page in enumerate(pdf.pages):
            rects = slot_rects(layout)
            if index % 2:
                rects = [mirrored(r, layout, "long" if layout.page_height >= layout.page_width
                                  else "short") for r in rects]
            for ch in page.chars:
                assert any(inside(ch, r) for r in rects)
                x0, top, x1, bottom = rects[0]
                # One-card presets keep text clear of the unprintable outer rim.
                if per_page == 1:
                    assert ch["x0"] >= layout.padding - 0.01
                    assert ch["bottom"] <= layout.page_height - layout.padding + 0.01


def test_bad_layout_settings_are_user_errors():
    with pytest.raises(FlashgenError, match="unknown sheet layout"):
        get_layout("a3-9x9")
    with pytest.raises(FlashgenError, match="flip"):
        get_layout("a4-2x4", flip="sideways")
    with pytest.raises(FlashgenError, match="legible"):
        SheetLayout("tiny", 595, 842, min_size=5)
    with pytest.raises(FlashgenError, match="no cards"):
        plan_sheets([])


def test_plan_numbers_cards_in_order_and_fills_pages_front_then_back():
    plan = plan_sheets(CARDS, "a4-2x4")
    sides = [page.side for page in plan.pages]
    assert sides == ["front", "back"] * (len(plan.pages) // 2)
    numbers = [c.number for page in plan.pages if page.side == "front" for c in page.cards]
    assert numbers == sorted(numbers) and set(numbers) == set(range(1, len(CARDS) + 1))
    for front, back in zip(plan.pages[::2], plan.pages[1::2]):
        assert [c.number for c in front.cards] == [c.number for c in back.cards]


def test_list_items_hang_their_bullets_and_numbers_before_the_text(tmp_path):
    items = "".join(f"<li><p>Fibre type {k}</p></li>" for k in range(1, 13))
    card = make_card(1, "Prebiotics", f"<ol>{items}</ol><ul><li>water</li></ul>")
    write_pdf([card], tmp_path / "list.pdf")
    with pdfplumber.open(tmp_path / "list.pdf") as pdf:
        back = pdf.pages[1]
        lines: dict[float, list[dict]] = {}
        for ch in back.chars:
            lines.setdefault(round(ch["bottom"], 2), []).append(ch)
    texts = []
    for _, chars in sorted(lines.items()):
        chars.sort(key=lambda c: c["x0"])
        for a, b in zip(chars, chars[1:]):
            assert b["x0"] >= a["x1"] - 0.01, f"{a['text']}{b['text']} overlap"
        texts.append("".join(c["text"] for c in chars))
    body = [t for t in texts if "#1" not in t]
    # The PDF has no space after the number: it hangs to the left of the indent.
    assert body == [f"{k}.Fibre type {k}" for k in range(1, 13)] + ["•water"]


def test_an_overlong_front_continues_too_and_every_piece_keeps_a_prompt():
    question = " ".join(f"Which hormone, step {k}, signals satiety after a meal?"
                        for k in range(1, 60))
    card = make_card(1, "Leptin", "<p>Leptin.</p>", front=f"<div>{question}</div>")
    plan = plan_sheets([card], "index-3x5")
    fronts = [page.cards[0] for page in plan.pages if page.side == "front"]
    assert plan.report.split == 1 and len(fronts) == plan.report.printed >= 2
    texts = [" ".join("".join(r.text for r in line.runs) for line in side.lines
                      if line.runs[0].gray == 0) for side in fronts]
    assert all(texts)
    assert norm(" ".join(texts)) == norm(question)
    assert all(line.size >= 7 for side in fronts for line in side.lines)
