"""A witness described in one sentence and named in the next: "An RCMP constable told the inquest that …. Const. Ann
Roe testified that …", "A paving contractor told a jury …. Ann Roe, who is testifying under …, said …". Court and
inquiry news leads with what the witness is and names them right after, as the subject of another verb of speech.
The described subject of a cue that people use ("told", "testified"), "a" and a singular noun for a person, is the
person who opens the next sentence of the same paragraph (perhaps after a title) as the subject of its cue, unless the
first sentence spoke of that person ("… that she saw Ann Roe leave. Roe testified …"). A description with "the" must
open the story's first paragraph to name a person ("The former deputy minister testified …"): after a name it points
back to someone named before. Not a spokesperson or one "of"/"for" a named body (rules of their own find who speaks
for a body), nor a sentence with a quotation ("“…,” the professor says. Mayor Ann Roe says …": a speaker named
before)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS, DOER_ENDINGS, HUMAN_CUES, PEOPLE_NOUNS
from dashboard.analysis.quotes.marks import CLOSING_MARKS, QUOTE_MARKS
from dashboard.analysis.quotes.named_next import heads_a_body
from dashboard.analysis.quotes.people import Speaker

#: How far into the next sentence the name may start ("Const. Brady Kowalchuk", "Capt. Elias Vandermolen").
_OPENING = 3
#: Witnesses' nouns that end in none of those.
_WITNESS_NOUNS = frozenset({"constable", "captain", "guard", "witness", "nurse", "paramedic", "coroner", "chief"})
#: Entity labels of a body a person may be "of" or "for".
_BODIES = frozenset({"ORG", "GPE", "NORP"})


def witness_named_next(cast, p: int, noun: Token, found: Speaker | None) -> Speaker | None:
    """The person the sentence after `noun`'s opens on as the subject of a cue, for a described single speaker
    `found` (unnamed, or none the lists know: "a paving contractor"); else `found`."""
    if found is not None and (found.kind != "unnamed" or found.name or found.plural):
        return found
    if not _described_witness(noun):
        return found
    definite = any(c.lower_ in ("the", "its") for c in noun.children)
    if definite and any(q < p for (q, _), *_ in cast.people):
        return found  # "The businessman said …" after Trump was named: a word for someone named before
    sent = noun.sent
    if sent.end >= len(sent.doc) or any(t.text in QUOTE_MARKS for t in sent):
        return found
    mentioned = {cast.name_of(p, e) for e in sent.ents if e.label_ == "PERSON"}
    following = sent.doc[sent.end].sent
    if _head_of_its_body(noun):
        return _bare_speaker_after_quotation(cast, p, following, mentioned) or found
    for token in following[:_OPENING]:
        ent = cast.entity(p, token)
        if ent is None or ent.start != token.i or cast.label(p, ent) != "PERSON":
            continue
        head = ent.root
        speaks = head.dep_ == "nsubj" and head.head == following.root and head.head.lemma_.lower() in CUE_VERBS
        name = cast.name_of(p, ent)
        return cast.person(name) if speaks and name not in mentioned else found  # not whom the witness spoke of
    return found


def _head_of_its_body(noun: Token) -> bool:
    """ "its chief executive", "its founder" opening no clause of its own, subject of a cue in the sentence that opens
    its paragraph."""
    owners = [c.lower_ for c in noun.children if c.dep_ == "poss"]
    cue = noun.head.lemma_.lower() in CUE_VERBS and noun.dep_ == "nsubj"
    return owners == ["its"] and cue and noun.sent.start == 0 and heads_a_body(noun)


def _bare_speaker_after_quotation(cast, p: int, following, mentioned: set) -> Speaker | None:
    """The person named with no title or trade before it who speaks the quotation that opens `following`, in the
    sentence where it closes."""
    if not following or following[0].text not in QUOTE_MARKS:
        return None
    closing = following
    while not any(t.text in CLOSING_MARKS for t in closing[1:]) and closing.end < len(closing.doc):
        closing = closing.doc[closing.end].sent  # "“… Quillwork. I take full responsibility …,” Ann Roe wrote"
    if closing.root.lemma_.lower() not in CUE_VERBS:
        return None
    subject = next((c for c in closing.root.children if c.dep_ == "nsubj"), None)
    ent = cast.entity(p, subject) if subject is not None else None
    if ent is None or cast.label(p, ent) != "PERSON" or cast.name_of(p, ent) in mentioned:
        return None
    if any(t.i < ent.start for t in ent.root.subtree):
        return None  # "union organiser Ann Roe said": someone of a trade or body of their own
    return cast.person(cast.name_of(p, ent))


def _described_witness(noun: Token) -> bool:
    """ "An RCMP constable", "A paving contractor", "The former deputy minister of environment" opening its paragraph:
    a singular lowercase noun for a person, subject of a cue people use, tied to no named body."""
    if _head_of_its_body(noun):
        return True
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NN" or noun.ent_type_ or not noun.text.islower() or lemma.startswith("spokes"):
        return False
    if lemma not in PEOPLE_NOUNS and lemma not in _WITNESS_NOUNS and not lemma.endswith(DOER_ENDINGS):
        return False
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in HUMAN_CUES:
        return False  # a verb of speech only people use ("told", "testified")
    if any(t.ent_type_ in _BODIES or t.ent_type_ == "PERSON" for c in noun.rights for t in c.subtree):
        return False  # "a spokesman for X", "a lawyer for Ann Roe"
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return dets in (["a"], ["an"]) or dets == ["the"] and noun.sent.start == 0
