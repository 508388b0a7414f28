"""More fictional newswire articles for probing the themes (see theme_probes.py for the format): wars told through
events, relations between states told through procedure, trade told through goods and figures, and look-alikes
that must get no theme (elections, crime, sport, weather, company results, courts), some with a strong word of a
theme used in another sense. All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

WIRE_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Drone Strike Kills Militia Commander Near Border",
        [
            Probe(
                "A drone strike on a convoy near the northern border killed a senior commander of an armed group and "
                "three of his guards on Thursday, two security sources said.",
                "m",
            ),
            Probe("The group vowed revenge in a message read out at his funeral, which thousands attended.", "m"),
            Probe("Residents said the aircraft had circled the valley for hours before the explosion.", "m"),
        ],
    ),
    (
        "Truce Breaks Down Hours After It Began",
        [
            Probe(
                "A truce between government forces and separatist fighters in the east collapsed within hours on "
                "Sunday, with each side blaming the other for the first shots.",
                "m",
                "d",
            ),
            Probe("Villagers reported heavy gunfire and mortar rounds landing near the school after dark.", "m"),
            Probe(
                "A separatist spokesman said they would respect the deal only if government units pulled back from "
                "the ridge above the river.",
                "m",
                "d",
            ),
            Probe(
                "Monitors from the regional bloc said they had been unable to reach the area since Saturday.", "m", "d"
            ),
        ],
    ),
    (
        "Aid Workers Freed After Eight Months In Captivity",
        [
            Probe(
                "Four aid workers held by militants in the desert for eight months were freed on Tuesday and flown "
                "to the capital, the government said.",
                "m",
            ),
            Probe("Officials declined to say whether a ransom had been paid.", "", "m"),
            Probe(
                "Qatar, which mediated their release, said contacts with the kidnappers had gone on for months with "
                "help from tribal elders.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Pyongyang Fires Long-Range Missile, Tokyo Says",
        [
            Probe(
                "North Korea launched what appeared to be an intercontinental ballistic missile on Friday that flew "
                "for more than an hour before falling into the sea, Japan's defence ministry said.",
                "m",
            ),
            Probe(
                "Tokyo and Seoul condemned the launch as a clear breach of Security Council resolutions.",
                "d",
                "m",
            ),
            Probe("It was the fifth such launch this year.", "m"),
            Probe(
                "Washington said it would press for new measures against Pyongyang at the United Nations.", "d", "mt"
            ),
        ],
    ),
    (
        "Fuel Convoy Torched On Southern Highway",
        [
            Probe(
                "Armed men attacked a convoy of fuel tankers on the highway south of the capital on Wednesday, "
                "setting several trucks on fire and killing two drivers, local officials said.",
                "m",
            ),
            Probe(
                "The insurgents, who hold much of the countryside, have stepped up attacks on supply routes since the "
                "rains ended.",
                "m",
            ),
            Probe("Traffic on the road was halted until further notice.", "", "m"),
        ],
    ),
    (
        "Port City Pounded As Offensive Enters Third Week",
        [
            Probe(
                "Artillery pounded the port city for a third week on Monday as attacking units tried to cut its last "
                "road to the north, according to a local official.",
                "m",
            ),
            Probe(
                "Water and power have been cut to the eastern districts, and the main hospital is running on "
                "generators, the mayor said.",
                "m",
            ),
            Probe("Both sides reported heavy losses around the grain terminal overnight.", "m"),
        ],
    ),
    (
        "Berlin Recalls Ambassador From Minsk Over Spying Row",
        [
            Probe(
                "Germany recalled its ambassador from Minsk for consultations on Monday after two embassy staff were "
                "accused of espionage.",
                "d",
            ),
            Probe("The foreign ministry in Berlin called the accusations absurd.", "d"),
            Probe("Belarus gave no date for the trial of the two staff members.", "d"),
        ],
    ),
    (
        "Canberra Still Denied Access To Jailed Citizen",
        [
            Probe(
                "Australia said on Thursday it had still not been granted consular access to a citizen jailed in "
                "Vietnam on drug charges three weeks ago.",
                "d",
            ),
            Probe(
                "The man's sister told reporters in Sydney that the family had not heard from him since his arrest.",
                "",
                "d",
            ),
            Probe(
                "Foreign Minister Claire Holt raised the case with her Vietnamese counterpart on the sidelines of a "
                "regional meeting in Jakarta.",
                "d",
            ),
        ],
    ),
    (
        "Brazil Asks Paraguay To Hand Over Former Mayor",
        [
            Probe(
                "Brazil has formally asked Paraguay to extradite a former mayor wanted for fraud, the justice "
                "ministry in Brasilia said on Tuesday.",
                "d",
            ),
            Probe("Paraguay's supreme court will rule on the request, which could take months.", "", "d"),
        ],
    ),
    (
        "Macron And Sisi Discuss Gaza In Phone Call",
        [
            Probe(
                "The presidents of France and Egypt discussed Gaza and Libya in a telephone call on Tuesday, the "
                "Elysee said.",
                "d",
            ),
            Probe(
                "Macron also thanked his counterpart for Cairo's help in getting French nationals out of the region.",
                "d",
            ),
            Probe("They agreed to meet in the autumn.", "d"),
        ],
    ),
    (
        "General Assembly Backs Call For Humanitarian Pause",
        [
            Probe(
                "The UN General Assembly adopted a resolution on Thursday demanding an immediate humanitarian pause, "
                "with 120 countries in favour and 14 against.",
                "d",
                "m",
            ),
            Probe("The vote is not binding but carries political weight.", "d"),
            Probe("Israel's envoy called the text a disgrace.", "d"),
        ],
    ),
    (
        "Neighbours Settle Last Disputed Stretch Of Frontier",
        [
            Probe(
                "Kyrgyzstan and Tajikistan signed an agreement on Friday settling the last disputed sections of their "
                "970-km border, ending decades of friction that erupted into deadly clashes in 2022.",
                "d",
                "m",
            ),
            Probe(
                "Under the deal, several villages will change hands and residents will be offered compensation.", "d"
            ),
            Probe("The parliaments of both countries must still approve the text.", "d"),
        ],
    ),
    (
        "Island Leaders Meet With Climate Money On Agenda",
        [
            Probe(
                "Leaders of the Pacific island nations opened their annual summit in Honiara on Monday, with climate "
                "finance and fishing rights at the top of the agenda.",
                "d",
                "t",
            ),
            Probe(
                "New Zealand's prime minister, attending as a partner, pledged 20 million dollars for sea walls.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "India Halts Rice Exports To Cool Prices",
        [
            Probe(
                "India banned exports of non-basmati white rice on Thursday to calm prices at home before the "
                "festivals, sending importers in Africa and Asia scrambling.",
                "t",
            ),
            Probe("Traders in Bangkok said prices jumped 15 percent within a day.", "t"),
            Probe("The ban will be reviewed in three months.", "t"),
        ],
    ),
    (
        "Canada Slaps Surtax On Chinese Electric Cars",
        [
            Probe(
                "Ottawa will impose a 100 percent surtax on Chinese-made electric vehicles from October, matching a "
                "similar move by Washington.",
                "t",
            ),
            Probe("Beijing said the measure broke international rules and that it would respond.", "t", "d"),
        ],
    ),
    (
        "Tokyo And Canberra Sign Critical Minerals Deal",
        [
            Probe(
                "Japan and Australia signed a deal on Wednesday to secure supplies of lithium and rare earths for the "
                "next decade, part of an effort to reduce dependence on China.",
                "t",
                "d",
            ),
            Probe("The first cargoes are due to leave Port Hedland next year.", "t"),
        ],
    ),
    (
        "South Korea's Surplus Narrows As Chip Sales Slow",
        [
            Probe(
                "South Korea's trade surplus narrowed in May as shipments of semiconductors to China slowed, customs "
                "data showed on Monday.",
                "t",
            ),
            Probe("Purchases of crude oil from abroad rose 12 percent from a year earlier.", "t"),
        ],
    ),
    (
        "Opposition Takes Three Regions In Local Vote",
        [
            Probe(
                "The opposition won control of three regional assemblies on Sunday, dealing a blow to the governing "
                "coalition a year before national elections.",
            ),
            Probe("The prime minister said she accepted the result and would listen to concerns about housing."),
            Probe("Turnout was 61 percent, the highest in two decades."),
        ],
    ),
    (
        "Four Held Over Museum Jewel Heist",
        [
            Probe(
                "Police arrested four men on Tuesday over the theft of jewels worth 12 million euros from a museum in "
                "the city centre."
            ),
            Probe(
                "Prosecutors said the gang planned the raid with military precision, studying the guards' rounds "
                "for weeks."
            ),
            Probe("The suspects used a stolen van and an angle grinder to break through a side door."),
        ],
    ),
    (
        "Champions Survive Late Onslaught To Stay Top",
        [
            Probe("The champions held off a late onslaught to beat their rivals 2-1 on Saturday and stay top."),
            Probe(
                "Their captain, who scored the winner, said the side had defended like soldiers in the final ten "
                "minutes."
            ),
            Probe("Both sides were fined after a brawl on the touchline at full time."),
        ],
    ),
    (
        "Storm Leaves 200,000 Homes Without Power",
        [
            Probe(
                "A powerful storm battered the coast on Wednesday, uprooting trees and cutting power to 200,000 homes."
            ),
            Probe(
                "Emergency crews were sent to the worst-hit towns, and the army was put on standby to help with "
                "evacuations.",
                "",
                "m",
            ),
            Probe("Forecasters said more rain was on the way."),
        ],
    ),
    (
        "Supermarket Chain's Profit Falls As Shoppers Cut Back",
        [
            Probe(
                "The supermarket chain reported a 9 percent fall in first-half profit on Thursday, blaming higher "
                "wage costs and weaker spending on clothing."
            ),
            Probe("Its shares fell 4 percent in early trading."),
            Probe("The company said it would open 30 new stores and expand its home delivery service."),
            Probe(
                "It warned that new tariffs on imported steel would raise the cost of building them by a tenth.", "t"
            ),
        ],
    ),
    (
        "Candidates Trade Attacks In Final Debate",
        [
            Probe(
                "The two candidates traded attacks over immigration and taxes in their final televised debate on "
                "Tuesday night."
            ),
            Probe("Polls show the race tied a week before the vote."),
        ],
    ),
    (
        "Court Upholds Ban On Climate Protest Group",
        [
            Probe(
                "The constitutional court upheld a ban on a climate protest group on Friday, ruling that its road "
                "blockades put the public in danger."
            ),
            Probe("The group's lawyers said they would take the case to the European Court of Human Rights.", "", "d"),
        ],
    ),
    (
        "Helicopter Downed As Fighting Spreads To Airport",
        [
            Probe(
                "Rebels shot down a helicopter gunship near the airport on Sunday, and clashes between rival "
                "factions spread to two districts of the capital, killing at least 20 people.",
                "m",
            ),
            Probe("Kyiv said separately it had struck an ammunition depot deep behind the lines overnight.", "m"),
        ],
    ),
    (
        "Watchdog Says Enrichment Has Reached New High",
        [
            Probe(
                "Iran has enriched uranium to 60 percent purity at a second site, the UN nuclear watchdog said in a "
                "confidential report seen by reporters.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Hungary Blocks Joint Statement On Beijing",
        [
            Probe(
                "Hungary blocked a joint statement by European Union members criticising China's crackdown in Hong "
                "Kong, the third time it has vetoed such a text this year.",
                "d",
            ),
            Probe(
                "The prime minister flew to Ankara on Tuesday for talks with President Erdogan on energy and "
                "migration.",
                "d",
                "t",
            ),
            Probe("Guterres called on both sides to show restraint.", "d", "m"),
        ],
    ),
    (
        "Biden To Host Kenyan Leader For State Dinner",
        [
            Probe(
                "The White House said the president would host his Kenyan counterpart at a state dinner in May, "
                "the first for an African leader in 15 years.",
                "d",
            ),
        ],
    ),
    (
        "Brussels Opens Subsidy Probe Into Chinese Electric Cars",
        [
            Probe(
                "The European Commission opened an anti-subsidy investigation into electric cars made in China on "
                "Wednesday, saying cheap models were flooding the bloc.",
                "t",
                "d",
            ),
            Probe("Brazil's soy shipments to China hit a record in the first quarter.", "t"),
            Probe("The rupee fell to a record low against the dollar as oil importers bought greenbacks.", "t"),
        ],
    ),
    (
        "Lira Slides After Central Bank Surprise",
        [
            Probe("The lira slid 4 percent after the central bank unexpectedly held rates.", "t"),
            Probe(
                "The company's chief executive said the fall would hurt its plans to build a factory abroad.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Marathon Runner Breaks Course Record",
        [
            Probe(
                "A Kenyan runner broke the course record in the city marathon on Sunday, beating an Ethiopian rival "
                "in a sprint to the line."
            ),
            Probe("The two nations have dominated the race for two decades."),
        ],
    ),
    (
        "Rival Gangs Battle For Control Of Port",
        [
            Probe(
                "Police said two people were shot dead in a gunfight between rival drug gangs in the port district "
                "overnight, the fifth such killing this month.",
                "",
                "m",
            ),
            Probe("The mayor called for more officers and new street lighting."),
        ],
    ),
    (
        "Lakers Land Guard In Deadline Deal",
        [
            Probe("The Lakers traded two first-round picks for a veteran guard an hour before the deadline."),
            Probe(
                "Asked about his former club, the guard gave a diplomatic answer and said he wished his old "
                "teammates well."
            ),
            Probe("The league fined the club for tampering but stopped short of harsher sanctions."),
        ],
    ),
    (
        "Bidding War Breaks Out For Chip Designer",
        [
            Probe(
                "A bidding war broke out for the chip designer on Monday after a second private equity firm "
                "topped the offer on the table."
            ),
            Probe("Its shares have nearly doubled since the launch of its latest processor in March."),
        ],
    ),
    (
        "Hospital Staff Walk Out Over Pay",
        [
            Probe(
                "Nurses at the city's three hospitals began a 48-hour strike on Tuesday, and an army of volunteers "
                "stepped in to run the canteens."
            ),
            Probe("A patient who suffered a heart attack was moved to a clinic across the river."),
        ],
    ),
    (
        "Jury Hears Closing Arguments In Fraud Trial",
        [
            Probe(
                "The defence argued that the evidence had been gathered unlawfully, and the judge adjourned the "
                "trial until Monday."
            ),
            Probe(
                "Police said the gunman who shot three people at a supermarket last spring had a long history of "
                "mental illness."
            ),
        ],
    ),
    (
        "Airline Adds Routes To Asia",
        [
            Probe("The airline will deploy its new long-haul jets on routes to Asia from the summer."),
            Probe("The visitors' defence was breached twice in the first half, and the home side won 3-1."),
        ],
    ),
    (
        "Opposition Parties Pick Joint Candidate",
        [
            Probe(
                "The two leaders of the opposition alliance met on Friday and agreed to back a joint candidate for "
                "president."
            ),
        ],
    ),
    (
        "Beijing Bars Two US Lawmakers",
        [
            Probe(
                "China refused visas to two US lawmakers who had planned to visit Tibet next month, calling the trip "
                "an interference in its internal affairs.",
                "d",
            ),
            Probe(
                "Armenia and Azerbaijan swapped prisoners on Thursday under a deal brokered by the European Union.",
                "d",
                "m",
            ),
            Probe(
                "The International Court of Justice ordered Myanmar to take all measures to prevent further harm to "
                "the Rohingya.",
                "d",
            ),
        ],
    ),
    (
        "Coast Guard Fires Water Cannon At Supply Boat",
        [
            Probe(
                "A Chinese coast guard ship fired water cannon at a Philippine supply boat near a disputed shoal on "
                "Saturday, Manila said.",
                "m",
                "d",
            ),
            Probe("Manila summoned the Chinese deputy ambassador and filed its 50th protest of the year.", "d"),
        ],
    ),
    (
        "Poland Shuts Last Crossing With Belarus",
        [
            Probe(
                "Poland closed its last border crossing with Belarus on Wednesday, citing the risk of provocations "
                "by Minsk and its ally Moscow.",
                "d",
                "m",
            ),
        ],
    ),
]
