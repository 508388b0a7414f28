"""What was said going on after a cue set off inside it: "The ferries will stop, Ann Ross said, because the harbour
is silting up." When the parser makes the cue the head of the sentence, the clause before the cue is what it reports
and the rest of the sentence hangs on the cue: a reason or concession ("because …", "although …"), or the agent of a
passive clause ("The toll will be paid, she said, by the shipping firms"). That rest still belongs to what the
speaker said; the cue only interrupts it. A clause joined by "and" after the cue is left out: it may be the writer's
own ("…, a spokeswoman said, and it has opened three times since"). Nor is a rest that holds a cue of its own
("…, he said, because he said …") said twice."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import doc_span
from dashboard.analysis.quotes.elided_clauses import with_rest_of_elided_clause
from dashboard.analysis.quotes.interrupting_cues import rest_around_interrupting_cue
from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.quotes.marks import QUOTE_MARKS
from dashboard.analysis.quotes.opened_before_cue import opening_before_cue

#: Words that open a clause giving the reason for, or a concession to, what was said before the cue.
_REASONS = frozenset({"because", "since", "although", "though", "unless"})


def said_around_set_off_cue(verb: Token, subject: Token, content: list[Token]) -> list[Token]:
    """`content` with the words on either side of it that a cue set off by commas interrupts: an opening before the
    cue when the content comes after it (opened_before_cue.py), or the rest after the cue when it comes before; and
    the rest after the comma that closes an elided clause ("said she would, if …"; elided_clauses.py)."""
    content = with_rest_of_elided_clause(verb, content)
    rest = rest_around_interrupting_cue(verb, subject, content)  # "Turnout falls, she says, fewer run"
    if rest:
        return sorted(content + rest, key=lambda t: t.i)
    return opening_before_cue(verb, subject, content) + content + said_on_after_cue(verb, subject, content)


def said_on_after_cue(verb: Token, subject: Token, content: list[Token]) -> list[Token]:
    """The words after a cue set off by commas that go on with `content`, the clause before it; none when the
    content does not stand wholly before the speaker, or nothing goes on."""
    if not content or max(t.i for t in content) >= min(subject.left_edge.i, verb.i):
        return []
    first = min(t.i for t in content)
    if any(t.text in QUOTE_MARKS for t in doc_span(verb.doc, max(first - 1, 0), verb.i)):
        return []  # "“…,” he said, and the crowd cheered": after a quotation, the writer goes on
    passive = any(t.dep_ == "auxpass" for t in content)
    said = []
    for child in verb.rights:
        if child.i <= verb.i or not _set_off(child):
            continue
        if _goes_on(child, passive) and not _said_again(child):
            said.extend(child.subtree)
    return said


def _set_off(child: Token) -> bool:
    """A dependent that a comma parts from the cue's own words."""
    doc = child.doc
    start = child.left_edge.i
    return start > 1 and doc[start - 1].text == ","


def _said_again(child: Token) -> bool:
    """ "…, he said, because he said the leaders …": a cue of its own in the rest, which it reports itself."""
    return any(
        t.lemma_.lower() in CUE_VERBS and t.dep_ not in ("relcl", "acl") and any(c.dep_ == "nsubj" for c in t.children)
        for t in child.subtree
    )  # not "…, because the one who called …": a clause about someone


def _goes_on(child: Token, passive: bool) -> bool:
    if child.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _REASONS for c in child.children)
    return passive and child.dep_ in ("prep", "agent") and child.lower_ == "by"
