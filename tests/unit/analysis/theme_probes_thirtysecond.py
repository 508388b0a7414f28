"""A thirty-second batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: world news from broadcasters' websites (six to ten
paragraphs) on subjects the earlier batches leave out (a break-in at a foreign ministry's email blamed on another
state's spies, tankers of a "shadow fleet" that carry oil past a price cap, a General Assembly vote told by who voted
how, a sale of air defence systems to a Gulf state stopped by a parliament and the buyer's answer, an election abroad
with claims of foreign meddling, a drone factory built under licence in another state); and two look-alikes with no
theme (a court fight at home over a trade union's vote, a video game's "war").
Blind, main's rules got 11 of these 60 paragraphs wrong (trade missed 3 times, diplomacy 3, military once; military
given 3 times, diplomacy once, trade once): a shadow fleet's ships told on with no word of trade, weapons and gas as
"one package", parts "shipped from Turkey"; an election a state "tried to sway" and cash sent through its bank; troops
of a state "based" in a breakaway region among voters; "the assembly" of a UN story debating a famine (its war's
words, not the assembly's); "both generals" of the Security Council's story; a capital's ministry telling its
revenues beside sanctions; and the look-alike game's country at war and tariffs on rivals.
After this round's mend (goods shipped from a state are trade with it), 10.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

THIRTYSECOND_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Estonia Says Russian Spies Read Its Diplomats' Email For Months",
        [
            Probe(
                "TALLINN - Estonia's foreign ministry said on Wednesday that hackers working for Russia's military "
                "intelligence had broken into its email system and read messages from its embassies for at least "
                "four months.",
                "d",
                "m",
            ),
            Probe(
                "The break-in came to light in late August, when an engineer noticed odd traffic leaving a server in "
                "the ministry's basement, officials told reporters.",
                "",
                "d",
            ),
            Probe(
                "Foreign Minister Kaarel Saar summoned the Russian charge d'affaires and handed him a note of protest, "
                "the ministry said.",
                "d",
            ),
            Probe(
                'Moscow denied any part in it. "Tallinn blames Russia for everything, even its own weak passwords," '
                "the Russian embassy wrote on its Telegram channel.",
                "d",
            ),
            Probe(
                "Estonia's partners in NATO said they would share what they knew about the group behind the attack, "
                "which Western agencies link to a unit of the GRU.",
                "d",
                "m",
            ),
            Probe(
                "The European Union's foreign policy chief said the bloc was ready to add the officers responsible to "
                "its list of sanctions for cyberattacks.",
                "d",
                "t",
            ),
            Probe(
                "The ministry said no secret papers had been taken, because those are kept on a separate network "
                "with no link to the internet.",
                "",
                "d",
            ),
            Probe(
                "It was the third attack on an Estonian state body this year. In March, a hospital in Tartu lost its "
                "patient records for two days after a criminal gang planted ransomware.",
                "",
                "d",
            ),
            Probe(
                "Estonia, home to the alliance's centre for cyber defence since 2008, will host a NATO exercise on "
                "defending networks in December.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Shadow Fleet Grows As Tankers Slip Past Oil Price Cap",
        [
            Probe(
                "LONDON - At least 40 ageing tankers that carry Russian crude have moved to flags of convenience in "
                'the past six months, a maritime data firm said, a sign that Moscow\'s "shadow fleet" is growing '
                "despite Western efforts to enforce a price cap on its oil.",
                "t",
                "d",
            ),
            Probe(
                "The Group of Seven set the cap at $60 a barrel in December 2022, barring Western firms from insuring "
                "or shipping Russian oil sold above that price.",
                "t",
                "d",
            ),
            Probe(
                "Many of the ships are more than 20 years old and belong to companies registered in Dubai or the "
                "Marshall Islands that were set up only weeks before they bought them.",
                "t",
            ),
            Probe(
                '"They sail with their transponders off and move cargo from ship to ship off the coast of Greece," '
                "said Mira Holt, an analyst at the firm.",
                "t",
            ),
            Probe(
                "In January one such tanker lost power in the Baltic Sea and drifted for two days before tugs towed "
                "it to port, raising fears of a spill.",
                "",
                "t",
            ),
            Probe(
                "Denmark said last month it would start checking the insurance papers of tankers that pass through "
                "its straits, and Finland's coast guard boarded a ship suspected of cutting an undersea cable.",
                "t",
                "md",
            ),
            Probe(
                "The Kremlin calls the cap illegal and says it will not sell oil to countries that observe it. India "
                "and China, which have bought most of Russia's seaborne crude since 2022, take no part in it.",
                "t",
                "d",
            ),
            Probe(
                "Russia's oil and gas revenues fell by a fifth in the first half of the year, the finance ministry in "
                "Moscow said, though officials blamed lower world prices rather than sanctions.",
                "t",
            ),
            Probe(
                "Insurers in London said they had lost business to new firms in Moscow and Hong Kong that cover the "
                "tankers without asking what the oil was sold for.",
                "t",
            ),
        ],
    ),
    (
        "UN Assembly Demands Sudan Ceasefire: Who Voted How",
        [
            Probe(
                "NEW YORK - The UN General Assembly on Thursday adopted a resolution demanding an immediate ceasefire "
                "in Sudan, by 134 votes to 9, with 31 abstentions.",
                "d",
                "m",
            ),
            Probe(
                "The text, drafted by Norway and Ghana, also calls on states to stop sending weapons to either side "
                "in the war between the army and the Rapid Support Forces.",
                "dm",
            ),
            Probe(
                "Among those voting against were Russia, Belarus and Nicaragua. Russia's deputy ambassador said the "
                "resolution meddled in Sudan's internal affairs.",
                "d",
            ),
            Probe(
                "China, India and most Gulf states abstained. The United Arab Emirates, which UN experts have accused "
                'of arming the RSF, said it rejected "baseless claims" and voted in favour.',
                "d",
                "m",
            ),
            Probe(
                "Unlike those of the Security Council, the assembly's resolutions are not binding, but diplomats said "
                "the size of the vote sent a message to both generals.",
                "d",
            ),
            Probe(
                "More than 150,000 people are believed to have been killed since fighting broke out in April 2023, "
                "and about 12 million have fled their homes.",
                "m",
            ),
            Probe(
                "Aid agencies said the vote would mean little unless the two sides let lorries cross the front lines. "
                "A convoy of 20 trucks carrying flour has been stuck at the Chad border for three weeks.",
                "m",
                "d",
            ),
            Probe(
                "The assembly is due to debate a separate resolution on the famine in Darfur next month.",
                "d",
            ),
        ],
    ),
    (
        "Norwegian MPs Stop Air Defence Sale To Qatar; Doha Hits Back",
        [
            Probe(
                "OSLO - Norway's parliament on Tuesday blocked the sale of three air defence batteries to Qatar, "
                "voting 88 to 81 to withhold an export licence the government had promised in the spring.",
                "m",
                "dt",
            ),
            Probe(
                "The batteries, made by a state-owned group near Kongsberg, were part of an order worth about 9 "
                "billion crowns, the largest in the company's history.",
                "m",
                "t",
            ),
            Probe(
                "Lawmakers from three opposition parties and the Greens said Qatar's role in wars in the region and "
                "its treatment of migrant workers made the sale impossible to defend.",
                "m",
                "d",
            ),
            Probe(
                "Qatar recalled its ambassador from Oslo for consultations on Wednesday and said it was reviewing all "
                "of its cooperation with Norway.",
                "d",
            ),
            Probe(
                "Hours later, QatarEnergy said it would not renew a contract to supply liquefied gas to a Norwegian "
                "utility when it expires in March.",
                "t",
                "d",
            ),
            Probe(
                '"Doha is showing us that weapons and gas come as one package," said Ingrid Berg, a researcher at the '
                "Norwegian Institute of International Affairs.",
                "tm",
                "d",
            ),
            Probe(
                "Prime Minister Olav Nes said he regretted the vote but would respect it, and that Norway valued its "
                "friendship with Qatar, which hosted talks between Norway's mediators and armed groups in the past.",
                "d",
                "m",
            ),
            Probe(
                "The company said 400 jobs could go if it found no other buyer for the systems.",
                "",
                "mt",
            ),
        ],
    ),
    (
        "Moldova Votes Amid Claims Of Russian Meddling",
        [
            Probe(
                "CHISINAU - Moldovans voted on Sunday in a parliamentary election that the government says Russia has "
                "tried to sway with cash, fake news and bomb threats at polling stations abroad.",
                "d",
            ),
            Probe(
                "Police said they had found about $15 million sent to voters through a Russian bank over the summer, "
                "paid to those who promised to back parties that oppose joining the European Union.",
                "d",
                "t",
            ),
            Probe(
                'The Kremlin dismissed the claims as "Russophobia" and said Chisinau was trying to hide its own '
                "failures behind Moscow's name.",
                "d",
            ),
            Probe(
                "Long queues formed outside polling stations in Italy, Germany and Romania, where hundreds of "
                "thousands of Moldovans live and work.",
                "",
            ),
            Probe(
                "The pro-European ruling party was ahead with 46 percent of the vote after most ballots had been "
                "counted, the electoral commission said.",
                "",
            ),
            Probe(
                "Observers from the OSCE said the vote was competitive but that the campaign had been marked by "
                '"massive foreign interference" and a flood of false videos on social media.',
                "d",
            ),
            Probe(
                "In Transnistria, the breakaway region where about 1,500 Russian troops are based, voters had to "
                "cross the river to reach polling stations after bridges were closed for hours.",
                "m",
                "d",
            ),
            Probe(
                "President Ana Ciobanu, who won a second term last year, said the result showed Moldovans wanted "
                "their future in Europe. Brussels congratulated her party within the hour.",
                "d",
            ),
        ],
    ),
    (
        "Turkish Drones To Be Built In Kazakhstan Under Licence",
        [
            Probe(
                "ASTANA - A factory that will build Turkish-designed attack drones opened outside Astana on Friday, "
                "the first plant to make the aircraft outside Turkey under licence.",
                "m",
                "td",
            ),
            Probe(
                "The joint venture between Kazakhstan's state defence holding and the Turkish maker will assemble up "
                "to 30 drones a year, first for Kazakhstan's air force and later for export.",
                "m",
                "t",
            ),
            Probe(
                "Turkey's defence minister, who cut the ribbon beside his Kazakh counterpart, said the plant showed "
                'the "brotherhood of Turkic states" was more than words.',
                "md",
            ),
            Probe(
                "About 60 percent of the parts will be shipped from Turkey at first, including the engines and "
                "cameras, with the share made in Kazakhstan to rise over five years.",
                "t",
                "m",
            ),
            Probe(
                "Kazakhstan, which buys most of its weapons from Russia, has been trying to find other suppliers "
                "since the war in Ukraine began.",
                "m",
                "dt",
            ),
            Probe(
                "Moscow has said nothing in public about the deal. A Russian newspaper close to the defence ministry "
                'called it "a test of Astana\'s loyalty".',
                "d",
                "m",
            ),
            Probe(
                "The factory will employ about 350 people, most of them engineers trained in Ankara and Istanbul.",
                "",
                "m",
            ),
            Probe(
                "Similar drones were used by Azerbaijan in its war with Armenia in 2020 and by Ukraine in the first "
                "weeks after Russia invaded.",
                "m",
            ),
        ],
    ),
    (
        "Court Hears Fight Over Dockers' Union Vote",
        [
            Probe(
                "The High Court in London heard on Monday a challenge to the result of a leadership vote in the "
                "country's biggest dockers' trade union, brought by a candidate who lost by 212 votes.",
                "",
            ),
            Probe(
                "Lawyers for Dan Farrow said ballots had been sent to thousands of members at old addresses and that "
                "the union's general secretary had used its magazine to campaign for her ally.",
                "",
            ),
            Probe(
                "The union, which represents 40,000 workers at ports from Southampton to Glasgow, denies any "
                "wrongdoing and says the vote was run by an independent firm.",
                "",
            ),
            Probe(
                "The Trades Union Congress said it would not comment on a matter before the courts.",
                "",
            ),
            Probe(
                "The judge is expected to rule before Christmas. If she orders a new ballot, it would be the first "
                "time a British court has done so since 1998.",
                "",
            ),
        ],
    ),
    (
        "Review: 'Iron Frontier' Turns War Into A Spreadsheet",
        [
            Probe(
                "The latest strategy game from the Warsaw studio Gray Owl asks players to run a country at war, "
                "moving armies across a map of an invented continent.",
                "",
            ),
            Probe(
                "You sign treaties, break them, impose tariffs on rivals and send spies to their capitals, all "
                "through menus that look like a tax return.",
                "",
            ),
            Probe(
                "The battles themselves are over in seconds. What takes hours is the supply of fuel and shells to "
                "the front, which the game tracks down to the last lorry.",
                "",
            ),
            Probe(
                "The studio says it sold 300,000 copies in the first week, and the game has already passed a million "
                "players on the Steam platform.",
                "",
            ),
            Probe(
                "It is not for everyone. But if you ever wanted to be a quartermaster rather than a general, there is "
                "nothing else quite like it.",
                "",
            ),
        ],
    ),
]
