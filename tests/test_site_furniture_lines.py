"""A site's menu items and form buttons shaped as glossary entries are set aside with what
stands beside them, while real entries named with such words stay; a line of nothing but
template markup is set aside as site markup, never lost, and the text between a pair of
such lines is read as its section's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import written_terms
from flashgen.readers.noise import is_template_line


def read_all(tmp_path: Path, name: str, text: str):
    return written_terms(tmp_path, name, text, "networks")


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


@pytest.mark.parametrize("line", [
    '{{< figure src="handshake.png" alt="Three arrows" >}}',
    "{{% notice tip %}}", "{{< /hint >}}", "{% include aside.html %}", "{{ page.title }}",
    "[caption]", '[caption id="attachment_12" align="alignnone" width="640"]', "[/caption]",
    '[gallery ids="4,7,9"]', "[toc] [/toc]",
])
def test_lines_of_nothing_but_template_markup(line):
    assert is_template_line(line)


@pytest.mark.parametrize("line", [
    "[1]", "[Facebook] [Copy link]", "The [caption] shortcode wraps an image.", "{x: 1}",
    "Use {{ and }} to escape braces in a format string.",
])
def test_text_with_brackets_is_no_template_line(line):
    assert not is_template_line(line)


HANDSHAKE = """\
# Handshake

A handshake is the exchange of messages with which two devices agree how to talk before sending data.

{{< figure src="handshake.png" >}}

[caption id="attachment_12" align="alignnone"]

## How it works

The client sends a greeting, the server answers with its own, and the client confirms.

{{% notice tip %}}
A lost greeting is sent again after a growing pause.
{{% /notice %}}
"""


@pytest.mark.parametrize("name, page", [
    ("handshake.md", HANDSHAKE),
    ("handshake.txt", HANDSHAKE.replace("# Handshake", "Handshake").replace("## How it works", "How it works")),
])
def test_template_lines_are_set_aside_and_the_text_between_them_kept(tmp_path, name, page):
    (term,) = read_all(tmp_path, name, page)
    assert term.name == "Handshake"
    (mechanism,) = term.sections
    assert mechanism.text.endswith("the client confirms.\n\nA lost greeting is sent again after a growing pause.")
    for markup in ('{{< figure src="handshake.png" >}}', "{{% notice tip %}}", "{{% /notice %}}",
                   '[caption id="attachment_12" align="alignnone"]'):
        assert markup in term.discarded
    assert "{{" not in everything([term]) and "[caption" not in everything([term])


def test_a_blogs_shortcodes_left_in_a_saved_page_are_set_aside(tmp_path):
    page = ("<main><h1>Handshake</h1><p>A handshake is the exchange of messages with which two devices "
            "agree how to talk before sending data.</p><p>[caption id=\"attachment_12\" width=\"640\"]</p>"
            "<p>The client greets, the server answers, and the client confirms.</p><p>[/caption]</p></main>")
    (term,) = read_all(tmp_path, "handshake.html", page)
    assert '[caption id="attachment_12" width="640"]' in term.discarded and "[/caption]" in term.discarded
    assert "caption" not in everything([term])
    assert "the server answers" in everything([term])



def test_a_long_run_of_placeholders_before_text_is_answered_at_once():
    # Each "{{…}}" ends at its own braces; a line of many of them followed by prose is
    # not template markup, and telling so takes one pass, not one per way of splitting it
    # (which would hold the matcher for longer than the universe has run). A process of
    # its own, since a regular expression cannot be interrupted in the one that runs it.
    import subprocess
    import sys

    code = ("from flashgen.readers.noise import is_template_line as t; "
            "print(t('{{x}}' * 60 + ' then prose'), t('{{x}}' * 60))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert done.stdout.split() == ["False", "True"]
