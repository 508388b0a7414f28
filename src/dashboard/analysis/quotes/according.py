"""The cue "according to X": X is the source of the clause the phrase is set in ("The plan will fail, according to
the audit."), or of the clause after it ("According to X, …")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.around import FINITE
from dashboard.analysis.quotes.lexicon import CUE_VERBS


def according_to(token: Token) -> tuple[Token, list[Token]] | None:
    """The source and what was said of "according to X": the clause it is set in, or the clause after it."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return None
    inner = {t.i for t in token.subtree}
    clause = token.head if token.head.i != token.i else token
    for joined in clause.rights:  # "X leads by 120 votes, according to a count, but Y has vowed to …": Y's own cue
        if joined.dep_ == "conj" and joined.i > token.i > clause.i and joined.lemma_.lower() in CUE_VERBS:
            inner |= {t.i for t in clause.subtree if t.i > token.right_edge.i}
    if (named := _name_set_off(source, clause)) is not None:  # "According to the agent, Farid Haddad, two buyers …"
        inner |= set(range(named.left_edge.i - 1, named.i + 2))  # the name and the commas around it
        source = named
    content = [t for t in clause.subtree if t.i not in inner] if token.dep_ != "ROOT" else _after_comma(token, source)
    return source, content


def _name_set_off(source: Token, clause: Token) -> Token | None:
    """ "According to the listing agent, Farid Haddad, two buyers have …" parsed with the name as a second subject
    of the clause: a person's name set off by commas right after the source, while the clause has a subject of its
    own after it, is the source's name (an apposition), not part of what was said."""
    doc = source.doc
    start = source.right_edge.i + 1
    if start + 1 >= len(doc) or doc[start].text != "," or doc[start + 1].ent_type_ != "PERSON":
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > start]
    name = subjects[0] if subjects else None
    if name is None or len(subjects) < 2 or name.left_edge.i != start + 1 or name.ent_type_ != "PERSON":
        return None
    ends = name.right_edge.i <= name.i + 1 and name.i + 1 < len(doc)  # the name alone, a comma after it
    return name if ends and doc[name.i + 1].text == "," else None


def _after_comma(according: Token, source: Token) -> list[Token]:
    """ "According to X, the plan will fail." parsed with "According" as the root and the clause hung on X: what
    was said is the clause after the comma that closes the source, when it has a finite verb of its own."""
    sent = according.sent
    comma = next((t for t in according.doc[source.i + 1 : sent.end] if t.text == ","), None)
    if comma is None or according.i != sent.start:
        return []
    clause = [t for t in according.doc[comma.i + 1 : sent.end] if not (t.is_punct and t.i == sent.end - 1)]
    return clause if len(clause) >= 3 and any(t.tag_ in FINITE for t in clause) else []
