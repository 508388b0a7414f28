"""A thirty-fifth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: world newswire round-ups and short agency stories (a
dateline, four to seven paragraphs of one sentence each, carried by the story rather than by each paragraph) on
subjects told through people, procedure and events (a consular visit to a citizen held abroad, an extradition request
refused, a militia ambush on an army convoy and the army's reply, a drone strike across a border answered with a
protest note, a wheat supply deal between two states extended, a naval drill near islands two states claim, a
round-up of six briefs); and two look-alikes with no theme (a court acquitting a police officer of a shooting at
home, a football federation's sanctions on a club).
Blind, main's rules got 6 of these 56 paragraphs wrong (diplomacy missed twice, military twice, trade once; trade
given once): a consular case continued through the family's account of the arrest; an ambush continued through a
closed road and an empty market; border talks on "their" frontier; a naval drill continued as "the exercise"; power
from a dam shared between two states; and the look-alike's "sanctions" of a football federation read as trade.
After this round's mends (a drill named in the lead told on as "the exercise"; the Court of Arbitration for Sport as
a cue against trade; a relative's account, "His family says", as a word of a consular case), 3.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

THIRTYFIFTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Dutch Ambassador Visits Engineer Held In Belarus",
        [
            Probe(
                "MINSK, March 14 (Globewire) - The Dutch ambassador to Belarus on Thursday visited a Dutch engineer "
                "held in a Minsk jail for the first time, six weeks after his arrest at the airport, the foreign "
                "ministry in The Hague said.",
                "d",
            ),
            Probe(
                "Pieter Hoekstra, 46, was detained on Feb. 1 as he tried to board a flight to Warsaw and has been "
                "charged with photographing a restricted site.",
                "d",
            ),
            Probe(
                "His family says he was taking pictures of a wooden church for a book on rural architecture.",
                "d",
            ),
            Probe(
                "The ambassador found him in good health and brought him books and letters from home, a ministry "
                "spokeswoman said.",
                "d",
            ),
            Probe(
                "The Netherlands has asked for his release and says Minsk delayed consular access for five weeks, in "
                "breach of the Vienna convention.",
                "d",
            ),
            Probe(
                "Belarus's foreign ministry said the case was a matter for the courts and that access had been "
                "granted as the law requires.",
                "d",
            ),
            Probe("A first hearing is set for April 2.", "", "d"),
        ],
    ),
    (
        "Norway Refuses To Extradite Kurdish Publisher To Turkey",
        [
            Probe(
                "OSLO, May 6 (Globewire) - Norway's justice ministry on Monday turned down a Turkish request to "
                "extradite a Kurdish publisher whom Ankara accuses of belonging to a banned group, saying he could "
                "not expect a fair trial.",
                "d",
            ),
            Probe(
                "Ankara had sought Serhat Demir, 52, who has lived in Bergen since 2009, under a warrant issued by a "
                "court in Diyarbakir.",
                "d",
            ),
            Probe(
                "The ministry said the charges rested mainly on articles he had printed and on his presence at "
                "rallies.",
                "d",
            ),
            Probe(
                "Turkey's embassy in Oslo said it regretted the decision and would raise it with the Norwegian "
                "government.",
                "d",
            ),
            Probe(
                "Demir told reporters outside his home that he was relieved and would keep publishing.",
                "",
                "d",
            ),
            Probe(
                "Since lifting its veto on Sweden's and Finland's entry into NATO, Turkey has asked Nordic states to "
                "hand over dozens of people it calls terrorists.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Gunmen Ambush Army Convoy In Western Niger, 17 Soldiers Killed",
        [
            Probe(
                "NIAMEY, Aug 19 (Globewire) - Gunmen on motorbikes ambushed an army supply convoy near the border with "
                "Mali on Sunday, killing 17 soldiers, Niger's defence ministry said.",
                "m",
            ),
            Probe(
                "The attackers set fire to six fuel tankers and drove off with two pickup trucks, the ministry said in "
                "a statement read on state television.",
                "m",
            ),
            Probe(
                "No group claimed the attack, but an Islamic State affiliate is active in the area.",
                "m",
            ),
            Probe(
                'The army said it had hit back with air strikes the next morning, killing "dozens of terrorists" in '
                "their hideouts.",
                "m",
            ),
            Probe(
                "Residents of the nearby town of Banibangou said the road had been closed and the weekly market stood "
                "empty.",
                "m",
            ),
            Probe("Three days of national mourning were declared.", "m"),
            Probe(
                "It was the deadliest attack on the army since the junta took power in July last year.",
                "m",
            ),
        ],
    ),
    (
        "Kyrgyzstan Hands Protest Note After Drone Hits Border Post",
        [
            Probe(
                "BISHKEK, Sept 3 (Globewire) - A drone launched from Tajikistan struck a Kyrgyz border post in the "
                "Batken region overnight, wounding two guards, Kyrgyzstan's border service said.",
                "m",
            ),
            Probe(
                "The foreign ministry handed a protest note to Tajikistan's ambassador on Tuesday morning and "
                "demanded an explanation.",
                "d",
                "m",
            ),
            Probe(
                "Dushanbe denied launching any drone and said its own posts had come under fire from the Kyrgyz side.",
                "md",
            ),
            Probe(
                "The two countries fought brief border wars in 2021 and 2022 that killed more than 100 people.",
                "m",
                "d",
            ),
            Probe(
                "Talks on marking the remaining stretches of their 970-km frontier are due to resume in October.",
                "d",
            ),
            Probe(
                "Villagers in Ak-Sai said they heard a buzzing sound and then a blast shortly after 2 a.m.",
                "m",
            ),
        ],
    ),
    (
        "Egypt, Ukraine Extend Wheat Supply Deal For Another Year",
        [
            Probe(
                "CAIRO, Jan 10 (Globewire) - Egypt and Ukraine agreed on Wednesday to extend for another year a deal "
                "under which Egypt's state buyer takes up to 1.5 million tonnes of Ukrainian wheat, Egypt's supply "
                "ministry said.",
                "td",
            ),
            Probe(
                "The deal, first signed in 2023, lets Egypt pay part of the price in Egyptian pounds.",
                "t",
                "d",
            ),
            Probe(
                "The wheat reaches Alexandria and Damietta from ports on the Danube, avoiding Black Sea routes that "
                "Russian drones have targeted.",
                "t",
                "m",
            ),
            Probe(
                "Egypt is the world's largest wheat importer and buys most of its wheat from Russia.",
                "t",
            ),
            Probe(
                "Ukraine's ambassador in Cairo called the extension a sign of trust between the two countries.",
                "d",
                "t",
            ),
            Probe(
                "Bread subsidised by the state feeds about 70 million Egyptians.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Vietnam Protests Chinese Naval Drill Near Paracel Islands",
        [
            Probe(
                "HANOI, June 22 (Globewire) - Vietnam on Thursday protested a Chinese naval exercise near the "
                "disputed Paracel Islands and demanded that Beijing call it off.",
                "md",
            ),
            Probe(
                "China's maritime safety administration closed an area of sea south-east of Woody Island to shipping "
                "for five days of live-fire drills starting Friday.",
                "m",
            ),
            Probe(
                "A foreign ministry spokeswoman in Hanoi said the drill violated Vietnam's sovereignty and threatened "
                "the safety of its fishermen.",
                "md",
            ),
            Probe(
                "Beijing says the islands, which it seized from South Vietnam in 1974, are its territory.",
                "d",
                "m",
            ),
            Probe(
                "Three destroyers and a supply ship took part, China's state broadcaster reported.",
                "m",
            ),
            Probe(
                "Fishing boats from Quang Ngai province were told to stay in port until the exercise ends.",
                "m",
            ),
        ],
    ),
    (
        "World Briefs",
        [
            Probe(
                "SEOUL - North Korea fired two short-range ballistic missiles into the sea off its east coast on "
                "Wednesday, South Korea's joint chiefs of staff said.",
                "m",
            ),
            Probe(
                "NAIROBI - Kenya and Ethiopia signed an agreement to share power from a dam on the Omo river during a "
                "visit by Ethiopia's prime minister.",
                "td",
            ),
            Probe(
                "LIMA - Peru's congress voted to remove the mayor of Lima over the misuse of public funds.",
                "",
            ),
            Probe(
                "ANKARA - Turkey raised tariffs on Chinese electric cars to 40 percent, the trade ministry said.",
                "t",
                "d",
            ),
            Probe(
                "THE HAGUE - The International Court of Justice will rule next month on a border dispute between "
                "Guyana and Venezuela.",
                "d",
            ),
            Probe(
                "MANILA - A ferry carrying 120 passengers ran aground off Mindoro island; no one was hurt, the coast "
                "guard said.",
                "",
            ),
        ],
    ),
    (
        "Court Acquits Officer Who Shot Teenager At Traffic Stop",
        [
            Probe(
                "LYON, Oct 8 (Globewire) - A French court on Tuesday acquitted a police officer who shot dead a "
                "17-year-old driver at a traffic stop two years ago, ruling that he had acted in self-defence.",
                "",
            ),
            Probe(
                "The officer fired a single shot through the car window as the teenager drove off, hitting him in "
                "the chest.",
                "",
            ),
            Probe(
                "Prosecutors had asked for a three-year suspended sentence for manslaughter.",
                "",
            ),
            Probe(
                'The boy\'s family said they would appeal and called the ruling "a licence to kill".',
                "",
            ),
            Probe(
                "Hundreds of people gathered outside the courthouse, and riot police fired tear gas when some threw "
                "stones.",
                "",
            ),
            Probe(
                "The interior minister said he respected the decision and called for calm.",
                "",
            ),
        ],
    ),
    (
        "Federation Docks Points From Club Over Racist Abuse",
        [
            Probe(
                "ZAGREB, Nov 14 (Globewire) - Croatia's football federation on Thursday docked six points from Rijeka "
                "and ordered its next two home games played in an empty stadium after fans racially abused a visiting "
                "player.",
                "",
            ),
            Probe(
                "The club was also fined 40,000 euros and barred from registering new foreign players for one "
                "transfer window.",
                "",
            ),
            Probe(
                "Rijeka said the sanctions were unjust and that it would take its case to the Court of Arbitration "
                "for Sport.",
                "",
            ),
            Probe(
                "The player, a Ghana international, left the pitch in tears in the 70th minute and the referee "
                "halted the match.",
                "",
            ),
            Probe(
                "Police identified eleven supporters from stadium cameras and said they would be banned from all "
                "matches for three years.",
                "",
            ),
            Probe(
                "UEFA said it was following the case.",
                "",
            ),
        ],
    ),
]
