"""The sixty-eighth round of blind profile probes: fictional stories of the arms industry and defence procurement in
business and world news (a British defence group's results with the group as itself, "The group's chief executive, X",
"The group's finance chief, X", "Its chairman, X" after the firm was named, an aerospace and defence analyst at a bank,
"A company spokeswoman said" and the chief executive by his surname alone; a Norwegian frigate order with the defence
minister, the procurement agency as itself, "X, who runs the agency's naval systems division", the shipyard's chief
executive, a shipyard union's shop steward, a naval analyst at a think tank and "the defence ministry" then "The
ministry said"; a German inquiry into late armoured carriers with "X, who chairs the Bundestag's defence committee",
the procurement agency as itself, "X, who runs the agency's land systems division", "The maker, Y, said", an opposition
member of the committee and a defence analyst at a think tank; a Swedish missile sale held up by German export controls
with the missile maker as itself, "The group's chief executive, X", "X, who heads arms export licensing at Germany's
economy ministry", a Swedish export control board as itself, "X, a former army chief who now advises defence firms at
the consultancy Y" and then "the former army chief said", and an aerospace analyst at a bank; an Indian order of
trainer jets with the defence ministry as itself, the defence minister, "Y's chief executive, X", an aerospace analyst
at a bank, a fellow at a think tank and a retired air chief now running a consultancy; a Polish howitzer order with
the procurement authority as itself, "Its head, Brigadier General X", a named spokesman of the South Korean maker, a
steelworks union's shop steward, an opposition MP on the defence committee and a defence analyst at a think tank),
and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_sixtyeighth.py).
Blind:
7 wrong of 50. By pattern: "Defence Minister X said" after "Norway will buy six frigates from the shipbuilder Y"
found as `other`, not a minister (2); "X, a naval analyst at the Oslo think tank Y, said" found with the speaker run on
to "at the Oslo think tank" as an institution (missed and extra: 2); "A spokesman for Y Defence, X, said" found as
`official` with no affiliation, not a company spokesman (1); "Piotr X-Y, a defence analyst at the Warsaw think tank Z"
found as "X-Y" alone, the given name dropped (missed and extra: 2).
After the mends: 0 (see test_profiles_blind_probes_sixtyeighth.py for the steps)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a defence minister, the head of a procurement agency or of one of its divisions, an official
#: who licenses arms exports and members of a parliament's defence committee are `official`; a defence group's chief
#: executive, finance chief and chairman, a named company spokesman and a union's shop steward are `other`; an analyst
#: at a bank, a fellow or analyst at a think tank and a former army or air force chief now at a consultancy (a former
#: official speaking as an expert) are `analyst`; a company spokeswoman who is not named is `unnamed`; a defence group,
#: a procurement agency, an export control board and a ministry speaking as themselves are an `institution` under the
#: fullest name the article gives them. "Its chairman" or "Its head" is tied to the body named just before; "the
#: agency's land systems division" to the agency named before.
STORIES = [
    (
        (
            "LONDON, Feb 26 (Reuters) - British defence group Castlemere Defence reported a 14 percent rise in annual "
            "operating profit on Thursday, lifted by orders for artillery shells and air-defence missiles from "
            "European governments that are rearming, and said its order book had reached a record 48 billion pounds.",
            "The group's chief executive, Alistair Penhallow-Reid, said the company would hire 5,000 more workers this "
            "year and reopen a shell plant in Lancashire that had closed in 2009.",
            '"Governments are no longer asking us whether we can deliver. They are asking how fast," Penhallow-Reid '
            "told reporters.",
            "The group's finance chief, Imogen Strachan-Vey, said cash flow would dip this year because the company "
            "was paying suppliers in advance to secure rocket motors and armour steel.",
            "Its chairman, Roderick Ambleside, said the board would raise the dividend by 12 percent and buy back up "
            "to 500 million pounds of shares.",
            "Tobias Wrenfield-Ong, an aerospace and defence analyst at Dunmore Bank, said the order book covered "
            "almost four years of sales but that the reopened shell plant would need two years to reach full output.",
            "A company spokeswoman said Castlemere was not in talks to buy a German shell maker that was put up for "
            "sale last month.",
            "Shares in Castlemere rose 3.1 percent in London.",
            "Penhallow-Reid said the group would not ask governments to pay more on contracts it had already signed.",
        ),
        [
            ("record 48 billion pounds", "Castlemere Defence", "institution", ""),  # the group as itself
            ("5,000 more workers", "Alistair Penhallow-Reid", "other", "Castlemere Defence"),  # the group's CEO
            ("how fast", "Alistair Penhallow-Reid", "other", ""),  # the same
            ("rocket motors", "Imogen Strachan-Vey", "other", "Castlemere Defence"),  # "The group's finance chief"
            ("500 million pounds", "Roderick Ambleside", "other", "Castlemere Defence"),  # "Its chairman"
            ("four years of sales", "Tobias Wrenfield-Ong", "analyst", "Dunmore Bank"),  # analyst at a bank
            ("German shell maker", "", "unnamed", ""),  # a company spokeswoman, not named
            ("already signed", "Alistair Penhallow-Reid", "other", ""),  # his surname alone
        ],
    ),
    (
        (
            "OSLO, May 12 (Reuters) - Norway will buy six frigates from the shipbuilder Vardholm Yards for about 90 "
            "billion crowns, Defence Minister Ingrid Solvik-Haugen said on Monday, the largest single order in the "
            "history of the country's armed forces.",
            '"These ships will guard the North Atlantic for thirty years, and they will be built on our own coast," '
            "Solvik-Haugen told parliament.",
            "The Norwegian Defence Procurement Agency, which ran the tender, said Vardholm's bid had scored highest on "
            "price and on the ships' ability to hunt submarines.",
            "Henrik Aasvang-Lie, who runs the agency's naval systems division, said the first frigate would be "
            "delivered in 2031 and the last in 2036.",
            "Vardholm's chief executive, Sigrun Teigland, said the yard at Stord would hire 1,200 workers and build "
            "the hulls in Norway rather than in Poland as it had first planned.",
            "Arvid Nesheim-Krog, shop steward for the Shipyard Workers' Union at the Stord yard, said workers welcomed "
            "the order but wanted guarantees that foreign subcontractors would be paid Norwegian wages.",
            "The defence ministry said in a statement that the cost would be spread over ten annual budgets and would "
            "not require higher taxes.",
            "Solveig Brattli, a naval analyst at the Oslo think tank Nordic Maritime Security Institute, said six "
            "ships were too few to patrol both the North Sea and the Arctic.",
            "Teigland said Vardholm would sign its main subcontracts by the end of June.",
            "The ministry said the frigates would be based near Bergen.",
        ),
        [
            ("six frigates", "Ingrid Solvik-Haugen", "official", ""),  # defence minister
            ("our own coast", "Ingrid Solvik-Haugen", "official", ""),  # the same
            ("hunt submarines", "Norwegian Defence Procurement Agency", "institution", ""),  # the agency as itself
            ("delivered in 2031", "Henrik Aasvang-Lie", "official", "Norwegian Defence Procurement Agency"),
            ("1,200 workers", "Sigrun Teigland", "other", "Vardholm"),  # "Vardholm's chief executive"
            ("Norwegian wages", "Arvid Nesheim-Krog", "other", "Shipyard Workers' Union"),  # the shop steward
            ("ten annual budgets", "defence ministry", "institution", ""),  # the ministry as itself
            ("too few", "Solveig Brattli", "analyst", "Nordic Maritime Security Institute"),  # analyst, think tank
            ("main subcontracts", "Sigrun Teigland", "other", ""),  # her surname alone
            ("based near Bergen", "defence ministry", "institution", ""),  # "The ministry said"
        ],
    ),
    (
        (
            "BERLIN, Nov 4 (Reuters) - German lawmakers will open an inquiry into an order for 120 armoured personnel "
            "carriers that is running three years late and 40 percent over budget, Katrin Vollmer-Asch, who chairs "
            "the Bundestag's defence committee, said on Wednesday.",
            "The Federal Armaments Agency, which signed the contract in 2021, said the delays came from changes to the "
            "armour and radios that the army had asked for after the order was placed.",
            "Lukas Brendel-Oyama, who runs the agency's land systems division, told the committee the carriers had "
            "been ordered before their design was finished.",
            '"We ordered a vehicle that did not yet exist, and we are paying for that now," Brendel-Oyama said.',
            "The maker, Rheinfeld Landsysteme, said in a statement that it had met every deadline the contract set "
            "before the army changed its requirements.",
            "Jens Hartwig-Baum, an opposition member of the committee, said the defence ministry had known of the "
            "delays for a year and had kept them from parliament.",
            "Dagmar Ellerbrock-Singh, a defence analyst at the Berlin think tank Havel Institute for Security Policy, "
            "said the case showed why buying vehicles off the shelf was often cheaper than designing new ones.",
            "The defence ministry said it would not cancel the order because the army had no other vehicle to "
            "replace its ageing carriers.",
            "Vollmer-Asch said the first hearing would be held in December.",
        ),
        [
            ("open an inquiry", "Katrin Vollmer-Asch", "official", ""),  # chairs the defence committee
            ("asked for after the order", "Federal Armaments Agency", "institution", ""),  # the agency as itself
            ("design was finished", "Lukas Brendel-Oyama", "official", "Federal Armaments Agency"),  # runs its division
            ("did not yet exist", "Lukas Brendel-Oyama", "official", ""),  # the same
            ("every deadline", "Rheinfeld Landsysteme", "institution", ""),  # "The maker, Y, said"
            ("kept them from parliament", "Jens Hartwig-Baum", "official", ""),  # opposition member of the committee
            ("off the shelf", "Dagmar Ellerbrock-Singh", "analyst", "Havel Institute for Security Policy"),
            ("not cancel the order", "defence ministry", "institution", ""),  # the ministry as itself
            ("first hearing", "Katrin Vollmer-Asch", "official", ""),  # her surname alone
        ],
    ),
    (
        (
            "STOCKHOLM, Sept 17 (Reuters) - Swedish missile maker Norrvik Dynamics said on Wednesday that a 2.3 "
            "billion dollar sale of air-defence systems to a Gulf state had been held up because Germany had not yet "
            "approved the export of German-made parts used in the missiles' seekers.",
            "The group's chief executive, Elin Forsgren-Maalouf, said the company could replace the German parts "
            "within 18 months but would rather not redesign a missile that was already in service.",
            "In Berlin, Matthias Oberländer-Kühn, who heads arms export licensing at Germany's economy ministry, said "
            "the application was under review and that no decision was due before the end of the year.",
            "Sweden's export control board, the Strategic Goods Inspectorate, said it had approved the Swedish part "
            "of the deal in June.",
            "Bertil Lagerhjelm-Sand, a former army chief who now advises defence firms at the consultancy Nordgate "
            "Strategy, said Berlin's hesitation would push buyers toward suppliers whose weapons held no German parts.",
            '"Every German screw in a Swedish missile is now a political question," the former army chief said.',
            "Erik Tornqvist-Hallvik, an aerospace analyst at Kallberg Bank in Gothenburg, said the order was worth "
            "about a fifth of Norrvik's sales for the next two years.",
            "Forsgren-Maalouf said the company had not lost any other orders because of the delay.",
        ),
        [
            ("held up", "Norrvik Dynamics", "institution", ""),  # the missile maker as itself
            ("within 18 months", "Elin Forsgren-Maalouf", "other", "Norrvik Dynamics"),  # the group's CEO
            ("no decision was due", "Matthias Oberländer-Kühn", "official", "economy ministry"),  # export licensing
            ("Swedish part of the deal", "Strategic Goods Inspectorate", "institution", ""),  # the board as itself
            ("push buyers", "Bertil Lagerhjelm-Sand", "analyst", "Nordgate Strategy"),  # former army chief, consultant
            ("political question", "Bertil Lagerhjelm-Sand", "analyst", ""),  # "the former army chief said"
            ("about a fifth", "Erik Tornqvist-Hallvik", "analyst", "Kallberg Bank"),  # aerospace analyst at a bank
            ("any other orders", "Elin Forsgren-Maalouf", "other", ""),  # her surname alone
        ],
    ),
    (
        (
            "NEW DELHI, Aug 19 (Reuters) - India signed a 4.1 billion dollar deal on Tuesday to buy 56 trainer jets "
            "from the French aircraft maker Aerostelle, with 40 of them to be assembled at a state-run plant in "
            "Nashik, the defence ministry said.",
            "Defence Minister Rajeev Pradhan-Mehrotra said the jets would replace trainers that had been grounded "
            "twice in three years after crashes.",
            '"Our young pilots deserve aircraft as modern as the fighters they will go on to fly," Pradhan-Mehrotra '
            "told reporters in New Delhi.",
            "Aerostelle's chief executive, Claire Dumontel-Ferry, said in Paris that the Nashik line would also build "
            "jets for other buyers in Asia.",
            "Nandita Chaturvedi-Sen, an aerospace analyst at Kaveri Capital Bank in Mumbai, said the price came to "
            "about 73 million dollars a jet once training and spare parts were counted.",
            "Aditi Sarangi-Rao, a fellow at the New Delhi think tank Centre for Air Power Futures, said the air force "
            "would still be short of trainers until at least 2030.",
            "Vikram Ranjit-Lal, a retired air chief marshal who now runs a defence consultancy in Gurugram, said the "
            "air force had waited 15 years for a trainer of this class.",
            "The ministry said the first jets would arrive from France in 2028.",
        ),
        [
            ("56 trainer jets", "defence ministry", "institution", ""),  # the ministry as itself
            ("grounded twice", "Rajeev Pradhan-Mehrotra", "official", ""),  # defence minister
            ("young pilots", "Rajeev Pradhan-Mehrotra", "official", ""),  # the same
            ("buyers in Asia", "Claire Dumontel-Ferry", "other", "Aerostelle"),  # "Aerostelle's chief executive"
            ("73 million dollars", "Nandita Chaturvedi-Sen", "analyst", "Kaveri Capital Bank"),  # analyst at a bank
            ("short of trainers", "Aditi Sarangi-Rao", "analyst", "Centre for Air Power Futures"),  # think-tank fellow
            ("waited 15 years", "Vikram Ranjit-Lal", "analyst", ""),  # retired air chief, now a consultant
            ("arrive from France", "defence ministry", "institution", ""),  # "The ministry said"
        ],
    ),
    (
        (
            "WARSAW, April 8 (Reuters) - Poland's arms buyer, the State Armaments Authority, signed a contract on "
            "Wednesday for 180 self-propelled howitzers from the South Korean maker Hanwel Defence, its second such "
            "order in three years.",
            "The authority said 120 of the guns would be built under licence in Poland and the first 60 delivered "
            "from Korea by the end of next year.",
            "Its head, Brigadier General Tomasz Zielony-Wrona, said the army needed the howitzers to replace guns it "
            "had sent to Ukraine.",
            "A spokesman for Hanwel Defence, Park Jun-seo, said the company would open a training centre for Polish "
            "crews near Torun.",
            "Stanislaw Sobieraj, shop steward for the metalworkers' union at the Kowary Steelworks, where the barrels "
            "are to be made, said the plant would need at least 300 more workers.",
            "Opposition MP Ewa Kowalczyk-Brandt, a member of parliament's defence committee, said the government was "
            "buying abroad what Polish factories could make at home.",
            "Piotr Malinowski-Hale, a defence analyst at the Warsaw think tank Vistula Security Forum, said buying "
            "from Korea was the only way to get the guns quickly.",
            "Zielony-Wrona said the licence deal would give Polish plants the know-how to build their own guns later.",
        ),
        [
            ("built under licence", "State Armaments Authority", "institution", ""),  # the authority as itself
            ("sent to Ukraine", "Tomasz Zielony-Wrona", "official", "State Armaments Authority"),  # "Its head"
            ("training centre", "Park Jun-seo", "other", "Hanwel Defence"),  # a named company spokesman
            ("300 more workers", "Stanislaw Sobieraj", "other", ""),  # a union's shop steward
            ("buying abroad", "Ewa Kowalczyk-Brandt", "official", ""),  # opposition MP on the defence committee
            ("only way", "Piotr Malinowski-Hale", "analyst", "Vistula Security Forum"),  # analyst at a think tank
            ("know-how", "Tomasz Zielony-Wrona", "official", ""),  # his surname alone
        ],
    ),
]
