"""The fifty-second round of blind profile probes: fictional news of insurance, reinsurance, pensions and disaster
losses from the wire, the insurance trade press and the business pages (a reinsurer's results after a hurricane season
with its chief executive and chief underwriting officer, a catastrophe-modelling firm and its head of research, a
rating agency's analyst and a broker's head of reinsurance analytics "said in a report"; a state insurance
commissioner and a lawmaker fighting over homeowners' rates with an insurers' trade group "said in a statement", a
consumer advocate at a nonprofit and a homeowner; a public pension fund's funding gap with its chief investment
officer, a state treasurer, an actuary at a consultancy and a union president; a flood insurance scheme's reform with
a minister, a regulator's chair and an economist at a university; a claims fraud trial with a prosecutor, a defence
lawyer and an insurer's spokeswoman; a hailstorm's insured losses with an insurers' council, a treasurer, an
insurer's chief executive and a bank's insurance analyst), and for each quote the speaker, kind and affiliation
written before the stories were run (test_profiles_blind_probes_fiftysecond.py). Blind: 11 wrong of 60, no gold slip."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a catastrophe-modelling firm's head of research, a rating agency's analyst, a broker's head of
#: reinsurance analytics writing a market report, a consulting actuary, a bank's insurance analyst and a university
#: economist are analysts; an insurance commissioner, a regulator's chair, a state treasurer, a treasurer and a
#: minister, state lawmakers, a Senate majority leader, an opposition spokesman in Parliament, a federal prosecutor and
#: the head of a state's insurance fraud bureau are officials; the chief executive and chief underwriting officer of a
#: reinsurer or insurer, an insurer's spokeswoman, a pension fund's chief investment officer speaking for the fund (not
#: commenting on markets), a nonprofit's executive director, a union's president, a defence lawyer, a witness, a
#: homeowner and a café owner are `other`; a reinsurer, an insurer, a modelling firm, a trade group, an insurers'
#: council, a pension fund or a scheme speaking as itself is an `institution` under the fullest name the article gives
#: it; "some investors in catastrophe bonds", "union leaders", "lawyers for the other two defendants", "residents" and a
#: department's spokeswoman not named are `unnamed`. An actuarial report is no speaker.
STORIES = [
    (
        (
            "HAMILTON, Bermuda -- Northmoor Re, the Bermuda-based reinsurer, swung to a third-quarter loss of $412 "
            "million on Thursday after claims from Hurricane Delphine and two smaller storms, and said it would raise "
            "prices when most of its contracts renew on January 1.",
            '"This was the costliest quarter in our history, and we were paid for exactly this kind of quarter," '
            "Chief Executive Graham Oyelaran told analysts on a conference call.",
            "Oyelaran said the company had set aside $1.1 billion for Delphine alone, most of it for damage to homes "
            "and businesses along the Gulf Coast, and that its capital remained well above what rating agencies "
            "require.",
            "Sunita Varghese, Northmoor's chief underwriting officer, said the firm had cut its exposure to Florida "
            "by a fifth before the season began and would not restore it at current prices.",
            '"We are not going to chase the market down," she said. "Pricing has to pay for the risk we now know is '
            'there."',
            "Insured losses from Delphine will reach between $34 billion and $41 billion, Coastline Risk Analytics, a "
            "catastrophe-modelling firm, said in an estimate released last week.",
            "Henrik Asplund, head of research at Coastline, said the storm's losses were driven less by wind than by "
            "flooding from a storm surge that pushed farther inland than any model had expected.",
            '"Surge is where the models have the most to learn," Asplund said.',
            "Rebecca Tolland, a senior director covering insurers at Harwick Ratings, said the reinsurer's capital "
            "could absorb a second storm of Delphine's size, but that its earnings would remain volatile.",
            "Reinsurance prices for Florida property risks are likely to rise 10% to 20% at the January renewals, "
            "Martin Kessel, head of reinsurance analytics at broker Fairhaven Partners, said in a report on Monday.",
            "Some investors in catastrophe bonds, who lost money on Delphine for the first time in six years, said "
            "they would demand higher yields on new issues.",
            "Shares of Northmoor fell 3.2% in New York.",
        ),
        [
            ("raise prices", "Northmoor Re", "institution", ""),  # the reinsurer, "and said"
            ("costliest quarter", "Graham Oyelaran", "other", ""),  # Chief Executive
            ("$1.1 billion", "Graham Oyelaran", "other", ""),  # the same
            ("cut its exposure", "Sunita Varghese", "other", "Northmoor Re"),  # chief underwriting officer
            ("chase the market", "Sunita Varghese", "other", ""),  # the same, two sentences
            ("$34 billion", "Coastline Risk Analytics", "institution", ""),  # a modelling firm, "said in an estimate"
            ("less by wind", "Henrik Asplund", "analyst", "Coastline Risk Analytics"),  # head of research
            ("most to learn", "Henrik Asplund", "analyst", ""),  # the same
            ("second storm", "Rebecca Tolland", "analyst", "Harwick Ratings"),  # a rating agency's senior director
            ("10% to 20%", "Martin Kessel", "analyst", "Fairhaven Partners"),  # a broker's head of analytics
            ("higher yields", "", "unnamed", ""),  # some investors
        ],
    ),
    (
        (
            "COLUMBIA, S.C. -- South Carolina's insurance commissioner on Tuesday approved an average 18.4% increase "
            "in homeowners' premiums for the state's largest insurer, rejecting calls from lawmakers to hold rates "
            "flat until after the hurricane season.",
            "Commissioner Dolores Pruitt said the increase, though smaller than the 27% the Palmetto Mutual Insurance "
            "Company had requested, was needed to keep insurers writing policies along the coast.",
            '"If rates do not reflect the risk, the companies leave, and then there is no policy to buy at any '
            'price," Pruitt said.',
            "State Rep. Calvin Ashby, a Republican from Beaufort who sits on the House insurance committee, said the "
            'commissioner had become "a rubber stamp" for the industry and that he would file a bill to require '
            "public hearings on any increase above 10%.",
            '"Homeowners in my district have seen their premiums double in four years while insurers post record '
            'profits," Ashby said.',
            "The Southeastern Insurance Council, a trade group that represents property insurers, said in a statement "
            'that reinsurance costs had risen more than 50% since 2022 and that insurers "cannot absorb that alone."',
            "Palmetto Mutual said the approved rate would still leave it losing money on coastal policies.",
            "Janelle Whitcombe, executive director of Consumers First Carolina, a nonprofit that advocates for "
            "policyholders, said the department had relied on the insurer's own models without testing them.",
            '"The public never gets to see the numbers that justify these increases," she said.',
            "In Mount Pleasant, retired teacher Harold Benfield said his annual premium had risen from $2,900 to "
            "$6,100 since 2021 and that he was thinking of dropping his wind coverage.",
            "A spokeswoman for the Department of Insurance said the commissioner would testify before the House "
            "committee next month.",
        ),
        [
            ("writing policies", "Dolores Pruitt", "official", ""),  # insurance commissioner
            ("companies leave", "Dolores Pruitt", "official", ""),  # the same
            ("rubber stamp", "Calvin Ashby", "official", ""),  # State Rep.
            ("record profits", "Calvin Ashby", "official", ""),  # the same
            ("reinsurance costs", "Southeastern Insurance Council", "institution", ""),  # a trade group's statement
            ("losing money", "Palmetto Mutual Insurance Company", "institution", ""),  # the insurer
            ("without testing them", "Janelle Whitcombe", "other", "Consumers First Carolina"),  # a nonprofit's head
            ("never gets to see", "Janelle Whitcombe", "other", ""),  # the same
            ("wind coverage", "Harold Benfield", "other", ""),  # a homeowner
            ("testify before", "", "unnamed", ""),  # a department's spokeswoman not named
        ],
    ),
    (
        (
            "FRANKFORT, Ky. -- The Kentucky Public Employees Retirement Fund has only 41 cents for every dollar it "
            "owes retirees, according to an actuarial report released on Monday, leaving a gap of $19.6 billion that "
            "will fall on taxpayers unless returns improve or benefits are cut.",
            "The fund earned 5.1% in the year to June 30, short of the 6.75% it assumes, chief investment officer "
            "Leonard Haskins said at a meeting of the fund's board.",
            '"We have taken less risk than our peers, and in a year like this one that cost us," Haskins said. "I '
            'would rather explain a year of lagging returns than a year of losses we cannot make up."',
            "State Treasurer Allison Brandeis said the legislature had skipped or cut its contributions to the fund "
            "in nine of the past 15 years and that no investment strategy could make up for that.",
            "She urged lawmakers to pay the full contribution the actuaries recommend, $1.4 billion next year.",
            "Douglas Whitmer, a principal and consulting actuary at Ridgeline Actuarial Partners, which advises "
            "public pension plans in 14 states, said the fund's assumed return was still too high.",
            '"Every quarter point you overstate the return is a bill you hand to the next generation," Whitmer said.',
            "Teresa Caldwell, president of the Kentucky State Employees Union, said members had paid their share from "
            "every paycheck and would resist any cut to the benefits they were promised.",
            "Senate Majority Leader Roy Danforth said in an interview that all options, including moving new hires "
            "into a 401(k)-style plan, were on the table.",
            "Union leaders said they would fight such a move in court.",
            "The fund's board voted 7-2 to keep its assumed return unchanged.",
            "The fund said in a statement that it would present the report to a legislative committee on Thursday.",
        ),
        [
            ("earned 5.1%", "Leonard Haskins", "other", ""),  # the fund's chief investment officer
            ("less risk than our peers", "Leonard Haskins", "other", ""),  # the same, two sentences
            ("skipped or cut", "Allison Brandeis", "official", ""),  # State Treasurer
            ("full contribution", "Allison Brandeis", "official", ""),  # "She urged"
            ("still too high", "Douglas Whitmer", "analyst", "Ridgeline Actuarial Partners"),  # consulting actuary
            ("quarter point", "Douglas Whitmer", "analyst", ""),  # the same
            ("paid their share", "Teresa Caldwell", "other", "Kentucky State Employees Union"),  # union president
            ("on the table", "Roy Danforth", "official", ""),  # Senate Majority Leader
            ("fight such a move", "", "unnamed", ""),  # union leaders
            ("legislative committee", "Kentucky Public Employees Retirement Fund", "institution", ""),  # "the fund"
        ],
    ),
    (
        (
            "LONDON -- The government will extend FloodShield, the scheme that keeps insurance affordable for homes at "
            "high risk of flooding, by ten years to 2049, but will for the first time require insurers to pay for "
            "repairs that make homes more resistant to the next flood, Environment Minister Rachel Okonjo said on "
            "Wednesday.",
            '"Paying to put a house back exactly as it was, only for it to flood again, makes no sense for the family '
            'or for the country," Okonjo told the House of Commons.',
            "Nearly 300,000 homes are covered by the scheme, which is funded by a levy on all household insurers that "
            "adds about £10 to the average annual premium.",
            "Sir Malcolm Dunleavy, chair of the Insurance Standards Authority, said the regulator would monitor "
            "whether insurers passed the cost of the new repair rules on to customers outside flood zones.",
            "He warned that the levy might have to rise if claims kept growing at the pace of the past five winters.",
            "The Association of Household Insurers welcomed the extension but said the repair rules would add to "
            "claim costs at a time when insurers were already paying out a record £1.9 billion a year for weather "
            "damage.",
            "Imogen Farrant, an economist at the University of Northfield who studies climate risk and housing, said "
            "the scheme had kept premiums low but had also hidden the true cost of building on flood plains.",
            '"A subsidy that never ends becomes a reason to keep building where we should not," Farrant said.',
            "Opposition environment spokesman Gareth Pryor said the extension did nothing for the 40,000 homes built "
            "since 2009, which are excluded from the scheme.",
            "In Tewkesbury, café owner Sandra Billings, whose shop flooded twice in three years, said she could no "
            "longer buy flood cover at any price because businesses are not covered by the scheme.",
            "FloodShield said it would publish the details of the new repair rules in the spring.",
        ),
        [
            ("extend FloodShield", "Rachel Okonjo", "official", ""),  # Environment Minister
            ("makes no sense", "Rachel Okonjo", "official", ""),  # the same
            ("monitor whether", "Malcolm Dunleavy", "official", "Insurance Standards Authority"),  # regulator's chair
            ("levy might have to rise", "Malcolm Dunleavy", "official", ""),  # "He warned"
            ("add to claim costs", "Association of Household Insurers", "institution", ""),  # a trade group
            ("true cost", "Imogen Farrant", "analyst", "University of Northfield"),  # economist
            ("subsidy that never ends", "Imogen Farrant", "analyst", ""),  # the same
            ("40,000 homes", "Gareth Pryor", "official", ""),  # opposition spokesman in Parliament
            ("flood cover", "Sandra Billings", "other", ""),  # café owner
            ("publish the details", "FloodShield", "institution", ""),  # the scheme
        ],
    ),
    (
        (
            "NEWARK, N.J. -- The trial of a chiropractor and two lawyers accused of staging hundreds of car crashes to "
            "bill insurers for treatments that were never given opened in federal court on Monday.",
            "Assistant U.S. Attorney Karen Mbatha told jurors that Dr. Victor Sorensen's clinic in Paterson had billed "
            'four insurers $14.2 million over five years for patients recruited by "runners" who were paid $1,500 for '
            "each person they brought in.",
            '"This was not medicine. It was a business, and the product was paperwork," Mbatha said.',
            "Sorensen's lawyer, Anthony DeLuca, said in his opening statement that his client had treated real "
            "patients with real injuries and had relied on the lawyers to vet the claims.",
            '"Dr. Sorensen is a healer who trusted the wrong people," DeLuca said.',
            "Lawyers for the other two defendants, both personal-injury attorneys, told jurors the government's case "
            "rested on the word of runners who had struck deals to avoid prison.",
            "Garden State Auto Insurance, the largest of the four insurers, said in a statement that fraud of this "
            "kind added about $200 to the average driver's annual premium in New Jersey.",
            "Its spokeswoman, Lorraine Fitch, said the company had flagged the clinic to investigators in 2021 after "
            "noticing that dozens of patients described the same injuries in the same words.",
            "The first witness, a former runner named Luis Ortega, testified that he had been paid in cash in the "
            "clinic's parking lot.",
            "Frank Moretti, who heads the state's Insurance Fraud Bureau, said staged-crash rings had grown more "
            "sophisticated, often using social media to recruit passengers.",
        ),
        [
            ("$14.2 million", "Karen Mbatha", "official", ""),  # Assistant U.S. Attorney
            ("product was paperwork", "Karen Mbatha", "official", ""),  # the same
            ("real injuries", "Anthony DeLuca", "other", ""),  # defence lawyer
            ("trusted the wrong people", "Anthony DeLuca", "other", ""),  # the same
            ("struck deals", "", "unnamed", ""),  # lawyers for the other defendants
            ("$200", "Garden State Auto Insurance", "institution", ""),  # the insurer's statement
            ("flagged the clinic", "Lorraine Fitch", "other", "Garden State Auto Insurance"),  # its spokeswoman
            ("paid in cash", "Luis Ortega", "other", ""),  # a witness
            ("more sophisticated", "Frank Moretti", "official", "Insurance Fraud Bureau"),  # heads a state bureau
        ],
    ),
    (
        (
            "SYDNEY -- Insurers have received more than 61,000 claims from a hailstorm that struck Sydney's western "
            "suburbs on Sunday, the General Insurers Council of Australia said on Wednesday, declaring the storm a "
            "catastrophe.",
            "Declaring a catastrophe lets insurers pool resources and speeds the handling of claims, the council said.",
            "Treasurer Jim Calloway said the government would ask the competition regulator to watch for price "
            "gouging by builders and repairers.",
            '"Families who have lost their roofs should not lose their savings to people taking advantage of them," '
            "Calloway told reporters in Canberra.",
            "Westmead Insurance Group, the country's second-largest home insurer, said it expected claims of about "
            "A$450 million, within the reinsurance protection it had bought for the year.",
            "Its chief executive, Priya Ramanathan, said assessors had been flown in from three states and that most "
            "claims would be settled within eight weeks.",
            "Lachlan Burke, an insurance analyst at Harbourline Securities, said the storm would eat into the A$1.1 "
            "billion that listed insurers had set aside for natural disasters this financial year, with four months "
            "still to run.",
            '"It is one event, and it is already a third of the budget," Burke said in a note to clients.',
            "Residents of Penrith said they were still waiting for tarpaulins four days after the storm.",
            "Kylie Dawes, a mother of three whose house lost most of its roof tiles, said water had come through the "
            "ceiling of her children's bedroom twice since Sunday.",
        ),
        [
            ("61,000 claims", "General Insurers Council of Australia", "institution", ""),
            ("pool resources", "General Insurers Council of Australia", "institution", ""),  # "the council said"
            ("price gouging", "Jim Calloway", "official", ""),  # Treasurer
            ("lose their savings", "Jim Calloway", "official", ""),  # the same
            ("A$450 million", "Westmead Insurance Group", "institution", ""),  # an insurer
            ("eight weeks", "Priya Ramanathan", "other", "Westmead Insurance Group"),  # its chief executive
            ("eat into", "Lachlan Burke", "analyst", "Harbourline Securities"),  # insurance analyst at a bank
            ("third of the budget", "Lachlan Burke", "analyst", ""),  # the same, "in a note"
            ("tarpaulins", "", "unnamed", ""),  # residents
            ("roof tiles", "Kylie Dawes", "other", ""),  # a homeowner
        ],
    ),
]
