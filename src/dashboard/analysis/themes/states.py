"""The states that themes know by name: the countries the quotes know (`quotes.countries`) and the states that list
leaves out, which world news names as often ("Botswana", "Lesotho", "the Central African Republic"). General knowledge
of the world's states, written for this product."""

from __future__ import annotations

import re
from itertools import compress

from spacy.attrs import ENT_IOB, ENT_TYPE, POS
from spacy.strings import get_string_id
from spacy.symbols import ADJ, PROPN
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import column
from dashboard.analysis.quotes.capitals import CAPITALS
from dashboard.analysis.quotes.countries import country_called, country_of, is_country

#: States missing from `quotes.countries`, lower case, as news names them (`is_state` reads both).
MORE_STATES = frozenset(
    [
        "botswana", "comoros", "dominica", "grenada", "kiribati", "lesotho", "liechtenstein", "micronesia", "nauru",
        "palau", "palestine", "seychelles", "tuvalu", "vanuatu", "papua new guinea", "equatorial guinea",
        "guinea-bissau", "central african republic", "macedonia", "bosnia and herzegovina", "san marino",
        "antigua and barbuda", "saint lucia", "st lucia", "sao tome and principe", "solomon islands",
        "marshall islands",
        # a state news names by its larger island, as its capital is named ("Sao Tome agreed to let US ships dock")
        "sao tome", "são tomé", "são tomé and príncipe",
        # other names of states that news uses
        "türkiye", "côte d'ivoire", "cabo verde", "drc", "dr congo", "soviet union", "ussr", "u.s.s.r.",
        "yugoslavia", "czechoslovakia",
    ]
)  # fmt: skip


def is_state(name: str) -> bool:
    """Whether a name is a state's ("Niger", "the Netherlands"), not a city's or a region's."""
    return is_country(name) or name.casefold().removeprefix("the ").strip() in MORE_STATES


def voices_state(ent: Span, capital: bool) -> bool:
    """Whether a named party may speak through its state's voices: a state ("Norway's foreign ministry", "the
    Norwegian government"), or a capital by its possessive only ("Seoul's unification ministry", not "a Cairo
    airport official", whose capital names a place)."""
    return is_state(ent.text) or bool(country_of(ent.text)) or (capital and ent.doc[ent.end : ent.end + 1].text == "'s")


#: A title's words, for naming the states in it without a parse.
TITLE_WORDS = re.compile(r"[A-Za-z][A-Za-z'.-]*")


def title_states(title: str) -> int:
    """How many distinct states a title names by their names, peoples or capitals ("Norway Rejects Russian Protest"
    names two; a capital after "In" is only a place): a title is read without a parse, one or two words at a time."""
    words = [w.removesuffix("'s") for w in TITLE_WORDS.findall(title)]
    where = {i + 1 for i, w in enumerate(words) if w.casefold() in ("in", "at", "near", "from", "to", "off", "over")}
    found: set[str] = set()
    i = 0
    while i < len(words):
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair and (is_state(pair) or (pair.casefold() in CAPITALS and i not in where)):
            found.add(pair.casefold())
            i += 2
            continue
        word = words[i]
        capital = word.casefold() in CAPITALS and i not in where  # "Talks In Geneva" name no party
        state = country_of(word) or (word if is_state(word) or capital else "")
        if state and word[0].isupper():
            found.add(state.casefold())
        i += 1
    return len(found)


def missed_states(doc: Doc | Span) -> list[Span]:
    """States named in the text that the recogniser left out of every entity ("Nigeria on Monday protested to
    Ghana": "Nigeria" is no entity), as place entities (GPE) over their one or two proper-noun words, and peoples
    it took for plain adjectives or left out ("Ghanaian officials said", "Kyrgyz troops"), as nationalities (NORP); a
    capital it left out counts when it does something ("Kyiv has asked"); so does a state that a date swallowed (see
    `_free`)."""
    found = []
    after = 0  # the first word not read yet: a state of two words reads the word after it too
    iob, types = column(doc, ENT_IOB), column(doc, ENT_TYPE)  # `_free` read from the columns: no Token made
    for i in _names_and_adjectives(doc):
        if i < after or iob[i] != _OUTSIDE and types[i] != _DATE:
            continue  # most proper nouns are in an entity
        token = doc[i]
        if not token.text[:1].isupper():
            continue
        people = bool(country_of(token.text)) and not is_state(token.text)
        if token.pos_ == "ADJ" or people:
            if people:
                found.append(Span(token.doc, token.i, token.i + 1, label="NORP"))
            continue
        free = i + 1 < len(doc) and (iob[i + 1] == _OUTSIDE or types[i + 1] == _DATE)
        two = doc[i + 1] if free else None
        if two is not None and two.pos_ == "PROPN" and is_state(f"{token.text} {two.text}"):
            found.append(Span(token.doc, token.i, token.i + 2, label="GPE"))
            after = i + 2
            continue
        if is_state(token.text) or (token.text.casefold() in CAPITALS and _acts(doc, i + 1)):
            found.append(Span(token.doc, token.i, token.i + 1, label="GPE"))
    return found


def _names_and_adjectives(doc: Doc | Span) -> list[int]:
    """The indices (within a span, for a span) of the proper nouns and adjectives, read from the parse as an array:
    a missed state opens with one, and most words are neither."""
    tags = column(doc, POS)
    return list(compress(range(len(tags)), map(_PROPER_OR_ADJECTIVE.__contains__, tags)))


#: `ENT_IOB` of a word in no entity ("O"), and the key of the DATE label: what `_free` reads, as the columns give it.
_OUTSIDE = 2
#: The parts of speech `_names_and_adjectives` reads.
_PROPER_OR_ADJECTIVE = frozenset([PROPN, ADJ])
_DATE = get_string_id("DATE")


def _free(token) -> bool:
    """Whether a word is in no entity, or in a date that swallowed it: a wire dateline's date runs on into the state
    that opens the story ("NIAMEY, June 3 - Niger accused ..." with "June 3 - Niger" as one date), and no date holds
    a state's name."""
    return token.ent_iob_ == "O" or token.ent_type_ == "DATE"


def _acts(tokens: Doc | Span, i: int) -> bool:
    """Whether the words from i open on a verb, past its auxiliaries and adverbs: a capital the recogniser missed that
    does something ("Kyiv has asked ...") stands for its state, as one it found does."""
    while i < len(tokens) and tokens[i].pos_ in ("AUX", "ADV", "PART"):
        i += 1
    return i < len(tokens) and tokens[i].pos_ == "VERB"


def mistaken_people(ent: Span, mistaken: frozenset[str]) -> Span | None:
    """A people's one-word name that the recogniser took for something else (one of the `mistaken` labels: "Tajik
    President Rustam Nazarov" with "Tajik" as a person), as a nationality (NORP), or None."""
    if ent.label_ == "NORP" or ent.label_ not in mistaken or len(ent) != 1:
        return None
    if not country_of(ent.text) or is_state(ent.text):
        return None
    return Span(ent.doc, ent.start, ent.end, label="NORP")


def state_named(word: str) -> str:
    """The state a word names as a country or its people ("China", "Chinese": China), or ""."""
    return country_of(word) or (country_called(word) if is_state(word) else "")
