"""The tenth round of blind profile probes: fictional business and politics stories in wire style (a central bank
decision, a carmaker's results call, a merger blocked by a competition regulator, a logistics strike, a budget vote, a
court ruling on a drug maker, a credit-rating cut, an oil producers' meeting, a start-up funding round, a trade dispute
over steel wire), and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_tenth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation), written before
#: the stories were run. An affiliation left empty is not checked, as the scorer checks none. A central banker,
#: regulator, judge, legislator or budget officer is an official; an executive, a lawyer, a union leader or a venture
#: investor taking part in the deal is `other`; an economist, strategist, trader or analyst at a bank, brokerage or
#: consultancy commenting on markets is an analyst; a spokeswoman who is not named is unnamed.
STORIES = [
    (
        (
            "The National Bank of Poland said on Wednesday it had raised its main interest rate by 25 basis points to "
            "6.25 per cent, its third increase this year.",
            "Governor Adam Wierzbicki told a news conference in Warsaw that the bank was ready to raise rates again "
            "if wages kept climbing.",
            '"We will not let inflation take root," the governor said.',
            "Deputy governor Marta Kolasa, who voted against the rise, said in an interview with a local radio "
            "station that the economy was already cooling.",
            "Vistula Bank economist Piotr Nowicki said the decision surprised most of the market.",
            "Ewa Maj, chief economist at Baltica Securities in Warsaw, said she expected one more rise in the autumn.",
            "Finance Minister Jan Lipski told reporters that the government would keep its spending plans unchanged.",
        ),
        [
            ("25 basis points", "National Bank of Poland", "institution", ""),
            ("wages kept climbing", "Adam Wierzbicki", "official", "National Bank of Poland"),
            ("take root", "Adam Wierzbicki", "official", "National Bank of Poland"),
            ("already cooling", "Marta Kolasa", "official", "National Bank of Poland"),
            ("surprised most", "Piotr Nowicki", "analyst", "Vistula Bank"),
            ("one more rise", "Ewa Maj", "analyst", "Baltica Securities"),
            ("spending plans unchanged", "Jan Lipski", "official", ""),
        ],
    ),
    (
        (
            "Halvard Motors said on Tuesday that its quarterly profit fell 18 per cent as price cuts in China ate into "
            "its margins.",
            "Halvard's chief executive Lena Strand told analysts on a conference call that the company would not "
            "join a price war.",
            '"We would rather sell fewer cars than sell them at a loss," Strand said.',
            "Chief financial officer Rolf Dahl said the company expected margins to recover in the second half.",
            "Sara Lind, an analyst at Nordhavn Securities who rates the stock buy, said the results were weaker than "
            "expected but the guidance was reassuring.",
            "Johan Berg, a fund manager at Kestrel Asset Management, which holds Halvard shares, said investors were "
            "mostly worried about China.",
        ),
        [
            ("fell 18 per cent", "Halvard Motors", "institution", ""),
            ("price war", "Lena Strand", "other", "Halvard Motors"),
            ("at a loss", "Lena Strand", "other", "Halvard Motors"),
            ("recover in the second half", "Rolf Dahl", "other", "Halvard Motors"),
            ("guidance was reassuring", "Sara Lind", "analyst", "Nordhavn Securities"),
            ("worried about China", "Johan Berg", "analyst", "Kestrel Asset Management"),
        ],
    ),
    (
        (
            "Britain's Competition and Markets Authority on Friday blocked the planned 4.2 billion pound merger of two "
            "of the country's largest building materials suppliers, Ashgrove and Trent Supply.",
            "The regulator said the deal would leave builders in much of England with only one supplier of cement.",
            "Martin Coyle, who chaired the inquiry, said the companies' offer to sell 40 depots did not go far enough.",
            "Ashgrove said in a statement that it was disappointed and would consider an appeal.",
            "Trent Supply's chairman, David Holt, said the regulator had misread a market in which builders can buy "
            "from abroad.",
            "Helen Cruz, a competition lawyer at Marlow Finch, said appeals against the regulator's merger decisions "
            "rarely succeed.",
            '"The bar for overturning a decision like this is very high," Cruz said.',
        ),
        [
            ("only one supplier of cement", "Competition and Markets Authority", "institution", ""),
            ("40 depots", "Martin Coyle", "official", ""),
            ("consider an appeal", "Ashgrove", "institution", ""),
            ("buy from abroad", "David Holt", "other", "Trent Supply"),
            ("rarely succeed", "Helen Cruz", "other", "Marlow Finch"),
            ("very high", "Helen Cruz", "other", "Marlow Finch"),
        ],
    ),
    (
        (
            "More than 5,000 workers at Korvan Logistics walked off the job on Monday at depots across South Korea in "
            "a strike over pay and night shifts.",
            "Park Min-ho, president of the Korean Federation of Transport Workers, told a rally in Seoul that the "
            "strike would go on until the company returned to talks.",
            "A Korvan spokeswoman, who declined to be named because she was not authorised to speak to the media, "
            "said most deliveries were running on time.",
            "Labour Minister Kim Soo-jin said the government would step in if the strike threatened food supplies.",
            "The company said in a statement that its offer of a 5 per cent raise was fair.",
            "Lee Jae-won, a labour economist at Hanbit University, said the union had public opinion on its side.",
        ),
        [
            ("returned to talks", "Park Min-ho", "other", "Korean Federation of Transport Workers"),
            ("running on time", "", "unnamed", "Korvan"),
            ("threatened food supplies", "Kim Soo-jin", "official", ""),
            ("5 per cent raise", "Korvan Logistics", "institution", ""),
            ("public opinion", "Lee Jae-won", "analyst", "Hanbit University"),
        ],
    ),
    (
        (
            "Canada's House of Commons passed the minority government's budget by 171 votes to 160 on Tuesday after "
            "a week of talks with a smaller party.",
            "Finance Minister Claire Dubois told reporters on Parliament Hill that the budget would bring the deficit "
            "down by a third within two years.",
            "Conservative finance critic Mark Ellison said the government had hidden the true cost of its housing "
            "plan.",
            "Senator Diane Roy, who sits on the Senate finance committee, said the upper chamber would study the bill "
            "before the summer.",
            "Parliamentary budget officer Yves Gagnon said in a report that the deficit targets rested on optimistic "
            "forecasts of growth.",
            '"The numbers only work if nothing goes wrong," Gagnon told a Senate committee.',
        ),
        [
            ("down by a third", "Claire Dubois", "official", ""),
            ("true cost", "Mark Ellison", "official", "Conservative"),
            ("before the summer", "Diane Roy", "official", "Senate"),
            ("optimistic forecasts", "Yves Gagnon", "official", ""),
            ("nothing goes wrong", "Yves Gagnon", "official", ""),
        ],
    ),
    (
        (
            "A federal judge in Texas on Wednesday ordered Brightwater Pharma to pay $310 million to patients over the "
            "way it marketed its best-selling painkiller.",
            "U.S. District Judge Karen Whitlow said in her ruling that the company had known of the risk of addiction "
            "for years.",
            "Thomas Reed, a lawyer for Brightwater, said the company would appeal.",
            "Nina Alvarez, a lawyer for the patients at the firm Duarte Lowell, said the ruling should serve as a "
            "warning to other drug makers.",
            "Texas Attorney General Rob Kessler said his office would seek a further $50 million from the company "
            "under state law.",
            "Brightwater said in a statement that it had always followed the rules on how it marketed its drugs.",
        ),
        [
            ("risk of addiction", "Karen Whitlow", "official", ""),
            ("would appeal", "Thomas Reed", "other", ""),
            ("warning to other drug makers", "Nina Alvarez", "other", "Duarte Lowell"),
            ("further $50 million", "Rob Kessler", "official", "Texas"),
            ("followed the rules", "Brightwater Pharma", "institution", ""),
        ],
    ),
    (
        (
            "Kingsbridge Ratings lowered Hungary's credit rating by one notch to BBB- on Friday, saying the budget "
            "deficit would stay above 5 per cent of output through next year.",
            "The agency said in a statement that the government's plans to rein in spending lacked detail.",
            "Anna Keller, Kingsbridge's lead analyst for Hungary, said the outlook was stable, meaning no further cut "
            "was likely soon.",
            "Hungary's economy ministry said the decision did not reflect the country's strong growth.",
            "Gabor Nemes, a strategist at Danube Capital in Budapest, said the forint could weaken further.",
        ),
        [
            ("above 5 per cent", "Kingsbridge Ratings", "institution", ""),
            ("lacked detail", "Kingsbridge Ratings", "institution", ""),
            ("outlook was stable", "Anna Keller", "analyst", "Kingsbridge"),
            ("strong growth", "Hungary's economy ministry", "institution", ""),
            ("weaken further", "Gabor Nemes", "analyst", "Danube Capital"),
        ],
    ),
    (
        (
            "Oil prices rose more than 2 per cent on Monday after the Organization of the Petroleum Exporting "
            "Countries said it would keep its output cuts in place until the end of the year.",
            "Saudi Energy Minister Prince Khalid bin Nasser told reporters in Vienna that the market still needed "
            "support.",
            "Iraq's oil minister, Hayan Abdul-Karim, said Baghdad would stick to its quota.",
            "Tom Fairley, a crude trader at Meridian Commodities in London, said the decision had been expected but "
            "the wording was firmer than usual.",
            "Priya Shah, head of commodities research at Lyall Bank, said prices could reach $95 a barrel by winter.",
            '"Supply is tighter than the market thinks," Shah said.',
        ),
        [
            ("output cuts in place", "Organization of the Petroleum Exporting Countries", "institution", ""),
            ("still needed support", "Khalid bin Nasser", "official", "Saudi Arabia"),
            ("stick to its quota", "Hayan Abdul-Karim", "official", "Iraq"),
            ("firmer than usual", "Tom Fairley", "analyst", "Meridian Commodities"),
            ("$95 a barrel", "Priya Shah", "analyst", "Lyall Bank"),
            ("tighter than the market", "Priya Shah", "analyst", "Lyall Bank"),
        ],
    ),
    (
        (
            "Lumora, a Berlin start-up that makes software for managing fleets of electric vans, said on Thursday it "
            "had raised 60 million euros in a funding round led by Northgate Ventures.",
            "Lumora co-founder and chief executive Jonas Weber said the money would pay for expansion into France and "
            "Spain.",
            "Northgate Ventures partner Claire Moreau, who will join Lumora's board, said fleet software was one of "
            "the few parts of the car industry still growing fast.",
            '"Every delivery company in Europe will need this," Weber said.',
            "Maria Santos, a partner at the consultancy Veldt Partners who tracks European venture funding, said "
            "investors had grown pickier but still backed firms with paying customers.",
        ),
        [
            ("60 million euros", "Lumora", "institution", ""),
            ("France and Spain", "Jonas Weber", "other", "Lumora"),
            ("still growing fast", "Claire Moreau", "other", "Northgate Ventures"),
            ("Every delivery company", "Jonas Weber", "other", "Lumora"),
            ("paying customers", "Maria Santos", "analyst", "Veldt Partners"),
        ],
    ),
    (
        (
            "The United States will impose duties of up to 35 per cent on steel wire from three countries, the Office "
            "of the U.S. Trade Representative said on Tuesday.",
            "Trade Representative Laura Bishop said in a statement that foreign producers had sold the wire below "
            "cost for years.",
            "Mexico's economy ministry said it would challenge the duties at the World Trade Organization.",
            "The American Wire Producers Association, which represents 40 mills, said the duties would save "
            "thousands of jobs.",
            "Its president, Gary Novak, said the mills had lost a third of their market in five years.",
            "Elena Park, a senior fellow at the Harlow Institute for International Economics, said the duties would "
            "raise costs for builders and carmakers.",
        ),
        [
            ("35 per cent", "Office of the U.S. Trade Representative", "institution", ""),
            ("below cost", "Laura Bishop", "official", ""),
            ("challenge the duties", "Mexico's economy ministry", "institution", ""),
            ("thousands of jobs", "American Wire Producers Association", "institution", ""),
            ("a third of their market", "Gary Novak", "other", "American Wire Producers Association"),
            ("builders and carmakers", "Elena Park", "analyst", "Harlow Institute for International Economics"),
        ],
    ),
]
