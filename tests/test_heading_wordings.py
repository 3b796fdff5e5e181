"""Headings that say a standard topic in a grammatical shape of their own: a plural subject
with a plural verb, a verb of measuring other than "measure", "what happens in …", why
people do it, what a thing fails at, fixing it, who gets it. Each shape has headings that
land on the topic and near misses that keep a topic of their own."""

from __future__ import annotations

import pytest

from flashgen.topics import own_topic, topic_key


def _lands(heading: str, topic: str) -> None:
    assert topic_key(heading) == topic, heading


def _keeps(heading: str) -> None:
    assert topic_key(heading) == own_topic(heading), heading


# How things named in the plural do what they do, with a plural verb.
@pytest.mark.parametrize("heading", [
    "How nutrients move", "How the birds stay together", "How the cells divide", "How bees communicate",
    "How glaciers carve their valleys", "How roots take up the salt", "How the plates slowly drift apart",
])
def test_a_plural_subject_with_a_plural_verb_is_the_mechanism(heading):
    _lands(heading, "mechanism")


@pytest.mark.parametrize("heading", [
    "How farmers use it",        # done to the term: how it is applied
    "How prices look", "How breeds differ", "How things stand",  # appearance, comparison
    "How prices are set",        # a passive says who sets them, not what makes them go
    "How tos",
])
def test_a_plural_statement_that_is_not_a_process_keeps_its_words(heading):
    _keeps(heading)


@pytest.mark.parametrize("heading", [
    "Why single reports still matter", "Why small details matter", "Why the old records matter to historians",
])
def test_why_plural_things_matter_is_the_significance(heading):
    _lands(heading, "significance")


@pytest.mark.parametrize("heading", ["Why it has to matter", "Why grey matter", "Why matter"])
def test_matter_that_is_no_plural_verb_keeps_its_words(heading):
    _keeps(heading)


# Measuring said by other verbs: counting, working out, asking where a threshold lies.
@pytest.mark.parametrize("heading", [
    "Counting the birds", "Counting nests each spring", "Counting them", "Counting them at dawn",
    "How the charge is worked out", "How is the fee figured out?", "How the totals are worked out",
    "How deep is too deep?", "How much salt is too much?", "How old is too old", "How many is enough?",
])
def test_counting_working_out_and_thresholds_are_the_metric(heading):
    _lands(heading, "metric")


@pytest.mark.parametrize("heading", [
    "Counting on it", "Counting down", "Counting the cost", "Counting your blessings",
    "How it all worked out",      # how things ended, not a reckoning
    "How deep is the lake?", "How far is it?",  # a value asked, no threshold
])
def test_counting_and_how_much_that_measure_nothing_keep_their_words(heading):
    _keeps(heading)


# "What happens in …", stated: the process in or to a thing.
@pytest.mark.parametrize("heading", [
    "What happens in the skin", "What happens in the body", "What happens to the fuel",
    "What happens inside the kiln",
])
def test_what_happens_in_a_thing_is_the_mechanism(heading):
    _lands(heading, "mechanism")


@pytest.mark.parametrize("heading", ["What happens next", "What happens if you miss one", "What happened then"])
def test_what_happens_next_or_if_keeps_its_words(heading):
    _keeps(heading)


# Why people do the thing: what it is good for.
@pytest.mark.parametrize("heading", [
    "Why railways charge it", "Why auditors start here", "Why they do it", "Why doctors prescribe it",
    "Why most bakers still use it", "Why we measure this",
])
def test_why_people_do_it_is_the_significance(heading):
    _lands(heading, "significance")


@pytest.mark.parametrize("heading", [
    "Why people get it", "Why older dogs develop it",  # its cause
    "Why farmers avoid it", "Why users hate it",       # its drawbacks
    "Why this happens here", "Why dogs eat grass",
])
def test_why_people_get_or_avoid_it_keeps_its_words(heading):
    _keeps(heading)


# What may go wrong and what it fails at, read as a family is: beside a section on the
# risk such a heading keeps its words.
@pytest.mark.parametrize("heading", [
    "Chance of turning into cancer", "The odds of it coming back", "Likelihood of spreading to the lungs",
    "What it will not catch", "What the test can't detect", "What they don't cover", "What it cannot do",
])
def test_chance_of_harm_and_what_it_fails_at_are_the_risk(heading):
    _lands(heading, "risk")
    assert topic_key(heading, families=False) == own_topic(heading)


@pytest.mark.parametrize("heading", [
    "Chances of success", "Chance", "Odds of finding one",
    "What it is not", "What it does not mean", "What it does not include",  # what it is
])
def test_a_chance_of_good_and_what_it_is_not_keep_their_words(heading):
    _keeps(heading)


# Fixing or treating it: what is done about it, as "Treatment" says.
@pytest.mark.parametrize("heading", [
    "Fixing it on the shop floor", "Treating them at home", "Dealing with it", "Repairing it yourself",
    "Managing it during pregnancy",
])
def test_fixing_or_treating_it_is_the_application(heading):
    _lands(heading, "application")
    assert topic_key(heading, families=False) == own_topic(heading)


@pytest.mark.parametrize("heading", [
    "Preventing it",            # keeping a harm off, as "How to prevent it"
    "Treating it as income",    # what it counts as
    "Fixing the date",
])
def test_preventing_it_and_treating_it_as_keep_their_words(heading):
    _keeps(heading)


# Whom it befalls and where it is met.
@pytest.mark.parametrize("heading", [
    "Who tends to get it", "Who gets it?", "Who usually catches it", "Who has it",
    "Where and when to see one", "Where to find them", "When and where to spot them", "Where you can see it",
])
def test_who_gets_it_and_where_to_see_one_are_the_context(heading):
    _lands(heading, "context")


@pytest.mark.parametrize("heading", [
    "Who gets paid", "Who has it worse", "When to see one", "Where to buy it", "Where to see a doctor",
])
def test_who_gets_paid_and_when_to_see_one_keep_their_words(heading):
    _keeps(heading)
