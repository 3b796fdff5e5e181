"""Lines are compared across pages in one normal form: lower case, single spaces."""

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from flashgen.readers.lines import normal_line

#: Every character Python's regular expressions count as white space.
_SPACES = [chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))]


@given(st.lists(st.sampled_from([*_SPACES, "a", "Z", "ß", "İ", "ﬁ", ".", "-", "é"]), max_size=20).map("".join))
def test_white_space_runs_become_one_space_and_case_is_folded(text):
    assert normal_line(text) == re.sub(r"\s+", " ", text).strip().casefold()


def test_examples():
    assert normal_line("  Back \u00a0to\ttop \u2003") == "back to top"
    assert normal_line("STRASSE Straße") == "strasse strasse"
    assert normal_line("\u2028\u3000") == ""
