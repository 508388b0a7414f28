"""What "reported" with a noun object does not report as a statement: "reported the post to the site's staff",
"reported her message as spam" flag something to someone; "will report its earnings on Wednesday" is still to come;
and a company reporting its results ("reported a loss of $3 million", "reported record profits") says no quote.
"The elections board reported long lines", "police reported a dozen injuries" report what the object says."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Auxiliaries of a report still to come.
_TO_COME = frozenset({"will", "would", "shall", "'ll", "\u2019ll"})
#: Results a business or a campaign reports for a period, which are figures, not statements.
_RESULTS = words("""
loss profit earnings revenue revenues sales income growth result deficit surplus turnover margin dividend haul
""")
#: Entity types of figures a report gives ("rose to $5 million", "to 4 percent").
_FIGURES = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME"})


def no_report(thing: Token, lemma: str) -> bool:
    """Whether the object `thing` of the cue `lemma` "report" is a period's results, is flagged to someone or as
    something, or is yet to be reported."""
    if lemma != "report":
        return False
    verb = thing.head
    if thing.lemma_.lower() in _RESULTS or thing.lower_ in _RESULTS:
        return True
    if any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children):
        return True
    return any(t.dep_ == "prep" and t.i > thing.i and _flags(t) for t in verb.subtree)


def _flags(preposition: Token) -> bool:
    """ "as spam", "to the site's staff": whom or as what something is flagged, wherever the parser hung it; not
    "to $5 million", where a figure rose."""
    if preposition.lower_ == "as":
        return True
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return preposition.lower_ == "to" and bool(objects) and all(o.ent_type_ not in _FIGURES for o in objects)
