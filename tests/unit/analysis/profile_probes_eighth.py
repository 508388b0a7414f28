"""The eighth round of blind profile probes: fictional stories in the style of British online business and politics
news of the mid-2000s (a brewer's results and a bid approach, a tram strike, a budget, an EU duty on shoes, a price
fixing fine and a farmers' claim in court, an African Union mediation, an election under observers, a turbine plant in
a US state), and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_eighth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation), written before
#: the stories were run. An affiliation left empty is not checked, as the scorer checks none. Presidents, governors and
#: mayors are affiliated to the country, state or city the article ties them to; a rebel or militia commander holds no
#: public office (`other`, affiliated to the group); an unnamed spokeswoman is an unnamed source.
STORIES = [
    (
        (
            "Dunmore Breweries, the UK's third-largest brewer, said on Thursday that pre-tax profits rose 12 per cent "
            "to £184m in the year to March.",
            "The company said it had received an approach from Dutch rival Van Hoek which may or may not lead to an "
            "offer.",
            "It added that talks were at an early stage and there was no certainty a bid would be made.",
            "Dunmore's chief executive, Graham Pettifer, said the board would judge any offer on its merits.",
            "Van Hoek finance director Pieter Smits told reporters in Amsterdam that the group would not overpay.",
            "Julia Farrant, who manages the UK Income Fund at Kestrel Investors, which owns 4 per cent of Dunmore, "
            "said shareholders would want at least 650p a share.",
            "Standard & Poor's analyst Martin Ogle said the agency could cut Van Hoek's credit rating if the deal "
            "were funded with debt.",
        ),
        [
            ("pre-tax profits rose", "Dunmore Breweries", "institution", ""),
            ("received an approach", "Dunmore Breweries", "institution", ""),
            ("early stage", "Dunmore Breweries", "institution", ""),
            ("on its merits", "Graham Pettifer", "other", "Dunmore"),
            ("would not overpay", "Pieter Smits", "other", "Van Hoek"),
            ("at least 650p", "Julia Farrant", "analyst", "Kestrel Investors"),
            ("cut Van Hoek's credit rating", "Martin Ogle", "analyst", "Standard & Poor's"),
        ],
    ),
    (
        (
            "Tram drivers in Greater Manchester will strike for 48 hours from Monday after talks over pay broke down, "
            "the Rail and Maritime Union said.",
            "The union's general secretary, Bob Carney, said members had been offered less than inflation for the "
            "third year running.",
            '"We have been patient, but patience has limits," Mr Carney told a rally outside Piccadilly station.',
            "Metrolink Services, which runs the network, said it had offered a 3.5 per cent rise and that the strike "
            "was unnecessary.",
            "A spokeswoman for the company said buses would replace trams on the busiest routes.",
            "Salford's mayor, Dennis Crowther, said the city council would ask both sides to accept mediation.",
            "Commuter Anita Shah, 29, who travels from Bury to the city centre every day, said she would have to "
            "take two days off work.",
        ),
        [
            ("strike for 48 hours", "Rail and Maritime Union", "institution", ""),
            ("less than inflation", "Bob Carney", "other", "Rail and Maritime Union"),
            ("patience has limits", "Bob Carney", "other", "Rail and Maritime Union"),
            ("3.5 per cent rise", "Metrolink Services", "institution", ""),
            ("buses would replace trams", "", "unnamed", ""),
            ("accept mediation", "Dennis Crowther", "official", "Salford"),
            ("two days off work", "Anita Shah", "other", ""),
        ],
    ),
    (
        (
            "Chancellor Andrew Bellamy told the Commons on Wednesday that borrowing would fall to £31bn next year.",
            "The shadow chancellor, Conservative MP Edward Lyle, said the figures were built on sand.",
            "Liberal Democrat MP Fiona Hale said the budget did nothing for pensioners.",
            "Rachel Dunn, a senior research fellow at the Centre for Public Finance, said the Chancellor's forecasts "
            "were optimistic but not impossible.",
            "Bank of England Deputy Governor Colin Ashworth said in a speech in Leeds that inflation would return to "
            "target by the end of next year.",
            "Fitch Ratings analyst Priya Menon said Britain's AAA rating was not at risk.",
        ),
        [
            ("fall to £31bn", "Andrew Bellamy", "official", ""),
            ("built on sand", "Edward Lyle", "official", "Conservative"),
            ("nothing for pensioners", "Fiona Hale", "official", "Liberal Democrat"),
            ("optimistic but not impossible", "Rachel Dunn", "analyst", "Centre for Public Finance"),
            ("return to target", "Colin Ashworth", "official", "Bank of England"),
            ("AAA rating", "Priya Menon", "analyst", "Fitch Ratings"),
        ],
    ),
    (
        (
            "The European Union's trade commissioner, Karl Lindqvist, said on Tuesday that Brussels would impose "
            "duties of up to 20 per cent on leather shoes from China and Vietnam.",
            "Italian industry minister Paolo Conti said the duties came too late for thousands of workers in the "
            "Marche region.",
            "The British Retail Consortium said the duties would raise prices in the shops.",
            "Stefan Bauer, a trade economist at the Hamburg Institute for Trade Policy, said the row could spill over "
            "into talks on textiles.",
            "Lucia Ferri, who owns a small shoe factory near Ancona, said she had laid off half her staff in two "
            "years.",
        ),
        [
            ("duties of up to 20 per cent", "Karl Lindqvist", "official", "European Union"),
            ("too late for thousands", "Paolo Conti", "official", "Italy"),
            ("raise prices in the shops", "British Retail Consortium", "institution", ""),
            ("spill over", "Stefan Bauer", "analyst", "Hamburg Institute for Trade Policy"),
            ("half her staff", "Lucia Ferri", "other", ""),
        ],
    ),
    (
        (
            "The Office of Fair Trading fined six supermarkets £116m on Friday for fixing the price of milk and "
            "cheese.",
            "Ruth Akers, the OFT's director of competition enforcement, said shoppers had paid too much for at least "
            "three years.",
            "Fairway Stores, one of the six, said it would appeal to the Competition Appeal Tribunal.",
            "At the High Court in London, Mr Justice Alan Tranter said a claim by 200 dairy farmers against Fairway "
            "Stores could go to trial.",
            "Michael Brandt QC, for the farmers, said his clients had been squeezed to the point of ruin.",
            "Fairway's lawyer, Helen Cray, said the company had always paid a fair price.",
            "Tom Pryor, a dairy farmer from Somerset, said he had lost £40,000 last year.",
        ),
        [
            ("paid too much", "Ruth Akers", "official", "Office of Fair Trading"),
            ("Competition Appeal Tribunal", "Fairway Stores", "institution", ""),
            ("go to trial", "Alan Tranter", "official", "High Court"),
            ("point of ruin", "Michael Brandt", "other", ""),
            ("fair price", "Helen Cray", "other", "Fairway Stores"),
            ("lost £40,000", "Tom Pryor", "other", ""),
        ],
    ),
    (
        (
            "The African Union's special envoy to Sudan, Ghanaian diplomat Kwesi Amoako, said on Sunday that the "
            "peace talks in Abuja had reached a critical stage.",
            "Sudan's President, Hassan Abdel-Rahim, said his government would not accept foreign troops in the region.",
            "Adam Yahya Khalil, a field commander of the Justice and Equality Front, told the BBC by satellite phone "
            "that his forces had captured two towns.",
            "Oxfam said two million people now depended on food aid.",
            "Halima Idris, who fled her village near Nyala in March, said the militia had burned every house.",
            '"They came on horses and in trucks," she said.',
        ),
        [
            ("critical stage", "Kwesi Amoako", "official", "African Union"),
            ("foreign troops", "Hassan Abdel-Rahim", "official", "Sudan"),
            ("captured two towns", "Adam Yahya Khalil", "other", "Justice and Equality Front"),
            ("food aid", "Oxfam", "institution", ""),
            ("burned every house", "Halima Idris", "other", ""),
            ("on horses", "Halima Idris", "other", ""),
        ],
    ),
    (
        (
            "The head of the OSCE's election observation mission, Norwegian diplomat Eirik Dahl, said on Monday that "
            "Sunday's vote fell short of international standards.",
            "Kyiv Mayor Oleh Hrytsenko said the city's polling stations had run smoothly.",
            "Viktor Pavlenko, commander of the Donets Volunteer Guard, a militia loyal to the government, said his men "
            "had only guarded polling stations.",
            "Olena Marchuk, a political analyst at the Razom Centre for Policy Studies in Kyiv, said the result would "
            "be challenged in court.",
            "Pensioner Mykola Bondar, 71, said he had voted for the first time in ten years.",
        ),
        [
            ("international standards", "Eirik Dahl", "official", "OSCE"),
            ("run smoothly", "Oleh Hrytsenko", "official", "Kyiv"),
            ("only guarded polling stations", "Viktor Pavlenko", "other", "Donets Volunteer Guard"),
            ("challenged in court", "Olena Marchuk", "analyst", "Razom Centre for Policy Studies"),
            ("first time in ten years", "Mykola Bondar", "other", ""),
        ],
    ),
    (
        (
            "Calder, the Sheffield-based engineering group, said on Wednesday it would build a £200m turbine plant in "
            "Toledo, Ohio, creating 900 jobs.",
            "Ohio Governor Robert Tafton said the state had offered $40m in tax credits to win the plant.",
            "Calder's chief executive, Nigel Worsley, said American demand for wind power was growing faster than "
            "Europe's.",
            "Toledo Mayor Carla Jennings said the plant would change the fortunes of the city.",
            "Derek Simms, national officer of the Amicus union, said the jobs should have gone to Sheffield.",
            "Labour MP Angela Moss said she would raise the matter in the Commons.",
            "Mark Rees, an engineering analyst at Panmure Brokers, said the move made sense because most of Calder's "
            "orders came from the US.",
        ),
        [
            ("£200m turbine plant", "Calder", "institution", ""),
            ("$40m in tax credits", "Robert Tafton", "official", "Ohio"),
            ("growing faster", "Nigel Worsley", "other", "Calder"),
            ("fortunes of the city", "Carla Jennings", "official", "Toledo"),
            ("gone to Sheffield", "Derek Simms", "other", "Amicus"),
            ("raise the matter", "Angela Moss", "official", "Labour"),
            ("made sense", "Mark Rees", "analyst", "Panmure Brokers"),
        ],
    ),
]
