"""Armed groups that are no state's: rebels, militias, insurgents. Their commanders and fighters hold no public office
(GUIDELINES.md: officials hold public office or speak for a state), so a commander of the "Azawad Patriotic
Movement", a "rebel commander" or the commander of "the Eastern Battalion militia" is `other`, while an army's colonel
stays an official."""

from __future__ import annotations

from dashboard.analysis.names import words

#: The type described_types gives a name the article calls a militia or rebels ("the Eastern Battalion militia").
ARMED = "armed"
#: Nouns that call a group an armed one that is no state's.
ARMED_NOUNS = words(
    "militia militias rebel rebels insurgent insurgents guerrilla guerrillas mujahideen jihadist jihadists"
)
#: Words of armed groups' names: the nouns above and the words rebel movements name themselves by ("Movement",
#: "Front", "Liberation", "Brigades" in the plural); a state's forces ("army", "navy", "police", "guard", a numbered
#: "brigade") are named otherwise.
_GROUP_WORDS = ARMED_NOUNS | words("movement front liberation brigades")
#: Ranks and commands, which make an official of a state's officer but of a rebel group's no official.
MILITARY_RANKS = words("""
commander commanders colonel brigadier lieutenant sergeant soldier fighter fighters general major captain gen col lt
maj capt sgt brig
""")
#: Ranks an officer's title gives ("Brigadier General", "Colonel"), no fighter's or a commander's of any group.
_RANKS = MILITARY_RANKS - words("commander commanders soldier fighter fighters")
#: A state's army whose name holds a rebel word ("People's Liberation Army").
_STATE_ARMIES = ("people's liberation army",)


def is_armed_group(name: str) -> bool:
    """Whether a body's name or its described type makes it a rebel or militia group ("Azawad Patriotic Movement",
    "Sudan Liberation Army"); not a state's army ("People's Liberation Army")."""
    text = name.casefold().replace("\u2019", "'")
    named = set(text.replace("'s", "").split()) & _GROUP_WORDS
    return bool(named) and not any(army in text for army in _STATE_ARMIES)


def commands_armed_group(role_words: set[str], affiliation: str, described: str) -> bool:
    """A rank or command ("commander", "Colonel") in a rebel or militia group, by its name, the type the article
    describes it as, or a rebel word in the role itself ("rebel commander")."""
    armed = described == ARMED or is_armed_group(affiliation) or bool(role_words & ARMED_NOUNS)
    return armed and bool(role_words & MILITARY_RANKS)


def serving_officer(title_words: set[str], role_words: set[str]) -> bool:
    """Whether a rank in a title before the name ("Brigadier General X, the Ethiopian officer who leads the team,")
    makes an officer one serving a state: no former or retired one's, nor a rebel's."""
    return bool(title_words & _RANKS) and not role_words & ({"former", "retired"} | ARMED_NOUNS)
