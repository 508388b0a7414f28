"""The seventy-third round of blind profile probes: fictional world news from the wires' foreign desks on the days after
a disputed election result in a mid-sized state abroad, each story one country's crisis told mostly through the
reactions of others (the thirty-ninth round had election news from around the world told through the count and the
campaigns, and the twentieth one disputed count; this round follows the fallout: the final count under challenge,
protests and the police, a court's ruling, an observer mission's report and a regional bloc's mediation): a final
count in Mozambique with the electoral commission as itself, "The commission's chairman, X", "The commission said"
after it was named, an opposition leader, the president's spokesman, a regional bloc as itself and "X, head of the
bloc's observer mission", an analyst at a Johannesburg institute, a Western diplomat not named and the chairman again
under his surname; protests in Kyrgyzstan with an interior ministry as itself, a police spokesman, an opposition
party's leader and the party as itself, a neighbour's foreign ministry as itself, "X's foreign minister Y" without
commas, the head of an OSCE mission, an analyst at a Berlin institute, an official not named and the police spokesman
again; a constitutional court's ruling in Madagascar with the court as itself, "Reading the ruling, the court's
president, X", "The court said", a U.N. envoy, the opposition leader, "X's foreign minister, Y", a senior fellow at a
London centre, the presidency's spokeswoman and the court's president again; an observer mission's report in Bolivia
with the Organization of American States as itself, "The mission's head, X", an electoral tribunal as itself and "Its
president, X", a government spokesman, a neighbour's foreign ministry as itself, "X's foreign minister Y" told
reporters, an analyst at a Washington council and an opposition leader; and a bloc's mediation in Sierra Leone with
the bloc as itself, "X, head of the bloc's observer mission", a U.N. envoy, an electoral commission as itself, a
neighbour's foreign minister, a researcher at an Accra institute, a European diplomat not named, "The president's
spokesman, X" and an opposition leader under his surname), and for each quote the speaker, kind and affiliation
written before the stories were run (test_profiles_blind_probes_seventythird.py).
Blind:
18 wrong of 48. By pattern: "Madagascar's High Constitutional Court said" and "Bolivia's Supreme Electoral Tribunal
said" found without their country, and "The court said" after the first the same (missed and extra: 6); "said X and
called on Y" or "said X and urged Y" found as two quotes where the gold has one (extra: 3); "X, head of the bloc's
observer mission" found as `other` tied to the mission's words, not the bloc (2); "The party said" after "the
opposition Ata Birimdik party" found under "party" (missed and extra: 2); "The Economic Community of West African
States said" found as "Economic Community" (missed and extra: 2); "U.N. envoy for West Africa X said" found with no
speaker (missed and extra: 2); "X, director of the Andes programme at the Whitford Council on the Americas" found as
`official` (1).
Then the gold was set right where it had slipped from GUIDELINES.md and the conventions of the sixth, eighteenth and
fiftieth rounds: "said X and called on Y" and "said X and urged Y" hold a second statement, as "urge" and "call on"
are cues of their own (three quotes added; 15 wrong of 51).
Then 9 once a court or a tribunal the recogniser tagged apart from a country's possessive before it ("Madagascar's" +
"High Constitutional Court") speaks under the name with its country, as a department does (body_subjects._of_state).
Then 7 once the name after a title ending in "for" and a place is a person with the given name kept
(titles_for_places). Then 5 once a bloc the recogniser cut before its "of" ("The Economic Community" + "West African
States") is one body (cut_of_names). Left: the head of "the bloc's observer mission" as `other`, "The party said"
after a party named in the middle of a phrase and a think-tank's programme director as `official`."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: an electoral commission's chairman, a presidential or government spokesman or spokeswoman, a
#: police spokesman, a constitutional court's and an electoral tribunal's presidents, foreign ministers, U.N. envoys,
#: the heads of observer missions of a regional bloc, the OSCE and the OAS, and, as earlier rounds wrote them, an
#: opposition leader are `official` (a minister affiliated to the state that the possessive names, staff to their
#: body); analysts and fellows at institutes, centres and councils and a researcher at an institute are `analyst`;
#: diplomats and officials not named are `unnamed`; commissions, ministries, courts, a tribunal, a party, regional
#: bodies and blocs speaking as themselves are an `institution` under the fullest name the article gives them. "The
#: commission said", "The court said", "The party said", "The commission's", "The court's", "the bloc's", "The
#: mission's" and "Its president" are the body named before.
STORIES = [
    (
        (
            "MAPUTO, Nov 14 (Reuters) - Mozambique's National Electoral Commission said on Thursday that the ruling "
            "party's candidate had won 57 percent of the vote in last month's presidential election, a result the "
            "opposition has vowed to fight.",
            "The commission's chairman, Benedito Nhantumbo-Reis, told reporters in Maputo that the count had been "
            "checked twice in every province before it was announced.",
            "The commission said results from 312 polling stations had been annulled after ballot boxes were found "
            "open on the morning after the vote.",
            "Opposition leader Celestino Mabunda-Ferraz said his party would not accept what he called a stolen count "
            "and called on supporters to march in the capital on Monday.",
            "Presidential spokesman Jacinto Maholela said the opposition had lost fairly and should take its "
            "complaints to the courts rather than the streets.",
            "The Southern African Development Community, which sent 80 observers, said the vote had been peaceful but "
            "that the tallying in two northern provinces had been slow and hard to follow.",
            "Nomvula Khathide-Ruiz, head of the bloc's observer mission, said her team had been kept out of three "
            "district counting centres.",
            "Tendai Mukwashi-Orr, an analyst at the Cape Horizon Institute in Johannesburg, said the annulled "
            "stations lay mostly in opposition strongholds in the north.",
            "A Western diplomat in Maputo, who asked not to be named, said several embassies would wait for the "
            "observers' final report before congratulating the winner.",
            "Nhantumbo-Reis said the commission would publish the results of each polling station next week.",
        ),
        [
            ("57 percent", "Mozambique's National Electoral Commission", "institution", ""),  # commission as itself
            (
                "checked twice",
                "Benedito Nhantumbo-Reis",
                "official",
                "National Electoral Commission",
            ),  # "The commission's chairman, X"
            ("312 polling stations", "Mozambique's National Electoral Commission", "institution", ""),  # "It said"
            ("stolen count", "Celestino Mabunda-Ferraz", "official", ""),  # opposition leader
            ("march in the capital", "Celestino Mabunda-Ferraz", "official", ""),  # "and called on": a second cue
            ("lost fairly", "Jacinto Maholela", "official", ""),  # presidential spokesman
            (
                "peaceful",
                "Southern African Development Community",
                "institution",
                "",
            ),  # the regional bloc as itself
            (
                "kept out",
                "Nomvula Khathide-Ruiz",
                "official",
                "Southern African Development Community",
            ),  # "head of the bloc's observer mission"
            ("opposition strongholds", "Tendai Mukwashi-Orr", "analyst", "Cape Horizon Institute"),  # analyst
            ("congratulating the winner", "", "unnamed", ""),  # a diplomat, not named
            ("each polling station", "Benedito Nhantumbo-Reis", "official", ""),  # his surname alone
        ],
    ),
    (
        (
            "BISHKEK, Oct 8 (Reuters) - Kyrgyzstan's Interior Ministry said on Tuesday that 140 people had been "
            "detained overnight after thousands of protesters marched on the building of the Central Election "
            "Commission to demand a recount.",
            "Police spokesman Aibek Toktorbaev-Sayn said officers had used tear gas only after protesters threw "
            "stones and tried to break down the gates.",
            "Nurlan Asanbekov-Tier, who leads the opposition Ata Birimdik party, said the detained must be freed "
            "before his party would sit down for any talks with the government.",
            "The party said two of its candidates had been beaten by men in plain clothes outside their homes.",
            "Kazakhstan's foreign ministry said it was following events closely and urged all sides to show restraint.",
            "Uzbekistan's foreign minister Timur Rakhmatullaev-Ost said Tashkent would respect whatever the courts "
            "of its neighbour decided.",
            "Marek Lindgaard-Pohl, head of the OSCE's observer mission, said the count in several districts had "
            "lacked transparency and that observers had seen the same voters at more than one station.",
            "Dinara Osmonalieva-Kent, a Central Asia analyst at the Lindenhall Institute in Berlin, said the "
            "government had misjudged how angry young voters in the capital were.",
            "A government official who asked not to be named said a state of emergency in the capital was being "
            "considered.",
            "Toktorbaev-Sayn said 22 officers had been injured in the clashes.",
        ),
        [
            ("140 people", "Kyrgyzstan's Interior Ministry", "institution", ""),  # the ministry as itself
            ("tear gas", "Aibek Toktorbaev-Sayn", "official", ""),  # police spokesman
            ("must be freed", "Nurlan Asanbekov-Tier", "official", "Ata Birimdik"),  # leads the opposition party
            ("plain clothes", "Ata Birimdik", "institution", ""),  # "The party said" after it was named
            ("following events", "Kazakhstan's foreign ministry", "institution", ""),  # a neighbour's ministry
            ("show restraint", "Kazakhstan's foreign ministry", "institution", ""),  # "and urged": a second cue
            ("courts", "Timur Rakhmatullaev-Ost", "official", "Uzbekistan"),  # "X's foreign minister Y"
            ("lacked transparency", "Marek Lindgaard-Pohl", "official", "OSCE"),  # head of the observer mission
            ("misjudged", "Dinara Osmonalieva-Kent", "analyst", "Lindenhall Institute"),  # Central Asia analyst
            ("state of emergency", "", "unnamed", ""),  # an official, not named
            ("22 officers", "Aibek Toktorbaev-Sayn", "official", ""),  # his surname alone
        ],
    ),
    (
        (
            "ANTANANARIVO, Jan 19 (AFP) - Madagascar's High Constitutional Court said on Friday that the opposition's "
            "complaints of fraud in December's presidential election were not backed by evidence, confirming the "
            "president's re-election.",
            "Reading the ruling, the court's president, Hortense Rakotomalala-Vidal, said the judges had examined "
            "1,400 complaints and found none that would have changed the outcome.",
            "The court said the electoral commission should have published its tallies sooner and ordered it to do "
            "so within a week.",
            "Abdoulaye Kantéba-Mills, the United Nations envoy for the Indian Ocean region, said he would stay in the "
            "capital to help the two sides talk.",
            "Opposition leader Fanja Rasoamanarivo-Lenz said the ruling had been written before the hearing began "
            "and that her supporters would keep up their strikes.",
            "Mauritius's foreign minister, Devendra Ramgoolam-Fry, said his government hoped the ruling would close a "
            "painful chapter for the island's neighbour.",
            "Olivier Randrianasolo-Pike, a senior fellow at the Harcastle Centre for African Studies in London, said "
            "the court had rarely ruled against a sitting president.",
            "The presidency's spokeswoman, Voahangy Rabearivelo-Dunn, said the president would invite the opposition "
            "to form part of a new cabinet.",
            "Rakotomalala-Vidal said the court's ruling could not be appealed.",
        ),
        [
            ("not backed by evidence", "Madagascar's High Constitutional Court", "institution", ""),  # the court
            (
                "1,400 complaints",
                "Hortense Rakotomalala-Vidal",
                "official",
                "High Constitutional Court",
            ),  # "the court's president, X"
            ("within a week", "Madagascar's High Constitutional Court", "institution", ""),  # "The court said"
            ("help the two sides", "Abdoulaye Kantéba-Mills", "official", "United Nations"),  # U.N. envoy
            ("written before the hearing", "Fanja Rasoamanarivo-Lenz", "official", ""),  # opposition leader
            ("painful chapter", "Devendra Ramgoolam-Fry", "official", "Mauritius"),  # "X's foreign minister, Y"
            (
                "rarely ruled",
                "Olivier Randrianasolo-Pike",
                "analyst",
                "Harcastle Centre for African Studies",
            ),  # senior fellow
            ("new cabinet", "Voahangy Rabearivelo-Dunn", "official", ""),  # the presidency's spokeswoman
            ("could not be appealed", "Hortense Rakotomalala-Vidal", "official", ""),  # her surname alone
        ],
    ),
    (
        (
            "LA PAZ, Oct 23 (Reuters) - The Organization of American States said on Wednesday its observers had found "
            "serious irregularities in the count of Sunday's presidential election in Bolivia and urged a full audit "
            "of the tally sheets.",
            "The mission's head, Rosalía Ibarguen-Toft, said the quick count had stopped for almost a day with no "
            "explanation and then resumed with a very different trend.",
            "Bolivia's Supreme Electoral Tribunal said the pause had been caused by a failure of its servers and "
            "that no votes had been changed.",
            "Its president, Ernesto Quispe-Albarrán, said the tribunal would let international auditors examine "
            "every tally sheet.",
            "Government spokesman Wilfredo Mamani-Sorensen said the audit would prove the president had won in the "
            "first round.",
            "Argentina's foreign ministry said in a statement that it would not recognise a winner until the audit "
            "was complete.",
            "Brazil's foreign minister Heloísa Vasconcelos-Brandt told reporters in Brasilia that both sides should "
            "accept the auditors' findings.",
            "Gabriela Arze-Lindholm, director of the Andes programme at the Whitford Council on the Americas in "
            "Washington, said the pause had destroyed trust that the audit alone might not restore.",
            "Opposition leader Marcelo Tejerina-Holt said his supporters would block roads across the country until "
            "a runoff was called.",
        ),
        [
            ("serious irregularities", "Organization of American States", "institution", ""),  # the OAS as itself
            ("full audit", "Organization of American States", "institution", ""),  # "and urged": a second cue
            (
                "quick count",
                "Rosalía Ibarguen-Toft",
                "official",
                "Organization of American States",
            ),  # "The mission's head, X"
            ("failure of its servers", "Bolivia's Supreme Electoral Tribunal", "institution", ""),  # the tribunal
            (
                "every tally sheet",
                "Ernesto Quispe-Albarrán",
                "official",
                "Supreme Electoral Tribunal",
            ),  # "Its president, X"
            ("first round", "Wilfredo Mamani-Sorensen", "official", ""),  # government spokesman
            ("not recognise", "Argentina's foreign ministry", "institution", ""),  # a neighbour's ministry
            ("auditors' findings", "Heloísa Vasconcelos-Brandt", "official", "Brazil"),  # "X's foreign minister Y"
            ("destroyed trust", "Gabriela Arze-Lindholm", "analyst", "Whitford Council on the Americas"),  # director
            ("block roads", "Marcelo Tejerina-Holt", "official", ""),  # opposition leader
        ],
    ),
    (
        (
            "FREETOWN, July 3 (Reuters) - The Economic Community of West African States said on Monday it would send "
            "a team of former heads of state to Freetown to mediate between the president and the opposition after "
            "a week of disputes over the election result.",
            "Aminata Konneh-Astley, head of the bloc's observer mission, said the results sheets from a quarter of "
            "the polling stations had not been made public.",
            "U.N. envoy for West Africa Kwabena Adjovi-Hale said the crisis could still be settled by talks if both "
            "sides kept their supporters off the streets.",
            "Sierra Leone's Electoral Commission said it stood by the result and would publish the missing sheets "
            "by Friday.",
            "Liberia's foreign minister, Josephine Kamara-Whitby, said Monrovia was ready to host talks if the two "
            "sides wanted a neutral venue.",
            "Ibrahim Sesay-Rourke, a researcher at the Westmarch Institute for Security Studies in Accra, said the "
            "bloc had more pull in Freetown than any Western capital.",
            "One European diplomat said the result was unlikely to be overturned but that a recount in some "
            "districts would calm tempers.",
            "The president's spokesman, Alhaji Tarawally-Voss, said the president would welcome the mediators but "
            "would not share power.",
            "Opposition leader Samuel Okonjo-Brandvik said on Sunday that the ruling party had stuffed ballot boxes "
            "in its heartland.",
            "Okonjo-Brandvik said his party would take part in the talks only if the missing sheets were released "
            "first.",
        ),
        [
            ("mediate", "Economic Community of West African States", "institution", ""),  # the bloc as itself
            (
                "results sheets",
                "Aminata Konneh-Astley",
                "official",
                "Economic Community of West African States",
            ),  # "head of the bloc's observer mission"
            ("settled by talks", "Kwabena Adjovi-Hale", "official", ""),  # U.N. envoy
            ("stood by the result", "Sierra Leone's Electoral Commission", "institution", ""),  # commission as itself
            ("neutral venue", "Josephine Kamara-Whitby", "official", "Liberia"),  # "X's foreign minister, Y"
            (
                "more pull",
                "Ibrahim Sesay-Rourke",
                "analyst",
                "Westmarch Institute for Security Studies",
            ),  # researcher at an institute
            ("calm tempers", "", "unnamed", ""),  # a diplomat, not named
            ("share power", "Alhaji Tarawally-Voss", "official", ""),  # the president's spokesman
            ("stuffed ballot boxes", "Samuel Okonjo-Brandvik", "official", ""),  # opposition leader
            ("missing sheets were released", "Samuel Okonjo-Brandvik", "official", ""),  # his surname alone
        ],
    ),
]
