"""A thirtieth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: short newswire items (a dateline, four to eight
paragraphs of one or two sentences), on subjects the earlier batches leave out (a duty on solar panels answered by a
WTO complaint, a navy patrol boat seized in a strait, a tit-for-tat visa rule for officials, an ambassador summoned and
a military attache expelled over a spy case, a wheat tender won by a foreign supplier, an assembly vote for an arms
embargo, a fishing boat detained by another state's maritime agency); and two look-alikes with no theme (a football
"battle" and a toy fair open to "trade visitors").
Blind, main's rules got 7 of these 56 paragraphs wrong (diplomacy missed 3 times, military once, trade once;
military given twice): a foreign fishing boat detained and towed, told with one weak word of relations; a seizure
at sea continued through what the other state said of "the vessel"; a tender continued with no word of trade; an
army named in a clause about an envoy; and a footballer's "like soldiers".
After this round's mends, 4 (a simile of soldiers is no army; a state that detains another's boat acts on it, and
a headline's "Detains" carries the detention on through the boat).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

THIRTIETH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "India Raises Duty On Chinese Solar Panels, Beijing Files WTO Complaint",
        [
            Probe(
                (
                    "NEW DELHI, March 4 (Wirenews) - India raised its import duty on solar panels made in China to "
                    "40 percent on Tuesday, saying cheap modules had driven domestic makers out of business."
                ),
                "t",
            ),
            Probe(
                (
                    "China's commerce ministry said it had filed a complaint with the World Trade Organization, "
                    "calling the duty discriminatory and a breach of India's commitments."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Under WTO rules, the two sides now have 60 days to settle the dispute through consultations "
                    "before Beijing can ask for a panel."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Chinese firms supplied about 70 percent of the panels installed in India last year, according "
                    "to an industry group in Mumbai."
                ),
                "t",
            ),
            Probe(
                (
                    "Indian developers warned the duty would raise the cost of new solar farms and slow the "
                    "country's push for clean power."
                ),
                "t",
            ),
            Probe(
                ("India's trade minister, Arvind Rao, said the government was ready to defend the measure in Geneva."),
                "t",
                "d",
            ),
            Probe("Shares in Indian panel makers rose as much as 9 percent in Mumbai.", "", "t"),
        ],
    ),
    (
        "Eritrea Seizes Djiboutian Navy Patrol Boat In Strait",
        [
            Probe(
                (
                    "DJIBOUTI, June 11 (Wirenews) - Eritrean forces seized a Djiboutian navy patrol boat and its "
                    "eight sailors in the Bab el-Mandeb strait on Wednesday, Djibouti's defence ministry said."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The ministry said the boat was in Djiboutian waters when two Eritrean speedboats surrounded it "
                    "and armed men climbed aboard."
                ),
                "m",
            ),
            Probe(
                (
                    "Eritrea said the vessel had crossed into its waters near the Doumeira islands and that the "
                    "crew would be questioned."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Djibouti summoned Eritrea's charge d'affaires and demanded the immediate release of the boat "
                    "and its crew."
                ),
                "d",
            ),
            Probe(
                (
                    "The two countries fought a brief border war in 2008 over the Doumeira area, and Qatar mediated "
                    "a truce that collapsed in 2017."
                ),
                "md",
            ),
            Probe(
                (
                    "The strait, about 30 km wide at its narrowest, carries much of the shipping between the Suez "
                    "Canal and the Indian Ocean."
                ),
                "",
                "tm",
            ),
            Probe("The African Union called on both sides to show restraint.", "d"),
        ],
    ),
    (
        "Algeria Stops Visas For French Officials In Tit-For-Tat Row",
        [
            Probe(
                (
                    "ALGIERS, Sept 2 (Wirenews) - Algeria said on Monday it would stop issuing visas to holders of "
                    "French diplomatic and service passports, a day after Paris imposed the same rule on Algerian "
                    "officials."
                ),
                "d",
            ),
            Probe(
                (
                    'The foreign ministry said the step was a response "in kind" and would be lifted as soon as '
                    "France lifted its own."
                ),
                "d",
            ),
            Probe(
                (
                    "France brought in its restriction after Algeria refused to take back several of its nationals "
                    "whom French courts had ordered deported."
                ),
                "d",
            ),
            Probe(
                (
                    "About 2,000 officials a year travel between the two countries on such passports, according to "
                    "French figures."
                ),
                "d",
            ),
            Probe("Ordinary travellers and students are not affected, both governments said.", "d"),
            Probe(
                (
                    "Relations between Algiers and Paris have been strained since France backed Morocco's plan for "
                    "Western Sahara last year."
                ),
                "d",
            ),
            Probe("Algeria recalled its ambassador from Paris at the time and has not sent him back.", "d"),
        ],
    ),
    (
        "Bulgaria Summons Russian Ambassador, Expels Military Attache Over Spy Case",
        [
            Probe(
                (
                    "SOFIA, Jan 20 (Wirenews) - Bulgaria summoned Russia's ambassador on Monday and ordered the "
                    "embassy's military attache to leave the country within 72 hours, after prosecutors charged two "
                    "army officers with spying for Moscow."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Prosecutors said the officers, a major and a captain, had passed details of NATO exercises on "
                    "Bulgarian soil to the attache in return for cash."
                ),
                "m",
                "d",
            ),
            Probe(
                "Both men were arrested last week and face up to 15 years in prison if convicted.",
                "",
                "md",
            ),
            Probe("The Russian embassy called the charges a provocation and said Moscow would respond.", "d"),
            Probe(
                '"Any unfriendly step will receive a mirror response," the embassy said on its Telegram channel.',
                "d",
            ),
            Probe("Bulgaria has expelled more than 20 Russian diplomats since 2020 in a series of spy cases.", "d"),
            Probe("The Black Sea state is a member of both NATO and the European Union.", "d", "m"),
        ],
    ),
    (
        "Jordan Buys Romanian Wheat In Tender",
        [
            Probe(
                (
                    "AMMAN, Feb 14 (Wirenews) - Jordan's state grain buyer bought about 120,000 tonnes of milling "
                    "wheat in a tender on Wednesday, most of it from Romania, European traders said."
                ),
                "t",
            ),
            Probe(
                (
                    "The wheat was bought at about $238 a tonne including freight, below the price paid in the last "
                    "tender two weeks ago."
                ),
                "t",
            ),
            Probe(
                (
                    "Traders said the lowest offer came from a trading house in Geneva, which is expected to source "
                    "the grain from Romania's Black Sea port of Constanta."
                ),
                "t",
            ),
            Probe(
                (
                    "Russian wheat, usually the cheapest on offer, was not part of the purchase, after traders said "
                    "Moscow's informal floor price kept it out."
                ),
                "t",
            ),
            Probe("Jordan imports nearly all the wheat it eats and keeps reserves of about 10 months.", "t"),
            Probe("The next tender is expected in early March.", "t"),
        ],
    ),
    (
        "UN Assembly Urges Halt To Arms Sales To Myanmar Junta",
        [
            Probe(
                (
                    "NEW YORK, May 8 (Wirenews) - The UN General Assembly voted on Friday to urge all states to stop "
                    "selling weapons to Myanmar's military, in a resolution backed by 119 countries."
                ),
                "dm",
                "t",
            ),
            Probe(
                (
                    "Thirty-six countries abstained, among them China and Russia, the junta's main arms suppliers, "
                    "while Belarus voted against."
                ),
                "dm",
                "t",
            ),
            Probe(
                (
                    "Assembly resolutions are not binding, and a call for a formal embargo by the Security Council "
                    "has been blocked for years."
                ),
                "d",
                "mt",
            ),
            Probe(
                ("Myanmar's envoy, appointed by the elected government the army ousted in 2021, voted in favour."),
                "d",
            ),
            Probe(
                ("Rights groups say the army has used jets bought abroad to bomb villages held by resistance forces."),
                "m",
            ),
            Probe(
                "The junta's foreign ministry rejected the vote as interference in the country's internal affairs.",
                "d",
            ),
        ],
    ),
    (
        "Ten-Man Rovers Hold Athletic In Bruising Battle",
        [
            Probe(
                (
                    "LONDON, Nov 3 (Wirenews) - Rovers and Athletic fought out a bruising 1-1 draw on Sunday in a "
                    "battle that ended with both sides down to ten men."
                ),
                "",
            ),
            Probe(
                (
                    "Athletic took the lead with a header after 12 minutes, before the Rovers captain levelled with "
                    "a shot from the edge of the box."
                ),
                "",
            ),
            Probe(
                (
                    "The referee showed 11 yellow cards and two reds as tackles flew in a second half that several "
                    "players described as a war."
                ),
                "",
            ),
            Probe('"We defended like soldiers," the Rovers manager said. "Every man fought for every ball."', ""),
            Probe("The result leaves both clubs five points behind the leaders.", ""),
        ],
    ),
    (
        "Toy Fair Opens With Record Number Of Exhibitors",
        [
            Probe(
                (
                    "NUREMBERG, Jan 30 (Wirenews) - The world's largest toy fair opened on Wednesday with 2,900 "
                    "exhibitors, the most since before the pandemic, organisers said."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "Wooden trains, board games and robot kits that children can program filled the halls, with "
                    "dinosaurs the most common theme this year."
                ),
                "",
            ),
            Probe(
                "The fair is open only to trade visitors, such as shop owners and buyers from department stores.",
                "",
            ),
            Probe(
                (
                    '"Parents are spending less, but they still buy for birthdays," said Petra Lang, who runs a toy '
                    "shop in Bamberg."
                ),
                "",
            ),
            Probe("A board game about building railways across Europe won the fair's innovation prize.", ""),
            Probe("The fair closes on Sunday.", ""),
        ],
    ),
    (
        "Indonesia Detains Vietnamese Fishing Boat Off Natuna",
        [
            Probe(
                (
                    "JAKARTA, Aug 5 (Wirenews) - Indonesia's maritime security agency detained a Vietnamese fishing "
                    "boat and 12 crew off the Natuna Islands on Monday, saying they were fishing illegally in "
                    "Indonesian waters."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "The boat was towed to a port on Natuna Besar, where its catch of about two tonnes of squid was "
                    "seized."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Vietnam's foreign ministry said it had asked Jakarta to ensure the fishermen were treated "
                    "humanely and allowed to return home."
                ),
                "d",
            ),
            Probe(
                (
                    "Indonesia has sunk hundreds of foreign fishing boats caught in its waters since 2014 to deter "
                    "poachers."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "The two countries agreed on the line dividing their continental shelves in 2022 after 12 years "
                    "of talks, but their fishing zones overlap."
                ),
                "d",
            ),
        ],
    ),
]
