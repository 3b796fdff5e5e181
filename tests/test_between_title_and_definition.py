"""What stands between a page's title and its definition is the site's, and an article goes on after its ads."""

from __future__ import annotations

from flashgen.readers import read_pages


def read_one(tmp_path, name: str, text: str):
    """Return the one term a page of this name and text reads as."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "deck").terms
    return term


# Copied from a news site without blank lines: masthead, offer, kicker, title, standfirst,
# byline, an audio button and a share row above the sentence that names the term.
LINGUISTICS_PAGE = """\
Skip to content
THE PARLOUR
For teachers, translators and the language-curious
Go Premium — ad-free reading and weekly quizzes. Try a month for £1
LANGUAGE
Code-switching
Why bilingual speakers change languages mid-sentence, and what it tells us.
Hana Novak   |   4 June 2025   |   6 min read
Play this story (6:05)
Copy link   Email   Print
Code-switching, also called language alternation, is the practice of moving between two or more languages within one conversation or even one sentence. Linguists study it to learn how bilingual grammars fit together.
Where it happens
Speakers switch most often at the boundaries of clauses, where the grammars of both languages allow a join. A switch inside a word is rare.
Why speakers do it
A switch can mark a quotation, change the tone, or signal membership of a group. It is seldom a sign that the speaker has run out of words.
"""


def test_lines_between_a_text_title_and_its_definition_are_set_aside(tmp_path):
    term = read_one(tmp_path, "code-switching.txt", LINGUISTICS_PAGE)
    assert term.name == "Code-switching"
    assert "language alternation" in term.aliases
    assert term.definition.startswith("Code-switching, also called language alternation")
    assert not any("Play this story" in s.heading for s in term.sections)
    assert [s.heading for s in term.sections] == ["Where it happens", "Why speakers do it"]
    # The standfirst points at the article; the rest of the masthead is the site's.
    assert any("Why bilingual speakers" in line for line in term.related)
    assert "Play this story (6:05)" in term.discarded
    assert any(line.startswith("For teachers") for line in term.discarded)


# A thread saved from a forum: no <h1>; the thread's title is an <h2> question, the asker's
# post comes first, and the reply that starts with the asked-about term defines it.
FORUM_PAGE = """<html><body>
<div class="navbar">Board index · Soil &amp; beds</div>
<h2 class="topic-title">What exactly is a hardpan?</h2>
<div class="action-bar">Post Reply  Subscribe  Print view</div>
<div class="post"><div class="author">spade_and_fork Posts: 12</div>
<h3>What exactly is a hardpan?</h3>
<p>My new raised bed drains badly and a neighbour says I have a hardpan under it. What does that mean?</p></div>
<div class="post"><div class="author">LoamLisa Posts: 3,410</div>
<h3>Re: What exactly is a hardpan?</h3>
<p>A hardpan is a dense, compacted layer a little below the surface that roots and water cannot get through, left by years of ploughing or trampling at the same depth.</p>
<p>Break it with a fork or a deep-rooted cover crop such as daikon radish before you add more soil.</p></div>
<div class="post"><div class="author">spade_and_fork</div>
<h3>Re: What exactly is a hardpan?</h3>
<p>Thanks, that explains the puddles after every storm.</p></div>
</body></html>
"""


def test_a_forum_threads_question_titles_it_and_the_defining_reply_is_the_definition(tmp_path):
    term = read_one(tmp_path, "hardpan.html", FORUM_PAGE)
    assert term.name == "Hardpan"
    assert term.definition.startswith("A hardpan is a dense, compacted layer")
    assert "deep-rooted cover crop" in term.definition
    # The asker's post and the thanks after the answer are the thread's, not the term's.
    cards = term.definition + " ".join(s.text for s in term.sections)
    assert "raised bed drains badly" not in cards
    assert "puddles" not in cards


# Lecture notes: a course stamp, a title in parts "Session N: Name", a subtitle and the
# page's outline of itself before the paragraph that names the term.
LECTURE_PAGE = """<html><body><main>
<p class="stamp">PHYS 2210 · Term 2 · Session 4 · Recorded Mon 3 Mar, Hall B</p>
<h1>Session 4: The Bragg condition</h1>
<p class="subtitle">When a crystal turns X-rays into bright spots</p>
<h2>After this session you can</h2>
<ul><li>draw the path difference between two lattice planes</li><li>find a plane spacing from a measured angle</li></ul>
<p>The Bragg condition is the rule that waves scattered by parallel planes of atoms reinforce one another only when twice the plane spacing times the sine of the glancing angle is a whole number of wavelengths.</p>
<h2>Using it in the lab</h2>
<p>A diffractometer sweeps the angle and records intensity; each peak gives one plane spacing of the sample.</p>
</main></body></html>
"""


def test_a_numbered_title_in_parts_names_the_term_after_its_label(tmp_path):
    term = read_one(tmp_path, "bragg.html", LECTURE_PAGE)
    assert term.name == "Bragg condition"
    assert term.definition.startswith("The Bragg condition is the rule")
    assert [s.heading for s in term.sections] == ["Using it in the lab"]
    assert "draw the path difference between two lattice planes" not in term.definition
    assert any(line.startswith("PHYS 2210") for line in term.discarded)


# A magazine page copied without blank lines: the masthead's tagline in small letters above
# the kicker and the title, and the article running on right after an advertisement.
BIRDING_PAGE = """\
Wader Weekly
the magazine for estuary, marsh and coastal birders
Subscribe  |  Log in
FIELD CRAFT
Tide roost
The hour before high water is when the counting starts.
A tide roost is a place above the reach of high water where waders gather to rest while their feeding grounds are covered, often in flocks of several thousand birds.
Choosing a site
Roosts move with the height of the tide: a spring tide pushes birds from the saltmarsh onto shingle spits or fields further inland.
ADVERTISEMENT
Save 20% on waterproof scopes this week only at Marshland Optics. Free delivery.
Counting without flushing
Counters work from a fixed hide and record each species in blocks of ten or fifty. A single walker on the sea wall can put a whole roost to flight and spoil the count for the day.
Disturbance: the cost that adds up
Every flight from the roost costs a bird energy it cannot replace until the mud is uncovered again. Repeated flushing can make a flock abandon a roost for the season.
"""


def test_a_masthead_tagline_names_no_term_and_an_ad_sets_aside_only_itself(tmp_path):
    term = read_one(tmp_path, "tide-roost.txt", BIRDING_PAGE)
    assert term.name == "Tide roost"
    assert term.definition.startswith("A tide roost is a place")
    assert [s.heading for s in term.sections] == [
        "Choosing a site", "Counting without flushing", "Disturbance: the cost that adds up"]
    counting = term.sections[1].text
    assert "fixed hide" in counting and "spoil the count" in counting
    assert "Marshland Optics" not in " ".join(s.text for s in term.sections)
    assert any("Marshland Optics" in line for line in term.discarded)
    assert "the magazine for estuary, marsh and coastal birders" in term.discarded


def test_a_sections_number_is_no_part_of_its_topic():
    from flashgen.topics import topic_key

    assert topic_key("3. Variants") == "variant"
    assert topic_key("2.1 Field notes") == "field-notes"
    assert topic_key("4) Etymology") == "origin"
    assert topic_key("1998 floods") == "1998-floods"


def test_an_edit_stamp_is_told_whatever_the_document_calls_itself():
    from flashgen.readers.noise import noise_kind

    assert noise_kind("Handout last revised 3 March 2024 by the tutor. Slides: week4.pdf (PDF, 1 MB)")
    assert noise_kind("Guide last updated: 12 May 2025") is not None
    assert noise_kind("The catalogue was last updated in 1990 and lists 400 species.") is None
