"""The forty-first round of blind profile probes: fictional US state and local government and politics in the style of
local web news and the statehouse press (a governor's budget and a veto threat, a state attorney general's lawsuit, a
secretary of state's voter-roll purge, a state transportation department's highway widening, a public utilities
commission's rate case, a state board of education's reading standard, a county jail's budget, a city council's
housing vote, a legislative session's closing days, a special session on property taxes) quoting the people such
stories quote (a governor and the governor's press secretary, legislative leaders given as "X, R-Town", a state
attorney general, a secretary of state and a county clerk, a transportation secretary, a city manager, mayors and
council members, a utilities commission's chair, a utility's spokesperson, a state consumer advocate, a school
superintendent, a teachers' union president, county commissioners and a sheriff, a lobbyist, a think tank at the
capitol, political science professors at a state university; agencies and "the governor's office" speaking as
themselves and unnamed aides), and for each quote the speaker, kind, role and affiliation written before the stories
were run (test_profiles_blind_probes_fortyfirst.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: people in public office are officials, state and local alike (a governor, a governor's press
#: secretary as a government spokesperson, legislators, a state attorney general, a secretary of state, a county clerk,
#: a state transportation secretary, a city manager, a mayor, council members, a utilities commissioner as a regulator,
#: a state consumer advocate, an appointed school superintendent of a public district, county commissioners, a
#: sheriff); a utility's spokesperson, a lobbyist, a teachers' union president and a developer are `other`; a think
#: tank's fellow and political science professors are analysts; a state department, a commission, "the governor's
#: office", a county, a utility or a think tank speaking as itself is an `institution`; aides who asked not to be named
#: and "people at the Capitol" are `unnamed`.
STORIES = [
    (
        (
            "AUSTIN, Texas -- Gov. Laura Whitcombe on Monday threatened to veto the $290 billion budget passed by the "
            "Legislature unless lawmakers restored $1.4 billion for border security that the Senate had cut.",
            '"I will not sign a budget that treats the border as an afterthought," Whitcombe said at a news '
            "conference in the Capitol.",
            "Senate Majority Leader Dale Huckins, R-Midland, said the chamber had moved the money to rural hospitals "
            "that were closing at a rate of one a month.",
            '"Nobody in my district is asking for more fence. They are asking for an emergency room," Huckins said.',
            "Whitcombe's press secretary, Tanya Ruiz, said the governor had told Senate leaders of her priorities in "
            "January.",
            "House Speaker Curtis Bellamy, R-Tyler, said he expected a compromise before the session ended on June 2.",
            "Two Senate aides who asked not to be named because the talks were private said Huckins had offered "
            "to split the money between the two programs.",
            "Rebecca Lann, a senior fellow at the Lone Star Budget Institute, a think tank near the Capitol, said the "
            "state's surplus would cover both priorities this year but not next.",
        ),
        [
            # "threatened to veto ... unless": "threaten" is a cue of its own, with an infinitive (set after the run)
            ("to veto the $290 billion", "Laura Whitcombe", "official", ""),  # Gov.
            ("border as an afterthought", "Laura Whitcombe", "official", ""),  # Gov.
            ("rural hospitals", "Dale Huckins", "official", ""),  # Senate Majority Leader, R-Midland
            ("emergency room", "Dale Huckins", "official", ""),  # the same
            ("in January", "Tanya Ruiz", "official", ""),  # the governor's press secretary
            ("compromise before the session", "Curtis Bellamy", "official", ""),  # House Speaker
            ("split the money", "", "unnamed", ""),  # two aides not named
            ("both priorities", "Rebecca Lann", "analyst", "Lone Star Budget Institute"),  # senior fellow, think tank
        ],
    ),
    (
        (
            "HARRISBURG, Pa. -- Pennsylvania Attorney General Marcus Ofori sued three pharmacy benefit managers on "
            "Thursday, accusing them of inflating the price of insulin paid by the state employees' health plan.",
            '"These companies stood between patients and their medicine and charged a toll," Ofori said.',
            "A spokesperson for Medrana Health, one of the companies named, said the lawsuit misread how drug rebates "
            "worked and that the company would fight it in court.",
            "The state's Public Employees Benefit Fund said in a statement that it had paid $212 million more for "
            "insulin over five years than the list prices justified.",
            "State Sen. Karen Whitlow, D-Scranton, who sponsored a bill to cap insulin at $35 a month, said the suit "
            "showed why the Legislature needed to act.",
            "Daniel Mercer, a lobbyist who represents pharmacies in Harrisburg, said independent drugstores had been "
            "squeezed by the same companies for years.",
            '"Our members lose money on half the prescriptions they fill," Mercer said.',
        ),
        [
            # "sued ..., accusing them of inflating ...": "accuse of" is a cue (set after the run)
            ("inflating the price", "Marcus Ofori", "official", ""),  # Attorney General
            ("charged a toll", "Marcus Ofori", "official", ""),  # Attorney General
            ("drug rebates", "", "unnamed", ""),  # a company's spokesperson, not named: an anonymous source
            ("$212 million more", "Public Employees Benefit Fund", "institution", ""),
            ("needed to act", "Karen Whitlow", "official", ""),  # State Sen.
            ("squeezed by the same companies", "Daniel Mercer", "other", ""),  # lobbyist
            ("half the prescriptions", "Daniel Mercer", "other", ""),  # the same
        ],
    ),
    (
        (
            "PHOENIX -- Arizona Secretary of State Elena Vasquez-Hart said Wednesday her office had removed 41,000 "
            "names from the voter rolls of people who had died or moved out of state since the last election.",
            "Vasquez-Hart said every voter removed had been mailed two notices and given 90 days to answer.",
            '"No one lost the right to vote because of a typo in a database," she said.',
            "Pinal Ridge County Recorder Tom Albrecht, whose office keeps the rolls for the county, said his staff "
            "had found about 300 voters who were removed by mistake and restored them within a week.",
            "The Arizona Voting Rights Coalition said it would ask a federal judge to halt further removals until "
            "after the November election.",
            "Jessica Tran, a professor of political science at Arizona Central University, said purges in the months "
            "before an election were common but tended to fall on young and renting voters.",
            '"People who move often are the people these lists catch," Tran said.',
        ),
        [
            ("41,000", "Elena Vasquez-Hart", "official", ""),  # Secretary of State
            ("two notices", "Elena Vasquez-Hart", "official", ""),  # the same
            ("typo in a database", "Elena Vasquez-Hart", "official", ""),  # the same
            ("removed by mistake", "Tom Albrecht", "official", ""),  # county recorder
            ("halt further removals", "Arizona Voting Rights Coalition", "institution", ""),
            ("young and renting", "Jessica Tran", "analyst", "Arizona Central University"),  # professor
            ("move often", "Jessica Tran", "analyst", ""),  # the same
        ],
    ),
    (
        (
            "The Georgia Department of Transportation said Tuesday it would add two toll lanes to 14 miles of "
            "Interstate 85 north of Atlanta, a $2.3 billion project it expects to finish in 2031.",
            "Transportation Commissioner Wendell Price told the State Transportation Board that tolls would pay for "
            "about two-thirds of the cost.",
            '"Drivers who want a faster trip will pay for it, and drivers who do not will still get a lighter road," '
            "Price said.",
            "Hollis Springs City Manager Andrea Boyd said the city had asked the department to add a sound wall "
            "along the neighborhoods that back onto the highway.",
            "Councilman Raymond Ellis, whose district includes the interchange, said residents had waited a decade "
            "for the state to fix the exit ramps.",
            '"They are not against the lanes. They are against another ten years of construction dust," Ellis said.',
            "A spokesman for Peachway Partners, the company bidding to build and run the lanes, declined to comment.",
        ),
        [
            ("two toll lanes", "Georgia Department of Transportation", "institution", ""),
            ("two-thirds of the cost", "Wendell Price", "official", ""),  # Transportation Commissioner
            ("lighter road", "Wendell Price", "official", ""),  # the same
            ("sound wall", "Andrea Boyd", "official", ""),  # City Manager of Hollis Springs
            ("exit ramps", "Raymond Ellis", "official", ""),  # Councilman
            ("construction dust", "Raymond Ellis", "official", ""),  # the same
        ],
    ),
    (
        (
            "COLUMBUS, Ohio -- The Public Utilities Commission of Ohio on Thursday approved a 9 percent rise in "
            "electricity rates for customers of Buckeye Valley Power, less than half what the utility had asked for.",
            "Commission Chair Nadia Fontaine said the utility had not shown that its storm costs could not be met from "
            "the rates it already charged.",
            "Buckeye Valley Power spokesperson Greg Hollister said the company was disappointed and would consider "
            "asking the commission for a rehearing.",
            '"We spent that money restoring power to 400,000 homes after the July storms," Hollister said.',
            "Ohio Consumers' Counsel Maureen Okoye, whose office represents residential customers before the "
            "commission, said the increase was still too high for families on fixed incomes.",
            "Ben Stroud, an energy analyst at the Buckeye Institute for Public Policy, said the decision would make "
            "it harder for the utility to borrow for its grid upgrades.",
        ),
        [
            ("storm costs", "Nadia Fontaine", "official", ""),  # commission chair, a regulator
            ("rehearing", "Greg Hollister", "other", "Buckeye Valley Power"),  # the utility's spokesperson
            ("400,000 homes", "Greg Hollister", "other", ""),  # the same
            ("fixed incomes", "Maureen Okoye", "official", ""),  # a state office's counsel for consumers
            ("grid upgrades", "Ben Stroud", "analyst", "Buckeye Institute for Public Policy"),  # energy analyst
        ],
    ),
    (
        (
            "RALEIGH, N.C. -- The North Carolina State Board of Education voted 9-2 on Wednesday to require every "
            "third-grader to pass a reading test before moving on to fourth grade, starting in 2028.",
            "Board Chair Howard Pritchett said the state had let too many children reach middle school unable to "
            "read a chapter book.",
            "Superintendent of Public Instruction Carla Jennings, who voted against the rule, said schools had "
            "not been given the money to hire the reading coaches it would take.",
            '"You cannot hold children back and call it a plan," Jennings said after the vote.',
            "Wake Hollow County Schools Superintendent Derrick Boone said his district would need about 60 more "
            "reading teachers to meet the standard.",
            "The North Carolina Association of Educators said the rule would punish children for the state's own "
            "failure to fund schools.",
            "Its president, Lisa Carmody, a former fourth-grade teacher, said the union would lobby the General "
            "Assembly to delay the rule.",
        ),
        [
            ("chapter book", "Howard Pritchett", "official", ""),  # Board Chair, a state board
            ("reading coaches", "Carla Jennings", "official", ""),  # state superintendent, elected
            ("call it a plan", "Carla Jennings", "official", ""),  # the same
            ("60 more", "Derrick Boone", "official", ""),  # a public district's superintendent
            ("failure to fund", "North Carolina Association of Educators", "institution", ""),
            ("delay the rule", "Lisa Carmody", "other", "North Carolina Association of Educators"),  # union president
        ],
    ),
    (
        (
            "The Marlow County Board of Commissioners on Tuesday approved $18 million to add 200 beds to the county "
            "jail, overruling objections from residents who packed the meeting room.",
            "Commission Chairman Lyle Dorsey said the jail had held more inmates than it was built for on 300 days "
            "of the past year.",
            '"We are out of room, and the state inspectors have told us so in writing," Dorsey said.',
            "Commissioner Ana Beltran, who cast the lone vote against the plan, said the county should spend the "
            "money on a mental health crisis center instead.",
            "Sheriff Frank Kowalski said a third of the people in his jail were waiting for a mental health "
            "evaluation that could take months.",
            '"I run the biggest psychiatric ward in this county, and I am not a doctor," Kowalski said.',
            "Several residents said the county had never asked them what they wanted.",
        ),
        [
            ("300 days", "Lyle Dorsey", "official", ""),  # commission chairman
            ("in writing", "Lyle Dorsey", "official", ""),  # the same
            ("crisis center", "Ana Beltran", "official", ""),  # county commissioner
            ("a third of the people", "Frank Kowalski", "official", ""),  # sheriff
            ("not a doctor", "Frank Kowalski", "official", ""),  # the same
            ("never asked them", "", "unnamed", ""),  # several residents, a group
        ],
    ),
    (
        (
            "DENVER -- The Denver City Council voted 8-5 late Monday to let owners build up to three homes on lots "
            "now zoned for one, the biggest change to the city's zoning code in four decades.",
            "Mayor Patricia Osei said the vote would let teachers, nurses and firefighters afford to live in the "
            "city they serve.",
            '"We cannot keep asking people to protect a city they cannot afford to sleep in," Osei said.',
            "Councilwoman Jean Hadley, who represents the Cherry Ridge neighborhood, said the change would crowd "
            "streets that were never built for it.",
            "Council President Marco Deleon said he had voted for the plan after the council added rules on "
            "parking and tree cover.",
            "Samuel Okonkwo, a developer who builds townhomes in the city, said the rule would not lower prices "
            "unless the city also sped up its permits.",
            "Amy Lindgren, a housing policy researcher at the Common Ground Policy Center in Denver, said cities that "
            "had made similar changes saw small but steady gains in new homes.",
        ),
        [
            ("afford to live", "Patricia Osei", "official", ""),  # Mayor
            ("afford to sleep in", "Patricia Osei", "official", ""),  # the same
            ("crowd streets", "Jean Hadley", "official", ""),  # Councilwoman
            ("parking and tree cover", "Marco Deleon", "official", ""),  # Council President
            ("sped up its permits", "Samuel Okonkwo", "other", ""),  # a developer
            ("steady gains", "Amy Lindgren", "analyst", "Common Ground Policy Center"),  # researcher
        ],
    ),
    (
        (
            "ALBANY, N.Y. -- With three days left in the legislative session, lawmakers in Albany said on Wednesday "
            "that a bill to let voters in New York's towns adopt ranked-choice voting was unlikely to reach a floor "
            "vote.",
            "Assembly Majority Leader Denise Kellerman, D-Yonkers, said the chamber had too many budget bills "
            "still waiting to take up a change to election law.",
            "The bill's sponsor, Sen. Paul Abernathy, D-Ithaca, said he would bring it back in January.",
            '"Good ideas do not expire in June. They just wait," Abernathy said.',
            "Leaders of the state Republican Party said ranked-choice voting confused voters and slowed down counts.",
            "Gerald Fisk, a professor of political science at the State University of New York at Oswego, said "
            "the last days of a session were when leaders quietly let bills die.",
            '"Nobody votes no. They just never schedule it," Fisk said.',
            "Kimberly Shaw, a lobbyist for the New York Association of Towns, said the group had not taken a "
            "position on the bill.",
        ),
        [
            ("floor vote", "", "unnamed", ""),  # lawmakers, a group
            ("too many budget bills", "Denise Kellerman", "official", ""),  # Assembly Majority Leader
            ("bring it back", "Paul Abernathy", "official", ""),  # Sen.
            ("just wait", "Paul Abernathy", "official", ""),  # the same
            ("slowed down counts", "", "unnamed", ""),  # a party's leaders, a group
            ("quietly let bills die", "Gerald Fisk", "analyst", "State University of New York"),  # professor
            ("never schedule it", "Gerald Fisk", "analyst", ""),  # the same
            ("taken a position", "Kimberly Shaw", "other", "New York Association of Towns"),  # lobbyist for a group
        ],
    ),
    (
        (
            "INDIANAPOLIS -- Gov. Robert Haverford called lawmakers back for a special session on property taxes "
            "starting Aug. 12, after assessments in some counties rose by more than 30 percent.",
            "The governor's office said in a statement that the session would be limited to capping how fast "
            "homeowners' tax bills could grow.",
            "Senate President Pro Tem Arnold Vickers, R-Kokomo, said he supported a cap but worried about what it "
            "would do to school and library budgets.",
            '"Every dollar we take off a tax bill comes out of a classroom or a fire truck somewhere," Vickers said.',
            "Hamlin County Auditor Sheila Burke said her office would have to reprint 90,000 tax bills if the cap "
            "took effect this year.",
            "The Indiana Association of Cities and Towns warned that a hard cap would force cuts to police and "
            "road budgets.",
            "People at the Statehouse said the governor's staff had already drafted the bill.",
            "Frank Ellery, the governor's chief of staff, said the governor would sign a cap as soon as it reached "
            "his desk.",
        ),
        [
            # "The governor's office said": a person's office speaks for the person the article names in the role
            # (as "his office" is him; the rule of quotes/offices.py; set after the run)
            ("capping how fast", "Robert Haverford", "official", ""),
            ("library budgets", "Arnold Vickers", "official", ""),  # Senate President Pro Tem
            ("fire truck", "Arnold Vickers", "official", ""),  # the same
            ("90,000 tax bills", "Sheila Burke", "official", ""),  # county auditor
            ("police and road budgets", "Indiana Association of Cities and Towns", "institution", ""),
            ("already drafted", "", "unnamed", ""),  # people at the Statehouse
            ("reached his desk", "Frank Ellery", "official", ""),  # the governor's chief of staff
        ],
    ),
]
