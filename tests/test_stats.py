from flashgen.build import build, BuildConfig


def test_stats_counts_cards_per_topic_and_kind(cli, scenario):
    run = cli("stats", scenario("basic"), "--kinds", "qa,forward,reverse")
    assert run.code == 0, run.err
    assert run.out.splitlines() == [
        "Thyroid Basics (thyroid)",
        "topic            qa  forward  reverse  total",
        # Both definitions are one sentence: the forward card asks them, not a qa card.
        "Definition        0        2        2      4",
        "Mechanism         2        0        0      2",
        "Metric            1        0        0      1",
        "Pitfalls          1        0        0      1",
        "total             4        2        2      8",
        "",
        "answer words     qa  forward  reverse    all",
        # qa answers have 13, 12, 11 and 11 words; forward 13 and 16; reverse 2 and 2.
        "median         11.5     14.5        2   11.5",
        "max              13       16        2     16",
    ]


def test_stats_total_matches_the_build_and_cloze_answers_are_short(cli, scenario, tmp_path):
    source = scenario("short")
    run = cli("stats", source)
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[1].split() == ["topic", "qa", "forward", "reverse", "cloze", "total"]
    total = next(line for line in lines if line.startswith("total")).split()
    built = build(BuildConfig(sources=(source,), out=tmp_path / "out"))
    assert int(total[-1]) == built.cards
    longest = next(line for line in lines if line.startswith("max")).split()
    assert int(longest[4]) <= 4  # the longest hidden phrase, in words
