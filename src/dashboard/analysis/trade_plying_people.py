"""A person set off before a trade that a business plies as well ("Helen Varrow, the ferry operator, said", "Olivia
Penwick, the supplier,"): the recogniser tagged the name a person's, and a company's noun after it would make it a
company's ("Ostrand Freight, a logistics firm,"), but an operator, a supplier, a retailer or a broker may be one
person, and a name that opens with a known given name is that person's, not a body's. A trade only a company plies
("a logistics firm", "the bank") keeps the name a company's, and so does a name with no given name first ("Brightwake
Ferries, the operator,")."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.given_names import gender_of_given_word

#: Trades a person plies as often as a company ("the ferry operator", "the supplier", "the freight broker").
PLIED_BY_PEOPLE = frozenset({
    "operator", "owner", "supplier", "retailer", "distributor", "contractor", "broker", "carrier", "dealer",
    "developer", "builder", "producer", "publisher", "exporter", "importer", "wholesaler", "trader",
})  # fmt: skip


def person_plying_trade(ent: Span) -> bool:
    """Whether a name the recogniser tagged a person's is a given name and a surname or two ("Helen Varrow"), set off
    by a comma before the trade it plies ("Helen Varrow, the ferry operator,"): the person, whatever that trade
    would make of a company's name."""
    return ent.label_ == "PERSON" and name_plying_trade(ent)


def name_plying_trade(name: Span) -> bool:
    """Whether the words of a name are a given name the lexicon knows and a surname or two, set off by a comma before
    a trade a person plies ("Helen Varrow, the ferry operator,")."""
    doc = name.doc
    if not 2 <= len(name) <= 3 or name.end + 1 >= len(doc) or doc[name.end].text != ",":
        return False
    if not all(t.is_title and t.is_alpha for t in name) or not gender_of_given_word(name[0].text):
        return False
    beside = [c for c in name.root.children if c.dep_ == "appos" and c.left_edge.i == name.end + 1]
    return any(c.lemma_.lower() in PLIED_BY_PEOPLE and c.pos_ == "NOUN" for c in beside)
