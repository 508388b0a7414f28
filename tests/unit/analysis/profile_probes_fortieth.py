"""The fortieth round of blind profile probes: fictional news of institutions outside government, from the wire, the
web and the business press (a provincial university's funding fight, a state research council's grants and a lab
that is party to a dispute, a sports league's labour talks, a national Olympic committee's bid, a museum asked to
return objects, a public broadcaster's ombudsman, a charity's and a food bank's winter, a rights group and a UN
special rapporteur, a football club's sale, a strike of teaching assistants) quoting the people such stories quote (a
university president, a faculty union's president, a minister of advanced education, a research council's chief
executive, a professor who studies the field and one whose lab is a party, a league commissioner, a players'
association's executive director, a team's general manager, an Olympic committee's president, a sports economist, a
museum director, a culture minister, a broadcaster's ombudsman, a charity's chief executive, a food bank's director, a
rights group's researcher and its director, a UN special rapporteur, a fans' trust's chair, a club's chief executive;
bodies speaking as themselves and people familiar with talks), and for each quote the speaker, kind, role and
affiliation written before the stories were run (test_profiles_blind_probes_fortieth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: people in public office or speaking for a state or an international body are officials
#: (ministers, a state research council's chief executive, a UN special rapporteur, a lawmaker); professors and
#: researchers who study the matter, a sports economist and a rights group's researcher are analysts ("university
#: staff" speaking as experts); a university president and a professor whose own lab is a party to the dispute speak
#: for a side, not as experts, and are `other` like executives; a faculty union's president, a players' association's
#: executive director, a league commissioner, a team's general manager, a national Olympic committee's president (a
#: sports body, not a state), a museum director, a broadcaster's ombudsman, a charity's chief executive, a food bank's
#: director, a rights group's director, a fans' trust's chair and a club's chief executive are `other`; a league, a
#: university, an arts council, a club or a rights group speaking as itself is an `institution`; "a person familiar
#: with the talks" and "people close to" a side are `unnamed`.
STORIES = [
    (
        (
            "The University of Norrland's president said on Tuesday that the school would cut 140 jobs and close "
            "two campuses unless the provincial government raised its operating grant by at least 6 percent.",
            "Karin Lindqvist, who has led the university since 2021, told the board of governors that the grant "
            "had fallen by a fifth in real terms over a decade.",
            '"We have been asked to teach more students every year with less money every year, and that arithmetic '
            'has run out," Lindqvist said.',
            "The Norrland Faculty Association, which represents 1,900 professors and librarians, said the cuts "
            "would fall hardest on the humanities.",
            "Its president, Anders Brodin, a professor of history, said the union would not accept layoffs while "
            "the university spent money on a new stadium.",
            '"A school that can find $60 million for seats can find it for seminars," Brodin said.',
            "Minister of Advanced Education Sofia Ekman said the province had already raised the grant by 2 percent "
            "and expected universities to find savings in administration.",
            "Petra Holm, a professor of education policy at Malmberg University who studies university finance, "
            "said provinces across the country had shifted the cost of degrees onto students' fees.",
        ),
        [
            ("140 jobs", "Karin Lindqvist", "other", "University of Norrland"),  # named in the next paragraph
            ("fallen by a fifth", "Karin Lindqvist", "other", "University of Norrland"),  # the university's president
            ("arithmetic has run out", "Karin Lindqvist", "other", ""),  # the same
            ("humanities", "Norrland Faculty Association", "institution", ""),
            ("new stadium", "Anders Brodin", "other", "Norrland Faculty Association"),  # the union's president
            ("for seminars", "Anders Brodin", "other", ""),  # the same
            ("find savings", "Sofia Ekman", "official", ""),  # Minister of Advanced Education
            ("students' fees", "Petra Holm", "analyst", "Malmberg University"),  # professor of education policy
        ],
    ),
    (
        (
            "The National Research Council, the government agency that funds most academic science in the country, "
            "said on Monday it would give 38 percent fewer grants this year after its budget was frozen.",
            "Its chief executive, Dr. Tomasz Wielgus, said the council would protect grants for early-career "
            "researchers and cut those for large equipment.",
            '"We would rather fund a hundred young scientists than one new telescope," Wielgus said in an interview.',
            "Researchers at the Bayside Institute of Technology, whose fusion lab lost its largest grant, said the "
            "decision would end a decade of work.",
            "Professor Leonie Hartl, who runs the fusion lab, said her team would appeal the decision and had asked "
            "the council to publish its reviewers' scores.",
            '"Nobody told us why. We read about it on the council\'s website," Hartl said.',
            "Marcus Feld, a professor who studies science funding at the University of Westmark, said freezes of "
            "this kind tended to fall on the costliest fields first.",
            "Rep. Diane Okafor, who chairs the parliamentary science committee, said she would call Wielgus to "
            "testify next month.",
        ),
        [
            ("38 percent fewer", "National Research Council", "institution", ""),
            ("early-career", "Tomasz Wielgus", "official", "National Research Council"),  # chief executive, agency
            ("one new telescope", "Tomasz Wielgus", "official", ""),  # the same
            ("decade of work", "", "unnamed", ""),  # researchers at an institute, a group
            ("appeal the decision", "Leonie Hartl", "other", ""),  # runs the lab that is a party
            # "had asked the council to publish ...": "ask" is a cue of its own (set after the run)
            ("reviewers' scores", "Leonie Hartl", "other", ""),
            ("council's website", "Leonie Hartl", "other", ""),  # the same
            ("costliest fields", "Marcus Feld", "analyst", "University of Westmark"),  # professor, studies funding
            ("testify next month", "Diane Okafor", "official", ""),  # Rep., committee chair
        ],
    ),
    (
        (
            "NEW YORK (AP) -- The Continental Hockey League and its players' union resumed talks on Thursday with "
            "two weeks left before the collective agreement expires, people on both sides said.",
            "League commissioner Gregory Vance said the owners' offer to share 49 percent of revenue with the players "
            "was the best the league could afford.",
            '"Half of our teams lost money last season. That is not a negotiating position, it is a ledger," Vance '
            "said.",
            "Rosa Delgado, executive director of the Continental Hockey Players' Association, said the players "
            "would not accept a cap on contracts that the owners themselves ignored.",
            "A person familiar with the talks said the two sides were still about $300 million apart over six years.",
            "The league said in a statement that it had offered to extend the current agreement by one season.",
            "Mike Trudell, general manager of the Halifax Harriers, said he had told his players to keep training "
            "as if the season would start on time.",
            "Victor Sands, a sports economist at Lakeshore College, said lockouts rarely paid off for owners in "
            "markets where fans had other teams to watch.",
        ),
        [
            ("resumed talks", "", "unnamed", ""),  # people on both sides
            ("49 percent of revenue", "Gregory Vance", "other", "Continental Hockey League"),  # league commissioner
            ("it is a ledger", "Gregory Vance", "other", ""),  # the same
            ("cap on contracts", "Rosa Delgado", "other", "Continental Hockey Players' Association"),  # exec. director
            ("$300 million apart", "", "unnamed", ""),  # a person familiar with the talks
            ("by one season", "Continental Hockey League", "institution", ""),
            ("keep training", "Mike Trudell", "other", "Halifax Harriers"),  # general manager
            ("other teams to watch", "Victor Sands", "analyst", "Lakeshore College"),  # sports economist
        ],
    ),
    (
        (
            "The Danish Olympic Committee on Wednesday confirmed it would bid for the 2040 Winter Games, promising to "
            "use only venues that already stand or would be taken down afterwards.",
            "Its president, Henrik Aagaard, said the bid would cost no more than 400 million kroner and would be "
            "paid for by sponsors, not taxpayers.",
            '"We will not leave behind a single empty arena," Aagaard told reporters in Copenhagen.',
            "Culture Minister Mette Roos said the government supported the bid but would not guarantee any overruns.",
            "Nils Brask, a spokesman for the campaign group No Games Denmark, said every Games of the last 30 years "
            "had cost more than its bid promised.",
            "Ingrid Vestergaard, who studies the economics of mega-events at Aarhus Business School, said compact "
            "bids had a better record but that security costs were rising fast.",
            '"The venues are the part everyone watches. The bill for policing is the part nobody budgets," she said.',
        ),
        [
            ("2040 Winter Games", "Danish Olympic Committee", "institution", ""),  # "confirmed"
            ("400 million kroner", "Henrik Aagaard", "other", "Danish Olympic Committee"),  # president
            ("empty arena", "Henrik Aagaard", "other", ""),  # the same
            ("any overruns", "Mette Roos", "official", ""),  # Culture Minister
            ("last 30 years", "Nils Brask", "other", "No Games Denmark"),  # a campaign group's spokesman
            ("security costs", "Ingrid Vestergaard", "analyst", "Aarhus Business School"),  # studies mega-events
            ("nobody budgets", "Ingrid Vestergaard", "analyst", ""),  # the same
        ],
    ),
    (
        (
            "The Museum of the Western Coast will return 23 carved masks to the Tlaxic Nation, its director said on "
            "Friday, a year after the nation's council asked for them in writing.",
            "Director Eleanor Pryce said the masks had been taken from a village in 1911 without the consent of the "
            "families that made them.",
            '"These were never ours to keep. They were ours to look after until someone asked," Pryce said.',
            "Chief Samuel Redwing of the Tlaxic Nation Council said the masks would be kept in a cultural centre "
            "the nation is building on the coast.",
            "The Provincial Arts Council, which gives the museum a third of its budget, said the return would not "
            "affect its funding.",
            "Julian Ashby, a curator who has written on restitution at the Hale Institute for Museum Studies, said "
            "museums were now settling claims they would have fought in court ten years ago.",
        ),
        [
            ("23 carved masks", "Eleanor Pryce", "other", "Museum of the Western Coast"),  # "its director said"
            ("consent of the families", "Eleanor Pryce", "other", "Museum of the Western Coast"),  # director
            ("ours to keep", "Eleanor Pryce", "other", ""),  # the same
            # a First Nation's elected chief holds public office (the head of its government)
            ("cultural centre", "Samuel Redwing", "official", "Tlaxic Nation Council"),
            ("affect its funding", "Provincial Arts Council", "institution", ""),
            ("fought in court", "Julian Ashby", "analyst", "Hale Institute for Museum Studies"),  # writes on it
        ],
    ),
    (
        (
            "Radio Nordvik's ombudsman on Monday upheld a complaint against a documentary on fish farms, the second "
            "ruling against the public broadcaster's flagship programme this year.",
            "In a 14-page report, ombudsman Lars Ottesen said the film had presented a study's worst-case figures "
            "as its central estimate.",
            '"A documentary may take a side. It may not take a number out of its context," Ottesen wrote.',
            "The broadcaster's director of programmes, Hilde Sandnes, said the channel accepted the ruling and would "
            "add a correction before the film was shown again.",
            "Radio Nordvik said in a statement that the documentary's makers stood by their reporting on the "
            "farms' use of chemicals.",
            "Kjell Mo, the chief executive of the Nordvik Seafood Federation, which filed the complaint, said the "
            "ruling came too late for farmers whose sales had fallen.",
        ),
        [
            ("worst-case figures", "Lars Ottesen", "other", "Radio Nordvik"),  # the broadcaster's ombudsman
            ("out of its context", "Lars Ottesen", "other", ""),  # the same, "wrote"
            ("add a correction", "Hilde Sandnes", "other", "Radio Nordvik"),  # director of programmes
            ("stood by their reporting", "Radio Nordvik", "institution", ""),
            ("came too late", "Kjell Mo", "other", "Nordvik Seafood Federation"),  # chief executive
        ],
    ),
    (
        (
            "LONDON, Dec 3 (Reuters) - Britain's food banks handed out a record 1.2 million parcels in the three "
            "months to October, the Bread Line Trust said on Wednesday, as rents and energy bills rose faster than "
            "wages.",
            "Fiona Gallacher, chief executive of the Bread Line Trust, which supports 1,400 food banks, said working "
            "families now made up a third of those who came for help.",
            '"Food banks were meant to be a stopgap. They have become part of the weekly shop," Gallacher said.',
            "At the Eastfield Food Bank in Leeds, manager Tom Okonjo said donations had fallen by a quarter since "
            "the summer.",
            '"We are giving out more than we take in, every single week," Okonjo said.',
            "A government spokesperson said the state had spent 100 billion pounds on cost-of-living support since "
            "2022.",
            "Rachel Osei, a senior researcher at the Resolution Policy Unit, a think tank, said benefits had not "
            "kept pace with rents in four years out of five.",
        ),
        [
            ("1.2 million parcels", "Bread Line Trust", "institution", ""),
            ("a third of those", "Fiona Gallacher", "other", "Bread Line Trust"),  # a charity's chief executive
            ("weekly shop", "Fiona Gallacher", "other", ""),  # the same
            ("by a quarter", "Tom Okonjo", "other", "Eastfield Food Bank"),  # a food bank's manager
            ("more than we take in", "Tom Okonjo", "other", ""),  # the same
            ("100 billion pounds", "", "unnamed", ""),  # a government spokesperson, not named
            ("kept pace with rents", "Rachel Osei", "analyst", "Resolution Policy Unit"),  # senior researcher
        ],
    ),
    (
        (
            "GENEVA (AFP) - Amal Haddad, the United Nations special rapporteur on freedom of expression, on Tuesday "
            "called on Veldoria to release 41 journalists held without charge, some of them for more than two years.",
            "Haddad said the detentions were meant to silence reporting on the country's mines.",
            '"Holding a reporter without a charge is not an investigation. It is a warning to every other reporter," '
            "Haddad said.",
            "Veldoria's foreign ministry said the journalists were suspected of working for foreign "
            "intelligence services.",
            "Press Freedom Watch, a rights group based in Paris, said it had documented the cases of 38 of the 41 "
            "journalists.",
            "Its researcher for Central Africa, Lucie Ndoye, said most had been arrested after reporting on child "
            "labour in cobalt mines.",
            "The group's director, Pierre Vautrin, said Veldoria's trade partners should raise the cases when they "
            "next buy its ore.",
        ),
        [
            ("release 41", "Amal Haddad", "official", "United Nations"),  # UN special rapporteur; "called on"
            ("silence reporting", "Amal Haddad", "official", ""),  # the same
            ("a warning to every other", "Amal Haddad", "official", ""),  # the same
            ("foreign intelligence", "Veldoria's foreign ministry", "institution", ""),
            ("38 of the 41", "Press Freedom Watch", "institution", ""),
            ("child labour", "Lucie Ndoye", "analyst", "Press Freedom Watch"),  # the group's researcher
            ("buy its ore", "Pierre Vautrin", "other", "Press Freedom Watch"),  # the group's director
        ],
    ),
    (
        (
            "Shareholders of Kellingford Athletic, the English football club, on Thursday backed its sale to a "
            "consortium led by the American investor Bradley Hume for 410 million pounds.",
            "Club chief executive Simon Pardew said the money would pay for a new training ground and clear debts "
            "that had grown since the club was relegated.",
            '"This is the first time in twenty years that the club has had an owner with a plan and the money to pay '
            'for it," Pardew said.',
            "Hume, who also owns a baseball team in Ohio, said he would not move the club from the stadium it has "
            "played in since 1898.",
            "Gwen Atherton, chair of the Kellingford Supporters' Trust, said fans wanted a seat on the board written "
            "into the club's articles before the deal closed.",
            "People close to the consortium said it had agreed to keep ticket prices frozen for two seasons.",
            "Daniel Reyes, a football finance analyst at Sterling Sports Partners, said the price was about four "
            "times the club's annual revenue, high for a team outside the Premier League.",
        ),
        [
            ("new training ground", "Simon Pardew", "other", "Kellingford Athletic"),  # club chief executive
            ("an owner with a plan", "Simon Pardew", "other", ""),  # the same
            ("since 1898", "Bradley Hume", "other", ""),  # an investor, the buyer
            ("seat on the board", "Gwen Atherton", "other", "Kellingford Supporters' Trust"),  # chair
            ("ticket prices", "", "unnamed", ""),  # people close to the consortium
            ("annual revenue", "Daniel Reyes", "analyst", "Sterling Sports Partners"),  # football finance analyst
        ],
    ),
    (
        (
            "Teaching assistants at Carrow University walked out on Monday, cancelling about 600 tutorials, after "
            "talks over pay broke down at the weekend.",
            "The Graduate Workers' Union said its members earned less than the city's living wage for the hours "
            "they actually worked.",
            "Union president Maya Ferreira, a doctoral student in chemistry, said the strike would last until the "
            "university agreed to pay for time spent marking.",
            '"Nobody marks 90 essays in the four hours they pay us for," Ferreira said.',
            "Carrow University said it had offered a 5 percent rise and would dock the pay of those who struck.",
            "Provost Alan Whitcombe said students would not lose marks for tutorials that did not take place.",
            "Councillor Jade Mensah, who represents the ward around the campus, said she would ask the city council "
            "to back the strikers.",
        ),
        [
            ("living wage", "Graduate Workers' Union", "institution", ""),
            ("time spent marking", "Maya Ferreira", "other", "Graduate Workers' Union"),  # union president
            ("90 essays", "Maya Ferreira", "other", ""),  # the same
            ("5 percent rise", "Carrow University", "institution", ""),
            ("lose marks", "Alan Whitcombe", "other", ""),  # Provost, speaks for a side
            ("back the strikers", "Jade Mensah", "official", ""),  # Councillor
        ],
    ),
]
