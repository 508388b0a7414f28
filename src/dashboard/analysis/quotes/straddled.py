"""The quotation right before a cue that the cue introduces, though the parser read its content elsewhere. A content
that starts inside a quotation and runs on past the cue into narration: "“…, you get used to it,” he says, then turns
back to the oven." took "turns" for the sentence's verb and "says" for a clause beside it, so the content reads the
quoted words and the narration after the cue as one. A content that comes only after more narration: "“…,” Ann said
in an interview aired on “Desk.”". The quotation that ends right before the cue's subject is what the cue introduces;
the narration after it is nobody's words."""

from __future__ import annotations

from dashboard.analysis.quotes.marks import word_count
from dashboard.analysis.quotes.quoted_before_according import quotation_before_according

#: Tags of the word that opens narration after "he says," ("then", "and", "before"), not a quoted sentence going on.
_NARRATION_OPENERS = ("RB", "CC", "IN")


def straddled_quotation(cue, text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation of `spans` that the cue's content starts inside of and that ends right before the cue's pronoun
    subject ("“…,” he says"), when that content also runs on past the cue's verb into narration that opens with an
    adverb or a conjunction (", then turns …"); None otherwise."""
    subject, verb, content = cue.subject, cue.verb, cue.content_span
    if subject is None or content is None or content[1] <= verb.idx or subject.right_edge.i + 1 != verb.i:
        return None
    after = verb.doc[verb.i + 2] if verb.i + 2 < len(verb.doc) and verb.doc[verb.i + 1].text == "," else None
    if subject.tag_ != "PRP" or after is None or after.tag_ not in _NARRATION_OPENERS:
        return None  # not "“Only you,” she said, would use …", whose quoted sentence goes on after the cue
    if (opening := _next_quotation(spans, verb.idx, content[1])) and any(
        t.pos_ == "VERB" and t.idx < opening for t in verb.doc[verb.i + 1 :]
    ):
        return None  # "“…,” he said, and then added: “…”": the narration has a verb and a quotation of its own
    start = subject.left_edge.idx
    return next(
        (s for s in spans if s[0] <= content[0] < s[1] <= start and not text[s[1] : start].strip(" ,")),
        None,
    )


def _next_quotation(spans: list[tuple[int, int]], after: int, end: int) -> int:
    """Where the first quotation that opens after `after` and before `end` starts; 0 when none does."""
    return min((s[0] for s in spans if after < s[0] < end), default=0)


def quotation_before_cue(cue, text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """ "“…,” Ann said in an interview aired on “Desk.”": a quotation ending in a comma right before the cue's subject
    and verb is what the cue introduces when the words the parser took for its content come only after more
    narration ("in an interview …"); not "“…,” Ann said Tuesday the plan …", nor "“…,” she said, adding that …"."""
    if cue.lemma == "according to":  # "“…,” according to X, and …": the quotation alone (quoted_before_according)
        return quotation_before_according(cue, text, spans)
    subject, verb = cue.subject, cue.verb
    if subject.right_edge.i + 1 != verb.i or cue.content_span[0] < verb.idx:
        return None
    between = text[verb.idx + len(verb.text) : cue.content_span[0]]
    if word_count(between) < 3:
        return None
    start = subject.left_edge.idx
    ends_in_comma = [s for s in spans if text[s[0] : s[1]].rstrip("\u201d\"' ").endswith(",")]  # "“We won,”"
    return next((s for s in ends_in_comma if s[1] <= start and not text[s[1] : start].strip()), None)


def rest_of_split(text: str, quotation: tuple[int, int], verb_at: int) -> bool:
    """Whether a quotation opens right after a comma past the cue's verb: the rest of a quotation the cue split
    ("“Everything we have said,” she says, “points one way.”"), said however short, unlike a name after a preposition
    ("said on “Morning Desk.”")."""
    return quotation[0] > verb_at and text[: quotation[0]].rstrip().endswith(",")
