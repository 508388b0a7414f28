"""A fifty-sixth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: technology in world affairs, as agency copy, technology-
policy desks and the business press tell it. A chipmaker cutting its forecast under new export controls on advanced
chips, military hackers blamed for blacking out a grid, undersea cables cut near a disputed sea, a reconnaissance
satellite and a new military space command, talks between governments on rules for artificial intelligence, a
spy-balloon row, a policy desk's briefing on a telecom equipment ban and on data-localisation rules in a trade pact;
with the tech pages' look-alikes of no theme: a "cyber war" between two streaming services, a phone "trade-in" offer,
a "summit" of app developers, an "army" of volunteer programmers and a festival's "drone show".

Boundaries judged here: export controls on chips and a chipmaker's lost sales abroad are trade, its shares, domestic
plant and home demand optional trade, the state whose military the controls aim at military where the clause says so,
the target state's protest diplomacy; a cyberattack run by a state's military intelligence is military, the
accusation, summons and denial diplomacy, the grid operator's repairs none; a cable's traffic and payments are trade,
the claims on the sea diplomacy, the navy sent military; a military satellite and its command are military, launches
sold abroad trade, accords on space diplomacy; talks between governments on rules for a technology are diplomacy,
autonomous weapons in them military too; a balloon shot down by a fighter is military, the protest and a postponed
visit diplomacy; a ban on a foreign state's equipment is trade, its embassy's protest diplomacy; data rules inside a
trade pact are trade, the negotiators and a summit to sign it diplomacy.
Blind, main's rules got 17 of these 76 paragraphs wrong. One was a label slip, relabelled: operators removing a
banned vendor's equipment carry out the ban, optional trade as app stores removing a banned app are in the forty-sixth
batch (the diplomacy given to it stays wrong). 17 are left: diplomacy missed 5 times (a ministry's protest at export
rules, a state blaming another's military hackers, waters two states claim, frictions between two states), trade
missed 5 times (the aim of export controls, a cable's traffic and payments, launches sold abroad, a ban on a foreign
vendor's parts, a data rule dropped under a trade compromise), military missed twice (an air officer on watching the
border, an ally sharing tracking data); military given 5 times (backup generators, space debris, launches sold
abroad, a "cyber war" between streaming services, an "army" of volunteer programmers), trade given to a phone
"trade-in" offer, diplomacy to operators' negotiations with their own government.
After this batch's mends (a phrase of no theme read across the quotation marks of its figure, so an "army" of
programmers is "an army of"; waters claimed by two states in the passive; the ranks of generals and air marshals; a war
between streaming services as a rivalry between businesses; a phone's "trade-in" as no trade), 12 are left. Left by
pattern: diplomacy missed where the other state is only implied (a ministry's protest at "the rules"), sits inside the
object of a state's accusation ("hackers working for Russia's military intelligence") or is named by a description
("Asia's two largest economies"); trade missed where export controls go on as "the controls", where a cable's traffic
and payments are told as figures, where launches sold abroad sit in a military story (read as military), where a ban
names a foreign state's vendors and no good (read as diplomacy) and, just under the threshold, where a trade pact's data
rule is dropped; military missed for an ally sharing tracking data; military given to backup generators in a story of a
military cyberattack (an effect of war; optional military would have been as defensible) and to space debris beside an
accord on space; diplomacy given to operators' negotiations with their own government.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FIFTYSIXTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Korvell Semiconductor cuts forecast as new U.S. chip curbs bite",
        [
            Probe(
                "SAN JOSE, Oct 30 (Techwire) - Korvell Semiconductor cut its revenue forecast for the rest of the "
                "year on Thursday, saying new U.S. export controls on advanced artificial-intelligence chips would "
                "keep it from shipping its fastest processors to customers in China.",
                "t",
            ),
            Probe(
                "The company said China accounted for about 22 percent of its sales in the last fiscal year, and that "
                "the rules would wipe out about 1.4 billion dollars of orders it had expected to fill by March.",
                "t",
            ),
            Probe(
                "Shares of Korvell fell 9 percent in after-hours trading, dragging down other chip stocks.",
                "",
                "t",
            ),
            Probe(
                "The Commerce Department rules, published last week, lower the performance threshold above which a "
                "licence is needed and extend the curbs to chips sold through subsidiaries in third countries such "
                "as Malaysia and Singapore.",
                "t",
            ),
            Probe(
                "Washington says the controls are meant to keep advanced computing out of the hands of China's "
                "military, which it accuses of using AI to improve weapons targeting and surveillance.",
                "tm",
                "d",
            ),
            Probe(
                'China\'s commerce ministry called the rules "a typical act of economic bullying" and vowed to take '
                '"necessary measures" to protect the rights of Chinese companies.',
                "td",
            ),
            Probe(
                "Beijing has previously answered U.S. curbs by restricting exports of gallium and germanium, metals "
                "used in chipmaking, and by opening an antitrust probe into an American chip designer.",
                "t",
                "d",
            ),
            Probe(
                "Korvell's chief executive, Dana Whitcombe, told analysts on a conference call that the company would "
                "develop a slower chip that complies with the rules, as it did after an earlier round of controls in "
                "2023.",
                "t",
            ),
            Probe(
                "Demand from data centres in the United States and Europe remains strong, she said, and the company "
                "expects record revenue from cloud customers next year.",
                "",
                "t",
            ),
            Probe(
                "Korvell also said it would spend 3 billion dollars on a new packaging plant in Arizona, part of a "
                "wave of investment encouraged by federal subsidies for domestic chipmaking.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Lithuania blames Russian military intelligence for cyberattack that blacked out 200,000 homes",
        [
            Probe(
                "VILNIUS, Feb 3 (Techwire) - Lithuania on Monday blamed hackers working for Russia's military "
                "intelligence agency for a cyberattack that cut power to about 200,000 homes in the west of the "
                "country for up to nine hours last week.",
                "dm",
            ),
            Probe(
                "The attackers got into the control systems of three substations through a maintenance contractor's "
                "network and switched off breakers remotely shortly after midnight on Jan 27, the national cyber "
                "security centre said in a report.",
                "",
                "m",
            ),
            Probe(
                "Hospitals ran on backup generators and the water utility in Klaipeda asked residents to limit use "
                "until pumps could be restarted.",
                "",
            ),
            Probe(
                'Foreign Minister Ruta Kalnaite said the attack was "a hostile act by a state" and that Vilnius had '
                "summoned the Russian charge d'affaires and would ask its European Union partners for new sanctions.",
                "d",
                "tm",
            ),
            Probe(
                'The Kremlin denied any involvement, with its spokesman calling the accusation "Russophobic '
                'nonsense" not backed by evidence.',
                "d",
                "m",
            ),
            Probe(
                "NATO said its North Atlantic Council would consider whether the attack could trigger consultations "
                "under Article 4 of the alliance's treaty, which allies may request when they feel threatened.",
                "dm",
            ),
            Probe(
                "The unit blamed, known to researchers as Sandcrawler, has been linked to attacks on Ukraine's power "
                "grid since 2015 and to a 2017 malware outbreak that shut down shipping and pharmaceutical firms "
                "around the world.",
                "m",
            ),
            Probe(
                "The grid operator said it had moved the affected substations to manual control and would spend 40 "
                "million euros over three years separating its operational networks from the internet.",
                "",
            ),
            Probe(
                "Insurers in the region said claims from businesses that lost refrigerated stock could run to several "
                "million euros.",
                "",
            ),
            Probe(
                "Estonia and Latvia said they stood with Vilnius and would send cyber specialists to help with the "
                "investigation.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Cables cut near Spratlys slow Vietnam's internet; navy sends frigates",
        [
            Probe(
                "HANOI, Mar 11 (Techwire) - Two undersea internet cables linking Vietnam to Hong Kong and Singapore "
                "were cut on Sunday near the Spratly Islands, slowing connections across the country and disrupting "
                "payments at some banks, the information ministry said.",
                "t",
            ),
            Probe(
                "The cuts occurred about 40 km apart in waters claimed by both Vietnam and China, close to an area "
                "where Chinese survey vessels have operated for weeks.",
                "d",
            ),
            Probe(
                "Vietnam's navy said it had sent two frigates and a patrol aircraft to the area and was tracking a "
                "Chinese-flagged bulk carrier that had been anchored over the cable route at the time.",
                "m",
                "d",
            ),
            Probe(
                'China\'s foreign ministry spokeswoman said Beijing had "no information" about the incident and urged '
                'Hanoi not to "hype" an accident at sea, adding that the islands were China\'s inherent territory.',
                "d",
            ),
            Probe(
                "About 95 percent of the data and voice traffic between continents travels through undersea cables, "
                "which also carry trillions of dollars in financial transactions every day.",
                "t",
            ),
            Probe(
                "Operators rerouted traffic over land links through Cambodia and over a third cable, but users in Ho "
                "Chi Minh City reported video calls dropping and slow banking apps.",
                "",
                "t",
            ),
            Probe(
                "A repair ship based in Manila is expected to reach the site in about 10 days, though repairs in "
                "contested waters often need permissions that can take longer to obtain.",
                "",
                "d",
            ),
            Probe(
                "Taiwan accused Beijing last year of sending Chinese-crewed ships to cut cables to its outlying "
                "islands, a charge China denied.",
                "d",
            ),
            Probe(
                "The Philippines and Japan said they would raise the protection of undersea cables at a meeting of "
                "Southeast Asian defence ministers in Kuala Lumpur next month.",
                "dm",
            ),
        ],
    ),
    (
        "India launches spy satellite as new space command takes charge",
        [
            Probe(
                "SRIHARIKOTA, Jan 22 (Techwire) - India launched a military reconnaissance satellite on Wednesday, "
                "the first of 52 that its armed forces plan to put into orbit over five years to watch the borders "
                "with China and Pakistan.",
                "m",
            ),
            Probe(
                "The satellite can photograph objects as small as 50 cm and will be operated by the new Defence Space "
                "Command, which took over the military's space assets this month.",
                "m",
            ),
            Probe(
                "The command's chief, Air Vice Marshal Rohan Mehra, said the country needed to see \"every move on "
                'the other side of the Line of Actual Control, day and night".',
                "m",
            ),
            Probe(
                "China has more than 400 satellites in orbit, about half of them for military or dual-use purposes, "
                "according to an estimate by the U.S. Space Force.",
                "m",
            ),
            Probe(
                "In 2019 India shot down one of its own satellites with a missile, becoming the fourth country after "
                "the United States, Russia and China to test such a weapon.",
                "m",
            ),
            Probe(
                "The launch business has become a source of earnings too: the state-owned launch company said it had "
                "signed contracts worth 1.2 billion dollars to put satellites into orbit for customers in 14 "
                "countries.",
                "t",
            ),
            Probe(
                "India has also joined the U.S.-led Artemis Accords on the peaceful exploration of the Moon, and "
                "signed an agreement with France last year on tracking debris and satellites in orbit.",
                "d",
            ),
            Probe(
                "Scientists at the national space agency say the growing number of satellites has made low orbit "
                "crowded, and the agency had to move its own satellites 23 times last year to avoid collisions.",
                "",
            ),
            Probe(
                "The lift-off was watched by hundreds of schoolchildren from nearby villages, who cheered from a "
                "viewing gallery.",
                "",
            ),
        ],
    ),
    (
        "Governments fail to agree AI rules in Geneva, will meet again in Seoul",
        [
            Probe(
                "GENEVA, Sept 18 (Techwire) - Officials from 41 governments ended three days of talks in Geneva on "
                "Thursday without agreeing on common rules for the most powerful artificial-intelligence systems, "
                "but said they would meet again in Seoul in March.",
                "d",
            ),
            Probe(
                "The draft declaration, seen by Techwire, would commit signatories to test advanced models for risks "
                "before release and to share the results through an international network of AI safety institutes.",
                "d",
            ),
            Probe(
                "The United States and China, which lead the world in AI research, both sent delegations, but U.S. "
                "negotiators objected to language that would have created a UN body to oversee the technology.",
                "d",
            ),
            Probe(
                "A separate track on autonomous weapons, which can select and attack targets without a human "
                "decision, made more progress: 30 countries backed a call for a treaty banning systems that cannot be "
                "controlled by an operator.",
                "md",
            ),
            Probe(
                "The EU's AI Act, which came into force last year, already bans some uses such as social scoring and "
                "sets rules for systems used in hiring, credit and policing.",
                "",
                "d",
            ),
            Probe(
                "Tech companies lobbied hard ahead of the meeting. A group representing several large model "
                "developers warned that strict rules would push research to countries with looser regimes.",
                "",
                "td",
            ),
            Probe(
                "Britain's technology minister, Priya Varma, said the talks had shown that \"governments can still "
                'sit at one table on this, even when they can agree on little else".',
                "d",
            ),
            Probe(
                'China\'s delegation head said Beijing supported "an inclusive approach" and opposed using AI rules '
                '"as a tool to contain the development of other countries", an apparent reference to U.S. chip '
                "export controls.",
                "d",
                "t",
            ),
            Probe(
                "The Seoul meeting is expected to focus on how to check compliance, a question that divided "
                "delegations in Geneva.",
                "d",
            ),
        ],
    ),
    (
        "Japan shoots down suspected Chinese spy balloon; Beijing protests",
        [
            Probe(
                "TOKYO, Apr 8 (Techwire) - A Japanese fighter jet shot down a large balloon over the Sea of Japan on "
                "Tuesday after it drifted across the northern island of Hokkaido, in what the defence ministry called "
                "the first use of weapons against an airspace violator.",
                "m",
                "d",
            ),
            Probe(
                'Defence Minister Kenji Arakawa said the balloon carried cameras and antennas "clearly intended for '
                'intelligence gathering" and had passed close to a radar station and an air base at Chitose.',
                "m",
            ),
            Probe(
                "China's foreign ministry said the balloon was a civilian meteorological craft blown off course, and "
                'lodged "stern representations" with Tokyo over what it called an excessive use of force.',
                "d",
                "m",
            ),
            Probe(
                "Tokyo summoned the Chinese ambassador and postponed a visit by its foreign minister to Beijing that "
                "had been planned for later this month to prepare a leaders' summit.",
                "d",
            ),
            Probe(
                "Navy divers are searching for the debris in waters about 60 km off the coast, and officials said any "
                "electronics recovered would be examined by the intelligence services.",
                "m",
            ),
            Probe(
                "The United States, Japan's treaty ally, said it was in close contact with Tokyo and had shared data "
                "from its own tracking of the balloon.",
                "dm",
            ),
            Probe(
                "The episode is the latest in a string of frictions between Asia's two largest economies, which are "
                "also at odds over seafood imports and the detention of a Japanese pharmaceutical executive in "
                "Beijing.",
                "d",
                "t",
            ),
            Probe(
                "Trade between the two countries reached about 290 billion dollars last year, and Japanese business "
                "groups urged both governments to keep the row from spreading to commerce.",
                "t",
                "d",
            ),
            Probe(
                "Residents of the Hokkaido town of Kitami said they had watched the white sphere drift overhead for "
                "most of the morning, and some had posted photographs of it online before it was shot down.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Policy brief: Germany bars Chinese 5G parts; Indonesia and EU settle data dispute",
        [
            Probe(
                "Germany will bar components made by the Chinese vendors Hualong and Zentel from the core of its 5G "
                "mobile networks by the end of 2026, the interior ministry said on Thursday, citing risks to national "
                "security.",
                "t",
                "dm",
            ),
            Probe(
                "Operators must also remove Chinese equipment from antennas and transmission towers by 2029 under an "
                "agreement reached after months of negotiations with the government.",
                "",
                "t",
            ),
            Probe(
                'China\'s embassy in Berlin said the decision was "based on political prejudice" and would harm '
                "Germany's image as a place to invest, warning that the rights of Chinese companies would be "
                "protected.",
                "dt",
            ),
            Probe(
                "China is Germany's largest trading partner, with goods trade of about 250 billion euros last year, "
                "and German carmakers sell about a third of their vehicles there.",
                "t",
            ),
            Probe(
                "Hualong said it had never been asked by any government to compromise a network and called the ban "
                '"unfair and discriminatory".',
                "",
                "t",
            ),
            Probe(
                "Indonesia and the European Union have resolved a dispute over where companies must store "
                "Indonesians' personal data, clearing one of the last obstacles to a free trade agreement nine years "
                "in the making, negotiators said on Wednesday.",
                "td",
            ),
            Probe(
                "Under the compromise, Indonesia will drop a rule requiring foreign cloud providers to keep financial "
                "and health data on servers inside the country, but may still demand copies of data for law "
                "enforcement.",
                "t",
                "d",
            ),
            Probe(
                'EU trade commissioner Anna Leclerc said the deal would "open a market of 280 million people to '
                'European services while protecting privacy on both sides".',
                "t",
                "d",
            ),
            Probe(
                "Digital trade chapters have become a battleground in talks worldwide: the United States dropped its "
                "demand for free data flows at the World Trade Organization last year, saying it needed room to "
                "regulate big tech.",
                "t",
                "d",
            ),
            Probe(
                "Three American cloud companies have each announced investments of several billion dollars in data "
                "centres in Indonesia over the past two years.",
                "t",
            ),
        ],
    ),
    (
        "Tech week: streaming rivals' 'cyber war', a record phone trade-in, and a drone show over Bristol",
        [
            Probe(
                'The "cyber war" between streaming services Flixora and Beamly escalated this week as each accused '
                "the other of poaching subscribers with fake free trials and pop-up ads aimed at its customers.",
                "",
            ),
            Probe(
                "Flixora said Beamly's ads had cost it about 300,000 subscribers in a quarter; Beamly called the claim "
                '"sour grapes" and said viewers simply preferred its sports package.',
                "",
            ),
            Probe(
                "Phone maker Lumo is offering up to 600 dollars in credit to customers who trade in an old handset "
                "when they buy its new folding phone, the most generous trade-in deal of the year, analysts said.",
                "",
            ),
            Probe(
                "Retailers expect the offer to lift sales in the holiday season, when about a third of phones are "
                "sold.",
                "",
            ),
            Probe(
                "More than 4,000 developers gathered in Austin for the Appworks Summit, where keynote speakers urged "
                "them to build tools for older users and small shops.",
                "",
            ),
            Probe(
                "The summit's organisers said next year's event would move to a larger venue in Denver.",
                "",
            ),
            Probe(
                'An "army" of about 9,000 volunteer programmers has rebuilt an open-source mapping library after its '
                "lead maintainer quit, its foundation said, with contributors in more than 80 countries.",
                "",
            ),
            Probe(
                '"It was like watching a colony of ants rebuild a hill overnight," said foundation director Mei '
                "Lindqvist.",
                "",
            ),
            Probe(
                "At the Riverlight festival in Bristol on Saturday, 500 drones lit up the sky in the shape of a whale, "
                "a ship and a giant heart, in what organisers called the largest drone show ever staged in Britain.",
                "",
            ),
            Probe(
                "The show was flown by a local firm, Skyloom, whose pilots spent three months programming the flight "
                "paths and had to postpone it twice because of wind.",
                "",
            ),
        ],
    ),
]
