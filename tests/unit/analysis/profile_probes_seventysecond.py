"""The seventy-second round of blind profile probes: fictional stories of brewers, distillers, alcohol excise taxes and
health warning labels as the wires, the financial press and trade publications write them (no earlier round had this
subject: the eighth had one brewer's results and a bid approach among British business and politics news): a Dutch
brewer's results with the brewer as itself, its chief executive on a call, "Kalverhaven's chief financial officer Y"
without commas, a beverages analyst at a brokerage, "Y, head of consumer research at Z", a fund manager, "The
company's spokesman", a brewers' federation as itself and the chief executive again under his surname; a health
ministry's cancer warning labels with the ministry as itself and "The ministry said" after it was named, a health
minister, a European health commissioner, a distillers' alliance as itself and "The alliance's president, X", a
public-health researcher at a university, another country's agriculture minister, a commission spokeswoman not named
and the minister again under her surname; a tariff row over American whiskey with the European Union as itself, a
trade representative, a trade commissioner, a whiskey makers' guild as itself and "Its chief executive, X", a senator
on the finance committee, a distiller as itself, a beverage analyst and an official not named; a beer excise rise
with a tax office as itself and "The tax office said", a treasurer, a beer makers' council as itself and "The
council's chief executive, X", a senator on an economics committee, "X's chief executive Y" of a pub group, a
researcher at an alcohol studies institute and a head of consumer research; a distiller's results with the distiller
as itself, "Its chief financial officer, X" on a call, its chief executive, a malt producers' association as itself,
a commerce ministry as itself, a rating agency's senior director, a brokerage analyst and a spokeswoman not named;
and a beer excise rise in Thailand with the excise department as itself and "The department's director-general, X",
a finance minister, a brewer as itself and "Its chief executive, X", a public-health researcher, a consumer analyst
at a brokerage, a lawmaker on a finance committee and an official not named), and for each quote the speaker, kind
and affiliation written before the stories were run (test_profiles_blind_probes_seventysecond.py).
Blind:
8 wrong of 56. By pattern: "Chief Executive X told analysts on a conference call" found as `institution` (1) and his
surname after it as `institution` under the surname alone (missed and extra: 2); "Treasurer X said" found under
"Treasurer X" as `other` (missed and extra: 2); "The council's chief executive, X" after a beer makers' council found
as `official` (1); "Thailand's Excise Department said" found without its country (missed and extra: 2).
After the mends: 0 (see test_profiles_blind_probes_seventysecond.py for the steps)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a health minister, a European commissioner, an agriculture minister, a trade representative, a
#: treasurer, a finance minister, an excise department's director-general, senators and lawmakers are `official`;
#: brewers', distillers' and a pub group's executives and the heads of trade bodies are `other`; beverage and
#: consumer analysts at brokerages and research firms, a fund manager, public-health researchers and a rating agency's
#: senior director are `analyst`; a spokesman or spokeswoman who is not named and officials who are not named are
#: `unnamed`; brewers, distillers, ministries, a tax office, an excise department, the European Union and trade bodies
#: speaking as themselves are an `institution` under the fullest name the article gives them. "Its chief executive"
#: is tied to the body named just before; "The ministry said", "The tax office said", "The alliance's", "The
#: council's" and "The department's" are the body named before.
STORIES = [
    (
        (
            "AMSTERDAM, July 29 (Reuters) - Dutch brewer Kalverhaven Group said on Wednesday its first-half operating "
            "profit fell 8 percent as drinkers in Europe cut back and higher beer duties in Britain hit the volumes it "
            "sold there.",
            "Chief Executive Maarten Oosterwijk-Dahl told analysts on a conference call that the company would raise "
            "prices again in the autumn to make up for the cost of cans and barley.",
            "Kalverhaven's chief financial officer Liesbeth Van Rensen-Ohta said savings from closing two breweries "
            "would reach 300 million euros a year by 2028.",
            "Tobias Wrenfield, a beverages analyst at the brokerage Castlemoor Lyle, said the price rises were "
            "starting to cost the brewer more drinkers than they brought in.",
            "Priya Anand-Sorell, head of consumer research at Quillfield Research, said younger Europeans were "
            "drinking less beer and more alcohol-free drinks than any generation before them.",
            "Henrik Aastrup-Bell, who runs a consumer staples fund at Norrholm Asset Management, said he had sold "
            "half of his Kalverhaven shares this year.",
            "The company's spokesman said there were no plans to close more breweries in the Netherlands.",
            "The European Brewing Federation, which speaks for brewers in 28 countries, said duty rises across the "
            "continent had cost the industry 40,000 jobs in five years.",
            "Oosterwijk-Dahl said sales of the group's alcohol-free lager had grown by a quarter in the half.",
        ),
        [
            ("operating profit fell", "Kalverhaven Group", "institution", ""),  # the brewer as itself
            ("raise prices again", "Maarten Oosterwijk-Dahl", "other", ""),  # chief executive, on a call
            ("300 million euros", "Liesbeth Van Rensen-Ohta", "other", "Kalverhaven"),  # "Kalverhaven's CFO Y"
            ("more drinkers", "Tobias Wrenfield", "analyst", "Castlemoor Lyle"),  # brokerage beverages analyst
            (
                "alcohol-free drinks",
                "Priya Anand-Sorell",
                "analyst",
                "Quillfield Research",
            ),  # head of consumer research
            ("sold half", "Henrik Aastrup-Bell", "analyst", "Norrholm Asset Management"),  # fund manager
            ("no plans to close", "", "unnamed", ""),  # the company's spokesman, not named
            ("40,000 jobs", "European Brewing Federation", "institution", ""),  # the federation as itself
            ("grown by a quarter", "Maarten Oosterwijk-Dahl", "other", ""),  # his surname alone
        ],
    ),
    (
        (
            "DUBLIN, May 22 (Reuters) - Ireland's health ministry said on Friday that from 2028 every bottle and can "
            "of alcohol sold in the country must carry a label warning that drinking causes cancer and liver disease.",
            "Health Minister Fionnuala Garraghty-Rowe said drinkers had a right to know what the industry had kept "
            "off its labels for decades.",
            "The ministry said shops would have two years to sell off stock bought before the rule took effect.",
            "EU Health Commissioner Ondrej Vasilakis-Horn told reporters in Brussels that the Irish rule did not "
            "breach the bloc's single market laws.",
            "The Atlantic Distillers Alliance, which represents 60 whiskey and gin makers, said the labels would "
            "scare away tourists and cost small distilleries their export orders.",
            "The alliance's president, Declan Moriarty-Fenn, said his members would have to print separate labels "
            "for Ireland and for every other market.",
            "Aoife Brennan-Stolz, a public-health researcher at Corrib University, said the warnings on tobacco "
            "packs had shown that words and pictures could change what people buy.",
            "Italian Agriculture Minister Lorenzo Bassanelli-Orsi said the labels were a trade barrier dressed up "
            "as a health measure and would hurt Italian wine.",
            "A Commission spokeswoman said the bloc was still working on its own labelling plan and would not wait "
            "for Ireland.",
            "Garraghty-Rowe said she would not delay the rule for any lobby.",
        ),
        [
            ("causes cancer", "Ireland's health ministry", "institution", ""),  # the ministry as itself
            ("right to know", "Fionnuala Garraghty-Rowe", "official", ""),  # health minister
            ("two years to sell off", "Ireland's health ministry", "institution", ""),  # "The ministry said"
            ("single market laws", "Ondrej Vasilakis-Horn", "official", ""),  # European commissioner
            ("scare away tourists", "Atlantic Distillers Alliance", "institution", ""),  # the alliance as itself
            ("separate labels", "Declan Moriarty-Fenn", "other", "Atlantic Distillers Alliance"),  # "The alliance's"
            ("words and pictures", "Aoife Brennan-Stolz", "analyst", "Corrib University"),  # public-health researcher
            ("dressed up", "Lorenzo Bassanelli-Orsi", "official", ""),  # another country's agriculture minister
            ("own labelling plan", "", "unnamed", ""),  # a spokeswoman, not named
            ("any lobby", "Fionnuala Garraghty-Rowe", "official", ""),  # her surname alone
        ],
    ),
    (
        (
            "BRUSSELS/WASHINGTON, March 12 (Reuters) - The European Union said on Thursday it would put a 50 percent "
            "tariff on American whiskey from June 1 unless Washington dropped its new duties on European steel.",
            "U.S. Trade Representative Caldwell Ashbrook-Nunez said the threat would not change the "
            "administration's steel policy and that any tariff on whiskey would be met in kind.",
            "EU Trade Commissioner Margit Soelberg-Hartl said the bloc preferred talks but had to show it would "
            "defend its steelmakers.",
            "The American Craft Whiskey Guild said small distillers could lose their largest export market within "
            "weeks.",
            "Its chief executive, Carter Pelligrew-Haas, said the last whiskey tariff had cut American exports to "
            "Europe by a fifth in a single year.",
            "Senator Wendell Marchbanks, a Kentucky Republican who sits on the Senate Finance Committee, said "
            "bourbon makers should not pay for a fight about steel.",
            "Hollow Creek Distilling, which sells about a fifth of its bourbon in Europe, said it had shipped extra "
            "barrels to its Dutch warehouse ahead of the deadline.",
            "Oksana Rivera-Thorne, a beverage analyst at Stanbury Capital Markets, said the big distillers could "
            "shift sales to Asia but the small ones had nowhere else to go.",
            "A European Commission official, who asked not to be named, said the list of goods could still be "
            "changed before June.",
            "Ashbrook-Nunez said he would meet his European counterpart in Geneva next week.",
        ),
        [
            ("50 percent tariff", "European Union", "institution", ""),  # the bloc as itself
            ("met in kind", "Caldwell Ashbrook-Nunez", "official", ""),  # trade representative
            ("defend its steelmakers", "Margit Soelberg-Hartl", "official", ""),  # trade commissioner
            ("largest export market", "American Craft Whiskey Guild", "institution", ""),  # the guild as itself
            ("by a fifth", "Carter Pelligrew-Haas", "other", "American Craft Whiskey Guild"),  # "Its chief executive"
            ("fight about steel", "Wendell Marchbanks", "official", ""),  # senator on the finance committee
            ("extra barrels", "Hollow Creek Distilling", "institution", ""),  # the distiller as itself
            ("nowhere else to go", "Oksana Rivera-Thorne", "analyst", "Stanbury Capital Markets"),  # beverage analyst
            ("list of goods", "", "unnamed", ""),  # an official, not named
            ("Geneva next week", "Caldwell Ashbrook-Nunez", "official", ""),  # his surname alone
        ],
    ),
    (
        (
            "SYDNEY, Feb 3 (Reuters) - The Australian Taxation Office said on Monday that excise on draught beer "
            "would rise 3.4 percent from March under the twice-yearly indexation of alcohol duties to inflation.",
            "Treasurer Brigid Callander-Moss said the government had already frozen draught beer excise once and "
            "could not afford to do it again.",
            "The Australian Beer Makers Council said a schooner of beer in a pub would soon cost more than 15 "
            "dollars in some cities.",
            "The council's chief executive, Lachlan Dorrigo-Hayes, said a third of the price of a beer was now tax.",
            "Independent Senator Tamsin Ollerenshaw-Kidd, who sits on the Senate economics committee, said she "
            "would move a bill to scrap the indexation for small brewers.",
            "Bluegum Hotels Group's chief executive Rhys Tanaka-Flood said pubs in country towns were closing at a "
            "rate of one a week.",
            "Meredith Yarrowby, a researcher at the Kestrel Institute for Alcohol Studies, said higher prices were "
            "one of the few measures shown to cut heavy drinking.",
            "Sanjay Whitlow-Ng, head of consumer research at Barraclough Partners, said drinkers were buying cheaper "
            "beer at bottle shops and drinking at home.",
            "The tax office said brewers would have to lodge their first returns at the new rate by the end of April.",
        ),
        [
            ("3.4 percent", "Australian Taxation Office", "institution", ""),  # the tax office as itself
            ("frozen draught beer excise", "Brigid Callander-Moss", "official", ""),  # treasurer
            ("15 dollars", "Australian Beer Makers Council", "institution", ""),  # the council as itself
            ("a third of the price", "Lachlan Dorrigo-Hayes", "other", "Australian Beer Makers Council"),  # "council's"
            ("scrap the indexation", "Tamsin Ollerenshaw-Kidd", "official", ""),  # senator on a committee
            ("one a week", "Rhys Tanaka-Flood", "other", "Bluegum Hotels Group"),  # "X's chief executive Y"
            ("heavy drinking", "Meredith Yarrowby", "analyst", "Kestrel Institute for Alcohol Studies"),  # researcher
            ("cheaper beer", "Sanjay Whitlow-Ng", "analyst", "Barraclough Partners"),  # head of consumer research
            ("first returns", "Australian Taxation Office", "institution", ""),  # "The tax office said"
        ],
    ),
    (
        (
            "LONDON, Nov 6 (Reuters) - Spirits maker Glenmorrow Distillers said on Thursday its net sales fell 6 "
            "percent in the first quarter as American bars cut their stocks of Scotch and tariffs in India stayed "
            "high.",
            "Its chief financial officer, Fraser Lindqvist-Beattie, told analysts on a call that the company would "
            "cut its spending on new casks by a quarter until demand recovered.",
            "Chief Executive Alasdair Keppoch-Ruiz said the company still expected to grow sales again in the second "
            "half of the year.",
            "The Highland Malt Producers Association said whisky exports had fallen for the third year in a row.",
            "India's commerce ministry said talks on cutting the 150 percent duty on imported whisky would resume in "
            "January.",
            "Camille Ostrander, a senior director at the rating agency Fenwright Ratings, said Glenmorrow's debt "
            "was high for a company whose sales were shrinking.",
            "Gideon Farrant-Osei, an analyst at Bexley Muir Securities, said the quarter was the weakest he had seen "
            "from the company in ten years.",
            "A Glenmorrow spokeswoman said the company had no plans to sell any of its distilleries.",
            "Lindqvist-Beattie said stocks of maturing whisky were worth more than 6 billion pounds.",
        ),
        [
            ("net sales fell", "Glenmorrow Distillers", "institution", ""),  # the distiller as itself
            ("new casks", "Fraser Lindqvist-Beattie", "other", "Glenmorrow Distillers"),  # "Its CFO, X" on a call
            ("grow sales again", "Alasdair Keppoch-Ruiz", "other", ""),  # chief executive
            ("third year in a row", "Highland Malt Producers Association", "institution", ""),  # association as itself
            ("150 percent duty", "India's commerce ministry", "institution", ""),  # the ministry as itself
            ("debt was high", "Camille Ostrander", "analyst", "Fenwright Ratings"),  # rating agency senior director
            ("weakest he had seen", "Gideon Farrant-Osei", "analyst", "Bexley Muir Securities"),  # brokerage analyst
            ("sell any of its distilleries", "", "unnamed", ""),  # a spokeswoman, not named
            ("6 billion pounds", "Fraser Lindqvist-Beattie", "other", ""),  # his surname alone
        ],
    ),
    (
        (
            "BANGKOK, Sept 15 (Reuters) - Thailand's Excise Department said on Tuesday it would raise the tax on "
            "beer by 10 percent from January and tie the rate more closely to alcohol content.",
            "The department's director-general, Kanokwan Thepsiri, said the change would bring in about 9 billion "
            "baht a year.",
            "Finance Minister Pichit Rattanakorn said part of the money would go to hospitals treating liver disease.",
            "Siam Lotus Brewery, the country's second-largest brewer, said it would pass the full cost on to drinkers.",
            "Its chief executive, Thanawat Meekhun, said strong beers would be hit hardest and that the brewery "
            "would push its lighter brands.",
            "Kasem Charoensuk, a public-health researcher at Chao Phraya University, said the tax should rise "
            "every year so that beer did not become cheaper as wages grew.",
            "Nattaporn Ueda-Kwan, a consumer analyst at Phraya Capital Securities, said brewers' shares had already "
            "priced in a bigger increase.",
            "Opposition lawmaker Kittipong Sae-Lim, who sits on the House finance committee, said the tax would "
            "push drinkers towards illegal liquor.",
            "A finance ministry official, who declined to be named because the plan was not yet final, said the "
            "rate for wine might be changed too.",
        ),
        [
            ("10 percent", "Thailand's Excise Department", "institution", ""),  # the department as itself
            ("9 billion baht", "Kanokwan Thepsiri", "official", "Excise Department"),  # "The department's" DG
            ("liver disease", "Pichit Rattanakorn", "official", ""),  # finance minister
            ("full cost", "Siam Lotus Brewery", "institution", ""),  # the brewer as itself
            ("lighter brands", "Thanawat Meekhun", "other", "Siam Lotus Brewery"),  # "Its chief executive"
            ("wages grew", "Kasem Charoensuk", "analyst", "Chao Phraya University"),  # public-health researcher
            ("priced in", "Nattaporn Ueda-Kwan", "analyst", "Phraya Capital Securities"),  # consumer analyst
            ("illegal liquor", "Kittipong Sae-Lim", "official", ""),  # a lawmaker on a finance committee
            ("rate for wine", "", "unnamed", ""),  # an official, not named
        ],
    ),
]
