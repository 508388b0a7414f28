"""The sixty-first round of blind profile probes: fictional shipping, ports, airlines and logistics news from the wire,
the trade press and the business pages (a port authority's record year with its chief executive, its harbour master,
a freight analyst at a consultancy and a dockworkers' union leader; a container line's profit warning with its chief
executive, its finance chief, its head of network, an unnamed spokesman for the line and a shipping analyst at a bank;
an airline's mass cancellations with the airline's statement, the aviation regulator and its director, the transport
secretary, the airline's chief executive and an aviation analyst at a consultancy; a dock strike with a union
president, the terminal employers' association, a parliamentary committee chair, the transport minister, a trucker
and a shipper quoted by name only; a road haulier's results with its chief executive, an analyst at a bank, a trade
federation's policy director and its finance director; an air cargo route with the airline, its chief commercial
officer, the aviation regulator and its director general, a parliamentary committee chair and an aviation analyst),
and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_sixtyfirst.py).
Blind:
6 wrong of 53. By pattern: a company named behind a descriptor of its trade and country, "Danish container line
Holmgaard Line", kept as a speaker with the descriptor and taken for a person (`other`, tied to "Denmark"), so the
line's own quote missed and found under another name (2); "the line's chief executive" and "the airline's chief
commercial officer" not tied to the line and the airline named a paragraph before (2; "the authority's" is); "a
spokesman for the line" not tied to the line (1); a minister who "said she had spoken to" a chief executive "and told
him" that passengers must be looked after split into two quotes, the second counted an extra (1): a gold slip, as
"told him" is a verb of communication with what was said, a quote of its own by GUIDELINES (only a participle
continues the quote before it); the gold now has both, 5 wrong of 54."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a port authority's chief executive and harbour master (a public body's officers), an aviation
#: regulator's directors, a transport minister or secretary and a parliamentary committee's chair hold public office or
#: speak for a public body: officials; freight, shipping, aviation and transport analysts at consultancies and banks
#: are analysts; a container line's, an airline's and a haulier's executives, a union's leaders, a trade federation's
#: policy director, a trucker and a shipper are `other`; a port authority, a container line, an airline, a regulator,
#: an employers' association and a haulier speaking as themselves ("said in a statement" included) are `institution`
#: under the fullest name the article gives them ("the corporation", "the line", "the airline", "the authority"
#: resolved to it); "a spokesman for the line" is an unnamed source tied to the line. Shares that "fell", a forecast
#: that "puts" profit at a figure and ships "waiting at anchor" say nothing: no quotes.
STORIES = [
    (
        (
            "BRISBANE, Aug 12 (Reuters) - Port Carrisford moved a record 3.4 million containers in the year to June, "
            "up 8% on the year before, the Carrisford Port Authority said on Tuesday, as ships diverted from crowded "
            "harbours further south.",
            "The authority's chief executive, Margaret Tully, said the port would spend 1.2 billion Australian dollars "
            "deepening its main channel so that it could take ships carrying 18,000 containers.",
            '"Every shipping line we talk to asks the same question: how deep is your water? Right now the honest '
            'answer is not deep enough," Tully said.',
            "Captain Owen Maddox, the harbour master at the Carrisford Port Authority, said dredging would start in "
            "March and would be done at night to keep the channel open for ships by day.",
            '"We will not close the port for a single day. The dredgers work the night shift, and the ships keep the '
            'day," Maddox said.',
            "Lachlan Merrow, a freight analyst at Tidemark Consulting in Sydney, said Carrisford was winning business "
            "from rival ports that could not find room on their wharves.",
            '"Carrisford has spare berths and a rail line that works. In this market, that is worth more than a '
            'cheaper fee," Merrow said.',
            "The growth has come with longer shifts. The Waterfront Workers Union's Queensland secretary, Kieran "
            "Dunphy, said crane drivers had worked more than 400,000 hours of overtime last year.",
            '"The record belongs to the men and women in the cranes, and it was built on exhaustion," Dunphy said.',
            "The authority said it would hire 120 more crane drivers before Christmas.",
        ),
        [
            ("3.4 million containers", "Carrisford Port Authority", "institution", ""),  # the authority as itself
            ("1.2 billion", "Margaret Tully", "official", "Carrisford Port Authority"),  # the authority's CEO
            ("how deep is your water", "Margaret Tully", "official", ""),  # the same
            ("dredging would start", "Owen Maddox", "official", "Carrisford Port Authority"),  # harbour master at it
            ("night shift", "Owen Maddox", "official", ""),  # the same
            ("winning business", "Lachlan Merrow", "analyst", "Tidemark Consulting"),  # a freight analyst at it
            ("spare berths", "Lachlan Merrow", "analyst", ""),  # the same
            ("400,000 hours", "Kieran Dunphy", "other", "Waterfront Workers Union"),  # the union's state secretary
            ("built on exhaustion", "Kieran Dunphy", "other", ""),  # the same
            ("120 more crane drivers", "Carrisford Port Authority", "institution", ""),  # "The authority said"
        ],
    ),
    (
        (
            "COPENHAGEN, Nov 5 (Reuters) - Danish container line Holmgaard Line cut its profit forecast for the year "
            "on Wednesday, warning that freight rates on the main routes from Asia to Europe had fallen by a third "
            "since the summer.",
            "The new forecast puts operating profit at 1.1 billion to 1.5 billion dollars, down from an earlier range "
            "of 2 billion to 2.6 billion dollars.",
            "The line's chief executive, Søren Vestergaard, said too many new ships had been delivered this year for "
            "the trade to absorb.",
            '"The industry ordered ships as if the pandemic would last forever. Now those ships are arriving, and the '
            'cargo is not," Vestergaard told reporters.',
            "Chief financial officer Helle Brandt said the company would cut costs by 500 million dollars by the end "
            "of next year, partly by sailing its ships more slowly.",
            "Holmgaard's head of network, Tomas Eklund, said the line would merge two of its weekly Asia-Europe "
            "services from January.",
            "A spokesman for the line said it had no plans to take ships out of service.",
            "Shares in Holmgaard fell 9% in Copenhagen, their biggest one-day drop in three years.",
            "Ingrid Aasland, a shipping analyst at Fjordbank Markets in Oslo, said the warning had been expected but "
            "its size had not.",
            '"Everyone knew rates were falling. Nobody thought Holmgaard would halve its guidance in one go," Aasland '
            "said.",
        ),
        [
            ("fallen by a third", "Holmgaard Line", "institution", ""),  # the line as itself, "warning that"
            ("too many new ships", "Søren Vestergaard", "other", "Holmgaard Line"),  # "the line's chief executive"
            ("ordered ships", "Søren Vestergaard", "other", ""),  # the same, "told reporters"
            ("500 million", "Helle Brandt", "other", ""),  # chief financial officer, the company not named with her
            ("weekly Asia-Europe", "Tomas Eklund", "other", "Holmgaard"),  # "Holmgaard's head of network"
            ("no plans", "", "unnamed", "Holmgaard Line"),  # "a spokesman for the line", not named
            ("size had not", "Ingrid Aasland", "analyst", "Fjordbank Markets"),  # a shipping analyst at a bank
            ("halve its guidance", "Ingrid Aasland", "analyst", ""),  # the same
        ],
    ),
    (
        (
            "LONDON (AP) -- Merriwether Airways cancelled more than 300 flights on Friday after a fault in its crew "
            "scheduling system left hundreds of pilots and cabin staff without assignments, stranding about 40,000 "
            "passengers at the start of the half-term holiday.",
            "The airline said in a statement that the fault had been fixed overnight and that it would run a full "
            "schedule on Saturday.",
            '"We are deeply sorry for the disruption our customers have faced," the airline said.',
            "The Civil Aviation Authority, the UK's aviation regulator, said airlines had a legal duty to offer "
            "stranded passengers hotel rooms and meals and to rebook them on other carriers if necessary.",
            "Its director of consumer protection, Paul Linnane, said the regulator would look at whether Merriwether "
            "had met that duty.",
            '"Passengers should keep every receipt. If the airline does not pay, we want to hear about it," Linnane '
            "said.",
            "Transport Secretary Harriet Quigley said she had spoken to Merriwether's chief executive, Gavin Stroud, "
            "and told him passengers must be looked after.",
            "Stroud said in a video posted on the airline's website that the fault lay with an outside software "
            "supplier, which he did not name.",
            '"This was not a cyberattack, and no customer data was touched," Stroud said.',
            "Nadia Verhoeven, an aviation analyst at Pellworth Aviation Advisory, said the cost of compensation could "
            "reach 30 million pounds.",
            '"Three hundred cancellations on a holiday Friday is the kind of day an airline remembers at its results," '
            "Verhoeven said.",
        ),
        [
            ("fixed overnight", "Merriwether Airways", "institution", ""),  # "said in a statement"
            ("deeply sorry", "Merriwether Airways", "institution", ""),  # "the airline said"
            ("legal duty", "Civil Aviation Authority", "institution", ""),  # the regulator as itself
            ("met that duty", "Paul Linnane", "official", "Civil Aviation Authority"),  # "Its director of ..."
            ("keep every receipt", "Paul Linnane", "official", ""),  # the same
            ("spoken to", "Harriet Quigley", "official", ""),  # Transport Secretary
            ("looked after", "Harriet Quigley", "official", ""),  # the same, "and told him": a gold slip, was missing
            ("outside software", "Gavin Stroud", "other", "Merriwether Airways"),  # "Merriwether's chief executive"
            ("cyberattack", "Gavin Stroud", "other", ""),  # the same
            ("30 million pounds", "Nadia Verhoeven", "analyst", "Pellworth Aviation Advisory"),  # an aviation analyst
            ("holiday Friday", "Nadia Verhoeven", "analyst", ""),  # the same
        ],
    ),
    (
        (
            "PORT KINNAIRD, British Columbia (CP) -- A strike by 2,100 dockworkers entered its ninth day on Monday, "
            "leaving 40 ships waiting at anchor off Port Kinnaird and thousands of containers of grain, lumber and "
            "potash stuck on rail cars inland.",
            "Colm Rafferty, president of the Harbour Workers Union of Canada, said his members would stay out until "
            "the employers dropped plans to automate two of the port's four terminals.",
            '"They want robots on the cranes and our people on the sidewalk. We are not signing that," Rafferty said.',
            "The Coastal Terminal Employers Association said in a statement that it had offered a 19% wage rise over "
            "four years and a guarantee that no current worker would lose a job to automation.",
            "Conservative MP Diane Lafrenière, who chairs the House of Commons transport committee, said the "
            "committee would call both sides to testify on Thursday.",
            '"Every day this goes on costs farmers on the Prairies money they will never get back," Lafrenière said.',
            "Transport Minister Anil Sekhon said the government would not rule out back-to-work legislation if talks "
            "failed this week.",
            '"I have been parked here four days with an empty chassis. No containers, no pay," said Marty Hrynchuk, '
            "who hauls containers between the port and the rail yards.",
            "Ellen Thistlewood, who ships frozen blueberries from the Fraser Valley to buyers in Japan, said she had "
            "lost two contracts since the strike began.",
            '"My buyers in Osaka will go to Chile. Once they go, they do not come back," Thistlewood said.',
        ),
        [
            ("stay out", "Colm Rafferty", "other", "Harbour Workers Union of Canada"),  # the union's president
            ("robots on the cranes", "Colm Rafferty", "other", ""),  # the same
            ("19% wage rise", "Coastal Terminal Employers Association", "institution", ""),  # "said in a statement"
            ("testify on Thursday", "Diane Lafrenière", "official", ""),  # an MP who chairs a Commons committee
            ("farmers on the Prairies", "Diane Lafrenière", "official", ""),  # the same
            ("back-to-work", "Anil Sekhon", "official", ""),  # Transport Minister
            ("empty chassis", "Marty Hrynchuk", "other", ""),  # a trucker, by name only
            ("two contracts", "Ellen Thistlewood", "other", ""),  # a shipper, by name only
            ("buyers in Osaka", "Ellen Thistlewood", "other", ""),  # the same
        ],
    ),
    (
        (
            "LONDON, March 3 (Reuters) - British road haulier Trenholm Logistics said on Tuesday its annual profit "
            "fell 18% as fuel costs and a shortage of drivers squeezed margins, and that it would close 11 of its 64 "
            "depots.",
            "Alistair Beckwith, chief executive of Trenholm Logistics, said the closures would cost about 600 jobs, "
            "most of them in warehouses.",
            '"We are running too many sheds for the freight we carry. That is the hard truth of this year," Beckwith '
            "said.",
            "He said the company had raised drivers' pay by 11% over two years and still had 900 vacancies.",
            "Kavita Rao, a transport analyst at investment bank Kellaway Rigby, said Trenholm's rivals faced the same "
            "squeeze but had fewer depots to shed.",
            '"Road freight volumes have fallen for six quarters in a row. Somebody had to blink first," Rao said.',
            "Tessa Garside, the Road Haulage Federation's policy director, said the government's new rules on drivers' "
            "hours would make the shortage worse.",
            "Trenholm's finance director, Owen Lightfoot, said the company would pay a final dividend of 4.2 pence, "
            "unchanged on last year.",
        ),
        [
            ("fell 18%", "Trenholm Logistics", "institution", ""),  # the haulier as itself
            ("600 jobs", "Alistair Beckwith", "other", "Trenholm Logistics"),  # "chief executive of"
            ("too many sheds", "Alistair Beckwith", "other", ""),  # the same
            ("900 vacancies", "Alistair Beckwith", "other", ""),  # the same, "He said"
            ("fewer depots", "Kavita Rao", "analyst", "Kellaway Rigby"),  # a transport analyst at a bank
            ("blink first", "Kavita Rao", "analyst", ""),  # the same
            ("make the shortage worse", "Tessa Garside", "other", "Road Haulage Federation"),  # its policy director
            ("final dividend", "Owen Lightfoot", "other", "Trenholm"),  # "Trenholm's finance director"
        ],
    ),
    (
        (
            "NAIROBI, June 9 (Reuters) - Savanna Star Airlines, Kenya's second-largest carrier, said on Monday it "
            "would start daily cargo flights to Amsterdam in September to carry cut flowers and fresh vegetables to "
            "European supermarkets.",
            "The airline's chief commercial officer, Esther Wambui Njoroge, said the flights would carry up to 50 "
            "tonnes a night on two Boeing 767 freighters the airline had leased from a Dutch company.",
            '"Our growers have been paying passenger-plane prices for belly space for twenty years. Now they will '
            'have a plane of their own," Njoroge said.',
            "Kenya's aviation regulator, the National Air Transport Authority, approved the route last week. Its "
            "director general, Samuel Kiprop, said inspectors had checked both freighters before the permit was "
            "granted.",
            "Flower exporters have for years paid high rates to ship on the few passenger flights to Europe.",
            "Mary Chebet, who chairs the National Assembly's transport committee, said lawmakers would ask the airline "
            "to publish its freight rates.",
            "Faith Achieng, an aviation analyst at Equatorial Securities in Nairobi, said the route would be "
            "profitable only if the planes came back full as well.",
            '"Flowers fly north every night. The question is what flies south, and at the moment it is mostly air," '
            "Achieng said.",
            "The authority said it had received applications from two other carriers for cargo routes to Europe.",
        ),
        [
            ("daily cargo flights", "Savanna Star Airlines", "institution", ""),  # the airline as itself
            ("50 tonnes", "Esther Wambui Njoroge", "other", "Savanna Star Airlines"),  # "The airline's" officer
            ("belly space", "Esther Wambui Njoroge", "other", ""),  # the same
            ("inspectors had checked", "Samuel Kiprop", "official", "National Air Transport Authority"),  # "Its"
            ("publish its freight rates", "Mary Chebet", "official", ""),  # chairs a parliamentary committee
            ("came back full", "Faith Achieng", "analyst", "Equatorial Securities"),  # an aviation analyst at it
            ("mostly air", "Faith Achieng", "analyst", ""),  # the same
            ("two other carriers", "National Air Transport Authority", "institution", ""),  # "The authority said"
        ],
    ),
]
