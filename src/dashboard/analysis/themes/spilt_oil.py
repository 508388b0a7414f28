"""Oil told as spilt or leaked by its verb: "volunteers raked fuel oil from the sand after a bulk carrier leaked heavy
fuel", "crude spilled from the tanker's hull". The shipped themes file leaves out the nouns of a spill ("an oil spill",
"a fuel leak"); told by the verb, the oil, the fuel and the ship they came from are a pollution's matter in that
sentence, no goods sold, so their words count for no theme there. A leak of a document ("a leaked memo on oil
sales") is none: the oil must stand right by the verb, as what leaked or what it leaked."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import places_of

#: The verbs of oil escaping, as written: the words looked for first, so most paragraphs cost one lookup.
SPILLING = ("spill", "spills", "spilled", "spilt", "spilling", "leak", "leaks", "leaked", "leaking")
#: What spills: oil and the fuels made of it, by lemma.
OILS = frozenset(["oil", "fuel", "crude", "diesel", "petrol", "gasoline", "bunker", "kerosene"])
#: The ship a spill came from, by lemma ("a bulk carrier leaked", "the tanker's hull"), whose trade words go too.
SHIPS = frozenset(["tanker", "carrier", "ship", "vessel", "freighter", "barge"])
#: What may stand between the verb and the oil it spilt ("leaked heavy fuel", "spilled 300 tonnes of its crude").
_BETWEEN = frozenset(["DET", "ADJ", "NUM", "PRON"])
_MEASURES = frozenset(["tonne", "ton", "barrel", "litre", "liter", "gallon", "of"])
#: Words that end a sentence, read from the words alone (the parser is not run for themes).
_ENDS = frozenset([".", "!", "?", ";"])


def spilt_oil(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans of the oil and the ships in each sentence that tells oil spilt or leaked by its verb."""
    spans: list[tuple[int, int]] = []
    for verb in places_of(doc, SPILLING, lower=True):
        if doc[verb].pos_ != "VERB" or not (_spills_after(doc, verb) or _spilt_before(doc, verb)):
            continue
        start, end = _sentence(doc, verb)
        spans += [(k, k + 1) for k in range(start, end) if _spilt(doc[k])]
    return spans


def _spilt(token: Token) -> bool:
    """Whether a word is the oil or the ship of a spill: a noun of either (not "shipped", not "fuelled")."""
    lemma = token.lemma_.lower()
    return token.pos_ != "VERB" and (lemma in OILS or (lemma in SHIPS and token.pos_ == "NOUN"))


def _spills_after(doc: Doc | Span, verb: int) -> bool:
    """Whether oil is what the verb spilt, a few words after it ("leaked heavy fuel", "spilled 300 tonnes of crude")."""
    for k in range(verb + 1, min(verb + 6, len(doc))):
        token = doc[k]
        if token.lemma_.lower() in OILS:
            return True
        if token.pos_ not in _BETWEEN and token.lemma_.lower() not in _MEASURES:
            return False
    return False


def _spilt_before(doc: Doc | Span, verb: int) -> bool:
    """Whether oil is what spilt, just before the verb or its auxiliary ("fuel had leaked", "oil leaking from")."""
    for k in range(verb - 1, max(verb - 4, -1), -1):
        token = doc[k]
        if token.lemma_.lower() in OILS:
            return True
        if token.pos_ not in ("AUX", "PART", "ADV"):
            return False
    return False


def _sentence(doc: Doc | Span, at: int) -> tuple[int, int]:
    """The token span of the sentence around a word, from the words that end sentences."""
    start = at
    while start > 0 and doc[start - 1].text not in _ENDS:
        start -= 1
    end = at
    while end < len(doc) and doc[end].text not in _ENDS:
        end += 1
    return start, end
