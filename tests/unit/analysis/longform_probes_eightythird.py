"""An eighty-third batch of fictional stories for probing the quotes, in the manner of HUMANITARIAN CRISES AND AID
ABROAD as the wires, aid agencies' field updates and international broadcasters' web sites write them: an earthquake in
a made-up mountain province of Tajikistan (the United Nations, a UN spokesman who "told a regular briefing in Geneva", a
rescuer who "said by phone from" the town, three survivors in one long paragraph, "the 52-year-old nurse", the
provincial governor "quoted by the state news agency as saying", a split quotation with its cue in the middle); a famine
warning for South Sudan (a monitoring network that "warned", "the report warned", its lead author "said the figures
showed", "according to the agency", a minister and a mother at a feeding centre); an aid convoy blocked at a border
crossing (a charity's country director, "a spokesperson for the army, who asked not to be named because …", a statement
that "called on all parties to …", a driver "by phone from the crossing"); a donors' conference (pledges "announced", a
minister who "told delegates", a lender, a UN official and a charity); and a medical charity's field update on cholera
in flood camps in Mozambique. Surnames after the first mention, "the 41-year-old", pronoun chains across paragraphs,
single and double quotation marks. Written for these tests; none is taken from any corpus, and every person, charity,
network, fund and camp in them is made up (the countries, cities, regions and kinds of bodies are real)."""

from __future__ import annotations

QUAKE: tuple[str, ...] = (
    "Earthquake in Tajikistan’s Kharzan province kills at least 240, UN says",
    "DUSHANBE — A powerful earthquake struck the mountain province of Kharzan in eastern Tajikistan before dawn on "
    "Tuesday, killing at least 240 people and leaving thousands without shelter as temperatures fell below freezing, "
    "the United Nations said.",
    "The magnitude 6.8 quake flattened villages in the valleys around the town of Yashkul, where mud-brick houses "
    "collapsed on families as they slept, according to the country’s emergencies committee. Landslides cut the only "
    "road into the valley.",
    "Jens Halvorsrud, a spokesman for the UN’s humanitarian office, told a regular briefing in Geneva that rescue "
    "teams were ‘racing against the cold’ and that many of the injured had spent the night in the open. ‘The next 48 "
    "hours are critical. People pulled from the rubble now will not survive another night outside without blankets "
    "and heat,’ he said.",
    "He said the agency had released $5 million from an emergency fund and that a first flight of tents and medical "
    "supplies would land in Dushanbe on Wednesday.",
    "Farhod Shokirov, who leads a volunteer mountain rescue team, said by phone from Yashkul that his men were digging "
    "with their hands because no heavy machinery could reach the town. “We hear voices under the stones, and then "
    "after a few hours we don’t hear them any more,” Shokirov said. “That is the worst part.”",
    "In a school gym in the town that has been turned into a shelter, survivors lay on mats under donated blankets. "
    "Gulnora Saidova, 52, a nurse at Yashkul’s district hospital, said she had been on a night shift when the "
    "building began to shake. ‘The ceiling came down in the corridor behind me. I ran back in to get the patients "
    "out,’ she said. Beside her, Davron Kholov, a shepherd, said he had lost his wife and two of his sons. “I was "
    "outside with the sheep. That is the only reason I am alive,” he said, his voice breaking. A teenager, Mehrona "
    "Ashurova, 16, said her family had dug her grandmother out of the rubble alive after three hours. ‘She kept "
    "telling us to stop and save the neighbours first,’ the girl said.",
    "The 52-year-old nurse said the hospital had been badly damaged and that doctors were treating the wounded in "
    "tents in its courtyard. She said supplies of painkillers and antibiotics would run out within days. ‘We are "
    "stitching wounds by torchlight,’ Saidova said.",
    "The governor of Kharzan, Rustam Nazarzoda, was quoted by the state news agency as saying that all roads into the "
    "province would be reopened “within three days” and that no family would be “left without a roof before winter.” "
    "He did not say how many people were still missing.",
    "Asked whether the government had requested international search teams, Halvorsrud said Dushanbe had accepted "
    "offers from Turkey, China and Russia. “There are teams from four countries on the ground,” he said, “but what we "
    "need most now is helicopters, because the roads are gone.”",
)

FAMINE: tuple[str, ...] = (
    "Famine looms for nearly two million in South Sudan, monitors warn",
    "NAIROBI — Nearly two million people in South Sudan face famine by the end of the lean season unless aid reaches "
    "them within weeks, the Nairobi-based Horn Harvest Monitor warned on Thursday, blaming failed rains, fighting and "
    "the collapse of the currency.",
    "In its quarterly report, the network said that in three counties of Upper Nile state one child in four was "
    "acutely malnourished and that families were surviving on wild leaves and water lilies. Prices of sorghum had "
    "tripled since January, according to the report.",
    "The report warned that aid agencies had received less than a fifth of the money they had asked for this year, "
    "and that food rations in refugee camps had already been cut by half.",
    "Its lead author, Wairimu Kanyotu, said the figures showed “a famine in slow motion” that the world had been "
    "warned about for a year. “Every number in this report was predicted. None of it was prevented,” she told "
    "reporters in Nairobi.",
    "She said the worst-hit families lived in areas that convoys had not reached since the rains turned the roads to "
    "mud. Some had walked for a week to reach a feeding centre, she said.",
    "The UN’s food agency said it had enough stocks to feed 600,000 people in the region until March. After that, its "
    "supplies would break down, according to the agency, unless donors came forward with $300 million.",
    "South Sudan’s minister of humanitarian affairs, Gabriel Maker Anyieth, rejected the word famine. ‘There are "
    "shortages in some places, as there are every year. There is no famine in South Sudan,’ he told the state "
    "broadcaster.",
    "At a feeding centre in Malakal, Nyabol Gatdet, a mother of five, told aid workers that she had buried her "
    "youngest daughter a month ago. ‘She was two. She stopped eating, and then she stopped crying,’ she said.",
)

CONVOY: tuple[str, ...] = (
    "Aid convoy stuck at Chad–Sudan border for fifth day as army refuses passage",
    "N’DJAMENA — Forty trucks carrying food and medicine for Sudan’s Darfur region have been stuck at the Am Sidra "
    "border crossing for five days after the Sudanese army refused to let them through, the charity that organised "
    "the convoy said on Saturday.",
    "The charity, Bread Across Borders, said the trucks carried enough flour, therapeutic food and medicine to feed "
    "120,000 people for a month. Its country director for Chad, Annelies Vandermeiren, said drivers were sleeping in "
    "their cabs and that some of the medicine needed to be kept cold. “Every day we sit here, the vaccines get closer "
    "to being useless,” she said.",
    "A spokesperson for the army, who asked not to be named because he was not authorised to speak to the media, said "
    "the convoy had not received “the necessary security clearance” and that its cargo would have to be inspected in "
    "Port Sudan. ‘We have no problem with aid. We have a problem with aid that ends up with the rebels,’ he said.",
    "Bread Across Borders said in a statement that called on all parties to the conflict to let food through “whoever "
    "controls the road.” Vandermeiren said the charity had filed every permit the army had asked for, some of them "
    "twice. “We are not asking for favours,” she said, “we are asking for the rules everyone signed to be respected.”",
    "One of the drivers, Issa Mahamat Abakar, said by phone from the crossing that the men were running out of food "
    "themselves. ‘We are carrying flour for a hundred thousand people and we are eating biscuits,’ the 41-year-old "
    "said.",
    "Chad’s minister for humanitarian action, Hassane Djibrine Allamine, said his government was “ready to help” but "
    "that the decision lay with the Sudanese authorities.",
    "Sudan’s foreign ministry did not answer phone calls on Saturday. The army has in the past accused aid groups "
    "of smuggling weapons to the rebels, which the groups deny.",
)

DONORS: tuple[str, ...] = (
    "Donors pledge $870 million to rebuild Tajikistan’s quake-hit Kharzan",
    "GENEVA — Governments and lenders pledged $870 million on Monday to help Tajikistan rebuild after last month’s "
    "earthquake in Kharzan province, well short of the $1.4 billion the government had asked for, organisers said.",
    "The European Union announced €150 million in grants, the largest single pledge, and Japan pledged $90 million in "
    "loans and equipment. The Central Asian Reconstruction Fund, a regional lender, said it would provide $200 million "
    "in cheap loans over five years.",
    "Tajikistan’s finance minister, Sherali Qodirzoda, told delegates that the earthquake had destroyed or damaged "
    "more than 31,000 homes, 140 schools and 22 clinics, and that 60,000 people were still living in tents or with "
    "relatives. ‘Our people have lost everything except their will to rebuild,’ he said.",
    "Norway’s minister for international development, Ingrid Solbakken-Ruud, told delegates that money alone would "
    "not save lives this winter. “Tents are not homes. Families in those valleys need warm houses before the snow "
    "closes the passes,” she said.",
    "The UN’s deputy relief coordinator, Teodora Vasilescu, called the pledges “a good start, not a finish line” and "
    "warned that money promised at conferences often arrived late or not at all.",
    "Aid groups welcomed the pledges but said the money had to reach the villages quickly. Kamila Rajabova, who heads "
    "the Dushanbe office of the charity Mountain Homes Trust, said families in Yashkul were still burning furniture "
    "to keep warm. ‘A pledge in Geneva does not keep a child warm in Yashkul,’ she said.",
    "Qodirzoda said the government would publish every contract paid for with donors’ money on a public website. "
    "“Every somoni will be accounted for,” the minister said.",
)

CHOLERA: tuple[str, ...] = (
    "Cholera spreads through Mozambique flood camps, medical charity says",
    "MAPUTO — Cholera is spreading through camps sheltering people displaced by floods in central Mozambique, with "
    "more than 1,100 cases and 19 deaths recorded in two weeks, the medical charity Open Hands Medical said in an "
    "update on its website on Friday.",
    "The charity’s emergency coordinator in Beira, Tomasz Kędziorek, said the camps had one latrine for every 200 "
    "people and that clean water was trucked in only every other day. “We are treating the cholera, but the camps "
    "are making it,” he said by phone.",
    "He said the charity had opened two treatment centres and was bringing in a third. Most of the patients were "
    "children under five, he said, and many arrived too late. “A child with cholera can die in a day. A mother who "
    "has walked six hours with her has no day to spare,” Kędziorek said.",
    "Mozambique’s health ministry said in a statement that the outbreak was ‘under control’ and that vaccines were "
    "being flown in. The national director of public health, Albertina Mucavele, told reporters in Maputo that "
    "400,000 doses would arrive by the end of the month.",
    "In the Nhamatanda camp, a displaced farmer, Celestino Muianga, said the river had taken his house, his maize and "
    "his two goats. ‘Now the water that is left is making us sick,’ he said.",
    "The UN’s children’s agency said the floods had damaged 230 schools in Sofala province and that more than 90,000 "
    "children had not been back to class since January.",
)
