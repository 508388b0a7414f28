"""The seventh round of blind profile probes: fictional stories, world news (an African Union mediation, an ASEAN
envoy's visit, wildfires in a state, gang violence in a city, ceasefire monitors) and business and politics wire (a
central bank and its deputy governor, a mill closing, a regulator's fine and a court case, a debt row in parliament, a
drug maker's sale, a state law blocked by a judge), and for each quote the speaker, kind and affiliation written before
the stories were run (test_profiles_blind_probes_seventh.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation), written before
#: the stories were run. An affiliation left empty is not checked, as the scorer checks none. Presidents, governors and
#: mayors are affiliated to the country, state or city the article ties them to; a rebel or militia commander holds no
#: public office (`other`, affiliated to the group).
STORIES = [
    (
        (
            "The African Union's envoy to the Sahel, Moussa Traore-Bah, said on Monday that talks between the "
            "government of Niger and a coalition of armed groups would resume in Addis Ababa next week.",
            "Nigerien President Abdou Salami told state television that his government was ready to sign a ceasefire "
            "if the groups handed over their heavy weapons.",
            "Issa Ghali, a commander of the Azawad Patriotic Movement, said his fighters would not disarm before a "
            "deal was signed.",
            "The International Committee of the Red Cross said 40,000 people had fled their villages since January.",
            "Fatima Oumarou, 34, a mother of four living in a camp outside Tillaberi, said food rations had been cut "
            "by half.",
            '"We want to go home, but not while the men with guns are still there," she said.',
        ),
        [
            ("resume in Addis Ababa", "Moussa Traore-Bah", "official", "African Union"),
            ("ready to sign a ceasefire", "Abdou Salami", "official", "Niger"),
            ("would not disarm", "Issa Ghali", "other", "Azawad Patriotic Movement"),
            ("40,000 people", "International Committee of the Red Cross", "institution", ""),
            ("cut by half", "Fatima Oumarou", "other", ""),
            ("men with guns", "Fatima Oumarou", "other", ""),
        ],
    ),
    (
        (
            "ASEAN's special envoy on Myanmar, Thai diplomat Surapong Wattana, arrived in Naypyitaw on Wednesday for "
            "his third visit this year.",
            "He told reporters at the airport that he hoped to meet all parties, including the detained opposition "
            "leaders.",
            "A spokesman for the military government, Major General Zaw Min Htike, said the envoy would not be "
            "allowed to visit prisons.",
            "Khin Lay Myat, a researcher at the Institute for Strategy and Policy in Yangon, said the visit was "
            "unlikely to change much.",
            "Malaysian Foreign Minister Aziz Rahman said ASEAN's patience was running out.",
            '"The five-point plan is not a menu from which you choose," he told a forum in Kuala Lumpur.',
        ),
        [
            ("hoped to meet all parties", "Surapong Wattana", "official", "ASEAN"),
            ("not be allowed to visit prisons", "Zaw Min Htike", "official", ""),
            ("unlikely to change much", "Khin Lay Myat", "analyst", "Institute for Strategy and Policy"),
            ("patience was running out", "Aziz Rahman", "official", "Malaysia"),
            ("not a menu", "Aziz Rahman", "official", "Malaysia"),
        ],
    ),
    (
        (
            "Governor Laura Whitfield of Oregon declared a state of emergency on Friday, saying the fires had "
            "destroyed more than 300 homes.",
            "Medford Mayor Tom Reyes said the city's shelters were full and asked residents with spare rooms to open "
            "them to evacuees.",
            "The National Weather Service said dry winds would continue through the weekend.",
            "Fire chief Dana Kowalski of the Jackson County Fire District said crews were working 16-hour shifts.",
            "Pacific Crest Power, the region's electricity supplier, said it had cut power to 20,000 customers to "
            "reduce the risk of new fires.",
            "The company said the outages could last until Tuesday.",
            "Its chief executive, Mark Delaney, said in a statement that the utility would compensate households for "
            "spoiled food.",
            '"I grabbed the dog and the photographs and left everything else," said Rita Gomez, a retired teacher '
            "from Talent.",
        ),
        [
            ("destroyed more than 300 homes", "Laura Whitfield", "official", "Oregon"),
            ("shelters were full", "Tom Reyes", "official", "Medford"),
            ("dry winds", "National Weather Service", "institution", ""),
            ("16-hour shifts", "Dana Kowalski", "official", "Jackson County Fire District"),
            ("cut power to 20,000 customers", "Pacific Crest Power", "institution", ""),
            ("last until Tuesday", "Pacific Crest Power", "institution", ""),
            ("compensate households", "Mark Delaney", "other", "Pacific Crest Power"),
            ("grabbed the dog", "Rita Gomez", "other", ""),
        ],
    ),
    (
        (
            "The South African Reserve Bank left its repo rate unchanged at 8.25% on Thursday.",
            "Deputy Governor Nomvula Dlamini said the bank saw upside risks to inflation from food prices and the "
            "weaker rand.",
            "South Africa's finance minister, Sipho Mokoena, told parliament the government would stick to its "
            "borrowing targets.",
            "Moody's analyst Carla Rossi said the country's debt was likely to peak at 77% of GDP in 2026.",
            "Thabo Nkosi, who manages 2 billion rand of bonds at Ninety Degrees Asset Management in Cape Town, said "
            "investors had priced in one more hike.",
            "Annabel Fourie, chief economist at Stellen Bank, said the first cut would probably come in March.",
        ),
        [
            ("upside risks to inflation", "Nomvula Dlamini", "official", "South African Reserve Bank"),
            ("borrowing targets", "Sipho Mokoena", "official", "South Africa"),
            ("peak at 77%", "Carla Rossi", "analyst", "Moody's"),
            ("priced in one more hike", "Thabo Nkosi", "analyst", "Ninety Degrees Asset Management"),
            ("come in March", "Annabel Fourie", "analyst", "Stellen Bank"),
        ],
    ),
    (
        (
            "Norrland Paper said on Tuesday it would close its mill at Kvarn, cutting 600 jobs, as demand for "
            "newsprint keeps falling.",
            "The company said the mill had lost money in each of the last five years.",
            "It added that it would offer workers jobs at its two other mills.",
            "Norrland Paper's chief executive, Henrik Alm, said the decision had been the hardest of his career.",
            "Eva Lindgren, chair of the Paper Workers' Union at the mill, said members had learned of the closure "
            "from the radio.",
            '"They could not even tell us to our faces," she said.',
            "Kvarn's mayor, Per Ohlsson, said the town would lose a fifth of its tax income.",
            "Jonas Berg, a forestry analyst at Handel Securities, said other mills in the region were also at risk.",
        ),
        [
            ("close its mill", "Norrland Paper", "institution", ""),
            ("lost money", "Norrland Paper", "institution", ""),
            ("two other mills", "Norrland Paper", "institution", ""),
            ("hardest of his career", "Henrik Alm", "other", "Norrland Paper"),
            ("from the radio", "Eva Lindgren", "other", "Paper Workers' Union"),
            ("to our faces", "Eva Lindgren", "other", "Paper Workers' Union"),
            ("fifth of its tax income", "Per Ohlsson", "official", "Kvarn"),
            ("also at risk", "Jonas Berg", "analyst", "Handel Securities"),
        ],
    ),
    (
        (
            "Britain's Financial Conduct Authority fined Carrow Bank 42 million pounds on Wednesday for failing to "
            "stop money laundering by its clients.",
            "Helen Marsh, the regulator's director of enforcement, said the bank had ignored warnings for six years.",
            "Carrow Bank said it accepted the findings and had since hired 300 compliance staff.",
            "Judge Simon Pryce said at the High Court in London that a group of former clients could sue the bank "
            "for their losses.",
            "Rachel Owusu, a lawyer for the former clients, said they had lost more than 10 million pounds.",
            '"This ruling opens the door for hundreds of other customers," Ms Owusu told reporters outside the court.',
            "A lawyer for Carrow Bank, Daniel Frost of the law firm Pellham Wright, said the bank would appeal.",
        ),
        [
            ("ignored warnings", "Helen Marsh", "official", "Financial Conduct Authority"),
            ("300 compliance staff", "Carrow Bank", "institution", ""),
            ("sue the bank", "Simon Pryce", "official", "High Court"),
            ("10 million pounds", "Rachel Owusu", "other", ""),
            ("opens the door", "Rachel Owusu", "other", ""),
            ("would appeal", "Daniel Frost", "other", "Pellham Wright"),
        ],
    ),
    (
        (
            "Opposition MP Kwame Asante of the New Patriotic Alliance told parliament in Accra on Tuesday that the "
            "government had hidden the true size of its debts.",
            "Ghana's President, Kofi Mensah-Bonsu, said in a televised address that the debt figures had been audited "
            "by independent firms.",
            "Ama Owusu-Ansah, a senior fellow at the Accra Centre for Policy Analysis, said both sides were using the "
            "numbers for the election campaign.",
            "The International Monetary Fund said its staff would visit Accra in March to review the programme.",
            "Yaw Boateng, a taxi driver in Kumasi, said fuel prices had doubled in two years.",
            '"Whoever wins, we pay," he said.',
        ),
        [
            ("true size of its debts", "Kwame Asante", "official", "New Patriotic Alliance"),
            ("audited by independent firms", "Kofi Mensah-Bonsu", "official", "Ghana"),
            ("election campaign", "Ama Owusu-Ansah", "analyst", "Accra Centre for Policy Analysis"),
            ("review the programme", "International Monetary Fund", "institution", ""),
            ("doubled in two years", "Yaw Boateng", "other", ""),
            ("Whoever wins", "Yaw Boateng", "other", ""),
        ],
    ),
    (
        (
            "Brazilian President Lucia Ferraz said on Thursday she would send federal troops to Rio de Janeiro after "
            "a week of gang violence that killed 31 people.",
            "Rio de Janeiro state Governor Paulo Menezes said his police could handle the situation without help from "
            "Brasilia.",
            "The governor told reporters that 1,200 extra officers had been deployed to the northern districts.",
            "Rio Mayor Claudia Ramos said schools in 14 neighbourhoods would stay closed until Monday.",
            "Renata Lima, a security researcher at the Getulio Vargas Foundation, said sending troops had rarely "
            "reduced killings for long.",
            "Human Rights Watch said police had killed at least nine of the 31 victims.",
        ),
        [
            ("send federal troops", "Lucia Ferraz", "official", "Brazil"),
            ("without help from Brasilia", "Paulo Menezes", "official", "Rio de Janeiro"),
            ("1,200 extra officers", "Paulo Menezes", "official", "Rio de Janeiro"),
            ("stay closed until Monday", "Claudia Ramos", "official", "Rio"),
            ("rarely reduced killings", "Renata Lima", "analyst", "Getulio Vargas Foundation"),
            ("nine of the 31 victims", "Human Rights Watch", "institution", ""),
        ],
    ),
    (
        (
            "The head of the OSCE Special Monitoring Mission, Dutch diplomat Pieter van Dam, said monitors had "
            "recorded more than 200 ceasefire violations over the weekend.",
            "Commander Ruslan Bekov, who leads the Eastern Battalion militia, said his men had only returned fire.",
            "Georgian Defence Minister Levan Kapanadze said the militia was receiving weapons from across the border.",
            "Amnesty International said both sides had shelled homes.",
            "Nino Beridze, whose house in the village of Dvani was hit by a shell on Saturday, said her family was "
            "sleeping in the cellar.",
            "Anna Kobakhidze, a fellow at the Tbilisi Institute for Security Studies, said the ceasefire had never "
            "really held.",
        ),
        [
            ("200 ceasefire violations", "Pieter van Dam", "official", "OSCE"),
            ("only returned fire", "Ruslan Bekov", "other", "Eastern Battalion"),
            ("weapons from across the border", "Levan Kapanadze", "official", "Georgia"),
            ("shelled homes", "Amnesty International", "institution", ""),
            ("sleeping in the cellar", "Nino Beridze", "other", ""),
            ("never really held", "Anna Kobakhidze", "analyst", "Tbilisi Institute for Security Studies"),
        ],
    ),
    (
        (
            "Brussels-based Valtor Pharma agreed on Monday to sell its generics arm to Indian drugmaker Sunrise Labs "
            "for 3.4 billion euros.",
            "Valtor chief executive Ines Morel said the sale would let the group focus on cancer drugs.",
            "Sunrise Labs finance director Raj Mehta told analysts on a call that the deal would add to earnings in "
            "its first full year.",
            "The European Commission said it would examine whether the deal reduced competition in generic heart "
            "drugs.",
            "EU competition commissioner Margit Solberg said the review would take about 25 working days.",
            "Claire Dubois, a portfolio manager at Lumen Asset Management, which holds Valtor shares, said the price "
            "was fair.",
        ),
        [
            ("focus on cancer drugs", "Ines Morel", "other", "Valtor"),
            ("add to earnings", "Raj Mehta", "other", "Sunrise Labs"),
            ("reduced competition", "European Commission", "institution", ""),
            ("25 working days", "Margit Solberg", "official", "EU"),
            ("price was fair", "Claire Dubois", "analyst", "Lumen Asset Management"),
        ],
    ),
    (
        (
            "A federal judge in Texas on Friday blocked a state law that would have required social media companies "
            "to verify the age of their users.",
            "U.S. District Judge Maria Ellison said in her ruling that the law was likely to violate the First "
            "Amendment.",
            "Texas Attorney General Ken Harlow said his office would appeal to the 5th Circuit.",
            "The Digital Commerce Alliance, a trade group whose members include large social media companies, said "
            "the ruling protected free speech.",
            "State Senator Bryan Cole, a Republican who wrote the law, said parents had been left without protection.",
            "Sarah Kim, a lawyer for the trade group, said the state had ignored less drastic options.",
        ),
        [
            ("violate the First Amendment", "Maria Ellison", "official", ""),
            ("appeal to the 5th Circuit", "Ken Harlow", "official", "Texas"),
            ("protected free speech", "Digital Commerce Alliance", "institution", ""),
            ("without protection", "Bryan Cole", "official", ""),
            ("less drastic options", "Sarah Kim", "other", ""),
        ],
    ),
]
