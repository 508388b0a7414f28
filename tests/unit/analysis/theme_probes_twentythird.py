"""A twenty-third batch of fictional newswire and world-news articles for probing the themes (see theme_probes.py for
the format), written and labelled by the guidelines before any run against the rules, with short wire paragraphs that
carry their theme only through the article's subject: a hostage release brokered by a third state, a naval blockade,
a drone strike on a refinery, a Security Council veto, a state funeral attended by foreign leaders, an export ban on
rare earths, a fishing-rights clash between coast guards, a coup and a regional bloc's suspension, a defence pact's
ratification, an airspace violation and its protest note, a grain-export deal, diplomats expelled over election
meddling; and stories that get no theme (a teachers' strike, a flood, a celebrity's trial, a stock-market record on a
tech firm's results: company results and a home index, no exchange between states; a marathon).
Blind, main's rules got 20 of these 98 paragraphs wrong (military missed in 9, diplomacy in 9, trade in 2; trade given
once and diplomacy once where they do not belong; the five stories that get no theme got none). After this round's
mends (a count of the article's event after a detail goes on with the lead; a state's police told as its force is no
cue against a theme; an intruder's transponder and flight plan as effects of war), 17.
See KNOWN_MISSES in test_theme_probes.py for what is left.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

TWENTYTHIRD_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Oman Brokers Release Of Two Italian Engineers Held In Yemen",
        [
            Probe(
                "MUSCAT, Feb 14 (Wirenews) - Two Italian engineers held for seven months by tribal gunmen in Yemen "
                "were flown to Muscat on Friday after Oman brokered their release, the Omani foreign ministry said.",
                "d",
                "m",
            ),
            Probe(
                "The men, who worked on a water project near Marib, were seized at a checkpoint in July.",
                "d",
                "m",
            ),
            Probe(
                "Italy's prime minister thanked the Sultan of Oman in a telephone call and said no ransom had been "
                "paid.",
                "d",
            ),
            Probe(
                "They looked tired but well as they stepped off the plane, an Italian diplomat who met them said.",
                "d",
            ),
            Probe(
                "Oman has quietly mediated the release of at least a dozen Western captives in Yemen since 2015.",
                "d",
                "m",
            ),
            Probe("The engineers are due to fly on to Rome on Saturday.", "", "d"),
        ],
    ),
    (
        "Navy Turns Back Cargo Ships As Island Blockade Enters Third Day",
        [
            Probe(
                "ASMARA, May 9 (Wirenews) - Eritrean warships turned back two cargo vessels bound for the disputed "
                "island port of Fatma on Thursday, the third day of a blockade that Djibouti called an act of war.",
                "md",
                "t",
            ),
            Probe(
                "Both ships, carrying cement and flour, dropped anchor about 20 nautical miles offshore.",
                "m",
                "t",
            ),
            Probe(
                "The island's 4,000 residents have had no fresh food since Monday, a local official said by telephone.",
                "m",
            ),
            Probe("Djibouti asked the African Union to call an emergency session.", "d"),
            Probe(
                "Shipping insurers raised war-risk premiums for the southern Red Sea by half.",
                "t",
                "m",
            ),
            Probe(
                "Eritrea's information minister said the blockade would stay until Djibouti withdrew its police "
                "from the island.",
                "md",
            ),
        ],
    ),
    (
        "Drones Set Refinery Ablaze In Southern Russia",
        [
            Probe(
                "VOLGOGRAD, Sept 2 (Wirenews) - Ukrainian drones struck an oil refinery in southern Russia overnight, "
                "setting a distillation unit on fire, the regional governor said.",
                "m",
            ),
            Probe("Firefighters put out the blaze by mid-morning and there were no casualties, he said.", "m"),
            Probe(
                "The refinery processes about 15 million tonnes of crude a year, much of it for export.",
                "t",
                "m",
            ),
            Probe("It was the fourth such attack on the plant this year.", "m"),
            Probe(
                "Russia's defence ministry said air defences had shot down 42 drones over six regions.",
                "m",
            ),
            Probe(
                "Kyiv did not comment, but a source in Ukraine's security service said the strike aimed to cut fuel "
                "supplies to the army.",
                "m",
            ),
        ],
    ),
    (
        "Russia Vetoes Renewal Of Mali Sanctions At Security Council",
        [
            Probe(
                "UNITED NATIONS, Aug 30 (Wirenews) - Russia vetoed a Security Council resolution on Wednesday that "
                "would have renewed sanctions on Mali and the mandate of the experts who monitor them.",
                "d",
                "t",
            ),
            Probe("Thirteen members voted in favour and China abstained.", "d"),
            Probe(
                "The veto ends a regime of travel bans and asset freezes that has been in place since 2017.",
                "d",
                "t",
            ),
            Probe(
                "France's ambassador, who drafted the text with the United Arab Emirates, called the veto a gift to "
                "those blocking peace.",
                "d",
            ),
            Probe(
                "Russia's deputy envoy said the measures had been imposed by Western powers and no longer reflected "
                "the situation on the ground.",
                "d",
                "t",
            ),
            Probe("The panel of experts will be disbanded at the end of the month.", "d"),
        ],
    ),
    (
        "Leaders From 40 Countries Attend Funeral Of Former President",
        [
            Probe(
                "NAIROBI, Jan 20 (Wirenews) - Heads of state and government from some 40 countries attended the state "
                "funeral of former President Daniel Kiprono in Nairobi on Saturday.",
                "d",
            ),
            Probe(
                "Tanzania's president and Ethiopia's prime minister sat in the front row beside the widow.",
                "d",
            ),
            Probe(
                "A 21-gun salute was fired as the coffin, draped in the national flag, left the stadium.",
                "",
                "md",
            ),
            Probe(
                "Several leaders held talks on the sidelines; Uganda's president met the Somali prime minister for "
                "the first time since their row over troop withdrawals.",
                "d",
                "m",
            ),
            Probe("Kiprono, who led the country for 15 years, died last week aged 89.", ""),
            Probe(
                "Thousands of mourners lined the road to his home village, where he will be buried on Tuesday.",
                "",
            ),
        ],
    ),
    (
        "Indonesia To Ban Rare Earth Ore Exports From January",
        [
            Probe(
                "JAKARTA, Nov 4 (Wirenews) - Indonesia will ban exports of unprocessed rare earth ore from January, "
                "the mining ministry said on Monday, to push foreign buyers to build refineries in the country.",
                "t",
            ),
            Probe(
                "Japan and South Korea, the main buyers, took about 80 percent of last year's shipments.",
                "t",
            ),
            Probe(
                "Tokyo said it regretted the decision and would raise it at the next meeting of trade ministers.",
                "td",
            ),
            Probe("Mining firms have until the end of the year to clear stock already at the ports.", "t"),
            Probe(
                "The ban follows a similar curb on nickel ore in 2020, which the European Union challenged at the "
                "World Trade Organization.",
                "t",
                "d",
            ),
            Probe("Prices of neodymium rose 6 percent in Shanghai after the announcement.", "t"),
        ],
    ),
    (
        "Coast Guards Face Off Over Fishing Boats Near Disputed Shoal",
        [
            Probe(
                "MANILA, April 12 (Wirenews) - Philippine and Chinese coast guard ships faced off for six hours near "
                "a disputed shoal on Friday after a Chinese vessel tried to tow away two Filipino fishing boats, the "
                "Philippine coast guard said.",
                "d",
                "m",
            ),
            Probe(
                "The Chinese ship fired a water cannon at one of the boats, breaking its windows and injuring a "
                "fisherman.",
                "m",
                "d",
            ),
            Probe(
                "Beijing said its coast guard had acted lawfully to expel boats fishing illegally in Chinese waters.",
                "d",
                "m",
            ),
            Probe(
                "Manila summoned China's deputy ambassador and lodged a protest, the foreign ministry said.",
                "d",
            ),
            Probe("About 300 Filipino families live off the catch from the shoal's lagoon.", "", "dt"),
            Probe(
                "The boats were towed back to Masinloc by a Philippine patrol ship late on Friday.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Regional Bloc Suspends Guinea-Bissau After Coup",
        [
            Probe(
                "ABUJA, Nov 28 (Wirenews) - West Africa's regional bloc ECOWAS suspended Guinea-Bissau from its "
                "decision-making bodies on Thursday, two days after soldiers seized power in Bissau.",
                "md",
            ),
            Probe(
                "Officers appeared on state television on Tuesday to announce they had dissolved the government and "
                "closed the borders.",
                "m",
            ),
            Probe(
                "The bloc's chairman said sanctions would follow unless the junta set a date for elections within a "
                "month.",
                "d",
                "t",
            ),
            Probe("The whereabouts of President Umaro Embalo are unknown.", "m", "d"),
            Probe(
                "Streets in Bissau were calm on Thursday, with soldiers posted at the port and the airport.",
                "m",
            ),
            Probe("The African Union said it would consider a suspension of its own at a meeting next week.", "d"),
        ],
    ),
    (
        "Philippine Senate Ratifies Troop Pact With Japan",
        [
            Probe(
                "MANILA, Sept 5 (Wirenews) - The Philippine Senate ratified a defence pact with Japan on Wednesday "
                "that allows each country's forces to train on the other's soil.",
                "md",
            ),
            Probe("The vote was 19 to 2.", "d", "m"),
            Probe(
                "The agreement, signed in Manila in July, is Japan's third such pact after those with Australia and "
                "Britain.",
                "md",
            ),
            Probe(
                "It still needs the approval of Japan's parliament, expected before the end of the year.",
                "d",
                "m",
            ),
            Probe(
                "Senators who opposed it said it would drag the country into a conflict between Tokyo and Beijing.",
                "md",
            ),
            Probe(
                "China's foreign ministry said countries in the region should not form closed blocs.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Tallinn Sends Protest Note After Russian Plane Enters Airspace",
        [
            Probe(
                "TALLINN, June 19 (Wirenews) - Estonia handed a protest note to Russia's charge d'affaires on Monday "
                "after a Russian military plane entered its airspace without permission over the island of Vaindloo.",
                "md",
            ),
            Probe(
                "The plane, a border guard aircraft, stayed for just under two minutes, the armed forces said.",
                "m",
            ),
            Probe("It had not filed a flight plan and its transponder was off.", "m"),
            Probe("It was the fourth violation this year.", "m", "d"),
            Probe("The Russian embassy did not answer a request for comment.", "d"),
            Probe(
                "NATO jets stationed in Lithuania under the alliance's air-policing mission were not scrambled, a "
                "spokesman said.",
                "m",
            ),
        ],
    ),
    (
        "Egypt Signs Five-Year Wheat Deal With Russia",
        [
            Probe(
                "CAIRO, March 22 (Wirenews) - Egypt signed a deal with Russia on Tuesday to buy 3 million tonnes of "
                "wheat a year for five years, the supply ministry said, securing bread for its 105 million people.",
                "t",
                "d",
            ),
            Probe(
                "The grain will be shipped from Novorossiysk and paid for partly in roubles and Egyptian pounds.",
                "t",
            ),
            Probe(
                "Russia's agriculture minister, who signed the deal in Cairo, said it showed the two countries' ties "
                "were strong.",
                "td",
            ),
            Probe("Egypt is the world's largest wheat importer.", "t"),
            Probe("Wheat futures in Chicago fell 2 percent after the news.", "t"),
            Probe(
                "Western diplomats in Cairo said they were concerned the deal would tie Egypt more closely to Moscow.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Moldova Expels Three Russian Diplomats Over Election Meddling",
        [
            Probe(
                "CHISINAU, Oct 30 (Wirenews) - Moldova ordered three Russian diplomats to leave the country within "
                "72 hours on Monday, accusing them of funding a scheme to buy votes in this month's presidential "
                "election.",
                "d",
            ),
            Probe(
                "The foreign ministry said the three had met organisers of the scheme and handed over cash.",
                "d",
            ),
            Probe(
                "Police say some 130,000 voters were paid to back candidates favoured by Moscow.",
                "d",
            ),
            Probe("Moscow said it would respond in kind.", "d"),
            Probe("The embassy's staff has been cut to 25 since 2023.", "d"),
            Probe(
                "Moldova's president said the election had been the target of unprecedented foreign interference.",
                "d",
            ),
        ],
    ),
    (
        "Teachers' Strike Shuts Schools Across Region",
        [
            Probe(
                "LYON, Feb 2 (Wirenews) - Thousands of schools across the region stayed shut on Thursday as teachers "
                "walked out over pay and class sizes.",
                "",
            ),
            Probe("Unions said 70 percent of teachers had joined the strike, the largest in a decade.", ""),
            Probe(
                "The education minister called the walkout irresponsible and said talks with the unions would resume "
                "next week.",
                "",
            ),
            Probe("Parents scrambled to find childcare, and some brought their children to work.", ""),
            Probe("Another strike day is planned for Feb. 14.", ""),
        ],
    ),
    (
        "River Bursts Its Banks, Forcing Thousands From Their Homes",
        [
            Probe(
                "DRESDEN, Aug 8 (Wirenews) - The Elbe burst its banks on Tuesday after three days of heavy rain, "
                "forcing some 6,000 people from their homes in towns south of the city.",
                "",
            ),
            Probe("Water reached the first floors of houses in the old town of Pirna.", ""),
            Probe(
                "Firefighters and volunteers filled sandbags through the night to protect a hospital.",
                "",
            ),
            Probe("Rail services between Dresden and Prague were suspended.", ""),
            Probe("Insurers said damage could exceed 500 million euros.", ""),
            Probe("Forecasters expect the river to peak on Thursday.", ""),
        ],
    ),
    (
        "Pop Star Goes On Trial Over Unpaid Taxes",
        [
            Probe(
                "MADRID, May 15 (Wirenews) - Pop singer Lara Montes went on trial on Monday accused of hiding 4.2 "
                "million euros in income from the tax authorities.",
                "",
            ),
            Probe(
                "Prosecutors say she moved earnings from concert tours through a company registered in Panama.",
                "",
            ),
            Probe("Montes, 38, denies the charges and arrived at court smiling at fans.", ""),
            Probe("Her lawyer said the company had been set up by a former manager without her knowledge.", ""),
            Probe("If convicted she faces up to five years in prison.", ""),
        ],
    ),
    (
        "Index Hits Record As Chip Designer's Profit Soars",
        [
            Probe(
                "NEW YORK, Feb 22 (Wirenews) - The Nasdaq closed at a record high on Thursday after chip designer "
                "Veltron reported quarterly profit that beat forecasts by a wide margin.",
                "",
            ),
            Probe("Veltron shares jumped 16 percent, adding about $250 billion to its market value.", ""),
            Probe(
                "The company said demand for its data-centre chips would keep growing through the year.",
                "",
            ),
            Probe("The broader S&P 500 rose 2.1 percent, its biggest gain in a year.", ""),
            Probe(
                "Some analysts warned that a handful of technology firms now account for a third of the index.",
                "",
            ),
        ],
    ),
    (
        "Kenyan Runner Wins City Marathon In Course Record",
        [
            Probe(
                "ROTTERDAM, April 7 (Wirenews) - Kenya's Daniel Kipkemboi won the Rotterdam marathon on Sunday in "
                "two hours, three minutes and 11 seconds, a course record.",
                "",
            ),
            Probe("He broke away from two Ethiopian rivals at the 35-km mark.", ""),
            Probe("The women's race was won by Dutch runner Anouk de Wit.", ""),
            Probe("About 17,000 runners took part in cool, dry weather.", ""),
            Probe("Kipkemboi said he hoped the time would earn him a place at the world championships.", ""),
        ],
    ),
]
