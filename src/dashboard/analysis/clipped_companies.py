"""A company's short name of two or three words that the recogniser took for a person: "Harwick Mutual said …" after
"the Harwick Mutual Insurance Company" is the company, as a reader takes it, keyed by its full name.

An organisation's short name is called back to its full name by `named_with_legal_form` (the name without its legal
form and trade), and a one-word name taken for a person by `mislabelled_organisations`. A name of two or three words
taken for a person is given over in the same way when its first word is no given name the lexicon knows and no person
of the article bears a fuller name that holds it; a body named after a person ("the Ada Brandt Foundation") ends in no
legal form or trade, so its founder stays a person."""

from __future__ import annotations

from dashboard.analysis.body_back_references import named_with_legal_form
from dashboard.analysis.metal_named_miners import named_with_metal
from dashboard.analysis.quotes.given_names import gender_of_given_word


def companies_named_short(canonical: list[str], labels: list[str]) -> None:
    """Give a person's name of two or three words to the one organisation of the article it names without its legal
    form and trade, in place, when the short name opens with no given name."""
    organisations = sorted({n for n, label in zip(canonical, labels, strict=True) if label == "ORG"})
    people = [n.split() for n, label in zip(canonical, labels, strict=True) if label == "PERSON"]
    for i, (name, label) in enumerate(zip(canonical, labels, strict=True)):
        short = name.split()
        if label != "PERSON" or not 1 < len(short) < 4 or gender_of_given_word(short[0]):
            continue
        if any(len(other) > len(short) and set(short) <= set(other) for other in people):
            continue  # a fuller person's name holds it
        if full := named_with_legal_form(name, organisations) or named_with_metal(name, organisations):
            canonical[i], labels[i] = full, "ORG"
