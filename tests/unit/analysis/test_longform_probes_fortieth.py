"""Quotes of a fortieth batch of blind probes (longform_probes_fortieth.py, web news of New Zealand, South Africa,
India and Britain's regions set with single quotation marks): the whole batch against its gold, whose count of wrong
quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fortieth import (
    CASTLEFORD_TRAM,
    KGOTSONG_TARIFFS,
    KOWHAI_FLOOD,
    KULOOR_HARBOUR,
    THABENG_TRIAL,
)

NEMA = "National Emergency Management Agency|the National Emergency Management Agency"
MAYORS_OFFICE = "|Mpho Radebe|his office|office"
SANGHA = "Karavali Meenugarara Sangha|the Karavali Meenugarara Sangha"
DFT = "|Department for Transport|the Department for Transport"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A quotation that
#: goes on after its cue with no new one, in the same paragraph or carried into the next with a new opening mark and
#: no closing one, is the same quote (its later piece optional); a bare quotation after a speaker's reported words is
#: that speaker's. "Described … as", "pointed out", "confirmed", "assured", "warned … to", "asked" after a quoted
#: question and "replied" are cues. A headline quotation, scare quotes (‘reform’), the titles of works in single
#: marks (a memoir, a play) and an apostrophe inside a quotation (’90s, ’Tis, O’Neill, Ng’ang’a, the farmers’ union)
#: are no quotes and no quotation's ends. Mr., Dr., Ms, Mr, Councillor, Advocate, Magistrate and Gogo are titles; an
#: initial (K., M.R.) is part of the name. An accused named in the lede only later is that person. A spokesperson for
#: a department goes to nobody or to it, a mayor's office to nobody, the office or the mayor. Borderline and optional:
#: a group or unnamed source (residents, farmers, fishermen, officials, a senior official, words quoted inside a
#: quotation), "dismissed … as", "put it to him that", and the second clause of "said … but that …" or "said … but
#: would …".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "kowhai_flood": [
        ("", "We were left in the dark", True),
        ("", "the district council’s so-called", True),
        ("Hemi Tautahi", "the water reached his doorstep", False),
        ("Hemi Tautahi", "We’ve had floods before", False),
        ("Hemi Tautahi", "But this time nobody rang", True),
        ("Aroha McAllister-Rēweti", "the council’s text alert arrived", False),
        ("Aroha McAllister-Rēweti", "I had my two grandchildren here", True),
        ("Aroha McAllister-Rēweti", "Then a fella from the fire brigade", True),
        ("", "you need to go now", True),
        ("Dianne Prentice-Walsh", "absolutely accepts", False),
        ("Dianne Prentice-Walsh", "We are not going to hide behind the weather", False),
        ("Dianne Prentice-Walsh", "There were failures in how we got", True),
        ("Rāwiri Tūhoe-Grant", "the stormwater changes", False),
        ("Rāwiri Tūhoe-Grant", "scaremongering by people who should know better", False),
        ("Mere O’Sullivan", "rewriting history", False),
        ("Mere O’Sullivan", "The officers’ own report said", False),
        ("Tama Herewini", "the hapū had warned the council", False),
        ("Tama Herewini", "Our tūpuna knew where the water wanted to go", False),
        ("Kiri Hadfield", "the Government would", False),
        (NEMA, "a review of local alert systems", False),
        ("Hemi Tautahi", "Tis what it is, eh", False),
        ("Hemi Tautahi", "You clean up and you carry on", True),
    ],
    "kgotsong_tariffs": [
        ("", "a 38% electricity tariff increase", True),
        ("Johan van der Merwe-Botha", "the farmers’ union had written", False),
        ("Johan van der Merwe-Botha", "We are not asking for charity", False),
        ("Johan van der Merwe-Botha", "at least 40 of the union’s members", False),
        ("Johan van der Merwe-Botha", "as if a farmer with an overdraft", False),
        ("", "just put in solar", True),
        ("Sello Mokoena", "the increase was", False),
        ("Sello Mokoena", "The metro inherited a collapsing network", False),
        ("Ronel Pieterse", "a fairy tale", True),
        ("Ronel Pieterse", "This is the same administration", False),
        ("Kgotsong Events", "it could not guarantee", False),
        ("Dawid Langeveldt", "I’m a rugby coach, not an electrician", False),
        ("Naledi Khumalo-Fourie", "contingency plans for every venue", False),
        ("Kobus Steenkamp", "the provincial union was", False),
        ("Wanjiru Ng’ang’a", "municipal tariffs had", False),
        ("Wanjiru Ng’ang’a", "Metros that can’t collect", False),
        ("Wanjiru Ng’ang’a", "municipal debt relief programme", False),
        (MAYORS_OFFICE, "open to engagement", False),
        (MAYORS_OFFICE, "not reverse a lawful", True),
    ],
    "kuloor_harbour": [
        ("", "wipe out", True),
        ("Vincent D’Souza", "State government had not consulted", False),
        ("Vincent D’Souza", "Development for whom", False),
        ("Vincent D’Souza", "the federation would intensify", False),
        ("K. Raghavendra Shetty", "the fishermen’s concerns", False),
        ("K. Raghavendra Shetty", "Not one boat will be displaced", False),
        ("Ayesha Fernandes", "the Minister’s assurance was", False),
        ("Ayesha Fernandes", "the detailed project report", False),
        ("Lakshmi Narayanappa", "the harbour site overlapped", False),
        ("Lakshmi Narayanappa", "We flagged this in 2019", False),
        ("M.R. Pai", "seen this film before", False),
        ("", "reviewed in light of the representations", True),
        ("", "too far along to be shelved", True),
        ("Anitha Kulkarni", "their demands would", False),
        (SANGHA, "it would hold a", False),
        ("Prakash Suvarna", "If they can block our sea", False),
    ],
    "castleford_tram": [
        ("|Siobhan O’Neill", "We’ve been strung along", True),
        ("Northway Transport", "the £180m extension had been", False),
        ("Northway Transport", "rising construction costs meant", False),
        ("Siobhan O’Neill", "residents had been", False),
        ("Siobhan O’Neill", "People bought houses here", False),
        ("Siobhan O’Neill", "Now they’re being told", True),
        ("Siobhan O’Neill", "she would raise the matter", False),
        ("Barry Whitlock", "he shared residents", False),
        ("Barry Whitlock", "not one this council took", True),
        ("Jean Ashcroft-Lee", "overpromised and underdelivered", False),
        ("Dominic Farrow", "the pause was", False),
        ("Dominic Farrow", "I’m not giving up on Castleford Moss", False),
        ("Tommy Grealish", "I remember them promising", False),
        ("Tommy Grealish", "Then it was a guided busway", True),
        ("Tommy Grealish", "I’ll believe it when I see it", True),
        ("Priya Ramanathan", "the pause reflected", False),
        ("Priya Ramanathan", "The money was never really there", False),
        (DFT, "We remain committed", False),
        ("Bernadette Kilbride", "We decided if we can’t have the tram", False),
    ],
    "thabeng_trial": [
        ("Lwazi Ndlovu-Mahlangu", "a scapegoat for politicians", False),
        ("Lwazi Ndlovu-Mahlangu", "he had signed the payment certificates", False),
        ("Lwazi Ndlovu-Mahlangu", "I am not an engineer", False),
        ("Riana du Plessis", "two of the three reports", True),
        ("Riana du Plessis", "You knew exactly who those engineers were", False),
        ("Lwazi Ndlovu-Mahlangu", "I did not know at the time", False),
        ("Lwazi Ndlovu-Mahlangu", "I found out later", True),
        ("Nomsa Vilakazi-Roux", "answer the question that was asked", False),
        ("Phindile Zwane", "the State was", False),
        ("Phindile Zwane", "We have 19 witnesses still to call", False),
        ("Martha Mofokeng", "Our children’s children", False),
        ("Lerato Sebe", "lost hope in everyone", False),
        ("Yusuf Carrim", "his client would", False),
    ],
}

ARTICLES = {
    "kowhai_flood": KOWHAI_FLOOD,
    "kgotsong_tariffs": KGOTSONG_TARIFFS,
    "kuloor_harbour": KULOOR_HARBOUR,
    "castleford_tram": CASTLEFORD_TRAM,
    "thabeng_trial": THABENG_TRIAL,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 24 of 68 required when the batch was written (blind). Four were gold slips: three quoted predicates after
#: "said X had" ("said Labour had ‘overpromised …’") had their anchors outside the quotation marks, where the rules
#: keep the quoted words alone (anchors moved inside; 6 wrong), and a bare quotation right after a speaker's reported
#: words that end in quoted ones is the same quote by GUIDELINES.md ("consecutive quoted sentences of one speaker
#: without a new cue"), so its piece is optional (1 wrong). Then 17. Then 9: a name cut at its particles, "Johan van"
#: and a hyphenated surname tagged an organisation ("Merwe-Botha"), is one person (`particle_names`; 8 wrong). Then 7:
#: "Gogo" before a villager's name is an honorific, no part of it (names.HONORIFICS; 2 wrong). Left (7): "In a
#: statement, the body said" after a named transport body (unnamed), "Ms O’Neill said" tagged an organisation, a lede's
#: "A former municipal manager … has told the court" named only in the next paragraph, and a prosecutor named after
#: "State prosecutor Advocate" (tagged an organisation) whose "she asked" went to the accused. Then 1: "the body said"
#: is the body named before, as "the agency said" is (2 wrong; "body" a company noun); "Ms O’Neill", a title and a
#: surname with an apostrophe read as an adverb and an organisation, is a person (2 wrong; `apostrophe_surnames`); a
#: name after "Advocate" is a person (2 wrong; `advocate_names`). Left (1): the lede's former municipal manager named
#: only in the next paragraph.
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
