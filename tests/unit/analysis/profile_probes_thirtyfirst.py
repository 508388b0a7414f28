"""The thirty-first round of blind profile probes: fictional Middle East and African business and politics wire stories
(a Gulf sovereign fund's stake in a European port operator, a Nigerian central bank rate rise, an IMF agreement with
Egypt, a strike at a South African platinum miner, a Kenyan court's suspension of a competition regulator's order),
with speakers of the kinds such stories quote (a sovereign fund as itself and its chief executive, a bank's equity
analyst, a person familiar with talks, a ministry as itself, a central bank governor and its monetary policy
committee, brokerage economists as a group and by name, a manufacturers' association as itself and its director
general, an IMF mission chief and an unnamed IMF spokeswoman, a finance minister, a think-tank researcher, a union's
general secretary, a mining company as itself and its spokeswoman, a minister, a state labour mediator, a mining
analyst, a court as itself, its judge and a company's lawyers, a regulator as itself and its director general, a
company's chief executive, an African Union commissioner), and for each quote the speaker, kind, role and affiliation
written before the stories were run (test_profiles_blind_probes_thirtyfirst.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked. Ministers, a central bank governor, an IMF mission chief, a judge, a regulator's director general and
#: an African Union commissioner are officials of their state or body; the chief executive of a state's investment
#: fund, company chief executives, a company spokeswoman, a manufacturers' association's director general and a
#: union's general secretary are `other` of their body (executives, lobbies and union leaders, GUIDELINES); bank and
#: brokerage analysts and economists and a think-tank researcher are analysts of their firm; economists of a brokerage
#: as a group, a spokeswoman with no name, a company's lawyers and a person familiar with talks are unnamed. A body
#: speaking as itself is keyed by the fullest name the article gives it, a state's ministry with the state's
#: possessive as written ("Egypt's finance ministry"), a court by its own name.
STORIES = [
    (
        (
            "ABU DHABI, May 12 (Reuters) - Abu Dhabi sovereign wealth fund Qasr Investment Authority agreed on Monday "
            "to buy a 30 percent stake in Nordhavn Ports, a Danish terminal operator, for 2.4 billion dollars, its "
            "largest European deal this year.",
            "Qasr said in a statement that the stake would give it a foothold in northern European shipping as trade "
            "routes shift.",
            "The fund's chief executive, Khalid Al Mansoori, told reporters in Abu Dhabi that Qasr planned to invest a "
            "further 5 billion dollars in ports and logistics over the next three years.",
            '"Ports are the arteries of trade, and we want to own a share of them for decades, not quarters," Al '
            "Mansoori said.",
            "Nordhavn Ports chief executive Mette Skov said the deal would pay for new cranes at its two largest "
            "terminals.",
            "Rania Haddad, an equity analyst at Gulf Crescent Bank in Dubai, said the price looked full but that the "
            "fund was buying for the long term.",
            '"It is a trophy asset, and trophy assets rarely come cheap," Haddad said.',
            "A person familiar with the talks, who asked not to be named, said two Asian investors had also bid for "
            "the stake.",
            "Denmark's business ministry said it would review the deal under the country's foreign investment rules.",
        ),
        [
            ("foothold in northern European", "Qasr Investment Authority", "institution", ""),
            ("further 5 billion", "Khalid Al Mansoori", "other", "Qasr"),  # the fund's chief executive
            ("arteries of trade", "Khalid Al Mansoori", "other", "Qasr"),  # the fund's chief executive
            ("new cranes", "Mette Skov", "other", "Nordhavn Ports"),  # chief executive
            ("price looked full", "Rania Haddad", "analyst", "Gulf Crescent Bank"),  # equity analyst
            ("trophy asset", "Rania Haddad", "analyst", "Gulf Crescent Bank"),  # equity analyst
            ("two Asian investors", "", "unnamed", ""),  # a person familiar with the talks
            ("foreign investment rules", "Denmark's business ministry", "institution", ""),
        ],
    ),
    (
        (
            "ABUJA, July 22 (Reuters) - Nigeria's central bank raised its main interest rate by 50 basis points to "
            "27.75 percent on Tuesday, its fifth increase this year, as it tried to slow inflation that has stayed "
            "above 30 percent for months.",
            "Central Bank of Nigeria Governor Ibrahim Adeyemi told a news conference after the meeting that the "
            "Monetary Policy Committee (MPC) had voted for the increase by a wide margin.",
            '"We will do whatever it takes to bring prices under control, even if growth suffers for a while," '
            "Adeyemi said.",
            "The MPC said in its communique that the naira had stabilised but that food prices remained a concern.",
            "Three of the 12 members had voted to hold the rate, the governor said, without naming them.",
            "Economists at Lagos brokerage Cowrie Securities said they expected one more rise before the end of the "
            "year.",
            "Chinedu Okafor, head of research at Ibadan-based Meridian Capital, said the increase would hurt "
            "manufacturers that borrow heavily in naira.",
            "The Manufacturers Association of Nigeria said in a statement that its members could not survive "
            "borrowing costs above 30 percent.",
            "Its director general, Segun Adebayo, said several textile mills had already closed.",
        ),
        [
            ("voted for the increase", "Ibrahim Adeyemi", "official", "Central Bank of Nigeria"),  # governor
            ("whatever it takes", "Ibrahim Adeyemi", "official", "Central Bank of Nigeria"),  # governor
            ("naira had stabilised", "Monetary Policy Committee", "institution", ""),
            ("voted to hold", "Ibrahim Adeyemi", "official", "Central Bank of Nigeria"),  # governor
            ("one more rise", "", "unnamed", "Cowrie Securities"),  # economists at a brokerage
            ("borrow heavily", "Chinedu Okafor", "analyst", "Meridian Capital"),  # head of research
            ("could not survive", "Manufacturers Association of Nigeria", "institution", ""),
            ("textile mills", "Segun Adebayo", "other", "Manufacturers Association of Nigeria"),  # director general
        ],
    ),
    (
        (
            "CAIRO, Feb 9 (Reuters) - The International Monetary Fund reached a staff-level agreement with Egypt on "
            "Thursday on the fourth review of its 8 billion dollar loan programme, which would release about 1.2 "
            "billion dollars once the fund's board approves it.",
            "IMF mission chief Vera Lindholm said in a statement that Egypt had made progress in taming inflation but "
            "needed to speed up the sale of state assets.",
            '"The programme is on track," Lindholm told Reuters in a telephone interview.',
            "Egypt's finance ministry said the agreement showed confidence in the government's reform plan and that "
            "it would sell stakes in four state companies by June.",
            "Finance Minister Hossam Farouk told a televised news conference that fuel subsidies would be cut "
            "gradually to protect poorer families.",
            '"We will not ask the poor to pay the bill for reform," Farouk said.',
            "Nadia Samir, chief economist at Cairo-based investment bank Nile Crest Capital, said the money would ease "
            "pressure on the pound but not for long.",
            "Ahmed Rashwan, a researcher at the Egyptian Centre for Economic Research, said companies owned by the "
            "army were the real test of the privatisation pledge.",
            "The fund's board is expected to meet next month, an IMF spokeswoman said.",
        ),
        [
            ("taming inflation", "Vera Lindholm", "official", "International Monetary Fund"),  # mission chief
            ("on track", "Vera Lindholm", "official", "International Monetary Fund"),  # mission chief
            ("four state companies", "Egypt's finance ministry", "institution", ""),
            ("cut gradually", "Hossam Farouk", "official", "Egypt"),  # finance minister
            ("pay the bill for reform", "Hossam Farouk", "official", "Egypt"),  # finance minister
            ("ease pressure on the pound", "Nadia Samir", "analyst", "Nile Crest Capital"),  # chief economist
            ("real test", "Ahmed Rashwan", "analyst", "Egyptian Centre for Economic Research"),  # researcher
            ("meet next month", "", "unnamed", "International Monetary Fund"),  # a spokeswoman
        ],
    ),
    (
        (
            "JOHANNESBURG, Sept 3 (Reuters) - About 9,000 workers at Tshwane Platinum's two mines in South Africa's "
            "North West province downed tools on Wednesday after wage talks broke down, halting output at the "
            "country's third-largest platinum producer.",
            "Sipho Ndlovu, general secretary of the Mineworkers and Construction Union, said members would stay out "
            "until the company offered a rise of at least 10 percent.",
            '"Our members go underground every day and cannot feed their children on what they earn," Ndlovu told a '
            "rally outside the Rustenburg shaft.",
            "Tshwane Platinum spokeswoman Lerato Mokoena said the company's offer of 6 percent was fair given the "
            "slump in platinum prices.",
            "Mokoena added that the company would not negotiate while workers blocked the shaft entrances.",
            "The company said in a statement that the strike was costing it about 1,200 ounces of platinum a day.",
            "Mineral Resources Minister Thabo Mahlangu urged both sides to return to talks and said the government "
            "stood ready to mediate.",
            "The Commission for Conciliation, Mediation and Arbitration, the state labour mediator, said it had "
            "invited both sides to talks on Friday.",
            "Pieter Botha, a mining analyst at Johannesburg brokerage Sable Securities, said a long strike would push "
            "up platinum prices.",
        ),
        [
            ("at least 10 percent", "Sipho Ndlovu", "other", "Mineworkers and Construction Union"),  # general sec.
            ("go underground", "Sipho Ndlovu", "other", "Mineworkers and Construction Union"),  # general secretary
            ("was fair", "Lerato Mokoena", "other", "Tshwane Platinum"),  # company spokeswoman
            ("not negotiate", "Lerato Mokoena", "other", "Tshwane Platinum"),  # company spokeswoman
            ("1,200 ounces", "Tshwane Platinum", "institution", ""),
            ("return to talks", "Thabo Mahlangu", "official", "South Africa"),  # minister (added after the run)
            ("stood ready to mediate", "Thabo Mahlangu", "official", "South Africa"),  # mineral resources minister
            ("talks on Friday", "Commission for Conciliation, Mediation and Arbitration", "institution", ""),
            ("push up platinum prices", "Pieter Botha", "analyst", "Sable Securities"),  # mining analyst
        ],
    ),
    (
        (
            "NAIROBI, Nov 18 (Reuters) - Kenya's High Court on Monday suspended an order by the Competition Authority "
            "of Kenya that would have forced mobile money operator Tandu Money to open its network to rival payment "
            "apps, pending a full hearing in January.",
            "The court said in its ruling that the authority had not given Tandu Money a fair chance to respond "
            "before issuing the order.",
            "Justice Wanjiru Kamau said the public interest lay in keeping the service stable until the case was "
            "heard.",
            "Lawyers for Tandu Money told the court that opening the network would expose customers to fraud.",
            "The Competition Authority said in a statement that it would comply with the order but remained "
            "convinced that the network should be opened.",
            "Its director general, Daniel Otieno, said rival apps were paying up to three times more to move money "
            "than the operator's own service.",
            "Tandu Money's chief executive, Grace Wambui, said the company welcomed the ruling and would keep talking "
            "to the regulator.",
            "Amara Diallo, the African Union's commissioner for trade and industry, said at a meeting in Addis Ababa "
            "that open payment networks were essential to the continental free trade area.",
            "Joseph Mwangi, a researcher at the Nairobi-based think tank Savanna Policy Institute, said the case "
            "would be watched closely by regulators across East Africa.",
        ),
        [
            ("fair chance to respond", "High Court", "institution", ""),
            ("keeping the service stable", "Wanjiru Kamau", "official", "High Court"),  # judge
            ("expose customers to fraud", "", "unnamed", "Tandu Money"),  # the company's lawyers
            ("comply with the order", "Competition Authority of Kenya", "institution", ""),
            ("three times more", "Daniel Otieno", "official", "Competition Authority of Kenya"),  # director general
            ("keep talking", "Grace Wambui", "other", "Tandu Money"),  # chief executive
            ("open payment networks", "Amara Diallo", "official", "African Union"),  # commissioner
            ("watched closely", "Joseph Mwangi", "analyst", "Savanna Policy Institute"),  # researcher
        ],
    ),
]
