"""The fifty-third round of blind profile probes: fictional jobs, wages and labour-market news from the wire, the
business pages and the labour press (a monthly jobs report with a statistics agency's commissioner, a labour minister,
economists at a bank, a staffing firm and a university and a payroll processor "said in its report"; a city's
minimum-wage increase with a council member, a restaurant owners' association and its president and a cook; a union
organising drive at a warehouse with an organiser, the company's spokesperson, a labour board's regional director and
a labour-law professor; a strike vote at a port with the union local's president, the employers' association and a
port authority; a layoffs announcement with the chief executive on an earnings call, a state workforce agency and a
worker named by his first name), and for each quote the speaker, kind and affiliation written before the stories were
run (test_profiles_blind_probes_fiftythird.py). Blind: 15 wrong of 53; one gold slip (a bank
economist's direct quote after a new cue, "she said", left out of the gold), 14 of 54 after it."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: economists at a bank, a staffing firm and a university, a labour-law professor and a former
#: labour-board chairman speaking as an expert are analysts; a statistics agency's commissioner, a labour minister, a
#: city council member, a mayor, a labour board's regional director and a state senator are officials; an organiser, a
#: union local's president, a company's spokesperson, a chief executive, a chief financial officer, an association's
#: president, a cook, a warehouse worker and a laid-off worker are `other`; a statistics office, a payroll processor, a
#: restaurant owners' association, a carmaker, an employers' association, a port authority, a state workforce agency
#: and unions speaking as themselves are `institution` under the fullest name the article gives them; "economists
#: polled by" a wire service, "several workers", "several business owners" and "people familiar with the talks" are
#: `unnamed`. A report, a survey or a notice is no speaker.
STORIES = [
    (
        (
            "OTTAWA -- Employers added 41,300 jobs in October, far more than expected, and the unemployment rate fell "
            "to 5.6%, the National Labour Statistics Office said on Friday.",
            "Economists polled by Meridian Wire had forecast a gain of about 15,000 jobs.",
            "Most of the gains came in health care and construction, while manufacturing shed jobs for a third "
            "straight month, the office said.",
            "Chief Statistician Miriam Oduya told reporters that the drop in unemployment was not caused by people "
            "leaving the labour force, which had worried economists after September's report.",
            '"Participation held steady, so this is real hiring, not people giving up," Oduya said.',
            "Labour Minister Patrick Desrosiers welcomed the figures but warned that factory towns were still "
            "struggling.",
            '"A good national number is no comfort in a town where the plant just closed," Desrosiers said in a '
            "statement.",
            "Hannah Whitcombe, a senior economist at Lakeshore Bank, said the report made a rate cut in December "
            'less likely. "The central bank wanted to see the labour market cool, and it simply is not cooling," '
            "she said.",
            "Wage growth slowed to 3.9% from a year earlier, down from 4.4% in September.",
            "Damian Roth, chief economist at staffing firm Talentbridge, said employers were still struggling to fill "
            "skilled jobs even as they cut back on temporary workers, a pattern that often comes before a slowdown.",
            '"Temp hiring is the canary," Roth said. "It has been falling since the spring."',
            "Brightpay, the payroll processor, said in its report on Wednesday that small businesses added 9,000 "
            "workers in October, the fewest in a year.",
            "Anita Sokolowski, a labour economist at the University of Westbrook, cautioned against reading too much "
            "into a single month, noting that the survey's margin of error is about 30,000 jobs.",
        ),
        [
            ("41,300 jobs", "National Labour Statistics Office", "institution", ""),  # the agency as itself
            ("15,000 jobs", "", "unnamed", ""),  # economists polled by a wire service
            ("health care", "National Labour Statistics Office", "institution", ""),  # "the office said"
            ("leaving the labour force", "Miriam Oduya", "official", ""),  # Chief Statistician
            ("real hiring", "Miriam Oduya", "official", ""),  # the same
            ("factory towns", "Patrick Desrosiers", "official", ""),  # Labour Minister, "warned that"
            ("no comfort", "Patrick Desrosiers", "official", ""),  # the same, "said in a statement"
            ("rate cut", "Hannah Whitcombe", "analyst", "Lakeshore Bank"),  # a bank's senior economist
            ("labour market cool", "Hannah Whitcombe", "analyst", ""),  # the same, a new cue (gold slip: left out)
            ("canary", "Damian Roth", "analyst", "Talentbridge"),  # a staffing firm's chief economist
            ("skilled jobs", "Damian Roth", "analyst", "Talentbridge"),  # the same, reported
            ("9,000", "Brightpay", "institution", ""),  # the payroll processor, "said in its report"
            ("single month", "Anita Sokolowski", "analyst", "University of Westbrook"),  # a university economist
        ],
    ),
    (
        (
            "PORTLAND, Ore. -- The City Council voted 7-2 on Wednesday to raise the minimum wage inside city limits "
            "to $19.50 an hour by 2028, the highest in the state.",
            "Council member Rosa Castellano, who wrote the ordinance, said workers could no longer afford to live in "
            "the city where they cooked, cleaned and stocked shelves.",
            '"Nobody who works full time here should have to sleep in their car," Castellano said before the vote.',
            "Council member Gordon Pike, who voted against it, said the increase would push small restaurants to "
            "cut hours or move across the river.",
            "The Oregon Restaurant Owners Association said in a statement that a fifth of its members in the city "
            "were already losing money and that many would raise menu prices.",
            "Its president, Lydia Farnsworth, who owns two diners in the city, said she would stop hiring until she "
            "saw how customers reacted.",
            '"We are not against good wages," Farnsworth said. "We are against being told to pay them from money we '
            'do not have."',
            "Marcus Ibe, a line cook at a downtown hotel, said his rent had risen by $400 a month since January.",
            '"I work two jobs and still check my bank balance before I buy groceries," he said.',
            "Several business owners on the city's east side said they had already raised wages above the new floor "
            "to keep staff.",
            "Mayor Teresa Huang said she would sign the ordinance this week.",
        ),
        [
            ("afford to live", "Rosa Castellano", "official", ""),  # Council member
            ("sleep in their car", "Rosa Castellano", "official", ""),  # the same
            ("cut hours", "Gordon Pike", "official", ""),  # Council member
            ("a fifth of its members", "Oregon Restaurant Owners Association", "institution", ""),
            ("stop hiring", "Lydia Farnsworth", "other", "Oregon Restaurant Owners Association"),  # its president
            ("good wages", "Lydia Farnsworth", "other", ""),  # the same, two sentences
            ("$400 a month", "Marcus Ibe", "other", ""),  # a line cook
            ("two jobs", "Marcus Ibe", "other", ""),  # the same, "he said"
            ("new floor", "", "unnamed", ""),  # several business owners
            ("sign the ordinance", "Teresa Huang", "official", ""),  # Mayor
        ],
    ),
    (
        (
            "BESSEMER, Ala. -- Workers at a Parcelway fulfilment center outside Birmingham will vote next month on "
            "whether to join the Retail and Distribution Workers Union, the National Labor Relations Board said on "
            "Monday.",
            "The election, set for Dec. 8 to Dec. 10, covers about 2,300 workers who pick, pack and load orders at "
            "the warehouse.",
            "Keisha Danforth, a lead organiser for the union, said workers had signed cards because of the pace of "
            "work and what she called impossible productivity targets.",
            '"People are timed on bathroom breaks. That is what this is about," Danforth said at a rally outside the '
            "gates on Sunday.",
            "Parcelway spokesman Trevor Lindqvist said the company respected its employees' right to choose but "
            "believed a union would come between managers and staff.",
            '"We already pay well above the local average, and our door is open," Lindqvist said in an email.',
            "The company has held mandatory meetings at which managers explained its position, several workers said.",
            "Angela Moreau, the labor board's regional director in Atlanta, said her office was investigating two "
            "charges by the union that managers had threatened to close the site.",
            "Samuel Achterberg, a professor of labour law at Cumberland University, said the election would be "
            "watched closely across the industry.",
            '"A win here would be the first at a site this size in the South," Achterberg said. "A loss would tell '
            'organisers the old playbook still works."',
            "William Garrity, a former chairman of the labor board who now teaches at Dunmore Law School, said the "
            "threats alleged by the union, if proved, could lead the board to order a new election.",
            "Deshawn Pryor, who has worked on the loading dock for three years, said he would vote yes.",
        ),
        [
            ("whether to join", "National Labor Relations Board", "institution", ""),  # the board as itself
            ("productivity targets", "Keisha Danforth", "other", ""),  # a union's lead organiser
            ("bathroom breaks", "Keisha Danforth", "other", ""),  # the same
            ("right to choose", "Trevor Lindqvist", "other", "Parcelway"),  # the company's spokesman
            ("door is open", "Trevor Lindqvist", "other", ""),  # the same, "said in an email"
            ("mandatory meetings", "", "unnamed", ""),  # several workers
            ("two charges", "Angela Moreau", "official", "National Labor Relations Board"),  # regional director
            ("watched closely", "Samuel Achterberg", "analyst", "Cumberland University"),  # a law professor
            ("old playbook", "Samuel Achterberg", "analyst", ""),  # the same, two sentences
            ("new election", "William Garrity", "analyst", ""),  # a former board chairman speaking as an expert
            ("vote yes", "Deshawn Pryor", "other", ""),  # a warehouse worker
        ],
    ),
    (
        (
            "LONG BEACH, Calif. -- Dockworkers at the Port of Calverton voted 94% in favour of authorising a strike, "
            "the Harbor Workers Alliance said on Thursday, raising the prospect of the first walkout at the port in "
            "two decades.",
            "The vote does not mean a strike will happen, but it allows union leaders to call one if talks on a new "
            "contract fail before the current one expires on Jan. 31.",
            "Raymond Escobedo, president of Local 17 of the Harbor Workers Alliance, said the main sticking point "
            "was automation, with employers seeking to bring in driverless cranes at two terminals.",
            '"Our members are not going to vote themselves out of a job," Escobedo said. "Every crane that runs '
            'itself is six families without a paycheck."',
            "The Pacific Terminal Employers Association, which bargains for the port's shipping lines and terminal "
            "operators, said it had offered wage increases of 22% over five years and a guarantee that no current "
            "worker would lose a job to automation.",
            '"Our offer protects every worker on the payroll today," the association said in a statement.',
            "The Port of Calverton Authority said cargo had been moving normally and urged both sides to keep "
            "negotiating.",
            "A strike would halt about a tenth of the country's container imports just as retailers stock up for "
            "the spring, according to Ingrid Vasquez, a supply-chain analyst at Harborview Capital.",
            "People familiar with the talks said federal mediators could be brought in as early as next week.",
            "State Sen. Alan Whitford, whose district includes the port, urged both sides to settle, saying a "
            "shutdown would cost the region's economy hundreds of millions of dollars a week.",
        ),
        [
            ("94% in favour", "Harbor Workers Alliance", "institution", ""),  # the union as itself
            ("driverless cranes", "Raymond Escobedo", "other", ""),  # a union local's president
            ("six families", "Raymond Escobedo", "other", ""),  # the same, two sentences
            ("22% over five years", "Pacific Terminal Employers Association", "institution", ""),
            ("protects every worker", "Pacific Terminal Employers Association", "institution", ""),  # in a statement
            ("moving normally", "Port of Calverton Authority", "institution", ""),  # the port authority
            ("a tenth", "Ingrid Vasquez", "analyst", "Harborview Capital"),  # "according to" an analyst
            ("federal mediators", "", "unnamed", ""),  # people familiar with the talks
            ("hundreds of millions", "Alan Whitford", "official", ""),  # State Sen., "urged", "saying"
        ],
    ),
    (
        (
            "DETROIT -- Halvorsen Motors will cut 4,200 jobs, about a tenth of its salaried staff, and close a "
            "transmission plant in Ohio next year as sales of its electric pickups fall short, the carmaker said on "
            "Tuesday.",
            '"We built for a market that is arriving more slowly than we planned, and we have to size the company '
            'for the market we have," Chief Executive Carla Brennan told analysts on an earnings call.',
            "Brennan said the company would offer buyouts first and expected most of the cuts to be made by the end "
            "of March.",
            "Chief Financial Officer Oliver Tsang said the cuts would save about $900 million a year from 2026.",
            "The Ohio Department of Job and Family Services said it had received a notice that 1,150 workers at the "
            "Lorain plant would be laid off from Feb. 14.",
            "The department said it would send a rapid-response team to help workers file for benefits and find "
            "training.",
            "Darnell, a machine operator at the plant for 19 years who asked that his last name not be used, said "
            "he had heard the news from a neighbour before the company told him.",
            '"Nineteen years, and I found out on my phone," he said.',
            "Frank Delacroix, an auto industry analyst at Stanwick Securities, said more carmakers would follow as "
            "they cut back on electric-vehicle plans drawn up when demand looked limitless.",
            "The Allied Autoworkers union, which represents workers at the Lorain plant, said it would fight the "
            "closure and accused the company of breaking promises it made in the last contract.",
            "Shares of Halvorsen rose 4% on the news.",
        ),
        [
            ("4,200 jobs", "Halvorsen Motors", "institution", ""),  # "the carmaker said"
            ("arriving more slowly", "Carla Brennan", "other", ""),  # Chief Executive
            ("buyouts first", "Carla Brennan", "other", ""),  # the same
            ("$900 million", "Oliver Tsang", "other", ""),  # Chief Financial Officer
            ("1,150 workers", "Ohio Department of Job and Family Services", "institution", ""),  # state agency
            (
                "rapid-response team",
                "Ohio Department of Job and Family Services",
                "institution",
                "",
            ),  # "the department"
            ("from a neighbour", "Darnell", "other", ""),  # a worker by his first name
            ("found out on my phone", "Darnell", "other", ""),  # the same
            ("more carmakers", "Frank Delacroix", "analyst", "Stanwick Securities"),  # a bank's auto analyst
            ("fight the closure", "Allied Autoworkers", "institution", ""),  # a union as itself
        ],
    ),
]
