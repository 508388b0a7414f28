"""A twentieth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for
the format), written and labelled by the guidelines before any run against the rules: West Africa (the Sahel juntas
and the regional bloc, talks told through delegations arriving and leaving), the South Pacific (a policing and
security pact), the Korean peninsula (a long piece on a border island carried by context; soldiers across the line),
the Caucasus (a prisoner exchange), the Gulf of Thailand (rival claims and gas), a hostage release brokered by a
third state, an arms sale approved by a legislature, an export-credit deal, a pipeline transit fee row, a
fishing-rights dispute, and stories that get no theme (a wildfire, a mayor's corruption trial, a phone launch, a
national budget, a strike at a port, a football final abroad).
Blind, main's rules got 34 of these 140 paragraphs wrong (two of them a theme given to the stories that get none).
After this round's first mends (a football match's wingers, headers and extra time are cues against war, a
trial's charges and lawyers cues against trade, fishing access sold by treaty or licence is trade), 28;
27 after its second (a state claiming land or waters: see themes/claims.py); its third (the states goods come from
are no parties: see themes/goods.py) leaves 27, as the two paragraphs it touches keep diplomacy by
other words; 26 after its fourth (a national held by another state, not only in it: see themes/held.py).
See KNOWN_MISSES in test_theme_probes.py for what is left.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

TWENTIETH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Sahel Juntas And West African Bloc Meet Again In Lome",
        [
            Probe(
                (
                    "LOME, March 3 - Delegations from Mali, Burkina Faso and Niger arrived in the Togolese capital on"
                    " Monday for a third round of talks with the West African bloc ECOWAS on how goods and people "
                    "will cross their borders now that the three juntas have left it."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "The Malian team, led by the foreign minister, landed shortly after noon and was driven straight "
                    "to the presidential palace, where Togo's president received its members for an hour."
                ),
                "d",
            ),
            Probe(
                (
                    "Burkina Faso's delegation came by road from Ouagadougou, a journey of two days, because the "
                    "junta there has banned its officials from flying over the territory of Ivory Coast."
                ),
                "d",
            ),
            Probe(
                (
                    "Niger sent its prime minister, who left Niamey on Sunday evening after meeting the head of the "
                    "junta, General Tiani, state television showed."
                ),
                "d",
            ),
            Probe(
                (
                    "The bloc's side was led by its commission president, who told reporters on arrival that 'the "
                    "door remains open' and that the region's people should not pay for the quarrel of their "
                    "governments."
                ),
                "d",
            ),
            Probe(
                (
                    "The first session, behind closed doors at a hotel on the lagoon, broke up after four hours. A "
                    "Togolese official said the two sides had agreed on an agenda but on nothing else."
                ),
                "d",
            ),
            Probe(
                (
                    "At stake are the customs duties lorries pay at the borders, the right of citizens to live and "
                    "work in each other's countries without visas, and the fate of the bloc's investment bank, which "
                    "holds loans to all three states."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Landlocked, the three countries import most of their fuel and food through the ports of Lome, "
                    "Cotonou and Abidjan. Since the juntas left the bloc, lorry drivers say, waits at the frontier "
                    "have doubled."
                ),
                "t",
            ),
            Probe(
                (
                    "The juntas accuse the bloc of serving France, the former colonial power, and of preparing to "
                    "invade Niger after the 2023 coup, a threat the bloc withdrew months later."
                ),
                "dm",
            ),
            Probe(
                (
                    "On Tuesday evening the Burkinabe delegation left early, its leader saying he had been called "
                    "home for consultations. The Malians and Nigeriens stayed for a second day."
                ),
                "d",
            ),
            Probe(
                (
                    "A joint statement read out at the end said the parties would meet again in Niamey in June and "
                    "that, until then, no new duties would be imposed on each other's goods."
                ),
                "dt",
            ),
            Probe(
                (
                    "Security was tight around the hotel, with armoured vehicles at both ends of the road, but "
                    "residents said the city was calm."
                ),
                "",
                "m",
            ),
        ],
    ),
    (
        "Kiribati Signs Policing Pact With China, Alarming Canberra",
        [
            Probe(
                (
                    "TARAWA, May 20 - Kiribati signed a policing and security agreement with China on Tuesday, giving"
                    " Chinese officers a role in training its police and allowing Chinese ships to call at its ports "
                    "for 'humanitarian and security needs'."
                ),
                "dm",
            ),
            Probe(
                (
                    "The text, which the government published only after the signing, runs to nine pages. It allows "
                    "Kiribati to ask Beijing for help 'to maintain social order' and says each side will protect the "
                    "other's personnel and projects."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Canberra said it was 'deeply disappointed' and that the Pacific family should meet its own "
                    "security needs. Australia's foreign minister said she would fly to Tarawa next week."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "New Zealand's prime minister said he had spoken to Kiribati's president by telephone on "
                    "Wednesday and 'made our views clear'."
                ),
                "d",
            ),
            Probe(
                (
                    "Kiribati, 33 atolls spread across an ocean area the size of India, has no army. Its police force"
                    " has about 500 officers and one patrol boat, donated by Australia in 2019."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The island state switched its recognition from Taipei to Beijing in 2019, and China has since "
                    "paid for a new runway on Kanton, an atoll some 3,000 km from Hawaii."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "American officials have said the runway could one day serve military aircraft. Beijing says it "
                    "is for civilian flights and fishing patrols."
                ),
                "md",
            ),
            Probe(
                (
                    "In South Tarawa, opinion was divided. A shopkeeper said Chinese money had built roads when no "
                    "one else would; a church leader said the deal had been signed 'without asking the people'."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "Opposition lawmakers said they would table a motion to have the agreement reviewed by "
                    "parliament, which did not see it before it was signed."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "The Pacific Islands Forum, whose leaders meet in September, has no rule on security pacts with "
                    "outside powers, and its secretary general declined to comment."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Chinese police advisers have worked in the Solomon Islands since 2022 under a similar pact, "
                    "which was followed by an Australian deal to fund and train the Solomons' force."
                ),
                "d",
                "m",
            ),
        ],
    ),
    (
        "On A Border Island, Residents Learn To Live With The North's Guns",
        [
            Probe(
                (
                    "YEONPYEONG, South Korea - From the hill behind the school, on a clear day, the coast of North "
                    "Korea is close enough to count the windows of its barracks."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The island's 2,000 residents have lived with that view all their lives. What has changed this "
                    "year, they say, is the sound: artillery drills on the northern shore most weeks, and the thud of"
                    " shells landing in the sea."
                ),
                "m",
            ),
            Probe(
                (
                    "In January the North fired some 200 rounds into waters near the island, and the South's marines "
                    "answered with drills of their own. Residents were ordered into shelters for three hours."
                ),
                "m",
            ),
            Probe(
                (
                    "Kim Soon-ja, 71, who runs a guesthouse by the ferry pier, keeps a bag packed by the door. 'In "
                    "2010 we ran with nothing,' she said. 'Now I take my medicine and my papers.'"
                ),
                "m",
            ),
            Probe(
                (
                    "In November 2010, North Korean shells killed two marines and two civilians here and set dozens "
                    "of houses on fire. The ruins of one house are kept as a memorial beside the new shelters."
                ),
                "m",
            ),
            Probe(
                (
                    "Fishermen fear most for the crab season. The boats may go only so far north, and when tensions "
                    "rise the coast guard brings them home early."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The line they must not cross, drawn by the American-led UN command after the 1953 armistice, has"
                    " never been accepted by Pyongyang, which claims waters further south."
                ),
                "md",
            ),
            Probe(
                (
                    "Last year the North declared that it no longer regarded the South as a partner for unification "
                    "and dismantled the offices that handled contacts between the two governments."
                ),
                "d",
            ),
            Probe(
                (
                    "Seoul's unification ministry, which pays the ferry subsidies for islanders, says the government "
                    "will spend more on shelters and on a second ferry. It has not said when talks with Pyongyang "
                    "might resume."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "'We are not afraid of them,' said a 34-year-old marine sergeant at the island's base, who asked "
                    "not to be named. 'We are ready. That is our job.'"
                ),
                "m",
            ),
            Probe(
                (
                    "Younger residents are leaving anyway. The school has 41 pupils, down from 90 a decade ago, and "
                    "the island's only doctor is due to retire."
                ),
                "",
                "m",
            ),
            Probe(
                (
                    "For now, the ferry still leaves Incheon every morning at eight. On days when the drills are "
                    "announced, it is half empty."
                ),
                "m",
            ),
        ],
    ),
    (
        "Azerbaijan And Armenia Exchange Prisoners At Border",
        [
            Probe(
                (
                    "BAKU, Dec 7 - Azerbaijan handed over 32 Armenian soldiers on Thursday in exchange for two "
                    "Azerbaijani servicemen held by Armenia, the first exchange between the two since their war in "
                    "2020."
                ),
                "md",
            ),
            Probe(
                (
                    "The men crossed on foot at a checkpoint on the border near the village of Tegh, watched by "
                    "officials of the International Committee of the Red Cross."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "A joint statement by the offices of Azerbaijan's president and Armenia's prime minister called "
                    "the exchange 'a gesture of goodwill' and said the two sides would keep working towards a peace "
                    "treaty."
                ),
                "d",
            ),
            Probe(
                (
                    "Armenia also said it would withdraw its bid to host a UN climate conference next year, clearing "
                    "the way for Baku, which had the support of every other country in the region."
                ),
                "d",
            ),
            Probe(
                (
                    "The Armenian soldiers had been captured in the fighting of 2020 and in border clashes since, "
                    "Yerevan said. Baku had accused some of them of laying mines."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Relatives waited at the airport in Yerevan late into the night. 'I have not seen my son for "
                    "three years,' said one mother, who held his photograph."
                ),
                "",
                "dm",
            ),
            Probe(
                (
                    "The two Azerbaijani servicemen had crossed into Armenia in April, one of them after killing a "
                    "security guard, and a court in Armenia had sentenced him to life in prison. He was pardoned "
                    "before the handover."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Talks on the treaty, mediated at various times by Washington, Brussels and Moscow, have stalled "
                    "over Azerbaijan's demand that Armenia change its constitution."
                ),
                "d",
            ),
            Probe(
                (
                    "Azerbaijan retook the Karabakh region in a one-day offensive in September, prompting almost all "
                    "of its 100,000 ethnic Armenians to flee."
                ),
                "m",
            ),
            Probe(
                (
                    "The European Union, which keeps a civilian monitoring mission on the Armenian side of the "
                    "border, welcomed the exchange."
                ),
                "d",
                "m",
            ),
        ],
    ),
    (
        "Cambodia And Thailand To Reopen Talks On Gulf Waters",
        [
            Probe(
                (
                    "PHNOM PENH, Jan 22 - Cambodia and Thailand agreed on Wednesday to reopen talks on the waters "
                    "they both claim in the Gulf of Thailand, after a decade in which the dispute has kept billions "
                    "of dollars' worth of gas under the seabed untouched."
                ),
                "dt",
            ),
            Probe(
                (
                    "The foreign ministers of the two countries, meeting in Phnom Penh, said a joint technical "
                    "committee would meet within three months to discuss sharing the area's resources while leaving "
                    "the question of the border aside."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "The overlapping area covers about 26,000 square km. Under a 2001 memorandum, the two governments"
                    " agreed to draw a line in the north and develop the south jointly, but the talks broke down in "
                    "2009."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "Thailand's parliament must approve any final deal, and nationalist groups in Bangkok say the "
                    "memorandum could cost Thailand the island of Koh Kood, which lies near the line Cambodia claims."
                ),
                "d",
            ),
            Probe(
                (
                    "Thai officials say the claim to the island is not in doubt. Cambodia's government says it has "
                    "never claimed Koh Kood."
                ),
                "d",
            ),
            Probe(
                (
                    "Thailand's navy said on Thursday it had moved a frigate to the island 'as routine', and the "
                    "country's army chief said his forces were 'ready to protect every inch'."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Both countries need the gas. Thailand's own fields in the gulf are running down, and it now "
                    "imports a third of the gas it burns as liquefied gas from Qatar and the United States."
                ),
                "t",
            ),
            Probe(
                (
                    "Cambodia, which has no gas production, hopes a deal would bring investment to its coastal "
                    "province of Koh Kong."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "The two countries fought a brief border war over land around an ancient temple in 2011, a "
                    "dispute the International Court of Justice ruled on in Cambodia's favour two years later."
                ),
                "md",
            ),
        ],
    ),
    (
        "Oman Brokers Release Of Two Belgian Aid Workers Held In Yemen",
        [
            Probe(
                (
                    "MUSCAT, June 2 - Two Belgian aid workers held for eight months by Yemen's Houthi movement were "
                    "freed on Sunday and flown to Oman, whose government brokered their release, Belgium's foreign "
                    "ministry said."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "The two women, who worked for a medical charity in the port city of Hodeidah, landed at Muscat "
                    "airport on an Omani government plane and were met by Belgium's ambassador."
                ),
                "d",
            ),
            Probe(
                (
                    "Belgium's prime minister thanked Sultan Haitham in a telephone call and said the release showed "
                    "'the value of patient diplomacy'."
                ),
                "d",
            ),
            Probe(
                (
                    "The Houthis, who control much of northern Yemen, said the women had been detained on suspicion "
                    "of spying and released 'for humanitarian reasons' after the mediation of 'brothers in Oman'."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Oman has brokered more than a dozen such releases since the war in Yemen began in 2015, keeping "
                    "channels open to the Houthis, to Riyadh and to Tehran."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "It was not clear whether anything was given in return. A Belgian official said no ransom had "
                    "been paid, and would not say whether any Houthi prisoners had been freed."
                ),
                "d",
            ),
            Probe(
                (
                    "The Houthis hold at least 13 United Nations staff and several employees of foreign embassies, "
                    "according to the UN, which has demanded their release."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "The group has fired missiles and drones at merchant ships in the Red Sea since late 2023, saying"
                    " it acts in support of Palestinians in Gaza, and American and British warplanes have struck its "
                    "bases in return."
                ),
                "m",
                "t",
            ),
            Probe(
                (
                    "The women are expected to fly home to Brussels on Monday, where their families and the charity's"
                    " director will meet them."
                ),
                "d",
            ),
        ],
    ),
    (
        "Swiss Parliament Clears Sale Of Anti-Aircraft Guns To Brazil",
        [
            Probe(
                (
                    "BERN, Nov 27 - Switzerland's parliament voted on Wednesday to allow the sale of 12 anti-aircraft"
                    " guns to Brazil, ending a year-long row over whether the neutral country may sell weapons to "
                    "governments that could pass them on."
                ),
                "md",
                "t",
            ),
            Probe(
                (
                    "The lower house backed the sale by 104 votes to 83 after the upper house approved it in "
                    "September. The Social Democrats and Greens voted against."
                ),
                "m",
                "dt",
            ),
            Probe(
                (
                    "The guns, made in Zurich by the Swiss unit of a German group, are to protect Brazil's "
                    "hydroelectric dams and its capital. The contract is worth about 180 million francs."
                ),
                "m",
                "t",
            ),
            Probe(
                (
                    "Under Swiss law, buyers of Swiss weapons must promise not to re-export them without Bern's "
                    "consent. Switzerland refused last year to let Germany and Denmark send Swiss-made ammunition and"
                    " armoured vehicles to Ukraine."
                ),
                "md",
                "t",
            ),
            Probe(
                (
                    "Those refusals angered Berlin and Copenhagen, and several European governments said they would "
                    "stop buying Swiss arms, which the industry says has cost it orders worth hundreds of millions."
                ),
                "d",
                "tm",
            ),
            Probe(
                ("Brazil's defence ministry welcomed the vote and said the first guns would arrive in 2026."),
                "m",
                "dt",
            ),
            Probe(
                (
                    "The maker said the decision would save 300 jobs at the Zurich plant, where orders have fallen by"
                    " a third since 2022."
                ),
                "",
                "mt",
            ),
            Probe(
                (
                    "A group of pacifist campaigners said it would gather signatures to force a referendum on the "
                    "law, as it did in 2009."
                ),
                "",
                "m",
            ),
            Probe(
                (
                    "Neutrality has been at the heart of Swiss foreign policy since 1815, and polls show nine in ten "
                    "Swiss want to keep it, though many now favour closer ties with NATO."
                ),
                "d",
                "m",
            ),
        ],
    ),
    (
        "Britain Backs Tanzanian Railway With Export Credit Guarantee",
        [
            Probe(
                (
                    "DAR ES SALAAM, Sept 9 - Britain's export credit agency will guarantee a 1.1 billion dollar loan "
                    "for a railway line in Tanzania, on condition that British firms supply a share of the equipment,"
                    " the two governments said on Monday."
                ),
                "td",
            ),
            Probe(
                (
                    "The loan, from a group of banks led by Standard Chartered, will pay for 340 km of track between "
                    "Tabora and Kigoma, on Lake Tanganyika, with a spur towards the border with Burundi."
                ),
                "t",
            ),
            Probe(
                (
                    "Under the terms, at least 20 percent of the contract's value must go to suppliers in Britain, "
                    "among them makers of signalling systems in Derby and York."
                ),
                "t",
            ),
            Probe(
                (
                    "Tanzania's finance minister said the line would cut the cost of moving copper and cobalt from "
                    "Congo and Zambia to the port of Dar es Salaam by half."
                ),
                "t",
            ),
            Probe(
                (
                    "Britain's trade minister, who signed the documents in Dar es Salaam, said it was the agency's "
                    "largest deal in East Africa and 'a sign of the partnership between our two countries'."
                ),
                "td",
            ),
            Probe(
                (
                    "Turkish contractor Yapi Merkezi, which is building earlier sections of the line with Chinese and"
                    " Turkish loans, is expected to bid for the work."
                ),
                "t",
            ),
            Probe(
                (
                    "China's export-import bank financed a railway from Nairobi to the coast a decade ago, and Kenya "
                    "has since struggled to repay it, something critics of the Tanzanian project point to."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Opposition MPs in Dodoma said the government had not published the interest rate. The finance "
                    "ministry said it was 'competitive' and would be disclosed to parliament."
                ),
                "t",
            ),
            Probe(
                ("Construction is due to start in March and take four years."),
                "t",
            ),
        ],
    ),
    (
        "South Sudan Accuses Sudan Of Seizing Oil In Transit Fee Row",
        [
            Probe(
                (
                    "JUBA, April 16 - South Sudan accused Sudan on Wednesday of seizing 600,000 barrels of its crude "
                    "at Port Sudan in a row over the fees Khartoum charges for carrying the oil through its pipeline "
                    "to the Red Sea."
                ),
                "td",
            ),
            Probe(
                (
                    "South Sudan, which broke away in 2011, pumps all its oil through the 1,600 km line and pays "
                    "Sudan about 24 dollars a barrel in transit and processing fees, among the highest in the world."
                ),
                "t",
            ),
            Probe(
                (
                    "Sudan's energy ministry said Juba owed 230 million dollars in unpaid fees and that it had taken "
                    "the cargo 'as payment in kind', as it was entitled to under the 2012 agreement between the two "
                    "states."
                ),
                "td",
            ),
            Probe(
                (
                    "Juba's oil minister called the seizure 'theft' and said his government would take the matter to "
                    "the African Union, which brokered that agreement."
                ),
                "dt",
            ),
            Probe(
                (
                    "Oil makes up more than 90 percent of South Sudan's revenue. Civil servants in Juba have not been"
                    " paid since January."
                ),
                "t",
            ),
            Probe(
                (
                    "The pipeline has also been damaged by the war in Sudan between the army and the Rapid Support "
                    "Forces, which has cut the line twice in the past year."
                ),
                "mt",
            ),
            Probe(
                (
                    "In 2012, South Sudan shut down its entire output for 15 months in a row over the same fees, and "
                    "the two countries briefly fought over the border oil field of Heglig."
                ),
                "tmd",
            ),
            Probe(
                (
                    "Diplomats in Juba said Kenya, Ethiopia and Uganda had offered to mediate, and that a delegation "
                    "from Juba would travel to Port Sudan, the seat of Sudan's army-backed government, next week."
                ),
                "d",
            ),
            Probe(
                (
                    "Plans for a second pipeline through Kenya to the port of Lamu have been discussed for more than "
                    "a decade but never financed."
                ),
                "t",
                "d",
            ),
        ],
    ),
    (
        "Senegal Lets EU Fishing Deal Lapse, Sending Trawlers Home",
        [
            Probe(
                (
                    "DAKAR, Nov 18 - European trawlers left Senegalese waters on Sunday after the country's new "
                    "government let a fisheries agreement with the European Union expire, saying it gave away too "
                    "much fish for too little money."
                ),
                "td",
            ),
            Probe(
                (
                    "The deal allowed 18 tuna boats from Spain, France and Portugal and two trawlers to fish in "
                    "Senegal's waters in return for about 1.7 million euros a year, part of it to support local "
                    "fishing."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "The government said it would audit every foreign licence, including those sold to Chinese and "
                    "Turkish firms, before deciding whether to sign a new accord."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "In the port of Kayar, fishermen welcomed the move. 'Our canoes come back empty while their ships"
                    " fill their holds,' said Moussa Ndiaye, who has fished for 30 years."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Thousands of young Senegalese have tried to reach Spain's Canary Islands by boat in recent "
                    "years, many of them former fishermen, and Madrid has pressed Dakar to stop the departures."
                ),
                "d",
            ),
            Probe(
                (
                    "The EU's fisheries commissioner said Brussels regretted the decision and remained ready to "
                    "negotiate 'a fair and sustainable partnership'."
                ),
                "dt",
            ),
            Probe(
                (
                    "Fish is Senegal's largest export after gold and phosphates, most of it sold to Europe and West "
                    "Africa."
                ),
                "t",
            ),
            Probe(
                (
                    "Ships of Senegal's navy will patrol the zone to stop illegal fishing, the fisheries minister "
                    "said, adding that two vessels had been bought from France for the purpose."
                ),
                "m",
                "td",
            ),
        ],
    ),
    (
        "South Korea Fires Warning Shots As North's Soldiers Cross Line",
        [
            Probe(
                (
                    "SEOUL, June 11 - South Korean troops fired warning shots after about 20 North Korean soldiers "
                    "briefly crossed the military demarcation line inside the border zone on Tuesday, the South's "
                    "military said."
                ),
                "m",
            ),
            Probe(
                (
                    "The soldiers, some carrying tools, returned north after the shots. They appeared to be doing "
                    "construction work and may have lost their way in the forest, a Joint Chiefs of Staff official "
                    "said."
                ),
                "m",
            ),
            Probe(
                (
                    "The North has been laying mines, building anti-tank barriers and removing roads across the "
                    "border since it declared the South its 'principal enemy' this year."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Pyongyang has also sent hundreds of balloons carrying rubbish over the border, in what it called"
                    " a response to leaflets sent north by activists in the South."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Seoul answered by resuming loudspeaker broadcasts of news and pop songs along the frontier, "
                    "which it had stopped in 2018 under an agreement meant to ease tensions."
                ),
                "d",
                "m",
            ),
            Probe(
                ("The North's state media did not mention the incident on Wednesday."),
                "m",
                "d",
            ),
        ],
    ),
    (
        "Wildfire Forces Thousands From Homes On Chios",
        [
            Probe(
                (
                    "ATHENS, Aug 4 - A wildfire fanned by strong winds forced thousands of people from villages and "
                    "hotels on the Greek island of Chios on Sunday, the fire service said."
                ),
                "",
            ),
            Probe(
                (
                    "More than 400 firefighters, helped by eight water-dropping planes and helicopters, battled the "
                    "flames on three fronts through the night."
                ),
                "",
            ),
            Probe(
                (
                    "Coast guard boats took about 600 tourists from beaches to the island's main port as smoke "
                    "blackened the sky."
                ),
                "",
            ),
            Probe(
                (
                    "Two planes sent by Italy and one by Croatia under the European Union's civil protection scheme "
                    "were due to arrive on Monday."
                ),
                "",
                "d",
            ),
            Probe(
                (
                    "The fire broke out in a pine forest above the village of Vessa and spread quickly through dry "
                    "scrub. Police arrested a 60-year-old farmer on suspicion of starting it by burning weeds."
                ),
                "",
            ),
            Probe(
                (
                    "Greece has had its hottest June and July on record, and the fire service has fought more than 50"
                    " blazes a day."
                ),
                "",
            ),
        ],
    ),
    (
        "Former Porto Alegre Mayor Goes On Trial Over Bus Contracts",
        [
            Probe(
                (
                    "PORTO ALEGRE, Brazil, Feb 10 - The former mayor of the southern Brazilian city of Porto Alegre "
                    "went on trial on Monday accused of taking 4 million reais in bribes from bus companies in return"
                    " for contracts."
                ),
                "",
            ),
            Probe(
                (
                    "Prosecutors say Carlos Menezes, who governed the city from 2017 to 2024, steered three contracts"
                    " to firms owned by a businessman who paid for his apartment on the coast."
                ),
                "",
            ),
            Probe(
                (
                    "Menezes, 58, denies the charges. His lawyer told the court the payments were loans between "
                    "friends and had been repaid."
                ),
                "",
            ),
            Probe(
                (
                    "The trial, before a panel of three judges, is expected to last six weeks. Forty witnesses are "
                    "due to testify, among them two former city secretaries."
                ),
                "",
            ),
            Probe(
                (
                    "If convicted, Menezes faces up to 12 years in prison. He has said he will run for the federal "
                    "Senate next year."
                ),
                "",
            ),
            Probe(
                (
                    "The case is one of several brought by a special anti-corruption unit set up after the 'Car Wash'"
                    " investigations of the past decade."
                ),
                "",
            ),
        ],
    ),
    (
        "Lumo Launches Cheaper Foldable Phone",
        [
            Probe(
                (
                    "BEIJING, Sept 24 - Chinese smartphone maker Lumo launched its first foldable phone on Tuesday, "
                    "pricing it below rivals from Samsung and Huawei in a bid for younger buyers."
                ),
                "",
            ),
            Probe(
                (
                    "The Lumo Fold, which opens to an 8-inch screen, will go on sale in China next week and in Europe"
                    " and South-East Asia in November, the company said at a launch event in Beijing."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "Chief executive Wang Jie told the audience of 2,000 that the phone's hinge had been tested "
                    "500,000 times. 'It will outlive your contract,' he said."
                ),
                "",
            ),
            Probe(
                ("Shares of Lumo rose 4 percent in Hong Kong after the launch."),
                "",
            ),
            Probe(
                (
                    "Analysts said foldables still made up less than 2 percent of the phones sold worldwide, but that"
                    " the market was growing fastest in China."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "The company also showed a smartwatch and a pair of earbuds, and said it would open its first "
                    "store in Paris next year."
                ),
                "",
                "t",
            ),
        ],
    ),
    (
        "Kenya Budget Raises Taxes On Bread And Mobile Money",
        [
            Probe(
                (
                    "NAIROBI, June 13 - Kenya's finance minister presented a 4 trillion shilling budget on Thursday "
                    "that raises taxes on mobile money transfers, bread and vehicles to narrow a deficit that has "
                    "pushed the country to the edge of default."
                ),
                "",
            ),
            Probe(
                (
                    "The minister told parliament the deficit would fall to 3.3 percent of output in the year to June"
                    " from 5.7 percent, if the new measures pass."
                ),
                "",
            ),
            Probe(
                (
                    "Spending on schools and hospitals is to rise by 6 percent, while the budget for roads is cut by "
                    "a fifth. Teachers' pay will be frozen for a second year."
                ),
                "",
            ),
            Probe(
                (
                    "Opposition lawmakers walked out during the speech, and hundreds of young people marched through "
                    "the city centre chanting against the tax rises before police dispersed them with tear gas."
                ),
                "",
            ),
            Probe(
                (
                    "The International Monetary Fund, which is lending Kenya 3.6 billion dollars, has urged the "
                    "government to raise more revenue."
                ),
                "",
                "td",
            ),
            Probe(
                ("The finance bill must be passed by the end of the month. The president has said he will sign it."),
                "",
            ),
        ],
    ),
    (
        "Antwerp Dock Workers Strike Over Pension Plan",
        [
            Probe(
                (
                    "ANTWERP, Oct 8 - Dock workers at the port of Antwerp walked off the job on Tuesday in a 48-hour "
                    "strike against government plans to raise their retirement age, leaving dozens of ships waiting "
                    "at anchor."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "The unions say work at the docks is too hard on the body to be done until 67. The government "
                    "says the reform is needed to keep the pension system afloat."
                ),
                "",
            ),
            Probe(
                (
                    "Picket lines formed at the entrances to the container terminals before dawn, and no cranes were "
                    "moving by mid-morning, a port spokesman said."
                ),
                "",
            ),
            Probe(
                (
                    "It was the fourth strike this year. Port operators estimate each day of stoppage costs them "
                    "about 10 million euros."
                ),
                "",
            ),
            Probe(
                (
                    "Shipping lines said they would divert some vessels to Rotterdam and Hamburg until the strike "
                    "ends, and car makers warned of delays to parts arriving from Asia."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "The labour minister said she was ready to meet the unions on Friday, but that the retirement age"
                    " 'is not up for negotiation'."
                ),
                "",
            ),
        ],
    ),
    (
        "Morocco Beat Senegal In Extra Time To Win Africa Cup",
        [
            Probe(
                (
                    "ABIDJAN, Feb 11 - Morocco beat Senegal 2-1 after extra time to win the Africa Cup of Nations "
                    "final in Ivory Coast's main city on Sunday, their first continental title in almost half a "
                    "century."
                ),
                "",
            ),
            Probe(
                (
                    "Senegal led through a header from their captain in the 20th minute, but Morocco's relentless "
                    "attack wore down a tired defence and a winger levelled with a shot from the edge of the box."
                ),
                "",
            ),
            Probe(
                (
                    "The winner came in the 112th minute, when a substitute turned in a cross at the far post to set "
                    "off celebrations among the thousands of Moroccan fans who had flown in for the match."
                ),
                "",
            ),
            Probe(
                (
                    "Morocco's king sent a message of congratulation to the players, and crowds filled the streets of"
                    " Rabat and Casablanca into the early hours."
                ),
                "",
            ),
            Probe(
                (
                    "Senegal's coach said his side had 'run out of legs' and that the heat in Abidjan had been hard "
                    "on players who had come from the European winter."
                ),
                "",
            ),
            Probe(
                (
                    "The hosts, knocked out in the quarter-finals, filled the stadium anyway. Organisers said 60,000 "
                    "tickets had been sold."
                ),
                "",
            ),
        ],
    ),
]
