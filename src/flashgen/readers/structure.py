"""Build terms from a page's lines: title, headings, sections, paragraphs, noise set aside."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import ValidationError, counted
from ..model import Section, Term
from ..topics import STANDARD_TOPICS, is_definition_heading, singular, slug, topic_key
from .lines import (LIST_RE, MD_HEADING_RE, RULE_RE, Line, Paragraph, ends_sentence, heading_text,
                    normal_line, rough_sentences, strip_emphasis, without_lead_bold)
from .naming import (_EMPHASIS_MARKS_RE, NAME_END_RE, OTHER_NAMES_LABEL_RE, asks_what, is_bare_definition,
                     listed_other_names, name_and_aliases, section_other_names, title_subject)
from .threads import answered_thread, forum_thread
from .noise import (LINK_POINTERS, RELATED_HEADINGS, citation_runs, comment_runs, has_prose_after, is_ad_label, is_attribution,
                    is_author_note, is_banner, is_bare_pointer, is_comments_start, is_customer_question, is_declaration,
                    is_divider, is_header_furniture, is_image_credit,
                    is_outline_heading, is_promotion, is_quotation, is_reading_header, is_related_heading, is_site_help_heading,
                    is_site_teaser, is_related_line, is_signup, is_template_line, label_headings, points_ahead,
                    trailing_teasers, content_words,
                    speaks_of_consent)

# Hard-wrapped lines are at most this long; a longer line is a whole paragraph.
_WRAP_MAX_CHARS = 120

#: What slug() gives for text with no ASCII spelling: a bare 8-digit hash.
_HASH_ONLY = re.compile(r"[0-9a-f]{8}")


@dataclass(frozen=True)
class _Block:
    """A heading (or the opening, heading None) and the lines of prose under it."""

    heading: str | None
    line: int
    lines: tuple[Line, ...]
    source: str = ""  # the heading line as written


def build_term(
    lines: list[Line],
    path: str,
    deck: str,
    *,
    synonyms: Mapping[str, str] | None = None,
    noise_lines: frozenset[str] = frozenset(),
    entry: bool = False,
) -> Term:
    """Return the term a page's lines describe.

    ``noise_lines`` holds lines (lower case, single spaces) known to repeat across the pages
    of a run; they are set aside as boilerplate. ``entry`` says the lines are one entry of a
    glossary list, whose title line is the term's name whatever its definition says.
    Raises ``ValidationError`` with file and line.
    """
    path = str(path)
    if not any(line.text for line in lines):
        raise ValidationError("page is empty", path)

    discarded: list[Line] = []
    related: list[Line] = []
    thread = None if entry else answered_thread(lines) or forum_thread(lines)
    if thread is not None:
        # A question site's thread: its title and the answer that defines the subject.
        lines, aside = thread
        discarded.extend(aside)

    # A banner near the end swallows what follows it: cookie dialogs are a block of lines,
    # some of which ("Manage settings") match no phrase on their own. The block starts at the
    # earliest banner line below the page's last real prose (a heading with text under it,
    # or a paragraph of several sentences).
    tail = len(lines)
    # An entry's "# Term" line was read as a term by the shape of its entry ("Cookie cutter
    # shark: A small shark that …"); words such dialogs use do not make it chrome.
    named = 1 if entry else 0
    # "Consent" over "A contract needs real consent …": a dialog's word heading the page's text.
    headings = label_headings(lines)
    for index in range(len(lines) - 1, named - 1, -1):
        current = lines[index].text
        if not current:
            continue
        if (is_banner(current) or is_signup(current)) and index not in headings:
            tail = index
        elif heading_text(current) is not None:
            if has_prose_after(lines, index):
                break
        elif len(rough_sentences(current)) > 1:
            break
    for line in lines[tail:]:
        if line.text:
            # Teasers caught up in the banner block still point at other reading.
            pointing = not (is_banner(line.text) or is_signup(line.text)) and (
                is_promotion(line.text) or is_related_line(line.text))
            (related if pointing else discarded).append(line)

    if not entry:
        menus = _menus_above_title(lines[:tail])
        discarded.extend(line for line in lines[:menus] if line.text)
        lines = [Line(line.number, "") for line in lines[:menus]] + lines[menus:]

    body: list[Line | None] = []  # None stands for a paragraph break
    under_pointer = False  # right under a "You might also like:" line, until a break or prose
    pointer_heading = False  # the pointer is a heading of its own: its list may follow a blank line
    prose_seen = False  # a sentence of the page's own text has been read
    in_comments = False  # below the article, in its comments, until the page's references
    under_outline = False  # under "Learning objectives", until the list ends
    under_ad = False  # right under an "Advertisement" label, until a break
    under_dialog = 0  # lines left of a consent or sign-up box's own text, under its set-aside title
    ad_lines = 0  # how many lines under the label have been taken for the advertisement
    comments_from = comment_runs(lines)
    cited = citation_runs(lines)
    body.extend(lines[:named])
    # The page's first line of text: the title, if it has one.
    first_line = next((heading_text(line.text) or line.text for line in lines[:tail] if line.text), None)
    for index, line in enumerate(lines[named:tail], start=named):
        if line.text and (in_comments or prose_seen) and not _references_heading(line.text):
            # Below the article, its comments: readers' words, not the term's. They start at
            # a line such as "12 Comments", or at the first of a run of commenters' stamps.
            in_comments = in_comments or is_comments_start(line.text) or line.number in comments_from
            if in_comments:
                discarded.append(line)
                body.append(None)
                continue
        elif line.text:
            in_comments = False
        if line.text and not LIST_RE.match(line.text) and not is_outline_heading(line.text):
            under_outline = False
        if under_ad and line.text and _ad_ends(line.text, ad_lines):
            # A page copied without blank lines runs the article on right after the ad: a
            # heading, or a second line of plain prose, is the article's again.
            under_ad = False
        if not line.text or RULE_RE.match(line.text):
            under_pointer = under_pointer and pointer_heading and not line.text
            under_ad = False
            under_dialog = 0
            body.append(None)
        elif under_dialog and _dialog_text(line.text):
            # "Recibe nuestro boletín" / "Cada mes, una ficha de cata … en tu correo.": the few
            # words under a sign-up or consent box's title are the box's, not the section's.
            under_dialog -= 1
            discarded.append(line)
            body.append(None)
        elif line.number in cited:
            # A reference list ("Weiss G, Shemer A, Trau H. … 2002;16(3):241–248."), wherever
            # it stands and whatever its heading is called: sources, not the term's text,
            # kept with related reading.
            related.append(line)
            body.append(None)
        elif under_ad or is_ad_label(line.text):
            ad_lines = ad_lines + 1 if under_ad else 0
            # "Advertisement" and the advertisement under it, glued to no section.
            under_ad = True
            discarded.append(line)
            body.append(None)
        elif not prose_seen and (is_declaration(line.text) or (first_line is not None and is_author_note(
                line.text, first_line))):
            # Above the article's text, its credits: who wrote it, where they work, what they
            # declare ("Disclosure: … has no conflicts of interest", "Helena Marsh, MD, is an
            # emergency physician at …"), whatever they mention.
            discarded.append(line)
            body.append(None)
        elif under_outline and LIST_RE.match(line.text):
            # The page's outline of itself ("Define isostasy", "Compare the two models").
            discarded.append(line)
            body.append(None)
        elif is_outline_heading(line.text):
            under_outline = True
            discarded.append(line)
            body.append(None)
        elif (under_pointer and _is_headline_item(line.text) and not _names_topic(line.text, synonyms)
              and not _references_heading(line.text)):
            # The items under a related-reading line are its headlines.
            related.append(line)
            body.append(None)
            pointer_heading = False  # the list has begun: a break now ends it
        elif (index > named and lines[index - 1].text and is_reading_header(line.text)
              and not (is_related_line(line.text) and normal_line(line.text) not in RELATED_HEADINGS)
              and _headlines_under(lines[index + 1:tail], synonyms) >= 2):
            # "Related stories" run on from the line above it, with no blank line between:
            # the header ends the paragraph there, whatever that line was, and the headlines
            # under it are other articles' titles. One short line under it ("Recommended" /
            # "500 mg twice daily") may be a label and its value.
            discarded.append(line)
            body.append(None)
            under_pointer, pointer_heading = True, False
        elif (normal_line(line.text) in noise_lines or (index not in headings and (
                is_banner(line.text) or is_signup(line.text)))
              or is_image_credit(line.text) or is_template_line(line.text)):
            if is_attribution(line.text):
                # "“So gentle with our old collie.”" then "— Priya, Westbank": the quotation
                # is a testimonial, set aside with the name that signs it.
                quoted = next((k for k in range(len(body) - 1, -1, -1) if body[k] is not None), None)
                if quoted is not None and is_quotation(body[quoted].text):  # type: ignore[union-attr]
                    discarded.append(body[quoted])  # type: ignore[arg-type]
                    body[quoted] = None
            discarded.append(line)
            body.append(None)
            under_dialog = _DIALOG_LINES if prose_seen and _is_box_title(line.text) else 0
        elif is_related_line(line.text) and normal_line(line.text) not in RELATED_HEADINGS:
            related.append(line)
            body.append(None)
            # "You might also like:", "More from Quiet Design": a pointer with nothing after
            # it introduces the headlines below it.
            plain = normal_line(strip_emphasis(line.text)).lstrip("#").strip().rstrip(":").strip()
            # Any wording of the pointer counts ("You may also enjoy:", "Recommended for you"),
            # so long as the line holds nothing but it.
            pointer_heading = plain not in _LINKS and (plain in RELATED_HEADINGS or plain.startswith("more from ")
                                                       or is_bare_pointer(plain))
            under_pointer = normal_line(line.text).rstrip(":").strip() in RELATED_HEADINGS or pointer_heading
        else:
            under_pointer = False
            body.append(line)
            prose_seen = prose_seen or (ends_sentence(line.text) and len(line.text.split()) >= 8)

    if not any(body):
        repeated = sum(1 for line in discarded if normal_line(line.text) in noise_lines)
        hint = f", {repeated} of them repeated on other pages of the run" if repeated else ""
        raise ValidationError(
            f"no term text: the page holds only boilerplate ({counted(len(discarded), 'line')} set aside"
            f"{hint})",
            path,
        )

    title, blocks, mastheads = _blocks(body, synonyms)
    discarded.extend(mastheads)
    wrapped = _is_wrapped(blocks)
    opening = _paragraphs(blocks[0].lines, wrapped)
    # Calls to action and marketing teasers stand as paragraphs of their own; the first
    # paragraph of the opening is the definition and is never one.
    opening[1:] = _without_promotions(opening[1:], related)
    if opening:
        opening[0] = _without_leading_promotions(opening[0], related)
        if len(opening) > 1 and len(opening[0].lines) == 1 and is_promotion(opening[0].text):
            related.extend(opening.pop(0).lines)  # an appeal on a line of its own above the title
    if (title is None and not entry and len(opening) > 1 and not ends_sentence(opening[0].text)
            and len(opening[0].text.split()) <= 8 and ends_sentence(opening[1].text)):
        # A short line that is no sentence above the first sentence is a title line, even
        # when a breadcrumb or banner kept it from looking like one; whether it names the
        # term or the site is decided with the name below.
        title = Line(opening[0].line, opening[0].text)
        opening = opening[1:]
    if not entry and opening and (run := _headline_run(opening[0])):
        # A page copied without blank lines runs the headline and its teaser into the
        # paragraph that names the headline's subject: they are parted the same way.
        opening[0:1] = [Paragraph(" ".join(line.text for line in lines), lines[0].number, lines)
                        for lines in (opening[0].lines[:run], opening[0].lines[run:])]
    if not entry and len(opening) > 1 and _headline_and_teaser(opening[0], opening[1]):
        # "The hydrogen line: listening to the galaxy" / "Ever wondered how …? The answer …"
        # run together above the paragraph that names it: an article's headline and its
        # teaser, not the definition.
        headline, *teaser = opening.pop(0).lines
        related.extend(teaser)
        if title is None:
            title = headline
        else:
            discarded.append(headline)
    kept: list[tuple[_Block, list[Paragraph]]] = []
    known = _known_topics(synonyms)
    pointing_away = False  # inside a "Latest articles" / "You might also like" run
    section_level = 0  # the marked level of the article's first section heading ("###")
    outside = False  # past a heading above that level: the site's own parts of the page
    deeper = 0  # how many sections at that level came first
    subject = title_subject(title.text) if title is not None else ""
    # Whether a paragraph of the opening starts with the title's term.
    defined = any(_opens_with(p.text, subject) or _defines(p.text, (subject,)) for p in opening)
    # What the article names before its sections: a heading about anything else names the
    # site's things. The page's closing rule: its last rule, with no section heading below it
    # but the site's.
    article = " ".join([subject, *(p.text for p in opening)])
    closing = max((line.number for line in lines if RULE_RE.match(line.text)), default=None)

    for block in blocks[1:]:
        heading = block.heading or ""
        topic = topic_key(heading, synonyms)
        level = _title_level(block.source)
        section_level = section_level or level
        deeper += level >= 3 and level == section_level
        if not entry and section_level >= 3 and deeper >= 2 and 0 < level < section_level:
            # "### Development time" are the article's sections; a "## Customer reviews" after
            # them stands above the article in the page's outline, beside it, not in it.
            outside = True
        if not entry and not outside and is_site_help_heading(heading, article):
            # "FAQ about Nestwell", "Help", "About us": the site's own help. Below the page's
            # closing rule it starts the site's part of the page, and all that follows is
            # the site's too; above it, only its own block is.
            outside = closing is not None and block.line > closing
            discarded.append(Line(block.line, block.source))
            discarded.extend(line for line in block.lines if line.text)
            continue
        if outside:
            discarded.append(Line(block.line, block.source))
            discarded.extend(line for line in block.lines if line.text)
            continue
        paragraphs = _paragraphs(block.lines, wrapped)
        if (title is not None and not entry and not defined and _replies_with_definition(title, heading, paragraphs)):
            # "Re: What exactly is a die clash?" whose post starts "A die clash (…) happens
            # when …": on a thread with no answer above it, the reply that defines the
            # thread's subject is the page's definition (taken below); later replies stay noise.
            defined = True
            pointing_away = False
            kept.append((block, paragraphs))
            continue
        if is_related_heading(heading):
            pointing_away = True
        elif topic in known:
            pointing_away = False
        if (title is not None and not entry and not kept and _ANSWERS_RE.match(normal_line(heading))
                and paragraphs and title_subject(title.text) != title.text
                and _names(title_subject(title.text), paragraphs[0].text)):
            # "3 Answers" under "What exactly is X?": the answer that names X continues the
            # opening, after the asker's question, which is set aside below.
            discarded.append(Line(block.line, block.source))
            opening.extend(_without_promotions(paragraphs, related))
            pointing_away = False
            continue
        # "How To Tie It" over steps written as sentences is the term's own content; a
        # headline over a link block lists other articles' titles.
        headline = is_promotion(heading) and not _is_instructions(block) and not _own_prose(paragraphs)
        # "Five water tweaks that changed our garden" over "We tried every trick …": a teaser
        # in the site's own voice, whatever the article around it.
        headline = headline or (topic not in known and is_site_teaser(heading, " ".join(p.text for p in paragraphs)))
        if pointing_away or headline:
            # Blurbs under a "Related articles" heading point at other pages, and so do
            # the headlines listed under it ("Top 10 recovery foods for athletes").
            pointer = is_related_heading(heading)
            (discarded if pointer else related).append(Line(block.line, block.source))
            related.extend(line for line in block.lines if line.text)
            continue
        paragraphs = _without_promotions(paragraphs, related)
        if not paragraphs:
            # A heading with nothing left under it makes no card; on copied pages it is
            # chrome such as "Advertisement" or a headline whose teaser was set aside.
            discarded.append(Line(block.line, block.source))
        else:
            kept.append((block, paragraphs))

    if (title is None and not entry and kept and opening and _asks_what(kept[0][0].heading or "", kept[0][1])
            and all(not ends_sentence(p.text) and len(p.text.split()) <= 8 for p in opening)):
        # "FAQ: Chain stretch" over "What is chain stretch?" and its answer: short lines above
        # a question about the term are its title, not its definition.
        discarded.extend(line for p in opening[:-1] for line in p.lines)
        title = Line(opening[-1].line, opening[-1].text)
        opening = []
    if not opening and kept and (is_definition_heading(kept[0][0].heading or "", synonyms)
                                 or _LEAD_HEADING_RE.match(normal_line(kept[0][0].heading or ""))
                                 or _asks_what(kept[0][0].heading or "", kept[0][1])):
        # "## Definition" as the first heading, a heading over the article's lead ("Overview",
        # "Summary", "Introduction"), or "What is chain stretch?" over the paragraph naming it:
        # its prose is the opening.
        block, paragraphs = kept.pop(0)
        if not is_definition_heading(block.heading or "", synonyms):
            discarded.append(Line(block.line, block.source))
        opening = paragraphs
    if not opening and title is None and not entry and kept and kept[0][1] and (
            heading := kept[0][0].heading or "") and not _names_topic(heading, synonyms):
        # "Brumation in reptiles: a keeper's guide" over "Brumation is …": an article's title
        # that a colon made look like a heading, over the paragraph defining its first words.
        words = title_subject(heading).split()
        if any(_defines(kept[0][1][0].text, (" ".join(words[:n]),)) for n in range(len(words), 0, -1)):
            block, opening = kept.pop(0)
            title = Line(block.line, heading)
    if title is not None and not entry:
        _definition_past_chrome(title, opening, kept, known, related, discarded)
    if not opening:
        first = blocks[1].line if len(blocks) > 1 else (title.number if title else 1)
        repeated = sum(1 for line in discarded if normal_line(line.text) in noise_lines)
        if repeated:
            # A page saved twice loses all its prose as "site noise": say so, not what it lacks.
            raise ValidationError(
                f"no definition: {repeated} of the page's lines {'is' if repeated == 1 else 'are'} repeated "
                "on other pages of the run and set aside as site noise; is one page a copy of another?",
                path, first)
        raise ValidationError(
            "no definition: nothing beside its term reads as a definition" if entry else
            "no definition: the page must open with a paragraph that names the term", path, first
        )

    if title is not None and not entry and kept and opening and _asked_under_chatter(title, opening, kept):
        # "Supersedure: when the bees replace their own queen", the blogger's own lead-in
        # ("Last week three of you emailed me …"), then "What is supersedure?" over the
        # paragraph that defines it: the question names the term and holds the definition;
        # the lead-in is kept with related reading, never lost.
        block, paragraphs = kept.pop(0)
        related.extend(line for p in opening for line in p.lines)
        discarded.append(Line(block.line, block.source))
        opening = paragraphs
        title = Line(title.number, title_subject(block.heading or ""))
    if title is not None and not entry:
        # "What is clear aligner therapy?" under the title "Clear Aligner Therapy" asks what the
        # term is: its paragraph is the definition, after whatever tagline the opening holds
        # (set aside below when it defines nothing).
        asked = next((k for k, (block, _) in enumerate(kept)
                      if _asks_for(block.heading or "", title_subject(title.text))), None)
        named = title_subject(title.text)
        if asked is not None and not any(_opens_with(p.text, named) for p in opening):
            # An opening that already starts with the term defines it; the question stays a section.
            opening = opening + kept.pop(asked)[1]

    if title is not None and not entry:
        # Under "What is phase cancellation?", the asker's own question ("When I record … What
        # is going on?") comes before the paragraph that names the term: it is no definition.
        subject = title_subject(title.text)
        later = next((k for k, p in enumerate(opening)
                      if not p.text.endswith("?") and _names(subject, p.text)), None)
        if later and all(p.text.endswith("?") for p in opening[:later]):
            discarded.extend(line for p in opening[:later] for line in p.lines)
            opening = opening[later:]
    if (title is not None and not entry and not _defined_below(title.text, opening)
            and _masthead(title.text, opening[0].text, path, opening[0].line)):
        # "Hive & Honey Weekly" above "Swarming, also called …, is …": the line names the
        # site, and the definition names its own term.
        discarded.append(title)
        title = None
    name, aliases = name_and_aliases(
        opening[0].text, title.text if title else None, path, opening[0].line
    )
    # A subtitle or teaser under the title ("Why patience in the first fortnight decides the
    # rest", "Manning: the first step in training a hawk") is no definition when a later
    # paragraph of the opening defines the term ("Manning is the process of …").
    defining = next((k for k, p in enumerate(opening) if _defines(p.text, (name, *aliases))), None)
    if defining and all(_is_title_shaped(p.text, (name, *aliases)) or _ALSO_NAMED_RE.match(strip_emphasis(p.text))
                        for p in opening[:defining]):
        # "also known as 'forward of centre'" under a title gives other names of the term.
        subtitled = [alias for alias in aliases if any(_ALSO_NAMED_RE.match(strip_emphasis(p.text)) and alias in p.text
                                                       for p in opening[:defining])]
        subtitled += [alias for p in opening[:defining] for alias in listed_other_names(p.text)]
        related.extend(line for p in opening[:defining] for line in p.lines)
        opening = opening[defining:]
        # The aliases are those the defining sentence gives ("Density altitude (DA) is …").
        name, aliases = name_and_aliases(opening[0].text, title.text if title else name, path,
                                         opening[0].line)
        aliases = list(dict.fromkeys([*aliases, *(a for a in subtitled if a.casefold() != name.casefold())]))
    # A label line of other names standing as a paragraph of its own below the definition
    # ("Also known as: raku ware, fast firing", where a wiki's fact box stood beside the lead)
    # names the term's aliases as it does above the definition.
    listing = [p for p in opening[1:] if len(p.lines) == 1 and listed_other_names(p.text)]
    if listing:
        listed = [alias for p in listing for alias in listed_other_names(p.text)]
        aliases = list(dict.fromkeys([*aliases, *(a for a in listed if a.casefold() != name.casefold())]))
        related.extend(line for p in listing for line in p.lines)
        opening = [p for p in opening if not any(p is q for q in listing)]

    # An FAQ about buying or taking the site's product or course ("Do I need a scanner?",
    # "Can I get a refund?") is the site's, not the term's; questions about the term stay.
    # Question headings with a section of the article after them ("Should I take it with
    # food?", "Can I drink alcohol?", then "Risk") are the article's own parts, a patient
    # leaflet's way of heading its text: only paying and enrolling are the site's there.
    stated_after = [any(_heads_article_text(later.heading) for later, _ in kept[k + 1:]) for k in range(len(kept))]
    kept = [(block, paragraphs) for block, paragraphs in
            (_without_customer_questions(block, paragraphs, (name, *aliases), discarded, sections)
             for (block, paragraphs), sections in zip(kept, stated_after)) if paragraphs]

    # A sheet's space to write in ("NOTES" over rows of dots) and what is printed below it
    # are the sheet's, not the term's.
    while kept and _is_write_in(kept[-1][1]):
        block, paragraphs = kept.pop()
        discarded.append(Line(block.line, block.source))
        discarded.extend(line for p in paragraphs for line in p.lines)
    # Teasers trail the last block with prose: one-sentence paragraphs that start afresh.
    last = kept[-1][1] if kept else opening
    if last and len(last[-1].lines) > 1 and last[-1].text.endswith(last[-1].lines[-1].text) \
            and points_ahead(last[-1].lines[-1].text):
        # A pointer to the next page run on into the last paragraph ("Next in this series: …").
        paragraph, pointer = last[-1], last[-1].lines[-1]
        related.append(pointer)
        last[-1] = Paragraph(paragraph.text[: -len(pointer.text)].rstrip(), paragraph.line, paragraph.lines[:-1])
    above = [p.text for p in opening] if kept else []
    above += [p.text for _, ps in kept[:-1] for p in ps]
    teasers = trailing_teasers(last, (name, *aliases), " ".join(above))
    if teasers:
        related.extend(line for paragraph in last[-teasers:] for line in paragraph.lines)
        del last[-teasers:]
    below = _below_closing_rule(last, closing, kept[-1][0].line if kept else 0, (name, *aliases))
    if not entry and below:
        # The page's part after its closing rule ("---", then "New episode of our podcast …")
        # goes on from no section: short lines there that never name the term are the site's.
        related.extend(line for paragraph in last[-below:] for line in paragraph.lines)
        del last[-below:]
    # A headline with a one-sentence blurb at the end, on no topic and about something
    # else than the term, is a teaser for another article.
    vocabulary = _content_words(" ".join([name, *aliases, *(p.text for p in opening)]))

    def article_words(upto: int) -> set[str]:
        # The words of the article above a block: its opening and the sections before it.
        return vocabulary | _content_words(" ".join(p.text for _, ps in kept[:upto] for p in ps))

    # So is a block of the site's own after the article: a quiz, a list of its headlines, its
    # share row and contact details, the people or the body behind it. A quiz is the site's
    # wherever the trailing blocks begin, right under the definition too (on the last entry of
    # a glossary list).
    quiz_below = False  # the block just popped was a quiz's
    while kept and (_is_quiz(kept[-1], known, synonyms, quiz_below) or kept[-1][0] is not blocks[1] and (
            _is_foreign_teaser(kept[-1], known, synonyms, article_words(len(kept) - 1), (name, *aliases))
            or (_is_link_block(kept[-1][0], known, synonyms) and not _lists_kinds_of(kept[-1], (name, *aliases)))
            or _is_site_block(kept[-1], known, synonyms, vocabulary))):
        quiz_below = _is_quiz(kept[-1], known, synonyms, quiz_below)
        block, paragraphs = kept.pop()
        related.append(Line(block.line, block.source))
        related.extend(line for p in paragraphs for line in p.lines)

    for block, paragraphs in kept:
        if OTHER_NAMES_LABEL_RE.match(" ".join((block.heading or "").split())):
            # "Other names" over "Older texts call it “bating off the fist” …": the section
            # names the term's aliases, and stays a section of its own.
            found = section_other_names(" ".join(p.text for p in paragraphs), name)
            aliases = list(dict.fromkeys([*aliases, *(a for a in found if a.casefold() != name.casefold())]))
    texts = [*(p.text for p in opening), *(p.text for _, ps in kept for p in ps)]
    # How the text spells its words is asked only for a heading set in capitals.
    spellings = _spellings(" ".join([name, *aliases, *texts])) if any(
        _in_capitals(block.heading or "") for block, _ in kept) else {}
    # A title set in capitals that the definition does not spell out ("IMPAIRMENT OF ASSETS"
    # over "Impairment is …") reads as a heading in capitals does: "Impairment of assets".
    if _in_capitals(name):
        name = plain_capitals(name, _spellings(" ".join(texts)))
    sections = tuple(
        Section(
            heading=plain_capitals(block.heading or "", spellings),
            topic=section_topic(block.heading or "", (name, *aliases), synonyms),
            text="\n\n".join(p.text for p in paragraphs),
            line=block.line,
        )
        for block, paragraphs in kept
    )

    # Greek and Cyrillic names are spelt in ASCII; a name in another script slugs to a bare
    # hash, and then the page's file name, when it has ASCII letters, makes a readable id.
    term_id = slug(name)
    stem_id = slug(Path(path).stem)
    if _HASH_ONLY.fullmatch(term_id) and stem_id and not _HASH_ONLY.fullmatch(stem_id):
        term_id = stem_id
    if not term_id:
        raise ValidationError(f"neither the term name {name!r} nor the file name gives an id "
                              "of ASCII letters or digits; rename the file", path, 1)
    related.sort(key=lambda line: line.number)
    discarded.sort(key=lambda line: line.number)
    return Term(
        id=term_id,
        name=name,
        definition="\n\n".join(p.text for p in opening),
        deck=deck,
        aliases=tuple(aliases),
        sections=sections,
        related=tuple(line.text for line in related),
        discarded=tuple(line.text for line in discarded),
        # The page's file is where the text was saved, not where it came from: a local
        # path on every card would only be noise. The term file notes it (term_to_yaml).
        source=None,
        path=path,
        line=1,
        definition_line=opening[0].line,
    )



_BELOW_RULE_MAX_WORDS = 30


def _below_closing_rule(paragraphs: list[Paragraph], closing: int | None, heading_line: int,
                        names: tuple[str, ...]) -> int:
    """Return how many paragraphs at the end of the last block stand below the page's closing
    rule and are not the block's: each a line of a few words that names none of the names.
    What stands below the rule and names the term, or runs to a paragraph of its own length,
    is the section's (an author may set a last remark off with a rule). The block's first
    paragraph is its own."""
    if closing is None or closing < heading_line:
        return 0
    count = 0
    for paragraph in reversed(paragraphs[1:]):
        if paragraph.line < closing:
            break
        text = paragraph.text
        if (len(paragraph.lines) != 1 or len(text.split()) > _BELOW_RULE_MAX_WORDS
                or any(_names(n, text) for n in names if n)):
            return 0
        count += 1
    return count if count < len(paragraphs) else 0


def _ad_ends(text: str, taken: int) -> bool:
    """Return whether a line under an advertisement's label is the article's again: a line
    shaped like a heading, or, after the ad's first line, prose that sells nothing."""
    if heading_text(text) is not None and not is_promotion(text):
        return True
    return taken >= 1 and ends_sentence(text) and not is_promotion(text) and not is_signup(text)


def _replies_with_definition(title: Line, heading: str, paragraphs: list[Paragraph]) -> bool:
    """Return whether a forum reply ("Re: <the thread's title>") opens with the title's term."""
    if not heading.casefold().startswith("re:") or title.text.casefold() not in heading.casefold():
        return False
    subject = title_subject(title.text)
    return bool(paragraphs) and _opens_with(paragraphs[0].text, subject)


# The heading an article puts over its lead, the paragraph that says what its subject is.
_LEAD_HEADING_RE = re.compile(r"^(?:overview|summary|introduction|intro|abstract|synopsis|description|"
                              r"in (?:brief|short|a nutshell)|the basics|basics|general|general information|"
                              r"übersicht|zusammenfassung|einleitung|einführung|résumé|aperçu|présentation|"
                              r"resumen|introducción|panoramica|introduzione|sommario|wprowadzenie|"
                              r"podsumowanie|wstęp|overzicht|samenvatting|inleiding)$")

# How many headed blocks may stand between a title and the paragraph that names its term.
_CHROME_BLOCKS = 5


def _definition_past_chrome(title: Line, opening: list[Paragraph], kept: list[tuple[_Block, list[Paragraph]]],
                            known: frozenset[str], related: list[Line], discarded: list[Line]) -> None:
    """Move the paragraph that names the title's term, and what follows it in its block, into
    the opening when site lines shaped like headings stand between them.

    A share row or "Listen to this article" under a title and its standfirst, the outline a
    lecture gives of itself, a forum's action bar and the asker's post: none of it names the
    term, and none of it is on a topic; the first paragraph below them that starts with the
    term's name is its definition, and what stood between is the site's.
    """
    subject = title_subject(title.text)
    # A paragraph that mentions the term, unless it asks about it (the asker's post), is the
    # opening already.
    if any(_opens_with(p.text, subject) or _defines(p.text, (subject,))
           or (_names(subject, p.text) and "?" not in p.text) for p in opening):
        return
    for k, (block, paragraphs) in enumerate(kept[:_CHROME_BLOCKS]):
        if topic_key(block.heading or "", None) in known:
            return  # the article's own sections have begun
        at = next((j for j, p in enumerate(paragraphs) if _opens_with(p.text, subject)
                   or _defines(p.text, (subject,))), None)
        if at is None:
            continue
        # A subtitle stays with related reading; headings, outlines and posts are set aside.
        related.extend(line for p in opening for line in p.lines)
        for between, their in kept[:k]:
            discarded.append(Line(between.line, between.source))
            discarded.extend(line for p in their for line in p.lines)
        # "*Also known as:* paring, edge thinning" set off like a heading over the definition
        # lists the term's other names: it stays above the definition.
        also = at == 0 and bool(listed_other_names(block.heading or ""))
        if not also:
            discarded.append(Line(block.line, block.source))
        discarded.extend(line for p in paragraphs[:at] for line in p.lines)
        opening[:] = paragraphs[at:]
        if also:
            opening.insert(0, Paragraph(block.source, block.line, (Line(block.line, block.source),)))
        del kept[:k + 1]
        return


# A menu item: a few words, no sentence ("Create account", "What links here").
_MENU_ITEM_WORDS = 4


def _menus_above_title(lines: list[Line]) -> int:
    """Return how many lines above the page's ``# Title`` are the site's menus, or 0.

    A wiki's account links ("Not logged in", "Log in"), its views ("Read", "Edit") and its
    side panel under a short heading ("Tools"), saved above the article's title: lists of
    a few words each, and nothing else. The title they stand above names the term.
    """
    title = next((k for k, line in enumerate(lines) if line.text.startswith("# ")), None)
    if not title:
        return 0
    items = 0
    for line in lines[:title]:
        if not line.text:
            continue
        heading = heading_text(line.text)
        if heading is not None:
            if len(heading.split()) > 3 or line.text.startswith("# "):
                return 0
            continue
        item = LIST_RE.match(line.text)
        words = line.text[item.end():].split() if item else []
        if not item or not words or len(words) > _MENU_ITEM_WORDS or ends_sentence(line.text):
            return 0
        items += 1
    return title if items >= 3 else 0


# Pointers that are links themselves, not headings over a list of links.
_LINKS = LINK_POINTERS


def _names_topic(text: str, synonyms: Mapping[str, str] | None) -> bool:
    """Return whether a line is a heading that names one of the deck's topics ("## Risk")."""
    heading = heading_text(text)
    return heading is not None and topic_key(heading, synonyms) in _known_topics(synonyms)


def _references_heading(text: str) -> bool:
    """Return whether a line heads the page's references or reading list ("References")."""
    heading = heading_text(text)
    return heading is not None and normal_line(heading) in RELATED_HEADINGS


def _known_topics(synonyms: Mapping[str, str] | None) -> frozenset[str]:
    """Return the topics a heading can name on purpose: the standard ones and the deck's own."""
    return frozenset(STANDARD_TOPICS) | {topic_key(t) for t in (synonyms or {}).values()}


# How many lines under a sign-up or consent box's title are taken for its text.
_DIALOG_LINES = 2
_DIALOG_MAX_WORDS = 40


def _is_box_title(text: str) -> bool:
    """Return whether a line set aside as a banner or a sign-up is shaped as the title of a box
    ("Recibe nuestro boletín", "Paws for thought — our monthly email"): a few words, no sentence."""
    # A form's label or button ("Email address", "Join now") titles nothing.
    return ((is_signup(text) or (is_banner(text) and speaks_of_consent(text))) and not ends_sentence(text)
            and 3 <= len(text.split()) <= 10)


def _dialog_text(text: str) -> bool:
    """Return whether a line right under a box's title can be the box's own text: a sentence or
    two at most, and no heading over prose of its own."""
    # The box's buttons and a pointer to other reading below it are read as they are.
    return (len(text.split()) <= _DIALOG_MAX_WORDS and len(rough_sentences(text)) <= 2
            and not LIST_RE.match(text) and not is_related_line(text) and not is_banner(text)
            and not is_signup(text))


def _without_leading_promotions(paragraph: Paragraph, related: list[Line]) -> Paragraph:
    """Return a paragraph without the calls to action on its first lines; those go to ``related``.

    A page of hard-wrapped lines joins a call to action above the headline into its paragraph
    ("Support our reporting — become a member …"): the site's appeal, whatever line it leads.
    """
    while len(paragraph.lines) > 1 and is_promotion(paragraph.lines[0].text) \
            and paragraph.text.startswith(paragraph.lines[0].text):
        first = paragraph.lines[0]
        related.append(first)
        paragraph = Paragraph(paragraph.text[len(first.text):].lstrip(), paragraph.lines[1].number,
                              paragraph.lines[1:])
    return paragraph


def _without_promotions(paragraphs: list[Paragraph], related: list[Line]) -> list[Paragraph]:
    """Return the paragraphs that are not calls to action; those go to ``related``."""
    kept = []
    for paragraph in paragraphs:
        # A page of hard-wrapped lines joins a call to action on the line after the prose
        # into its paragraph ("… as immunity changes." / "Download our free guide: …").
        while len(paragraph.lines) > 1 and is_promotion(paragraph.lines[-1].text) \
                and paragraph.text.endswith(paragraph.lines[-1].text):
            last = paragraph.lines[-1]
            related.append(last)
            paragraph = Paragraph(paragraph.text[:-len(last.text)].rstrip(), paragraph.line, paragraph.lines[:-1])
        paragraph = _without_leading_promotions(paragraph, related)
        if len(paragraph.lines) == 1 and is_promotion(paragraph.text):
            related.extend(paragraph.lines)
        else:
            kept.append(paragraph)
    return kept




_content_words = content_words


def _is_foreign_teaser(kept: tuple[_Block, list[Paragraph]], known: frozenset[str],
                       synonyms: Mapping[str, str] | None, vocabulary: set[str],
                       names: tuple[str, ...] = ()) -> bool:
    block, paragraphs = kept
    # Section headings are a word or three ("Notes", "Clinical Use"); a headline is longer.
    if len((block.heading or "").split()) < 4:
        return False
    if _names_by_stem(block.heading or "", names):
        return False  # "Why does the boat slow down after a tack?" on a page about tacking
    if topic_key(block.heading or "", synonyms) in known or len(paragraphs) != 1:
        return False
    text = paragraphs[0].text
    # A teaser's blurb is one sentence; a list under a heading ("- Potatoes", "- Legumes") is
    # the section's own.
    if len(rough_sentences(text)) != 1 or LIST_RE.match(text):
        return False
    return not (_content_words(text) | _content_words(block.heading or "")) & vocabulary


def _names_by_stem(text: str, names: tuple[str, ...]) -> bool:
    """Return whether a text uses a word of the term's name in another form: "a tack" for
    tacking, "tempered" for tempering; the stem is the name's word without its ending, four
    letters at least."""
    stems = {re.sub(r"(?:ing|ed|es|s|e)$", "", w.casefold()) for n in names for w in re.findall(r"[^\W\d_]{4,}", n)}
    stems = {stem for stem in stems if len(stem) >= 4}
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text)}
    return any(word.startswith(stem) for word in words for stem in stems)


def _is_link_block(block: _Block, known: frozenset[str], synonyms: Mapping[str, str] | None) -> bool:
    """Return whether a block at the end of the page lists other articles' titles.

    "Up next in Performance" or "Leggi anche" over "Ground effect: why your Cessna floats"
    and "Coltrane changes without tears": a heading on no topic right over two or more lines
    of a few words each that are no sentences, in whatever words the site introduces them.
    """
    if topic_key(block.heading or "", synonyms) in known:
        return False
    groups = _groups(block.lines)
    if not groups:
        return False
    first = groups[0]
    # A list is the section's own ("Common triggers" over "- stress"), unless the heading
    # speaks to the reader ("Dit vind je misschien ook interessant", "Before you go"): then
    # its items are the site's other articles.
    listed = _READER_WORD_RE.search(block.heading or "") is not None
    return len(first) >= 2 and all(
        _is_headline_item(line.text) and (listed or not LIST_RE.match(line.text)) and len(line.text.split()) >= 3
        for line in first)


def _lists_kinds_of(kept: tuple[_Block, list[Paragraph]], names: tuple[str, ...]) -> bool:
    """Return whether a block lists kinds of the term under a heading that names it: "Famous
    gambits" over "Evans Gambit: 1.e4 e5 …" and "Danish Gambit: …" on a page about the gambit.
    Every line names the term too, and none reads as a headline ("… explained", "Why …")."""
    block, paragraphs = kept
    heading = _singular_phrase(block.heading or "")
    said = [n for n in (_singular_phrase(n) for n in names if n) if n]
    if is_related_heading(block.heading or "") or not any(
            re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", heading) for n in said):
        return False
    lines = [line.text for p in paragraphs for line in p.lines if line.text]
    return bool(lines) and all(
        any(re.search(r"(?<!\w)" + re.escape(n) + r"(?:s|es)?(?!\w)", text.casefold()) for n in said)
        and not _HEADLINE_ITEM_RE.search(_MARKER_RE.sub("", text, count=1).strip()) for text in lines)


# How a headline opens or ends that a list item of the term's own does not: a question word, a
# count, a superlative, "… explained".
_HEADLINE_ITEM_RE = re.compile(
    r"^(?:why|how|what|when|where|who|which|is|are|can|should|do|does|\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|fifteen|twenty|best|the best|top|inside|meet|everything|all about|a guide|"
    r"the (?:complete|ultimate|beginner'?s) guide)\b|\bexplained$|\?$", re.IGNORECASE)
# Words of a list of names that are not names: roles in brackets, joiners.
_NAME_LIST_JOINERS = frozenset({"and", "of", "the", "for", "de", "van", "von", "da", "&", "with"})


_MD_LINK_RE = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")


def _items(paragraphs: list[Paragraph]) -> list[str]:
    """Return a block's lines of text without their list markers, a link read as its words."""
    text = _MD_LINK_RE.sub(r"\1", "\n".join(p.text for p in paragraphs))
    return [_MARKER_RE.sub("", line, count=1).strip() for line in text.split("\n") if line.strip()]


# A quiz's score for the reader: "Your score: 0 / 5", "You scored 3 out of 4", "2 of 6 correct".
_QUIZ_SCORE_RE = re.compile(
    r"^(?:(?:your (?:score|result)|you (?:scored|got))\s*:?\s*\d+\s*(?:/|of|out of)\s*\d+(?:\s+(?:correct|right|points))?|"
    r"\d+\s*(?:/|of|out of)\s*\d+\s+(?:correct|right))[.!]?$", re.IGNORECASE)
# An answer to pick: a few words that make no sentence ("AV", "Oak and ash").
_OPTION_MAX_WORDS = 3


def _is_quiz(kept: tuple[_Block, list[Paragraph]], known: frozenset[str],
             synonyms: Mapping[str, str] | None, quiz_below: bool = False) -> bool:
    """Return whether a block on no topic is a quiz ("Check your understanding", "Test
    yourself"): questions to the reader, none answered; or questions, answers to pick of a
    few words each and the reader's score ("Your score: 0 / 3"). Right over a quiz's block,
    a block of questions alone, one will do, is the quiz's too."""
    block, paragraphs = kept
    heading = block.heading or ""
    if topic_key(heading, synonyms) in known or heading.endswith("?"):
        return False
    items = _items(paragraphs)
    sentences = [s for item in items for s in rough_sentences(item)]
    if len(sentences) >= 2 and all(s.endswith("?") for s in sentences):
        return True
    if quiz_below and sentences and all(s.endswith("?") for s in sentences):
        return True

    def quiz_part(item: str) -> bool:
        asks = all(s.endswith("?") for s in rough_sentences(item))
        option = len(item.split()) <= _OPTION_MAX_WORDS and not ends_sentence(item)
        return bool(asks or option or _QUIZ_SCORE_RE.match(item))

    return bool(items) and any(_QUIZ_SCORE_RE.match(item) for item in items) and all(map(quiz_part, items))


def _is_site_block(kept: tuple[_Block, list[Paragraph]], known: frozenset[str],
                   synonyms: Mapping[str, str] | None, vocabulary: set[str]) -> bool:
    """Return whether a block after the article is the site's, by what it holds: a row of
    buttons, the site's contact details, headlines of other pages on other subjects ("Popular
    now"), or names of people and bodies (a committee, the authors' affiliations); a quiz is
    told by ``_is_quiz``.

    A heading that names a topic, or shares a word with the term's name and opening ("When to
    contact your vet" on a page about a dog's illness), heads the term's own text.
    """
    block, paragraphs = kept
    heading = block.heading or ""
    if topic_key(heading, synonyms) in known or heading.endswith("?"):
        return False
    items = _items(paragraphs)
    text = "\n".join(items)
    if len(items) >= 2 and (all(is_banner(item) for item in items) or (
            _SHARE_RE.match(heading) and all(len(item.split()) <= 2 and not ends_sentence(item) for item in items))):
        # A row of buttons as a list ("- [Facebook](…)", "- [Email](…)"), or a heading that
        # asks to share or follow over the networks' names.
        return True
    if any(_has_contact(item) for item in items) and (
            _SITE_SPEAKS_RE.search(heading) or all(len(item.split()) <= 8 for item in items)):
        # "Contact us" over the site's phone line and address, whatever the line says of the
        # term, or a block of nothing but short lines of address and numbers.
        return True
    if _is_downloads(items):
        return True
    if _content_words(heading) & vocabulary:
        return False
    foreign = [item for item in items if not _content_words(item) & vocabulary]
    if (len(items) >= 2 and all(_is_headline_item(item) and len(item.split()) >= 3 for item in items)
            and len(foreign) * 2 > len(items) and any(_HEADLINE_ITEM_RE.search(item) for item in items)):
        return True  # other articles' titles
    words = [w.strip("(),.;:'’") for w in re.sub(r"\([^()]*\)", " ", text).split()]
    words = [w for w in words if w and w.casefold() not in _NAME_LIST_JOINERS and any(c.isalpha() for c in w)]
    named = sum(1 for w in words if w[:1].isupper())
    # Names of places or breeds are capitalised too ("Midland", "Welsh border"): people and
    # bodies are told by a title, a role or the kind of body they are.
    return len(words) >= 4 and named * 10 >= len(words) * 7 and bool(_PEOPLE_RE.search(text))


# A file to download: a name with a document's ending ("drills.pdf") or a size ("(340 KB)").
_FILE_RE = re.compile(r"\b[\w-]+\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|zip|epub|mp3|mp4|txt)\b|"
                      r"\(\s*(?:[a-z]{2,4}\s*[,;·]?\s*)?\d+(?:[.,]\d+)?\s*[kmg]i?b\s*\)", re.IGNORECASE)
_DOWNLOAD_MAX_WORDS = 8


def _is_downloads(items: list[str]) -> bool:
    """Return whether a block's lines are the site's downloads: short lines, none a sentence,
    half of them or more a file's name or size ("drills.pdf (340 KB)", "Wall chart: all bends")."""
    files = sum(1 for item in items if _FILE_RE.search(item))
    return files > 0 and files * 2 >= len(items) and all(
        len(item.split()) <= _DOWNLOAD_MAX_WORDS and not ends_sentence(item) for item in items)


# The site speaking of itself in a heading: "Contact us", "Get in touch with our team".
_SITE_SPEAKS_RE = re.compile(r"(?<!\w)(?:us|our|we|get in touch|find us)(?!\w)", re.IGNORECASE)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"(?<![\w.,])\+?\(?\d[\d\s().-]{6,18}\d(?![\w.,]\d)")


def _has_contact(text: str) -> bool:
    """Return whether a line gives an e-mail address or a telephone number (eight digits or more)."""
    if _EMAIL_RE.search(text):
        return True
    return any(sum(c.isdigit() for c in found.group(0)) >= 8 for found in _PHONE_RE.finditer(text))


# A heading that asks the reader to pass the page on: "Share this story", "Follow us".
_SHARE_RE = re.compile(r"^(?:share|follow|spread|tweet|pin|connect|find us|join us)(?![\w-])", re.IGNORECASE)
# What marks a list of people and bodies: a title or a role, and the words bodies are named by.
_PEOPLE_RE = re.compile(
    r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|MD|PhD|RN|MSc|BSc|FRCP|chair|chairman|chairwoman|chairperson|"
    r"president|vice-president|secretary|treasurer|editor|trustee|director|member|members|convenor|patron|"
    r"committee|association|society|guild|council|board|trust|foundation|federation|university|department|"
    r"institute|college|school|hospital|clinic|ltd|inc|llc|gmbh|charity)\b", re.IGNORECASE)


# The reader addressed, in the languages pages most often come in.
_READER_WORD_RE = re.compile(r"(?<!\w)(?:you|your|yours|je|jij|jou|jouw|du|dich|dir|dein\w*|vous|votre|vos|tu|"
                             r"ti|voi|vostr[oaie])(?!\w)", re.IGNORECASE)


def _masthead(title: str, opening: str, path: str, line: int) -> bool:
    """Return whether a title line above the definition is the site's name, not the term's.

    It is when the definition's first sentence does not mention it and opens with a name of
    its own ("Swarming, also called …", "The Stayman convention is …"); a sentence that
    opens with "This" or "It" leans on the title for its name, and a noun phrase with no
    verb to say what it names ("The direction of one point from another, measured clockwise
    …" under "Bearing") is the title's definition, not a name of its own.
    """
    sentences = rough_sentences(opening)
    first = sentences[0] if sentences else opening
    title = title_subject(title)  # "What is phase cancellation?" names phase cancellation
    core = re.sub(r"\s*\([^()]*\)\s*$", "", title) or title  # "SEER (Seasonal …)" is named by "SEER"
    if re.search(re.escape(core), first, re.IGNORECASE) or _inflected_mention(core, first) or \
            is_bare_definition(first):
        return False
    try:
        own, _ = name_and_aliases(opening, None, path, line)
    except ValidationError:
        return False
    return _LEANING.match(own) is None


_LETTER_WORD_RE = re.compile(r"[^\W\d_]+")


def _inflected_mention(title: str, sentence: str) -> bool:
    """Return whether a sentence names a title in another form of its words, as languages that
    inflect do: "Inflací rozumíme …" under "Inflace", "Kredytem hipotecznym nazywamy …" under
    "Kredyt hipoteczny", "Фотосинтезом называют …" under "Фотосинтез".

    Each word of the title (of three letters or more) must begin a word of the sentence with
    all but its last three letters, four at least.
    """
    words = [w.casefold() for w in _LETTER_WORD_RE.findall(title) if len(w) >= 3]
    said = [w.casefold() for w in _LETTER_WORD_RE.findall(sentence)]
    if not words or len(words) > 4:
        return False

    def met(word: str) -> bool:
        stem = word[:max(4, len(word) - 3)]
        return any(other.startswith(stem) and len(other) <= len(word) + 5 for other in said)

    return all(met(word) for word in words)


def _names_a_site(text: str) -> bool:
    """Return whether a short sentence names something by a capitalised name of its own.

    "Un article d'Apiwiki, l'encyclopédie libre de l'apiculture." under a title names the
    site; "A hunger hormone made in the stomach." names nothing and may be the definition.
    """
    words = text.split()
    if len(words) > 15 or _LEANING.match(text):
        return False
    return any(re.match(r"(?:\w+')?[A-Z][a-z]+[A-Z]?\w*", word) for word in words[1:])


def _headline_and_teaser(paragraph: Paragraph, below: Paragraph) -> bool:
    """Return whether a paragraph is a headline line, then a teaser that asks a question, over a
    paragraph whose first sentence names what the headline names."""
    if len(paragraph.lines) < 2:
        return False
    headline, teaser = paragraph.lines[0].text, " ".join(line.text for line in paragraph.lines[1:])
    return (not ends_sentence(headline) and len(headline.split()) <= 12 and teaser[:1].isupper()
            and any(sentence.endswith("?") for sentence in rough_sentences(teaser))
            and ends_sentence(below.text) and _names(headline, below.text))


# A headline names its subject before a colon or a dash: "Anchor drag: why your boat wanders".
_HEADLINE_SUBJECT_RE = re.compile(r"^(?P<subject>[^:—–]{3,60}?)\s*(?::|\s[—–-])\s+\S")
_TEASER_MAX_SENTENCES = 2


def _headline_run(paragraph: Paragraph) -> int:
    """Return how many lines open a paragraph as a headline and its teaser, or 0.

    The headline is a line that is no sentence and names its subject before a colon or a
    dash; a teaser of a sentence or two follows, and then a line that opens with that subject
    and ends a sentence: the definition, which the headline and teaser are not part of.
    """
    lines = paragraph.lines
    if len(lines) < 3 or any(LIST_RE.match(line.text) for line in lines[:3]):
        return 0
    headline = lines[0].text
    found = _HEADLINE_SUBJECT_RE.match(headline)
    if found is None or ends_sentence(headline) or len(headline.split()) > 12:
        return 0
    subject = found.group("subject")
    for k in range(2, min(len(lines), 2 + _TAGLINES_MAX)):
        teaser = " ".join(line.text for line in lines[1:k])
        if len(rough_sentences(teaser)) > _TEASER_MAX_SENTENCES or _opens_with(teaser, subject):
            return 0
        if _opens_with(lines[k].text, subject) and ends_sentence(lines[k].text):
            return k
    return 0


# The heading over a question site's answers ("3 Answers", "Accepted answer").
_ANSWERS_RE = re.compile(r"^(?:\d+\s+)?(?:answers?|replies|accepted answer|best answer)$")


def _asks_what(heading: str, paragraphs: list[Paragraph]) -> bool:
    """Return whether a heading asks what a term is and the paragraph under it names that term."""
    subject = title_subject(heading)
    return subject != heading and bool(paragraphs) and _names(subject, paragraphs[0].text)


# The heading over a page's questions and answers.
_FAQ_HEADING_RE = re.compile(r"^(?:faqs?|frequently asked questions|(?:common|your|popular|key) questions|"
                             r"questions and answers|questions & answers|q ?& ?a|q and a|ask us|any questions)"
                             r"(?:\s*\(faqs?\))?\??$")


def _heads_article_text(heading: str | None) -> bool:
    """Return whether a heading heads a part of the article ("Risk", "Storage"), not a question,
    the site's own part ("Contact us", "Our studio") or other pages ("Related articles")."""
    if not heading or heading.endswith("?") or is_related_heading(heading):
        return False
    normal = normal_line(heading).rstrip(":").strip()
    return not _FAQ_HEADING_RE.match(normal) and not re.search(r"\b(?:our|us|we|contact)\b", normal)


def _without_customer_questions(block: _Block, paragraphs: list[Paragraph], names: tuple[str, ...],
                                discarded: list[Line], among_sections: bool = False
                                ) -> tuple[_Block, list[Paragraph]]:
    """Return a block without the questions (and their answers) that ask about the product or
    course rather than the term; those and a heading left bare go to ``discarded``.

    A question heading is one such question over its answer; under an FAQ heading each
    paragraph that opens with a question is one, or a question paragraph with the next.
    """
    heading = block.heading or ""
    if heading.endswith("?"):
        answer = paragraphs[0].text if paragraphs else ""
        # "How do you tie it?" over the steps that tie it asks how the term is done.
        steps = heading.casefold().startswith("how ") and _listed_steps(block)
        if is_customer_question(heading, answer, names, steps=steps, among_sections=among_sections):
            discarded.append(Line(block.line, block.source))
            discarded.extend(line for p in paragraphs for line in p.lines)
            return block, []
        return block, paragraphs
    if not _FAQ_HEADING_RE.match(normal_line(heading).rstrip(":").strip()):
        return block, paragraphs
    kept: list[Paragraph] = []
    k = 0
    while k < len(paragraphs):
        # "**Do I need a scanner?** No, …": the bold marks of the question are no text.
        sentences = rough_sentences(re.sub(r"\*\*|__", "", paragraphs[k].text))
        pair = [paragraphs[k]]
        if sentences and sentences[0].endswith("?") and len(sentences) == 1 and k + 1 < len(paragraphs) \
                and not paragraphs[k + 1].text.endswith("?"):
            pair.append(paragraphs[k + 1])  # the question on a line of its own, its answer below
        question = sentences[0] if sentences else ""
        answer = " ".join([*sentences[1:], *(p.text for p in pair[1:])])
        if question.endswith("?") and is_customer_question(question, answer, names):
            discarded.extend(line for p in pair for line in p.lines)
        else:
            kept.extend(pair)
        k += len(pair)
    if not kept:
        discarded.append(Line(block.line, block.source))
    return block, kept


def _is_write_in(paragraphs: list[Paragraph]) -> bool:
    """Return whether a block is mostly ruled lines left blank to write on (two or more)."""
    ruled = sum(1 for p in paragraphs if is_divider(p.text))
    return ruled >= 2 and ruled * 2 >= len(paragraphs)


def _asked_under_chatter(title: Line, opening: list[Paragraph],
                         kept: list[tuple[_Block, list[Paragraph]]]) -> bool:
    """Return whether the first section is a "What is X?" heading over the paragraph that
    defines X, where the title names X and no paragraph of the opening defines it."""
    block, paragraphs = kept[0]
    heading = block.heading or ""
    subject = title_subject(heading)
    if subject == heading or not paragraphs or not _defines(without_lead_bold(paragraphs[0].text), (subject,)):
        return False
    return _names(subject, title.text) and not any(_defines(without_lead_bold(p.text), (subject,)) for p in opening)


_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# How common in English a word in capitals that the text never writes must be to be read as
# that word, not an abbreviation ("HPLC", "FAQ"): a long word, a short one, and one the
# text writes only at the start of its sentences ("It").
_CAPITALS_MIN_ZIPF = 2.0
_SHORT_WORD_MIN_ZIPF = 4.0
_OPENING_WORD_MIN_ZIPF = 5.0


def _spellings(text: str) -> dict[str, set[str]]:
    """Return how a text writes each of its words, by the word in lower case."""
    found: dict[str, set[str]] = {}
    for word in _WORD_RE.findall(text):
        found.setdefault(word.casefold(), set()).add(word)
    return found


def _in_capitals(heading: str) -> bool:
    """Return whether a heading is set wholly in capitals: four letters or more, none small."""
    letters = [c for c in heading if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def plain_capitals(heading: str, spellings: dict[str, set[str]]) -> str:
    """Return a heading set wholly in capitals ("HOW IT WORKS", "QUEEN CUPS") as the page's
    text writes its words, so that it reads and is asked as the plain heading is.

    A word keeps its capitals when the text writes it so ("PCR") or, never written there,
    when it is no common English word ("HPLC"); otherwise it takes the text's spelling
    ("Supersedure"), or small letters. A heading with a letter in small type is as written.
    """
    if not _in_capitals(heading):
        return heading
    from ..keyphrases import zipf  # its word list is read only for a page that needs it

    def spelt(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.casefold()
        forms = spellings.get(lower, set())
        common = zipf(lower)
        if word in forms:
            return word  # "PCR", as the text writes it
        if any(form.islower() for form in forms):
            return lower
        if forms:
            # Capitalised only: a name ("Supersedure"), or a common word opening sentences ("It").
            return lower if common >= _OPENING_WORD_MIN_ZIPF else sorted(forms)[0]
        # Not in the text: a common word, or an abbreviation ("HPLC", "FAQ").
        return lower if common >= _SHORT_WORD_MIN_ZIPF or (len(word) > 4 and common >= _CAPITALS_MIN_ZIPF) else word

    text = _WORD_RE.sub(spelt, heading)
    first = next((k for k, c in enumerate(text) if c.isalpha()), None)
    return text if first is None else text[:first] + text[first].upper() + text[first + 1:]


def section_topic(heading: str, names: tuple[str, ...], synonyms: Mapping[str, str] | None = None) -> str:
    """Return the topic of a page's section: a heading that asks what the term is ("What is
    Supersedure?") is on its definition, as "Definition" is; any other as ``topic_key`` says."""
    return "definition" if asks_what(heading, names) else topic_key(heading, synonyms)


def _asks_for(heading: str, name: str) -> bool:
    """Return whether a heading asks what the named term is ("What is clear aligner therapy?"
    under "Clear Aligner Therapy", "What are index fossils?" under "Index fossil")."""
    subject = title_subject(heading)
    return subject != heading and bool(name) and _singular_phrase(subject) == _singular_phrase(name)


def _defines(paragraph: str, names: tuple[str, ...]) -> bool:
    """Return whether a paragraph opens by defining one of the names: "Manning is …",
    "An index fossil (or guide fossil) is …", "Stayman, a convention …, is …"."""
    # "In geology, an index fossil is …": the field named first does not change the subject.
    lead = re.match(r"(?:(?:in|within|for)\s[^,.]{1,40},\s+)?"
                    r"(?:(?:a|an|the|il|lo|la|le|l'|el|los|las|der|die|das|de|het|o|os|as)\s*(?<=\s|')"
                    r")?(.{1,80}?)(?:\s*\([^()]*\))?(?:,[^.]{0,120}?,)?\s+"
                    # The copula of the languages pages most often come in, too: a page is read as it is.
                    r"(?:is|are|was|were|refers|means|describes|denotes|è|est|ist|es|é|är|jest)(?!\w)",
                    # "**Slip casting** is …": the bold marks of the term are no part of it.
                    re.sub(r"\*\*|__", "", paragraph), re.IGNORECASE)
    if not lead:
        return False
    said = _singular_phrase(lead.group(1))
    # "Index fossils are …" defines the index fossil: the name in the plural is the name.
    return any(said == _singular_phrase(n) or n.casefold().startswith(lead.group(1).casefold().strip() + " ")
               for n in names if n)


def _opens_with(paragraph: str, name: str) -> bool:
    """Return whether a paragraph starts with the name, after an article ("A die clash (…) happens
    when …", "A Hohmann transfer orbit is …")."""
    if len(name) < 3:
        return False
    text = re.sub(r"^[*_]+", "", strip_emphasis(paragraph))
    return bool(re.match(r"(?:(?:a|an|the)\s+)?" + re.escape(strip_emphasis(name)) + r"(?!\w)",
                         text, re.IGNORECASE))


def _singular_phrase(text: str) -> str:
    """Return a phrase in lower case with its last word in the singular ("Index fossils" → "index fossil")."""
    words = text.casefold().split()
    return " ".join(words[:-1] + [singular(words[-1])]) if words else ""


def _defined_below(title: str, opening: list[Paragraph]) -> bool:
    """Return whether a paragraph of the opening after its first defines what the title names.

    "Density altitude" over a teaser ("The number that turns a 3,000-foot runway …") over
    "Density altitude (DA) is …": the teaser is the title's subtitle, and the title names
    the term whatever the teaser opens with.
    """
    subject = title_subject(title)
    core = re.sub(r"\s*\([^()]*\)\s*$", "", subject).strip() or subject
    return any(_defines(p.text, (subject, core)) for p in opening[1:4])


# A subtitle that only gives the term's other names: "also known as …", "or simply …".
_ALSO_NAMED_RE = re.compile(r"^\(?(?:also|otherwise|sometimes|often)\s+(?:known\s+as|called|named|termed|spelt|spelled)\b",
                            re.IGNORECASE)


def _is_title_shaped(paragraph: str, names: tuple[str, ...]) -> bool:
    """Return whether a paragraph above the definition is a subtitle, not prose about the
    term: it names none of the names, or names one only as a title does ("Manning: …")."""
    low = paragraph.casefold()
    if not any(n and n.casefold() in low for n in names):
        return True
    return any(n and low.startswith(n.casefold() + ":") for n in names)


def _names(line: str, paragraph: str) -> bool:
    """Return whether a paragraph's first sentence mentions a short line (a title), or one part
    of a title ("Week 3 – Pollination", "FAQ: Chain stretch"), by its words."""
    sentences = rough_sentences(paragraph)
    # "The **bullwhip effect** (…) is …" mentions "The bullwhip effect" whatever its emphasis.
    first = _EMPHASIS_MARKS_RE.sub("", sentences[0] if sentences else paragraph).casefold()
    core = re.sub(r"\s*\([^()]*\)\s*$", "", strip_emphasis(line)).strip().casefold() or line.casefold()
    parts = [core, *(p.strip() for p in _TITLE_PARTS_RE.split(core))]
    return any(len(part) >= 3 and part in first for part in parts)


# A bracketed part that closes a line: "Damper (stove)", "Electrocardiogram (ECG)".
_CLOSING_BRACKET_RE = re.compile(r"\s+\([^()]+\)$")
_TITLE_PARTS_RE = re.compile(r"\s[—–|-]\s|:\s")
# How many of the site's lines may stand between a title and the paragraph that names it.
_TAGLINES_MAX = 3


def _is_set_off(text: str) -> bool:
    """Return whether a whole line is set in italics, as a wiki sets its note on what an article
    is not about ("*This article is about the poisoning. For the fungus, see …*")."""
    return bool(re.match(r"^([*_])[^*_].*[^*_]\1$", text.strip()))


# A sentence opening with one of these names nothing of its own: the title names the term.
_LEANING = re.compile(r"(?:this|these|that|those|it|its|they|their|such|here|one|each|every)\b",
                      re.IGNORECASE)


def _blocks(
    body: list[Line | None], synonyms: Mapping[str, str] | None
) -> tuple[Line | None, list[_Block], list[Line]]:
    """Return the page's title line (or None), its blocks (the opening, then one per
    heading) and the lines above the title that name the site."""
    items = list(body)
    following_line: list[Line | None] = [None] * len(items)
    for index in range(len(items) - 2, -1, -1):
        after = items[index + 1]
        following_line[index] = after if after is not None else following_line[index + 1]
    title: Line | None = None
    mastheads: list[Line] = []
    opening_line = -1
    first_index = next(i for i, line in enumerate(items) if line is not None)
    lone = _lone_title_below(items, first_index)
    if lone is not None:
        # A shop's product heading, a rating and a price above the page's one "# First crack"
        # and the paragraph that names it: the title and its definition win, and what stands
        # above them is the site's.
        mastheads.extend(line for line in items[first_index:lone] if line is not None)
        items[first_index:lone] = [None] * (lone - first_index)
        first_index = lone
    # "HarborWind Sailing Academy" above "Tacking" above the definition: of the short lines
    # that are no sentence before the first one that is, the last is the page's title and
    # those before it name the site.
    leading = []
    for index in range(first_index, len(items)):
        line = items[index]
        if line is None:
            continue
        md = MD_HEADING_RE.match(line.text)
        if md and len(md.group(1)) == 1 and leading:
            # "Member-only story" above "# Nebari": the marked-up title is the title, and the
            # short lines above it are the site's.
            for above in leading:
                mastheads.append(items[above])  # type: ignore[arg-type]
                items[above] = None
            leading = []
            first_index = index
            break
        words = _word_count(line.text)
        # A tagline in small letters ("the magazine for …") or a strip of the site's offer in
        # parts ("Upgrade to … — … Start your trial") is no sentence, however long.
        sign = bool(_TAGLINE_SIGN_RE.search(line.text)) or line.text[:1].islower()
        # A byline, a menu or an advert's label in the run ("Words: A. Ray, guide. Published
        # 2 May 2025", "Sponsored: …") is the site's, however many words it has.
        site = is_header_furniture(line.text)
        if ((ends_sentence(line.text) and not site) or md
                or words > (_LEADING_MAX_WORDS + 8 if sign or site else _LEADING_MAX_WORDS)
                or (words > 8 and not sign and not site)):
            break
        leading.append(index)
    stop = next((i for i in range(leading[-1] + 1, len(items)) if items[i] is not None), None) if leading else None
    if stop is not None and _asks_about_below(items[stop].text, following_line[stop]):  # type: ignore[union-attr]
        # The site's name and menu above "What is a sinking fund?" over "A sinking fund is …":
        # the question is the title, and the short lines above it are the site's.
        mastheads.extend(items[i] for i in leading)  # type: ignore[misc]
        for i in leading:
            items[i] = None
        leading = []
        first_index = stop
    after = leading[-1] + 1 if leading else first_index
    # The first sentence among the next few lines of text, set-aside lines not counted.
    following_prose = next((line for line in [i for i in items[after:] if i is not None][:3]
                            if ends_sentence(line.text)), None)
    if len(leading) >= 2 and following_prose is not None and topic_key(
            heading_text(items[leading[-1]].text) or "", synonyms) not in STANDARD_TOPICS:
        # The title is the line the definition names ("Absolute block signalling" above
        # "From RailWiki, the railway encyclopedia" above "Absolute block signalling is …");
        # when it names none, the last line. The others name the site.
        # A paragraph below that starts with one of the lines names it surely; a kicker
        # ("LANGUAGE") may be mentioned by the standfirst in passing ("… languages …").
        prose = [line for line in items[after:] if line is not None and ends_sentence(line.text)][:4]
        named = next(([i for i in leading if _opens_with(line.text, items[i].text)] for line in prose
                      if any(_opens_with(line.text, items[i].text) for i in leading)), [])
        named = named or [i for i in leading if _names(items[i].text, following_prose.text)]
        if not named:
            # A teaser under the title names nothing; the definition below it names the title.
            named = _named_further(leading, items, after)
        # Unnamed, the title is the last line that is not the site's (a byline or an audio
        # widget under the headline is no title).
        plain = [i for i in leading if not is_header_furniture(items[i].text)]  # type: ignore[union-attr]
        keep = named[-1] if named else (plain or leading)[-1]
        for index in leading:
            if index != keep:
                mastheads.append(items[index])
                items[index] = None
        first_index = keep
        for index in range(len(items) - 2, -1, -1):
            after_line = items[index + 1]
            following_line[index] = after_line if after_line is not None else following_line[index + 1]
    first = items[first_index]
    md = MD_HEADING_RE.match(first.text)
    if md and len(md.group(1)) == 1 and heading_text(first.text) or _top_heading_titles(items, first_index):
        title = Line(first.number, heading_text(first.text) or "")
        items[first_index] = None
        # "From Quakepedia, the free earthquake encyclopedia" or "*BIO 110 · Unit 2 ·
        # Reading: …*" between the title and the paragraph that names the title's term: the
        # site's line, not a heading or a definition; a wiki puts its note in italics on
        # what the article is not about under it ("*This article is about … For …, see …*").
        run: list[int] = []
        index = next((i for i in range(first_index + 1, len(items)) if items[i] is not None), None)
        while index is not None and len(run) < _TAGLINES_MAX:
            line, nxt = items[index], following_line[index]
            heading = heading_text(line.text)
            shaped = (heading is not None or not ends_sentence(strip_emphasis(line.text))
                      or _names_a_site(line.text) or (bool(run) and _is_set_off(line.text)))
            if not (shaped and not line.text.startswith("# ") and not LIST_RE.match(line.text)
                    and not _ALSO_NAMED_RE.match(strip_emphasis(line.text))
                    and nxt is not None and topic_key(heading or "", synonyms) not in STANDARD_TOPICS
                    and not _names(heading or line.text, nxt.text)):
                run = []
                break
            run.append(index)
            if heading_text(nxt.text) is None and _names(title.text, nxt.text):
                break
            index = items.index(nxt, index + 1)
        else:
            run = []
        for index in run:
            mastheads.append(items[index])  # type: ignore[arg-type]
            items[index] = None
    elif not md and _asks_about_below(first.text, following_line[first_index]):
        # "What is a spokeshave?" over "A spokeshave is …": a question title on a text page,
        # naming what the paragraph under it names.
        title = Line(first.number, first.text.strip())
        items[first_index] = None
    elif not md:
        heading = heading_text(first.text)
        following = following_line[first_index]
        # "Damper (stove)" over "A stove damper is …": a bracket closing the line ends a
        # title, not the name of a sentence, when the next line starts one of its own.
        named = heading
        if heading and following is not None and not following.text[:1].islower():
            named = _CLOSING_BRACKET_RE.sub("", heading) or heading
        # A bare first line such as "Leaky Gut" is the title unless it names a topic or
        # reads like a sentence missing its full stop ("Leptin is a fat hormone").
        if (
            heading
            and not first.text.endswith(":")
            and not NAME_END_RE.search(named)
            and topic_key(heading, synonyms) not in STANDARD_TOPICS
            and following is not None
            and heading_text(following.text) is None
        ):
            title = Line(first.number, heading)
            items[first_index] = None
        elif (
            heading
            and NAME_END_RE.search(heading)
            and topic_key(heading, synonyms) not in STANDARD_TOPICS
        ):
            # It opens the definition; the loop below must not take it for a heading.
            opening_line = first_index

    blocks: list[_Block] = []
    current_heading: str | None = None
    current_source = ""
    current_line = 1
    current: list[Line | None] = []
    previous: Line | None = None  # the previous non-blank line, None after a break
    for index, line in enumerate(items):
        if line is None:
            current.append(None)
            previous = None
            continue
        heading = heading_text(line.text) if index != opening_line else None
        if heading is None and index != opening_line and _is_headline_label(line.text, following_line[index]):
            heading = line.text.strip()
        is_md = bool(MD_HEADING_RE.match(line.text))
        if heading and not is_md:
            # A short line right after an unfinished one is its continuation, and a lead-in
            # ("Common triggers include:") before a list is prose.
            nxt = following_line[index]
            continues = (
                previous is not None
                and not ends_sentence(previous.text)
                and heading_text(previous.text) is None
                and not LIST_RE.match(previous.text)
                # "Turnaround: one working day" is complete without a full stop.
                and not re.match(r"[^:]{1,40}:\s+\S", previous.text)
                # A paragraph on one line whose sentences end before a button ("… back in
                # stock. Add to basket – £149.99") is finished: no wrapped line runs so long.
                and not (len(rough_sentences(previous.text)) > 1
                         and (len(previous.text) > _WRAP_MAX_CHARS or is_promotion(previous.text)))
            )
            # So is the line that introduces a quotation ("As the engineer … puts it:" over a
            # "> …" line or one in quotation marks): the quotation goes on with its section.
            lead_in = line.text.endswith(":") and nxt is not None and (
                bool(LIST_RE.match(nxt.text)) or _is_quoted(nxt, line.text))
            if continues or lead_in:
                heading = None
        if heading:
            blocks.append(
                _Block(current_heading, current_line, tuple(_with_breaks(current)), current_source)
            )
            current_heading, current_line, current = heading, line.number, []
            current_source = line.text
            previous = line
            continue
        current.append(line)
        previous = line
    blocks.append(
        _Block(current_heading, current_line, tuple(_with_breaks(current)), current_source)
    )
    return title, blocks, mastheads


# A label over a paragraph that opens with a quoted word ("Symptoms:" over "“Brain fog” is
# …") is a heading; a lead-in that says who speaks is a clause of a few words.
_QUOTE_LEAD_MIN_WORDS = 4


def _is_quoted(line: Line, lead: str) -> bool:
    """Return whether a line is the quotation a lead-in introduces: set off as one, wholly in
    quotation marks, or opening in them under a lead-in of a few words."""
    return line.quoted or is_quotation(line.text) or (
        line.text[:1] in "\"“„«‘" and len(lead.split()) >= _QUOTE_LEAD_MIN_WORDS)


# A site's name with its tagline ("THE WOODSHED — jazz harmony for the rest of us") is a
# short line above the title too, longer than a heading.
_LEADING_MAX_WORDS = 12
# What parts a name from its tagline; a longer line without one may be a sentence's first line.
_TAGLINE_SIGN_RE = re.compile(r"\s[—–|·•]\s")


def _lone_title_below(items: list[Line | None], first_index: int) -> int | None:
    """Return the index of the page's only ``# Title`` line when lines stand above it and the
    paragraph right under it names it, and nothing above it is prose of several sentences."""
    titles = [i for i, line in enumerate(items) if line is not None and _title_level(line.text) == 1]
    if len(titles) != 1 or titles[0] <= first_index:
        return None
    index = titles[0]
    below = next((line for line in items[index + 1:] if line is not None), None)
    title = heading_text(items[index].text) or ""  # type: ignore[union-attr]
    if below is None or MD_HEADING_RE.match(below.text):
        return None
    if not (ends_sentence(below.text) and _names(title, below.text)):
        # A subtitle or the page's outline of itself may stand between the title and the
        # paragraph that names it ("Lecture 9: The Hohmann transfer", a subtitle, "By the end
        # of this lecture …" and its list, then "A Hohmann transfer orbit is …").
        subject = title_subject(title)
        prose = [line for line in items[index + 1:] if line is not None
                 and not MD_HEADING_RE.match(line.text) and ends_sentence(line.text)][:4]
        if subject == title or not any(_opens_with(line.text, subject) for line in prose):
            return None
    above = [line for line in items[first_index:index] if line is not None]
    if any(len(rough_sentences(line.text)) > 1 and not is_promotion(line.text) for line in above):
        return None
    return index


# The second part of a headline ("Spine: the number that matters", "Tides: the pull of the
# moon") opens with an article and runs on: a phrase, not a label's value.
_HEADLINE_LABEL_RE = re.compile(r"^[^:]{1,40}:\s+(?:the|a|an)\s+\S+\s+\S+", re.IGNORECASE)
_HEADLINE_LABEL_MAX_WORDS = 8


def _is_headline_label(text: str, below: Line | None) -> bool:
    """Return whether a line shaped as "Label: the …" is a heading: a short line that is no
    sentence, over a paragraph of prose (over other such lines it is a list of headlines)."""
    return bool(_HEADLINE_LABEL_RE.match(text)) and not ends_sentence(text) and not LIST_RE.match(text) \
        and len(text.split()) <= _HEADLINE_LABEL_MAX_WORDS and below is not None \
        and ends_sentence(below.text) and len(below.text.split()) >= 8


def _top_heading_titles(items: list[Line | None], first_index: int) -> bool:
    """Return whether the page's first line is a question heading that titles a page without a
    ``# Title``: a forum thread's "## What exactly is a die clash?" above its posts, when a
    paragraph further down starts with what it asks about."""
    first = items[first_index]
    if first is None or _title_level(first.text) < 2:
        return False
    if any(line is not None and _title_level(line.text) == 1 for line in items):
        return False
    text = heading_text(first.text) or ""
    subject = title_subject(text)
    if subject == text:
        return False
    return any(line is not None and not MD_HEADING_RE.match(line.text) and _opens_with(line.text, subject)
               for line in items[first_index + 1:])


_QUESTION_TITLE_MAX_WORDS = 14


def _asks_about_below(text: str, below: Line | None) -> bool:
    """Return whether a first line is a question title ("What exactly is X, and …?") whose
    subject the prose right under it names."""
    text = text.strip()
    if not text.endswith("?") or len(text.split()) > _QUESTION_TITLE_MAX_WORDS or below is None:
        return False
    subject = title_subject(text)
    return subject != text and ends_sentence(below.text) and not below.text.endswith("?") \
        and _names(subject, below.text)


def _title_level(text: str) -> int:
    md = MD_HEADING_RE.match(text)
    return len(md.group(1)) if md else 0


def _word_count(text: str) -> int:
    """Return the words of a line, not counting signs that stand alone ("—", "|", "☰")."""
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


def _named_further(leading: list[int], items: list[Line | None], after: int) -> list[int]:
    """Return the leading lines that a sentence among the next few paragraphs names."""
    prose = [line for line in items[after:] if line is not None and ends_sentence(line.text)][:4]
    for line in prose:
        named = [i for i in leading if _names(items[i].text, line.text)]  # type: ignore[union-attr]
        if named:
            return named
    return []


def _with_breaks(items: list[Line | None]) -> list[Line]:
    # Paragraph breaks travel as a line with empty text so that blocks stay frozen tuples.
    out: list[Line] = []
    for item in items:
        out.append(item if item is not None else Line(0, ""))
    return out


def _groups(lines: tuple[Line, ...]) -> list[list[Line]]:
    groups: list[list[Line]] = [[]]
    for line in lines:
        if line.text:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [group for group in groups if group]


def _is_wrapped(blocks: list[_Block]) -> bool:
    """Return whether the page hard-wraps its paragraphs rather than giving each its own line."""
    # Pages copied from websites put each paragraph on one long line; hand-written pages
    # wrap lines inside a paragraph. A short line ending mid-sentence and followed by more
    # prose tells the second kind apart.
    for block in blocks:
        for group in _groups(block.lines):
            for a, b in zip(group, group[1:]):
                if (
                    len(a.text) <= _WRAP_MAX_CHARS
                    and not ends_sentence(a.text)
                    and not LIST_RE.match(b.text)
                    and not _after_list(a.text, b.text)
                ):
                    return True
    return False


def _after_list(item: str, line: str) -> bool:
    """Return whether a line starts the prose after a list rather than carrying on its last
    item: "- tiredness on the day" over "Rare but serious complications include …"."""
    return bool(LIST_RE.match(item)) and line[:1].isupper() and ends_sentence(line) and len(line.split()) >= 8


# A line that opens with a short capitalised label and a colon: "Danish Gambit: 1.e4 e5 …".
_LABEL_ROW_RE = re.compile(r"^[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s+\S")


def _label_rows(above: str, line: str) -> bool:
    """Return whether two lines are rows of a list of labelled lines, neither a sentence ("Evans
    Gambit: 1.e4 e5 …" over "Danish Gambit: 1.e4 e5 …"): each is a line of its own, never
    wrapped prose run on."""
    return (bool(_LABEL_ROW_RE.match(above)) and bool(_LABEL_ROW_RE.match(line))
            and not ends_sentence(above) and not ends_sentence(line))


def _runs_on(text: str, line: str) -> bool:
    """Return whether a line carries on the sentence above it, on a page that otherwise gives
    each paragraph one line: prose of several words broken off mid-sentence ("… and the time
    elapsed since") over a line that starts in lower case ("that fix was taken.")."""
    return (len(text.split()) >= 8 and not ends_sentence(text) and not text.endswith(":")
            and line[:1].islower() and not LIST_RE.match(line))


def _paragraphs(
    lines: tuple[Line, ...], wrapped: bool
) -> list[Paragraph]:
    """Return the paragraphs of a block."""
    out: list[Paragraph] = []
    for group in _groups(lines):
        current: list[Line] = []
        text = ""
        for line in group:
            item = _item_sentence(line.text)
            step = _STEP_NUMBER_RE.match(line.text)
            if item is not None and not line.row:
                # A list item that is a sentence is a line of its own with its marker, as the
                # page shows it (a numbered step with its number: the order is part of what
                # the steps say); each is still a sentence of its own to a card.
                item = f"{step.group(1)}. {item}" if step else f"- {item}"
                if current:
                    text += "\n" + item
                    current.append(line)
                else:
                    current, text = [line], item
            elif current and item is not None:
                # A table's row that reads as a sentence is a line of its own, never run into
                # the row above it.
                text += "\n" + item
                current.append(line)
            elif item is not None:
                current, text = [line], item
            elif current and LIST_RE.match(line.text):
                text += "\n" + line.text
                current.append(line)
            elif current and (wrapped or _runs_on(text, line.text)) and not _after_list(current[-1].text, line.text) \
                    and not _label_rows(current[-1].text, line.text):
                text += " " + line.text
                current.append(line)
            else:
                if current:
                    out.append(Paragraph(text, current[0].number, tuple(current)))
                current, text = [line], line.text
        if current:
            out.append(Paragraph(text, current[0].number, tuple(current)))
    return out



_MARKER_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_STEP_NUMBER_RE = re.compile(r"^\s*(\d{1,3})[.)]\s+")


def _item_sentence(text: str) -> str | None:
    """Return a list item that is a whole sentence without its marker, or None.

    "- Take the sample fasting." is a sentence, a line of its own that a card reads as one;
    "- antibiotics" under "Common triggers include:" is a fragment, one item of a list.
    """
    if not LIST_RE.match(text):
        return None
    inner = _MARKER_RE.sub("", text, count=1).strip()
    if inner[:1].isupper() and ends_sentence(inner) and len(inner.split()) >= 3:
        return inner
    return None


def _own_prose(paragraphs: list[Paragraph]) -> bool:
    """Return whether a block holds a sentence of the page's own: long, and selling nothing.

    Under "How to spot one", "Look for a channel of darker water between the breaking
    waves …" is the section; a teaser's blurb is short or sells ("Three causes, and one you
    can fix today.").
    """
    return any(len(sentence.split()) >= 12 and not is_promotion(sentence)
               for paragraph in paragraphs for sentence in rough_sentences(paragraph.text)
               if not LIST_RE.match(sentence))


def _listed_steps(block: _Block) -> bool:
    """Return whether a block holds two or more list items written as sentences: steps (an
    HTML page's ordered list comes as items with a dash)."""
    return sum(1 for line in block.lines if _item_sentence(line.text) is not None) >= 2


def _is_instructions(block: _Block) -> bool:
    """Return whether a block holds a list of steps written as sentences, not a list of headlines."""
    items = [line.text for line in block.lines if line.text]
    prose = [_item_sentence(text) or text for text in items
             if _item_sentence(text) is not None or (not LIST_RE.match(text) and ends_sentence(text))]
    # A teaser's blurb is one sentence; steps are several.
    sentences = sum(len(rough_sentences(text)) for text in prose)
    return sentences >= 2 and len(prose) * 2 > len(items)


def _headlines_under(lines: list[Line], synonyms: Mapping[str, str] | None) -> int:
    """Return how many lines read as articles' titles right under a line, up to a break."""
    count = 0
    for line in lines:
        if not line.text or not _is_headline_item(line.text) or _names_topic(line.text, synonyms) \
                or _references_heading(line.text):
            break
        count += 1
    return count


def _is_headline_item(text: str) -> bool:
    """Return whether a line reads as an article's title: short, and not a sentence."""
    inner = _MARKER_RE.sub("", text, count=1).strip()
    # An article's title may ask a question ("Should my horse go barefoot?").
    return bool(inner) and len(inner.split()) <= 12 and (not ends_sentence(inner) or (
        inner.endswith("?") and len(rough_sentences(inner)) == 1))
