"""The twenty-fifth round of blind profile probes: fictional business and politics wire stories from Africa, Asia and
Latin America (a telecom regulator suspending an operator's licence, a strike at a copper mine, a central bank
governor before a parliamentary committee, a port concession put to parliament), with speakers of the kinds such
stories quote (a regulator and its vice chairman, a telecom chief executive, ministers, an industry group, a union
leader, a mining company and its parent's chief executive, a central bank governor, a committee chairman,
opposition lawmakers, the IMF, a ports authority's director general, a port operator, economists, analysts and
strategists, customers and dockworkers unnamed, a central bank official who asked not to be named), and for each
quote the speaker, kind, role and affiliation written before the stories were run
(test_profiles_blind_probes_twentyfifth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked. Ministers and a Treasury cabinet secretary are officials of their state; a regulator's and a ports
#: authority's heads, a central bank's governor and lawmakers are officials of their body (a committee's chairman of
#: the committee); executives and a union leader are `other` of their company or union; economists, analysts and
#: strategists are analysts of their firm; customers, dockworkers, community leaders and a central bank official
#: who asked not to be named are unnamed. A body speaking as itself is keyed by the fullest name the story gives it.
#: One entry was added after the first run: what the governor said "adding that" is a quote of its own, which the
#: blind gold left out.
STORIES = [
    (
        (
            "LAGOS, March 4 (Reuters) - Nigeria's telecoms regulator suspended the operating licence of Sahel Mobile "
            "for 30 days on Tuesday over unpaid spectrum fees, the Nigerian Communications Commission said in a "
            "statement.",
            "The commission's executive vice chairman, Adebayo Okonkwo, told reporters in Abuja that the operator "
            "had ignored three written warnings since October.",
            "Sahel Mobile Chief Executive Ravi Menon said the company would challenge the suspension in the Federal "
            "High Court and that the fees were still under negotiation.",
            '"We have complied with every lawful directive of the regulator," Menon said.',
            "Communications Minister Ngozi Eze said the government would not interfere with the commission's work "
            "but wanted subscribers protected.",
            "Customers in Lagos said calls had dropped repeatedly since Monday and that data bundles had stopped "
            "working.",
            "The Association of Licensed Telecom Operators of Nigeria, an industry group, said the suspension would "
            "frighten investors at a time when operators needed capital to expand their networks.",
            "Tunde Bakare, a telecoms analyst at Lagos-based Ikeja Capital, said the dispute was likely to be "
            "settled before the 30 days ran out because neither side could afford a long outage.",
            "A spokeswoman for Sahel Mobile's South African parent, Karoo Telecom Holdings, said the group was "
            "monitoring the situation closely.",
        ),
        [
            ("unpaid spectrum fees", "Nigerian Communications Commission", "institution", ""),
            ("written warnings", "Adebayo Okonkwo", "official", "Nigerian Communications Commission"),  # vice chair
            ("Federal High Court", "Ravi Menon", "other", "Sahel Mobile"),  # chief executive
            ("every lawful directive", "Ravi Menon", "other", "Sahel Mobile"),  # chief executive
            ("would not interfere", "Ngozi Eze", "official", "Nigeria"),  # communications minister
            ("calls had dropped", "", "unnamed", ""),  # customers in Lagos
            ("frighten investors", "Association of Licensed Telecom Operators of Nigeria", "institution", ""),
            ("likely to be settled", "Tunde Bakare", "analyst", "Ikeja Capital"),  # telecoms analyst
            ("monitoring the situation", "", "unnamed", "Karoo Telecom Holdings"),  # a spokeswoman for the parent
        ],
    ),
    (
        (
            "LIMA, June 17 (Reuters) - Workers at Minera Cerro Alto's copper mine in southern Peru began an "
            "indefinite strike on Tuesday, demanding the return of a production bonus that the company cut in "
            "March.",
            "Jorge Huamán, secretary general of the Cerro Alto Mineworkers Union, said about 1,800 of the mine's "
            "2,100 workers had stopped work and that pickets had closed the main gate.",
            "Huamán said the company had offered to restore only half of the bonus, which members rejected at an "
            "assembly on Sunday.",
            "Minera Cerro Alto, a unit of Australia's Southern Cross Metals, said in a statement that output had "
            "fallen by about 40 percent and that contractors were keeping the processing plant running.",
            "Energy and Mines Minister Rosa Villanueva told reporters the government had called both sides to talks "
            "in Lima on Thursday.",
            '"We will not let a dispute over a bonus shut down one of the country\'s biggest copper mines," '
            "Villanueva said.",
            "Southern Cross Metals Chief Executive Mark Delaney told analysts on a conference call that the strike "
            "was regrettable but that the company's guidance for the year was unchanged.",
            "Community leaders in the nearby district of Chalhua said they would block the road to the mine if the "
            "company did not pay for a new water system it had promised.",
            "Copper rose 1.2 percent in London. Elena Ruiz, a metals strategist at Banco Pacífico in Santiago, said "
            "the market was pricing in a stoppage of at least two weeks.",
        ),
        [
            ("1,800 of the mine", "Jorge Huamán", "other", "Cerro Alto Mineworkers Union"),  # secretary general
            ("only half of the bonus", "Jorge Huamán", "other", "Cerro Alto Mineworkers Union"),  # secretary general
            ("fallen by about 40 percent", "Minera Cerro Alto", "institution", ""),
            ("talks in Lima", "Rosa Villanueva", "official", "Peru"),  # energy and mines minister
            ("dispute over a bonus", "Rosa Villanueva", "official", "Peru"),  # energy and mines minister
            ("regrettable", "Mark Delaney", "other", "Southern Cross Metals"),  # chief executive
            ("block the road", "", "unnamed", ""),  # community leaders
            ("pricing in a stoppage", "Elena Ruiz", "analyst", "Banco Pacífico"),  # metals strategist
        ],
    ),
    (
        (
            "NAIROBI, Nov 12 (Reuters) - Central Bank of Kenya Governor Joseph Kariuki told parliament's finance "
            "committee on Wednesday that inflation would fall back within the bank's target range by the end of the "
            "year as food prices eased.",
            '"We will not hesitate to act again if price pressures persist," Kariuki told lawmakers, adding that the '
            "shilling's recent slide reflected a strong dollar rather than weak reserves.",
            "The committee's chairman, Kimani Wachira, said the bank had been too slow to respond when the shilling "
            "began to weaken in August.",
            "Opposition lawmaker Grace Atieno said the bank had misled the house about the level of its foreign "
            "reserves, a charge Kariuki denied.",
            "Treasury Cabinet Secretary Peter Langat said separately that the government would cut domestic "
            "borrowing in the second half of the fiscal year to ease pressure on interest rates.",
            "The International Monetary Fund, which is reviewing a $3.6 billion loan programme with Kenya, said in "
            "a statement that the central bank's policy stance was appropriate.",
            "A central bank official who asked not to be named said the bank had sold about $200 million to "
            "lenders over the past month to steady the currency.",
            "Wanjiru Mbugua, chief economist at Nairobi-based Equatorial Capital, said the governor's testimony "
            "suggested another rate increase was unlikely before March.",
        ),
        [
            ("inflation would fall back", "Joseph Kariuki", "official", "Central Bank of Kenya"),  # governor
            ("will not hesitate", "Joseph Kariuki", "official", "Central Bank of Kenya"),  # governor
            ("recent slide", "Joseph Kariuki", "official", "Central Bank of Kenya"),  # governor; set after the run
            ("too slow to respond", "Kimani Wachira", "official", "finance committee"),  # committee chairman
            ("misled the house", "Grace Atieno", "official", ""),  # opposition lawmaker
            ("cut domestic borrowing", "Peter Langat", "official", "Kenya"),  # Treasury cabinet secretary
            ("policy stance was appropriate", "International Monetary Fund", "institution", ""),
            ("sold about $200 million", "", "unnamed", ""),  # a central bank official
            ("rate increase was unlikely", "Wanjiru Mbugua", "analyst", "Equatorial Capital"),  # chief economist
        ],
    ),
    (
        (
            "DAR ES SALAAM, Aug 21 (Reuters) - Tanzania's parliament on Thursday approved a 30-year concession for "
            "Emirates Harbour Group to run four berths at Dar es Salaam port, despite protests from the opposition "
            "and dockworkers.",
            "Transport Minister Salum Juma told parliament the deal would cut the time ships wait to unload from "
            "ten days to two.",
            '"This is the largest single investment in the port since independence," Juma said.',
            "The operator said in a statement it would invest $250 million over five years in new cranes and a "
            "container yard.",
            "Tanzania Ports Authority Director General Amina Mwakilema said the authority would keep control of the "
            "port's other seven berths and collect a share of the revenue.",
            "The opposition party Chadema said the concession gave away a national asset and vowed to challenge it "
            "in court.",
            "Hamisi Kombo, an opposition member of parliament for Kigoma, said lawmakers had been given the "
            "contract only two days before the vote.",
            "Dockworkers gathered outside the port gates said they feared losing their jobs to machines.",
            "Kassim Omari, a shipping analyst at Zenji Research in Zanzibar, said the deal would help Dar es Salaam "
            "win cargo from Mombasa, its rival in Kenya.",
            "Kenya Ports Authority Managing Director Daniel Otieno said his port was also in talks with private "
            "operators about two of its berths.",
        ),
        [
            ("ten days to two", "Salum Juma", "official", "Tanzania"),  # transport minister
            ("largest single investment", "Salum Juma", "official", "Tanzania"),  # transport minister
            ("$250 million", "Emirates Harbour Group", "institution", ""),
            ("other seven berths", "Amina Mwakilema", "official", "Tanzania Ports Authority"),  # director general
            ("national asset", "Chadema", "institution", ""),
            ("only two days", "Hamisi Kombo", "official", ""),  # opposition member of parliament
            ("losing their jobs", "", "unnamed", ""),  # dockworkers
            ("win cargo from Mombasa", "Kassim Omari", "analyst", "Zenji Research"),  # shipping analyst
            ("in talks with private", "Daniel Otieno", "official", "Kenya Ports Authority"),  # managing director
        ],
    ),
]
