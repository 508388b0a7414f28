"""A thirty-first batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: long mixed world-news articles in the style of
international broadcasters' websites (ten to thirteen paragraphs), each one story that runs through several themes (a
railway built on a foreign loan and watched by the lender's guards, a power line sold across a disputed border, a port
lease with a clause for the operator's state's ships, fishing licences and a coast guard chase, export licences for
magnets slowed in step with trade talks, an anchor dragged across a pipeline); with paragraphs that carry a theme only
through the article (no theme word of their own) and paragraphs that stay unlabelled (local colour, a company's history,
weather, a strike, a court date).
Blind, main's rules got 22 of these 77 paragraphs wrong (trade missed 10 times, diplomacy 7, military 6; diplomacy
given twice): paragraphs that carry the story's theme with no word of it (a guard who "does not patrol", surveyors
turned back at the border, a coast guard's flares, an anchor let go "on purpose", power sold across the line told in a
quote), a lease and a chain of ports with no word of investment, gas "bought from Russia", "officials in both
capitals", metals and magnets, a capital that only "has its own worry", and a next round of talks.
After this round's mends, 18 (goods bought from a state are trade with it; "both capitals" are two states; metals and
magnets are weak trade goods; a capital that has something does nothing to another state; "talks" weighs more for
trade, which mends the trade half of the next round of talks).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

THIRTYFIRST_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "The Railway Beijing Built, And Now Guards",
        [
            Probe(
                (
                    "BISHKEK - The first freight train on the new line from the Chinese border to the Fergana Valley "
                    "pulled out of Kashgar on a grey morning in May, hauling 40 containers of Chinese tiles, tyres "
                    "and solar panels bound for Uzbekistan."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "For Kyrgyzstan, a mountainous country of seven million people, the 280-kilometre railway is the "
                    "biggest building project since independence. It was paid for largely with a $4.7bn loan from the "
                    "Export-Import Bank of China, to be repaid over 25 years from transit fees."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "What has drawn less attention is who protects it. Since March, the tunnels and bridges along the "
                    "route have been watched by guards employed by two Chinese security companies, some of them "
                    "former soldiers of the People's Liberation Army, under a clause in the loan agreement."
                ),
                "m",
                "td",
            ),
            Probe(
                (
                    'Kyrgyz officials insist the guards carry no firearms and answer to the national police. "They '
                    'watch cameras, they do not patrol," said a deputy transport minister, Bakyt Osmonov.'
                ),
                "m",
            ),
            Probe(
                (
                    "But a document seen by this outlet shows that the agreement also allows the Chinese side to "
                    '"take measures" if Kyrgyz forces cannot protect the line, wording that critics in parliament say '
                    "could open the door to armed personnel."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Beijing has reason to worry. In 2016 a suicide bomber drove a car into the gates of the Chinese "
                    "embassy in Bishkek, and Chinese workers at a gold mine in the east were beaten by villagers in "
                    "2019."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The valley the railway crosses is one of the most beautiful in Central Asia. Shepherds still "
                    "drive their flocks up to summer pastures in June, and the slopes above the river turn red with "
                    "wild tulips in spring."
                ),
                "",
            ),
            Probe(
                (
                    "In At-Bashy, the last town before the border, Aigul Mamatova runs a guesthouse that has been "
                    'full of Chinese engineers for three years. "They pay on time and they don\'t drink," she said, '
                    'laughing. "Better than tourists."'
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "Opposition MPs say the debt could leave the country at Beijing's mercy. Kyrgyzstan already owes "
                    "China about 40% of its foreign debt, and the government has twice asked to delay repayments "
                    "since the pandemic."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Russia, which keeps an air base at Kant, east of the capital, and leads the security alliance "
                    "Kyrgyzstan belongs to, has said little in public. Privately, Russian diplomats in Bishkek have "
                    "asked for copies of the security clause, according to two people familiar with the requests."
                ),
                "md",
            ),
            Probe(
                (
                    "Moscow has watched Chinese money pour into what it regards as its backyard for two decades, but "
                    "it has not stood in the way. Its own trade with the region depends more and more on routes that "
                    "run through China."
                ),
                "td",
            ),
            Probe(
                (
                    "President Sadyr Japarov, who opened the line with China's vice-premier, called it \"a bridge "
                    'between two great civilisations" and promised that a second line, to Kazakhstan, would follow.'
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "The freight train reached the Uzbek border two days later, some nine hours behind schedule after "
                    "a landslide near the Torugart pass."
                ),
                "",
                "t",
            ),
        ],
    ),
    (
        "Nepal Sells Power To India Across A Border Both Claim",
        [
            Probe(
                (
                    "KATHMANDU - For the first time, electricity from a Himalayan dam in far-western Nepal is flowing "
                    "into India's grid, through a 400-kilovolt line that crosses a strip of land both countries claim "
                    "as their own."
                ),
                "td",
            ),
            Probe(
                (
                    "The line was meant to be a symbol of friendship. It was financed by India's state power company "
                    "and the World Bank, and it will carry up to 800 megawatts south during the monsoon months, when "
                    "Nepal's rivers run high."
                ),
                "td",
            ),
            Probe(
                (
                    "Instead, it has opened an old wound. Nepal's parliament voted in 2020 to print a new map showing "
                    "the Kalapani area, a high valley where Nepal, India and Tibet meet, as Nepalese territory. "
                    "India, which has kept troops at a post in the valley since 1962, rejected the map as "
                    '"untenable".'
                ),
                "dm",
            ),
            Probe(
                (
                    "Last week Nepalese surveyors sent to mark the route of a new pylon were turned back by Indian "
                    "border police. Neither side fired, but photographs of the stand-off spread quickly on Nepalese "
                    "social media."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    '"We sell them our water and our power, and they tell us where we may stand in our own country," '
                    "said Rabindra Bhandari, a lawmaker from the far west."
                ),
                "td",
            ),
            Probe(
                (
                    "Officials in both capitals are keen to keep the two questions apart. Nepal's energy ministry "
                    "says contracts signed with Indian buyers are commercial and will be honoured whatever happens on "
                    "the border."
                ),
                "td",
            ),
            Probe(
                (
                    "The money matters. Nepal imports almost everything it consumes from India, from fuel to "
                    "medicine, and the power sales are the one line in its accounts that runs the other way. Last "
                    "year they earned some 17 billion rupees."
                ),
                "t",
            ),
            Probe(
                (
                    "India's external affairs ministry said the boundary question would be \"addressed through "
                    "established mechanisms\" and noted that the two sides' foreign secretaries had not met since "
                    "2019."
                ),
                "d",
            ),
            Probe(
                (
                    "Mahakali Hydro, the company that runs the dam, began life in 1994 as a family business selling "
                    "diesel generators in Nepalgunj. Its founder, Hari Prasad Joshi, still keeps the first generator "
                    "in the lobby of its head office."
                ),
                "",
            ),
            Probe(
                (
                    "The monsoon arrived a week early this year, and the reservoir filled by the middle of June. "
                    "Engineers say the turbines have run at full capacity since."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "China has been watching. Beijing has offered to build a second line north, across the Himalayas "
                    "to Tibet, as part of its Belt and Road plan, though Nepalese engineers say it would cost four "
                    "times as much per kilometre."
                ),
                "td",
            ),
            Probe(
                (
                    "In Darchula, the border town nearest the disputed valley, traders cross the suspension bridge "
                    "into India each morning to buy sugar and cooking oil, as their grandparents did. Few of them "
                    "have seen the new map."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    '"The border is for the politicians," said Dhan Bahadur, who sells tea beside the bridge. "For '
                    'us, it is a bridge."'
                ),
                "",
                "d",
            ),
        ],
    ),
    (
        "A Port Lease That Comes With A Warship Clause",
        [
            Probe(
                (
                    "MAPUTO - When Mozambique signed a 30-year lease on its northern port of Nacala with an Emirati "
                    "operator in January, the government spoke of cranes, jobs and a faster route for coal from the "
                    "interior."
                ),
                "t",
                "d",
            ),
            Probe(
                ("It said nothing about warships."),
                "m",
                "d",
            ),
            Probe(
                (
                    "But a 140-page annex to the agreement, published this month by a civil-society group in Maputo, "
                    'allows "vessels of the State of the Operator" to call at the port for supplies and repairs with '
                    "48 hours' notice, and to keep fuel stores on a site next to the container terminal."
                ),
                "m",
                "td",
            ),
            Probe(
                (
                    "The United Arab Emirates has built a chain of such ports around the Horn of Africa and the "
                    "Indian Ocean over the past decade, from Berbera in Somaliland to Bosaso in Puntland. Some have "
                    "later hosted Emirati troops and aircraft."
                ),
                "tm",
                "d",
            ),
            Probe(
                (
                    "Mozambique's transport minister, Mateus Magala, said the annex was standard language and that no "
                    'request for a military visit had been made. "This is a commercial port," he told reporters.'
                ),
                "m",
                "td",
            ),
            Probe(
                (
                    "The lease has its defenders. Nacala handled barely two million tonnes of cargo last year, a "
                    "fraction of what its deep natural harbour could take, and the operator has promised to invest "
                    "$1.2 billion over ten years."
                ),
                "t",
            ),
            Probe(
                (
                    "The port has a long history. The Portuguese built its first quay in the 1950s, and its railway "
                    "to Malawi carried tobacco and sugar through the years of civil war."
                ),
                "",
                "tm",
            ),
            Probe(
                (
                    "Further north, the gas fields of Cabo Delgado have been at the heart of an Islamist insurgency "
                    "since 2017. Rwandan troops, sent in 2021, still guard the liquefied gas site at Afungi, where "
                    "TotalEnergies halted work after an attack on the town of Palma."
                ),
                "m",
                "td",
            ),
            Probe(
                (
                    "Diplomats in Maputo say the lease has worried Washington, which has trained Mozambican marines, "
                    "and New Delhi, whose navy has long regarded the Mozambique Channel as part of its patch."
                ),
                "dm",
            ),
            Probe(
                (
                    'A US embassy spokesperson said the United States "respects Mozambique\'s sovereign choices" but '
                    'hoped that any agreement would be "transparent".'
                ),
                "d",
            ),
            Probe(
                (
                    "Dockworkers in Nacala, who went on strike for three days in March over night-shift pay, say they "
                    'have heard little of the row. "We load ships. Which flag they fly is not our business," said '
                    "one, Armando Chissano."
                ),
                "",
                "tm",
            ),
            Probe(
                (
                    "The rains have been poor across the north this year, and the government has warned of food "
                    "shortages in Nampula province by the end of the dry season."
                ),
                "",
            ),
            Probe(
                (
                    "The opposition party Renamo has asked parliament to publish the full agreement and to hold a "
                    "vote on the annex. The ruling Frelimo, which has a large majority, has not responded."
                ),
                "",
                "tmd",
            ),
        ],
    ),
    (
        "Squid, Flares And A Six-Hour Chase Off The Falklands",
        [
            Probe(
                (
                    "STANLEY, Falkland Islands - Every February, more than a hundred squid jiggers from China, Taiwan "
                    "and South Korea anchor off the edge of the islands' waters, their decks hung with thousands of "
                    "bright lamps that lure squid to the surface at night."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "The licences they buy from the islands' government to fish inside its 200-mile zone are worth "
                    "about 70 million pounds a year, and pay for nearly half of the territory's budget."
                ),
                "t",
            ),
            Probe(
                (
                    "Argentina, which claims the islands it calls the Malvinas, regards every one of those licences "
                    "as illegal. This season its coast guard has gone further than before, shadowing licensed vessels "
                    "as they leave the zone and boarding two of them in international waters."
                ),
                "d",
                "mt",
            ),
            Probe(
                (
                    "On March 3, an Argentine coast guard cutter ordered the Taiwanese jigger Hai Feng 21 to stop "
                    "some 15 miles outside the zone. The captain refused, and for six hours the two ships sailed side "
                    "by side while the cutter fired flares across the jigger's bow."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The vessel eventually turned north for Montevideo. Its owners, a fishing company in Kaohsiung, "
                    'said the crew had been "threatened at sea by a foreign government ship" and asked Taipei to '
                    "protest."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Britain's Foreign Office said it was aware of the incident and that the islands' right to manage "
                    'their own fisheries was "not in question". The Royal Navy\'s patrol ship in the South Atlantic, '
                    "HMS Forth, was in port at the time."
                ),
                "dm",
            ),
            Probe(
                (
                    "Buenos Aires says the islands' fishery robs Argentina of a resource that belongs to it. \"Every "
                    "squid caught there is caught in Argentine waters,\" said the foreign ministry's secretary for "
                    "Malvinas affairs, Guillermo Carmona."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "The fleets themselves care little for the quarrel. Most sail on to fish Argentina's own waters "
                    "too, where licences are cheaper but the coast guard is less forgiving: in 2016 it sank a Chinese "
                    "trawler it said had been fishing illegally."
                ),
                "d",
                "tm",
            ),
            Probe(
                (
                    "Stanley itself has the feel of an English market town moved to the end of the world: red "
                    "telephone boxes, a cathedral with an arch made of whale jawbones, and wind that seldom drops "
                    "below a stiff breeze."
                ),
                "",
            ),
            Probe(
                (
                    "The Falkland Islands Company, founded by royal charter in 1851, once owned nearly half the land "
                    "on the islands and ran its sheep farms, shipping and only shop. Today it sells groceries and "
                    "cars and runs the town's hardware store."
                ),
                "",
            ),
            Probe(
                (
                    "Fishing changed all that. Before the zone was declared in 1986, the islanders lived off wool; "
                    "now the licence money pays for a new hospital and a school where every child learns on a laptop."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "Argentina's new government has promised to take the dispute back to the United Nations, where a "
                    "committee on decolonisation calls every year for talks between London and Buenos Aires."
                ),
                "d",
            ),
            Probe(
                (
                    "In London, officials say there is nothing to talk about as long as the islanders wish to stay "
                    "British. In a 2013 referendum, 99.8% voted to do so."
                ),
                "d",
            ),
        ],
    ),
    (
        "Europe's Carmakers Count The Days For China's Magnet Licences",
        [
            Probe(
                (
                    "BRUSSELS - Since April, every shipment of rare-earth magnets leaving China has needed a licence "
                    "from the commerce ministry in Beijing. For Europe's carmakers, that paperwork has become a "
                    "weekly countdown."
                ),
                "t",
            ),
            Probe(
                (
                    "The licences take up to 45 days to arrive, when they arrive at all. A German maker of "
                    "windscreen-wiper motors said last month it had stopped two lines for lack of magnets, and an "
                    "Italian supplier of e-bike parts has put 300 workers on short time."
                ),
                "t",
            ),
            Probe(
                (
                    "Officially the rules are about security. China says the metals, used in fighter jets and "
                    "missiles as well as in cars and wind turbines, must not end up in the hands of foreign armies."
                ),
                "tm",
            ),
            Probe(
                (
                    "European officials believe the real purpose is leverage. The licences began to slow in the same "
                    "week that Brussels opened talks with Beijing on its duties on Chinese electric cars, and they "
                    "have sped up and slowed again since, in step with the talks."
                ),
                "td",
            ),
            Probe(
                (
                    '"You can draw the chart yourself," said one EU diplomat. "A good round in Beijing, and the '
                    'trucks move. A bad one, and they stop at the port."'
                ),
                "td",
            ),
            Probe(
                (
                    "The European Commission's trade chief, Maros Sefcovic, flew to Beijing last week for a third "
                    'round. The two sides agreed on a "green channel" for licences for some 40 European firms, '
                    "according to a joint statement, but not on the car duties."
                ),
                "td",
            ),
            Probe(
                (
                    "China mines about 70% of the world's rare earths and processes more than 90%. Europe has one "
                    "plant of note, in Estonia, which turns ore from elsewhere into oxides; it was built in Soviet "
                    "times to enrich uranium."
                ),
                "t",
                "m",
            ),
            Probe(
                (
                    "Sillamae, the town around it, was once so secret that it did not appear on maps. Its "
                    "neoclassical town hall and seaside promenade, built by prisoners in the 1940s, now draw tourists "
                    "from Tallinn at weekends."
                ),
                "",
            ),
            Probe(
                (
                    "Japan went through the same in 2010, when Chinese shipments stopped for two months after a "
                    "fishing-boat captain was arrested near disputed islands. Tokyo has since cut its dependence from "
                    "90% to about 60%, by funding mines in Australia and stockpiling."
                ),
                "td",
            ),
            Probe(
                (
                    "Washington has its own worry. The Pentagon relies on Chinese magnets for parts of the F-35, and "
                    "has paid a Texas company to build a plant that could supply the military by 2027."
                ),
                "tm",
            ),
            Probe(
                (
                    "In Stuttgart, managers at one supplier have started to keep a spreadsheet of every shipment that "
                    'clears customs in Shanghai. "We have people whose only job now is to phone Beijing," said its '
                    "chief executive, who asked not to be named."
                ),
                "t",
            ),
            Probe(
                (
                    "The next round of talks is due in Brussels in July. Until then, European firms say, they will "
                    "keep buying what they can, and keep waiting."
                ),
                "td",
            ),
        ],
    ),
    (
        "Finland Says Anchor Was Dropped On Purpose Before Pipeline Cut",
        [
            Probe(
                (
                    "HELSINKI - The anchor of a cargo ship was dragged along the seabed for more than 100 kilometres "
                    "before it cut the gas pipeline between Finland and Estonia on Christmas night, in what Finnish "
                    "investigators now call a deliberate act, according to a report released on Thursday."
                ),
                "m",
                "td",
            ),
            Probe(
                (
                    "The ship, the Eagle S, sailed under the flag of the Cook Islands but belonged, investigators "
                    "say, to a fleet of ageing tankers that carry Russian oil around Western sanctions."
                ),
                "t",
                "md",
            ),
            Probe(
                (
                    "Finnish special forces boarded the vessel from helicopters two days later and brought it to "
                    "anchor off Porvoo. Its captain, a Georgian, and eight crew were barred from leaving the country."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The report stops short of saying who ordered the damage. But it notes that the anchor chain "
                    "showed signs of having been released on purpose, and that the ship's tracking signal went dark "
                    "for 40 minutes at the moment the pipe was hit."
                ),
                "m",
            ),
            Probe(
                (
                    'Moscow has denied any role. The Russian embassy in Helsinki called the accusations "another '
                    'episode of anti-Russian hysteria" and said Finland had detained the ship "in violation of the '
                    'law of the sea".'
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "The Balticconnector pipeline, which cost 300 million euros and opened in 2019, lets the two "
                    "countries share gas from a floating import terminal. Repairs took four months, during which "
                    "Finland relied on supplies shipped through Estonia by sea."
                ),
                "t",
            ),
            Probe(
                (
                    "For Estonia, which has bought no gas from Russia at all since 2022, the pipe mattered less than "
                    "the fibre-optic cables running beside it."
                ),
                "t",
                "m",
            ),
            Probe(
                (
                    "NATO has since sent frigates and maritime patrol aircraft to watch the Gulf of Finland under an "
                    "operation called Baltic Sentry. Last month a Swedish corvette shadowed a tanker for two days "
                    "after it slowed near a power cable off Gotland."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Lawyers for the ship's owners, a company registered in Dubai, say it was an accident in a winter "
                    'storm. "Anchors drag. It happens every year in the Baltic," one of them, Jussi Pihlajamaa, told '
                    "Finnish radio."
                ),
                "",
                "m",
            ),
            Probe(
                (
                    "The storm that night was real enough. Gusts of up to 30 metres a second closed the ferry line to "
                    "Tallinn and knocked out power to 20,000 homes in southern Finland."
                ),
                "",
            ),
            Probe(
                (
                    "Porvoo, where the ship was held for seven weeks, is Finland's second-oldest town, known for its "
                    "red wooden warehouses along the river and a cafe that still bakes the cakes a poet's wife made "
                    "famous."
                ),
                "",
            ),
            Probe(
                (
                    "A court in Helsinki will decide in June whether the captain and two officers can be tried for "
                    "aggravated criminal mischief. Finland has never before prosecuted anyone for damage to an "
                    "undersea pipeline."
                ),
                "",
                "m",
            ),
            Probe(
                (
                    "Finland's president, Alexander Stubb, said the case showed that the Baltic had become \"a front "
                    'line", and that Helsinki would work with its allies to protect "every metre of cable on the sea '
                    'floor".'
                ),
                "m",
                "d",
            ),
        ],
    ),
]
