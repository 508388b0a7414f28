"""The sixth round of blind profile probes: fictional stories, half world news (a ceasefire, an election abroad,
floods in a province, a foreign ministry's briefing) and half business and politics wire (a merger, an antitrust
case, a central bank decision, a pilots' strike), and for each quote the speaker, kind and affiliation written before
the stories were run (test_profiles_blind_probes_sixth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation), written before
#: the stories were run. An affiliation left empty is not checked, as the scorer checks none. Two entries were set
#: right after the first run, as the guidelines and the dev gold read them: an institution is keyed by the fullest name
#: the article gives it ("Quorra Systems" for "Quorra said", as "the bank said" is the bank's full name), and "Assistant
#: Attorney General" ties the speaker to no body the article names (the dev gold leaves an attorney general's empty).
#: One quote was added later, by GUIDELINES.md ("urge" is a cue, and a new cue starts a new quote, as "called on X and
#: called on Y" is two in test_quotes.py): "said the results would be published … and urged both camps to stay calm".
STORIES = [
    (
        (
            "A ceasefire between the army of Marvania and the rebel Southern Dawn Front held on Sunday after three "
            "weeks of fighting around the port city of Kelvo.",
            "Army spokesman Colonel Dario Fenn said troops had been ordered to hold their positions.",
            '"We will respect the truce as long as the army does," said Aziz Korram, a spokesman for the Southern '
            "Dawn Front, by telephone.",
            "The World Health Organization said two of the city's three hospitals were no longer working.",
            "Lena Ostrova, 54, who runs a bakery near the harbour, said she had not slept for three nights.",
            '"The shelling stopped at midnight, and then we heard birds," she said.',
            "Foreign Ministry spokeswoman Ilka Derron told reporters in the capital, Sarnov, that the government "
            "would not negotiate with armed groups.",
        ),
        [
            ("hold their positions", "Dario Fenn", "official", ""),
            ("respect the truce", "Aziz Korram", "other", "Southern Dawn Front"),
            ("no longer working", "World Health Organization", "institution", ""),
            ("not slept for three nights", "Lena Ostrova", "other", ""),
            ("heard birds", "Lena Ostrova", "other", ""),
            ("not negotiate with armed groups", "Ilka Derron", "official", "Foreign Ministry"),
        ],
    ),
    (
        (
            "Voters in Tervia chose a new parliament on Sunday in an election overshadowed by a row over the count.",
            "President Anton Velic, who is not standing, cast his ballot at a school in the capital, Drava.",
            "The president said the results would be published within a week and urged both camps to stay calm.",
            "Opposition leader Sabine Kroll of the Civic Renewal party said her observers had found ballot boxes "
            "that had been opened overnight.",
            "The Electoral Commission said turnout was 61 percent, the highest since 2004.",
            "Jonas Petrak, head of the observer mission of the Organisation for Security and Co-operation in Europe, "
            "said the vote had been competitive but marred by pressure on public employees.",
            "Mr Petrak said the mission would publish its full report in two months.",
            "Dr Mila Sorenn, a political scientist at Drava University, said neither camp was likely to win a "
            "majority.",
        ),
        [
            ("published within a week", "Anton Velic", "official", ""),
            ("both camps to stay calm", "Anton Velic", "official", ""),
            ("opened overnight", "Sabine Kroll", "official", "Civic Renewal"),
            ("turnout was 61 percent", "Electoral Commission", "institution", ""),
            (
                "competitive but marred",
                "Jonas Petrak",
                "official",
                "Organisation for Security and Co-operation in Europe",
            ),
            ("full report in two months", "Jonas Petrak", "official", ""),
            ("likely to win a majority", "Mila Sorenn", "analyst", "Drava University"),
        ],
    ),
    (
        (
            "Floods in the northern province of Halvar have killed at least 23 people and left thousands homeless.",
            "Governor Ramon Estel told local radio on Tuesday that rescue teams were still searching for 40 people.",
            "Lawyers without Borders, a legal aid group, said it would help families file claims against the "
            "operator of the Senna dam.",
            "Its regional coordinator, Pia Lund, said the dam's gates had been opened without warning.",
            "The operator, Halvar Hydro, said it had followed its emergency plan.",
            '"The water came through the door in minutes," said Tomas Berek, 37, a farmer from the village of Ostra.',
        ),
        [
            ("still searching for 40 people", "Ramon Estel", "official", ""),
            ("help families file claims", "Lawyers without Borders", "institution", ""),
            ("opened without warning", "Pia Lund", "other", "Lawyers without Borders"),
            ("followed its emergency plan", "Halvar Hydro", "institution", ""),
            ("through the door in minutes", "Tomas Berek", "other", ""),
        ],
    ),
    (
        (
            "Ostria recalled its ambassador from Pelaria on Wednesday after border guards detained two of its "
            "citizens.",
            "Ostrian Foreign Ministry spokesman Karl Wendt said the two were tourists who had strayed across an "
            "unmarked border.",
            '"We expect them to be released without delay," Mr Wendt told a regular briefing.',
            "Pelaria's army spokesman, Maj. Leo Brandt, said the men had been carrying maps of military sites.",
            "The UN High Commissioner for Human Rights, Rosa Calen, urged both governments to settle the matter "
            "through talks.",
            "Irina Sol, a former Ostrian ambassador to Pelaria who now teaches at the Institute of Eastern Studies, "
            "said relations had not been this bad since the 1990s.",
        ),
        [
            ("strayed across an unmarked border", "Karl Wendt", "official", "Foreign Ministry"),
            ("released without delay", "Karl Wendt", "official", "Foreign Ministry"),
            ("maps of military sites", "Leo Brandt", "official", ""),
            ("through talks", "Rosa Calen", "official", ""),
            ("not been this bad", "Irina Sol", "analyst", "Institute of Eastern Studies"),
        ],
    ),
    (
        (
            "Ardenza agreed on Monday to buy rival packaging maker Holt & Frey for 2.1 billion euros in cash.",
            "Ardenza said the deal would bring savings of 150 million euros a year by 2028.",
            "Ardenza's chief executive, Marco Lindqvist, said the two companies would keep both brands.",
            "Holt & Frey chairman Peter Vance said the board backed the offer unanimously.",
            "Sophie Kern, a fund manager at Brightwater Capital, which owns 3% of Holt & Frey, said the price was "
            "too low.",
            "Competition lawyers said the deal was likely to face a long review in Brussels.",
        ),
        [
            ("150 million euros a year", "Ardenza", "institution", ""),
            ("keep both brands", "Marco Lindqvist", "other", "Ardenza"),
            ("backed the offer", "Peter Vance", "other", "Holt & Frey"),
            ("price was too low", "Sophie Kern", "analyst", "Brightwater Capital"),
            ("long review in Brussels", "", "unnamed", ""),
        ],
    ),
    (
        (
            "The Justice Department sued Quorra Systems on Tuesday to block its purchase of a smaller rival, Pinelink.",
            "Assistant Attorney General Dana Whitcombe said the deal would raise prices for hospitals.",
            "Sen. Harlan Moss, a Republican who chairs the Senate antitrust subcommittee, said the suit was overdue.",
            "Rep. Carla Nunez (D-Ohio) said in a statement that Congress should tighten merger rules.",
            "Quorra said it would fight the suit in court.",
            "Quorra's general counsel, Brent Adair, said the deal would lower costs for patients.",
            "Gina Ralston, an analyst at Morland Securities, said the odds of the deal closing had fallen to one in "
            "three.",
        ),
        [
            ("raise prices for hospitals", "Dana Whitcombe", "official", ""),
            ("suit was overdue", "Harlan Moss", "official", ""),
            ("tighten merger rules", "Carla Nunez", "official", ""),
            ("fight the suit in court", "Quorra Systems", "institution", ""),
            ("lower costs for patients", "Brent Adair", "other", "Quorra"),
            ("one in three", "Gina Ralston", "analyst", "Morland Securities"),
        ],
    ),
    (
        (
            "The Bank of Estmark held its key interest rate at 3.25 percent on Thursday.",
            "Governor Hilde Ravn said inflation was falling more slowly than the bank had expected.",
            "Deputy Governor Ole Strand told reporters that a cut in March was not ruled out.",
            "Ratings agency Calder & Finch affirmed Estmark's AA rating with a stable outlook.",
            "Its lead sovereign analyst, Rita Moe, said public debt was low by European standards.",
            "Henrik Sahl, chief economist at the Estmark Policy Institute, a think tank, said the bank was right to "
            "wait.",
            "Finance Minister Eva Dahl said the government would present a tighter budget in the autumn.",
        ),
        [
            ("falling more slowly", "Hilde Ravn", "official", "Bank of Estmark"),
            ("not ruled out", "Ole Strand", "official", "Bank of Estmark"),
            ("low by European standards", "Rita Moe", "analyst", "Calder & Finch"),
            ("right to wait", "Henrik Sahl", "analyst", "Estmark Policy Institute"),
            ("tighter budget", "Eva Dahl", "official", ""),
        ],
    ),
    (
        (
            "Pilots at Skyrova, the country's flag carrier, began a 48-hour strike on Friday over pensions.",
            "Skyrova said 240 flights had been cancelled and 30,000 passengers affected.",
            "Union leader Bruno Sale of the Airline Pilots' Association said the company had broken a written promise.",
            "Skyrova's chief operating officer, Anna Vik, said the airline could not afford the pension scheme.",
            "Dr Felix Horn, a transport economist at the University of Lindau, said the strike would cost the airline "
            "about 20 million euros a day.",
            "Shipping company Nordvik Lines said it would add freight capacity on its ferries.",
            "The chairman of parliament's transport committee, Olaf Brenner, said MPs would question the airline's "
            "managers next week.",
        ),
        [
            ("240 flights", "Skyrova", "institution", ""),
            ("broken a written promise", "Bruno Sale", "other", "Airline Pilots' Association"),
            ("could not afford", "Anna Vik", "other", "Skyrova"),
            ("20 million euros a day", "Felix Horn", "analyst", "University of Lindau"),
            ("add freight capacity", "Nordvik Lines", "institution", ""),
            ("question the airline", "Olaf Brenner", "official", ""),
        ],
    ),
]
