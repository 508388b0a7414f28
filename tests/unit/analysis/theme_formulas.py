"""The grid of standard theme formulas (issue 11): each cell a short fictional newswire article (a title and five
paragraphs) whose third paragraph is the target. A target uses one standard formula of the issue's list: diplomacy
told through people and procedure, armed conflict told through events, trade told through weak words. Each formula
stands (a) in an article themed the same way and (b) in an unrelated one (sport, health, a court case at home), where
it still stands on its own; and (c) look-alike words that are no theme (a trade school, a price war among grocers, a
summit of a mountain) stand in unrelated articles. The labels each target must and may get were written before the
rules ran on them, by the topics section of GUIDELINES.md (a paragraph gets every topic it substantively discusses,
read in its article's context). All written for these tests; none is taken from any corpus."""

from __future__ import annotations

from dataclasses import dataclass

TARGET = 2


@dataclass(frozen=True)
class Frame:
    """An article around the target: its title and four paragraphs, the target goes between the second and third."""

    key: str
    title: str
    paragraphs: tuple[str, str, str, str]


@dataclass(frozen=True)
class Cell:
    """One article of the grid: the labels its target paragraph must get ("t", "m", "d") and those it may get."""

    id: str
    title: str
    paragraphs: tuple[str, ...]
    gold: str
    optional: str = ""


DIPLOMACY = Frame(
    "diplomacy",
    "Foreign Ministers Try To Ease Row Over River Dam",
    (
        "VIENNA, June 3 (Newsline) - The foreign ministers of Hungary and Slovakia met in Vienna on Monday to try to "
        "settle a long row over a dam on the Danube, with Austria acting as host.",
        "Both governments said the talks were frank, and they agreed to set up a joint commission of experts.",
        "The two ministers will meet again in Bratislava in September, their offices said in a joint statement.",
        "Austria's foreign minister said he was ready to host further rounds if both sides asked.",
    ),
)
MILITARY = Frame(
    "military",
    "Fighting Spreads In Northern Hills",
    (
        "KARSAN, June 3 (Newsline) - Rebel fighters and government troops clashed for a fourth day in the northern "
        "hills on Monday, and the army said it had sent reinforcements to the region.",
        "Heavy artillery fire was heard through the night around the garrison town of Karsan, residents said.",
        "The army said its units had retaken two hilltop positions and killed dozens of rebels.",
        "The rebels said in a statement that they would fight on until the troops withdrew from the hills.",
    ),
)
TRADE = Frame(
    "trade",
    "Steel Makers Brace For New Round Of Trade Curbs",
    (
        "BRUSSELS, June 3 (Newsline) - European steel makers warned on Monday that a new round of import curbs by "
        "their biggest customers would cut exports by a fifth this year.",
        "Steel exports from the bloc fell 12 percent in the first quarter, trade data showed.",
        "Trade officials from the bloc and Washington will discuss quotas on steel and aluminium in July.",
        "Importers said higher duties would push up prices for car makers and builders.",
    ),
)
SPORT = Frame(
    "sport",
    "Riverside Beat Holders To Reach Cup Final",
    (
        "LEEDS, June 3 (Newsline) - Riverside beat the holders 2-1 on Sunday to reach the national cup final for the "
        "first time in 30 years.",
        "Their goalkeeper saved a penalty in the last minute, and the crowd ran onto the pitch at the final whistle.",
        "The club's manager said his players had earned a rest before the final in three weeks' time.",
        "Tickets for the final go on sale on Friday, and the club expects to sell its share within hours.",
    ),
)
HEALTH = Frame(
    "health",
    "Hospital Waiting Lists Reach Record Length",
    (
        "LONDON, June 3 (Newsline) - Waiting lists for planned operations in English hospitals reached a record "
        "length in April, health service figures showed on Monday.",
        "More than 400,000 patients have waited over a year for hip and knee operations, the figures showed.",
        "Hospital managers said a shortage of nurses and beds was keeping operating theatres idle.",
        "The health secretary said new surgical centres would open in six cities by the end of the year.",
    ),
)
COURT = Frame(
    "court",
    "Former Mayor Goes On Trial For Fraud",
    (
        "LYON, June 3 (Newsline) - A former mayor of a town near Lyon went on trial on Monday accused of awarding "
        "building contracts to firms owned by his relatives.",
        "Prosecutors say the contracts cost the town more than two million euros over eight years.",
        "The former mayor denies the charges and says every contract went through a public tender.",
        "The trial is expected to last three weeks, and a verdict could come before the summer break.",
    ),
)
UNRELATED = (SPORT, HEALTH, COURT)
THEMED = {"d": DIPLOMACY, "m": MILITARY, "t": TRADE}


@dataclass(frozen=True)
class Formula:
    """A standard formula: its target paragraph, the theme it belongs to, and what the target must and may get."""

    key: str
    text: str
    gold: str
    optional: str = ""


FORMULAS = (
    # Diplomacy told through people and procedure.
    Formula(
        "spokesperson_briefing",
        "Foreign ministry spokeswoman Chen Yun told reporters at a regular briefing in Beijing that Tokyo should stop "
        "meddling in the matter.",
        "d",
    ),
    Formula(
        "travel_advisory",
        "Canada on Tuesday raised its travel advisory for Peru, urging Canadians to avoid all but essential trips to "
        "the country's south.",
        "d",
    ),
    Formula(
        "consular_case",
        "Australia's embassy in Hanoi said it was giving consular help to an Australian man arrested in Ho Chi Minh "
        "City last week.",
        "d",
    ),
    Formula(
        "detained_citizen",
        "Sweden called on Iran to free a Swedish aid worker held in Tehran since May, saying the charges against him "
        "were baseless.",
        "d",
    ),
    Formula(
        "extradition_request",
        "Poland has asked Argentina to extradite a former bank manager wanted in Warsaw for fraud, the Polish justice "
        "ministry said.",
        "d",
    ),
    Formula(
        "ambassador_summoned",
        "Greece summoned Turkey's ambassador on Friday to protest over remarks by a Turkish minister about the status "
        "of its islands.",
        "d",
    ),
    Formula(
        "allies_stand_with",
        "Germany and France said they stood with Lithuania and would not accept pressure on it from Beijing.",
        "d",
    ),
    Formula(
        "leaders_meet",
        "Japan's prime minister met the South Korean president in Seoul on Sunday, the first such visit in four years.",
        "d",
    ),
    Formula(
        "leaders_not_meeting",
        "Brazil's president has no plans to meet his Argentine counterpart before the end of the year, his spokesman "
        "said.",
        "d",
    ),
    Formula(
        "sanctions_announced",
        "Britain on Tuesday announced sanctions on Belarus's state potash company and six officials it blamed for a "
        "crackdown on protesters.",
        "td",
    ),
    Formula(
        "treaty_ratified",
        "Ukraine's parliament ratified a treaty with Moldova on the joint running of their border crossings.",
        "d",
    ),
    # Armed conflict told through events.
    Formula(
        "shelling",
        "Shelling killed two civilians in the town of Avdiivka overnight, local officials said.",
        "m",
    ),
    Formula(
        "siege",
        "The siege of the city of Marib entered its third month, with food and medicine running out, aid groups said.",
        "m",
    ),
    Formula(
        "offensive",
        "The rebels' spring offensive has stalled outside the town of Sirte, residents said.",
        "m",
    ),
    Formula(
        "casualties",
        "At least 14 people were killed and dozens wounded in the fighting on Sunday, a hospital official in Goma "
        "said.",
        "m",
    ),
    Formula(
        "gunmen",
        "Gunmen opened fire on a bus in the province of Balochistan on Tuesday, killing seven passengers.",
        "m",
    ),
    Formula(
        "grenade_attack",
        "A grenade thrown into a crowded market in Kismayo wounded 11 people on Saturday, police said.",
        "m",
    ),
    Formula(
        "front_line",
        "Fighting along the front line near Bakhmut eased last week, both sides said.",
        "m",
    ),
    Formula(
        "drones",
        "Drones struck a fuel depot in the port of Hodeidah overnight, starting a fire that burned until dawn.",
        "m",
    ),
    Formula(
        "ambush",
        "Militants ambushed a supply convoy on the road to Gao, killing four drivers.",
        "m",
    ),
    Formula(
        "ceasefire_broken",
        "A ceasefire agreed last week broke down on Monday as fighting resumed around the town of Tarhuna.",
        "m",
        "d",
    ),
    # Trade told through weak words.
    Formula(
        "tariffs",
        "Mexico will raise tariffs on steel from Asia to 25 percent from next month, the economy ministry said.",
        "t",
    ),
    Formula(
        "export_quotas",
        "India cut its export quotas for sugar for the coming season to keep prices at home in check.",
        "t",
    ),
    Formula(
        "shipment_held",
        "A shipment of Ukrainian grain has been held at the Polish border for nine days, the exporter said.",
        "t",
    ),
    Formula(
        "trade_surplus",
        "China's trade surplus with the European Union widened in the first half of the year.",
        "t",
    ),
    Formula(
        "customs_union",
        "Armenia will stay in its customs union with Russia and Kazakhstan, the deputy prime minister said.",
        "t",
        "d",
    ),
    Formula(
        "dumping_duties",
        "The European Commission imposed anti-dumping duties of up to 48 percent on bicycles made in China.",
        "t",
    ),
)

#: Look-alike words that are no theme, each written in two unrelated articles.
LOOK_ALIKES = (
    (
        "trade_school",
        "The mayor's nephew had trained as an electrician at a trade school in the town, a witness told the court.",
        "The hospital now takes apprentices from a local trade school to run its boiler rooms and kitchens.",
    ),
    (
        "grocers_price_war",
        "A price war among the big grocers has cut the cost of fruit and milk, the club's sponsor said.",
        "A price war among supermarkets has pushed down the cost of milk, bread and vegetables this spring.",
    ),
    (
        "fundraising_campaign",
        "The club's fans raised 200,000 pounds in a fundraising campaign to repair the old stand.",
        "A fundraising campaign by former patients has paid for a new scanner at the children's ward.",
    ),
    (
        "mountain_summit",
        "Two of the club's players reached the summit of Ben Nevis last summer to raise money for a charity.",
        "The witness said he had been on the summit of Mont Blanc on the day the contracts were signed.",
    ),
    (
        "church_minister",
        "The minister of the town's Baptist church told the court he had known the former mayor for 20 years.",
        "The minister of a Methodist church in Leeds led prayers for patients outside the hospital on Sunday.",
    ),
    (
        "football_attack",
        "The manager praised his side's attack, which has scored 31 goals in 12 games this season.",
        "Riverside's attack tore through the defence in the second half, and their striker scored twice.",
    ),
    (
        "nurses_front_line",
        "Nurses on the front line of the health service said they were working longer hours than ever.",
        "Staff on the front line of emergency care described corridors full of patients on trolleys.",
    ),
    (
        "drone_camera",
        "A drone filmed the crowd as it ran onto the pitch at the final whistle, and the clip spread online.",
        "Police used a drone to film the building site named in the contracts, a detective told the court.",
    ),
)
#: The unrelated frame each look-alike's two texts go in, in order.
LOOK_ALIKE_FRAMES = {
    "trade_school": (COURT, HEALTH),
    "grocers_price_war": (SPORT, HEALTH),
    "fundraising_campaign": (SPORT, HEALTH),
    "mountain_summit": (SPORT, COURT),
    "church_minister": (COURT, HEALTH),
    "football_attack": (SPORT, SPORT),
    "nurses_front_line": (HEALTH, HEALTH),
    "drone_camera": (SPORT, COURT),
}


def _article(frame: Frame, target: str) -> tuple[str, ...]:
    first, second, third, fourth = frame.paragraphs
    return (first, second, target, third, fourth)


def cells() -> list[Cell]:
    """Every formula in its themed article and in an unrelated one (taken in turn), then the look-alikes."""
    grid = []
    for n, formula in enumerate(FORMULAS):
        home = THEMED[formula.gold[-1]]
        away = UNRELATED[n % len(UNRELATED)]
        for frame in (home, away):
            grid.append(
                Cell(
                    f"{formula.key}-{frame.key}",
                    frame.title,
                    _article(frame, formula.text),
                    formula.gold,
                    formula.optional,
                )
            )
    for key, *texts in LOOK_ALIKES:
        for n, (frame, text) in enumerate(zip(LOOK_ALIKE_FRAMES[key], texts, strict=True), start=1):
            grid.append(Cell(f"not_{key}-{n}", frame.title, _article(frame, text), ""))
    return grid
