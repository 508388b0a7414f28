"""A fourth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for the
format), labelled by the annotation guidelines before the rules were run on them: raids and missile strikes told
through what they do, relations between states told through briefings, credentials, votes, verdicts and refuge in an
embassy, trade told through export curbs, ports and fleets, and look-alikes that must get no theme (a mayor's race, a
transfer, a takeover, wildfires, a stabbing) with words of war or diplomacy in other senses. All written for these
tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

WORLD_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Armed Men Kill 30 In Raids On Farming Villages",
        [
            Probe(
                "Armed men on motorbikes attacked three farming villages in the northwest overnight, killing at least "
                "30 people and burning homes and granaries, a local official said on Monday.",
                "m",
            ),
            Probe(
                "Survivors said the attackers arrived shortly after midnight and fired on anyone who tried to flee "
                "into the fields.",
                "m",
            ),
            Probe(
                "The state governor ordered a curfew and said extra soldiers had been sent to the area.",
                "m",
            ),
            Probe(
                "No group has claimed the raids, but jihadist fighters and bandit gangs both operate in the forests "
                "along the border.",
                "m",
            ),
        ],
    ),
    (
        "Beijing Calls Japanese Leader's Remarks On Islands 'Provocative'",
        [
            Probe(
                "China's foreign ministry on Wednesday rejected remarks by the Japanese prime minister about the "
                "disputed islands, calling them provocative and a violation of the spirit of past agreements.",
                "d",
            ),
            Probe(
                "Asked at a regular briefing whether Beijing would lodge a complaint, spokesperson Mao Lin said China "
                "had made solemn representations to Tokyo.",
                "d",
            ),
            Probe(
                "Japan's top government spokesman told reporters later that the prime minister's comments reflected a "
                "long-standing position and would not be withdrawn.",
                "d",
            ),
            Probe(
                "Navy and coast guard ships from both countries have shadowed each other near the islands almost "
                "daily this year.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "UN Assembly Demands End To Island Blockade",
        [
            Probe(
                "The UN General Assembly on Thursday adopted a resolution demanding that the blockade of the island "
                "be lifted, with 141 countries in favour, 9 against and 30 abstaining.",
                "d",
                "m",
            ),
            Probe(
                "The United States and Israel voted against, while India and Brazil were among those that abstained.",
                "d",
            ),
            Probe(
                "Diplomats said a similar text would almost certainly be vetoed if it were put to the Security "
                "Council.",
                "d",
            ),
        ],
    ),
    (
        "Mexico's New Ambassador Presents Credentials In Madrid",
        [
            Probe(
                "Mexico's new ambassador to Spain, Rosa Elena Ibarra, presented her credentials to King Felipe at the "
                "royal palace on Tuesday, ending two years in which the post was vacant.",
                "d",
            ),
            Probe(
                "The post was left empty after a row over the conquest, when Mexico's then president demanded an "
                "apology that Madrid refused to give.",
                "d",
            ),
            Probe(
                "Ibarra said her priority would be to restore the warmth that has always existed between our peoples "
                "and to expand cultural exchanges.",
                "d",
            ),
            Probe(
                "Spanish companies are among the largest foreign investors in Mexico, with stakes in banking, energy "
                "and hotels.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Australian Writer Given Suspended Death Sentence In China",
        [
            Probe(
                "A Chinese court has handed a suspended death sentence to Australian writer Yang Wei, who has been "
                "held in Beijing since 2019 on spying charges, Australia's foreign minister said on Monday.",
                "d",
            ),
            Probe(
                "Canberra would register in the strongest terms its dismay at the verdict, the minister told "
                "reporters, and had called in China's ambassador.",
                "d",
            ),
            Probe(
                "Yang's family said he was in poor health and had been denied medical care and consular visits for "
                "months.",
                "d",
            ),
        ],
    ),
    (
        "Washington Widens Curbs On Chip Exports To China",
        [
            Probe(
                "The U.S. Commerce Department on Friday widened restrictions on sales of advanced chips and "
                "chipmaking tools to China, adding 140 companies to a list of firms that need a licence to buy "
                "American technology.",
                "t",
                "d",
            ),
            Probe(
                "Chinese officials said the move would disrupt global supply chains and vowed to protect the rights "
                "of Chinese firms.",
                "t",
                "d",
            ),
            Probe(
                "Shares in Dutch and Japanese equipment makers fell on fears that their governments would follow with "
                "curbs of their own.",
                "t",
                "d",
            ),
            Probe(
                "The Netherlands and Japan agreed last year to limit some sales after months of pressure from "
                "Washington.",
                "td",
            ),
        ],
    ),
    (
        "Dock Strike Strands Fruit And Car Parts At Ports",
        [
            Probe(
                "A strike by dockworkers at the country's two largest ports entered its fifth day on Wednesday, "
                "leaving hundreds of containers of fruit and car parts stranded on the quays.",
                "t",
            ),
            Probe(
                "Exporters said perishable cargo worth millions of dollars was at risk and urged the government to "
                "step in.",
                "t",
            ),
            Probe(
                "Shipping lines have begun diverting vessels to neighbouring ports, adding days to delivery times.",
                "t",
            ),
        ],
    ),
    (
        "Army Chief Dismissed After Border Garrison Falls",
        [
            Probe(
                "President Alvaro Quintero dismissed the army's chief of staff on Sunday, days after rebels overran a "
                "border garrison and killed 22 soldiers.",
                "m",
            ),
            Probe(
                "In a decree read on state television, he named the commander of the air force, General Ramon Tellez, "
                "to replace him.",
                "m",
            ),
            Probe(
                "Opposition lawmakers called for an inquiry into how the garrison was left without reinforcements "
                "despite warnings.",
                "m",
            ),
        ],
    ),
    (
        "Mediator Says Talks On Nile Dam Have Stalled",
        [
            Probe(
                "The African Union's envoy for the dispute over the river dam said on Tuesday that talks between "
                "Egypt, Sudan and Ethiopia had stalled over how much water would be released in dry years.",
                "d",
            ),
            Probe(
                "Ethiopia says the dam is vital to bring power to millions of its people, while Egypt, which depends "
                "on the river for almost all its fresh water, calls it an existential threat.",
                "d",
            ),
            Probe(
                "The three countries have held more than a dozen rounds of negotiations since 2011 without a binding "
                "agreement.",
                "d",
            ),
            Probe("The envoy said he would travel to Cairo and Addis Ababa next week.", "d"),
        ],
    ),
    (
        "Missile Hits Apartment Block In Eastern City",
        [
            Probe(
                "A missile slammed into a nine-storey apartment block in the eastern city of Dnipro early on "
                "Saturday, killing at least 14 people, regional authorities said.",
                "m",
            ),
            Probe(
                "Rescue workers pulled survivors from the rubble through the day as relatives waited behind a police "
                "cordon.",
                "m",
            ),
            Probe(
                "The air force said it had shot down 30 of the 45 drones launched overnight, but that two missiles "
                "had got through.",
                "m",
            ),
            Probe(
                "The foreign minister called on partners to speed up deliveries of air defence systems.",
                "md",
            ),
            Probe("Moscow did not comment on the strike. It denies targeting civilians.", "m", "d"),
        ],
    ),
    (
        "India And China Agree To Restore Direct Flights",
        [
            Probe(
                "The leaders of India and China agreed in a telephone call on Monday to resume direct flights and "
                "ease visa rules, the first step towards mending ties since a deadly border clash in 2020.",
                "d",
                "m",
            ),
            Probe(
                "Both sides would also restart talks on sharing data on rivers that flow from Tibet, the Indian "
                "foreign ministry said in a readout.",
                "d",
            ),
            Probe(
                "Analysts said the thaw reflected a shared wish to hedge against unpredictable policies in Washington.",
                "d",
            ),
        ],
    ),
    (
        "Britain Sanctions Shadow Fleet Tankers",
        [
            Probe(
                "Britain on Thursday imposed sanctions on five shipping companies and 20 tankers it accused of "
                "carrying Russian oil above a price cap agreed by Western allies.",
                "t",
                "d",
            ),
            Probe(
                "The vessels, most of them more than 15 years old and registered in small flag states, form part of "
                "what officials call a shadow fleet.",
                "t",
            ),
            Probe(
                "The Russian embassy in London said the measures were illegal and would hurt European consumers more "
                "than Russia.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Brazil's President Lands In Beijing With Business Delegation",
        [
            Probe(
                "Brazil's president arrived in Beijing on Tuesday for a four-day state visit, accompanied by eight "
                "ministers and some 200 business leaders.",
                "d",
                "t",
            ),
            Probe(
                "He will meet President Xi Jinping on Thursday and address a forum of Chinese and Brazilian companies "
                "in Shanghai.",
                "d",
                "t",
            ),
            Probe(
                "China is Brazil's largest trading partner, buying more than a third of its exports of soybeans, iron "
                "ore and beef.",
                "t",
                "d",
            ),
            Probe(
                "Officials said some 20 agreements were expected to be signed, covering agriculture, satellites and "
                "infrastructure.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Opposition Figure Takes Refuge In Argentine Embassy",
        [
            Probe(
                "An opposition leader wanted on conspiracy charges has taken refuge in the Argentine embassy in "
                "Caracas, the Argentine government said on Wednesday.",
                "d",
            ),
            Probe(
                "Venezuela's foreign minister demanded that he be handed over and accused Buenos Aires of interfering "
                "in its internal affairs.",
                "d",
            ),
            Probe(
                "Argentina said it would seek safe passage for him to leave the country, citing international "
                "conventions on asylum.",
                "d",
            ),
        ],
    ),
    (
        "Papua New Guinea And Australia Sign Defence Treaty",
        [
            Probe(
                "Papua New Guinea and Australia signed a mutual defence treaty on Monday that allows each country's "
                "forces to use the other's bases.",
                "md",
            ),
            Probe(
                "The pact commits both countries to consult if either is attacked and pays for 10,000 new police and "
                "army recruits over a decade.",
                "m",
                "d",
            ),
            Probe(
                "China, which has sought a bigger security role in the region, said countries should not draw lines "
                "that raise tension.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Kabul Says Pakistani Strikes Killed Eight",
        [
            Probe(
                "Pakistani airstrikes on a border province killed eight people, including three children, a Taliban "
                "government spokesman said on Monday.",
                "m",
                "d",
            ),
            Probe(
                "Pakistan's military did not confirm the strikes but said it had acted against militants who had used "
                "Afghan territory to attack its posts.",
                "m",
                "d",
            ),
            Probe(
                "Kabul summoned Pakistan's top diplomat to protest what it called a violation of its sovereignty.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Guards Seize Tanker In Strait Of Hormuz",
        [
            Probe(
                "Iran's Revolutionary Guards seized a Marshall Islands-flagged tanker in the Strait of Hormuz on "
                "Thursday, saying it was carrying smuggled fuel.",
                "m",
                "td",
            ),
            Probe(
                "Footage on state television showed masked men descending on to the deck from a helicopter.",
                "m",
            ),
            Probe(
                "The Philippines said its embassy in Tehran was working to secure the release of the 21 crew, most of "
                "them Filipino.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Mayor Wins Third Term In Capital",
        [
            Probe(
                "Incumbent mayor Teresa Vidal won a third term on Sunday with 54 percent of the vote, beating a "
                "challenger who had campaigned on crime and housing.",
            ),
            Probe("Turnout was 48 percent, down from 55 percent four years ago, the electoral commission said."),
            Probe("Vidal told cheering supporters that the result was a mandate to finish the new metro line."),
        ],
    ),
    (
        "Champions Sign Brazilian Striker In Record Deal",
        [
            Probe(
                "The champions signed the Brazilian striker Mateus Rocha for a club-record fee of 80 million euros on "
                "Friday, beating rival bids from two English clubs.",
            ),
            Probe(
                "The coach said the forward would make his debut in Sunday's derby against the city's other club.",
            ),
        ],
    ),
    (
        "German Chemicals Group Agrees $12 Billion Takeover",
        [
            Probe(
                "German chemicals group Valtra agreed on Monday to buy U.S. rival Corrin for $12 billion in cash, "
                "creating the world's second-largest maker of industrial coatings.",
                "",
                "t",
            ),
            Probe(
                "The deal, which still needs approval from competition regulators, would lead to about 1,500 job "
                "cuts, mainly in administration.",
            ),
        ],
    ),
    (
        "Wildfires Force Thousands To Flee Island Homes",
        [
            Probe(
                "Wildfires fanned by strong winds forced more than 6,000 people to flee their homes on the island on "
                "Sunday, as firefighters battled blazes on three fronts.",
            ),
            Probe(
                "The government deployed army helicopters to drop water on the flames and said 200 soldiers would "
                "help with evacuations.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Man Charged After Stabbings At Railway Station",
        [
            Probe(
                "A 34-year-old man has been charged with attempted murder after three people were stabbed at a "
                "railway station on Friday evening, police said.",
            ),
            Probe(
                "Officers said the attack was not being treated as terrorism and that the suspect was known to them.",
                "",
                "m",
            ),
        ],
    ),
]
