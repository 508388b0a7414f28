"""A seventh batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for the
format), written and labelled after the sixth batch's misses were mended and run blind once, to check that those
mends generalise: rebels taking a town, a strike on a suburb, pirates, drones on a refinery, hostages exchanged,
artillery across a ceasefire line; envoys recalled, credentials presented, ministers of four states meeting, a
sanctions vote, calls between presidents, a peace text agreed; exports and duties; and look-alikes (a march against a
pension reform, floods, a cricket Test, a party leadership race, a drug gang's shootout). All written for these
tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SEVENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Rebels Seize Mining Town After Days Of Fighting",
        [
            Probe(
                "Rebels seized the eastern mining town of Kavala on Saturday after three days of fighting with "
                "government troops, residents and a UN source said.",
                "m",
            ),
            Probe(
                "Thousands of people crossed into neighbouring Rwanda overnight, carrying what belongings they could.",
                "m",
                "d",
            ),
            Probe("The government accused Rwanda of backing the rebels, a charge Kigali denies.", "dm"),
            Probe("Hospitals in the town were overwhelmed with the wounded, a medical charity said.", "m"),
        ],
    ),
    (
        "Strike On Beirut Suburb Kills Hezbollah Commander",
        [
            Probe(
                "An Israeli strike on Beirut's southern suburbs killed a senior Hezbollah commander on Tuesday, two "
                "security sources said.",
                "m",
            ),
            Probe(
                "Plumes of smoke rose over the densely populated district and ambulances rushed to the scene.",
                "m",
            ),
            Probe(
                "Lebanon's caretaker prime minister condemned the attack as a flagrant violation of the country's "
                "sovereignty and said his government would file a complaint with the UN Security Council.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Pirates Hijack Cargo Ship Off Somalia",
        [
            Probe(
                "Pirates hijacked a Bulgarian-flagged cargo ship off the coast of Somalia on Thursday and took its 18 "
                "crew hostage, the maritime agency said.",
                "m",
                "t",
            ),
            Probe("An Indian navy warship was shadowing the vessel, a navy spokesman said.", "m"),
        ],
    ),
    (
        "Drones Hit Refinery Deep Inside Russia",
        [
            Probe(
                "Ukrainian drones struck an oil refinery in Russia's Samara region overnight, causing a fire, the "
                "regional governor said.",
                "m",
                "t",
            ),
            Probe(
                "Russia's defence ministry said air defences had destroyed 41 Ukrainian drones over seven regions.",
                "m",
            ),
            Probe(
                "The refinery processes about 7 million tonnes of crude a year, according to industry data.",
                "",
                "tm",
            ),
        ],
    ),
    (
        "Gang Leader Extradited To United States",
        [
            Probe(
                "A Colombian gang leader was extradited to the United States on Friday to face drug trafficking "
                "charges, the attorney general's office said.",
                "d",
            ),
        ],
    ),
    (
        "Four Foreign Ministers Meet In Tokyo",
        [
            Probe(
                "Foreign ministers from the United States, Japan, India and Australia met in Tokyo on Monday and "
                "pledged to uphold a free and open Indo-Pacific.",
                "d",
            ),
            Probe(
                "They did not name China in their joint statement, but voiced serious concern about coercion in the "
                "South China Sea.",
                "d",
                "m",
            ),
            Probe("The next meeting will be held in New Delhi.", "d"),
        ],
    ),
    (
        "Germany Recalls Ambassador After Spy Arrests",
        [
            Probe(
                "Germany recalled its ambassador from Baku for consultations on Wednesday after two German nationals "
                "were arrested on spying charges.",
                "d",
            ),
            Probe(
                "A government spokeswoman in Berlin said the arrests appeared to be politically motivated.",
                "d",
            ),
            Probe(
                "Azerbaijan's state security service said the men had photographed military facilities.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Ivorian President Hosts Ghanaian Counterpart",
        [
            Probe(
                "President Halima Osei welcomed her Ghanaian counterpart to Abidjan on Thursday for talks on security "
                "in the Sahel and a stalled cocoa agreement.",
                "d",
                "tm",
            ),
            Probe(
                "The two leaders signed agreements on electricity exports and the protection of investments.",
                "dt",
            ),
            Probe(
                "Osei said the visit opened a new chapter between two countries that share a 700 km border.",
                "d",
            ),
        ],
    ),
    (
        "Security Council Extends South Sudan Arms Embargo",
        [
            Probe(
                "The UN Security Council voted on Friday to extend an arms embargo and asset freeze on South Sudan for "
                "another year, with six members abstaining.",
                "d",
                "mt",
            ),
            Probe(
                "Russia and China said the measures punished ordinary people and ignored progress made by the "
                "government.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Tens Of Thousands March Against Pension Reform",
        [
            Probe(
                "Tens of thousands of people marched through the capital on Saturday against plans to raise the "
                "retirement age, the largest protest since the government took office.",
            ),
            Probe("Police estimated the crowd at 40,000; unions said it was three times that."),
        ],
    ),
    (
        "Floods Force 10,000 From Homes",
        [
            Probe(
                "Floodwaters forced more than 10,000 people from their homes in the river valley, and the government "
                "declared a state of emergency in four provinces.",
            ),
            Probe("Rescue teams used boats to reach villages cut off by the water."),
        ],
    ),
    (
        "Captain Leads Side To Win In Lahore",
        [
            Probe(
                "The captain made an unbeaten century as his side beat Pakistan by seven wickets in the second Test "
                "in Lahore.",
            ),
            Probe(
                "Ukraine's national team will again play its home qualifiers in Poland this season because of the "
                "war, the football federation said.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Prime Minister Resigns Over Spending Scandal",
        [
            Probe(
                "The governing party will choose a new leader on Sunday after the prime minister resigned over a "
                "spending scandal.",
            ),
            Probe(
                "A court sentenced a former army general to 20 years in prison for corruption.",
                "",
                "m",
            ),
            Probe(
                "Police arrested three men after a shootout with a drug gang in the port city left two officers dead.",
            ),
        ],
    ),
    (
        "Hostages Freed In Exchange For Prisoners",
        [
            Probe(
                "Militants released 12 hostages on Sunday in exchange for 30 prisoners, under a deal brokered by "
                "Egypt and Qatar.",
                "md",
            ),
            Probe("The freed hostages were taken to a hospital near the border for checks.", "m"),
        ],
    ),
    (
        "Artillery Fire Across Line Of Control Kills Four",
        [
            Probe(
                "Indian and Pakistani troops exchanged artillery fire across the Line of Control in Kashmir overnight, "
                "killing at least four civilians, officials on both sides said.",
                "m",
                "d",
            ),
            Probe(
                "Schools on both sides of the de facto border were closed and residents took shelter in bunkers.",
                "m",
            ),
        ],
    ),
    (
        "Vietnam Exports To US Jump",
        [
            Probe(
                "Vietnam's exports to the United States rose 25 percent in the first half, led by electronics and "
                "furniture, customs data showed.",
                "t",
            ),
            Probe(
                "Washington has opened an investigation into whether Chinese-made solar panels are being routed "
                "through Vietnam to avoid duties.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Copper Hits Record On Supply Fears",
        [
            Probe("Copper prices hit a record high on fears of supply disruptions in Chile and Peru.", "t"),
        ],
    ),
    (
        "Japan, Australia Sign Hydrogen Supply Deal",
        [
            Probe(
                "Japan and Australia signed a deal on Wednesday to secure supplies of hydrogen and critical minerals.",
                "td",
            ),
        ],
    ),
    (
        "Morocco, Spain Reopen Enclave Borders To Goods",
        [
            Probe(
                "Morocco and Spain reopened their land borders at Ceuta and Melilla to goods on Monday after a "
                "year-long diplomatic dispute.",
                "dt",
            ),
        ],
    ),
    (
        "New Envoy Presents Credentials",
        [
            Probe("The new ambassador presented his credentials to the king at the royal palace on Tuesday.", "d"),
        ],
    ),
    (
        "New Zealand Leader To Visit China",
        [
            Probe(
                "New Zealand's prime minister will travel to Beijing next month on her first official trip to China "
                "since taking office.",
                "d",
            ),
        ],
    ),
    (
        "South Africa Will Not Arrest Visiting Leader",
        [
            Probe(
                "South Africa will not execute an arrest warrant for the visiting leader, saying it would damage "
                "relations with Moscow.",
                "d",
            ),
        ],
    ),
    (
        "Presidents Agree To Stay In Contact",
        [
            Probe(
                "The two presidents spoke by telephone for an hour on Saturday and agreed to keep in close contact, "
                "the Kremlin said.",
                "d",
            ),
        ],
    ),
    (
        "Turkey Lifts Objection To Swedish Membership",
        [
            Probe(
                "Turkey lifted its objection to Sweden joining the alliance after parliament in Ankara ratified the "
                "accession protocol.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Armenia, Azerbaijan Agree Peace Text",
        [
            Probe(
                "Armenia and Azerbaijan have agreed on the text of a peace treaty, the two foreign ministries said in "
                "a joint statement.",
                "d",
            ),
        ],
    ),
    (
        "Air Force To Buy 48 French Jets",
        [
            Probe(
                "The defence ministry said it would buy 48 fighter jets from France in a deal worth 8 billion euros.",
                "m",
                "td",
            ),
            Probe("Conscripts born in 2005 will be called up from April, the general staff said.", "m"),
            Probe("The navy commissioned its first domestically built aircraft carrier on Friday.", "m"),
        ],
    ),
]
