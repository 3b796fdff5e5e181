"""A site's request to be followed on social networks is site text, wherever it stands.

Left on the page, such a line is read as a paragraph of the last section, and the related
reading under it runs into that paragraph too.
"""

from conftest import written_terms

PAGE = """Tidal volume

Tidal volume is the amount of air moved in or out of the lungs in one quiet breath, about 500 mL in a resting adult.

Measurement
It is read from a spirometer trace or from the display of a ventilator, in millilitres.

Risk
Ventilating with too large a tidal volume stretches the alveoli and injures the lung.

Did you find this useful?
{follow}
More from the breathing library
How often should a spirometer be calibrated?
Five myths about deep breathing
"""


def test_a_follow_us_line_and_the_reading_under_it_stay_off_the_last_section(tmp_path):
    for follow in ("Follow AirwayAcademy on Instagram and YouTube for weekly clinical tips",
                   "Like us on Facebook", "Find the Breath Lab team on LinkedIn"):
        (term,) = written_terms(tmp_path, "tidal-volume.txt", PAGE.format(follow=follow))
        risk = [s.text for s in term.sections if s.heading == "Risk"]
        assert risk == ["Ventilating with too large a tidal volume stretches the alveoli and injures the lung."], risk
        kept = " ".join([term.definition, *(s.text for s in term.sections)])
        assert "Instagram" not in kept and "Facebook" not in kept and "LinkedIn" not in kept
        assert "myths" not in kept


def test_following_an_instruction_on_a_network_is_no_prompt(tmp_path):
    page = PAGE.format(follow="").replace(
        "in millilitres.", "in millilitres. Follow the manufacturer's steps on the screen to zero it first.")
    (term,) = written_terms(tmp_path, "tidal-volume.txt", page)
    (measurement,) = [s.text for s in term.sections if s.heading == "Measurement"]
    assert "Follow the manufacturer's steps" in measurement
