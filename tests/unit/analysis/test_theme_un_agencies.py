"""Themes of the UN's agencies named by their own names (data/themes.toml): "UNESCO said it condemns the strike",
"UNICEF appealed to both governments" speak for the UN as an international body, which is diplomacy as the UN is;
a weak word alone (most often the agency lists a heritage site or gives a figure), it tips a statement of its own.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

STRIKE = [
    "KHARVEN, March 3 (Wirenews) - Artillery fire damaged the old library of Kharven overnight, the regional governor "
    "said.",
    "UNESCO said in a statement that it condemned the attack on a listed site and would send a team to assess it.",
    "Under a 1970 convention signed by both Dorvia and Parvia, the two states pledged to spare each other's libraries "
    "and archives.",
]


def test_a_un_agency_named_by_its_own_name_is_diplomacy(nlp, themes):
    condemned = article(themes, nlp, "Shelling damages Kharven library", STRIKE)[1]
    assert "diplomacy" in condemned, condemned
