"""An officer named in apposition to a title that opens with the body's name ("the Clinical Officers Union Dalton
branch chairman, Mr Abel Moraa, said"): the recogniser tags the body, often with the branch's town run into it, and
the parser makes the body the subject, the title words after it a phrase of the body's, and the name an apposition
of the body. The body does not speak: the person named after its title does."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS

#: Labels of bodies whose name may open a title.
_BODY_LABELS = frozenset({"ORG", "NORP", "GPE"})


def officer_after_body_title(subject: Token) -> Token:
    """The person's name set off by commas after a body's name and the lower-case words of a title that end in a
    person's noun ("branch secretary-general"), when the parser made the body the subject and the name its
    apposition; the subject itself otherwise."""
    if subject.ent_type_ not in _BODY_LABELS:
        return subject
    doc = subject.doc
    end = subject.i
    while end < len(doc) and doc[end].ent_iob_ == "I" or end == subject.i:
        end += 1  # the first word after the body's name
    comma = end
    while comma < len(doc) and (doc[comma].is_lower or doc[comma].text == "-"):
        comma += 1
    titled = any(t.tag_ == "NN" and t.lemma_.lower() in PEOPLE_NOUNS for t in doc[end:comma])
    if comma >= len(doc) or doc[comma].text != "," or not titled:
        return subject
    named = [c for c in subject.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.left_edge.i > comma]
    return named[0] if named else subject
