"""The person a "he" or "she" stands for when the sentence before has a described person as its subject: "Polish
kayaker X … . The kayaker did not speak to reporters. In a statement, he thanked his family and said …" is X, the
topic of that sentence, though his lawyer was named since. The description must be "the" and a noun of a role the
article gave one named person ("the kayaker", "the minister"); the person's gender must not tell against the pronoun
(antecedents.named_subject_before checks it)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.role_holders import holder_of_role
from dashboard.analysis.quotes.speakers import Cast


def role_holder_described(cast: Cast, p: int, subject: Token) -> Speaker | None:
    """The named person "the <role noun>" as a sentence's subject stands for; None when the subject is no such
    description or the role fits no one named."""
    if [c.lower_ for c in subject.children if c.dep_ == "det"] != ["the"]:
        return None  # not "a kayaker", "every athlete"
    return holder_of_role(cast, p, subject)
