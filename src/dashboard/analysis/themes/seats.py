"""Seats of government named for their states ("the White House threatened tariffs", "Downing Street warned
Moscow"): a party to relations between states as a capital is (see `quotes.capitals.SEATS_OF_GOVERNMENT`), but only
when it takes a stand as the doer of a verb of stance (see `stances.STANCES`). News names a capital for its
government mostly in foreign news, and a head of government's house as often at home or in passing ("the White House
said the bill would pass", "a White House spokesman", "shots at the White House"), so such a seat that merely says,
cites or doubts something is no party of its own. The Kremlin and the Élysée stay parties wherever they act, as a
capital does: English-language news names them for their states' dealings abroad far more than for home affairs."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.capitals import SEATS_OF_GOVERNMENT
from dashboard.analysis.themes.stances import STANCES

#: Seats of government that count as their states wherever they act, as capitals do.
_NAMED_AS_CAPITALS = frozenset({"kremlin", "elysee", "élysée"})


def idle_seat(ent: Span) -> bool:
    """Whether a name is a seat of government that takes no stand: not the subject of a verb of stance."""
    text = text_of(ent).casefold().removeprefix("the ")  # Span.text would make a Token of each word
    if text not in SEATS_OF_GOVERNMENT or text in _NAMED_AS_CAPITALS:
        return False
    head = ent.root.head
    return not (ent.root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in STANCES)
