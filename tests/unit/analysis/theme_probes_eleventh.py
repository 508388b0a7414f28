"""An eleventh batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for
the format), written and labelled by the guidelines after the tenth batch's mends and run blind once against main's
rules: an election said to be meddled in, an embassy closed, a fighter jet sale, a ruling on subsidies, an alliance
summit on spending, a peacekeeping mission leaving, a hacker extradited, a fishing row, a tanker seized, a tariff
reprisal, a UN vote; and look-alikes with no theme (a vote count at home, a marathon, snow, a court on a ban, a bank's
results). Blind, main's rules got 14 of the 59 paragraphs wrong (13 once a bank's loans were made optional trade, as
banks are trade's word); after this batch's mends, 5 (see KNOWN_MISSES in test_theme_probes.py). All written for these
tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

ELEVENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Moldova Accuses Russia Of Meddling In Vote",
        [
            Probe(
                "Moldova accused Russia on Thursday of pouring millions of euros into a scheme to buy votes ahead of "
                "Sunday's parliamentary election, and said it would expel two Russian diplomats.",
                "d",
            ),
            Probe(
                "Prosecutors said couriers had carried cash across the border from Transnistria and paid voters "
                "through a network of local organisers.",
                "",
                "d",
            ),
            Probe(
                "The Kremlin dismissed the charges as hysteria and said Chisinau was trying to hide its own failures "
                "from voters.",
                "d",
            ),
            Probe(
                "European Union observers will monitor the vote at more than 2,000 polling stations, the bloc's "
                "mission said.",
                "",
                "d",
            ),
            Probe(
                "Turnout in the last election was 48 percent, and polls suggest the governing party will lose its "
                "majority.",
                "",
            ),
        ],
    ),
    (
        "Sweden Shuts Embassy In Khartoum As Fighting Spreads",
        [
            Probe(
                "Sweden has closed its embassy in Khartoum and flown its remaining staff to Djibouti as fighting "
                "between the army and a paramilitary force reached the diplomatic quarter, the foreign ministry said.",
                "dm",
            ),
            Probe(
                "Several other Western missions suspended operations this week after shells landed near the French "
                "and Dutch compounds.",
                "dm",
            ),
            Probe(
                "The ministry urged the roughly 150 Swedes still in the country to leave by any means available, "
                "warning it could offer no help on the ground.",
                "d",
                "m",
            ),
            Probe(
                "Heavy gunfire was reported near the airport on Friday, and residents said fighter jets circled over "
                "the northern districts.",
                "m",
            ),
        ],
    ),
    (
        "Washington Clears Sale Of 24 Fighter Jets To Poland",
        [
            Probe(
                "The State Department has approved the possible sale of 24 fighter jets and related equipment to "
                "Poland in a deal valued at up to $9 billion, the Pentagon's arms sales agency said.",
                "m",
                "td",
            ),
            Probe(
                "The package includes air-to-air missiles, spare engines and pilot training, and would replace "
                "Soviet-era aircraft that Warsaw has sent to Ukraine.",
                "m",
                "d",
            ),
            Probe(
                "Congress has 30 days to object, though lawmakers of both parties have backed arming NATO's eastern "
                "flank.",
                "m",
                "d",
            ),
            Probe(
                "Shares of the jets' maker, Arden Aerospace, rose 2 percent in early trading.",
                "",
                "t",
            ),
        ],
    ),
    (
        "WTO Panel Rules Against EU Biofuel Subsidies",
        [
            Probe(
                "A World Trade Organization panel ruled on Monday that European Union subsidies for biodiesel "
                "producers broke global trade rules, handing a victory to Indonesia and Argentina.",
                "t",
                "d",
            ),
            Probe(
                "The panel said the payments had allowed European makers to undercut imports and should be withdrawn "
                "within 90 days.",
                "t",
            ),
            Probe(
                "Brussels said it was studying the report and could appeal, although the body that hears appeals "
                "has been unable to sit since 2019.",
                "t",
                "d",
            ),
            Probe(
                "Jakarta welcomed the decision and said it expected the bloc to comply in full.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Allies Pledge To Raise Defence Spending At Summit",
        [
            Probe(
                "NATO leaders agreed at a summit in The Hague on Wednesday to raise defence spending to 3.5 percent "
                "of economic output within a decade, bowing to pressure from Washington.",
                "md",
            ),
            Probe(
                "Spain secured an exemption from the target, prompting a sharp rebuke from the U.S. president, who "
                "said Madrid was taking a free ride.",
                "d",
                "m",
            ),
            Probe(
                "The alliance's secretary-general said the pledge would pay for air defences, ammunition and troops "
                "on the eastern flank.",
                "m",
                "d",
            ),
            Probe(
                "Leaders will meet again next year in Ankara.",
                "d",
            ),
        ],
    ),
    (
        "UN Mission Begins Pull-Out From Mali",
        [
            Probe(
                "The United Nations began withdrawing its 12,000 peacekeepers from Mali on Saturday after the "
                "country's military rulers demanded the mission leave.",
                "md",
            ),
            Probe(
                "The first convoy left a base near Timbuktu under escort, and the mission said it had handed two camps "
                "to the Malian army.",
                "m",
                "d",
            ),
            Probe(
                "Mali's junta has turned to Russian mercenaries to fight jihadist groups in the north, a shift that "
                "soured ties with France and its neighbours.",
                "md",
            ),
            Probe(
                "The Security Council voted unanimously in June to end the mandate, one of the UN's deadliest.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Hacker Extradited To US From Netherlands",
        [
            Probe(
                "A Ukrainian man accused of running a ransomware gang that extorted hospitals has been extradited to "
                "the United States from the Netherlands, the Justice Department said.",
                "d",
            ),
            Probe(
                "Dutch police arrested Oleh Marchenko, 31, in Amsterdam in March at Washington's request.",
                "d",
            ),
            Probe(
                "He is due to appear in a federal court in Texas on Tuesday on charges of fraud and money laundering.",
                "",
                "d",
            ),
            Probe(
                "His lawyer said he would plead not guilty.",
                "",
            ),
        ],
    ),
    (
        "France And Britain Clash Over Fishing Licences",
        [
            Probe(
                "France threatened on Tuesday to bar British boats from its ports and tighten checks on goods bound "
                "for Britain unless London grants more licences to French fishermen in its waters.",
                "td",
            ),
            Probe(
                "The British government said it had issued licences to every vessel that could prove it had fished "
                "there before and called the threats unjustified.",
                "d",
                "t",
            ),
            Probe(
                "Fishermen in Boulogne blocked a ferry terminal for three hours in protest.",
                "",
                "td",
            ),
            Probe(
                "The two governments have agreed to hold talks in Paris next week, officials said.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Iran Seizes Oil Tanker In Gulf Of Oman",
        [
            Probe(
                "Iran's navy seized a Marshall Islands-flagged oil tanker in the Gulf of Oman on Thursday, the U.S. "
                "Navy said, calling it a violation of international law.",
                "m",
                "dt",
            ),
            Probe(
                "Tehran said the ship had collided with an Iranian vessel and injured two crew members.",
                "",
                "dm",
            ),
            Probe(
                "The seizure came days after a U.S. court ordered the confiscation of Iranian crude carried by another "
                "tanker in defiance of sanctions.",
                "t",
                "d",
            ),
            Probe(
                "Oil prices rose more than 1 percent on the news.",
                "",
                "t",
            ),
        ],
    ),
    (
        "China Hits European Brandy With Duties In Electric Car Row",
        [
            Probe(
                "China will impose provisional anti-dumping duties of up to 39 percent on brandy from the European "
                "Union, the commerce ministry said on Tuesday, days after Brussels confirmed tariffs on Chinese-made "
                "electric cars.",
                "t",
                "d",
            ),
            Probe(
                "French cognac houses, which sell a quarter of their output in China, said they were being taken "
                "hostage in a dispute that had nothing to do with them.",
                "t",
            ),
            Probe(
                "Paris urged Beijing to reconsider, and the European Commission said it would defend the industry's "
                "interests.",
                "td",
            ),
        ],
    ),
    (
        "General Assembly Demands Withdrawal Of Foreign Forces",
        [
            Probe(
                "The UN General Assembly on Monday adopted a resolution demanding the immediate withdrawal of foreign "
                "forces from the disputed region, with 98 votes in favour, 11 against and 52 abstentions.",
                "dm",
            ),
            Probe(
                "The text was drafted by a group of African states and backed by most European governments.",
                "d",
            ),
            Probe(
                "China and India were among those that abstained.",
                "d",
            ),
        ],
    ),
    (
        "Ruling Party Leads As Counting Continues",
        [
            Probe(
                "The ruling Social Democrats led with 34 percent of the vote after more than half of ballots had been "
                "counted, the election commission said on Monday.",
                "",
            ),
            Probe(
                "The opposition conservatives were on 29 percent, and a new anti-immigration party looked set to enter "
                "parliament for the first time.",
                "",
            ),
            Probe(
                "Coalition talks are expected to take weeks.",
                "",
            ),
        ],
    ),
    (
        "Kenyan Wins Berlin Marathon In Record Time",
        [
            Probe(
                "Kenya's Daniel Kiprop won the Berlin Marathon on Sunday in a course record, beating Ethiopia's "
                "defending champion by 40 seconds.",
                "",
            ),
            Probe(
                "The race was held in cool conditions, and organisers said 45,000 runners from 150 countries had taken "
                "part.",
                "",
            ),
            Probe(
                "Kiprop's victory came a year after he pulled out of the world championships with an injury.",
                "",
            ),
        ],
    ),
    (
        "Snow Shuts Airports Across Northern Europe",
        [
            Probe(
                "Heavy snow forced the closure of airports in Copenhagen, Oslo and Helsinki on Tuesday, stranding "
                "thousands of travellers, and the army was called in to clear roads in Finland.",
                "",
            ),
            Probe(
                "Forecasters said temperatures could fall to minus 30 by the weekend.",
                "",
            ),
        ],
    ),
    (
        "Court Upholds Ban On Face Coverings",
        [
            Probe(
                "The country's constitutional court on Friday upheld a ban on face coverings in public places, "
                "rejecting a challenge brought by two rights groups.",
                "",
            ),
            Probe(
                "The judges said the law pursued a legitimate aim and did not single out any religion.",
                "",
            ),
        ],
    ),
    (
        "Lender's Profit Rises On Higher Rates",
        [
            Probe(
                "Nordvik Bank posted a 22 percent rise in third-quarter profit on Wednesday as higher interest rates "
                "lifted lending margins, beating analysts' forecasts.",
                "",
                "t",
            ),
            Probe(
                "The bank said bad loans were stable and raised its dividend.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Armenia And Azerbaijan Agree Text Of Peace Treaty",
        [
            Probe(
                "Armenia and Azerbaijan have agreed the text of a peace treaty to end nearly four decades of conflict, "
                "the two countries' foreign ministries said on Thursday.",
                "d",
                "m",
            ),
            Probe(
                "Baku said it would not sign until Yerevan changed its constitution, which it says contains a claim "
                "to Azerbaijani territory.",
                "d",
            ),
            Probe(
                "The agreement would commit both sides to withdraw troops from the border and let observers in.",
                "md",
            ),
            Probe(
                "Azerbaijan retook the Karabakh region in a lightning offensive in 2023, prompting most of its ethnic "
                "Armenian population to flee.",
                "m",
                "d",
            ),
        ],
    ),
]

#: Written after this batch's mends to check that they hold on fresh wording: a seat of government answering, an
#: extradition, a state abstaining, a meeting told on, NATO as a force and as an actor, foreign forces, a shipbuilder's
#: shares. Before the last mend (an extradition between two named states is diplomacy on its own), 4 of the first 20
#: paragraphs were wrong; after it, 2 (see KNOWN_MISSES). The 19 after them (a recalled envoy, a hostage freed, drills,
#: a coast guard pact, a resignation, copper) were written after that mend: 1 wrong.
ELEVENTH_CHECKS: list[tuple[str, list[Probe]]] = [
    (
        "Kremlin Rejects Finnish Claims Over Border Crossings",
        [
            Probe(
                "Finland accused Russia on Monday of pushing migrants towards its eastern border and said it would "
                "close the last open crossing.",
                "d",
            ),
            Probe("The Kremlin rejected the claims and said Helsinki was stoking tension for its own ends.", "d"),
            Probe("Finnish border guards said some 900 people had arrived without visas since August.", "", "d"),
        ],
    ),
    (
        "Businessman Extradited From Spain To Peru",
        [
            Probe(
                "A Peruvian businessman wanted over bribes paid to officials for a highway contract has been "
                "extradited from Spain, Peru's attorney general said on Friday.",
                "d",
            ),
            Probe("Spanish police arrested him in Marbella last year on a warrant issued by Lima.", "d"),
            Probe("He faces up to 15 years in prison if convicted.", "", "d"),
        ],
    ),
    (
        "Security Council Renews Libya Arms Embargo Inspections",
        [
            Probe(
                "The UN Security Council voted on Friday to renew for a year the authorisation for states to inspect "
                "ships suspected of breaking the arms embargo on Libya.",
                "dm",
                "t",
            ),
            Probe("Fourteen members voted in favour and Russia abstained.", "d"),
            Probe(
                "Its deputy envoy said the inspections had been used to harass vessels that had nothing to do with "
                "arms.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Leaders Meet To Revive Nile Dam Talks",
        [
            Probe(
                "The leaders of Egypt and Ethiopia met in Cairo on Thursday for the first time in two years to revive "
                "talks over a giant dam on the Blue Nile.",
                "d",
            ),
            Probe(
                "At the meeting, the two agreed to task their water ministers with finishing a deal within four "
                "months.",
                "d",
            ),
            Probe("Sudan, which lies between them, was not invited.", "d"),
        ],
    ),
    (
        "NATO Jets Intercept Russian Aircraft Over Baltic",
        [
            Probe(
                "NATO fighter jets were scrambled 12 times last week to intercept Russian military aircraft over the "
                "Baltic Sea, the alliance's air command said.",
                "m",
            ),
            Probe(
                "The Russian planes had switched off their transponders and did not file flight plans, it said.", "m"
            ),
            Probe(
                "NATO foreign ministers will discuss the alliance's response to the flights at a meeting in Brussels "
                "next week.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Rebels Demand Exit Of Foreign Troops",
        [
            Probe(
                "Rebels in the north demanded on Sunday that all foreign forces leave the country before any peace "
                "talks begin.",
                "m",
                "d",
            ),
            Probe(
                "Some 3,000 troops from neighbouring states have been deployed since January under a regional mandate.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Shipbuilder's Shares Jump On Navy Order",
        [
            Probe(
                "Shares of the shipbuilder Halvorsen Marine jumped 8 percent in afternoon trading after it won an "
                "order to build four frigates for the Norwegian navy.",
                "",
                "mt",
            ),
            Probe("The company said the order would keep its yard busy until 2031.", ""),
        ],
    ),
    (
        "Pakistan Recalls Envoy From Kabul After Border Raid",
        [
            Probe(
                "Pakistan recalled its ambassador from Kabul on Wednesday, a day after Afghan forces fired across the "
                "border and killed three of its soldiers.",
                "md",
            ),
            Probe("Islamabad said it had lodged a strong protest with the Taliban administration.", "d", "m"),
            Probe(
                "A Taliban spokesman said Pakistani troops had started the exchange of fire by building a fence on "
                "Afghan land.",
                "m",
                "d",
            ),
            Probe(
                "The border crossing at Torkham, a key route for trucks carrying fruit and coal, remained closed.",
                "",
                "td",
            ),
        ],
    ),
    (
        "Japanese Tourist Freed After Two Years In Syrian Custody",
        [
            Probe(
                "A Japanese tourist held for two years in Syria has been freed and flown to Tokyo, Japan's foreign "
                "ministry said on Sunday.",
                "d",
            ),
            Probe("Kenji Mori, 41, disappeared shortly after crossing into Syria from Turkey in 2023.", "", "d"),
            Probe(
                "The ministry thanked Qatar and Jordan for their help but gave no details of how his release was "
                "secured.",
                "d",
            ),
        ],
    ),
    (
        "Seoul And Washington Hold Largest Drills In Years",
        [
            Probe(
                "South Korean and U.S. troops began their largest joint exercises in five years on Monday, involving "
                "fighter jets, warships and 20,000 soldiers.",
                "m",
                "d",
            ),
            Probe(
                "North Korea called the drills a rehearsal for invasion and warned of an overwhelming response.",
                "m",
                "d",
            ),
            Probe("The exercises will run for 11 days.", "m"),
        ],
    ),
    (
        "Vietnam And Philippines Sign Coast Guard Pact",
        [
            Probe(
                "Vietnam and the Philippines signed an agreement on Tuesday to expand cooperation between their coast "
                "guards in the South China Sea.",
                "d",
                "m",
            ),
            Probe(
                "The deal was signed during a visit to Hanoi by the Philippine president, the first in six years.",
                "d",
            ),
            Probe("China claims almost all of the waterway.", "d"),
        ],
    ),
    (
        "Minister Quits Over Hospital Waiting Lists",
        [
            Probe(
                "The health minister resigned on Thursday after figures showed waiting lists at public hospitals had "
                "reached a record.",
                "",
            ),
            Probe("The prime minister thanked her for her service and named her deputy as interim minister.", ""),
        ],
    ),
    (
        "Copper Price Hits Record On Supply Fears",
        [
            Probe(
                "Copper prices hit a record high on Tuesday as strikes at mines in Chile and Peru threatened supplies "
                "to Chinese smelters.",
                "t",
            ),
            Probe("Traders said buying by funds had added to the rally.", "t"),
        ],
    ),
]
