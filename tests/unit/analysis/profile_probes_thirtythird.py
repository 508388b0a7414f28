"""The thirty-third round of blind profile probes: fictional US, Canadian and British local news of crime, courts,
fires and storms, whose speakers are the local public-safety and justice officials such stories quote (police and
fire chiefs, sheriffs and their spokespeople, coroners and medical examiners, district and state attorneys and their
assistants, a public defender, county commissioners and executives, a city manager, a school superintendent and a
school board president, an emergency management director, a state trooper and a highway patrol spokesman, a weather
service meteorologist, a federal safety board's investigator; in Canada a fire chief, a Crown prosecutor, an RCMP and
an OPP spokesperson, a reeve and a county warden; in Britain a chief constable and a coroner), beside the residents,
lawyers and company spokespeople who are no officials, and for each quote the speaker, kind, role and affiliation
written before the stories were run (test_profiles_blind_probes_thirtythird.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked. GUIDELINES counts as officials those who speak for a state body at every level: a town's police and
#: fire service, a county sheriff's office, a coroner's or medical examiner's office, a prosecutor's office, a county
#: board, a school district, a state's police, a national weather service and a federal safety board are all public
#: bodies, so their chiefs, spokespeople, investigators and forecasters are officials. A public defender is counted a
#: lawyer (`other`): paid by the state, but speaking for the accused, not for the state; so is a defence lawyer. A
#: company's spokesperson, a resident and a lawyer are `other`. Six gold quotes were slips set right after the run
#: (marked so): the unnamed officials, police and company spokeswoman of three ledes and a story, and the second
#: clause of two officials' sentences ("but noted that", "who urged").
STORIES = [
    (
        (
            "A fire that tore through a vacant warehouse on the east side of Marlow Falls early Sunday injured two "
            "firefighters and forced the evacuation of about forty homes, officials said.",
            "Fire Chief Renata Okafor said crews arrived to find the roof already collapsing. She added that the two "
            "injured firefighters were treated for burns and released.",
            "Marlow Falls Fire Marshal Dwight Pettibone said the cause remained under investigation, but noted that "
            "the building had been cited twice last year for blocked exits.",
            "Battalion Chief Luis Carranza told reporters that a shift in the wind had pushed embers toward the homes "
            "on Quarry Street.",
            '"We were lucky nobody was inside," said Police Chief Harriet Ngata, who urged residents to stay away from '
            "the area while the walls were pulled down.",
            "City Manager Owen Szabo said the city would open the recreation center on Linden Avenue to families who "
            "could not go home.",
            "Greta Mulvaney, who lives two doors from the warehouse, said she woke to the sound of glass breaking.",
            "A spokeswoman for Ardent Logistics, which owns the building, said the company was cooperating with "
            "investigators.",
        ),
        [
            ("A fire that tore", "", "unnamed", ""),  # officials (set after the run)
            ("roof already collapsing", "Renata Okafor", "official", ""),  # fire chief
            ("treated for burns", "Renata Okafor", "official", ""),  # fire chief
            ("under investigation", "Dwight Pettibone", "official", ""),  # Marlow Falls fire marshal
            ("cited twice", "Dwight Pettibone", "official", ""),  # the same (set after the run)
            ("shift in the wind", "Luis Carranza", "official", ""),  # battalion chief
            ("nobody was inside", "Harriet Ngata", "official", ""),  # police chief
            ("stay away from", "Harriet Ngata", "official", ""),  # the same, who urged (set after the run)
            ("recreation center", "Owen Szabo", "official", ""),  # city manager
            ("glass breaking", "Greta Mulvaney", "other", ""),  # resident
            ("cooperating with", "", "unnamed", ""),  # a company's spokeswoman, unnamed (set after the run)
        ],
    ),
    (
        (
            "A man accused of shooting a convenience store clerk in Dunmore County last spring pleaded not guilty on "
            "Tuesday to a charge of attempted murder.",
            "Assistant State Attorney Colleen Varga told the judge that the clerk still could not use her right arm. "
            "She asked that the defendant be held without bail, arguing that he had fled the state once before.",
            "Marcus Eberle, an assistant public defender, said his client had an alibi that investigators had never "
            "checked.",
            "Dunmore County Sheriff Wade Hollister said deputies had found the gun in a drainage ditch two days after "
            "the shooting.",
            "Sheriff's spokesman Lt. Andre Fontaine said the clerk's family had asked for privacy.",
            "Undersheriff Paula Brandt said the office would add patrols near late-night stores in the county.",
            "State Attorney Gideon Marsh said in a statement that his office would seek the maximum sentence.",
            "The county's medical examiner, Dr. Farah Lindqvist, testified that the bullet had missed an artery by "
            "less than an inch.",
        ),
        [
            ("right arm", "Colleen Varga", "official", ""),  # assistant state attorney
            ("fled the state", "Colleen Varga", "official", ""),  # assistant state attorney
            ("alibi", "Marcus Eberle", "other", ""),  # assistant public defender (a defence lawyer)
            ("drainage ditch", "Wade Hollister", "official", ""),  # Dunmore County sheriff
            ("asked for privacy", "Andre Fontaine", "official", ""),  # sheriff's spokesman
            ("add patrols", "Paula Brandt", "official", ""),  # undersheriff
            ("maximum sentence", "Gideon Marsh", "official", ""),  # state attorney
            ("missed an artery", "Farah Lindqvist", "official", ""),  # the county's medical examiner
        ],
    ),
    (
        (
            "Three people died and dozens of homes were damaged when a tornado crossed Pell County on Thursday "
            "evening, officials said.",
            "Pell County Coroner Irene Castellanos said the victims were found in two mobile homes south of the "
            "town of Harwick.",
            "Emergency Management Director Curtis Voss said more than 2,000 customers were still without power on "
            "Friday morning. He warned that downed lines remained a danger.",
            "Jamal Whitaker, a meteorologist with the National Weather Service in Tullis, said the tornado was "
            "on the ground for about eleven miles.",
            "County Commissioner Bernadette Quayle said the board would meet in an emergency session to ask the "
            "governor for aid.",
            "County Executive Samuel Oduya told reporters that the county's shelters had room for 400 people.",
            "Superintendent Nadia Flores said schools in the Harwick district would stay closed through Monday, "
            "adding that one elementary school had lost part of its roof.",
            "School board president Terrence Mabry said the board would hold its meeting as planned.",
            "Trooper Kyle Brennan of the State Highway Patrol said a stretch of Route 9 was closed because of debris.",
        ),
        [
            ("Three people died", "", "unnamed", ""),  # officials (set after the run)
            ("two mobile homes", "Irene Castellanos", "official", ""),  # Pell County coroner
            ("without power", "Curtis Voss", "official", ""),  # emergency management director
            ("downed lines", "Curtis Voss", "official", ""),  # emergency management director
            ("eleven miles", "Jamal Whitaker", "official", "National Weather Service"),  # NWS meteorologist
            ("emergency session", "Bernadette Quayle", "official", ""),  # county commissioner
            ("room for 400", "Samuel Oduya", "official", ""),  # county executive
            ("stay closed", "Nadia Flores", "official", ""),  # school superintendent
            ("lost part of its roof", "Nadia Flores", "official", ""),  # school superintendent
            ("meeting as planned", "Terrence Mabry", "official", ""),  # school board president
            ("stretch of Route 9", "Kyle Brennan", "official", "State Highway Patrol"),  # trooper
        ],
    ),
    (
        (
            "Federal investigators began examining the wreckage of a small plane that crashed into a field near "
            "Ostrander on Saturday, killing the pilot.",
            "Hollis Grange, an investigator with the National Transportation Safety Board, said a preliminary report "
            "would be ready within a month. He said the plane's engine had been recovered largely intact.",
            "Deputy Chief Maribel Sosa of the Ostrander Police Department said the pilot's family had been told.",
            "District Attorney Leon Whitcomb said there was no sign of a crime. Assistant District Attorney Kara "
            "Dunleavy said her office would close its file once the safety board had reported.",
            "Highway Patrol spokesman Sgt. Omar Reilly said traffic on the nearby interstate had been slowed for "
            "several hours.",
            "Deborah Kessel, a lawyer for the pilot's family, said they wanted answers about the plane's maintenance.",
            "Vance Aviation, which serviced the aircraft, said in a statement that its records were in order.",
        ),
        [
            ("within a month", "Hollis Grange", "official", "National Transportation Safety Board"),  # investigator
            ("largely intact", "Hollis Grange", "official", "National Transportation Safety Board"),  # investigator
            ("had been told", "Maribel Sosa", "official", "Ostrander Police Department"),  # deputy chief
            ("no sign of a crime", "Leon Whitcomb", "official", ""),  # district attorney
            ("close its file", "Kara Dunleavy", "official", ""),  # assistant district attorney
            ("slowed for several hours", "Omar Reilly", "official", ""),  # highway patrol spokesman
            ("answers about", "Deborah Kessel", "other", ""),  # lawyer for the family
            ("records were in order", "Vance Aviation", "institution", ""),
        ],
    ),
    (
        (
            "A barn fire on a farm outside Elmsvale, Ontario, killed more than 300 cattle overnight, and police said "
            "they did not consider it suspicious.",
            "Elmsvale Fire Chief Gordon MacRae said the barn was fully engulfed when the first trucks arrived.",
            "OPP spokesperson Const. Melanie Tremblay said the Ontario Fire Marshal's office had been called in.",
            "Reeve Arnold Vandermeer said the township would help the family with the cleanup.",
            "County Warden Lisette Dube said the fire showed how few rural fire halls had enough water on hand.",
            "In a separate case in Saskatchewan, Crown prosecutor Anjali Rao told a court in Corvan that the accused "
            "had driven at twice the speed limit. RCMP spokesperson Cpl. Dean Kowalchuk said the collision had "
            "closed the highway for six hours.",
            "In England, Chief Constable Fiona Aldridge of Wexcombe Police said officers had made four arrests after "
            "the disorder in the town centre.",
            "Senior Coroner Rupert Hale said at an inquest in Wexcombe that the victim had died of a head injury.",
        ),
        [
            ("not consider it suspicious", "", "unnamed", ""),  # police (set after the run)
            ("fully engulfed", "Gordon MacRae", "official", ""),  # Elmsvale fire chief
            ("called in", "Melanie Tremblay", "official", ""),  # OPP spokesperson, constable
            ("help the family", "Arnold Vandermeer", "official", ""),  # reeve
            ("rural fire halls", "Lisette Dube", "official", ""),  # county warden
            ("twice the speed limit", "Anjali Rao", "official", ""),  # Crown prosecutor
            ("six hours", "Dean Kowalchuk", "official", ""),  # RCMP spokesperson, corporal
            ("four arrests", "Fiona Aldridge", "official", "Wexcombe Police"),  # chief constable
            ("head injury", "Rupert Hale", "official", ""),  # senior coroner
        ],
    ),
]
