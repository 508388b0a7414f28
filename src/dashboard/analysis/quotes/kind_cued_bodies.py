"""A body spoken of again by a noun of its kind that its name lacks: "Kestrel City FC … The club said" (FC is a
club), "the NFL … the league said", "Harlow General Infirmary … The hospital said", "Dunmere College … The school
said", "Meridian Pictures … the studio added"; or by the last word of a name the recogniser took for no
organisation: "the Great Plains Conference … The conference said", an athletic conference tagged an event (a
meeting's name ends so too, but a meeting does not speak, so only a "said" reads it). A word of the name tells the
kind (`_CUES`); the body is the one name of that kind the article wrote before the noun, tagged or not (the
recogniser often takes a club for a place and misses a hospital), and none when it wrote two (two clubs of a match:
which one speaks, the noun alone does not tell). A name with no such word that the article described by the noun
("the Kettle Falls Herons, a minor league hockey team") is of that kind too, when it described only one so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.kind_nouns import names_described_with

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

_CLUB_WORDS = words("club fc afc cf sc united rovers wanderers athletic albion hotspur")
#: Words that, in a name after its first word, tell the kind a noun of the article speaks of.
_CUES = {
    "club": _CLUB_WORDS,
    "team": _CLUB_WORDS - {"club"},
    "league": words("league premier premiership"),
    "hospital": words("hospital infirmary clinic"),
    "university": words("university college polytechnic"),
    "school": words("school college academy"),
    "conference": words("conference"),
    "studio": words("pictures studios films"),
    "body": frozenset(),  # "the governing body": only a name the article described so
}
#: Leagues known by their initials alone, the whole of their name ("the NFL said … the league said").
_LEAGUES_BY_INITIALS = words("NFL NBA MLB NHL MLS WNBA AFL NRL")
_NAME_TAGS = ("NNP", "NNPS")


def body_of_kind(cast: People, p: int, noun: Token) -> str:
    """The one name the article wrote before `noun` ("the club") that a word of it tells is of the noun's kind; ""
    when it wrote none or more than one, or the noun is of no kind `_CUES` knows."""
    cues = _CUES.get(noun.lemma_.lower())
    if cues is None:
        return ""
    found = set()
    for q in range(p + 1):
        doc = cast.docs[q]
        for t in doc[: noun.i] if q == p else doc:
            if noun.lemma_.lower() == "league" and t.text in _LEAGUES_BY_INITIALS:
                found.add(t.text)
            elif t.lower_ in cues and t.tag_ in _NAME_TAGS and (name := _name_ending(doc, t)):
                found.add(name)
    if not found:  # "the Kettle Falls Herons, a minor league hockey team, … The team said"
        found = {name for _, name in names_described_with(cast.docs, p, noun, back=p)}
    return found.pop() if len(found) == 1 else ""


def _name_ending(doc: Doc, cue: Token) -> str:
    """The capitalised name whose last word is `cue` ("Kestrel City FC", "St Anne's Hospital"), or "" when `cue`
    opens it (a "United Nations" is no club) or it runs on past the cue ("Kestrel College Trust")."""
    after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if after is not None and after.tag_ in _NAME_TAGS:
        return ""
    start = cue.i
    while start > 0 and (_word_of_name(doc[start - 1]) or _possessive_in_name(doc, start - 1)):
        start -= 1
    return doc[start : cue.i + 1].text if start < cue.i else ""


def _word_of_name(word: Token) -> bool:
    """A proper noun, or a capitalised adjective inside a sentence ("Northern" of "the Northern Premier")."""
    return word.tag_ in _NAME_TAGS or word.tag_ == "JJ" and word.is_title and not word.is_sent_start


def _possessive_in_name(doc: Doc, i: int) -> bool:
    """ "'s" of "St Anne's Hospital": a possessive between two capitalised words of one name, not a place's that owns
    the body ("Ostland's Premier League")."""
    return doc[i].tag_ == "POS" and i > 0 and doc[i - 1].tag_ in _NAME_TAGS and doc[i - 1].ent_type_ != "GPE"
