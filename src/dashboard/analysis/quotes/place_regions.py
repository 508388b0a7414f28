"""The region written after a town that a described person is placed in: "A voter in Ames, Iowa, said …", "A nurse in
Salem, Ore., said …", "The mayor of Halden, Ont., said …". The place set off after the town names the state or
province the town lies in, as North American news writes a town, and is no name of the person described before it;
a name set beside the town that is a person's or an organisation's ("the head of the office in Geneva, Ana Ruiz,") is
still read as the speaker's."""

from __future__ import annotations

from spacy.tokens import Token

#: Labels the recogniser gives a town (a small one it may take for an organisation or a facility: "Tolland Falls").
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


def region_of_town(place: Token, name_label: str) -> bool:
    """Whether a name labelled `name_label`, set off after `place` (a town the description places someone in), is the
    town's state or province: a place set after a name."""
    return name_label == "GPE" and place.ent_type_ in _PLACE_LABELS
