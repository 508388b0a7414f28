"""An office given before its holder's name: "Ontario's housing minister says …. Speaking to reporters, Housing
Minister Ann Roe said …": a description of an office with a word that narrows it ("housing minister"), subject of a
cue in a sentence that names no one, is the person the next sentence of the paragraph names under that very title.
So is a lede's head of a named organisation, "The former boss of Brightwater Power has told MPs …", "The chief
executive of X has said …", when the next paragraph opens on a person the article ties to that organisation ("Graham
Telford, who was chief executive of Brightwater, told …")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import TITLE_NOUNS
from dashboard.analysis.quotes.organisations import BODIES_OF_TITLES
from dashboard.analysis.quotes.voice_owners import voice_owner

#: Most words of a title before a name ("Deputy Housing Minister").
_TITLE_WORDS = 4
#: Nouns of whoever heads an organisation ("the boss of X", "the head of X").
_HEADS = frozenset({"boss", "head", "chief", "chairman", "chairwoman", "founder"})
#: How far into its paragraph the name of the head a lede described must stand.
_OPENING = 3


def named_next(cast, p: int, noun: Token):
    """The person the sentence after `noun`'s names with the title `noun` describes, or None."""
    if noun.lemma_.lower() == "voice" and (owner := voice_owner(noun.sent)) is not None:  # "says a voice from the
        ent = cast.entity(p, owner)  # dark. The voice belongs to Darnell Hughes"
        return cast.person(cast.name_of(p, ent)) if ent is not None and cast.label(p, ent) == "PERSON" else None
    narrowing = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.text.islower()]
    if not noun.text.islower() or noun.lemma_.lower() not in TITLE_NOUNS or not narrowing:
        return None
    sent = noun.sent
    if any(t.ent_type_ == "PERSON" for t in sent) or sent.end >= len(sent.doc):
        return None
    following = sent.doc[sent.end].sent
    for token in following:
        ent = cast.entity(p, token)
        if ent is None or ent.start != token.i or cast.label(p, ent) != "PERSON":
            continue
        title = [t.lower_ for t in sent.doc[max(following.start, ent.start - _TITLE_WORDS) : ent.start]]
        if noun.lower_ in title and all(word in title for word in narrowing):
            return cast.person(cast.name_of(p, ent))
    return None


def lede_head_named_next(cast, p: int, noun: Token):
    """The person the paragraph after a lede opens on, when the lede's subject `noun` is "the (former) boss of" an
    organisation the article names, in a first sentence that names no person, and the article ties that person to
    the same organisation (its name, or the first word of it); None otherwise."""
    docs, sent = cast.docs, noun.sent
    if p > 1 or sent.start != 0 or not heads_a_body(noun) or p + 1 >= len(docs):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    body = cast.entity(p, owner) if owner is not None else None
    if body is None or any(t.ent_type_ == "PERSON" and t not in body for t in sent):
        return None  # the organisation, however tagged, is the one the person named next is tied to
    following = docs[p + 1]
    ent = next((cast.entity(p + 1, t) for t in following[:_OPENING] if cast.entity(p + 1, t) is not None), None)
    if ent is None or cast.label(p + 1, ent) != "PERSON":
        return None
    name, company = cast.name_of(p + 1, ent), cast.name_of(p, body)
    tied = cast.profiles[name].affiliation if name in cast.profiles else ""
    same = bool(tied) and (tied == company or tied.split()[0] == company.split()[0])
    return cast.person(name) if same else None


def heads_a_body(noun: Token) -> bool:
    """Whether `noun` names whoever heads a body ("boss") or, with the words that narrow it, an office a body has one
    holder of ("chief executive", "managing director")."""
    narrowing = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    return noun.lemma_.lower() in _HEADS or " ".join([*narrowing, noun.lower_]) in BODIES_OF_TITLES
