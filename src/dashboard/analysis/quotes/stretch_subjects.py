"""A bare title ("the senator", "the governor") said of the person the current stretch of text is about: "Hal Voss
defends his plan in an advertisement: “…,” the senator says", or "Hal Voss toured a barn. Greeted by farmers, the
senator said …". Asked only when another holder of the title was found (role_holders.py). The stretch is the sentence
up to the description and the sentence before it in the paragraph; when one person is the subject there, the article
gave them this title or none, and no other person of the stretch holds it, the title is theirs, even when another
senator was named since. A sentence before that quotes someone is their turn, not narration about them, and is left
out of the stretch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.abbreviations import offices
from dashboard.analysis.quotes.joined_clause_subjects import names_the_joined_subject
from dashboard.analysis.quotes.lexicon import TITLE_NOUNS
from dashboard.analysis.quotes.marks import QUOTE_MARKS
from dashboard.analysis.quotes.people import Profile, Speaker
from dashboard.analysis.quotes.topics import MAIN_SUBJECT

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast


def stretch_subject(cast: Cast, p: int, token: Token, word: str, *, any_noun: bool = False) -> Speaker | None:
    """The person the stretch before a bare title `word` (the description's head, at `token`) is about, or None; with
    `any_noun`, before any description of a person (epithet_descriptions.py)."""
    if word not in TITLE_NOUNS and not any_noun or token.dep_ not in ("nsubj", "nsubjpass"):
        return None  # not "the premier's office said"
    sent = token.sent
    previous = token.doc[sent.start - 1].sent if sent.start > 0 else sent
    if any(t.text in QUOTE_MARKS for t in previous) and previous.start != sent.start:
        previous = sent  # "“…,” Nell says. The mayor says …": the sentence before was another's turn, no narration
    mentions = [(name, rank, i) for (q, i), name, rank in cast.people if q == p and previous.start <= i < token.i]
    # the subject of any clause of the description's own sentence ("X defends …: “…,” the senator says"), of the
    # main clause only in the sentence before
    subjects = {name for name, rank, i in mentions if rank == MAIN_SUBJECT or rank and i >= sent.start}
    if len(subjects) != 1:
        return None
    (subject,) = subjects
    if any(name == subject and names_the_joined_subject(token, i) for name, _, i in mentions):
        return None  # "Ann Orr said …, but the judge said …": the judge is another
    if any(word in _roles(cast, name) for name, _, _ in mentions if name != subject):
        return None  # "Hal Voss met Sen. Ann Orr. The senator said …": the stretch names the senator
    roles = _roles(cast, subject)
    if roles and word not in roles:
        return None  # "Gov. Voss" is no senator, "lawyer Ann Orr" no judge
    fuller = [n for n in cast.profiles if n.casefold().endswith(" " + subject.casefold())]
    return cast.person(max(fuller, key=len) if fuller else subject)  # "De Blasio" of "Bill de Blasio"


def _roles(cast: Cast, name: str) -> set[str]:
    return offices(cast.profiles.get(name, Profile()).role_words)
