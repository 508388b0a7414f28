"""Quotes of a forty-fourth batch of blind probes (longform_probes_fortyfourth.py, English-language world news of
European and Middle Eastern outlets on war and diplomacy): the whole batch against its gold, whose count of wrong
quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fortyfourth import (
    BRUSSELS_SANCTIONS,
    DEIR_KANOUN_STRIKES,
    MUSCAT_SWAP,
    VELYKOBORSK_DRONES,
)

HEALTH_MINISTRY = "health ministry|The health ministry|country's health ministry|the country's health ministry|ministry"
ISRAELI_MILITARY = "Israeli military|The Israeli military|military|The military"
AIR_FORCE = "Ukraine's Air Force|Air Force|The Air Force|Ukrainian Air Force"
RUSSIAN_DEFENSE_MINISTRY = (
    "Russia's Defense Ministry|Defense Ministry|The Defense Ministry|Russian Defense Ministry|ministry"
)
UKRAINIAN_FOREIGN_MINISTRY = (
    "Ukraine's foreign ministry|foreign ministry|The foreign ministry|Ukrainian foreign ministry|ministry"
)
OMANI_FOREIGN_MINISTRY = "Oman's foreign ministry|foreign ministry|The foreign ministry|Omani foreign ministry|ministry"
AL_AWLAQI = "Hadi bin Saleh al-Awlaqi|Sheikh Hadi bin Saleh al-Awlaqi"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Rear Adm., Lt. Col.,
#: Col., Brig. Gen., Dr, Mayor, Prime Minister and Foreign Minister are titles; Sheikh may be read as one; the
#: particles (al-, bin, abu, ben, de, von, van der) and a kunya ("Umm Khaled") are part of the name. A correspondent
#: who reports ("Reporting from X, Al Jazeera's Y said") is a speaker; "wrote on X", "wrote on Telegram", "said in a
#: video posted on …", "told state television", "said in Arabic/French", "told DW in Russian" and "was quoted by …
#: as saying" are cues; a statement "carried by" a news agency is its author's; what is said "according to" an agency
#: after a cue is the speaker's. Borderline and optional: groups and unnamed sources (residents, regional authorities,
#: diplomats, "the two sides", an official on condition of anonymity), "urged … to" with an infinitive, "accused … of",
#: "calling it", a second verb or a second quotation that continues a quote ("and warned that", "but that", a
#: quotation after "said" with no new cue).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "deir_kanoun_strikes": [
        (HEALTH_MINISTRY, "At least five people", False),
        (ISRAELI_MILITARY, "its jets had struck", False),
        ("Avner ben-Tzur", "We will continue to act with force", False),
        ("Avner ben-Tzur", "the army had warned civilians", False),
        ("Rania Khoury", "ambulances had struggled", False),
        ("Rania Khoury", "The paramedics who were killed", False),
        ("Hussein Fadlallah", "There was no warning", False),
        ("Hussein Fadlallah", "We heard the jets", True),
        ("Hezbollah", "its fighters had targeted", False),
        ("Najib Abou Karam", "the government had filed a complaint", False),
        ("Najib Abou Karam", "What happened today is a flagrant violation", False),
        ("", "one of the dead was a member", True),
        ("Samira Haj Ali", "the hospital had received 23 wounded", False),
        ("Samira Haj Ali", "We are working with what we have", False),
        ("Eliyahu Dromi", "residents evacuated since October", False),
        ("Eliyahu Dromi", "People want to go home", False),
        ("UNIFIL", "to exercise restraint", True),
        ("Marco de Santis", "peacekeepers had recorded", False),
        ("Nadav Shaked-Levi", "prepared for every scenario", False),
        ("Nadav Shaked-Levi", "the political leadership would decide", True),
    ],
    "velykoborsk_drones": [
        ("", "Russia launched 68 drones", True),
        (AIR_FORCE, "air defenses had shot down 52", False),
        ("Ivan Dorosh-Kovalenko", "The enemy again targeted", False),
        ("Ivan Dorosh-Kovalenko", "two of the injured were children", False),
        ("Taras Melnychuk", "Russia was adapting its tactics", False),
        ("Taras Melnychuk", "They fly low", False),
        ("Andrii Savchuk-Lysenko", "Ukraine needed more air defense systems", False),
        ("Andrii Savchuk-Lysenko", "Every Patriot delivered", False),
        ("Roman Kushnir", "Kyiv had agreed with partners", False),
        (RUSSIAN_DEFENSE_MINISTRY, "its forces had carried out", False),
        ("Arkady Veresov", "the strikes were a response", False),
        ("Halyna Tkachuk", "We have no light", False),
        ("Oleh", "his crew had pulled a man", False),
        ("Oleh", "He was conscious", False),
        ("Viktor Lozynskyi", "repair crews expected to restore power", False),
        ("Viktor Lozynskyi", "scheduled outages could last", True),
        ("", "Russia had stockpiled", True),
        ("Dmytro Sokil", "the damage was worse", False),
        ("Dmytro Sokil", "The transformers we replaced", False),
    ],
    "brussels_sanctions": [
        ("", "failed to agree on a new package", True),
        ("Katarina Lindqvist-Aho", "I regret that we could not reach", False),
        ("Katarina Lindqvist-Aho", "the bloc would return to the issue", False),
        ("Zoltán Berényi", "Budapest would not support measures", False),
        ("Zoltán Berényi", "war propaganda", True),
        ("Friederike von Aschenbach", "Berlin was", False),
        ("Friederike von Aschenbach", "One member state cannot hold", False),
        ("Pieter van der Heijden", "We should keep talking to Budapest", False),
        ("Pieter van der Heijden", "the Netherlands was ready", False),
        ("Hélène de Villeneuve-Roux", "the EU could use", False),
        ("Hélène de Villeneuve-Roux", "Europe will not be paralysed", False),
        ("Katarina Lindqvist-Aho", "the EU would increase humanitarian aid", False),
        ("", "the Hungarian veto was", True),
        (UKRAINIAN_FOREIGN_MINISTRY, "regrets the inability", False),
        (UKRAINIAN_FOREIGN_MINISTRY, "to find a solution", True),
        ("Mart Kallasmaa", "the tankers at issue were part", False),
        ("Mart Kallasmaa", "These are rusting ships", False),
        ("Jan-Willem de Groot", "the episode showed the limits", False),
        ("Jan-Willem de Groot", "Every veto makes the case", False),
    ],
    "muscat_swap": [
        ("", "have agreed to exchange", True),
        ("Yahya Abu Talib al-Hashidi", "the first flights would take place", False),
        ("Yahya Abu Talib al-Hashidi", "This is a humanitarian file", False),
        (AL_AWLAQI, "the deal included four journalists", False),
        (AL_AWLAQI, "the government had pushed", False),
        ("Omar Ben Youssef", "the talks had nearly collapsed", False),
        ("Omar Ben Youssef", "Until late last night", False),
        ("Tomas Ekvall", "a long-awaited step", True),
        ("Tomas Ekvall", "The families have waited for years", False),
        (OMANI_FOREIGN_MINISTRY, "continue its efforts", False),
        ("Faisal bin Nasser al-Qahtani", "all efforts to end the suffering", False),
        ("Umm Khaled", "she had not heard his voice", False),
        ("Umm Khaled", "They told me his name", False),
        ("Jean-Baptiste de Rosières", "the organisation would interview each detainee", False),
        ("Jean-Baptiste de Rosières", "Our role is to make sure", False),
        ("", "the group expected Saudi Arabia", True),
        ("Abu Ali al-Muayyad", "the deal proved", False),
        ("Salem Ba-Wazir", "the government would keep the door open", False),
    ],
}

ARTICLES = {
    "deir_kanoun_strikes": DEIR_KANOUN_STRIKES,
    "velykoborsk_drones": VELYKOBORSK_DRONES,
    "brussels_sanctions": BRUSSELS_SANCTIONS,
    "muscat_swap": MUSCAT_SWAP,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 6 of 62 required when the batch was written (blind), none a gold slip. Still 6 once "X." after "on" or
#: "via" is the platform and its full stop, so that "He added" after "posted on X." is no person "X. He"
#: (platform_stops.py). Then 2: a name with particles after a rank ("Rear Adm. Avner ben-Tzur") is one person, not a
#: body and a surname alone (titled_particle_names.py, "ben" in particle_names.py). Then 0: a "that" clause the parser
#: hung on the meeting it was told at ("told DW on the sidelines of the meeting that Berlin was …") is what was told,
#: not a clause of the noun (setting_clauses.py). The speaker written with the full stop of "Col." before the name
#: (the tokenizer keeps it apart) now starts at the name (untagged_starts.py).
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
