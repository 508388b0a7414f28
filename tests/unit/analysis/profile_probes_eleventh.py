"""The eleventh round of blind profile probes: fictional world news and newswire stories (a ceasefire mediated by a
third state, a UN food agency's warning, an election abroad under observers, oil-tanker sanctions, a typhoon, naval
drills and a neighbour's protest, a journalist's trial, a two-leader summit, a nuclear watchdog's report, deportations
counted by a refugee agency), and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_eleventh.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation), written before
#: the stories were run. An affiliation left empty is not checked, as the scorer checks none. A minister, envoy or
#: ambassador is affiliated to the state they serve; staff of a UN agency or an intergovernmental observer mission are
#: officials of it; a rebel commander and the staff of a charity or press-freedom group are `other` (a researcher of a
#: rights group an analyst); a prosecutor is an official; a former ambassador at a consultancy is an analyst; a source
#: left unnamed ("a senior Western diplomat", "a spokesman for the group") is unnamed.
STORIES = [
    (
        (
            "NAIROBI (Reuters) - Sudan's army and the Rapid Action Brigades agreed on Saturday to a 30-day ceasefire "
            "in talks mediated by Kenya, the Kenyan foreign ministry said.",
            "Kenyan Foreign Minister Daniel Otieno told reporters in Nairobi that both sides had agreed to let aid "
            "convoys through.",
            "Ahmed Salih Nour, the United Nations special envoy for Sudan, said the truce was fragile but offered the "
            "first real chance of talks in a year.",
            '"A ceasefire on paper feeds no one," the envoy said.',
            "Brigadier Hamid Osman, a commander of the Rapid Action Brigades in Darfur, said his forces would hold "
            "their positions but not advance.",
            "A spokesman for the group, speaking by telephone from Nairobi, said it would leave the talks if the army "
            "kept bombing villages.",
            "Mariam Abdalla, who fled El Fasher with her four children in June and now lives in a camp near the Chad "
            "border, said she would not go home until the guns fell silent.",
            "The Sudanese Foreign Ministry said in a statement that it welcomed Kenya's efforts.",
        ),
        [
            ("30-day ceasefire", "Kenyan foreign ministry", "institution", ""),
            ("aid convoys through", "Daniel Otieno", "official", "Kenya"),
            ("truce was fragile", "Ahmed Salih Nour", "official", "United Nations"),
            ("feeds no one", "Ahmed Salih Nour", "official", "United Nations"),
            ("hold their positions", "Hamid Osman", "other", "Rapid Action Brigades"),
            ("kept bombing villages", "", "unnamed", ""),
            ("guns fell silent", "Mariam Abdalla", "other", ""),
            ("Kenya's efforts", "Sudanese Foreign Ministry", "institution", ""),
        ],
    ),
    (
        (
            "GENEVA (AP) - The World Food Programme warned on Tuesday that 2.3 million people in Haiti face acute "
            "hunger as gang violence cuts the roads into the capital.",
            "WFP spokeswoman Elena Moretti told reporters in Geneva that the agency had enough money to feed only a "
            "third of them.",
            "Jean-Marc Lafleur, the WFP's country director in Haiti, said convoys had been attacked twice in a month.",
            "Sophie Arnaud, regional director for Latin America of the Norwegian Refugee Council, said aid groups "
            "could not reach whole districts of Port-au-Prince.",
            "Haiti's Prime Minister Garry Jean-Louis said the government would ask the United Nations for more police.",
            '"We are losing the roads one by one," Lafleur said.',
            "The UNHCR said in a separate statement that 700,000 Haitians had been displaced.",
            "Oxfam's country director in Haiti, Marie-Claude Benoit, said the hunger figures were the worst the group "
            "had seen.",
        ),
        [
            ("acute hunger", "World Food Programme", "institution", ""),
            # WFP staff keyed by the full name the lede gives, as the dev gold keys a body named by its initials
            # at the cue (set after the blind run, a convention fix: the blind gold had "WFP" as written)
            ("only a third", "Elena Moretti", "official", "World Food Programme"),
            ("attacked twice", "Jean-Marc Lafleur", "official", "World Food Programme"),
            ("whole districts", "Sophie Arnaud", "other", "Norwegian Refugee Council"),
            ("more police", "Garry Jean-Louis", "official", "Haiti"),
            ("one by one", "Jean-Marc Lafleur", "official", "World Food Programme"),
            ("700,000 Haitians", "UNHCR", "institution", ""),
            ("worst the group", "Marie-Claude Benoit", "other", "Oxfam"),
        ],
    ),
    (
        (
            "ACCRA (Reuters) - Abena Kyerewaa Owusu, chairwoman of the Electoral Commission of Ghana, said on Monday "
            "that results from all 276 constituencies would be declared by Wednesday.",
            "Opposition leader Kwame Asante-Darko of the People's Progressive Front told supporters in Kumasi that his "
            "party had won the vote.",
            '"We will not accept a result cooked in Accra," he said.',
            "Peter Banda, a former president of Malawi who leads the African Union observer mission, said voting had "
            "been peaceful and orderly.",
            "The European Union's chief observer, Karin Lindqvist, said the commission had been slow to publish "
            "results at polling stations.",
            "Kofi Boakye, a political scientist at the University of Ghana in Legon, said the ruling party had lost "
            "ground among young voters in the cities.",
            "The electoral commission said turnout was 61 per cent.",
        ),
        [
            ("276 constituencies", "Abena Kyerewaa Owusu", "official", "Electoral Commission of Ghana"),
            ("won the vote", "Kwame Asante-Darko", "official", "People's Progressive Front"),
            ("cooked in Accra", "Kwame Asante-Darko", "official", "People's Progressive Front"),
            ("peaceful and orderly", "Peter Banda", "official", "African Union"),
            ("slow to publish", "Karin Lindqvist", "official", "European Union"),
            ("young voters", "Kofi Boakye", "analyst", "University of Ghana"),
            ("61 per cent", "Electoral Commission of Ghana", "institution", ""),
        ],
    ),
    (
        (
            "WASHINGTON (Reuters) - The US Treasury said on Thursday it had imposed sanctions on six shipping "
            "companies that carry Iranian oil to China.",
            "Brian Hartwell, the Treasury's under secretary for terrorism and financial intelligence, said the "
            "companies had moved more than $800 million of oil in a year.",
            "A senior Treasury official, who briefed reporters on condition of anonymity, said more designations would "
            "follow within weeks.",
            "Oceanic Star Shipping, one of the companies named, said in a statement that it had never carried Iranian "
            "crude and would challenge the listing.",
            "Iran's foreign ministry spokesman, Nasser Karami, said the sanctions were illegal and would fail.",
            "Laura Whitfield, a senior fellow at the Atlantic Energy Council, a Washington think tank, said "
            "enforcement at sea mattered more than new names on a list.",
            '"The tankers just change flags," she said.',
            "China's commerce ministry said it firmly opposed what it called unilateral sanctions.",
        ),
        [
            ("six shipping companies", "US Treasury", "institution", ""),
            ("$800 million", "Brian Hartwell", "official", "Treasury"),
            ("more designations", "", "unnamed", ""),
            ("challenge the listing", "Oceanic Star Shipping", "institution", ""),
            ("illegal and would fail", "Nasser Karami", "official", "Iran"),
            ("enforcement at sea", "Laura Whitfield", "analyst", "Atlantic Energy Council"),
            ("change flags", "Laura Whitfield", "analyst", "Atlantic Energy Council"),
            ("unilateral sanctions", "China's commerce ministry", "institution", ""),
        ],
    ),
    (
        (
            "MANILA (AP) - Typhoon Halcon killed at least 42 people in the central Philippines, the National Disaster "
            "Risk Reduction and Management Council said on Monday.",
            "Governor Arturo Villanueva of Samar province told DZRH radio that whole villages along the coast had "
            "been flattened.",
            '"We need boats, not promises," the governor said.',
            "Richard Gordon-Reyes, secretary general of the Philippine Red Cross, said volunteers had reached only "
            "half of the towns hit by the storm.",
            "Lorna Dizon, 54, who rode out the storm on the roof of a school with her grandchildren, said the water "
            "rose faster than anyone had expected.",
            "The Philippine weather agency PAGASA said another storm could form east of Mindanao later this week.",
        ),
        [
            ("at least 42 people", "National Disaster Risk Reduction and Management Council", "institution", ""),
            ("whole villages", "Arturo Villanueva", "official", "Samar"),
            ("not promises", "Arturo Villanueva", "official", "Samar"),
            ("only half", "Richard Gordon-Reyes", "other", "Philippine Red Cross"),
            ("rose faster", "Lorna Dizon", "other", ""),
            ("another storm", "PAGASA", "institution", ""),
        ],
    ),
    (
        (
            "MOSCOW (Reuters) - Russia's Defence Ministry said on Tuesday that 40 warships and 15,000 troops were "
            "taking part in exercises in the Sea of Japan.",
            "Admiral Viktor Lisitsyn, commander of the Pacific Fleet, told the state news agency RIA that the drills "
            "would practise defending the Kuril Islands.",
            "A defence ministry spokesman, Colonel Igor Baranov, said the exercises were not aimed at any country.",
            "The Japanese foreign ministry said in a statement that it had lodged a protest with the Russian embassy "
            "in Tokyo.",
            "Chief Cabinet Secretary Hiroshi Mori told a news conference that Japan was watching the drills closely.",
            "Yuki Tanaka, a former Japanese ambassador to Russia who now advises the Tokyo consultancy Sakura Global "
            "Partners, said Moscow wanted to show it could still project power in Asia despite the war in Ukraine.",
            '"It is a message to Washington as much as to Tokyo," the former ambassador said.',
        ),
        [
            ("40 warships", "Russia's Defence Ministry", "institution", ""),
            ("Kuril Islands", "Viktor Lisitsyn", "official", "Pacific Fleet"),
            ("not aimed at any country", "Igor Baranov", "official", "Defence Ministry"),
            ("lodged a protest", "Japanese foreign ministry", "institution", ""),
            ("watching the drills", "Hiroshi Mori", "official", ""),
            ("project power", "Yuki Tanaka", "analyst", "Sakura Global Partners"),
            ("message to Washington", "Yuki Tanaka", "analyst", "Sakura Global Partners"),
        ],
    ),
    (
        (
            "ISTANBUL (AFP) - A court in Istanbul on Wednesday sentenced journalist Deniz Arslan to four years in "
            "prison for spreading disinformation.",
            "Prosecutor Kemal Yildirim told the court that Arslan's reports on the earthquake relief had caused "
            "public panic.",
            "Arslan's lawyer, Ayse Demir, said they would appeal to the Constitutional Court.",
            '"This verdict was written before the trial began," Demir said.',
            "Arslan, who works for the independent news site Medyascope, told the court he had only reported what "
            "survivors told him.",
            "Reporters Without Borders said Turkey was holding at least 20 journalists in prison.",
            "Erol Kaya, the group's Turkey representative, said the law on disinformation had become a tool to "
            "silence the press.",
            "The Turkish justice minister, Yilmaz Aydin, said the courts were independent and the case had nothing to "
            "do with journalism.",
        ),
        [
            ("public panic", "Kemal Yildirim", "official", ""),
            ("Constitutional Court", "Ayse Demir", "other", ""),
            ("before the trial began", "Ayse Demir", "other", ""),
            ("survivors told him", "Deniz Arslan", "other", "Medyascope"),
            ("20 journalists", "Reporters Without Borders", "institution", ""),
            ("silence the press", "Erol Kaya", "other", "Reporters Without Borders"),
            ("courts were independent", "Yilmaz Aydin", "official", "Turkey"),
        ],
    ),
    (
        (
            "BRASILIA (Reuters) - Brazilian President Carlos Moreira said after talks in Brasilia on Monday that "
            "Brazil and South Africa would double their trade within five years.",
            "South African President Thabo Ndlovu told a joint news conference that the two countries would push for "
            "a permanent African seat on the UN Security Council.",
            '"The world of 1945 is gone," Ndlovu said.',
            "A senior Brazilian official, speaking on condition of anonymity because the talks were private, said the "
            "two leaders had disagreed over Russia.",
            "Paulo Tavares, a former Brazilian ambassador to Pretoria who is now a partner at the consultancy Atlas "
            "Strategic Advisors, said the summit was more about symbols than trade.",
            "A senior Western diplomat in Brasilia said the meeting had been watched closely in Washington.",
            "Brazil's foreign ministry said in a statement that the two sides had signed nine agreements, including "
            "one on vaccines.",
        ),
        [
            ("double their trade", "Carlos Moreira", "official", "Brazil"),
            ("permanent African seat", "Thabo Ndlovu", "official", "South Africa"),
            ("1945 is gone", "Thabo Ndlovu", "official", "South Africa"),
            ("disagreed over Russia", "", "unnamed", ""),
            ("symbols than trade", "Paulo Tavares", "analyst", "Atlas Strategic Advisors"),
            ("watched closely", "", "unnamed", ""),
            ("nine agreements", "Brazil's foreign ministry", "institution", ""),
        ],
    ),
    (
        (
            "VIENNA (Reuters) - The IAEA said in a confidential report seen by Reuters that Iran had enriched more "
            "uranium to 60 per cent purity in the past three months.",
            "Rafael Moreno, director general of the International Atomic Energy Agency, told reporters in Vienna that "
            "inspectors had lost track of some of the stockpile.",
            "Iran's ambassador to the IAEA, Reza Najafipour, said Tehran had cooperated fully with the inspectors.",
            "A senior Western diplomat accredited to the agency said the board would probably not censure Iran at its "
            "June meeting.",
            "Kelsey Hale, director for nonproliferation policy at the Arms Control Association, said the stockpile "
            "was enough for several weapons if enriched further.",
        ),
        [
            ("60 per cent", "IAEA", "institution", ""),
            ("lost track", "Rafael Moreno", "official", "International Atomic Energy Agency"),
            ("cooperated fully", "Reza Najafipour", "official", "Iran"),
            ("not censure Iran", "", "unnamed", ""),
            ("several weapons", "Kelsey Hale", "analyst", "Arms Control Association"),
        ],
    ),
    (
        (
            "ISLAMABAD (AFP) - Pakistan has deported more than 500,000 Afghans since November, the UN refugee agency "
            "UNHCR said on Friday.",
            "Philippa Candler, the UNHCR representative in Pakistan, said many of those sent back had never lived in "
            "Afghanistan.",
            "Pakistan's interior minister, Sarfraz Bugti, said the deportations targeted only people living in the "
            "country illegally.",
            "Abdul Qahar Zai, a spokesman for Afghanistan's foreign ministry, said the returnees were welcome but "
            "needed help.",
            "Gul Bibi, a widow who was sent back with six children after 40 years in Peshawar, said she had nowhere "
            "to go.",
            "Samira Rahimi, a researcher at Amnesty International, said Pakistan was breaking international law.",
            '"These are forced returns, plain and simple," the researcher said.',
        ),
        [
            ("500,000 Afghans", "UNHCR", "institution", ""),
            ("never lived in", "Philippa Candler", "official", "UNHCR"),
            ("country illegally", "Sarfraz Bugti", "official", "Pakistan"),
            ("needed help", "Abdul Qahar Zai", "official", "Afghanistan"),
            ("nowhere to go", "Gul Bibi", "other", ""),
            ("international law", "Samira Rahimi", "analyst", "Amnesty International"),
            ("forced returns", "Samira Rahimi", "analyst", "Amnesty International"),
        ],
    ),
]
