"""The forty-second round of blind profile probes: fictional daily financial markets reports in the style of the wires
and the financial press (a stock-market close, a currency and bond report, an oil and metals report, a crypto slump,
an emerging-markets report, a central-bank-day preview) quoting the people such reports bring in, mostly by an
inverted cue ("said X, chief investment strategist at Y in Boston", "said X, head of rates at Y", "wrote analysts at
Y in a note", "said X, a portfolio manager at Y, which oversees $4 billion"): strategists, economists and analysts at
banks, brokers and research firms, traders of named markets, fund managers, a rating agency and its lead analyst,
central bank governors, a deputy governor and board members, a finance minister's deputy and a treasurer, chief
executives on their results, "a gilts trader at a European bank" and "a finance ministry official" unnamed, "analysts
said", "traders said", analysts and strategists whose firm is named in the sentence before ("Its strategists") or by
its short name ("Pellham's strategists"), and firms and a central bank speaking as "the bank", "the company" or "it";
for each quote the speaker, kind, role and affiliation written before the stories were run
(test_profiles_blind_probes_fortysecond.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: strategists, economists and analysts at banks, brokers, research firms and rating agencies,
#: fund managers and portfolio managers commenting on markets, and traders of a named market at a bank, broker or
#: trading house are analysts; central bank governors, deputy governors and policy board members (one of them a former
#: Treasury official, serving now), a deputy finance minister, a treasurer, an oil minister and a Fed governor are
#: officials; chief executives are `other` of their company; a firm, a rating agency, a ministry, a regulator or a
#: central bank speaking as itself ("the company said", "it said", "the bank said") is an `institution` keyed by the
#: fullest name the article gives it; "analysts said", "traders said", "fund managers said", "analysts at Y wrote", "Its
#: strategists", "Pellham's strategists", a spokesperson who is not named, "a gilts trader at a European bank", "a
#: finance ministry official", "a currency dealer at a state-run bank" and "a person familiar with" a firm's finances
#: are `unnamed` (with the firm as affiliation where one is given).
STORIES = [
    (
        (
            "NEW YORK -- U.S. stocks fell for a third straight session on Tuesday as a jump in Treasury yields and a "
            "weak forecast from chipmaker Veltrane Systems pulled technology shares lower.",
            "The S&P 500 lost 1.2% to 5,412.37, while the Nasdaq Composite dropped 1.9% and the Dow Jones Industrial "
            "Average shed 310 points.",
            '"The market has been priced for perfection, and it is getting something less than that," said Margaret '
            "Olsen, chief investment strategist at Corliss Wealth Partners in Boston.",
            "Veltrane shares sank 11% after the company said it expected third-quarter revenue of $4.1 billion, well "
            "below the $4.6 billion Wall Street had been looking for.",
            "Veltrane Chief Executive Arnav Desai told analysts on a conference call that customers in China had "
            "delayed orders ahead of new export rules.",
            '"We see this as a pause, not a cancellation," Desai said.',
            "Benchmark 10-year Treasury yields rose to 4.61%, their highest since May, after a report showed job "
            "openings rose unexpectedly in August.",
            '"Every time the 10-year pushes toward 4.7%, equities flinch," said Daniel Brueckner, a portfolio manager '
            "at Ashgrove Capital Management, which oversees about $4 billion.",
            "Analysts said the sell-off in chip stocks looked overdone given that demand for data-center equipment "
            "remained strong.",
            "Strategists at Pellham & Co cut their year-end target for the S&P 500 to 5,600 from 5,900 on Tuesday. "
            "Pellham's strategists said higher borrowing costs would weigh on valuations into next year.",
            "Energy shares were a bright spot. Oil producer Dunmore Petroleum rose 3% after it said it would buy back "
            "$2 billion of its stock.",
            '"It was orderly selling. Nobody was panicking, but nobody was stepping in either," said Luis Ortega, a '
            "senior equity trader at Halvard Securities.",
            "The Federal Reserve's next policy meeting ends on Oct. 29. Fed Governor Elaine Marsh said on Monday that "
            "the central bank could afford to be patient with further rate cuts.",
        ),
        [
            ("less than that", "Margaret Olsen", "analyst", "Corliss Wealth Partners"),  # chief investment strategist
            ("third-quarter revenue", "Veltrane Systems", "institution", ""),  # "the company said"
            ("delayed orders", "Arnav Desai", "other", "Veltrane"),  # Chief Executive
            ("not a cancellation", "Arnav Desai", "other", "Veltrane"),  # the same
            ("equities flinch", "Daniel Brueckner", "analyst", "Ashgrove Capital Management"),  # portfolio manager
            ("looked overdone", "", "unnamed", ""),  # analysts
            ("weigh on valuations", "", "unnamed", "Pellham"),  # Pellham's strategists
            ("buy back", "Dunmore Petroleum", "institution", ""),  # "it said"
            ("orderly selling", "Luis Ortega", "analyst", "Halvard Securities"),  # senior equity trader
            ("afford to be patient", "Elaine Marsh", "official", "Federal Reserve"),  # Fed Governor
        ],
    ),
    (
        (
            "LONDON -- Sterling slid to a six-month low against the dollar on Thursday and gilt yields rose sharply as "
            "investors fretted over Britain's borrowing plans a week before the budget.",
            '"The market is sending the Treasury a message, and it is not a subtle one," said Harriet Cole, head of '
            "rates strategy at Ferrier Bank in London.",
            "The pound was last down 0.8% at $1.2615, while the 30-year gilt yield rose 14 basis points to 5.38%.",
            "A Treasury spokesperson said the government remained committed to its fiscal rules and would set out its "
            "plans in the budget.",
            "Bank of England Deputy Governor Simon Achterberg told lawmakers on the Treasury Committee that the bank "
            "was watching conditions in the gilt market closely but saw no sign of disorder.",
            '"There is a difference between a market that is repricing and one that is not functioning," Achterberg '
            "said.",
            "Traders said demand at Wednesday's auction of 10-year gilts had been the weakest in two years.",
            '"Real money just isn\'t there at these levels," said a gilts trader at a European bank in London.',
            "In the euro zone, German yields edged higher. European Central Bank Governing Council member Pieter "
            "Vandamme said on Thursday that the bank should keep rates on hold until the spring.",
            "Karin Solberg, chief economist at Nordvik Bank, wrote in a note to clients that the ECB's wage "
            "projections looked too optimistic.",
            "The dollar index rose 0.4%. Analysts at Thorncliffe Markets said in a note that the U.S. currency would "
            "stay strong as long as the Fed kept rates above 4%.",
            "The bank said it now expected sterling to end the year at $1.24, down from $1.30 previously.",
            '"Gilts are cheap, but cheap can get cheaper," said Arjun Mehta, head of rates at Calderstone Asset '
            "Management.",
        ),
        [
            ("not a subtle one", "Harriet Cole", "analyst", "Ferrier Bank"),  # head of rates strategy
            ("committed to its fiscal rules", "", "unnamed", ""),  # a spokesperson, not named
            ("no sign of disorder", "Simon Achterberg", "official", "Bank of England"),  # Deputy Governor
            ("not functioning", "Simon Achterberg", "official", "Bank of England"),  # the same
            ("weakest in two years", "", "unnamed", ""),  # traders
            ("Real money", "", "unnamed", ""),  # a gilts trader at a European bank
            ("on hold until the spring", "Pieter Vandamme", "official", "European Central Bank"),  # council member
            ("too optimistic", "Karin Solberg", "analyst", "Nordvik Bank"),  # chief economist
            ("stay strong", "", "unnamed", "Thorncliffe Markets"),  # analysts at a bank
            ("$1.24", "Thorncliffe Markets", "institution", ""),  # "the bank said"
            ("cheap can get cheaper", "Arjun Mehta", "analyst", "Calderstone Asset Management"),  # head of rates
        ],
    ),
    (
        (
            "SINGAPORE -- Oil prices fell more than 2% on Monday, extending last week's losses, after data showed "
            "Chinese refinery runs slowed in September and a group of major producers was expected to add more "
            "barrels in November.",
            "Brent crude futures settled down $1.74, or 2.3%, at $73.10 a barrel.",
            '"Demand is simply not keeping up with the barrels coming back," said Viktor Halloran, an oil analyst at '
            "Brightwater Energy Research in Singapore.",
            "Oman's oil minister, Nasser al-Qurmi, told reporters in Muscat that the producers would act as needed to "
            "keep the market balanced.",
            '"We see the market in surplus by the second quarter of next year," analysts at Grenfell Commodities '
            "wrote in a note on Monday.",
            "Prices are likely to test $70 before the end of the year, wrote analysts at Ostrander Bank in a separate "
            "note.",
            "Copper fell to a three-week low on the London Metal Exchange as demand from Chinese fabricators faded.",
            '"Chinese buyers have gone quiet," said Mei Lin Chow, a metals trader at Harcastle Trading in Shanghai. '
            '"Premiums for imported metal have halved in a month."',
            "Gold rose 0.6% to $2,655 an ounce as the dollar eased. Central bank buying had put a floor under the "
            "metal, said Tomasz Wrobel, precious metals strategist at Carrick Bank.",
            "Shares in miner Kellgrove Resources fell 4% in London after it cut its copper output forecast for the "
            "year. Its chief executive, Ruth Abernethy, said flooding at its Chilean mine had cost six weeks of "
            "production.",
            '"We expect to be back at full rates by the end of November," Abernethy told analysts on a call.',
            "Chile's mining ministry said in a statement that inspectors had cleared the mine to reopen its lower "
            "levels.",
            "Aluminium held steady. Analysts said a smelter outage in Norway had been offset by higher exports from "
            "India.",
        ),
        [
            ("not keeping up", "Viktor Halloran", "analyst", "Brightwater Energy Research"),  # oil analyst
            ("act as needed", "Nasser al-Qurmi", "official", ""),  # oil minister of a state
            ("in surplus by the second quarter", "", "unnamed", "Grenfell Commodities"),  # analysts at a firm
            ("test $70", "", "unnamed", "Ostrander Bank"),  # analysts at a bank
            ("gone quiet", "Mei Lin Chow", "analyst", "Harcastle Trading"),  # metals trader
            ("put a floor under", "Tomasz Wrobel", "analyst", "Carrick Bank"),  # precious metals strategist
            ("six weeks of production", "Ruth Abernethy", "other", "Kellgrove Resources"),  # its chief executive
            ("full rates", "Ruth Abernethy", "other", "Kellgrove Resources"),  # the same
            ("cleared the mine", "Chile's mining ministry", "institution", ""),
            ("smelter outage", "", "unnamed", ""),  # analysts
        ],
    ),
    (
        (
            "Bitcoin fell below $52,000 on Wednesday for the first time since March, dragging other crypto tokens "
            "lower, after the exchange Lumenex halted customer withdrawals.",
            "Lumenex said in a post on its website that it had paused withdrawals out of an abundance of caution "
            "after detecting unusual activity in one of its wallets.",
            '"Customer funds are safe, and we will reopen withdrawals as soon as our review is done," Lumenex Chief '
            "Executive Tobias Renner said in a video statement.",
            '"This is a confidence shock more than a liquidity one," said Priya Raman, head of digital assets '
            "research at Sandholt Bank in Zurich.",
            "Ether dropped 11% to $2,140. About $1.3 billion of leveraged bets on higher prices were wiped out in 24 "
            "hours, according to data from the tracker CoinTally.",
            '"People who bought on borrowed money are being forced out, and that feeds on itself," said Sam Okafor, a '
            "trader at crypto market maker Fenwick Digital in Singapore.",
            "South Korea's Financial Services Commission said it was examining whether Lumenex's Korean unit had kept "
            "customer assets separate from its own.",
            '"Crypto assets remain outside the perimeter of deposit insurance, and investors should act '
            "accordingly,\" said Hanne Kvist, a member of the executive board of Sweden's Riksbank, in a speech in "
            "Stockholm.",
            "Analysts at Dorrance Research said in a note that outflows from bitcoin exchange-traded funds had "
            "reached $900 million in two days.",
            "Marston Ratings said the slump had no immediate effect on the banks it rates, whose exposure to crypto "
            "was small.",
            "A person familiar with Lumenex's finances said the exchange had enough reserves to cover withdrawals for "
            "about a week.",
            '"The dip buyers are tired," said Nora Flint, chief investment officer at Quillon Asset Management, which '
            "manages $1.2 billion in digital assets.",
        ),
        [
            ("abundance of caution", "Lumenex", "institution", ""),
            ("Customer funds are safe", "Tobias Renner", "other", "Lumenex"),  # Chief Executive
            ("confidence shock", "Priya Raman", "analyst", "Sandholt Bank"),  # head of digital assets research
            ("feeds on itself", "Sam Okafor", "analyst", "Fenwick Digital"),  # a trader at a market maker
            # a state's office keeps the state's possessive as written, as "China's foreign ministry" does in
            # GUIDELINES (the rule of body_subjects._of_state; set after the run)
            ("customer assets separate", "South Korea's Financial Services Commission", "institution", ""),
            ("deposit insurance", "Hanne Kvist", "official", "Riksbank"),  # executive board member
            ("$900 million", "", "unnamed", "Dorrance Research"),  # analysts at a firm
            ("no immediate effect", "Marston Ratings", "institution", ""),  # a rating agency
            ("enough reserves", "", "unnamed", ""),  # a person familiar with the finances
            ("dip buyers", "Nora Flint", "analyst", "Quillon Asset Management"),  # chief investment officer of a fund
        ],
    ),
    (
        (
            "JOHANNESBURG -- Emerging-market currencies fell on Friday, led by the South African rand and the Turkish "
            "lira, as a stronger dollar and rising U.S. yields drove investors out of riskier assets.",
            '"It is a broad-based risk-off move, and the high-yielders are the first to be sold," said Mariana Costa, '
            "senior emerging markets strategist at Veldhuis Capital in London.",
            "The rand weakened 1.4% to 18.92 per dollar after data showed South Africa's current-account deficit "
            "widened to 2.9% of gross domestic product in the second quarter.",
            "Sipho Mabaso, an economist at Kwena Bank in Johannesburg, said the deficit was still small enough to be "
            "financed by portfolio inflows.",
            "South African Reserve Bank Governor Thandiwe Nkosi said in a speech in Pretoria that the bank would not "
            "raise rates to defend the currency.",
            "The lira hit a record low of 35.8 per dollar. A finance ministry official, speaking on condition of "
            "anonymity, said the government saw no need for capital controls.",
            "Deputy Finance Minister Kerem Aydin told reporters in Ankara that the budget deficit would fall below 3% "
            "of GDP next year.",
            "Ratings agency Holloway Sovereign affirmed Turkey's B+ rating on Thursday and said the outlook was "
            "stable, citing tighter monetary policy.",
            '"Reserves have been rebuilt, but to a large degree they are still borrowed," said Elif Sarac, '
            "Holloway's lead analyst for Turkey.",
            "Cordeiro Investimentos raised its forecast for Brazil's benchmark Selic rate to 12.25% on Friday. Its "
            "strategists said the central bank would have to keep tightening as long as the real kept weakening.",
            "A currency dealer at a state-run bank in Mumbai said the Reserve Bank of India had been selling dollars "
            "to keep the rupee from falling past 84.50.",
            '"We are not adding risk here. We are waiting for the Fed," said Oluwaseun Adeyemi, a portfolio manager at '
            "Marigold Frontier Fund, which oversees $600 million in African debt.",
            "Fund managers said they were holding more cash than at any time since 2022.",
        ),
        [
            ("broad-based risk-off", "Mariana Costa", "analyst", "Veldhuis Capital"),  # senior EM strategist
            ("portfolio inflows", "Sipho Mabaso", "analyst", "Kwena Bank"),  # economist
            ("defend the currency", "Thandiwe Nkosi", "official", "South African Reserve Bank"),  # Governor
            ("capital controls", "", "unnamed", ""),  # a finance ministry official, not named
            ("fall below 3%", "Kerem Aydin", "official", ""),  # Deputy Finance Minister
            ("outlook was stable", "Holloway Sovereign", "institution", ""),  # a rating agency
            ("still borrowed", "Elif Sarac", "analyst", "Holloway"),  # the agency's lead analyst
            ("keep tightening", "", "unnamed", "Cordeiro Investimentos"),  # its strategists
            ("selling dollars", "", "unnamed", ""),  # a currency dealer at a state-run bank
            ("waiting for the Fed", "Oluwaseun Adeyemi", "analyst", "Marigold Frontier Fund"),  # portfolio manager
            ("more cash", "", "unnamed", ""),  # fund managers
        ],
    ),
    (
        (
            "SYDNEY -- The Reserve Bank of Australia is all but certain to leave its cash rate at 4.10% on Tuesday, "
            "but markets will be looking for any sign that a cut could come before Christmas.",
            "Futures markets price about a one-in-four chance of a cut at the meeting.",
            "Reserve Bank Governor Helen Carrigan said last week that the board was not yet confident inflation was "
            "returning to target.",
            '"We have come a long way, but the last part of the journey is often the hardest," Carrigan said in a '
            "speech to business leaders in Perth.",
            "Monetary Policy Board member Ian Fairbairn, a former Treasury official, said in a newspaper interview on "
            "Sunday that the board should not wait for inflation to reach 2.5% before easing.",
            '"The board is likely to sound a little less hawkish, but it will not pre-commit," said Rebecca Tully, '
            "chief economist at Murrayfield Bank in Sydney.",
            "Treasurer Daniel Croft told reporters in Canberra that the government's spending was not adding to "
            "inflation.",
            "Economists at Penrose Securities wrote in a preview that markets had got ahead of themselves and that the "
            "first cut would come in February.",
            '"Front-end pricing is vulnerable to a hawkish surprise," said Kenji Mori, head of Asia-Pacific rates at '
            "Larchmont Bank in Singapore.",
            "A foreign-exchange trader at a European bank in Sydney said hedge funds had been building bets against "
            "the Australian dollar ahead of the meeting.",
            "In its last statement, the bank said underlying inflation remained too high and that the labour market "
            "was still tight.",
        ),
        [
            ("not yet confident", "Helen Carrigan", "official", "Reserve Bank of Australia"),  # Governor
            ("last part of the journey", "Helen Carrigan", "official", "Reserve Bank of Australia"),  # the same
            ("reach 2.5%", "Ian Fairbairn", "official", ""),  # a serving policy board member, once at the Treasury
            ("not pre-commit", "Rebecca Tully", "analyst", "Murrayfield Bank"),  # chief economist
            ("not adding to inflation", "Daniel Croft", "official", ""),  # Treasurer
            ("ahead of themselves", "", "unnamed", "Penrose Securities"),  # economists at a broker
            ("hawkish surprise", "Kenji Mori", "analyst", "Larchmont Bank"),  # head of Asia-Pacific rates
            ("building bets", "", "unnamed", ""),  # a foreign-exchange trader at a European bank
            ("underlying inflation", "Reserve Bank of Australia", "institution", ""),  # "the bank said"
        ],
    ),
]
