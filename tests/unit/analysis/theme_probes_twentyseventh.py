"""A twenty-seventh batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: world news and newswire on subjects the earlier batches
leave out (a review conference of a nuclear treaty that ends with no text, a pipeline's transit fee row between three
states, a submarine tracked in a strait, a safeguard duty taken to the WTO, a port lease to a foreign state firm
voided by a parliament, a foreign-owned mine nationalised, a state visit with contracts, an airspace closed to a
neighbour's airlines, a spy satellite's launch and a shared fish stock's quota talks), told at length with paragraphs
that carry their theme only through the article's subject; and three that get no theme although they use its words (a
swimmer crossing a strait, a tennis player named a brand ambassador, a drugmaker's pipeline).
Blind, main's rules got 47 of these 166 paragraphs wrong (diplomacy missed 24 times, trade 15, military 4; diplomacy
given 5 times where it does not belong, military 1, trade 1): talks between states continued in weak words, trade
continued through fees and contracts, a state visit's ceremony, a brand ambassador, "Kim Jong Un" read as the UN, gas
"used as a weapon", shipping lanes in a swim.
After this round's mends (the ceremony of a state visit; a brand ambassador is no envoy; an investment treaty,
arbitration and a transit fee are trade; a foreign owner of a mine and a state's investors abroad are ventures; a
capital calling another's deed a provocation answers it; gas used as a weapon is a figure), 39; after the next
(a paragraph that opens on "the parties" of talks goes on with them; a warship named again as "the boat"),
36. See KNOWN_MISSES in
test_theme_probes.py for what is left.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

TWENTYSEVENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Review Conference Ends Without Agreement On Nuclear Treaty",
        [
            Probe(
                "NEW YORK, May 27 (Wirenews) - A month-long conference to review the treaty on the spread of nuclear "
                "weapons ended at the United Nations on Friday without a final document, the third review in a row "
                "to close with no agreed text.",
                "dm",
            ),
            Probe(
                "The conference's chair, a Kenyan diplomat, told delegates that one state had refused to accept a "
                "paragraph on a nuclear plant occupied in wartime, and that consensus was therefore impossible.",
                "d",
                "m",
            ),
            Probe(
                "The 36-page draft had been cut twice in the last week to win that state over. Its final version no "
                "longer named any country.",
                "d",
            ),
            Probe(
                "Delegates from about 150 states sat through the closing session, which ran past midnight. Several "
                "said they were tired rather than surprised.",
                "d",
            ),
            Probe(
                "The treaty, which entered into force in 1970, commits the five recognised nuclear powers to work "
                "towards disarmament and the other members never to acquire the bomb.",
                "md",
            ),
            Probe(
                "Non-nuclear states accuse the five of doing too little. Arsenals are growing again for the first "
                "time since the Cold War, according to independent estimates, and China is thought to have doubled "
                "its stock of warheads in five years.",
                "m",
                "d",
            ),
            Probe(
                "Ireland's representative said the outcome was a failure of political will, not of drafting. Mexico "
                "and South Africa made similar statements on behalf of a group of 40 states.",
                "d",
            ),
            Probe(
                "The United States blamed Moscow for the collapse. Russia's envoy said Western states had turned "
                "the conference into a forum for their own quarrels.",
                "d",
            ),
            Probe(
                "The draft would have called on the five to report regularly on the size of their arsenals and to "
                "reduce the role of nuclear arms in their defence plans.",
                "md",
            ),
            Probe(
                "It also urged a return to talks on Iran's enrichment programme, which international inspectors say "
                "has brought the country closer than ever to the material needed for a weapon.",
                "dm",
            ),
            Probe(
                "Arms control experts said the failure would not weaken the treaty itself, which remains in force "
                "and has 191 members.",
                "dm",
            ),
            Probe(
                '"The treaty is still the only thing standing between us and a world of 30 nuclear states," said '
                'Hanna Lind, a researcher at a Stockholm institute. "But it is a building nobody is maintaining."',
                "dm",
            ),
            Probe(
                "The next review is due in five years. A preparatory committee will meet in Vienna next spring.",
                "d",
            ),
            Probe(
                "Outside the building, a few dozen campaigners unfurled a banner listing the 2,000 tests carried out "
                "since 1945.",
                "m",
            ),
        ],
    ),
    (
        "Transit Fee Row Halts Gas Flows To Three Neighbours",
        [
            Probe(
                "SOFIA, Jan 14 (Wirenews) - Gas flows through a pipeline crossing Moravia stopped early on Tuesday "
                "after the transit country and the supplier failed to agree on fees for the new year, cutting "
                "deliveries to three states further down the line.",
                "t",
                "d",
            ),
            Probe(
                "Moravia's pipeline operator said pressure at the eastern entry point had fallen to zero at 6 a.m. "
                "The supplier, state-owned Vostgaz, said it had no contract to send gas through.",
                "t",
            ),
            Probe(
                "The old ten-year agreement expired on Dec 31. Moravia wants fees raised by about a third, saying "
                "the current rate does not cover the cost of running compressor stations built in the 1980s.",
                "t",
            ),
            Probe(
                "Vostgaz says the fee is already among the highest in Europe and has offered to pay the old rate for "
                "another year while talks go on.",
                "t",
            ),
            Probe(
                "Bulgaria, Serbia and North Macedonia take most of the gas that crosses Moravia. All three said they "
                "had enough in storage for several weeks and had asked the two sides to resume talks at once.",
                "td",
            ),
            Probe(
                "Serbia's energy minister said he had spoken to both governments on Monday night and would travel to "
                "the Moravian capital on Wednesday.",
                "d",
                "t",
            ),
            Probe(
                '"We are not a party to this quarrel, but we are paying for it," he told reporters in Belgrade.',
                "d",
                "t",
            ),
            Probe(
                "The European Commission called on both sides to honour their commitments to consumers and offered "
                "to host a meeting in Brussels.",
                "d",
                "t",
            ),
            Probe(
                "Wholesale gas prices for February delivery rose 9 percent in early trade on the Dutch hub.",
                "t",
            ),
            Probe(
                "Moravia's prime minister said his country would not be blackmailed and accused the supplier's "
                "government of using energy as a weapon.",
                "d",
                "t",
            ),
            Probe(
                "The supplier's foreign ministry replied that the dispute was a commercial one between two companies "
                "and that Moravia was trying to turn it into a political affair.",
                "d",
                "t",
            ),
            Probe(
                "The two countries' relations have been cold since Moravia joined a Western defence pact last year.",
                "d",
                "m",
            ),
            Probe(
                "A similar dispute in 2009 left homes in parts of the Balkans without heating for nearly two weeks "
                "in a cold snap.",
                "t",
            ),
            Probe(
                "Schools in the Bulgarian city of Ruse, which relies on gas-fired district heating, said they would "
                "stay open for now.",
                "",
                "t",
            ),
            Probe(
                "Analysts said the transit country held the stronger hand in the short term, since the supplier "
                "loses about $4 million of sales each day the line is shut.",
                "t",
            ),
            Probe(
                "Talks are due to resume in Vienna on Thursday.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Navy Says Foreign Submarine Tracked In Strait, Summons Ambassador",
        [
            Probe(
                "TAIPEI, Oct 3 (Wirenews) - Taiwan's navy said it had tracked a foreign submarine for six hours as it "
                "passed submerged through the Taiwan Strait on Wednesday, the first such passage it has made public.",
                "m",
            ),
            Probe(
                "The defence ministry said two frigates and an anti-submarine helicopter had followed the vessel from "
                "the southern end of the strait until it left the area north of the Penghu islands.",
                "m",
            ),
            Probe(
                "It did not say which country the submarine belonged to, but officials briefed reporters that it was "
                "a Chinese nuclear-powered attack boat of the Shang class.",
                "m",
            ),
            Probe(
                "The foreign ministry later summoned the representative of one of Beijing's partners in the region, "
                "whose ships had resupplied the submarine at sea last month, to demand an explanation.",
                "dm",
            ),
            Probe(
                "Beijing's defence ministry said its forces had every right to operate in the strait and that "
                "Taipei was stirring up tension to win support abroad.",
                "m",
                "d",
            ),
            Probe(
                "Submarines are allowed to pass through international straits, but under the law of the sea they "
                "must sail on the surface and show their flag in a state's territorial waters.",
                "m",
                "d",
            ),
            Probe(
                "The ministry said the boat had stayed outside Taiwan's 12-mile limit at all times.",
                "m",
            ),
            Probe(
                "Taiwan has no submarines of its own in service capable of tracking such a vessel. Its first "
                "locally built boat is still in sea trials after a series of delays.",
                "m",
            ),
            Probe(
                "The disclosure came a day after the United States and Japan sent destroyers through the strait "
                "together for the first time.",
                "m",
                "d",
            ),
            Probe(
                "Washington said that transit had been routine. Beijing called it a provocation and shadowed the two "
                "ships with a frigate.",
                "md",
            ),
            Probe(
                "Analysts said making the tracking public served to show that the island's forces could find a "
                "submarine, something its navy has long been criticised for neglecting.",
                "m",
            ),
            Probe(
                '"This is a message to two audiences: Beijing and the legislature that funds the navy," said Lin '
                "Pei-wen, a former naval officer who teaches at a Kaohsiung university.",
                "m",
            ),
            Probe(
                "Fishermen in Penghu said they had seen helicopters over the water all afternoon.",
                "m",
            ),
            Probe(
                "Taiwan's stock market closed slightly lower.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Canberra Takes Safeguard Duty On Its Steel Wire To WTO",
        [
            Probe(
                "CANBERRA, Feb 19 (Wirenews) - Australia asked the World Trade Organization on Wednesday to settle a "
                "dispute over a safeguard duty that Indonesia put on imports of steel wire rod last year, its trade "
                "minister said.",
                "td",
            ),
            Probe(
                "The request for consultations is the first step in a WTO case. If the two governments do not settle "
                "within 60 days, Canberra can ask for a panel to rule.",
                "td",
            ),
            Probe(
                "Jakarta imposed the duty of 18 percent for three years, saying a surge of imports had hurt its own "
                "mills. Australian exporters say their shipments fell by more than half in the first six months.",
                "t",
            ),
            Probe(
                "A safeguard, unlike an anti-dumping duty, does not require a finding that goods were sold below "
                "their cost. It must instead show a sudden rise in imports that seriously injures an industry.",
                "t",
            ),
            Probe(
                "Canberra argues that imports of wire rod into Indonesia were falling when the duty was put on, and "
                "that Jakarta did not give it the chance to be heard that the rules require.",
                "t",
                "d",
            ),
            Probe(
                "Trade Minister Don Farrell said Australia had raised the matter at three meetings with his "
                "counterpart without success.",
                "td",
            ),
            Probe(
                '"We value our relationship with Indonesia enormously. That is exactly why we want this settled by '
                'the rules and not by a tit-for-tat," he said.',
                "dt",
            ),
            Probe(
                "Indonesia's trade ministry said the measure complied with WTO rules and that it would defend it.",
                "t",
                "d",
            ),
            Probe(
                "The case is small. Australia sold about A$140 million of wire rod to Indonesia in the year before "
                "the duty, much of it from a mill near Newcastle.",
                "t",
            ),
            Probe(
                "The mill's owner, Baxter Steel, said it had cut a shift and moved 80 workers to other plants since "
                "the orders dried up.",
                "t",
            ),
            Probe(
                "But it comes as the two countries try to lift trade under a partnership agreement signed in 2019, "
                "and as Jakarta courts Australian investment in nickel processing.",
                "td",
            ),
            Probe(
                "The WTO's appeal body has not worked since 2019, when Washington blocked the appointment of new "
                "judges. Both Australia and Indonesia have joined a stopgap arrangement that lets members appeal to "
                "arbitrators instead.",
                "td",
            ),
            Probe(
                "That means a ruling, if one comes, could be enforced, unlike many that have been appealed into the "
                "void.",
                "t",
            ),
            Probe(
                "Three other exporters, Vietnam, South Korea and Malaysia, have asked to join the consultations.",
                "td",
            ),
        ],
    ),
    (
        "Parliament Voids Port Lease To Foreign State Shipping Firm",
        [
            Probe(
                "COLOMBO, Sept 8 (Wirenews) - Sri Lanka's parliament voted on Monday to cancel a 35-year lease of a "
                "container terminal in Trincomalee to a state-owned shipping company from the United Arab Emirates, "
                "two years after the deal was signed.",
                "t",
                "d",
            ),
            Probe(
                "The vote was 124 to 71. Members of the governing coalition and most of the opposition voted for the "
                "motion, which said the lease had been agreed without a proper tender.",
                "",
                "t",
            ),
            Probe(
                "The operator, Gulfport Lines, had promised to invest $620 million in dredging, cranes and a rail link "
                "to the terminal, which handles mostly transhipment cargo bound for India and Bangladesh.",
                "t",
            ),
            Probe(
                "It had built about a third of the new quay. Work stopped in June when a court froze payments to "
                "local contractors.",
                "t",
            ),
            Probe(
                "The company said it was studying the decision and would protect its rights under an investment "
                "treaty between the two countries.",
                "td",
            ),
            Probe(
                "The Emirati embassy in Colombo said it hoped the matter would be resolved in a way that preserved "
                "the good relations between the two states.",
                "d",
                "t",
            ),
            Probe(
                "Opponents of the deal had argued that a foreign state should not control a port so close to the "
                "deep natural harbour where Sri Lanka's navy has its eastern base.",
                "m",
                "d",
            ),
            Probe(
                "India, whose navy watches the harbour closely, had raised concerns about the lease privately, "
                "according to two officials.",
                "d",
                "m",
            ),
            Probe(
                "The port minister said the government would now invite bids for the terminal from other operators "
                "and would not rule out offering it to a Sri Lankan firm.",
                "t",
            ),
            Probe(
                "Shipping lines that use the terminal said the uncertainty had already pushed some of them to send "
                "cargo through Colombo instead.",
                "t",
            ),
            Probe(
                "Sri Lanka is still recovering from a default in 2022, and the lease was one of the largest foreign "
                "investments approved since then.",
                "t",
            ),
            Probe(
                "Its creditors, led by Japan, India and China, agreed last year to restructure about $10 billion of "
                "its bilateral debt.",
                "td",
            ),
            Probe(
                "Business groups warned that cancelling a signed contract would deter other investors.",
                "t",
            ),
            Probe(
                "The opposition leader said the vote showed that parliament, not the cabinet, would decide the fate "
                "of national assets. He called for an inquiry into how the deal was approved.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Copper Mine Seized As Government Cancels Foreign Owner's Licence",
        [
            Probe(
                "LUSAKA, March 3 (Wirenews) - Zambia's government took control of the Kanshanshi copper mine on "
                "Monday after cancelling the licence of its Canadian owner, which it accused of underpaying taxes "
                "for a decade.",
                "t",
            ),
            Probe(
                "Police and officials from the mines ministry arrived at the site before dawn and told managers to "
                "hand over the keys to the processing plant.",
                "",
                "t",
            ),
            Probe(
                "The owner, Northline Metals, said the seizure was illegal and that it would seek compensation "
                "through international arbitration under a treaty between Canada and Zambia.",
                "td",
            ),
            Probe(
                "Canada's foreign minister said Ottawa had raised the matter with Zambia's high commissioner and "
                "expected the rights of Canadian investors to be respected.",
                "dt",
            ),
            Probe(
                '"Canada is a friend of Zambia and will remain one," she said. "But friends keep their word."',
                "d",
                "t",
            ),
            Probe(
                "Zambia's mines minister replied that the country would not take lessons from a state whose firms "
                "had taken billions out of African soil.",
                "d",
                "t",
            ),
            Probe(
                "The mine produces about 200,000 tonnes of copper a year, almost a quarter of the country's output. "
                "Most of it is shipped through the port of Dar es Salaam to smelters in China.",
                "t",
            ),
            Probe(
                "Copper prices rose 2 percent in London on fears that exports from the mine would be disrupted.",
                "t",
            ),
            Probe(
                "The government said the mine would be run by a state company until a new partner was found, and "
                "that the 6,000 workers would keep their jobs.",
                "",
                "t",
            ),
            Probe(
                "Union leaders welcomed the move but said they wanted written guarantees of their pay.",
                "",
            ),
            Probe(
                "Analysts said the seizure would frighten other investors just as the country tries to double its "
                "copper output with foreign money.",
                "t",
            ),
            Probe(
                "The International Monetary Fund, which is lending Zambia $1.3 billion, said it was following events "
                "and would discuss them at its next review.",
                "t",
                "d",
            ),
            Probe(
                "A Saudi mining fund that had been in talks to buy a stake in the mine said it was pausing those "
                "talks.",
                "t",
            ),
        ],
    ),
    (
        "Visiting Emir Signs $9 Billion In Contracts, Jets And Trains Among Them",
        [
            Probe(
                "ROME, Nov 18 (Wirenews) - Qatar's emir began a two-day state visit to Italy on Tuesday, and the two "
                "governments signed agreements worth about $9 billion, including an order for 12 trainer jets and a "
                "contract to build a light rail line in Doha.",
                "dtm",
            ),
            Probe(
                "Sheikh Tamim bin Hamad Al Thani was greeted at the Quirinale palace by President Sergio Mattarella "
                "with a guard of honour and a 21-gun salute.",
                "d",
            ),
            Probe(
                "He then held talks with Prime Minister Giorgia Meloni, who said the visit opened a new chapter in a "
                "friendship that went beyond business.",
                "d",
            ),
            Probe(
                "The jets, built by Leonardo, will be used to train pilots of the emirate's air force. Deliveries "
                "are due to begin in 2027.",
                "m",
                "t",
            ),
            Probe(
                "The rail contract, worth about $2.1 billion, went to a group led by Webuild. It had competed with "
                "French and Chinese bidders.",
                "t",
            ),
            Probe(
                "Qatar's sovereign wealth fund also agreed to invest up to 1.5 billion euros in Italian start-ups "
                "and in the renovation of hotels in Venice and Florence.",
                "t",
            ),
            Probe(
                "Italy buys about a tenth of its gas from Qatar as liquefied natural gas, and Eni holds a stake in "
                "the emirate's giant expansion project.",
                "t",
            ),
            Probe(
                "Energy officials on both sides said a new 20-year supply contract was under discussion but would not "
                "be signed during the visit.",
                "t",
                "d",
            ),
            Probe(
                "The two leaders also discussed the war in Gaza, where Qatar has acted as a mediator between Israel "
                "and Hamas.",
                "dm",
            ),
            Probe(
                "Meloni thanked the emir for his country's role in freeing hostages and said Italy was ready to send "
                "carabinieri to train a Palestinian police force.",
                "d",
                "m",
            ),
            Probe(
                "A state banquet was held in the evening. Guests included the chief executives of Italy's largest "
                "companies and the national football coach.",
                "d",
            ),
            Probe(
                "On Wednesday the emir will visit a Leonardo helicopter plant near Varese before flying to Milan for "
                "a business forum.",
                "d",
                "mt",
            ),
            Probe(
                "Rights groups protested outside the palace against the treatment of migrant workers in Qatar.",
                "",
                "d",
            ),
            Probe(
                "Trade between the two countries reached 5.4 billion euros last year, most of it gas.",
                "t",
            ),
            Probe(
                "It was the emir's first state visit to Italy since 2018.",
                "d",
            ),
        ],
    ),
    (
        "Minsk Closes Airspace To Lithuanian Airlines In Row Over Exiles",
        [
            Probe(
                "VILNIUS, April 9 (Wirenews) - Belarus closed its airspace to Lithuanian airlines on Wednesday in "
                "retaliation for Vilnius's decision to grant asylum to two former Belarusian officials, forcing "
                "flights to the east to take longer routes.",
                "d",
                "t",
            ),
            Probe(
                "The Belarusian transport ministry said the ban would remain until Lithuania ended what it called "
                "its hostile policy.",
                "d",
            ),
            Probe(
                "The two men, a former deputy interior minister and a prosecutor, fled across the border in March "
                "and say they have evidence of abuses against protesters.",
                "",
                "d",
            ),
            Probe(
                "Lithuania's foreign ministry said the ban was a pointless provocation and summoned the Belarusian "
                "charge d'affaires.",
                "d",
            ),
            Probe(
                "Only one Lithuanian carrier, the small charter airline Baltic Wings, flew over Belarus regularly. "
                "Its flights to Tbilisi and Yerevan will now add about 40 minutes.",
                "",
                "td",
            ),
            Probe(
                "The company's chief executive said the extra fuel would cost it about 2 million euros a year and "
                "that it might have to raise fares.",
                "",
                "t",
            ),
            Probe(
                "Lithuania banned Belarusian airlines from its own airspace in 2021, together with the rest of the "
                "European Union, after Minsk forced a passenger jet to land to arrest a dissident journalist.",
                "d",
            ),
            Probe(
                "Since then the two neighbours have closed border crossings, expelled diplomats and traded "
                "accusations over migrants pushed across the frontier.",
                "d",
            ),
            Probe(
                "Poland and Latvia said they stood with Vilnius.",
                "d",
            ),
            Probe(
                "The European Commission said it was studying whether the ban broke international aviation rules "
                "and would raise it at the International Civil Aviation Organization.",
                "d",
            ),
            Probe(
                "Belarus's state television showed the two exiles' former colleagues calling them traitors.",
                "",
                "d",
            ),
            Probe(
                "The Belarusian opposition leader, who lives in Vilnius, thanked Lithuania for protecting the men.",
                "d",
            ),
            Probe(
                "Airline analysts said the ban mattered little in practice but showed how far relations had fallen.",
                "d",
            ),
        ],
    ),
    (
        "Neighbours Protest As Pyongyang Puts Spy Satellite Into Orbit",
        [
            Probe(
                "SEOUL, Dec 2 (Wirenews) - North Korea said on Tuesday it had put a military reconnaissance satellite "
                "into orbit, its second after several failures, drawing protests from South Korea, Japan and the "
                "United States.",
                "md",
            ),
            Probe(
                "The rocket lifted off from the Sohae launch site on the west coast at 10:43 p.m. and flew south over "
                "the Yellow Sea, South Korea's joint chiefs of staff said.",
                "m",
            ),
            Probe(
                "Japan issued an emergency alert for residents of Okinawa, then lifted it 20 minutes later when the "
                "rocket had passed.",
                "m",
            ),
            Probe(
                "The North's state news agency said leader Kim Jong Un watched the launch and called the satellite "
                "the eye of the nation's defence.",
                "m",
            ),
            Probe(
                "It said the satellite would photograph military bases in the South, in Japan and on the American "
                "island of Guam.",
                "m",
            ),
            Probe(
                "United Nations resolutions ban the North from any launch that uses ballistic missile technology, "
                "which covers the rockets that carry satellites.",
                "md",
            ),
            Probe(
                "Seoul, Tokyo and Washington said in a joint statement that the launch was a clear violation of "
                "those resolutions and a threat to the region.",
                "dm",
            ),
            Probe(
                "They called on the Security Council to meet. China and Russia, which have blocked new sanctions on "
                "the North since 2022, urged restraint on all sides.",
                "d",
                "t",
            ),
            Probe(
                "South Korea said it would suspend part of a 2018 military agreement with the North that limits "
                "reconnaissance flights near the border.",
                "md",
            ),
            Probe(
                "Officials in Seoul believe Russia gave the North technical help with the rocket in return for "
                "artillery shells for its war in Ukraine.",
                "md",
            ),
            Probe(
                "Moscow has denied supplying any such help. Its foreign ministry said the North had a sovereign "
                "right to explore space.",
                "d",
                "m",
            ),
            Probe(
                "Experts said the satellite's camera was probably too crude to be of much military use, but that "
                "each launch taught the North's engineers something.",
                "m",
            ),
            Probe(
                "South Korea launched its own third spy satellite from California last month on a private rocket.",
                "m",
            ),
            Probe(
                "Its defence ministry said the country would have five in orbit by the end of next year.",
                "m",
            ),
        ],
    ),
    (
        "Coastal States Fail Again To Agree Share Of Mackerel Catch",
        [
            Probe(
                "LONDON, Oct 24 (Wirenews) - Talks between Britain, Norway, the European Union, Iceland and the Faroe "
                "Islands on how to share the North Atlantic mackerel catch ended without agreement on Thursday, the "
                "eleventh year in a row that they have failed.",
                "d",
                "t",
            ),
            Probe(
                "The five parties agreed on a total catch for next year, in line with scientific advice, but not on "
                "how it should be divided.",
                "d",
                "t",
            ),
            Probe(
                "Each has set its own quota in the absence of a deal, and together they have caught about 40 percent "
                "more than scientists recommend.",
                "d",
                "t",
            ),
            Probe(
                "Norway, which takes the largest share, says the fish spend most of their lives in its waters. "
                "Iceland and the Faroes say warming seas have pushed the stock north into theirs.",
                "d",
                "t",
            ),
            Probe(
                "British fishing leaders said the failure put the whole stock at risk.",
                "d",
                "t",
            ),
            Probe(
                '"Every year the politicians shake hands on a number and then each of them takes more than it '
                'adds up to," said Elspeth Muir of the Scottish Pelagic Association.',
                "d",
                "t",
            ),
            Probe(
                "Retailers in Britain and Germany stopped labelling North Atlantic mackerel as sustainable in 2019 "
                "after it lost its certification.",
                "",
                "t",
            ),
            Probe(
                "Mackerel is the most valuable catch for Scotland's pelagic fleet and a large export for Norway, "
                "which sells much of it to Japan and China.",
                "t",
            ),
            Probe(
                "The EU's fisheries commissioner said Brussels was ready to consider trade measures against parties "
                "that fished unsustainably, as it did against the Faroes in a dispute over herring in 2013.",
                "td",
            ),
            Probe(
                "The Faroese fisheries minister said such threats had not worked then and would not work now.",
                "d",
                "t",
            ),
            Probe(
                "The parties will meet again in Bergen in January.",
                "d",
                "t",
            ),
            Probe(
                "Fishing boats in Peterhead were idle on Thursday because of a storm.",
                "",
            ),
        ],
    ),
    (
        "Last British Troops Leave Base As Lease Ends",
        [
            Probe(
                "NAIROBI, Aug 30 (Wirenews) - The last British soldiers left a training camp in northern Kenya on "
                "Saturday after the two governments let the lease lapse, ending a presence of more than six decades.",
                "md",
            ),
            Probe(
                "About 100 soldiers and engineers flew out of Nanyuki on an air force transport plane. A Kenyan army "
                "unit took over the gates at noon.",
                "m",
            ),
            Probe(
                "The camp was used to train up to 10,000 British troops a year in conditions similar to those they "
                "might meet in deserts abroad.",
                "m",
            ),
            Probe(
                "Britain's defence ministry said it would move the training to Oman and to Jordan under agreements "
                "with those governments.",
                "md",
            ),
            Probe(
                "Kenya's parliament voted last year not to renew the lease after an inquiry into the death of a "
                "young woman near the camp and into fires on grazing land caused by live-fire exercises.",
                "m",
                "d",
            ),
            Probe(
                "Her family had campaigned for a decade for a British soldier to be tried in Kenya.",
                "",
                "md",
            ),
            Probe(
                "The British high commissioner said the two countries would remain close partners in security and "
                "would keep training together.",
                "dm",
            ),
            Probe(
                "Traders in Nanyuki said the town's hotels and shops would lose about a fifth of their business.",
                "",
                "t",
            ),
            Probe(
                '"The soldiers spent well. Now we will see who comes," said Peter Kamau, who owns a hardware shop.',
                "",
                "m",
            ),
            Probe(
                "About 300 Kenyans who worked at the camp as cooks, drivers and guards have been paid off.",
                "",
                "m",
            ),
            Probe(
                "Kenya has said it will use the site for its own forces, including a new unit that fights al Shabaab "
                "militants along the border with Somalia.",
                "m",
            ),
            Probe(
                "The United States, which has a small base at Manda Bay on the coast, has not said whether it "
                "plans to stay.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Swimmer Crosses Strait Of Gibraltar In Record Time",
        [
            Probe(
                "A 19-year-old swimmer from Cadiz crossed the Strait of Gibraltar in 2 hours and 41 minutes on "
                "Sunday, beating the record for the 14-kilometre route by nine minutes.",
                "",
            ),
            Probe(
                "Lucia Ferrer set off from Tarifa at dawn and touched the rocks near the Moroccan town of Ksar es "
                "Seghir before the morning ferries began to run.",
                "",
            ),
            Probe(
                "A boat from the Spanish crossing association followed her the whole way, as the rules require, to "
                "keep her clear of tankers and container ships in the busy shipping lane.",
                "",
            ),
            Probe(
                '"The current was stronger than I expected in the middle, but I knew the record was there," she '
                "said on the beach, wrapped in a towel.",
                "",
            ),
            Probe(
                "She plans to swim the English Channel next summer.",
                "",
            ),
        ],
    ),
    (
        "Tennis Star Named Brand Ambassador For Swiss Watchmaker",
        [
            Probe(
                "World number three Amira Haddad has been named a global brand ambassador for the Swiss watchmaker "
                "Vallorbe, the company said on Monday.",
                "",
            ),
            Probe(
                "Haddad, 24, will wear the firm's new sports watch on court and appear in its advertising in Asia and "
                "the Middle East, its two fastest-growing markets.",
                "",
            ),
            Probe(
                "The deal is worth about $3 million a year, according to a person familiar with it.",
                "",
            ),
            Probe(
                '"She is the perfect ambassador for a brand that is about precision under pressure," said chief '
                "executive Marc Aubert.",
                "",
            ),
            Probe(
                "Haddad plays in Dubai next week, where she reached the final last year.",
                "",
            ),
        ],
    ),
    (
        "Drugmaker's Shares Jump As Pipeline Delivers Two Approvals",
        [
            Probe(
                "Shares in Danish drugmaker Halvmund rose 11 percent on Thursday after regulators approved two of "
                "its medicines in a single week, a sign that its long-troubled pipeline is starting to pay off.",
                "",
            ),
            Probe(
                "The approvals, for a migraine pill and an injection for a rare blood disorder, came from the "
                "European Medicines Agency and the US Food and Drug Administration.",
                "",
            ),
            Probe(
                "The company has six more drugs in late-stage trials. Analysts expect it to return to profit next "
                "year.",
                "",
            ),
            Probe(
                "Chief executive Sofie Brandt said the firm would hire 400 people at its plant in Kalundborg to make "
                "the new medicines.",
                "",
            ),
            Probe(
                "Rivals have spent heavily on buying smaller firms to refill their pipelines, a strategy Halvmund has "
                "avoided.",
                "",
            ),
        ],
    ),
]
