"""Spelled-out abbreviations: hidden on reverse cards, reported when a prompt shows them."""

import pytest

from flashgen.expansions import spelled_out
from test_short_cards import anki_cards, import_all, plain

from flashgen.build import BuildConfig, build


@pytest.mark.parametrize("abbreviation, text, found", [
    ("ATIS", "Automatic Terminal Information Service is a continuous broadcast.",
     ["Automatic Terminal Information Service"]),
    ("NAT", "Network address translation rewrites the addresses in packets.", ["Network address translation"]),
    ("MTU", "The maximum transmission unit is the largest packet a link carries.", ["maximum transmission unit"]),
    ("OSPF", "A link-state protocol, Open Shortest Path First (OSPF), floods updates.",
     ["Open Shortest Path First"]),
    ("PPP", "Point-to-Point Protocol frames packets on a serial line.", ["Point-to-Point Protocol"]),
    ("BOM", "A bill of materials lists every part.", ["bill of materials"]),
    # Neither at the start nor before "(NAT)": not looked for unless asked to look anywhere.
    ("NAT", "Routers apply network address translation to outgoing packets.", []),
    ("Nat", "Network address translation rewrites addresses.", []),  # not written as an abbreviation
])
def test_expansions_are_found_where_a_definition_gives_them(abbreviation, text, found):
    assert spelled_out(abbreviation, text) == found


def test_an_expansion_anywhere_is_found_only_when_asked():
    text = "Routers apply network address translation to outgoing packets."
    assert spelled_out("NAT", text, anywhere=True) == ["network address translation"]
    assert spelled_out("IP", "It is passed on.", anywhere=True) == []  # two letters: too often chance


NETWORK = {
    "atis.yaml": "name: ATIS\ndefinition: Automatic Terminal Information Service is a continuous broadcast "
                 "of weather and runway information at an airport.\n",
    "nat.yaml": "name: NAT\ndefinition: Network address translation rewrites the addresses of packets "
                "crossing a router.\n",
    "mtu.yaml": "name: MTU\ndefinition: The maximum transmission unit is the largest packet a link "
                "carries in one frame.\n",
    "ospf.yaml": "name: OSPF\ndefinition: A link-state routing protocol, Open Shortest Path First (OSPF), "
                 "floods updates to every router of an area.\n",
}


def _network(tmp_path):
    deck = tmp_path / "network"
    deck.mkdir()
    for name, text in NETWORK.items():
        (deck / name).write_text(text)
    return deck


def test_a_reverse_card_hides_the_spelled_out_abbreviation(tmp_path, collection):
    result = build(BuildConfig(sources=(_network(tmp_path),), out=tmp_path / "out", kinds=("forward", "reverse")))
    import_all(collection, result)
    questions = {term: plain(card.render_output().question_text)
                 for term in ("atis", "nat", "mtu", "ospf")
                 for card in anki_cards(collection, f"tag:term::{term} card:Reverse")}
    assert "___ is a continuous broadcast" in questions["atis"]
    assert "___ rewrites the addresses" in questions["nat"]
    assert "The ___ is the largest packet" in questions["mtu"]
    assert "routing protocol, ___ (___), floods" in questions["ospf"]
    for expansion in ("Automatic Terminal", "address translation", "transmission unit", "Shortest Path"):
        assert not [q for q in questions.values() if expansion.casefold() in q.casefold()]


def test_check_reports_a_prompt_that_spells_out_its_answer(cli, tmp_path):
    deck = _network(tmp_path)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "_reverse.html.j2").write_text(
        '{% block front %}<div class="prompt">{{ short_definition }}</div>{% endblock %}'
        '{% block back %}{{ term.name }}{% endblock %}')
    run = cli("check", deck, "--templates", mine, "--kinds", "reverse")
    assert ("reverse card of 'NAT' (Definition): the prompt spells out its own answer 'NAT' "
            "as 'Network address translation'") in run.err
    assert "the prompt spells out its own answer 'ATIS'" in run.err
    # The built-in template hides it.
    assert "spells out" not in cli("check", deck, "--kinds", "reverse").err
