"""A line of nothing but a site generator's template markup is set aside as site markup,
never lost, and the text between a pair of such lines is read as its section's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.readers import read_pages
from flashgen.readers.noise import is_template_line


def read_all(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "networks").terms


def everything(terms) -> str:
    return "\n".join(t.definition + "\n" + "\n".join(s.text for s in t.sections) for t in terms)


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
