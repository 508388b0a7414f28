"""A fortieth batch of fictional WEB NEWS FROM NEW ZEALAND, SOUTH AFRICA, INDIA AND BRITAIN'S REGIONS for probing the
quotes, set with single quotation marks as those sites set them: a New Zealand flood story (a headline in single
marks, a so-called ‘reform’ in scare quotes, a resident's quotation opened in one paragraph and carried on in the next
with a new opening mark, double marks nested inside single ones, ‘’Tis’, a decade written ’90s, Māori names, a mayor
and a councillor named O’…), a South African story over a metro's electricity tariffs (the farmers’ union, the
Springboks’ coach, an economist named Ng’ang’a, a name with "van der", a mayor's office), an Indian harbour protest in
the manner of an Indian daily (honorifics with a full stop, initials before a name, D’Souza, the title of a memoir in
single marks, a decade inside a quotation), a northern English tram story in the manner of a regional evening paper (a
headline quotation, several speakers in one block, a quotation that ends with the mark before the full stop, a play's
title in single marks, a carried quotation), and a South African corruption trial (an accused in the lede named
later, a prosecutor's question, a magistrate's warning, a villager with an honorific). Written for these tests; none
is taken from any corpus, and every person, town, council, company, union and case in them is made up. The gold is in
test_longform_probes_fortieth.py."""

from __future__ import annotations

KOWHAI_FLOOD: tuple[str, ...] = (
    "Flood-hit Kōwhai Bay residents: ‘We were left in the dark’",
    "Residents of a flood-hit coastal settlement north of Whakatāne say the district council’s so-called ‘reform’ of "
    "its stormwater network left them without warning when the Pūriri Stream burst its banks last week.",
    "Hemi Tautahi, who has lived on Harbour Rd since the ’90s, said the water reached his doorstep within twenty "
    "minutes. ‘We’ve had floods before, plenty of them,’ he said. ‘But this time nobody rang, nobody knocked, "
    "nothing.’",
    "His neighbour, Aroha McAllister-Rēweti, said the council’s text alert arrived ‘three hours after the water did’. "
    "‘I had my two grandchildren here and the power went off. I was standing in the lounge in my gumboots thinking, "
    "where is everyone?",
    "‘Then a fella from the fire brigade turned up with a torch and said “you need to go now”, and that was the first "
    "time anyone official had spoken to us.’",
    "Te Awaroa District Council chief executive Dianne Prentice-Walsh said the council ‘absolutely accepts’ that its "
    "warnings had come too late for some streets. ‘We are not going to hide behind the weather,’ Ms Prentice-Walsh "
    "said. ‘There were failures in how we got information to people, and we own that.’",
    "Mayor Rāwiri Tūhoe-Grant was less contrite. He told Stuff the stormwater changes, which the council voted for in "
    "2022, had ‘nothing whatsoever’ to do with the flooding, and described criticism of the programme as "
    "‘scaremongering by people who should know better’.",
    "Councillor Mere O’Sullivan, who voted against the changes, said that was ‘rewriting history’. ‘The officers’ own "
    "report said the new pump schedule would increase risk in low-lying areas. I read it out in the chamber. It’s in "
    "the minutes,’ she said.",
    "Ngāti Pūriri spokesperson Tama Herewini said the hapū had warned the council about the stream mouth ‘for years’. "
    "‘Our tūpuna knew where the water wanted to go,’ he said.",
    "Emergency Management Minister Kiri Hadfield said in a statement that the Government would ‘look closely’ at the "
    "council’s handling of the event, while the National Emergency Management Agency said a review of local alert "
    "systems was already under way.",
    "Back on Harbour Rd, Mr Tautahi was shovelling silt out of his garage. ‘’Tis what it is, eh,’ he said with a "
    "shrug. ‘You clean up and you carry on. But someone at that council owes us an explanation.’",
)

KGOTSONG_TARIFFS: tuple[str, ...] = (
    "Farmers in the eastern Free State have warned that a 38% electricity tariff increase approved by the Kgotsong "
    "Metropolitan Municipality will push dozens of dairy operations ‘over the edge’, as the metro battles a "
    "R2.1-billion debt to the national power utility.",
    "Agri Oos-Vrystaat president Johan van der Merwe-Botha said the farmers’ union had written to the metro three "
    "times since March without a reply. ‘We are not asking for charity. We are asking for a tariff that doesn’t "
    "bankrupt the people who feed this province,’ he told News24.",
    "Van der Merwe-Botha said at least 40 of the union’s members had already cut their herds. ‘People say “just put "
    "in solar”, as if a farmer with an overdraft can find R800,000 by Friday.’",
    "Metro spokesperson Sello Mokoena said the increase was ‘unavoidable’ and had been approved by the energy "
    "regulator. ‘The metro inherited a collapsing network. We can either pay for it now or watch it fall over,’ "
    "Mokoena said.",
    "The DA’s caucus leader in the metro council, Ronel Pieterse, dismissed that as ‘a fairy tale’. ‘This is the same "
    "administration that spent R40-million on a so-called “smart” metering pilot that never metered anything,’ she "
    "said.",
    "The row now threatens the Springboks’ Test against Argentina at the metro’s Vrystaat Park stadium on 16 August. "
    "The stadium’s operator, Kgotsong Events, said it could not guarantee ‘uninterrupted supply’ on match day without "
    "a generator contract that the metro has yet to sign.",
    "Asked about the venue at a squad announcement in Johannesburg on Tuesday, the Springboks’ coach, Dawid "
    "Langeveldt, said: ‘I’m a rugby coach, not an electrician. I trust SA Rugby and the union to sort it out. My job "
    "is the 23 guys who run out of that tunnel.’",
    "SA Rugby chief executive Naledi Khumalo-Fourie said the body had ‘contingency plans for every venue’ and was in "
    "talks with the metro. The Vrystaat Rugby Union’s president, Kobus Steenkamp, said the provincial union was "
    "‘confident’ the Test would go ahead as planned.",
    "Economist Wanjiru Ng’ang’a, of the University of the Free State’s business school, said municipal tariffs had "
    "become ‘a tax by another name’. ‘Metros that can’t collect from their big debtors are going after the ones who "
    "can’t move: farmers, small manufacturers, households,’ Ng’ang’a said. She said the treasury’s municipal debt "
    "relief programme, introduced in 2023, had ‘so far relieved very little’.",
    "The metro’s executive mayor, Mpho Radebe, is expected to meet the union next week. His office said he was ‘open "
    "to engagement’ but would ‘not reverse a lawful council resolution’.",
)

KULOOR_HARBOUR: tuple[str, ...] = (
    "Hundreds of traditional fishermen staged a protest outside the Deputy Commissioner’s office in Mangaluru on "
    "Monday against the proposed expansion of the Kuloor fishing harbour, alleging that the project would ‘wipe out’ "
    "the livelihoods of nearly 3,000 families.",
    "Addressing the gathering, Dakshina Kannada District Fishermen’s Federation president Vincent D’Souza said the "
    "State government had not consulted a single fishing cooperative before issuing the tender. ‘They call it "
    "“development”. Development for whom? Not for the man who goes to sea at 4 a.m.,’ Mr. D’Souza said.",
    "He said the federation would intensify the agitation if the tender was not withdrawn within 15 days.",
    "Fisheries Minister K. Raghavendra Shetty, speaking to The Hindu over the phone, said the fishermen’s concerns "
    "were ‘genuine’ and would be addressed. ‘Not one boat will be displaced. The design has provision for a separate "
    "berthing area for traditional craft,’ Mr. Shetty said.",
    "Mangaluru South MLA Ayesha Fernandes, however, said the Minister’s assurance was ‘an oral promise with no "
    "document behind it’. She pointed out that the detailed project report, running to over 400 pages, was available "
    "only in English.",
    "Dr. Lakshmi Narayanappa, a marine biologist at the Karnataka Coastal Research Institute, said the harbour site "
    "overlapped with a breeding ground for the Indian mackerel. ‘We flagged this in 2019 and again in 2022. Nobody "
    "from the Ports department has asked us for data,’ Dr. Narayanappa said.",
    "The protest drew support from former Fisheries Director M.R. Pai, whose memoir ‘Salt and Sail: Forty Years on "
    "the Kanara Coast’ was released last year. Mr. Pai said the fishing community had ‘seen this film before, in the "
    "’90s, when the first jetty was built and the promises vanished with the contractors’.",
    "Ports department officials said the tender would be ‘reviewed in light of the representations received’. A "
    "senior official, who did not wish to be named, said the project was ‘too far along to be shelved’.",
    "Deputy Commissioner Anitha Kulkarni received the memorandum and assured the protesters that their demands would "
    "be forwarded to the Chief Minister.",
    "Meanwhile, in Udupi, the Karavali Meenugarara Sangha said it would hold a ‘rasta roko’ on the national highway "
    "on Friday. Its general secretary, Prakash Suvarna, told reporters: ‘If they can block our sea, we can block "
    "their road.’",
)

CASTLEFORD_TRAM: tuple[str, ...] = (
    "‘We’ve been strung along’: Castleford Moss tram extension put on hold",
    "Plans to extend the tram line to Castleford Moss have been put on hold for at least two years, leaving residents "
    "who were promised a stop ‘by Christmas 2026’ facing more years of gridlock.",
    "Northway Transport confirmed on Wednesday that the £180m extension had been ‘paused’ while the business case was "
    "reviewed. In a statement, the body said rising construction costs meant the scheme ‘no longer represents value "
    "for money in its current form’.",
    "Councillor Siobhan O’Neill, who represents Castleford Moss on Ashbury Council, said residents had been ‘strung "
    "along’. ‘People bought houses here because of that tram. They planned their lives around it,’ she said. ‘Now "
    "they’re being told, sorry, come back in 2029.’",
    "Ms O’Neill said she would raise the matter at next week’s full council meeting. Council leader Barry Whitlock "
    "said he shared residents’ ‘frustration’ but that the decision was ‘not one this council took’, while the "
    "Conservative group leader, Jean Ashcroft-Lee, said Labour had ‘overpromised and underdelivered, as usual’.",
    "The region’s mayor, Dominic Farrow, told the Manchester Evening News the pause was ‘temporary’. ‘I’m not giving "
    "up on Castleford Moss. Nobody should read this as the end of the road,’ Mr Farrow said.",
    "Retired bus driver Tommy Grealish, 71, has lived on the Moss estate since the ’80s. ‘I remember them promising a "
    "railway station when I was a young man,’ he said. ‘Then it was a guided busway. Then it was the tram.",
    "‘I’ll believe it when I see it, and at my age I might not see it at all.’",
    "Dr Priya Ramanathan, a transport researcher at Irwell Metropolitan University, said the pause reflected ‘a wider "
    "squeeze on regional transport budgets’. She added: ‘The money was never really there.’",
    "A spokesperson for the Department for Transport said: ‘We remain committed to improving connectivity across the "
    "North.’",
    "Meanwhile, a community theatre group on the estate is staging ‘Waiting for the Tram’, a comedy written by local "
    "teacher Bernadette Kilbride, at the Moss Lane community centre next month. ‘We decided if we can’t have the tram, "
    "we can at least laugh about it,’ Ms Kilbride said.",
)

THABENG_TRIAL: tuple[str, ...] = (
    "A former municipal manager accused of pocketing R12-million meant for a rural water project has told the "
    "Kroonvaal Regional Court that he is ‘a scapegoat for politicians who never lifted a finger’.",
    "Testifying in his own defence on Thursday, Lwazi Ndlovu-Mahlangu said he had signed the payment certificates ‘in "
    "good faith’ on the strength of engineers’ reports. ‘I am not an engineer. When three professionals tell you the "
    "work is done, you sign,’ Ndlovu-Mahlangu told the court.",
    "Under cross-examination, State prosecutor Advocate Riana du Plessis put it to him that two of the three reports "
    "had been written by a company owned by his brother-in-law. ‘You knew exactly who those engineers were, didn’t "
    "you?’ she asked.",
    "‘I did not know at the time,’ Ndlovu-Mahlangu replied. ‘I found out later, like everyone else, from the "
    "newspaper.’",
    "Magistrate Nomsa Vilakazi-Roux warned the accused to ‘answer the question that was asked, not the one you would "
    "have preferred’, and adjourned the matter to 14 October.",
    "Outside court, National Prosecuting Authority regional spokesperson Phindile Zwane said the State was ‘satisfied "
    "with the progress of the trial’. ‘We have 19 witnesses still to call, and the documentary evidence speaks for "
    "itself,’ Zwane said.",
    "Residents of Thabeng village, who still fetch water from a borehole two kilometres away, packed the public "
    "gallery. ‘Our children’s children will still be waiting for that pipe,’ said Gogo Martha Mofokeng, 78. Her "
    "neighbour, Lerato Sebe, said the community had ‘lost hope in everyone: the municipality, the province, even the "
    "courts’.",
    "Ndlovu-Mahlangu’s attorney, Yusuf Carrim, said his client would ‘welcome the chance to clear his name’. The "
    "trial continues.",
)
