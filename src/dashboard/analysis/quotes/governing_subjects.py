"""Whether the subject of an article's lede is a state acting, whose officials named by a bare title are its own.

"Georgia's government agreed …" and "Belgium's caretaker prime minister has warned …" open on one state's
government doing what the story is about: the "Prime Minister X" or "Energy Minister X" the next paragraph quotes
serves that state, whatever other states the lede names as partners or objects ("with Chinese companies"). A lede
that opens on a country by name ("Bolivia signed an agreement …") gives its country to a minister of a portfolio
("Energy Minister X") alone: a bare "President X" in such a story is as often a visiting leader or the paper's own
(President X in a story opening on a Gulf state's deal), so it asks for the government itself. The caller checks
that the subject names one country only ("Turkmenistan and Azerbaijan have revived …" names two) and that the
dateline is no other state's capital.
"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import without_possessive
from dashboard.analysis.quotes.countries import is_country

#: Nouns of a state's government or of its head, whose acting makes the lede the state's ("the Ghanaian government").
_GOVERNING_NOUNS = frozenset({"government", "cabinet", "president", "minister"})
#: Words before "minister" or "president" that make an office other than the head of a state's or government's.
_OTHER_OFFICES = frozenset({"vice", "deputy", "former", "ex", "foreign", "finance", "state"})

#: Labels the recogniser gives a country by name (as an organisation at times: "Moldova signed …").
_STATE_LABELS = frozenset({"GPE", "ORG"})


def state_acting(subject: Token, *, by_name: bool) -> bool:
    """Whether the lede's subject is a state acting: a state's government, cabinet, president or prime minister
    ("Belgium's caretaker prime minister"; no vice president's nor a minister of a portfolio's), or, when `by_name`,
    a country by name ("Bolivia")."""
    lemma = subject.lemma_.lower()
    if lemma in _GOVERNING_NOUNS:
        before = {t.lower_ for t in subject.lefts}
        prime = lemma != "minister" or "prime" in before
        return prime and not before & _OTHER_OFFICES
    entity = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
    named = entity is not None and entity.label_ in _STATE_LABELS
    return by_name and named and is_country(without_possessive(entity.text))
