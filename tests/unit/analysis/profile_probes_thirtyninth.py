"""The thirty-ninth round of blind profile probes: fictional election news from around the world, wire, web and the
political press (a parliamentary result announced by an electoral commission, a presidential runoff between an
incumbent and a former minister, a constitutional court rejecting an opposition challenge, a parliamentary vote
counted under observers, a runoff winner declared by an electoral tribunal) quoting the people such stories quote (an
electoral commission's chairperson and chairman, the heads of the European Union, African Union, OSCE and OAS observer
missions, a ruling party's and an opposition movement's secretaries general, an opposition alliance's and an
opposition party's spokespeople, an opposition party's leader, an incumbent president, a challenger who is a former
finance minister, a campaign manager for each side, pollsters, political scientists and an economist, a constitutional
court's president, an interior minister on turnout, a government spokesman, a defeated senator, an electoral
commission and civic monitors' coalitions as themselves, an anonymous commission official and unnamed analysts), with
roles that name bodies and affiliations hidden in party names and acronyms, and for each quote the speaker, kind, role
and affiliation written before the stories were run (test_profiles_blind_probes_thirtyninth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: people in public office or speaking for a state or an international body are officials (an
#: electoral commission's or tribunal's chair, the heads of observer missions of the EU, the AU, the OSCE and the OAS,
#: a court's president, ministers, an incumbent president, a prime minister, a senator, a government spokesman, and,
#: as earlier rounds wrote them, a party's leader); pollsters, political scientists, a governance institute's analyst
#: and a university economist are analysts; a party's secretary general or spokesperson with no seat, a campaign
#: manager, a civic coalition's coordinator and a challenger who left a minister's post and now runs for office (no
#: public office, and she speaks as a candidate, not as an expert) are `other`; a commission and a coalition of civic
#: groups speaking as themselves are institutions; an official not named and "analysts" are `unnamed`. A back-reference
#: to a party ("the ruling party") is written as the party's name given before, as "its chief" after Y is.
STORIES = [
    (
        (
            "Lesotho's ruling Basotho Progress Congress won 61 of the 120 seats in Saturday's parliamentary election, "
            "enough to govern without the coalition partners it has relied on since 2022.",
            "Announcing the final results in Maseru, the chairperson of the Independent Electoral Commission, Mamello "
            "Tsiu, said turnout had reached 58 percent, up from 38 percent five years ago.",
            '"The people of this country have spoken in larger numbers than at any election since independence," '
            "Tsiu said.",
            "Hélène Marchetti, the head of the European Union election observation mission, told reporters that "
            "voting had been orderly but that the ruling party had enjoyed far more airtime on state television.",
            '"A level field on polling day does not make up for an uneven one in the months before it," she said.',
            "Thabo Ramakatane, the secretary general of the ruling party, said the result was a mandate to finish the "
            "highlands water project.",
            "A spokesman for the opposition Alliance for Democratic Change, Lebohang Mokoena, said its candidates "
            "would challenge the results in 11 constituencies where the count had been halted overnight.",
            '"We counted our own tally sheets, and they do not add up to what was read out in Maseru," Mokoena said.',
            "Motlatsi Sekhonyana, a political scientist at the National University of Lesotho, said the opposition "
            "had split its vote across too many parties to win the southern districts.",
        ),
        [
            ("58 percent", "Mamello Tsiu", "official", "Independent Electoral Commission"),  # chairperson
            ("larger numbers", "Mamello Tsiu", "official", ""),  # the same
            ("more airtime", "Hélène Marchetti", "official", "European Union"),  # head of an observation mission
            ("level field", "Hélène Marchetti", "official", ""),  # the same
            ("water project", "Thabo Ramakatane", "other", "Basotho Progress Congress"),  # secretary general
            ("11 constituencies", "Lebohang Mokoena", "other", "Alliance for Democratic Change"),  # spokesman
            ("tally sheets", "Lebohang Mokoena", "other", ""),  # the same
            ("southern districts", "Motlatsi Sekhonyana", "analyst", "National University of Lesotho"),
        ],
    ),
    (
        (
            "Croatia's President Ivan Kovačić and his challenger, former finance minister Marija Jurić, will meet in "
            "a runoff on Sunday after neither won half the vote in the first round.",
            "Kovačić, who is seeking a second five-year term, told supporters in Split that the runoff was a choice "
            "between stability and an experiment.",
            '"I have kept this country out of every storm of the last five years, and I am asking for five more," '
            "he said.",
            "Jurić, who resigned from the government last year after a dispute over pension reform, said the "
            "president had spent his term cutting ribbons while young people left the country.",
            '"Our children are building Dublin and Munich instead of Zagreb," Jurić said at a rally in Osijek.',
            "Her campaign manager, Dario Petrović, said the campaign would spend the final week in towns along the "
            "Danube where Kovačić won narrowly.",
            "A survey by the polling agency Puls Istraživanja for the broadcaster Nova Mreža gave Kovačić 51 percent "
            "and Jurić 46 percent, within the margin of error.",
            "Ana Šimić, a pollster at Puls Istraživanja, said undecided voters in the capital would decide the race.",
            "Interior Minister Tomislav Horvat said turnout in the first round had been 46 percent and that polling "
            "stations would stay open until 7 p.m.",
            "The State Electoral Commission said it had received 14 complaints about the first round, none serious "
            "enough to change the result.",
            "Goran Vidović, a political scientist at Zagreb University, said Jurić needed the votes of the far right "
            "to win but could not ask for them without losing the centre.",
            '"She has to court people who will not vote for her if she courts them openly," Vidović said.',
        ),
        [
            ("stability and an experiment", "Ivan Kovačić", "official", ""),  # President, incumbent
            ("five more", "Ivan Kovačić", "official", ""),  # the same
            ("cutting ribbons", "Marija Jurić", "other", ""),  # challenger, former finance minister
            ("Dublin and Munich", "Marija Jurić", "other", ""),  # the same
            ("final week", "Dario Petrović", "other", ""),  # campaign manager
            ("undecided voters", "Ana Šimić", "analyst", "Puls Istraživanja"),  # pollster
            ("until 7 p.m.", "Tomislav Horvat", "official", ""),  # Interior Minister
            ("14 complaints", "State Electoral Commission", "institution", ""),
            ("far right", "Goran Vidović", "analyst", "Zagreb University"),  # political scientist
            ("courts them openly", "Goran Vidović", "analyst", ""),  # the same
        ],
    ),
    (
        (
            "Benin's Constitutional Court on Thursday rejected the opposition's challenge to the April presidential "
            "election, confirming the victory of the ruling party's candidate, Romuald Agossou, with 71 percent of "
            "the vote.",
            "Reading the ruling, the court's president, Justine Hounkpè, said the petitioners had not shown that the "
            "irregularities they listed had changed the outcome in a single department.",
            '"An irregularity is not a fraud, and a fraud that changes nothing is not a reason to annul," Hounkpè '
            "said.",
            "Moïse Dossou, the leader of the opposition Democrats' Union for Renewal, which brought the challenge, "
            "said the court had been packed with the president's allies and that his party would boycott the "
            "swearing-in.",
            '"We did not expect justice from judges chosen by the man they were judging," Dossou said.',
            "The head of the African Union observer mission, former Ghanaian foreign minister Kwesi Amponsah, said "
            "in a statement that the vote had been peaceful but that the exclusion of two opposition candidates "
            "before the campaign had narrowed the choice before voters.",
            "A coalition of 40 civil society groups, the Citizens' Election Watch, said its 2,800 monitors had "
            "recorded ballot stuffing at 3 percent of the polling stations they visited.",
            "Its coordinator, Aurélie Kpadonou, said the group would publish its full findings next month.",
            "Government spokesman Wilfried Houngbo said the ruling closed the matter and that the president-elect "
            "would be sworn in on May 23.",
            "Fatoumata Diallo, a senior analyst at the Dakar-based West Africa Governance Institute, said the ruling "
            "would deepen the opposition's distrust of the courts ahead of next year's legislative elections.",
        ),
        [
            ("single department", "Justine Hounkpè", "official", "Constitutional Court"),  # the court's president
            ("reason to annul", "Justine Hounkpè", "official", ""),  # the same
            ("boycott the swearing-in", "Moïse Dossou", "official", "Democrats' Union for Renewal"),  # party leader
            ("judges chosen", "Moïse Dossou", "official", ""),  # the same
            ("narrowed the choice", "Kwesi Amponsah", "official", "African Union"),  # head of an observer mission
            ("ballot stuffing", "Citizens' Election Watch", "institution", ""),
            ("full findings", "Aurélie Kpadonou", "other", "Citizens' Election Watch"),  # coordinator
            ("May 23", "Wilfried Houngbo", "official", ""),  # Government spokesman
            ("distrust of the courts", "Fatoumata Diallo", "analyst", "West Africa Governance Institute"),
        ],
    ),
    (
        (
            "Mongolians voted on Friday in a parliamentary election that the opposition hopes will end eight years of "
            "rule by the Mongolian Union Party.",
            "Interior Minister Batbayar Ganzorig said turnout stood at 42 percent by 2 p.m., higher than at the same "
            "hour four years ago.",
            "Sainbuyan Dorj, the chairman of the General Election Commission, said ballots from the Gobi provinces "
            "would reach the capital by helicopter on Saturday.",
            "The head of the OSCE observer mission, Sofia Lindgren, said her team had seen no attempt to intimidate "
            "voters but had noted that voter lists in the capital included people who had died.",
            "Enkhtuya Bold, a spokeswoman for the Democratic Renewal Party, said party observers had been turned "
            "away from 30 polling stations in Ulaanbaatar.",
            '"They let our observers in at noon, when half the ballots were already in the box," she said.',
            "Prime Minister Tsogtbaatar Nyam, who leads the ruling Mongolian Union Party, said after voting in the "
            "capital that his party would keep spending on roads and power lines in the countryside.",
            "Altangerel Sukh, a political scientist at the National University of Mongolia, said high turnout in the "
            "countryside usually favoured the ruling party.",
            "An official at the commission, who asked not to be named because counting was still under way, said "
            "early results showed the ruling party ahead in 40 of the 78 seats.",
            "Transparent Elections Mongolia, a network of 23 civic groups, said in a statement that vote buying had "
            "been reported in nine provinces.",
        ),
        [
            ("42 percent", "Batbayar Ganzorig", "official", ""),  # Interior Minister
            ("by helicopter", "Sainbuyan Dorj", "official", "General Election Commission"),  # chairman
            ("voter lists", "Sofia Lindgren", "official", "OSCE"),  # head of an observer mission
            ("turned away", "Enkhtuya Bold", "other", "Democratic Renewal Party"),  # party spokeswoman
            ("at noon", "Enkhtuya Bold", "other", ""),  # the same
            ("power lines", "Tsogtbaatar Nyam", "official", ""),  # Prime Minister
            ("usually favoured", "Altangerel Sukh", "analyst", "National University of Mongolia"),
            ("40 of the 78 seats", "", "unnamed", ""),  # an official at the commission
            ("vote buying", "Transparent Elections Mongolia", "institution", ""),
        ],
    ),
    (
        (
            "Bolivia's Supreme Electoral Tribunal on Monday declared Rodrigo Salvatierra, a former mining minister, "
            "the winner of the presidential runoff with 52.4 percent of the vote.",
            "Tribunal president Óscar Villarroel said the count had been completed in 36 hours, the fastest in the "
            "country's history, and that the tribunal had received no formal challenge.",
            "Lucía Mamani, Salvatierra's campaign manager, said the team had won because it spent the last month in "
            "the mining towns of Potosí and Oruro.",
            "The defeated candidate, Senator Gabriel Arce of the conservative Liberty First alliance, conceded "
            "defeat late on Sunday.",
            '"The country chose another road. I will oppose it in the Senate, not in the streets," Arce said in a '
            "video posted on social media.",
            "Jorge Quispe, the secretary general of the Movement for National Unity, said the party would hold talks "
            "with three smaller groups to build a majority in Congress.",
            "The head of the Organization of American States observer mission, former Uruguayan president Marcelo "
            "Ferreira, said the vote had been clean and urged both sides to respect the result.",
            '"Bolivians voted in peace, and the numbers we saw at the tables are the numbers the tribunal '
            'published," Ferreira said.',
            "Carla Rojas, director of the pollster Encuestas Altiplano, said her firm's final survey had "
            "underestimated Salvatierra's support in rural areas by about four points.",
            "Analysts said the new president would face a Congress in which no party holds more than a third of the "
            "seats.",
            "Pablo Gutiérrez, an economist at the Catholic University of Bolivia, said the gas price cap would cost "
            "the treasury about $900 million a year.",
        ),
        [
            ("36 hours", "Óscar Villarroel", "official", "Supreme Electoral Tribunal"),  # Tribunal president
            ("mining towns", "Lucía Mamani", "other", ""),  # campaign manager
            ("another road", "Gabriel Arce", "official", "Liberty First"),  # Senator, defeated candidate
            ("three smaller groups", "Jorge Quispe", "other", "Movement for National Unity"),  # secretary general
            ("had been clean", "Marcelo Ferreira", "official", "Organization of American States"),  # mission head
            ("respect the result", "Marcelo Ferreira", "official", ""),  # the same; "urged", a cue of its own
            ("voted in peace", "Marcelo Ferreira", "official", ""),  # the same
            ("four points", "Carla Rojas", "analyst", "Encuestas Altiplano"),  # director of a pollster
            ("a third of the seats", "", "unnamed", ""),  # analysts
            ("$900 million", "Pablo Gutiérrez", "analyst", "Catholic University of Bolivia"),  # economist
        ],
    ),
]
