"""The opening of a clause that a cue is set inside: "If the ferry stops, Ada Pell said on Monday, the island will
empty." The parser often makes the cue the head of the sentence, hangs the clause after the cue on it as what was
said, and hangs the opening ("If the ferry stops") on the cue too, as though it told when the cue was spoken. The
commas around the cue tell that it interrupts one clause, so the opening belongs to what was said, as the rule for a
cue hung on that clause already reads it (set_off_cues.opening_of_the_clause). Not "After the vote, Ada Pell said the
island will empty", where no comma parts the cue from what it reports and the opening is the narrator's, nor a
participle of the narrator's with no subject ("Asked about the fares, Ada Pell said, …")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.quotes.around import finite
from dashboard.analysis.quotes.marks import QUOTE_MARKS

#: Dependencies of a phrase that opens a clause: a condition or concession, a setting.
_OPENINGS = ("advcl", "prep", "advmod", "npadvmod")
#: The mark looked for, by key (`places_of`).
_COMMA = (",",)


def opening_before_cue(verb: Token, subject: Token, content: list[Token]) -> list[Token]:
    """The words of the opening, with its comma, to put before `content`, the clause after the cue; none unless the
    cue stands whole between two commas ("…, Ann Ross said on Monday, …") with the opening right before it and a
    clause with a subject of its own right after it."""
    doc = verb.doc
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is None or not content or any(subject.left_edge.i <= t.i < verb.i for t in content):
        return []
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) or not finite(clause):
        return []  # not "…, leading the police to ask …": a participle after the cue, no clause that was said
    comma = next(t for t in clause.subtree if not t.is_punct).i - 1
    if comma <= verb.i or doc[comma].text != ",":
        return []
    sent = verb.sent  # read only for a cue with a clause said after a comma
    first_comma = next((i for i in places_of(doc, _COMMA) if verb.i < i < sent.end), None)
    if first_comma != comma:
        return []  # not "…, Ann responded to a question about a claim, first made …, that she …"
    between = doc[subject.right_edge.i + 1 : verb.i]
    if any(t.dep_ not in ("aux", "neg") for t in between) or doc[subject.left_edge.i - 1].text != ",":
        return []  # not "Yet, a year since the mayor announced her plan, …": the speaker is no subject set off
    if any(t.text in QUOTE_MARKS for t in doc[sent.start : sent.end]):
        return []
    openings = _run_before(verb, subject.left_edge.i - 1)
    words = {t for c in openings for t in c.subtree} | {doc[c.right_edge.i + 1] for c in openings}
    return sorted(words - set(content), key=lambda t: t.i)  # a piece the parser hung elsewhere may be in already


def _narrators_participle(opening: Token) -> bool:
    """ "Asked about the fares", "Speaking to reporters": a clause with no subject of its own, which tells what the
    speaker did, not what was said."""
    return opening.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in opening.children)


def _run_before(verb: Token, comma: int) -> list[Token]:
    """The openings hung on the cue that run up to the comma before its speaker, one right after another: "If the
    river rises again" and "this spring", which the parser may hang on the cue apart."""
    run: list[Token] = []
    end = comma
    for child in sorted((c for c in verb.lefts if c.i < comma), key=lambda c: c.i, reverse=True):
        if child.dep_ not in _OPENINGS or child.right_edge.i + 1 != end or _narrators_participle(child):
            break
        run.append(child)
        end = child.left_edge.i
    return run
