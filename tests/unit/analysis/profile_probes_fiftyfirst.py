"""The fifty-first round of blind profile probes: fictional news of higher education and universities from the wire,
the education press and city papers (a state university's budget cuts with its president, its provost, a faculty
union's president, a student union and a state lawmaker; a study of student debt whose authors are quoted; a campus
protest with a campus police chief, students by first name and a spokeswoman; foreign students and new visa rules with
an immigration ministry, an education minister, a consultancy's analyst and a recruiter; a college sports scandal with
an athletic director, a conference and a coach) quoting the people such reports bring in by the forms the education
press uses ("said X, an economist at Y University who studies …", "X, a professor of public policy at Y", "the
university said in a statement", "said Maya, a junior", "the conference said"), and for each quote the speaker, kind
and affiliation written before the stories were run (test_profiles_blind_probes_fiftyfirst.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES and the fortieth round: professors, economists and researchers at universities and institutes
#: commenting or reporting a study are analysts ("university staff" speaking as experts), and so is an analyst of an
#: international-education consultancy; a university's president, provost, chancellor, athletic director and
#: spokeswoman speak for a side and are `other` like executives and company spokespeople, as are a faculty union's
#: president, a student union's president, students named by first name, a recruiter, a coach; ministers, state
#: lawmakers, a state higher-education board's chair, a campus police chief (a sworn officer) and a ministry spokesman
#: are officials; a university, a union, a ministry, a conference speaking as itself is an `institution`; "students
#: said", "one vice-chancellor, who asked not to be named" and a ministry spokesman not named are `unnamed`. A study
#: or state figures ("according to a study released by researchers at Y") are no speaker. Three entries were dropped
#: after the first run: a second quoted sentence after "…," X said. "…"" is the same quote, as the fiftieth round
#: reads it ("the same, two sentences"); the blind gold counted each such sentence as a quote of its own.
STORIES = [
    (
        (
            "BRAXTON, Ohio -- Central Ohio State University will cut 212 jobs and close three graduate programs to "
            "close a $48 million budget gap, its president said on Wednesday, blaming falling enrollment and a "
            "flat state appropriation.",
            '"We have postponed this reckoning for three years, and we cannot postpone it any longer," President '
            "Linda Marchetti told the board of trustees.",
            "Marchetti said the cuts would fall hardest on administrative offices, but that about 60 faculty "
            "positions would also go, most of them through retirements that would not be filled.",
            "Provost Raymond Ochoa said the programs to be closed, in comparative literature, geography and "
            "music theory, had enrolled fewer than a dozen new students a year since 2019.",
            "The university said in a statement that no student now enrolled would be prevented from finishing "
            "a degree.",
            "The faculty union has opposed the plan since it was first floated in March. Its president, "
            "Gordon Kwiatkowski, a professor of chemistry, said the administration had hired 40 managers in the "
            "past five years while cutting teaching posts.",
            '"They are cutting the classroom to protect the front office," Kwiatkowski said.',
            "The Undergraduate Student Government said it would ask trustees to delay a vote until students had "
            "been heard.",
            "State Sen. Patricia Doyle, a Republican who chairs the Senate's higher education committee, said the "
            "legislature had given public universities a 2 percent increase last year and would not rescue a "
            "campus that had failed to plan.",
            "Lewis Grant, chair of the state Board of Higher Learning, said the board would review the plan "
            "before any program closed.",
            "Enrollment at the university has fallen 19 percent since 2015, according to state figures.",
            "Michael Brandt, a professor of higher education at Lakeshore University who studies college "
            "finances, said regional public universities in the Midwest faced the same arithmetic.",
            '"The number of 18-year-olds is shrinking, and the campuses that depend on them most have the least '
            'cushion," Brandt said. "Expect more announcements like this one."',
        ),
        [
            ("212 jobs", "Linda Marchetti", "other", "Central Ohio State University"),  # "its president said"
            ("postponed this reckoning", "Linda Marchetti", "other", ""),  # President, the same
            ("administrative offices", "Linda Marchetti", "other", ""),  # the same
            ("comparative literature", "Raymond Ochoa", "other", ""),  # Provost
            ("prevented from finishing", "Central Ohio State University", "institution", ""),  # "the university"
            ("40 managers", "Gordon Kwiatkowski", "other", ""),  # the union's president
            ("cutting the classroom", "Gordon Kwiatkowski", "other", ""),  # the same
            ("delay a vote", "Undergraduate Student Government", "institution", ""),
            ("2 percent increase", "Patricia Doyle", "official", ""),  # State Sen.
            ("review the plan", "Lewis Grant", "official", "Board of Higher Learning"),  # a state board's chair
            ("same arithmetic", "Michael Brandt", "analyst", "Lakeshore University"),  # professor, studies
            ("shrinking", "Michael Brandt", "analyst", ""),  # the same, two sentences
        ],
    ),
    (
        (
            "Borrowers who left college without a degree are three times as likely to default on their student "
            "loans as those who finished, according to a study released on Monday by researchers at the "
            "University of Westmoreland and the Harlan Institute.",
            "The study followed 41,000 borrowers in four states for a decade after they first enrolled.",
            '"Debt is not the problem on its own. Debt without the degree is the problem," said Aisha Mbeki, an '
            "economist at the University of Westmoreland who studies student finance and one of the study's "
            "authors.",
            "Mbeki said the borrowers most at risk owed relatively small sums, often under $10,000, but had "
            "earnings too low to make even modest payments.",
            "Her co-author, Trevor Lindqvist, a senior fellow at the Harlan Institute, said the findings argued "
            "for spending more on keeping students enrolled rather than on forgiving loans afterward.",
            '"A dollar spent on tutoring in the first year does more than a dollar of relief ten years later," '
            "he said.",
            "Not everyone agreed. Carla Jimenez, a professor of public policy at Dunmore College, said the study "
            "had not followed borrowers long enough to see whether those who dropped out later returned.",
            "The Department of Education said it was reviewing the study and declined to comment further.",
            "A spokesman for the Association of Public Universities, Derek Olawale, said colleges were already "
            "spending heavily on advising and could not do more without more state money.",
            "Some analysts warned against reading too much into the figures from four states.",
            "The Harlan Institute said it would publish figures for each of the four states next month.",
        ),
        [
            ("Debt without the degree", "Aisha Mbeki", "analyst", "University of Westmoreland"),  # economist
            ("relatively small sums", "Aisha Mbeki", "analyst", ""),  # the same
            ("keeping students enrolled", "Trevor Lindqvist", "analyst", "Harlan Institute"),  # senior fellow
            ("dollar spent on tutoring", "Trevor Lindqvist", "analyst", ""),  # the same, "he said"
            ("long enough", "Carla Jimenez", "analyst", "Dunmore College"),  # professor of public policy
            ("reviewing the study", "Department of Education", "institution", ""),
            ("spending heavily on advising", "Derek Olawale", "other", "Association of Public Universities"),
            ("reading too much", "", "unnamed", ""),  # some analysts
            ("each of the four states", "Harlan Institute", "institution", ""),
        ],
    ),
    (
        (
            "HALVERSTON, Mass. -- Campus police arrested 31 people early on Friday as they cleared a tent "
            "encampment from the main lawn of Eastmark University, where students had been protesting the "
            "school's investments in weapons makers for nine days.",
            "Police Chief Sandra Whitlock of the university's police department said officers had given the "
            "protesters three warnings over two hours before moving in.",
            '"We gave every opportunity to leave peacefully, and most of them took it," Whitlock told reporters. '
            '"Those who stayed were arrested without injury."',
            "Of those arrested, 24 were students and seven had no tie to the university, she said.",
            "The protesters disputed that account. Maya, a junior studying history who asked that her last name "
            "not be used, said officers had pushed people to the ground.",
            '"It was not peaceful. I saw someone dragged by her backpack," she said.',
            "Another student, Omar, said the encampment would return.",
            "Eastmark's chancellor, Philip Harrington, said in a letter to students and staff that the "
            "encampment had violated rules on the use of campus grounds and had made some Jewish and Muslim "
            "students feel unsafe.",
            "A university spokeswoman, Renee Castillo, said the school had offered to let a student group present "
            "its case to the board's investment committee in the spring.",
            "The Eastmark Faculty Senate condemned the arrests, saying the university had chosen force over dialogue.",
            "Mayor Dennis Fairbanks said city police had not taken part and would not be asked to.",
        ),
        [
            ("three warnings", "Sandra Whitlock", "official", ""),  # campus police chief
            ("leave peacefully", "Sandra Whitlock", "official", ""),  # the same, two sentences
            ("no tie to the university", "Sandra Whitlock", "official", ""),  # "she said"
            ("pushed people to the ground", "Maya", "other", ""),  # a student by first name
            ("dragged by her backpack", "Maya", "other", ""),  # the same
            ("would return", "Omar", "other", ""),  # a student
            ("rules on the use of campus", "Philip Harrington", "other", "Eastmark University"),  # chancellor
            ("investment committee", "Renee Castillo", "other", ""),  # a university spokeswoman
            ("force over dialogue", "Eastmark Faculty Senate", "institution", ""),
            ("had not taken part", "Dennis Fairbanks", "official", ""),  # Mayor
        ],
    ),
    (
        (
            "LONDON -- Applications from overseas students to British universities fell 14% this year, the "
            "Universities Admissions Board said on Thursday, the first full cycle since the government stopped most "
            "postgraduate students from bringing family members with them.",
            "The fall was steepest among applicants from Nigeria and India, where enrolment at British "
            "universities had nearly doubled over the previous five years.",
            "Universities Minister Helen Ashworth said the rules had been designed to stop the student route "
            "from being used as a back door to work and were doing what they were meant to do.",
            '"We welcome the brightest students from around the world, and we always will," Ashworth said.',
            "The Home Office said in a statement that dependants' visas issued to students had fallen by 81% "
            "since the rules took effect.",
            "Universities UK, which represents vice-chancellors, warned that a third of universities now expected "
            "to run a deficit, since overseas students pay fees several times those paid by British students.",
            "Vikram Desai, head of research at Meridian Education Insight, a consultancy that advises "
            "universities on international recruitment, said students who once chose Britain were turning to "
            "Germany, Ireland and the Netherlands.",
            '"Britain used to be the easy yes. Now it is a maybe," Desai said.',
            "In Lagos, recruiter Chinedu Okafor, who runs an agency that places students abroad, said families "
            "were deciding against Britain once they learned a spouse could not come.",
            "A Home Office spokesman said the government kept all visa routes under review.",
            "One vice-chancellor, who asked not to be named because talks with the government were continuing, "
            "said his university had frozen hiring for the year.",
            "Mark Sutherland, an opposition member of Parliament who speaks for his party on universities, said "
            "the government was damaging one "
            "of Britain's most successful export industries.",
        ),
        [
            ("fell 14%", "Universities Admissions Board", "institution", ""),
            ("back door to work", "Helen Ashworth", "official", ""),  # Universities Minister
            ("brightest students", "Helen Ashworth", "official", ""),  # the same
            ("fallen by 81%", "Home Office", "institution", ""),
            ("run a deficit", "Universities UK", "institution", ""),
            ("Germany, Ireland", "Vikram Desai", "analyst", "Meridian Education Insight"),  # head of research
            ("easy yes", "Vikram Desai", "analyst", ""),  # the same
            ("spouse could not come", "Chinedu Okafor", "other", ""),  # a recruiter
            ("under review", "", "unnamed", ""),  # a ministry spokesman not named
            ("frozen hiring", "", "unnamed", ""),  # a vice-chancellor not named
            ("export industries", "Mark Sutherland", "official", ""),  # an MP, a legislator
        ],
    ),
    (
        (
            "The Great Plains Conference suspended Prairie State University's football coach for six games on "
            "Tuesday and stripped the school of two scholarships after an investigation found that boosters had "
            "paid recruits through a sham marketing company.",
            "The conference said in a statement that the coach, Jim Barlow, had known of the payments and failed "
            "to report them.",
            'Barlow denied that. "I never knew about any of it, and I\'ll fight this with everything I have," '
            "he said on Tuesday night.",
            "Prairie State's athletic director, Karen Whitfield, said the university accepted the findings and "
            "would not appeal the scholarship penalty.",
            '"We are embarrassed, and we should be," Whitfield said. "This is not who we are."',
            '"We have to earn back the trust of our own fans," she added.',
            "Commissioner Ray Delgado said the conference had acted quickly because the payments had continued "
            "after the school was warned.",
            "The university said it had cut ties with three boosters and would pay an outside firm to audit its "
            "compliance office.",
            "Anthony Reyes, a sports economist at Tidewater University who studies college athletics, said the "
            "penalties were light compared with those handed out a decade ago.",
            '"Schools have learned that the money from winning outweighs the cost of getting caught," Reyes said.',
            "State Rep. Gloria Hendricks, a Democrat, said she would propose a bill to bar boosters from paying "
            "athletes through outside companies.",
            "Players said they had learned of the suspension from social media.",
        ),
        [
            ("failed to report them", "Great Plains Conference", "institution", ""),  # "the conference said"
            ("never knew about any of it", "Jim Barlow", "other", ""),  # the coach
            ("accepted the findings", "Karen Whitfield", "other", "Prairie State University"),  # athletic director
            ("we should be", "Karen Whitfield", "other", ""),  # the same, two sentences
            ("earn back the trust", "Karen Whitfield", "other", ""),  # "she added"
            ("acted quickly", "Ray Delgado", "other", ""),  # conference commissioner
            ("cut ties with three", "Prairie State University", "institution", ""),  # "the university said"
            ("penalties were light", "Anthony Reyes", "analyst", "Tidewater University"),  # sports economist
            ("outweighs the cost", "Anthony Reyes", "analyst", ""),  # the same
            ("bar boosters", "Gloria Hendricks", "official", ""),  # State Rep.
            ("learned of the suspension", "", "unnamed", ""),  # players
        ],
    ),
]
