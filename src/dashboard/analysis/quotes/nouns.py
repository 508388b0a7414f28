"""Cues spoken as nouns: "his claim that the ferries were safe", "her point was that …", "Ann Ross's call for a ban on
night ferries", "made an urgent call for calm", "issued a warning that …": whose the noun is (or who made it) spoke,
and its clause or object is what was said."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.noun_clauses import clause_hung_above

#: Nouns of speech with what they take: a "that" clause or infinitive ("claim that …"), or "for" ("call for …").
NOUN_CUES = {
    "claim": "clause",
    "call": "for",
    "promise": "clause",
    "pledge": "clause",
    "vow": "clause",
    "point": "clause",
    "warning": "clause",
}
#: Verbs whose object is a speech noun made by their subject ("made a call for", "renewed her call for").
_MAKING = frozenset({"make", "issue", "renew", "repeat", "reiterate"})
#: Dependents after the object of "call for" that still belong to it ("… in March after the storm").
_AFTER = frozenset({"prep", "npadvmod"})


def noun_cue(noun: Token) -> tuple[Token, list[Token], str] | None:
    """The speaker token, the content and the lemma of a noun of speech, or None when it is none or says nothing."""
    lemma = noun.lemma_.lower()
    takes = NOUN_CUES.get(lemma)
    if noun.pos_ != "NOUN" or takes is None:
        return None
    speaker = _owner(noun)
    if speaker is None:
        return None
    content: list[Token] = []
    for child in noun.rights:
        if takes == "clause" and child.dep_ in ("acl", "ccomp") and _opens_clause(child):
            content.extend(child.subtree)
        elif takes == "for" and child.dep_ == "prep" and child.lower_ == "for" and not content:
            content.extend(t for t in child.subtree if t != child)
        elif takes == "for" and child.dep_ == "acl" and child.left_edge.lower_ == "to" and not content:
            content.extend(child.subtree)  # "his call to close the harbour"
        elif content and takes == "for" and child.dep_ in _AFTER:
            content.extend(child.subtree)
    if not content and takes == "clause":
        content = _clause_after_copula(noun) or clause_hung_above(noun)  # "Ann's claim is that …", "… claims that …"
    if not content:
        return None
    return speaker, content, lemma if takes == "clause" or content[0].lower_ == "to" else f"{lemma} {takes}"


def _owner(noun: Token) -> Token | None:
    """ "Ann's claim", "his call": the possessor; "Ann made a call for": the subject of the verb that made it."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    for prep in noun.children:  # "claims by the agencies that …", "calls from his rivals to …"
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MAKING:
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return None


def _opens_clause(clause: Token) -> bool:
    """A clause opened by "that" or "to" ("claim that it was safe", "claim to be the strongest"), not a relative one."""
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ == "mark" or first.lower_ == "to" and first.dep_ == "aux"


def _clause_after_copula(noun: Token) -> list[Token]:
    """ "Ann's point was that the ferry is safe": the "that" clause of the "be" whose subject the noun is."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
        return []
    clause = next((c for c in verb.rights if c.dep_ in ("ccomp", "attr") and _opens_clause(c)), None)
    return list(clause.subtree) if clause is not None and clause.left_edge.lower_ == "that" else []
