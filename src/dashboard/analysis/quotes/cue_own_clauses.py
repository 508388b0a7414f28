"""A cue that the parser took for the root of its sentence, between a comma before its subject and one after it, is
read as a cue set inside what was said ("These workers, Lang explained in the hearing, were paid well"). It is no
such cue when what follows its closing comma is a clause of the cue's own: one joined to it with its own subject
("In the end, the firm agreed to lend the mill $5 million, and the union also stepped in with money") or a participle
that tells what the speaker went on to do ("Since then, the country has responded by training recruits, leading the
talks …"), and what stands before the first comma holds no verb: it is only the setting of the writer's sentence ("In
the end", "On Nov. 24", "Since then"), and nothing around the cue was said."""

from __future__ import annotations

from spacy.tokens import Token


def own_clause_after_cue(verb: Token, before: list[Token], closing: int) -> bool:
    """Whether the words after the comma at `closing` open a clause that hangs on the cue `verb` itself (a conjunct
    with a subject of its own that "and" or "but" joins right after that comma, or a participle right after it)
    while the words `before` the cue's subject hold no verb: a setting, not a clause said ("…, the monitor warned,
    blaming …" reports the clause)."""
    if any(t.pos_ in ("VERB", "AUX") for t in before):
        return False
    joined = closing + 1 < len(verb.doc) and verb.doc[closing + 1].dep_ == "cc" and verb.doc[closing + 1].head == verb
    for child in verb.rights:
        if child.i <= closing:
            continue
        subject = any(s.dep_ in ("nsubj", "nsubjpass") and s.i > closing for s in child.children)
        if joined and child.dep_ == "conj" and subject:  # not "X, it claimed, breaks the rules, and so Y was …"
            return True
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.left_edge.i == closing + 1:
            return True
    return False
