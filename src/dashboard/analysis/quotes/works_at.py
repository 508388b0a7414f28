"""The clause that ties a person to where they work: "X, who heads Y,", "X, who helps manage $4bn at Y,".

The verb of work may stand alone in the relative clause (or be one of covering a field for a firm: "who covers the
sector for Y") or after a verb of helping or beginning ("who helps manage", "who used to run"); a clause of running
gives the role when the article gives no other ("who chairs Y", "who helps manage $4bn"), and one of managing money
makes a fund manager, an expert on markets."""

from __future__ import annotations

import re

from spacy.tokens import Token

#: Verbs of running what a person works at, whose clause is their role when none is given ("who chairs Y").
RUNS = frozenset({"head", "lead", "direct", "run", "chair", "manage", "oversee", "coordinate"})
#: Verbs of a relative clause that tie a person to an organisation ("who heads the institute", "who coordinates the
#: group Y", "who sits on the Senate finance committee"): running it, or working, teaching or sitting there.
WORKS_AT = RUNS | {"work", "teach", "serve", "advise", "found", "sit"}
#: Verbs of a clause that is a role when none is given: running a body, or advising one from outside ("who now
#: advises Y", whose role reads "advises Y").
ROLE_CLAUSES = RUNS | {"advise"}
#: A role that manages money ("helps manage $4bn", "manages assets", "oversees 2 billion euros of funds").
MANAGES_MONEY = re.compile(
    r"\b(?:manag|oversee|run)\w*\b.*(?:[$€£¥]|\b(?:bn|billion|million|assets|funds|money|portfolios?|euros|dollars)\b)"
)


#: Bodies one sits on as a member ("who sits on the board of Y", "on the Senate finance committee").
_SEATS = frozenset({"board", "committee", "council", "panel", "commission", "bench", "court", "senate", "assembly"})


def work_verb(clause: Token) -> Token | None:
    """The verb of work of a relative clause: the clause's own, or the one it opens ("helps manage"); "sit" only on a
    body ("who sits on the board", not "who sat for an interview on the show"); any verb done "on behalf of" a body
    ("who read the statement on behalf of the council")."""
    if on_behalf(clause):
        return clause
    if clause.lemma_ == "sit":
        on = [o for c in clause.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children]
        return clause if any(o.dep_ == "pobj" and o.lemma_.lower() in _SEATS for o in on) else None
    if _follows_a_field(clause):  # "who covers the sector for Halden Bank", not "who covered the White House"
        return clause if _covering_for(clause) else None
    if clause.lemma_ == "speak" and clause.tag_ in ("VBZ", "VBP"):  # "who speaks for the Harlow Institute", not
        return clause if _speaking_for(clause) else None  # "who spoke for an hour" nor "who speaks for herself"
    if _runs_an_occasion(clause):  # "who led the talks with his Uzbek counterpart": an occasion, no body
        return None
    if clause.lemma_ in WORKS_AT or any(c.dep_ == "aux" and c.lower_[:-1] in RUNS for c in clause.children):
        return clause  # also "who heads Save the Children", the name's verb parsed as the clause's with "heads" its aux
    if clause.lemma_ in _STUDIES and clause.tag_ in ("VBZ", "VBP") and _at_a_name(clause):
        return clause  # "who studies armed groups at the Timbuktu Institute", not "who studied law at Harlow"
    return next((c for c in clause.children if c.dep_ == "xcomp" and c.lemma_ in WORKS_AT), None) or next(
        (c for c in clause.children if c.dep_ == "conj" and c.lemma_ in WORKS_AT and c.tag_ in ("VBZ", "VBP")), None
    )  # "who lost her house in the flood and now leads Y": a verb of work in the present joined to the clause


#: Occasions one leads or chairs, which are no body one works at ("who led the talks", "who chaired the meeting").
_OCCASIONS = frozenset(
    {"talk", "talks", "negotiation", "discussion", "meeting", "session", "summit", "round", "dialogue", "consultation"}
)


def _runs_an_occasion(clause: Token) -> bool:
    """Whether a clause of running has an occasion as its object ("who led the talks with …")."""
    objects = (c for c in clause.children if c.dep_ == "dobj")
    return clause.lemma_ in RUNS and any(o.lemma_.lower() in _OCCASIONS for o in objects)


#: Verbs of research that tie a person to where they do it, in the present tense ("who studies armed groups at Y").
_STUDIES = frozenset({"study", "research"})


def _at_a_name(clause: Token) -> bool:
    """Whether a clause says "at" a name after its verb ("studies migration at the Harlow Institute")."""
    preps = (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ == "at" and t.i > clause.i)
    return any(o.dep_ == "pobj" and o.pos_ == "PROPN" for prep in preps for o in prep.children)


def on_behalf(clause: Token) -> list[Token]:
    """The words after "on behalf of" that a clause's own verb governs ("who read the statement on behalf of a group
    calling itself Y", "speaking on behalf of the council"): whom the person speaks for; none when it has none."""
    for on in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "on"):
        for behalf in (o for o in on.children if o.dep_ == "pobj" and o.lower_ == "behalf"):
            for of in (c for c in behalf.children if c.dep_ == "prep" and c.lower_ == "of"):
                return [t for t in of.subtree if t.i > of.i]
    return []


def _speaking_for(clause: Token) -> bool:
    """Whether a clause of speaking, in the present tense, says it speaks "for" a body's name ("speaks for the Harlow
    Institute"), not for oneself or a while ("for herself", "for an hour")."""
    preps = (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "for")
    return any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ == "ORG") for p in preps for o in p.children)


#: Verbs of an analyst who follows a field for a firm ("who covers the sector for Y", "who follows airlines for Y",
#: "who tracks freight rates at Y"), or of one who speaks for a group on a body's behalf ("who represents the lock
#: keepers for the Y Union"); all but "cover" only in the present ("who followed the talks" is no post).
_FOLLOWS = frozenset({"cover", "follow", "track", "represent"})


def _follows_a_field(clause: Token) -> bool:
    """Whether a clause's verb is one of following a field for a firm (`_FOLLOWS`), in the present but for "cover"."""
    return clause.lemma_ == "cover" or clause.lemma_ in _FOLLOWS and clause.tag_ in ("VBZ", "VBP")


def _covering_for(clause: Token) -> list[Token]:
    """The words of the name a clause of covering a field does it for or at ("covers the sector for Halden Bank",
    "for the rating agency Northmoor Ratings", its noun named by an apposition), one represents a group for: a name,
    not a span of time ("covered the White House for years")."""
    ties = ("for",) if clause.lemma_ == "represent" else ("for", "at")  # not "represents the families at the court"
    for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in ties and t.i > clause.i):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        named = [a for o in objects for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
        if named or any(o.pos_ == "PROPN" for o in objects):
            return list(prep.subtree)
    return []


def manages_money(role: str) -> bool:
    """Whether a role manages money for investors, as a fund manager does."""
    return bool(MANAGES_MONEY.search(role.casefold()))


def fronted_workplace(subject: Token) -> list[Token]:
    """The words of a place of work set before a clause by "at" ("At the Harbourview Inn, manager Ann Ross said"), whose
    subject is described there by a role; none when the phrase does not open the clause."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ != "at" or child.i != verb.sent.start:
            continue
        comma = child.right_edge.i + 1
        if verb.doc[comma - 1].text == ",":  # the comma the parser hangs on the place: only a name's ("At Riksvang
            named = any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in child.children)  # Hospital in Oslo,"), not
            comma = comma - 1 if named else -1  # an occasion's ("At a June campaign event in Ohio,")
        if 0 <= comma < subject.left_edge.i and verb.doc[comma].text == ",":
            return [t for t in child.subtree if child.i < t.i < comma]
    return []


def workplace_of_fund(clause: Token, verb: Token) -> list[Token]:
    """The words of a clause of managing money that say where it is managed ("who manages the X Income Fund at Y,":
    Y, the fund manager's firm, not the fund), and of one of research, where it is done ("who studies Congress at Y":
    Y, not the body studied); the whole clause when it says no "at"; only the joined verb's words when the verb of
    work is joined to the clause ("who farms near Swift Current and chairs Y": Y, not the town)."""
    clause = verb if verb.dep_ == "conj" and verb.head == clause else clause
    if _follows_a_field(verb):  # only whom the field is covered for
        return _covering_for(verb)
    if behalf := on_behalf(clause):  # only whom it was done for
        return behalf
    text = " ".join(t.lower_ for t in clause.subtree)
    studies = verb.lemma_ in _STUDIES
    if not studies and (verb.lemma_ not in RUNS or not (manages_money(text) or re.search(r"\bfund\b", text))):
        return list(clause.subtree)
    at = [t for t in clause.subtree if t.dep_ == "prep" and t.lower_ == "at" and t.head.i >= verb.i]
    return list(at[0].subtree) if at else list(clause.subtree)


def running_now(noun: Token) -> str:
    """ "who leads the African Union observer mission" of "a former president of Malawi who leads …": the clause of
    what the person described by a former role runs now, from its "who"; "" when there is none."""
    for clause in noun.children:
        verb = work_verb(clause) if clause.dep_ == "relcl" else None
        who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
        if verb is not None and who and verb.lemma_ in RUNS:
            return noun.doc[clause.left_edge.i : clause.right_edge.i + 1].text
    return ""
