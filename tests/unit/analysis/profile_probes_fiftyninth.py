"""The fifty-ninth round of blind profile probes: fictional banking, bank supervision and consumer credit news from the
wire, the business pages and the banking trade press (a regional bank's quarterly results with its chief executive,
its chief financial officer, an analyst at a brokerage and a ratings agency; a bank supervisor's fine on a mortgage
lender with the supervisor's deputy governor and its director of enforcement, the lender's statement, its chief
executive and a consumer advocate at a nonprofit; a credit union's merger with its president, a board member, members
at the vote and the chief executive of the larger credit union; a Senate subcommittee hearing on overdraft fees with
its chairwoman, a senator, a bank lobby group's president, a witness and a bank's unnamed spokeswoman; rising mortgage
arrears with a lenders' body, a debt counsellor at a charity, an economist at a bank, an ombudsman and the Treasury),
and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_fiftyninth.py).
Blind:
6 wrong of 46, no gold slip ("Blue Ridge said" after "Blue Ridge Bancshares" was named kept under the short name, not
the bank's fullest name, missed and found under another name, two; "Subcommittee Chairwoman Patricia Ormsby" of a Senate
subcommittee taken for `other`, two; "the chief ombudsman at the Lending Ombudsman Service" taken for `other`, two).
Not counted by the harness, which checks no affiliation the gold leaves empty: the chairwoman tied to "Subcommittee"
alone, not the subcommittee's name, and "Senator Dale Whitaker of Kansas" tied to the state "Kansas"."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a bank supervisor's deputy governor and its director of enforcement, a subcommittee's
#: chairwoman, a senator and an ombudsman hold public office or speak for a public body: officials; an analyst at a
#: brokerage and a bank's chief economist are analysts; a bank's chief executive and chief financial officer, a lender's
#: chief executive, a consumer advocate at a nonprofit, a credit union's president, a board member and its members, a
#: lobby group's president, a witness at a hearing and a debt counsellor at a charity are `other`; a bank, a ratings
#: agency, a supervisor, a lender, a credit union, a lenders' body and the Treasury speaking as themselves are
#: `institution` under the fullest name the article gives them ("the lender", "the council", "Lakeshore" resolved to
#: it); a bank's spokeswoman left unnamed is `unnamed`, tied to her bank. A bank that "posted" a fall in profit, a
#: supervisor that "fined" a lender, members that "voted", figures that "showed" and an analyst who "rates the stock"
#: a quoted "hold" say nothing: no quotes.
STORIES = [
    (
        (
            "CHARLOTTE, N.C., April 18 (Reuters) - Blue Ridge Bancshares, a regional lender with 140 branches across "
            "the Carolinas and Virginia, posted a 22% fall in first-quarter profit on Thursday as it set aside more "
            "money to cover souring commercial property loans.",
            "Blue Ridge Chief Executive Warren Kessler said the bank had put aside $84 million for loan losses, more "
            "than double a year earlier, mostly against office buildings whose tenants had left.",
            '"Downtown offices are the one part of our book that keeps me up at night. Everything else is performing '
            'the way we expected," Kessler told analysts on a conference call.',
            "Net interest income, the difference between what the bank earns on loans and pays on deposits, fell 6% "
            "to $412 million as customers moved savings into higher-yielding accounts.",
            "The bank's chief financial officer, Dana Liang, said deposit costs had peaked in February and that she "
            "expected the margin to widen again in the second half of the year.",
            '"We are not going to chase deposits at any price. We would rather shrink the balance sheet a little," '
            "Liang said.",
            "Blue Ridge said it had cut 240 jobs in the quarter, most of them in its mortgage unit.",
            "Shares of Blue Ridge fell 4.3% to $31.20 in afternoon trading.",
            'Marcus Oyelaran, an analyst at brokerage Fenwick Hale Securities who rates the stock "hold," said the '
            "provisions were larger than he had expected but that the bank's capital remained strong.",
            '"They are taking the pain now rather than dribbling it out over four quarters, and I think the market '
            'will come to respect that," Oyelaran said.',
            "Ratings agency Ardmore Ratings said it had put the bank's A- rating on review for a downgrade, citing its "
            "exposure to office loans, which make up about 11% of its lending.",
            "Kessler said the bank would keep its quarterly dividend at 38 cents a share.",
        ),
        [
            ("$84 million", "Warren Kessler", "other", "Blue Ridge Bancshares"),  # Chief Executive, the bank's name
            ("keeps me up at night", "Warren Kessler", "other", ""),  # the same, "told analysts"
            ("deposit costs", "Dana Liang", "other", "Blue Ridge Bancshares"),  # "The bank's chief financial officer"
            ("chase deposits", "Dana Liang", "other", ""),  # the same
            ("240 jobs", "Blue Ridge Bancshares", "institution", ""),  # the bank as itself, by its short name
            ("larger than he had expected", "Marcus Oyelaran", "analyst", "Fenwick Hale Securities"),  # brokerage
            ("taking the pain", "Marcus Oyelaran", "analyst", ""),  # the same
            ("on review", "Ardmore Ratings", "institution", ""),  # a ratings agency as itself
            ("38 cents", "Warren Kessler", "other", ""),  # the same chief executive
        ],
    ),
    (
        (
            "DUBLIN (AP) -- The country's banking supervisor fined Corrib Home Loans 9.6 million euros on Tuesday for "
            "overcharging about 14,000 mortgage customers by keeping them on higher variable rates after their fixed "
            "terms ended.",
            "The Financial Supervision Authority said the lender had failed for six years to tell borrowers that "
            "cheaper rates were available to them, and had ignored complaints from its own staff.",
            "Deputy Governor Siobhan Tierney, who heads the authority's consumer protection division, said the fine "
            "was the largest it had ever imposed on a mortgage lender.",
            '"These were families who did everything right. The lender knew they were paying too much and did '
            'nothing, because doing nothing was profitable," Tierney said.',
            "The authority's director of enforcement, Conor Mulvey, said the lender's former head of mortgages was "
            "also under investigation.",
            "Corrib Home Loans said in a statement that it accepted the findings and had already repaid 31 million "
            "euros to affected customers, with interest.",
            '"We fell short of the standards our customers are entitled to expect, and we apologise," the lender said.',
            "The lender's chief executive, Brendan Foy, said he would step down at the end of the year.",
            "Niamh Sheehy, head of policy at Fairlend, a consumer advocacy nonprofit, said the fine was welcome but "
            "that many of the borrowers had lost their homes before the overcharging came to light.",
            '"No fine gives a family back the house they lost," Sheehy said. "The authority needs to ask why it took '
            'six years."',
            "Tierney said the authority was reviewing whether other lenders had done the same.",
        ),
        [
            ("six years", "Financial Supervision Authority", "institution", ""),  # the supervisor as itself
            ("largest it had ever", "Siobhan Tierney", "official", "Financial Supervision Authority"),  # far role
            ("did everything right", "Siobhan Tierney", "official", ""),  # the same
            ("former head of mortgages", "Conor Mulvey", "official", "Financial Supervision Authority"),  # enforcement
            ("31 million", "Corrib Home Loans", "institution", ""),  # the lender's statement
            ("fell short", "Corrib Home Loans", "institution", ""),  # "the lender said"
            ("step down", "Brendan Foy", "other", "Corrib Home Loans"),  # "The lender's chief executive"
            ("lost their homes", "Niamh Sheehy", "other", "Fairlend"),  # head of policy at a nonprofit
            ("house they lost", "Niamh Sheehy", "other", ""),  # the same, one quote over two parts
            ("other lenders", "Siobhan Tierney", "official", ""),  # the same deputy governor
        ],
    ),
    (
        (
            "MAPLE GROVE -- Members of Lakeshore Community Credit Union voted on Saturday to merge with a larger "
            "credit union from the Twin Cities, ending 71 years of independence for the lender founded by workers at "
            "the town's creamery.",
            "The vote, held in the gymnasium of Maple Grove High School, passed 1,412 to 388.",
            "Lakeshore's president, Gloria Thorsen, said the credit union could no longer afford on its own the "
            "technology its members expected, such as mobile check deposit and instant card replacement.",
            '"I would have loved to keep us independent. But I could not look our members in the eye and tell them '
            'we could keep up on our own," Thorsen said.',
            "Under the deal, Lakeshore will become part of St. Paul-based Riverbend Federal Credit Union, which has "
            "about $1.9 billion in assets.",
            "Its chief executive, Curtis Vandermeer, said Lakeshore's two branches would stay open and its 19 "
            "employees would keep their jobs.",
            "Board member Raymond Ekstrom, a retired dairy farmer whose father helped found the credit union, said "
            "the board had voted 6-1 to recommend the merger.",
            '"My dad would have hated this. But my dad also never had to build an app," Ekstrom said.',
            "Not every member was convinced.",
            "Donna Rusk, who has banked at Lakeshore since 1979, said she voted against the merger because she feared "
            "the new owner would close the branch on Main Street within a few years.",
            '"They all promise the branch stays. Then one day there is a sign on the door," Rusk said.',
            "Arvid Haugen, 81, a member since 1961, said he had voted yes so that his grandchildren could still bank "
            "in town.",
            "Lakeshore said it expected the approval of state regulators by October.",
        ),
        [
            ("mobile check deposit", "Gloria Thorsen", "other", "Lakeshore Community Credit Union"),  # its president
            ("keep us independent", "Gloria Thorsen", "other", ""),  # the same
            ("19 employees", "Curtis Vandermeer", "other", "Riverbend Federal Credit Union"),  # "Its chief executive"
            ("voted 6-1", "Raymond Ekstrom", "other", ""),  # Board member, a retired farmer
            ("build an app", "Raymond Ekstrom", "other", ""),  # the same
            ("Main Street", "Donna Rusk", "other", ""),  # a member at the vote
            ("sign on the door", "Donna Rusk", "other", ""),  # the same
            ("grandchildren", "Arvid Haugen", "other", ""),  # a member at the vote
            ("state regulators", "Lakeshore Community Credit Union", "institution", ""),  # the credit union, short
        ],
    ),
    (
        (
            "WASHINGTON, June 12 (Reuters) - Senators from both parties pressed the heads of three large U.S. banks "
            "over overdraft fees on Wednesday, at a hearing of the Senate Subcommittee on Consumer Credit.",
            "Subcommittee Chairwoman Patricia Ormsby, a Democrat from Oregon, said banks had collected $7.7 billion "
            "in overdraft and insufficient-funds fees last year, most of it from fewer than one in ten account "
            "holders.",
            '"A $35 fee on a $4 cup of coffee is not a service. It is a penalty for being poor," Ormsby said.',
            "Senator Dale Whitaker of Kansas, the panel's senior Republican, said he opposed a federal cap on the "
            "fees but wanted banks to warn customers before a purchase pushed an account below zero.",
            '"I do not want Washington setting prices. I do want people to know what they are paying before they pay '
            'it," Whitaker said.',
            "Testifying for the industry, Howard Lindqvist, president of the Consumer Bankers Alliance, a lobby group, "
            "said overdraft coverage was a service customers chose and valued.",
            '"Take it away and millions of people will bounce a rent check instead, and pay far more for it," '
            "Lindqvist told the senators.",
            "He said most large banks had already cut or scrapped the fees over the past three years.",
            "Angela Moreno, a single mother from Tucson, Ariz., told the subcommittee she had paid $410 in overdraft "
            "fees in one month in 2022 after a payroll delay at her employer.",
            "A spokeswoman for Granite National Bank, one of the three banks at the hearing, said it had ended "
            "overdraft fees on purchases under $50 in 2023.",
        ),
        [
            ("$7.7 billion", "Patricia Ormsby", "official", ""),  # Subcommittee Chairwoman, a senator
            ("penalty for being poor", "Patricia Ormsby", "official", ""),  # the same
            ("federal cap", "Dale Whitaker", "official", ""),  # Senator, the panel's senior Republican
            ("setting prices", "Dale Whitaker", "official", ""),  # the same
            ("chose and valued", "Howard Lindqvist", "other", "Consumer Bankers Alliance"),  # a lobby group's head
            ("rent check", "Howard Lindqvist", "other", ""),  # the same, "told the senators"
            ("past three years", "Howard Lindqvist", "other", ""),  # the same, "He said"
            ("$410", "Angela Moreno", "other", ""),  # a witness, a single mother
            ("under $50", "", "unnamed", "Granite National Bank"),  # a bank's spokeswoman, not named
        ],
    ),
    (
        (
            "LONDON -- The number of homeowners at least three months behind on their mortgage payments rose by 18% "
            "in the three months to June, to the highest level in nine years, figures from the Mortgage Lenders "
            "Council showed on Tuesday.",
            "The council said 104,000 mortgages were in arrears of 2.5% or more of the loan, up from 88,000 a year "
            "earlier, as borrowers who had fixed their rates at record lows moved on to far higher ones.",
            "Bernadette Callow, a debt counsellor at the charity StepAhead Debt Advice in Bradford, said most of the "
            "homeowners who came to her now had never been in debt before.",
            '"These are nurses and bus drivers who did everything right, and their payment went up by 600 pounds a '
            'month overnight," Callow said. "They are cutting food before they miss a mortgage payment."',
            "She said too many borrowers waited until they were several months behind before asking for help.",
            "Tobias Renshaw, chief UK economist at Hallam & Greaves Bank, said arrears were likely to keep rising into "
            "next year but would stay well below the peak of the early 1990s.",
            '"Unemployment is still low, and that is what stops arrears turning into repossessions," Renshaw said.',
            "Rosalind Ferrante, the chief ombudsman at the Lending Ombudsman Service, which settles disputes between "
            "lenders and their customers, said complaints about how lenders treated borrowers in arrears had risen "
            "by a third in a year.",
            '"Lenders are obliged to offer options, such as a payment holiday or a longer term, before they go to '
            'court. Too often we find they have not," Ferrante said.',
            "The Treasury said it would meet lenders next week to discuss how to help borrowers whose fixed-rate deals "
            "end this year.",
        ),
        [
            ("104,000", "Mortgage Lenders Council", "institution", ""),  # "The council said"
            ("never been in debt", "Bernadette Callow", "other", "StepAhead Debt Advice"),  # a charity's counsellor
            ("nurses and bus drivers", "Bernadette Callow", "other", ""),  # the same, one quote over two parts
            ("several months behind", "Bernadette Callow", "other", ""),  # the same, "She said"
            ("early 1990s", "Tobias Renshaw", "analyst", "Hallam & Greaves Bank"),  # a bank's chief economist
            ("repossessions", "Tobias Renshaw", "analyst", ""),  # the same
            ("by a third", "Rosalind Ferrante", "official", "Lending Ombudsman Service"),  # the chief ombudsman
            ("payment holiday", "Rosalind Ferrante", "official", ""),  # the same
            ("fixed-rate deals", "Treasury", "institution", ""),  # the Treasury as itself
        ],
    ),
]
