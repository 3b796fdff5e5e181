"""What the site says after the article is the site's: a sign-off to the reader, a line on how
it looks after its own pages, a disclaimer, a notice that its courses are full, and the text
of a consent or newsletter box under its title. The section above keeps its own paragraphs."""

from __future__ import annotations

from pathlib import Path

from conftest import written_terms
from flashgen.readers.noise import is_banner, is_promotion, is_signup


def one(tmp_path: Path, name: str, text: str):
    (term,) = written_terms(tmp_path, name, text, "fields")
    return term


def kept_text(term) -> str:
    return " ".join([term.definition, *(s.text for s in term.sections)])


def test_a_line_of_the_site_about_its_own_pages_leaves_the_last_section(tmp_path):
    term = one(tmp_path, "lapping.txt", """Lapping is the flattening of a surface by rubbing it on a plate charged with a loose abrasive grit.

How it works
The grit rolls between the plate and the work and chips off tiny flakes from the high spots, so the surface slowly takes the flatness of the plate.

Our workshop editors check every article on the site each spring.
""")
    (mechanism,) = term.sections
    assert mechanism.text.endswith("takes the flatness of the plate.")
    assert "editors" not in kept_text(term)


def test_a_question_whether_the_reader_liked_it_leaves_a_page_without_blank_lines(tmp_path):
    term = one(tmp_path, "varve.txt", """Varve
A varve is a pair of thin sediment layers laid down in a lake over one year, a pale summer layer and a dark winter one.
How it forms
Meltwater brings coarse silt in summer, and fine clay settles out under the ice in winter, so each year leaves a light and a dark band.
Liked this? Send it to a fellow student.
""")
    assert [s.topic for s in term.sections] == ["mechanism"]
    assert term.sections[0].text.endswith("a light and a dark band.")
    assert "fellow student" not in kept_text(term)


def test_thanks_for_reading_leaves_the_last_section_of_a_markdown_page(tmp_path):
    term = one(tmp_path, "slip.md", """# Slip casting

**Slip casting** is the shaping of pottery by pouring liquid clay into a plaster mould, which draws the water out of it.

## Origin of the name

Potters call liquid clay slip because it slips off the hand; the name is older than the method.

Thanks for reading! If it helped, pass it round your pottery group and look out for part 3: glazing.
""")
    (origin,) = term.sections
    assert origin.text == ("Potters call liquid clay slip because it slips off the hand; the name is older "
                           "than the method.")
    assert "glazing" not in kept_text(term)


def test_a_real_second_paragraph_of_the_last_section_stays(tmp_path):
    term = one(tmp_path, "lapping.txt", """Lapping is the flattening of a surface by rubbing it on a plate charged with a loose abrasive grit.

History
Opticians lapped lenses by hand for centuries before machines took over the work in the nineteenth century.

Thanks to cheap diamond paste, lapping spread from optics to engine shops after 1950.
""")
    (history,) = term.sections
    assert history.text.endswith("lapping spread from optics to engine shops after 1950.")


def test_a_disclaimer_after_the_last_entry_of_a_glossary_joins_no_definition(tmp_path):
    term = written_terms(tmp_path, "survey.html", """<html><body><main>
<h1>Land survey terms</h1>
<p>A glossary of the words surveyors use, listed A–Z.</p>
<h3>Benchmark</h3>
<p>A fixed point of known height, such as a mark cut into a wall, from which other heights are measured.</p>
<h3>Datum</h3>
<p>The surface that heights are given above, usually a mean sea level fixed for a whole country.</p>
<h3>Theodolite</h3>
<p>An instrument on a tripod that measures horizontal and vertical angles through a small telescope.</p>
<h3>Traverse</h3>
<p>A chain of measured lines and angles run between known points to fix the positions of new ones.</p>
<p>This list is for general guidance and does not replace advice from a chartered surveyor.</p>
</main></body></html>""", "fields")[-1]
    assert term.name == "Traverse"
    assert term.definition == ("A chain of measured lines and angles run between known points to fix the "
                               "positions of new ones.")


def test_spanish_sign_off_notice_consent_and_newsletter_reach_no_card(tmp_path):
    term = one(tmp_path, "crianza.txt", """Crianza en barrica
La crianza en barrica es el envejecimiento del vino en toneles de roble, que le ceden aromas y dejan pasar un poco de oxígeno.

En la bodega
El bodeguero rellena las barricas cada pocas semanas para reponer el vino que se evapora por la madera.

¿Te ha gustado esta guía? ¡Compártela con tu grupo de cata!
Aviso: los talleres de diciembre están completos; apúntate a la lista de espera.

Tu privacidad nos importa
Usamos tecnologías propias para contar las visitas y mostrarte anuncios. Si pulsas «Aceptar» das tu conformidad.
Aceptar
Rechazar

Recibe nuestro boletín
Cada quincena, una cata comentada en tu correo.
Quiero suscribirme
""")
    (cellar,) = term.sections
    assert cellar.text == ("El bodeguero rellena las barricas cada pocas semanas para reponer el vino que se "
                           "evapora por la madera.")
    for words in ("Compártela", "talleres", "Usamos", "quincena"):
        assert words not in kept_text(term)


def test_a_consent_box_under_its_own_title_is_no_section(tmp_path):
    term = one(tmp_path, "moraine.txt", """Moraine
A moraine is a ridge of rock debris that a glacier has pushed ahead of it or dropped along its sides.
How it forms
Ice plucks and scrapes stones from the valley floor and carries them down, then leaves them in a heap where it melts.
Your privacy on this site
Atlas Maps and over 90 partners use device data to count visits and choose adverts. Press "Accept all" to agree, or pick what you allow.
Accept all
Reject all
""")
    assert [s.topic for s in term.sections] == ["mechanism"]
    assert "partners" not in kept_text(term)


def test_a_newsletter_box_under_its_own_title_joins_no_section(tmp_path):
    term = one(tmp_path, "moraine.txt", """A moraine is a ridge of rock debris that a glacier has pushed ahead of it or dropped along its sides.

How it forms
Ice plucks and scrapes stones from the valley floor and carries them down, then leaves them in a heap where it melts.

Ice notes — our weekly email
Field trips, new maps and a photo of the week.
Your email
Subscribe
""")
    (mechanism,) = term.sections
    assert mechanism.text.endswith("leaves them in a heap where it melts.")
    assert "photo of the week" not in kept_text(term)


def test_the_lines_themselves():
    assert is_promotion("Enjoyed it? Tell a friend.")
    assert is_promotion("Thank you for reading, and see you next week!")
    assert is_promotion("¿Te ha resultado útil este artículo? ¡Compártelo!")
    assert is_promotion("Our team reviews every page once a year.")
    assert is_banner("Tap “Allow all” to agree, or choose which purposes you permit.")
    assert is_banner("Weather Desk and its partners store and access information on your device.")
    assert is_signup("Morning light — our daily email")
    # A term's own text in the same words stays.
    assert not is_promotion("Thanks to its hard crust, the loaf keeps for days.")
    assert not is_promotion("We fixed the test site at the top of the ridge each year.")
    assert not is_banner("Press the reset button to clear the alarm.")
    assert not is_promotion("The evening classes of the guild are full of apprentices.")
    # Thanks *to* something, and "we" who study the thing rather than run the site.
    assert not is_promotion("Thanks to careful reading of the tree rings, the beams are dated to 1412.")
    assert not is_promotion("Today we can date each page of a ledger by the watermark in its paper.")
    # A how-to step that names a dialog's button, and a business sharing data with partners.
    assert not is_banner('On the tablet, tap "Allow" when it asks to join the printer.')
    assert not is_banner("Once the loan is approved, the lender shares data with its partners to check income.")


def test_a_section_of_the_terms_own_text_in_the_sites_words_stays(tmp_path):
    term = one(tmp_path, "watermark.md", """# Watermark
A watermark is a design pressed into paper while it is still wet, seen when the sheet is held to the light.

## Metric
Today we can date each page of a ledger by the watermark in its paper.

## Context
Thanks to careful reading of such marks, archivists trace a mill's output over decades.
""")
    assert [s.heading for s in term.sections] == ["Metric", "Context"]
    assert "date each page of a ledger" in kept_text(term)
    assert "Thanks to careful reading" in kept_text(term)



def test_a_form_label_titles_no_box_and_a_pointer_is_no_box_text():
    from flashgen.readers.structure import _dialog_text, _is_box_title
    assert _is_box_title("Paws for thought — our monthly email")
    assert _is_box_title("Your privacy on this site")
    assert not _is_box_title("Email address")
    assert not _is_box_title("Join now")
    assert _dialog_text("Field trips, new maps and a photo of the week.")
    assert not _dialog_text("You might also like")
    assert not _dialog_text("Subscribe")


def test_a_pitch_between_a_question_and_a_call_is_a_promotion():
    assert is_promotion("Exams looming? StudyDeck Plus times your revision and gives you 30 mock papers. "
                        "Join from £3.49 a month.")
    # Advice to the reader that asks and tells is the term's text.
    assert not is_promotion("Is the hinge stiff? You can free it with a drop of oil. Wipe off what runs out.")


def test_a_list_headed_by_what_others_are_reading_is_related_reading(tmp_path):
    from flashgen.readers.noise import is_related_heading
    assert is_related_heading("Other guides nurses are reading")
    assert is_related_heading("What other climbers are reading")
    assert is_related_heading("More stories readers enjoyed")
    assert not is_related_heading("Other methods")
    term = one(tmp_path, "belay.txt", """A belay is the way a climber's partner holds the rope so that a fall is caught.

How it works
The rope runs through a friction device on the belayer's harness, and a pull on the brake hand locks it.
Other guides climbers are reading
Tying in with a figure-eight
Choosing your first harness
Why ropes are rated by falls
""")
    assert [s.heading for s in term.sections] == ["How it works"]
    assert "figure-eight" not in kept_text(term)


def test_a_glossarys_related_terms_under_a_markdown_heading_are_no_section(tmp_path):
    term = one(tmp_path, "dry-fly.md", """# Dry fly

A **dry fly** is an artificial fly tied to float on the water's surface, imitating an adult insect.

## How it works

Stiff hackle fibres and a floatant keep it on the surface film, where a trout rises to take it.

## Related terms

- Nymph
- Wet fly
- Tippet
""")
    assert [s.heading for s in term.sections] == ["How it works"]
    assert "Tippet" not in kept_text(term)


def test_a_line_pointing_at_related_entries_is_related_reading():
    from flashgen.readers.noise import is_related_line
    assert is_related_line("Related terms: Nymph · Wet fly · Tippet")
    assert is_related_line("Related entries: Nymph")
    # A sentence about a relation is the term's text.
    assert not is_related_line("Related species such as the grayling rise to the same flies.")
