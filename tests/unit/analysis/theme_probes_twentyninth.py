"""A twenty-ninth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: long-form world news analysis, the seed's kind (long
paragraphs, who said what about relations between states, several themes in a paragraph, context carried from one
paragraph to the next), on subjects the earlier batches leave out (a Gulf state mediating between two neighbours, a
Pacific island state weighing a security pact against its fishing money, a Central Asian republic balancing two
powers over a railway, a Baltic state's defence spending and power grid, an African port leased to a foreign navy,
chip machine export curbs, a peace conference that fails, a small state sending foreign troops home, a landlocked
state's "third neighbours", a European state buying arms from both sides, a research station that splits the Arctic
Council); and one domestic political story told in the words of war and diplomacy, which gets no theme.
Blind, main's rules got 60 of these 188 paragraphs wrong (trade missed 27 times, diplomacy 13, military 6; diplomacy
given 16 times where it does not belong, military 6): a truce between coalition parties read as a war, a body of states
named again as "the council", and, left, trade between two named states read as relations between them (as the dev
gold reads it), trade told on through a railway, a grid or a lease with no word of trade, and guns and fleets that are
no words of war.
After this round's mends, 58. On a second read against GUIDELINES two labels were mended (the blind figures above
stay as recorded): a shopkeeper's "if the embassies open" is a clause about the article's talks to reopen them, and
the countermeasures Beijing keeps against the Netherlands, carried on from the paragraph before, are one state acting
on another; both get diplomacy. Against the mended gold, 57. A follow-up round took export controls told on as "the
rules" and "energy dependence" on another state: 54. See KNOWN_MISSES in test_theme_probes.py for what is left.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

TWENTYNINTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Analysis: Oman Coaxes Bahrain And Iran Back To The Table",
        [
            Probe(
                (
                    "MUSCAT - For most of the past decade, the road between Manama and Tehran has run through "
                    "Muscat. This week it did so again, as Omani officials hosted a third round of talks between "
                    "Bahraini and Iranian delegations at a guest palace on the edge of the capital, the first "
                    "since Bahrain expelled Iran's charge d'affaires and cut relations in 2016."
                ),
                "d",
            ),
            Probe(
                (
                    "The talks, which ran for two days, were meant to settle the terms on which the two countries "
                    "would reopen their embassies, officials from both sides said. Neither delegation would say "
                    "how close they had come."
                ),
                "d",
            ),
            Probe(
                (
                    "Bahrain has long accused Iran of arming and training Shia militants who carried out bombings "
                    "on the island in the years after the 2011 protests, a charge Tehran has always denied."
                ),
                "md",
            ),
            Probe(
                (
                    '"We do not carry messages, we carry patience," Oman\'s foreign minister, Badr bin Salim '
                    'al-Harthy, told reporters after the second day. "Each side must first believe that the other '
                    'wants the same thing."'
                ),
                "d",
            ),
            Probe(
                (
                    "The sultanate has built a reputation as the Gulf's discreet go-between. It hosted the secret "
                    "contacts between Washington and Tehran that led to the 2015 nuclear deal, and it has helped "
                    "to free Western prisoners held in Yemen and Iran."
                ),
                "d",
            ),
            Probe(
                (
                    "Its neutrality has a price. Oman depends on its neighbours for much of its food, and a "
                    "pipeline to bring Iranian gas under the Gulf of Oman, agreed more than a decade ago, has "
                    "been held up for years by American sanctions."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Diplomats in Muscat say the sultanate's ports and free zones have also done well from goods "
                    "that can no longer pass through the Emirates, a point its critics in Washington have raised "
                    "more than once."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "For Bahrain, the calculation changed when Saudi Arabia restored relations with Iran in a "
                    "deal brokered by China in 2023. The kingdom, whose troops helped put down the 2011 uprising, "
                    "no longer objects to its small neighbour talking to Tehran, officials in Riyadh say."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Bahrain is also home to the US Navy's Fifth Fleet, whose headquarters sit a few kilometres "
                    "from the old town of Manama. Any thaw with Tehran will be watched closely in Washington, "
                    "where officials worry about Iranian attacks on shipping in the Gulf."
                ),
                "md",
            ),
            Probe(
                (
                    "A Bahraini official who took part in the talks said the naval base was not on the table. "
                    '"Our alliances are our own business," he said, asking not to be named because the talks were '
                    "confidential."
                ),
                "md",
            ),
            Probe(
                (
                    "Iran's side was led by a deputy foreign minister, Reza Kashani, who told state television "
                    'that the talks had been "constructive and frank" and that Tehran wanted "a region without '
                    'foreign fleets".'
                ),
                "dm",
            ),
            Probe(("The last phrase did not go down well in Manama."), "d", "m"),
            Probe(
                (
                    "Trade between the two countries is tiny on paper, less than $50 million a year, but "
                    "merchants on both sides say far more passes through Dubai. Bahraini traders once bought "
                    "Iranian pistachios, saffron and carpets by the container."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    '"My father had a shop in the souk that sold nothing but Persian rugs," said Hussain Abdulla, '
                    '54, who now sells Turkish ones. "If the embassies open, maybe the ships come back."'
                ),
                "td",
            ),
            Probe(
                (
                    "Pilgrims are another matter. Tens of thousands of Bahraini Shia travelled each year to "
                    "shrines in Mashhad and Qom until flights were cut, and the talks discussed restoring a "
                    "weekly service, according to two people briefed on them."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    'Analysts caution against expecting a quick deal. "The Omanis are very good at getting people '
                    'into a room," said Leila Haddad, a Gulf specialist at a research institute in London. "They '
                    'are less good at making them sign anything, because they never push."'
                ),
                "d",
            ),
            Probe(("The next round is expected in Muscat after Ramadan, both delegations said."), "d"),
            Probe(
                (
                    "In the meantime, the Omani foreign minister flies to Tehran on Sunday, his third visit there "
                    "this year."
                ),
                "d",
            ),
        ],
    ),
    (
        "Analysis: Kiribati Weighs A Chinese Security Pact Against Its Tuna Money",
        [
            Probe(
                (
                    "TARAWA - In a country of 33 coral atolls scattered across an ocean the size of the "
                    "continental United States, the sea is both the treasury and the border. This month the "
                    "government must decide whether to sign a security pact offered by Beijing, and the answer "
                    "may cost it its biggest source of money: the fees foreign fleets pay to fish its waters."
                ),
                "mdt",
            ),
            Probe(
                (
                    "The draft agreement, seen by Wirenews, would let Chinese police train Kiribati's small "
                    'force, allow Chinese navy ships to call at Betio port for "replenishment" and set up a joint '
                    "centre for maritime surveillance."
                ),
                "md",
            ),
            Probe(
                (
                    "Kiribati has no army. Its police force of about 500 officers runs a single patrol boat, a "
                    "gift from Australia, which spends much of the year waiting for spare parts."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The fishing licences, by contrast, brought in about $180 million last year, roughly three "
                    "quarters of government revenue. Most were sold under a regional treaty with the United "
                    "States and to fleets from Taiwan, South Korea and Japan."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "American officials have warned privately that the treaty, which pays island states $60 "
                    'million a year, could be "reviewed" if Chinese security forces gain a foothold in the '
                    "central Pacific, according to three people familiar with the conversations."
                ),
                "tdm",
            ),
            Probe(
                (
                    'Washington denies making threats. "We have simply said that our partners should be '
                    'clear-eyed about what they sign," a State Department official said.'
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    'President Tebao Nakau said on Monday that his government would not be rushed. "Kiribati is a '
                    'friend to all and an enemy to none," he said. "We will sign what is good for Kiribati and '
                    'nothing else."'
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Kiribati switched recognition from Taipei to Beijing in 2019, and Chinese aid has since paid "
                    "for a sports stadium, road repairs and a plan to reopen an old airstrip on Kanton Island, a "
                    "speck of land midway between Hawaii and Fiji."
                ),
                "d",
                "tm",
            ),
            Probe(
                (
                    "Australian and American defence planners have watched the airstrip closely. Kanton lies "
                    "close to the routes that US forces would use to reinforce Guam and Australia in a war."
                ),
                "m",
            ),
            Probe(
                (
                    "In Betio, the crowded islet where most of the port's workers live, people talk less about "
                    'strategy than about fish. "The tuna pays for the hospital," said Teuea Ioane, 38, a deckhand '
                    'on a Korean purse seiner. "The Chinese ship will not pay for anything."'
                ),
                "t",
                "m",
            ),
            Probe(
                (
                    "Canberra has offered to fund a second patrol boat and to double the number of Kiribati "
                    'police officers trained in Australia, a counter-offer that officials there describe as "an '
                    'offer, not an ultimatum".'
                ),
                "md",
            ),
            Probe(
                (
                    "New Zealand's foreign minister is due in Tarawa next week, the third visiting minister in "
                    "two months."
                ),
                "d",
            ),
            Probe(
                (
                    "Pacific diplomats say the contest has given small governments more leverage than they have "
                    'had for decades. "For once we are the ones being courted," said a senior official from a '
                    "neighbouring island state."
                ),
                "d",
            ),
            Probe(
                (
                    "The Pacific Islands Forum, the region's main body, agreed two years ago that its members "
                    "should consult each other before signing security deals with outside powers. Kiribati left "
                    "the forum in 2022 and rejoined a year later."
                ),
                "dm",
            ),
            Probe(("Forum leaders have asked to see the draft before it is signed. Tarawa has not replied."), "d", "m"),
            Probe(
                (
                    'China\'s embassy said the agreement was "a matter between two sovereign countries" and was '
                    '"not directed at any third party".'
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Fishing companies are hedging their bets. Two Taiwanese fleets have moved some of their "
                    "boats to waters off the Marshall Islands, where licences are cheaper, an industry official "
                    "said."
                ),
                "t",
            ),
            Probe(("The cabinet is expected to decide before parliament rises in December."), "d", "mt"),
        ],
    ),
    (
        "Analysis: Kyrgyzstan Bets On A Chinese Railway Without Losing Moscow",
        [
            Probe(
                (
                    "BISHKEK - For three decades, planners have drawn the same line on their maps: a railway from "
                    "Kashgar in western China across the mountains of Kyrgyzstan to the Uzbek city of Andijan, "
                    "cutting a week off the journey of Chinese goods to Europe and the Middle East."
                ),
                "t",
            ),
            Probe(
                (
                    "Now, with the first tunnels being bored through the Tian Shan, the project has become a test "
                    "of how far a small former Soviet republic can lean towards Beijing without upsetting Moscow, "
                    "its main security ally and the employer of about a million Kyrgyz migrants."
                ),
                "td",
                "m",
            ),
            Probe(
                (
                    "The 523-km line will cost about $4.7 billion, most of it lent by Chinese state banks. "
                    "Kyrgyzstan's share of the debt, about $1.2 billion, is secured against future transit fees "
                    "and, officials insist, not against the country's gold mines."
                ),
                "t",
            ),
            Probe(
                (
                    "Russia long opposed the route because it would use the standard gauge of China and Europe "
                    "rather than the wider gauge of the old Soviet railways. Moscow dropped its objections in "
                    "2022, as Western sanctions pushed more of its own trade towards China."
                ),
                "td",
            ),
            Probe(
                (
                    '"This railway is not against anyone," President Almaz Tokoev said at the ceremony to mark '
                    'the start of work. "Our friends in Moscow are our friends, our friends in Beijing are our '
                    'friends, and the railway will carry goods for both."'
                ),
                "td",
            ),
            Probe(
                (
                    "Kyrgyzstan hosts a Russian air base at Kant, outside Bishkek, and belongs to the Moscow-led "
                    "Collective Security Treaty Organization and to the Eurasian Economic Union, a customs bloc."
                ),
                "mdt",
            ),
            Probe(
                (
                    "Officials in Bishkek say Russian diplomats have asked pointed questions about who will guard "
                    "the line. Chinese private security companies already protect several Chinese-owned mines in "
                    "the south."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "A law passed last year bars foreign security firms from carrying weapons, and the government "
                    "says the railway will be guarded by Kyrgyz police and soldiers."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "In Jalal-Abad, where the line will come down from the mountains, traders are already buying "
                    'land near the planned station. "Today a lorry of Chinese tiles takes twelve days to reach us '
                    'through Irkeshtam," said Bakyt Osmonov, who imports building materials. "By train it will '
                    'take two."'
                ),
                "t",
            ),
            Probe(
                (
                    "Critics worry about debt. Kyrgyzstan already owes China's Export-Import Bank about $1.7 "
                    "billion, around 40 percent of its foreign debt, and asked for a delay in repayments during "
                    "the pandemic."
                ),
                "t",
            ),
            Probe(
                (
                    '"The question is not whether we need the railway, but who will own it if we cannot pay," '
                    "said Aida Sultanova, an economist in Bishkek."
                ),
                "t",
            ),
            Probe(
                (
                    "The company that will run the line is 51 percent owned by a Chinese state railway group, "
                    "with the Kyrgyz and Uzbek state railways holding the rest in equal shares."
                ),
                "t",
            ),
            Probe(
                (
                    "Uzbekistan, which has pushed hardest for the project, sees it as a way out of its dependence "
                    "on Russian and Kazakh routes for its cotton, fruit and textiles. Tashkent has also courted "
                    "Turkey and the Gulf states for investment."
                ),
                "td",
            ),
            Probe(
                (
                    "Moscow has plans of its own. Russian Railways has offered to rebuild the Soviet-era line to "
                    "Balykchy on Lake Issyk-Kul and to lend the money for new locomotives."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    'A spokesman for the Russian embassy said relations with Bishkek were "at their highest level '
                    'in history" and that Russia "welcomes any project that brings prosperity to our ally".'
                ),
                "d",
            ),
            Probe(
                (
                    "Kyrgyz officials privately say they expect Russia to ask for something in return, perhaps a "
                    "larger contingent at Kant or a bigger say over the country's next gas contract."
                ),
                "dm",
                "t",
            ),
            Probe(("Completion is scheduled for 2030."), "t"),
        ],
    ),
    (
        "Analysis: Estonia Pays For Rocket Launchers As It Cuts Its Last Power Line To Russia",
        [
            Probe(
                (
                    "TALLINN - Estonia will spend 5.4 percent of its economic output on defence next year, more "
                    "than any other NATO member, under a budget the government sent to parliament on Monday. Much "
                    "of the money will go on rocket artillery, air defence and stocks of ammunition."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The rise comes as the country, with Latvia and Lithuania, finishes cutting its last links to "
                    "the Russian power grid, a step its leaders call the end of energy dependence on Moscow and "
                    "one that has pushed electricity bills up by a fifth."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    '"Every euro we paid for Russian electricity was a euro for Russian shells," Prime Minister '
                    'Mart Kivistik told lawmakers. "We have stopped paying for their shells and started paying '
                    'for our own."'
                ),
                "tm",
            ),
            Probe(
                (
                    "The budget includes 1.6 billion euros to buy six more HIMARS launchers from the United "
                    "States and a second battery of German IRIS-T air defence missiles, as well as money to build "
                    "bunkers along the border with Russia."
                ),
                "m",
                "td",
            ),
            Probe(
                (
                    "To pay for it, the government will raise value added tax by two points and tax bank profits, "
                    "a plan opposed by the main opposition party, which says households are already squeezed by "
                    "the cost of energy."
                ),
                "",
                "mt",
            ),
            Probe(
                (
                    "Estonia's power network was joined to the continental European grid in February through "
                    "undersea cables to Finland and a line from Lithuania to Poland."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Those cables have become a worry of their own. In 2023 and 2024 anchors dragged by ships "
                    "leaving Russian ports damaged a gas pipeline and several data cables under the Baltic, and "
                    "NATO has since sent frigates and drones to patrol the sea."
                ),
                "m",
                "td",
            ),
            Probe(
                (
                    "Elering, the state grid operator, said it had stored spare parts and could keep the lights "
                    "on for weeks if both links were cut."
                ),
                "",
                "tm",
            ),
            Probe(
                (
                    "The country's last oil shale power plants, near Narva on the Russian border, were due to "
                    "close by 2035, but the government has delayed the date to keep a reserve that does not "
                    "depend on any neighbour."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "In Narva, where most of the 55,000 people speak Russian, the mood is mixed. Many work at the "
                    "plants, and the bridge to Ivangorod in Russia, once crossed by thousands every day, is now "
                    "closed to cars."
                ),
                "",
                "d",
            ),
            Probe(
                (
                    '"They build the bunkers here, in front of our houses," said Irina Volkova, 63, a retired '
                    'teacher. "I understand why. But nobody asked us."'
                ),
                "m",
            ),
            Probe(
                (
                    "Defence Minister Tarmo Lepik said the bunkers, about 600 concrete shelters along the border, "
                    'would be finished by 2027 and were "a message to Moscow that every metre will be defended".'
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    'Russia\'s foreign ministry called the plan "militarist hysteria" and said Estonia was '
                    '"turning itself into a NATO barracks".'
                ),
                "dm",
            ),
            Probe(
                (
                    "Allies have taken note. A British-led battle group of about 1,000 troops is based at Tapa, "
                    "and Germany is stationing a brigade in Lithuania, the first permanent deployment of German "
                    "forces abroad since the Second World War."
                ),
                "md",
            ),
            Probe(
                (
                    "Estonia's spending is still small in absolute terms, about 2.4 billion euros, and officials "
                    "say the country needs its allies to buy from the same suppliers so that ammunition can be "
                    "shared. Estonia and Latvia have agreed to buy the same air defence systems."
                ),
                "md",
                "t",
            ),
            Probe(
                (
                    'Business groups warn that the tax rises will hurt exporters. "Defence is a public good, and '
                    'so is competitiveness," said the head of the chamber of commerce.'
                ),
                "",
                "mt",
            ),
            Probe(("Parliament is expected to vote on the budget in December."), "", "m"),
        ],
    ),
    (
        "Analysis: Equatorial Guinea's Port Lease Gives China's Navy An Atlantic Berth",
        [
            Probe(
                (
                    "BATA - The port here, a long concrete pier built by a Chinese company a decade ago, handles "
                    "few ships. Most weeks it unloads rice, cement and cars. But the pier's deep water and the "
                    "empty land behind it have made Bata the object of a quiet contest between Beijing and "
                    "Washington."
                ),
                "dt",
                "m",
            ),
            Probe(
                (
                    "Officials in Malabo said this week that the government had agreed to lease part of the port "
                    'to China for 25 years as a "logistics and replenishment facility" for Chinese navy ships '
                    "operating in the Gulf of Guinea."
                ),
                "md",
            ),
            Probe(
                (
                    "It would be China's first military foothold on the Atlantic and its second in Africa, after "
                    "the base it opened in Djibouti in 2017."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "American officials have for three years warned Equatorial Guinea against such a deal. Senior "
                    "diplomats and the head of US Africa Command have flown to Malabo to make the case, and "
                    "Washington has offered help against piracy in return."
                ),
                "dm",
            ),
            Probe(
                (
                    '"A Chinese naval base on the Atlantic would be a threat to the United States," a Pentagon '
                    'spokeswoman said on Thursday. "We have been clear with our partners about that."'
                ),
                "md",
            ),
            Probe(
                (
                    'Vice President Ruben Nsue rejected the word base. "There will be no Chinese soldiers on our '
                    'soil, only sailors who buy fuel and water," he told a news conference. "We are a sovereign '
                    'country and we choose our partners."'
                ),
                "md",
            ),
            Probe(
                (
                    "The lease will pay about $80 million a year, a welcome sum for a government whose oil output "
                    "has fallen by half in ten years and which owes Chinese lenders about $2 billion."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Chinese companies built many of the country's roads, airports and power plants during the "
                    "oil boom of the 2000s, paid for with oil exports."
                ),
                "t",
            ),
            Probe(
                (
                    "Piracy in the Gulf of Guinea has fallen since 2020, after regional navies stepped up patrols "
                    "and foreign warships, among them Chinese and Italian frigates, began escorting ships."
                ),
                "m",
            ),
            Probe(
                (
                    "Shipping companies say the threat has not gone away. Three crew members were kidnapped from "
                    "a tanker off Sao Tome in March."
                ),
                "m",
                "t",
            ),
            Probe(
                (
                    "Neighbouring Cameroon and Gabon said they had not been consulted. Gabon's foreign ministry "
                    "said it would raise the matter at the next summit of the Economic Community of Central "
                    "African States."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Analysts say Beijing's interest is mostly practical. \"Chinese navy ships already spend "
                    'months off West Africa escorting fishing boats and tankers," said Paul Mbarga, a researcher '
                    'at an institute in Yaounde. "They need somewhere to rest, refuel and repair."'
                ),
                "m",
            ),
            Probe(
                (
                    "Others point to the timing. The deal was signed weeks after Washington removed Equatorial "
                    "Guinea from a programme of duty-free access for African exports, citing human rights, a move "
                    "that cost the country's small textile industry its only foreign market."
                ),
                "td",
            ),
            Probe(
                (
                    "In Bata, dockworkers said they had seen Chinese engineers measuring the pier in recent "
                    "weeks, but no warships."
                ),
                "m",
                "t",
            ),
            Probe(
                (
                    '"If the Chinese ships come, they will buy from the market," said Maria Obiang, who sells '
                    'fish near the port gate. "If the Americans come, they will buy too. We sell to everybody."'
                ),
                "",
                "tm",
            ),
            Probe(
                ("Parliament must still approve the lease, though it has never rejected a government bill."), "", "dm"
            ),
        ],
    ),
    (
        "Analysis: The Hague Tightens Chip Machine Curbs, And Beijing Vows To Answer",
        [
            Probe(
                (
                    "THE HAGUE - The Dutch government on Friday widened its controls on the export of chipmaking "
                    "machines to China, requiring licences even for the servicing of equipment already installed "
                    'in Chinese factories, a step Beijing said it would answer "firmly".'
                ),
                "td",
            ),
            Probe(
                (
                    "The rules, which take effect on January 1, cover deep ultraviolet lithography tools of the "
                    "kind made by Veldhoven Optics, Europe's most valuable technology company, and the spare "
                    "parts and software updates they need to keep running."
                ),
                "t",
            ),
            Probe(
                (
                    "China is the company's second-biggest market and bought about a quarter of its machines last "
                    "year. Its shares fell 4 percent on Friday."
                ),
                "t",
            ),
            Probe(
                (
                    "Dutch officials say the curbs were decided on grounds of national security, not under "
                    "pressure from Washington, which has pushed its allies since 2022 to stop Chinese chipmakers "
                    "making the advanced chips used in weapons and artificial intelligence."
                ),
                "td",
                "m",
            ),
            Probe(
                (
                    '"We make our own decisions about our own security," Trade Minister Sanne de Wit told '
                    'reporters. "These chips end up in hypersonic missiles and in the surveillance of millions of '
                    'people."'
                ),
                "t",
                "md",
            ),
            Probe(
                (
                    'China\'s commerce ministry said the Netherlands was "abusing export controls" and '
                    '"undermining the stability of global supply chains", and that Beijing reserved the right to '
                    "take countermeasures."
                ),
                "td",
            ),
            Probe(
                (
                    "It did not say what those would be, but many in the industry expect tighter curbs on Chinese "
                    "exports of gallium and germanium, two metals used in chips of which China produces most of "
                    "the world's supply. Beijing restricted sales of both in 2023."
                ),
                "td",
            ),
            Probe(
                (
                    "European carmakers, still short of chips after the pandemic, would be hit hardest, said "
                    "Jonas Richter, an analyst at a bank in Frankfurt."
                ),
                "t",
            ),
            Probe(
                (
                    "The Dutch decision followed months of talks with the United States and Japan, the other "
                    "country whose companies make the most advanced chipmaking tools. Tokyo is expected to "
                    "announce similar rules in the coming weeks, two officials said."
                ),
                "dt",
            ),
            Probe(
                (
                    "The three governments have tried to avoid looking like a Western bloc acting against China. "
                    "Japan's trade minister said in Beijing last month that his country \"does not target any "
                    'specific country".'
                ),
                "dt",
            ),
            Probe(
                (
                    "Chinese chipmakers have stockpiled machines. Imports of lithography equipment from the "
                    "Netherlands rose to a record 7 billion euros last year as buyers rushed to beat the rules."
                ),
                "t",
            ),
            Probe(
                (
                    "Inside Veldhoven Optics, engineers worry about the company's 1,500 staff in China, most of "
                    "them Chinese citizens who service the machines. The company said it would comply with the "
                    "rules."
                ),
                "t",
            ),
            Probe(
                (
                    "Some lawmakers want to go further. A motion backed by three parties calls for a ban on "
                    "Chinese students in chip engineering courses at Dutch universities, a step the government "
                    "says would be illegal."
                ),
                "",
                "td",
            ),
            Probe(
                (
                    "Beijing's ambassador to the Netherlands, in a rare newspaper interview, said the curbs would "
                    '"poison" relations that had been "among the best in Europe" and warned that Chinese buyers '
                    'of Dutch flowers and dairy had "long memories".'
                ),
                "dt",
            ),
            Probe(("Dutch exports of flowers and bulbs to China are worth about 300 million euros a year."), "t"),
            Probe(
                (
                    "The European Commission, which handles trade policy for the bloc, said it had been told of "
                    'the Dutch rules in advance and was "in close contact" with member states on export controls.'
                ),
                "td",
            ),
        ],
    ),
    (
        "Analysis: How The Geneva Conference On Libya Fell Apart In Two Days",
        [
            Probe(
                (
                    "GENEVA - The invitations went out in March, rooms at the Palais des Nations were booked for "
                    "a week, and diplomats from 14 countries arrived on Monday to help Libya's rival governments "
                    "agree on a single cabinet, a unified army and a date for elections. By Wednesday morning the "
                    "delegations had gone home."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "The collapse was the fourth failed attempt in five years to end a division that began with "
                    "the civil war of 2014 and has left the country with two governments, two central bank "
                    "governors and armed forces loyal to each."
                ),
                "dm",
                "t",
            ),
            Probe(
                (
                    'The UN envoy, Helena Marsh, said in a statement that the two sides had "failed their people" '
                    "and that she would report to the Security Council next week."
                ),
                "d",
            ),
            Probe(
                (
                    "According to three diplomats who were in the room, the talks broke down over who would "
                    "command the armed forces during the transition. The eastern side insisted that its commander "
                    "keep control of his forces; the government in Tripoli refused."
                ),
                "md",
            ),
            Probe(
                (
                    '"They agreed on the flag, on the anthem, on the date of the election. They could not agree '
                    'on who holds the guns," one of the diplomats said.'
                ),
                "md",
            ),
            Probe(
                (
                    "Outside powers share the blame, analysts say. Turkey keeps troops and drones at bases in the "
                    "west, while Russian mercenaries, now under the command of Moscow's defence ministry, are "
                    "stationed at air bases in the east and south."
                ),
                "md",
            ),
            Probe(
                (
                    "Egypt and the United Arab Emirates back the eastern camp, while Turkey and Qatar back "
                    "Tripoli. All four sent delegations to Geneva."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "A proposal for all foreign forces to leave within six months, drafted by Germany and Italy, "
                    "was not even put to a vote, the diplomats said."
                ),
                "md",
            ),
            Probe(
                (
                    "Money also divided the two sides. Libya's oil revenue, about $22 billion last year, passes "
                    "through the central bank in Tripoli, which the east accuses of starving its regions of "
                    "funds."
                ),
                "t",
            ),
            Probe(
                (
                    "Eastern forces shut down oil fields for six weeks last summer to press the point, cutting "
                    "exports by half."
                ),
                "t",
                "m",
            ),
            Probe(
                (
                    "Italy, which buys Libyan gas through a pipeline under the Mediterranean and relies on "
                    "Tripoli to stop migrant boats, has more at stake than any other European state. Its foreign "
                    "minister left Geneva a day early."
                ),
                "td",
            ),
            Probe(
                (
                    'In Tripoli, residents shrugged at the news. "Every year there is a conference, every year a '
                    'photograph," said Ali Zawi, 45, who runs a cafe near Martyrs\' Square. "And every year the '
                    'militias are still here."'
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Clashes between armed groups in the capital killed at least 40 people in May, the worst "
                    "fighting there since 2022."
                ),
                "m",
            ),
            Probe(
                (
                    "The UN envoy has proposed another round in Tunis in the autumn. Neither side has said "
                    "whether it will attend."
                ),
                "d",
            ),
            Probe(
                (
                    'Some diplomats argue that the conference format itself has failed. "Bringing everyone to '
                    'Geneva rewards the people with guns," a European diplomat said. "We should be talking to the '
                    'mayors and the tribes."'
                ),
                "dm",
            ),
        ],
    ),
    (
        "Analysis: The Maldives Sends Indian Troops Home And Buys Turkish Drones",
        [
            Probe(
                (
                    "MALE - When the last of 80 Indian military personnel left the Maldives in May, flown out on "
                    "the aircraft they had spent four years maintaining, the government of President Ahmed "
                    'Rasheed declared that it had kept its main election promise: "India out".'
                ),
                "md",
            ),
            Probe(
                (
                    "The Indians had operated two helicopters and a Dornier surveillance aircraft, gifts from New "
                    "Delhi, used mostly for medical evacuations between the archipelago's far-flung islands and "
                    "for patrols of its waters."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "They have been replaced by civilian technicians from an Indian state company, a compromise "
                    "the two governments reached after months of talks."
                ),
                "dm",
            ),
            Probe(
                (
                    "Since then the Maldives has bought three Turkish drones for maritime surveillance, signed a "
                    'defence cooperation accord with Ankara and agreed with China on "military assistance", the '
                    "details of which have not been published."
                ),
                "md",
                "t",
            ),
            Probe(
                (
                    "India remains the Maldives' biggest source of food and medicine and, until last year, of "
                    "tourists. Indian visitors fell by almost half after three deputy ministers mocked Prime "
                    "Minister Modi on social media, prompting calls in India for a boycott."
                ),
                "td",
            ),
            Probe(
                (
                    "Tourism accounts for about a quarter of the economy. Hoteliers on the resort islands say "
                    "Chinese and Russian visitors have only partly filled the gap."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "The government also faces a debt crunch. It owes about $1.4 billion to China's Export-Import "
                    "Bank and must repay a $500 million Islamic bond in 2026, and rating agencies have downgraded "
                    "it twice."
                ),
                "t",
            ),
            Probe(
                (
                    "New Delhi has helped despite the row. The Reserve Bank of India agreed in October to a "
                    "currency swap of up to $750 million and 30 billion rupees, and India rolled over a $50 "
                    "million treasury bill."
                ),
                "td",
            ),
            Probe(
                (
                    '"We have never doubted that India is our neighbour and friend," Rasheed said after meeting '
                    'Modi in New Delhi in October, on his first state visit to India. "But a friend does not keep '
                    'soldiers in your house."'
                ),
                "dm",
            ),
            Probe(
                (
                    "Indian officials have played down the row. India's navy still shares information with the "
                    "Maldivian coast guard under a 2016 agreement, and joint exercises with Sri Lanka resumed "
                    "this year."
                ),
                "md",
            ),
            Probe(
                (
                    "Analysts in New Delhi worry less about the Turkish drones than about Chinese research ships, "
                    "which have docked in Male twice this year. India suspects the vessels map the seabed for "
                    "submarines."
                ),
                "md",
            ),
            Probe(
                (
                    "A Chinese research vessel spent a week in Male in February while Indian navy ships shadowed "
                    "it from a distance."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The Maldives says the ships called for fuel and supplies and that it lets any country's "
                    "vessels visit."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Opposition leaders accuse the government of gambling with the country's security for the "
                    "sake of a slogan."
                ),
                "",
                "md",
            ),
            Probe(("Rasheed will host the Chinese foreign minister in January, his office said."), "d"),
        ],
    ),
    (
        "Analysis: Mongolia's Third Neighbours Arrive, But Its Copper Still Goes South",
        [
            Probe(
                (
                    "ULAANBAATAR - Squeezed between Russia and China, Mongolia has spent three decades courting "
                    'what it calls its "third neighbours": the United States, Japan, South Korea and the European '
                    "Union. This summer the policy brought a French president, an American trade mission and a "
                    "Japanese prime minister to Ulaanbaatar within eight weeks."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "The visits produced agreements on uranium, rare earths and flights. What they cannot change "
                    "is the map."
                ),
                "dt",
            ),
            Probe(
                (
                    "Almost nine tenths of Mongolia's exports, mostly coal and copper, go to China by road and "
                    "rail, and almost all of its fuel comes from Russia."
                ),
                "t",
            ),
            Probe(
                (
                    '"We can sign a deal with Paris or Tokyo, but the truck still has to drive through China," '
                    "said Batbayar Ganbold, a former economy minister."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "A French company has agreed to invest $1.6 billion in a uranium mine in the Gobi, which "
                    "would make Mongolia a supplier to Europe's nuclear power plants. The ore would have to cross "
                    "China or Russia to reach a port."
                ),
                "t",
            ),
            Probe(
                (
                    "The United States and Mongolia signed a memorandum on critical minerals in July, and "
                    "Washington has offered to help map deposits of rare earths. No American company has yet "
                    "committed money."
                ),
                "td",
            ),
            Probe(
                (
                    "China, which buys much of Mongolia's coal at a discount, has shown its displeasure before. "
                    "In 2016, after the Dalai Lama visited Ulaanbaatar, Beijing closed a border crossing and "
                    "froze talks on a $4.2 billion loan until Mongolia promised not to invite him again."
                ),
                "dt",
            ),
            Probe(
                (
                    "Russia supplies about 90 percent of Mongolia's petrol and diesel and much of its electricity "
                    "at peak times. A planned pipeline to carry Siberian gas to China across Mongolia would bring "
                    "transit fees but deepen that reliance."
                ),
                "t",
            ),
            Probe(
                (
                    "Mongolia did not condemn Russia's invasion of Ukraine and abstained in UN votes on it. In "
                    "2024 it declined to arrest President Putin when he visited, despite an international "
                    "warrant."
                ),
                "dm",
            ),
            Probe(
                (
                    "Its soldiers, meanwhile, have served in UN peacekeeping missions from South Sudan to Lebanon "
                    "and train every year with American troops in an exercise near Ulaanbaatar."
                ),
                "md",
            ),
            Probe(
                (
                    "This year's exercise drew troops from 24 countries, among them, for the first time, India "
                    "and Germany. China and Russia sent observers."
                ),
                "m",
                "d",
            ),
            Probe(("Mongolia spends less than 1 percent of its output on defence and has no combat aircraft."), "m"),
            Probe(
                (
                    "In Ulaanbaatar, a city of 1.7 million choked by coal smoke in winter, foreign policy is less "
                    "on people's minds than the price of meat and the cost of heating."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    '"The third neighbour is far away," said Tsetseg, 52, who sells cashmere scarves near the '
                    'central square. "My customers are Chinese and Korean tourists."'
                ),
                "",
                "td",
            ),
            Probe(
                (
                    "Officials say Mongolia will host a summit of landlocked developing countries next year and "
                    "is seeking a seat on the UN Security Council."
                ),
                "d",
            ),
        ],
    ),
    (
        "Analysis: Serbia Buys French Jets, Russian Gas And Chinese Missiles",
        [
            Probe(
                (
                    "BELGRADE - At an airfield outside Belgrade in April, President Dragan Milic watched the "
                    "first of 12 French Rafale fighter jets land in Serbian colours, the country's biggest arms "
                    "purchase since the break-up of Yugoslavia. Three weeks later he was in Moscow for the "
                    "Victory Day parade."
                ),
                "md",
                "t",
            ),
            Probe(
                (
                    "Few European leaders manage to keep both Paris and Moscow on side. Serbia, a candidate to "
                    "join the EU that has refused to impose sanctions on Russia, has made balancing the core of "
                    "its foreign policy."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "The jets cost 2.7 billion euros, paid partly with a French state loan. French officials said "
                    'the deal would "anchor Serbia in Europe".'
                ),
                "mt",
                "d",
            ),
            Probe(
                (
                    "Serbia also operates Chinese air defence missiles and Chinese armed drones, delivered in "
                    "2022 on Chinese air force transport planes that flew across Turkish and Bulgarian airspace."
                ),
                "m",
            ),
            Probe(
                (
                    "Its army's tanks and most of its MiG-29 fighters came from Russia and Belarus, some of them "
                    "as gifts."
                ),
                "m",
            ),
            Probe(
                (
                    "Energy ties run east as well. Russia's Gazprom Neft owns a majority of NIS, Serbia's only "
                    "oil refiner, and Russian gas reaches Serbia through the TurkStream pipeline under the Black "
                    "Sea."
                ),
                "t",
            ),
            Probe(
                (
                    "American sanctions on the refiner's Russian owners took effect in October, forcing the "
                    "refinery near Pancevo to cut output and threatening the supply of crude through a pipeline "
                    "from Croatia."
                ),
                "t",
            ),
            Probe(
                (
                    '"We did not choose this war and we will not pay for it," Milic said in a televised address, '
                    'accusing Washington of "punishing Serbia for someone else\'s sins".'
                ),
                "td",
                "m",
            ),
            Probe(
                (
                    "The government has asked Gazprom Neft to sell its stake, possibly to a Hungarian or Emirati "
                    "buyer, and the US Treasury has given it until February to find one."
                ),
                "td",
            ),
            Probe(
                (
                    "Brussels, meanwhile, has grown impatient. The EU has frozen talks on two chapters of "
                    "Serbia's accession, citing its failure to align with the bloc's foreign policy, including "
                    "sanctions on Russia."
                ),
                "dt",
            ),
            Probe(
                (
                    "Serbia still refuses to recognise Kosovo's independence, a stance on which it has the "
                    "support of Moscow and Beijing at the UN Security Council."
                ),
                "d",
            ),
            Probe(
                (
                    "Relations with Kosovo remain tense. Serbian troops were put on high alert in 2023 after a "
                    "gunfight between Kosovo police and armed Serbs at a monastery near the border."
                ),
                "md",
            ),
            Probe(
                (
                    "Protesters in Belgrade, who have marched for months against corruption since a railway "
                    'station roof collapsed, have little time for foreign policy. "The Rafales will not fix the '
                    'trains," read one banner.'
                ),
                "",
                "m",
            ),
            Probe(
                (
                    "Milic's allies say the purchase of French jets shows that Serbia is nobody's client. His "
                    "critics say it shows that he buys friends."
                ),
                "dm",
            ),
            Probe(
                (
                    "Serbia's defence ministry says it plans to buy 12 more Rafales once the first squadron is "
                    "ready, a decision that will depend on money and on Paris."
                ),
                "m",
                "td",
            ),
            Probe(
                (
                    "French and Serbian air force pilots will hold their first joint exercise next spring, the "
                    "ministry said."
                ),
                "md",
            ),
        ],
    ),
    (
        "Analysis: In Hesse's Coalition, A Ceasefire Nobody Believes In",
        [
            Probe(
                (
                    "WIESBADEN - After two months of open warfare over a school funding law, the two parties "
                    "governing the German state of Hesse have agreed a ceasefire of sorts: a joint statement, a "
                    "new timetable and a promise to stop briefing against each other."
                ),
                "",
            ),
            Probe(
                (
                    "The statement, signed by both party leaders on Tuesday, commits the coalition to passing the "
                    "law by March, with 200 million euros more for teachers' pay than first planned."
                ),
                "",
            ),
            Probe(
                (
                    "It was negotiated over three nights by the state's finance minister and the leader of the "
                    "smaller party's group in the state parliament, who acted as mediators when the two party "
                    "leaders stopped speaking to each other."
                ),
                "",
            ),
            Probe(
                (
                    '"This was not diplomacy, it was marriage counselling," said one lawmaker who took part. '
                    '"Nobody wanted to be the one who walked out."'
                ),
                "",
            ),
            Probe(
                (
                    "The row began when the education minister announced cuts to schools in rural districts, a "
                    "stronghold of the smaller party, without consulting her partners."
                ),
                "",
            ),
            Probe(
                (
                    "The smaller party threatened to leave the government, which would have forced an early "
                    "election that polls suggest both would lose to the far right."
                ),
                "",
            ),
            Probe(
                (
                    "Teachers' unions welcomed the extra money but said the truce did nothing for the 1,200 "
                    "vacant posts in the state's schools."
                ),
                "",
            ),
            Probe(
                (
                    'The opposition called the agreement "a peace treaty between two parties that have lost the '
                    'war with reality".'
                ),
                "",
            ),
            Probe(
                (
                    "Political scientists say the coalition's survival now depends on the state budget, due in "
                    'the autumn, and on relations between the party leaders, which one described as "frozen".'
                ),
                "",
            ),
            Probe(("The next test comes in April, when the coalition must agree on funding for the police."), ""),
        ],
    ),
    (
        "Analysis: A Chinese Research Station In Iceland Divides The Arctic Council",
        [
            Probe(
                (
                    "REYKJAVIK - When the Arctic Council's senior officials met in Akureyri this week, the agenda "
                    "listed black carbon, shipping safety and a report on melting permafrost. What took up most "
                    "of the two days, according to four people who were there, was a building that does not yet "
                    "exist."
                ),
                "d",
            ),
            Probe(
                (
                    "Iceland's government last month gave a Chinese state institute permission to expand its "
                    "aurora observatory in the north of the country into a year-round research station with a "
                    "runway, a harbour for research ships and housing for 60 staff, at a cost of about $150 "
                    "million paid by Beijing."
                ),
                "dt",
                "m",
            ),
            Probe(
                (
                    "American and Danish officials told the meeting that such a station could track satellites "
                    "and submarines and would give China's navy a port of call in the North Atlantic, the people "
                    "said."
                ),
                "md",
            ),
            Probe(
                (
                    'China has been an observer at the council since 2013. It calls itself a "near-Arctic state", '
                    "a phrase that irritates several of the eight members."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    '"Observers observe," the US senior official, Karen Whitfield, said afterwards. "They do not '
                    'build harbours in the middle of the North Atlantic."'
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Iceland's foreign minister, Sigrun Helgadottir, said the project was a matter for Iceland "
                    'alone and had been vetted by its security services. "We welcome science from every country, '
                    'and we welcome the investment," she said. "We are not selling land to anyone."'
                ),
                "dt",
            ),
            Probe(
                (
                    "Iceland has no army. It is defended under a 1951 agreement by the United States, which keeps "
                    "rotating maritime patrol aircraft at the old naval air station at Keflavik, and by NATO "
                    "allies who take turns policing its airspace."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The dispute has added to the council's troubles. Its work was frozen for more than a year "
                    "after Russia's invasion of Ukraine, and the seven Western members still do not meet Russian "
                    "officials in person."
                ),
                "d",
            ),
            Probe(
                (
                    "Russia's representative, who attended online, said the council had become \"a NATO club with "
                    'snow" and supported Iceland\'s "sovereign right" to choose its partners.'
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Chinese investment in the Nordic Arctic has stalled in recent years. A Chinese businessman's "
                    "plan to buy a large tract of land in north-east Iceland for a resort was blocked in 2011, "
                    "and Greenland turned down Chinese bids to build airports in 2018."
                ),
                "t",
            ),
            Probe(
                (
                    "Iceland's fishing industry, which sells a growing share of its mackerel and cod to China, "
                    "has backed the station. Its association said Beijing had hinted that a free trade agreement "
                    "signed in 2013 could be widened."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Denmark, which handles Greenland's foreign and defence policy, asked for the station to be "
                    "discussed at the council's ministerial meeting in May. Iceland objected that the council's "
                    "founding declaration excludes military security from its work."
                ),
                "d",
            ),
            Probe(
                (
                    "That exclusion, written in 1996, was meant to keep the council out of disputes between "
                    "Moscow and Washington. It now prevents members from talking about what worries them most, "
                    "several diplomats said."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    'Scientists at the meeting were less troubled. "We have shared data with the Chinese '
                    'institute for ten years and it has been excellent," said one Norwegian glaciologist.'
                ),
                "",
                "d",
            ),
            Probe(
                (
                    "The council's chair, Norway, said in its closing statement that members had held \"a frank "
                    'exchange of views on research cooperation" and would return to the subject.'
                ),
                "d",
                "m",
            ),
        ],
    ),
]
