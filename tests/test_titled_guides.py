"""An article titled "<term> in <where>: a guide" over the paragraph that defines the term."""

from conftest import written_terms

PAGE = """Hedgeline
Home   Guides   Shop

{title}
By R. Amadi | 4 March 2024

Coppicing is the cutting of a broadleaf tree to near ground level so that it regrows as many stems from the stool. Hazel cut this way gives straight rods for about seven years.

Why woodland owners do it
The regrowth lets light reach the woodland floor, and bluebells and violets flower more in the years after a cut.
"""


def test_a_guide_title_with_a_colon_names_the_term_the_paragraph_defines(tmp_path):
    for title in ("Coppicing in lowland woods: a practical guide", "Coppicing in practice: what to know"):
        (term,) = written_terms(tmp_path, "coppicing.txt", PAGE.format(title=title))
        assert term.name == "Coppicing", title
        assert term.definition.startswith("Coppicing is the cutting")
        assert [s.heading for s in term.sections] == ["Why woodland owners do it"]


def test_a_title_that_is_the_terms_own_longer_name_stays_the_name(tmp_path):
    page = PAGE.format(title="Coppice with standards").replace(
        "Coppicing is the cutting", "Coppice with standards is a system of cutting")
    (term,) = written_terms(tmp_path, "coppice.txt", page)
    assert term.name == "Coppice with standards"
