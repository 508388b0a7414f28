"""A ninth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for the
format), written and labelled by the guidelines after the eighth batch's mends and run blind once against main's
rules: an ambassador summoned, a leaders' first call, an aid worker freed, sanctions over a crackdown, a state visit,
an extradition request, a state recognised; a convoy ambushed, a truce broken, a drone strike answered with rockets;
and look-alikes (a football transfer, a city budget, a shooting, an exhibition). All written for these tests; none is
taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

NINTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Chile Summons Argentine Envoy Over Glacier Remarks",
        [
            Probe(
                "Chile's foreign ministry summoned Argentina's ambassador on Thursday to protest remarks by a senior "
                "Argentine official about the disputed glacier region.",
                "d",
            ),
            Probe(
                "The ambassador was told that the comments were unacceptable between neighbours, a ministry "
                "statement said.",
                "d",
            ),
            Probe(
                "Buenos Aires said the official had been speaking in a personal capacity and that it valued its ties "
                "with Santiago.",
                "d",
            ),
            Probe(
                "Lawmakers in both capitals called for calm ahead of a planned meeting of the joint boundary "
                "commission in March.",
                "d",
            ),
        ],
    ),
    (
        "Leaders Speak By Phone For First Time Since Election",
        [
            Probe(
                "Japanese Prime Minister Kenji Mori spoke by phone with South Korea's new president on Tuesday, the "
                "first call between the two leaders since the election.",
                "d",
            ),
            Probe(
                "Mori congratulated him and the two agreed to work together on North Korea and on historical issues, "
                "according to a readout from Tokyo.",
                "d",
                "m",
            ),
            Probe("They also discussed a possible visit by Mori to Seoul before the end of the year.", "d"),
        ],
    ),
    (
        "Dutch Aid Worker Freed After Seven Months",
        [
            Probe(
                "A Dutch aid worker detained in Venezuela for seven months has been released and is on her way home, "
                "the Dutch foreign minister said on Friday.",
                "d",
            ),
            Probe(
                "She was arrested at a checkpoint in March and accused of spying, charges her family always denied.",
                "d",
            ),
            Probe("The minister thanked the government of Brazil for its help in securing her release.", "d"),
            Probe(
                "Her sister told local radio the family was overjoyed and would hold a party in their village.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Gunmen Ambush Convoy In Northern Province",
        [
            Probe(
                "Gunmen ambushed a convoy on the road to Kalema on Wednesday, killing nine people and setting fire to "
                "four trucks, the provincial governor said.",
                "m",
            ),
            Probe(
                "The attackers, who arrived on motorcycles, fled into the forest before reinforcements arrived.", "m"
            ),
            Probe(
                "No group has claimed responsibility, but jihadist fighters have carried out similar raids in the area "
                "for two years.",
                "m",
            ),
            Probe(
                "Traders in the provincial market said fuel prices had doubled since the road became unsafe.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Truce Collapses As Shelling Resumes",
        [
            Probe(
                "Heavy shelling resumed along the eastern front on Saturday, hours after a three-day truce expired, "
                "local officials said.",
                "m",
            ),
            Probe(
                "At least six civilians were killed when a shell hit a bus stop in the town of Varnik, according to "
                "the regional health department.",
                "m",
            ),
            Probe("Each side blamed the other for breaking the truce.", "m", "d"),
            Probe(
                "The mediators, Turkey and Qatar, said they would invite both delegations back to Istanbul next week.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "EU Sanctions Georgian Officials Over Crackdown",
        [
            Probe(
                "The European Union on Monday imposed travel bans and asset freezes on 14 officials in Georgia over a "
                "crackdown on protesters.",
                "d",
                "t",
            ),
            Probe("Tbilisi called the measures blackmail and said it would review its cooperation with Brussels.", "d"),
            Probe(
                "The bloc's foreign policy chief said the door to membership remained open if the government changed "
                "course.",
                "d",
            ),
        ],
    ),
    (
        "Finnish President Begins State Visit To Kenya",
        [
            Probe(
                "Finland's president arrived in Nairobi on Sunday for a three-day state visit, the first by a Finnish "
                "head of state in two decades.",
                "d",
            ),
            Probe("He was welcomed at State House with a guard of honour and a 21-gun salute.", "d"),
            Probe(
                "The two governments are expected to sign agreements on renewable energy and vocational training.",
                "d",
                "t",
            ),
            Probe(
                "He will also visit a wind farm built with Finnish funds in the north of the country.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Poland Seeks Extradition Of Rail Fraud Suspect From Spain",
        [
            Probe(
                "Poland has formally asked Spain to extradite a businessman wanted over a fraud at a state railway "
                "company, the justice ministry in Warsaw said.",
                "d",
            ),
            Probe(
                "A court in Madrid will rule on the request next month; the man's lawyers say the case is politically "
                "motivated.",
                "d",
            ),
        ],
    ),
    (
        "Drone Strike Kills Militia Commander",
        [
            Probe(
                "A drone strike on a car near the border killed a senior commander of an armed group and two of his "
                "bodyguards, the group said on Thursday.",
                "m",
            ),
            Probe(
                "The group vowed to avenge his death and fired a salvo of rockets at towns across the border hours "
                "later.",
                "m",
            ),
            Probe("Sirens sounded in several towns, and residents spent the night in shelters.", "m"),
            Probe(
                "The Security Council will hold an emergency session on Friday at the request of France and Egypt, "
                "diplomats said.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Three Caribbean Nations To Recognise Palestinian State",
        [
            Probe(
                "Three Caribbean nations said on Wednesday they would recognise Palestine as a state, joining more "
                "than 140 countries that have done so.",
                "d",
            ),
            Probe(
                "Israel's foreign ministry said the decision rewarded terrorism and recalled its non-resident "
                "ambassador for consultations.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Kazan Club Signs Brazilian Striker",
        [
            Probe(
                "Dynamo Kazan signed Brazilian striker Paulo Reis on a three-year deal on Tuesday, beating rival clubs "
                "from Spain and Italy.",
            ),
        ],
    ),
    (
        "Council Passes City Budget",
        [
            Probe(
                "The city council approved a budget of 2.3 billion euros after the mayor agreed to delay a tram "
                "extension.",
            ),
        ],
    ),
    (
        "Man Shot Dead In Parking Dispute",
        [
            Probe("A man was shot dead in a dispute over parking in the suburb of Ellwood, police said."),
        ],
    ),
    (
        "Woodblock Prints Go On Show In Oslo",
        [
            Probe(
                "An exhibition of Japanese woodblock prints opened at the national gallery in Oslo, on loan from a "
                "museum in Kyoto.",
            ),
        ],
    ),
]
