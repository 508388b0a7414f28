"""A twelfth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for
the format), written and labelled by the guidelines before any run against main's rules: a state telling its citizens
to leave, a government answering another, a tariff row between capitals, a UN vote with abstentions, sanctions and
export controls, an arms sale, peacekeepers attacked, ceasefire talks, a prisoner swap and a hostage release, naval
drills, a border clash, an embassy closed, visits told through leaders' names, a consular case, a war and trade talks
continued with weak words; and look-alikes with no theme (a pension reform, a stabbing, a football final, a leader
touring floods at home). Blind, main's rules got 24 of these 85 paragraphs wrong; after this round's mends, 15. The four
sets after them were each written blind against the rules of their day (12 of 31, 9 of 34, 9 of 30 and 6 of 19
wrong; after the mends 11, 6, 5 and 5: see KNOWN_MISSES in test_theme_probes.py). All written for these tests; none is
taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

TWELFTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Germany Urges Citizens To Leave Lebanon",
        [
            Probe(
                "Germany on Sunday urged its citizens to leave Lebanon immediately while commercial flights were still "
                "running, as exchanges of fire across the Israeli border intensified.",
                "dm",
            ),
            Probe(
                "The foreign office in Berlin said it had reduced embassy staff in Beirut to a minimum and that the "
                "families of diplomats had already been flown out.",
                "d",
            ),
            Probe("Britain, Canada and the Netherlands issued similar advice on Saturday.", "d"),
            Probe(
                "About 1,800 Germans are registered with the embassy, though officials believe the true number is "
                "higher.",
                "d",
            ),
            Probe(
                "Airlines including Lufthansa have suspended flights to Beirut until the end of the month.",
                "",
                "dm",
            ),
        ],
    ),
    (
        "Norway Rejects Russian Protest Over Arctic Radar",
        [
            Probe(
                "Russia's embassy in Oslo lodged a protest on Tuesday over a new radar station on the Svalbard "
                "archipelago, saying it breached a century-old treaty that bars military bases on the islands.",
                "dm",
            ),
            Probe(
                "The Norwegian government said the radar tracked satellites for civilian research and had nothing to "
                "do with defence.",
                "d",
                "m",
            ),
            Probe(
                "Moscow has long complained that Norway restricts the activities of its mining settlement at "
                "Barentsburg.",
                "d",
            ),
            Probe(
                "The islands, which lie halfway between the Norwegian mainland and the North Pole, are home to about "
                "2,500 people.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Canada Presses India Over Lentil Tariff",
        [
            Probe(
                "India will raise its tariff on lentils to 50 percent from next month, the finance ministry said on "
                "Friday, a move that will hit farmers in Canada and Australia, its two biggest suppliers.",
                "t",
                "d",
            ),
            Probe(
                "Ottawa urged New Delhi to reconsider and said its trade minister would raise the matter at a meeting "
                "of G20 ministers in Rio next week.",
                "td",
            ),
            Probe("Saskatchewan growers shipped nearly 900,000 tonnes of lentils to India last year.", "t"),
            Probe(
                "Indian officials said the measure was meant to protect domestic growers after a record harvest.",
                "t",
            ),
        ],
    ),
    (
        "UN Assembly Backs Call For Talks On Nuclear Test Ban",
        [
            Probe(
                "The UN General Assembly voted on Thursday to open talks on a treaty banning all nuclear test "
                "explosions, with 141 countries in favour and four against.",
                "dm",
            ),
            Probe("Brazil, South Africa and Egypt were among the 27 that abstained.", "d"),
            Probe("Supporters hope a conference can be convened in Vienna before the end of next year.", "d"),
            Probe(
                "The resolution is not binding, but its sponsors say the size of the majority will be hard to ignore.",
                "d",
            ),
        ],
    ),
    (
        "EU Adopts New Sanctions On Belarus Over Migrant Flights",
        [
            Probe(
                "European Union foreign ministers on Monday adopted a new package of sanctions against Belarus, "
                "targeting its state airline and potash exporters over what the bloc called the use of migrants as a "
                "weapon.",
                "td",
            ),
            Probe(
                "The measures freeze the assets of 17 officials and bar European firms from buying Belarusian "
                "fertiliser.",
                "t",
                "d",
            ),
            Probe("Minsk called the sanctions economic terrorism and said it would respond in kind.", "td"),
            Probe(
                "Lithuania, which shares a long border with Belarus, has pushed for tougher steps, including closing "
                "all border crossings.",
                "d",
                "t",
            ),
            Probe("Potash prices rose 4 percent in Chicago on the news.", "t"),
        ],
    ),
    (
        "Netherlands Tightens Curbs On Chip Machine Exports",
        [
            Probe(
                "The Dutch government said on Friday it would require licences for the export of more advanced "
                "chipmaking machines, bringing its rules closer to those of the United States.",
                "t",
                "d",
            ),
            Probe(
                "Beijing said the curbs were a politicisation of trade and urged The Hague to respect market "
                "principles.",
                "td",
            ),
            Probe(
                "Lumisys, which makes the machines, said it expected the rules to have no material effect on its "
                "results this year.",
                "t",
            ),
            Probe("China bought nearly half of the company's machines last year.", "t"),
        ],
    ),
    (
        "Germany Approves Tank Sale To Saudi Arabia",
        [
            Probe(
                "Germany's government approved the sale of 48 Leopard tanks to Saudi Arabia on Wednesday, lifting a "
                "freeze imposed after the killing of a journalist in 2018.",
                "m",
                "td",
            ),
            Probe(
                "Opposition lawmakers said the deal broke the country's own rules against arming states at war, "
                "citing Riyadh's campaign in Yemen.",
                "m",
                "d",
            ),
            Probe(
                "The contract is worth about 2.5 billion euros to the tanks' maker, which has added 1,200 jobs since "
                "2022.",
                "m",
                "t",
            ),
        ],
    ),
    (
        "Three Peacekeepers Killed In Eastern Congo",
        [
            Probe(
                "Three peacekeepers from Ghana were killed when their patrol came under fire near the town of Bunia, "
                "the UN mission in Congo said on Saturday.",
                "m",
                "d",
            ),
            Probe(
                "The Security Council condemned the attack and called on Kinshasa to bring those responsible to "
                "justice.",
                "dm",
            ),
            Probe(
                "Ghana's defence minister said the country would keep its 800 troops in the mission despite the "
                "losses.",
                "m",
                "d",
            ),
            Probe(
                "The mission's mandate expires in December, and the government has asked for a phased withdrawal.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Sudan's Rivals Resume Ceasefire Talks In Jeddah",
        [
            Probe(
                "Delegations of Sudan's army and the paramilitary Rapid Support Forces resumed talks in Jeddah on "
                "Sunday on a ceasefire, mediated by Saudi Arabia and the United States.",
                "dm",
            ),
            Probe(
                "Previous truces collapsed within hours, with both sides accusing the other of violations.",
                "m",
                "d",
            ),
            Probe("The mediators said the two sides had agreed to discuss humanitarian access first.", "d", "m"),
            Probe(
                "Fighting continued in Omdurman and El Fasher, where residents reported shelling of markets.",
                "m",
            ),
        ],
    ),
    (
        "Russia And Ukraine Swap 190 Prisoners",
        [
            Probe(
                "Russia and Ukraine exchanged 95 prisoners of war each on Friday in a swap brokered by the United Arab "
                "Emirates, both sides said.",
                "dm",
            ),
            Probe(
                "Among those returned to Ukraine were defenders of the Azovstal steel works in Mariupol, held since "
                "2022.",
                "m",
                "d",
            ),
            Probe(
                "Kyiv thanked Abu Dhabi for its help; it was the 14th exchange the Gulf state has mediated since the "
                "full-scale invasion.",
                "d",
                "m",
            ),
            Probe("Relatives of the men waited at the border for hours, holding photographs.", "", "dm"),
        ],
    ),
    (
        "Two French Aid Workers Freed In Niger",
        [
            Probe(
                "Two French aid workers abducted in Niger last year have been released and are on their way to Paris, "
                "the Elysee said on Wednesday.",
                "d",
                "m",
            ),
            Probe(
                "President Emmanuel Macron thanked the authorities of Niger and Qatar for their help in securing their "
                "release.",
                "d",
            ),
            Probe(
                "The pair were seized by gunmen near the border with Mali while delivering food to a refugee camp.",
                "m",
                "d",
            ),
            Probe("No ransom was paid, the foreign ministry said.", "d"),
        ],
    ),
    (
        "China And Russia Begin Naval Drills Near Japan",
        [
            Probe(
                "Chinese and Russian warships began a week of joint exercises in the Sea of Japan on Monday, Russia's "
                "defence ministry said.",
                "m",
                "d",
            ),
            Probe(
                "Tokyo said it was monitoring the drills closely and had expressed concern to both governments through "
                "diplomatic channels.",
                "d",
                "m",
            ),
            Probe(
                "Around 10 vessels and 20 aircraft are taking part, including anti-submarine helicopters.",
                "m",
            ),
            Probe(
                "It is the sixth such exercise since the two countries declared a partnership with no limits.",
                "md",
            ),
        ],
    ),
    (
        "Soldier Killed In Clash On Thai-Cambodian Border",
        [
            Probe(
                "A Cambodian soldier was killed on Wednesday in a brief exchange of fire with Thai troops in a "
                "disputed area of the border, both armies said.",
                "m",
                "d",
            ),
            Probe("Each side blamed the other for opening fire first.", "m", "d"),
            Probe(
                "Phnom Penh said it would take the dispute to the International Court of Justice, and Bangkok said it "
                "preferred to settle it through a joint border commission.",
                "d",
            ),
            Probe("Trade across the nearby crossing at Poipet was halted for the day.", "t"),
        ],
    ),
    (
        "Argentina Closes Embassy In Managua",
        [
            Probe(
                "Argentina has closed its embassy in Managua and withdrawn its diplomats, the foreign ministry in "
                "Buenos Aires said on Monday, days after Nicaragua expelled its ambassador.",
                "d",
            ),
            Probe("Italy will look after Argentine interests in the country, the ministry said.", "d"),
            Probe(
                "Nicaragua's government accused Buenos Aires of meddling in its affairs by sheltering opposition "
                "figures.",
                "d",
            ),
            Probe("The two countries had restored full relations only in 2019.", "d"),
        ],
    ),
    (
        "Sato And Kowalski Meet In Warsaw",
        [
            Probe(
                "Japanese Prime Minister Hiro Sato and Polish President Adam Kowalski met in Warsaw on Tuesday and "
                "signed a pact on energy and infrastructure.",
                "d",
                "t",
            ),
            Probe(
                "Sato, the first Japanese leader to visit Poland in 20 years, laid a wreath at the Tomb of the Unknown "
                "Soldier.",
                "d",
                "m",
            ),
            Probe(
                "Kowalski said he hoped Japanese firms would bid for contracts to build a new airport west of the "
                "capital.",
                "t",
                "d",
            ),
            Probe("The two men will meet again at the G7 summit in Canada in June.", "d"),
        ],
    ),
    (
        "Halvorsen Receives Ndiaye In Oslo",
        [
            Probe(
                "Halvorsen received Ndiaye at his residence on Thursday for talks on fisheries and climate finance, "
                "the first visit by a Senegalese head of state to Norway.",
                "d",
                "t",
            ),
            Probe("Ndiaye later addressed the Storting and met Crown Princess Ingrid.", "d"),
        ],
    ),
    (
        "Australian Writer Sentenced In China",
        [
            Probe(
                "A Chinese court has sentenced Australian writer Yang Lin to death with a two-year reprieve on "
                "espionage charges, Australia's foreign minister said on Monday.",
                "d",
            ),
            Probe("Canberra said it was appalled and had summoned China's ambassador.", "d"),
            Probe(
                "Yang, a former diplomat who became a spy novelist, was detained at Guangzhou airport in 2019.",
                "d",
            ),
            Probe(
                "His sons, who live in Sydney, said their father was innocent and in poor health.",
                "",
                "d",
            ),
            Probe("Australian consular officials have been denied access to his trial.", "d"),
        ],
    ),
    (
        "Drones Hit Power Plants Across Ukraine",
        [
            Probe(
                "Russia launched more than 90 drones and 20 missiles at Ukraine overnight, striking power plants in "
                "five regions and killing at least four people, Ukrainian officials said.",
                "m",
            ),
            Probe(
                "Blackouts were reported in Kharkiv, Odesa and Dnipro, and the national grid operator said repairs "
                "could take weeks.",
                "m",
            ),
            Probe("In Lviv, far from the front, residents spent the night in metro stations.", "m"),
            Probe("The air force said it had shot down 74 of the drones and 15 of the missiles.", "m"),
            Probe("Zelenskiy renewed his appeal to allies for more Patriot systems.", "md"),
        ],
    ),
    (
        "EU And Mercosur Fail To Close Trade Deal",
        [
            Probe(
                "Negotiators from the European Union and the Mercosur bloc ended a week of talks in Brasilia on Friday "
                "without closing a free trade agreement that has been 25 years in the making.",
                "td",
            ),
            Probe("The sticking points remain beef quotas and rules on deforestation, officials said.", "t", "d"),
            Probe(
                "France, whose farmers fear a flood of cheap imports, has said it will not accept the text in its "
                "current form.",
                "td",
            ),
            Probe("The negotiators will meet again in Brussels in March.", "td"),
        ],
    ),
    (
        "Parliament Passes Pension Reform",
        [
            Probe(
                "Lawmakers approved a bill on Thursday raising the retirement age to 65, after weeks of protests and "
                "strikes.",
                "",
            ),
            Probe("Unions said they would hold another national day of action next week.", ""),
        ],
    ),
    (
        "Three Stabbed At Christmas Market",
        [
            Probe(
                "Police arrested a 32-year-old man on Saturday after three people were stabbed at a Christmas market "
                "in the city centre.",
                "",
            ),
            Probe("Prosecutors said the suspect had a history of mental illness.", ""),
        ],
    ),
    (
        "Argentina Beat France On Penalties",
        [
            Probe(
                "Argentina beat France on penalties in the final in Doha on Sunday after a 3-3 draw, with the "
                "goalkeeper saving two kicks.",
                "",
            ),
            Probe("Fans in Buenos Aires poured into the streets to celebrate until dawn.", ""),
        ],
    ),
    (
        "President Tours Flood-Hit South",
        [
            Probe(
                "President Adam Kowalski toured flood-hit villages in the south on Saturday and promised money to "
                "rebuild bridges and schools.",
                "",
            ),
            Probe("Soldiers helped residents fill sandbags along the river.", "", "m"),
        ],
    ),
]

#: Written after the first mends, blind as well: leaders told by their names once introduced, a hostage freed through
#: a mediator, drills told through ships, a border clash, sanctions evaded, export controls answered, an arms deal
#: told through its money, consular visits; and a mayor's visit, a company's sale and a court case with no theme.
TWELFTH_CHECKS: list[tuple[str, list[Probe]]] = [
    (
        "Lindqvist And Obi Agree To Deepen Ties",
        [
            Probe(
                "Swedish Prime Minister Eva Lindqvist and Nigerian President Samuel Obi agreed on Monday to open "
                "direct flights and to double trade within five years, during Obi's first visit to Stockholm.",
                "dt",
            ),
            Probe(
                "Lindqvist said the two had also discussed the security situation in the Sahel and Obi had asked for "
                "help in training police officers.",
                "d",
                "m",
            ),
            Probe("Obi thanked Lindqvist for her hospitality and invited her to Abuja next year.", "d"),
            Probe("Lindqvist accepted, her office said.", "d"),
        ],
    ),
    (
        "Mayor Visits Twin Town",
        [
            Probe(
                "Mayor Tom Bright visited the twin town of Lorient on Saturday to mark 40 years of school exchanges "
                "and football matches between the two towns.",
                "",
            ),
            Probe("Bright said he hoped to bring a brass band from Lorient to the summer fair.", ""),
        ],
    ),
    (
        "Kidnapped Engineer Freed In Mali",
        [
            Probe(
                "A Romanian engineer kidnapped by jihadists in Mali two years ago has been freed after talks brokered "
                "by Algeria, Romania's foreign ministry said on Tuesday.",
                "d",
                "m",
            ),
            Probe("He was in good health and would fly home on Wednesday, the ministry said.", "d"),
            Probe(
                "The group that held him, an affiliate of al-Qaeda, still holds at least four other foreigners.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Tanker Crews Switch Off Trackers To Dodge Oil Price Cap",
        [
            Probe(
                "Dozens of tankers carrying Russian crude switched off their transponders in the Baltic last month to "
                "avoid detection as they loaded oil above the Western price cap, a shipping analytics firm said.",
                "t",
            ),
            Probe(
                "The vessels, most of them more than 20 years old and insured outside Europe, make up what officials "
                "call a shadow fleet.",
                "t",
            ),
            Probe(
                "Denmark said it would begin checking the insurance papers of ships passing through its straits.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "China Curbs Gallium Exports After US Chip Rules",
        [
            Probe(
                "China will require licences for exports of gallium and germanium, two metals used in chips and "
                "solar panels, the commerce ministry said on Monday.",
                "t",
            ),
            Probe(
                "The move follows new U.S. rules that bar the sale of advanced chips and chipmaking tools to Chinese "
                "firms.",
                "t",
                "d",
            ),
            Probe("China produces about 98 percent of the world's gallium.", "t"),
        ],
    ),
    (
        "Navy Ships Shadow Carrier Group Off Coast",
        [
            Probe(
                "Two frigates shadowed a foreign carrier group for three days as it sailed through the country's "
                "exclusive economic zone, the navy said on Friday.",
                "m",
                "d",
            ),
            Probe("Helicopters from the carrier flew within 20 nautical miles of the coast.", "m"),
            Probe("The ships left the zone on Thursday night.", "m"),
        ],
    ),
    (
        "Two Killed In Clash On Kyrgyz-Tajik Border",
        [
            Probe(
                "Two Kyrgyz border guards were killed in a shootout with Tajik forces near a disputed water station "
                "on Tuesday, Bishkek said.",
                "m",
                "d",
            ),
            Probe("Dushanbe said Kyrgyz troops had opened fire first.", "md"),
            Probe(
                "The two countries share a 970-km border, a third of which has never been marked.",
                "d",
            ),
        ],
    ),
    (
        "Poland Signs $10 Billion Deal For Korean Howitzers",
        [
            Probe(
                "Poland signed a $10 billion contract on Friday for 300 self-propelled howitzers from South Korea, its "
                "largest arms purchase since the fall of communism.",
                "m",
                "td",
            ),
            Probe(
                "The deal will be paid for in part with loans from Korean state banks, the defence ministry said.",
                "m",
                "t",
            ),
            Probe("Deliveries are due to start next year.", "m", "t"),
        ],
    ),
    (
        "Consul Visits Jailed Briton",
        [
            Probe(
                "Britain's consul in Dubai visited a British student jailed for 15 years on drug charges, the Foreign "
                "Office said on Thursday.",
                "d",
            ),
            Probe("Her family says she was carrying medicine prescribed in Britain.", "", "d"),
            Probe("Ministers have raised the case with the Emirati authorities several times.", "d"),
        ],
    ),
    (
        "Retailer Sells Overseas Stores",
        [
            Probe(
                "Harlow & Finch agreed to sell its 40 stores in Ireland to a local rival for 120 million euros, "
                "ending a 20-year venture abroad.",
                "",
                "t",
            ),
            Probe("The company said it would focus on its home market.", "", "t"),
        ],
    ),
    (
        "Former Minister Goes On Trial For Bribery",
        [
            Probe(
                "A former transport minister went on trial on Monday accused of taking bribes from a road builder.",
                "",
            ),
            Probe("He denies the charges.", ""),
        ],
    ),
]

#: A third blind set, written after the leaders' mend: an envoy recalled over a spy case, a ceasefire told through its
#: monitors, a hostage swap between states, peacekeepers' mandate renewed, sanctions lifted, a state's tariffs
#: answered, shelling continued, a summit called off; and a local strike, a court fine and a concert with no theme.
TWELFTH_THIRD: list[tuple[str, list[Probe]]] = [
    (
        "Estonia Recalls Ambassador From Moscow Over Spy Case",
        [
            Probe(
                "Estonia recalled its ambassador from Moscow for consultations on Wednesday after Russia sentenced "
                "an Estonian border official to 15 years in prison for spying.",
                "d",
            ),
            Probe(
                "The official was seized on the Estonian side of the border in 2014, Tallinn says, and taken across "
                "at gunpoint.",
                "d",
                "m",
            ),
            Probe("Moscow says he was detained on Russian soil.", "d"),
            Probe("The European Union called the verdict unacceptable and demanded his immediate release.", "d"),
        ],
    ),
    (
        "Truce Largely Holds In Eastern Region",
        [
            Probe(
                "A ceasefire between government forces and rebels in the east largely held on its third day, "
                "monitors from the regional bloc said on Sunday.",
                "m",
                "d",
            ),
            Probe("They recorded 14 violations, most of them small-arms fire near the airport.", "m"),
            Probe(
                "Under the deal brokered by Angola, both sides are to withdraw heavy weapons 15 km from the front "
                "line by Friday.",
                "md",
            ),
            Probe("Aid convoys reached the town of Mweso for the first time in a month.", "", "m"),
        ],
    ),
    (
        "Iran Frees Two Europeans In Exchange For Diplomat",
        [
            Probe(
                "Iran released a Belgian aid worker and a Danish tourist on Friday in exchange for an Iranian "
                "diplomat jailed in Belgium for plotting a bomb attack, Oman's foreign ministry said.",
                "dm",
            ),
            Probe("Muscat, which mediated the swap, said the men had been flown to Oman.", "d"),
            Probe(
                "Belgium's prime minister said the decision to free the diplomat had been the hardest of his career.",
                "d",
            ),
            Probe("The diplomat was given a hero's welcome at Tehran airport.", "d"),
        ],
    ),
    (
        "Security Council Extends Lebanon Peacekeeping Mission",
        [
            Probe(
                "The UN Security Council voted on Thursday to extend the mandate of its 10,000-strong peacekeeping "
                "force in southern Lebanon for a final year.",
                "dm",
            ),
            Probe(
                "Washington had pushed to end the mission, arguing it had failed to stop Hezbollah from building "
                "up its arsenal.",
                "md",
            ),
            Probe("France, which drafted the text, said the force remained vital to stability.", "d", "m"),
        ],
    ),
    (
        "US Lifts Sanctions On Syrian Central Bank",
        [
            Probe(
                "The United States lifted sanctions on Syria's central bank and three state oil companies on "
                "Monday, the Treasury said, opening the way for foreign banks to process payments.",
                "t",
                "d",
            ),
            Probe("Damascus welcomed the step and said it would help rebuild the country.", "td"),
            Probe("The European Union is expected to follow within weeks.", "t", "d"),
        ],
    ),
    (
        "Mexico Raises Tariffs On Asian Imports",
        [
            Probe(
                "Mexico will raise tariffs on 1,400 products from countries with which it has no trade agreement, "
                "including China, to as much as 50 percent, the economy ministry said.",
                "t",
                "d",
            ),
            Probe("Beijing said it firmly opposed the move and would watch its effects closely.", "td"),
            Probe("Steel, textiles and cars are among the goods affected.", "t"),
        ],
    ),
    (
        "Shelling Kills Five In Border Town",
        [
            Probe(
                "Shelling killed five people in the border town of Kupiansk overnight, regional officials said, as "
                "Russian forces pressed an offensive in the northeast.",
                "m",
            ),
            Probe("A school and a hospital were among the buildings hit.", "m"),
            Probe("Rescuers pulled two children alive from the ruins of a house.", "m"),
            Probe("The town had a pre-war population of about 27,000.", "", "m"),
        ],
    ),
    (
        "Summit Between Rival Koreas Called Off",
        [
            Probe(
                "A planned meeting between the leaders of North and South Korea was called off on Tuesday after "
                "Pyongyang objected to joint military drills by Seoul and Washington.",
                "dm",
            ),
            Probe(
                "Seoul said it regretted the decision and remained open to dialogue at any level.",
                "d",
            ),
            Probe("It would have been the first such meeting in six years.", "d"),
        ],
    ),
    (
        "Bus Drivers Strike Over Pay",
        [
            Probe("Bus drivers in the capital walked out on Monday in a dispute over pay and shift patterns.", ""),
            Probe("The transport authority said talks with the union would resume on Wednesday.", ""),
        ],
    ),
    (
        "Carmaker Fined Over Emissions Tests",
        [
            Probe(
                "A court in Stuttgart fined carmaker Velden 80 million euros on Tuesday for selling cars whose "
                "exhaust controls were rigged to pass tests.",
                "",
            ),
            Probe("The company said it would not appeal.", ""),
        ],
    ),
    (
        "Pop Star Plays To 80,000 In Warsaw",
        [
            Probe(
                "The American singer played to 80,000 fans in Warsaw on Saturday, the biggest crowd of her European "
                "tour.",
                "",
            ),
            Probe("Tickets sold out within minutes.", ""),
        ],
    ),
]

#: A fourth blind set on armed conflict told through events and weak words, and on terror: a town retaken, a market
#: bombed, a convoy ambushed, a hospital besieged, a church attacked, a drone downed, a frontline village emptied;
#: and look-alikes (a gas blast, a hunting accident, a film about a war, a riot).
TWELFTH_FOURTH: list[tuple[str, list[Probe]]] = [
    (
        "Rebels Say They Have Taken Key Town",
        [
            Probe(
                "Rebels said on Saturday they had seized the town of Kalemba after two days of heavy fighting, "
                "cutting the main road to the provincial capital.",
                "m",
            ),
            Probe("The government denied the town had fallen and said its units were still holding the airport.", "m"),
            Probe("Residents reported bodies in the streets and looting of shops.", "m"),
            Probe("Phone lines to the town have been down since Thursday.", "", "m"),
        ],
    ),
    (
        "Bomb Kills 20 At Crowded Market",
        [
            Probe(
                "A bomb hidden in a motorcycle exploded at a crowded market in the northern city of Maiduguri on "
                "Sunday, killing at least 20 people, police said.",
                "m",
            ),
            Probe("No group has claimed the attack, but suspicion fell on jihadists active in the region.", "m"),
            Probe("Hospitals appealed for blood donors as the wounded poured in.", "m"),
        ],
    ),
    (
        "Convoy Ambushed In Desert",
        [
            Probe(
                "Gunmen on motorbikes ambushed a convoy carrying fuel near the border with Burkina Faso on Tuesday, "
                "killing 11 escorts, the army said.",
                "m",
            ),
            Probe("The attackers made off with two trucks and a large quantity of ammunition.", "m"),
            Probe("It was the third such raid on the route this month.", "m"),
        ],
    ),
    (
        "Hospital Surrounded As Troops Push Into City",
        [
            Probe(
                "Troops surrounded the city's main hospital on Wednesday, trapping hundreds of patients and staff, "
                "as the offensive pushed deeper into the city.",
                "m",
            ),
            Probe("Doctors inside said fuel for the generators would run out within two days.", "m"),
            Probe(
                "Premature babies had been moved to a single room to keep them warm, a nurse said by phone.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Worshippers Killed In Church Attack",
        [
            Probe(
                "Attackers opened fire on worshippers at a church in the village of Tanwa during Sunday mass, killing "
                "nine, a local official said.",
                "m",
            ),
            Probe("The gunmen fled into the forest before security forces arrived.", "m"),
            Probe("The region has seen a wave of killings blamed on armed groups.", "m"),
        ],
    ),
    (
        "Air Defences Down Drone Over Capital",
        [
            Probe(
                "Air defences shot down a drone over the capital early on Monday, and debris damaged the roof of an "
                "apartment block, the mayor said.",
                "m",
            ),
            Probe("No one was hurt.", "", "m"),
            Probe("Residents were woken by the sound of anti-aircraft guns shortly after 3 a.m.", "m"),
        ],
    ),
    (
        "Frontline Village Empties As Guns Draw Closer",
        [
            Probe(
                "Only a dozen elderly residents remain in the frontline village of Sivers, where shells land almost "
                "daily, volunteers who deliver food said.",
                "m",
            ),
            Probe("The last shop closed in March, and the school was hit twice last winter.", "m"),
            Probe("Volunteers said they now came only at night to avoid drones.", "m"),
        ],
    ),
    (
        "Gas Explosion Destroys Apartment Block",
        [
            Probe(
                "A gas explosion destroyed part of an apartment block in the city of Brno on Friday, killing three "
                "people, firefighters said.",
                "",
            ),
            Probe("Rescuers searched the rubble through the night with sniffer dogs.", ""),
        ],
    ),
    (
        "Hunter Shot Dead In Forest",
        [
            Probe("A hunter was shot dead by a member of his own party in a forest near Lyon on Saturday.", ""),
            Probe("Prosecutors have opened an inquiry into manslaughter.", ""),
        ],
    ),
    (
        "War Film Tops Box Office",
        [
            Probe(
                "A film about a tank crew in the last weeks of the Second World War topped the box office this weekend "
                "with takings of $40 million.",
                "",
            ),
            Probe("Critics praised its battle scenes but found the dialogue stiff.", ""),
        ],
    ),
    (
        "Riot Police Clear Protest Camp",
        [
            Probe(
                "Riot police fired tear gas and rubber bullets to clear a protest camp outside parliament on "
                "Thursday, and 40 people were arrested.",
                "",
            ),
            Probe("Protesters threw stones and set fire to two police vans.", ""),
        ],
    ),
]

#: A fifth blind set on relations told through people and procedure, and trade told with weak words: a spokesman at a
#: briefing, an extradition request, allies standing with a state, a leader snubbed, a state's goods turned back at a
#: border, a currency deal; and a ministry's spokesman on a domestic matter with no theme.
TWELFTH_FIFTH: list[tuple[str, list[Probe]]] = [
    (
        "China Says It Will Not Accept Philippine Claims",
        [
            Probe(
                "China will never accept the Philippines' claims to the Scarborough Shoal, a foreign ministry "
                "spokesman told a regular briefing in Beijing on Tuesday.",
                "d",
            ),
            Probe(
                "Lin Wei urged Manila to stop provoking trouble and to return to talks.",
                "d",
            ),
            Probe(
                "The remarks came a day after Philippine vessels were blocked from reaching the shoal.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Germany Asks Turkey To Hand Over Murder Suspect",
        [
            Probe(
                "Germany has formally asked Turkey to extradite a man suspected of killing a Kurdish activist in "
                "Frankfurt last year, the justice ministry in Berlin said.",
                "d",
            ),
            Probe("Ankara has not responded, a spokeswoman said.", "d"),
            Probe("Turkey does not normally extradite its own citizens.", "d"),
        ],
    ),
    (
        "Baltic States Back Poland In Border Row",
        [
            Probe(
                "Estonia, Latvia and Lithuania said on Friday they stood with Poland after Belarus accused Warsaw of "
                "firing on its border guards.",
                "d",
                "m",
            ),
            Probe(
                "Our allies have shown that we are not alone, Poland's president told reporters.",
                "d",
            ),
            Probe("Minsk has given no evidence for the claim.", "d"),
        ],
    ),
    (
        "President Leaves Summit Early",
        [
            Probe(
                "Brazil's president left a regional summit in Montevideo early on Thursday after the host declined "
                "to seat a delegation from Venezuela.",
                "d",
            ),
            Probe("He did not attend the closing dinner or sign the final declaration.", "d"),
            Probe("His spokesman said the decision was taken to protest the exclusion.", "d"),
        ],
    ),
    (
        "Kazakhstan Halts Russian Coal At Border",
        [
            Probe(
                "Kazakhstan has stopped hundreds of wagons of Russian coal at the border, saying the shipments "
                "lacked the right papers, traders said on Monday.",
                "t",
                "d",
            ),
            Probe("Some 900 wagons were waiting at two crossing points by the weekend.", "t"),
            Probe("Moscow said it expected the problem to be solved within days.", "t", "d"),
        ],
    ),
    (
        "Central Banks Sign Currency Swap",
        [
            Probe(
                "The central banks of Brazil and China signed a three-year currency swap worth 190 billion yuan on "
                "Wednesday to ease payments between the two countries.",
                "t",
                "d",
            ),
            Probe("Officials said the line would let firms settle deals without turning to dollars.", "t"),
        ],
    ),
    (
        "Ministry Defends School Reform",
        [
            Probe(
                "A spokesman for the education ministry told reporters on Monday that the new curriculum would be "
                "introduced as planned in September.",
                "",
            ),
            Probe("Teachers' unions have called for a delay of one year.", ""),
        ],
    ),
]
