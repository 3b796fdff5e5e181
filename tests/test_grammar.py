"""Prompts in good English: a name's number and how it is written inside a sentence."""

import re

import pytest
from conftest import import_package

from flashgen.build import BuildConfig, build, prepare
from flashgen.errors import FlashgenError
from flashgen.grammar import name_number, prose_name


@pytest.mark.parametrize("name, number", [
    ("Beta blockers", "plural"), ("Ketone bodies", "plural"), ("SCFAs", "plural"),
    ("Omega-3 fatty acids", "plural"), ("Vertebrae", "plural"), ("GLP-1 agonists", "plural"),
    ("VO2 max", "singular"), ("Lactate threshold", "singular"), ("IBS", "singular"),
    ("Sepsis", "singular"), ("Lactobacillus", "singular"), ("Pancreas", "singular"),
    ("Diabetes", "singular"), ("Glucagon-like peptide-1", "singular"), ("HbA1c", "singular"),
    # Greek singulars in -os; a name's number is its head noun's, before "of", "in" or "for".
    ("Benthos", "singular"), ("Ampullae of Lorenzini", "plural"), ("Islets of Langerhans", "plural"),
    ("Bill of materials", "singular"), ("Tax in kind", "singular"),
])
def test_number_of_a_name(name, number):
    assert name_number(name) == number


@pytest.mark.parametrize("name, texts, prose", [
    ("Beta blockers", (), "beta blockers"),
    ("Lactate threshold", (), "lactate threshold"),
    ("Omega-3 fatty acids", (), "omega-3 fatty acids"),
    ("Reverse T3", (), "reverse T3"),
    ("VO2 max", (), "VO2 max"),
    ("HOMA-IR", (), "HOMA-IR"),
    ("Crohn's disease", (), "Crohn's disease"),
    ("Cortisol Awakening Response", (), "Cortisol Awakening Response"),
    # The term's own text, where the name does not start a sentence, has the last word.
    ("Cortisol Awakening Response", ("It is a rise. The cortisol awakening response peaks.",),
     "cortisol awakening response"),
    ("Hashimoto thyroiditis", ("Thyroid damage in Hashimoto thyroiditis is slow.",), "Hashimoto thyroiditis"),
    ("Zonulin", ("Zonulin is a protein.",), "zonulin"),
    # A text writing an abbreviation in lower case does not lower-case the name's capitals.
    ("VSO", ("Languages with vso order put the verb first.",), "VSO"),
    ("VSO order", ("Welsh uses vso order.",), "VSO order"),
    ("vso", ("Welsh has VSO order.",), "VSO"),  # and capitals in the text win over a lower-case name
    # A name that is also a function word keeps its capital: "What is Or?", not "What is or?".
    ("Or", ("Or is the tincture gold, painted yellow or shown by dots.",), "Or"),
])
def test_name_inside_a_sentence(name, texts, prose):
    assert prose_name(name, texts) == prose


TERMS = {
    "beta-blockers.yaml": "name: Beta blockers\ndefinition: Drugs that block beta-adrenergic receptors.\n"
                          "sections:\n  - heading: Mechanism\n    text: They slow the heart.\n"
                          "  - heading: Metric\n    text: Judged by resting heart rate.\n",
    "vo2-max.yaml": "name: VO2 max\ndefinition: The highest rate of oxygen use during exercise.\n",
    "lactate-threshold.yaml": "name: Lactate threshold\n"
                              "definition: The work rate above which lactate builds up in blood.\n",
    "measles.yaml": "name: Measles\nnumber: singular\ndefinition: A viral illness with a rash.\n"
                    "sections:\n  - heading: Significance\n    text: It spreads fast.\n",
}


def _deck(tmp_path, terms=TERMS):
    deck = tmp_path / "sport"
    deck.mkdir()
    for name, text in terms.items():
        (deck / name).write_text(text)
    return deck


def _prompts(tmp_path, collection, templates=None, terms=TERMS):
    """Return the question of every card, as plain text without its topic line."""
    result = build(BuildConfig(sources=(_deck(tmp_path, terms),), out=tmp_path / "out", kinds=("qa",),
                               templates=templates))
    for package in result.packages:
        import_package(collection, package)
    questions = (re.sub(r'<div class="fg-topic">.*?</div>', " ",
                        collection.get_card(c).render_output().question_text)
                 for c in collection.find_cards(""))
    return {" ".join(re.sub(r"<[^>]+>", " ", q).split()).replace(" ?", "?") for q in questions}


def test_prompts_read_as_english_in_anki(tmp_path, collection):
    prompts = _prompts(tmp_path, collection)
    assert {"What are beta blockers?", "What is VO2 max?", "What is lactate threshold?",
            "What is the mechanism behind beta blockers?", "How are beta blockers measured or assessed?",
            "What is measles?", "Why does measles matter?"} <= prompts


ARTICLE_TERMS = {
    "handshake.yaml": "name: TCP three-way handshake\n"
                      "definition: The TCP three-way handshake opens a connection with SYN, SYN-ACK and ACK.\n"
                      "sections:\n  - heading: Significance\n"
                      "    text: Every connection pays the TCP three-way handshake's round trip first.\n"
                      "  - heading: Mechanism\n    text: In the TCP three-way handshake each side picks a number.\n",
    "reverse-charge.yaml": "name: Reverse charge\n"
                           "definition: The reverse charge moves the duty to account for VAT to the buyer.\n"
                           "sections:\n  - heading: Significance\n    text: It stops sellers vanishing with tax.\n",
    "benthos.yaml": "name: Benthos\ndefinition: The community of organisms living on the sea floor.\n",
    "ampullae.yaml": "name: Ampullae of Lorenzini\n"
                     "definition: Jelly-filled pores by which sharks sense electric fields.\n",
}


def test_prompts_use_the_article_and_number_the_text_gives_the_name(tmp_path, collection):
    prompts = _prompts(tmp_path, collection, terms=ARTICLE_TERMS)
    assert {"What is the TCP three-way handshake?", "Why does the TCP three-way handshake matter?",
            "What is the mechanism behind the TCP three-way handshake?",
            "What is the reverse charge?", "Why does the reverse charge matter?",
            "What is benthos?", "What are ampullae of Lorenzini?"} <= prompts


CUSTOM_TOPICS = {
    "cgt.yaml": "name: Capital gains tax\ndefinition: A tax on the profit from selling an asset.\n"
                "sections:\n  - heading: Exemptions\n    text: A main home is usually exempt.\n"
                "  - heading: When It's Due\n    text: It is paid with the return for the year of the sale.\n"
                "  - heading: Rates For UK Residents\n    text: Two rates apply, by income band.\n",
    "handshake.yaml": ARTICLE_TERMS["handshake.yaml"] + "  - heading: State Changes\n"
                                                       "    text: Each side moves to ESTABLISHED.\n",
}


def test_a_custom_topic_is_asked_in_plain_english(tmp_path, collection):
    prompts = _prompts(tmp_path, collection, terms=CUSTOM_TOPICS)
    assert {"Capital gains tax — exemptions?", "When is capital gains tax due?",
            "Capital gains tax — rates for UK residents?",
            "The TCP three-way handshake — state changes?"} <= prompts
    assert not [p for p in prompts if "what do you know" in p]


def test_the_term_file_can_say_which_article_the_prompts_use(tmp_path, collection):
    terms = {"reverse-charge.yaml": ARTICLE_TERMS["reverse-charge.yaml"] + "article: none\n",
             "benthos.yaml": ARTICLE_TERMS["benthos.yaml"] + "article: the\n"}
    prompts = _prompts(tmp_path, collection, terms=terms)
    assert {"What is reverse charge?", "Why does reverse charge matter?", "What is the benthos?"} <= prompts


def test_an_article_comes_only_from_most_mentions():
    from flashgen.grammar import name_article

    assert name_article("Reverse charge", ("The reverse charge is a rule.",)) == "the"
    assert name_article("Reverse charge", ("The reverse charge is a rule.", "Reverse charge applies.",
                                           "Sellers use reverse charge.")) == ""
    assert name_article("Sequence number", ("A sequence number counts bytes.",)) == "a"
    assert name_article("The Hague rules", ("The Hague rules set duties.",)) == ""
    assert name_article("Zonulin", ("Zonulin is a protein.",)) == ""


def test_a_replaced_template_can_use_the_number(tmp_path, collection):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "definition.html.j2").write_text(
        '{% block front %}<div class="prompt">{{ name }} ({{ number }}): '
        '{{ "they are" if plural else "it is" }}?</div>{% endblock %}{% block back %}x{% endblock %}')
    prompts = _prompts(tmp_path, collection, templates=mine)
    assert {"beta blockers (plural): they are?", "VO2 max (singular): it is?",
            "measles (singular): it is?"} <= prompts


@pytest.mark.parametrize("line, message", [
    ("number: many", "'number' must be singular or plural, not 'many'"),
    ("article: some", "'article' must be the, a, an or none, not 'some'"),
])
def test_a_bad_number_or_article_is_an_error_with_its_line(tmp_path, line, message):
    deck = _deck(tmp_path, {"x.yaml": f"name: X rays\ndefinition: Light of short wavelength.\n{line}\n"})
    with pytest.raises(FlashgenError) as caught:
        prepare([deck])
    assert [(p.line, p.message) for p in caught.value.problems] == [(3, message)]


def test_inflect_is_loaded_without_its_type_checks_and_they_are_put_back():
    # In a fresh interpreter: the engine answers as inflect does, and typeguard's decorator
    # is typeguard's own again once inflect is imported.
    import subprocess
    import sys

    code = ("import typeguard; before = typeguard.typechecked\n"
            "from flashgen.grammar import inflect_engine\n"
            "e = inflect_engine()\n"
            "import inflect\n"
            "print(e.singular_noun('criteria'), e.plural_noun('vertebra'), typeguard.typechecked is before,\n"
            "      type(e) is inflect.engine)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["criterion", "vertebrae", "True", "True"]


def test_inflect_is_loaded_without_importing_typeguard_and_typeguard_still_imports_whole():
    # In a fresh interpreter that has not imported typeguard: inflect answers as it does,
    # typeguard is not imported for it, and importing typeguard afterwards gives the real one.
    import subprocess
    import sys

    code = ("import sys\n"
            "from flashgen.grammar import inflect_engine\n"
            "e = inflect_engine()\n"
            "loaded = 'typeguard' in sys.modules\n"
            "import inflect, typeguard\n"
            "print(e.singular_noun('criteria'), e.plural_noun('vertebra'), loaded,\n"
            "      type(e) is inflect.engine, hasattr(typeguard, 'check_type'))\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["criterion", "vertebrae", "False", "True", "True"]


@pytest.mark.parametrize("heading, words", [
    ("Key Facts", "key facts"), ("Tax Exemptions", "tax exemptions"), ("Bottom line", "bottom line"),
    ("FAQ", "FAQ"), ("State changes", "state changes"),
])
def test_a_heading_reads_in_lower_case_inside_a_prompt_unless_it_is_an_abbreviation(heading, words):
    from flashgen.grammar import heading_phrase

    assert heading_phrase(heading) == words
