"""The fifty-seventh round of blind profile probes: fictional telecoms, broadband and spectrum news from the wire, the
business pages and the telecom trade press (a spectrum auction run by a communications regulator with its chair, a
commissioner who dissented, a carrier's chief technology officer and a telecom analyst at a research firm; a merger of
two carriers under review by a competition authority with its chief executive, a carrier and its chief executive, a
consumer group and its director, a union and its general secretary; a rural broadband subsidy with a state broadband
office and its director, a county commissioner, a co-op's general manager, a university researcher and ranchers; a
network outage with the carrier's statement, an emergency council, an emergency management official, the regulator,
a customer and the carrier's chief executive; a satellite internet launch with the company, its president, a space
agency's director of operations, astronomers and an analyst at an investment firm), and for each quote the speaker,
kind and affiliation written before the stories were run (test_profiles_blind_probes_fiftyseventh.py). Blind:
9 wrong of 47, no gold slip ("Its chief technology officer" after a sentence naming the carrier, and "The co-op's
general manager", left without affiliation; "Director Carla Whitfield" of a state office taken for `other` twice;
"mobile carriers Tellaro and Vantix" giving a speaker "Tellaro and", so the carrier's quote missed and an extra one
found; "Tellaro chief executive Amara Osei told investors on a call that ..." missed; "the company said, adding that
..." split into a second quote; "according to results published by the commission" taken for the commission's quote).
Not counted by the harness, which checks no affiliation the gold leaves empty: a customer "in Tulsa" and ranchers
"near the town of Dillard" given those places as affiliation."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a communications regulator's chair and its commissioners, a competition authority's chief
#: executive, a state broadband office's director, a county commissioner, an emergency management agency's deputy
#: director and a space agency's director of space operations are officials; a telecom analyst at a research firm, a
#: broadband policy researcher at a university and a space industry analyst at an investment firm are analysts; a
#: carrier's chief technology officer and chief executive, a consumer group's director, a union's general secretary, a
#: co-op's general manager, a satellite company's president and a customer are `other`; a regulator, a competition
#: authority, a carrier, a consumer group, a union, a state office, an emergency council and a satellite company
#: speaking as themselves are `institution` under the fullest name the article gives them ("the board", "the company"
#: resolved to it); ranchers and astronomers are `unnamed`. Results "published by the commission" say nothing: no quote.
STORIES = [
    (
        (
            "WASHINGTON -- A federal auction of mid-band airwaves raised $21.7 billion, less than half of what the "
            "government had hoped for, the National Communications Commission said on Friday.",
            "The commission's chair, Elena Marsh, said the result still put the United States ahead of its rivals in "
            "the spectrum that carries most 5G traffic.",
            '"Spectrum is not a piggy bank. The point of this auction was to get airwaves into use, and they will be '
            'in use within two years," Marsh told reporters.',
            "Commissioner Raymond Okafor, one of two members who voted against the auction's rules, said the reserve "
            "prices had been set too low and that the rules had favoured the two largest carriers.",
            '"We designed an auction for the bidders we already had, and we got the result we designed," Okafor wrote '
            "in his dissent.",
            "Brightwave Wireless won the largest share of licences, paying $9.4 billion for blocks covering 310 "
            "million people, according to results published by the commission.",
            "Its chief technology officer, Sunil Varadarajan, said the company would start switching on the new "
            "airwaves in 40 cities by the end of next year.",
            '"This is the spectrum we have been building our network around for three years," Varadarajan said in an '
            "interview.",
            "Nadia Kessler, a telecom analyst at the research firm Pellham Insights, said the low price reflected the "
            "carriers' debts after years of heavy spending on 5G rather than weak demand for airwaves.",
            '"The carriers are not short of ambition. They are short of cash," Kessler said.',
        ),
        [
            ("$21.7 billion", "National Communications Commission", "institution", ""),  # the regulator as itself
            ("ahead of its rivals", "Elena Marsh", "official", "National Communications Commission"),  # its chair
            ("piggy bank", "Elena Marsh", "official", ""),  # the same, "told reporters"
            ("reserve prices", "Raymond Okafor", "official", ""),  # Commissioner, who dissented
            ("bidders we already had", "Raymond Okafor", "official", ""),  # the same, "wrote in his dissent"
            ("40 cities", "Sunil Varadarajan", "other", "Brightwave Wireless"),  # its chief technology officer
            ("building our network", "Sunil Varadarajan", "other", ""),  # the same, "said in an interview"
            ("weak demand", "Nadia Kessler", "analyst", "Pellham Insights"),  # telecom analyst at a research firm
            ("short of cash", "Nadia Kessler", "analyst", ""),  # the same
        ],
    ),
    (
        (
            "LONDON -- The Competition and Markets Board opened an in-depth investigation on Tuesday into the planned "
            "$14 billion merger of mobile carriers Tellaro and Vantix, saying the deal could lead to higher prices "
            "for 30 million customers.",
            "The board said it would decide by April whether to block the deal, clear it or require the companies to "
            "sell parts of their networks.",
            "Its chief executive, Martin Halloway, said the merger would cut the number of national networks from "
            "four to three.",
            '"Four-to-three mergers have a history of ending in higher bills. We need to be sure this one would not," '
            "Halloway said.",
            "Tellaro said it was confident the deal would be cleared and that the combined company would invest 11 "
            "billion pounds in its network over eight years.",
            "Tellaro chief executive Amara Osei told investors on a call that the companies had already offered to "
            "sell spectrum to a smaller rival.",
            "The consumer group Fair Bills said mobile prices had risen faster in countries that allowed similar "
            "mergers.",
            '"Every time a market loses a network, customers lose their bargaining power," said Fair Bills director '
            "Lucy Pemberton.",
            "The Communications Workers Union, which represents about 9,000 staff at the two carriers, said it feared "
            "the merger would cost up to 1,600 jobs in call centres and shops.",
            "Its general secretary, Colm Brady, said the union would seek written guarantees on jobs before the board "
            "reaches its decision.",
        ),
        [
            ("higher prices", "Competition and Markets Board", "institution", ""),  # the authority, "saying"
            ("decide by April", "Competition and Markets Board", "institution", ""),  # "The board said"
            ("four to three", "Martin Halloway", "official", "Competition and Markets Board"),  # its chief executive
            ("higher bills", "Martin Halloway", "official", ""),  # the same
            ("11 billion pounds", "Tellaro", "institution", ""),  # the carrier as itself
            ("smaller rival", "Amara Osei", "other", "Tellaro"),  # the carrier's chief executive, "told investors"
            ("risen faster", "Fair Bills", "institution", ""),  # the consumer group as itself
            ("bargaining power", "Lucy Pemberton", "other", "Fair Bills"),  # its director, "said X"
            ("1,600 jobs", "Communications Workers Union", "institution", ""),  # the union as itself
            ("written guarantees", "Colm Brady", "other", "Communications Workers Union"),  # its general secretary
        ],
    ),
    (
        (
            "HELENA, Mont. -- Montana will hand out $280 million in federal broadband money to 14 internet providers "
            "to connect about 61,000 rural homes and businesses, the state's Office of Broadband Expansion said on "
            "Wednesday.",
            "Director Carla Whitfield said the grants would bring fibre to more than 80% of the locations, with "
            "satellite service for the most remote ranches.",
            '"For a lot of these families the choice today is a phone hotspot or nothing," Whitfield said at a news '
            "conference in Helena.",
            "The money comes from a $42 billion federal program passed in 2021 to close the gap in internet access "
            "between cities and the countryside.",
            "In Garnet County, where fewer than half of homes can get a wired connection, County Commissioner Dwight "
            "Albers said the grants had come after years of broken promises.",
            '"We have been on the map for a connection three times, and three times the money went somewhere else," '
            "Albers said.",
            "The largest single grant, $46 million, went to the Bitterroot Valley Electric Cooperative, which plans to "
            "lay 1,900 miles of fibre along its power lines.",
            "The co-op's general manager, Hank Sorensen, said crews would start work in May and connect the first "
            "homes before winter.",
            '"We did this with electricity in the 1940s. Fibre is the same job with a different cable," Sorensen said.',
            "Joan Mercado, a broadband policy researcher at Plains State University, cautioned that the cost of "
            "building to the last few thousand homes could still run above $20,000 each.",
            "She said the state would need to check that the providers met their deadlines.",
            "Ranchers near the town of Dillard said they had waited years for a connection fast enough for video "
            "calls.",
        ),
        [
            ("61,000", "Office of Broadband Expansion", "institution", ""),  # the state office as itself
            ("80%", "Carla Whitfield", "official", ""),  # Director (the office named before)
            ("phone hotspot", "Carla Whitfield", "official", ""),  # the same
            ("broken promises", "Dwight Albers", "official", ""),  # County Commissioner
            ("on the map", "Dwight Albers", "official", ""),  # the same
            ("start work in May", "Hank Sorensen", "other", "Bitterroot Valley Electric Cooperative"),  # its manager
            ("different cable", "Hank Sorensen", "other", ""),  # the same
            ("$20,000", "Joan Mercado", "analyst", "Plains State University"),  # university researcher, "cautioned"
            ("deadlines", "Joan Mercado", "analyst", ""),  # the same, "She said"
            ("video calls", "", "unnamed", ""),  # ranchers
        ],
    ),
    (
        (
            "DALLAS -- A nationwide outage at Corvex Mobile left millions of customers without calls, texts or data "
            "for up to 11 hours on Thursday.",
            "Corvex said in a statement that the outage was caused by a faulty software update to its core network and "
            "not by a cyberattack.",
            '"We let our customers down today, and we are sorry," the company said, adding that customers would '
            "receive a credit of two days of service.",
            "About 23,000 calls to 911 failed in 14 states during the outage, the Emergency Communications Council "
            "said.",
            "Maria Delgado, deputy director of the Harlan County Office of Emergency Management, said people had "
            "driven to fire stations because their phones would not connect.",
            '"A phone that cannot call 911 is not a phone, it is a flashlight," Delgado said.',
            "The National Communications Commission said it had opened an investigation.",
            "Derek Lam, a freelance graphic designer in Tulsa, said he lost a day's work because he could not reach "
            "clients or log in to his bank.",
            '"Nobody told us anything for six hours. I found out what happened from a neighbour with a different '
            'carrier," Lam said.',
            "Corvex's chief executive, Glenn Hartigan, said in a video posted on the company's website that the "
            "update had been tested but that a fault in one step had spread across the network.",
        ),
        [
            ("cyberattack", "Corvex Mobile", "institution", ""),  # the carrier as itself, "said in a statement"
            ("let our customers down", "Corvex Mobile", "institution", ""),  # "the company said, adding"
            ("23,000", "Emergency Communications Council", "institution", ""),  # the council as itself
            ("fire stations", "Maria Delgado", "official", "Harlan County Office of Emergency Management"),  # deputy
            ("flashlight", "Maria Delgado", "official", ""),  # the same
            ("opened an investigation", "National Communications Commission", "institution", ""),  # the regulator
            ("day's work", "Derek Lam", "other", ""),  # a customer
            ("six hours", "Derek Lam", "other", ""),  # the same
            ("had been tested", "Glenn Hartigan", "other", "Corvex"),  # the carrier's chief executive
        ],
    ),
    (
        (
            "CAPE CANAVERAL, Fla. -- Orbiton Networks said its first 24 internet satellites had reached orbit after a "
            "launch on Sunday, the start of a planned constellation of 3,200.",
            "The company's president, Ingrid Castellanos, said it planned to begin service in Canada and northern "
            "Europe late next year and to have 1,000 satellites in orbit by 2029.",
            '"Today was about proving we can build satellites at scale. The next 18 months are about proving we can '
            'sell service," Castellanos told reporters at the launch site.',
            "Orbiton has raised $4.1 billion from investors and signed a deal with two airlines to provide in-flight "
            "internet.",
            "Tomas Riedel, director of space operations at the European Orbital Agency, said the agency was working "
            "with the company and other operators on rules to keep the growing number of satellites from colliding.",
            '"Low orbit is becoming a crowded place. Every operator has to be able to move its satellites out of the '
            'way, and to bring them down when they fail," Riedel said.',
            "Astronomers have complained that the bright trails of such satellites spoil telescope images.",
            "Castellanos said the company's satellites had a dark coating to cut their reflections.",
            "Vikram Shah, a space industry analyst at Northstar Capital Partners, said the market could support three "
            "or four large constellations but not more.",
            '"The launch was the easy part. Everybody gets to orbit now. Not everybody gets to profit," Shah said.',
        ),
        [
            ("reached orbit", "Orbiton Networks", "institution", ""),  # the company as itself
            ("northern Europe", "Ingrid Castellanos", "other", "Orbiton Networks"),  # the company's president
            ("at scale", "Ingrid Castellanos", "other", ""),  # the same, "told reporters"
            ("colliding", "Tomas Riedel", "official", "European Orbital Agency"),  # a space agency's director
            ("crowded place", "Tomas Riedel", "official", ""),  # the same
            ("telescope images", "", "unnamed", ""),  # astronomers, "have complained"
            ("dark coating", "Ingrid Castellanos", "other", ""),  # the same president, "Castellanos said"
            ("three or four", "Vikram Shah", "analyst", "Northstar Capital Partners"),  # analyst at an investment firm
            ("easy part", "Vikram Shah", "analyst", ""),  # the same
        ],
    ),
]
