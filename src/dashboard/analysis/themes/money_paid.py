"""Money paid by one state's side to another's: a verb of paying whose object is a sum of money ("$310 million", "6
million euros") and whose payer and payee each name a state, by its name or its capital ("Rome will pay Nairobi 6
million euros a year in rent") or as whose they are ("China's state broadcaster will pay Qatar's state-owned rights
company $310 million"), two different states. A payment between states or markets is trade by the guidelines, as much
as money lent to a state is. A sum paid at home ("the council will pay the builder $5 million", "Britain's treasury
will pay British farmers"), a price paid with no payee told ("paid $2 million for the house") and what is paid in
figures of speech ("paid tribute to Kenya") name no sum or no two states, and stay without trade. Read from the parse
and the entities."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import entity_of, lemma_places, words_of
from dashboard.analysis.quotes.capitals import CAPITAL_STATES
from dashboard.analysis.themes.priced_arms import CURRENCIES
from dashboard.analysis.themes.states import state_named

#: The forms of the verb of paying, read first: most paragraphs have none.
PAYING = frozenset(["pay", "pays", "paid", "paying"])
#: The words by which a payer or a payee is told as a state's own ("China's broadcaster", "a Chinese carmaker").
OWNERS = frozenset(["poss", "amod", "compound", "nmod"])
#: The entity labels of a state, its capital or its people.
STATE_LABELS = frozenset(["GPE", "NORP"])


def money_paid(doc: Doc | Span) -> str:
    """Money paid by one state's side to another's, as "pay Qatar $ 310 million" (the payee's state), or ""."""
    if words_of(doc).isdisjoint(PAYING):
        return ""  # most paragraphs: no word of paying
    for i in lemma_places(doc, frozenset(["pay"]), "VERB"):
        verb = doc[i]
        money = next((c for c in verb.children if c.dep_ == "dobj" and _sum_of_money(c)), None)
        if money is None:
            continue
        payers = [c for c in verb.children if c.dep_ == "nsubj"]  # a dateline's city may be parsed as one too
        payer = _state_of(payers[-1]) if payers else ""
        payee = next((s for t in _payees(verb) if (s := _state_of(t))), "")
        if payer and payee and payer != payee:
            return f"pay {payee} {' '.join(t.text for t in money.subtree)}"
    return ""


def _sum_of_money(obj: Token) -> bool:
    """Whether a verb's object is a sum of money: a sum the recogniser calls money with a sign or a currency ("$310
    million"), or a currency with a number before it ("6 million euros")."""
    ent = entity_of(obj)
    if ent is not None and ent.label_ == "MONEY":
        return any(t.tag_ == "$" or t.lemma_.lower() in CURRENCIES for t in ent)
    return obj.lemma_.lower() in CURRENCIES and any(c.dep_ == "nummod" for c in obj.children)


def _payees(verb: Token) -> list[Token]:
    """Who a verb of paying pays: its indirect object ("pay Nairobi") or the object of its "to" ("pay $5 million to
    Kenya")."""
    payees = []
    for child in verb.children:
        if child.dep_ == "dative" and child.lower_ != "to":
            payees.append(child)
        elif child.dep_ in ("prep", "dative") and child.lower_ == "to":
            payees.extend(c for c in child.children if c.dep_ == "pobj")
    return payees


def _state_of(token: Token) -> str:
    """The state a payer or a payee names: itself as a state or its capital ("Rome"), or the state or people whose it is
    ("China's state broadcaster", "a Chinese carmaker"); "" for one of no state."""
    if state := _named(token):
        return state
    return next((s for c in token.children if c.dep_ in OWNERS and (s := _named(c))), "")


def _named(token: Token) -> str:
    """The state a proper name or a people's adjective names, as a state, a capital or a people, or ""."""
    if token.pos_ not in ("PROPN", "ADJ"):
        return ""
    ent = entity_of(token)
    name = ent.text if ent is not None and ent.label_ in STATE_LABELS else token.text
    name = name.removeprefix("the ").removeprefix("The ")
    return CAPITAL_STATES.get(name.casefold(), "") or state_named(name)
