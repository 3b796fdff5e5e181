"""A static-site generator's template markup in a markdown page (Hugo shortcodes, Liquid tags
and outputs) is never text: its lines go, the text between a paired opening and closing
shortcode stays in its section, and a callout that is site noise is set aside as such."""

from __future__ import annotations

from test_markup_leftovers import one as read_one, shown


def one(tmp_path, text: str, name: str = "page.md"):
    return read_one(tmp_path, name, text)


KILN = """---
title: "Bisque firing"
weight: 30
---

{{< breadcrumbs >}}

**Bisque firing** is the first, lower-temperature firing that turns dried clay into porous ware
ready to take a glaze.

{{< figure src="/img/bisque-shelf.jpg" caption="Pots stacked rim to rim on a kiln shelf." width="800" >}}

## Mechanism

Chemically bound water leaves the clay between about 450 and 700 °C, after which the body can no
longer be slaked back into mud.

{{< hint warning >}}
**Vent the kiln early.** Sulphur and carbon burn out of most clays below 900 °C and need air.
{{< /hint >}}

{{% notice tip %}}
Candling overnight at a low heat drives off the last damp without cracking thick bases.
{{% /notice %}}

## Application

Studio potters usually bisque to cone 04 so the ware stays absorbent enough to dip.

{% include video.html id="kx91" %}
{{ site.data.kilns.default }}

See the [firing chart]({{< ref "firing-chart.md" >}}) for the usual schedules.
"""


def test_shortcode_lines_leave_no_markup_on_cards(tmp_path):
    term = one(tmp_path, KILN)
    text = shown(term)
    assert term.name == "Bisque firing"
    for mark in ("{{", "}}", "{%", "%}", "figure", "breadcrumbs", "include", "site.data"):
        assert mark not in text
    assert [s.heading for s in term.sections] == ["Mechanism", "Application"]


def test_text_between_paired_shortcodes_stays_in_its_section(tmp_path):
    term = one(tmp_path, KILN)
    (mechanism,) = [s for s in term.sections if s.heading == "Mechanism"]
    assert "Vent the kiln early." in mechanism.text
    assert "Candling overnight at a low heat" in mechanism.text
    (application,) = [s for s in term.sections if s.heading == "Application"]
    assert "See the firing chart for the usual schedules." in application.text


def test_braces_that_are_no_shortcode_stay_as_written(tmp_path):
    # A set in a definition of mathematics, and a brace in code, are the page's own text.
    term = one(tmp_path, "# Power set\n\nThe **power set** of {a, b} is {∅, {a}, {b}, {a, b}}, "
                         "the set of all its subsets.\n\n## Application\n\nA template writes "
                         "`{{ name }}` where the value goes.\n")
    assert "{∅, {a}, {b}, {a, b}}" in term.definition
    (application,) = term.sections
    assert "{{ name }}" in application.text


def test_a_callout_of_site_noise_between_shortcodes_is_set_aside(tmp_path):
    page = KILN.replace(
        "{{% notice tip %}}\nCandling",
        "{{% notice info %}}\nFound a mistake? Edit this page on GitHub or tell us on our forum.\n"
        "{{% /notice %}}\n\n{{% notice tip %}}\nCandling")
    term = one(tmp_path, page)
    assert "Found a mistake" not in shown(term)
    assert any("Found a mistake" in line for line in term.related + term.discarded)
    assert "Candling overnight" in shown(term)
