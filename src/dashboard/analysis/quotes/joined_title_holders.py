"""The person named after two titles joined by "and" that open a sentence ("Co-founder and Chief Executive Ann Roe
said", "Vice-chairman and Chief Executive Ann Roe said"). With the first title hyphenated, the parser may split it into
several subjects of the cue and hang the name on its last part as a conjunct, as if the title and the person were two
speakers. A bare title with no article or owner that opens the sentence is no speaker of its own but the first title of
the person named after the second (GUIDELINES: the speaker is the person, the titles their role); "The chairman and
Ann Roe said" (an article) and "Officials and Ann Roe said" (a plural) name two speakers."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.kinds import ROLE_WORDS


def holder_after_joined_title(subject: Token) -> Token:
    """The name joined by "and" to a subject that is a bare singular title opening its sentence (its hyphenated parts
    only before it) with nothing but capitalised title words between the "and" and the name; the subject otherwise."""
    if subject.ent_type_ == "PERSON" or subject.tag_ != "NN" or subject.lower_ not in ROLE_WORDS:
        return subject
    if any(c.dep_ in ("det", "poss") for c in subject.children):
        return subject
    if any(t.whitespace_ for t in subject.doc[subject.sent.start : subject.i]):
        return subject  # "founder" of "Co-founder" opens the sentence; not "A founder", "Its founder"
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children):
        return subject
    named = [c for c in subject.rights if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    if len(named) != 1:
        return subject
    between = subject.doc[subject.i + 1 : named[0].left_edge.i]
    titled = all(t.lower_ == "and" or t.is_title or t.is_upper for t in between)
    return named[0] if titled else subject
