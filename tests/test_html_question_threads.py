"""A question site's thread saved from the browser ("3 Answers" over the posts) is read as
a thread copied as text is: its title, and the answer that names its subject."""

from __future__ import annotations

import pytest

from conftest import written_terms

THREAD = """\
<!DOCTYPE html>
<html><head><title>What is a dovetail joint? - Joinery Questions</title></head>
<body>
<header class="top-bar"><a href="/">Joinery Questions</a> <a href="/users/login">Log in</a></header>
<div id="content">
<div id="question-header"><h1><a href="/q/812">What is a dovetail joint?</a></h1></div>
<div class="d-flex"><div>Asked <time>3 years ago</time></div><div>Viewed 2k times</div></div>
<div id="mainbar" role="main">
<div class="question">
<div class="voting"><div class="vote-count">14</div></div>
<div class="post-body">
<p>I keep seeing drawers described as having dovetails. My grandfather's chest has them too. What does it
actually mean, and why is it considered strong?</p>
</div>
<div class="post-taglist"><a class="post-tag">joinery</a></div>
<div class="post-menu"><a>Share</a> <a>Follow</a></div>
<div class="post-signature">asked Mar 3, 2022 at 9:14 <a href="/users/55">Ruth K</a></div>
</div>
<div id="answers">
{count}
<div class="answer" id="answer-2">
<div class="voting"><div class="vote-count">31</div></div>
<div class="post-body"><p>Just buy a jig, honestly. It saves a lot of time on every drawer you make.</p></div>
<div class="post-signature">answered Mar 4, 2022 at 8:00 <a href="/users/9">jigfan</a></div>
</div>
<div class="answer accepted-answer" id="answer-1">
<div class="voting"><div class="vote-count">22</div><div title="accepted">✓</div></div>
<div class="post-body">
<p>A dovetail joint is a joint in which fan-shaped tails cut on one board interlock with matching pins on
the other, so that the boards cannot be pulled apart in one direction.</p>
<h3>Why it holds</h3>
<p>The flared shape locks mechanically, and the long glue surface adds to it, so a drawer front stays on
however often it is yanked.</p>
</div>
<div class="post-signature">answered Mar 3, 2022 at 11:02 <a href="/users/7">Old Ned</a></div>
</div>
</div>
<h2>Your Answer</h2>
<form><textarea></textarea><button>Post Your Answer</button></form>
</div>
</div>
</body></html>
"""


@pytest.mark.parametrize("count", [
    '<div id="answers-header"><h2>2 Answers</h2><div>Sorted by: Highest score</div></div>',
    "<h2>2 Answers</h2>",
])
def test_a_saved_thread_is_read_from_its_title_and_the_answer_naming_its_subject(tmp_path, count):
    (term,) = written_terms(tmp_path, "dovetail.html", THREAD.format(count=count), "joinery")
    assert term.name == "Dovetail joint"
    assert term.definition.startswith("A dovetail joint is a joint in which fan-shaped tails")
    assert [s.heading for s in term.sections] == ["Why it holds"]
    shown = term.definition + " ".join(s.text for s in term.sections)
    for aside in ("grandfather", "jig", "Old Ned", "Answers", "Your Answer"):
        assert aside not in shown
    assert any("grandfather" in line for line in term.discarded)
    assert any("jig" in line for line in term.discarded)


def test_a_quiz_with_an_answers_heading_is_no_thread(tmp_path):
    (term,) = written_terms(tmp_path, "quiz.html", "<main><h1>What is a mortise?</h1><p>A mortise is a hole cut into a piece of timber to "
                    "take a tenon.</p><h2>Uses</h2><p>Mortises join rails to legs in chairs and tables.</p>"
                    "<h2>Answers</h2><p>1. A tenon fits into it.</p></main>", "joinery")
    assert term.name.casefold() == "mortise"
    assert term.definition.startswith("A mortise is a hole cut into a piece of timber")
