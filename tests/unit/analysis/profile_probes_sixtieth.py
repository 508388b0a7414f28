"""The sixtieth round of blind profile probes: fictional tourism, hotels, casinos and gaming regulation news from the
wire, the business pages and the travel and gaming trade press (a hotel group's full-year results with its chief
executive, a hospitality analyst at a bank and a hotel workers' union leader; a state casino licensing commission's
licence vote with its chair, a commissioner, the winning operator's general counsel and a problem-gambling council's
director; a national tourism board's figures with its chief executive, a tourism minister and a tour operator; a
cruise port's expansion with the port authority's executive director, a mayor and a residents' group and its
spokeswoman; a sports-betting launch with a tribal nation's principal chief, its gaming authority and that
authority's executive director, the betting operator's chief operating officer and a state senator), and for each
quote the speaker, kind and affiliation written before the stories were run (test_profiles_blind_probes_sixtieth.py).
Blind:
8 wrong of 46, one gold slip (the hotel group that "reported a 14% rise ... but warned that bookings for the spring had
slowed" in the first sentence says something: "warn" is a verb of communication, so the gold missed that quote and the
extractor's right row counted as an extra; the gold now has it, 7 wrong of 47). By pattern: a problem-gambling charity,
"the Buckeye Council on Problem Gambling", taken for a public body, so its executive director is an official, not
`other` (2); "The port authority said" kept as a speaker "port authority", not resolved to the "Halloran Bay Port
Authority" named in the first sentence, missed and found under another name (2); a tribal nation's "Principal Chief
Daniel Whitehorse" read as a "Chief" of a body "Principal", so `other`, not an official (3). Not counted by the
harness, which checks no affiliation the gold leaves empty: the tourism minister tied to "Greece" and the state
senator, "a Republican", to "Republicans"."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a casino licensing commission's chair and commissioners, a national tourism board's chief
#: executive (a state body), a tourism minister, a port authority's executive director, a mayor, a tribal nation's
#: principal chief (the head of its government), a tribal gaming authority's executive director (a regulator) and a
#: state senator hold public office or speak for a public body: officials; a hospitality analyst at a bank is an
#: analyst; a hotel group's chief executive, a union's general secretary, a casino operator's general counsel, a
#: problem-gambling council's director, a tour operator, a residents' group's spokeswoman and a betting operator's chief
#: operating officer are `other`; a hotel group, a commission, a tourism board, a port authority, a residents' group
#: and a gaming authority speaking as themselves are `institution` under the fullest name the article gives them ("the
#: company", "the board", "the authority" resolved to it). Shares that "fell" and bidders that "have 30 days to appeal"
#: say nothing: no quotes.
STORIES = [
    (
        (
            "LONDON, Feb 27 (Reuters) - Marlowe Crest Hotels, the owner of 340 hotels across Europe and the Middle "
            "East, reported a 14% rise in full-year profit on Thursday, helped by record room rates in London and "
            "Dubai, but warned that bookings for the spring had slowed.",
            "Pre-tax profit rose to 612 million pounds from 537 million pounds a year earlier, on revenue up 9% at 3.9 "
            "billion pounds, the company said.",
            "The group's chief executive, Fiona Ashdown, said revenue per available room, the industry's main measure, "
            "rose 7% as business travel returned to levels last seen before the pandemic.",
            '"People are travelling for work again, and they are paying for it. Our London hotels were more than 85% '
            'full on weeknights in the autumn," Ashdown told reporters on a call.',
            "She said the group would open 22 hotels this year, most of them in Spain, Portugal and the Gulf, and "
            "would spend 400 million pounds refurbishing older properties.",
            "Shares in Marlowe Crest fell 4.2% by midday in London after the company said bookings for March and April "
            "were running 3% below last year.",
            "Priya Venkataraman, a hospitality analyst at Kessler Brandt Bank, said investors had expected the "
            "slowdown but not so soon.",
            '"The room-rate story has run for three years. The question now is how long corporate clients keep paying '
            '300 pounds a night," Venkataraman said.',
            "The results come weeks after housekeepers and kitchen staff at six of the group's London hotels staged a "
            "two-day strike over pay.",
            "Declan Muir, general secretary of the Hospitality Workers Union, said the profit figures showed the group "
            "could afford the 12% pay rise his members had asked for.",
            '"They have found the money for shareholders. They can find it for the people who make the beds," Muir '
            "said.",
            "The company said it had offered a 6% rise and remained in talks with the union.",
        ),
        [
            ("spring had slowed", "Marlowe Crest Hotels", "institution", ""),  # "warned that", a gold slip: was missing
            ("612 million", "Marlowe Crest Hotels", "institution", ""),  # the company as itself
            ("revenue per available room", "Fiona Ashdown", "other", "Marlowe Crest Hotels"),  # the group's CEO
            ("travelling for work", "Fiona Ashdown", "other", ""),  # the same, "told reporters"
            ("22 hotels", "Fiona Ashdown", "other", ""),  # the same, "She said"
            ("3% below", "Marlowe Crest Hotels", "institution", ""),  # "the company said"
            ("not so soon", "Priya Venkataraman", "analyst", "Kessler Brandt Bank"),  # a hospitality analyst at a bank
            ("room-rate story", "Priya Venkataraman", "analyst", ""),  # the same
            ("12% pay rise", "Declan Muir", "other", "Hospitality Workers Union"),  # the union's general secretary
            ("make the beds", "Declan Muir", "other", ""),  # the same
            ("6% rise", "Marlowe Crest Hotels", "institution", ""),  # "The company said"
        ],
    ),
    (
        (
            "COLUMBUS, Ohio (AP) -- The Ohio Casino Licensing Commission voted 4-1 on Wednesday to award the last "
            "casino licence in the state to Silver Fork Gaming for a 700 million dollar resort on the Lake Erie shore "
            "at Port Calder, ending a two-year contest between three bidders.",
            "The commission's chair, Evelyn Dravecky, said Silver Fork had offered the most money to the state and the "
            "strongest plan to keep problem gamblers off its casino floor.",
            '"This was not a beauty contest. We scored every bid on the same 40 points, and Silver Fork scored highest '
            'on 31 of them," Dravecky said after the vote.',
            "Commissioner Raymond Tuttle, who cast the only vote against, said the board had given too little weight "
            "to the traffic the resort would bring to a town of 9,000 people.",
            '"We are putting four million visitors a year on a two-lane road. Nobody in that room could tell me how '
            'they get home," Tuttle said.',
            "Silver Fork's general counsel, Miriam Achterberg, said the company would break ground in the spring and "
            "open the resort by the end of 2028.",
            '"We promised this commission 2,100 jobs, and we expect to be held to that number," Achterberg said.',
            "The two losing bidders, Bayline Resorts and Triton Entertainment, have 30 days to appeal.",
            "Thomas Kerrigan, executive director of the Buckeye Council on Problem Gambling, said the state should set "
            "aside part of the new casino's taxes for treatment.",
            '"Every new casino brings new gamblers and, with them, a few hundred people who will lose everything. '
            'Treatment has to open the same day the doors do," Kerrigan said.',
            "The commission said it would hold a public hearing in Port Calder in April on the resort's traffic plan.",
        ),
        [
            ("most money", "Evelyn Dravecky", "official", "Ohio Casino Licensing Commission"),  # the commission's chair
            ("beauty contest", "Evelyn Dravecky", "official", ""),  # the same
            ("too little weight", "Raymond Tuttle", "official", ""),  # Commissioner
            ("two-lane road", "Raymond Tuttle", "official", ""),  # the same
            ("break ground", "Miriam Achterberg", "other", "Silver Fork Gaming"),  # the operator's general counsel
            ("2,100 jobs", "Miriam Achterberg", "other", ""),  # the same
            ("set aside", "Thomas Kerrigan", "other", "Buckeye Council on Problem Gambling"),  # its executive director
            ("lose everything", "Thomas Kerrigan", "other", ""),  # the same
            ("public hearing", "Ohio Casino Licensing Commission", "institution", ""),  # "The commission said"
        ],
    ),
    (
        (
            "ATHENS, Jan 15 (Reuters) - Greece welcomed a record 36 million foreign visitors last year, up 11% on the "
            "year before, the Hellenic Tourism Board said on Wednesday.",
            "The board's chief executive, Nikos Varvaressos, said visitors had also stayed longer and spent more, with "
            "receipts up 14% at 23.8 billion euros.",
            '"For the first time, more than a third of our visitors came outside July and August. That is the number '
            'we have worked ten years for," Varvaressos said.',
            "Varvaressos said the board would spend 20 million euros this year promoting winter trips to mountain "
            "villages.",
            "Tourism Minister Eleni Markopoulou said the government would spend 150 million euros on water supplies "
            "and roads on islands where visitors now outnumber residents ten to one in summer.",
            '"Santorini cannot take one more cruise ship in August. We will set a daily limit, and we will enforce '
            'it," Markopoulou told a conference in Athens.',
            "She said the limit, of 8,000 cruise passengers a day, would take effect in June.",
            "Stavros Lekkas, who runs Aegean Blue Tours, a tour operator in Heraklion, said the figures hid a shortage "
            "of hotel workers that had forced some hotels to close rooms.",
            '"We had the guests. We did not have the cooks and the cleaners. Some hotels I work with kept a whole '
            'floor shut all summer," Lekkas said.',
            "The board said it expected arrivals to grow by a further 5% this year.",
        ),
        [
            ("36 million", "Hellenic Tourism Board", "institution", ""),  # the board as itself
            ("stayed longer", "Nikos Varvaressos", "official", "Hellenic Tourism Board"),  # a state board's chief
            ("a third of our visitors", "Nikos Varvaressos", "official", ""),  # the same
            ("winter trips", "Nikos Varvaressos", "official", ""),  # the same
            ("water supplies", "Eleni Markopoulou", "official", ""),  # Tourism Minister
            ("daily limit", "Eleni Markopoulou", "official", ""),  # the same, "told a conference"
            ("8,000 cruise passengers", "Eleni Markopoulou", "official", ""),  # the same, "She said"
            ("shortage", "Stavros Lekkas", "other", "Aegean Blue Tours"),  # a tour operator, "who runs"
            ("cooks and the cleaners", "Stavros Lekkas", "other", ""),  # the same
            ("further 5%", "Hellenic Tourism Board", "institution", ""),  # "The board said"
        ],
    ),
    (
        (
            "HALLORAN BAY, Maine -- The Halloran Bay Port Authority approved a 180 million dollar plan on Tuesday to "
            "build a second cruise pier able to take the largest ships afloat, doubling the number of passengers who "
            "can come ashore in the harbour town.",
            "The authority's executive director, Curtis Wainwright, said the new pier would bring about 400,000 more "
            "passengers a year and 60 million dollars in spending to the town.",
            '"The ships are coming whether we build or not. The only question is whether they tie up here or anchor '
            'offshore and send their passengers in on tenders," Wainwright said.',
            "Mayor Josephine Albright said the town would use its share of new passenger fees to hire more police and "
            "rebuild the waterfront's sewer lines.",
            '"I want the cruise money, and I want the town to still be a town when the ships leave," Albright said.',
            "Residents have collected more than 3,000 signatures against the pier.",
            "Harbour Street Neighbors, a residents' group, said the pier would bring 9,000 people a day into streets "
            "built for horses and carts.",
            "Its spokeswoman, Rachel Tindall, said the group would ask a state court to block the plan.",
            "\"On a cruise day you cannot get a prescription filled or park at the doctor's. Now they want to double "
            'it," Tindall said.',
            "The port authority said construction would start in the autumn and take two years.",
        ),
        [
            ("400,000 more", "Curtis Wainwright", "official", "Halloran Bay Port Authority"),  # its executive director
            ("tie up here", "Curtis Wainwright", "official", ""),  # the same
            ("sewer lines", "Josephine Albright", "official", ""),  # Mayor
            ("cruise money", "Josephine Albright", "official", ""),  # the same
            ("horses and carts", "Harbour Street Neighbors", "institution", ""),  # the residents' group as itself
            ("block the plan", "Rachel Tindall", "other", "Harbour Street Neighbors"),  # its spokeswoman
            ("prescription filled", "Rachel Tindall", "other", ""),  # the same
            ("construction would start", "Halloran Bay Port Authority", "institution", ""),  # "The port authority"
        ],
    ),
    (
        (
            "OKLAHOMA CITY (AP) -- Sports betting went live on Friday at 11 casinos owned by the Sweetwater Creek "
            "Nation, hours after the tribe's gaming authority approved the last of the betting systems.",
            "Principal Chief Daniel Whitehorse said the nation had waited six years for the state to sign a new gaming "
            "compact that allowed betting on sports.",
            '"This compact was negotiated nation to nation, and it will be honoured nation to nation," Whitehorse said '
            "at the opening.",
            "He said the nation would put its share of the betting revenue into health clinics and college "
            "scholarships.",
            "Loretta Birdsong, executive director of the Sweetwater Creek Gaming Authority, said the authority had "
            "tested every betting kiosk and phone app for three months before approving them.",
            '"Nobody under 21 places a bet, and nobody bets on a college team from this state. Those are our rules, '
            'and we will check," Birdsong said.',
            "The authority said 14,000 accounts had been opened on the nation's betting app in its first 12 hours.",
            "Brent Szymanski, chief operating officer of Longshot Sports, the company that runs the betting systems "
            "under contract, said the first day had been the busiest launch the company had seen.",
            '"We have launched in nine states, and none of them took this many bets in a morning," Szymanski said.',
            "State Senator Harlan Pruitt, a Republican who voted against the compact, said the state had given away "
            "too much of the betting market for too small a share of the money.",
        ),
        [
            ("six years", "Daniel Whitehorse", "official", ""),  # Principal Chief, head of the nation's government
            ("nation to nation", "Daniel Whitehorse", "official", ""),  # the same
            ("health clinics", "Daniel Whitehorse", "official", ""),  # the same, "He said"
            ("betting kiosk", "Loretta Birdsong", "official", "Sweetwater Creek Gaming Authority"),  # its director
            ("under 21", "Loretta Birdsong", "official", ""),  # the same
            ("14,000 accounts", "Sweetwater Creek Gaming Authority", "institution", ""),  # "The authority said"
            ("busiest launch", "Brent Szymanski", "other", "Longshot Sports"),  # chief operating officer of the company
            ("nine states", "Brent Szymanski", "other", ""),  # the same
            ("too much of the betting market", "Harlan Pruitt", "official", ""),  # State Senator
        ],
    ),
]
