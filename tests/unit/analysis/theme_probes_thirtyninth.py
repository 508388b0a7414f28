"""A thirty-ninth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: the English services of continental agencies and
broadcasters, with Latin American and European stories in their own vocabulary: a president's official visit and its
bilateral agenda, a mixed commission on a border, deportation flights negotiated between governments, a navy seizing
a drug submarine (crime, with the navy's part optional), a coalition's row over the defence budget, guerrilla
dissidents and a peace process, farmers protesting against a trade accord with a South American bloc, and a gas
pipeline's transit fees.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

THIRTYNINTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Colombian president arrives in Madrid for official visit focused on investment and migration",
        [
            Probe(
                "MADRID, March 3 (EFE) - Colombian President Ernesto Villamizar arrived in Madrid on Monday for a "
                "three-day official visit during which he will meet King Felipe VI and Spanish Prime Minister Pedro "
                "Sanchez, the Colombian presidency said.",
                "d",
            ),
            Probe(
                "The bilateral agenda includes Spanish investment in renewable energy and infrastructure, the "
                "regularisation of Colombian workers in Spain and cooperation against drug trafficking, according to "
                "the Spanish foreign ministry.",
                "dt",
                "m",
            ),
            Probe(
                "Villamizar, who is accompanied by his foreign minister, Laura Cifuentes, and his trade minister, "
                "Rodrigo Perea, will also lay a wreath at the monument to the fallen in the Plaza de la Lealtad.",
                "d",
            ),
            Probe(
                "Spain is the second-largest foreign investor in Colombia after the United States, with holdings "
                "worth some 28 billion euros in banking, telecommunications and electricity.",
                "t",
                "d",
            ),
            Probe(
                "Nearly 600,000 Colombians live in Spain, making them one of the largest foreign communities in the "
                "country, and many work in care homes, hospitality and farming.",
                "",
                "d",
            ),
            Probe(
                "On Tuesday the two governments are expected to sign a memorandum on the mutual recognition of "
                "university degrees and a plan for seasonal farm work under which Colombian pickers would come to "
                "Andalusia for the strawberry harvest.",
                "d",
                "t",
            ),
            Probe(
                "The Colombian leader will close the visit on Wednesday at a business forum organised by the Spanish "
                "employers' confederation, where some 300 companies are due to present projects worth 4 billion "
                "euros.",
                "t",
                "d",
            ),
            Probe(
                "Sanchez and Villamizar will give a joint news conference at the Moncloa palace on Tuesday, where "
                "they are also expected to discuss the situation in Venezuela and the EU's pending accord with the "
                "Mercosur bloc.",
                "d",
                "t",
            ),
            Probe(
                "It is Villamizar's first trip to Europe since taking office in August, and comes after a brief chill "
                "last year when Madrid recalled its ambassador for consultations over remarks by a Colombian minister.",
                "d",
            ),
            Probe(
                "At home, the president faces a difficult week: Congress is due to vote on his pension reform on "
                "Thursday, and the opposition has called for marches in Bogota and Medellin.",
                "",
            ),
        ],
    ),
    (
        "Peru and Bolivia revive mixed commission on Lake Titicaca and border trade",
        [
            Probe(
                "LIMA, June 12 (AFP) - Peru and Bolivia on Thursday reconvened their binational mixed commission for "
                "the first time in six years, agreeing to clean up Lake Titicaca and to fight the smuggling of fuel "
                "and goods across their shared border.",
                "dt",
            ),
            Probe(
                "The commission, made up of deputy foreign ministers and officials from both countries' environment, "
                "customs and interior ministries, met in the Peruvian lakeside city of Puno.",
                "d",
                "t",
            ),
            Probe(
                "In a joint declaration, the two delegations said they would set up a binational authority to treat "
                "the sewage that towns on both shores pour into the lake, with funding from the Andean Development "
                "Corporation.",
                "d",
            ),
            Probe(
                "Contraband is a chronic problem along the 1,050-kilometre frontier: Bolivian diesel, sold at "
                "subsidised prices at home, is carried into Peru by the truckload, while Peruvian clothes and "
                "electronics flow the other way without paying duties.",
                "t",
            ),
            Probe(
                "Customs officers on the Peruvian side said they seized goods worth more than 40 million soles last "
                "year, a fraction of what crosses the border, according to the chamber of commerce of Puno.",
                "",
                "t",
            ),
            Probe(
                "The last meeting of the commission was cancelled in 2019 amid a diplomatic dispute after a former "
                "Bolivian president was barred from entering Peru over his alleged role in protests in the south of "
                "the country.",
                "d",
            ),
            Probe(
                'Peru\'s deputy foreign minister, Claudia Urrutia, said the relationship had "turned the page" and '
                "that the presidents of the two countries would hold a binational cabinet meeting in La Paz before the "
                "end of the year.",
                "d",
            ),
            Probe(
                "Aymara community leaders on the Bolivian shore welcomed the plan for the lake but said fishermen "
                "had been waiting for a treatment plant for twenty years.",
                "",
                "d",
            ),
            Probe(
                "Separately, the Puno regional government declared an emergency over frost in the highlands, where "
                "temperatures have fallen to minus 15 degrees and hundreds of alpacas have died.",
                "",
            ),
        ],
    ),
    (
        "Guatemala agrees to more deportation flights after talks with Washington",
        [
            Probe(
                "GUATEMALA CITY, Feb 20 (dpa) - Guatemala will receive up to five deportation flights a week from the "
                "United States under an arrangement reached after two days of talks with a US delegation, the "
                "foreign ministry said on Tuesday.",
                "d",
            ),
            Probe(
                "Foreign Minister Rosa Mejicanos said the agreement guaranteed that deportees would be returned "
                '"with dignity" and that Guatemalan consuls would be allowed to interview them before they boarded '
                "the planes.",
                "d",
            ),
            Probe(
                "In exchange, Washington will extend a programme of temporary farm work visas for Guatemalans and "
                "fund reception centres at La Aurora airport, the ministry said, without giving figures.",
                "d",
            ),
            Probe(
                "The talks came after the US administration threatened to impose tariffs on Central American "
                "countries that refused to take back their nationals, a threat that alarmed coffee and banana "
                "exporters.",
                "td",
            ),
            Probe(
                "More than 50,000 Guatemalans were deported from the United States and Mexico last year, according "
                "to the Guatemalan Migration Institute.",
                "",
                "d",
            ),
            Probe(
                "At the airport on Tuesday, relatives waited behind a fence for the 130 people on a flight from "
                "Texas, among them Marvin Ajanel, 24, who said he had spent three years working in construction in "
                "Houston.",
                "",
            ),
            Probe(
                '"I left because there was no work. Now I come back with nothing," he said, carrying a plastic bag '
                "with his belongings.",
                "",
            ),
            Probe(
                "Remittances sent home by Guatemalans abroad reached 21 billion dollars last year, nearly a fifth of "
                "the economy, and economists warn that mass deportations could hit household consumption.",
                "t",
            ),
            Probe(
                "Mexico, which is also under pressure to stop migrants heading north, has deployed some 10,000 "
                "National Guard troops to its southern border with Guatemala.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Colombian navy seizes semi-submersible carrying three tonnes of cocaine in the Pacific",
        [
            Probe(
                "BOGOTA, Sept 8 (AFP) - The Colombian navy seized a semi-submersible vessel carrying more than three "
                "tonnes of cocaine off the Pacific coast and arrested its three crew members, the armed forces said "
                "on Sunday.",
                "",
                "m",
            ),
            Probe(
                "The 18-metre craft, made of fibreglass and painted blue to avoid detection, was intercepted by a "
                "coast guard patrol boat some 120 nautical miles off the port of Tumaco after it was spotted by a "
                "maritime patrol aircraft.",
                "",
                "m",
            ),
            Probe(
                "The navy said the drugs, worth an estimated 110 million dollars on the international market, belonged "
                "to the Gulf Clan, the country's largest drug trafficking organisation, and were bound for Central "
                "America.",
                "",
                "m",
            ),
            Probe(
                "The crew, two Colombians and an Ecuadorian, were handed over to the attorney general's office in "
                "Tumaco and face charges of drug trafficking.",
                "",
            ),
            Probe(
                "The seizure was part of Orion, a multinational naval campaign against drug trafficking coordinated "
                "by Colombia in which the navies and coast guards of more than 60 countries take part.",
                "m",
                "d",
            ),
            Probe(
                "So-called narco-submarines, built in clandestine shipyards in the mangroves of Narino and Cauca, can "
                "carry up to eight tonnes of cocaine and reach as far as the coast of Australia, according to the "
                "navy.",
                "",
                "m",
            ),
            Probe(
                "It was the 14th such vessel intercepted by the navy this year, compared with 19 in the whole of "
                "last year.",
                "",
                "m",
            ),
            Probe(
                "Colombia is the world's largest producer of cocaine, and coca cultivation reached a record 253,000 "
                "hectares in 2023, according to the United Nations Office on Drugs and Crime.",
                "",
            ),
            Probe(
                "Villagers in the coastal hamlets say the boat builders pay up to ten times what a fisherman earns in "
                "a month, and that young men are recruited with promises of quick money.",
                "",
            ),
        ],
    ),
    (
        "German coalition row over defence budget deepens as finance minister rejects new debt",
        [
            Probe(
                "BERLIN (dpa) - A dispute within Germany's governing coalition over how to pay for the armed forces "
                "deepened on Wednesday after Finance Minister Tobias Kleinert ruled out suspending the constitutional "
                "debt brake to finance higher defence spending.",
                "m",
            ),
            Probe(
                "Defence Minister Anja Rothfuss has asked for an extra 6.5 billion euros next year to buy air defence "
                "systems, ammunition and new frigates, saying the Bundeswehr could not meet its NATO commitments "
                "otherwise.",
                "m",
                "d",
            ),
            Probe(
                "Kleinert, whose liberal party is the smallest of the three coalition partners, told reporters the "
                "money would have to come from savings elsewhere in the budget, for instance in social spending and "
                "subsidies.",
                "",
                "m",
            ),
            Probe(
                "The Social Democrats reacted angrily, with parliamentary group leader Markus Voigt saying his party "
                'would not accept cuts to pensions or child benefit "to pay for tanks".',
                "m",
            ),
            Probe(
                "Germany reached NATO's target of spending 2 percent of economic output on defence last year for the "
                "first time since the end of the Cold War, largely thanks to a special fund of 100 billion euros "
                "created after Russia's invasion of Ukraine.",
                "m",
                "d",
            ),
            Probe(
                "That fund will be exhausted by 2027, and military planners warn that the regular budget will then "
                "have to rise by around 30 billion euros a year to keep spending at the NATO level.",
                "m",
            ),
            Probe(
                "Chancellor Olaf Wegener has so far stayed out of the dispute, but his spokesman said on Wednesday "
                "that the government would present its draft budget on July 3 as planned.",
                "",
                "m",
            ),
            Probe(
                'The opposition Christian Democrats accused the coalition of "chaos" and called for a vote of '
                "confidence in the Bundestag.",
                "",
            ),
            Probe(
                "Polls published on Tuesday showed the three coalition parties together at 32 percent, their lowest "
                "combined score since taking office.",
                "",
            ),
        ],
    ),
    (
        "Colombia suspends talks with guerrilla dissidents after attack on army base",
        [
            Probe(
                "BOGOTA (France 24) - The Colombian government on Friday suspended peace talks with a dissident "
                "faction of the former FARC guerrilla after an attack on an army base in the southwest killed four "
                "soldiers.",
                "m",
            ),
            Probe(
                "Fighters of the Central General Staff, which rejected the 2016 peace agreement, attacked the base in "
                "the municipality of El Plateado with explosives launched from drones and rifle fire before dawn, "
                "the army said.",
                "m",
            ),
            Probe(
                '"There can be no dialogue while they murder our soldiers," the government\'s chief negotiator, '
                "Camila Rengifo, told reporters in Bogota.",
                "m",
            ),
            Probe(
                "The talks, which began last year, had produced a bilateral ceasefire and a pledge by the group to "
                "stop recruiting minors, but the truce expired in April and was not renewed.",
                "m",
            ),
            Probe(
                "Norway, Ireland, Switzerland and Venezuela act as guarantor countries of the process, and the UN "
                "Verification Mission in Colombia monitors the implementation of the ceasefire.",
                "d",
                "m",
            ),
            Probe(
                "The UN mission said in a statement that it regretted the suspension and urged both parties to "
                "return to the negotiating table.",
                "d",
                "m",
            ),
            Probe(
                "The dissidents, estimated at some 3,500 fighters, control large parts of the coca-growing "
                "departments of Cauca and Narino, where they fight rival armed groups for drug routes.",
                "m",
            ),
            Probe(
                "Indigenous leaders in northern Cauca say the group has killed more than 20 community guards since "
                "January and forced hundreds of families to flee their homes.",
                "m",
            ),
            Probe(
                "Defence Minister Ivan Sotomayor ordered 1,200 troops to be sent to the region and offered a reward "
                "of 500 million pesos for information leading to the capture of the faction's leader.",
                "m",
            ),
            Probe(
                'President Gustavo Arrieta\'s "total peace" policy has drawn criticism from the opposition, which '
                "says it has allowed armed groups to grow stronger, and the president's approval rating has fallen "
                "below 30 percent.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Farmers block Brussels with tractors in protest against EU-Mercosur accord",
        [
            Probe(
                "BRUSSELS (ANSA) - Thousands of farmers from across Europe drove their tractors into central Brussels "
                "on Thursday to protest against a trade accord between the European Union and the South American "
                "Mercosur bloc, as EU leaders met for a summit nearby.",
                "t",
                "d",
            ),
            Probe(
                "Protesters set fire to tyres and bales of hay near the European Parliament and threw eggs at police, "
                "who responded with water cannon, Belgian media reported.",
                "",
                "t",
            ),
            Probe(
                "The farmers say the accord would flood the European market with cheaper beef, poultry and sugar from "
                "Brazil and Argentina, produced under environmental and health rules less strict than their own.",
                "t",
            ),
            Probe(
                '"We are asked to respect rules that our competitors on the other side of the ocean simply ignore," '
                "said Giulia Fontana, who raises dairy cattle near Cremona.",
                "t",
            ),
            Probe(
                "The European Commission concluded negotiations on the accord in December after more than two "
                "decades of talks with Brazil, Argentina, Uruguay and Paraguay, but it still needs the approval of "
                "member states and the European Parliament.",
                "td",
            ),
            Probe(
                "France has led opposition to the deal, and Italy's agriculture minister said on Thursday that Rome "
                "would not back it without stronger safeguards for sensitive products.",
                "td",
            ),
            Probe(
                "Germany and Spain, which see the accord as a way to open new markets for their car makers and "
                "machinery exporters, have urged the Commission to sign it quickly.",
                "t",
                "d",
            ),
            Probe(
                "Inside the summit, leaders also discussed support for Ukraine and the bloc's next long-term budget, "
                "a diplomat said.",
                "d",
                "m",
            ),
            Probe(
                "Belgian police said 15 people were detained and three officers slightly injured, and that traffic "
                "in the capital would remain disrupted until Friday.",
                "",
            ),
        ],
    ),
    (
        "Transit fee dispute threatens gas flows through pipeline, operator says",
        [
            Probe(
                "VIENNA (DW) - Gas deliveries through a pipeline that carries Caspian gas to central Europe could be "
                "interrupted next month unless the transit countries agree on new fees, the operator warned on "
                "Monday.",
                "t",
            ),
            Probe(
                "The consortium that runs the pipeline said Hungary and Slovakia had both demanded higher transit "
                "tariffs for the stretch crossing their territory when the current contracts expire on October 1.",
                "t",
                "d",
            ),
            Probe(
                "Bratislava wants the fee raised by a third, to around 0.9 euros per thousand cubic metres per 100 "
                "kilometres, arguing that the old rate no longer covers maintenance of the compressor stations.",
                "t",
            ),
            Probe(
                "Austria, which receives about a fifth of its gas through the line, called on both governments to "
                "settle the matter quickly and said it had raised the issue with the European Commission.",
                "td",
            ),
            Probe(
                "Energy traders said wholesale gas prices at the Austrian hub rose 6 percent on Monday on fears of a "
                "shortage before the winter.",
                "t",
            ),
            Probe(
                "Slovakia's economy minister, Peter Hrasko, said his country was not blackmailing anyone and that the "
                "fees were a normal commercial matter between the operator and the national grid companies.",
                "t",
                "d",
            ),
            Probe(
                "The pipeline, completed in 2019, can carry up to 20 billion cubic metres a year and was built to "
                "reduce Europe's dependence on Russian gas.",
                "t",
            ),
            Probe(
                "A Commission spokeswoman said Brussels was in contact with the capitals concerned and that security "
                "of supply before the winter was a priority for the whole bloc.",
                "t",
                "d",
            ),
            Probe(
                "Environmental groups held a small protest outside the operator's offices, calling for the money to "
                "be spent on wind and solar power instead.",
                "",
            ),
        ],
    ),
    (
        "Mexico and Ecuador restore diplomatic relations a year after embassy raid",
        [
            Probe(
                "MEXICO CITY (EFE) - Mexico and Ecuador announced on Wednesday that they would restore diplomatic "
                "relations, broken off last year after Ecuadorian police stormed the Mexican embassy in Quito to "
                "arrest a former vice president who had sought asylum there.",
                "d",
            ),
            Probe(
                'In a joint communique, the two foreign ministries said ambassadors would be appointed "in the '
                'coming weeks" and that consular services would resume in full.',
                "d",
            ),
            Probe(
                "The agreement was reached with the mediation of Brazil and Chile, whose foreign ministers hosted "
                "three rounds of talks in Brasilia and Santiago, according to the statement.",
                "d",
            ),
            Probe(
                "Ecuador did not apologise for the raid, which was condemned at the time by the Organization of "
                "American States and most governments in the region, but both sides pledged to respect the Vienna "
                "Convention on Diplomatic Relations.",
                "d",
            ),
            Probe(
                "Trade between the two countries, worth about 1.2 billion dollars a year, was largely unaffected by "
                "the rupture, but talks on a free trade agreement were frozen.",
                "t",
                "d",
            ),
            Probe(
                "The former vice president, Julio Baquerizo, is serving a prison sentence for corruption in a "
                "maximum security jail in Guayaquil.",
                "",
                "d",
            ),
            Probe(
                "Ecuadorian business leaders welcomed the announcement and said they hoped the trade talks could "
                "resume before the end of the year.",
                "t",
                "d",
            ),
        ],
    ),
]
