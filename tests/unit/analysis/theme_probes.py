"""Fictional world-news and newswire articles labelled by the annotation guidelines, for probing the themes.

Each article is a title and its paragraphs; each paragraph carries the themes it must get ("t" trade, "m" military,
"d" diplomacy) and those it may get or not (the guidelines' optional labels). Wars, terror attacks, state visits,
consular cases, trade disputes, and look-alikes that are no theme: domestic politics, company news, crime, sport.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from dataclasses import dataclass

NAMES = {"t": "trade", "m": "military", "d": "diplomacy"}


@dataclass(frozen=True)
class Probe:
    """One paragraph of a fictional article with the themes it must and may get."""

    text: str
    gold: str = ""
    optional: str = ""

    def wrong(self, predicted: set[str]) -> set[str]:
        """The themes predicted against the gold (missed or given), leaving the optional ones out."""
        gold = {NAMES[c] for c in self.gold}
        allowed = gold | {NAMES[c] for c in self.optional}
        return (gold - predicted) | (predicted - allowed)


ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Gunmen Storm Beach Hotel, Killing 12",
        [
            Probe(
                "Gunmen stormed a beachfront hotel in the port city of Marvella late on Saturday, killing at least 12 "
                "people and taking guests hostage, officials said.",
                "m",
            ),
            Probe(
                "Witnesses described hearing explosions and bursts of automatic fire as guests hid in their rooms.", "m"
            ),
            Probe(
                "An Islamist group claimed responsibility in a statement posted online, saying the assault was revenge "
                "for raids on its camps in the hills.",
                "m",
            ),
            Probe("The siege ended after 14 hours when special units stormed the building from the roof.", "m"),
            Probe(
                "Hotel owners along the coast said bookings for the coming season had already fallen by a third.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Rebels Close In On Provincial Capital",
        [
            Probe(
                "Rebel fighters pushed to within 20 km of the provincial capital on Tuesday after overrunning two "
                "government outposts, residents and aid workers said.",
                "m",
            ),
            Probe("Hundreds of families fled on foot along the main road, carrying what they could.", "m"),
            Probe(
                "The government said its forces had repelled the advance and inflicted heavy losses on the rebels.", "m"
            ),
            Probe(
                "Both sides traded accusations over the shelling of a market that killed five people on Monday.",
                "m",
            ),
        ],
    ),
    (
        "Drones Hit Power Plants Ahead Of Winter",
        [
            Probe(
                "Waves of drones struck power stations across the country overnight, cutting electricity to hundreds "
                "of thousands of homes, the energy ministry said.",
                "m",
            ),
            Probe("Air defences shot down 40 of the 55 drones launched, the air force said.", "m"),
            Probe(
                "Engineers worked through the night to restore supplies, and schools in the capital moved lessons "
                "online.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Bomb Kills Eight At Bus Station",
        [
            Probe(
                "A bomb hidden in a parked motorcycle exploded at a crowded bus station in the north of the country "
                "on Friday, killing eight people and wounding dozens.",
                "m",
            ),
            Probe(
                "No group has claimed the attack, but suspicion fell on insurgents who have waged a decade-long "
                "campaign in the region.",
                "m",
            ),
        ],
    ),
    (
        "Kenyan President Arrives In Seoul For Three-Day Visit",
        [
            Probe(
                "President Daniel Mwangi arrived in Seoul on Monday for a three-day state visit, the first by a Kenyan "
                "leader in two decades.",
                "d",
            ),
            Probe("He was greeted at the airport by South Korea's foreign minister and an honour guard.", "d"),
            Probe(
                "The two leaders are expected to sign agreements on roads, schools and clinics on Tuesday.",
                "d",
                "t",
            ),
            Probe("Mwangi will also address students at a university in the capital before flying to Tokyo.", "", "d"),
        ],
    ),
    (
        "Norway Summons Iranian Envoy Over Detained Reporter",
        [
            Probe(
                "Norway summoned Iran's ambassador on Wednesday to protest the detention of a Norwegian journalist in "
                "Tehran, the foreign ministry said.",
                "d",
            ),
            Probe(
                "The reporter, 34, was arrested last month while covering protests and has not been allowed consular "
                "visits, his family said.",
                "d",
            ),
            Probe(
                "Oslo also updated its travel advice, warning citizens against all but essential travel to Iran.", "d"
            ),
            Probe("Tehran has accused the journalist of spying for Israel, a charge his employer rejects.", "d"),
        ],
    ),
    (
        "Lithuania Expels Russian Diplomat",
        [
            Probe(
                "Lithuania expelled a Russian diplomat on Monday, giving him 72 hours to leave, in response to what "
                "it called hostile activities.",
                "d",
            ),
            Probe("Moscow promised a proportionate response and said Vilnius would regret the decision.", "d"),
        ],
    ),
    (
        "Spanish Court Clears Extradition Of Businessman",
        [
            Probe(
                "A court in Madrid approved on Thursday the extradition of a Venezuelan businessman wanted in the "
                "United States on money-laundering charges.",
                "d",
            ),
            Probe(
                "Caracas has demanded his return, calling the case politically motivated, and warned Spain that it "
                "would respond.",
                "d",
            ),
            Probe("His lawyers said they would appeal to the constitutional court.", "", "d"),
        ],
    ),
    (
        "EU Imposes Duties On Asian Steel",
        [
            Probe(
                "The European Union imposed provisional duties of up to 25% on steel from three Asian countries on "
                "Friday, saying producers had been selling below cost.",
                "t",
                "d",
            ),
            Probe(
                "Beijing said it would take all necessary measures to protect the rights of its companies.",
                "t",
                "d",
            ),
            Probe("The ministers will discuss the issue again when they meet in Geneva next month.", "t", "d"),
        ],
    ),
    (
        "Beijing Rejects Criticism Of Patrols Near Shoal",
        [
            Probe(
                "China's foreign ministry spokesperson told reporters at a regular briefing that the patrols were "
                "lawful and urged Manila to stop its provocations.",
                "dm",
            ),
            Probe(
                "The Philippines lodged a protest last week after one of its supply boats was hit by a water cannon "
                "near the shoal.",
                "d",
                "m",
            ),
            Probe(
                "Washington said it stood by its ally and reaffirmed its commitments under a 1951 defence treaty.",
                "dm",
            ),
        ],
    ),
    (
        "Leaders Gather For Regional Summit",
        [
            Probe(
                "Leaders from ten Southeast Asian nations open their annual summit in Vientiane on Wednesday, with the "
                "crisis in Myanmar high on the agenda.",
                "d",
            ),
            Probe(
                "The host prime minister is expected to press his counterparts to admit East Timor as a full member.",
                "d",
            ),
            Probe("Hotels near the convention centre were fully booked, and police closed several roads.", "", "d"),
        ],
    ),
    (
        "Parliament Ratifies Border Treaty",
        [
            Probe(
                "Parliament ratified the border treaty with Kazakhstan on Tuesday, ending a dispute over 300 km of "
                "the frontier.",
                "d",
            ),
            Probe(
                "Our allies stood with us when it mattered, the president told lawmakers, thanking Poland and the "
                "Baltic states.",
                "d",
            ),
        ],
    ),
    (
        "Insurgents Seize Border Town After Days Of Fighting",
        [
            Probe(
                "Insurgents seized the border town of Kessa on Sunday after four days of fighting, forcing the last "
                "defenders to withdraw across the river.",
                "m",
            ),
            Probe(
                "Armed men on motorbikes were seen looting shops and setting fire to the police station, a local "
                "official said by telephone.",
                "m",
            ),
            Probe("A roadside bomb struck a convoy carrying reinforcements on the main highway, killing six.", "m"),
            Probe(
                "The group has carried out a string of suicide attacks on checkpoints and barracks in the north since "
                "the spring.",
                "m",
            ),
        ],
    ),
    (
        "Ceasefire Talks Resume In Doha",
        [
            Probe(
                "Negotiators from both sides returned to Doha on Monday for a new round of indirect talks on a "
                "ceasefire and the release of hostages, mediators said.",
                "dm",
            ),
            Probe(
                "Qatar and Egypt have shuttled proposals between the delegations for weeks without a breakthrough.",
                "d",
            ),
            Probe(
                "Meanwhile, fighting raged in the south, where tanks pushed deeper into the city overnight.", "m", "d"
            ),
        ],
    ),
    (
        "Japan's Prime Minister To Visit Washington",
        [
            Probe(
                "The White House said on Friday that the president would host Japan's prime minister for talks next "
                "month on security in the Pacific and the semiconductor trade.",
                "dt",
                "m",
            ),
            Probe(
                "It will be the first official visit by a Japanese leader since the new administration took office.",
                "d",
            ),
        ],
    ),
    (
        "Canada Warns Citizens After Arrests Of Two Nationals",
        [
            Probe(
                "Canada issued a travel warning for China on Thursday, days after two Canadian citizens were detained "
                "in Beijing on what Ottawa called arbitrary charges.",
                "d",
            ),
            Probe(
                "The Chinese embassy in Ottawa said the two men were suspected of endangering national security and "
                "that their rights were being protected.",
                "d",
            ),
            Probe(
                "Canada's foreign minister said she had raised the case with her Chinese counterpart on the sidelines "
                "of a meeting in Jakarta.",
                "d",
            ),
        ],
    ),
    (
        "City Council Approves New Budget",
        [
            Probe("The city council approved a budget of 1.2 billion on Tuesday, with more money for buses and parks."),
            Probe("The mayor met union leaders to head off a strike by refuse collectors over pay."),
            Probe(
                "The council's foreign relations committee will host a delegation from a twin town in Bavaria.", "", "d"
            ),
        ],
    ),
    (
        "Tech Group Opens Data Centre",
        [
            Probe(
                "The software group opened its largest data centre in Europe on Monday, an investment of 900 million "
                "euros, and said it would hire 300 staff.",
                "",
                "t",
            ),
            Probe("Analysts said the company's cloud business was taking market share from its two larger rivals."),
        ],
    ),
    (
        "Foreign Ministers Fail To Bridge Gap On Grain Corridor",
        [
            Probe(
                "The foreign ministers of Turkey and Ukraine met in Ankara on Thursday to revive a deal that let grain "
                "ships leave Black Sea ports, but ended the day without an agreement.",
                "dt",
            ),
            Probe(
                "\u201cWe have heard each other, and that is a start,\u201d the Turkish minister told a joint news "
                "conference, adding that his government would keep working with the United Nations.",
                "d",
            ),
            Probe(
                "His Ukrainian counterpart was more blunt, saying Kyiv would not accept terms dictated by Moscow.",
                "d",
            ),
            Probe("The Kremlin said later that its position had not changed.", "d"),
        ],
    ),
    (
        "Seoul And Tokyo Agree To Resume Shuttle Visits",
        [
            Probe(
                "South Korea and Japan agreed on Tuesday to resume regular visits by their leaders, a step toward "
                "repairing ties strained by disputes over wartime history.",
                "d",
            ),
            Probe(
                "The decision came after the two governments settled a row over compensation for Koreans forced to "
                "work in Japanese factories during the war.",
                "d",
                "m",
            ),
            Probe(
                "Washington, which has long urged its two allies to set their differences aside, welcomed the move.",
                "d",
            ),
            Probe(
                "Critics in Seoul said the president had given away too much and vowed to raise the matter in "
                "parliament.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Pope Meets Argentine President At Vatican",
        [
            Probe(
                "Pope Leo received Argentina's president at the Vatican on Saturday for a private audience that lasted "
                "40 minutes, the Holy See said.",
                "d",
            ),
            Probe(
                "They exchanged gifts and discussed poverty, migration and the war in Europe, a spokesman said.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Strikes Kill 27 Across Coastal Enclave",
        [
            Probe(
                "Strikes killed at least 27 people across the coastal enclave on Sunday, including six children "
                "sheltering in a school, local health officials said.",
                "m",
            ),
            Probe(
                "The military said it had targeted a command centre hidden inside the compound and accused the group "
                "of using civilians as shields.",
                "m",
            ),
            Probe("Rescue workers dug through rubble with their hands for survivors late into the night.", "m"),
            Probe("The health ministry says more than 40,000 people have been killed since the war began.", "m"),
        ],
    ),
    (
        "Moscow Says It Captured Two Villages In East",
        [
            Probe(
                "Russia's defence ministry said on Wednesday its units had captured two more villages in the east, "
                "where its forces have advanced slowly for months.",
                "m",
            ),
            Probe(
                "Kyiv did not confirm the losses but said its brigades were holding their positions under heavy "
                "artillery fire.",
                "m",
            ),
            Probe(
                "Overnight, Russia launched 84 drones and three missiles, of which 70 were downed, Ukraine said.", "m"
            ),
            Probe("A regional governor said a 62-year-old man was killed when debris fell on his house.", "m"),
        ],
    ),
    (
        "Kidnappers Free 40 Pupils In North",
        [
            Probe(
                "Forty pupils abducted from a boarding school in the north last week have been freed, the state "
                "governor said, without saying whether a ransom was paid.",
                "",
                "m",
            ),
            Probe(
                "Armed groups known locally as bandits have kidnapped hundreds of people for ransom in the region "
                "in recent years.",
                "m",
            ),
        ],
    ),
    (
        "Envoy Shuttles Between Capitals In Bid To End Border Row",
        [
            Probe(
                "A special envoy of the African Union arrived in Addis Ababa on Sunday, the latest stop in a week of "
                "shuttle diplomacy between the two neighbours.",
                "d",
            ),
            Probe(
                "\u201cThe door is open, but the other side must show it is serious,\u201d the Eritrean information "
                "minister wrote on social media.",
                "d",
            ),
            Probe(
                "Ethiopia's prime minister has said he wants access to the sea by peaceful means, remarks that "
                "alarmed Asmara and its allies in the region.",
                "d",
            ),
            Probe(
                "Diplomats said a first meeting of the two foreign ministers could take place in Nairobi as early as "
                "next month.",
                "d",
            ),
            Probe(
                "Neither government responded to requests for comment on Monday.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Beijing Hits Back At Sanctions On Chip Firms",
        [
            Probe(
                "China on Tuesday accused the United States of abusing export controls after Washington added 12 "
                "Chinese chip firms to a trade blacklist.",
                "td",
            ),
            Probe(
                "A commerce ministry spokesperson said Beijing would take countermeasures and urged the US side to "
                "correct its mistakes at once.",
                "td",
            ),
            Probe(
                "The move comes weeks before the two presidents are due to meet on the sidelines of a summit in Lima.",
                "d",
            ),
        ],
    ),
    (
        "President Tells UN Assembly The World Has Failed Gaza",
        [
            Probe(
                "President Gustavo Reyes told the UN General Assembly on Tuesday that the world had failed the people "
                "of Gaza and called for an arms embargo on Israel.",
                "dm",
                "t",
            ),
            Probe(
                "Several delegations walked out as the Israeli ambassador rose to reply.",
                "d",
            ),
            Probe(
                "Reyes also used the speech to defend his government's record at home, where his approval ratings "
                "have fallen below 30%.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Planes Hit Tanker Off Coast, Shipping Sources Say",
        [
            Probe(
                "Planes hit a Greek-owned tanker off the coast late on Tuesday, setting it on fire, shipping sources "
                "said.",
                "m",
            ),
            Probe(
                "The official news agency said the country's jets had struck a large naval target, its usual term for "
                "a tanker.",
                "m",
            ),
            Probe(
                "Lloyd's said it was the 30th ship hit this year, and insurers raised premiums for vessels calling at "
                "ports in the area.",
                "m",
                "t",
            ),
        ],
    ),
    (
        "Guerrillas Blow Up Power Pylons",
        [
            Probe(
                "Left-wing guerrillas blew up eight power pylons overnight, cutting electricity to the capital and "
                "three provinces, police said.",
                "m",
            ),
            Probe(
                "A communique from the group said the sabotage was a response to the killing of two of its leaders "
                "by government forces last month.",
                "m",
            ),
        ],
    ),
    (
        "Foreign Minister To Visit Moscow",
        [
            Probe(
                "Foreign Minister Hans Lindqvist will pay a four-day visit to Moscow next week at the invitation of "
                "his Soviet counterpart, a ministry spokesman said.",
                "d",
            ),
            Probe(
                "He is expected to raise the cases of several families who have been refused permission to emigrate.",
                "d",
            ),
            Probe(
                "Lindqvist will also sign a protocol on cultural exchanges and visit Leningrad.",
                "d",
            ),
        ],
    ),
    (
        "North Korea Fires Ballistic Missile Into Sea",
        [
            Probe(
                "North Korea fired a ballistic missile into the sea off its east coast on Thursday, the South's joint "
                "chiefs of staff said, its third launch this month.",
                "m",
            ),
            Probe(
                "Tokyo lodged a protest through diplomatic channels in Beijing, as it has no embassy in Pyongyang.",
                "d",
            ),
            Probe(
                "The launch came a day after Seoul and Washington wrapped up ten days of drills involving thousands "
                "of personnel.",
                "m",
            ),
        ],
    ),
    (
        "Rebels Claim Attack On Cargo Ship In Red Sea",
        [
            Probe(
                "Yemen's rebels said on Monday they had targeted a cargo ship in the Red Sea, the latest in a "
                "campaign that has forced shipping lines to reroute around Africa.",
                "mt",
            ),
            Probe(
                "A British maritime security agency said the vessel reported an explosion near its hull but no "
                "injuries among the crew.",
                "m",
            ),
            Probe(
                "Freight rates between Asia and Europe have more than doubled since the attacks began, adding to "
                "costs for importers.",
                "t",
                "m",
            ),
        ],
    ),
    (
        "Climate Summit Ends With Deal On Finance",
        [
            Probe(
                "Nearly 200 countries agreed early on Sunday to triple the money rich nations give poorer ones to cope "
                "with climate change, after two weeks of tense negotiations.",
                "d",
                "t",
            ),
            Probe(
                "Delegates from small island states walked out of one session, saying their voices had been ignored.",
                "d",
            ),
        ],
    ),
    (
        "Troops Clash On Disputed Himalayan Border",
        [
            Probe(
                "Soldiers from the two countries clashed along their disputed mountain border this week, leaving "
                "several injured on both sides, officials said.",
                "m",
                "d",
            ),
            Probe(
                "Commanders met on Saturday to defuse tensions, and the foreign ministries said the situation was "
                "stable.",
                "dm",
            ),
        ],
    ),
    (
        "Prime Minister Faces Confidence Vote",
        [
            Probe(
                "The prime minister faces a confidence vote in parliament on Thursday after two coalition partners "
                "withdrew their support over a pension reform.",
            ),
            Probe("Opposition leaders met on Monday to agree on a joint candidate should the government fall."),
            Probe("The president said he would consult party leaders before deciding whether to call early elections."),
            Probe("The finance minister warned that a long crisis could unsettle bond markets.", "", "t"),
        ],
    ),
    (
        "Carmaker Profit Jumps On SUV Demand",
        [
            Probe(
                "The carmaker reported a 20% rise in third-quarter net profit, helped by strong demand for its sport "
                "utility vehicles.",
            ),
            Probe("Its shares rose 4% in Frankfurt, the best day for the stock since March."),
        ],
    ),
    (
        "United Beat City In Derby",
        [
            Probe("United's attack tore through City's defence in the second half as the visitors won the derby 3-1."),
            Probe("The striker fired home from close range after a quick counter-attack, then added a second."),
            Probe("The manager said his side had shown the fighting spirit needed for the battle for the title."),
        ],
    ),
    (
        "Two Wounded In Nightclub Shooting",
        [
            Probe("A man was arrested after a shooting outside a nightclub left two people wounded early on Sunday."),
            Probe("Detectives believe the attack was linked to a feud between rival gangs, police said."),
        ],
    ),
]
