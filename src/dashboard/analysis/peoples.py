"""Lexicons of the groups news names people by besides their states: peoples, regions, creeds and parties (lower case).

They sit apart because their readers want different unions: a name the recogniser split at a "nationality" is no
person's when the word is any of them ("Kurdish", "Sunni", "Democrat"), while a people after a state's adjective
("Bosnian Serb leader") must not take in a region or party ("French European affairs minister" names France).
"""

from __future__ import annotations

from dashboard.analysis.names import words

#: Peoples with no state of their own in the country lexicon ("Kurd", "Tamil", "Serb" beside "Serbian").
PEOPLES = words("""
kurd kurdish pashtun tajik hazara baloch uighur uyghur tibetan tamil sinhalese punjabi bengali gujarati
sindhi han cantonese hutu tutsi yoruba igbo hausa fulani zulu xhosa maasai somali amhara oromo tigrayan berber
bedouin druze alawite yazidi chaldean assyrian maronite coptic copt persian turkic tatar chechen cossack roma romani
basque catalan flemish walloon breton corsican scottish scots welsh english irish ulster cornish bavarian prussian
quebecois acadian inuit aboriginal indigenous native creole cajun hawaiian maori texan californian serb croat
""")
#: Regions, directions and the peoples of a region ("Arab", "Western", "Gulf").
REGIONS = words("""
arab arabian african asian european latin latino latina hispanic caribbean nordic scandinavian baltic balkan slavic
celtic gaelic anglo western eastern northern southern gulf pacific atlantic mediterranean middle
soviet ottoman byzantine roman greek
""")
#: Creeds and their branches ("Sunni", "Catholic").
CREEDS = words("""
muslim moslem islamic islamist jewish jew christian catholic protestant orthodox evangelical lutheran anglican
methodist baptist mormon buddhist hindu sikh shiite shia sunni salafi wahhabi sufi ismaili hasidic zionist secular
""")
#: Parties, movements and their followers ("Democrat", "Tory", "Taliban").
PARTIES = words("""
democrat democratic republican gop labour labor tory conservative liberal libdem green socialist communist
marxist maoist leninist nationalist unionist loyalist nazi fascist bolshevik peronist gaullist
chavista sandinista taliban baathist hamas hezbollah
""")


def a_people(word: str) -> bool:
    """Whether a word, in any case and singular or plural, names a people of `PEOPLES` ("Serbs", "Kurdish")."""
    lower = word.casefold()
    return lower in PEOPLES or lower.removesuffix("s") in PEOPLES
