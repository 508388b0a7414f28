"""Titles of office that end in "General" ("Consul General", "Auditor General", "Secretary General"), which the
recogniser often tags as an organisation, alone or with the name after them ("General Ivo Marek", "Consul General",
"Auditor General Ivo Marek"). Such a title names an office, not a body: only the words before it can name the body
the holder serves ("State Department" of "State Department Inspector General")."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.names import words

#: Offices "General" makes public ones: only a state holds them ("Attorney General", "Auditor General").
PUBLIC_GENERAL_OFFICES = words(
    "attorney solicitor surgeon inspector consul postmaster auditor comptroller procurator surveyor registrar"
)
#: Offices written as a noun followed by "General" (or "-General"); "General" alone after them is no rank. A
#: secretary general or director general may also head a company, a party or a charity.
GENERAL_OFFICES = PUBLIC_GENERAL_OFFICES | words("secretary director governor accountant advocate paymaster")


def before_general_title(ent: Span) -> Span | None:
    """The part of a tagged name before an office that ends in "General" ("State Department" of "State Department
    Inspector General"), empty when the name opens with the office or with its "General" ("General Ivo Marek" after
    "Consul"); None when the name holds no such office."""
    doc = ent.doc
    for token in ent:
        if token.lower_ != "general" or not token.is_title or token.i == 0:
            continue
        office = doc[token.i - 1] if doc[token.i - 1].text != "-" else doc[token.i - 2] if token.i > 1 else None
        if office is not None and office.lower_ in GENERAL_OFFICES and office.is_title:
            return doc[ent.start : max(ent.start, office.i)]
    return None
