"""Write english-word-frequency.txt.gz from the wordfreq package's English list.

Run by hand when the list should be refreshed (it needs ``pip install wordfreq``); flashgen
itself only reads the file written here. Each line of the file is one Zipf value (tenths,
``41`` for 4.1) and every word that has it, space-separated. Words rarer than 2.0 are left
out: flashgen treats every word that is not listed as rare.
"""

from __future__ import annotations

import gzip
import math
from pathlib import Path

from wordfreq import get_frequency_dict

FLOOR = 20  # tenths of a Zipf value


def main() -> None:
    by_value: dict[int, list[str]] = {}
    for word, frequency in get_frequency_dict("en", "best").items():
        value = round(10 * (math.log10(frequency) + 9))
        if value >= FLOOR and " " not in word:
            by_value.setdefault(value, []).append(word)
    lines = [f"{value} {' '.join(sorted(words))}" for value, words in sorted(by_value.items(), reverse=True)]
    path = Path(__file__).with_name("english-word-frequency.txt.gz")
    # mtime=0: the same list gives the same bytes.
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{path}: {sum(map(len, by_value.values()))} words")


if __name__ == "__main__":
    main()
