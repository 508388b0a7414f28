"""A twenty-fourth batch of fictional newswire and world-news articles for probing the themes (see theme_probes.py for
the format), written and labelled by the guidelines before any run against the rules, with short wire paragraphs that
carry their theme only through the article's subject: a peacekeeping mandate renewed by a vote, a swap of detained
border guards, a cyberattack a government blames on another state's military intelligence, a border demarcation
commission, a frigate sale cleared by a parliament's committee, a retaliatory tariff list, a WTO panel ruling, a
takeover blocked on security grounds, a joint naval exercise, a militia's ambush on an army convoy, a truce monitors'
report, an ambassador recalled over a leaked cable; and four stories that get no theme (a nurses' strike, a wildfire,
a lottery draw, a football transfer).
Blind, main's rules got 25 of these 95 paragraphs wrong (military missed in 10, diplomacy in 5, trade in 6; diplomacy
given four times and military twice where they do not belong: of the four stories that get no theme, the football
transfer took diplomacy from "the Portuguese side" and the wildfire war from "water-bombing planes"). After this
round's mends (what an attack leaves, burned trucks and gunshot wounds, in a story of war; a foreign takeover as
investment; water bombers hidden from war; no state told as a side in a paragraph about sport; a joint commission
of two states told on as an event), 19.
See KNOWN_MISSES in test_theme_probes.py for what is left.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

TWENTYFOURTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Security Council Keeps Abyei Force For Six More Months",
        [
            Probe(
                "UNITED NATIONS, March 27 (Wirenews) - The Security Council voted on Thursday to renew the mandate of "
                "the UN peacekeeping force in Abyei for six more months, cutting its troop ceiling by 500.",
                "md",
            ),
            Probe("Twelve members voted in favour, while Russia, China and Algeria abstained.", "d"),
            Probe(
                "The force of about 3,200 keeps apart armed groups from Sudan and South Sudan, which both claim the "
                "oil-rich area.",
                "m",
                "dt",
            ),
            Probe(
                "Khartoum had asked for the mission to wind down by the end of the year, saying its own army could "
                "secure the area.",
                "md",
            ),
            Probe("Juba welcomed the vote.", "d"),
            Probe(
                "The text also asks the Secretary-General to report by August on how the cut would be carried out.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Kyrgyzstan And Tajikistan Exchange Detained Border Guards",
        [
            Probe(
                "BISHKEK, Oct 3 (Wirenews) - Kyrgyzstan and Tajikistan exchanged 14 border guards detained during "
                "clashes last month, handing them over at a checkpoint in the Batken region on Tuesday, both "
                "governments said.",
                "md",
            ),
            Probe("Each side released seven men.", "d", "m"),
            Probe(
                "The guards were taken when fighting over a water intake spread to three villages in September.",
                "m",
            ),
            Probe(
                "Four of the Kyrgyz men had been treated in hospital for gunshot wounds, the Kyrgyz health ministry "
                "said.",
                "m",
            ),
            Probe(
                "The exchange was agreed at talks between the two countries' security chiefs in Dushanbe last week.",
                "d",
                "m",
            ),
            Probe("Relatives waited at the checkpoint from dawn, some holding photographs.", "", "dm"),
        ],
    ),
    (
        "Poland Blames Russian Military Intelligence For Rail Hack",
        [
            Probe(
                "WARSAW, Jan 22 (Wirenews) - Poland on Wednesday blamed Russian military intelligence for a "
                "cyberattack that halted trains across the north of the country for nine hours last week.",
                "md",
            ),
            Probe(
                "Hackers broke into the signalling system through a contractor's account and sent false stop "
                "commands to about 200 trains, the digital affairs minister said.",
                "m",
            ),
            Probe(
                "Warsaw summoned Russia's charge d'affaires and said it would expel two diplomats.",
                "d",
            ),
            Probe("Moscow denied any involvement and called the accusation Russophobic.", "d"),
            Probe(
                "No passengers were hurt, but freight to the port of Gdansk was delayed for two days.",
                "",
                "mt",
            ),
            Probe("NATO allies said they would help Poland trace the attack.", "d", "m"),
        ],
    ),
    (
        "Laos And Cambodia Agree Another Stretch Of Border",
        [
            Probe(
                "VIENTIANE, June 11 (Wirenews) - A joint commission of Laos and Cambodia has agreed on the line of a "
                "further 38 km of their border and will place markers before the rainy season, the Lao foreign "
                "ministry said on Tuesday.",
                "d",
            ),
            Probe("About 60 km of the 540 km frontier remain in dispute.", "d"),
            Probe(
                "Survey teams will use maps drawn up in 1907 by French colonial officials.",
                "d",
            ),
            Probe(
                "The commission last met in 2019 before talks stalled over a temple on a hilltop.",
                "d",
            ),
            Probe("Soldiers from both sides briefly exchanged fire near the temple in 2021.", "m", "d"),
            Probe(
                "Villagers on the Cambodian side said they hoped the markers would end quarrels over rice fields.",
                "",
                "d",
            ),
        ],
    ),
    (
        "German Lawmakers Clear Frigate Sale To Indonesia",
        [
            Probe(
                "BERLIN, May 16 (Wirenews) - The Bundestag's budget committee approved on Wednesday the sale of two "
                "frigates to Indonesia worth 2.4 billion euros, clearing the last hurdle for Germany's largest naval "
                "export in a decade.",
                "mt",
                "d",
            ),
            Probe(
                "Greens and Left members voted against, citing tensions in the South China Sea.",
                "m",
                "d",
            ),
            Probe("The ships will be built in Kiel and handed over from 2028.", "m", "t"),
            Probe("Jakarta plans to station them near the Natuna Islands.", "m"),
            Probe(
                "Indonesia's defence minister visited Berlin in March to press for the deal.",
                "md",
                "t",
            ),
            Probe(
                "The government must still issue an export licence, which officials called a formality.",
                "mt",
            ),
        ],
    ),
    (
        "EU Lists US Goods For Retaliatory Duties",
        [
            Probe(
                "BRUSSELS, April 2 (Wirenews) - The European Commission published a list of US goods worth 18 "
                "billion euros on Tuesday that will face duties of up to 25 percent from June unless Washington "
                "lifts its tariffs on European steel.",
                "t",
                "d",
            ),
            Probe("The list includes bourbon, motorcycles, peanut butter and orange juice.", "t"),
            Probe("Member states have until May 15 to comment.", "t", "d"),
            Probe("Washington said the list was unjustified and that it would respond.", "t", "d"),
            Probe(
                "Kentucky distillers said their sales to Europe had already fallen by a fifth since the first round "
                "of the dispute in 2018.",
                "t",
            ),
            Probe(
                "The EU trade commissioner will travel to Washington next week for talks.",
                "td",
            ),
        ],
    ),
    (
        "WTO Panel Rules Against Turkish Duties On Vietnamese Pipes",
        [
            Probe(
                "GENEVA, Sept 19 (Wirenews) - A World Trade Organization panel ruled on Friday that Turkey broke "
                "global trade rules with anti-dumping duties on steel pipes from Vietnam.",
                "t",
                "d",
            ),
            Probe(
                "The panel said Ankara had miscalculated the dumping margin and failed to show harm to its own "
                "producers.",
                "t",
            ),
            Probe("Turkey can appeal within 60 days.", "t", "d"),
            Probe(
                "But an appeal would go into a void, because the WTO's appellate body has had no judges since 2019.",
                "t",
                "d",
            ),
            Probe(
                "Vietnam's ministry of industry welcomed the ruling and called on Ankara to lift the duties without "
                "delay.",
                "t",
                "d",
            ),
            Probe("Vietnamese mills shipped about 400,000 tonnes of pipes abroad last year.", "t"),
        ],
    ),
    (
        "Germany Blocks Sale Of Drone Maker To Emirati Fund",
        [
            Probe(
                "BERLIN, Nov 7 (Wirenews) - Germany's cabinet blocked the sale of drone maker Aerotek to a fund from "
                "the United Arab Emirates on Wednesday, saying the deal posed a risk to national security.",
                "t",
                "md",
            ),
            Probe(
                "Aerotek, based near Munich, supplies surveillance drones to the German army and to NATO partners.",
                "m",
            ),
            Probe(
                "It is the ninth foreign takeover the government has stopped or made conditional since the rules were "
                "tightened in 2021.",
                "t",
            ),
            Probe("The fund had offered 410 million euros for the company.", "t"),
            Probe(
                "The Emirati embassy in Berlin said it was disappointed and that the fund had offered to keep the "
                "company's military work in German hands.",
                "td",
                "m",
            ),
            Probe("Shares in Aerotek's listed parent fell 4 percent.", "", "t"),
        ],
    ),
    (
        "India And France Begin Naval Drills In Arabian Sea",
        [
            Probe(
                "NEW DELHI, Jan 9 (Wirenews) - Indian and French warships began a week-long exercise in the Arabian "
                "Sea on Monday, the Indian navy said, the largest in the two countries' 20-year series of drills.",
                "m",
                "d",
            ),
            Probe("An aircraft carrier, two destroyers and a submarine from each side will take part.", "m"),
            Probe("The drills include anti-submarine warfare and the refuelling of ships at sea.", "m"),
            Probe(
                'France\'s ambassador said the exercise showed a partnership that "grows stronger every year".',
                "d",
                "m",
            ),
            Probe("Pakistan's navy said it was monitoring the ships.", "m", "d"),
            Probe(
                "The carrier will then call at Goa, where its crew will play a cricket match against Indian sailors.",
                "",
                "md",
            ),
        ],
    ),
    (
        "Militia Ambush Kills 11 Soldiers Near Beni",
        [
            Probe(
                "GOMA, Aug 4 (Wirenews) - Militia fighters ambushed a convoy of army trucks on the road north of Beni "
                "on Sunday, killing eleven soldiers and two drivers, the army said.",
                "m",
            ),
            Probe(
                "The attackers opened fire from both sides of the road as the lead truck slowed at a bridge.",
                "m",
            ),
            Probe("Three trucks were burned.", "m"),
            Probe(
                "The ADF, which pledged allegiance to Islamic State in 2019, is blamed for most of the killings in "
                "the area.",
                "m",
            ),
            Probe("Uganda, which has had troops in the area since 2021, said it would send more.", "m", "d"),
            Probe("Traffic on the road resumed on Monday under escort.", "m"),
        ],
    ),
    (
        "Monitors Count 300 Truce Breaches In First Month",
        [
            Probe(
                "ADDIS ABABA, March 3 (Wirenews) - Monitors from the African Union recorded more than 300 breaches of "
                "the ceasefire between the Sudanese army and the Rapid Support Forces in its first month, their "
                "report said on Monday.",
                "md",
            ),
            Probe("Most involved artillery fire around El Fasher and drone strikes on supply lines.", "m"),
            Probe("The report blamed both sides in roughly equal measure.", "m", "d"),
            Probe("The 40-strong team has not been allowed into three districts.", "m", "d"),
            Probe("The African Union's peace council will discuss the findings on Thursday.", "d", "m"),
            Probe(
                "Saudi Arabia and the United States, which brokered the truce, urged both parties to respect it.",
                "md",
            ),
        ],
    ),
    (
        "Italy Recalls Envoy To Brazil Over Leaked Cable",
        [
            Probe(
                "ROME, July 18 (Wirenews) - Italy recalled its ambassador to Brazil on Thursday after a leaked "
                'diplomatic cable in which he called the Brazilian president "erratic and vain" was published by a '
                "newspaper in Sao Paulo.",
                "d",
            ),
            Probe("Brazil had declared the envoy unwelcome the day before.", "d"),
            Probe(
                'The cable, dated March, also said Brasilia\'s foreign policy was run "from a television studio".',
                "d",
            ),
            Probe(
                "Italy's foreign minister said the ambassador had been doing his job but could no longer work "
                "effectively.",
                "d",
            ),
            Probe("Police in Rome are investigating how the document reached the newspaper.", "", "d"),
            Probe(
                "The two countries will hold a business forum in Milan in October, which officials said would go "
                "ahead.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Kenyan Nurses Strike Over Unpaid Allowances",
        [
            Probe(
                "NAIROBI, Feb 2 (Wirenews) - Nurses at public hospitals across Kenya went on strike on Monday over "
                "unpaid allowances, leaving wards short of staff, the nurses' union said.",
                "",
            ),
            Probe("Only emergency cases were being admitted at the main referral hospital.", ""),
            Probe(
                "The health ministry said it had released 1.2 billion shillings to the counties and called the "
                "strike illegal.",
                "",
            ),
            Probe("Union leaders said members would stay out until every county paid.", ""),
            Probe("A court will hear the ministry's application to suspend the strike on Thursday.", ""),
            Probe("Patients' families said they had been asked to buy their own gloves and syringes.", ""),
        ],
    ),
    (
        "Wildfire Forces Evacuation Of 14 Villages North Of Athens",
        [
            Probe(
                "ATHENS, Aug 12 (Wirenews) - A wildfire fanned by strong winds swept through pine forests north of "
                "Athens on Monday, forcing the evacuation of 14 villages, the fire service said.",
                "",
            ),
            Probe("More than 500 firefighters, backed by 12 aircraft, fought the flames.", ""),
            Probe("Two firefighters were treated for burns.", ""),
            Probe("Residents of Varnavas said the fire front was three km long at its peak.", ""),
            Probe("Italy and Cyprus sent water-bombing planes under an EU scheme.", "", "d"),
            Probe("Temperatures are forecast to stay above 40C until Thursday.", ""),
        ],
    ),
    (
        "Castilian Town Shares Christmas Lottery Jackpot",
        [
            Probe(
                "MADRID, Dec 22 (Wirenews) - Ticket holders in a small town in Castile shared the top prize of "
                "Spain's Christmas lottery on Friday, winning 400,000 euros for each tenth.",
                "",
            ),
            Probe(
                "The winning number, 72480, was sold at a bakery that has sold lottery tickets for 40 years.",
                "",
            ),
            Probe("Spaniards spent about 3.9 billion euros on this year's draw.", ""),
            Probe(
                "Children from a Madrid school sang out the numbers in a ceremony broadcast live for four hours.",
                "",
            ),
            Probe("Winnings above 40,000 euros are taxed at 20 percent.", ""),
        ],
    ),
    (
        "Chelsea Sign Brazilian Striker Moura From Benfica",
        [
            Probe(
                "LONDON, Jan 31 (Wirenews) - Chelsea signed Brazilian striker Rafael Moura from Benfica on Friday "
                "for a fee of 65 million euros, a club record for the Portuguese side.",
                "",
            ),
            Probe("Moura, 22, scored 19 goals in the league this season.", ""),
            Probe("The deal includes a further 10 million euros in bonuses.", ""),
            Probe("He becomes the fourth Brazilian in Chelsea's squad.", ""),
            Probe("Benfica's president said the club could not turn down the offer.", ""),
            Probe(
                "Moura has played eight times for Brazil and is expected to be in the squad for next month's "
                "qualifiers against Argentina.",
                "",
            ),
        ],
    ),
]
