"""Headings that say a standard topic in a grammatical shape of their own: a plural subject
with a plural verb, a verb of measuring other than "measure", "what happens in …", why
people do it, what a thing fails at, fixing it, who gets it. Each shape has headings that
land on the topic and near misses that keep a topic of their own."""

from __future__ import annotations

import pytest

from flashgen.topics import own_topic, topic_key

# Heading, the topic it lands on, and whether it is read as a family is (beside a section
# on that topic it keeps its words, and without the families it lands on none).
LANDS = [
    # How things named in the plural do what they do, with a plural verb.
    *((h, "mechanism", False) for h in (
        "How nutrients move", "How the birds stay together", "How the cells divide", "How bees communicate",
        "How glaciers carve their valleys", "How roots take up the salt", "How the plates slowly drift apart")),
    *((h, "significance", False) for h in (
        "Why single reports still matter", "Why small details matter", "Why the old records matter to historians")),
    # Measuring said by other verbs: counting, working out, asking where a threshold lies.
    *((h, "metric", False) for h in (
        "Counting the birds", "Counting nests each spring", "Counting them", "Counting them at dawn",
        "How the charge is worked out", "How is the fee figured out?", "How the totals are worked out",
        "How deep is too deep?", "How much salt is too much?", "How old is too old", "How many is enough?",
        "How the rating is calculated", "How the index is computed", "How the dose is estimated",
        "How the scores are derived", "How the risk is measured",
        "Working out the number", "Working out your dose", "Figuring out the total", "Computing the index",
        "Calculating the rate", "Checking it", "Checking for them", "Checking it at home")),
    # "What happens in …", stated: the process in or to a thing.
    *((h, "mechanism", False) for h in (
        "What happens in the skin", "What happens in the body", "What happens to the fuel",
        "What happens inside the kiln")),
    # Why people do the thing: what it is good for.
    *((h, "significance", False) for h in (
        "Why railways charge it", "Why auditors start here", "Why they do it", "Why doctors prescribe it",
        "Why most bakers still use it", "Why we measure this",
        "Why clinicians rely on it", "Why pilots depend on them", "Why engineers rely upon it",
        "Why employers gross up payments", "Why lenders write off the debts", "Why gardeners add mulch")),
    # What may go wrong and what it fails at.
    *((h, "risk", True) for h in (
        "Chance of turning into cancer", "The odds of it coming back", "Likelihood of spreading to the lungs",
        "What it will not catch", "What the test can't detect", "What they don't cover", "What it cannot do",
        "What it can't tell you", "What it cannot show", "What the scan cannot tell us", "What it won't show you",
        "Things that go wrong", "Things that can go wrong", "Common things that go wrong", "What can go wrong",
        "What goes wrong", "What often goes wrong")),
    # Fixing or treating it: what is done about it, as "Treatment" says.
    *((h, "application", True) for h in (
        "Fixing it on the shop floor", "Treating them at home", "Dealing with it", "Repairing it yourself",
        "Managing it during pregnancy")),
    # Whom it befalls and where it is met.
    *((h, "context", False) for h in (
        "Who tends to get it", "Who gets it?", "Who usually catches it", "Who has it",
        "Who it is for", "Who is it for?", "Who it's meant for",
        "Where and when to see one", "Where to find them", "When and where to spot them", "Where you can see it",
        "Where they work best", "Where it works well", "Where these perform best")),
    # When to use one: when it is applied, as "When to use it" says.
    *((h, "application", False) for h in ("When to use one", "When to use them", "When to choose one")),
    # A little of it is still it; and safety first.
    *((h, "history", False) for h in ("A bit of history", "A little bit of history", "A spot of history")),
    ("A bit of background", "context", False),
    ("Safety first", "risk", False),
    ("Health and safety", "risk", False),
    # Where it is used, and people putting it to use.
    *((h, "application", False) for h in (
        "Where is it used?", "Where are they used?", "Where it is used", "Where they are mostly used",
        "How farmers use it", "How auditors use it", "How forensic accountants use them",
        "How engineers apply it")),
]

KEEPS = [
    "How not to use it",         # advice
    "How prices look", "How breeds differ", "How things stand",  # appearance, comparison
    "How prices are set",        # a passive says who sets them, not what makes them go
    "How tos",
    "Why it has to matter", "Why grey matter", "Why matter",     # no plural verb "matter"
    "Counting on it", "Counting down", "Counting the cost", "Counting your blessings",
    "How it all worked out",     # how things ended, not a reckoning
    "How deep is the lake?", "How far is it?",                   # a value asked, no threshold
    "What happens next", "What happens if you miss one", "What happened then",
    "Why people get it", "Why older dogs develop it",            # its cause
    "Why farmers avoid it", "Why users hate it",                 # its drawbacks
    "Why this happens here", "Why dogs eat grass",
    "Chances of success", "Chance", "Odds of finding one",       # a chance of good
    "What it is not", "What it does not mean", "What it does not include",  # what it is
    "Preventing it",             # keeping a harm off, as "How to prevent it"
    "Treating it as income",     # what it counts as
    "Fixing the date",
    "Who gets paid", "Who has it worse",
    "When to see one",           # may be when to visit one
    "Where to buy it", "Where to see a doctor",
    "Why farmers rely on luck", "Why dogs depend on us",           # relying on something else
    "Why employers rely on agencies", "Why employers lose staff",  # relying on another; turning away
    "How the name is derived",   # where the word comes from
    "Working out", "Working out at home", "Working out the kinks",  # exercise, sorting out
    "What it doesn't tell you",  # what it says, not what it cannot
    "Things that go well", "Things that go together", "When things go wrong",
    "Where they work", "Where it works best for you",
    "Where it is used up", "How farmers used to store it",
    "A bit of fun", "A touch of class", "Bits of history",
    "Checking in", "Checking out the town", "Who it is not for",
    "When not to use one", "When to use which",
]


@pytest.mark.parametrize("heading, topic, family", LANDS)
def test_a_heading_of_a_standard_shape_lands_on_its_topic(heading, topic, family):
    assert topic_key(heading) == topic
    assert topic_key(heading, families=False) == (own_topic(heading) if family else topic)


@pytest.mark.parametrize("heading", KEEPS)
def test_a_near_miss_of_a_shape_keeps_its_words(heading):
    assert topic_key(heading) == own_topic(heading)
