"""A seventy-sixth batch of fictional stories for probing the quotes, in the manner of GEOPOLITICS EXPLAINERS as the web
sites of international broadcasters and think tanks write them, the product's own register: two powers courting each
other over frigates and trade, with a think-tank fellow, a former ambassador, a defence ministry, a deputy minister
"quoted" by state media and a foreign-ministry spokesperson at a regular briefing; a summit between two Central Asian
neighbours that ends in a joint statement, with a foreign minister (a counterpart named in a "who" clause after him),
a state news agency, a fellow whose quotation is split by "said X, a senior fellow at Y," and a former deputy minister;
a sanctions package and its effect on trade through Russia's neighbours, with a spokesperson, an observatory's figures
and its head of research, the Kremlin, state television, a ministry and an economist; naval drills in a disputed sea,
with a defence ministry, a navy spokesman quoted by state television, spokespeople at regular briefings in two
capitals, a retired ambassador and a research fellow; and an explainer on talks over a dam, with a foreign ministry, a
minister quoted by state media, a former assistant foreign minister, an associate fellow and an official on condition
of anonymity. Long appositive titles before reported speech ("highlighted", "noted", "pointed out", "argued",
"warned", "cautioned", "observed"), "he added" and "she noted" chains across paragraphs, and "analysts say" and
"experts believe" with no names. Written for these tests; none is taken from any corpus, and every person, think
tank, company, agency and institute in them is made up (the countries, cities, seas and kinds of bodies are real)."""

from __future__ import annotations

COURTSHIP: tuple[str, ...] = (
    "Turkey and Indonesia court each other as Ankara eyes Asia’s arms market",
    "Turkey and Indonesia are courting each other with an intensity that has surprised diplomats in both capitals, as "
    "Ankara looks for buyers for its drones and frigates and Jakarta looks for suppliers that attach few political "
    "conditions. Analysts say the relationship, long cordial but thin, has moved further in the past 18 months than in "
    "the previous two decades.",
    "Selin Karaduman-Öztürk, a senior fellow at the Bosphorus Centre for Strategic Studies in Istanbul and a former "
    "adviser to Turkey’s foreign ministry on Southeast Asia, highlighted the speed of the change. She noted that the "
    "two countries had signed more defence agreements since January of last year than in the whole period before it, "
    "and pointed out that Indonesia was now the largest foreign customer of Turkey’s naval shipyards.",
    "“Jakarta wants to diversify away from any single supplier, and Ankara wants a foothold in Asia that does not run "
    "through Beijing,” said Karaduman-Öztürk. “Each is the other’s answer.” She added that the courtship had been "
    "helped by a shared reluctance to take sides over the war in Ukraine.",
    "Indonesia’s defence ministry said in a statement on Tuesday that it had ordered two more frigates, to be built "
    "partly at a state shipyard in Surabaya, and that the contract included a transfer of design know-how. Turkish "
    "state media quoted the country’s deputy defence minister, Murat Ekincioğlu-Sarp, as saying the deal was “the "
    "first of several” and that Turkish engineers would be based in Surabaya for at least five years.",
    "Not everyone is convinced that the warmth will last. Bambang Wirasena-Halim, who served as Indonesia’s ambassador "
    "to Ankara from 2014 to 2019 and now teaches international relations at a university in Yogyakarta, cautioned "
    "that Indonesian arms procurement had a long history of announcements that never became contracts. “We have "
    "signed memorandums with half the world,” he observed. “The question is how many ships are actually in the water "
    "in 2030.”",
    "He argued that the more durable tie might prove to be economic. Bilateral trade reached $3.1 billion last year, "
    "according to Turkish customs figures, and a Turkish construction group, Anatolikon Yapı, has won a contract to "
    "build a port terminal in North Sulawesi.",
    "At a regular briefing in Ankara on Wednesday, foreign ministry spokesperson Deniz Aksungur-Ilgaz said Turkey did "
    "not see its ties with Indonesia as aimed at any third country. “Our partnership with Indonesia stands on its own "
    "feet,” she told reporters, adding that the foreign ministers of the two countries would meet in Jakarta next "
    "month to prepare a visit by the Turkish president.",
    "Experts believe that China is watching closely. “Beijing will not object publicly, but it will notice,” said Ayu "
    "Kartikasari-Lim, a research fellow at the Jakarta-based Archipelago Policy Forum who has written on Indonesia’s "
    "arms purchases. She noted that Chinese shipyards had bid for the same frigate contract and lost.",
)

SUMMIT: tuple[str, ...] = (
    "Kazakhstan and Uzbekistan pledge to share river water and build rail link at summit",
    "The presidents of Kazakhstan and Uzbekistan agreed on Thursday to share the flow of the Syr Darya more evenly "
    "through the summer months and to build a second cross-border railway, at a summit in Samarkand that both sides "
    "hailed as a turning point in relations between the Central Asian neighbours.",
    "In a joint statement issued after the talks, the two leaders said they would set up a commission to manage water "
    "releases from reservoirs on the river and would raise bilateral trade to $10 billion by 2030. The statement also "
    "called for closer cooperation on border security and on the rights of migrant workers.",
    "Kazakhstan’s foreign minister, Yerlan Dosmukhamedov-Abenov, who led the preparatory talks with his Uzbek "
    "counterpart, Shavkat Rakhimjonov-Tursunov, told reporters in Samarkand that the water agreement had been the "
    "hardest part. “For thirty years we have argued about every cubic metre,” he said. “Today we agreed to stop "
    "arguing and start measuring.”",
    "Uzbekistan’s state news agency quoted Rakhimjonov-Tursunov as saying the railway, which will run from Shymkent "
    "to Tashkent, would cut freight times between the two cities by half. The agency said construction would begin "
    "next spring and would be financed in part by a regional development lender.",
    "Analysts say the deal reflects a broader thaw across Central Asia. “What you are seeing,” said Gulnara "
    "Abdrakhmanova-Reiss, a senior fellow at the Steppe Institute for Eurasian Affairs in Almaty, “is a region that "
    "has decided its neighbours matter more than its patrons.” She pointed out that trade among the five Central "
    "Asian states had roughly doubled since 2017.",
    "She cautioned, however, that the water deal would be tested in a dry year. “An agreement on paper is easy when "
    "the reservoirs are full,” she said.",
    "Timur Sadvakasov-Lind, a former Kazakh deputy foreign minister who now chairs the advisory board of the Caspian "
    "Dialogue Foundation, argued that Moscow and Beijing both stood to gain from the railway, which would connect with "
    "lines running to the Chinese border. He warned, though, that the commission on water would need real powers. "
    "“If it is just another committee, farmers downstream will pay the price,” he added.",
    "China’s foreign ministry said it welcomed the agreement and hoped the railway would become part of a wider "
    "network linking the region with Europe.",
)

SANCTIONS: tuple[str, ...] = (
    "New EU sanctions package takes aim at trade routed through Russia’s neighbours",
    "The European Union adopted its latest package of sanctions against Russia on Friday, adding 61 companies in "
    "third countries to its blacklist and, for the first time, restricting exports of machine tools to firms that "
    "resell them to Russian buyers. EU officials said the measures were aimed at closing loopholes that had allowed "
    "sanctioned goods to reach Russia through its neighbours.",
    "The EU’s trade spokesperson, Annelies Verhoeven-Duras, told a news conference in Brussels that the package had "
    "been drawn up after months of talks with governments in Central Asia and the South Caucasus. “We are not "
    "targeting these countries,” she said. “We are targeting the companies that have turned them into a back door.”",
    "Figures compiled by the Vistula Economic Observatory, a research group in Warsaw, show that EU exports of such "
    "goods to Kyrgyzstan rose more than sevenfold between 2021 and last year, while Kyrgyz exports of the same goods "
    "to Russia rose almost as fast. Its head of research, Tomasz Wielgosz-Arendt, noted that many of the goods never "
    "left the warehouses where they were cleared. “The pattern is too neat to be an accident,” he said.",
    "He added that the new listings would probably push the trade into smaller firms and longer routes rather than "
    "stop it. “Sanctions raise the cost of doing business with Russia. They rarely end it,” he observed.",
    "The Kremlin said the measures were illegal and would hurt Europe more than Russia. Russian state television "
    "quoted a deputy economy minister, Kirill Zababurin-Lvov, as saying that Russian importers had already found "
    "“alternative channels” for most of the listed goods.",
    "In Bishkek, Kyrgyzstan’s economy ministry said it would study the package and was ready to work with Brussels on "
    "export controls, but warned that Kyrgyz firms had been listed without any evidence being shared. A spokesperson "
    "for the ministry, Aizada Temirbekova-Nurlan, said at a regular briefing that Kyrgyzstan complied with all of its "
    "international obligations.",
    "The package’s effect on trade is likely to show up first in Armenia, where re-exports of cars and electronics to "
    "Russia have made up a large share of growth. Narine Petrosyan-Vardanyan, an economist at the "
    "Yerevan-based Ararat Institute for Economic Policy, pointed out that Armenia’s exports to Russia had tripled "
    "since 2021. “A slowdown is coming, and the only question is how sharp it will be,” she said, adding that the "
    "government had begun to tighten checks of its own.",
    "She noted that the Armenian dram had risen against the euro on the strength of the trade, and warned that "
    "exporters who had borrowed in the expectation of further growth could be hurt.",
)

DRILLS: tuple[str, ...] = (
    "China holds naval drills near disputed shoal as Manila protests",
    "China’s navy began three days of live-fire drills on Monday in waters near the Scarborough Shoal, a reef in the "
    "South China Sea that both Beijing and Manila claim, in what analysts said was a message to the Philippines and "
    "its allies after a joint patrol with Japan last week.",
    "China’s defence ministry said the exercises were routine and in line with international law. Chinese state "
    "television quoted a navy spokesman, Senior Colonel Qiao Minghan, as saying the drills would test the fleet’s "
    "ability to “seal off and control” the waters around the shoal.",
    "At a regular briefing in Manila, foreign affairs department spokesperson Teresita Dalisay-Ocampo said the "
    "Philippines had lodged a diplomatic protest with the Chinese embassy. “These drills are taking place inside our "
    "exclusive economic zone, and we will not pretend otherwise,” she told reporters. She noted that it was the fourth "
    "protest Manila had filed over the shoal this year.",
    "She added that the Philippine coast guard would keep ships near the shoal throughout the exercises, and that "
    "fishermen had been advised to stay at least 12 nautical miles from the area. “Our fishermen have fished there "
    "for generations,” she said.",
    "In Beijing, foreign ministry spokesman Fang Zhirui told a regular press conference that the Philippines had "
    "“provoked” tensions by inviting outside countries to patrol the area, and urged Manila to “stop stirring up "
    "trouble.”",
    "Rafael Manalastas-Cruz, a retired Philippine ambassador to Beijing who is now a senior fellow at the Manila "
    "Institute for Maritime Affairs, observed that the drills were larger than those China had held after earlier "
    "patrols. “The signal is that each step by Manila and its partners will be met by a bigger step from Beijing,” "
    "he said, “and Beijing wants everyone to see the ladder.”",
    "He warned that the risk of an accident between coast guard vessels was now higher than at any time since 2016.",
    "Keiko Amamiya-Sloane, a research fellow at the Tokyo-based Kuroshio Institute for Security Studies, argued that "
    "Tokyo’s part in the patrols had raised the stakes for Beijing. “China can tolerate American ships near the shoal. "
    "Japanese ones touch a nerve,” she said.",
)

DAM: tuple[str, ...] = (
    "Explainer: Why Egypt and Ethiopia are back at the table over the Nile dam",
    "Egypt and Ethiopia resumed talks this week over the giant dam Ethiopia has built on the Blue Nile, after a "
    "two-year pause in which each side accused the other of bad faith. Here is what is at stake, and why experts "
    "believe this round may go further than the last.",
    "Egypt’s foreign ministry said in a statement that the talks in Addis Ababa would focus on rules for filling and "
    "operating the reservoir during droughts. Ethiopian state media quoted the country’s water minister, Dawit "
    "Gebremeskel-Alemu, as saying Ethiopia would “not accept any deal that limits its right to develop.”",
    "Hany El-Sharkawy-Mansour, a former Egyptian assistant foreign minister for African affairs who took part in "
    "earlier rounds of the talks, highlighted the change in tone. “Two years ago neither side would even agree on an "
    "agenda,” he said. “This time they arrived with one.”",
    "He added that a drought in Sudan, downstream of both, had concentrated minds in Cairo and Addis Ababa alike.",
    "Meseret Haileyesus-Tadesse, an associate fellow at the Horn of Africa Research Council in Nairobi, argued that "
    "Ethiopia now had less to fear from a deal because the dam was complete. But she cautioned that any agreement "
    "that did not cover future dams upstream would fail. “The hard question was never this dam,” she said. “It is the "
    "next one.”",
    "Analysts say Gulf states, which have invested heavily in both countries, have quietly pushed for a deal. A senior "
    "Egyptian official, speaking on condition of anonymity because the talks were confidential, said Cairo was "
    "“cautiously hopeful.”",
)
