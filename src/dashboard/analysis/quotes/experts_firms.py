"""The organisation "the bank" (or "the firm", "the company") stands for right after a group of its experts spoke:
"Analysts at Thorncliffe Markets said in a note that the dollar would stay strong as long as the Fed kept rates high.
The bank said it now expected …" is Thorncliffe Markets, as markets reports write, not the Fed that acts inside what
the analysts said. The sentence before (in the paragraph, or the last of the paragraph before) has as its main subject
experts of a firm ("Analysts at Y", "Economists of Y", "Y's strategists") and a cue; a body that acted inside what they
said does not come between, one that acted after it does. A part of `Institutions._org_named_before`
(institutions.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.body_phrases import may_mean
from dashboard.analysis.quotes.kinds import ANALYST_WORDS
from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.quotes.organisations import PUBLIC, organisation_type

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

Position = tuple[int, int]


def firm_of_experts_before(cast: People, p: int, token: Token, recent: list[tuple[Position, str]]) -> str:
    """The firm whose experts are the main subject of the sentence right before "the <noun>" (token of paragraph p),
    when the noun may mean it and no body of `recent` acted after that sentence's reported words; "" otherwise."""
    if token.sent.start > 0:
        q, before = p, cast.docs[p][token.sent.start - 1].sent
    elif p > 0 and len(cast.docs[p - 1]):
        q, before = p - 1, cast.docs[p - 1][-1].sent
    else:
        return ""
    root = before.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS" or subject.lower_ not in ANALYST_WORDS:
        return ""
    if root.lemma_.lower() not in CUE_VERBS:
        return ""
    owners = [c for c in subject.children if c.dep_ == "poss"]
    owners += [o for c in subject.children if c.dep_ == "prep" and c.lower_ in ("at", "of") for o in c.children]
    said = {t.i for c in root.children if c.dep_ == "ccomp" for t in c.subtree}
    for owner in owners:
        ent = cast.entity(q, owner)
        name = cast.name_of(q, ent) if ent is not None and cast.label(q, ent) == "ORG" else ""
        if not name or organisation_type(name) in PUBLIC or not may_mean(name, token):
            continue
        since = [pos for pos, _ in recent if pos > (q, owner.i) and not (pos[0] == q and pos[1] in said)]
        return "" if since else name
    return ""
