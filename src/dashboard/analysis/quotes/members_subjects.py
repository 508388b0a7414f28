"""An organisation that acts through its members: "Members of Brask Credit Union voted to merge …, the credit union
said" is Brask's doing, as "Brask Credit Union agreed to merge …" would be, so a later "the credit union" or "it"
is Brask even when another body is named after it in the sentence."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import SUBJECT_DEPS
from dashboard.analysis.quotes.topics import of_infinitive

#: Nouns of the people who own, belong to or work for an organisation, whose vote or act is the organisation's.
_MEMBER_NOUNS = words("""
member members shareholder shareholders stockholder stockholders unitholder unitholders depositor depositors
policyholder policyholders employee employees
""")


def acts_as_subject(root: Token) -> bool:
    """Whether an organisation's name (its root token) is a clause's subject, itself or as the owner of the members
    who are ("Members of X voted", "X's shareholders approved"); not the subject of an infinitive ("for X to buy")."""
    subject = root if root.dep_ in SUBJECT_DEPS else _members_subject(root)
    return subject is not None and not of_infinitive(subject)


def _members_subject(root: Token) -> Token | None:
    """The members noun that is a clause's subject and whose owner the name is ("members of X", "X's members")."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif root.dep_ != "poss":
        return None
    return head if head.lower_ in _MEMBER_NOUNS and head.dep_ in SUBJECT_DEPS else None
