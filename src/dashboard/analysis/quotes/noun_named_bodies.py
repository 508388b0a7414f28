"""A body spoken of again by the plain noun the article named it with: "the regional bloc IGAD … the bloc said",
"The U.N. peacekeeping mission in Congo, MONUSCO, … the mission's head", "The World Food Programme will cut rations,
the U.N. agency said. … The agency's country director". The noun, after "the", is the body the last phrase with that
noun named: by a name set right after the noun, by a name or initials set off in commas ("Belgium's security service,
the Civil Security Directorate, said … The service's director general"), or as the subject of what it said; a
committee by what it does ("parliament's finance committee … The committee's chairman")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.quotes.acronym_appositions import initials_set_off
from dashboard.analysis.quotes.datelined import past_dateline
from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.quotes.organisations import COMPANY, organisation_type

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Nouns of bodies that may name one again, and "bloc", a group of states, and "service", a state's security or
#: intelligence body ("the security service"), which the lexicon of bodies lacks.
_NOUNS = BODY_NOUNS | {"bloc", "service"}
#: Bodies of members a house sets up, named by what they do ("the finance committee").
_COMMITTEES = frozenset({"committee", "subcommittee"})
#: Nouns only a body is called by, after which a name set off in commas is the body's, whatever the recogniser took
#: it for ("the cyber agency, Kybervahti,"); a trade a person plies too ("the crane operator, X,") or an office
#: ("the agency's top regulator, Dr. X,") names no body.
_BODY_ONLY = frozenset(
    {"agency", "ministry", "department", "office", "bureau", "service", "directorate", "authority", "commission",
     "council", "institute", "company", "firm", "bloc", "embassy", "consulate"}
)  # fmt: skip
#: How many paragraphs back the phrase that named the body may stand.
_REACH = 2
#: Words that may join the proper words of a name set after its noun ("the bloc Economic Community of West Africa").
_JOINERS = frozenset({"of", "for", "and"})
#: Labels of names that are no body's ("the mission Tuesday", "the group Ann Roe").
_NOT_BODIES = frozenset({"DATE", "TIME", "PERSON", "GPE", "CARDINAL"})


def body_named_by_noun(cast: People, p: int, token: Token) -> str:
    """The name of the body "the <noun>" (or "the <noun>'s") at the token means: the one the last phrase with that
    noun, in this paragraph or the two before, named; "" when the token is no such plain noun or that phrase named
    none."""
    lemma = token.lemma_.lower()
    plain = all(c.dep_ in ("det", "case") for c in token.children) and any(c.lower_ == "the" for c in token.children)
    if lemma not in _NOUNS or token.pos_ != "NOUN" or not token.text.islower() or not plain:
        return ""
    for q in range(p, max(0, p - _REACH) - 1, -1):
        doc = cast.docs[q]
        end = token.i if q == p else len(doc)
        last = next((t for t in reversed(doc[:end]) if t.lemma_.lower() == lemma and t.text.islower()), None)
        if last is not None:
            named = _name_after(last) or (_set_off_after(last) if lemma in _BODY_ONLY else "") or initials_set_off(last)
            return named or _whose_words(cast, q, last) or _committee(last)
    return ""


def _committee(noun: Token) -> str:
    """ "finance committee" of "parliament's finance committee": a committee, which a house names by what it does,
    named by those words when no name is set beside it."""
    if noun.lemma_.lower() not in _COMMITTEES:
        return ""
    fields = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.text.islower() and c.i == noun.i - 1]
    return f"{fields[0].text} {noun.text}" if fields else ""


def _whose_words(cast: People, q: int, noun: Token) -> str:
    """ "World Food Programme" of "The World Food Programme will cut rations, the U.N. agency said": the organisation
    that is the subject of the words the noun's phrase says, when one the recogniser found is; else ""."""
    if noun.dep_ != "nsubj":
        return ""
    said = [c for c in noun.head.children if c.dep_ == "ccomp"]
    subjects = [c for clause in said for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subject in (past_dateline(s) or s for s in subjects):  # "NAIROBI (AP) - The World Food Programme will"
        if (ent := cast.entity(q, subject)) is not None and cast.label(q, ent) == "ORG":
            return cast.name_of(q, ent)
    return ""


def _name_after(noun: Token) -> str:
    """ "IGAD" of "the regional bloc IGAD": the proper words set right after the noun, with the small words that
    join them; "" when none are or they name no body."""
    doc, end = noun.doc, noun.i + 1
    while end < len(doc) and (_proper(doc[end]) or doc[end].lower_ in _JOINERS and _proper_next(doc, end)):
        end += 1
    words = doc[noun.i + 1 : end]
    if not words or any(t.ent_type_ in _NOT_BODIES for t in words):
        return ""
    return words.text


def body_name_set_off(noun: Token) -> str:
    """The name set off after a body's lower-case noun (see `_set_off_after`); "" for any other noun."""
    lemma = noun.lemma_.lower()
    return _set_off_after(noun) if lemma in _BODY_ONLY and noun.pos_ == "NOUN" and noun.text.islower() else ""


def _set_off_after(noun: Token) -> str:
    """ "Civil Security Directorate" of "Belgium's domestic security service, the Civil Security Directorate,": a name
    of capitalised words set off in commas after the noun, as the parser hangs it (an apposition), whatever the
    recogniser took it for ("Kybervahti" of "the government cyber agency, Kybervahti," tagged a person's); "" when
    none is, or it names a date, a place or a number."""
    doc = noun.doc
    for child in (c for c in noun.rights if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","):
        words = [t for t in child.subtree if not (t.i == child.left_edge.i and t.lower_ == "the")]
        after = words[-1].i + 1 if words else len(doc)
        if not words or after >= len(doc) or doc[after].text not in (",", "."):
            continue
        if all(_proper(t) or t.lower_ in _JOINERS for t in words) and _proper(words[-1]):
            return "" if any(t.ent_type_ in _NOT_BODIES - {"PERSON"} for t in words) else doc[words[0].i : after].text
    return ""


def set_off_types(ents: list[list[Span]]) -> dict[str, str]:
    """The type of body the noun before each name set off after it gives, when the name alone says no more than a
    company's ("Kybervahti" of "Finland's government cyber agency, Kybervahti,": a state's), so that its people get
    the kind that type gives."""
    types = {}
    for ent in (e for paragraph in ents for e in paragraph if e.root.dep_ == "appos"):
        noun = ent.root.head
        if body_name_set_off(noun) == ent.text and organisation_type(ent.text) == COMPANY:
            words = " ".join(t.text for t in noun.lefts if t.dep_ in ("amod", "compound")) + f" {noun.text}"
            if (found := organisation_type(words)) != COMPANY:
                types[ent.text] = found
    return types


def _proper(token: Token) -> bool:
    """A capitalised proper noun."""
    return token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper()


def _proper_next(doc: Doc, i: int) -> bool:
    """Whether a capitalised proper noun follows token i."""
    return i + 1 < len(doc) and _proper(doc[i + 1])
