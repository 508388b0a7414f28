"""A case between states told on through the case itself (see themes.cases), and a state acted on through the voice
by which it is told (see themes.objects): fictional articles on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

from dashboard.analysis.themes import labels


def diplomacy(themes, nlp, text: str):
    return next(s for s in themes.score(nlp(text)) if s.theme == "diplomacy")


def article(themes, nlp, title: str, texts: list[str]):
    scores = themes.score_article([nlp(t) for t in texts], [""] * len(texts), title)
    return [next(s for s in paragraph if s.theme == "diplomacy") for paragraph in scores]


def test_a_paragraph_that_goes_on_with_a_case_between_states_carries_its_relations(themes, nlp):
    found = article(
        themes,
        nlp,
        "Engineer Freed After Months In Custody",
        [
            "A Danish engineer detained in Bolivia for five months has been released, the Danish foreign minister "
            "said on Friday.",
            "He was arrested at a roadblock in May and accused of spying, which his employer always denied.",
            "His neighbours said they would hold a party in his honour.",
        ],
    )
    assert [s.label for s in found] == [True, True, False]
    assert found[1].context == "case: arrest, after paragraph 1"  # the explanation names what decided


def test_a_states_own_prisoners_are_no_case_between_states(themes, nlp):
    found = article(
        themes,
        nlp,
        "Minister Meets Envoys As Crackdown Grows",
        [
            "The foreign minister met European ambassadors on Monday and said the government would imprison any "
            "journalist who broke the new law.",
            "Police arrested twelve reporters in the capital the next day.",
        ],
    )
    assert found[0].label and not found[1].label


def test_a_case_only_goes_on_after_a_paragraph_that_told_it(themes, nlp):
    found = article(
        themes,
        nlp,
        "Envoy Recalled Over Spying Row",
        [
            "Police arrested a local driver on Sunday.",
            "Austria recalled its ambassador from Tbilisi after two embassy staff were accused of espionage.",
        ],
    )
    assert [s.label for s in found] == [False, True]


def test_a_state_acted_on_through_its_government_or_its_envoy_is_a_party_to_the_act(themes, nlp):
    for text, done in (
        ("The minister thanked the government of Norway for its help.", "acting: minister thank Norway"),
        ("Peru summoned the ambassador of Chile on Tuesday.", "acting: Peru summon Chile"),
        ("Kenya urged the authorities in Kampala to free the men.", "acting: Kenya urge Kampala"),
    ):
        assert done in diplomacy(themes, nlp, text).terms, text
    # a government's own people are no other state
    text = "The minister thanked the people of the province for their patience."
    assert not any(t.startswith("acting: ") for t in diplomacy(themes, nlp, text).terms)


def test_sanctions_on_officials_and_a_war_told_through_sirens_and_shelters_weigh_for_their_themes(themes, nlp):
    sanctions = diplomacy(themes, nlp, "The bloc imposed travel bans and asset freezes on nine officials.")
    assert {"travel ban", "asset freeze"} <= set(sanctions.terms)
    sirens = next(
        s for s in themes.score(nlp("Sirens sounded and families slept in shelters.")) if s.theme == "military"
    )
    assert {"siren", "shelter"} <= set(sirens.terms) and not sirens.label  # weak alone: the article decides
    assert labels(themes.score(nlp("The animal shelter opened a new wing."))) == []


def test_a_war_told_through_its_wounded_and_mourners_takes_the_articles_theme(themes, nlp):
    texts = [
        "Artillery shelled the town of Orvel overnight, killing at least nine soldiers and civilians, the army said.",
        "Hospitals were overwhelmed with the wounded, and ambulances queued at the gates.",
        "Mourners carried the coffins through the square on Sunday.",
    ]
    scores = themes.score_article([nlp(t) for t in texts], [""] * 3, "Shelling Kills Nine In Orvel")
    military = [next(s for s in paragraph if s.theme == "military") for paragraph in scores]
    assert [s.label for s in military] == [True, True, True]
    assert military[1].terms[:1] == ("wounded",) and "article" in military[1].context  # the article decided
    # the same words in a story with no war stay unlabelled
    alone = themes.score_article([nlp(texts[1])], [""], "Flu Season Fills Hospitals")
    assert not any(s.label for s in alone[0])


def test_an_article_that_opens_on_the_case_carries_its_relations_from_the_first_paragraph(themes, nlp):
    found = article(
        themes,
        nlp,
        "Engineer Jailed For Eight Years",
        [
            "A court in Minsk has sentenced a Lithuanian-born engineer to eight years in prison for sabotage, his "
            "lawyer said on Tuesday.",
            "Tomas Zukas, 41, was arrested at a railway depot in April.",
            "Lithuania's foreign ministry called the verdict political and said it had been denied consular access "
            "to him for months.",
            "His colleagues held a vigil outside the company's offices in Kaunas.",
        ],
    )
    assert [s.label for s in found] == [True, True, True, False]
    assert found[0].context == "case: court, before paragraph 3"  # the explanation names what decided


def test_an_arrest_goes_on_with_an_extradition_told_before(themes, nlp):
    found = article(
        themes,
        nlp,
        "Smuggler Handed To Canada By Portugal",
        [
            "A Brazilian man accused of smuggling cocaine through Halifax has been extradited to Canada from Portugal, "
            "the Canadian justice ministry said on Monday.",
            "Portuguese police detained Rui Salgado, 44, in Porto last year at Ottawa's request.",
            "His brother runs a bakery in the town.",
        ],
    )
    assert [s.label for s in found] == [True, True, False]
    assert found[1].context == "case: detain, after paragraph 1"


def test_a_national_held_abroad_that_its_article_carries_opens_the_case_and_a_brawl_abroad_does_not(themes, nlp):
    held = [
        "A Danish aid worker has been held in Tehran's Evin prison for three months on unspecified charges, her "
        "husband said on Monday.",
        "Her family has not been allowed to visit, and no court date has been set.",
        "The foreign ministry in Copenhagen said it was in contact with the Iranian authorities.",
    ]
    scores = themes.score_article([nlp(t) for t in held], [""] * 3, "Danish Aid Worker Held In Iran")
    found = [next(s for s in paragraph if s.theme == "diplomacy") for paragraph in scores]
    assert [s.label for s in found] == [True, True, True]
    assert found[1].context == "case: court, after paragraph 1"
    brawl = [
        "A Danish tourist was arrested in Spain on Saturday after a brawl outside a bar in Magaluf.",
        "The 24-year-old was detained along with two friends and will appear in court on Monday.",
    ]
    scores = themes.score_article([nlp(t) for t in brawl], ["", ""], "Tourist Held After Bar Brawl")
    assert not any("diplomacy" in labels(paragraph) for paragraph in scores)
