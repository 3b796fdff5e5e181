"""A site's menu items and form buttons shaped as glossary entries are set aside with what
stands beside them, while real entries named with such words stay."""

from __future__ import annotations

from pathlib import Path

from flashgen.readers import read_pages


def read_all(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "networks").terms


def everything(terms) -> str:
    return "\n".join(t.definition + "\n" + "\n".join(s.text for s in t.sections) for t in terms)


def set_aside(terms) -> list[str]:
    return [line for t in terms for line in (*t.discarded, *t.related)]


NETWORK_WORDS = """\
<html><body><main>
<h1>Networking glossary</h1>
<dl>
<dt>Handshake</dt><dd>The exchange of messages with which two devices agree how to talk before sending data.</dd>
<dt>Sign-in rate</dt><dd>The share of visitors who go on to log in during a visit.</dd>
<dt>Log in</dt><dd>Already a member? Sign in to save your progress.</dd>
<dt>Latency</dt><dd>The time a packet takes to cross the network from sender to receiver.</dd>
<dt>Sign up</dt><dd>Create a free account.</dd>
<dt>Password</dt><dd>A secret string of characters that proves to a server who is asking for access.</dd>
<dt>Jitter</dt><dd>The variation in latency from one packet to the next.</dd>
</dl>
</main></body></html>
"""


def test_menu_items_of_a_definition_list_are_set_aside_with_their_text(tmp_path):
    terms = read_all(tmp_path, "network.html", NETWORK_WORDS)
    assert [t.name for t in terms] == ["Handshake", "Sign-in rate", "Latency", "Password", "Jitter"]
    latency = next(t for t in terms if t.name == "Latency")
    assert latency.definition == "The time a packet takes to cross the network from sender to receiver."
    assert "free account" not in everything(terms) and "Already a member" not in everything(terms)
    aside = set_aside(terms)
    assert "Sign up: Create a free account." in aside
    assert "Log in: Already a member? Sign in to save your progress." in aside


def test_the_same_entries_as_term_lines_read_alike(tmp_path):
    text = "Networking glossary\n\n" + "\n".join(
        f"{term}: {definition}" for term, definition in (
            ("Handshake", "The exchange of messages with which two devices agree how to talk before sending data."),
            ("Sign-in rate", "The share of visitors who go on to log in during a visit."),
            ("Log in", "Already a member? Sign in to save your progress."),
            ("Latency", "The time a packet takes to cross the network from sender to receiver."),
            ("Sign up", "Create a free account."),
            ("Jitter", "The variation in latency from one packet to the next."))) + "\n"
    terms = read_all(tmp_path, "network.txt", text)
    assert [t.name for t in terms] == ["Handshake", "Sign-in rate", "Latency", "Jitter"]
    assert "free account" not in everything(terms)
