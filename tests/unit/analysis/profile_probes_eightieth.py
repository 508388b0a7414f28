"""The eightieth round of blind profile probes: fictional world newswire copy on desert locust swarms crossing borders
and the crop emergency they bring to a region (no round has had locusts, crop pests or a regional plant-protection
campaign). Agency copy with datelines "CITY, Month Day (Agency) -" and reported speech far more than direct quotes: the
U.N. food agency at the end of the lede and "the agency's senior locust forecasting officer" with his surname in a
direct quote, "Kenya's agriculture minister, X," and "He said", a district commissioner in a border town, "Ethiopia's
agriculture ministry said in a statement", "X, who chairs Y" for a farmers' cooperative and an entomologist at a
university with "She said"; a lede with no speaker, "Pakistan's minister for national food security, X,", "The
province's governor, X," after the province was named, a state news agency quoting the head of a plant protection
department, a ministry official who spoke on condition of anonymity, a capital for its government ("Islamabad said"),
"India's agriculture ministry said" and "X, a spokeswoman for the ministry", and a direct quote with "said X, president
of Y" for a growers' cooperative and "He said"; a regional locust commission at the end of the lede and "Its head of
plant protection, X,", a minister on state radio, "In Bamako, Agriculture Minister X", "Niamey said", an aid group as
itself and "Its country director, X,", a donor's development minister in Berlin and an entomologist with his surname in
a direct quote; "officials in both countries said", "Oman's agriculture ministry said in a statement", "Tehran said", a
state news agency quoting a province's governor, Yemen's agriculture minister, a U.N. official who spoke on condition of
anonymity, Britain's development minister, an entomologist named after a direct quote and an aid group's country
director named with the group and "She added"; and a minister after "its" at the end of the lede and "He said", a
resident district commissioner, "Juba said", "X, who heads plant protection at Y", a state news agency quoting a
minister of state, "A ministry statement ... said" (a document, no speaker), a cooperative union's chairman, Norway's
development minister and an entomologist with "She said". For each quote the speaker, kind and affiliation were written
before the stories were run (test_profiles_blind_probes_eightieth.py). Blind: 5 wrong of 51. After the mends: 0 (see
test_profiles_blind_probes_eightieth.py for the misses by pattern and the steps)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: agriculture ministers, a minister for food security, a minister of state, development ministers,
#: a province's governor, district commissioners, the staff of a U.N. agency (its forecasting officer) and of a regional
#: plant-protection body are officials (a minister to the state the text ties him to, a governor to his province, staff
#: to their body; "the agency's" after the agency was named ties the forecaster to it); a farmers' or growers'
#: cooperative's head and an aid group's country director are `other`, as earlier rounds set them; entomologists at
#: universities are analysts; an official and a U.N. official "who spoke on condition of anonymity" and "officials in
#: both countries" are `unnamed`; a U.N. agency, a regional commission, a ministry, an aid group and a capital standing
#: for its government ("Islamabad said", "Niamey said", "Tehran said", "Juba said") are an `institution` under the
#: fullest name the story gives them. "A ministry statement ... said" has a document as its subject, which the
#: guidelines take for no speaker (as the fiftieth round reads "the statement said"), so it is no quote; a lede that
#: says who declared an emergency, with no verb of speech, is no quote either.
STORIES = [
    (
        (
            "NAIROBI, Feb 11 (Kestrel Wire) - Swarms of desert locusts crossed from Somalia into northern Kenya over "
            "the weekend and were moving toward the grain-growing highlands, the Food and Agriculture Organization "
            "said on Tuesday, warning that the coming rains could set off a second generation of breeding.",
            "Keith Ormsby-Lavelle, the agency's senior locust forecasting officer, told Kestrel Wire from Rome that "
            "one swarm sighted near Wajir covered about 60 square km and could hold as many as 2 billion insects.",
            '"A swarm of that size eats as much in a day as a city of a million people does," Ormsby-Lavelle said.',
            "Kenya's agriculture minister, Wanjala Murigu-Ochieng, said the government had sprayed 14,000 hectares "
            "since January and had ordered four more aircraft from South Africa.",
            "He said the ministry had enough pesticide for about three weeks of spraying.",
            "In Wajir, the district commissioner, Abdikadir Hussein-Dolal, said herders had lost most of their grazing "
            "land and that some had begun moving their camels toward the Ethiopian border.",
            "Ethiopia's agriculture ministry said in a statement that new swarms had been reported in the Somali and "
            "Oromia regions and that its ground teams were short of fuel.",
            "Gideon Kiprotich-Langat, who chairs the Elgeyo Valley Farmers' Cooperative, said members had planted "
            "maize two weeks early in the hope of harvesting before the hoppers could reach their fields.",
            "Nafula Simiyu-Adhiambo, an entomologist at Rift Highlands University in Eldoret, said control teams had "
            "sprayed the adult swarms but missed the egg fields, where the next generation would hatch within a month.",
            "She said spraying now would cost a fraction of the losses that would follow if the hoppers were left to "
            "form swarms of their own.",
        ),
        [
            ("second generation", "Food and Agriculture Organization", "institution", ""),  # at the end of the lede
            (
                "2 billion insects",
                "Keith Ormsby-Lavelle",
                "official",
                "Food and Agriculture Organization",
            ),  # "the agency's senior locust forecasting officer"
            ("a million people", "Keith Ormsby-Lavelle", "official", ""),  # his surname, direct
            (
                "14,000 hectares",
                "Wanjala Murigu-Ochieng",
                "official",
                "Kenya",
            ),  # "Kenya's agriculture minister, X"
            ("three weeks of spraying", "Wanjala Murigu-Ochieng", "official", ""),  # "He said"
            ("moving their camels", "Abdikadir Hussein-Dolal", "official", ""),  # "the district commissioner, X"
            ("short of fuel", "Ethiopia's agriculture ministry", "institution", ""),  # in a statement
            (
                "two weeks early",
                "Gideon Kiprotich-Langat",
                "other",
                "Elgeyo Valley Farmers' Cooperative",
            ),  # "who chairs" a farmers' cooperative
            (
                "missed the egg fields",
                "Nafula Simiyu-Adhiambo",
                "analyst",
                "Rift Highlands University",
            ),  # an entomologist at a university
            ("a fraction of the losses", "Nafula Simiyu-Adhiambo", "analyst", ""),  # "She said"
        ],
    ),
    (
        (
            "KARACHI, May 26 (Orbis Press) - Pakistan declared a national emergency on Monday as locust swarms that "
            "had crossed from Iran spread from Balochistan into the cotton fields of southern Punjab and Sindh.",
            "Pakistan's minister for national food security, Tariq Mehmood-Larik, told parliament that 38 districts "
            "were infested and that the army would join the ground spraying.",
            "Balochistan has been hit hardest. The province's governor, Ghulam Sakhi Raisani-Marri, said farmers in "
            "the Kharan and Washuk districts had lost their entire wheat crop and that the province would ask the "
            "federal government for 5 billion rupees in relief.",
            "The state news agency Pakistan Newsline quoted Shehla Naqvi-Abbasi, the head of the plant protection "
            "department, as saying that 300,000 litres of pesticide had been ordered from Japan.",
            "An official at the ministry, who spoke on condition of anonymity because he was not authorised to talk "
            "to the media, said two of the country's four spraying aircraft had been grounded for lack of spare parts.",
            "Islamabad said it had asked New Delhi and Tehran to survey the border areas jointly, where the swarms "
            "breed in the summer.",
            "India's agriculture ministry said swarms had been sighted in 16 districts of Rajasthan and that drones "
            "had been used to spray them at night, when the insects settle in trees.",
            "Meenakshi Raghavan-Iyer, a spokeswoman for the ministry, said India had sent a consignment of malathion "
            "to Iran to help destroy the insects in their breeding grounds.",
            '"We have fought them with drums, smoke and pots and pans, but a swarm stays three hours and leaves '
            "nothing behind,\" said Zafarullah Khosa-Magsi, president of the Sindh Growers' Cooperative.",
            "He said cotton growers who had borrowed to buy seed would not be able to repay their loans this year.",
        ),
        [
            (
                "38 districts",
                "Tariq Mehmood-Larik",
                "official",
                "Pakistan",
            ),  # "Pakistan's minister for national food security, X"
            (
                "entire wheat crop",
                "Ghulam Sakhi Raisani-Marri",
                "official",
                "Balochistan",
            ),  # "The province's governor, X"
            ("300,000 litres", "Shehla Naqvi-Abbasi", "official", ""),  # quoted by the state news agency
            ("spare parts", "", "unnamed", ""),  # an official who spoke on condition of anonymity
            ("survey the border areas", "Islamabad", "institution", ""),  # a capital for its government
            ("16 districts", "India's agriculture ministry", "institution", ""),  # the ministry as itself
            (
                "consignment of malathion",
                "Meenakshi Raghavan-Iyer",
                "official",
                "India's agriculture ministry",
            ),  # "X, a spokeswoman for the ministry"
            (
                "leaves nothing behind",
                "Zafarullah Khosa-Magsi",
                "other",
                "Sindh Growers' Cooperative",
            ),  # "said X, president of" a growers' cooperative, direct
            ("repay their loans", "Zafarullah Khosa-Magsi", "other", ""),  # "He said"
        ],
    ),
    (
        (
            "NOUAKCHOTT, Oct 14 (Kestrel Wire) - Locust swarms from summer breeding grounds in Mauritania and Mali "
            "were heading north toward Morocco and east into Niger, the Sahel Locust Control Commission said on "
            "Wednesday.",
            "Its head of plant protection, Ousmane Traoré-Kagnassy, said teams had treated 120,000 hectares in "
            "Mauritania since September but that fighting in central Mali kept survey teams out of the areas where "
            "breeding was thought to be heaviest.",
            "Mauritania's agriculture minister, Mariem Mint Ahmedou-Salem, said on state radio that the government "
            "would pay herders who reported egg-laying sites to the ground teams.",
            "In Bamako, Agriculture Minister Lassine Konaté-Sidibé said the army would escort spraying teams into the "
            "Mopti region from next week.",
            "Niamey said it would send ground teams to the border with Mali and had asked the commission for two "
            "spraying aircraft.",
            "The aid group Grain for Tomorrow said it had begun distributing food to 40,000 herding families in "
            "eastern Mauritania.",
            "Its country director, Hélène Marchetti-Roux, said many families had already sold animals to buy grain "
            "and that millet prices in local markets had doubled since August.",
            "In Berlin, Germany's development minister, Katrin Vollmer-Sadig, said Germany would give 15 million euros "
            "to the commission's control campaign and urged other donors to follow before the swarms reached the "
            "Maghreb.",
            "Souleymane Diarra-Koné, an entomologist at Djoliba University in Bamako, said the swarms had bred after "
            "unusually heavy rains turned the desert green for three months in a row.",
            '"If the rains fail in the north, the swarms will starve. If they do not, we will be fighting these '
            'insects until next spring," Diarra-Koné said.',
        ),
        [
            ("heading north", "Sahel Locust Control Commission", "institution", ""),  # at the end of the lede
            (
                "120,000 hectares",
                "Ousmane Traoré-Kagnassy",
                "official",
                "Sahel Locust Control Commission",
            ),  # "Its head of plant protection, X"
            (
                "egg-laying sites",
                "Mariem Mint Ahmedou-Salem",
                "official",
                "Mauritania",
            ),  # "Mauritania's agriculture minister, X", on state radio
            ("Mopti region", "Lassine Konaté-Sidibé", "official", ""),  # "In Bamako, Agriculture Minister X"
            ("two spraying aircraft", "Niamey", "institution", ""),  # a capital for its government
            ("40,000 herding families", "Grain for Tomorrow", "institution", ""),  # the aid group as itself
            (
                "millet prices",
                "Hélène Marchetti-Roux",
                "other",
                "Grain for Tomorrow",
            ),  # "Its country director, X"
            (
                "15 million euros",
                "Katrin Vollmer-Sadig",
                "official",
                "Germany",
            ),  # "Germany's development minister, X", a donor
            ("other donors to follow", "Katrin Vollmer-Sadig", "official", "Germany"),  # "and urged"
            (
                "turned the desert green",
                "Souleymane Diarra-Koné",
                "analyst",
                "Djoliba University",
            ),  # an entomologist at a university
            ("until next spring", "Souleymane Diarra-Koné", "analyst", ""),  # his surname, direct
        ],
    ),
    (
        (
            "MUSCAT, March 3 (Orbis Press) - Locust swarms that bred in Yemen's coastal plains crossed the Gulf of "
            "Oman into southern Iran over the weekend, officials in both countries said, as farmers on both shores "
            "prepared for the spring harvest.",
            "Oman's agriculture ministry said in a statement that its teams had sprayed 9,000 hectares in the Batinah "
            "and Dhofar regions and that date palms near the coast had been stripped of their leaves.",
            "Tehran said it had set up an emergency headquarters in Bandar Abbas and would spray from the air along "
            "the whole southern coast.",
            "Iran's state news agency quoted the governor of Hormozgan province, Hossein Rigi-Shahbakhsh, as saying "
            "that 200,000 hectares of farmland were at risk and that the province had run short of sprayers.",
            "Yemen's agriculture minister, Abdulmalik Saleh-Haidari, said in Aden that the war had halted surveys in "
            "most of the breeding areas along the Red Sea coast for two years.",
            "A U.N. official in Aden, who spoke on condition of anonymity, said the warring sides had agreed to let "
            "spraying teams cross front lines but that no team had yet been able to do so.",
            "Britain's development minister, Alastair Penhaligon-Reeve, said London would give 4 million pounds for "
            "surveys and spraying in Yemen and Somalia.",
            '"Control in Yemen is the key. If the swarms keep breeding there, every country around the Red Sea will be '
            'fighting them again next year," said Salim Al-Harthy-Nabhani, an entomologist at Al Batinah University.',
            "Mona Haddad-Saif, Yemen country director of the aid group Hope Wells International, said farmers in the "
            "Tihama plain had lost sorghum they had planted only weeks ago.",
            "She added that fuel shortages meant many could not pump water to replant.",
        ),
        [
            ("crossed the Gulf of Oman", "", "unnamed", ""),  # "officials in both countries said"
            ("9,000 hectares", "Oman's agriculture ministry", "institution", ""),  # in a statement
            ("emergency headquarters", "Tehran", "institution", ""),  # a capital for its government
            (
                "200,000 hectares",
                "Hossein Rigi-Shahbakhsh",
                "official",
                "Hormozgan",
            ),  # "the governor of Hormozgan province, X", quoted by the state news agency
            (
                "halted surveys",
                "Abdulmalik Saleh-Haidari",
                "official",
                "Yemen",
            ),  # "Yemen's agriculture minister, X"
            ("cross front lines", "", "unnamed", ""),  # a U.N. official who spoke on condition of anonymity
            (
                "4 million pounds",
                "Alastair Penhaligon-Reeve",
                "official",
                "Britain",
            ),  # "Britain's development minister, X", a donor
            (
                "Control in Yemen is the key",
                "Salim Al-Harthy-Nabhani",
                "analyst",
                "Al Batinah University",
            ),  # an entomologist at a university, after a direct quote
            (
                "sorghum",
                "Mona Haddad-Saif",
                "other",
                "Hope Wells International",
            ),  # "Yemen country director of the aid group Y"
            ("replant", "Mona Haddad-Saif", "other", ""),  # "She added"
        ],
    ),
    (
        (
            "KAMPALA, Feb 20 (Kestrel Wire) - Uganda has sent 2,000 soldiers to spray locust swarms that crossed from "
            "Kenya into the country's northeast, its agriculture minister, Vincent Ssekandi-Mutebi, said on Thursday.",
            "He said the swarms had reached the Moroto and Kotido districts and were moving west toward the grain "
            "farms of Lango.",
            "In Moroto, the resident district commissioner, Peter Lomongin-Akol, said soldiers were spraying by hand "
            "from backpacks because the two aircraft the ministry had hired had not yet arrived.",
            "Juba said it had no aircraft of its own and had asked the regional council for help before the swarms "
            "reached the farms of Equatoria.",
            "Samuel Waweru-Gitau, who heads plant protection at the East African Pest Control Council, said in Nairobi "
            "that the council's six aircraft were all flying in Kenya and Ethiopia and none could be spared.",
            "The state news agency UgaNews quoted the minister of state for agriculture, Grace Atim-Ochola, as saying "
            "that the government would compensate farmers whose crops were destroyed.",
            "A ministry statement issued later on Thursday said 45,000 litres of pesticide had been bought from Kenya.",
            "Moses Okello-Lanyero, chairman of the Lango Grain Farmers' Cooperative Union, said members had begun "
            "harvesting sorghum before it ripened rather than lose it to the swarms.",
            "Norway's development minister, Ingrid Solheim-Berg, said Oslo would give $3 million to the council and "
            "called on other donors to act before the next generation of hoppers hatched.",
            "Ruth Nakato-Birungi, an entomologist at Elgon University in Mbale, said the swarms had come in on unusual "
            "winds from the east.",
            "She said Uganda had not seen desert locusts in such numbers for more than 60 years.",
        ),
        [
            (
                "2,000 soldiers",
                "Vincent Ssekandi-Mutebi",
                "official",
                "Uganda",
            ),  # "its agriculture minister, X" at the end of the lede
            ("Moroto and Kotido", "Vincent Ssekandi-Mutebi", "official", ""),  # "He said"
            ("by hand", "Peter Lomongin-Akol", "official", ""),  # "the resident district commissioner, X"
            ("no aircraft of its own", "Juba", "institution", ""),  # a capital for its government
            (
                "none could be spared",
                "Samuel Waweru-Gitau",
                "official",
                "East African Pest Control Council",
            ),  # "who heads plant protection at" a regional body
            ("compensate farmers", "Grace Atim-Ochola", "official", ""),  # quoted by the state news agency
            (
                "before it ripened",
                "Moses Okello-Lanyero",
                "other",
                "Lango Grain Farmers' Cooperative Union",
            ),  # "chairman of" a cooperative union
            (
                "$3 million",
                "Ingrid Solheim-Berg",
                "official",
                "Norway",
            ),  # "Norway's development minister, X", a donor
            ("next generation of hoppers", "Ingrid Solheim-Berg", "official", "Norway"),  # "and called on"
            (
                "unusual winds",
                "Ruth Nakato-Birungi",
                "analyst",
                "Elgon University",
            ),  # an entomologist at a university
            ("60 years", "Ruth Nakato-Birungi", "analyst", ""),  # "She said"
        ],
    ),
]
