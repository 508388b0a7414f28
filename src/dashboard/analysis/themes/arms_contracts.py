"""A contract for arms as their price: "won a contract to supply 120 armoured vehicles", "signed a contract for 24
fighter jets". A firm or a state that wins or signs a contract to supply, deliver or build arms sells them as surely as
one that names the sum, so `priced_arms` reads such a contract as a price. Only the noun "contract" followed (past a
time: "a contract this month to supply") by "for" or by "to" and a verb of handing goods over counts: "contract
soldiers", "a contract to fight" and "the contract killers" sell nothing. Read from lemmas and tags: no parser."""

from __future__ import annotations

from spacy.tokens import Doc

from dashboard.analysis.doc_text import places_of

#: The forms of the noun that names a contract.
CONTRACTS = ("contract", "contracts")
#: Lemmas of the verbs by which a contract hands goods over ("a contract to supply", "to deliver", "to build").
HANDING = frozenset(["supply", "deliver", "build", "sell", "provide", "manufacture", "produce"])
#: The entity labels of a time told between the contract and what it hands over ("a contract this month to supply").
DATES = frozenset(["DATE", "TIME"])


def arms_contract(doc: Doc) -> str:
    """The words of a contract that hands goods over ("contract to supply", "contract for"), or "" when the
    paragraph has none."""
    for i in places_of(doc, CONTRACTS, lower=True):
        if doc[i].pos_ != "NOUN":
            continue
        j = i + 1
        while j < len(doc) and doc[j].ent_type_ in DATES:
            j += 1  # "a contract this month to supply"
        if j + 1 >= len(doc):
            continue
        if doc[j].lower_ == "for" and doc[j + 1].pos_ in ("NUM", "DET", "ADJ", "NOUN"):
            return f"{doc[i].lower_} for"
        if doc[j].lower_ == "to" and doc[j + 1].lemma_.lower() in HANDING:
            return f"{doc[i].lower_} to {doc[j + 1].lower_}"
    return ""
