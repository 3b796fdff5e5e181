"""What a learner sees on each side of a card, as Anki renders it from a built package."""

import html
import re

from conftest import import_package

from flashgen.build import BuildConfig, build


def plain(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def imported(tmp_path, collection, source):
    for package in build(BuildConfig(sources=(source,), out=tmp_path / "out")).packages:
        import_package(collection, package)
    return lambda search: [collection.get_card(c) for c in collection.find_cards(search)]


def test_the_source_line_says_it_is_the_source_and_only_on_the_answer_side(tmp_path, collection, scenario):
    cards = imported(tmp_path, collection, scenario("learner"))
    kinds = [cards('note:"flashgen Q&A" tag:topic::application'), cards("card:Forward"),
             cards("card:Reverse"), cards('note:"flashgen Cloze"')]
    assert all(kinds)
    for card in (c for kind in kinds for c in kind):
        rendered = card.render_output()
        assert "Source: https://example.org/baking/methods/autolyse" in plain(rendered.answer_text)
        assert "example.org" not in rendered.question_text
