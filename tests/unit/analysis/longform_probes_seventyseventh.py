"""A seventy-seventh batch of fictional stories for probing the quotes, in the manner of MARKETS, PERSONAL FINANCE AND
CONSUMER NEWS as the wires' market desks, the papers' money pages and consumer web sites write it: a market wrap with
several strategists, economists and fund managers in a paragraph ("said X, chief market strategist at Y", "according
to Z, an economist at W", "X, she noted, …") and a chipmaker's finance chief on a call; a mortgage-rate explainer with
planners and brokers in the present tense ("says X, a certified financial planner in Ohio", "notes X", "X, who says
…") and economists' note to clients; a consumer complaint column with a reader's letter, a lawyer, a bank
spokeswoman's emailed statement and an advocate; a central-bank decision with the board's statement, the governor's
news conference, a dissenting member and the finance minister; and a retail-sales feature with shoppers and store
owners called by the first name after the first mention. Inverted cues, "noting that" and "arguing that" participles,
quoted fragments inside reported speech and descriptions that refer back ("the retired teacher said"). Written for
these tests; none is taken from any corpus, and every person, company, bank, fund, firm, group, mall and shop in them
is made up (the countries, states, towns, government departments and kinds of bodies are real)."""

from __future__ import annotations

MARKETS: tuple[str, ...] = (
    "Stocks slide as bond yields jump; chipmakers lead the losses",
    "Stocks fell on Wednesday as a jump in Treasury yields revived worries that borrowing costs would stay high well "
    "into next year, and shares of chipmakers led the decline. The S&P 500 lost 1.4 percent, its worst day in five "
    "weeks, while the Nasdaq composite dropped 2.1 percent.",
    "“The market had priced in a soft landing and a string of rate cuts, and today it got a reminder that neither is "
    "guaranteed,” said Marisela Quintanar-Hobbs, chief market strategist at Draycott Harbor Advisors. The yield on the "
    "10-year note, she noted, has risen nearly half a percentage point since the start of the month.",
    "Investors are also nervous about earnings. According to Bartholomew Ennis-Vabre, an economist at Colliford Bank, "
    "companies in the index are expected to report profit growth of just 3 percent for the quarter, “the weakest "
    "showing in almost two years.” Others were less gloomy. “Valuations are stretched, but balance sheets are "
    "strong,” says Henrike Abercorn-Sole, who manages $4 billion at Penrose Lane Capital, noting that cash holdings at "
    "large companies are near record highs.",
    "Chip stocks bore the brunt. Shares of Vantrell Semiconductor fell 6 percent after the company warned that orders "
    "from data centers would slow in the current quarter. “We’re seeing customers digest what they bought last year,” "
    "Vantrell’s chief financial officer, Odalys Fenwick-Marr, told analysts on a conference call. Fenwick-Marr said "
    "the company still expected full-year revenue to grow.",
    "“It’s a rotation, not a rout,” said Thaddeus Wexcombe-Uhl, head of equity research at Marlstone & Finch. He said "
    "investors were moving money from technology into utilities and health care, sectors that tend to hold up when "
    "rates rise. Not everyone agrees. Ines Papadakis-Brandt, a portfolio manager at Quarry Bend Funds, says the "
    "selling “has further to run,” arguing that the 10-year yield could reach 5 percent by December.",
    "“Every strong number on the economy is a bad number for rates right now,” said Kwame Lindholm-Aduro, a senior "
    "rates strategist at Osterley Partners, who pointed to Tuesday’s report on job openings. Lindholm-Aduro said "
    "traders had cut their bets on a December rate cut to about one in three.",
    "Elsewhere, oil rose 1.8 percent to $84.20 a barrel, and gold slipped. The dollar gained against the yen, which "
    "traders said reflected the widening gap between American and Japanese yields.",
)

MORTGAGE: tuple[str, ...] = (
    "Mortgage rates top 7 percent again. Should you lock now or wait?",
    "Rates on 30-year fixed mortgages climbed back above 7 percent this week, according to the weekly survey by the "
    "mortgage finance company Halvorsen Home Funding, leaving buyers who had waited for relief wondering whether to "
    "lock in a rate or hold out.",
    "“Nobody can time the market, and I tell clients not to try,” says Rowena Ilsley-Drummond, a certified financial "
    "planner in Columbus, Ohio. If a buyer has found a house and can afford the payment, she says, locking makes "
    "sense; if rates fall later, “you can always refinance, though that isn’t free.”",
    "The math can be brutal. On a $400,000 loan, the difference between a 6.5 percent rate and a 7.25 percent rate is "
    "about $200 a month, notes Cormac Okafor-Lindqvist, a mortgage broker in Charlotte, N.C., who says many of his "
    "clients are now asking sellers to pay for a lower rate instead of cutting the price.",
    "That tactic, known as a buydown, has become common in new construction. Builders paid for buydowns on more than "
    "half of the homes they sold in the spring, according to a report from the research firm Kestrel Housing "
    "Analytics. “Builders would rather pay down your rate than cut the sticker price, because a lower price resets the "
    "comps for the whole subdivision,” said Delphine Whitcombe-Ferris, a housing economist at Kestrel.",
    "Not all advisers are convinced that waiting is a mistake. Leopold Sarkissian-Holt, a fee-only planner in Austin, "
    "Texas, says buyers who can rent comfortably for another year should consider it. “If you’re stretching to make "
    "the payment at 7 percent, you shouldn’t be buying at 7 percent,” he says. He warns that adjustable-rate loans, "
    "which start lower, can leave borrowers exposed when they reset.",
    "Ilsley-Drummond also cautions against draining savings for a bigger down payment. “A house with no emergency "
    "fund is a house you can lose,” she says.",
    "Economists at Brenwick Securities said in a note to clients on Monday that they expect rates to drift down to "
    "about 6.6 percent by the end of next year. “The direction is down, but the pace will disappoint anyone hoping "
    "for 5 percent,” they wrote.",
)

COMPLAINT: tuple[str, ...] = (
    "A reader was charged $1,400 for a canceled trip. The bank says it can’t help.",
    "Gwendolyn Marchetti-Pryce thought she had done everything right. When the tour company that had sold her a week "
    "in Portugal went out of business in March, the retired schoolteacher from Naperville, Ill., disputed the $1,400 "
    "charge with her credit card issuer, Fairhollow Bank, within days.",
    "“I sent them the cancellation email, the company’s bankruptcy notice, everything,” she wrote in a letter to this "
    "column. “Six weeks later they told me the dispute was closed because I had waited too long. I hadn’t.”",
    "Under federal law, card holders generally have 60 days from the date a statement is sent to dispute a charge, "
    "said Ambrose Kettleby-Nunez, a consumer attorney in Chicago. He said Marchetti-Pryce appeared to have filed well "
    "inside that window, and that banks often close disputes “on autopilot” when a merchant stops responding.",
    "A spokeswoman for Fairhollow, Priscilla Thornbury-Achebe, said in an email that the bank could not discuss "
    "individual accounts because of privacy rules. “We take every dispute seriously and review each one on its "
    "merits,” she wrote. After this column sent the bank the documents, with the reader’s permission, "
    "Thornbury-Achebe said the case had been reopened.",
    "Complaints like hers are common. Federal regulators received more than 60,000 complaints about credit card "
    "disputes last year, according to a public database. “Banks have every incentive to side with the merchant, or "
    "with nobody, when the paperwork gets complicated,” says Felicity Rathbone-Iwu, director of financial services at "
    "the advocacy group Consumer Ledger Project. She urged card holders to send disputes in writing, by certified "
    "mail, and to keep copies.",
    "On Friday, Marchetti-Pryce said the $1,400 had been credited back to her account. “I’m grateful, but I shouldn’t "
    "have needed a newspaper,” the retired teacher said.",
)

CENTRAL_BANK: tuple[str, ...] = (
    "Chile’s central bank holds rates, with one member voting for a cut",
    "Chile’s central bank left its benchmark rate unchanged at 5.75 percent on Tuesday, saying inflation had not "
    "cooled enough to justify a cut, though one of the five board members voted to lower it by a quarter point.",
    "In a statement, the board said core inflation, which strips out food and energy, remained “stubbornly above” its "
    "3 percent target and that wage growth was still running hot. It said future decisions would depend on the data.",
    "At a news conference after the decision, Governor Eulalia Ferragut-Soler said the bank was “close, but not there "
    "yet.” “We would rather wait one meeting too many than cut one meeting too early and have to reverse course,” she "
    "told reporters, adding that the board had discussed a cut “at length.”",
    "The lone dissenter, Joaquín Arrieta-Malvar, argued in a separate statement that the economy was slowing faster "
    "than the bank’s forecasts assumed. Keeping rates high, he wrote, “risks doing more damage to employment than the "
    "inflation it is meant to prevent.”",
    "Economists were split on what comes next. “The dissent is the story here,” said Rosalind Achterberg-Pau, chief "
    "Latin America economist at Calderwood Global Markets. “One vote for a cut usually means two or three at the next "
    "meeting.” Hernán Villaseñor-Quist, an economist at Banco Trelew, said he still expected no cut before October, "
    "noting that the peso had weakened against the dollar.",
    "The finance minister, Octavio Benavente-Runge, welcomed the decision, telling a radio station that the "
    "government and the bank were “on the same page” about bringing inflation down.",
)

RETAIL: tuple[str, ...] = (
    "Shoppers trade down as holiday sales cool",
    "Retail sales rose 0.2 percent in November, the Commerce Department said Thursday, less than economists had "
    "expected and the weakest gain since spring.",
    "At Tillbrook Mall outside Harrisburg, Pa., Yolanda Fairbairn-Ostrova, 41, said she had cut her gift list in half "
    "this year. “Groceries went up, the car insurance went up, so the presents went down,” said Yolanda, a dental "
    "hygienist who was shopping with her two daughters.",
    "Store owners say they feel it. “People come in, they look, they take a picture of the price tag and they leave,” "
    "says Desmond Halloran-Vu, who owns a toy and game shop in the mall. Desmond says he has cut his order for next "
    "spring by a third and is holding a sale, “something I swore I’d never do in December.”",
    "The shift shows up in company results. Brambleton Stores, which runs 600 discount outlets, said last week that "
    "sales at stores open at least a year rose 4 percent, while the department-store chain Ainsley & Roake reported a "
    "3 percent decline. “Consumers are not broke, but they are choosy,” said Wilhelmina Stroud-Akande, a retail "
    "analyst at Pembury Research. She said shoppers were waiting for discounts and buying more store brands, a "
    "pattern she called “the great trade-down.”",
    "Not every shop is struggling. At Fernhill Outfitters, a camping store two doors down, owner Augustin "
    "Pellinger-Roux said sales were up 12 percent from last year, driven by heaters and insulated jackets. “A cold "
    "snap is better than any ad I could buy,” Augustin said.",
    "Back at the toy shop, Desmond was pricing board games for the sale. “I’ll make it up in volume, or I won’t,” he "
    "said with a shrug. “Ask me in January.”",
)
