from flashgen.topics import order_topics, topic_key, topic_title


def test_headings_map_to_topics_whatever_their_case_colon_or_plural():
    assert topic_key("Mechanism") == "mechanism"
    assert topic_key("METRICS:") == "metric"
    assert topic_key("## Risks") == "risk"
    assert topic_key("Clinical Applications") == "application"
    assert topic_key("Etymology") == "origin"


def test_deck_synonyms_come_before_the_builtin_table():
    assert topic_key("Lab Values", {"lab values": "metric"}) == "metric"
    assert topic_key("History", {"history": "context"}) == "context"
    assert topic_key("History") == "history"


def test_unknown_headings_become_their_own_topic():
    assert topic_key("Clinical pearls") == "clinical-pearls"
    assert topic_key("Pros and Cons") == "pros-and-cons"
    assert topic_title("clinical-pearls", ["Clinical pearls"]) == "Clinical pearls"
    assert topic_title("mechanism", ["How it works"]) == "Mechanism"


def test_topic_order_puts_preferred_then_standard_then_the_rest_in_order_seen():
    found = ["pitfall", "metric", "definition", "zeta", "context", "metric"]
    assert order_topics(found, ["metric"]) == ["metric", "definition", "context", "pitfall", "zeta"]


def test_slugs_are_ascii_so_every_slug_is_a_valid_term_id():
    from flashgen.topics import slug

    assert slug("Sjögren's Syndrome") == slug("Sjögren’s syndrome") == "sjogrens-syndrome"
    assert slug("Straße  Café_Noir") == "strasse-cafe-noir"
    assert slug("α-Synuclein") == "alpha-synuclein" and slug("TNF-α") == "tnf-alpha"
    assert slug("Ωμέγα") == "omega" and slug("Этиология") == "etiologiya"
    # Other scripts, and text of signs only, end in a hash of the text: never "".
    assert slug("検査方法") == "9c550838" and slug("検査") != slug("測定")
    assert slug("Zonulin 検査") == "zonulin-81da78f8" and len(slug("★★★")) == 8
    assert slug("Guillain–Barré syndrome") == "guillain-barre-syndrome"
    assert topic_key("Ätiologie") == "atiologie"
