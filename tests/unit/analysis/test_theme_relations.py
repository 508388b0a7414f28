"""States acting on each other and the words that only name a place, an institution or a past title, on the real
spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import Themes, ThemeScore, labels, load_themes


def theme(themes: Themes, nlp, text: str, name: str) -> ThemeScore:
    return next(s for s in themes.score(nlp(text)) if s.theme == name)


def parties_of(score: ThemeScore) -> str:
    return next((t for t in score.terms if t.startswith("parties: ")), "")


def test_a_verb_of_interaction_between_named_states_counts_for_diplomacy(themes, nlp):
    states = theme(
        themes, nlp, "Chile urged Peru to drop its complaint, and Ecuador warned both to stay calm.", "diplomacy"
    )
    assert {"urge", "warn"} <= set(states.terms)
    assert "Chile" in parties_of(states) and "Ecuador" in parties_of(states)
    coach = theme(
        themes, nlp, "The coach urged his players to stay calm and warned them against complacency.", "diplomacy"
    )
    assert {"urge", "warn"} <= set(coach.terms) and not coach.label
    assert states.score > coach.score + 1.0


def test_a_place_where_something_happens_is_no_party(themes, nlp):
    places = theme(themes, nlp, "The delegation held talks in Geneva, then in Vienna and in Oslo.", "diplomacy")
    assert "talks" in places.terms and parties_of(places) == "" and not places.label
    states = theme(themes, nlp, "The delegation held talks with Norway, Austria and Switzerland.", "diplomacy")
    assert "Norway" in parties_of(states) and "Switzerland" in parties_of(states) and states.label


def test_the_name_of_an_institute_counts_for_no_theme(themes, nlp):
    text = "Ana Ruiz, a fellow at the Harbourview Institute for War and Peace Studies, opened a bakery on Friday."
    military = theme(themes, nlp, text, "military")
    assert "war" not in military.terms and military.score == 0


def test_a_title_no_longer_held_introduces_a_speaker_not_a_theme(themes, nlp):
    former = theme(themes, nlp, "Maria Lopez, a former ambassador to Chile, opened a bakery last spring.", "diplomacy")
    assert former.terms == () and former.score == 0
    serving = theme(themes, nlp, "Maria Lopez, the ambassador to Chile, opened a bakery last spring.", "diplomacy")
    assert "ambassador" in serving.terms
    for text in [
        "Maria Lopez, the then ambassador to Chile, opened a bakery last spring.",
        "Maria Lopez, then-ambassador to Chile, opened a bakery last spring.",
    ]:
        assert theme(themes, nlp, text, "diplomacy").score == 0, text
    later = theme(themes, nlp, "The talks stalled, and then the ambassador left for Chile.", "diplomacy")
    assert "ambassador" in later.terms


def test_a_title_told_through_its_holders_record_or_tenure_is_no_longer_held(themes, nlp):
    for text in [
        "Senator Ruth Calloway praised her record as secretary of state at a fish market in Port Alder.",
        "During his tenure as an ambassador, Piet Haas collected old maps of the coast.",
    ]:
        assert theme(themes, nlp, text, "diplomacy").score == 0, text
    serving = theme(themes, nlp, "Piet Haas served as ambassador to Chile and met its foreign minister.", "diplomacy")
    assert "ambassador" in serving.terms


def test_talks_with_creditor_banks_are_finance_not_diplomacy(themes, nlp):
    text = "Ecuador's negotiators resumed talks with its creditor banks on rescheduling the loans."
    scores = {s.theme: s for s in themes.score(nlp(text))}
    assert scores["trade"].label and not scores["diplomacy"].label
    assert "-creditor" in scores["diplomacy"].terms


def test_leaders_of_three_countries_together_are_diplomacy(themes, nlp):
    diplomacy = theme(themes, nlp, "The three leaders said closer ties were good for all three countries.", "diplomacy")
    assert diplomacy.label and {"three leaders", "three countries"} <= set(diplomacy.terms)


def test_a_party_backed_by_the_military_is_domestic_politics(themes, nlp):
    text = "The governing bloc, which is backed by the military, kept barely a third of its seats in the vote."
    assert theme(themes, nlp, text, "military").score <= 0


def test_armed_conflict_in_the_words_of_todays_war_reporting_is_military(themes, nlp):
    for text in [
        "A drone strike hit the fuel depot before dawn, and paratroopers were seen moving towards the airbase.",
        "Armed groups crossed the demilitarised line overnight; mercenaries and separatist units now hold the pass.",
    ]:
        assert theme(themes, nlp, text, "military").label, text


def test_a_labour_strike_is_no_armed_conflict(themes, nlp):
    text = "Dock workers stayed on strike for a third week, and strikers picketed the gates of the container terminal."
    military = theme(themes, nlp, text, "military")
    assert not military.label and "strike" not in military.terms


def test_the_un_written_without_points_and_peace_making_are_diplomacy(themes, nlp):
    un = theme(themes, nlp, "The UN asked Norway and Chile to send observers to the vote.", "diplomacy")
    dotted = theme(themes, nlp, "The U.N. asked Norway and Chile to send observers to the vote.", "diplomacy")
    assert "un" in un.terms and un.score == dotted.score > 2.0
    text = "Mediators presented a peace plan and proposed a prisoner swap to both sides."
    peace = theme(themes, nlp, text, "diplomacy")
    assert {"peace plan", "prisoner swap"} <= set(peace.terms) and peace.label


def test_the_premiers_of_provinces_are_domestic_government(themes, nlp):
    text = "The provincial premiers met in the capital and signed an agreement on hospital funding."
    provincial = theme(themes, nlp, text, "diplomacy")
    plain = theme(themes, nlp, text.replace("provincial ", ""), "diplomacy")
    assert "-provincial" in provincial.terms and provincial.score < plain.score


def test_a_foreign_minister_counts_as_much_as_a_foreign_secretary_or_a_diplomat(themes, nlp):
    scores = [
        theme(themes, nlp, f"The {title} of Chile flew to Lima on Sunday.", "diplomacy").score
        for title in ("foreign minister", "foreign secretary", "diplomat")
    ]
    assert scores[0] == scores[1] == scores[2] > 2.0


def test_a_state_that_does_a_verb_of_relations_to_another_is_diplomacy(themes, nlp):
    for text, done in [
        ("Norway accused Chile of hiding the catch figures.", "Norway accuse Chile"),
        ("Peru's government protested to Bolivia about the new road.", "Peru protest Bolivia"),
        ("Iceland and Denmark agreed on Friday to share the fishing grounds.", "Iceland and Denmark agree"),
    ]:
        acted = theme(themes, nlp, text, "diplomacy")
        assert acted.label and f"acting: {done}" in acted.terms, text


def test_a_verb_joined_by_and_to_an_earlier_one_shares_its_doer_within_the_sentence(themes, nlp):
    for text, done in [
        ("Norway recalled its envoy on Monday and accused Chile of hiding the catch figures.", "Norway accuse Chile"),
        (
            "Peru has demanded his return, calling it unjust, and warned Bolivia that it would respond.",
            "Peru warn Bolivia",
        ),
    ]:
        acted = theme(themes, nlp, text, "diplomacy")
        assert f"acting: {done}" in acted.terms, text
    for text in [
        "Farmers in Norway protested on Monday and accused Chile of dumping cheap salmon.",
        "Norway recalled its envoy on Monday. Fishermen met in the harbour and accused Chile of overfishing.",
    ]:
        scored = theme(themes, nlp, text, "diplomacy")
        assert not any(t.startswith("acting: ") for t in scored.terms), text


def test_a_party_that_does_not_do_the_verb_to_another_acts_on_no_one(themes, nlp):
    for text in [
        "Norway's coach accused the referee of bias after the match against Chile.",
        "Norway threatened to follow Chile in leaving the fishing council.",
        "The mayor flew to Chile to meet Norwegian investors in the copper mines.",
    ]:
        scored = theme(themes, nlp, text, "diplomacy")
        assert not any(t.startswith("acting: ") for t in scored.terms) and not scored.label, text


def test_a_users_theme_counts_parties_acting_on_each_other_at_its_own_weight(tmp_path, nlp):
    path = tmp_path / "themes.toml"
    path.write_text(
        '[borders]\nthreshold = 3.0\nparties = ["GPE"]\nparty_weight = 0.5\nacting_weight = 2.0\n'
        '[borders.terms]\n"close:VERB" = 0.5\n',
        encoding="utf-8",
    )
    (closed,) = load_themes(path).score(nlp("Hungary closed Serbia's crossings overnight."))
    assert closed.label and closed.score == 3.0 and "acting: Hungary close Serbia" in closed.terms


def test_the_voice_of_a_state_in_its_capital_is_a_party(themes, nlp):
    voiced = theme(themes, nlp, "Officials in Lisbon said Chile had not answered the request.", "diplomacy")
    assert "Lisbon" in parties_of(voiced) and "Chile" in parties_of(voiced)
    place = theme(themes, nlp, "Crowds in Lisbon said Chile had not answered the request.", "diplomacy")
    assert "Lisbon" not in parties_of(place)


def test_a_city_and_the_country_it_lies_in_are_one_party_but_a_list_of_countries_is_many(themes, nlp):
    city = theme(themes, nlp, "Valparaiso, Chile, welcomed the Peruvian delegation on Monday.", "diplomacy")
    assert parties_of(city) == "parties: Valparaiso + Peruvian"
    listed = theme(themes, nlp, "Peru, Chile, Bolivia and Ecuador sent a delegation to the talks.", "diplomacy")
    assert parties_of(listed) == "parties: Peru + Chile + Bolivia + Ecuador"


def test_states_rejecting_and_answering_each_other_and_leaders_calling_are_diplomacy(themes, nlp):
    rejected = theme(themes, nlp, "Chile rejected Peru's claim to the rocks off the coast.", "diplomacy")
    assert rejected.label and "acting: Chile reject Peru" in rejected.terms
    answered = theme(themes, nlp, "Brazil said it would reciprocate if Mexico kept the new rule.", "diplomacy")
    assert "reciprocate" in answered.terms and answered.score >= 1.75  # a reach for the context, not a label alone
    called = theme(themes, nlp, "The Dutch premier telephoned the Polish leader on Sunday.", "diplomacy")
    assert called.label and "acting: Dutch telephone Polish" in called.terms
    by_phone = theme(themes, nlp, "The Dutch premier and the Polish leader talked by phone on Sunday.", "diplomacy")
    assert "by phone" in by_phone.terms


def test_a_head_of_state_meeting_another_is_diplomacy_but_not_a_tour_at_home(themes, nlp):
    met = theme(themes, nlp, "President Ana Sato met King Harald at the palace on Monday.", "diplomacy")
    assert met.label and "acting: President Ana Sato meet King Harald" in met.terms
    for text in [
        "President Joe Harlan met Speaker Nancy Cole to discuss the budget.",
        "President Joe Harlan visited Lyon last spring.",
    ]:
        home = theme(themes, nlp, text, "diplomacy")
        assert not home.label and not any(t.startswith("acting: ") for t in home.terms), text


def test_a_state_the_recogniser_takes_for_an_organisation_is_still_a_party(themes, nlp):
    text = "Washington said it would press for new measures against Pyongyang at the United Nations."
    assert {e.label_ for e in nlp(text).ents if e.text == "Washington"} == {"ORG"}  # what makes this case
    states = theme(themes, nlp, text, "diplomacy")
    assert "Washington" in parties_of(states) and states.label
    firm = theme(themes, nlp, "Harbourview Mills said it would press for new measures at the trade fair.", "diplomacy")
    assert parties_of(firm) == "" and not firm.label


def test_talks_between_states_about_trade_are_also_diplomacy(themes, nlp):
    text = "The ministers of Chile and Peru resumed trade talks in Lima on Monday."
    scores = {s.theme: s for s in themes.score(nlp(text))}
    assert scores["trade"].label and scores["diplomacy"].label
    assert "trade talks" in scores["diplomacy"].terms


def test_a_leader_of_a_legislature_is_no_leader_of_a_state(themes, nlp):
    text = "The Senate majority leader said his relationship with the minority leader had never been worse."
    assert "leader" not in theme(themes, nlp, text, "diplomacy").terms


def test_a_capital_that_acts_is_its_state_and_lets_the_article_carry_diplomacy(themes, nlp):
    title = "Coast Guards Face Off Near Disputed Islands"
    texts = [
        "Vietnam protested to China on Monday after a Chinese coast guard ship rammed a Vietnamese fishing boat near "
        "the disputed islands, the foreign ministry said.",
        "Beijing said the Vietnamese boat had sailed into its waters and refused to leave.",
    ]
    scores = themes.score_article([nlp(t) for t in texts], ["", ""], title)
    reply = next(s for s in scores[1] if s.theme == "diplomacy")
    assert reply.label and "capital acts: Beijing say" in reply.terms
    own = theme(themes, nlp, texts[1], "diplomacy")
    assert not own.label  # a capital's act is no label on its own: the article's context decides
    for text in [
        "Beijing said the new airport would open in June.",  # no other party
        "Fans in Beijing cheered as the Vietnamese team arrived.",  # a place, not a doer
    ]:
        assert not any(t.startswith("capital acts") for t in theme(themes, nlp, text, "diplomacy").terms), text
    weather = ["Snow closed schools across the east.", "Washington braced for the storm as Ottawa cleared its roads."]
    scores = themes.score_article([nlp(t) for t in weather], ["", ""], "Snowstorm Sweeps East")
    assert not any(labels_of for labels_of in (labels(p) for p in scores))  # a city braced for snow: no state acts


def test_a_state_answering_alone_lets_its_diplomatic_article_carry_the_answer(themes, nlp):
    title = "Estonia Summons Latvian Envoy Over Border Remarks"
    texts = [
        "Estonia summoned the Latvian ambassador on Monday to protest against remarks by a Latvian minister about "
        "the border, the foreign ministry said.",
        "Riga said the minister had spoken only for himself and saw no reason to apologise.",
        "Latvia said it regretted the summons.",
    ]
    scores = themes.score_article([nlp(t) for t in texts], ["", "", ""], title)
    for paragraph, state in ((scores[1], "Riga say"), (scores[2], "Latvia say")):
        answer = next(s for s in paragraph if s.theme == "diplomacy")
        assert answer.label and f"state speaks: {state}" in answer.terms
    assert not theme(themes, nlp, texts[1], "diplomacy").label  # never a label on its own
    for text in [
        "Brazil won the final on penalties.",  # a country's name that is a team: no verb of speech
        "Fans in Riga said the concert was the best of the year.",  # a place, not a doer
    ]:
        assert not any(t.startswith("state speaks") for t in theme(themes, nlp, text, "diplomacy").terms), text
    match = ["Brazil beat Chile 2-0 in the qualifier.", "Chile said the referee had been unfair."]
    scores = themes.score_article([nlp(t) for t in match], ["", ""], "Brazil Beat Chile")
    assert not any(labels(p) for p in scores)  # a federation's complaint about a match: no relation between states


def test_an_organ_named_after_its_state_makes_the_state_a_party(themes, nlp):
    # the recogniser takes "the Danish Defence Ministry" whole for an organisation; "US" is a stop word, not nothing
    for text, party in (
        ("The Danish Defence Ministry urged Moscow to withdraw the ships.", "parties: Danish + Moscow"),
        ("A US Navy spokesman urged Tehran to release the tanker.", "parties: US + Tehran"),
    ):
        assert parties_of(theme(themes, nlp, text, "diplomacy")) == party, text
    airline = theme(themes, nlp, "Danish Airlines said flights to Moscow would resume.", "diplomacy")
    assert parties_of(airline) == ""  # a company named after its country is no organ of the state


def test_the_unnamed_government_of_the_home_state_acts_on_a_named_state(themes, nlp):
    for text, done in (
        ("The government accused Moldova of harbouring the smugglers.", "acting: government accuse Moldova"),
        ("The foreign ministry summoned the Danish ambassador on Monday.", "acting: ministry summon Danish"),
    ):
        assert done in theme(themes, nlp, text, "diplomacy").terms, text
    for text in (
        "Presidential candidates condemned Moldova's decision.",  # candidates are no voice of a state
        "Moldova's government accused rebels of breaking the truce.",  # no other state
    ):
        assert not any(t.startswith("acting: ") for t in theme(themes, nlp, text, "diplomacy").terms), text


def test_the_unnamed_government_acts_through_a_verb_joined_by_and_to_its_first(themes, nlp):
    text = "The government closed two border posts on Friday and asked Zambia for help with patrols."
    assert "acting: government ask Zambia" in theme(themes, nlp, text, "diplomacy").terms
    other = "Farmers closed the road on Friday and asked Zambia for help with seed."  # farmers are no voice of a state
    assert not any(t.startswith("acting: ") for t in theme(themes, nlp, other, "diplomacy").terms)
