"""Read a question site's thread copied as text: the question's title, the answer that
defines its subject, and everything else (the question's body, votes, users, comments, the
other answers and the site's lists of other questions) set aside.

A thread copied from a browser loses its layout: the title asks about the subject ("What
exactly is X, and …?"), a line counts the answers ("3 Answers"), and each answer is a vote
count, maybe an "Accepted" mark, the answer's text, then its action bar ("Share", "Follow")
and stamps. The answer whose first sentence names the subject is the page's text; the
accepted one is preferred when it does.
"""

from __future__ import annotations

import re

from .lines import Line, ends_sentence, heading_text, normal_line, rough_sentences
from .naming import title_subject
from .noise import is_banner, is_signup

# The line over a thread's answers: "3 Answers", "2 Replies", "Respuestas: 4".
_ANSWERS_LINE_RE = re.compile(
    r"^(?:\d+\s+)?(?:answers?|replies|respuestas|réponses|antworten|risposte|respostas|antwoorden|odpowiedzi)"
    r"(?:\s*:?\s*\d+)?$")
# A mark over the answer the asker took, and the site's buttons and stamps round a post.
_ACCEPTED_RE = re.compile(r"^(?:accepted(?: answer)?|best answer|✓|✔|solution|solved)$")
_POST_CHROME_RE = re.compile(
    r"^(?:share|follow|flag|edit|cite|improve this (?:answer|question|post)|add a comment|"
    r"(?:answered|edited|asked|modified)\b.*|community wiki|show \d+ more comments?|"
    r"sorted by:?|highest score.*|date modified.*|\d+ comments?)$")
_VOTES_RE = re.compile(r"^[+-]?\d{1,6}$")
_THREAD_MIN_FURNITURE = 3
# An answer's first paragraph is prose of some length.
_PROSE_MIN_WORDS = 6


def is_answers_line(text: str) -> bool:
    """Return whether a line counts a thread's answers ("3 Answers", "## 2 Replies", "Respuestas: 4")."""
    return bool(_ANSWERS_LINE_RE.match(normal_line(text.lstrip("#"))))


def is_vote_count(text: str) -> bool:
    """Return whether a line is a post's vote count ("14", "-2")."""
    return bool(_VOTES_RE.match(normal_line(text)))


def _ends_post(text: str) -> bool:
    """Return whether a line closes a post's text: its buttons, a stamp, a vote count."""
    normal = normal_line(text)
    return bool(_POST_CHROME_RE.match(normal) or _VOTES_RE.match(normal) or _ACCEPTED_RE.match(normal)
                or is_answers_line(text)) or is_banner(text) or is_signup(text)


def _names(subject: str, text: str) -> bool:
    """Return whether a paragraph's first sentence mentions the subject."""
    sentences = rough_sentences(text)
    first = (sentences[0] if sentences else text).casefold()
    return len(subject) >= 3 and re.search(r"(?<!\w)" + re.escape(subject.casefold()) + r"(?!\w)", first) is not None


def _title(lines: list[Line], before: int) -> tuple[int, str, str] | None:
    """Return the index, text and subject of the thread's question title above line ``before``."""
    for index in range(before):
        text = lines[index].text
        plain = (heading_text(text) or text).strip() if text.startswith("#") else text.strip()
        if plain.endswith("?") and title_subject(plain) != plain:
            return index, plain, title_subject(plain)
    return None


def answered_thread(lines: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """Return a thread's title and chosen answer as the page's lines, and the lines set aside.

    None when the lines are no question thread: no question title, no line counting its
    answers below it, or no answer that names what the title asks about.
    """
    counted = next((k for k, line in enumerate(lines) if line.text and is_answers_line(line.text)), None)
    if counted is None:
        return None
    # A thread shows its posts' furniture: votes, buttons and stamps ("Share", "asked …");
    # a quiz's "Answers" under a question title has none.
    furniture = sum(1 for line in lines[counted:] if line.text and (
        _POST_CHROME_RE.match(normal_line(line.text)) or _VOTES_RE.match(normal_line(line.text))))
    if furniture < _THREAD_MIN_FURNITURE:
        return None
    found = _title(lines, counted)
    if found is None:
        return None
    title_index, title, subject = found
    answers: list[tuple[bool, int, int]] = []  # accepted?, first line, line after the last
    accepted = False
    k = counted + 1
    while k < len(lines):
        text = lines[k].text
        if not text:
            k += 1
            continue
        if _ACCEPTED_RE.match(normal_line(text)):
            accepted = True
            k += 1
            continue
        if _ends_post(text) or not (ends_sentence(text) and len(text.split()) >= _PROSE_MIN_WORDS):
            if _VOTES_RE.match(normal_line(text)):
                accepted = False  # the next answer's votes
            k += 1
            continue
        start = k
        while k < len(lines) and not (lines[k].text and _ends_post(lines[k].text)):
            k += 1
        answers.append((accepted, start, k))
        accepted = False
    naming = [answer for answer in answers if _names(subject, lines[answer[1]].text)]
    if not naming:
        return None
    _, start, end = next((a for a in naming if a[0]), naming[0])
    body = [line for line in lines[start:end]]
    while body and not body[-1].text:
        body.pop()
    title_line = lines[title_index]
    kept = [Line(title_line.number, "# " + title), Line(title_line.number, ""), *body]
    aside = [line for k, line in enumerate(lines) if line.text and k != title_index and not start <= k < end]
    return kept, aside


# A forum thread copied as text has no line counting its answers: each post opens with its
# poster's name, their rank and stamps ("Member · Joined 2023 · Messages 57") and the post's
# number ("#2"), and closes with a signature ("--") or its buttons ("Like · Quote · Reply").
_POST_NUMBER_RE = re.compile(r"^#\d{1,5}$")
_POSTER_STAMP_RE = re.compile(
    r"\b(?:joined|member since|messages|posts|reaction score|location|thread starter|start date)\b\s*:?\s*[\w,.]*",
    re.IGNORECASE)
_POST_BUTTONS_RE = re.compile(r"^(?:(?:like|quote|reply|report|share|multi-quote)\s*(?:·|\||$)\s*){2,}$",
                              re.IGNORECASE)
_SIGNATURE_RE = re.compile(r"^--\s*$|^_{3,}$")
# "[GUIDE] Nebari – what it is": the forum's tag on a thread title.
_THREAD_TAG_RE = re.compile(r"^\s*\[[^\]]{1,20}\]\s*")


def forum_thread(lines: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """Return a forum thread's subject and the post text that defines it as the page's
    lines, and the lines set aside: posters' names and stamps, the other posts, the forum's
    lists of similar threads. None when the lines are no forum thread, or no post names the
    subject its title gives."""
    numbers = [k for k, line in enumerate(lines) if _POST_NUMBER_RE.match(line.text)]
    if len(numbers) < 2 or not any(_POSTER_STAMP_RE.search(line.text) for line in lines[:numbers[0]]):
        return None
    # The title: the last line above the first post that is no stamp, name or sentence.
    title_index = next((k for k in range(numbers[0] - 1, -1, -1) if lines[k].text
                        and len(lines[k].text.split()) >= 2 and not _POSTER_STAMP_RE.search(lines[k].text)
                        and not ends_sentence(lines[k].text)), None)
    if title_index is None:
        return None
    subject = title_subject(_THREAD_TAG_RE.sub("", heading_text(lines[title_index].text) or lines[title_index].text))
    for number in numbers:
        end = number + 1
        while end < len(lines) and not (_SIGNATURE_RE.match(lines[end].text) or _POST_BUTTONS_RE.match(
                lines[end].text) or _POST_NUMBER_RE.match(lines[end].text)):
            end += 1
        # The poster's words before the text itself ("here is a write-up I can link to").
        start = next((k for k in range(number + 1, end) if lines[k].text and _names(subject, lines[k].text)
                      and ends_sentence(lines[k].text)), None)
        if start is None:
            continue
        body = lines[start:end]
        while body and not body[-1].text:
            body.pop()
        title_line = lines[title_index]
        kept = [Line(title_line.number, "# " + subject), Line(title_line.number, ""), *body]
        aside = [line for k, line in enumerate(lines) if line.text and not start <= k < end]
        return kept, aside
    return None
