"""Cues whose object is a thing, a request or a pronoun, not what was said: their content reports no speech.

"asked the council for $40,000" and "asked for an inquiry" (what was asked for), "asked that their names not be
used" and "asked that only her first name be used" (the formula of anonymity), "told two friends where she was
going" (the listeners and a place or time, no statement), "has said much the same thing" (words said elsewhere,
same_words.py), "describes the farm he grew up on" (a thing described, with
no "as …" saying what of it), "repeats it back" (a pronoun that stands for words said elsewhere). The cue stays, to
introduce a quotation beside it; only the content it would report is dropped. Not "asked them to vote" nor "asked for
volunteers to sign up" (people asked to do something, which PolNeAR counts), "described the plan as a mess",
"described how the fire spread".
"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.cues import Cue
from dashboard.analysis.quotes.lexicon import GROUP_WORDS, PEOPLE_NOUNS, PREDICATE_CUES
from dashboard.analysis.quotes.same_words import same_words

#: Verbs of a passive "not be …" that keep a name out of print ("asked that his name not be used").
_KEPT_OUT = frozenset({"use", "name", "identify", "publish", "print", "quote", "disclose", "reveal", "give"})
#: Verbs of a passive that keeps a name back with no "not" ("asked that his name be withheld").
_HELD_BACK = frozenset({"withhold", "omit", "keep", "conceal", "suppress"})
#: Words of asking and requesting.
_ASKING = frozenset({"ask", "request"})
#: Questions of place and time ("told her sister where she was going", "when he would be back").
_PLACE_OR_TIME = frozenset({"where", "when"})
#: Pronouns that stand for words said elsewhere ("repeats it", "read them out").
_STAND_INS = frozenset({"it", "them", "this", "that"})
#: Entity labels of people and bodies: asked for them, they are asked to do something.
_PEOPLE_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def drop_unsaid(cues: list[Cue]) -> list[Cue]:
    """The cues, the content emptied of each whose object says nothing of what was said (see the module), so that it
    may still introduce a quotation beside it; but a cue of a pronoun standing for words ("repeats it back") is left
    out, as those words were someone's quotation before it, and so is one of "the same thing"."""
    kept = []
    for cue in cues:
        if not unsaid(cue):
            kept.append(cue)
        elif not _repeated(cue) and not _said_same(cue):
            cue.set_content([])
            kept.append(cue)
    return kept


def unsaid(cue: Cue) -> bool:
    """Whether a cue's content is a thing asked for, the anonymity formula, a place or time told, a thing described
    with no "as", or a pronoun standing for words said elsewhere."""
    if not cue.content or any(t.text in "\u201c\u201d\"'" for t in cue.content):
        return False  # words in quotation marks are what was said
    if _said_same(cue):
        return True
    base = cue.verb.lemma_.lower()
    clauses = [h for h in cue.heads if h.dep_ not in ("dobj", "dative", "prep")]
    objects = [h for h in cue.heads if h.dep_ == "dobj"]
    if base in _ASKING:
        return _asked_for_thing(cue.verb, clauses) or any(_kept_out(h) for h in clauses)
    if base == "tell":
        return bool(clauses) and all(_place_or_time(h) for h in clauses)
    if base == "describe" and objects and not clauses and not _described_as(cue.verb, objects):
        return all(o.pos_ in ("NOUN", "PROPN", "PRON") and o.lower_ not in ("what", "how") for o in objects)
    return _repeated(cue)


def _repeated(cue: Cue) -> bool:
    """A pronoun object standing for words said before, with no clause nor "as" ("repeats it back"); not of a verb
    that names what it calls the pronoun ("called it a farce")."""
    objects = [h for h in cue.heads if h.dep_ == "dobj"]
    return (
        cue.verb.lemma_.lower() not in PREDICATE_CUES
        and len(objects) == len(cue.heads) > 0
        and all(_stand_in(o) for o in objects)
        and not _described_as(cue.verb, objects)
    )


def _said_same(cue: Cue) -> bool:
    """ "has said much the same thing", "said something similar" (same_words.py): like a pronoun repeated, words said
    elsewhere, so the cue is left out and claims no quotation beside it."""
    return any(t.head == cue.verb and t.dep_ == "dobj" and same_words(t) for t in cue.content)


def _asked_for_thing(verb: Token, clauses: list[Token]) -> bool:
    """ "asked the council for $40,000 (to cover …)", "asks for an inquiry": "for" and a thing, no clause but an
    infinitive of purpose; not "asked for volunteers to sign up"."""
    wanted = [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"
    ]
    if not wanted or any(c.dep_ == "ccomp" for c in clauses):
        return False
    return not any(
        p.ent_type_ in _PEOPLE_LABELS
        or p.pos_ == "PRON"
        or (lemma := p.lemma_.lower()) in PEOPLE_NOUNS
        or lemma in GROUP_WORDS
        for p in wanted
    )


def _kept_out(head: Token) -> bool:
    """ "that their names not be used", "that she not be identified": a negated passive that keeps a name out; "that
    his name be withheld", a passive that holds it back; "that only her first name, Carol, be used", a passive of the
    name itself, which only says how to print it."""
    deps = {c.dep_ for c in head.children}
    lemma = head.lemma_.lower()
    if "auxpass" not in deps:
        return False
    named = any(c.dep_ == "nsubjpass" and c.lemma_.lower() == "name" for c in head.children)
    return lemma in _KEPT_OUT and ("neg" in deps or named) or lemma in _HELD_BACK


def _place_or_time(head: Token) -> bool:
    """A finite clause opened by "where" or "when" ("exactly where he was going"); not an instruction ("told them
    when to queue")."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    opener = next((t for t in head.subtree if not t.is_punct and t.dep_ != "advmod" or t.tag_ == "WRB"), None)
    return opener is not None and opener.tag_ == "WRB" and opener.lower_ in _PLACE_OR_TIME


def _described_as(verb: Token, objects: list[Token]) -> bool:
    """ "described the plan as a mess", the "as" hung on the verb or on its object."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for t in (verb, *objects) for c in t.children)


def _stand_in(obj: Token) -> bool:
    """A pronoun object with nothing of its own ("repeats it back")."""
    return obj.lower_ in _STAND_INS and obj.pos_ == "PRON" and not any(obj.children)
