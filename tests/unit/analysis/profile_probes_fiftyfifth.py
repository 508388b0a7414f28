"""The fifty-fifth round of blind profile probes: fictional construction, infrastructure and public-works news from
the wire, the business pages and the construction trade press (a transit megaproject's cost overrun with the province's
auditor general, the transport minister, the building consortium's chief executive and an infrastructure economist at
a think tank; a bridge closed after an inspection with a state transportation department's chief bridge engineer, a
county commissioner and a commuter; a builder's half-year results with its chief financial officer and an analyst at
a brokerage; a construction union's safety campaign with its business manager and a safety regulator's spokesperson; a
public-private partnership for a hospital with the health authority, a partner at a law firm and a watchdog group),
and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_fiftyfifth.py). Blind: 6 wrong of 44; one gold slip (the ministry's
engineers who "had warned", inside what a report found, are an unnamed group that speaks: added), 5 wrong of 45 after
it."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: an auditor general, a transport minister, a state department's engineer, a county commissioner,
#: a safety regulator's spokesperson and the chief executive of a public health authority are officials; an
#: infrastructure economist at a think tank and a brokerage's analyst are analysts; a consortium's chief executive, a
#: commuter, a builder's chief financial officer, a union's business manager and a law firm's partner are `other`; a
#: consortium, a builder, a health authority, a transportation department, a union, a trade body and a watchdog group
#: speaking as themselves are `institution` under the fullest name the article gives them; "engineers who have seen
#: the report", "residents" and a ministry's engineers who "had warned" are `unnamed`. A report and figures are no
#: speakers. A title or a description met before the name ("the province's auditor general", "the local health
#: authority") is resolved to the name the article gives later.
STORIES = [
    (
        (
            "TORONTO -- The Crosstown Green Line, the largest transit project in the province's history, will cost "
            "at least C$4.6 billion more than promised and open three years late, the province's auditor general "
            "said on Wednesday.",
            "Auditor General Miriam Castellano said in her annual report that the transport ministry had signed the "
            "contract before the tunnel's design was finished and had then paid for more than 300 changes to it.",
            '"The public was given a price for a line that did not yet exist on paper," Castellano told reporters. '
            '"Every change after that came with a bill."',
            "The report found that the ministry's own engineers had warned in 2021 that the soil under the eastern "
            "stations was softer than the tender documents assumed.",
            "Transport Minister Raymond Achterberg said the government accepted all 14 of the auditor's "
            "recommendations and would set up a new office to oversee large projects.",
            '"We will not walk away from this line. The people of the east end have waited long enough," Achterberg '
            "said in the legislature.",
            "Metrolink Partners, the consortium building the line, said the delays were caused by the ministry's "
            "late design changes and by the pandemic, not by its own work.",
            "Its chief executive, Gordon Haverkamp, said the consortium had absorbed about C$700 million of losses "
            "itself and would seek the rest through arbitration.",
            '"We have kept 3,000 people working on this line through two winters of bad ground," Haverkamp said.',
            "Naomi Verhoeven, an infrastructure economist at the Ridley Institute, a think tank in Ottawa, said "
            "overruns of this size were common when governments pushed the risk of unknown ground onto private "
            "builders.",
            '"Builders price that risk in, or they walk away, or they go to court later. Here we got the third," she '
            "said.",
        ),
        [
            ("C$4.6 billion", "Miriam Castellano", "official", ""),  # "the province's auditor general", named later
            ("300 changes", "Miriam Castellano", "official", ""),  # Auditor General, "said in her annual report"
            ("did not yet exist", "Miriam Castellano", "official", ""),  # the same, "told reporters"
            ("softer than the tender", "", "unnamed", ""),  # the ministry's engineers "had warned": a gold slip
            ("recommendations", "Raymond Achterberg", "official", ""),  # Transport Minister
            ("walk away from this line", "Raymond Achterberg", "official", ""),  # the same
            ("late design changes", "Metrolink Partners", "institution", ""),  # the consortium as itself
            ("C$700 million", "Gordon Haverkamp", "other", "Metrolink Partners"),  # its chief executive
            ("3,000 people", "Gordon Haverkamp", "other", ""),  # the same
            ("overruns of this size", "Naomi Verhoeven", "analyst", "Ridley Institute"),  # infrastructure economist
            ("price that risk", "Naomi Verhoeven", "analyst", ""),  # the same, "she said"
        ],
    ),
    (
        (
            "HARLAN FALLS, Ohio -- The Route 9 bridge over the Tessaway River will stay closed for at least four "
            "months after inspectors found cracks in two of its steel support beams, state officials said on Friday.",
            "The Ohio Department of Transportation said in a statement that it had closed the 62-year-old bridge to "
            "all traffic on Thursday night as a precaution.",
            "Denise Kowalczyk, the department's chief bridge engineer, said the cracks had grown since the last "
            "inspection in 2023 and that the bridge could no longer safely carry trucks.",
            '"We are not going to gamble with a structure that carries 28,000 vehicles a day," Kowalczyk said at a '
            "briefing at the site.",
            "Engineers who have seen the inspection report said repairs could cost as much as $40 million.",
            "The detour adds about 25 minutes to the trip between Harlan Falls and the county seat.",
            "Brennan County Commissioner Leon Whitfield said the county had asked the state for years to replace the "
            "bridge and had been told it was not yet a priority.",
            '"Now it is a priority, because it is broken," Whitfield said.',
            "Tamara Oyelaran, who drives across the bridge every morning to her job at a hospital in the county seat, "
            "said she now leaves home before 6 a.m.",
            '"I have two kids to get to school first. There is no good answer," she said.',
            "Residents said the closure had already hurt shops on the town's main street.",
        ),
        [
            ("four months", "", "unnamed", ""),  # state officials
            ("as a precaution", "Ohio Department of Transportation", "institution", ""),  # the department as itself
            ("cracks had grown", "Denise Kowalczyk", "official", "Ohio Department of Transportation"),  # engineer
            ("28,000 vehicles", "Denise Kowalczyk", "official", ""),  # the same
            ("$40 million", "", "unnamed", ""),  # engineers who have seen the report
            ("not yet a priority", "Leon Whitfield", "official", ""),  # county commissioner
            ("because it is broken", "Leon Whitfield", "official", ""),  # the same
            ("before 6 a.m.", "Tamara Oyelaran", "other", ""),  # a commuter
            ("two kids", "Tamara Oyelaran", "other", ""),  # the same, "she said"
            ("main street", "", "unnamed", ""),  # residents
        ],
    ),
    (
        (
            "LONDON -- Shares in Ashgrove Construction fell 11% on Tuesday after the builder warned that losses on "
            "two fixed-price hospital contracts would wipe out most of its profit this year.",
            "Ashgrove said pre-tax profit for the six months to June fell to 12.4 million pounds from 58 million "
            "pounds a year earlier, on revenue that rose 6% to 1.9 billion pounds.",
            "The company said it had set aside 46 million pounds to cover higher costs of steel, concrete and labour "
            "on the two hospitals, which it agreed to build for a fixed price in 2022.",
            "Chief Financial Officer Hannah Dearlove said the group would no longer bid for large fixed-price work.",
            '"Those contracts were priced for a world that disappeared a few months later. We will not make that '
            'mistake again," Dearlove said on a call with analysts.',
            "She said the order book stood at a record 7.3 billion pounds and that the rest of the business was "
            "trading in line with expectations.",
            "Rupert Okonkwo, an analyst at the brokerage Pellow Hart, said investors had heard promises like that "
            "from builders before.",
            '"Every contractor swears off fixed-price risk after a bad year, and most of them are back at it within '
            'three," Okonkwo wrote in a note to clients.',
            "He cut his target price for the shares to 310 pence from 420 pence.",
        ),
        [
            ("most of its profit", "Ashgrove Construction", "institution", ""),  # the builder, "warned"
            ("12.4 million pounds", "Ashgrove Construction", "institution", ""),  # "Ashgrove said"
            ("46 million pounds", "Ashgrove Construction", "institution", ""),  # "The company said"
            ("no longer bid", "Hannah Dearlove", "other", ""),  # Chief Financial Officer
            ("priced for a world", "Hannah Dearlove", "other", ""),  # the same
            ("record 7.3 billion", "Hannah Dearlove", "other", ""),  # the same, "She said"
            ("heard promises", "Rupert Okonkwo", "analyst", "Pellow Hart"),  # an analyst at a brokerage
            ("swears off", "Rupert Okonkwo", "analyst", ""),  # the same, "wrote in a note to clients"
        ],
    ),
    (
        (
            "CHICAGO -- The region's largest construction union began a campaign on Monday to cut deaths from falls "
            "on building sites, after seven of its members died on the job last year.",
            "Ironworkers Local 218 said it would send safety stewards to every site where its members work more than "
            "two storeys up, and would ask contractors to stop work when harnesses or guard rails are missing.",
            "Business manager Carla Dominguez said most of the deaths could have been prevented with equipment that "
            "cost less than a day's wages.",
            '"Nobody should leave for work in the morning and come home in a box," Dominguez told a rally of about '
            "800 members outside the union hall.",
            "She said contractors under pressure to finish on time too often treated safety rules as optional.",
            "Falls are the leading cause of death in construction, accounting for about a third of fatal accidents "
            "on building sites nationally.",
            "A spokesperson for the Occupational Safety and Health Administration, Brian Talley, said the agency "
            "had stepped up inspections of high-rise sites in the region and fined three contractors since January.",
            '"We welcome any effort that puts more eyes on the work," Talley said.',
            "The Builders Association of Greater Chicago said its members shared the goal but that stopping work "
            "should be left to site supervisors.",
        ),
        [
            ("safety stewards", "Ironworkers Local 218", "institution", ""),  # the union as itself
            ("less than a day's wages", "Carla Dominguez", "other", ""),  # the union's business manager
            ("come home in a box", "Carla Dominguez", "other", ""),  # the same, "told a rally"
            ("optional", "Carla Dominguez", "other", ""),  # the same, "She said"
            ("stepped up inspections", "Brian Talley", "official", "Occupational Safety and Health Administration"),
            ("more eyes", "Brian Talley", "official", ""),  # the same
            ("shared the goal", "Builders Association of Greater Chicago", "institution", ""),  # a trade body
        ],
    ),
    (
        (
            "MANCHESTER, England -- A private consortium will design, build and maintain a new 600-bed hospital in "
            "the north of the city under a 30-year public-private partnership worth 1.4 billion pounds, the local "
            "health authority said on Thursday.",
            "Northvale Health Authority said the deal would let the hospital open in 2030, four years sooner than if "
            "it waited for money from the national budget.",
            "Under the contract, the health authority will pay the consortium a yearly fee of about 74 million "
            "pounds once the hospital opens, rising with inflation.",
            "The authority's chief executive, Dr. Samuel Ojukwu, said the hospital was badly needed to replace "
            "wards built in the 1930s.",
            '"Our patients cannot wait another decade for a building that is fit for them," Ojukwu said.',
            "Eleanor Fitzwilliam, a partner at the law firm Castell Brandt who advises public bodies on such deals, "
            "said the new contracts were far tighter than those signed in the 1990s and 2000s.",
            '"The worst of the old deals let the builder charge 300 pounds to change a light bulb. That is not '
            'possible under this one," she said.',
            "The watchdog group Public Money Watch said the yearly payments would add up to more than three times "
            "the cost of building the hospital.",
            "Its director, Joel Rasmussen, said the authority should have borrowed the money itself at a lower rate.",
            '"This is a mortgage that our grandchildren will still be paying," Rasmussen said.',
        ),
        [
            ("1.4 billion pounds", "Northvale Health Authority", "institution", ""),  # "the local health authority"
            ("four years sooner", "Northvale Health Authority", "institution", ""),  # the authority as itself
            ("badly needed", "Samuel Ojukwu", "official", "Northvale Health Authority"),  # chief executive, public body
            ("another decade", "Samuel Ojukwu", "official", ""),  # the same
            ("far tighter", "Eleanor Fitzwilliam", "other", "Castell Brandt"),  # a law firm's partner
            ("light bulb", "Eleanor Fitzwilliam", "other", ""),  # the same, "she said"
            ("three times", "Public Money Watch", "institution", ""),  # the watchdog as itself
            ("borrowed the money", "Joel Rasmussen", "other", "Public Money Watch"),  # its director
            ("grandchildren", "Joel Rasmussen", "other", ""),  # the same
        ],
    ),
]
