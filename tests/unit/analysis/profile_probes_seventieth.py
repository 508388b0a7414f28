"""The seventieth round of blind profile probes: fictional stories of property developers, real-estate debt and housing
markets as the wires and the financial press write them (no earlier round had this subject: the thirty-fourth had one
housing market report among labour news and the forty-first a city council's housing vote): a Chinese developer's
missed bond coupon with the developer as itself, "Jadecrest's chief financial officer, X", "X, head of Asia property
research at Y", a group of bondholders, "The developer's spokeswoman", a fund manager, a rating agency as itself and
"Its lead analyst for the company, X"; a Hong Kong court's winding-up order with the judge, a court-appointed liquidator
of an accountancy firm, the developer as itself under its short name, "Its chairman, X", a lawyer for the petitioner,
a rating agency's senior director, China's housing ministry and a person close to the company; a central bank's
financial stability report on commercial property with the bank as itself, its deputy governor, an indebted landlord
as itself and "Its chief executive, X", a property consultancy's head of research, a supervisory authority named and
then "The regulator said", a minister and a bank's credit analyst; a housing ministry's fund for stalled flats with the
ministry as itself, the housing minister, the president of a homebuyers' association, a buyer, a developer as itself
and "The developer's managing director, X", a consultancy's director of research and an official not named; a German
developer's insolvency with the developer as "the company", the court-appointed insolvency administrator, a mayor
given as "Hamburg's mayor, X", "Aldermark's founder, X", a lending bank as itself, a brokerage analyst, a construction
union as itself and "its regional head, X"; a US office landlord's loan default with the landlord as itself, its
chief executive on a call, a rating agency's director, a special servicer given as "The loan's special servicer, Y",
a consultancy's head of office research, "The company's spokesman", a city comptroller and a fund manager), and for
each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_seventieth.py).
Blind:
18 wrong of 54. By pattern: "Its lead analyst for the company, X" after a rating agency found as an unnamed source
(2); "X, of the accountancy firm Y, who was appointed liquidator by the court, said" found as an institution under the
surname (4 with his surname alone); "Y, one of the most indebted listed landlords, said" found as `other` (1) and "Its
chief executive, X" after it with no affiliation (1); a reported quote's sentence cut at "for now but that" (2); the
president of a homebuyers' forum found as an analyst (1) and "which says it represents" an extra quote (1); "The
developer's managing director, X" with no affiliation (1); "The insolvency administrator appointed by the Hamburg
district court, X, said" found as an unnamed source (2); "The loan's special servicer, Y, said" found as `other` (1);
"New York City Comptroller X" found as `other` (1); "told analysts on a conference call, saying" cut in two (1).
A gold slip mended after the run: "which says it represents 40,000 buyers" is the forum's quote (17 wrong of 55).
After the mends: 10 (see test_profiles_blind_probes_seventieth.py for the steps)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a judge, a deputy governor, ministers, a mayor and a city comptroller are `official`;
#: developers', landlords' and a bank's executives, a named court-appointed liquidator or insolvency administrator, a
#: lawyer, the president of a homebuyers' association, a homebuyer and a union's regional head are `other`; a head of
#: property research at a brokerage, a consultancy's head or director of research, a rating agency's analyst or
#: director, a bank's credit analyst and fund managers are `analyst`; a group of bondholders, a spokeswoman or spokesman
#: who is not named, a person close to a company and an official who declined to be named are `unnamed`; a developer,
#: a landlord, a rating agency, a ministry, a central bank, a supervisory authority, a bank, a loan servicer and a union
#: speaking as themselves are an `institution` under the fullest name the article gives them. "Its chief executive" is
#: tied to the body named just before; "The regulator said" is the body named before.
STORIES = [
    (
        (
            "HONG KONG, Feb 12 (Reuters) - Chinese property developer Jadecrest Holdings said on Thursday it had "
            "failed to pay 38 million dollars of interest due on its offshore bonds and did not expect to make the "
            "payment within the 30-day grace period.",
            "Jadecrest's chief financial officer, Tsui Ka-lok, said the developer had hired advisers to draw up a plan "
            "to restructure all 6.4 billion dollars of its offshore debt.",
            "Bernadette Ashcombe-Lyle, head of Asia property research at Harrowgate Securities, said the developer's "
            "contracted sales had fallen by more than half in January as buyers shunned projects they feared would "
            "never be finished.",
            "A group of bondholders holding more than a quarter of the notes said in a statement that it had not been "
            "consulted and would consider all options to protect its claims.",
            "The developer's spokeswoman said Jadecrest would keep handing over finished flats to buyers on the "
            "mainland.",
            "Oskar Lindqvist-Mahe, who manages an Asian high-yield bond fund at Perrimont Asset Management, said "
            "holders of the bonds could recover less than 10 cents on the dollar in a restructuring.",
            "Rating agency Halvard Credit said it had cut Jadecrest to restricted default after the missed payment.",
            "Its lead analyst for the company, Priya Venkataraman-Holt, said the developer's cash would cover less "
            "than three months of its construction costs.",
            "Tsui said the company's bonds sold in the mainland were not affected.",
        ),
        [
            ("30-day grace period", "Jadecrest Holdings", "institution", ""),  # the developer as itself
            ("restructure all", "Tsui Ka-lok", "other", "Jadecrest"),  # "Jadecrest's chief financial officer"
            ("contracted sales", "Bernadette Ashcombe-Lyle", "analyst", "Harrowgate Securities"),  # head of research
            ("protect its claims", "", "unnamed", ""),  # a group of bondholders
            ("finished flats", "", "unnamed", ""),  # the developer's spokeswoman, not named
            ("10 cents on the dollar", "Oskar Lindqvist-Mahe", "analyst", "Perrimont Asset Management"),  # fund manager
            ("restricted default", "Halvard Credit", "institution", ""),  # the rating agency as itself
            ("three months", "Priya Venkataraman-Holt", "analyst", "Halvard Credit"),  # "Its lead analyst"
            ("not affected", "Tsui Ka-lok", "other", ""),  # his surname alone
        ],
    ),
    (
        (
            "HONG KONG, Jan 29 (Reuters) - A Hong Kong court on Monday ordered the liquidation of Chinese developer "
            "Fenghua Garden Holdings, 20 months after a creditor first asked for it to be wound up.",
            "Justice Margaret Leung-Hollis said the company had come to court again and again with nothing but "
            "promises, and that its creditors were entitled to lose patience.",
            "Aldous Pryce-Menon, of the accountancy firm Thornleigh Partners, who was appointed liquidator by the "
            "court, said he would seek control of the company's offshore subsidiaries as soon as possible.",
            "Fenghua said in a filing to the Hong Kong stock exchange that the order would not affect its business in "
            "mainland China, where most of its assets are.",
            "Its chairman, Lo Kin-wah, said in a letter to staff that the company would appeal.",
            "Ruth Abernathy-Cole, a partner at the law firm Ostrander Vail, which acts for the creditor that brought "
            "the petition, said her client had waited long enough for a deal that never came.",
            "Dmitri Vasquez-Orlov, a senior director at the rating agency Calbrook Ratings, said the ruling showed "
            "that Hong Kong judges would no longer grant endless delays to developers.",
            "China's housing ministry said on its website that local governments must make sure that homes sold "
            "before completion were delivered to buyers.",
            "A person close to the company said talks with a state-owned developer about taking over some projects had "
            "stalled.",
            "Pryce-Menon said creditors should not expect a quick recovery of their money.",
        ),
        [
            ("nothing but promises", "Margaret Leung-Hollis", "official", ""),  # a judge
            ("offshore subsidiaries", "Aldous Pryce-Menon", "other", "Thornleigh Partners"),  # the liquidator
            ("mainland China", "Fenghua Garden Holdings", "institution", ""),  # "Fenghua said", the developer
            ("would appeal", "Lo Kin-wah", "other", "Fenghua"),  # "Its chairman"
            ("waited long enough", "Ruth Abernathy-Cole", "other", "Ostrander Vail"),  # a lawyer for the petitioner
            ("endless delays", "Dmitri Vasquez-Orlov", "analyst", "Calbrook Ratings"),  # rating agency director
            ("sold before completion", "China's housing ministry", "institution", ""),  # the ministry as itself
            ("state-owned developer", "", "unnamed", ""),  # a person close to the company
            ("quick recovery", "Aldous Pryce-Menon", "other", ""),  # his surname alone
        ],
    ),
    (
        (
            "STOCKHOLM, May 20 (Reuters) - Sweden's central bank warned on Wednesday that falling commercial property "
            "prices could leave some landlords unable to refinance their debts, in its twice-yearly financial "
            "stability report.",
            "Deputy Governor Annika Strandholm-Vey said banks had enough capital to absorb losses on property loans, "
            "but that landlords who borrowed on the bond market were more exposed.",
            "Kvarnholm Fastigheter, one of the most indebted listed landlords, said it had agreed to sell 14 office "
            "buildings to a pension fund to cut its debt.",
            "Its chief executive, Johan Ekstedt-Moller, said the price was close to the book value of the buildings, "
            "which showed the company's valuations were sound.",
            "Linnea Hagberg-Sato, head of research at property consultancy Norrvik Advisers in Stockholm, said office "
            "rents had held up but higher interest costs had wiped out most landlords' profit growth.",
            "The Financial Supervisory Authority, which oversees the country's banks, said it would raise the capital "
            "banks must hold against loans to commercial property.",
            "The regulator said the change would take effect in a year to give lenders time to adjust.",
            "Financial Markets Minister Petra Lundell-Ocampo said the government had no plans to support landlords.",
            "Mattias Orrefors-Blom, a credit analyst at Saltsjo Enskilda Bank, said the sale would ease the pressure "
            "on Kvarnholm for now but that it still had large bond maturities next year.",
        ),
        [
            ("unable to refinance", "Sweden's central bank", "institution", ""),  # the central bank as itself
            ("absorb losses", "Annika Strandholm-Vey", "official", ""),  # deputy governor
            ("14 office buildings", "Kvarnholm Fastigheter", "institution", ""),  # the landlord as itself
            ("book value", "Johan Ekstedt-Moller", "other", "Kvarnholm Fastigheter"),  # "Its chief executive"
            ("rents had held up", "Linnea Hagberg-Sato", "analyst", "Norrvik Advisers"),  # consultancy head of research
            ("raise the capital", "Financial Supervisory Authority", "institution", ""),  # the regulator as itself
            ("time to adjust", "Financial Supervisory Authority", "institution", ""),  # "The regulator said"
            ("no plans to support", "Petra Lundell-Ocampo", "official", ""),  # a minister
            ("large bond maturities", "Mattias Orrefors-Blom", "analyst", "Saltsjo Enskilda Bank"),  # credit analyst
        ],
    ),
    (
        (
            "NEW DELHI, Aug 18 (Reuters) - India's housing ministry said on Monday it would set up a 2.5 billion "
            "dollar fund to finish stalled apartment projects, after tens of thousands of buyers who paid for homes "
            "years ago were left waiting for them.",
            "Housing Minister Raghav Deshmane told reporters the fund would lend only to projects that were at least "
            "60 percent built.",
            "Sunita Kapadiwala, president of the Forum for Stranded Homebuyers, which says it represents 40,000 buyers "
            "in the capital region, said the fund was too small and had come too late.",
            '"We have paid rent and a home loan at the same time for seven years," said Arvind Moolchandani, a '
            "schoolteacher who bought a flat in 2018 in a project in Noida that is still unfinished.",
            "Sarvottam Buildcon, which has 12 unfinished towers in Greater Noida, said it would apply to the fund as "
            "soon as it opened.",
            "The developer's managing director, Harish Bhandarkar, said work had stopped because banks had refused to "
            "lend more to the projects.",
            "Meera Thakkerwal, director of research at property consultancy Pillarstone Realty Advisors, said sales of "
            "unfinished flats had fallen sharply as buyers preferred homes that were ready to move into.",
            "An official at the ministry, who declined to be named, said the first loans would be made by December.",
            "Deshmane said developers that took money from the fund would have to hand over flats within three years.",
        ),
        [
            ("2.5 billion dollar fund", "India's housing ministry", "institution", ""),  # the ministry as itself
            ("60 percent built", "Raghav Deshmane", "official", ""),  # housing minister
            ("40,000 buyers", "Forum for Stranded Homebuyers", "institution", ""),  # "which says": set after the run
            ("too small", "Sunita Kapadiwala", "other", "Forum for Stranded Homebuyers"),  # president, buyers' body
            ("seven years", "Arvind Moolchandani", "other", ""),  # a homebuyer
            ("apply to the fund", "Sarvottam Buildcon", "institution", ""),  # the developer as itself
            (
                "refused to lend",
                "Harish Bhandarkar",
                "other",
                "Sarvottam Buildcon",
            ),  # "The developer's managing director"
            (
                "ready to move into",
                "Meera Thakkerwal",
                "analyst",
                "Pillarstone Realty Advisors",
            ),  # director of research
            ("by December", "", "unnamed", ""),  # an official who declined to be named
            ("within three years", "Raghav Deshmane", "official", ""),  # his surname alone
        ],
    ),
    (
        (
            "BERLIN, Nov 3 (Reuters) - German property developer Aldermark Projektbau has filed for insolvency, "
            "leaving half-built office towers in Hamburg and Frankfurt and about 1.8 billion euros of debt, the "
            "company said on Friday.",
            "The insolvency administrator appointed by the Hamburg district court, Till Brennecke-Ostwald, said he "
            "would look for buyers for the unfinished projects and keep the building sites secure over the winter.",
            "Hamburg's mayor, Henrike Voss-Altmann, said the city would not pay to finish a private tower but would "
            "talk to any investor willing to complete it.",
            "Aldermark's founder, Konrad Lessing-Haupt, said rising interest rates and building costs had made the "
            "projects impossible to finance.",
            "Rheinhafen Bank, which is owed about 400 million euros, said it had already set aside provisions to cover "
            "most of its loans to the developer.",
            "Jonas Wiedemeyer, a real estate analyst at the brokerage Kessler Lowitz Research, said other developers "
            "that had bought land at peak prices in 2021 faced the same squeeze.",
            "The construction union Bauwerk Solidar said about 600 workers on the developer's sites had not been paid "
            "for October.",
            '"These men poured the concrete, and they will be the last to see a cent," its regional head, Dragan '
            "Pavlovic-Emde, said.",
            "Brennecke-Ostwald said the developer's rental buildings, which are fully let, were not part of the "
            "insolvency.",
        ),
        [
            ("1.8 billion euros", "Aldermark Projektbau", "institution", ""),  # "the company said", the developer
            ("building sites secure", "Till Brennecke-Ostwald", "other", ""),  # insolvency administrator
            ("private tower", "Henrike Voss-Altmann", "official", ""),  # Hamburg's mayor
            ("impossible to finance", "Konrad Lessing-Haupt", "other", "Aldermark"),  # "Aldermark's founder"
            ("set aside provisions", "Rheinhafen Bank", "institution", ""),  # the lending bank as itself
            ("peak prices", "Jonas Wiedemeyer", "analyst", "Kessler Lowitz Research"),  # brokerage analyst
            ("600 workers", "Bauwerk Solidar", "institution", ""),  # the union as itself
            ("poured the concrete", "Dragan Pavlovic-Emde", "other", "Bauwerk Solidar"),  # "its regional head"
            ("fully let", "Till Brennecke-Ostwald", "other", ""),  # his surname alone
        ],
    ),
    (
        (
            "NEW YORK, April 8 (Reuters) - Office landlord Graylock Tower Trust said on Tuesday it had stopped paying "
            "a 410 million dollar loan on a Manhattan office building and would hand the property to its lenders.",
            '"We are not going to put good money after bad," chief executive Marcus Delacroix-Penn told analysts on a '
            "conference call, saying the building was less than half leased.",
            "Shauna Okafor-Brandt, a director at the rating agency Tillmore Ratings, said about 11 percent of office "
            "loans bundled into commercial mortgage bonds were now late on payments, the highest share in a decade.",
            "The loan's special servicer, Quillmark Servicing, said it would appoint a receiver to run the building "
            "while it decided whether to sell it.",
            "Ines Carrow-Whitby, head of U.S. office research at property consultancy Bellweather Frost, said vacancy "
            "in older Manhattan towers had risen to almost a quarter of their space.",
            "The company's spokesman said Graylock had no other loans due this year.",
            "New York City Comptroller Raymond Oyelaran-Fisk said falling office values would cut the city's property "
            "tax revenue by hundreds of millions of dollars.",
            "Peter Szabo-Lindell, who manages a real estate debt fund at Hightide Capital, said lenders were now "
            "more willing to take buildings back than to extend loans.",
            "Delacroix-Penn said the company's newer buildings were almost fully leased.",
        ),
        [
            ("hand the property", "Graylock Tower Trust", "institution", ""),  # the landlord as itself
            ("good money after bad", "Marcus Delacroix-Penn", "other", ""),  # chief executive, on a call
            ("11 percent", "Shauna Okafor-Brandt", "analyst", "Tillmore Ratings"),  # rating agency director
            ("appoint a receiver", "Quillmark Servicing", "institution", ""),  # the special servicer as itself
            ("older Manhattan towers", "Ines Carrow-Whitby", "analyst", "Bellweather Frost"),  # head of research
            ("no other loans", "", "unnamed", ""),  # the company's spokesman, not named
            ("tax revenue", "Raymond Oyelaran-Fisk", "official", ""),  # city comptroller
            ("take buildings back", "Peter Szabo-Lindell", "analyst", "Hightide Capital"),  # fund manager
            ("almost fully leased", "Marcus Delacroix-Penn", "other", ""),  # his surname alone
        ],
    ),
]
