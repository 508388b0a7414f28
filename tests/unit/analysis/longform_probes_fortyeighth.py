"""A forty-eighth batch of fictional stories for probing the quotes, in the manner of the ENGLISH-LANGUAGE NEWS OF
QUEBEC AND FRANCOPHONE CANADA AND EUROPE (the Montreal Gazette, CBC Montreal, CTV Montreal, France 24 English, the
English-language Brussels papers): quotes translated from French ("said in French", "(translated)", "in an interview
with Radio-Canada", "speaking in French"), compound given names and particles ("Marie-Ève Lachapelle-Ouellet",
"Jean-François Thibodeau-Lamarre", "Luc de la Sablonnière" then "de la Sablonnière", "Ms. Le Bihan", "Me" before a
lawyer's name, "Van den Broeck"), parties and bodies named in French or half translated ("Québec solidaire", "the
CAQ", "the Parti Québécois", "Hydro-Québec", "the Assemblée nationale", "the Régie de l'énergie", "the OQLF", "the
Élysée", "STIB"), titles used as bare nouns over long chains ("the premier", "the minister", "the mayor"), several
speakers a block, split quotes, descriptions ("the Plateau resident", "the union leader", "the nurse", "the
shopkeeper"), "according to" a report, a minister's office or an audit body, and organisations that speak ("the STM
said in a statement"). The stories: Montreal's transit agency cutting bus service, a power-rate increase fought over
in Quebec City, Mile End shops fined under the French-language law, French farmers on the Paris ring road and a
Brussels metro line delayed again. Written for these tests; none is taken from any corpus, and every person, company
and group in them is made up. The gold is in test_longform_probes_fortyeighth.py."""

from __future__ import annotations

BUS_CUTS: tuple[str, ...] = (
    "STM to cut bus service on 40 routes as Quebec holds back funding",
    "The Société de transport de Montréal (STM) will reduce service on 40 bus routes starting in January, the transit "
    "agency said in a statement Tuesday, blaming a $120-million shortfall it says Quebec has refused to cover. “We "
    "have made every effort to protect service, but we cannot run buses with money we do not have,” the STM said. STM "
    "chair Marie-Ève Lachapelle-Ouellet told reporters at the agency’s headquarters that the cuts would mostly affect "
    "evening and weekend runs. “These are not choices anyone here wanted to make,” Lachapelle-Ouellet said in French. "
    "She said the agency would also freeze hiring for maintenance crews until the spring. Montreal Mayor Sylvain "
    "Beaudry-Keating called the decision “a direct consequence of Quebec’s indifference” to public transit. “The "
    "government finds money for highways and cannot find it for the metro,” the mayor said. He said the city had "
    "already raised its own contribution twice in three years.",
    "According to the office of Transport Minister Geneviève Tremblay-Dufresne, the province increased its transit "
    "funding by seven per cent this year. “The minister expects the STM to find savings in its administration before "
    "it touches service,” her press attaché, Olivier Saint-Pierre, said in an email. The union representing the "
    "agency’s 4,500 maintenance workers said it would fight the hiring freeze. “Our members already work overtime "
    "every week to keep old trains on the rails,” said Bruno Des Rosiers, president of the union local, which is "
    "affiliated with the CSN. The union leader said a freeze would mean longer breakdowns on the Orange line. On "
    "Saint-Denis Street, commuters waiting for the 30 bus were less patient. “I already wait 20 minutes at night. Now "
    "what, 40?” said Chloé Nguyen-Lavoie, a Plateau resident who works late shifts at a hospital. The nurse said she "
    "would probably buy a car. Another rider, Mamadou Diallo, said the cuts would hit people who have no other way to "
    "get around. “The ones who take the bus at 11 p.m. are not the ones who decide,” he said.",
    "Opposition parties at the Assemblée nationale seized on the announcement. Québec solidaire transport critic "
    "Étienne Marchand-Rioux said the government was “starving” transit while boasting about its climate plan. The "
    "Parti Québécois, in a statement, called for an emergency meeting of the transport committee. Lachapelle-Ouellet "
    "said she was open to meeting the minister “any day this week.”",
)

POWER_RATES: tuple[str, ...] = (
    "Hydro-Québec rate hike sets off row in the Assemblée nationale",
    "QUEBEC — Premier Denis Lachance-Morin defended Hydro-Québec’s proposed 4.9-per-cent residential rate increase on "
    "Wednesday, saying the Crown corporation needed the money to build new dams and wind farms. “If we want to "
    "electrify Quebec, someone has to pay for the electrons,” the premier told reporters before question period. "
    "Lachance-Morin said low-income households would be protected by a new credit. The minister responsible for "
    "energy, Jean-François Thibodeau-Lamarre, said the increase was “the lowest in Canada” once inflation was taken "
    "into account. In question period, Québec solidaire co-spokesperson Anne-Sophie Le Bihan accused the government "
    "of breaking a promise to cap increases at three per cent. “The CAQ promised families three per cent. Families "
    "will pay five,” Ms. Le Bihan said in French. The premier replied that the cap had been set “before the war in "
    "Ukraine changed everything.” Parti Québécois leader Luc de la Sablonnière went further. “Hydro-Québec belongs to "
    "Quebecers, not to the premier’s friends in the private wind industry,” de la Sablonnière said outside the "
    "chamber. He said a PQ government would freeze rates for two years. Liberal energy critic Karim Benhaddou said "
    "the government had no plan.",
    "Hydro-Québec, for its part, said in a filing with the Régie de l’énergie that the increase would bring in about "
    "$600 million a year. “Our investment plan is the largest in our history, and it must be financed,” Hydro-Québec "
    "spokesperson Marie-Claude Dufour-Gagnon said. According to a report by the Régie’s own analysts, the average "
    "household would pay about $90 more a year. Consumer group Option consommateurs said that figure understated the "
    "impact on tenants in poorly insulated apartments. “People in old triplexes heat with baseboards. They will feel "
    "this in February,” said the group’s analyst, Pierre-Luc Arsenault, in an interview with Radio-Canada "
    "(translated). The Régie will hold hearings in the fall.",
)

SHOP_FINES: tuple[str, ...] = (
    "Mile End shops fined under French-language law say rules keep changing",
    "When an inspector from the Office québécois de la langue française (OQLF) walked into her Mile End bakery last "
    "spring, Sarah Goldfarb-Pelletier thought it was about the chalkboard menu. It was about the bags. “The word "
    "‘bagel’ was fine. The word ‘everything’ was not,” said Goldfarb-Pelletier, who has run the bakery on Fairmount "
    "Avenue for 12 years. She said she paid a $1,500 fine and reprinted 10,000 paper bags. The OQLF said it does not "
    "comment on individual files. In an emailed statement, the office said it received more than 9,000 complaints "
    "last year, most of them about signs and websites. “The vast majority of businesses comply once they are "
    "informed,” the statement said.",
    "The minister responsible for the French language, Mathieu Rousseau-Bergeron, said small businesses had had three "
    "years to adapt. “French is not a burden. It is the common language of Quebec, and it is everyone’s "
    "responsibility,” the minister said in French at an event in Longueuil. Rousseau-Bergeron added that a support "
    "program would cover up to half the cost of translating a website. Retail council spokesperson Nathalie "
    "Ouimet-Sauvé said the program was welcome but came late. Lawyer Me Frédéric Lanctôt-Brière, who represents "
    "several merchants, said the rules on trademarks were applied unevenly. “One inspector accepts an English brand "
    "name, the next one refuses it. My clients just want to know the rule,” he said in an interview with "
    "Radio-Canada.",
    "Back on Fairmount, Goldfarb-Pelletier said she speaks French with her customers every day and did not see the "
    "fuss. “My grandmother came here from Romania and learned French before English,” she said. “Nobody has to teach "
    "us to love this city.” Her neighbour, the owner of a used-book store who asked not to be named, said he had "
    "stopped putting English titles in his window.",
)

RING_ROAD: tuple[str, ...] = (
    "French farmers vow to keep tractors on Paris ring road as government offers aid",
    "Hundreds of farmers drove their tractors onto the Paris périphérique on Thursday, vowing to stay until the "
    "government withdraws a planned tax on agricultural diesel.",
    "“We are not going home with promises. We have had promises for ten years,” Jean-Baptiste Le Goff, head of the "
    "Coordination paysanne de l’Ouest union in the Finistère department, told FRANCE 24 from the cab of his tractor.",
    "Agriculture Minister Hélène Vasseur-Roche said late on Wednesday that the government would delay the tax by a "
    "year and release €400 million in emergency aid. “The government has heard the anger of the countryside,” she "
    "told the evening news on France 2.",
    "The Élysée said the president had asked the prime minister to receive farm leaders on Friday.",
    "Interior Minister Paul-Henri Delacroix warned that police would not allow the blockade to reach Rungis, the "
    "wholesale market that feeds the capital. “The right to protest is not the right to starve Paris,” he said on "
    "BFMTV.",
    "Marie-Thérèse d’Anglade, who raises dairy cows near Rennes, said the aid would not change her arithmetic. Milk "
    "sells for 42 cents a litre, she said, and costs her 45 to produce. “Every litre I sell, I lose money,” she said, "
    "speaking in French.",
    "In Brussels, a spokesperson for the European Commission, Eric Van den Broeck, said France had not formally asked "
    "to change the rules on farm subsidies. Paris has argued that EU environmental requirements add to farmers’ "
    "costs.",
    "Economist Thierry Ménard of the Institut d’économie rurale said the diesel tax was only part of the story. “The "
    "real issue is that French farms are too small to compete with Spain and Poland on price,” he told AFP.",
    "Le Goff said the farmers would decide at dawn whether to move on Rungis. “If they push us, we will go further,” "
    "he said.",
)

METRO_LINE: tuple[str, ...] = (
    "Brussels metro line 3 delayed again as region struggles with costs",
    "The opening of Brussels metro line 3 has been pushed back to 2033, the region’s transport company STIB said on "
    "Monday, citing cost overruns on the tunnel under the Gare du Midi.",
    "“We would rather tell the truth today than announce another date we cannot keep,” STIB chief executive "
    "Anne-Catherine Verbruggen told reporters.",
    "The Brussels Mobility Minister, Youssef El Amrani, said in a statement that the region would not abandon the "
    "project. “Line 3 is the backbone of the Brussels of tomorrow,” he said in the statement.",
    "According to the Court of Audit, the project’s cost has risen from €2 billion to €3.7 billion since the works "
    "began.",
    "Opposition MP Bénédicte de Wauters (Les Engagés) said taxpayers had been misled. “We were promised a metro in "
    "2030 and a budget that held. We got neither,” Ms. de Wauters told the French-language daily Le Soir.",
    "Residents of the Anneessens neighbourhood, where construction has closed streets since 2019, said they felt "
    "forgotten. “My shop has been behind a fence for six years,” said Karim Ait Ouali, who runs a phone repair "
    "business on the boulevard Lemonnier. The shopkeeper said he had lost half his customers.",
    "Federal Mobility Minister Luc Van der Straeten said Beliris, the federal fund that pays for part of the works, "
    "would keep its commitment.",
)
