"""Map section headings to topics ("Clinical Applications:" -> application)."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping

from .grammar import inflect_engine

#: The usual topics of a glossary page, in the order their decks are listed.
STANDARD_TOPICS: tuple[str, ...] = (
    "definition",
    "context",
    "significance",
    "mechanism",
    "application",
    "metric",
    "risk",
    "origin",
    "history",
)

#: Headings that mean one of the standard topics, keyed by their normal form.
BUILTIN_SYNONYMS: Mapping[str, str] = {
    "clinical application": "application",
    "clinical use": "application",
    "practical application": "application",
    "use": "application",
    "usage": "application",
    "etymology": "origin",
    # A history section tells how the practice or the idea developed; where the word
    # comes from is its origin.
    "word origin": "origin",
    "historical background": "history",
    "timeline": "history",
    "principle": "mechanism",
    "hazard": "risk",
    "safety": "risk",
    "safety first": "risk",
    "health and safety": "risk",
    "background": "context",
    "clinical context": "context",
    "clinical significance": "significance",
    "relevance": "significance",
    "importance": "significance",
    "mechanism of action": "mechanism",
    "how it works": "mechanism",
    "what it does": "mechanism",
    "how it is measured": "metric",
    "how it's measured": "metric",
    "how to measure": "metric",
    "how it is tested": "metric",
    "testing": "metric",
    "why it matters": "significance",
    "why it is important": "significance",
    "clinical relevance": "significance",
    "pathophysiology": "mechanism",
    "pathogenesis": "mechanism",
    "how it happens": "mechanism",
    "how to use it": "application",
    # When a thing is used is a part of how it is applied.
    "when to use it": "application",
    "when to use": "application",
    "when to use them": "application",
    "in practice": "application",
    "measurement": "metric",
    "assessment": "metric",
    "biomarker": "metric",
    "risk factor": "risk",
    "danger": "risk",
    "caution": "risk",
    "side effect": "risk",
    "meaning": "definition",
}

#: Words flashgen reads as a standard topic by what they mean, though they do not name it:
#: what can go wrong with a thing is its risk, what is done about it in practice its
#: application, how it is found its metric, the science behind it its mechanism. Unlike the
#: synonyms above they are read, as question headings are: beside a section that names the
#: topic ("Risks" and "Pitfalls"), such a heading keeps a topic of its own, so that a term
#: file that built before still builds.
FAMILY_TOPICS: Mapping[str, str] = {
    "pitfall": "risk", "drawback": "risk", "downside": "risk", "caveat": "risk", "limitation": "risk",
    "complication": "risk", "warning": "risk", "mistake": "risk",
    "mitigation": "application", "prevention": "application", "management": "application",
    "treatment": "application", "countermeasure": "application", "remedy": "application",
    "detection": "metric", "diagnosis": "metric", "screening": "metric",
    # What values it takes and when it is measured: "Typical values", "Reference ranges",
    # "When to test".
    "typical value": "metric", "normal value": "metric", "reference value": "metric",
    "normal range": "metric", "reference range": "metric", "reference interval": "metric",
    "when to test": "metric",
    # Where it stands on a scale of severity or stage: "Grading", "Staging", "Scoring",
    # "Tumour grading".
    "grading": "metric", "staging": "metric", "scoring": "metric",
    "chemistry": "mechanism", "science": "mechanism", "physics": "mechanism", "biology": "mechanism",
    "biochemistry": "mechanism",
    # Where the thing is put to work, as "In practice" says: "In the field", "In use".
    "in the field": "application", "in use": "application", "in the real world": "application",
    "in real life": "application", "in everyday use": "application",
}
# Words of a family read only when they stand alone (or after "the"): how a value is worked
# out is its metric ("Formula", "The equation", "Calculations"), while a compound names a
# thing of its own ("Chemical formula", "Structural formula").
_BARE_FAMILY_TOPICS: Mapping[str, str] = {"formula": "metric", "formulae": "metric", "equation": "metric", "calculation": "metric"}
# Words that name the heading's kind of content, not its subject, after a word of a family:
# "Detection signals", "Treatment options", "Mitigation strategies" are read by the first word.
_GENERIC_HEADS = frozenset({"signal", "sign", "method", "technique", "tool", "option", "strategy", "step",
                            "measure", "approach", "basic", "criterion", "principle"})
# Words for the scale itself after a word of rating: "Grading system", "Staging scheme",
# "Scoring scales" are read by the first word.
_RATING_WORDS = frozenset({"grading", "staging", "scoring"})
_SCALE_HEADS = frozenset({"system", "scale", "scheme"})
# "Why it is dangerous", "Why they are so harmful", "Why is it risky?": why the thing is a danger.
_WHY_DANGEROUS_RE = re.compile(
    r"^why (?:(?:is|are) (?:\S+ ){1,4}|(?:\S+ ){1,4}(?:is|are) )(?:so |very |especially )?"
    r"(?:dangerous|harmful|risky|hazardous|damaging|toxic|a (?:danger|threat|risk|hazard|problem))\??$")

# "Chance of turning into cancer", "The odds of it coming back": how likely it is to go
# wrong, as "Risk of …" says. A chance of something wished for ("Chances of success") is none.
_CHANCE_OF_HARM_RE = re.compile(
    r"^(?:the )?(?:chances?|likelihood|odds|probability) of (?:it |them |one )?"
    r"(?:turning into|developing into|progressing to|leading to|spreading|recurring|coming back|returning|"
    r"failing|going wrong|getting worse|breaking)\b(?: \S+){0,4}$")
# "What it will not catch", "What the test can't detect", "What they don't cover": what the
# thing fails at, a limitation. What it does not mean, is or include says what it is.
_FAILS_AT_RE = re.compile(
    r"^what (?:it|they|this|these|(?:the|a|an) \S+) (?:will not|won't|cannot|can't|can not|does not|doesn't|"
    r"do not|don't|may not|might not|fails to|is not able to) (?!(?:mean|be|include|say|stand|tell|contain|"
    r"involve|cover up)\b)[a-z]+(?: (?:for|on|in|up|out))?\??$"
    # "What it can't tell you", "What the scan cannot tell us": telling, with a verb of being
    # able, is what it fails to find out; "What it doesn't tell you" says what it leaves
    # out.
    r"|^what (?:it|they|this|these|(?:the|a|an) \S+) (?:will not|won't|cannot|can't|can not|is not able to|"
    r"are not able to) (?!(?:mean|be|include|say|stand|contain|involve)\b)[a-z]+ (?:you|us)\??$"
    # "Things that go wrong", "Common things that can go wrong", "What (often) goes wrong": what may
    # go wrong with it, as "What can go wrong?" asks. When things go wrong is what to do then.
    r"|^(?:(?:the |some )?(?:common |usual |typical )?things that (?:can |could |may |might |often |commonly |"
    r"usually )?go wrong|what (?:(?:can|could|may|might) go|(?:often |commonly |usually |sometimes )?goes) wrong)$")
# "Fixing it on the shop floor", "Treating them at home", "Dealing with it": what is done
# about it, as "Treatment" and "Remedies" say. Keeping a harm off ("Preventing it") keeps
# its words as "How to prevent it" does, and "Treating it as income" says what it counts as.
_FIXING_RE = re.compile(
    r"^(?:fixing|treating|repairing|managing|handling|correcting|solving|tackling|dealing with|sorting out|"
    r"putting right) (?:it|them|this|these|one)"
    r"(?: (?:in|at|on|during|after|before|with|without|from|by|for) (?:\S+ ){0,3}\S+| yourself| early| quickly)?$")

# The verbs of measuring, finding and checking, in any of their forms.
_MEASURING_VERBS = r"(?:measur|calculat|assess|estimat|quantif|comput|determin|evaluat|gaug|scor|test|monitor|diagnos|detect)\w*"
# A heading asking how something is measured, in any of the verbs of measuring.
_MEASURING_RE = re.compile(
    r"^how (?:it's |they're |(?:it|they|this|one|we|you) )?(?:is |are |was |can |do |does |to )?(?:it |they |one |we |you |be )?"
    + _MEASURING_VERBS + r"\??$"
    # "Measuring it", "Assessing them": a verb of measuring in "-ing" with a pronoun for the term.
    # "Checking it", "Checking for it": checking is testing.
    r"|^(?:measur|calculat|assess|estimat|quantify|comput|evaluat|gaug|scor|test|monitor|count|check)ing"
    r" (?:for )?(?:it|them|this|these|that|those|one)"
    # … and where or when: "Assessing it at the bedside", "Monitoring it during surgery".
    r"(?: (?:in|at|on|during|after|before|with|from|by) (?:\S+ ){0,3}\S+)?$"
    # "Measuring isostatic rebound", "Quantifying compensation": measuring a thing, named.
    r"|^(?:measur|quantify|calculat|estimat|gaug)ing (?:the |a |an |its |their )?(?!up\b|out\b)(?:\S+ ){0,3}\S+$"
    # "Counting the birds", "Counting nests": counting is measuring, though not when it is
    # relying ("Counting on it"), going down to a moment ("Counting down") or the idiom of
    # bearing what a thing costs ("Counting the cost").
    r"|^counting (?!(?:the |a |an |its |their |your )?(?:up|out|down|on|in|cost|costs|blessings)\b)(?:\S+ ){0,3}\S+$"
    # "How the charge is worked out", "How is the fee figured out?": how a value is reckoned.
    # Only in the present: "How the deal was worked out" tells how it was agreed.
    r"|^how (?:(?:is|are) (?:\S+ ){0,4}|(?:\S+ ){0,4}(?:is|are) )(?:worked|figured) out\??$"
    # "How the rating is calculated", "How the scores are derived": a thing named, reckoned,
    # in the present too. A word derived ("How the name is derived") tells where it comes from.
    r"|^how (?:the|a|an|its|their|each|this) (?!(?:name|word|term|title)s? )(?:\S+ ){0,3}(?:is|are) "
    r"(?:calculated|computed|estimated|derived|measured|determined|quantified|assessed|scored)$"
    # "Working out the number", "Figuring out your dose", "Computing the index": reckoning a
    # thing named. Working out alone, somewhere or with something is exercise, and working out
    # the kinks or the details is sorting out a plan.
    r"|^(?:working|figuring) out (?:the|a|an|its|their|your|each) (?!(?:kinks|details|problems|bugs|issues|"
    r"differences|deal|plan)\b)(?:\S+ ){0,2}\S+$"
    r"|^computing (?:the|a|an|its|their|your|each) (?:\S+ ){0,2}\S+$"
    # "How deep is too deep?", "How much salt is too much?", "How many is enough?": where the
    # threshold of a quantity lies.
    r"|^how (?P<much>[a-z]+) (?:\S+ ){0,3}(?:is|are) too (?P=much)\??$"
    r"|^how (?:much|many) (?:\S+ ){0,3}(?:is|are) enough\??$"
    # "How scientists measure it", "How vets test for it", "How to measure it": who measures,
    # or none, then the term as a pronoun.
    r"|^how (?:to |(?!to\b)(?:\S+ ){1,3})(?:measure|calculate|assess|estimate|quantify|quantifie|compute|gauge|score|"
    r"test|monitor|diagnose|detect)s? (?:for )?(?:it|them|this|these)\??$"
)
# The same in the languages of _FOREIGN_WORDS: "Cómo se mide", "Comment le mesurer", "Wie wird
# es gemessen?", "Come si misura", "Hoe wordt het gemeten?", "Jak się mierzy".
_FOREIGN_MEASURING_RE = re.compile(
    r"^(?:como|comment|wie|come|hoe|jak)\b.{0,30}\b(?:se mide|se calcula|se mesure|se calcule|le mesurer|"
    r"la mesurer|gemessen|misst man|berechnet|si misura|si calcola|gemeten|berekend|(?:sie )?mierzy|oblicza)\b")

# A question heading asks for one of the standard topics by what it asks: how a thing is
# measured ("How is WAL volume measured?"), what causes it, who is at risk, where it comes from.
# What a mechanism does: "How does the rust spread?", "How the engine works", "Why it happens".
_PROCESS_VERBS = (r"(?:work|works|happen|happens|develop|develops|spread|spreads|form|forms|occur|occurs|"
                  r"arise|arises|function|functions|operate|operates|propagate|propagates|progress|progresses)")
# How a thing comes about, which its mechanism tells: "How does it form?", "How is it spread?".
_HAPPENING_VERBS = (r"(?:work|happen|develop|form|arise|spread|occur|progress|grow|act|function|evolve|"
                    r"begin|start|build up|take hold|operate|propagate)")
_HAPPENED_VERBS = r"(?:formed|made|caused|spread|produced|transmitted|passed on|caught|created|generated)"
# How a thing is done, which its application tells: "How is it done?", "How do you tie it?".
_DONE_VERBS = (r"(?:done|performed|carried out|applied|given|administered|practised|practiced|played|used|"
               r"treated|managed|prepared|installed|fitted|tied|cooked|served|worn|taken|grown|planted|"
               r"repaired|handled|read|interpreted)")
# Keeping a harm off is not how a thing is used: "How to prevent it", "How is it
# avoided?" keep their own words.
_AVERTING_VERBS = (r"(?:prevent|avoid|reduce|stop|limit|minimi[sz]e|control|cure|cope|"
                   r"prevented|avoided|reduced|stopped|limited|controlled|cured)")
_QUESTION_TOPICS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), topic) for pattern, topic in (
        (r"^how (?:is|are|was|were|can|could|do|does|should|would) (?:\S+ ){0,5}(?:be )?" + _MEASURING_VERBS
         + r"(?: \S+){0,2}\?$", "metric"),
        (r"^what (?:causes|caused|drives|triggers) (?:\S+ ){0,4}\S+\?$|^what happens (?:\S+ ){0,5}\S+\?$|"
         # "What happens in the skin", "What happens to the fuel": stated, in or to a thing
         # ("What happens next", "What happens if you miss one" tell no process).
         r"^what happens (?:in|inside|within|to) (?:\S+ ){0,4}\S+$|"
         r"^how (?:does|do|did) (?:\S+ ){0,4}" + _HAPPENING_VERBS + r"\??$|^why (?:does|do) (?:\S+ ){0,4}" + _HAPPENING_VERBS + r"\??$|"
         r"^how (?:is|are|was|were) (?:\S+ ){0,4}" + _HAPPENED_VERBS + r"\??$|"
         r"^how (?:it|they|this) (?:\S+ ){0,2}(?:" + _HAPPENING_VERBS + r"s?|is " + _HAPPENED_VERBS
         + r"|are " + _HAPPENED_VERBS + r")$", "mechanism"),
        (r"^who (?:is|are|gets|get) (?:most |more |especially )?(?:at (?:\w+ )?risk|affected|susceptible|"
         r"vulnerable)(?: \S+){0,3}\?$|^what are the (?:risks|dangers|side effects|complications|drawbacks|"
         r"downsides|pitfalls|hazards)(?: \S+){0,4}\?$|^what can go wrong(?: \S+){0,4}\?$|"
         r"^(?:is|are) (?:\S+ ){0,3}(?:safe|dangerous|harmful|risky)(?: \S+){0,6}\?$|"
         r"^who should (?:not|avoid|never)\b.*\?$", "risk"),
        (r"^where (?:does|do|did) (?:\S+ ){0,4}come from\?$|^where (?:does|do|did) (?:\S+ ){0,4}"
         r"(?:originate|begin|start)\?$|^(?:who|when) (?:first )?(?:invented|discovered|coined|named|"
         r"described|introduced)\b.*\?$|^when (?:was|were|did) (?:\S+ ){0,4}(?:invented|discovered|introduced|"
         r"coined|named|first \S+|begin|start|originate)\?$|^where does the (?:name|word|term) come from\?$", "origin"),
        (r"^how (?:is|are) (?:\S+ ){0,4}used\?$|^what (?:is|are) (?:\S+ ){0,4}used for\?$|"
         r"^how (?:is|are|was|were|can|should) (?:\S+ ){0,4}(?:be )?" + _DONE_VERBS + r"(?: \S+){0,2}\?$|"
         r"^how (?:is|are|was|were|can|should) (?:\S+ ){0,4}(?:be )?" + _DONE_VERBS + r"$|"
         r"^how (?:do|does|can|should|would|could) (?:you |one |i |we |people |they )?(?:\S+ ){0,5}\S+\?$|"
         # "How To Tie It"; a longer "How to choose a rope for climbing" is a headline.
         r"^how to (?!" + _AVERTING_VERBS + r"\b)(?:\S+ ){0,2}\S+\??$|"
         r"^how (?:it|they|this) (?:is|are) " + _DONE_VERBS + r"$|"
         r"^when (?:is|are|should|can|could|do|does|to) (?:\S+ ){0,4}(?:be )?" + _DONE_VERBS + r"\??$|"
         # "When to use one", "When to choose one": when it is put to use, as "When to use it"
         # says. "When not to use one" tells who should not, and "When to see one" may be a visit.
         r"^when (?:to|should you|do you|should one) (?:use|choose|pick|apply|try) (?:it|them|one|this|these)\??$|"
         # "Where is it used?", "Where it is used": the places it is put to use, as "How it is
         # used" says the way.
         r"^where (?:is|are|was|were|can|could) (?:\S+ ){0,4}(?:be )?used\??$|"
         r"^where (?:it|they|this|these) (?:is|are) (?:mostly |mainly |usually |often |commonly )?used$|"
         # "How auditors use it", "How engineers apply them": people putting it to use.
         r"^how (?!to |not )(?:\S+ ){0,2}\S+ (?:use|apply|employ) (?:it|them|this|these)$",
         "application"),
        (r"^why (?:does|do|is|are) (?:\S+ ){0,4}(?:matter|important)(?: (?:to|for|when|if|in) (?:\S+ ){0,3}\S+)?\?$|"
         r"^why (?:it|they|this|these|that) (?:matters?|is important|are important|counts?)$|"
         r"^what are (?:the|its|their) (?:benefits|advantages)(?: \S+){0,3}\?$", "significance"),
        (r"^where (?:is|are|does|do) (?:\S+ ){0,4}(?:found|occur|live|grow|seen|common)\?$|"
         r"^where (?:it|they|this) (?:is |are )?(?:found|occurs?|happens?|lives?|grows?|seen)$|"
         # "Who tends to get it", "Who gets it?": whom it befalls, as "Who is at risk?" asks
         # only of a harm.
         r"^who (?:(?:tends|tend|is likely|are likely|seems) to |usually |typically |often |mostly )?"
         r"(?:gets?|catch(?:es)?|develops?|has|have) (?:it|them|this|one)\??$|"
         # "Who it is for", "Who is it for?": whom it serves, as whom it befalls.
         r"^who (?:it is|it's|they are|they're|is it|are they|is this|this is) (?:meant |intended )?for\??$|"
         # "Where they work best", "Where it works well": the settings that suit it. "Where they
         # work" may be a workplace, and "… best for you" is advice.
         r"^where (?:it|they|this|these|one) (?:works?|performs?|fits?|thrives?|suits?|succeeds?) "
         r"(?:best|well|better|most)$|"
         # "Where and when to see one", "Where to find them": where it is met. "When to see one"
         # alone may be when to visit one, and "Where to buy it" is advice.
         r"^(?:where|where and when|when and where) (?:to|you can|can you|you will|you'll|one can) "
         r"(?:see|find|spot|observe|watch|hear) (?:it|them|one|this|these)(?: \S+){0,2}\??$", "context"),
    ))


def _question_topic(normal: str) -> str | None:
    """Return the standard topic a question heading asks for, or None."""
    return next((topic for pattern, topic in _QUESTION_TOPICS if pattern.match(normal)), None)


# Section headings of European-language pages, by the English heading they translate
# (Spanish, French, German, Italian, Portuguese, Dutch, Polish, Swedish, Norwegian, Danish,
# Finnish; singular and plural). Only words whose meaning as a heading is plain are listed:
# a heading not here keeps its words.
_FOREIGN_WORDS: Mapping[str, str] = {
    "definition": "definición definiciones définition begriffsbestimmung definizione definição definitie definicja "
                  "definisjon määritelmä",
    "meaning": "betekenis",
    "history": "historia histoire historique geschichte storia história geschiedenis historie historik",
    "origin": "origen origine origines herkunft ursprung origem oorsprong herkomst pochodzenie opprinnelse "
              "oprindelse opphav härkomst alkuperä",
    "etymology": "etimología étymologie etymologie etimologia etymologia etymologi",
    "symptoms": "síntoma síntomas symptôme symptômes symptom symptome sintomo sintomi sintomas symptomen "
                "klachten objaw objawy symtom symptomer oireet",
    "causes": "causa causas cause ursache ursachen oorzaak oorzaken przyczyna przyczyny orsak orsaker årsak "
              "årsaker årsag årsager syyt",
    "treatment": "tratamiento tratamientos traitement traitements behandlung behandlungen therapie trattamento "
                 "trattamenti tratamento tratamentos behandeling behandelingen leczenie behandling behandlingar "
                 "behandlinger hoito",
    "diagnosis": "diagnóstico diagnostic diagnosi diagnostiek diagnose diagnoza rozpoznanie diagnos diagnoosi",
    "prevention": "prevención prévention vorbeugung prävention prevenzione prevenção preventie "
                  "zapobieganie profilaktyka förebyggande forebygging forebyggelse ehkäisy",
    "types": "tipo tipos typologie arten typen tipi soorten rodzaje typer tyypit",
    "risks": "riesgo riesgos risque risques risiko risiken gefahren rischio rischi risco riscos risico risico's "
             "gevaren ryzyko zagrożenia risker faror risikoer risici farer riskit",
    "side effects": "nebenwirkungen bijwerkingen biverkningar bivirkninger haittavaikutukset",
    "mechanism": "mecanismo mécanisme mechanismus wirkmechanismus meccanismo mechanisme mechanizm funcionamiento "
                 "fonctionnement funktionsweise wirkungsweise wirkung funzionamento werking werkwijze działanie "
                 "mekanism mekanisme verkningsmekanism virkningsmekanisme virkemåte virkemåde toimintaperiaate",
    "applications": "aplicación aplicaciones uso usos utilisation utilisations anwendung anwendungen "
                    "anwendungsgebiete verwendung einsatz applicazione applicazioni utilizzo aplicação aplicações "
                    "toepassing toepassingen gebruik zastosowanie zastosowania användning tillämpning "
                    "tillämpningar anvendelse anvendelser bruk brug käyttö sovellukset",
    "importance": "importancia bedeutung importanza importância belang znaczenie betydelse betydning",
    "background": "contexto antecedentes contexte hintergrund kontext contesto achtergrond kontekst bakgrund "
                  "bakgrunn baggrund tausta",
    "measurement": "medición mesure messung misurazione medição meting metingen pomiar mätning måling mittaus",
}
_FOREIGN_HEADINGS: Mapping[str, str] = {
    unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii"): english
    for english, words in _FOREIGN_WORDS.items() for word in words.split()}
# Question headings of those languages that ask why the thing matters or how it works.
_FOREIGN_QUESTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), english) for pattern, english in (
        (r"^(?:por que|pourquoi|warum|perche|waarom|dlaczego)\b.*\b(?:importante?s?|important|wichtig|"
         r"belangrijk|wazn\w*|importa)\b", "why it matters"),
        (r"^(?:como|comment|wie|come|hoe|jak)\b.*\b(?:funciona|fonctionne|marche|funktioniert|wirkt|funziona|"
         r"werkt|dziala)\b|^so (?:funktioniert|wirkt)\b", "how it works"),
        # "Principle of operation", which is its mechanism: "Principe de fonctionnement",
        # "Principio de funcionamiento", "Principio di funzionamento", "Zasada działania".
        (r"^(?:principe|principio|zasada) (?:de |del |di |do |des )?"
         r"(?:fonctionnement|funcionamiento|funzionamento|funcionamento|dzialania)$", "principle"),
        # How it comes about, which its mechanism tells, as "How does it form?" does.
        (r"^(?:como|comment|wie|come|hoe|jak)\b.*\b(?:se produce|se forma|se forme|se developpe|entsteht|"
         r"si forma|si sviluppa|ontstaat|powstaje)\b", "how it happens"),
    ))


# The words that join two headings in those languages ("Ursachen und Symptome", "Historia och
# ursprung"), and a comma.
_FOREIGN_AND_RE = re.compile(r",?\s+(?:y|e|et|und|en|i|oraz|og|och|ja|&)\s+|,\s+")


def _ascii(text: str) -> str:
    """Return a heading without its accents and its Spanish question marks ("¿Cómo se mide?" → "como se mide")."""
    # "ł" has no plain letter in it to decompose to: "działa" is read "dziala".
    return unicodedata.normalize("NFKD", text.lstrip("¿¡").rstrip("?").replace("ł", "l")).encode(
        "ascii", "ignore").decode("ascii").strip()


def _foreign_heading(normal: str) -> str | None:
    """Return the English heading a European-language heading translates, or None."""
    text = _ascii(normal)
    if text in _FOREIGN_HEADINGS:
        return _FOREIGN_HEADINGS[text]
    parts = [part for part in _FOREIGN_AND_RE.split(text) if part]
    if len(parts) > 1 and all(part in _FOREIGN_HEADINGS for part in parts):
        # "Oorzaken en symptomen", "Geschichte und Herkunft": each part in English, joined
        # as an English heading joins them, and read as that heading is.
        return " and ".join(_FOREIGN_HEADINGS[part] for part in parts)
    return next((english for pattern, english in _FOREIGN_QUESTIONS if pattern.match(text)), None)


_TITLES = {topic: topic.capitalize() for topic in STANDARD_TOPICS}
# Singulars an "-ics" word folds to: "Metrics" is topic metric.
_KNOWN_SINGULARS = frozenset(STANDARD_TOPICS) | {w for key in BUILTIN_SYNONYMS for w in key.split()}


def normal_heading(heading: str) -> str:
    """Return a heading reduced to lower case words: no markdown marks, colon or extra space."""
    text = heading.strip().lstrip("#").strip().rstrip(":").strip().replace("’", "'")
    # "3. Limitations", "2.1 Geometry": a section's number is no part of its topic.
    text = _SECTION_NUMBER_RE.sub("", text) or text
    return re.sub(r"\s+", " ", text).lower()


_SECTION_NUMBER_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}\.\d{1,2})\s+(?=\w)")


# Words that are singular whatever their last letter: names of fields ("pharmacokinetics",
# "genetics"), and words in -is, -us and -ss ("diagnosis", "status", "stress"), which an
# inflection library would otherwise cut ("diagnosi").
_SINGULAR_ENDINGS = ("ics", "is", "us", "ss")
# How English plurals end: "-s", Latin and Greek "-a", "-i", "-ae", and "men", "mice",
# "feet", "teeth", "geese", "people".
_PLURAL_ENDINGS = ("s", "a", "i", "ae", "en", "ice", "eet", "eeth", "eese", "ople")


# A consonant before "-ys" ends no English plural ("days", "keys" have a vowel there; "city"
# makes "cities"): "merkitys", "yhteys" are singular words of another language ("stand-bys"
# aside).
_NO_PLURAL_YS_RE = re.compile(r"[^aeiouy\W\db]ys$")


@functools.lru_cache(maxsize=4096)
def singular(word: str) -> str:
    """Return a lower-case word's singular ("metrics" → "metric"); field names such as "genetics" stay whole."""
    if word.endswith("ics"):
        # "Metrics" is the plural of a topic; "Genetics" is a field of its own.
        return word[:-1] if word[:-1] in _KNOWN_SINGULARS else word
    if len(word) < 3 or word.endswith(_SINGULAR_ENDINGS) or not word.isalpha():
        return word
    if _NO_PLURAL_YS_RE.search(word):
        return word
    if word in _KNOWN_SINGULARS or not word.endswith(_PLURAL_ENDINGS):
        return word  # no English plural ends otherwise; spares loading the library
    one = inflect_engine().singular_noun(word) or word
    if one != word and word.endswith(("os", "ys")) and one not in _KNOWN_SINGULARS:
        from .keyphrases import known_word  # the word list is loaded only when a fold is in doubt

        if not (known_word(word) or known_word(one)):
            # A singular of another language in "-os" or "-ys" ("tulos", "terveys",
            # "kehitys") is no plural the English word list knows, in either form: it keeps
            # its ending. Other plurals fold though the list lacks them, as the words of a
            # field do ("glycans", "adaptogens"), and so does a plural in "-es", as the
            # Romance languages make it ("curiosidades").
            return word
    return one


@functools.lru_cache(maxsize=4096)
def plural(word: str) -> str:
    """Return a lower-case word's plural ("metric" → "metrics"); field names such as "genetics" stay whole."""
    if not word.isalpha() or word.endswith("ics") or singular(word) != word or _NO_PLURAL_YS_RE.search(word):
        return word
    return inflect_engine().plural_noun(word) or word


def word_forms(topic: str) -> tuple[str, ...]:
    """Return a topic's slug as written, in the singular and in the plural, without repeats."""
    head, _, last = topic.rpartition("-")
    prefix = head + "-" if head else ""
    return tuple(dict.fromkeys((topic, prefix + singular(last), prefix + plural(last))))


def heading_forms(heading: str) -> tuple[str, str]:
    """Return the forms a synonym table is searched under: the normal heading, then its singular."""
    normal = normal_heading(heading)
    words = normal.split(" ")
    folded = " ".join(words[:-1] + [singular(words[-1])]) if words and words[-1] else normal
    return normal, folded


def named_topic(heading: str, synonyms: Mapping[str, str] | None = None) -> str | None:
    """Return the topic a heading names outright: a standard topic or a synonym's target
    ("Metrics", "Etymology", a deck's "Lab Values"); None for one flashgen reads it as."""
    normal, folded = heading_forms(heading)
    for candidate in (normal, folded):
        for table in (dict(synonyms or {}), BUILTIN_SYNONYMS):
            if candidate in table:
                return slug(table[candidate])
        if candidate in STANDARD_TOPICS:
            return candidate
    return None


def own_topic(heading: str) -> str:
    """Return the topic of a heading read as its own words ("How does it spread?" →
    ``how-does-it-spread``), as for a heading that names no topic."""
    normal, folded = heading_forms(heading)
    return slug(folded if " " not in normal else normal)


def topic_key(heading: str, synonyms: Mapping[str, str] | None = None, *, families: bool = True) -> str:
    """Return the topic a heading belongs to: a synonym's target, or the heading's own slug.

    Case, a trailing colon, markdown ``#`` marks and a plural last word do not matter.
    ``synonyms`` (normal heading -> topic) are consulted before the built-in table;
    ``families`` says whether the words of ``FAMILY_TOPICS`` are read too.
    """
    named = named_topic(heading, synonyms)
    if named is not None:
        return named
    normal, folded = heading_forms(heading)
    words = normal.split(" ")
    tables = [dict(synonyms or {}), BUILTIN_SYNONYMS, *([FAMILY_TOPICS] if families else [])]
    english = _foreign_heading(normal)
    if english and english != normal:
        # "Síntomas", "Traitement", "Geschichte": the heading in English, read as English is.
        return topic_key(english, synonyms, families=families)
    if families and (_WHY_DANGEROUS_RE.match(normal) or _CHANCE_OF_HARM_RE.match(normal)
                     or _FAILS_AT_RE.match(normal)):
        # "Why it is dangerous", "Why is it harmful?": what makes it a danger; "Chance of
        # turning into cancer", "What it will not catch": what may go wrong, what it fails at.
        return "risk"
    if families and _FIXING_RE.match(normal):
        # "Fixing it on the shop floor", "Treating them at home": what is done about it.
        return "application"
    if families and len(words) == 2 and words[0] in FAMILY_TOPICS and (
            singular(words[1]) in _GENERIC_HEADS or (words[0] in _RATING_WORDS and singular(words[1]) in _SCALE_HEADS)):
        # "Detection signals", "Treatment options": the family word says what they are about.
        return FAMILY_TOPICS[words[0]]
    if _MEASURING_RE.match(normal) or _FOREIGN_MEASURING_RE.match(_ascii(normal)):
        # "How It's Calculated", "How Is It Assessed?": a question about measuring.
        return "metric"
    asked = _question_topic(normal)
    if asked:
        return asked
    unqualified = _QUALIFIER_RE.sub("", normal)
    if unqualified != normal and unqualified:
        # "How to wedge clay (ram's head method)": the bracketed aside qualifies the heading
        # without changing what it asks.
        asked = _question_topic(unqualified) or ("metric" if _MEASURING_RE.match(unqualified) else None)
        if asked:
            return asked
    if _FROM_RE.match(normal):
        # "Where the idea came from", "Where it comes from": where does it come from, stated.
        return "origin"
    if _PROCESS_RE.match(normal):
        # "How the mite spreads", "Why it happens": what makes the thing go.
        return "mechanism"
    if _WORTH_RE.match(normal) or _WHY_MATTERS_RE.match(normal) or _WHY_DONE_RE.match(normal):
        # "Why a little is good", "Why early detection is important": why it matters.
        return "significance"
    if _WHY_STATEMENT_RE.match(normal) or _HOW_STATEMENT_RE.match(normal) or _PLURAL_HOW_RE.match(normal):
        # "Why the crust floats", "Why bread rises": a statement of what makes the thing do
        # what it does.
        return "mechanism"
    if families and folded in FAMILY_TOPICS:
        return FAMILY_TOPICS[folded]  # "Pitfalls", "Mitigation", "Screening"
    bare = words[1:] if len(words) == 2 and words[0] in _ARTICLES else words
    if families and len(bare) == 1 and singular(bare[0]) in _BARE_FAMILY_TOPICS:
        return _BARE_FAMILY_TOPICS[singular(bare[0])]  # "Formula", "The equation"
    headed = _head_topic(words, tables)
    if headed:
        return headed
    if normal.endswith("?") and normal.rstrip("?").strip():
        # "When to test?", "When to use it?": the words of a statement asked as a question
        # read as the statement does.
        statement = heading.strip().rstrip("?")
        stated = topic_key(statement, synonyms, families=families)
        if stated != own_topic(statement) or stated in STANDARD_TOPICS:
            return stated
    # A plural is folded only for one-word headings ("Benefits"); longer unknown
    # headings keep their words ("Pros and Cons").
    return own_topic(heading)


# A statement of how or why a thing goes: "How the mite spreads", "Why it happens" (not
# "How to spread it", which is advice).
_FROM_RE = re.compile(r"^where (?:\S+ ){0,3}(?:comes?|came) from$")
_PROCESS_RE = re.compile(r"^(?:how|why) (?!to )(?:\S+ ){0,4}" + _PROCESS_VERBS + "$")
_WORTH_RE = re.compile(r"^why (?:\S+ ){0,4}(?:is|are) (?:so )?(?:good|useful|important|helpful|valuable|desirable|"
                       r"beneficial|needed|necessary|essential|worth it)$")
# "Why the crust matters", "Why early pruning counts", "Why it matters for nurses": who it
# matters to is no part of what the section tells.
_WHY_MATTERS_RE = re.compile(r"^why (?:(?:\S+ ){1,4}(?:matters|counts)"
                             # "Why single reports still matter": a plural subject, its verb plain.
                             r"|(?:\S+ ){0,3}(?:[a-z]+[^su\Wi']s|they|these|those|we|you) "
                             r"(?:still |really |also |all |so much )?(?:matter|count))"
                             r"(?: (?:to|for|in|at|when|if|on) (?:\S+ ){0,3}\S+)?$"
                             # "Why landscape shooters care", "Why you should care about it":
                             # why it matters to the people named.
                             r"|^why (?:\S+ ){1,4}(?:should |must )?care(?:s)?(?: about (?:\S+ ){0,3}\S+)?\??$")
# "Why railways charge it", "Why auditors start here", "Why they do it": why people do the
# thing, which is what it is good for. A verb of having or catching it ("Why people get it",
# "Why older dogs develop it") asks its cause, and one of turning away from it ("Why farmers
# avoid it") its drawbacks: they keep their words.
_WHY_DONE_RE = re.compile(
    r"^why (?:they|we|you|people|(?:(?:the|some|most|many) )?(?:\S+ )?[a-z]+[^su\Wi']s) "
    r"(?:still |often |usually |always |all |even |now )?(?![a-z]*[^\Ws]s\b)"
    r"(?!(?:get|got|develop|catch|have|had|contract|inherit|suffer|lose|fear|hate|dislike|avoid|reject|"
    r"abandon|quit|stop|miss|are|were|do not|don't|can't|cannot|will|would|should|can|could|must|need to)\b)"
    r"[a-z]+ (?:(?:on|upon) )?(?:it|them|this|that|these|here|there)$"
    # "Why employers gross up payments", "Why gardeners add mulch": people named by what they
    # do, a verb, perhaps a particle, and the thing they do it to. Things ("Why dogs chew
    # bones") may act so for a cause, which a statement of why tells.
    r"|^why (?:(?:the|some|most|many) )?(?:\S+ )?[a-z]+(?:er|or|ist|ian|ant|ent|eer)s "
    r"(?:still |often |usually |always |even |now )?(?![a-z]*[^\Ws]s\b)"
    r"(?!(?:get|got|develop|catch|have|had|contract|inherit|suffer|lose|fear|hate|dislike|avoid|reject|"
    r"abandon|quit|stop|miss|are|were|do|don't|can't|cannot|will|would|should|can|could|must|need|rely|depend)\b)"
    r"[a-z]+(?: (?:up|out|off|down|in|back|away|aside))? (?:(?:the|their|its|a|an|some|extra) )?(?!(?:on|to|for|in|at|with|from)\b)[a-z]+$")
# "Why the crust floats": "why", a subject of one to three words opened by an article or
# none, and a verb in "-s" last. A question ("Why does …?"), an auxiliary ("Why it is …") or
# a noun in "-ss", "-us" or "-is" last is none.
_WHY_STATEMENT_RE = re.compile(
    r"^why (?!(?:is|are|was|were|do|does|did|can|could|should|would|will|to|not)\b)"
    r"(?!(?:\S+ ){0,3}(?:to|for|in|at|on|of|with|when|if)\b)"  # a verb last, not a noun after a preposition
    # "Why use cover crops", "Why choose a slow cooker": advice to do a thing, no subject.
    r"(?!(?:use|choose|pick|buy|get|try|plant|grow|add|keep|make|take|have|avoid|consider|need|install|learn)\b)"
    r"(?:(?:the|a|an|its|their|some|most|many) )?(?!(?:the|a|an)\b)\S+(?: \S+){0,2} "
    r"(?!(?:is|has|was|does)$)[a-z]+[^su\Wi]s$")
# "How the balance unwinds", "How a glacier carves its valley": how a thing named as the
# subject does what it does, told as a statement. A pronoun for the subject ("How it
# feels", "How it looks") tells no more of what makes it go than of what it is like.
_HOW_STATEMENT_RE = re.compile(
    r"^how (?:the|a|an|its|their) (?!(?:the|a|an)\b)\S+(?: \S+)? "
    r"(?!(?:is|has|was|does|looks|feels|seems|sounds|costs)\b)[a-z]+[^su\Wi]s(?: (?:its|their|the|a|an) \S+)?$")
# "How nutrients move", "How the birds stay together", "How roots take up the salt": how things
# named in the plural do what they do, with the plain verb a plural takes ("How the mite
# spreads" is the singular). The verb is last, or before a particle or a short object; one
# done to the term ("How farmers use it") is how it is applied, and a verb of appearance or
# comparison ("How prices look", "How breeds differ") tells nothing of what makes it go.
_PLURAL_HOW_RE = re.compile(
    r"^how (?:(?:the|their|its|these|those|some|most|many|all) )?(?:\S+ )?[a-z]+[^su\Wi']s "
    r"(?:still |often |usually |slowly |quickly |actually |eventually )?"
    r"(?!(?:is|are|was|were|do|did|can|could|should|would|will|may|might|must|have|had|get|look|feel|"
    r"seem|sound|cost|differ|compare|vary|rank|stand|to)\b)[a-z]+"
    r"(?: (?:together|apart|up|down|out|off|on|away|back|along|around|through|over|in))?"
    r"(?: (?:the|their|its|a|an) \S+)?$")
# A bracketed aside at the end of a heading: "(ram's head method)", "(advanced)".
_QUALIFIER_RE = re.compile(r"\s*\([^()]{1,40}\)$")
_ARTICLES = frozenset({"a", "an", "the"})
# "Risk to the colony", "History of the practice": the head of such a heading is its first word.
_HEAD_FIRST = frozenset({"of", "to", "for", "in", "on", "among", "around", "from", "with", "during", "behind"})
_COORDINATION_RE = re.compile(r",? (?:and|&) |, ")
_HEAD_MAX_WORDS = 6
# A small amount of what follows: "bit of", "little bit of", "spot of", "touch of".
_AMOUNT_OF_RE = re.compile(r"^(?:little |tiny |quick )?(?:bit|spot|touch|dash) of ")


# Words that name a topic beside another word for it, though alone or in a compound they
# may name something else: a risk ("Failures and safety", not "Heart failure"), acting on a
# thing ("Thresholds and action", "Thresholds and treatment"; alone, "Action" may be how a
# drug works).
_PAIRED_PARTS: Mapping[str, str] = {"failure": "risk", "accident": "risk", "incident": "risk",
                                    "threshold": "application", "action": "application"}


def _standard_head(word: str, tables: list[Mapping[str, str]]) -> str | None:
    """Return the topic other than the definition that a head word names, or None."""
    head = singular(word)
    for table in tables:
        if head in table:
            topic = slug(table[head])
            return topic if topic != "definition" else None
    return head if head in STANDARD_TOPICS and head != "definition" else None


def _head_topic(words: list[str], tables: list[Mapping[str, str]]) -> str | None:
    """Return the topic a heading's head word names, or None.

    The head of an English compound is its last word: "Training Application" is an
    application, "Lab Metrics" are metrics, "A brief history" a history (an article in front
    does not count). Before "of", "to" or "in" it is the first word: "Risk to the colony" is a
    risk. Headings joined by "and" land on a topic when every part does, on the same one
    ("Failures and safety" → risk; "Causes and treatment" stays as written). A qualified
    definition ("Mathematical definition", "Legal meaning") is never the definition: it says
    the term again in other words, a topic of its own beside the definition, which would
    otherwise be asked twice.
    """
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
        if len(words) == 1:
            return _standard_head(words[0], tables)  # "The history"
    amount = _AMOUNT_OF_RE.match(" ".join(words))
    if amount and amount.end() < len(" ".join(words)):
        # "A bit of history", "A little bit of background": a little of it is still it.
        words = " ".join(words)[amount.end():].split(" ")
        if len(words) == 1:
            return _standard_head(words[0], tables)
    if not words or len(words) > _HEAD_MAX_WORDS:
        return None
    if len(words) == 2:
        return _standard_head(words[1], tables)
    if len(words) > 2 and words[1] in _HEAD_FIRST:
        return _standard_head(words[0], tables)
    parts = _COORDINATION_RE.split(" ".join(words))
    if len(parts) > 1:
        found = {_standard_head(p, [*tables, _PAIRED_PARTS]) if " " not in p
                 else _part_topic(p, tables) for p in parts}
        return found.pop() if len(found) == 1 and None not in found else None
    return None


def _part_topic(part: str, tables: list[Mapping[str, str]]) -> str | None:
    """Return the topic a part of several words of a coordinated heading names: as a whole
    ("side effects" → risk), else by its head word."""
    words = part.split(" ")
    folded = " ".join(words[:-1] + [singular(words[-1])])
    for table in tables:
        for candidate in (part, folded):
            if candidate in table:
                topic = slug(table[candidate])
                return topic if topic != "definition" else None
    return _head_topic(words, tables)


#: Latin letters that Unicode does not decompose into an ASCII letter and a mark.
_LATIN_LETTERS = {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
                  "ħ": "h", "ŧ": "t", "ŋ": "ng", "ſ": "s"}
#: Greek and Cyrillic letters, lower case, spelt in ASCII.
_GREEK = "αβγδεζηθικλμνξοπρσςτυφχψω"
_GREEK_ASCII = "a b g d e z e th i k l m n x o p r s s t y ph ch ps o".split()
_GREEK_NAMES = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi "
                "rho sigma sigma tau upsilon phi chi psi omega").split()
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ"
_CYRILLIC_ASCII = ("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya "
                   "i ye yi g").split()
_SPELT = str.maketrans({**_LATIN_LETTERS, **dict(zip(_GREEK, _GREEK_ASCII)),
                        **{c: a.strip("-") for c, a in zip(_CYRILLIC, _CYRILLIC_ASCII)}})
#: A Greek letter standing alone ("α-synuclein", "TNF-α") is read by its name.
_LONE_GREEK_RE = re.compile(f"(?<![{_GREEK}\\u0300-\\u036f])[{_GREEK}](?![{_GREEK}\u0300-\u036f])")
_GREEK_NAME = dict(zip(_GREEK, _GREEK_NAMES))


def slug(text: str) -> str:
    """Return ``text`` as a lower-case ASCII identifier of letters, digits and hyphens.

    Accents are folded ("Sjögren" → "sjogren", "Straße" → "strasse", "Ærø" → "aero") and
    apostrophes, straight or curly, are dropped, so that every slug is also a valid term
    id and a portable file name. Greek and Cyrillic are spelt in ASCII letter by letter
    ("Этиология" → "etiologiya"), and a Greek letter on its own by its name
    ("α-Synuclein" → "alpha-synuclein"). Text with letters or digits of other scripts
    (CJK, Arabic, …), or with nothing but signs and emoji, ends with a hash instead: the
    first 8 hex digits of the SHA-256 of the text in lower case, white space collapsed
    ("検査方法" → "9c550838", "Zonulin 検査" → "zonulin-81da78f8"), so such texts keep
    slugs of their own rather than all becoming "".
    """
    # Dashes of every kind separate words ("Guillain–Barré" → "guillain-barre").
    dashed = re.sub(r"[\u2010-\u2015\u2212]", "-", text.strip().casefold())
    folded = unicodedata.normalize("NFKD", dashed)
    folded = _LONE_GREEK_RE.sub(lambda m: f"-{_GREEK_NAME[m.group()]}-", folded).translate(_SPELT)
    ascii_text = folded.replace("'", "").encode("ascii", "ignore").decode("ascii")
    result = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    lost = any(ord(c) > 127 and unicodedata.category(c)[0] in "LN" for c in folded)
    if (lost or not result) and dashed.strip():
        key = unicodedata.normalize("NFC", " ".join(dashed.split()))
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        result = f"{result}-{digest}" if result else digest
    return result


def family_topic(heading: str, synonyms: Mapping[str, str] | None = None) -> str | None:
    """Return the standard topic a heading lands on only through ``FAMILY_TOPICS`` ("Pitfalls"
    → risk), or None when it names a topic outright, is read otherwise, or lands on none."""
    topic = topic_key(heading, synonyms)
    return topic if topic != topic_key(heading, synonyms, families=False) else None


def is_definition_heading(heading: str, synonyms: Mapping[str, str] | None = None) -> bool:
    """Return whether a heading means the definition, plainly ("Definition") or qualified
    ("Formal definition", "Legal meaning")."""
    if topic_key(heading, synonyms) == "definition":
        return True
    words = normal_heading(heading).split(" ")
    return len(words) == 2 and topic_key(words[1], synonyms) == "definition"


def topic_title(topic: str, headings: Iterable[str] = ()) -> str:
    """Return the name a topic's deck is shown under: "Mechanism", or its first heading."""
    if topic in _TITLES:
        return _TITLES[topic]
    for heading in headings:
        text = heading.strip().lstrip("#").strip().rstrip(":").strip()
        if text:
            return text[:1].upper() + text[1:]
    return topic.replace("-", " ").capitalize()


def order_topics(topics: Iterable[str], preferred: Iterable[str] = ()) -> list[str]:
    """Return ``topics`` deduplicated: ``preferred`` ones first, then standard, then first-seen."""
    seen: list[str] = []
    for t in topics:
        if t not in seen:
            seen.append(t)
    rank: dict[str, int] = {}
    for t in list(preferred) + list(STANDARD_TOPICS):
        rank.setdefault(t, len(rank))
    return sorted(seen, key=lambda t: (rank.get(t, len(rank)), seen.index(t)))
