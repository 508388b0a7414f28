"""An eighth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for the
format), written and labelled after the seventh batch's mends and run blind once against main's rules and this
round's: an offensive told through villages taken, a naval incident, a nuclear site, a hostage video; a ministers'
meeting, an expelled attaché, a leader's tour, a ceasefire brokered; a port deal and export figures; and look-alikes
(a transfer window, a cabinet reshuffle, a bank robbery, a heatwave). All written for these tests; none is taken from
any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

EIGHTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Army Says It Retook Three Villages In Offensive",
        [
            Probe(
                "The army said on Monday it had retaken three villages in the north after a week-long offensive "
                "against separatist fighters.",
                "m",
            ),
            Probe(
                "Separatist commanders denied the claim and said their men still held the high ground above the road.",
                "m",
            ),
            Probe(
                "Journalists are barred from the area, and neither side's account could be independently verified.",
                "m",
            ),
            Probe(
                "Aid groups say food prices in the besieged valley have tripled since the roads were cut.",
                "m",
            ),
        ],
    ),
    (
        "Warship And Frigate In Close Encounter In Strait",
        [
            Probe(
                "A Chinese warship sailed within 150 metres of a Canadian frigate transiting the strait on Sunday, "
                "forcing it to change course, Canada's defence minister said.",
                "md",
            ),
            Probe(
                "Beijing said the Canadian ship had provoked trouble and that its navy had acted lawfully.",
                "md",
            ),
        ],
    ),
    (
        "Inspectors Denied Access To Nuclear Site",
        [
            Probe(
                "UN inspectors were refused access to an underground enrichment site for the second time this month, "
                "the agency's director general said.",
                "dm",
            ),
            Probe(
                "Western governments said the refusal breached the country's obligations and called for a meeting "
                "of the agency's board.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Video Shows Kidnapped Engineers Alive",
        [
            Probe(
                "Militants released a video showing three foreign engineers kidnapped from an oil field in January, "
                "the first sign they were alive.",
                "m",
                "d",
            ),
            Probe(
                "The engineers' governments said they were working to secure their release and urged restraint.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Arab Ministers Meet In Cairo On Sudan",
        [
            Probe(
                "Arab foreign ministers met in Cairo on Wednesday to discuss the war in Sudan, and called on both "
                "sides to agree a ceasefire before the holy month.",
                "dm",
            ),
            Probe(
                "Egypt and Saudi Arabia have hosted several rounds of indirect talks, none of which has held.",
                "d",
            ),
        ],
    ),
    (
        "Military Attaché Expelled",
        [
            Probe(
                "Estonia ordered a Russian military attaché to leave the country within 48 hours for activities "
                "incompatible with his diplomatic status.",
                "d",
                "m",
            ),
            Probe("Moscow promised a response.", "d"),
        ],
    ),
    (
        "Indonesian President Begins Gulf Tour",
        [
            Probe(
                "Indonesia's president left Jakarta on Saturday for a five-day tour of the Gulf, with stops in "
                "Riyadh, Abu Dhabi and Doha.",
                "d",
            ),
            Probe(
                "He is expected to seek investment in the new capital and discuss quotas for pilgrims.",
                "dt",
            ),
        ],
    ),
    (
        "Ceasefire Brokered By Neighbours Takes Hold",
        [
            Probe(
                "A ceasefire between the government and rebels brokered by neighbouring Kenya and Uganda appeared to "
                "hold on Tuesday, residents said.",
                "md",
            ),
            Probe(
                "Under the terms, both sides are to pull back 10 km from the front and free prisoners within a month.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Port Operator Wins Concession In East Africa",
        [
            Probe(
                "An Emirati port operator won a 30-year concession to run the container terminal, promising to "
                "double its capacity for exports of coffee and tea.",
                "t",
            ),
            Probe(
                "Shipments through the port rose 12 percent last year, the transport ministry said.",
                "t",
            ),
        ],
    ),
    (
        "Club Signs Striker Before Window Closes",
        [
            Probe(
                "The club signed the Brazilian striker for a fee of 40 million euros hours before the transfer window "
                "closed.",
            ),
        ],
    ),
    (
        "Prime Minister Reshuffles Cabinet",
        [
            Probe(
                "The prime minister replaced five ministers in a cabinet reshuffle on Friday, moving the finance "
                "minister to the interior ministry.",
            ),
            Probe("Opposition leaders said the changes would not restore trust in the government."),
        ],
    ),
    (
        "Armed Robbers Raid Bank",
        [
            Probe(
                "Armed robbers raided a bank in the city centre on Monday and escaped with cash, after firing shots "
                "into the air, police said.",
            ),
        ],
    ),
    (
        "Heatwave Grips South",
        [
            Probe(
                "Temperatures topped 45 degrees for a fourth day, and the government opened cooling centres in the "
                "worst-hit cities.",
            ),
        ],
    ),
]
