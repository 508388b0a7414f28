"""The twenty-first round of blind profile probes: fictional business and politics stories in the register of North
American online news sites (datelines with a state, "Sen. X, D-N.M.", "Gov.", "Rep.", titles before names, "CEO X",
"chief financial officer", analysts "at", "with" and "of" a firm, union presidents, a state attorney general, a city
council member, campaign spokespeople, a pollster, a Fed bank president) on subjects earlier rounds did not cover (an
airline merger the Justice Department sues to block, a state budget standoff, a department store chain's bankruptcy,
a utility's rate hike hearing, a crop insurance fight in farm states, a dockworkers' strike over port automation, a
chip plant subsidy, a mayoral race debate), and for each quote the speaker, kind, role and affiliation written before
the stories were run (test_profiles_blind_probes_twentyfirst.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked, as the scorer checks none. Cabinet secretaries, a governor, a mayor, a state attorney general, a state
#: budget secretary, senators and representatives, a city council member, a county commissioner, a utility regulator,
#: a bankruptcy judge, a Fed bank president, a port authority's director and a White House spokeswoman are officials
#: (a governor, mayor or attorney general affiliated to the state or city written before the title, staff to their
#: body); executives, a chief restructuring officer, union presidents, a trade group's vice president, a consumer
#: group's director, candidates and campaign staff without public office, a farmer, a shop owner and a shopper are
#: `other`; analysts at banks, brokers, rating agencies and research firms, a retail consultant, professors, an
#: economist, an advocacy group's senior analyst and a pollster are analysts; "Senate Republicans" and "economists at
#: Y" are unnamed. A US legislator's party letters ("D-N.M.", "R-Lancaster") name no organisation, so their
#: affiliation is left empty (the guidelines tie a speaker to an organisation the article names, and a party label is
#: an abbreviation of none); a chamber or committee a legislator sits on is left empty as in earlier rounds. A body
#: speaking as itself is keyed by the fullest name the article gives it. After the run two names were changed so
#: that no run of seven words is shared with a corpus article (a port authority's, a political scientist's), with
#: their gold.
STORIES = [
    (
        (
            "WASHINGTON — The Justice Department sued Tuesday to block Cascade Airlines' $3.8 billion purchase of "
            "Pinnacle Air, saying the deal would push up fares on more than 200 routes out of Denver and Salt Lake "
            "City.",
            '"This merger would leave travelers in the Mountain West with fewer choices and higher prices," Assistant '
            "Attorney General Rachel Kwan, who heads the department's antitrust division, said in a statement.",
            "Cascade CEO Derek Holloway said the company would fight the lawsuit, arguing that a larger carrier could "
            "finally compete with the four biggest U.S. airlines.",
            "\"We're disappointed, but we're confident a judge will see it our way,\" Holloway told analysts on a "
            "conference call.",
            "Pinnacle's chief financial officer, Lauren Maddox, said the smaller carrier could run short of cash by "
            "next summer if the deal collapsed.",
            "Savitri Rao, an airline analyst with Raymond James, said investors were pricing in about a 40% chance "
            "that the deal would close.",
            "Sen. Ana Ortiz, D-N.M., who chairs the Senate Judiciary Committee's antitrust panel, said regulators "
            "should also take a harder look at airline joint ventures.",
            "Tamika Boone, president of the Airline Crew Alliance, which represents 6,000 Pinnacle flight attendants, "
            "said the union would back the deal only if Cascade promised no layoffs.",
            "Ron Whitaker, a professor of economics at the University of Colorado Boulder, said fares on routes where "
            "two carriers merged typically rose 8% to 10% within two years.",
            "Transportation Secretary Mark Ellison told reporters at an unrelated event that his department would "
            "review the carriers' takeoff and landing slots at Newark.",
        ),
        [
            ("push up fares", "Justice Department", "institution", ""),
            ("fewer choices", "Rachel Kwan", "official", "Justice Department"),  # assistant attorney general
            ("fight the lawsuit", "Derek Holloway", "other", "Cascade Airlines"),  # CEO
            ("see it our way", "Derek Holloway", "other", "Cascade Airlines"),  # CEO
            ("short of cash", "Lauren Maddox", "other", "Pinnacle Air"),  # chief financial officer
            ("40% chance", "Savitri Rao", "analyst", "Raymond James"),  # airline analyst
            ("joint ventures", "Ana Ortiz", "official", ""),  # senator, antitrust panel chair
            ("no layoffs", "Tamika Boone", "other", "Airline Crew Alliance"),  # union president
            ("8% to 10%", "Ron Whitaker", "analyst", "University of Colorado Boulder"),  # economics professor
            ("landing slots", "Mark Ellison", "official", ""),  # transportation secretary
        ],
    ),
    (
        (
            "HARRISBURG, Pa. — Pennsylvania lawmakers missed the June 30 deadline to pass a budget for the fifth "
            "straight year, and Pennsylvania Gov. Maureen Kessler said Monday she would not sign any plan that cut "
            "school funding.",
            '"I\'ve been clear from day one: our schools are not a bargaining chip," Kessler, a Democrat, told '
            "reporters in the Capitol rotunda.",
            "Senate Majority Leader Doug Brenner, R-Lancaster, said his caucus would not accept a tax increase of any "
            "kind.",
            '"The governor wants to spend money the state doesn\'t have," Brenner said.',
            "House Speaker Janelle Pruitt, D-Philadelphia, said the House had passed its version of the budget in "
            "June and it was up to the Senate to act.",
            "The state's Independent Fiscal Office said in a report last week that revenue would fall short of "
            "spending by about $3.2 billion next year.",
            "Budget Secretary Alan Fretz said the state could pay its bills through September by drawing on its "
            "rainy day fund.",
            "Rosa Delgado, president of the Keystone Teachers Federation, said several school districts had started "
            "borrowing to cover payroll.",
            "A long impasse would not by itself lead to a downgrade, said Priya Natarajan, a vice president of "
            "Moody's Investors Service.",
            "Senate Republicans said in a statement that the governor's plan would raise spending by 8%.",
            "Tom Kerrigan, a county commissioner in Cambria County, said the county had stopped paying some social "
            "services providers.",
        ),
        [
            ("bargaining chip", "Maureen Kessler", "official", "Pennsylvania"),  # governor
            ("not sign any plan", "Maureen Kessler", "official", "Pennsylvania"),  # governor
            ("tax increase", "Doug Brenner", "official", ""),  # senate majority leader
            ("doesn't have", "Doug Brenner", "official", ""),  # senate majority leader
            ("up to the Senate", "Janelle Pruitt", "official", ""),  # house speaker
            ("$3.2 billion", "Independent Fiscal Office", "institution", ""),
            ("rainy day fund", "Alan Fretz", "official", ""),  # budget secretary
            ("cover payroll", "Rosa Delgado", "other", "Keystone Teachers Federation"),  # union president
            ("downgrade", "Priya Natarajan", "analyst", "Moody's Investors Service"),  # rating agency vice president
            ("raise spending by 8%", "", "unnamed", ""),  # Senate Republicans
            ("social services", "Tom Kerrigan", "official", "Cambria County"),  # county commissioner
        ],
    ),
    (
        (
            "NEW YORK — Fenwick Stores, the 140-year-old department store chain, filed for Chapter 11 bankruptcy "
            "protection Wednesday and said it would close 85 of its 212 stores.",
            "CEO Dana Whitcomb said in a letter to employees that the chain had been squeezed by online rivals and by "
            "the debt it took on in a 2019 leveraged buyout.",
            '"This is not the end of Fenwick," Whitcomb wrote. "It is the chance to build a smaller, stronger '
            'company."',
            "Fenwick's chief restructuring officer, Michael Tarrant, said in a court filing that the company "
            "expected to emerge from bankruptcy by spring.",
            "U.S. Bankruptcy Judge Karen Whitlow in Wilmington, Delaware, approved the company's request to keep "
            "paying its workers, saying employees should not bear the cost of the filing.",
            "Marisol Guerrero, a retail analyst with Telsey Advisory Group, said the closures would hit malls in the "
            "Midwest hardest.",
            '"Department stores have been shrinking for 20 years, and the debt just sped it up," said Brian Okafor, '
            "a retail consultant at Kestrel Partners.",
            "Marcus Bell, president of Local 1102 of the Retail, Wholesale and Department Store Union, said about "
            "900 of his members worked at Fenwick stores in New York and New Jersey.",
            "Federal Reserve Bank of Cleveland President Anita Osei said at a conference in Columbus on Wednesday "
            "that consumers were still spending but had become far choosier.",
            "At the chain's flagship store in Manhattan, Gloria Pinto, 67, a retired teacher from Queens, said she "
            "had shopped there since she was a girl.",
        ),
        [
            ("close 85", "Fenwick Stores", "institution", ""),
            ("online rivals", "Dana Whitcomb", "other", "Fenwick Stores"),  # CEO
            ("not the end of Fenwick", "Dana Whitcomb", "other", "Fenwick Stores"),  # CEO
            ("emerge from bankruptcy", "Michael Tarrant", "other", "Fenwick Stores"),  # chief restructuring officer
            ("bear the cost", "Karen Whitlow", "official", ""),  # bankruptcy judge
            ("Midwest hardest", "Marisol Guerrero", "analyst", "Telsey Advisory Group"),  # retail analyst
            ("shrinking for 20 years", "Brian Okafor", "analyst", "Kestrel Partners"),  # retail consultant
            ("900 of his members", "Marcus Bell", "other", "Retail, Wholesale and Department Store Union"),  # local
            ("choosier", "Anita Osei", "official", "Federal Reserve Bank of Cleveland"),  # Fed bank president
            ("since she was a girl", "Gloria Pinto", "other", ""),  # shopper, retired teacher
        ],
    ),
    (
        (
            "LANSING, Mich. — Consumer and business groups packed a hearing of the Michigan Public Service Commission "
            "on Thursday to oppose Great Lakes Electric's request to raise residential rates by 11%.",
            "The utility says it needs the extra $620 million a year to bury power lines and replace aging poles "
            "after two summers of long outages.",
            '"Every dollar in this request goes to keeping the lights on when the next storm hits," Great Lakes '
            "Electric vice president for regulatory affairs Tonya Rivers told the commission.",
            "Commission Chair Helen Okonkwo said the three commissioners would rule by December and had asked the "
            "utility for more detail on its tree-trimming costs.",
            "Michigan Attorney General Vanessa Price, whose office intervenes in rate cases on behalf of residential "
            "customers, said the utility's shareholders, not its customers, should pay for storm repairs.",
            '"They are asking families to pay for a decade of neglect," Price said.',
            "Jordan Whitt, executive director of the Citizens Utility Board of Michigan, said Great Lakes had earned "
            "more than its allowed return in four of the last five years.",
            "State Rep. Luis Navarro, D-Grand Rapids, said he would introduce a bill to bar utilities from charging "
            "customers for lobbying costs.",
            "Paul Dinsmore, who owns a hardware store in Flint, said his monthly bill had doubled since 2020.",
            "Morningstar analyst Kevin Tully said regulators in Michigan had approved about 60% of what utilities "
            "asked for in recent cases.",
            "In a statement after the hearing, the utility said it had cut outage times by a fifth since 2022.",
        ),
        [
            ("bury power lines", "Great Lakes Electric", "institution", ""),
            ("keeping the lights on", "Tonya Rivers", "other", "Great Lakes Electric"),  # regulatory vice president
            ("tree-trimming", "Helen Okonkwo", "official", "Michigan Public Service Commission"),  # commission chair
            ("storm repairs", "Vanessa Price", "official", "Michigan"),  # attorney general
            ("decade of neglect", "Vanessa Price", "official", "Michigan"),  # attorney general
            ("allowed return", "Jordan Whitt", "other", "Citizens Utility Board of Michigan"),  # executive director
            ("lobbying costs", "Luis Navarro", "official", ""),  # state representative
            ("doubled since 2020", "Paul Dinsmore", "other", ""),  # hardware store owner
            ("about 60%", "Kevin Tully", "analyst", "Morningstar"),  # analyst
            ("by a fifth", "Great Lakes Electric", "institution", ""),
        ],
    ),
    (
        (
            "DES MOINES, Iowa — Agriculture Secretary Brooke Dalton said Tuesday the department would not cut "
            "premium subsidies for crop insurance, after farm-state lawmakers of both parties objected to a White "
            "House budget plan.",
            '"Crop insurance is the safety net farmers asked for, and we\'re going to keep it," Dalton told the '
            "Iowa Farm Bureau Federation's annual meeting.",
            "Sen. Dale Hagstrom, R-Iowa, said the proposal to cap subsidies at $40,000 per farm would hit mid-sized "
            "family operations hardest.",
            "Rep. Maria Fuentes, D-Minn., the top Democrat on the House Agriculture Committee, said she welcomed the "
            "decision but wanted it in writing.",
            "Iowa Farm Bureau Federation President Gary Lindahl said premiums had risen 30% in three years.",
            "Lena Prescott, a senior analyst at the Environmental Working Group, said most of the subsidy went to "
            "the largest 10% of farms.",
            "Wendy Ostrom, an agricultural economist at Iowa State University, said the cap would have affected "
            "about one in eight Iowa corn growers.",
            "Kevin Ruble, who farms 2,400 acres of corn and soybeans near Ames, said he could not get a bank loan "
            "without insurance.",
            'The Office of Management and Budget said in a statement that the budget "reflects hard choices" and '
            "that it would work with Congress.",
            'White House spokeswoman Kayla Stone said the administration remained committed to "a strong farm '
            'safety net."',
        ),
        [
            ("premium subsidies", "Brooke Dalton", "official", ""),  # agriculture secretary
            ("going to keep it", "Brooke Dalton", "official", ""),  # agriculture secretary
            ("mid-sized family", "Dale Hagstrom", "official", ""),  # senator
            ("in writing", "Maria Fuentes", "official", ""),  # representative, committee's top Democrat
            ("30% in three years", "Gary Lindahl", "other", "Iowa Farm Bureau Federation"),  # farm group president
            ("largest 10%", "Lena Prescott", "analyst", "Environmental Working Group"),  # senior analyst
            ("one in eight", "Wendy Ostrom", "analyst", "Iowa State University"),  # agricultural economist
            ("bank loan", "Kevin Ruble", "other", ""),  # farmer
            ("hard choices", "Office of Management and Budget", "institution", ""),
            ("strong farm", "Kayla Stone", "official", "White House"),  # spokeswoman
        ],
    ),
    (
        (
            "NEWARK, N.J. — Dockworkers walked off the job at 14 East and Gulf Coast ports early Tuesday after talks "
            "on a new contract broke down over automated cranes, the International Longshoremen's Association said.",
            "ILA President Frank Mazzone told members at a rally outside Port Newark that the union would stay out "
            '"as long as it takes."',
            '"No machine is going to take the job of a man or woman who has worked these docks for 30 years," '
            "Mazzone said.",
            "The United States Maritime Alliance, which represents port employers and ocean carriers, said in a "
            "statement that it had offered a 50% wage increase over six years.",
            "Acting Labor Secretary Denise Pham said federal mediators were in contact with both sides.",
            "Carla Benning, vice president for supply chain policy at the National Retail Federation, said retailers "
            "had shipped holiday goods early but could not wait out a long strike.",
            "The Harbor Authority of New York and Connecticut's port director, Glenn Sato, said about 40 ships were "
            "waiting at anchor outside the harbor.",
            "Marco Ferreira, chief analyst at freight data firm Seabridge Analytics, said each day of the strike "
            "would take about a week to clear.",
            "Economists at Oxford Economics said in a note that the shutdown could cost the economy up to $4.5 "
            "billion a day.",
            "New Jersey Gov. Paul Radcliffe urged both sides to return to the table and said the state's economy "
            "could not afford a long shutdown.",
        ),
        [
            ("automated cranes", "International Longshoremen's Association", "institution", ""),
            ("as long as it takes", "Frank Mazzone", "other", "International Longshoremen's Association"),  # president
            ("No machine", "Frank Mazzone", "other", "International Longshoremen's Association"),  # union president
            ("50% wage increase", "United States Maritime Alliance", "institution", ""),
            ("federal mediators", "Denise Pham", "official", ""),  # acting labor secretary
            ("holiday goods", "Carla Benning", "other", "National Retail Federation"),  # trade group vice president
            ("40 ships", "Glenn Sato", "official", "Harbor Authority of New York and Connecticut"),  # port director
            ("a week to clear", "Marco Ferreira", "analyst", "Seabridge Analytics"),  # chief analyst
            ("$4.5", "", "unnamed", "Oxford Economics"),  # economists
            ("return to the table", "Paul Radcliffe", "official", "New Jersey"),  # governor
            ("could not afford", "Paul Radcliffe", "official", "New Jersey"),  # governor
        ],
    ),
    (
        (
            "AUSTIN, Texas — The Commerce Department said Thursday it would give chipmaker Veridian Semiconductor up "
            "to $2.1 billion in grants to help build a factory outside Austin, the latest award under the CHIPS and "
            "Science Act.",
            "Commerce Secretary Alan Brightman said the plant would make chips for cars and power grids that the "
            "country now imports from Asia.",
            '"These are the chips in your pickup truck and your dishwasher," Brightman said on a call with reporters.',
            "Veridian CEO Priya Raman said construction would start in the spring and the factory would employ about "
            "1,800 people when it opens in 2028.",
            "Texas Gov. Wade Tillman said the state had added $300 million in tax breaks and road work.",
            "Hutto Mayor Sandra Kell said the city would need a new water treatment plant to supply the factory.",
            "Hutto City Council member Rafael Ibarra, who voted against the incentive package, said residents had "
            "been told little about how much water the plant would use.",
            "Devin Marsh, an analyst at Wedbush Securities, said the grant was smaller than Veridian had sought.",
            '"The subsidy is nice, but the real question is whether they can find enough customers," said Lisa '
            "Chao, a semiconductor analyst with TD Cowen.",
            "Sen. Carla Voss, R-Texas, who helped write the law, said the award showed it was working.",
        ),
        [
            ("$2.1 billion", "Commerce Department", "institution", ""),
            ("imports from Asia", "Alan Brightman", "official", ""),  # commerce secretary
            ("pickup truck", "Alan Brightman", "official", ""),  # commerce secretary
            ("1,800 people", "Priya Raman", "other", "Veridian Semiconductor"),  # CEO
            ("$300 million", "Wade Tillman", "official", "Texas"),  # governor
            ("water treatment", "Sandra Kell", "official", "Hutto"),  # mayor
            ("told little", "Rafael Ibarra", "official", "Hutto City Council"),  # city council member
            ("smaller than Veridian", "Devin Marsh", "analyst", "Wedbush Securities"),  # analyst
            ("enough customers", "Lisa Chao", "analyst", "TD Cowen"),  # semiconductor analyst
            ("was working", "Carla Voss", "official", ""),  # senator
        ],
    ),
    (
        (
            "MILWAUKEE — The two candidates for Milwaukee mayor clashed over police staffing and property taxes in "
            "their only televised debate Tuesday night, a week before the April election.",
            "City Council member Elena Vasquez, who represents the South Side, said the city should hire 200 more "
            "officers over four years and pay for them by cutting overtime.",
            '"You can\'t tell families to feel safe when 911 calls go unanswered for 20 minutes," Vasquez said.',
            "Her opponent, businessman Grant Holcomb, who owns a chain of car dealerships, said he would freeze "
            "property taxes for three years.",
            "\"I've met a payroll. She's never had to,\" Holcomb said.",
            "Holcomb's campaign spokesperson, Jenna Moll, said after the debate that Vasquez had \"no plan to pay "
            'for any of it."',
            'Vasquez campaign manager Luis Ortega said the council member had "won the night on the facts."',
            "Paul Dreyer, director of the Lakeshore University Polling Center, said about one in eight likely "
            "voters remained undecided.",
            "Milwaukee Police Association President Andrew Wall said the union had endorsed Holcomb because he "
            "promised a new contract in his first 100 days.",
            "Outgoing Mayor Richard Soto, who has not endorsed either candidate, said he hoped the winner would keep "
            "the city's budget balanced.",
            "Nadia Ferris, a political scientist who teaches at the University of Wisconsin-Milwaukee, said turnout on "
            "the city's North Side would decide the race.",
        ),
        [
            ("200 more officers", "Elena Vasquez", "official", ""),  # city council member, candidate
            ("go unanswered", "Elena Vasquez", "official", ""),  # city council member, candidate
            ("freeze property taxes", "Grant Holcomb", "other", ""),  # businessman, candidate
            ("met a payroll", "Grant Holcomb", "other", ""),  # businessman, candidate
            ("no plan to pay", "Jenna Moll", "other", ""),  # campaign spokesperson
            ("won the night", "Luis Ortega", "other", ""),  # campaign manager
            ("one in eight", "Paul Dreyer", "analyst", "Lakeshore University Polling Center"),  # pollster
            ("first 100 days", "Andrew Wall", "other", "Milwaukee Police Association"),  # union president
            ("budget balanced", "Richard Soto", "official", "Milwaukee"),  # outgoing mayor
            ("North Side", "Nadia Ferris", "analyst", "University of Wisconsin-Milwaukee"),  # political scientist
        ],
    ),
]
