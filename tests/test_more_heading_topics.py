"""Headings that land on a standard topic by what they say: measuring a named thing is its
metric, a stated "why" with a verb its mechanism, risks beside side effects a risk, a safety
question with a long tail a risk, a how-to with a bracketed aside an application, and
"Cómo se mide" a metric."""

from __future__ import annotations

import pytest

from flashgen.topics import topic_key


@pytest.mark.parametrize("heading, topic", [
    ("Measuring soil compaction", "metric"),
    ("Measuring the drift", "metric"),
    ("Quantifying leakage", "metric"),
    ("Measuring it", "metric"),
    ("Why the ice cracks", "mechanism"),
    ("Why dough rises", "mechanism"),
    ("Why the glaze matters", "significance"),
    ("Why it matters for nurses", "significance"),
    ("How the balance unwinds", "mechanism"),
    ("How a glacier carves its valley", "mechanism"),
    ("Assessing it at the bedside", "metric"),
    ("Monitoring them during a long flight", "metric"),
    ("Why early pruning counts in a wet year", "significance"),
    ("Risks and side effects", "risk"),
    ("Hazards and side effects", "risk"),
    ("Is it safe to fly with a cold?", "risk"),
    ("Is it safe to use on young lambs?", "risk"),
    ("How to bank a fire (overnight method)", "application"),
    ("Cómo se mide", "metric"),
    ("¿Cómo se calcula?", "metric"),
    ("Come si misura", "metric"),
    ("Why does it matter when you buy a saddle?", "significance"),
    # Finding it is measuring it, as "Detection" and "Diagnosis" are.
    ("How it's detected", "metric"),
    ("How it is diagnosed", "metric"),
    ("How they're monitored", "metric"),
])
def test_headings_that_land_on_a_standard_topic(heading, topic):
    assert topic_key(heading) == topic


@pytest.mark.parametrize("heading, topic", [
    # Not a "why" statement with a verb last: a noun, an auxiliary, or a plural noun after an article.
    ("Why the details", "why-the-details"),
    ("Why the sea is salty", "why-the-sea-is-salty"),
    ("Why farmers", "why-farmers"),
    # A plural noun after a preposition is no verb: "Why it works for farmers" says what for.
    ("Why it sells to farmers", "why-it-sells-to-farmers"),
    # A pronoun's look or feel, or how a thing looks, is no mechanism.
    ("How it feels", "how-it-feels"),
    ("How the finish looks", "how-the-finish-looks"),
    # Advice to do a thing names no subject that does it.
    ("Why use cover crops", "why-use-cover-crops"),
    ("Why plant hedgerows", "why-plant-hedgerows"),
    # "Measuring up" is no measurement; "Causes and treatment" still part different topics.
    ("Measuring up", "measuring-up"),
    ("Causes and treatment", "causes-and-treatment"),
    # A longer how-to stays a headline, bracket or not.
    ("How to choose a rope for winter climbing (guide)", "how-to-choose-a-rope-for-winter-climbing-guide"),
    # A name with its abbreviation is no qualified question.
    ("Heat-affected zone (HAZ)", "heat-affected-zone-haz"),
])
def test_headings_that_keep_their_own_words(heading, topic):
    assert topic_key(heading) == topic
