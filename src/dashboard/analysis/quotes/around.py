"""What was said when the parser does not hang it on the cue: the sentence around or before a cue set off by
commas ("The plan, she said, will fail."; "… is under pressure, said its chief executive."), and a "that"
clause parsed as a relative clause of the cue's object ("told the leaders that …")."""

from __future__ import annotations

from spacy.tokens import Token

#: What may follow a sentence-closing cue besides its speaker: when, where and how it was said.
_CLOSING_DEPS = frozenset({"prep", "npadvmod"})
_CLAUSE = frozenset({"VERB", "AUX"})
#: Tags of finite verbs: a clause, not a participle phrase ("Asked about it, …").
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def before_closing_cue(verb: Token, subject: Token) -> list[Token]:
    """ "The plant is under pressure, said its chief executive, Ann Ross." and "… marched in the parade, CNN
    reported.": a cue closing the sentence reports the words before the comma, whatever the parser hung it on."""
    sent, doc = verb.sent, verb.doc
    start = min(verb.i, subject.left_edge.i)
    if start - 1 <= sent.start or doc[start - 1].text != "," or not start <= subject.i <= verb.i + 8:
        return []
    speaker = {t.i for t in subject.subtree}
    allowed = {t.i for c in verb.children if c.dep_ in _CLOSING_DEPS for t in c.subtree if t.pos_ not in _CLAUSE}
    after = [t for t in doc[start : sent.end] if t.i != verb.i and not t.is_punct]
    if any(t.i not in speaker | allowed for t in after):
        return []  # more follows than the speaker and when or where ("…, Mexico said enough")
    before = list(doc[sent.start : start - 1])
    return before if len(before) >= 3 and any(t.tag_ in FINITE for t in before) else []  # a clause, not "Asked …,"


def around_inserted_cue(verb: Token, subject: Token) -> list[Token]:
    """ "These workers, Lang explained in the hearing, were paid well": the cue set off by commas inside
    the sentence, parsed as its root; what was said is the sentence around the commas."""
    sent = verb.sent
    opening = subject.left_edge.i - 1
    closing = next((t.i for t in verb.rights if t.dep_ == "punct" and t.text == ","), None)
    if opening <= sent.start or verb.doc[opening].text != "," or closing is None:
        return []
    before = [t for t in verb.doc[sent.start : opening] if not t.is_punct]
    after = [t for t in verb.doc[closing + 1 : sent.end] if not t.is_punct]
    if len(before) < 2 or len(after) < 2 or not any(t.pos_ in ("VERB", "AUX") for t in after):
        return []
    return [*before, *after]


def that_clause_of_object(verb: Token) -> list[Token]:
    """ "told the leaders that …" parsed as a relative clause of the object: the clause is what was said."""
    for obj in verb.children:
        if obj.dep_ in ("dobj", "dative"):
            for clause in obj.rights:
                if clause.dep_ == "relcl" and clause.doc[clause.left_edge.i].lower_ == "that":
                    return list(clause.subtree)
    return []
