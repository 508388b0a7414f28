"""A body whose name the recogniser tagged as a person's, a nationality or nothing, so that the speaker's rules took it
for a person: a name written right after "the" ("The Northern Pact said it would send observers") is no person's
name, since a person takes no article before the name; nor is one written after "the" and lower-case words that end
in a body's noun ("The growers' lobby X said", "the opposition X said"), which the words describe. Such a speaker,
found as a person with no organisation, is the body speaking as itself. A plural name with "the" alone before it is
a group of people ("the Saudis said", "the Democrats say", "the Khans said"), as a party is only after a body's noun
("the opposition Christian Democrats"). A title before the name ("the Foreign Minister X") or a person's noun ("the
veteran X", "the opposition leader X") leaves the speaker a person, and so do a noun of a trade as much as of a body
("the crane operator Tom Hale") and a name that only modifies a noun after it ("the Roe campaign said", "the Roe
family"); a given name proves nothing ("the opposition Christian Democrats")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.quotes.lexicon import BODY_NOUNS, words

#: Nouns of a body that may stand between "the" and its name, besides the lexicon's ("the growers' lobby X", "the
#: opposition X", a party; "the regional bloc X").
_BODY_WORDS = BODY_NOUNS | words("lobby bloc opposition")
#: Body nouns that also name a person's trade ("the crane operator Dale Brenner", "the publisher X"): no sign of a body.
_TRADES_TOO = words("operator publisher carrier importer exporter retailer maker refiner lender")
#: "the" and lower-case words ("generic makers' lobby") that end right before a name.
_THE_BEFORE = re.compile(r"\b[Tt]he((?:\s+[a-z][\w-]*(?:['’]s?)?)*)\s+$")
#: Tags of a plural name, a group of people when "the" alone comes before it ("the Saudis said", "the Democrats").
_PLURALS = frozenset({"NNPS", "NNS"})
#: Dependencies of a name's last word that make it a modifier of a noun after it ("the Roe campaign").
_MODIFIERS = frozenset({"compound", "poss", "amod", "nmod"})


def bodies_after_the(rows: list[dict], indexes: list[int], parsed: list[Doc]) -> list[dict]:
    """The rows with each speaker found as a person with no organisation, whose name the paragraph of one of its rows
    writes right after "the" or after "the" and a body's noun, made the institution it is (see the module's
    docstring); `parsed` are the paragraphs' parses, `indexes` their paragraph indexes."""
    docs = dict(zip(indexes, parsed, strict=True))
    bodies = {
        row["speaker"]
        for row in rows
        if _taken_for_a_person(row) and row["paragraph"] in docs and _written_after_the(docs[row["paragraph"]], row)
    }
    for row in rows:
        if row["speaker"] in bodies and _taken_for_a_person(row):
            row["speaker_kind"] = "institution"
    return rows


def _taken_for_a_person(row: dict) -> bool:
    return row["speaker_kind"] == "other" and bool(row["speaker"]) and not row["affiliation"]


def _written_after_the(doc: Doc, row: dict) -> bool:
    """Whether the row's sentence writes the speaker's name as a noun of its own after "the", with nothing between or
    with lower-case words whose last is a body's noun ("The Northern Pact said", "The growers' lobby X said")."""
    text, sentence = doc.text, row["sentence"]
    at = text.find(sentence)
    if at < 0:
        return False
    for found in re.finditer(re.escape(row["speaker"]), sentence):
        start, end = at + found.start(), at + found.end()
        before = _THE_BEFORE.search(text, 0, start)
        name = doc.char_span(start, end)
        if before is None or name is None or _modifies_a_noun(name):
            continue
        between = before.group(1).split()
        last = re.sub(r"['’]s?$", "", between[-1]) if between else ""  # "the union's" -> "union"
        if (
            last in _BODY_WORDS and last not in _TRADES_TOO or not between and not _plural(name[-1])
        ):  # not "the Saudis", "the Khans"
            return True
    return False


def _modifies_a_noun(name: Span) -> bool:
    """ "the Roe campaign", "the Roe family's lawyer": the name's last word hangs on a noun after the name."""
    last = name[-1]
    return last.dep_ in _MODIFIERS and last.head.i >= name.end


def _plural(word: Token) -> bool:
    """ "Saudis", "Khans", "Vaskos": a word tagged plural, or a name's word in a plural's "s" (the tagger calls many
    a family's name in the plural a singular proper noun); not "Congress"."""
    return word.tag_ in _PLURALS or word.lower_.endswith("s") and not word.lower_.endswith("ss")
