"""The seventy-eighth round of blind profile probes: fictional world newswire copy on disputed constitutional
referendums abroad and the outside world's answer to them (the task asked for a disputed election abroad, which the
seventy-third round already had, with the eighteenth, twentieth and thirty-ninth before it, so this round takes the
close subject no round has had: referendums that lift a president's term limits, lengthen his term or scrap an age
limit, and the protests, mediation and foreign verdicts that follow). Agency copy with datelines "CITY, Month Day
(Agency) -" and reported speech far more than direct quotes: Chad's referendum commission at the end of the first
sentence and "Its chairman, X," with his surname in a direct quote, "The leader of the opposition Y, X,", the ruling
party's secretary general, "A police spokesman, Colonel X,", "X, who teaches political science at Y in N'Djamena" and
"He said", "The commission said" and the opposition leader "told Tellwire"; Paris, Washington, Berlin, Moscow and
Tashkent on Tajikistan's vote, with "France's foreign ministry said in a statement", "Its spokeswoman, X,", "The U.S.
State Department's spokesman, X, said ... and urged", "Germany's foreign ministry said" and "X, a spokeswoman for the
ministry", "Kremlin spokesman X", a capital as itself ("Tashkent said"), Tajikistan's foreign minister "in an interview
with state television" and an analyst at a think tank in Brussels; a regional bloc's envoy in Guinea named first only as
"the bloc's special envoy" and by name in the next paragraph, "Two diplomats in Conakry, who spoke on condition of
anonymity", "Opposition leader X, whose Y campaigned", a government spokesman "in a statement read on state television",
"Dakar said", "Abuja's envoy to the bloc, X,", a researcher at a centre in the capital and the envoy by her surname; a
crackdown in Togo with "according to a doctor", "X, a spokesman for the national police", "In Geneva, a spokesman for
the U.N. human rights office, X, told a regular briefing" and "He called on", a state news agency quoting the security
minister and "It also quoted a senior official", a direct quote with "said X, leader of the opposition Y", "Accra said"
and a lawyer for a rights group; and Congo Republic's president "in an address on state television" and "he said", a
regional bloc as itself and "The mission's head, X, a former Gabonese justice minister,", the ruling party's secretary
general, "The U.S. Embassy in Brazzaville said ... and urged", an analyst at a risk consultancy in London and "She
said". For each quote the speaker, kind and affiliation were written before the stories were run
(test_profiles_blind_probes_seventyeighth.py). Blind: 11 wrong of 46. After the mends: 6 (see
test_profiles_blind_probes_seventyeighth.py for the misses by pattern, the steps and what is left)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a referendum commission's chairman, a regional bloc's special envoy and the head of its observer
#: mission, an envoy to a bloc, foreign ministry and Kremlin spokespeople, a State Department spokesman, a foreign
#: minister, police spokesmen, a security minister, a president, government spokesmen, the U.N. human rights office's
#: spokesman and, as earlier rounds wrote them, a party's leader are officials (a minister or spokesman to the state,
#: ministry or body the text ties him to; "Abuja's envoy" to Nigeria, as the fourteenth round has a capital's envoy
#: stand for its state); a party's secretary general with no seat and a rights group's lawyer are `other`; a political
#: scientist at a university, an analyst at a think tank, a researcher at a centre and an analyst at a risk consultancy
#: are analysts; "Two diplomats ... who spoke on condition of anonymity", "according to a doctor" and "a senior official
#: at the presidency" quoted by a news agency are `unnamed`; a commission, a ministry, a bloc, an embassy and a capital
#: standing for its government ("Tashkent said", "Dakar said", "Accra said") are an `institution` under the fullest name
#: the story gives them. "The bloc's special envoy said she" is the envoy the next paragraph names, as the guidelines
#: key a speaker by the fullest name the article gives; "said X and urged Y" and "He called on" hold a second statement,
#: as the seventy-third round set it; "The mission's head" after "its observer mission" serves the bloc whose mission it
#: is.
STORIES = [
    (
        (
            "N'DJAMENA, Dec 18 (Tellwire) - Chadians approved a new constitution that lets President Abakar "
            "Hissein-Torna run for two more seven-year terms, the National Referendum Commission said on Monday, "
            "after a vote that most opposition parties boycotted.",
            "Its chairman, Mahamat Ousmane-Kedi, told a news conference in N'Djamena that 86.4% of the votes cast were "
            "in favour and that turnout had reached 63%.",
            '"A turnout of this size is the answer to those who told Chadians to stay at home," Ousmane-Kedi said.',
            "The leader of the opposition Union for a New Chad, Rimtebaye Kemdal-Ngaro, said the turnout figure had "
            "been invented and that polling stations in the south had stood empty for most of the day.",
            "Ali Bichara-Touka, secretary general of the ruling Rally for Chadian Unity, said the opposition had "
            "chosen to sit out the vote because it knew it would lose.",
            "A police spokesman, Colonel Abdelkerim Saleh-Ware, said 23 people had been detained in the capital for "
            "trying to stop voters from reaching polling stations.",
            "Evariste Ngueto-Bemadji, who teaches political science at Toumaï University in N'Djamena, said the new "
            "text also abolished the Senate, removing the last body that could have checked the president.",
            "He said the boycott had handed the government a result it could present abroad as a landslide.",
            "The commission said the Constitutional Council would confirm the final results within ten days.",
            "Kemdal-Ngaro told Tellwire by telephone that his party would not take part in any election held under the "
            "new constitution.",
        ),
        [
            ("approved a new constitution", "National Referendum Commission", "institution", ""),  # at the end
            (
                "86.4% of the votes",
                "Mahamat Ousmane-Kedi",
                "official",
                "National Referendum Commission",
            ),  # "Its chairman, X"
            ("stay at home", "Mahamat Ousmane-Kedi", "official", ""),  # his surname, direct
            (
                "stood empty",
                "Rimtebaye Kemdal-Ngaro",
                "official",
                "Union for a New Chad",
            ),  # "The leader of the opposition Y, X"
            (
                "sit out the vote",
                "Ali Bichara-Touka",
                "other",
                "Rally for Chadian Unity",
            ),  # the ruling party's secretary general
            ("23 people", "Abdelkerim Saleh-Ware", "official", ""),  # "A police spokesman, Colonel X"
            (
                "abolished the Senate",
                "Evariste Ngueto-Bemadji",
                "analyst",
                "Toumaï University",
            ),  # "who teaches political science at Y in the capital"
            ("landslide", "Evariste Ngueto-Bemadji", "analyst", ""),  # "He said"
            ("within ten days", "National Referendum Commission", "institution", ""),  # "The commission said"
            ("not take part", "Rimtebaye Kemdal-Ngaro", "official", ""),  # his surname, told the agency
        ],
    ),
    (
        (
            "BRUSSELS, July 4 (Pressline) - Western governments and Moscow drew opposite conclusions on Friday from a "
            "referendum in Tajikistan that removed every limit on the number of terms a president may serve.",
            "France's foreign ministry said in a statement that the vote had been held without real competition and "
            "that the last independent newspapers had been closed before the campaign began.",
            "Its spokeswoman, Claire Vautrin-Merle, said Paris would raise the matter at the OSCE in Vienna next week.",
            "The U.S. State Department's spokesman, Daniel Whitcombe-Hale, said Washington had serious concerns about "
            "the count and urged Dushanbe to free the opposition figures jailed before the vote.",
            "Germany's foreign ministry said the result could not be called free as long as critics of the government "
            "were in prison.",
            "Anke Rosskamp-Dill, a spokeswoman for the ministry, said Berlin had asked the Tajik ambassador for an "
            "explanation of the arrests.",
            "Kremlin spokesman Artyom Belozersky-Rudin told reporters that the Russian president had telephoned his "
            "Tajik counterpart on Thursday evening to congratulate him.",
            "Tashkent said it respected the choice of its neighbour's voters and looked forward to closer ties.",
            "Tajikistan's foreign minister, Farrukh Saidaliev-Kurbon, said in an interview with state television that "
            "Western capitals had no business lecturing a sovereign people about its constitution.",
            "Ilse Marwood-Tarrant, a Central Asia analyst at the Euro-Asian Policy Forum in Brussels, said European "
            "governments had little leverage in Dushanbe beyond aid that Tajikistan could replace with Chinese loans.",
        ),
        [
            ("without real competition", "France's foreign ministry", "institution", ""),  # in a statement
            (
                "OSCE in Vienna",
                "Claire Vautrin-Merle",
                "official",
                "France's foreign ministry",
            ),  # "Its spokeswoman, X"
            (
                "serious concerns",
                "Daniel Whitcombe-Hale",
                "official",
                "State Department",
            ),  # "The U.S. State Department's spokesman, X"
            ("free the opposition figures", "Daniel Whitcombe-Hale", "official", "State Department"),  # "and urged"
            ("could not be called free", "Germany's foreign ministry", "institution", ""),  # the ministry as itself
            (
                "Tajik ambassador",
                "Anke Rosskamp-Dill",
                "official",
                "Germany's foreign ministry",
            ),  # "X, a spokeswoman for the ministry"
            ("to congratulate him", "Artyom Belozersky-Rudin", "official", "Kremlin"),  # "Kremlin spokesman X"
            ("closer ties", "Tashkent", "institution", ""),  # a capital for its government
            (
                "no business lecturing",
                "Farrukh Saidaliev-Kurbon",
                "official",
                "Tajikistan",
            ),  # "Tajikistan's foreign minister, X", on state television
            (
                "little leverage",
                "Ilse Marwood-Tarrant",
                "analyst",
                "Euro-Asian Policy Forum",
            ),  # an analyst at a think tank
        ],
    ),
    (
        (
            "CONAKRY, Sept 8 (Tellwire) - A regional bloc sent an envoy to Guinea on Monday to press the government to "
            "recount the votes of a referendum that lengthened the president's term to seven years, after three days "
            "of unrest in the capital.",
            "Speaking on arrival at Conakry airport, the bloc's special envoy said she had come to listen to all sides "
            "and had not brought a plan drawn up in advance.",
            "Comfort Tarpeh-Wollie, a former Liberian foreign minister, was named to the post last month by the heads "
            "of state of the Atlantic Coast Community.",
            "Two diplomats in Conakry, who spoke on condition of anonymity, said she would ask for a recount in the "
            "three districts where the results had been challenged most.",
            "Opposition leader Mamadou Bah-Kourouma, whose National Alliance for Change campaigned for a no vote, said "
            "his party would meet the envoy only if the 40 activists arrested last week were freed first.",
            "The government's spokesman, Ousmane Kaba-Doré, said in a statement read on state television that the "
            "results were final and that no recount was foreseen by the law.",
            "Dakar said it had reopened its border crossings with Guinea, which were closed on Friday.",
            "Abuja's envoy to the bloc, Chinedu Okafor-Bello, said Nigeria supported the mission and would back "
            "sanctions only as a last resort.",
            "Sekou Camara-Lenz, a researcher at the Centre for Governance Studies in Conakry, said the bloc had little "
            "to offer the government beyond recognition, which it already had from most of its neighbours.",
            "Tarpeh-Wollie told reporters late on Monday that the government had agreed to let the bloc's experts "
            "examine the tally sheets of the three districts.",
        ),
        [
            (
                "listen to all sides",
                "Comfort Tarpeh-Wollie",
                "official",
                "Atlantic Coast Community",
            ),  # "the bloc's special envoy", named in the next paragraph
            ("ask for a recount", "", "unnamed", ""),  # two diplomats, anonymous
            (
                "40 activists",
                "Mamadou Bah-Kourouma",
                "official",
                "National Alliance for Change",
            ),  # "Opposition leader X, whose Y campaigned"
            ("no recount was foreseen", "Ousmane Kaba-Doré", "official", ""),  # "The government's spokesman, X"
            ("reopened its border crossings", "Dakar", "institution", ""),  # a capital for its government
            ("last resort", "Chinedu Okafor-Bello", "official", "Nigeria"),  # "Abuja's envoy to the bloc, X"
            (
                "little to offer",
                "Sekou Camara-Lenz",
                "analyst",
                "Centre for Governance Studies",
            ),  # a researcher at a centre in the capital
            (
                "examine the tally sheets",
                "Comfort Tarpeh-Wollie",
                "official",
                "",
            ),  # the envoy by her surname
        ],
    ),
    (
        (
            "LOMÉ, June 30 (Pressline) - Security forces in Togo killed at least six people during protests against "
            "the result of a constitutional referendum over the weekend, according to a doctor at the city's main "
            "hospital.",
            "Yao Agbeko-Dossou, a spokesman for the national police, said officers had been attacked with stones and "
            "had used tear gas and rubber bullets, not live rounds.",
            "In Geneva, a spokesman for the U.N. human rights office, Thomas Lindqvist-Abara, told a regular briefing "
            "that the office had received reports of live fire in at least two districts of the capital.",
            "He called on the authorities to allow an independent investigation into each death.",
            "The state news agency TogoInfo quoted Security Minister Komlan Dzidzienyo-Afeli as saying that the "
            "protests had been planned by people who wanted to overturn the will of the voters by force.",
            "It also quoted a senior official at the presidency as saying that the government was ready to talk to "
            "any party that accepted the result.",
            '"We will march again on Wednesday, and every day after that until this fraud is annulled," said Brigitte '
            "Kpodar-Sena, leader of the opposition Togolese Renewal Alliance.",
            "Accra said it was following events in Lomé closely and had asked its citizens in Togo to avoid the areas "
            "where protests were taking place.",
            "Kodjo Ayikoe-Mensah, a lawyer for the rights group Voix Libre, said more than 120 people had been "
            "detained since Friday and that most had not been allowed to see a lawyer.",
        ),
        [
            ("at least six people", "", "unnamed", ""),  # "according to a doctor"
            (
                "rubber bullets",
                "Yao Agbeko-Dossou",
                "official",
                "national police",
            ),  # "X, a spokesman for the national police"
            (
                "live fire",
                "Thomas Lindqvist-Abara",
                "official",
                "U.N. human rights office",
            ),  # "a spokesman for the U.N. human rights office, X", in Geneva
            ("independent investigation", "Thomas Lindqvist-Abara", "official", ""),  # "He called on"
            ("overturn the will", "Komlan Dzidzienyo-Afeli", "official", ""),  # quoted by the state news agency
            ("ready to talk", "", "unnamed", ""),  # a senior official quoted by the agency
            (
                "until this fraud is annulled",
                "Brigitte Kpodar-Sena",
                "official",
                "Togolese Renewal Alliance",
            ),  # "said X, leader of the opposition Y"
            ("avoid the areas", "Accra", "institution", ""),  # a capital for its government
            ("120 people", "Kodjo Ayikoe-Mensah", "other", "Voix Libre"),  # a rights group's lawyer
        ],
    ),
    (
        (
            "BRAZZAVILLE, Oct 27 (Tellwire) - Congo Republic's President Gilbert Okemba-Ndinga said in an address on "
            "state television on Tuesday that voters had chosen continuity by approving a new constitution that "
            "scraps the age limit for presidential candidates.",
            '"Congo has spoken, and the world will have to listen," he said.',
            "The Central African Concord said in a statement that its observer mission had found the vote calm but "
            "that turnout in two northern departments had exceeded the number of registered voters.",
            "The mission's head, Paulette Ondo-Mebale, a former Gabonese justice minister, told reporters that the "
            "electoral commission should explain the gap before it declared final results.",
            "Fulbert Itoua-Mbemba, secretary general of the ruling Movement for Congolese Renewal, said the observers "
            "had counted voters who registered late and had found no fraud.",
            "The U.S. Embassy in Brazzaville said it was studying the observers' findings and urged the commission to "
            "publish the results of each polling station.",
            "Wanjiru Okello-Rasmussen, an analyst at the risk consultancy Corvane Risk Advisory in London, said oil "
            "companies operating offshore were unlikely to be affected by the vote.",
            "She said the greater risk was a fight over the succession once the president, who is 79, left office.",
        ),
        [
            ("chosen continuity", "Gilbert Okemba-Ndinga", "official", "Congo"),  # the president, on state television
            ("world will have to listen", "Gilbert Okemba-Ndinga", "official", ""),  # "he said", direct
            ("exceeded the number", "Central African Concord", "institution", ""),  # the bloc, in a statement
            (
                "explain the gap",
                "Paulette Ondo-Mebale",
                "official",
                "Central African Concord",
            ),  # "The mission's head, X, a former Gabonese justice minister"
            (
                "no fraud",
                "Fulbert Itoua-Mbemba",
                "other",
                "Movement for Congolese Renewal",
            ),  # the ruling party's secretary general
            ("studying the observers", "U.S. Embassy", "institution", ""),  # the embassy as itself
            ("each polling station", "U.S. Embassy", "institution", ""),  # "and urged"
            (
                "unlikely to be affected",
                "Wanjiru Okello-Rasmussen",
                "analyst",
                "Corvane Risk Advisory",
            ),  # an analyst at a risk consultancy
            ("succession", "Wanjiru Okello-Rasmussen", "analyst", ""),  # "She said"
        ],
    ),
]
