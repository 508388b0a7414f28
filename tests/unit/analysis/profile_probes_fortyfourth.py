"""The forty-fourth round of blind profile probes: fictional transport news from the wire and the trade press on
aviation, rail, shipping and logistics (an airline's annual results and its order for new jets, an accident
investigation board's preliminary report on a runway excursion, a high-speed rail operator's punctuality figures and
its plea for money, a port's congestion and a container line's diversion, an aviation regulator's grounding of a
struggling carrier's jets, an airline association's yearly forecast) quoting the people such stories quote (an
airline's chief executive, finance director and "X, who heads the carrier's cargo arm", a pilots' union and "its
general secretary", an aircraft lessor's chief executive, "an analyst at Y who covers airlines"; "the board's lead
investigator", "the regulator's director general", an airport operator and its spokeswoman, a pilots' guild's
president; a transport minister, a rail operator's chief executive and its head of infrastructure, a drivers' union
leader, a passenger group's spokeswoman, a transport ministry's spokesman, a rail economist at a consultancy; a port
authority and its chief executive, a container line and its head of Europe, a freight-rates analyst "at the
Copenhagen-based consultancy", a union's lock keepers' representative, a mobility minister, freight forwarders, a
shippers' alliance's director general; a regulator's circular and its chief, a ministry spokeswoman, a lessor and its
chief commercial officer, a passenger-rights group's founder; an association's director general and chief economist),
and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_fortyfourth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: people in public office or speaking for a state are officials (ministers, a ministry's
#: spokesperson, a regulator's chief or director general, an accident board's investigator, a port authority's chief
#: executive, a state's aviation secretary); analysts who cover airlines, a safety analyst and a freight-rates analyst
#: at consultancies, a rail economist and an association's chief economist are analysts; executives of airlines, rail
#: operators, container lines, airport operators and lessors, their spokespeople, union leaders, an association's
#: director general and the heads of passenger groups are `other` of their body; an airline, a board, a regulator, an
#: authority, a union, a line or an association speaking as itself is an `institution` keyed by the fullest name the
#: article gives it; "freight forwarders said" is `unnamed`. A title ("Captain", "Transport Minister") is no part of a
#: name.
STORIES = [
    (
        (
            "LONDON -- Northvale Airways more than doubled its annual profit and ordered 40 narrow-body jets from the "
            "planemaker Aerostral on Thursday, saying demand for summer travel showed no sign of easing.",
            "Chief executive Harriet Calloway told reporters the order, worth about $5.2 billion at list prices, would "
            "replace the carrier's oldest jets by 2030.",
            '"We are buying these aircraft because they burn a fifth less fuel, not because we want to be bigger," '
            "Calloway said.",
            "Duncan Reyes, who heads the carrier's cargo arm, said freight revenue had fallen 12% as rates on routes "
            "from Asia came down from their pandemic highs.",
            "Finance director Priya Raman said the airline would pay its first dividend since 2019.",
            "Shares in Northvale rose 4.1% in London. Sandra Okafor, an analyst at Bexley Hart who covers airlines, "
            "said the results were better than the market had expected.",
            '"Fuel is the one number that could spoil next year, and nobody in this industry controls it," Okafor '
            "added.",
            "The British Airline Pilots' Guild, which represents most of the carrier's 2,100 pilots, said the new jets "
            "must not be used to move flying to a cheaper subsidiary.",
            "Its general secretary, Martin Doyle, told the trade weekly Flight Deck Review that pilots would ballot "
            "for industrial action if the company broke its promise.",
            "Fiona Marsh, the chief executive of aircraft lessor Skyharbour Leasing, said in an interview that lease "
            "rates for narrow-body jets were at a record because planemakers were behind on deliveries.",
            "Northvale said it expected to fly 6% more seats next year.",
        ),
        [
            ("no sign of easing", "Northvale Airways", "institution", ""),  # "saying"
            ("oldest jets by 2030", "Harriet Calloway", "other", "Northvale Airways"),  # chief executive
            ("a fifth less fuel", "Harriet Calloway", "other", "Northvale Airways"),  # the same
            ("freight revenue had fallen", "Duncan Reyes", "other", "Northvale Airways"),  # heads the cargo arm
            ("first dividend since 2019", "Priya Raman", "other", "Northvale Airways"),  # finance director
            ("better than the market", "Sandra Okafor", "analyst", "Bexley Hart"),  # analyst who covers airlines
            ("nobody in this industry", "Sandra Okafor", "analyst", "Bexley Hart"),  # the same, "added"
            ("cheaper subsidiary", "British Airline Pilots' Guild", "institution", ""),
            ("ballot for industrial action", "Martin Doyle", "other", "British Airline Pilots' Guild"),  # its secretary
            ("behind on deliveries", "Fiona Marsh", "other", "Skyharbour Leasing"),  # lessor's chief executive
            ("6% more seats", "Northvale Airways", "institution", ""),  # "Northvale said"
        ],
    ),
    (
        (
            "MANILA -- A turboprop that skidded off a wet runway on the island of Cebu last month touched down nearly "
            "halfway along the runway, the Philippines' Transport Safety Investigation Board said in a preliminary "
            "report on Wednesday.",
            "The board's lead investigator, Ramon Villanueva, told a news conference in Manila that the crew had been "
            "warned of standing water but had decided to land rather than divert.",
            '"The question is not why they landed, but why nothing in the system told them not to," Villanueva said.',
            "All 54 passengers and four crew survived the accident; 11 were treated in hospital.",
            "The airline, Visayan Skyways, said it was cooperating fully with investigators and had grounded none of "
            "its aircraft.",
            "Its chief operating officer, Teresa Lim, said pilots would receive extra training on landings in heavy "
            "rain.",
            "The Civil Aeronautics Directorate, the country's aviation regulator, ordered checks of runway drainage "
            "at 12 airports. The regulator's director general, Eduardo Santos, said airports would have 90 days to "
            "report.",
            "Mactan Gateway Corp, which runs the airport under a concession, said the runway had been inspected two "
            "days before the accident and met international standards.",
            "A spokeswoman for the operator, Joy Bautista, said the company would pay for an independent survey of "
            "the runway's surface.",
            "Captain Arnel Cruz, president of the Philippine Aviators' Guild, said pilots had complained for years "
            "that the runway held water after storms.",
            "Gerald Tan, an aviation safety analyst at the consultancy Avisure in Singapore, said runway excursions "
            "were the most common kind of accident in Southeast Asia and the least reported.",
            "Transportation Secretary Jaime Ocampo said the government would not wait for the final report to act.",
        ),
        [
            ("halfway along the runway", "Transport Safety Investigation Board", "institution", ""),
            ("warned of standing water", "Ramon Villanueva", "official", "Transport Safety Investigation Board"),
            ("nothing in the system", "Ramon Villanueva", "official", "Transport Safety Investigation Board"),
            ("cooperating fully", "Visayan Skyways", "institution", ""),
            ("extra training", "Teresa Lim", "other", "Visayan Skyways"),  # its chief operating officer
            ("90 days to report", "Eduardo Santos", "official", "Civil Aeronautics Directorate"),  # director general
            ("inspected two days before", "Mactan Gateway Corp", "institution", ""),  # the airport operator
            ("independent survey", "Joy Bautista", "other", "Mactan Gateway Corp"),  # the operator's spokeswoman
            ("held water after storms", "Arnel Cruz", "other", "Philippine Aviators' Guild"),  # president, Captain
            ("least reported", "Gerald Tan", "analyst", "Avisure"),  # safety analyst at a consultancy
            ("final report to act", "Jaime Ocampo", "official", ""),  # Transportation Secretary
        ],
    ),
    (
        (
            "PARIS -- Only 71% of France's high-speed trains ran on time last year, the worst figure in a decade, the "
            "rail operator Ferrovia Atlantique said on Monday as it asked the government for 4 billion euros to "
            "renew its signalling.",
            "Transport Minister Claire Duval said the state would not write a blank cheque but was ready to share the "
            'cost "if the operator shows us where every euro goes."',
            "Ferrovia Atlantique's chief executive, Laurent Mercier, said two thirds of the delays were caused by "
            "faults in equipment installed in the 1980s.",
            '"Our tracks were laid for the trains of our parents, and we are running the trains of our children on '
            'them," Mercier told a news conference.',
            "Nadia Benali, the operator's head of infrastructure, said the new signalling would let trains run three "
            "minutes apart instead of four.",
            "Yannick Le Goff, who leads the train drivers' union FNCR, warned that drivers would strike in June if "
            "the operator cut maintenance jobs to pay for the plan.",
            "Helene Roussel, a spokeswoman for the passenger group Voyageurs en Colere, said compensation for late "
            "trains was still too hard to claim.",
            '"Passengers fill in a form, wait three months and get a voucher they cannot use," she said.',
            "A spokesman for the transport ministry, Julien Faure, said the government would present a rail "
            "investment law in the autumn.",
            "Marc Aubry, a rail economist at the consultancy Transeo, said France spent less per kilometre of track "
            "than Germany or Italy.",
            "Mercier said the operator would publish monthly punctuality figures for each line from March.",
        ),
        [
            ("worst figure in a decade", "Ferrovia Atlantique", "institution", ""),
            ("blank cheque", "Claire Duval", "official", ""),  # Transport Minister
            ("two thirds of the delays", "Laurent Mercier", "other", "Ferrovia Atlantique"),  # chief executive
            ("trains of our children", "Laurent Mercier", "other", "Ferrovia Atlantique"),  # the same
            ("three minutes apart", "Nadia Benali", "other", "Ferrovia Atlantique"),  # the operator's head of ...
            ("strike in June", "Yannick Le Goff", "other", "FNCR"),  # leads the drivers' union
            ("too hard to claim", "Helene Roussel", "other", "Voyageurs en Colere"),  # a passenger group's spokeswoman
            ("a voucher they cannot use", "Helene Roussel", "other", "Voyageurs en Colere"),  # the same
            ("rail investment law", "Julien Faure", "official", "transport ministry"),  # the ministry's spokesman
            ("less per kilometre", "Marc Aubry", "analyst", "Transeo"),  # rail economist at a consultancy
            ("monthly punctuality figures", "Laurent Mercier", "other", "Ferrovia Atlantique"),  # the same
        ],
    ),
    (
        (
            "ANTWERP -- Container ships are waiting up to five days for a berth at Antwerp after a week of walkouts by "
            "lock keepers, the Scheldemond Port Authority said on Tuesday.",
            "Its chief executive, Pieter Claes, said the backlog would take two weeks to clear once the locks were "
            "fully staffed again.",
            "Meridian Ocean Lines, the world's fifth-largest container line, said it would skip Antwerp on two "
            "Asia-Europe services and unload at Rotterdam instead.",
            "Lars Eriksen, Meridian's head of Europe, said in a note to customers that boxes bound for Belgium would "
            "be carried on by barge and rail at the line's cost.",
            "Spot rates for a 40-foot container from Shanghai to northern Europe rose 9% this week to $3,450, "
            "according to Harborline Analytics.",
            '"Every day a ship sits at anchor is a day it is not carrying boxes, and the market feels it," said '
            "Ingrid Sorensen, who tracks freight rates at the Copenhagen-based consultancy.",
            "Bart Vermeulen, who represents the lock keepers for the Flemish Transport Workers' Union, said staff "
            "shortages, not pay, were at the heart of the dispute.",
            "Belgium's mobility minister, Sofie Van Damme, said she would meet the unions and the port on Thursday.",
            "Freight forwarders said clients were moving urgent cargo to air freight.",
            "Karin Weiss, director general of the Alliance of European Shippers, said the walkouts showed how little "
            "spare capacity Europe's ports had left.",
            "Claes said the authority would hire 40 lock keepers by the end of the year.",
        ),
        [
            ("up to five days", "Scheldemond Port Authority", "institution", ""),
            ("two weeks to clear", "Pieter Claes", "official", "Scheldemond Port Authority"),  # its chief executive
            ("skip Antwerp", "Meridian Ocean Lines", "institution", ""),
            ("carried on by barge", "Lars Eriksen", "other", "Meridian Ocean Lines"),  # Meridian's head of Europe
            # "according to" a firm that speaks as itself, as "according to the Fed" in the fourth round (set after the
            # run)
            ("rose 9% this week", "Harborline Analytics", "institution", ""),
            ("sits at anchor", "Ingrid Sorensen", "analyst", "Harborline Analytics"),  # tracks rates at the consultancy
            ("shortages, not pay", "Bart Vermeulen", "other", "Flemish Transport Workers' Union"),
            ("meet the unions", "Sofie Van Damme", "official", ""),  # mobility minister
            ("urgent cargo", "", "unnamed", ""),  # freight forwarders
            ("spare capacity", "Karin Weiss", "other", "Alliance of European Shippers"),  # director general
            ("hire 40 lock keepers", "Pieter Claes", "official", "Scheldemond Port Authority"),  # the same
        ],
    ),
    (
        (
            "MUMBAI -- India's aviation regulator on Friday ordered Saffron Air to ground 18 of its jets for engine "
            "inspections, the latest blow to a carrier already struggling to pay its lessors.",
            "The Directorate General of Air Safety said in a circular that cracks had been found in turbine blades on "
            "two engines during routine checks.",
            "The regulator's chief, Anil Mehra, told reporters that safety would not be traded for schedules.",
            "Saffron Air said the groundings would force it to cancel about 120 flights a day until the end of the "
            "month and that passengers would be offered refunds.",
            "Its chief executive, Vikram Rao, said in a message to staff that salaries for March would be paid in "
            "full.",
            "One of the airline's biggest lessors, Dublin-based Aerfinn Capital, said it had served notice to take "
            "back six aircraft over unpaid rent.",
            '"We have been patient for a year. Patience is not a business model," said Siobhan Kelly, Aerfinn\'s '
            "chief commercial officer.",
            "A civil aviation ministry spokeswoman, Meera Iyer, said the government would not bail out the airline.",
            "Rohan Desai, founder of the passenger-rights group FlyFair India, said thousands of travellers were still "
            "waiting for refunds from cancellations in January.",
            "Kavita Nair, an aviation analyst at Brookline Securities in Mumbai, said the airline had about three "
            "weeks of cash left.",
            "The Federation of Indian Commercial Pilots said its members at Saffron had not been paid for two months. "
            "Its president, Captain Sunil Bhatia, said some pilots had already left for airlines in the Gulf.",
        ),
        [
            ("cracks had been found", "Directorate General of Air Safety", "institution", ""),  # a circular's body
            ("traded for schedules", "Anil Mehra", "official", "Directorate General of Air Safety"),  # its chief
            ("120 flights a day", "Saffron Air", "institution", ""),
            ("salaries for March", "Vikram Rao", "other", "Saffron Air"),  # its chief executive
            ("served notice", "Aerfinn Capital", "institution", ""),  # a lessor
            ("not a business model", "Siobhan Kelly", "other", "Aerfinn Capital"),  # chief commercial officer
            ("not bail out", "Meera Iyer", "official", "civil aviation ministry"),  # ministry spokeswoman
            ("waiting for refunds", "Rohan Desai", "other", "FlyFair India"),  # founder of a passenger-rights group
            ("three weeks of cash", "Kavita Nair", "analyst", "Brookline Securities"),
            ("not been paid for two months", "Federation of Indian Commercial Pilots", "institution", ""),
            ("airlines in the Gulf", "Sunil Bhatia", "other", "Federation of Indian Commercial Pilots"),  # Captain
        ],
    ),
    (
        (
            "ISTANBUL -- The world's airlines will earn a combined $31 billion this year, slightly more than forecast "
            "in December, the Global Air Carriers Association said on Monday at its annual meeting.",
            "The association's director general, Henrik Aalto, said carriers were making less than 4 cents on every "
            "dollar of revenue and that delays in deliveries of new jets were keeping costs high.",
            '"Our members have planes on order that they will not see until 2031," Aalto said. "That is not a '
            'supply chain. That is a waiting list."',
            "Its chief economist, Martin Keller, said passenger traffic would grow 8% this year, led by Asia.",
            "Turkey's transport minister, Mehmet Arslanoglu, told delegates that Istanbul's airport would add a "
            "fourth terminal by 2029.",
            "Aerostral, the planemaker, said in a statement that its output would rise by a quarter next year as "
            "suppliers caught up.",
            "Gloria Mendes, who heads the Brazilian low-cost carrier Azulinha, told a panel that lessors were "
            "charging her airline twice what they had charged in 2019.",
            "Simon Achterberg, who follows the industry for the rating agency Northmoor Ratings, said in an interview "
            "that most large carriers had repaid the debts they took on during the pandemic.",
            "Climate campaigners protested outside the meeting. A spokeswoman for the group Grounded Skies, Lea "
            "Fischer, said the industry's plans to cut emissions relied on fuels that did not yet exist.",
            "Aalto said the association would hold next year's meeting in Nairobi.",
        ),
        [
            ("$31 billion", "Global Air Carriers Association", "institution", ""),
            ("4 cents on every", "Henrik Aalto", "other", "Global Air Carriers Association"),  # director general
            ("a waiting list", "Henrik Aalto", "other", "Global Air Carriers Association"),  # the same
            ("grow 8% this year", "Martin Keller", "analyst", "Global Air Carriers Association"),  # chief economist
            ("fourth terminal", "Mehmet Arslanoglu", "official", ""),  # transport minister
            ("rise by a quarter", "Aerostral", "institution", ""),
            ("twice what they had charged", "Gloria Mendes", "other", "Azulinha"),  # heads a carrier
            ("repaid the debts", "Simon Achterberg", "analyst", "Northmoor Ratings"),  # follows it at an agency
            ("did not yet exist", "Lea Fischer", "other", "Grounded Skies"),  # a campaign group's spokeswoman
            ("next year's meeting", "Henrik Aalto", "other", "Global Air Carriers Association"),  # the same
        ],
    ),
]
