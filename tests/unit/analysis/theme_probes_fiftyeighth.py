"""A fifty-eighth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: crime and justice across borders, as agency copy, legal-
affairs desks and web features tell it. An extradition request between two governments, a cartel's fugitive boss
arrested abroad by the police of two states, a sanctions-evasion ring paying through a foreign bank, a war-crimes trial
at an international court, an insurgent bombing tried as terrorism, a spy swap on a border bridge, an envoy summoned
over an assassination plot and a feature on governments using Interpol's notices against critics abroad; with the
same pages' look-alikes of no theme: a city police chief's "war on drugs", a gang "turf war", a "trade" in stolen
cars inside one country, a "treaty" between street gangs, a lawyer's "defence" and a "trial balloon".

Boundaries judged here: a request to extradite, an arrest abroad on another state's warrant and police of two states
working together are relations between states (diplomacy; their security cooperation military optional), the crime
behind them none; shipping goods past sanctions and paying for them through a bank is trade, a regulator fining a bank
for lax checks on foreign clients and laundering through banks optional trade; the killings a war-crimes court tries
are military, a state handing a suspect to it diplomacy, the trial's procedure optional; an insurgent bombing is
terrorism (military) and so is the trial of its bombers, a lawyer's plea for them optional military; a spy swap is
diplomacy, the spying itself military; a state's plot to kill a critic abroad is diplomacy, the plot's gunmen optional.
Blind, main's rules got 10 of these 73 paragraphs wrong. One was a label slip, relabelled: assets frozen at home in an
extradition story are a detail of the case, optional diplomacy as earlier batches label a case's details. 9 are left:
diplomacy given to a city police chief's war on drugs and to a "trial balloon" in a bill at home, trade to a trade in
stolen cars inside one country, diplomacy and military to a truce and "treaty" between street gangs, military to the
word "military" in Interpol's list of cases it may not touch; diplomacy missed for a state's sanctions on an
international court's judges, a prisoner freed by one state in a swap, a state hiring gangs for attacks abroad and a red
notice a state asked Interpol for. After this batch's mends (gangs as sides inside one state, a trade in stolen goods,
a "trial balloon", Interpol as a word of relations, those a swap freed: see test_theme_crime_lookalikes.py), 4 (see
KNOWN_MISSES).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FIFTYEIGHTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Kazakhstan asks UAE to extradite former state bank chief",
        [
            Probe(
                "ASTANA, Mar 4 (Lexwire) - Kazakhstan has formally asked the United Arab Emirates to extradite a "
                "former chairman of a state-owned bank who fled to Dubai last year, the prosecutor general's office "
                "said on Tuesday.",
                "d",
            ),
            Probe(
                "Prosecutors accuse Timur Zhaksybekov, 58, of moving about $340 million out of Qazyna Development "
                "Bank through loans to shell companies that never repaid them.",
                "",
                "t",
            ),
            Probe(
                "The request was handed to the Emirati ambassador in Astana on Monday and follows two earlier "
                "requests that Abu Dhabi left unanswered, the office said.",
                "d",
            ),
            Probe(
                "The two countries signed an extradition treaty in 2021, but the Gulf state has so far sent back only "
                "three of the 19 people Kazakhstan has asked for.",
                "d",
            ),
            Probe(
                "Zhaksybekov's lawyer in London, Fiona Marchetti, said the case was politically motivated and that "
                'her client "would not get a fair hearing in Astana."',
                "",
                "d",
            ),
            Probe(
                '"My client has been made the scapegoat for a bank that was run as a private wallet by people who '
                'are still in power," she said.',
                "",
            ),
            Probe(
                "Kazakhstan has also asked Interpol to issue a red notice for Zhaksybekov, which would ask police "
                "in its member countries to find and provisionally arrest him.",
                "",
                "d",
            ),
            Probe(
                "The Emirates have in recent years become a haven for fugitives from across the former Soviet Union, "
                "though they have stepped up cooperation with European governments on money laundering since "
                "being taken off a global watchdog's grey list.",
                "d",
                "t",
            ),
            Probe(
                "Officials in Astana said they had frozen flats and a hotel linked to Zhaksybekov in Almaty and on "
                "the Caspian coast.",
                "",
                "d",
            ),
            Probe(
                "A bill that would let prosecutors seize assets without a conviction, floated by a ruling-party "
                'deputy last week, was dismissed by the opposition as "a trial balloon" for a wider crackdown on '
                "critics.",
                "",
            ),
        ],
    ),
    (
        "Fugitive Paraguayan cartel boss arrested in Argentina in joint police operation",
        [
            Probe(
                "BUENOS AIRES, Jun 12 (Lexwire) - Argentine police arrested one of Paraguay's most wanted men at a "
                "gated estate outside Cordoba on Wednesday in an operation carried out with officers flown in from "
                "Asuncion, the security ministries of both countries said.",
                "d",
                "m",
            ),
            Probe(
                'Aurelio "El Zurdo" Benitez, 47, is accused of leading a ring that moved cocaine from Bolivia '
                "through Paraguay to ports in Brazil and Uruguay, from where it was shipped to Europe hidden in "
                "containers of soybeans.",
                "",
            ),
            Probe(
                "He had lived in Argentina for three years under a false Brazilian passport and ran his business "
                "by encrypted phone, Argentina's security minister, Laura Etchegaray, told reporters.",
                "",
            ),
            Probe(
                '"This shows what two neighbours can do when their police stop working apart," Etchegaray said, '
                "adding that Argentine and Paraguayan officers had shared wiretaps for 14 months.",
                "d",
                "m",
            ),
            Probe(
                "Paraguay's foreign ministry said it would ask for his extradition within the 60 days allowed under "
                "a 1996 treaty between the two countries.",
                "d",
            ),
            Probe(
                "Benitez's group is blamed for the killing of a Paraguayan prosecutor on a beach in Colombia in "
                "2022, a murder that led Asuncion, Bogota and Washington to set up a joint task force.",
                "d",
                "m",
            ),
            Probe(
                "U.S. prosecutors in Miami have also charged him with trafficking and could seek his transfer once "
                "Paraguay has tried him.",
                "",
                "d",
            ),
            Probe(
                "Police seized two assault rifles, $1.3 million in cash and a collection of vintage cars at the "
                "estate.",
                "",
            ),
            Probe(
                "In Asuncion, the city's police chief said the arrest would not end his force's war on drugs in the "
                "capital's poorer districts, where dealers loyal to Benitez control street sales.",
                "",
            ),
            Probe(
                "Rival gangs were already fighting a turf war for those streets, he said, and two men were shot "
                "dead on Sunday near the bus terminal.",
                "",
            ),
        ],
    ),
    (
        "German prosecutors charge five over machine tools shipped to Russia via Central Asia",
        [
            Probe(
                "FRANKFURT, Sep 9 (Lexwire) - German prosecutors charged five people on Tuesday with running a "
                "network that shipped machine tools and electronic parts worth 42 million euros to Russia in breach "
                "of European Union sanctions, routing them through Kazakhstan and Armenia.",
                "t",
                "d",
            ),
            Probe(
                "The goods were invoiced to front companies in Almaty and Yerevan and paid for through accounts at "
                "Baltica Merchant Bank, a small lender in Riga, the federal prosecutor's office said.",
                "t",
            ),
            Probe(
                "Investigators found parts from at least two of the shipments in the wreckage of Russian attack "
                "drones that struck Ukrainian cities last winter, the office said.",
                "m",
                "t",
            ),
            Probe(
                "Separately, Latvia's financial regulator fined Baltica Merchant Bank 3.8 million euros and ordered "
                "it to close the accounts of 140 clients from outside the EU, saying it had failed to check where "
                "their money came from.",
                "",
                "t",
            ),
            Probe(
                "The bank said it had cooperated fully and had already cut its business with clients from outside "
                "the bloc by two thirds.",
                "",
                "t",
            ),
            Probe(
                "Laundering through Baltic banks by clients from the former Soviet Union ran to billions of dollars "
                "a year until a series of scandals pushed regulators to act.",
                "",
                "t",
            ),
            Probe(
                "A lawyer for the network's alleged organiser, a 51-year-old businessman from Hesse, said his client "
                "had sold to Kazakh buyers in good faith and could not have known where the goods went next.",
                "t",
            ),
            Probe(
                "German exports to Kazakhstan and Armenia have more than doubled since 2022, a rise that EU officials "
                "suspect hides goods bound for Russia.",
                "t",
                "d",
            ),
            Probe(
                "The EU added 19 Kazakh, Armenian and Emirati companies to its sanctions list in June for helping "
                "Moscow obtain banned goods.",
                "t",
                "d",
            ),
            Probe(
                "In a separate case in the same court, three men from Duisburg are on trial over a trade in stolen "
                "cars that police say moved more than 300 vehicles from German streets to workshops in Bavaria, "
                "where they were stripped for parts.",
                "",
            ),
        ],
    ),
    (
        "ICC opens trial of Congolese militia commander over Ituri massacres",
        [
            Probe(
                "THE HAGUE, Oct 2 (Lexwire) - The trial of a Congolese militia commander accused of ordering the "
                "killing of more than 200 civilians in the eastern province of Ituri opened at the International "
                "Criminal Court on Monday.",
                "m",
                "d",
            ),
            Probe(
                "Prosecutors say fighters under Jean-Pierre Lokonda attacked three villages in 2020, burning homes, "
                "killing residents with machetes and rifles and forcing boys as young as 12 to join their ranks.",
                "m",
            ),
            Probe(
                "Lokonda, 44, pleaded not guilty to 18 counts of war crimes and crimes against humanity.",
                "",
                "m",
            ),
            Probe(
                "He was handed to the court by Congo's government in 2023 after being arrested by UN peacekeepers, "
                "the first suspect Kinshasa has surrendered to The Hague in a decade.",
                "d",
                "m",
            ),
            Probe(
                "His defence team argued that Lokonda had no control over the fighters who carried out the attacks "
                "and that witnesses against him had been coached by a rival militia.",
                "m",
            ),
            Probe(
                "The trial is expected to last two years. Judges will hear from 94 witnesses, many of whom will "
                "testify from Bunia by video link with their faces hidden.",
                "",
                "md",
            ),
            Probe(
                "Ituri has been torn by fighting between militias of the Hema and Lendu communities since 1999, and "
                "the violence has driven more than 1.5 million people from their homes.",
                "m",
            ),
            Probe(
                "The court, which has 125 member states, has been under pressure since the United States imposed "
                "sanctions on several of its judges and its prosecutor last year.",
                "d",
                "t",
            ),
            Probe(
                "Outside the court, a few dozen Congolese from Belgium and the Netherlands held up photographs of "
                "relatives killed in the attacks.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Colombian court jails four rebels for 40 years over Cucuta bus terminal bombing",
        [
            Probe(
                "BOGOTA, Nov 18 (Lexwire) - A Colombian court on Thursday sentenced four members of the Frente "
                "Revolucionario del Catatumbo to 40 years in prison each for a car bombing at a bus terminal in "
                "Cucuta that killed 11 people in 2023, convicting them of terrorism and homicide.",
                "m",
            ),
            Probe(
                "The judge said the men had packed 80 kilograms of explosives into a stolen pickup truck and parked "
                "it beside the ticket hall at the busiest hour of the morning.",
                "m",
            ),
            Probe(
                "The group, which has fought the Colombian state since the 1980s from bases in the mountains along "
                "the border with Venezuela, claimed the attack in a statement that called it a reply to army raids "
                "on its camps.",
                "m",
            ),
            Probe(
                "Prosecutors said the bomb was assembled on the Venezuelan side of the border, and Colombia's "
                "foreign minister said on Thursday that Caracas had yet to answer a request to arrest two commanders "
                "believed to have planned it.",
                "md",
            ),
            Probe(
                "Defence lawyers said they would appeal, arguing that the men's confessions had been obtained under "
                "duress.",
                "",
                "m",
            ),
            Probe(
                '"No one in this courtroom is a terrorist," lawyer Camila Rengifo told reporters. "These are farmers '
                'who were in the wrong town on the wrong day."',
                "",
                "m",
            ),
            Probe(
                "Peace talks between the government and the group, begun in Havana in 2022, were suspended after the "
                "bombing and have not resumed.",
                "m",
                "d",
            ),
            Probe(
                "Families of the victims, who packed the public gallery, applauded as the sentences were read.",
                "",
                "m",
            ),
            Probe(
                "In Medellin, police said a truce between two street gangs that had held for a year broke down last "
                'week when a gang leader was shot in a barbershop. The mayor called the pact "a treaty between '
                'criminals" that the city had never recognised.',
                "",
            ),
        ],
    ),
    (
        "Poland and Belarus swap spy for journalist on border bridge",
        [
            Probe(
                "TERESPOL, Poland, Aug 21 (Lexwire) - Poland and Belarus exchanged five prisoners on a border bridge "
                "on Friday, with Warsaw releasing a Belarusian military intelligence officer convicted of spying on "
                "an air base in return for four people held in Belarus, among them a Polish journalist.",
                "d",
                "m",
            ),
            Probe(
                "The swap, arranged with help from the Vatican's envoy in Minsk, was the first between the two "
                "neighbours since relations collapsed after the disputed Belarusian election of 2020.",
                "d",
            ),
            Probe(
                "The officer, Lieutenant Colonel Viktar Haurylenka, was sentenced in 2024 to eight years for "
                "photographing fighter jets and fuel depots at the Lask air base and passing the pictures to his "
                "handlers in Minsk.",
                "m",
                "d",
            ),
            Probe(
                "Among those freed by Belarus was Marta Szewczyk, a reporter for a Polish-language weekly in Grodno, "
                'who had served three years of a 12-year sentence for "treason."',
                "d",
            ),
            Probe(
                '"I did not know until this morning that I was going home," she told reporters on the Polish side, '
                "wrapped in a blanket.",
                "",
                "d",
            ),
            Probe(
                "Poland's foreign minister said the exchange did not mean a thaw and that the border crossings "
                "Warsaw closed last year would stay shut.",
                "d",
            ),
            Probe(
                "Belarusian state television showed the officer being greeted by generals at an airfield near Minsk "
                "and said he would be decorated.",
                "",
                "dm",
            ),
            Probe(
                "Two more Poles remain in Belarusian prisons on charges of spying, and Warsaw holds three people it "
                "accuses of sabotage on behalf of Minsk and Moscow, officials said.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Norway summons Iranian envoy over plot to kill Oslo-based journalist",
        [
            Probe(
                "OSLO, Jan 15 (Lexwire) - Norway summoned Iran's ambassador on Wednesday after police charged two men "
                "with plotting to kill an Iranian-born journalist in Oslo on the orders of Iran's intelligence "
                "ministry.",
                "d",
                "m",
            ),
            Probe(
                "The men, a Norwegian citizen and a Georgian national, were arrested near the journalist's home "
                "in Baerum with a pistol and a photograph of her car, the police security service said.",
                "",
                "dm",
            ),
            Probe(
                '"An attempt by a foreign state to kill a person on Norwegian soil is an attack on Norway itself," '
                "Foreign Minister Ingrid Solvang said.",
                "d",
                "m",
            ),
            Probe(
                'Iran\'s embassy rejected the accusation as "baseless" and said Tehran would respond to any "hostile '
                'step" against its diplomats.',
                "d",
            ),
            Probe(
                "The security service said the plot was the third it had uncovered since 2022 in which criminal "
                "gangs were hired to carry out attacks for Iran, a pattern also seen in Sweden, Denmark and the "
                "Netherlands.",
                "d",
                "m",
            ),
            Probe(
                "The European Union imposed sanctions last year on an Iranian network accused of recruiting "
                "gangsters for such attacks.",
                "d",
                "t",
            ),
            Probe(
                "The journalist, who presents a Persian-language programme from Oslo, has been under police "
                "protection since 2023.",
                "",
                "d",
            ),
            Probe(
                "The Swedish gang hired in one of the earlier plots was at the time fighting a turf war in the "
                "suburbs of Stockholm that left dozens of people dead in a year, police there said.",
                "",
            ),
        ],
    ),
    (
        "Red notice, long reach: how governments use Interpol to chase critics abroad",
        [
            Probe(
                "When Dilfuza Rakhimova landed in Madrid last autumn for a conference on press freedom, Spanish "
                "police were waiting at the gate. Tajikistan had asked Interpol to circulate a red notice accusing "
                "the blogger of fraud, and she spent eleven days in a cell.",
                "d",
            ),
            Probe(
                "Interpol, based in Lyon, has 196 member countries and issued more than 12,000 red notices last "
                "year, each asking police around the world to find and provisionally arrest someone wanted for "
                "prosecution.",
                "",
                "d",
            ),
            Probe(
                "Its constitution forbids it to act in cases of a political, military, religious or racial "
                "character, and a commission of lawyers reviews notices that are challenged.",
                "",
                "d",
            ),
            Probe(
                "Rights groups say governments including Russia, Turkey, Tajikistan and China have used the system to "
                "hunt critics who have fled abroad, filing notices that other states' police then act on.",
                "d",
            ),
            Probe(
                "Spain's National Court refused in March to extradite Rakhimova to Dushanbe, ruling that the fraud "
                "charges against her were a pretext for her work as an opposition blogger.",
                "d",
            ),
            Probe(
                '"She spent eleven days in a cell for writing posts on Facebook," her lawyer, Pablo Iriarte, said.',
                "",
                "d",
            ),
            Probe(
                "Interpol deleted the notice in May after a review, a spokeswoman said, adding that the agency did "
                "not comment on individual cases.",
                "",
                "d",
            ),
            Probe(
                "Reforms since 2015 have cut the number of abusive notices, lawyers say, but a notice can still keep "
                "a person from travelling for years before it is struck down.",
                "",
                "d",
            ),
            Probe(
                "Tajikistan's embassy in Madrid said the charges were a matter for its courts and that it respected "
                "the Spanish ruling.",
                "d",
            ),
        ],
    ),
]
