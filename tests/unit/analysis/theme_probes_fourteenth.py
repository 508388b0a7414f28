"""A fourteenth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for the
format), written and labelled by the guidelines before any run against main's rules: a war told through its events
and effects with few words of war (a depot hit, villagers seized, a town without water, a bomb at a checkpoint),
relations between states told through people and procedure (ambassadors restored, credentials presented, a recall, a
UN vote, visits), trade with weak words (cattle, grain, shrimp, tea, rice), allies asked for weapons, and look-alikes
with no theme (a campaign "at war", a cup semi-final's attack, a chipmaker's price war, a union's "war", a storm's
survivors, a port's seizure of drugs, a bank robbers' hostages). Blind, main's rules got 54 of these 156 paragraphs
wrong; after this round's mends, 31; 27 once war told through its effects took the theme in an article about war; 21
after the fifteenth batch's mends; 19 once trade's paragraphs that refer back were recalibrated ("Under the deal, ...",
"The agreement still needs ...": see KNOWN_MISSES in test_theme_probes.py). All written for these tests; none is
taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FOURTEENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Drone Sets Fuel Depot Ablaze In Border City",
        [
            Probe(
                (
                    "A drone struck a fuel depot on the edge of the border city of Karsk before dawn on Thursday, "
                    "setting off a fire that burned for nine hours, the regional governor said."
                ),
                "m",
            ),
            Probe(
                "Two workers were killed and seven were taken to hospital with burns.",
                "m",
            ),
            Probe(
                (
                    "The depot was hit for the second time this month, and the smoke could be seen from villages 30 "
                    "km away."
                ),
                "m",
            ),
            Probe(
                "Residents of the nearest apartment blocks spent the night in a school gym.",
                "m",
            ),
            Probe(
                "The defence ministry said air defences had shot down 14 other drones over three regions.",
                "m",
            ),
            Probe(
                (
                    "Fuel prices at the city's filling stations rose by a fifth within a day, and queues stretched "
                    "around the block."
                ),
                "",
                "mt",
            ),
            Probe(
                (
                    "Regional officials accused the neighbouring state of targeting civilian infrastructure to break "
                    "the region's morale."
                ),
                "m",
                "d",
            ),
            Probe(
                "Firefighters said the foam they had used to fight the blaze was running short.",
                "m",
            ),
        ],
    ),
    (
        "Gunmen Seize Dozens In Raid On Farming Settlement",
        [
            Probe(
                (
                    "Armed men on motorbikes raided the farming settlement of Dabo on Sunday, burning granaries and "
                    "seizing at least 30 villagers, local officials said."
                ),
                "m",
            ),
            Probe(
                "Most of those seized were women and children, a community leader said by telephone.",
                "m",
            ),
            Probe(
                ("Survivors who walked to the district town said the attackers arrived shortly after evening prayers."),
                "m",
            ),
            Probe(
                "The army said it had sent troops to track the kidnappers into the forest.",
                "m",
            ),
            Probe(
                (
                    "No group has claimed the raid, but a jihadist faction active in the area has carried out similar"
                    " abductions."
                ),
                "m",
            ),
            Probe(
                "Two men who escaped said they had been held in a camp with dozens of others.",
                "m",
            ),
            Probe(
                (
                    "The state governor said the settlement would be rebuilt and families given seed for the next "
                    "season."
                ),
                "",
                "m",
            ),
            Probe(
                "Aid groups said more than 4,000 people had fled the district since January.",
                "m",
            ),
        ],
    ),
    (
        "Peru And Bolivia Restore Ambassadors After Two-Year Rift",
        [
            Probe(
                (
                    "Peru and Bolivia will restore ambassadors in each other's capitals after a two-year rift, their "
                    "foreign ministers said after meeting in La Paz on Tuesday."
                ),
                "d",
            ),
            Probe(
                (
                    "The ministers signed a protocol on border crossings and agreed to revive a joint commission that"
                    " has not met since 2019."
                ),
                "d",
            ),
            Probe(
                "Peru's foreign minister, Rosa Quintana, said the two governments had turned a page.",
                "d",
            ),
            Probe(
                (
                    "The rift began when Lima accused La Paz of meddling in its internal affairs after protests in "
                    "the south."
                ),
                "d",
            ),
            Probe(
                "The State Department said it welcomed the step.",
                "d",
            ),
            Probe(
                (
                    "Officials said the first names would be put forward within a month and would need the approval "
                    "of each host government."
                ),
                "d",
            ),
            Probe(
                "Quintana will travel to Brasilia next week for a meeting of South American foreign ministers.",
                "d",
            ),
            Probe(
                "Bolivian exporters of soy and quinoa, who ship through Peruvian ports, welcomed the thaw.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Senator Says Campaign Is 'At War' With Donors",
        [
            Probe(
                (
                    'Senator Dana Whitfield said on Monday her re-election campaign was "at war" with a group of '
                    "wealthy party donors who had backed her rival in the primary."
                ),
                "",
            ),
            Probe(
                "The donors launched an attack ad last week accusing her of missing votes on the farm bill.",
                "",
            ),
            Probe(
                "Whitfield told supporters at a rally in Des Moines that she would not retreat.",
                "",
            ),
            Probe(
                "Her campaign has raised $4 million since March, much of it in small sums, her spokesman said.",
                "",
            ),
            Probe(
                "Political analysts said the battle could split the party's vote in the November election.",
                "",
            ),
            Probe(
                "The rival's campaign manager called her remarks a desperate attempt to change the subject.",
                "",
            ),
        ],
    ),
    (
        "Late Attack Sinks Visitors In Cup Semi-Final",
        [
            Probe(
                (
                    "A late attack down the left wing sank the visitors on Saturday as Rovers beat City 2-1 in the "
                    "cup semi-final."
                ),
                "",
            ),
            Probe(
                ("The striker fired the winner past the goalkeeper in the 89th minute after a swift counter-attack."),
                "",
            ),
            Probe(
                "City's manager said his defence had been shot to pieces by injuries this season.",
                "",
            ),
            Probe(
                "Fans of both clubs clashed outside the stadium after the match, and police made 11 arrests.",
                "",
            ),
            Probe(
                "Rovers will face United in the final at the national stadium on May 20.",
                "",
            ),
            Probe(
                "The Brazilian midfielder, signed in January, was named man of the match.",
                "",
            ),
        ],
    ),
    (
        "Chipmaker Warns Of Price War As Rivals Cut Costs",
        [
            Probe(
                (
                    "Halvex Semiconductors warned on Wednesday of a price war in memory chips as rivals slashed costs"
                    " to win orders from phone makers."
                ),
                "",
            ),
            Probe(
                "The company's shares fell 8 percent after it cut its full-year profit forecast.",
                "",
            ),
            Probe(
                "Chief executive Mara Lind told analysts the company would fight for every customer.",
                "",
            ),
            Probe(
                "Halvex makes most of its chips in Malaysia and sells about 40 percent of them to China.",
                "",
                "t",
            ),
            Probe(
                "Lind said new US export controls on chipmaking tools had not yet hurt its plants in Asia.",
                "t",
            ),
            Probe(
                "The company will cut 600 jobs at its headquarters in Oregon.",
                "",
            ),
        ],
    ),
    (
        "Japan And Vietnam Sign Defence Equipment Pact",
        [
            Probe(
                (
                    "Japan and Vietnam signed a pact on Friday allowing Tokyo to transfer defence equipment and "
                    "technology to Hanoi, deepening security ties amid tension in the South China Sea."
                ),
                "md",
            ),
            Probe(
                (
                    "The agreement was signed in Hanoi by the two countries' defence ministers, Kenji Arata and Tran "
                    "Van Long."
                ),
                "md",
            ),
            Probe(
                "Arata said Japan would first supply coastal radar and patrol boats.",
                "m",
                "d",
            ),
            Probe(
                (
                    "China's foreign ministry said countries in the region should not form exclusive blocs that harm "
                    "the interests of third parties."
                ),
                "d",
                "m",
            ),
            Probe(
                ("Vietnam has long bought most of its weapons from Russia but has sought to diversify its suppliers."),
                "m",
            ),
            Probe(
                (
                    "The two leaders are expected to discuss the pact when Vietnam's prime minister visits Tokyo in "
                    "October."
                ),
                "d",
                "m",
            ),
        ],
    ),
    (
        "Allies Pledge More Air Defence As Kyiv Asks For Patriots",
        [
            Probe(
                (
                    "Ukraine's allies pledged more air defence systems at a meeting in Brussels on Thursday, as Kyiv "
                    "asked for at least seven more Patriot batteries."
                ),
                "md",
            ),
            Probe(
                "Ukraine's foreign minister said he had asked every ally that owned Patriots to give one.",
                "md",
            ),
            Probe(
                "Germany said it would send a third system, and the Netherlands offered parts and missiles.",
                "m",
                "d",
            ),
            Probe(
                "Spain and Greece, which each own Patriot batteries, have not said whether they will give any.",
                "m",
                "d",
            ),
            Probe(
                (
                    "The Kremlin said Western weapons would not change the course of what it calls its special "
                    "military operation."
                ),
                "m",
                "d",
            ),
            Probe(
                "Russian missiles hit a power plant in the Dnipro region overnight, the grid operator said.",
                "m",
            ),
            Probe(
                "Power was cut to 200,000 homes, and repairs could take weeks.",
                "m",
            ),
        ],
    ),
    (
        "Indonesia To Lift Limits On Australian Cattle",
        [
            Probe(
                (
                    "Indonesia will lift limits on imports of live cattle from Australia from July under a deal "
                    "reached in Jakarta on Monday, the two governments said."
                ),
                "td",
            ),
            Probe(
                (
                    "Australian ranchers shipped 600,000 head of cattle to Indonesia in 2021, before the limits were "
                    "imposed."
                ),
                "t",
            ),
            Probe(
                "Under the deal, Jakarta will allow in steers of up to 450 kg, up from 350 kg.",
                "t",
            ),
            Probe(
                "Canberra agreed to fund new abattoirs on Java.",
                "t",
                "d",
            ),
            Probe(
                "Beef prices in Indonesian cities have doubled since 2020.",
                "",
                "t",
            ),
            Probe(
                "The agreement still needs the approval of Indonesia's parliament.",
                "t",
                "d",
            ),
            Probe(
                (
                    "Australia's farm minister, Ben Kaye, will visit Surabaya in August with a group of cattle "
                    "exporters."
                ),
                "td",
            ),
        ],
    ),
    (
        "Poland Extends Ban On Ukrainian Grain",
        [
            Probe(
                (
                    "Poland extended its ban on Ukrainian grain on Friday, defying a call from Brussels to let the "
                    "measure lapse."
                ),
                "t",
                "d",
            ),
            Probe(
                "Polish farmers say the cheap wheat and maize have driven down the prices they get at home.",
                "t",
            ),
            Probe(
                "Kyiv said it would file a complaint at the World Trade Organization.",
                "t",
                "d",
            ),
            Probe(
                "The ban does not stop grain from crossing Poland by rail to ports on the Baltic.",
                "t",
            ),
            Probe(
                "Farmers blocked roads near the border last spring with tractors.",
                "",
                "t",
            ),
            Probe(
                "The European Commission said it was studying the decision.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Mexico Recalls Ambassador Over Ecuadorean Leader's Remarks",
        [
            Probe(
                (
                    "Mexico recalled its ambassador to Ecuador on Wednesday after Ecuador's president said Mexico's "
                    "elections had been bought."
                ),
                "d",
            ),
            Probe(
                (
                    "The foreign ministry in Mexico City called the remarks unacceptable and said they harmed a long "
                    "friendship."
                ),
                "d",
            ),
            Probe(
                "Ecuador's president, Julio Andrade, said on Thursday he stood by what he had said.",
                "d",
            ),
            Probe(
                "Andrade made the remarks at a rally in Guayaquil ahead of a referendum on security reforms.",
                "",
                "d",
            ),
            Probe(
                "Officials in Quito said the ambassador's deputy would remain in charge of the mission.",
                "d",
            ),
            Probe(
                "It is the second such row between the two governments in a year.",
                "d",
            ),
            Probe(
                "Ecuador's exports to Mexico, mainly bananas and shrimp, were worth about $300 million last year.",
                "t",
            ),
        ],
    ),
    (
        "Blast Near Checkpoint Kills Five",
        [
            Probe(
                (
                    "A car packed with explosives blew up near a checkpoint in the northern city of Kirra on Monday, "
                    "killing five people, police said."
                ),
                "m",
            ),
            Probe(
                "Three of the dead were soldiers manning the checkpoint; the other two were passers-by.",
                "m",
            ),
            Probe(
                "Windows were shattered along the street, and a nearby market was closed for the day.",
                "m",
            ),
            Probe(
                "No one has said they carried out the attack.",
                "m",
            ),
            Probe(
                "The city has been hit three times since the new year.",
                "m",
            ),
            Probe(
                "The wounded were taken to the military hospital in the capital.",
                "m",
            ),
            Probe(
                "The interior minister said security at checkpoints would be reviewed.",
                "m",
            ),
        ],
    ),
    (
        "Kenya's President Hosts Ethiopian Prime Minister",
        [
            Probe(
                (
                    "Ethiopian Prime Minister Abel Tesfaye arrived in Nairobi on Sunday for two days of talks with "
                    "President Ruth Kamau."
                ),
                "d",
            ),
            Probe(
                "He was welcomed with a 21-gun salute at State House and inspected a guard of honour.",
                "d",
            ),
            Probe(
                (
                    "The two leaders discussed a road linking their capitals and the sharing of water from a river "
                    "that crosses their border."
                ),
                "d",
                "t",
            ),
            Probe(
                "Ministers from both sides signed six memoranda on energy, tourism and health.",
                "d",
                "t",
            ),
            Probe(
                "Tesfaye later addressed a business forum and visited a flower farm outside the city.",
                "d",
                "t",
            ),
            Probe(
                "Kamau is due to make a return trip to Addis Ababa early next year.",
                "d",
            ),
        ],
    ),
    (
        "Vietnam's Shrimp Farmers Reel From US Duties",
        [
            Probe(
                (
                    "Shrimp farmers in Vietnam's Mekong Delta say orders have dried up since the United States "
                    "imposed duties of up to 25 percent on their catch in March."
                ),
                "t",
            ),
            Probe(
                "Buyers in the US have turned to suppliers in Ecuador and India, a farmers' association said.",
                "t",
            ),
            Probe(
                (
                    "Nguyen Thi Lan, who runs a processing plant in Ca Mau, said she had laid off a third of her "
                    "workers."
                ),
                "t",
            ),
            Probe(
                "Hanoi has asked Washington to review the decision.",
                "td",
            ),
            Probe(
                "The US Commerce Department said the shrimp had been sold below cost.",
                "t",
            ),
            Probe(
                "The duties will be reviewed next year.",
                "t",
            ),
        ],
    ),
    (
        "Storm Batters Coast, Cutting Power",
        [
            Probe(
                (
                    "A storm battered the southern coast overnight, cutting power to 80,000 homes and tearing roofs "
                    "off houses."
                ),
                "",
            ),
            Probe(
                "The town of Marlow was hit hardest, with two people killed when a tree fell on their car.",
                "",
            ),
            Probe(
                "Survivors were pulled from a flooded basement by rescuers in boats.",
                "",
            ),
            Probe(
                "The army sent 200 soldiers to help clear roads and fill sandbags.",
                "",
                "m",
            ),
            Probe(
                "Insurers said the damage could exceed $500 million.",
                "",
            ),
        ],
    ),
    (
        "Police Seize Two Tonnes Of Cocaine At Port",
        [
            Probe(
                (
                    "Police seized two tonnes of cocaine hidden in a shipment of bananas at the port of Antwerp, "
                    "prosecutors said on Tuesday."
                ),
                "",
            ),
            Probe(
                "Three men were arrested and charged with drug trafficking.",
                "",
            ),
            Probe(
                "The container had arrived from Ecuador, and the gang used a fruit importer as cover.",
                "",
                "t",
            ),
            Probe(
                "Seizures at the port have risen fivefold in a decade.",
                "",
            ),
        ],
    ),
    (
        "China Accuses US Of Provocation Over Strait Transit",
        [
            Probe(
                (
                    "China accused the United States on Tuesday of provocation after a US destroyer sailed through "
                    "the Taiwan Strait."
                ),
                "md",
            ),
            Probe(
                "The destroyer's passage was tracked by Chinese warships and aircraft, the Chinese military said.",
                "m",
            ),
            Probe(
                (
                    "The State Department said the transit showed Washington's commitment to a free and open Indo-"
                    "Pacific."
                ),
                "d",
                "m",
            ),
            Probe(
                "It was the third such passage this year.",
                "m",
            ),
            Probe(
                "Beijing has cut off most military-to-military contacts with Washington since 2022.",
                "md",
            ),
        ],
    ),
    (
        "Kenyan Tea Growers Turn To Pakistan",
        [
            Probe(
                (
                    "Kenyan tea growers sold a record amount to Pakistan last year, as buyers in Egypt cut back "
                    "because of a shortage of dollars."
                ),
                "t",
            ),
            Probe(
                (
                    "Pakistan now takes nearly 40 percent of Kenya's tea, up from a quarter five years ago, the tea "
                    "board said."
                ),
                "t",
            ),
            Probe(
                ("The board's chief, Peter Otieno, said growers were looking for new buyers in Kazakhstan and Iran."),
                "t",
            ),
            Probe(
                "Prices at the weekly auction in Mombasa fell for the fourth week running.",
                "",
                "t",
            ),
            Probe(
                "Egypt's importers have struggled to pay for goods since the pound lost half its value.",
                "t",
            ),
        ],
    ),
    (
        "Town On Front Line Left Without Water",
        [
            Probe(
                (
                    "Shelling has left the frontline town of Vovchansk without running water for a third week, local "
                    "authorities said on Saturday."
                ),
                "m",
            ),
            Probe(
                "The pumping station on the river was hit on June 2 and again as engineers tried to repair it.",
                "m",
            ),
            Probe(
                "Those still in the town queue at a church for water brought in by volunteers in a truck.",
                "m",
            ),
            Probe(
                "Two volunteers were wounded on Thursday when the truck came under fire on the road in.",
                "m",
            ),
            Probe(
                "About 1,200 people remain out of a pre-war population of 17,000, most of them elderly.",
                "m",
            ),
            Probe(
                (
                    "Soldiers stationed nearby share their own supplies with the residents, the town's administrator "
                    "said."
                ),
                "m",
            ),
        ],
    ),
    (
        "New Swiss Envoy Presents Credentials In Tehran",
        [
            Probe(
                (
                    "Switzerland's new ambassador to Iran, Claudia Meier, presented her credentials to President "
                    "Masoud Rahimi on Monday."
                ),
                "d",
            ),
            Probe(
                (
                    "Switzerland has represented US interests in Iran since Washington cut ties in 1980, and its "
                    "embassy passes messages between the two governments."
                ),
                "d",
            ),
            Probe(
                (
                    "Meier, a former deputy head of mission in Cairo, takes over from Lukas Brunner, who retired in "
                    "March."
                ),
                "d",
            ),
            Probe(
                "Rahimi told her that Iran valued the role Bern had played over four decades, his office said.",
                "d",
            ),
            Probe(
                "The State Department said the channel remained open.",
                "d",
            ),
        ],
    ),
    (
        "Airline Union Declares 'War' On Management",
        [
            Probe(
                (
                    'The pilots\' union at Nordair said on Friday it was "at war" with management after the airline '
                    "cut pay for new hires by a tenth."
                ),
                "",
            ),
            Probe(
                ("The union's leader, Jonas Berg, said pilots would strike for 48 hours from Tuesday if talks fail."),
                "",
            ),
            Probe(
                "Management said the union's demands would cost the airline 40 million euros a year.",
                "",
            ),
            Probe(
                "Talks between the two sides are to resume at a mediator's office in Oslo on Monday.",
                "",
            ),
            Probe(
                "About 40,000 passengers are booked on flights during the planned strike.",
                "",
            ),
        ],
    ),
    (
        "Vietnam Curbs Rice Exports As Prices Climb",
        [
            Probe(
                (
                    "Vietnam will limit rice exports for the rest of the year to keep prices at home in check, the "
                    "trade ministry said on Tuesday."
                ),
                "t",
            ),
            Probe(
                (
                    "The Philippines, which buys about 90 percent of its imported rice from Vietnam, said it would "
                    "look for other suppliers."
                ),
                "t",
            ),
            Probe(
                "Rice prices in Manila have risen by a third since January.",
                "t",
            ),
            Probe(
                "Traders in Ho Chi Minh City said shipments already contracted would still be allowed to leave.",
                "t",
            ),
            Probe(
                "Manila's agriculture secretary will travel to Hanoi next week to seek an exemption.",
                "t",
                "d",
            ),
            Probe(
                "India banned most rice exports last year, leaving Vietnam and Thailand to supply much of Asia.",
                "t",
            ),
        ],
    ),
    (
        "UN Assembly Votes To Condemn Annexation",
        [
            Probe(
                (
                    "The UN General Assembly voted on Wednesday to condemn the annexation of four provinces, with 141"
                    " countries in favour and 5 against."
                ),
                "d",
            ),
            Probe(
                "China, India and South Africa were among 35 countries that abstained.",
                "d",
            ),
            Probe(
                (
                    "The resolution, drafted by Ukraine and the European Union, calls on all states not to recognise "
                    "the change of borders."
                ),
                "d",
            ),
            Probe(
                "Russia's ambassador, Ivan Petrov, called the vote a farce staged by Washington.",
                "d",
            ),
            Probe(
                "Votes of the assembly carry no legal force but are seen as a measure of world opinion.",
                "d",
            ),
        ],
    ),
    (
        "Baltic Leaders Ask Allies For Long-Range Missiles",
        [
            Probe(
                (
                    "The leaders of Estonia, Latvia and Lithuania asked their allies on Monday for long-range "
                    "missiles and more air defence, saying Russia was rebuilding its forces on their borders."
                ),
                "md",
            ),
            Probe(
                (
                    "Estonia's prime minister, Kaja Ilves, said the three states had asked Washington for systems "
                    "that could strike launchers deep inside Russia."
                ),
                "m",
                "d",
            ),
            Probe(
                "Lithuania plans to spend 4 percent of its economic output on defence next year.",
                "m",
            ),
            Probe(
                "The request will be discussed at the alliance's summit in July, officials said.",
                "d",
                "m",
            ),
            Probe(
                "Moscow called the request a provocation and said it would respond to any threat to its security.",
                "md",
            ),
        ],
    ),
    (
        "Bank Robbers Seize Hostages In Standoff",
        [
            Probe(
                (
                    "Armed robbers seized six hostages at a bank in the city of Lyonne on Thursday and demanded a "
                    "getaway car, police said."
                ),
                "",
            ),
            Probe(
                "The standoff ended after eight hours when officers stormed the building.",
                "",
            ),
            Probe(
                "One robber was shot and wounded, and two others were arrested.",
                "",
            ),
            Probe(
                "The hostages, all bank staff, were unharmed.",
                "",
            ),
            Probe(
                "The prosecutor said the men had served sentences for armed robbery.",
                "",
            ),
        ],
    ),
    (
        "Moroccan King Receives Spanish Prime Minister",
        [
            Probe(
                (
                    "King Hassan received Spanish Prime Minister Elena Ruiz at the royal palace in Rabat on Thursday,"
                    " ending a year of frosty relations."
                ),
                "d",
            ),
            Probe(
                (
                    "The two discussed migration, fishing rights and the reopening of customs posts at the borders of"
                    " Ceuta and Melilla."
                ),
                "d",
            ),
            Probe(
                "Ruiz said the visit opened a new stage in ties between the two neighbours.",
                "d",
            ),
            Probe(
                "A dozen agreements on energy, water and education were signed.",
                "d",
                "t",
            ),
            Probe(
                "It was Ruiz's first trip to Morocco since taking office.",
                "d",
            ),
            Probe(
                "Opposition parties in Madrid accused her of bowing to Rabat on Western Sahara.",
                "",
                "d",
            ),
        ],
    ),
]
