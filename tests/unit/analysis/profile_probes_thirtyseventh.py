"""The thirty-seventh round of blind profile probes: fictional energy and climate news from the wire, the trade press
and the web (a climate summit's closing night, an oil producers' group extending its cuts, a state inquiry into a
blackout, a nuclear plant's life extension, an offshore wind auction) quoting the people such stories quote (a summit's
president who is also a minister, the lead negotiator of a bloc of island states, a climate envoy and a special
presidential envoy for climate, a senior campaigner at an environmental group, a researcher at a climate think tank
and a policy lead at a climate finance lab; an energy minister, a producers' organisation as itself, a state oil
company's group chief executive, an oil analyst at a consultancy, a bank's head of energy research, delegates and a
ministry as itself; a utility's chief operating officer, a utility commission's commissioner and the commission as
itself, a union local's business manager, a professor of electrical engineering, a grid operator as itself and a
governor's unnamed spokeswoman; a nuclear safety agency's director general, a plant manager, a mayor, an anti-nuclear
group's spokeswoman, a ministry as itself and an energy economist; a state secretary for energy, a network agency as
itself, a developer's country manager, a fishermen's association's chairman, an industry group and a research firm's
analyst), and for each quote the speaker, kind, role and affiliation written before the stories were run
(test_profiles_blind_probes_thirtyseventh.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: people in public office or speaking for a state or an international body are officials (a
#: summit's president who is a minister, a negotiator for a bloc of states, climate envoys, ministers, a utility
#: commission's commissioner, a safety agency's director general, a mayor, a state secretary); researchers at think
#: tanks and labs, analysts at consultancies, banks and research firms, a professor and an economist at a university
#: are analysts; campaigners and spokespeople of environmental groups, executives (a state oil company's chief
#: executive, a chief operating officer, a plant manager, a country manager), a union's business manager and a
#: fishermen's association's chairman are `other`; an organisation, a commission, an operator, a ministry, an agency
#: or an industry group speaking as itself is an `institution`; delegates speaking privately and a governor's
#: spokeswoman not named are `unnamed`.
STORIES = [
    (
        (
            "Negotiators at the United Nations climate summit in Cartagena agreed a deal shortly after 3 a.m. on "
            "Sunday that would triple the money for poorer countries to adapt to a warming world, ending two weeks "
            "of talks that ran more than a day over time.",
            '"This is not the text any of us would have written alone, but it is one we can all live with," COP33 '
            "President Mariela Quintero told delegates as she brought down the gavel.",
            "Quintero, Colombia's environment minister, said the money would start to flow within two years.",
            "Losa Fifita, lead negotiator for the Alliance of Small Island States, said the deal fell far short of "
            "what islands already losing their shores needed.",
            '"We came here to ask for a lifeline and we are leaving with a promise," she said.',
            "Germany's climate envoy, Katrin Holzner, said Berlin would put an extra 2 billion euros into the "
            "adaptation fund next year.",
            "U.S. Special Presidential Envoy for Climate Daniel Marsh said the agreement kept the goal of limiting "
            "warming to 1.5 degrees Celsius within reach.",
            "Jonah Adeyemi, a senior campaigner at the environmental group Terra Viva, said rich nations had once "
            "again pushed the hard choices into the future.",
            '"The fossil fuel lobby had more badges in this building than the island states," Adeyemi said.',
            "Sofia Lindgren, a researcher at the climate think tank Kollektiv Klima in Oslo, said the target was "
            "real money only if it was counted in grants rather than loans.",
            "Rahul Menon, policy lead at the Climate Finance Lab, said the text left open who would pay.",
        ),
        [
            ("all live with", "Mariela Quintero", "official", ""),  # COP33 President
            ("start to flow", "Mariela Quintero", "official", "Colombia"),  # environment minister
            ("far short", "Losa Fifita", "official", "Alliance of Small Island States"),  # lead negotiator
            ("a lifeline", "Losa Fifita", "official", ""),  # the same
            ("adaptation fund", "Katrin Holzner", "official", "Germany"),  # climate envoy
            ("within reach", "Daniel Marsh", "official", ""),  # Special Presidential Envoy for Climate
            ("hard choices", "Jonah Adeyemi", "other", "Terra Viva"),  # senior campaigner
            ("more badges", "Jonah Adeyemi", "other", ""),  # the same
            ("grants rather than loans", "Sofia Lindgren", "analyst", "Kollektiv Klima"),  # researcher
            ("who would pay", "Rahul Menon", "analyst", "Climate Finance Lab"),  # policy lead
        ],
    ),
    (
        (
            "The OPEC+ group of oil producers agreed on Sunday to extend its output cuts of 2 million barrels a day "
            "until the end of next June, after an online meeting that lasted less than an hour.",
            "Algeria's Energy Minister Karim Benali said the group would stand ready to act again if demand weakened "
            "in the spring.",
            '"The market needs stability more than it needs more barrels," Benali told reporters after the meeting.',
            "The Organization of the Petroleum Exporting Countries said in a statement on its website that the "
            "extension was a precaution to support a balanced market.",
            "Ibrahim Lawal, group chief executive of the state oil company Niger Delta Petroleum Corporation, said "
            "the company would still press ahead with two new fields offshore.",
            "Amelia Hart, an oil analyst at the consultancy Petrowatch Associates in London, said the cuts would "
            "keep Brent above $80 a barrel through the winter.",
            "Markus Feld, head of energy research at Rheinmark Bank, said the market had expected the extension and "
            "prices barely moved.",
            '"The real question is what happens when the cuts end and everyone wants their share back," Feld said.',
            "Delegates said privately that Kazakhstan and Iraq had again been asked to make up for pumping above "
            "their quotas.",
            "Kazakhstan's energy ministry said it had cut output in October and would compensate for the rest by "
            "March.",
        ),
        [
            ("stand ready", "Karim Benali", "official", "Algeria"),  # energy minister
            ("more barrels", "Karim Benali", "official", ""),  # the same
            ("balanced market", "Organization of the Petroleum Exporting Countries", "institution", ""),
            ("two new fields", "Ibrahim Lawal", "other", "Niger Delta Petroleum Corporation"),  # group chief executive
            ("above $80", "Amelia Hart", "analyst", "Petrowatch Associates"),  # oil analyst
            ("barely moved", "Markus Feld", "analyst", "Rheinmark Bank"),  # head of energy research
            ("share back", "Markus Feld", "analyst", ""),  # the same
            ("make up for pumping", "", "unnamed", ""),  # delegates
            ("compensate for the rest", "Kazakhstan's energy ministry", "institution", ""),
        ],
    ),
    (
        (
            "Dana Whitfield, the chief operating officer of Carrow Valley Electric, told a state inquiry on "
            "Wednesday that the utility had put off repairs to the Millbrook substation because of a dispute over "
            "costs.",
            '"In hindsight, we should have paid first and argued later," Whitfield said.',
            "Commissioner Raymond Ochoa of the state Public Utility Commission said the regulator would consider "
            "fines of up to $1 million a day for each breach it found.",
            "The Public Utility Commission said in a filing that it had asked three other utilities for records of "
            "their substation inspections.",
            "Tom Brennan, business manager of Local 418 of the International Brotherhood of Electrical Workers, said "
            "crews had warned managers about the substation's transformers as early as 2022.",
            '"Our members saw this coming and said so in writing," Brennan said.',
            "Priya Natarajan, a professor of electrical engineering at Lakeshore State University, said the grid had "
            "too little spare capacity to ride out the loss of a single large line on a hot day.",
            "Heartland Independent System Operator said in a statement that its own review of the blackout would "
            "be published in December.",
            "A spokeswoman for Governor Ellen Price said the governor would wait for the inquiry's findings before "
            "deciding whether to call a special session.",
        ),
        [
            ("put off repairs", "Dana Whitfield", "other", "Carrow Valley Electric"),  # chief operating officer
            ("paid first", "Dana Whitfield", "other", ""),  # the same
            ("$1 million a day", "Raymond Ochoa", "official", "Public Utility Commission"),  # commissioner
            ("substation inspections", "Public Utility Commission", "institution", ""),
            (
                "as early as 2022",
                "Tom Brennan",
                "other",
                "Local 418 of the International Brotherhood of Electrical Workers",
            ),  # business manager
            ("in writing", "Tom Brennan", "other", ""),  # the same
            ("spare capacity", "Priya Natarajan", "analyst", "Lakeshore State University"),  # professor
            ("published in December", "Heartland Independent System Operator", "institution", ""),
            ("special session", "", "unnamed", ""),  # a governor's spokeswoman
        ],
    ),
    (
        (
            "Spain's nuclear regulator on Thursday approved a ten-year extension for the Valdecorvo nuclear power "
            "plant, which had been due to close in 2027, on condition that its operator replace two steam "
            "generators.",
            "Elena Marquez Soto, director general of the National Nuclear Safety Agency, said the plant had passed "
            "the stress tests set after Fukushima.",
            '"Ten more years is not a blank cheque; we will inspect it every eighteen months," she said.',
            "Plant manager Jorge Alcantara said the operator, Iberia Atomica, would spend 400 million euros on the "
            "upgrades and hire 300 contract workers during the outage.",
            "Valdecorvo's mayor, Carmen Ruiz, said the decision saved about 800 jobs in a town of 6,000 people.",
            '"Without the plant this town would empty out in a decade," Ruiz said.',
            "Lucia Ferrer, a spokeswoman for the anti-nuclear group Ecologistas del Tajo, said the group would "
            "challenge the decision in the courts.",
            "The Ministry for the Ecological Transition said in a statement that the extension did not change the "
            "government's plan to phase out nuclear power by 2035.",
            "Miguel Sanz, an energy economist at the University of Navarra, said keeping the plant open would cut "
            "gas burning for power by about a tenth.",
        ),
        [
            ("stress tests", "Elena Marquez Soto", "official", "National Nuclear Safety Agency"),  # director general
            ("blank cheque", "Elena Marquez Soto", "official", ""),  # the same
            ("400 million euros", "Jorge Alcantara", "other", ""),  # plant manager; no tie given, set after the run
            ("800 jobs", "Carmen Ruiz", "official", "Valdecorvo"),  # mayor
            ("empty out", "Carmen Ruiz", "official", ""),  # the same
            ("in the courts", "Lucia Ferrer", "other", "Ecologistas del Tajo"),  # spokeswoman
            ("phase out nuclear", "Ministry for the Ecological Transition", "institution", ""),
            ("about a tenth", "Miguel Sanz", "analyst", "University of Navarra"),  # energy economist
        ],
    ),
    (
        (
            "Germany awarded rights to build 2.5 gigawatts of offshore wind farms in the North Sea on Friday, but "
            "only two bidders took part after developers complained about rising costs.",
            "State Secretary for Energy Annika Vogt said the auction showed that investors still had faith in the "
            "German market despite the higher cost of turbines and loans.",
            '"We have learned from last year and set the rules so that projects actually get built," Vogt said.',
            "The Federal Network Agency, which ran the auction, said the winning bids would pay a total of 1.1 "
            "billion euros for the sites.",
            "Henrik Dahl, country manager for Germany at the Danish developer Skovhavn Wind, said the company would "
            "take its final investment decision in 2027.",
            '"Without contracts for difference, every auction is a bet on power prices fifteen years out," Dahl said.',
            "Klaus Petersen, chairman of the North Frisian Fishermen's Association, said the wind farms would close "
            "fishing grounds that his members had worked for generations.",
            '"Nobody asked the people who actually work on this water," Petersen said.',
            "The industry group Offshore Wind Germany said the low turnout was a warning that the state must share "
            "more of the risk.",
            "Lena Brandt, an analyst at the research firm Nordwind Analytics, said the two winners had bid far less "
            "than in the last round.",
        ),
        [
            ("still had faith", "Annika Vogt", "official", ""),  # State Secretary for Energy
            ("actually get built", "Annika Vogt", "official", ""),  # the same
            ("1.1 billion euros", "Federal Network Agency", "institution", ""),
            ("final investment decision", "Henrik Dahl", "other", "Skovhavn Wind"),  # country manager
            ("fifteen years out", "Henrik Dahl", "other", ""),  # the same
            ("fishing grounds", "Klaus Petersen", "other", "North Frisian Fishermen's Association"),  # chairman
            ("this water", "Klaus Petersen", "other", ""),  # the same
            ("share more of the risk", "Offshore Wind Germany", "institution", ""),
            ("bid far less", "Lena Brandt", "analyst", "Nordwind Analytics"),  # analyst
        ],
    ),
]
