"""A definite description by the post of whoever runs a place or body, said of the one an earlier sentence said runs
it: "Ada Moss has run the Elm Street Shelter for 14 years. … “…,” the director said." is Ada Moss, who is the
shelter's director though the article never calls her so. The noun is one of the heads of a place ("director",
"manager", "head"), and the earlier sentence has the named person as the subject of "run", "manage", "head" or
"direct" with a name (of an organisation or a facility) as its object, outside quotation marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.doc_text import lemma_places

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

#: The posts of whoever runs a place, as a description names them.
RUNNER_NOUNS = frozenset({"director", "manager", "head"})
#: Verbs that say a person runs a place or a body ("has run the shelter", "manages the Elm Street Mill").
_RUNNING = frozenset({"run", "manage", "head", "direct"})
#: Entity labels of the names a person runs.
_RUN_NAMES = frozenset({"ORG", "FAC"})


def runner_named(cast: Cast, p: int, reach: int, noun: Token) -> str:
    """The named person, in this paragraph before `noun` or in the `reach` paragraphs before it, whom the latest
    sentence said runs a named place or body, when `noun` names the post of whoever runs one; or ""."""
    if noun.lemma_.lower() not in RUNNER_NOUNS:
        return ""
    latest = ""
    for q in range(max(0, p - reach), p + 1):
        doc = cast.docs[q]
        for i in lemma_places(doc, _RUNNING, "VERB"):
            if (q, i) >= (p, noun.i):
                break
            if not cast.quoted((q, i)):
                latest = _runner(cast, q, doc[i]) or latest
    return latest


def _runner(cast: Cast, q: int, verb: Token) -> str:
    """The named person who is the subject of a verb of running whose object is a name, or ""."""
    if not any(c.dep_ == "dobj" and c.ent_type_ in _RUN_NAMES for c in verb.children):
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    ent = cast.entity(q, subject) if subject is not None else None
    if ent is None:
        return ""
    return next((person for pos, person, _ in cast.people if pos == (q, ent.start)), "")
