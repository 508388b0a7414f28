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

#: A second wording of each formula, weaker or told another way (written after the first wave ran, blind to the rules
#: as the first: the lead's words do the work, the formula's own word does less).
SECOND_FORMULAS = (
    Formula(
        "spokesperson_briefing_2",
        "Asked about the visit at a daily briefing, a spokesman for the Indian foreign ministry said New Delhi had not "
        "been told in advance.",
        "d",
    ),
    Formula(
        "travel_advisory_2",
        "The State Department told Americans not to travel to Haiti and ordered the families of embassy staff to "
        "leave.",
        "d",
    ),
    Formula(
        "consular_case_2",
        "Consular officials from the British embassy were allowed to see the man for the first time on Thursday.",
        "d",
    ),
    Formula(
        "detained_citizen_2",
        "A French teacher has been held in Algeria without charge for three months, her family said.",
        "d",
    ),
    Formula(
        "extradition_2",
        "A court in London approved the extradition of a Russian businessman to the United States on Wednesday.",
        "d",
    ),
    Formula(
        "ambassador_summoned_2",
        "The Dutch foreign ministry called in Israel's envoy to explain the detention of two Dutch journalists.",
        "d",
    ),
    Formula(
        "allies_stand_with_2",
        '"We are grateful that our allies stood with us in the hardest days," Estonia\'s prime minister said.',
        "d",
    ),
    Formula(
        "leaders_meet_2",
        "Kenya's president hosted his Tanzanian counterpart for lunch at State House in Nairobi on Saturday.",
        "d",
    ),
    Formula(
        "leaders_not_meeting_2",
        "The Turkish president cancelled a planned meeting with the Swedish prime minister, his office said.",
        "d",
    ),
    Formula(
        "sanctions_announced_2",
        "Washington imposed new sanctions on Venezuela's oil sector on Friday.",
        "t",
        "d",
    ),
    Formula(
        "treaty_ratified_2",
        "Lawmakers in Santiago voted 102-12 to approve a fisheries treaty with Argentina.",
        "d",
    ),
    Formula(
        "shelling_2",
        "Both sides reported shelling along the river overnight.",
        "m",
    ),
    Formula(
        "siege_2",
        "Residents of the besieged town said they were burning furniture to keep warm.",
        "m",
    ),
    Formula(
        "offensive_2",
        "The push toward the coast has slowed in the mud, a rebel commander said.",
        "m",
    ),
    Formula(
        "casualties_2",
        "The death toll from Sunday's attack on the village rose to 31, the local governor said.",
        "m",
    ),
    Formula(
        "gunmen_2",
        "Masked gunmen stormed a police station in the north before dawn, killing three officers.",
        "m",
    ),
    Formula(
        "grenade_attack_2",
        "Two men on a motorbike threw a grenade at a bar in the city centre, wounding five.",
        "m",
    ),
    Formula(
        "front_line_2",
        "Those at the front say they are short of ammunition.",
        "m",
    ),
    Formula(
        "drones_2",
        "A swarm of drones was shot down over the capital overnight, the air force said.",
        "m",
    ),
    Formula(
        "ambush_2",
        "The patrol was ambushed near the village of Tessit, and two soldiers were missing.",
        "m",
    ),
    Formula(
        "ceasefire_broken_2",
        "Both sides accused each other of breaking the truce within hours.",
        "m",
        "d",
    ),
    Formula(
        "tariffs_2",
        "The new levies on Chinese solar panels take effect on Aug. 1.",
        "t",
    ),
    Formula(
        "export_quotas_2",
        "Indonesia will limit exports of palm oil until cooking oil prices at home fall.",
        "t",
    ),
    Formula(
        "shipment_held_2",
        "Customs officers at the Kazakh border have held 40 lorries of Chinese electronics since Monday.",
        "t",
    ),
    Formula(
        "trade_surplus_2",
        "Germany sold far more to the rest of the world than it bought last year, leaving a surplus of 200 billion "
        "euros.",
        "t",
    ),
    Formula(
        "customs_union_2",
        "Turkey wants to update its customs union with the EU to cover farm goods and services.",
        "t",
        "d",
    ),
    Formula(
        "dumping_duties_2",
        "Canada found that Vietnamese steel pipes were being sold below cost and set duties of 30 percent.",
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
#: A second wave of look-alikes, written with the second wording of the formulas.
SECOND_LOOK_ALIKES = (
    (
        "brand_ambassador",
        "The club's captain is a brand ambassador for a Swiss watchmaker and appears in its advertisements.",
        "The singer, a goodwill ambassador for the hospital charity, visited the new ward on Friday.",
    ),
    (
        "contract_talks",
        "The club is in talks with its striker over a new contract, the manager said.",
        "Nurses' unions will resume talks with hospital managers over pay next week.",
    ),
    (
        "film_shooting",
        "Shooting of a film about the club's 1966 cup run begins in Malta next month.",
        "The shooting of a documentary about the ward was halted to protect patients' privacy.",
    ),
    (
        "pitch_invasion",
        "The league fined the club for the pitch invasion and warned that the next one would cost it points.",
        "Fans' invasion of the pitch at the final whistle left two stewards with minor injuries.",
    ),
    (
        "battle_with_illness",
        "The club's former goalkeeper has lost his long battle with cancer, his family said.",
        "Doctors said the hospital was fighting a losing battle against a winter virus.",
    ),
    (
        "deployed_at_home",
        "The car's airbags deployed in the crash, and the former mayor walked away unhurt, a witness told the court.",
        "Paramedics are deployed to the busiest emergency wards on Friday nights, the managers said.",
    ),
)
SECOND_LOOK_ALIKE_FRAMES = {
    "brand_ambassador": (SPORT, HEALTH),
    "contract_talks": (SPORT, HEALTH),
    "film_shooting": (SPORT, HEALTH),
    "pitch_invasion": (SPORT, SPORT),
    "battle_with_illness": (SPORT, HEALTH),
    "deployed_at_home": (COURT, HEALTH),
}
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
    """Every formula of both waves in its themed article and in an unrelated one (taken in turn, the second wave one
    on from the first), then the look-alikes of both waves."""
    grid = []
    for wave, formulas in enumerate((FORMULAS, SECOND_FORMULAS)):
        for n, formula in enumerate(formulas, start=wave):
            home, away = THEMED[formula.gold[-1]], UNRELATED[n % len(UNRELATED)]
            for frame in (home, away):
                text = _article(frame, formula.text)
                grid.append(Cell(f"{formula.key}-{frame.key}", frame.title, text, formula.gold, formula.optional))
    for look_alikes, frames in ((LOOK_ALIKES, LOOK_ALIKE_FRAMES), (SECOND_LOOK_ALIKES, SECOND_LOOK_ALIKE_FRAMES)):
        for key, *texts in look_alikes:
            for n, (frame, text) in enumerate(zip(frames[key], texts, strict=True), start=1):
                grid.append(Cell(f"not_{key}-{n}", frame.title, _article(frame, text), ""))
    return grid
