"""A seventy-third batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: state visits, royals, protocol and gifts between states,
as agency copy, the regional press, the financial press and a local weekly tell them. A king's state visit with a
banquet toast and deals signed on the side, a president's gift of a horse to another state's leader, a protocol row
over a flag hung upside down and a seating plan, a king's order given to a visiting president, a royal wedding with
foreign heads of state and an ambassador left off the list, a prime minister who stays away from a coronation, a
guard of honour and a flypast for a visiting president who has come to buy tanks; with the look-alikes that carry none
of the three themes: a pop star's "royal" welcome, a football club's "state visit" to a rival's ground with a "guard of
honour" of youth players, a town's twinning ceremony with a local choir, a racehorse given to a riding school, a
wedding fair, a hospital's "protocol" for visits, a school's honours evening and a "flypast" of geese.

Boundaries judged here: a state visit's welcome, banquet toast, and a minister raising jailed bloggers with his
counterpart are diplomacy; agreements signed on the visit trade and diplomacy, trade figures between the two states
trade, a business delegation trade (diplomacy optional), a queen's visit to a hospital abroad only optional
diplomacy, a navy's purchase of warships from the visitor's country military (trade and diplomacy optional); a horse
given by one president to another and such gifts as statecraft diplomacy, the horse's stable at a cavalry regiment
optional diplomacy and military, gas talks on the visit trade and diplomacy, a firm's contract for a plant abroad trade
(diplomacy optional), rights groups on the visit diplomacy (trade optional); a flag hung upside down at a forum and the
host's apology diplomacy, what the upside-down flag signals only optional military and diplomacy, a seating plan that
slights a member state and its minister's walkout diplomacy, a power grid agreed at the forum trade and diplomacy; an
order given to a visiting president and the gifts exchanged diplomacy, lawmakers at home objecting to the order
diplomacy, investment by one state's firms in the other trade (diplomacy optional), a training ship's voyage agreed by
defence ministers military and diplomacy; foreign heads of state at a royal wedding and an ambassador left off the
list diplomacy, a president's working lunch on cross-border workers diplomacy (trade optional), foreign police lent
for security optional military and diplomacy, the gown and the crowds no theme; a coronation with foreign dignitaries
and a prime minister staying away from it diplomacy, loans for roads from a foreign state trade and diplomacy (a navy
band optional military), a warship's salute military (diplomacy optional); a flypast and a guard of honour for a
visiting president diplomacy (military optional), tank and howitzer purchases talked of on the visit military, trade
and diplomacy, ships ordered from the host's yards trade (diplomacy optional), a social security agreement diplomacy
(trade optional), a third state's scorn for the visit as an "arms bazaar" military and diplomacy (trade optional);
every look-alike no theme. Blind, main's rules got 7 of these 61 paragraphs wrong, none of them a label slip:
diplomacy missed for a king flying on to a second city of his state visit; trade missed for a power grid that lets four
countries "trade electricity", for a state's loans for roads (diplomacy missed there too, and military given for a navy
band) and for a purchase of tanks and howitzers talked of by two presidents; military given to a social security
agreement for "posted" workers; diplomacy given to a football club's "state visit" and to its rivals' "guard of honour"
of youth players. Mended: "the king" of the lead going on with his state visit, electricity traded between the states
that are the verb's doers, money lent to a state, a social security agreement as no security of arms, and a state
visit's ceremony told of a sports side as no ceremony of states (see test_theme_state_ceremonies.py): 2 left; then a
deal told by its worth in money as trade (see test_theme_worth_and_warships.py) mended the purchase of tanks and
howitzers that two presidents talked of: 1 left. Left by pattern: diplomacy missed for a state's loans told beside the
navy band it sent to a coronation (trade now found). All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SEVENTYTHIRD_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Dutch king toasts 'friendship of water' as Vietnam deals are signed",
        [
            Probe(
                "HANOI, March 3 (Corbel) - King Maurits of the Netherlands began a three-day state visit to Vietnam "
                "on Monday, the first by a Dutch monarch, and was welcomed by President Luong Duc Thanh with a 21-gun "
                "salute and a guard of honour at the Presidential Palace.",
                "d",
            ),
            Probe(
                'At a state banquet that evening, the king raised his glass to what he called "a friendship of '
                'water" between two low-lying nations that have spent centuries keeping the sea out.',
                "d",
            ),
            Probe(
                "On the sidelines of the visit, ministers of the two governments signed 14 agreements worth about "
                "1.3 billion euros, among them a contract for Dutch dredging firms to deepen the channel to the port "
                "of Haiphong and a loan for flood barriers in the Mekong delta.",
                "td",
            ),
            Probe(
                "Trade between the two countries reached 11 billion euros last year, with Vietnam shipping phones, "
                "shoes and shrimp to Rotterdam and buying Dutch machinery and dairy products.",
                "t",
                "d",
            ),
            Probe(
                "A delegation of some 90 Dutch companies travelled with the king, led by the minister for foreign "
                "trade, Ineke Voskuil.",
                "t",
                "d",
            ),
            Probe(
                "Queen Adelheid visited a children's hospital in Hue that a Dutch foundation has supported since the "
                "1990s, and was given a conical hat by the young patients.",
                "",
                "d",
            ),
            Probe(
                "Human rights groups had urged The Hague to raise the cases of three jailed bloggers. Dutch Foreign "
                'Minister Ruud Hakkenberg told reporters he had done so "clearly" in talks with his Vietnamese '
                "counterpart, who gave no answer in public.",
                "d",
            ),
            Probe(
                "The king flies on Wednesday to Ho Chi Minh City, where he will open a water-management institute "
                "built with Dutch money and meet students.",
                "d",
                "t",
            ),
            Probe(
                "Vietnam's navy, which has bought four Dutch-built patrol ships since 2012, is in talks for two more, "
                "a defence ministry official said, though no contract was signed during the visit.",
                "m",
                "td",
            ),
            Probe(
                "Back home, a poll for a Dutch broadcaster found that 61 percent of voters support the monarchy, "
                "four points fewer than a year ago.",
                "",
            ),
        ],
    ),
    (
        "Turkmen leader gives French president a golden stallion as gas plans advance",
        [
            Probe(
                "ASHGABAT - Turkmenistan's president, Myrat Gulyyev, presented his French counterpart, Paul Dessaint, "
                "with a golden-coated Akhal-Teke stallion on Tuesday at the end of their talks in the marble "
                "presidential palace.",
                "d",
            ),
            Probe(
                "The horse, of a breed that Turkmens treat as a national treasure, will be flown to France next month "
                "and stabled with the mounted cavalry regiment of the Republican Guard in Paris.",
                "",
                "dm",
            ),
            Probe(
                "Gifts of horses have long been part of Turkmen statecraft: Gulyyev's predecessors gave stallions to "
                "the leaders of Russia, China and Britain, and the breed's image is stamped on the state emblem.",
                "d",
            ),
            Probe(
                "The two presidents also discussed French help to build a gas processing plant on the Caspian coast "
                "and the long-stalled idea of a pipeline under the sea to carry Turkmen gas towards Europe.",
                "td",
            ),
            Probe(
                "A French engineering group, Verlaine Industries, said it expected to sign a 600 million euro "
                "contract to build the plant before the end of the year.",
                "t",
                "d",
            ),
            Probe(
                "Rights groups criticised the trip, saying Paris was flattering one of the world's most closed "
                "governments for the sake of its gas.",
                "d",
                "t",
            ),
            Probe(
                "In Normandy, meanwhile, a retired jockey, Gilles Paumier, has given his last racehorse to a riding "
                "school for children with disabilities near Caen, where it will carry its first pupils this week.",
                "",
            ),
            Probe(
                '"He was a gift to me for 15 years; now he is theirs," Paumier said.',
                "",
            ),
        ],
    ),
    (
        "Manila protests as its flag is hung upside down at regional forum",
        [
            Probe(
                "MANILA - The Philippines lodged a protest with Malaysia on Tuesday after its flag was hung upside "
                "down at the opening of a regional energy forum in Kuala Lumpur attended by the Philippine vice "
                "president.",
                "d",
                "t",
            ),
            Probe(
                "A Philippine flag flown with its red band on top is a signal that the country is at war.",
                "",
                "dm",
            ),
            Probe(
                "Malaysia's foreign ministry apologised within hours, calling it \"an honest mistake by a "
                "contractor\" and saying the flag had been put right before the leaders' session.",
                "d",
            ),
            Probe(
                "The row followed a dispute over the seating plan at the same forum, where the delegation of "
                "Timor-Leste, the regional bloc's newest member, was placed behind the observers rather than among "
                "the members.",
                "d",
            ),
            Probe(
                "Timor-Leste's foreign minister, Joaquim Soares Lemos, left the official dinner early and said his "
                'country had "not come to sit at the children\'s table".',
                "d",
            ),
            Probe(
                "The forum ended on Wednesday with an agreement to study a power grid linking Malaysia, Brunei, "
                "Indonesia and the Philippines, which could let the four countries trade electricity by 2035.",
                "td",
            ),
            Probe(
                "Organisers said 1,200 delegates had attended, twice as many as last year.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Spanish king gives Chile's president highest order on state visit",
        [
            Probe(
                "MADRID - King Alonso conferred the Collar of the Order of Isabella the Catholic on Chile's president, "
                "Matias Orellana, on Wednesday at the start of a two-day state visit, the highest honour Spain gives "
                "a foreign leader.",
                "d",
            ),
            Probe(
                "Orellana in turn presented the king with Chile's Order of Merit, and the two men exchanged gifts: a "
                "copper bowl from the Atacama mines and a first edition of a Spanish poet's verse.",
                "d",
            ),
            Probe(
                "In Santiago, opposition lawmakers said the president should have refused an order named after the "
                "queen who paid for Columbus's voyages, and demanded that he raise the return of colonial archives "
                "with his hosts.",
                "d",
            ),
            Probe(
                "Spanish companies are the second-largest foreign investors in Chile, with stakes in its power grid, "
                "water utilities and toll roads, and a lithium deal is expected to be signed on Thursday.",
                "t",
                "d",
            ),
            Probe(
                "The two defence ministers agreed that the Spanish navy's training ship will sail to Valparaiso next "
                "year for Chile's independence celebrations.",
                "md",
            ),
            Probe(
                "The king and queen will host the visitors at a gala at the Teatro Real on Wednesday night, with a "
                "programme of zarzuela and Chilean folk songs.",
                "d",
            ),
        ],
    ),
    (
        "Kings and presidents crowd Luxembourg cathedral for heir's wedding",
        [
            Probe(
                "LUXEMBOURG - Hereditary Grand Duke Gaspard married Countess Ilse Brandvold on Saturday in the "
                "cathedral before 1,400 guests, among them the kings of Belgium, Sweden and the Netherlands and the "
                "presidents of France and Portugal.",
                "d",
            ),
            Probe(
                "The bride wore an ivory silk gown by a Luxembourg designer and a diamond tiara lent by her "
                "grandmother.",
                "",
            ),
            Probe(
                "The French president used the trip for a working lunch with Luxembourg's prime minister on the "
                "taxes paid by the 120,000 French citizens who cross the border each day to work in the grand duchy.",
                "d",
                "t",
            ),
            Probe(
                "Security was the tightest the country has seen, with 2,000 police officers on duty and Belgian and "
                "French police lending helicopters and dog teams.",
                "",
                "md",
            ),
            Probe(
                "Russia's ambassador was not invited, the palace confirmed, in line with European governments' "
                "practice of keeping Moscow's envoys away from state occasions since 2022.",
                "d",
            ),
            Probe(
                'The Russian embassy called the decision "petty" and said it would not spoil relations between the '
                "two peoples.",
                "d",
            ),
            Probe(
                "About 40,000 people lined the streets of the old town to watch the couple's open carriage pass, "
                "and the bells of every church rang for ten minutes.",
                "",
            ),
        ],
    ),
    (
        "Fiji's prime minister stays away as Tonga crowns its king",
        [
            Probe(
                "NUKU'ALOFA - Tonga crowned King Aleamotu'a II on Saturday in a ceremony attended by the governors "
                "general of Australia and New Zealand, Japan's crown prince and China's vice president.",
                "d",
            ),
            Probe(
                "Fiji's prime minister stayed away and sent his deputy, in what Tongan officials privately called a "
                "snub after a year-long quarrel over fishing rights around the Minerva reefs.",
                "d",
                "t",
            ),
            Probe(
                "Fiji's government said the prime minister had long planned a visit to India for the same week and "
                "that no slight was meant.",
                "d",
            ),
            Probe(
                "China, which has lent Tonga more than $100 million for roads and government buildings, sent a navy "
                "band that played at the coronation banquet.",
                "td",
                "m",
            ),
            Probe(
                "An Australian navy frigate anchored off the capital fired a royal salute as the king left the chapel.",
                "m",
                "d",
            ),
            Probe(
                "Tongans celebrated with feasts of roast pig in every village, and schools were closed for the week.",
                "",
            ),
        ],
    ),
    (
        "Seoul rolls out flypast for Polish president as tank deal nears",
        [
            Probe(
                "SEOUL - South Korea welcomed Poland's president, Tomasz Wierzbicki, with a flypast of eight "
                "aerobatic jets and a guard of honour at the presidential office on Monday, the start of a four-day "
                "state visit.",
                "d",
                "m",
            ),
            Probe(
                "The two presidents held talks on the second stage of Poland's purchase of K2 tanks and K9 "
                "howitzers, a deal worth about $6 billion that both sides hope to sign before the summer.",
                "mtd",
            ),
            Probe(
                "Korean arms makers have become Poland's biggest foreign suppliers of weapons since Russia's "
                "invasion of Ukraine, as Warsaw doubles the size of its army.",
                "mt",
                "d",
            ),
            Probe(
                "Wierzbicki also visited a shipyard in Ulsan, where a Polish shipping company has ordered four "
                "liquefied natural gas carriers.",
                "t",
                "d",
            ),
            Probe(
                "The visit produced a social security agreement that spares workers posted to the other country "
                "from paying contributions twice.",
                "d",
                "t",
            ),
            Probe(
                'North Korea\'s state news agency called the visit "an arms bazaar" and said Seoul was feeding a war '
                "in Europe.",
                "md",
                "t",
            ),
        ],
    ),
    (
        "Harwick week: choirs sing for 40 years of twinning",
        [
            Probe(
                "HARWICK - The town's twinning association marked 40 years of links with Saint-Aubin-sur-Loire on "
                "Saturday with a ceremony in the market square, where the Harwick Male Voice Choir and a choir from "
                "the French town sang together.",
                "",
            ),
            Probe(
                "The mayor, Councillor Brenda Oakes, and her French counterpart exchanged gifts, a painting of the "
                "harbour and a case of local wine, and planted a cherry tree outside the library.",
                "",
            ),
            Probe(
                "The weekend also brought the town's first wedding fair in ten years to the Corn Exchange, where 40 "
                "florists, caterers and photographers met couples planning next summer's ceremonies.",
                "",
            ),
            Probe(
                "At Harwick General Hospital, a new protocol for visits comes into force on Monday: two visitors per "
                "bed, between 2pm and 8pm, and no visits to the children's ward during the flu season.",
                "",
            ),
            Probe(
                "Harwick Academy held its honours evening on Thursday, when 86 pupils received awards for sport, "
                "music and community service and the head girl was given the headteacher's medal.",
                "",
            ),
            Probe(
                "Birdwatchers at the Harwick Marshes reserve were treated to a flypast of about 3,000 pink-footed "
                "geese at dawn on Sunday as the birds arrived from Iceland for the winter.",
                "",
            ),
            Probe(
                "The reserve's warden said the count was the highest since records began in 1982.",
                "",
            ),
            Probe(
                "Singer Nova Jayde was given a royal welcome on her return to the town where she grew up, with "
                "hundreds of fans waiting outside her old school and the mayor presenting her with the keys to the "
                "town.",
                "",
            ),
            Probe(
                'Dunmore Rovers\' owner had billed the trip as a "state visit": 3,000 fans followed the club to its '
                "old rivals' new ground on Saturday, and came home beaten 4-0.",
                "",
            ),
            Probe(
                "The home side gave the visiting directors a lunch in the boardroom and formed a guard of honour of "
                "youth players as the teams walked out.",
                "",
            ),
            Probe(
                "Tickets for the twinning association's return trip to France in May are on sale at the library.",
                "",
            ),
        ],
    ),
]
