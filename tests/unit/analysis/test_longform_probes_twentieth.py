"""Quotes of a twentieth batch of blind probes (longform_probes_twentieth.py, world news from the wires on conflict and
diplomacy, with datelines, mostly reported speech): the whole batch against its gold, whose count of wrong quotes may
only go down, and the shapes the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_twentieth import (
    BORDER,
    BOYCOTT,
    CAMP,
    CEASEFIRE,
    COMMUNIQUE,
    DRONE,
    HOSTAGES,
    SANCTIONS,
    SUMMONED,
    VETO,
)

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source (residents, security sources,
#: officials, diplomats, witnesses, aid agencies, analysts, an official or diplomat who is not named). An institution
#: that speaks is named as the article names it. A quotation that goes on after its cue without a new one is one quote
#: (its first part is the anchor); "the statement said" or "the communique said" after a quotation is the body's,
#: borderline (optional), as are what someone "called" in passing, "called for" or "urged" with no clause, and a speech
#: inside another ("X said Y, the agency reported"). A denial ("denied that …", "have denied targeting …") and a claim
#: ("said it carried out …") are quotes. "According to" a ministry is that ministry's; "declined to comment", "did not
#: say" and "has not commented" speak no quote.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "ceasefire": [
        ("", "heavy fighting erupted in the capital", False),
        ("Amna Idris", "The shelling started at dawn", False),
        ("army|Sudan’s army|Sudan's army", "the Rapid Support Forces had attacked its positions", False),
        ("Rapid Support Forces|RSF", "it had started the fighting", False),
        ("Rapid Support Forces|RSF", "shelling residential areas", True),
        ("Nabil Abdallah", "the army would", False),
        ("Yousif Ezzat", "the army had", False),
        ("", "the mediators had warned both sides", False),
        ("", "Everyone knew this truce was fragile", False),
        ("Turki bin Saud al-Harbi", "the kingdom was in contact with both sides", False),
        ("State Department|U.S. State Department", "it was", False),
        ("State Department|U.S. State Department", "return to the negotiating table", True),
        ("health ministry|ministry", "More than 1,200 people have been killed", False),
    ],
    "hostages": [
        ("", "were freed on Sunday", False),
        ("Pieter van der Linde", "in good health", False),
        ("Pieter van der Linde", "I thank everyone who worked quietly", False),
        (
            "Group to Support Islam and Muslims|JNIM|The Group to Support Islam and Muslims",
            "the exchange had been agreed",
            False,
        ),
        ("", "Qatar and Algeria had helped broker the deal", False),
        ("", "It took months", False),
        ("Abdoulaye Maiga", "no ransom was paid", False),
        ("Tobias|Tobias Vogel", "the family had learned of her release", False),
        ("Tobias|Tobias Vogel", "We cried, we laughed", False),
    ],
    "veto": [
        ("Carol Hutchins-Baker", "Today, one member of this council", False),
        ("Gennady Sorokin", "a propaganda stunt", True),
        ("Gennady Sorokin", "it ignored Ukrainian shelling", False),
        ("Fu Wenjie", "the council should", False),
        ("Henrik Solberg", "the plant had lost external power", False),
        ("Henrik Solberg", "We are playing with fire", False),
        ("Anne-Claire du Montel", "will not stop us", False),
        ("Anne-Claire du Montel", "Paris would take the draft", False),
        ("Foreign Ministry|Ukraine’s Foreign Ministry|Ukraine's Foreign Ministry", "the veto showed Moscow", False),
        ("", "they had expected China to abstain", False),
        ("Luca Ferri", "the secretary-general regretted", False),
    ],
    "communique": [
        ("", "an end to violence in Myanmar", True),
        ("ASEAN|", "We strongly condemn the continued acts", True),
        ("Sari Wulandari", "the bloc had", False),
        ("Zaw Min Htet", "the communique was", False),
        ("", "they were concerned about tensions", False),
        ("Ramon Aquino-Reyes", "a code of conduct with China must be", False),
        ("", "the wording on Myanmar had been", False),
        ("", "Cambodia and Laos had pushed", False),
        ("Chaiwat Srisuk", "Thailand is a neighbour", False),
    ],
    "summoned": [
        ("foreign ministry|ministry|Algeria’s foreign ministry", "Algeria summoned France", False),
        ("Algeria|", "unacceptable", True),
        ("foreign ministry|ministry|Algeria’s foreign ministry", "ambassador Stéphane Roussel had been told", False),
        ("Ahmed Benbouzid", "the decision had been taken", False),
        ("Christophe Lemaire", "takes note", False),
        ("Fatima-Zohra Bencheikh", "her client was being held", False),
        ("Leila Belhadj", "Karim is not a politician", False),
        ("", "the latest row was unlikely", False),
    ],
    "border": [
        ("", "At least six people were killed", False),
        ("border service|Kyrgyzstan’s border service|Kyrgyzstan's border service", "Tajik troops had used", False),
        (
            "State Committee for National Security|Tajikistan’s State Committee for National Security",
            "Kyrgyz forces had fired first",
            False,
        ),
        ("Khovar|", "Kyrgyz forces had fired first", True),
        ("Almazbek Toktosunov", "Bishkek would", False),
        ("Almazbek Toktosunov", "We do not want war", False),
        ("", "they had fled to a neighbouring village", False),
        ("Gulnara Asanova", "We heard the mortars", False),
        ("Russia", "restraint", True),
        ("Vadim Orlov", "Moscow was ready to help", False),
        ("", "shooting had stopped by evening", False),
    ],
    "boycott": [
        (
            "National People’s Alliance|National People's Alliance|Bangladesh’s main opposition National People’s "
            "Alliance",
            "it would boycott next month",
            False,
        ),
        ("Mirza Kamal Hossain", "We will not legitimize", False),
        ("Mirza Kamal Hossain", "more than 2,000 party activists", False),
        ("government|", "the arrests were politically motivated", False),
        ("Rafiqul Alam", "the election would go ahead", False),
        ("Rafiqul Alam", "Nobody can hold the people hostage", False),
        ("U.S. Embassy|U.S. Embassy in Dhaka|Embassy", "it wanted to see", False),
        ("Mohammad Rubel", "he had not decided", False),
        ("Mohammad Rubel", "Every time there is an election", False),
    ],
    "camp": [
        ("", "a camp sheltering more than 200,000", False),
        ("Claire Dubost", "We are giving people eight litres", False),
        ("UNHCR|U.N. refugee agency", "its appeal for Chad was only", False),
        ("Ines Marchetti", "The world’s attention has moved on", False),
        ("Khadija Ahmed", "she had walked for five days", False),
        ("Khadija Ahmed", "armed men had burned her village", False),
        ("Khadija Ahmed", "I have nothing left but", False),
        ("Fatimé Haggar", "her government could not carry", False),
        ("Fatimé Haggar", "keep their promises", True),
        ("Rapid Support Forces", "targeting civilians", False),
    ],
    "drone": [
        ("", "killed a senior commander", False),
        ("Kataib al-Nasr", "its commander, Abu Hussein al-Saadi, had been", False),
        ("Kataib al-Nasr|", "We will respond at the time", True),
        ("", "the strike had been carried out in self-defense", False),
        ("Haidar al-Rubaie", "the strike was", False),
        ("foreign ministry|ministry|Iraq's foreign ministry", "summoned the U.S. charge", False),
        ("Islamic Resistance in Iraq", "it carried out a drone attack", False),
        ("", "the car was hit", False),
        ("Ali|", "There was a flash", False),
    ],
    "sanctions": [
        ("Marta Lindqvist", "Those who help Russia kill", False),
        ("Marta Lindqvist", "the bloc was also preparing measures", False),
        ("Esmaeil Rahimi", "sanctions were", False),
        ("Tehran", "supplying drones", False),
        ("Oleh Tkachuk", "Every drone that does not reach Russia", False),
        ("", "Hungary had secured an exemption", False),
        ("", "We got what we needed", False),
        ("Treasury Department|U.S. Treasury Department", "it had imposed its own sanctions", False),
        ("Treasury Department|U.S. Treasury Department|", "had supplied parts", True),
        ("Brian Kessington", "drone program is a threat", False),
    ],
}

ARTICLES = {
    "ceasefire": CEASEFIRE,
    "hostages": HOSTAGES,
    "veto": VETO,
    "communique": COMMUNIQUE,
    "summoned": SUMMONED,
    "border": BORDER,
    "boycott": BOYCOTT,
    "camp": CAMP,
    "drone": DRONE,
    "sanctions": SANCTIONS,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 28 when the batch was written (blind): 10 from names cut at their particles or hyphen ("Pieter van" and
#: "Linde" tagged an organisation, "Anne-Claire" and "Montel", "Fatima" and "Zohra Bencheikh"), 4 from a partial
#: quotation after a modal taken for the whole quote ("said the council should “avoid …”"), 2 each from "told AFP on
#: condition of anonymity that …" (the "of" stopped the clause), "according to a translation" after a cue read as
#: its source, the army's statement given to the body the next sentence names, "Treasury Under Secretary X" given
#: to the Treasury, a body's name cut at a verb ("The Group to Support Islam and Muslims (JNIM)") and a state's
#: "border service" left an unnamed source, and 1 each from a nested "X said …, the agency reported" and a bare
#: "urged" that the gold left out. 18 after particles and hyphens joined the name (`particle_names`), 16 after an "of"
#: inside how it was told no longer stopped the "that" clause (`what_said`), 14 after a body the sentence itself
#: names was no longer the one a lede describes (`lede_others`), 12 after a capitalised "Under" after a body opened
#: its holder's title (`under_title_holders`). "According to a translation" is left: PolNeAR train gives such a
#: record of the words ("according to audio provided to …") as the source, so the rule cost train two quotes. 10 after
#: a state's "border service" spoke as that service, as its "border guard" does (quotes63b, armed_services). 6 after
#: a clause whose subject and modal stand before a quotation of the rest ("said the council should “avoid …”", "said
#: that Bishkek would “defend …”") was said whole, not the quotation alone (`quoted_predicates`, quotesmend). Left:
#: the body cut at "Support" (2), "according to a translation" (2), the bare "urged" (1) and the nested "…, the state
#: news agency reported" (1).
#: 4 after a body named by what it is for ("The Group to Support Islam and Muslims (JNIM)") was tagged one
#: organisation across its "to" (`infinitive_bodies`). 2 after "according to a translation" beside a cue of saying
#: gave the words to the one who said them, a record of words being no speaker (`according`, cuemends).
WRONG_TODAY = 2


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_clause_whose_predicate_alone_is_quoted_is_said_whole(nlp):
    """ "said the council should “avoid …”" and "said that Bishkek would “defend …”": the subject and the modal are the
    narration's words, the rest the speaker's, and what was said is the whole clause, not the quotation alone; "he
    would “…”", with a pronoun for its subject, keeps the quotation alone."""
    rows = said_by(
        nlp,
        "Speaking through an interpreter, Peru’s envoy, Rosa Quispe, said the board should “wait for the full report.”",
        "Governor Ivo Marsh said in a radio address that the province would “hold every road open” this winter.",
        "Mayor Dan Ekberg said he would “fight this to the last meeting.”",
    )
    assert [quote for _, quote in rows] == [
        "the board should “wait for the full report",
        "the province would “hold every road open” this winter",
        "“fight this to the last meeting.”",
    ]


def test_a_body_named_by_what_it_is_for_speaks_by_its_whole_name(nlp):
    """ "The Group to Support Islam and Muslims (JNIM) … said": the recogniser tagged "Group" alone (or nothing) and
    the parser read the rest as a clause, so the body spoke as "Group" or as an unnamed "to End Child Poverty"."""
    said = [
        said_by(nlp, text)[0][0]
        for text in (
            "The Front to Defend the Northern Valleys (FDNV), an armed group, said in a post that the convoy had left.",
            "The Campaign to End Winter Evictions said the city budget would leave renters behind.",
        )
    ]
    assert said == ["Front to Defend the Northern Valleys", "Campaign to End Winter Evictions"]
