"""A forty-seventh batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: energy security and global health in world affairs, in
the manner of agency copy, the energy and health policy press and web analysis. A gas pipeline deal signed at a
summit and the fees of the state it crosses, an oil embargo and its price cap enforced at sea, nuclear talks that let
the inspectors back in, vaccine donations used to court a region, a pandemic treaty bargained over at a health
assembly, a power line across a border shelled in a war. With look-alikes that get no theme: a utility's rate rise
in a heat wave, a hospital's "war on cancer", a wellness "summit", a gym chain's "energy", a drug maker's price fight
with its own state's insurers.

Boundaries judged here: a gas or power deal between states and the fees a transit state charges are trade, the
summit where it is signed diplomacy; a price cap and an embargo are trade, the warship or coast guard that boards a
tanker to enforce them military where it is told; nuclear talks and inspectors of the UN's agency are diplomacy, the
enrichment toward a bomb military; vaccines given to win a region's favour are diplomacy, and trade where their sale,
export or making under licence is told; a treaty bargained at a health assembly is diplomacy, trade where patents,
shares of supply or exports are told; a power line shelled in a war is military, the power sold across the border
trade; a utility's tariffs, a hospital's fight, a wellness event, a drug maker's quarrel with its home insurers and a
heat wave get no theme.
Blind, main's rules got 12 of these 50 paragraphs wrong (trade missed 5 times, diplomacy three times; diplomacy given
four times, trade once). One was a label slip, relabelled: a transit state asking another for double the fees it offers
is a bargain between states, diplomacy optional. 11 were left; after this batch's mends (inspectors told bare as an
international body's staff, energy carried into a state, goods sold across a region of several states), 8 (see
KNOWN_MISSES in test_theme_probes.py). Two of them (a power line's electricity carried into a state, power bought from
a state) fall to the fictional states, which the list of states does not know: with real states the market rules take
them. Left too: a protest outside a summit, a price cap "set by the Group of Seven" in a boarding, an agency's head on
"the talks" that take trade from the article's frozen oil money, vaccine output and licensing in a treaty's bargain
(no word of trade), a wellness "Summit" with talks.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FORTYSEVENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Varnia And Osterland Sign Gas Pipeline Deal At Summit; Transit State Wants Higher Fees",
        [
            Probe(
                "KELMAR, May 6 (Wirenews) - Varnia and Osterland signed a 20-year deal on Tuesday to build a gas "
                "pipeline under the Stellan Sea, on the sidelines of a summit of Baltic rim leaders that both "
                "presidents called a turning point for the region's energy security.",
                "td",
            ),
            Probe(
                "The 900-km line is to carry up to 18 billion cubic metres of Varnian gas a year to Osterland from "
                "2030, replacing supplies that Osterland stopped buying from its eastern neighbour three years ago.",
                "t",
            ),
            Probe(
                "President Ilse Dorven of Osterland said the deal showed that neighbours could build trust one "
                "contract at a time, and invited her Varnian counterpart for a state visit in the autumn.",
                "d",
                "t",
            ),
            Probe(
                "But the route crosses the territorial waters of Merrovia, whose government said it would seek "
                "transit fees of at least $1.20 per thousand cubic metres, double what Varnia has offered.",
                "t",
                "d",
            ),
            Probe(
                "Merrovia's energy minister, Paulo Ristan, told reporters that his country would not let its seabed "
                '"be used for free" and that talks with both capitals would resume in June.',
                "t",
                "d",
            ),
            Probe(
                "Gas futures at the regional hub fell 3 percent on the news, and analysts at Corvane Energy said the "
                "pipeline could cut Osterland's import bill by a fifth.",
                "t",
            ),
            Probe(
                "Environmental groups protested outside the summit venue, saying the money should go to wind farms "
                "instead.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Coast Guard Boards Tanker Suspected Of Breaking Oil Price Cap",
        [
            Probe(
                "Coast guard officers from Halvenland boarded an oil tanker in the Narrows on Friday that they said "
                "was carrying crude sold above the $60-a-barrel price cap set by the Group of Seven and its allies.",
                "t",
                "m",
            ),
            Probe(
                "The tanker, the Aurel Star, sails under the flag of a small Pacific state and has switched off its "
                "tracking signal at least six times since March, according to the shipping data firm Seatrail.",
                "t",
            ),
            Probe(
                "A navy frigate shadowed the vessel for two days before the boarding, and a helicopter with armed "
                "marines stood by in case the crew resisted, the defence ministry said.",
                "m",
                "t",
            ),
            Probe(
                "The embargo on seaborne crude, in force for two years, was meant to cut the oil revenues that pay "
                "for the war while keeping the fuel flowing to world markets.",
                "t",
                "m",
            ),
            Probe(
                "Officials estimate that a shadow fleet of some 600 ageing tankers now carries most of the banned "
                "oil to buyers in Asia, often through ship-to-ship transfers at sea.",
                "t",
            ),
            Probe(
                "The foreign ministry of the exporting country called the boarding an act of piracy and summoned "
                "Halvenland's ambassador.",
                "d",
                "tm",
            ),
            Probe(
                "Insurers in London said they would stop covering any ship that had called at the exporter's ports "
                "within the past year.",
                "t",
            ),
        ],
    ),
    (
        "Inspectors Return To Nuclear Sites After Talks Deal",
        [
            Probe(
                "VIENNA - Inspectors from the International Atomic Energy Agency will return to Tarsia's nuclear "
                "sites next week for the first time in two years, after talks in Oman produced a deal on access, "
                "both sides said on Sunday.",
                "d",
                "m",
            ),
            Probe(
                "Under the deal, Tarsia will let the inspectors reinstall cameras at its two enrichment plants and "
                "account for a stockpile of uranium enriched to 60 percent, close to the 90 percent needed for a "
                "weapon.",
                "md",
            ),
            Probe(
                "In return, the United States and three European powers agreed to release $3 billion of Tarsian oil "
                "money frozen in foreign banks, to be spent on food and medicine.",
                "td",
            ),
            Probe(
                "The agency's director general, Hanne Vauquier, said the talks had been hard but the result would "
                "restore a basic level of trust.",
                "d",
            ),
            Probe(
                "Israel's defence minister said his country was not bound by any deal and would act to stop Tarsia "
                "from getting a bomb.",
                "m",
                "d",
            ),
            Probe(
                "Oil prices slipped 1 percent on hopes that Tarsian crude could eventually return to the market if a "
                "broader agreement lifts sanctions.",
                "t",
                "d",
            ),
            Probe(
                "Hardliners in Tarsia's parliament criticised the government for giving away too much and called "
                "for the foreign minister to be impeached.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Analysis: How Vaccine Donations Became A Tool To Court The Sahel",
        [
            Probe(
                "When the first 2 million doses of a malaria vaccine landed in Bamaro last month, the planes bore the "
                "flag of Qirhan, not of the UN children's agency, and the donor's ambassador was at the airport to "
                "hand them over.",
                "d",
            ),
            Probe(
                "It was the latest gift in a campaign of health diplomacy through which Qirhan has sent vaccines, "
                "field hospitals and doctors to nine countries of the Sahel since 2023.",
                "d",
            ),
            Probe(
                "Diplomats in the region say the donations have bought goodwill at the United Nations, where four of "
                "the nine recipients abstained on a resolution criticising Qirhan's human rights record.",
                "d",
            ),
            Probe(
                "Qirhan has also signed deals to make its vaccines under licence in Senaro and Tobaku, and its drug "
                "makers now sell them across West Africa at below the prices of European rivals.",
                "t",
                "d",
            ),
            Probe(
                "European governments, which gave more money through the global vaccine alliance but with less "
                "fanfare, have begun to brand their own shipments and to send ministers to the handovers.",
                "d",
            ),
            Probe(
                "Health workers in Bamaro said the doses were welcome whoever sent them, but that clinics still "
                "lacked fridges to store them.",
                "",
                "d",
            ),
            Probe(
                "The malaria season peaks in August, and the disease killed an estimated 600,000 people in Africa "
                "last year, most of them children under five.",
                "",
            ),
        ],
    ),
    (
        "Pandemic Treaty Talks Stall At Health Assembly Over Vaccine Patents",
        [
            Probe(
                "GENEVA - Talks on a global pandemic treaty stalled at the World Health Assembly on Wednesday, with "
                "rich and poor countries still split over whether drug makers should share patents and know-how "
                "in a future outbreak.",
                "d",
                "t",
            ),
            Probe(
                "A bloc of African and Latin American states wants manufacturers to set aside 20 percent of their "
                "vaccine output for poorer countries and to license their technology to factories in the south.",
                "td",
            ),
            Probe(
                "The European Union and Switzerland, home to several large drug companies, say forced licensing "
                "would kill the incentive to invent, and offered a voluntary scheme instead.",
                "td",
            ),
            Probe(
                "Negotiators also disagree on a system to share virus samples and genetic data quickly, which "
                "Indonesia and others will only back if they get a fair share of the medicines made from them.",
                "d",
                "t",
            ),
            Probe(
                "The assembly's chair, Ambassador Teodora Lissen, told delegates that the world could not afford to "
                "meet the next pandemic with the rules that failed in the last one.",
                "d",
            ),
            Probe(
                "The United States, which left the organisation last year, did not send a delegation.",
                "d",
            ),
            Probe(
                "Delegates agreed to extend the talks by a year, and a special session is planned for November.",
                "d",
            ),
        ],
    ),
    (
        "Shelling Cuts Power Line To Neighbour, Halting Electricity Exports",
        [
            Probe(
                "Artillery fire on Saturday brought down a high-voltage line that carries electricity from Dravia "
                "across the border into Kessaly, cutting power to about 300,000 homes on the Kessalian side, the "
                "grid operators of both countries said.",
                "mt",
            ),
            Probe(
                "Dravia's army blamed the shelling on separatist forces, which have fought government troops in the "
                "border region for four years; the separatists said government guns had fired first.",
                "m",
            ),
            Probe(
                "The 400-kV line, completed in 2021 with money from the European investment bank, carried about a "
                "tenth of Kessaly's electricity imports under a supply contract worth $180 million a year.",
                "t",
            ),
            Probe(
                "Repair crews could not reach the broken pylons because the area was still being shelled, and mines "
                "had been laid along the access road, an official at Dravia's grid company said.",
                "m",
            ),
            Probe(
                "Kessaly's foreign minister called her Dravian counterpart to ask for a local ceasefire so the line "
                "could be repaired, and said Kessaly would raise the matter at the UN Security Council.",
                "d",
                "m",
            ),
            Probe(
                "Kessaly's government asked households to cut use during the evening peak and said it would buy more "
                "power from Sorvia to the north.",
                "t",
            ),
            Probe(
                "Temperatures in the region are forecast to fall below minus 10 degrees next week.",
                "",
            ),
        ],
    ),
    (
        "Utility Raises Rates As Heat Wave Grips The Valley; Gym Chain Bets On Energy",
        [
            Probe(
                "Brightwater Power said on Monday it would raise household rates by 9 percent from July, blaming the "
                "cost of running gas plants through a heat wave that has kept temperatures above 40 degrees for a "
                "week.",
                "",
            ),
            Probe(
                "The state utilities commission must approve the increase, and consumer groups said they would fight "
                "it at hearings next month.",
                "",
            ),
            Probe(
                "Hospitals in the valley reported a surge of heatstroke cases, and the city opened cooling centres "
                "in libraries and schools.",
                "",
            ),
            Probe(
                "At St Aldric's Hospital, the new chief executive, Dr Maren Holte, declared what she called a war on "
                "cancer, promising to cut waiting times for scans by half and to open a second radiotherapy wing.",
                "",
            ),
            Probe(
                "Across town, about 2,000 people paid $300 each to attend the Radiant Living Summit, a weekend of "
                "yoga, breathwork and talks on sleep and nutrition.",
                "",
            ),
            Probe(
                'Pulsefit, the gym chain, said it would open 40 new clubs this year, betting that its "high-energy" '
                "classes and late opening hours would win young members from rivals.",
                "",
            ),
            Probe(
                "Meanwhile Calloway Pharma, the state's largest drug maker, is locked in a price fight with the "
                "state's two biggest health insurers, which have dropped its new asthma inhaler from their lists "
                "after the company refused to cut its price.",
                "",
            ),
            Probe(
                "Calloway said it would take the insurers to court, and its shares fell 6 percent.",
                "",
            ),
        ],
    ),
]
