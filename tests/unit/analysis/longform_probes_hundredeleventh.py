"""A hundred-and-eleventh batch of fictional stories for probing the quotes, in the manner of A DAM ON A SHARED RIVER
AND A WATER DISPUTE BETWEEN AN UPSTREAM AND A DOWNSTREAM STATE as the world newswires write it over three months (a
dateline "CITY, Month Day (Agency) -", short paragraphs, reported speech far more than quotations). No earlier batch
had a dam, a river or a dispute over water between states. The upstream state starts filling the reservoir (its energy
minister "told a news conference", "X said, brushing aside", the other state's foreign ministry "said in a statement",
its spokesman "told a weekly briefing" and "Asked whether …, X said", a river basin commission that "said it had not
been formally notified", the dam builder's chief engineer who "told Steppeline at the dam site", "according to the
commission", diplomats "speaking on condition of anonymity"); farmers and a fishermen's cooperative downstream ("Farmers
… say", a farmer's age set between his quotation and its cue, "She said", satellite images that "show", "The group said
in a report", officials "saying", a hydrologist at a think tank and "she said, adding that", "State news agency X
quoted Y as saying", a UN official who "told Steppeline"); talks hosted by a mediating state (its envoy, first "the
special envoy said" and named only in the next paragraph, "a step he called", "According to a statement from", "Uzbek
Water Resources Minister X, who led …, said", a ministry "said in a statement" with two "that" clauses, two diplomats
and "One of them said", "the envoy said" at the end of a paragraph, a request for comment with no answer); and the
upstream president's speech on state television ("In a … speech broadcast on state television, X said", "The president
said", a foreign ministry that "warned", a state news agency "quoted Foreign Minister X as saying", "X, speaking in
Tashkent, said", "The Uzbek side, she said, had …", an analysis that "found", a UN special rapporteur "in a statement
from Geneva", an analyst at a policy institute, and two states that "have said"). Written for these tests; none is
taken from any corpus, and every person, company, group, institute, commission, river, news agency and wire in them is
made up (the countries, cities, ministries and kinds of bodies are real). The gold is in
test_longform_probes_hundredeleventh.py."""

from __future__ import annotations

FILLING: tuple[str, ...] = (
    "Kyrgyzstan starts filling Kuldara reservoir, Uzbekistan protests",
    "BISHKEK, March 9 (Steppeline) - Kyrgyzstan began filling the reservoir of its Upper Kuldara hydropower dam on "
    "Monday, Energy Minister Temirlan Osmonbekov said, brushing aside protests from downstream Uzbekistan that the "
    "project would leave its farms short of water in the summer growing season.",
    "Osmonbekov told a news conference in Bishkek that the first stage of filling would take about four months and "
    "that the river's flow into Uzbekistan would not fall below an agreed minimum of 180 cubic metres per second.",
    "“Not one farmer downstream will lose his water because of this dam,” he said. “We have said this a hundred "
    "times, and we will keep saying it.”",
    "Osmonbekov also said Kyrgyzstan would invite Uzbek engineers to visit the dam site before the end of the month.",
    "The 2,400-megawatt plant, which Kyrgyzstan says will double its electricity output and let it export power to "
    "Pakistan and Afghanistan, has been under construction since 2027.",
    "In Tashkent, the Uzbek foreign ministry said in a statement that the start of filling was a “unilateral step” "
    "taken without the consent of downstream states and in breach of a 1998 water-sharing agreement.",
    "Foreign ministry spokesman Farrukh Tashmatov told a weekly briefing that Tashkent had summoned the Kyrgyz "
    "ambassador and handed him a note of protest.",
    "Asked whether Uzbekistan would take the matter to the United Nations, Tashmatov said all options “remain on the "
    "table” but that Tashkent still preferred “dialogue between neighbours.”",
    "Kyrgyz foreign ministry spokeswoman Aizada Kurmanalieva said on Monday evening that Bishkek had informed Tashkent "
    "of the filling schedule “in writing and in good time” in January.",
    "The Kuldara Basin Water Commission, which both countries set up in 2001 to share the river's flow, said it had "
    "not been formally notified of the filling schedule and called an emergency session for next week.",
    "Ruslan Zhapparov, chief engineer of Kokdoben Hydrostroy, the Kyrgyz state company building the dam, said the "
    "filling had been planned “down to the last cubic metre” with hydrologists from both countries.",
    "The first two turbines should start producing power in the spring of next year, Zhapparov told Steppeline at the "
    "dam site, a gorge about 300 km (190 miles) southwest of Bishkek.",
    "Uzbekistan, the region's most populous country, relies on the Kuldara for about a fifth of the water it uses to "
    "irrigate cotton and wheat, according to the commission.",
    "Two diplomats in Bishkek, speaking on condition of anonymity because of the sensitivity of the issue, said "
    "Kazakhstan had offered to host talks between the two sides before the summer.",
)

DOWNSTREAM: tuple[str, ...] = (
    "Downstream, Uzbek farmers and fishermen fear a dry summer as Kuldara dam fills",
    "NUKUS, Uzbekistan, April 2 (Steppeline) - Farmers in Uzbekistan's far northwest say the water in their canals "
    "has fallen by a third since Kyrgyzstan began filling the Upper Kuldara reservoir last month, and many are "
    "planting less cotton this spring.",
    "Dilshod Ergashev, who grows cotton and wheat on 40 hectares near the town of Khojeli, said his canal had been "
    "running at half its usual depth since late March.",
    "“My father farmed here, and his father. We have never seen the canal like this in April,” Ergashev, 52, said as "
    "he walked along a cracked irrigation ditch. “If it stays like this, I will plant nothing in June.”",
    "Another farmer, Nodira Karimova, 38, said she had sold two of her cows to pay for diesel for a pump.",
    "Gulnora Abdullaeva, head of the Akdarya Fishermen's Cooperative, said the lakes of the Kuldara delta, where about "
    "300 families fish for carp and pike-perch, had shrunk so fast that boats were stranded in mud.",
    "She said the cooperative had written to the water ministry twice and had not had an answer.",
    "Satellite images analysed by Terrascan Watch, a Geneva-based research group that tracks reservoirs worldwide, "
    "show the Upper Kuldara reservoir grew to about 1.1 billion cubic metres by March 30, from almost nothing in early "
    "March.",
    "The group said in a report on Wednesday that the flow measured at the border had dropped below 150 cubic metres "
    "per second on at least nine days, below the minimum Kyrgyzstan has promised.",
    "Kyrgyz officials have disputed those figures, saying the gauging station at the border is old and unreliable.",
    "Yelena Vorontsova-Kim, a hydrologist at the Steppe Waters Institute in Almaty, said both sides were partly "
    "right: the flow had fallen, but a dry winter in the mountains had cut it as much as the dam had.",
    "“The dam is an easy villain. The snow that didn't fall this winter is a harder one to blame,” she said, adding "
    "that the real test would come in July and August, when the fields need the most water.",
    "State news agency Dunyo Press quoted the governor of Khorezm region, Ulugbek Sapayev, as saying that emergency "
    "pumps would be installed on 14 canals and that farmers who lost crops would get compensation.",
    "Ergashev said he had heard such promises before. “They come in a white car, they take photographs, and they "
    "leave,” he said.",
    "Mariam Solberg-Achebe, the U.N. resident coordinator in Uzbekistan, told Steppeline that U.N. agencies were "
    "monitoring the situation in the delta and were ready to help both governments share data on the river.",
)

TALKS: tuple[str, ...] = (
    "Kazakhstan hosts Kuldara dam talks; no deal, but sides agree to meet again",
    "ALMATY, May 14 (Steppeline) - Kyrgyz and Uzbek water officials ended two days of talks on the Upper Kuldara dam "
    "in Almaty on Thursday without an agreement on how fast the reservoir should be filled, but agreed to meet again "
    "in June, Kazakhstan's special envoy said.",
    "Yerlan Dzhaksybekov, the envoy, told reporters after the talks that the two delegations had agreed to share "
    "daily flow data from six gauging stations, a step he called “small but real.”",
    "“Nobody left the room angry, and in our region that is already something,” Dzhaksybekov said.",
    "According to a statement from the Kazakh foreign ministry, the talks will resume in Tashkent in the second half "
    "of June with technical experts from the basin commission.",
    "Uzbek Water Resources Minister Bakhodir Yuldashkhojaev, who led his country's delegation, said Tashkent wanted a "
    "legally binding schedule for filling the reservoir, not “good intentions written on a napkin.”",
    "He said Uzbekistan would ask the World Bank to pay for an independent study of the dam's effect on the river's "
    "flow.",
    "The Kyrgyz energy ministry said in a statement that its delegation had presented “detailed and transparent” "
    "filling plans and that Bishkek was “open to any reasonable proposal.”",
    "Two diplomats who attended the talks, speaking on condition of anonymity because the discussions were private, "
    "said the main sticking point was how much water Kyrgyzstan would release in dry years.",
    "One of them said the Uzbek side had asked for a guaranteed minimum flow of 220 cubic metres per second in July "
    "and August, and the Kyrgyz side had offered 170.",
    "Azamat Kenzhegulov, chairman of the Kuldara Basin Water Commission, told Steppeline that the commission had no "
    "power to enforce any schedule and could only advise the two governments.",
    "“We are a meeting room with a calculator,” Kenzhegulov said. “The decisions are made in Bishkek and Tashkent.”",
    "Kazakhstan, which also depends on the Kuldara's lower reaches for its southern farms, has offered to buy surplus "
    "summer electricity from the dam in exchange for more water being released, the envoy said.",
    "Yuldashkhojaev later told Uzbek state television that the talks had been “useful, but not enough.”",
    "Pakistan's power ministry, which has signed a preliminary deal to import electricity from the dam, did not "
    "respond to a request for comment.",
)

SPEECH: tuple[str, ...] = (
    "Kyrgyz president says dam ‘not a weapon’ as Uzbekistan warns of consequences",
    "BISHKEK, June 2 (Steppeline) - Kyrgyz President Nurlan Bektemirov said on Tuesday that the Upper Kuldara dam was "
    "“not a weapon against anyone” and that his country had a sovereign right to use the rivers that rise in its "
    "mountains.",
    "In a 20-minute speech broadcast on state television to mark the start of power generation, Bektemirov said "
    "Kyrgyzstan had waited 30 years to build the dam and would not “ask permission from anyone” to finish it.",
    "“Our neighbours receive our water every day of the year. We ask only that they respect our right to light our "
    "homes,” he said.",
    "The president said the plant's first turbine, which began turning on Monday, would supply about 15% of the "
    "country's winter electricity.",
    "Hours later, the Uzbek foreign ministry said in a statement that the speech showed “a worrying disregard for "
    "international water law” and warned that Tashkent would “draw the necessary conclusions” if the summer flow fell "
    "below the agreed minimum.",
    "Uzbek state news agency Dunyo Press quoted Foreign Minister Sardor Inoyatkhodjaev as saying the dispute should "
    "be settled “at the negotiating table and nowhere else.”",
    "Inoyatkhodjaev, speaking in Tashkent, said his government was in contact with Kazakhstan's envoy and expected "
    "the June talks to go ahead.",
    "Kyrgyz foreign ministry spokeswoman Aizada Kurmanalieva told a news conference that the Uzbek statement was "
    "“regrettable” and did not reflect the “constructive spirit” of the Almaty talks.",
    "The Uzbek side, she said, had received flow data every day since May 20, as agreed.",
    "A new analysis by Terrascan Watch, published on Monday, found that the flow at the border had recovered to about "
    "195 cubic metres per second in late May after heavy rain in the mountains.",
    "Vorontsova-Kim, the Almaty hydrologist, said the rain had bought both sides time but no more. “July is when we "
    "find out whether the promises hold,” she said.",
    "Damira Usenova, who studies Central Asian water politics at the Bishkek-based Tien Shan Policy Institute, said "
    "the speech was aimed mainly at voters at home ahead of October's parliamentary election.",
    "Tomas Erikssen-Baro, the U.N. special rapporteur on the human rights to safe drinking water and sanitation, said "
    "in a statement from Geneva that both governments had obligations to the people living along the river, "
    "“whichever side of the border they happen to live on.”",
    "Uzbekistan and Kyrgyzstan have said they will meet again in Tashkent on June 22.",
)
