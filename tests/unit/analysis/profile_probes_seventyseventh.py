"""The seventy-seventh round of blind profile probes: fictional air-safety news after one aircraft type is grounded, as
the wires, the business pages and the transport desks write it (earlier rounds had airlines' results, a carrier's
jets grounded for engine checks and an accident board's report on a runway excursion, none a planemaker's crisis after
two crashes of one model): a U.S. regulator grounding the Kestrane KX-40, with the regulator as itself, "The agency's
administrator, X", her surname in a direct quote, "The jet's maker, X, said", "Its chief executive, X", a European
regulator as itself "which grounded the jet", a transportation secretary named after his title, an aerospace analyst
"at the consultancy Y" and "The agency said"; an accident board's preliminary report in Peru, with "Investigators
said", "X, who heads the board", the chair by her surname, the maker as itself and "The company said", a pilots'
association's president, a lawyer for victims' families, Peru's transport minister and a victim's sister; an Irish
airline's profit warning, with the airline "saying" as itself, "Its chief executive, X" on a results call, "X, a
spokesman for the carrier", a maker that "declined to comment", an analyst at a bank who "wrote in a note to clients",
a flight attendants' guild as itself and the airline's short name; a Senate hearing, with "Y's chief executive, X,
told senators", a committee chair, "The agency's administrator, X", "The agency said in written testimony", a senator
from the state of the maker's factory, a pilots' guild's president, a lawyer for families and "A Kestrane spokeswoman,
X"; and Canada keeping the jet grounded after the U.S. cleared it, with "Transport Minister X said" after the clause,
"Canada's aviation regulator, the Y, said", "The directorate said", a Canadian airline as itself, "Its chief
executive, X", "X, a spokesman for the carrier", a pilots' association's president, a passenger and "X, who follows
the aircraft industry at the Montreal consultancy Y"), and for each quote the speaker, kind and affiliation written
before the stories were run (test_profiles_blind_probes_seventyseventh.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: an aviation regulator's administrator, an accident board's chair, a transport minister or
#: secretary and a senator are `official`; a planemaker's or an airline's chief executive or spokesperson, a pilots'
#: association's president, a lawyer for victims' families, a victim's sister and a passenger are `other`; an analyst
#: at a bank or at a consultancy is `analyst`; investigators not named are `unnamed`; a planemaker, an airline, a
#: regulator and a flight attendants' guild speaking as themselves are an `institution` under the fullest name the
#: article gives them. "The company said", "The agency said" and "Its chief executive" are the body named before; "The
#: jet's maker, X, said" and "Canada's aviation regulator, the X, said" are X as itself.
STORIES = [
    (
        (
            "WASHINGTON, March 14 (Reuters) - U.S. regulators on Thursday grounded every Kestrane KX-40 jet flown by "
            "American airlines, four days after the second fatal crash of the narrow-body model in five months.",
            "The Federal Air Safety Administration said new satellite data showed that the flight path of the jet that "
            "crashed in Peru on Sunday looked much like that of one lost off Sumatra in October.",
            "The agency's administrator, Dana Pryor-Eastwood, told reporters that the order would stay in place until "
            "investigators knew what had brought down both planes.",
            '"No one will fly on this aircraft in this country until we are sure it is safe," Pryor-Eastwood said.',
            "The jet's maker, Kestrane Aerospace, said it backed the move out of an abundance of caution but still had "
            "full confidence in the safety of the KX-40.",
            "Its chief executive, Raymond Okonjo-Pratt, said in a video message to employees that the company's "
            "engineers were working day and night with the investigators in Peru.",
            "Shares in Kestrane closed down 7% in New York, having lost a fifth of their value since Sunday.",
            "The European Air Safety Directorate, which grounded the jet in Europe on Tuesday, said it would carry out "
            "its own review of any fix before the model could fly there again.",
            "Transportation Secretary Lydia Frankham-Ross said the United States had acted on evidence, not on "
            "pressure from the dozens of countries that had already barred the jet from their skies.",
            "Meredith Sandoval-Keane, an aerospace analyst at the consultancy Tallisker Partners, said the grounding "
            "could cost Kestrane about $1 billion a month in delayed deliveries if it lasted into the summer.",
            "The agency said airlines could still fly the jets without passengers to move them to storage.",
        ),
        [
            ("satellite data", "Federal Air Safety Administration", "institution", ""),  # the regulator as itself
            (
                "brought down both planes",
                "Dana Pryor-Eastwood",
                "official",
                "Federal Air Safety Administration",
            ),  # "The agency's administrator, X"
            ("until we are sure", "Dana Pryor-Eastwood", "official", ""),  # her surname, direct
            ("abundance of caution", "Kestrane Aerospace", "institution", ""),  # "The jet's maker, X, said"
            (
                "day and night",
                "Raymond Okonjo-Pratt",
                "other",
                "Kestrane Aerospace",
            ),  # "Its chief executive, X"
            ("its own review", "European Air Safety Directorate", "institution", ""),  # a foreign regulator as itself
            ("acted on evidence", "Lydia Frankham-Ross", "official", ""),  # transportation secretary
            (
                "$1 billion a month",
                "Meredith Sandoval-Keane",
                "analyst",
                "Tallisker Partners",
            ),  # an aerospace analyst at a consultancy
            ("without passengers", "Federal Air Safety Administration", "institution", ""),  # "The agency said"
        ],
    ),
    (
        (
            "LIMA, Peru (AP) — Investigators said Thursday that a faulty sensor repeatedly pushed the nose of a "
            "Kestrane KX-40 down in the minutes before it crashed into the Pacific Ocean last month, killing all 157 "
            "people on board.",
            "The preliminary report by Peru's Air Accident Investigation Board found that the pilots had followed the "
            "steps the manufacturer set out for such a failure but could not regain control.",
            "Rosa Villanueva-Thorne, who heads the board, told a news conference that the sensor had been replaced "
            "two days before the crash by a repair shop in Miami.",
            '"The crew did everything they had been trained to do," Villanueva-Thorne said. "The aircraft did not let '
            'them."',
            "Kestrane Aerospace said in a statement that it would study the report and that a software update for the "
            "flight-control system was already in testing.",
            "The company said it had shared data from its own flight simulators with the board.",
            "Capt. Julio Arancibia-Moss, president of the Andean Airline Pilots Association, said pilots had never "
            "been told how the system behaved when the sensor failed.",
            "Nathaniel Brockhurst-Diaz, a Chicago lawyer who represents the families of 40 of the victims, said the "
            "report showed that Kestrane had known of the risk and kept it from airlines.",
            "Peru's transport minister, Alberto Quispe-Lindqvist, said the government would seek compensation from "
            "the manufacturer on behalf of the families.",
            "Carmen Huaman-Reyes, whose brother was a flight attendant on the plane, said outside the building that "
            "the families wanted the people who designed the system to answer in court.",
            "Villanueva-Thorne said the board's final report would take at least a year.",
        ),
        [
            ("faulty sensor", "", "unnamed", ""),  # investigators not named
            (
                "repair shop in Miami",
                "Rosa Villanueva-Thorne",
                "official",
                "Air Accident Investigation Board",
            ),  # "X, who heads the board"
            ("did everything", "Rosa Villanueva-Thorne", "official", ""),  # her surname, direct
            ("study the report", "Kestrane Aerospace", "institution", ""),  # the maker as itself
            ("flight simulators", "Kestrane Aerospace", "institution", ""),  # "The company said"
            (
                "never been told",
                "Julio Arancibia-Moss",
                "other",
                "Andean Airline Pilots Association",
            ),  # a pilots' association's president
            ("known of the risk", "Nathaniel Brockhurst-Diaz", "other", ""),  # a lawyer for victims' families
            ("seek compensation", "Alberto Quispe-Lindqvist", "official", "Peru"),  # "Peru's transport minister"
            ("answer in court", "Carmen Huaman-Reyes", "other", ""),  # a victim's sister
            ("at least a year", "Rosa Villanueva-Thorne", "official", ""),  # her surname alone
        ],
    ),
    (
        (
            "DUBLIN, July 28 (Reuters) - Irish low-cost airline Liffeyjet cut its full-year profit forecast for the "
            "second time on Monday, saying the grounding of the Kestrane KX-40 had cost it 90 million euros in the "
            "second quarter.",
            "Its chief executive, Ciaran Mulvenna-Hart, told analysts on a results call that the airline had leased 14 "
            "older jets to fill the gap and would still fly a full summer schedule.",
            '"We are not going to pay for Kestrane\'s mistakes," Mulvenna-Hart said. "We expect to be made whole, and '
            'we will be."',
            "Liffeyjet is Europe's largest customer for the KX-40, with 31 of the jets in its fleet and 120 more on "
            "order.",
            "Declan Fahy-Ostrander, a spokesman for the carrier, said no customer had been left without a seat and "
            "that all 31 jets were parked at Shannon Airport.",
            "Kestrane, which has set aside $4 billion to compensate airlines, declined to comment on its talks with "
            "Liffeyjet.",
            "Yvonne Carraway-Lutz, an analyst at Quillmoor Bank, wrote in a note to clients that Liffeyjet's new "
            "forecast still assumed the jets would return by October, which she called optimistic.",
            "The Flight Attendants' Guild of Ireland said its members had been asked to take unpaid leave while the "
            "jets stood idle and that it would ballot them on industrial action.",
            "Liffeyjet said later that the leave was voluntary and that no jobs were at risk.",
            "Mulvenna-Hart said the airline would take no more KX-40s until Kestrane had agreed to pay.",
        ),
        [
            ("90 million euros", "Liffeyjet", "institution", ""),  # the airline "saying", as itself
            (
                "14 older jets",
                "Ciaran Mulvenna-Hart",
                "other",
                "Liffeyjet",
            ),  # "Its chief executive, X" on a results call
            ("Kestrane's mistakes", "Ciaran Mulvenna-Hart", "other", ""),  # his surname, direct
            (
                "without a seat",
                "Declan Fahy-Ostrander",
                "other",
                "Liffeyjet",
            ),  # "X, a spokesman for the carrier"
            (
                "called optimistic",
                "Yvonne Carraway-Lutz",
                "analyst",
                "Quillmoor Bank",
            ),  # a bank's analyst, "wrote in a note to clients"
            (
                "unpaid leave",
                "Flight Attendants' Guild of Ireland",
                "institution",
                "",
            ),  # a flight attendants' union as itself
            ("leave was voluntary", "Liffeyjet", "institution", ""),  # the airline as itself again
            ("no more KX-40s", "Ciaran Mulvenna-Hart", "other", ""),  # his surname alone
        ],
    ),
    (
        (
            "WASHINGTON (AP) — Kestrane Aerospace's chief executive, Raymond Okonjo-Pratt, told senators on Tuesday "
            "that the company had made mistakes in the design of a flight-control system linked to two crashes that "
            "killed 346 people.",
            '"We are sorry, deeply and truly sorry," Okonjo-Pratt said, turning to relatives of the dead who sat '
            "behind him holding photographs.",
            "Sen. Margaret Ellery-Vance of Oregon, the Democrat who chairs the Senate Commerce Committee, said the "
            "company had put its delivery schedule ahead of the lives of passengers.",
            "The Federal Air Safety Administration, which certified the jet, has also come under scrutiny.",
            "The agency's administrator, Dana Pryor-Eastwood, told the committee that its inspectors had relied too "
            "heavily on Kestrane's own engineers to check the design.",
            "The agency said in written testimony that it had since hired 200 more safety engineers of its own.",
            "Sen. Curtis Holloway-Brandt, a Kansas Republican whose state is home to Kestrane's largest factory, said "
            "new rules must not slow the approval of safer aircraft.",
            "Capt. Dennis Marchetti-Yoon, president of the National Airline Pilots Guild, said pilots flying the jet "
            "had learned of the system only from news reports after the first crash.",
            "Leonard Faircloth-Amiri, a lawyer for the families of 60 people who died off Sumatra, said the apology "
            "had come too late and that the families wanted criminal charges.",
            "A Kestrane spokeswoman, Alison Trevayne-Brook, said after the hearing that the software fix had been "
            "tested on more than 800 flights.",
            "Ellery-Vance said the committee would draft a bill to end the practice of letting planemakers check their "
            "own designs.",
        ),
        [
            (
                "made mistakes",
                "Raymond Okonjo-Pratt",
                "other",
                "Kestrane Aerospace",
            ),  # "Y's chief executive, X, told senators"
            ("truly sorry", "Raymond Okonjo-Pratt", "other", ""),  # his surname, direct
            ("delivery schedule", "Margaret Ellery-Vance", "official", ""),  # a senator who chairs a committee
            (
                "relied too",
                "Dana Pryor-Eastwood",
                "official",
                "Federal Air Safety Administration",
            ),  # "The agency's administrator, X"
            ("200 more safety engineers", "Federal Air Safety Administration", "institution", ""),  # "The agency said"
            ("must not slow", "Curtis Holloway-Brandt", "official", ""),  # a senator
            (
                "only from news reports",
                "Dennis Marchetti-Yoon",
                "other",
                "National Airline Pilots Guild",
            ),  # a pilots' guild's president
            ("criminal charges", "Leonard Faircloth-Amiri", "other", ""),  # a lawyer for families
            ("800 flights", "Alison Trevayne-Brook", "other", "Kestrane"),  # "A Kestrane spokeswoman, X"
            ("draft a bill", "Margaret Ellery-Vance", "official", ""),  # her surname alone
        ],
    ),
    (
        (
            "OTTAWA, Nov 19 (Reuters) - Canada will keep the Kestrane KX-40 grounded for at least another month even "
            "though U.S. regulators have cleared it to fly, Transport Minister Genevieve Lachance-Orr said on "
            "Thursday.",
            "The Federal Air Safety Administration lifted its 20-month grounding order on Wednesday after approving "
            "changes to the jet's software and wiring.",
            "Canada's aviation regulator, the Civil Aviation Safety Directorate, said its test pilots had flown the "
            "updated jet and were satisfied with the fix, but that every pilot should first train on it in a "
            "simulator.",
            "The directorate said about 600 pilots at three airlines would need the training.",
            "Kelvair, which flies 24 of the jets, said it expected to put them back on its routes by the end of "
            "January.",
            "Its chief executive, Paul Desrosiers-Kahn, said the grounding had cost the airline about C$310 million.",
            "Marc Ouellet-Brandt, a spokesman for the carrier, said passengers booked on a KX-40 could switch to "
            "another flight free of charge.",
            "Capt. Ian McTavish-Rowe, president of the Kelvair Pilots Association, said most of its 400 pilots were "
            "ready to fly the jet again.",
            "Priya Sandhu-Wells, a nurse from Winnipeg waiting for a flight at Toronto Pearson airport, said she would "
            "check which plane she was booked on from now on.",
            "Helena Stroud-Maki, who follows the aircraft industry at the Montreal consultancy Aerologic Partners, "
            "said the delay in Canada mattered less to Kestrane than the pace of approvals in China.",
            '"We will make our own decision, in our own time," Lachance-Orr said.',
        ),
        [
            ("another month", "Genevieve Lachance-Orr", "official", ""),  # transport minister, after the clause
            (
                "satisfied with the fix",
                "Civil Aviation Safety Directorate",
                "institution",
                "",
            ),  # "Canada's aviation regulator, the X, said"
            ("600 pilots", "Civil Aviation Safety Directorate", "institution", ""),  # "The directorate said"
            ("end of January", "Kelvair", "institution", ""),  # the airline as itself
            ("C$310 million", "Paul Desrosiers-Kahn", "other", "Kelvair"),  # "Its chief executive, X"
            ("free of charge", "Marc Ouellet-Brandt", "other", "Kelvair"),  # "X, a spokesman for the carrier"
            (
                "ready to fly",
                "Ian McTavish-Rowe",
                "other",
                "Kelvair Pilots Association",
            ),  # a pilots' association's president
            ("which plane", "Priya Sandhu-Wells", "other", ""),  # a passenger
            (
                "pace of approvals",
                "Helena Stroud-Maki",
                "analyst",
                "Aerologic Partners",
            ),  # "X, who follows the aircraft industry at the consultancy Y"
            ("our own time", "Genevieve Lachance-Orr", "official", ""),  # her surname, direct
        ],
    ),
]
"""The whole batch of fictional stories of a seventy-seventh round of blind profile probes (air safety after one
aircraft type is grounded: a U.S. regulator grounding the Kestrane KX-40, an accident board's preliminary report in
Peru, an Irish airline's profit warning, a Senate hearing with the planemaker's chief executive and Canada keeping the
jet grounded after the U.S. cleared it), its wrong count kept in sight."""
