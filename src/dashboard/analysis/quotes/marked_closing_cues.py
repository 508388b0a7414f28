"""Whether a cue stands inside a subordinate clause ("when she said …", "because he says …"), and the one case where
the parser only makes it look so: a cue that closes its sentence after a comma ("Hiring rose in retail, while
factories shed jobs, the office said.") may be hung with the "while" of the clause before it as its own mark. Such a
cue reports the words before the comma, as any closing cue does, for the mark stands before that comma and the
subject after it, and nothing but when or where it was said follows the cue."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.around import before_closing_cue
from dashboard.analysis.quotes.closing_appositions import hung_on_the_clause_before
from dashboard.analysis.quotes.marks import CLOSING_MARKS
from dashboard.analysis.quotes.noun_read_cues import closes_sentence
from dashboard.analysis.quotes.quoted_after import runs_into_quotation


def subordinate(verb: Token, subject: Token) -> bool:
    """A cue inside "when …", "because …", which introduces no quotation next to it; not one whose mark the parser
    took from the clause before the comma that the cue closes."""
    doc = verb.doc
    return any(
        (c.dep_ == "mark" or c.tag_ == "WRB")
        and not any(t.text in CLOSING_MARKS for t in doc[c.i : verb.i])
        and not _mark_before_closing_comma(c, verb, subject)
        for c in verb.children
    ) and not runs_into_quotation(verb)  # a "that" inside the quotation before "…,” said X" is its own


def closes_its_sentence(subject: Token, verb: Token) -> bool:
    """ "…, she said." hung on the clause, "…, while B fell, the office said." hung on its mark, or "… shipbuilders, the
    firm Y said." with the firm hung on the noun before the comma (`closing_appositions`): a cue that closes
    the sentence and reports the words before the comma."""
    return (
        closes_sentence(subject, verb)
        or verb.dep_ == "advcl"
        and any(_mark_before_closing_comma(c, verb, subject) for c in verb.children)
        or hung_on_the_clause_before(verb, subject)  # "…, the security firm Y said on Wednesday."
    )


def _mark_before_closing_comma(mark: Token, verb: Token, subject: Token) -> bool:
    """Whether the mark stands before the comma that the cue's subject opens after, with a clause before the comma
    that the closing cue reports."""
    start = min(verb.i, subject.left_edge.i)
    if mark.dep_ != "mark" or subject.head != verb or not 0 < mark.i < start - 1 or verb.doc[start - 1].text != ",":
        return False
    return bool(before_closing_cue(verb, subject))
