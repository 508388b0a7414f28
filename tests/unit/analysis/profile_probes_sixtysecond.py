"""The sixty-second round of blind profile probes: fictional diplomats and the diplomatic corps in world news (a
Security Council session on a clash at sea with two ambassadors to the United Nations, one tied to her state and one to
his state's mission named a paragraph before, a deputy ambassador, "Ambassador X of Britain" and a Western diplomat
speaking on condition of anonymity; a chargé d'affaires summoned to a foreign ministry with a deputy foreign minister,
the summoned state's embassy in a statement, a foreign ministry spokesman, a consul general and a former ambassador at
an institute; peace talks with a U.N. special envoy, the State Department's special representative, the African
Union's envoy, an unnamed delegate, a deputy foreign minister and a former ambassador who is a senior fellow; a
foreign ministry briefing with the state as itself, its spokeswoman, an embassy's statement, an ambassador, a chief
cabinet secretary, the dean of an academy of diplomacy and an anonymous diplomat; an ambassador recalled with the
foreign minister, "Ambassador X", both foreign ministries as themselves, a deputy foreign minister, a former
ambassador who teaches at a university and an embassy's unnamed spokesman; an embassy's closed visa section with the
embassy as itself, "the embassy's spokeswoman", a principal secretary, a high commission as itself, "its deputy high
commissioner", an unnamed diplomat and a former ambassador who heads a policy forum), and for each quote the speaker,
kind and affiliation written before the stories were run (test_profiles_blind_probes_sixtysecond.py).
Blind:
8 wrong of 52. By pattern: an embassy named with its city and then "the embassy said in a statement" at the end of
the sentence, kept as "U.S. embassy" without its city, so the embassy's quote missed and found under a shorter name
(2); a high commission as the subject with a relative clause set off by commas ("X, which uses ..., said") kept as a
speaker with the whole clause (2); "Kenya's former ambassador to Washington who now heads the Nairobi-based Y" taken
for a serving official of Kenya, not an analyst at Y (2); "Kenya's Principal Secretary for Foreign Affairs, X" taken
for an executive of "Principal" (1); "a law claiming a strip of sea" taken for an unnamed source (1), a document is no
speaker. Not counted (the harness takes an affiliation that is part of the gold's): "Its ambassador" after "Malaysia's
mission to the United Nations" tied to "United Nations", the body he is sent to, not to his state's mission."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: ambassadors, deputy ambassadors, envoys, special representatives, a chargé d'affaires, consuls
#: general, deputy high commissioners, foreign ministers and their deputies, a chief cabinet secretary, a principal
#: secretary and the spokespeople of a foreign ministry or an embassy are diplomats or officials: `official`; a former
#: ambassador who now works at an institute, a think tank, a forum or a university and the dean of an academy of
#: diplomacy are `analyst` (former officials speaking as experts); a state, a foreign ministry, an embassy or a high
#: commission speaking as itself ("said in a statement" included) is an `institution` under the fullest name the
#: article gives it; a Western diplomat speaking on condition of anonymity, a delegate who asked not to be named and "a
#: spokesman for the Chilean embassy" are unnamed sources (the last tied to the embassy). An ambassador is tied to the
#: state that sends them, never to the state or body they are sent to ("Indonesia's ambassador to the United Nations":
#: Indonesia; "Ambassador X of Britain": Britain), as the earlier batches tie them; "Its ambassador" after a state's
#: mission is named is tied to the mission; a title with a state's adjective ("Peruvian Deputy Foreign Minister") or
#: none ("Ambassador X") names no organisation: empty. A law "claiming" a strip of sea is a document: no quote.
STORIES = [
    (
        (
            "UNITED NATIONS, Feb 18 (Reuters) - The U.N. Security Council met in emergency session on Tuesday after a "
            "clash between Indonesian and Malaysian coast guard ships near a disputed reef in the Sulawesi Sea left "
            "two sailors dead.",
            "Indonesia's ambassador to the United Nations, Ratna Wirasaputri, told the council that the Malaysian ship "
            "had fired first and that her government had video to prove it.",
            '"We did not come here to escalate. We came so that the record is straight," Wirasaputri told reporters '
            "after the meeting.",
            "Malaysia's mission to the United Nations had circulated a map of the reef to council members on Monday.",
            "Its ambassador, Lim Wei Sheng, said the Indonesian ship had entered Malaysian waters and ignored three "
            "radio warnings.",
            '"Our coast guard did exactly what any coast guard in the world would do," Lim said.',
            "China's deputy ambassador, Zhou Mingyuan, urged both sides to settle the matter through talks and to keep "
            "armed vessels away from the reef.",
            "A Western diplomat, speaking on condition of anonymity because the meeting was closed, said the council "
            "was unlikely to agree on a statement before the weekend.",
            "Ambassador Thomas Adeyemi-Clarke of Britain, which holds the council's rotating presidency this month, "
            "said members would meet again on Friday.",
            '"Nobody around that table wants a third death on that reef," Adeyemi-Clarke said.',
        ),
        [
            ("fired first", "Ratna Wirasaputri", "official", "Indonesia"),  # ambassador to the United Nations
            ("record is straight", "Ratna Wirasaputri", "official", ""),  # the same
            ("three radio warnings", "Lim Wei Sheng", "official", "Malaysia's mission to the United Nations"),  # "Its"
            ("any coast guard", "Lim Wei Sheng", "official", ""),  # the same
            ("through talks", "Zhou Mingyuan", "official", "China"),  # deputy ambassador
            ("before the weekend", "", "unnamed", ""),  # a Western diplomat, anonymous
            ("meet again on Friday", "Thomas Adeyemi-Clarke", "official", "Britain"),  # "Ambassador X of Britain"
            ("third death", "Thomas Adeyemi-Clarke", "official", ""),  # the same
        ],
    ),
    (
        (
            "WARSAW (AP) -- Poland summoned the most senior Belarusian diplomat in Warsaw on Monday after two Polish "
            "reporters were detained near the border city of Grodno while covering a trial.",
            "Deputy Foreign Minister Agata Wróblewska-Nowak said the chargé d'affaires, Dzmitry Palkevich, had been "
            "told that Warsaw expected the reporters to be freed within 48 hours.",
            '"This is not a request. We told him what we expect and by when," Wróblewska-Nowak told reporters outside '
            "the ministry.",
            "Palkevich left the building after about 20 minutes without speaking to journalists.",
            "The Belarusian embassy in Warsaw said in a statement that the two men had entered a closed border zone "
            "without permission and that their case was a matter for the courts.",
            "Foreign ministry spokesman Paweł Jezierski said staff from Poland's consulate general in Grodno had not "
            "been allowed to see the men.",
            "Marta Ilkiewicz, Poland's consul general in Grodno, told a Polish radio station that she had written to "
            "the regional prosecutor twice and had received no reply.",
            '"I know which building they are in. I just cannot get through the door," Ilkiewicz said.',
            "Jan Sobieraj-Lis, a former Polish ambassador to Minsk who now runs the eastern programme at the "
            "Lenartowicz Institute in Kraków, said the detentions fitted a pattern.",
            '"Minsk takes hostages when it wants a conversation. The only question is what it wants to talk about," '
            "he said.",
        ),
        [
            ("freed within 48 hours", "Agata Wróblewska-Nowak", "official", ""),  # Deputy Foreign Minister
            ("not a request", "Agata Wróblewska-Nowak", "official", ""),  # the same
            ("matter for the courts", "Belarusian embassy in Warsaw", "institution", ""),  # "said in a statement"
            ("not been allowed to see", "Paweł Jezierski", "official", "foreign ministry"),  # its spokesman
            ("regional prosecutor", "Marta Ilkiewicz", "official", "Poland"),  # "Poland's consul general"
            ("through the door", "Marta Ilkiewicz", "official", ""),  # the same
            ("fitted a pattern", "Jan Sobieraj-Lis", "analyst", "Lenartowicz Institute"),  # former ambassador
            ("takes hostages", "Jan Sobieraj-Lis", "analyst", ""),  # the same, "he said"
        ],
    ),
    (
        (
            "GENEVA, May 6 (Reuters) - Sudan and South Sudan agreed on Wednesday to a timetable for pulling their "
            "troops out of the disputed Abyei area, at the end of three days of talks in Geneva.",
            "The U.N. Secretary-General's special envoy for the Horn of Africa, Ingrid Solveig Harstad, said both "
            "delegations had signed the timetable and would meet again in July to check on progress.",
            '"A timetable is not a withdrawal. But it is the first paper both sides have signed in two years," Harstad '
            "told a news conference.",
            "The State Department's special representative for Sudan, Curtis Oyelaran, said the United States would "
            "pay for a team of 40 monitors to watch the pullback.",
            "The African Union's envoy to the talks, former Tanzanian foreign minister Halima Mwakasege, said the "
            "monitors would report to the union's Peace and Security Council.",
            "A member of the South Sudanese delegation, who asked not to be named, said Juba would move its troops "
            "only once it saw Sudanese trucks leaving.",
            "Sudan's deputy foreign minister, Osman Abdelrahim Taha, said Khartoum had kept every promise it made at "
            "the last round.",
            '"We have signed, and we will withdraw. Let others show the same good faith," Taha said.',
            "Elodie Marchetti-Brun, a former French ambassador to Khartoum who is now a senior fellow at the Lakeside "
            "Centre for Peace Studies, said the monitors would matter more than the paper.",
            '"Deadlines in these talks have a habit of turning into suggestions," Marchetti-Brun said.',
        ),
        [
            ("meet again in July", "Ingrid Solveig Harstad", "official", "U.N."),  # the Secretary-General's envoy
            ("first paper", "Ingrid Solveig Harstad", "official", ""),  # the same
            ("40 monitors", "Curtis Oyelaran", "official", "State Department"),  # its special representative
            ("Peace and Security Council", "Halima Mwakasege", "official", "African Union"),  # the union's envoy
            ("Sudanese trucks leaving", "", "unnamed", ""),  # a delegate who asked not to be named
            ("kept every promise", "Osman Abdelrahim Taha", "official", "Sudan"),  # deputy foreign minister
            ("same good faith", "Osman Abdelrahim Taha", "official", ""),  # the same
            ("matter more than the paper", "Elodie Marchetti-Brun", "analyst", "Lakeside Centre for Peace Studies"),
            ("turning into suggestions", "Elodie Marchetti-Brun", "analyst", ""),  # former ambassador, senior fellow
        ],
    ),
    (
        (
            "BEIJING (AP) -- China said on Thursday it had lodged a formal protest with Japan over a visit by five "
            "Japanese lawmakers to Taiwan, the latest in a string of diplomatic rows between Asia's two largest "
            "economies.",
            "Foreign ministry spokeswoman Liu Qinghe told a daily news briefing that the visit had sent a wrong signal "
            "to separatist forces on the island.",
            '"We urge the Japanese side to stop interfering in China\'s internal affairs," Liu said.',
            "Japan's embassy in Beijing said in a statement that the lawmakers had travelled in a private capacity and "
            "did not speak for the government.",
            "Japan's ambassador, Kenji Oyamada, told reporters after a meeting at the foreign ministry that he had set "
            "out Tokyo's position calmly and in full.",
            "In Tokyo, Chief Cabinet Secretary Hiroshi Namekawa said the lawmakers were free to travel wherever they "
            "wished.",
            "Wen Shaobo, dean of the Eastern Academy of Diplomatic Studies in Beijing and a former envoy to Seoul, "
            "said neither side wanted the row to spill into trade.",
            '"Both capitals know the script. The protest is loud and the damage is small," Wen said.',
            "A Japanese diplomat in Beijing, who spoke on condition of anonymity, said the embassy had received about "
            "200 angry phone calls since the visit was announced.",
        ),
        [
            ("formal protest", "China", "institution", ""),  # the state as itself
            ("wrong signal", "Liu Qinghe", "official", "foreign ministry"),  # its spokeswoman at a briefing
            ("stop interfering", "Liu Qinghe", "official", ""),  # the same
            ("private capacity", "Japan's embassy in Beijing", "institution", ""),  # "said in a statement"
            ("calmly and in full", "Kenji Oyamada", "official", "Japan"),  # "Japan's ambassador"
            ("free to travel", "Hiroshi Namekawa", "official", ""),  # Chief Cabinet Secretary
            ("spill into trade", "Wen Shaobo", "analyst", "Eastern Academy of Diplomatic Studies"),  # its dean
            ("know the script", "Wen Shaobo", "analyst", ""),  # the same
            ("angry phone calls", "", "unnamed", ""),  # a Japanese diplomat, anonymous
        ],
    ),
    (
        (
            "LIMA, Oct 3 (Reuters) - Chile recalled its ambassador to Peru for consultations on Friday after Peru's "
            "Congress passed a law claiming a strip of sea that fishermen from both countries have worked for decades.",
            "Chile's foreign minister, Ximena Cortázar, said the law ignored a ruling of the International Court of "
            "Justice and that Santiago would not recognise it.",
            "Ambassador Rodrigo Valdebenito Saa, who left Lima on an evening flight, told reporters at the airport "
            "that relations were at their lowest point in twenty years.",
            '"I am going home to report, not to pack. The embassy stays open," Valdebenito said.',
            "The embassy's deputy head of mission, Francisca Oyarce, will run the mission in his absence, Chile's "
            "foreign ministry said.",
            "Peru's foreign ministry said in a statement that the law restated rights Peru had never given up and was "
            "not aimed at Chile.",
            "Peruvian Deputy Foreign Minister Aurelio Ccahuana said Lima was ready to talk about joint fishing rules "
            "but not about the line itself.",
            "Mariela Sotomayor Prieto, who was Peru's ambassador to Chile from 2011 to 2015 and now teaches "
            "international law at the Universidad del Pacífico Sur, said both governments were playing to voters at "
            "home.",
            '"Recalling an ambassador is the loudest thing you can do without doing anything," she said.',
            "A spokesman for the Chilean embassy in Lima said visa and consular services would carry on as normal.",
        ),
        [
            ("would not recognise", "Ximena Cortázar", "official", "Chile"),  # "Chile's foreign minister"
            ("lowest point", "Rodrigo Valdebenito Saa", "official", ""),  # "Ambassador X"
            ("not to pack", "Rodrigo Valdebenito Saa", "official", ""),  # the same
            ("run the mission", "Chile's foreign ministry", "institution", ""),  # the ministry as itself
            ("never given up", "Peru's foreign ministry", "institution", ""),  # "said in a statement"
            ("joint fishing rules", "Aurelio Ccahuana", "official", ""),  # Peruvian Deputy Foreign Minister
            ("playing to voters", "Mariela Sotomayor Prieto", "analyst", "Universidad del Pacífico Sur"),  # teaches
            ("loudest thing", "Mariela Sotomayor Prieto", "analyst", ""),  # the same, "she said"
            ("carry on as normal", "", "unnamed", "Chilean embassy"),  # "a spokesman for the Chilean embassy"
        ],
    ),
    (
        (
            "NAIROBI, July 21 (Reuters) - The U.S. embassy in Nairobi will stop visa interviews for two weeks from "
            "Monday after a fire damaged its consular section, the embassy said in a statement on Sunday.",
            "The embassy's spokeswoman, Danielle Okafor-Reyes, said applicants whose interviews were cancelled would "
            "be offered new dates by email before the end of August.",
            '"Nobody was hurt, and no passport was lost. Everything else can be rebuilt," Okafor-Reyes said.',
            "Kenya's Principal Secretary for Foreign Affairs, Joseph Mutua Kariuki, said the government had offered "
            "the embassy temporary office space in a state building in Upper Hill.",
            "Britain's High Commission in Nairobi, which uses the same fire safety contractor as the U.S. mission, "
            "said it had ordered an inspection of its own building.",
            "Its deputy high commissioner, Alasdair Penhaligon, said the inspection was a precaution and that British "
            "visa services would run as usual.",
            "A diplomat at another Western embassy, who asked not to be named, said the fire had started in a "
            "storeroom next to the consular waiting hall.",
            "Wanjiru Gathoni-Ndegwa, Kenya's former ambassador to Washington who now heads the Nairobi-based Savannah "
            "Policy Forum, said the closure would hit students hardest, as the autumn term starts in late August.",
            '"For a student with a place at an American university, two weeks can be the whole difference," she said.',
        ),
        [
            ("stop visa interviews", "U.S. embassy in Nairobi", "institution", ""),  # "the embassy said"
            ("new dates by email", "Danielle Okafor-Reyes", "official", "U.S. embassy in Nairobi"),  # "The embassy's"
            ("no passport was lost", "Danielle Okafor-Reyes", "official", ""),  # the same
            ("temporary office space", "Joseph Mutua Kariuki", "official", "Kenya"),  # Principal Secretary
            ("inspection of its own", "Britain's High Commission in Nairobi", "institution", ""),  # as itself
            ("a precaution", "Alasdair Penhaligon", "official", "Britain's High Commission in Nairobi"),  # "Its"
            ("consular waiting hall", "", "unnamed", ""),  # a diplomat who asked not to be named
            ("hit students hardest", "Wanjiru Gathoni-Ndegwa", "analyst", "Savannah Policy Forum"),  # heads it
            ("whole difference", "Wanjiru Gathoni-Ndegwa", "analyst", ""),  # the same, "she said"
        ],
    ),
]
