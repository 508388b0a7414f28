"""A group of people from a body, left unnamed: "Monitors from the European Union said", "inspectors of the
International Atomic Energy Agency told reporters", "Medics from the Harbor Relief Fund said". The group speaks for
the body it comes from, as the guidelines say of groups: an unnamed speaker whose role is the group's noun and whose
affiliation is the body, as "observers from the OSCE" or "officials at the ministry" already are when their noun is
one of the people nouns the resolution knows. The body must be an organisation the article's recogniser tagged (not
a place: "rescuers from Kherson" come from no body), named after "from", "of" or "at".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

#: "<a plural noun> from|of|at [the] <Body>": the group, the preposition, the body.
_FROM_BODY = re.compile(
    r"^(?P<group>(?:\w[\w-]* )*?(?:\w+s|staff|personnel)) (?:from|of|at) (?:the )?(?P<body>[A-Z].*)$"
)


def with_group_body(rows: list[dict], docs: list[Doc]) -> list[dict]:
    """The rows, an unnamed group from a tagged organisation given the group's noun as its role and the organisation as
    its affiliation ("monitors from the European Union" -> "monitors", "European Union")."""
    for row in rows:
        if row["speaker"] or row["speaker_kind"] != "unnamed" or row["affiliation"]:
            continue
        match = _FROM_BODY.match(row["role"])
        if match and match["group"].casefold().endswith(("ss", "'s")):
            continue  # "the business of Harbor Re", "the boss of Harbor Re"
        if match and _organisation(match["body"], docs):
            row["role"], row["affiliation"] = match["group"], match["body"]
    return rows


def _organisation(name: str, docs: list[Doc]) -> bool:
    """Whether the article's recogniser tagged a name as an organisation somewhere."""
    return any(ent.label_ == "ORG" and ent.text.removeprefix("the ") == name for doc in docs for ent in doc.ents)
