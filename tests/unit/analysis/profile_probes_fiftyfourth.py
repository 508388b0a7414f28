"""The fifty-fourth round of blind profile probes: fictional crypto, fintech and payments news from the wire, the
financial press and the crypto trade sites (a crypto exchange's collapse with its founder "in a post on X", a
court-appointed trustee, a securities regulator's director of enforcement, the founder's lawyer and a customer named by
her first name; a stablecoin bill with two senators of the banking committee, an industry trade council and its chief
executive, a foreign central bank's deputy governor, a think-tank fellow and the Treasury; a bitcoin slump with a
brokerage's strategist, a research firm's analyst, a fund manager, "a trader in Singapore said" and analysts writing
"in a note to clients"; a payments start-up's funding round with its co-founder and chief executive, the venture
partner who led the round, another investor and the company "said in a blog post"; a bank's crypto partnership with a
fintech firm, the bank's head of digital, the fintech's chief executive, a regulator, a consumer advocate and a
banking-law professor), and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_fiftyfourth.py). Blind: 13 wrong of 52; no gold slip."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a brokerage's strategist, a research firm's analyst, a fund manager commenting on the market, a
#: think-tank fellow, a fintech analyst and a banking-law professor are analysts; a securities regulator's director of
#: enforcement, senators, a central bank's deputy governor are officials; a founder, a court-appointed trustee who is a
#: restructuring lawyer, a founder's lawyer, a customer, an industry council's chief executive, a start-up's co-founder
#: and chief executive, venture investors, a bank's head of digital, a fintech's chief executive and a consumer advocate
#: are `other`; an exchange, an industry council, the Treasury Department, a start-up, a bank and a regulator speaking
#: as themselves are `institution` under the fullest name the article gives them; several customers, Senate aides, "a
#: trader in Singapore", "analysts at" a bank and "people familiar with the matter" are `unnamed`. A court filing, data
#: and a blog post named with "according to" are no speakers.
STORIES = [
    (
        (
            "ZUG, Switzerland -- Kestrel Exchange, once the third-largest cryptocurrency trading platform by volume, "
            "filed for bankruptcy protection on Monday, saying it owed customers about $2.1 billion it could not "
            "repay.",
            "The filing listed more than 400,000 creditors, most of them retail customers in Europe and Asia.",
            "Founder Tobias Renner, who stepped down as chief executive on Friday, said in a post on X that he was "
            "sorry and that no customer money had ever paid for his own spending.",
            '"I built Kestrel to be the safest place to trade, and I failed," Renner wrote.',
            "Court-appointed trustee Margaret Ellison, a restructuring lawyer who wound down a failed crypto lender "
            "last year, told the court that the exchange's books were the worst she had seen in 25 years of the work.",
            "Ellison said her team had so far found about $640 million in cash and tokens, spread across 31 bank "
            "accounts and wallets in nine countries.",
            "The Commodities and Securities Authority sued Renner and two other former executives on Tuesday.",
            "Daniel Okafor, director of enforcement at the Commodities and Securities Authority, said customers had "
            "been told their coins were kept apart from the exchange's own when in fact they were pooled and lent to "
            "a trading firm Renner controlled.",
            '"This was not a technology failure. It was a very old kind of fraud dressed up in new words," Okafor '
            "said at a news conference.",
            "A lawyer for Renner, Felix Hartmann of Hartmann Lowe, said his client would fight the charges and had "
            "helped investigators from the start.",
            "Several customers said they had been unable to withdraw money since August.",
            "Priya, a 34-year-old nurse in Manchester who asked that her last name not be used, said she had kept "
            "savings of about 18,000 pounds on the exchange because it paid 7% interest.",
            '"They called it an earn account. I called it my house deposit," she said.',
            "Kestrel said in a statement that it would work with the trustee to return as much as possible to "
            "customers.",
        ),
        [
            ("$2.1 billion", "Kestrel Exchange", "institution", ""),  # the exchange, "saying"
            ("was sorry", "Tobias Renner", "other", ""),  # Founder, "said in a post on X"
            ("safest place", "Tobias Renner", "other", ""),  # the same, "wrote"
            ("worst she had seen", "Margaret Ellison", "other", ""),  # court-appointed trustee, a lawyer
            ("$640 million", "Margaret Ellison", "other", ""),  # the same
            ("pooled and lent", "Daniel Okafor", "official", "Commodities and Securities Authority"),  # director
            ("old kind of fraud", "Daniel Okafor", "official", ""),  # the same, two sentences
            ("fight the charges", "Felix Hartmann", "other", "Hartmann Lowe"),  # the founder's lawyer
            ("unable to withdraw", "", "unnamed", ""),  # several customers
            ("18,000 pounds", "Priya", "other", ""),  # a customer by her first name
            ("house deposit", "Priya", "other", ""),  # the same, "she said"
            ("return as much", "Kestrel Exchange", "institution", ""),  # "Kestrel said in a statement"
        ],
    ),
    (
        (
            "WASHINGTON -- A bill that would set the first federal rules for stablecoins cleared the Senate Banking "
            "Committee on Thursday by a vote of 16 to 8, sending it to the full Senate.",
            "Sen. Harriet Calloway, R-Idaho, who wrote the bill with a Democratic colleague, said it would require "
            "issuers to hold a dollar in cash or short-term Treasury bills for every coin they put into circulation.",
            '"If you call it a dollar, it had better be backed by a dollar," Calloway said after the vote.',
            "Sen. Marcus Delgado, D-Nev., the committee's ranking Democrat, voted against the bill, arguing that it "
            "left too much room for big technology companies to issue coins of their own.",
            "Delgado said he would offer an amendment on the Senate floor to bar companies outside banking from "
            "issuing stablecoins.",
            "The Digital Asset Trade Council, which represents more than 90 crypto companies, said in a statement "
            "that the bill would bring the industry out of the shadows and keep payment innovation in the United "
            "States.",
            "Its chief executive, Renata Vogel, said the council would press for a floor vote before the August "
            "recess.",
            "Central banks abroad have been more cautious.",
            "Elise Marchetti, deputy governor of the Reserve Bank of Kaldera, said in a speech in Frankfurt on "
            "Wednesday that privately issued stablecoins could drain deposits from banks in smaller countries if "
            "they spread too widely.",
            '"A stablecoin is a promise. We have seen before what happens when promises to pay on demand are not '
            'kept," Marchetti said.',
            "Jonah Whitlock, a senior fellow at the Centre for Financial Stability, a Washington think tank, said the "
            "bill's rules on reserves were strong but its rules for what happens when an issuer fails were thin.",
            "The Treasury Department said it supported the bill's aims and would work with lawmakers on the details.",
            "Two Senate aides said a floor vote was unlikely before September.",
        ),
        [
            ("short-term Treasury bills", "Harriet Calloway", "official", ""),  # Sen.
            ("backed by a dollar", "Harriet Calloway", "official", ""),  # the same
            ("too much room", "Marcus Delgado", "official", ""),  # Sen., ranking Democrat, "arguing that"
            ("offer an amendment", "Marcus Delgado", "official", ""),  # the same
            ("out of the shadows", "Digital Asset Trade Council", "institution", ""),  # the council as itself
            ("floor vote before", "Renata Vogel", "other", "Digital Asset Trade Council"),  # its chief executive
            ("drain deposits", "Elise Marchetti", "official", "Reserve Bank of Kaldera"),  # deputy governor
            ("is a promise", "Elise Marchetti", "official", ""),  # the same
            ("were thin", "Jonah Whitlock", "analyst", "Centre for Financial Stability"),  # senior fellow
            ("bill's aims", "Treasury Department", "institution", ""),  # the department as itself
            ("unlikely before September", "", "unnamed", ""),  # two Senate aides
        ],
    ),
    (
        (
            "SINGAPORE -- Bitcoin fell below $48,000 on Tuesday for the first time since March, extending a slide "
            "that has wiped about a fifth off its price in two weeks, as traders pulled money out of riskier assets.",
            "The biggest cryptocurrency was down 6.2% at $47,610 in Asian trading, according to data from CoinLedger.",
            "Ether, the second-largest, lost 8.1%.",
            '"This is a market that borrowed heavily to buy at the top, and now the lenders want their money back," '
            "said Naomi Kwan, a strategist at Harcourt Securities in Hong Kong.",
            "Kwan said forced selling by traders using borrowed money had caused more than $1.3 billion of "
            "liquidations in 24 hours.",
            "A trader in Singapore said funds had been selling bitcoin all morning and buyers were nowhere to be seen.",
            '"Nobody wants to catch a falling knife," the trader said, asking not to be named because he was not '
            "allowed to speak to the media.",
            "Outflows from exchange-traded bitcoin funds reached $870 million last week, the most since they were "
            "launched, said Rafael Okonkwo, an analyst at research firm Chainsight.",
            "He said the outflows showed that large investors who bought the funds as a hedge against inflation were "
            "losing patience.",
            "Not everyone was gloomy.",
            "Lena Fischbach, who manages a digital-asset fund at Alderwood Capital in Zurich, said she had been "
            "buying on the dip.",
            '"Every cycle has a week like this. The ones who sell in it usually regret it," she said.',
            "Analysts at Broadmere Bank wrote in a note to clients that bitcoin could fall to $42,000 if it did not "
            "hold above its 200-day moving average.",
            "The selling spread to shares of crypto-linked companies, with the exchange operator Brightcoin falling "
            "11% in New York.",
        ),
        [
            ("borrowed heavily", "Naomi Kwan", "analyst", "Harcourt Securities"),  # a brokerage's strategist
            ("forced selling", "Naomi Kwan", "analyst", ""),  # the same
            ("selling bitcoin all morning", "", "unnamed", ""),  # a trader in Singapore
            ("falling knife", "", "unnamed", ""),  # the same trader, "the trader said"
            ("$870 million", "Rafael Okonkwo", "analyst", "Chainsight"),  # a research firm's analyst
            ("losing patience", "Rafael Okonkwo", "analyst", ""),  # the same, "He said"
            ("buying on the dip", "Lena Fischbach", "analyst", "Alderwood Capital"),  # a fund manager
            ("usually regret it", "Lena Fischbach", "analyst", ""),  # the same, "she said"
            ("$42,000", "", "unnamed", ""),  # analysts at a bank, "wrote in a note to clients"
        ],
    ),
    (
        (
            "LAGOS -- Paystream, a start-up that lets small shops in West Africa take card and mobile payments, has "
            "raised $85 million in a funding round that values it at $1.1 billion, the company said in a blog post "
            "on Wednesday.",
            "The round was led by Corran Ventures, with existing investors including Meadowlark Capital also taking "
            "part.",
            "Co-founder and Chief Executive Adaeze Nwosu said the money would be used to expand into Ghana and Kenya "
            "and to apply for a banking licence in Nigeria.",
            '"Half of the shops we serve had never taken a card payment before they met us. That is the market," '
            "Nwosu said in an interview.",
            "Paystream handled about $4 billion in payments last year, up from $1.3 billion the year before, and "
            "expects to turn a profit next year, according to the blog post.",
            "Tomasz Wierzbicki, a partner at Corran Ventures who led the round and will join Paystream's board, said "
            "the company's growth had held up even as investors cut back on African start-ups.",
            '"Funding for the region fell by half last year. The companies still raising are the ones with real '
            'revenue," Wierzbicki said.',
            "Meadowlark Capital's managing partner, Ruth Abiodun, said in an email that the firm had put in more "
            "than its share because the company had beaten every target it set.",
            "The country's central bank, which must approve any banking licence, declined to comment.",
            "Chiamaka Eze, a fintech analyst at Lagos-based research firm Sahel Insights, said Paystream faced fierce "
            "competition from larger rivals and from banks that had started offering their own payment terminals.",
            "Eze added that a banking licence, if granted, would let the company hold deposits and lend, which is "
            "where the money is.",
            "Paystream said it now had 380 employees and planned to hire 150 more this year.",
        ),
        [
            ("$85 million", "Paystream", "institution", ""),  # "the company said in a blog post"
            ("Ghana and Kenya", "Adaeze Nwosu", "other", ""),  # Co-founder and Chief Executive
            ("Half of the shops", "Adaeze Nwosu", "other", ""),  # the same
            ("held up", "Tomasz Wierzbicki", "other", "Corran Ventures"),  # the venture partner who led the round
            ("real revenue", "Tomasz Wierzbicki", "other", ""),  # the same
            ("every target", "Ruth Abiodun", "other", "Meadowlark Capital"),  # an investor's managing partner
            ("fierce competition", "Chiamaka Eze", "analyst", "Sahel Insights"),  # a research firm's analyst
            ("hold deposits", "Chiamaka Eze", "analyst", ""),  # the same, "added that"
            ("380 employees", "Paystream", "institution", ""),  # the start-up as itself
        ],
    ),
    (
        (
            "LONDON -- Harrowgate Bank will let its 6 million current-account customers buy and sell cryptocurrencies "
            "in its app through a partnership with the fintech firm Ledgerly, Harrowgate Bank said on Monday.",
            "Customers will be able to trade bitcoin and ether from 10 pounds, with Ledgerly holding the coins and "
            "carrying out the trades, the bank said.",
            "Sophie Abernathy, Harrowgate's head of digital, said younger customers had been moving money to crypto "
            "apps and the bank wanted to give them a safer place to do it.",
            '"We would rather they did it with us, with warnings and limits, than somewhere offshore with neither," '
            "Abernathy said.",
            "Ledgerly's chief executive, Owen Marsh, said the deal was the company's largest and would triple the "
            "number of people using its platform.",
            "The Retail Finance Authority, which regulates consumer lending and payments, said firms offering crypto "
            "to retail customers must follow its rules on promotions and check that customers understand the risks.",
            "Consumer advocate Gwen Tolliver of the group Fair Money Now warned that people who lost money on crypto "
            "bought through their bank would struggle to get it back.",
            '"Putting bitcoin next to your savings account sends a message that it is just as safe. It is not," '
            "Tolliver said.",
            "Crypto assets are not covered by the deposit guarantee scheme, which protects up to 85,000 pounds per "
            "person at a failed bank.",
            "Alistair Penrose, a professor of banking law at the University of Kingsbridge, said the bank would still "
            "face questions from customers and courts if Ledgerly failed, whatever the contract between them said.",
            '"Customers will see the Harrowgate logo, not the Ledgerly one. In their eyes the bank is responsible," '
            "he said.",
            "Shares in Harrowgate rose 1.8% in London.",
            "Two people familiar with the matter said at least one other large bank was in talks with crypto firms "
            "about similar deals.",
        ),
        [
            ("6 million", "Harrowgate Bank", "institution", ""),  # the bank as itself
            ("from 10 pounds", "Harrowgate Bank", "institution", ""),  # "the bank said"
            ("safer place", "Sophie Abernathy", "other", "Harrowgate Bank"),  # the bank's head of digital
            ("warnings and limits", "Sophie Abernathy", "other", ""),  # the same
            ("triple the number", "Owen Marsh", "other", "Ledgerly"),  # the fintech's chief executive
            ("rules on promotions", "Retail Finance Authority", "institution", ""),  # the regulator as itself
            ("struggle to get it back", "Gwen Tolliver", "other", "Fair Money Now"),  # a consumer advocate
            ("just as safe", "Gwen Tolliver", "other", ""),  # the same
            ("courts", "Alistair Penrose", "analyst", "University of Kingsbridge"),  # a banking-law professor
            ("Harrowgate logo", "Alistair Penrose", "analyst", ""),  # the same, "he said"
            ("other large bank", "", "unnamed", ""),  # people familiar with the matter
        ],
    ),
]
