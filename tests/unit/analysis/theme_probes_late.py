"""A fifth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for the
format), written and labelled after the fourth batch's misses were mended and run blind once, to check that those
mends generalise: a coup attempt, a besieged city, a peacekeeping mandate, visa bans, a recalled ambassador, a prisoner
exchange, a border crossing reopened, ministers meeting, and look-alikes (national teams, a teachers' strike, floods).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

LATE_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Soldiers Foil Coup Attempt, Government Says",
        [
            Probe(
                "Soldiers loyal to the government repelled an attempt to seize the presidential palace before dawn "
                "on Friday, the information minister said in a broadcast.",
                "m",
            ),
            Probe(
                "Heavy gunfire was heard for about two hours around the palace and the state broadcaster, residents "
                "said, and armoured vehicles blocked the main bridges.",
                "m",
            ),
            Probe("Eleven officers and a number of civilians have been detained, the minister said.", "m"),
            Probe(
                "The regional bloc condemned what it called an attempt to take power by force and sent its envoy to "
                "the capital.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Paramilitary Fighters Tighten Grip Around Besieged City",
        [
            Probe(
                "Paramilitary fighters tightened their grip around the besieged city on Wednesday, cutting the last "
                "road used to bring in food and fuel, aid groups said.",
                "m",
            ),
            Probe(
                "Shells landed near a displacement camp on the western edge of the city, killing at least nine "
                "people, a local resistance committee said.",
                "m",
            ),
            Probe(
                "The army said its aircraft had struck enemy positions to the north and that the city would not fall.",
                "m",
            ),
            Probe(
                "Doctors at the last working hospital said they were treating dozens of wounded every day with "
                "dwindling supplies.",
                "m",
            ),
        ],
    ),
    (
        "Security Council Extends Peacekeeping Mission By A Year",
        [
            Probe(
                "The UN Security Council voted on Tuesday to extend its peacekeeping mission in the country for "
                "another year, despite objections from the host government.",
                "md",
            ),
            Probe(
                "Thirteen members voted in favour, while Russia and China abstained, saying the government's wishes "
                "should be respected.",
                "d",
            ),
            Probe(
                "The mission has about 14,000 troops and police, and has been criticised for failing to protect "
                "villagers from armed groups.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Washington Bars Officials Over Rigged Vote",
        [
            Probe(
                "The United States on Monday barred 45 officials of the Central American country and their families "
                "from entering its territory, accusing them of undermining the presidential election.",
                "d",
            ),
            Probe(
                "The State Department said the visa restrictions were meant to show that Washington stood with the "
                "country's people.",
                "d",
            ),
            Probe(
                "The country's foreign ministry called the measure an unacceptable interference and said it would "
                "review cooperation on migration.",
                "d",
            ),
        ],
    ),
    (
        "Ankara Recalls Ambassador From Stockholm",
        [
            Probe(
                "Turkey recalled its ambassador to Sweden for consultations on Saturday after a protester burned a "
                "copy of the Koran outside the Turkish embassy in Stockholm.",
                "d",
            ),
            Probe(
                "Swedish Prime Minister Ulf Kristersson called the burning deeply disrespectful but said the country's "
                "laws protected freedom of expression.",
                "d",
            ),
            Probe(
                "The row comes as Sweden waits for Turkey to approve its bid to join NATO.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Journalist Freed In Prisoner Exchange",
        [
            Probe(
                "An American journalist jailed in Russia for 16 months was freed on Thursday in an exchange that "
                "also released two Russians held in Europe, officials said.",
                "d",
            ),
            Probe(
                "The men were handed over on the tarmac of an airport in Ankara, where Turkish intelligence officers "
                "oversaw the transfer.",
                "d",
            ),
            Probe(
                "The journalist's editor said he had been held on false charges and thanked the governments that "
                "worked for his release.",
                "d",
            ),
        ],
    ),
    (
        "Border Crossing Reopens After Eight Months",
        [
            Probe(
                "The main border crossing between Venezuela and Colombia reopened to lorries on Monday after eight "
                "months, allowing goods and fuel to flow again between the two countries.",
                "td",
            ),
            Probe(
                "Traders in the border town said the closure had cost them most of their income and pushed up the "
                "price of food.",
                "t",
            ),
            Probe(
                "The reopening follows talks between the two governments, which restored relations last year.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Nordic Foreign Ministers Meet In Reykjavik",
        [
            Probe(
                "Foreign ministers of the five Nordic countries met in Reykjavik on Wednesday to discuss Arctic "
                "security and support for Ukraine.",
                "d",
                "m",
            ),
            Probe(
                "They agreed to coordinate their positions ahead of the alliance's summit in July, the Icelandic "
                "host said at a news conference.",
                "d",
                "m",
            ),
            Probe(
                "Finland's minister said the region should not be naive about Russian activity in the far north.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Spain Beat Italy To Reach Final",
        [
            Probe(
                "Spain beat Italy 2-1 in Munich on Tuesday to reach the final, with a late header deciding a "
                "tense semi-final.",
            ),
            Probe(
                "Italy's coach said his side had been punished for a lapse in concentration after dominating the "
                "first hour.",
            ),
        ],
    ),
    (
        "Teachers Strike Over Pay For Third Week",
        [
            Probe(
                "Teachers across the country stayed away from classrooms for a third week on Monday, as talks "
                "between their unions and the education ministry broke down again.",
            ),
            Probe(
                "The government said it could not afford the 15 percent rise the unions were demanding.",
            ),
        ],
    ),
    (
        "Floods Kill 40 In Southern Provinces",
        [
            Probe(
                "Floods triggered by days of torrential rain have killed at least 40 people in the southern "
                "provinces, and the army has been sent in to help evacuate stranded villagers.",
                "",
                "m",
            ),
            Probe(
                "Rescue teams were still searching for 12 people missing after a landslide buried part of a "
                "village, officials said.",
            ),
        ],
    ),
]
