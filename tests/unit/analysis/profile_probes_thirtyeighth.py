"""The thirty-eighth round of blind profile probes: fictional defence and security news from the defence trade press,
the wire and the web (a small state's fighter purchase, a multinational naval exercise and a rival's protest, an
alliance's defence ministers' meeting, shots at a border fence, a cyberattack on a rail operator) quoting the people
such stories quote (a defence minister, a procurement agency's director and the agency as itself, a fighter maker's
vice president for international business, a defence think tank's analyst and an opposition member of a defence
committee; a navy spokesperson, a flotilla's and a fleet's commanders, a Pentagon spokesman who is a one-star general,
an armed forces' spokeswoman who is a lieutenant colonel, a rival's defence ministry as itself and a maritime security
fellow; an alliance's deputy secretary general, two permanent representatives, a defence attaché, an anonymous
diplomat and a strategic affairs programme director; a border guard service's spokesman, a deputy interior minister,
an anonymous interior ministry official, a neighbour's border committee as itself, a retired general who now teaches
at a university and a rights group's lawyer; a national cyber agency's director, a security firm's head of threat
intelligence, the operator as itself, an anonymous security official, a defence minister, a directorate's head who
is a brigadier general, a Kremlin spokesman and a university lecturer), with ranks before names and roles that name
bodies ("commander of the Y's Z", "head of the Y's Z directorate"), and for each quote the speaker, kind, role and
affiliation written before the stories were run (test_profiles_blind_probes_thirtyeighth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: people in public office or speaking for a state or an international body are officials
#: (ministers, a lawmaker, a procurement agency's director, officers and military spokespeople of any rank, permanent
#: representatives, an attaché, an alliance's deputy secretary general, a border guard spokesman, a cyber agency's
#: director, a Kremlin spokesman); think-tank analysts and fellows, a programme director at a strategic affairs
#: council, a retired general who teaches at a university (a former official speaking as an expert), a security
#: firm's head of threat intelligence (a researcher commenting on an attack) and a lecturer are analysts; a fighter
#: maker's vice president and a rights group's lawyer are `other`; an agency, a ministry, a border committee or a
#: company speaking as itself is an `institution`; officials and diplomats not named are `unnamed`. Where a role names
#: a unit inside a body ("commander of the Y's Z"), the affiliation written is the body, Y, which the unit's full name
#: also holds.
STORIES = [
    (
        (
            "Estonia's government on Tuesday picked the Valkyr F-9 fighter built by Nordavia Aerospace to replace "
            "its ageing jets, in a deal worth about 3.2 billion euros that is the largest arms purchase in the "
            "country's history.",
            "Defence Minister Kaarel Tamm said the first 12 jets would arrive in 2029 and the rest by 2032.",
            '"We chose the aircraft that our pilots can fly with our allies from the first day," Tamm told a news '
            "conference in Tallinn.",
            "Liisa Rebane, director of the Estonian Centre for Defence Investment, the agency that ran the tender, "
            "said Nordavia had offered the lowest cost per flying hour over thirty years.",
            "The agency said in a statement that the two losing bidders had been told of the result on Monday.",
            "Mark Whitfield, Nordavia's vice president for international business, said the company would build a "
            "maintenance centre at the Amari air base and hire about 200 local engineers.",
            '"This is a partnership for a generation, not a sale," Whitfield said.',
            "Tobias Lindqvist, an analyst at the Baltic Defence Policy Institute, a think tank in Riga, said the "
            "choice showed that small air forces now valued running costs over top speed.",
            '"The price of the jet is the easy part. The price of keeping it in the air is what breaks budgets," '
            "he said.",
            "Opposition lawmaker Andres Kull, who sits on parliament's national defence committee, said the "
            "ministry had never explained why an offset deal for local industry was dropped.",
        ),
        [
            ("arrive in 2029", "Kaarel Tamm", "official", ""),  # Defence Minister
            ("from the first day", "Kaarel Tamm", "official", ""),  # the same
            ("cost per flying hour", "Liisa Rebane", "official", "Estonian Centre for Defence Investment"),  # director
            ("two losing bidders", "Estonian Centre for Defence Investment", "institution", ""),
            ("maintenance centre", "Mark Whitfield", "other", "Nordavia"),  # vice president for international business
            ("not a sale", "Mark Whitfield", "other", ""),  # the same
            ("running costs over top speed", "Tobias Lindqvist", "analyst", "Baltic Defence Policy Institute"),
            ("breaks budgets", "Tobias Lindqvist", "analyst", ""),  # analyst
            ("offset deal", "Andres Kull", "official", ""),  # opposition lawmaker
        ],
    ),
    (
        (
            "Navies from six countries began a two-week exercise in the Coral Sea on Monday, with 30 warships and "
            "more than 8,000 sailors taking part in drills on anti-submarine warfare and refuelling at sea.",
            "Navy spokesperson Cmdr. Elena Parkes said the drills would include the first live firing of a new "
            "anti-ship missile by an Australian frigate.",
            '"Every navy here learns something it cannot learn alone," Parkes said.',
            "Rear Adm. Hiroshi Tanabe, commander of the Japan Maritime Self-Defense Force's Escort Flotilla 3, said "
            "two of his destroyers would practise tracking a submarine for 48 hours without a break.",
            "Vice Adm. Karl Brenner, commander of the U.S. Seventh Fleet, said aboard the carrier that the drills "
            "were the largest in the Coral Sea since the exercise began.",
            "China's defence ministry said the exercise was a provocation dressed up as training and that its own "
            "forces would watch it closely.",
            '"These are routine drills that we have held in these waters for a decade," said Pentagon spokesman '
            "Air Force Brig. Gen. Thomas Reyes.",
            "Reyes said no Chinese ship had come closer than 20 nautical miles to the exercise area.",
            "Lt. Col. Maria Santos, a spokeswoman for the Armed Forces of the Philippines, said Manila had sent a "
            "frigate to watch the drills as an observer.",
            "Nadia Ferreira, a senior fellow in maritime security at the Pacific Strategy Institute in Canberra, "
            "said the missile firing was the message, and it was meant for Beijing.",
            '"Six navies, one missile and one audience," she said.',
        ),
        [
            ("first live firing", "Elena Parkes", "official", ""),  # Navy spokesperson, Cmdr.
            ("cannot learn alone", "Elena Parkes", "official", ""),  # the same
            ("48 hours", "Hiroshi Tanabe", "official", "Japan Maritime Self-Defense Force"),  # commander of a flotilla
            ("largest in the Coral Sea", "Karl Brenner", "official", "Seventh Fleet"),  # commander
            ("dressed up as training", "China's defence ministry", "institution", ""),
            ("for a decade", "Thomas Reyes", "official", "Pentagon"),  # Pentagon spokesman, Brig. Gen.
            ("20 nautical miles", "Thomas Reyes", "official", ""),  # the same
            ("as an observer", "Maria Santos", "official", "Armed Forces of the Philippines"),  # spokeswoman
            ("meant for Beijing", "Nadia Ferreira", "analyst", "Pacific Strategy Institute"),  # senior fellow
            ("one audience", "Nadia Ferreira", "analyst", ""),  # the same
        ],
    ),
    (
        (
            "Defence ministers of the 32 NATO allies agreed in Brussels on Thursday to set a new target for air "
            "defence, after a year in which stocks of interceptor missiles ran low across Europe.",
            "NATO Deputy Secretary General Ingrid Haugland said allies had agreed to double their stocks of "
            "interceptors by 2030.",
            '"We cannot defend a billion people with what is left in our warehouses," Haugland told reporters.',
            "Poland's permanent representative to NATO, Tomasz Wierzbicki, said Warsaw wanted the new target "
            "written into the final communique of the summit in July.",
            "Ambassador Julie Carver, the U.S. permanent representative to NATO, said Washington backed the goal "
            "but expected European allies to pay for most of it.",
            "A senior NATO diplomat, speaking on condition of anonymity, said two allies had objected to naming "
            "Russia in the text.",
            "Col. Mikkel Rasmussen, Denmark's defence attache in Washington, said at a panel on the sidelines that "
            "the Nordic allies would buy their interceptors jointly.",
            "Camille Roux, director of the security programme at the European Council for Strategic Affairs, said "
            "the target was ambitious but the factories needed to meet it did not yet exist.",
            '"Allies keep setting goals in Brussels that the industry reads about in the newspaper," Roux said.',
        ),
        [
            ("double their stocks", "Ingrid Haugland", "official", "NATO"),  # Deputy Secretary General
            ("our warehouses", "Ingrid Haugland", "official", ""),  # the same
            ("final communique", "Tomasz Wierzbicki", "official", "Poland"),  # permanent representative
            ("pay for most of it", "Julie Carver", "official", ""),  # U.S. permanent representative
            ("naming Russia", "", "unnamed", ""),  # a senior diplomat
            ("jointly", "Mikkel Rasmussen", "official", "Denmark"),  # defence attache, Col.
            ("did not yet exist", "Camille Roux", "analyst", "European Council for Strategic Affairs"),  # director
            ("in the newspaper", "Camille Roux", "analyst", ""),  # the same
        ],
    ),
    (
        (
            "Lithuanian border guards fired warning shots late on Saturday after a group of about 60 people tried to "
            "force their way through the fence on the border with Belarus, officials said.",
            "Rokas Jankauskas, a spokesman for the State Border Guard Service, said two officers had been hurt by "
            "stones thrown from the other side.",
            '"Our officers acted by the book, and the shots were fired into the air," Jankauskas said.',
            "Deputy Interior Minister Vilma Petrauskiene said the government would ask Frontex, the European "
            "Union's border agency, for 100 more officers.",
            "An interior ministry official, who asked not to be named because he was not allowed to speak to the "
            "media, said the group had been driven to the border in army trucks.",
            "Belarus's State Border Committee said in a statement on Telegram that the Lithuanian side had used "
            "disproportionate force against defenceless people.",
            "Retired Maj. Gen. Algirdas Vaitkus, who commanded the country's land forces until 2021 and now teaches "
            "at Vytautas Magnus University, said the incident looked like a test of how fast allied troops could "
            "reach the border.",
            '"They are measuring our reaction time, not our fence," Vaitkus said.',
            "Marta Zielinska, a lawyer with the rights group Border Watch Europe, said pushing people back without "
            "hearing their asylum claims broke European law.",
        ),
        [
            ("force their way", "", "unnamed", ""),  # officials
            ("hurt by stones", "Rokas Jankauskas", "official", "State Border Guard Service"),  # spokesman
            ("by the book", "Rokas Jankauskas", "official", ""),  # the same
            ("100 more officers", "Vilma Petrauskiene", "official", ""),  # Deputy Interior Minister
            ("army trucks", "", "unnamed", ""),  # an interior ministry official
            ("disproportionate force", "Belarus's State Border Committee", "institution", ""),
            ("how fast allied troops", "Algirdas Vaitkus", "analyst", "Vytautas Magnus University"),  # retired general
            ("reaction time", "Algirdas Vaitkus", "analyst", ""),  # the same
            ("asylum claims", "Marta Zielinska", "other", "Border Watch Europe"),  # lawyer
        ],
    ),
    (
        (
            "A cyberattack knocked out ticket sales and passenger information on Denmark's main rail network for "
            "six hours on Wednesday, the most serious attack on Danish infrastructure to date.",
            "Mette Kjaer, director of the National Cyber Resilience Agency, said the attackers had got in through a "
            "contractor's remote access software.",
            '"We have no sign that passengers\' personal data was taken," Kjaer said.',
            "Jakob Lund, head of threat intelligence at the Copenhagen-based security firm Nordshield, said the "
            "malware bore the marks of a group his company tracks as Frost Lynx.",
            '"This was not a ransom job. Nobody asked for money," Lund said.',
            "The rail operator RailNord said in a statement that trains were running normally again by Thursday "
            "morning.",
            "A European security official said the attack was being treated as part of a wider campaign against "
            "transport networks in the Nordic countries.",
            "Defence Minister Troels Winther told parliament that an attack on critical infrastructure could in "
            "the most serious cases trigger the alliance's mutual defence clause.",
            "Brig. Gen. Niels Aagaard, head of the Defence Command's Cyber Operations Directorate, said military "
            "networks had not been affected.",
            "Kremlin spokesman Yuri Belov said Moscow had nothing to do with the attack.",
            "Sara Holm, a senior lecturer in cyber security at the University of Southern Denmark, said the "
            "contractor's software was a weak point that many operators shared.",
        ),
        [
            ("remote access software", "Mette Kjaer", "official", "National Cyber Resilience Agency"),  # director
            ("personal data", "Mette Kjaer", "official", ""),  # the same
            ("Frost Lynx", "Jakob Lund", "analyst", "Nordshield"),  # head of threat intelligence
            ("ransom job", "Jakob Lund", "analyst", ""),  # the same
            ("running normally", "RailNord", "institution", ""),
            ("wider campaign", "", "unnamed", ""),  # a European security official
            ("mutual defence clause", "Troels Winther", "official", ""),  # Defence Minister
            ("not been affected", "Niels Aagaard", "official", "Defence Command"),  # head of a directorate, Brig. Gen.
            ("nothing to do", "Yuri Belov", "official", "Kremlin"),  # spokesman
            ("weak point", "Sara Holm", "analyst", "University of Southern Denmark"),  # senior lecturer
        ],
    ),
]
