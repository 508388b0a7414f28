"""A twenty-sixth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules. Half are long-form web features of 900 words or more
whose themes arrive through people's stories (a soldier's mother waiting for news, a fisherman whose catch went to a
foreign market now closed, an interpreter at a border crossing, a retired ambassador's memoir, a town that lives on
orders for shells, a student stranded by a visa row between two states, a farmer on an old minefield), half world news
on the wire (a standoff of navies over a cable-repair ship, grain barges on a river corridor, an envoy's shuttle
between two capitals, a sale of coastal missiles approved, a currency swap line renewed, a regional force's mandate
renewed, a joint exercise called off in a row); and three that get no theme although they use its words (a chess
"attack", a "trade" of players between clubs, a charity run's "mission").
Blind, main's rules got 52 of these 217 paragraphs wrong (military missed in 20, trade in 6, diplomacy in 5; diplomacy
given 10 times where it does not belong, military 7, trade 7): prisoners of war and mines told with no word of war, a
memoir's diplomacy, grain on a river, lists of places read as parties, a chess "attack" and "defence", a player
"trade", a charity's "military operation".
After this round's mends (words of mines and their clearing; a long piece whose first two paragraphs carry war is
about it under a title with no word of it, so prisoners and the captured told as its effects take it; goods sold to a
buyer that stands in another state), 42: eleven mended, one given (deminers at lunch). See KNOWN_MISSES in
test_theme_probes.py for what is left.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

TWENTYSIXTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "The Waiting Room: A Mother's Year Of Lists, Calls And Silence",
        [
            Probe(
                "Every morning at seven, Halyna Marchuk opens her laptop at the kitchen table in Vinnytsia and reads "
                "the same list. It is a spreadsheet of names, sent around by other mothers, of soldiers whom "
                "someone has seen alive in a Russian prison since the spring.",
                "m",
            ),
            Probe(
                "Her son Taras, a 24-year-old sergeant in a mechanised brigade, went missing near Vuhledar in "
                "February, when his unit was ordered to pull back from a line of trenches under heavy shelling. "
                "Two of the men who made it out told her they last saw him helping a wounded friend into a dugout.",
                "m",
            ),
            Probe(
                "Since then she has learnt the vocabulary of a war she never wanted to understand: missing in action, "
                "confirmed captured, exchange fund, the coordination headquarters for prisoners of war. She keeps a "
                "folder of every letter she has sent and every reply, most of them a single paragraph.",
                "m",
            ),
            Probe(
                "The International Committee of the Red Cross registered her request in March. A woman from its "
                "office in Kyiv calls every few weeks, always kind, always careful to promise nothing. The committee "
                "says it has been allowed to visit only a fraction of the prisoners held in Russia.",
                "m",
                "d",
            ),
            Probe(
                "Each time Kyiv and Moscow swap prisoners, usually after weeks of quiet mediation by the United Arab "
                "Emirates, Marchuk watches the video of the buses crossing the border, freezing the frame to study "
                "the faces of the men as they step down, thin, shaven, wrapped in flags.",
                "md",
            ),
            Probe(
                "There have been eleven exchanges since her son disappeared. Taras was not on any of the lists.",
                "md",
            ),
            Probe(
                "She has written to the Vatican, whose envoy has carried lists of names between the two capitals, and "
                "to the Turkish embassy, after reading that Ankara had helped to free a group of marines. The Turkish "
                "embassy wrote back within a week. The Vatican has not.",
                "d",
                "m",
            ),
            Probe(
                "Her husband, a bus driver, copes differently. He does not read the lists, and he leaves the room "
                "when she calls the hotline. On Sundays he fixes things in the flat that are not broken.",
                "",
            ),
            Probe(
                "In August a man released in an exchange called her from a hospital in Chernihiv. He said he had "
                "shared a cell in Taganrog with a sergeant from Vinnytsia who talked about his mother's cherry "
                "dumplings. He could not remember the man's surname.",
                "m",
            ),
            Probe(
                "She sent the man a photograph. He looked at it for a long time, she said, and then said he thought "
                "it was him, but he was not sure; the men in the cell had lost so much weight that they hardly "
                "recognised each other.",
                "",
                "m",
            ),
            Probe(
                "The coordination headquarters now lists Taras as probably captured, a status that means, in "
                "practice, that Ukraine will put his name on the list it hands to the other side before the next "
                "swap. Whether the other side agrees is another matter.",
                "m",
                "d",
            ),
            Probe(
                "The mothers meet once a month in a community hall near the railway station. They bring tea, "
                "photographs and new rumours. One of them, whose son was freed in June, still comes, to help the "
                "others fill in forms.",
                "",
                "m",
            ),
            Probe(
                '"I used to think the worst thing was not knowing," Marchuk said, folding the list back into her '
                'folder. "Now I think the worst thing is hoping every Tuesday and Friday, because that is when the '
                'exchanges usually happen."',
                "",
                "m",
            ),
            Probe(
                "Before the war, Marchuk taught chemistry at a secondary school. She took unpaid leave in the spring "
                "because she could not concentrate in class, and because the calls from the hotline come during the "
                "day. Her pupils send her drawings of sunflowers.",
                "",
            ),
            Probe(
                "Taras joined the army in 2022, three weeks after the invasion, against her wishes. He had been "
                "studying to be a vet. In his first letters from training he complained about the food and asked "
                "her to send socks; later he stopped writing about anything except the weather.",
                "m",
            ),
            Probe(
                "The ombudsman's office in Kyiv says more than 8,000 Ukrainians are known to be held by Russia, "
                "soldiers and civilians, and thousands more are listed as missing. Moscow does not publish the "
                "names of the prisoners it holds, and it refuses to let most families write to them.",
                "m",
                "d",
            ),
            Probe(
                "Ukraine has complained to the United Nations that prisoners come home with broken ribs and stories "
                "of beatings. Russia denies mistreating anyone and accuses Kyiv of the same.",
                "md",
            ),
            Probe(
                "In June Marchuk travelled to Geneva with four other mothers to meet officials at the Red Cross "
                "headquarters and diplomats from several European missions. They were given coffee, a meeting room "
                "and an hour. She says she left with a business card and the feeling that someone had listened.",
                "d",
                "m",
            ),
            Probe(
                "Back home, she found that a Russian Telegram channel had posted a video of Ukrainian prisoners "
                "singing the Russian anthem. She watched it 40 times. Her son was not in it either.",
                "m",
            ),
            Probe(
                "Some mothers have been contacted by strangers offering to find their sons for money. The security "
                "service says most are fraudsters, and some work for Russian intelligence, fishing for the names of "
                "units and the places they are stationed.",
                "m",
            ),
            Probe(
                "Marchuk has kept her son's room as it was. His guitar is on the bed; his textbooks on animal "
                "anatomy are stacked on the desk. On his birthday in October she baked a cake and took it to the "
                "soldiers at a checkpoint outside the city.",
                "",
                "m",
            ),
            Probe(
                "Friends have stopped asking whether there is news. Her sister in Poland sends money every month and "
                "calls on Sundays, and they talk about anything else: the garden, the prices, the neighbour's dog.",
                "",
            ),
        ],
    ),
    (
        "The Last Boats Of Skála: A Fishing Village Loses Its Market",
        [
            Probe(
                "For three generations the Gunnarsson family has landed mackerel at the small harbour of Skála, on "
                "the east coast of the island, and for most of that time nearly all of the catch has gone to one "
                "place: the fish markets of Russia, a day and a half away by refrigerated ship.",
                "t",
            ),
            Probe(
                "That ended last winter. After the islands' government joined the European Union's sanctions, Moscow "
                "banned imports of fish from the archipelago, and the buyers who had come every autumn to taste the "
                "catch stopped answering the phone.",
                "td",
            ),
            Probe(
                "Jógvan Gunnarsson, 61, still goes out before dawn. He owns two boats and employs nine men. This year "
                "he has sold his mackerel to a processing plant in Norway for about 40 percent less than the Russians "
                "used to pay, and he has laid off three of his crew.",
                "t",
            ),
            Probe(
                "His grandfather built the first boat with timber from a wreck. His father bought the second with a "
                "loan from the village cooperative. Photographs of both hang in the net loft behind the harbour, next "
                "to a calendar from a Murmansk shipping agent that nobody has taken down.",
                "",
            ),
            Probe(
                '"We were not political," Gunnarsson said. "We sold fish. The Russians were good customers, they paid '
                'on time, and in 40 years I never had a contract broken. Now they say we are enemies."',
                "t",
                "d",
            ),
            Probe(
                "The archipelago's foreign minister, Anna Joensen, has defended the decision to join the sanctions, "
                "saying the islands could not stand apart from their neighbours while Russia was at war in Ukraine. "
                "She has promised the fishing towns help to find buyers in Asia.",
                "dt",
                "m",
            ),
            Probe(
                "A trade delegation went to Seoul and Tokyo in the spring. It came back with letters of interest and a "
                "promise of a tasting event, but no contracts. Japanese buyers, the exporters' association says, want "
                "a smaller fish, frozen differently, at a price the boats cannot meet.",
                "t",
                "d",
            ),
            Probe(
                "Meanwhile the harbour has grown quiet. The ice plant works two days a week. The cafe by the slipway, "
                "which used to open at four in the morning for the crews, now opens at nine.",
                "",
                "t",
            ),
            Probe(
                "Gunnarsson's son, Rói, studied marine engineering in Trondheim and came home to take over one of the "
                "boats. He is not sure he will stay. A wind farm company has offered him a job servicing turbines "
                "off the Scottish coast, on a contract that pays twice what the fish do.",
                "",
            ),
            Probe(
                "The village council has asked the government to compensate the boats for the lost market, as Oslo "
                "did for Norwegian fishermen in 2014. The finance ministry says the budget has no room for it.",
                "",
                "t",
            ),
            Probe(
                "On the quay, Gunnarsson watched his crew unload a catch that would be trucked to the ferry and then "
                "on to Norway. The fish were good, he said, fat from a warm summer. Then he went to the office to fill "
                "in the export papers that his grandfather never needed.",
                "t",
            ),
            Probe(
                "The ban has hit the whole archipelago. Fish and fish products make up more than 90 percent of the "
                "islands' exports, and Russia took about a quarter of them, mostly mackerel, herring and blue "
                "whiting, according to the statistics office.",
                "t",
            ),
            Probe(
                "The large pelagic trawlers, owned by the two big processing groups, have found new buyers in "
                "Nigeria, Egypt and China, though at lower prices. It is the small boats, which sold to a handful "
                "of traders in St Petersburg, that have been left without a market.",
                "t",
            ),
            Probe(
                "For years the islands also had a fisheries agreement with Moscow that let each side's boats fish in "
                "the other's waters. It was renewed every December after a week of talks, and this year the "
                "Russian delegation did not come. The agreement lapsed on New Year's Day.",
                "dt",
            ),
            Probe(
                "Gunnarsson's wife, Sólja, keeps the books. She showed a visitor a ledger in which, for 20 years, "
                "the same three names of Russian buyers recur every October. This October's page is blank.",
                "",
                "t",
            ),
            Probe(
                "Some of the fishermen think the government should have kept the islands out of the sanctions, as "
                "it did in 2014, when the archipelago was the only part of the Danish realm to keep selling fish to "
                "Russia while the rest of Europe stopped.",
                "t",
                "d",
            ),
            Probe(
                "Others are quietly relieved. Russian trawlers used to call at the islands' ports for fuel and "
                "repairs, and some residents suspected them of mapping the seabed and its cables. Those visits, "
                "too, have stopped.",
                "",
                "m",
            ),
            Probe(
                "The local school has 43 pupils, down from 70 a decade ago. Three families have moved to the capital "
                "this year, and the teacher wonders aloud whether the boats will still be here when her youngest "
                "pupils leave school.",
                "",
            ),
            Probe(
                "The exporters' association has hired a consultant in Singapore to look for buyers in Vietnam and "
                "Thailand, where processors import frozen mackerel and can it for sale across Asia. The first "
                "container of samples left in September.",
                "t",
            ),
            Probe(
                "Gunnarsson is doubtful. Shipping frozen fish halfway round the world, he said, only works for the "
                'big companies, which can fill a freezer ship every week. "A boat like mine fills a container in a '
                'good month."',
                "t",
            ),
            Probe(
                "At the harbour office, the harbour master keeps a tally of landings on a whiteboard. Last year the "
                "board was full by November. This year there is room to spare, and someone has drawn a fish in the "
                "empty corner.",
                "",
            ),
            Probe(
                "Down the coast, a salmon farm owned by a Norwegian group is hiring, and two of Gunnarsson's former "
                "crewmen now work there, feeding fish in pens rather than chasing them.",
                "",
            ),
        ],
    ),
    (
        "At Kapitan Andreevo, The Woman Who Speaks For Both Sides Of The Gate",
        [
            Probe(
                "At the border crossing between Bulgaria and Turkey, the queue of lorries begins before dawn and by "
                "noon stretches back 14 kilometres toward the hills. In a prefabricated office between the two "
                "customs halls, Meltem Ivanova drinks her third coffee and waits for the first argument of the day.",
                "t",
            ),
            Probe(
                "Ivanova, 44, is an interpreter. She was born in Kardzhali to a Turkish-speaking family, studied in "
                "Sofia and has worked at the crossing for 17 years, translating between drivers, customs officers, "
                "border police, vets and, now and then, a minister on a visit.",
                "",
            ),
            Probe(
                "Most of her day is about paperwork: a missing stamp on a transit document, a cargo of tomatoes "
                "whose certificate says peppers, a driver whose visa expired while he waited in the queue. Some "
                "12,000 lorries a week cross here, carrying goods between Turkey and the European Union.",
                "t",
            ),
            Probe(
                "Then there are the days when the two governments fall out. In 2016, after Ankara accused Sofia of "
                "turning away its citizens, the Turkish side slowed the checks for a week, and the queue reached the "
                "outskirts of Edirne. Ivanova spent those days on the phone between two shift commanders who "
                "refused to speak to each other directly.",
                "d",
                "t",
            ),
            Probe(
                '"I translate words," she said. "But sometimes I also translate tempers. You learn which sentence to '
                'make a little softer."',
                "",
            ),
            Probe(
                "The crossing is also where the European Union's migration policy meets the road. Bulgaria has built "
                "a fence along most of the border, and the EU's border agency, Frontex, has officers stationed at the "
                "crossing. Turkey hosts more than three million refugees under a deal with Brussels that both sides "
                "accuse each other of breaking.",
                "d",
            ),
            Probe(
                "Ivanova has interpreted for families found hidden in the backs of lorries, for a Syrian doctor who "
                "asked for asylum in five languages, and for the driver who had hidden them, who wept and said he had "
                "been paid 200 euros.",
                "",
            ),
            Probe(
                "She keeps a small notebook of words that do not translate well. The Turkish word for the patience "
                "of someone waiting for something they cannot change is on the first page.",
                "",
            ),
            Probe(
                "Last year the two interior ministers met at the crossing to open a new joint checkpoint, where "
                "officers of both states inspect each lorry once instead of twice. Ivanova interpreted the "
                "speeches. The ministers promised that waiting times would halve.",
                "d",
                "t",
            ),
            Probe(
                "They fell by about a third, hauliers say, until Bulgaria joined the Schengen area's land borders "
                "this year and the checks on the EU side were reorganised. Now the queue is back.",
                "t",
                "d",
            ),
            Probe(
                "Her daughter is studying law in Istanbul. Her son works in a car parts plant outside Plovdiv whose "
                "components cross the border every day in the same lorries his mother watches from her window.",
                "",
                "t",
            ),
            Probe(
                "At the end of her shift, Ivanova drives home against the queue. She counts the lorries, a habit she "
                "cannot break, and guesses how many hours the last ones will wait.",
                "",
                "t",
            ),
            Probe(
                "The border between the two states is one of the busiest in Europe. Turkey is Bulgaria's largest "
                "trading partner outside the European Union, and for Turkish exporters the crossing is the main "
                "road to Germany, Italy and France.",
                "t",
            ),
            Probe(
                "Ivanova's father was a tobacco farmer who crossed to Turkey in 1989, when the communist government "
                "forced hundreds of thousands of ethnic Turks to leave. He came back a year later. She was seven, "
                "and remembers the train.",
                "",
            ),
            Probe(
                "Her work changed after the war in Syria. In 2015 and 2016 the crossing became a place where "
                "families arrived on foot, and the border police needed Arabic and Farsi interpreters as well as "
                "Turkish. Ivanova learnt enough Arabic to ask a name, an age and a place of birth.",
                "",
            ),
            Probe(
                "She has also learnt the language of smuggling. Customs officers at the crossing seize cigarettes, "
                "heroin and, more and more, counterfeit medicines hidden in loads of textiles.",
                "",
            ),
            Probe(
                "Drivers are her favourite people. They are Turkish, Bulgarian, Georgian, Kazakh and Uzbek, and they "
                "bring her dried apricots and complaints. Many of them have spent more nights in the cab of a lorry "
                "than in their own beds.",
                "",
            ),
            Probe(
                "When Ankara and Brussels argue about customs rules, the drivers feel it first. A dispute over "
                "Turkish steel quotas last winter left dozens of trucks waiting for a week while their loads were "
                "checked against the new limits.",
                "td",
            ),
            Probe(
                "Hauliers' associations on both sides have asked their governments to open a second lane for "
                "lorries and to let customs officers work through the night. Sofia says it has no money for more "
                "officers; Ankara says the delays are on the European side.",
                "td",
            ),
            Probe(
                "Ivanova avoids politics. But she keeps, pinned above her desk, a postcard of the old Ottoman bridge "
                "at Svilengrad, which for centuries carried travellers between the two empires and which, she points "
                "out, never needed an interpreter.",
                "",
            ),
            Probe(
                "She has been offered a job in the interior ministry in Sofia twice and turned it down both times. "
                '"There I would translate documents," she said. "Here I translate people."',
                "",
            ),
            Probe(
                "In winter the queue moves more slowly. Snow closes the road over the hills, drivers run their "
                "engines all night to keep warm, and the volunteers of a local church walk the line of lorries with "
                "flasks of soup. Ivanova translates for them, too, on her way home.",
                "",
            ),
            Probe(
                "Her colleagues on the Turkish side know her by her voice before her face. When the radio between the "
                "two customs halls crackles in the morning, the first word is usually her name.",
                "",
            ),
        ],
    ),
    (
        "Review: An Ambassador's Memoir Of Three Decades In The Rooms Where Borders Were Drawn",
        [
            Probe(
                "Diplomats' memoirs are a genre of careful omissions, and Sir Malcolm Reid's 'The Long Table', out "
                "this month, has its share. But it is also the most vivid account yet of how a small number of "
                "officials negotiated the end of a war in the Balkans and the peace that followed.",
                "dm",
            ),
            Probe(
                "Reid, who retired as ambassador to Turkey in 2019, joined the Foreign Office in 1985 and spent his "
                "first posting in Belgrade, where he learnt Serbo-Croat from the wife of a cafe owner and watched "
                "Yugoslavia come apart from the embassy's upper floor.",
                "d",
            ),
            Probe(
                "The best chapters describe the talks at an air base in Ohio in 1995, where Reid was a junior member "
                "of the British delegation. The leaders of Serbia, Croatia and Bosnia were kept on the base for three "
                "weeks; the Americans, he writes, rationed their access to the press and to each other.",
                "d",
            ),
            Probe(
                "He is good on the small mechanics of a peace deal: the maps redrawn at two in the morning, the "
                "corridor to Gorazde widened by a mile to save a negotiator's face, the row over whether a town's "
                "name should appear in Latin or Cyrillic letters.",
                "d",
            ),
            Probe(
                "There are moments of black comedy, too. A head of state refuses to sign until his hotel room has the "
                "same view as his rival's; a minister loses the only copy of a draft annex in a bowling alley.",
                "d",
            ),
            Probe(
                "Reid is less forthcoming about his later years. His time as ambassador in Ankara, during the "
                "failed coup of 2016 and the row over the purchase of Russian air defence missiles, gets a single "
                "chapter, much of it about his garden.",
                "dm",
            ),
            Probe(
                "He defends the British decision to keep selling arms to the Gulf, arguing that influence requires "
                "presence, and he is scathing about ministers who, he says, treated embassies as branch offices of "
                "the trade department.",
                "dm",
                "t",
            ),
            Probe(
                "Readers looking for gossip will be disappointed. Reid names few names, and the colleagues he "
                "criticises are mostly dead.",
                "",
            ),
            Probe(
                "But the book is an honest account of a craft that is easy to mock and hard to do: the long lunches "
                "spent finding out what the other side could live with, the cables home at midnight, the "
                "phrase in a communique that took a week to agree.",
                "d",
            ),
            Probe(
                "In the last chapter Reid asks whether that craft still matters, when leaders can call each other on "
                "their mobile phones and announce their decisions online. His answer is yes, but his examples all "
                "come from the last century.",
                "d",
            ),
            Probe("The Long Table is published by Harrow Press at 25 pounds.", ""),
            Probe(
                "Reid's account of the Belgrade years is vivid and sad. He describes the ambassador burning files in "
                "the garden as the NATO bombing began, and the Serbian doorman who kept the building's keys for "
                "two years and handed them back, with the furniture intact, when the embassy reopened.",
                "dm",
            ),
            Probe(
                "The book is also a portrait of a service that has changed. When Reid joined, he writes, a young "
                "diplomat learnt the job by copying the drafts of his elders; the telegram was the unit of "
                "thought, and a posting lasted four years.",
                "d",
            ),
            Probe(
                "Now, he complains, ambassadors are told what to say by press officers in London, and summits are "
                "prepared by aides who have never lived in the countries they are negotiating with.",
                "d",
            ),
            Probe(
                "Some of the sharpest pages concern the years Reid spent at the United Nations in New York, drafting "
                "Security Council resolutions on sanctions against Iraq. He admits that the oil-for-food programme "
                "was badly run and that the sanctions hurt the wrong people.",
                "dt",
            ),
            Probe(
                "He is honest, too, about the limits of an embassy's reach. When two British aid workers were "
                "kidnapped in Chechnya in 1998, he writes, the embassy in Moscow could do little but call the "
                "Russian foreign ministry every day and wait.",
                "d",
            ),
            Probe(
                "His prose is plain and occasionally stiff, a civil servant's habit that he cannot shake. But he has "
                "a good ear for dialogue and an eye for the absurd detail: the translator who fainted, the "
                "presidential bodyguard who asked for his autograph.",
                "",
            ),
            Probe(
                "Reid is now 67 and lives in Dorset. He chairs a charity that trains diplomats from small states "
                "in the law of the sea.",
                "",
                "d",
            ),
            Probe(
                "Reid's memoir arrives as several former colleagues have published their own. Together they read "
                "like a farewell to a generation that built its careers on the end of the Cold War and the "
                "expansion of NATO and the European Union to the east.",
                "d",
            ),
            Probe(
                "What distinguishes his book is its modesty. He is rarely the hero of his own stories, and when a "
                "negotiation succeeds he gives the credit to others, often to the interpreters and the secretaries "
                "who typed the drafts through the night.",
                "",
                "d",
            ),
            Probe(
                "He describes, with evident affection, a Turkish foreign ministry official with whom he argued for "
                "five years about Cyprus, and who sent him a box of figs every Christmas.",
                "d",
            ),
            Probe(
                "The index is poor, and the maps are too small to read.",
                "",
            ),
            Probe(
                "Reid is generous to the Americans who ran the talks in Ohio, and hard on the Europeans, whom he "
                "accuses of arriving with principles and no plan. The French delegation, he writes, spent the first "
                "week arguing about the seating.",
                "d",
            ),
            Probe(
                "A chapter on his first months in Ankara describes the ceremony at which he presented his credentials, "
                "in a morning coat borrowed from a predecessor, and the president who asked him about football for "
                "twenty minutes and never mentioned the two countries' quarrel.",
                "d",
            ),
        ],
    ),
    (
        "In Nowa Huta Wschodnia, Every Shift Is Counted In Shells",
        [
            Probe(
                "The sirens at the Kruszec works no longer mark the change of shift. Since the plant went to three "
                "shifts a day, seven days a week, in the autumn of 2023, there is no pause long enough to sound them.",
                "",
                "m",
            ),
            Probe(
                "Kruszec makes 155mm artillery shells, the kind fired by the howitzers that Poland and its allies "
                "have sent to Ukraine, and almost everything in this town of 30,000 now depends on them.",
                "m",
            ),
            Probe(
                "The plant's order book has grown from 40,000 shells a year before the war to a contract for 600,000 "
                "over four years, most of them for the Polish army and the rest for export under a deal with the "
                "Netherlands and Denmark, which pass them on to Kyiv.",
                "m",
                "td",
            ),
            Probe(
                "Agnieszka Wolny, 38, fills shell casings with explosives on the night shift. She used to work at a "
                "furniture factory that closed in 2019. The pay here is nearly double, she said, and there is a "
                "bonus for each month without an accident.",
                "",
                "m",
            ),
            Probe(
                "The town is visibly richer. A new supermarket has opened, the bakery on the square has a queue at "
                "six in the morning, and the mayor has repaved the road to the plant gates.",
                "",
            ),
            Probe(
                "But the prosperity rests on a single customer whose appetite depends on a war. Union leaders ask "
                "what will happen if a ceasefire comes. The mayor, Piotr Zaleski, says the army will need to refill "
                "its own stocks for a decade whatever happens on the front.",
                "m",
            ),
            Probe(
                "The government in Warsaw has promised to raise defence spending to five percent of national output, "
                "and the defence ministry has signed framework agreements with Kruszec that run until 2031.",
                "m",
            ),
            Probe(
                "Not everyone is comfortable. The parish priest, Father Andrzej, says he prays for the men who will "
                "be killed by the shells as well as for the jobs they bring. Some families have asked the plant not "
                "to recruit at the local school's careers fair.",
                "",
                "m",
            ),
            Probe(
                "There is also the matter of safety. In March an explosion in a storage bunker injured two workers, "
                "and residents of the streets closest to the plant have asked for a wider buffer zone.",
                "",
                "m",
            ),
            Probe(
                "Foreign interest is growing. A delegation from the Czech defence ministry toured the plant in "
                "October, and a South Korean firm has proposed a joint venture to build a second filling line, with "
                "the shells to be sold to other NATO members.",
                "m",
                "td",
            ),
            Probe(
                'Wolny does not think much about where the shells go. "I think about my daughter\'s school shoes," '
                'she said, lighting a cigarette at the gate at the end of her shift. "And I think about the '
                'Russians. If they come here, nobody will ask me about my job."',
                "",
                "m",
            ),
            Probe(
                "The plant was founded in 1951 and for most of its history made shells for the Warsaw Pact. After "
                "1989 it nearly closed. By 2020 it employed 600 people, making mining explosives and a few thousand "
                "training rounds a year for the Polish army.",
                "m",
            ),
            Probe(
                "It now employs 2,400, and recruits from towns up to 80 kilometres away. Buses bring workers from "
                "the surrounding villages for each shift, and a hostel for single workers has been built on the site "
                "of the old bus depot.",
                "",
                "m",
            ),
            Probe(
                "Europe as a whole has been racing to make more shells since Russia invaded Ukraine. The European "
                "Union promised Kyiv a million rounds within a year in 2023 and missed the target, and it has since "
                "put 500 million euros into expanding plants like this one.",
                "m",
                "d",
            ),
            Probe(
                "Kruszec received 48 million euros of that money, which paid for a new filling hall and a line that "
                "makes the steel bodies of the shells. The steel itself comes from a mill in Sweden.",
                "m",
                "t",
            ),
            Probe(
                "Zaleski, the mayor, keeps a shell casing on his desk as a pen holder. He says the plant's tax "
                "payments have doubled the town's budget, paying for a new swimming pool and free school lunches.",
                "",
            ),
            Probe(
                "Housing is scarce. Rents have risen by half in two years, and some young workers live in caravans "
                "parked behind the football ground.",
                "",
            ),
            Probe(
                "The old union leader, Stanisław Dudek, who led a strike at the plant in 1988, says he is glad of "
                'the jobs and worried about the speed. "Three shifts is not a factory, it is a mobilisation," he '
                "said.",
                "",
                "m",
            ),
            Probe(
                "The plant's managers will not say how many shells have gone to Ukraine. The defence ministry "
                "treats the figures as secret, and reporters may visit only the administrative building.",
                "m",
            ),
            Probe(
                "Workers say they can tell when a new order has come in because the overtime lists grow longer. "
                "In the canteen, the talk is of the front: who holds which town, which brigade has been rotated, "
                "whether the Americans will keep sending weapons.",
                "m",
            ),
            Probe(
                "Wolny's husband, Tomasz, works at the plant too, in the warehouse. They see each other at the "
                "changeover, for ten minutes in the car park, when one of them is going in and the other coming out.",
                "",
            ),
            Probe(
                "Their daughter is nine. She has drawn a picture of the plant for a school project, with smoke "
                'coming out of the chimney and a sun in the corner, and the word "mama" over the gate.',
                "",
            ),
            Probe(
                "At the gates, a small group of pensioners gathers on Sundays with a banner asking for peace. The "
                "workers coming off shift walk past them politely. Some of the pensioners have grandchildren inside.",
                "",
                "m",
            ),
            Probe(
                "On the wall of the canteen, someone has pinned a thank-you letter from a Ukrainian artillery unit, "
                "with a photograph of its crew standing beside a howitzer in a snowy field.",
                "m",
            ),
        ],
    ),
    (
        "Caught Between Two Consulates: A Student's Year In Limbo",
        [
            Probe(
                "Arjun Mehta had packed for two years in Canada: a winter coat bought in Delhi, two textbooks on "
                "structural engineering, a pressure cooker his grandmother insisted on. He never got past the "
                "airport in Mumbai.",
                "",
            ),
            Probe(
                "In September last year, a week before his flight to Toronto, India and Canada expelled each other's "
                "diplomats in a row over the killing of a Sikh activist near Vancouver. Ottawa cut its staff in India "
                "by two thirds, and the visa section that was to process his study permit went with them.",
                "d",
            ),
            Probe(
                "His application, already approved in principle, was moved to a processing centre in Singapore, then "
                "to one in Manila. Each time he received an email asking for the same documents again.",
                "",
                "d",
            ),
            Probe(
                "Mehta is one of tens of thousands of Indian students caught in the dispute. Canada's immigration "
                "ministry says the number of study permits issued to Indians fell by more than half in the months "
                "after the expulsions.",
                "d",
            ),
            Probe(
                "His college in Toronto deferred his place twice and then asked him to start online, at the full "
                "international fee, from a bedroom in his parents' flat in Pune. He attended lectures at two in the "
                "morning.",
                "",
            ),
            Probe(
                "His father, a retired bank clerk, had taken a loan of 2.5 million rupees for the first year's fees, "
                "secured against the flat. The interest is due every month whether Arjun is in Toronto or not.",
                "",
            ),
            Probe(
                "In New Delhi, the foreign ministry has said the students' plight is the result of Canada's "
                "decisions, and accused Ottawa of letting extremists operate freely. In Ottawa, ministers say India "
                "has refused to cooperate with the investigation into the killing.",
                "d",
            ),
            Probe(
                "Neither side has restored the diplomats. Talks between the two national security advisers, reported "
                "in the spring, produced no statement.",
                "d",
            ),
            Probe(
                "Student agents in Punjab and Gujarat, who used to send thousands of applicants a year to Canada, "
                "are now steering them to Germany, Ireland and Australia, where the paperwork is slower but, they "
                "say, at least predictable.",
                "",
            ),
            Probe(
                "Mehta's permit finally arrived in July, ten months late. By then his online semesters had used up "
                "half his savings, and a Canadian rule limiting the work hours of international students had made "
                "the rest of his plan look shaky.",
                "",
            ),
            Probe(
                "He flew to Toronto in August. He shares a basement with three other students and works weekends at "
                "a warehouse. He still checks the news from Delhi and Ottawa every morning.",
                "",
            ),
            Probe(
                '"Two countries had a fight," he said, "and I was standing in the middle of the room."',
                "",
                "d",
            ),
            Probe(
                "Canada is the most popular destination for Indian students after the United States. Before the "
                "row, more than 300,000 of them were studying in Canadian colleges and universities, and their fees "
                "had become a large part of many colleges' income.",
                "",
                "t",
            ),
            Probe(
                "The dispute began when Canada's prime minister told parliament that his security agencies were "
                "pursuing credible allegations that agents of the Indian government had been involved in the "
                "killing. New Delhi called the claim absurd.",
                "d",
            ),
            Probe(
                "Within days each country had expelled a senior diplomat, India had suspended visas for Canadians, "
                "and the two governments had stopped talks on a trade agreement that had been expected to close "
                "by the end of the year.",
                "dt",
            ),
            Probe(
                "Mehta's friends from his engineering college went to Melbourne and Hamburg. One of them, who was "
                "also bound for Toronto, gave up and took a job at a software company in Bengaluru.",
                "",
            ),
            Probe(
                "Mehta wrote to his member of parliament, to the Canadian high commission and to the college. The "
                'high commission replied with a form letter saying that processing times had increased "due to '
                'operational circumstances."',
                "",
                "d",
            ),
            Probe(
                "He spent the winter teaching maths to schoolchildren in his neighbourhood and following the news "
                "from both capitals, where each side's ministers took turns to blame the other.",
                "",
                "d",
            ),
            Probe(
                "Canadian colleges are feeling it too. Several in Ontario have cancelled programmes and laid off "
                "staff, blaming a cap on international students that Ottawa introduced last year and the collapse in "
                "applications from India.",
                "",
            ),
            Probe(
                "Universities in both countries have urged their governments to separate education from the "
                "dispute. A group of Canadian college presidents visited New Delhi in March and met officials at the "
                "ministry of education, but not at the foreign ministry.",
                "d",
            ),
            Probe(
                "Mehta's mother sends him a photograph of her lunch every day, so that he will remember to eat. His "
                "grandmother's pressure cooker made it to Toronto in his suitcase, and he uses it every evening.",
                "",
            ),
            Probe(
                "He hopes to work in Canada for three years after graduating and to apply for permanent residence. "
                "Whether the rules will still allow it, he says, depends less on him than on the two governments.",
                "",
                "d",
            ),
            Probe(
                "On the wall of his basement room he has pinned a map of the world with two circles on it, one round "
                "Pune and one round Toronto, and a line between them that he drew with a ruler.",
                "",
            ),
            Probe(
                "In April the two foreign ministers met briefly on the sidelines of a conference in Jakarta, the "
                "first such meeting since the expulsions. Officials on both sides described it as a start. Nothing "
                "changed for the students waiting for their permits.",
                "d",
            ),
            Probe(
                "The college's international office says it has 40 students from India who started online and "
                "arrived late, and that several have dropped out because they could no longer pay the fees.",
                "",
            ),
            Probe(
                "His younger sister is in her last year of school and wants to study medicine abroad. The family has "
                "told her to look at Russia or Georgia, where Indian students go in thousands and the fees are lower.",
                "",
            ),
        ],
    ),
    (
        "Ploughing Around The War: A Croatian Farmer's Fields Are Still Being Cleared",
        [
            Probe(
                "Every spring, before he sows his maize, Dragan Kovač walks the edge of his fields near the village of "
                "Podravska Slatina with a stick, looking for the small red triangles that mark where the demining "
                "teams have not yet been.",
                "m",
            ),
            Probe(
                "The war that left the mines ended nearly 30 years ago, but on this stretch of land along the "
                "Drava river the front line ran through farms for four years, and both sides laid mines in the "
                "orchards, the ditches and the woods.",
                "m",
            ),
            Probe(
                "Kovač, 58, was 24 when he was called up. He served in a territorial defence unit a few kilometres "
                "from here and, he says, helped lay some of the mines himself. Nobody kept proper maps.",
                "m",
            ),
            Probe(
                "Croatia has cleared most of its contaminated land since then, with money from the European Union, "
                "Norway and the United States. About 100 square kilometres remain, most of it forest.",
                "m",
                "d",
            ),
            Probe(
                "The last 40 hectares next to Kovač's farm are due to be cleared this summer by a team of 12 deminers "
                "and two dogs. They work in lines, a metre at a time, in heavy suits that make the heat hard to "
                "bear.",
                "m",
            ),
            Probe(
                "Kovač grows maize and sunflowers and keeps 30 pigs. His wife, Marija, runs a small shop in the "
                "village. Their two sons work in Ireland and come home at Christmas.",
                "",
            ),
            Probe(
                "In 2009 his neighbour lost a leg to a mine while cutting wood in a copse that had been marked safe. "
                "Since then Kovač has refused to plant the edge of any field that the teams have not walked.",
                "m",
            ),
            Probe(
                "Across the river, in Hungary, there are no mines. Kovač sells part of his maize to a feed mill on "
                "the Hungarian side, whose trucks cross the bridge at Barcs, and the buyers sometimes ask, half "
                "joking, whether the corn is safe.",
                "t",
            ),
            Probe(
                "The government has promised to declare the country free of mines by 2026, a target it has missed "
                "twice before. Officials at the mine action centre say the forests will take longer.",
                "m",
            ),
            Probe(
                "Kovač is not sentimental about the war. He does not go to the commemorations. But he keeps, on a "
                "shelf in the barn, a rusted anti-tank mine casing that the deminers left him as a souvenir.",
                "m",
            ),
            Probe(
                '"My grandchildren will plough all of it," he said. "I will plough most of it. That is the '
                'difference a war makes."',
                "",
                "m",
            ),
            Probe(
                "Demining is slow and expensive. Clearing a hectare of forest costs about 20,000 euros, and a team "
                "of 12 can manage perhaps half a hectare a day on open ground, much less among the trees.",
                "",
                "m",
            ),
            Probe(
                "Croatia now trains deminers from Ukraine, where the war has left an area larger than Croatia "
                "itself contaminated with mines and unexploded shells. A group of Ukrainian officers visited the "
                "Podravina teams in April.",
                "md",
            ),
            Probe(
                "Kovač finds the comparison strange. He watched the Ukrainians walk his neighbour's field with their "
                'detectors and thought about how long it would take them. "Thirty years for us," he said. "For '
                'them, a hundred."',
                "",
                "m",
            ),
            Probe(
                "For farmers, the mines are also a matter of money. Fields that have not been cleared cannot be "
                "registered for European farm subsidies, and their owners cannot sell them.",
                "",
            ),
            Probe(
                "Kovač's father died before the war ended. His mother fled to relatives in Zagreb in 1991 and came "
                "back to find the house roofless and the barn burnt, its walls pitted by bullets.",
                "m",
            ),
            Probe(
                "The barn has a new roof, paid for by a reconstruction grant. The bullet holes are still there, "
                "plastered over, and visible when the light is low.",
                "",
                "m",
            ),
            Probe(
                "His sons have no memory of the war. When they come home they help with the harvest and go hunting "
                "in the woods that were cleared in 2015. They ask him sometimes which trees he hid behind.",
                "",
                "m",
            ),
            Probe(
                "The mine action centre keeps a register of every incident since 1991. It lists more than 2,000 "
                "people killed or injured by mines in Croatia after the fighting stopped, among them deminers, "
                "farmers, hunters and children.",
                "m",
            ),
            Probe(
                "The centre's director, Ivana Horvat, says the hardest areas are those where the lines moved back "
                "and forth, because each army laid new fields on top of the other's. \"We find Yugoslav mines "
                'under Croatian mines under Yugoslav mines," she said.',
                "m",
            ),
            Probe(
                "The European Union has paid for about a third of the clearance since Croatia joined in 2013, and "
                "Norway and the United States have given money and equipment.",
                "m",
                "d",
            ),
            Probe(
                "Kovač's wife wants to sell the pigs and retire to the coast. He says he will think about it once "
                "the last field is clean. She says he said that in 2010 as well.",
                "",
            ),
            Probe(
                "When the deminers finish this summer, the red triangles will come down. Kovač says he will keep one, "
                "next to the casing in the barn.",
                "",
                "m",
            ),
            Probe(
                "Local hunters have their own rules. They do not follow a wounded deer into woods that have not been "
                "cleared, and they carry printed maps of the marked areas in their jackets. Two of them were "
                "killed in the 1990s chasing game across a field that nobody had checked.",
                "",
                "m",
            ),
            Probe(
                "In the village there is a small memorial to the men who died defending it, with 14 names on a "
                "marble slab and fresh flowers every week. Kovač knew all of them. He passes it every morning on "
                "his way to the fields and does not stop.",
                "m",
            ),
            Probe(
                "The deminers eat lunch under his walnut tree. He brings them plum brandy, which they refuse until "
                "the end of the day.",
                "",
            ),
        ],
    ),
    (
        "French Frigate And Russian Corvette Face Off Over Cable Repair Ship",
        [
            Probe(
                "PARIS, March 3 (Wirenews) - A French frigate and a Russian corvette shadowed each other for more "
                "than 30 hours in the Baltic Sea this week around a ship repairing a damaged undersea data cable, the "
                "French navy said on Tuesday.",
                "m",
                "d",
            ),
            Probe(
                "The corvette came within 800 metres of the repair ship on Sunday night and trained its searchlights "
                "on the crew, the navy said, before the frigate placed itself between the two vessels.",
                "m",
            ),
            Probe(
                "The cable, which links Finland and Germany, was cut in January. Investigators in Helsinki suspect a "
                "ship that dragged its anchor for 90 kilometres along the seabed.",
                "m",
            ),
            Probe(
                "Russia's defence ministry said its ship had been on a routine patrol in international waters and "
                "accused NATO of staging provocations near the Russian coast.",
                "m",
                "d",
            ),
            Probe(
                "France's foreign ministry said it had raised the incident with the Russian ambassador in Paris.",
                "d",
                "m",
            ),
            Probe("The repair is expected to take another week.", "", "m"),
        ],
    ),
    (
        "Grain Barges Resume Danube Runs After Mine Cleared Near Izmail",
        [
            Probe(
                "IZMAIL, Ukraine, June 18 (Wirenews) - Grain barges resumed sailing on the lower Danube on Tuesday "
                "after Romanian navy divers cleared a sea mine that had drifted into the channel near the Ukrainian "
                "port of Izmail, port officials said.",
                "tm",
            ),
            Probe(
                "About 60 barges carrying wheat and maize had waited at anchor for four days while the divers worked.",
                "t",
                "m",
            ),
            Probe(
                "The river route through Romania has carried about a quarter of Ukraine's grain exports since Russian "
                "strikes closed most of its Black Sea ports in 2022.",
                "tm",
            ),
            Probe(
                "Romania and Ukraine agreed last year to dredge the Sulina channel so that larger ships can use it, "
                "and Bucharest has asked NATO allies for more minesweepers.",
                "dm",
                "t",
            ),
            Probe(
                "Insurers said premiums for the route would stay unchanged for now.",
                "t",
            ),
            Probe(
                "Russian drones struck Izmail's port twice last month, damaging a silo.",
                "m",
                "t",
            ),
        ],
    ),
    (
        "Qatari Envoy Shuttles Between Kigali And Kinshasa",
        [
            Probe(
                "DOHA, Sept 9 (Wirenews) - Qatar's minister of state for foreign affairs flew from Kigali to Kinshasa "
                "on Monday, his third round trip between the two capitals in a month, as he tries to revive a peace "
                "deal between Rwanda and the Democratic Republic of Congo.",
                "d",
                "m",
            ),
            Probe(
                "Mohammed al-Khulaifi met President Felix Tshisekedi for two hours, a day after talks with Rwandan "
                "President Paul Kagame, the Qatari foreign ministry said.",
                "d",
            ),
            Probe(
                "Congo accuses Rwanda of backing the M23 rebels, who hold the eastern cities of Goma and Bukavu. "
                "Kigali denies it and says Kinshasa shelters Hutu militiamen.",
                "dm",
            ),
            Probe(
                "Neither government commented on the meetings.",
                "d",
            ),
            Probe(
                "A draft seen by Wirenews would have the two states set up a joint security mechanism and open their "
                "border to trade within 90 days of signing.",
                "dm",
                "t",
            ),
            Probe(
                "The envoy is expected back in Kigali on Thursday.",
                "d",
            ),
        ],
    ),
    (
        "Norway Approves Sale Of Coastal Missile Batteries To The Philippines",
        [
            Probe(
                "OSLO, Nov 14 (Wirenews) - Norway's government approved on Friday the sale of two coastal missile "
                "batteries to the Philippines, a deal worth about 4 billion crowns that Manila says it needs to guard "
                "its claims in the South China Sea.",
                "md",
                "t",
            ),
            Probe(
                "The batteries, made by Kongsberg, fire anti-ship missiles with a range of about 185 kilometres.",
                "m",
            ),
            Probe(
                "Norway's export control rules require the government's approval for weapons sold outside NATO. The "
                "foreign ministry said the Philippines met the conditions.",
                "m",
                "td",
            ),
            Probe(
                "China's embassy in Oslo said the sale would harm regional stability.",
                "dm",
            ),
            Probe(
                "The first battery is due for delivery in 2027, along with training for about 100 Philippine marines.",
                "m",
                "t",
            ),
        ],
    ),
    (
        "Central Bank Renews Swap Line With Buenos Aires For Three Years",
        [
            Probe(
                "BEIJING, July 22 (Wirenews) - The People's Bank of China renewed its currency swap line with "
                "Argentina's central bank for three more years on Monday, keeping 130 billion yuan available to "
                "Buenos Aires as it rebuilds its reserves.",
                "t",
                "d",
            ),
            Probe(
                "Argentina has drawn on the line to pay for imports and to repay the International Monetary Fund.",
                "t",
            ),
            Probe(
                "Economy Minister Luis Caputo said the renewal showed that the country's ties with its second "
                "largest trading partner were in good health, despite the president's earlier criticism of Beijing.",
                "td",
            ),
            Probe(
                "Washington has urged Buenos Aires to wind the arrangement down.",
                "d",
                "t",
            ),
            Probe("The peso weakened slightly in Buenos Aires trading.", "", "t"),
        ],
    ),
    (
        "African Union Renews Somalia Mission For A Year Amid Funding Gap",
        [
            Probe(
                "ADDIS ABABA, Dec 29 (Wirenews) - The African Union's Peace and Security Council renewed the mandate "
                "of its force in Somalia for another year on Sunday, though it has not found the money to pay for it.",
                "dm",
            ),
            Probe(
                "The mission has about 11,900 soldiers and police from Uganda, Ethiopia, Kenya, Egypt and Djibouti, "
                "who fight al Shabaab alongside Somalia's army.",
                "m",
                "d",
            ),
            Probe(
                "Troop-contributing countries say they have not been paid for eight months.",
                "m",
                "d",
            ),
            Probe(
                "The European Union, once the force's main donor, has cut its contribution, and a plan to fund it "
                "through United Nations dues is blocked in the Security Council.",
                "d",
                "m",
            ),
            Probe(
                "The militants attacked a base near Baidoa on Friday, killing six soldiers.",
                "m",
            ),
        ],
    ),
    (
        "Seoul Calls Off Joint Drill With Tokyo In Row Over Island",
        [
            Probe(
                "SEOUL, Aug 27 (Wirenews) - South Korea called off a joint search-and-rescue exercise with Japan's "
                "navy planned for next week, after Tokyo published a defence white paper that calls the Dokdo "
                "islands Japanese territory.",
                "md",
            ),
            Probe(
                "The foreign ministry in Seoul summoned a Japanese diplomat to protest, and the defence ministry said "
                "the drill was postponed indefinitely.",
                "dm",
            ),
            Probe(
                "Japan's chief cabinet secretary said the islands, which Tokyo calls Takeshima, were an inherent part "
                "of Japanese territory and that the paper stated a long-held position.",
                "d",
            ),
            Probe(
                "The exercise would have been the first of its kind between the two navies in six years.",
                "m",
                "d",
            ),
            Probe(
                "Both countries host tens of thousands of American troops.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Grandmaster's Kingside Attack Sinks Champion In Round Five",
        [
            Probe(
                "Teenager Lena Ostrova launched a fierce kingside attack to beat the reigning champion in 34 moves on "
                "Thursday and take the sole lead after five rounds of the city's open chess tournament.",
                "",
            ),
            Probe(
                "Ostrova sacrificed a knight on the 19th move, opening the defence around the white king, and "
                "marched her rooks up the file while her opponent ran short of time.",
                "",
            ),
            Probe(
                '"I saw the attack was risky, but the position asked for it," she said afterwards. "You cannot win '
                'a war like this by waiting."',
                "",
            ),
            Probe("The tournament ends on Sunday.", ""),
        ],
    ),
    (
        "Hawks And Comets Agree Three-Player Trade",
        [
            Probe(
                "The Hawks traded forward Marcus Bell and two draft picks to the Comets on Tuesday for guard Tyrese "
                "Owens and centre Ivan Petrov, the clubs said.",
                "",
            ),
            Probe(
                "The trade frees about $14 million under the salary cap for the Hawks, who are bottom of their "
                "division and want to rebuild.",
                "",
            ),
            Probe(
                "Petrov, a Serbian international, said he was sad to leave but excited to play for a contender.",
                "",
            ),
            Probe(
                "The Comets, who lead the league, see Bell as the missing piece for a title run.",
                "",
            ),
        ],
    ),
    (
        "Volunteers Finish 1,000-Kilometre Run On A Mission For Children's Hospital",
        [
            Probe(
                "Twelve runners from a Leeds running club finished a 1,000-kilometre relay to Edinburgh on Sunday, on "
                "a mission to raise money for a new children's cancer ward.",
                "",
            ),
            Probe(
                "The team ran in shifts for six days, through storms on the Pennines, and has raised 84,000 pounds.",
                "",
            ),
            Probe(
                '"It was a military operation," said organiser Helen Price, a nurse. "We had a van, a rota and a lot '
                'of plasters."',
                "",
            ),
            Probe("The hospital's trust said the money would pay for a play room and two beds.", ""),
        ],
    ),
]
