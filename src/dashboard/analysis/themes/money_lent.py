"""Money lent to a state: a verb of lending whose object is a sum of money and whose borrower is a state named as
such ("China has lent Tonga more than $100 million for roads", "the fund lent $3 billion to Pakistan"). Credit to a
state is a payment between states or markets, a full word of trade, as a "loan" to it is. Money lent at home ("the
bank lent $5 million to farmers"), things lent ("lent the museum a tank", "lent helicopters") and what is lent in
figures of speech ("lent its support to Chile") name no sum or no state borrowing it, and stay without trade. Read
from the parse and the entities."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import entity_of, lemma_places, words_of
from dashboard.analysis.themes.states import is_state

#: The forms of the verb of lending, read first: most paragraphs have none.
LENDING = frozenset(["lend", "lends", "lent", "lending"])
#: Words of a share of a cost, lent as a sum when the sum is told with it ("most of the cost of $5 billion").
SHARES = frozenset(["most", "half", "third", "quarter", "part", "bulk", "share", "percent", "%"])


def money_lent(doc: Doc | Span) -> str:
    """Money lent to a state, as "lend Tonga more than $ 100 million", or ""."""
    if words_of(doc).isdisjoint(LENDING):
        return ""  # most paragraphs: no word of lending
    for i in lemma_places(doc, ("lend",)):
        verb = doc[i]
        if verb.pos_ != "VERB":
            continue
        sums = [c for c in verb.children if c.dep_ == "dobj" and _sum_of_money(c)]
        borrower = _borrower(verb)
        if sums and borrower:
            money = " ".join(t.text for t in sums[0].subtree if t.ent_type_ == "MONEY")
            return f"lend {borrower} {money}"
    return ""


def _sum_of_money(obj: Token) -> bool:
    """Whether a verb's object is a sum of money, or a share of a cost told with its sum ("most of the plant's cost
    of about $5 billion")."""
    if obj.ent_type_ == "MONEY":
        return True
    return obj.lemma_.lower() in SHARES and any(_of_chain(t, obj) for t in obj.subtree if t.ent_type_ == "MONEY")


def _of_chain(money: Token, share: Token) -> bool:
    """Whether a word of a sum hangs on a share through "of" phrases alone ("most of the cost of $5 billion"; not
    "half of its collection, worth $20 million", a thing lent and its worth)."""
    token = money
    while token != share and token.head != token:
        if token.ent_type_ != "MONEY" and not (token.dep_ == "pobj" or (token.dep_ == "prep" and token.lower_ == "of")):
            return False
        token = token.head
    return token == share


def _borrower(verb: Token) -> str:
    """The state a verb of lending names as its indirect object ("lent Tonga") or after "to" ("to Pakistan"), or
    "": the parser may take the indirect object for a first object when a share of a sum follows ("is lending
    Uzbekistan most of the cost")."""
    for child in verb.children:
        if (child.dep_ == "dative" and child.lower_ != "to") or (child.dep_ == "dobj" and child.ent_type_ != "MONEY"):
            candidates = [child]
        elif child.dep_ in ("prep", "dative") and child.lower_ == "to":
            candidates = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        for token in candidates:
            ent = entity_of(token)
            name = ent.text if ent is not None and ent.label_ == "GPE" else token.text
            if token.pos_ == "PROPN" and is_state(name):
                return name
    return ""
