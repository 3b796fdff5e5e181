"""What a learner sees on each side of a card, as Anki renders it from a built package."""

import html
import html.parser
import re

from conftest import import_package

from flashgen.build import BuildConfig, build
from flashgen.model import answer_paragraphs, split_paragraphs


def plain(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def imported(tmp_path, collection, source):
    for package in build(BuildConfig(sources=(source,), out=tmp_path / "out")).packages:
        import_package(collection, package)
    return lambda search: [collection.get_card(c) for c in collection.find_cards(search)]


def test_a_list_in_a_section_is_shown_as_a_list_not_run_into_one_line(tmp_path, collection, scenario):
    cards = imported(tmp_path, collection, scenario("learner"))
    (application,) = cards('note:"flashgen Q&A" tag:topic::application')
    answer = application.render_output().answer_text
    assert "<p>Three things are left out until it ends:</p>" in answer
    items = re.search(r'<ul class="fg-list">(.*?)</ul>', answer).group(1)
    assert re.findall(r"<li>(.*?)</li>", items) == [
        "salt, which slows the flour&#39;s enzymes", "the starter or yeast", "any fat, which coats the gluten"]
    assert " - " not in plain(answer)
    (mechanism,) = cards('note:"flashgen Q&A" tag:topic::mechanism')
    steps = re.search(r'<ol class="fg-list">(.*?)</ol>', mechanism.render_output().answer_text).group(1)
    # Numbers are the list's own; a wrapped item is one item.
    assert re.findall(r"<li>(.*?)</li>", steps) == [
        "Flour and water are mixed until no dry flour is left.",
        "The dough rests covered, and enzymes break starch into sugars.",
        "Salt and starter are worked in."]


def test_a_paragraph_reads_as_before_and_only_marked_lines_make_a_list():
    text = "Lead in:\n- one\n- two\n  wrapped\n\nA dash\n- here is wrapping, not a list.\n\n1. a\n2) b"
    paragraphs = answer_paragraphs(text)
    assert list(paragraphs) == list(split_paragraphs(text))
    assert [(p.lead, p.items, p.ordered) for p in paragraphs] == [
        ("Lead in:", ("one", "two wrapped"), False),
        ("A dash - here is wrapping, not a list.", (), False),
        ("", ("a", "b"), True)]


def test_the_source_line_says_it_is_the_source_and_only_on_the_answer_side(tmp_path, collection, scenario):
    cards = imported(tmp_path, collection, scenario("learner"))
    kinds = [cards('note:"flashgen Q&A" tag:topic::application'), cards("card:Forward tag:term::autolyse"),
             cards("card:Reverse tag:term::autolyse"), cards('note:"flashgen Cloze" tag:term::autolyse')]
    assert all(kinds)
    for card in (c for kind in kinds for c in kind):
        rendered = card.render_output()
        assert "Source: https://example.org/baking/methods/autolyse" in plain(rendered.answer_text)
        assert "example.org" not in rendered.question_text


def test_a_reverse_card_does_not_hint_with_its_article_how_the_term_begins(tmp_path, collection, scenario):
    cards = imported(tmp_path, collection, scenario("learner"))
    (reverse,) = cards("card:Reverse tag:term::autolyse")
    question = plain(reverse.render_output().question_text)
    assert "A(n) ___ is a rest of 20 to 60 minutes for mixed flour and water" in question
    assert not re.search(r"\bAn? ___", question, re.IGNORECASE)
    answer = plain(reverse.render_output().answer_text)
    assert "Autolyse Also called: flour rest" in answer


def test_the_forward_answer_gives_the_terms_other_names(tmp_path, collection, scenario):
    cards = imported(tmp_path, collection, scenario("learner"))
    (forward,) = cards("card:Forward tag:term::autolyse")
    assert "flour rest" not in plain(forward.render_output().question_text)
    assert "Also called: flour rest" in plain(forward.render_output().answer_text)
    # An alias the answer's sentence already gives is not said twice.
    (levain,) = cards("card:Forward tag:term::levain")
    answer = plain(levain.render_output().answer_text)
    assert answer.endswith("when mixed into the dough. Also called: starter build")


def test_the_whole_definition_card_names_only_the_aliases_its_text_does_not(tmp_path, collection, scenario):
    source = scenario("learner")
    for package in build(BuildConfig(sources=(source,), out=tmp_path / "out", kinds=("qa",))).packages:
        import_package(collection, package)
    answers = {collection.get_card(c).note()["Term"]: plain(collection.get_card(c).render_output().answer_text)
               for c in collection.find_cards('note:"flashgen Q&A" tag:topic::definition')}
    assert "without kneading. Also called: flour rest Source:" in answers["Autolyse"]
    assert answers["Levain"].endswith("when mixed into the dough. Also called: starter build")


class _Ancestors(html.parser.HTMLParser):
    """Collect each piece of text with the classes of the elements around it."""

    VOID = {"br", "hr", "img", "input", "meta", "link"}

    def __init__(self):
        super().__init__()
        self.stack, self.texts = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(set((dict(attrs).get("class") or "").split()))

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if data.strip():
            self.texts.append((data, set().union(*self.stack)))


def test_backslashes_and_dollars_in_the_text_are_never_typeset_as_mathjax(tmp_path, collection):
    # Anki's reviewer runs MathJax over the card, which reads \( … \) and \[ … \] as
    # formulas: a regular expression in a term's text would show as red TeX errors.
    deck = tmp_path / "regex"
    deck.mkdir()
    (deck / "digit-class.yaml").write_text(
        "name: Digit class\n"
        "definition: 'A digit class is the pattern \\d that matches one digit, as in \\(\\d+\\) or \\[0-9\\].'\n"
        "sections:\n"
        "  - heading: Application\n"
        "    text: 'In a price such as $5 to $10 the pattern \\$\\d+ finds each figure, and \\(\\d+\\) a bracketed one.'\n"
        "cards:\n"
        "  - topic: Application\n"
        "    question: 'Which pattern matches a bracketed number such as \\(12\\)?'\n"
        "    answer: 'The pattern \\(\\d+\\) does.'\n"
        "  - topic: Application\n"
        "    cloze: 'The class {{c1::\\d}} in \\(\\d+\\) matches {{c2::one digit}}.'\n",
        encoding="utf-8")
    cards = imported(tmp_path, collection, deck)
    seen = 0
    for search in ('"note:flashgen Q&A"', "card:Forward", "card:Reverse", '"note:flashgen Cloze"'):
        found = cards(search)
        assert found, search
        for card in found:
            rendered = card.render_output()
            for side in (rendered.question_text, rendered.answer_text):
                reader = _Ancestors()
                reader.feed(side)
                for text, classes in reader.texts:
                    if "\\" in text or "$" in text:
                        seen += 1
                        assert "mathjax_ignore" in classes, (search, text)
    assert seen >= 10


TABLE_PAGE = """<html><body><main>
<h1>Sweat rate</h1>
<p>Sweat rate is the volume of fluid an athlete loses as sweat per hour of exercise.</p>
<h2>How it's measured</h2>
<p>Weigh the athlete before and after training; one kilogram lost is about one litre.</p>
<table>
<thead><tr><th>Condition</th><th>Typical rate</th><th>Sodium lost</th></tr></thead>
<tbody>
<tr><td>Cool gym</td><td>0.5 L/h</td><td>400 mg/L</td></tr>
<tr><td>Hot track</td><td>1.5 L/h</td><td>900 mg/L</td></tr>
<tr><td>Sauna suit</td><td>2.5 L/h</td><td>1,200 mg/L</td></tr>
</tbody></table>
</main></body></html>
"""


def test_a_tables_rows_are_shown_a_line_each_not_run_into_one_line(tmp_path, collection, cli):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "sweat-rate.html").write_text(TABLE_PAGE, encoding="utf-8")
    assert cli("import", tmp_path / "pages", "--out", tmp_path / "sweat").code == 0
    cards = imported(tmp_path, collection, tmp_path / "sweat")
    (metric,) = cards('note:"flashgen Q&A" tag:topic::metric')
    answer = metric.render_output().answer_text
    rows = ["Cool gym — typical rate: 0.5 L/h; sodium lost: 400 mg/L.",
            "Hot track — typical rate: 1.5 L/h; sodium lost: 900 mg/L.",
            "Sauna suit — typical rate: 2.5 L/h; sodium lost: 1,200 mg/L."]
    shown = re.search(r'<p class="fg-rows">(.*?)</p>', answer).group(1)
    assert [html.unescape(row) for row in shown.split("<br>")] == rows
    # The prose above the table stays one paragraph, and the printed card keeps the lines too.
    assert "<p>Weigh the athlete before and after training; one kilogram lost is about one litre.</p>" in answer
    printed = tmp_path / "cards.html"
    assert cli("print", tmp_path / "sweat", "--out", tmp_path / "cards.pdf", "--html", printed).code == 0
    lines = [plain(line) for line in re.findall(r'<div class="ln"[^>]*>(.*?)</div>', printed.read_text())]
    assert any(line.startswith("Hot track") for line in lines)
    assert not any("mg/L. Hot track" in line or "mg/L. Sauna suit" in line for line in lines)


def test_only_lines_that_each_end_a_sentence_are_kept_as_rows():
    (rows, wrapped, lowercase, listed) = answer_paragraphs(
        "Venus: 0.72 AU.\nMars: 1.52 AU.\n\nA wrapped line stops\nin mid-sentence.\n\n"
        "It was named by Dr.\nsmith, who found it.\n\nTwo items:\n- one.\n- two.")
    assert rows.rows == ("Venus: 0.72 AU.", "Mars: 1.52 AU.") and str(rows) == "Venus: 0.72 AU. Mars: 1.52 AU."
    assert wrapped.rows == lowercase.rows == listed.rows == ()
    assert listed.items == ("one.", "two.")
