"""The voice through which a named state speaks or acts: its government, ministries, ministers, envoys and organs
("Peru's government protested", "Norway's foreign ministry said", "Chinese officials warned"), and where such a voice
ends after the state's name. A voice's own noun written in lower case counts even when the tagger took it for a name
("Ethiopia's water ministry said", with "ministry" tagged as a proper noun): a capital letter is what makes a name."""

from __future__ import annotations

from spacy.tokens import Doc

from dashboard.analysis.themes.portfolios import portfolio_end

#: Words that make an organisation named after a state one of its organs ("the Russian Defence Ministry", "the US
#: Navy", "the Ukrainian Air Force"), which the recogniser takes whole for an organisation: the state is a party.
STATE_ORGANS = frozenset(["ministry", "department", "navy", "army", "military", "force", "guard"])
#: The nouns through which a named state acts ("Peru's government protested", "Chinese officials warned"): between
#: a party and a verb, they keep the party the doer; any other noun ("Chilean fans", "Poland's coach") does not.
STATE_VOICES = frozenset(
    [
        "government", "ministry", "minister", "official", "authority", "president", "leader", "premier",
        "chancellor", "king", "queen", "spokesman", "spokeswoman", "spokesperson", "embassy", "ambassador", "envoy",
        "diplomat", "delegation", "delegate", "consulate", "foreign", "prime", "secretary", "cabinet", "administration",
    ]
) | STATE_ORGANS  # fmt: skip
#: How many words a party's voice may take ("Japan's Prime Minister Ana Sato").
MAX_VOICE_WORDS = 6


def voice_end(tokens: Doc, i: int, end: int, parts: tuple[str, ...] = ("NOUN", "ADJ")) -> int:
    """Where the voice of a named state ends ("[Norway]'s foreign ministry", "[the Norwegian] government"), its words
    of these parts of speech or a voice's own noun in lower case, even one the tagger took for a name ("[Ethiopia]'s
    water ministry"), or i when no voice follows the name: a state speaking through STATE_VOICES."""
    j, voiced = i, False
    while (
        j < end
        and j - i < MAX_VOICE_WORDS
        and (tokens[j].lower_ == "'s" or tokens[j].pos_ in parts or tokens[j].text in STATE_VOICES)
    ):
        voiced, j = voiced or tokens[j].lemma_.lower() in STATE_VOICES, j + 1
    return portfolio_end(tokens, j, end) if voiced and tokens[j - 1].lemma_.lower() in STATE_VOICES else i
