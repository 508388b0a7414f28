"""A thirty-third batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: short newswire stories (four to seven paragraphs, with
datelines, carried by the story rather than by each paragraph) on subjects the earlier batches leave out (navy ships
facing off at a reef both states claim, a prisoner swap between neighbours, an embassy reopened after nine years, a
peace agreement's signing ceremony, a sanctions waiver for a cargo of wheat and medicine, foreign troops arriving at a
camp under a new access pact, the General Assembly's yearly vote on an embargo told on as "the assembly", a diplomat
expelled for paying bloggers before an election); and two look-alikes with no theme (a price war between
supermarkets, a football "clash").
Blind, main's rules got 9 of these 61 paragraphs wrong (diplomacy missed 5 times, trade twice, military once; trade
given once): a swap continued through the buses that carried the freed men; a reopening that follows "a deal" letting
people leave a residence; the ministers' handshake at a signing; "the assembly" of a UN story whose resolutions bind
no one; money traced by a counter-intelligence service in a story of meddling; rebels who keep their positions beside
a peace deal; a waiver read only through the missile programme that critics say it funds; a cargo ship due to load;
and the look-alike's suppliers pressed on prices.
After this round's mends (a body the lead named in full goes on by its kind: "the assembly"; an event's people go on
after what carried them: "Buses carrying the freed men"), 7.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

THIRTYTHIRD_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Philippine, Chinese Warships Face Off At Disputed Reef",
        [
            Probe(
                "MANILA, Oct 3 (Wirenews) - Philippine and Chinese navy ships faced each other for a third day on "
                "Friday at Halcon Reef, a ring of rocks in the South China Sea that both countries claim, the "
                "Philippine military said.",
                "m",
                "d",
            ),
            Probe(
                "A Chinese frigate and two coast guard cutters had anchored about a mile from the reef, where a "
                "Philippine supply boat was trying to reach a handful of marines who live on a grounded landing "
                "ship, officials said.",
                "m",
            ),
            Probe(
                'Manila lodged a protest with the Chinese embassy and called the blockade "illegal and provocative", '
                "the foreign ministry said.",
                "d",
                "m",
            ),
            Probe(
                "Beijing said the reef was Chinese territory and that its ships were acting lawfully to stop what it "
                'called "an illegal delivery of building materials".',
                "d",
                "m",
            ),
            Probe(
                "The United States, bound to the Philippines by a 1951 defence treaty, said an armed attack on "
                "Philippine vessels anywhere in the sea would trigger its obligations.",
                "md",
            ),
            Probe(
                "Fishermen in Palawan said they had stopped sailing to the reef's rich grounds since August, when a "
                "cutter turned a water cannon on their boats.",
                "",
                "md",
            ),
            Probe(
                "The two countries' foreign ministers are due to meet in Kuala Lumpur next week at a regional forum.",
                "d",
            ),
        ],
    ),
    (
        "Lithuania And Belarus Swap Five Prisoners At Border",
        [
            Probe(
                "VILNIUS, May 14 (Wirenews) - Lithuania and Belarus exchanged five prisoners at a border crossing on "
                "Wednesday in the first swap between the neighbours since 2021, officials on both sides said.",
                "d",
            ),
            Probe(
                "Lithuania handed over two Belarusians convicted of spying for Minsk, while Belarus freed three "
                "Lithuanian citizens, among them a priest and a student jailed for taking part in protests.",
                "d",
                "m",
            ),
            Probe(
                "The exchange was arranged with help from the Vatican, which had carried messages between the two "
                "capitals for more than a year, a Lithuanian official said.",
                "d",
            ),
            Probe(
                "Buses carrying the freed men crossed the Medininkai checkpoint shortly after noon. Television "
                "pictures showed the priest embracing his sister on the Lithuanian side.",
                "d",
            ),
            Probe(
                "Lithuania's president said the deal did not mean a thaw with Minsk, which lets Russian troops use "
                "its territory.",
                "d",
                "m",
            ),
            Probe(
                "Belarus still holds more than 1,000 people its opponents call political prisoners, according to a "
                "rights group in exile.",
                "",
                "d",
            ),
            Probe(
                "Minsk's state news agency said the returned Belarusians would be given jobs and flats.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Argentina Reopens Embassy In Caracas After Nine Years",
        [
            Probe(
                "CARACAS, Feb 2 (Wirenews) - Argentina reopened its embassy in Caracas on Monday, nine years after it "
                "pulled its diplomats out in a row over a disputed election, the foreign ministry in Buenos Aires "
                "said.",
                "d",
            ),
            Probe(
                "A charge d'affaires, Martin Ibarra, raised the flag over the building in the Altamira district in a "
                "short ceremony attended by Venezuelan officials.",
                "d",
            ),
            Probe(
                "An ambassador will be named once the Senate gives its approval, officials said.",
                "d",
            ),
            Probe(
                "The decision follows a deal in November under which Venezuela let 11 opposition figures who had "
                "sheltered in the Argentine residence leave the country.",
                "d",
            ),
            Probe(
                "Trade between the two countries fell to almost nothing after the break. Argentine farm groups hope "
                "to sell wheat and beef again, and airlines have asked for leave to resume direct flights.",
                "t",
                "d",
            ),
            Probe(
                'Venezuela\'s foreign minister called the reopening "a victory of respect over insults" and said '
                "Caracas would send its own envoy to Buenos Aires within weeks.",
                "d",
            ),
            Probe(
                "Some 220,000 Venezuelans live in Argentina, and many have had to travel to Uruguay to renew their "
                "passports.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Congo And Rwanda Sign Peace Deal In Doha",
        [
            Probe(
                "DOHA, June 27 (Wirenews) - The foreign ministers of Congo and Rwanda signed a peace agreement in Doha "
                "on Friday meant to end years of fighting in eastern Congo, at a ceremony hosted by Qatar's emir.",
                "dm",
            ),
            Probe(
                "Under the deal, Rwanda is to withdraw its troops from Congolese territory within 90 days, and Congo "
                "is to disband a militia that Kigali says threatens it.",
                "md",
            ),
            Probe(
                "A joint committee, with observers from the African Union and Qatar, will check that both sides keep "
                "their word.",
                "d",
                "m",
            ),
            Probe(
                "The M23 rebels, who hold Goma and much of the region's mining land, were not party to the signing "
                "and said they would keep their positions.",
                "m",
                "d",
            ),
            Probe(
                "Applause broke out in the hall when the two ministers shook hands. Neither made a speech.",
                "d",
            ),
            Probe(
                "The agreement also opens the way to a regional economic framework, under which minerals mined in "
                "Congo could be processed in Rwanda for export.",
                "t",
                "d",
            ),
            Probe(
                "Past accords, signed in 2013 and 2022, collapsed within months.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "U.S. Lets Wheat And Cancer Drugs Reach Iran",
        [
            Probe(
                "WASHINGTON, Jan 9 (Wirenews) - The U.S. Treasury granted a waiver on Thursday allowing a Swiss "
                "trading house to ship 60,000 tonnes of wheat and a cargo of cancer drugs to Iran despite sanctions "
                "on the country's banks, a spokesman said.",
                "t",
                "d",
            ),
            Probe(
                "The licence covers payment through a Qatari bank, which will release funds from an account holding "
                "Iranian oil revenue, officials said.",
                "t",
            ),
            Probe(
                "Aid groups had complained that banks refused to handle any payment linked to Iran, even for food and "
                "medicine, for fear of fines.",
                "t",
            ),
            Probe(
                'Iran\'s foreign ministry spokesman said the move was "too little, too late" and called on Washington '
                "to lift the sanctions altogether.",
                "dt",
            ),
            Probe(
                "Republican senators said the waiver rewarded Tehran and would let it free up money for its missile "
                "programme.",
                "t",
                "md",
            ),
            Probe(
                "The ship is expected to load at the Romanian port of Constanta next week.",
                "t",
            ),
        ],
    ),
    (
        "First Japanese Troops Arrive In Philippines Under Access Pact",
        [
            Probe(
                "MANILA, Sept 11 (Wirenews) - The first 150 Japanese soldiers arrived at a camp in northern Luzon on "
                "Thursday under a pact that lets each country's forces train on the other's soil, the Philippine "
                "armed forces said.",
                "m",
                "d",
            ),
            Probe(
                "The Reciprocal Access Agreement, signed in Manila last year, took effect this month after both "
                "parliaments ratified it.",
                "d",
                "m",
            ),
            Probe(
                "The troops will join Philippine and American units for drills near the Luzon Strait, which separates "
                "the country from Taiwan.",
                "m",
            ),
            Probe(
                'China\'s foreign ministry said countries in the region should not "bring in outside forces" and '
                'warned against "small circles" aimed at third parties.',
                "d",
                "m",
            ),
            Probe(
                "Japan ruled the Philippines from 1942 to 1945, and some veterans' groups protested outside the "
                "camp's gate.",
                "",
                "md",
            ),
            Probe(
                "Local officials said the soldiers would also help rebuild a school damaged by a typhoon in July.",
                "",
                "m",
            ),
            Probe(
                "Tokyo has signed similar agreements with Australia and Britain and is negotiating one with France.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "UN Assembly Again Urges End To Cuba Embargo",
        [
            Probe(
                "UNITED NATIONS, Nov 1 (Wirenews) - The U.N. General Assembly on Wednesday called for an end to the "
                "U.S. trade embargo on Cuba for the 33rd year in a row, by 187 votes to two.",
                "dt",
            ),
            Probe(
                "Only Israel joined the United States in voting against. Moldova abstained.",
                "d",
                "t",
            ),
            Probe(
                "Cuba's foreign minister told the assembly that the embargo had cost the island $5 billion in the "
                "past year alone and kept it from buying spare parts for its power plants.",
                "dt",
            ),
            Probe(
                'The U.S. envoy said Washington stood by Cubans\' "wish to be free" and noted that the United States '
                "was still one of the island's main suppliers of food.",
                "dt",
            ),
            Probe(
                "The assembly's resolutions are not binding, and only Congress can lift the embargo.",
                "dt",
            ),
            Probe(
                "Blackouts have left parts of Havana without power for up to 20 hours a day since September.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Czechs Expel Russian Diplomat Over Election Meddling",
        [
            Probe(
                "PRAGUE, Oct 8 (Wirenews) - The Czech Republic expelled a Russian diplomat on Tuesday, accusing him "
                "of paying bloggers to spread false stories before this weekend's parliamentary election, the "
                "foreign ministry said.",
                "d",
            ),
            Probe(
                'The attache was given 72 hours to leave. Moscow said it would respond "in a mirror fashion".',
                "d",
            ),
            Probe(
                "The counter-intelligence service said it had traced payments of about 2 million crowns, routed "
                "through a shell company in Cyprus, to eight accounts that posted videos attacking the government.",
                "d",
                "m",
            ),
            Probe(
                "Opposition leader Tomas Brabec said the claims were an attempt to scare voters and that his party "
                "had never taken money from abroad.",
                "",
                "d",
            ),
            Probe(
                "Polls show Brabec's Civic Alliance leading with about 30 percent.",
                "",
            ),
        ],
    ),
    (
        "Supermarket Price War Deepens As Chains Cut 1,000 Prices",
        [
            Probe(
                "LONDON, March 4 (Wirenews) - Britain's two biggest supermarket chains cut the price of more than "
                "1,000 products on Tuesday, deepening a price war that analysts say will squeeze profits across the "
                "industry.",
                "",
            ),
            Probe(
                "Grocer One said it would spend 200 million pounds this year matching the prices of discount rivals, "
                "a week after Harvest Stores cut milk, bread and eggs by up to 15 percent.",
                "",
            ),
            Probe(
                'Shares in both fell more than 4 percent. "This is a war of attrition, and only the ones with the '
                'deepest pockets will survive," said an analyst at Pell & Co.',
                "",
            ),
            Probe(
                "Farmers' unions warned that suppliers would bear the cost, as chains pressed them for lower prices "
                "on milk and vegetables.",
                "",
            ),
            Probe(
                "Food inflation slowed to 3.1 percent in February, official figures show.",
                "",
            ),
        ],
    ),
    (
        "Atletico Edge Real In Derby Clash Halted By Flares",
        [
            Probe(
                "MADRID, April 12 (Wirenews) - Atletico beat Real 2-1 in a bruising clash on Saturday that was halted "
                "for ten minutes after fans threw flares onto the pitch.",
                "",
            ),
            Probe(
                "Riot police moved into the south stand at half-time, and 14 people were arrested, officials said.",
                "",
            ),
            Probe(
                "Striker Pablo Nieto scored the winner with a header in the 88th minute, his third goal against the "
                "old enemy this season.",
                "",
            ),
            Probe(
                "The league said it would open disciplinary proceedings against both clubs.",
                "",
            ),
        ],
    ),
]
