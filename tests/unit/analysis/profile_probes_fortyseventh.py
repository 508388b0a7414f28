"""The forty-seventh round of blind profile probes: fictional news of the media, entertainment and sports business
from the trade press, the wire and the business pages (a streaming service's quarterly results under two co-chief
executives, a public broadcaster's licence fee set by a culture minister and a media regulator's ruling, a film
studio merger and an actors' guild's talks, a football league's television rights deal, a club bought by a state fund)
quoting the people such stories quote (co-chief executives, "X, who oversees the service's advertising business", a
finance chief, "an analyst at Y who tracks streaming subscribers", analysts at a firm; a culture minister, the
broadcaster's director-general, a regulator's ruling and "its chief executive", a shadow culture secretary, a
producers' trade body; a studio and "X, who oversees the studio's international distribution", "the guild's chief
negotiator", "an analyst at Y who tracks the box office", a professor of film economics, people familiar with the
talks; "the league's commissioner", a broadcaster's sports chief, a sponsor's marketing chief, a players' union, an
agent; a club's chairman, a state fund "that owns the club", a sports minister, a fans' trust and its chair, a
football finance expert), and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_fortyseventh.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: people in public office or speaking for a state are officials (a culture minister, a sports
#: minister, a media regulator's chief executive and its ruling's author, a shadow minister who is a legislator);
#: analysts at research firms and brokerages and a professor are analysts; executives of streaming services, studios,
#: broadcasters, leagues, clubs and sponsors, a guild's negotiator, a union's head, a fans' trust chair and agents are
#: `other` of their body; a company, a league, a regulator, a fund or a union speaking as itself is an `institution`;
#: analysts at a firm and people familiar with talks are `unnamed`. A title ("Dame", "Culture Minister") is no part
#: of a name.
STORIES = [
    (
        (
            "LOS ANGELES -- Streamwell added 9.2 million paying subscribers in the third quarter, more than Wall "
            "Street had expected, and raised its price in the United States by two dollars a month, the streaming "
            "service said on Tuesday.",
            "Dana Whitlock, one of the company's two co-chief executives, told investors on a video call that live "
            "sport had brought in viewers who had never subscribed before.",
            '"Boxing night did more for us in one weekend than a year of marketing," Whitlock said.',
            "Marcus Oyelowo, the other co-chief executive, said the company would spend about $18 billion on "
            "programming next year, roughly the same as this year.",
            "Priya Raman, who oversees the service's advertising business, said the cheaper plan with commercials now "
            "accounted for more than half of new sign-ups where it was offered.",
            "Chief financial officer Glen Hartley said the price increase would add about $1.1 billion to revenue "
            "next year.",
            "Shares rose 8% in after-hours trading. Rebecca Stone, an analyst at Fairmont Research who tracks "
            "streaming subscribers, said the results showed the company could raise prices without losing viewers.",
            '"Churn barely moved. That is the number that matters," Stone wrote in a note to clients.',
            "Analysts at Kettering Brothers said the spending on sport would squeeze margins for at least two years.",
            "Streamwell said it would stop reporting subscriber numbers every quarter from next year.",
            "Whitlock declined to say whether Streamwell would bid for rights to the Champions Cup, saying only that "
            "the company looked at every large event.",
        ),
        [
            ("9.2 million paying subscribers", "Streamwell", "institution", ""),  # "the streaming service said"
            ("never subscribed before", "Dana Whitlock", "other", "Streamwell"),  # one of two co-chief executives
            ("Boxing night", "Dana Whitlock", "other", "Streamwell"),  # co-chief executive
            ("$18 billion on programming", "Marcus Oyelowo", "other", "Streamwell"),  # co-chief executive
            ("more than half of new sign-ups", "Priya Raman", "other", "Streamwell"),  # oversees the ad business
            ("$1.1 billion to revenue", "Glen Hartley", "other", "Streamwell"),  # chief financial officer
            ("without losing viewers", "Rebecca Stone", "analyst", "Fairmont Research"),  # tracks subscribers
            ("Churn barely moved", "Rebecca Stone", "analyst", "Fairmont Research"),  # the same, "wrote"
            ("squeeze margins", "", "unnamed", "Kettering Brothers"),  # analysts at a firm
            ("stop reporting subscriber numbers", "Streamwell", "institution", ""),
            ("looked at every large event", "Dana Whitlock", "other", "Streamwell"),  # the same
        ],
    ),
    (
        (
            "LONDON -- The annual licence fee that pays for the Albion Broadcasting Corporation will rise by 3% next "
            "April, Culture Minister Fiona Grieve told parliament on Wednesday.",
            "Grieve said the increase was below inflation and that the broadcaster had to find savings of its own "
            "before asking households for more.",
            '"Every family that pays the fee deserves to see where the money goes," she said.',
            "A spokesman for the culture ministry said the fee would be reviewed again in 2028.",
            "The corporation's director-general, Dame Helen Asquith, said the settlement would mean cutting two "
            "regional radio stations and about 400 jobs.",
            "In a separate decision, the media regulator Ofcast ruled that a news channel, Channel Meridian, had "
            "breached impartiality rules in three programmes broadcast during the spring election campaign.",
            "The regulator said the channel had given a sitting lawmaker a weekly show without balancing views.",
            "Its chief executive, Simon Adeyemi, said the channel would be fined 250,000 pounds and must broadcast a "
            "summary of the ruling.",
            "Channel Meridian said it would challenge the decision in court. Its chairman, Robert Kell, said the "
            "ruling treated opinion as if it were news.",
            "The shadow culture secretary, Lena Morris of the Labour Party, said the licence fee settlement had been "
            "written to weaken the broadcaster.",
            "Pact Screen, which represents independent television producers, said the cuts would fall hardest on "
            "small companies outside London.",
            "Its chief executive, Owen Price, said members made about a third of their programmes for the corporation.",
        ),
        [
            ("rise by 3%", "Fiona Grieve", "official", ""),  # culture minister
            ("below inflation", "Fiona Grieve", "official", ""),  # the same
            ("Every family", "Fiona Grieve", "official", ""),  # "she said"
            ("reviewed again in 2028", "", "unnamed", ""),  # a ministry spokesman not named
            ("two regional radio stations", "Helen Asquith", "other", "Albion Broadcasting Corporation"),  # its DG
            ("breached impartiality rules", "Ofcast", "institution", ""),  # the regulator "ruled that"
            ("weekly show", "Ofcast", "institution", ""),  # "The regulator said"
            ("250,000 pounds", "Simon Adeyemi", "official", "Ofcast"),  # the regulator's chief executive
            ("challenge the decision", "Channel Meridian", "institution", ""),
            ("opinion as if it were news", "Robert Kell", "other", "Channel Meridian"),  # its chairman
            ("written to weaken", "Lena Morris", "official", "Labour Party"),  # a shadow minister, a legislator
            ("hardest on small companies", "Pact Screen", "institution", ""),  # a producers' body
            ("about a third of their programmes", "Owen Price", "other", "Pact Screen"),  # its chief executive
        ],
    ),
    (
        (
            "LOS ANGELES -- Paragon Pictures agreed on Monday to buy the smaller studio Bluecrest Films for $6.4 "
            "billion in cash and shares, Paragon said, creating the third-largest film studio in Hollywood.",
            "Paragon's chief executive, Arthur Lindqvist, said the deal would give the company a library of more than "
            "4,000 films to sell to streaming services.",
            "Nora Castellano, who oversees the studio's international distribution, said Bluecrest's animated films "
            "sold particularly well in Asia.",
            "Bluecrest's chief executive, Lydia Tran, said in a memo to staff that the studio's name would survive "
            "as a label for family films.",
            "The deal must be cleared by antitrust regulators. People familiar with the talks said Paragon had agreed "
            "to pay a break fee of $400 million if it was blocked.",
            "The merger comes as the Screen Performers Guild negotiates a new contract with the studios. The guild's "
            "chief negotiator, Teresa Vance, said the merger made protections against the use of actors' digital "
            "likenesses more urgent.",
            '"Two studios becoming one means one fewer door for a working actor to knock on," Vance said.',
            "The Alliance of Film Producers, which bargains for the studios, said talks were continuing.",
            "Box-office receipts in North America are still about 20% below their level of 2019. Kevin Marsh, an "
            "analyst at Boxline Data who tracks the box office, said the combined studio would release about 30 films "
            "a year.",
            '"Fewer, bigger films is the business model now," Marsh said.',
            "Joanna Pike, a professor of film economics at Westwood University, said mergers of studios had rarely "
            "produced the savings promised.",
            "Bluecrest's shares jumped 22%.",
        ),
        [
            ("$6.4 billion", "Paragon Pictures", "institution", ""),  # "Paragon said"
            ("4,000 films", "Arthur Lindqvist", "other", "Paragon Pictures"),  # "Paragon's chief executive"
            ("particularly well in Asia", "Nora Castellano", "other", "Paragon Pictures"),  # oversees distribution
            ("label for family films", "Lydia Tran", "other", "Bluecrest Films"),  # "Bluecrest's chief executive"
            ("break fee", "", "unnamed", ""),  # people familiar with the talks
            ("digital likenesses", "Teresa Vance", "other", "Screen Performers Guild"),  # chief negotiator
            ("one fewer door", "Teresa Vance", "other", "Screen Performers Guild"),  # the same
            ("talks were continuing", "Alliance of Film Producers", "institution", ""),
            ("30 films a year", "Kevin Marsh", "analyst", "Boxline Data"),  # tracks the box office
            ("Fewer, bigger films", "Kevin Marsh", "analyst", "Boxline Data"),  # the same
            ("rarely produced the savings", "Joanna Pike", "analyst", "Westwood University"),  # a professor
        ],
    ),
    (
        (
            "MADRID -- The Iberian Football League sold the domestic television rights to its matches for the next "
            "five seasons for 5.1 billion euros, the league said on Thursday, a rise of 11% on the current deal.",
            "The league's commissioner, Javier Roldan, said the sale proved that top-flight football still drew "
            "audiences no other programme could match.",
            '"People said the bubble would burst. It has not burst," Roldan told reporters at the league\'s offices.',
            "Most matches will be shown by the pay broadcaster Vista Sport, which kept the largest package. Its head "
            "of sport, Clara Iglesias, said the company would show every match in its package on its streaming app as "
            "well.",
            "A streaming service, Fanzo, won the rights to one match a week. Fanzo said it would show that match free "
            "of charge in the first season.",
            "The rights deal comes after the league signed a new shirt sponsor, the airline Solair. The airline's "
            "marketing chief, Marta Ribeiro, said the sponsorship had already lifted bookings from fans travelling to "
            "away matches.",
            "The players' union, the Association of Spanish Footballers, said its members should get a larger share "
            "of the money. Its president, Diego Navas, said more matches on weekday nights would wear players out.",
            "Sergio Blanco, an agent who represents several of the league's players, said clubs would spend the new "
            "money on transfer fees rather than on wages.",
            "Ana Ferrer, who follows sports media at the research firm Olivera Insights, said the price showed that "
            "pay broadcasters still needed football to keep their subscribers.",
            "Roldan said the league would sell its foreign rights separately next year.",
        ),
        [
            ("5.1 billion euros", "Iberian Football League", "institution", ""),  # "the league said"
            ("no other programme could match", "Javier Roldan", "other", "Iberian Football League"),  # commissioner
            ("bubble would burst", "Javier Roldan", "other", "Iberian Football League"),  # the same
            ("on its streaming app", "Clara Iglesias", "other", "Vista Sport"),  # its head of sport
            ("free of charge", "Fanzo", "institution", ""),
            ("lifted bookings", "Marta Ribeiro", "other", "Solair"),  # the airline's marketing chief
            ("larger share of the money", "Association of Spanish Footballers", "institution", ""),  # a union
            ("wear players out", "Diego Navas", "other", "Association of Spanish Footballers"),  # its president
            ("transfer fees rather than", "Sergio Blanco", "other", ""),  # an agent
            ("still needed football", "Ana Ferrer", "analyst", "Olivera Insights"),  # follows sports media
            ("foreign rights separately", "Javier Roldan", "other", "Iberian Football League"),  # the same
        ],
    ),
    (
        (
            "MANCHESTER -- Northgate City, the Premier Division club bought last year by a Gulf state's investment "
            "fund, reported a loss of 142 million pounds for its latest season on Friday.",
            "The club's chairman, Khalid Al-Mansoori, said the loss reflected spending on a new training ground and "
            "women's team that would pay off within five years.",
            '"We did not come here to run a club for one season," Al-Mansoori said in a statement.',
            "The Crescent Investment Authority, the fund that owns the club, said it had put a further 200 million "
            "pounds into the club as equity rather than as a loan.",
            "Sports Minister Daniel Hughes said the government's new football regulator would look at whether clubs "
            "owned by foreign states met its rules on financial sustainability.",
            "He said the regulator would have the power to block owners who failed its tests.",
            "The Northgate Supporters' Trust said fans wanted to know more about the fund's plans. Its chair, Karen "
            "Doyle, said ticket prices had risen by a fifth since the takeover.",
            '"They have spent a fortune on the pitch and asked the fans to pay for it at the turnstile," Doyle said.',
            "Tom Whitaker, a football finance expert at the University of Lancashire, said the loss would breach "
            "league spending limits unless the club sold players before June.",
            "The Premier Division said it was reviewing the accounts and would not comment further.",
            "The club's chief executive, Fergus Boyle, said it expected to be within the limits after selling two "
            "players in the summer.",
        ),
        [
            ("new training ground", "Khalid Al-Mansoori", "other", "Northgate City"),  # the club's chairman
            ("run a club for one season", "Khalid Al-Mansoori", "other", "Northgate City"),  # the same
            ("as equity rather than", "Crescent Investment Authority", "institution", ""),  # the owning fund
            ("financial sustainability", "Daniel Hughes", "official", ""),  # sports minister
            ("block owners", "Daniel Hughes", "official", ""),  # "He said"
            ("fund's plans", "Northgate Supporters' Trust", "institution", ""),
            ("risen by a fifth", "Karen Doyle", "other", "Northgate Supporters' Trust"),  # its chair
            ("at the turnstile", "Karen Doyle", "other", "Northgate Supporters' Trust"),  # the same
            ("breach league spending limits", "Tom Whitaker", "analyst", "University of Lancashire"),  # an expert
            ("reviewing the accounts", "Premier Division", "institution", ""),
            ("selling two players", "Fergus Boyle", "other", "Northgate City"),  # the club's chief executive
        ],
    ),
]
