"""An eighty-sixth batch of fictional stories for probing the quotes, in the manner of CENTRAL BANKS, INFLATION AND
MONETARY POLICY as the wires, the financial press and business web sites write them: a rate rise in New Zealand (the
governor who "told a news conference", what "the bank said in its statement", economists polled by a wire service who
"had expected", a chief economist at a bank who "wrote in a note to clients", a deputy governor who "said in remarks
prepared for delivery", a currency strategist, "the central bank chief", a pronoun chain across paragraphs); minutes
of a South African rate meeting that "showed" policymakers split (a document, no speaker), a finance minister who
accuses the bank of "strangling" growth and the bank's reply in a statement and by its governor, "the former
governor" after his name; a currency crisis in Paraguay (an emergency rate rise, "the central bank chief", the
International Monetary Fund's mission chief who "said in a statement on arrival" and "told the state broadcaster",
one long paragraph with several speakers, a minister who "answered that", a governor who "called" a rule "…"); a
lone dissenter at the Federal Reserve (her statement, the chair at his news conference, a split quotation with its
cue in the middle, "the Fed chief", a market strategist who "told" a business television channel, "the strategist",
"the former vice chair"); and a jump in Czech inflation (the statistics office, a deputy governor's prepared remarks
and a split quotation from his speech, one long paragraph with a chief economist, her counterpart who "disagreed,
saying", a union leader, a finance minister who "wrote" in a post on X, "the deputy governor", a strategist's note).
Surnames after the first mention, descriptions standing for people, titles ("Governor", "Deputy Governor", "Finance
Minister", "Fed Chair") before names. Written for these tests; none is taken from any corpus, and every person,
bank, firm, wire service, television channel and union in them is made up (the countries, their central banks, the
Federal Reserve and the International Monetary Fund are real kinds of bodies)."""

from __future__ import annotations

RATE_RISE: tuple[str, ...] = (
    "Central bank raises rates a quarter point, signals more to come as inflation sticks",
    "WELLINGTON (Wire) — New Zealand’s central bank raised its benchmark rate by a quarter of a percentage point to "
    "5.25 percent on Wednesday and said it was prepared to go further if prices kept rising faster than wages, its "
    "fourth increase in a year.",
    "“Inflation is coming down, but it is coming down too slowly, and we are not going to declare victory early,” "
    "Governor Alistair Penhaligon told a news conference after the decision. “If we have to do more, we will do more.”",
    "The bank said in its statement that domestic price pressures, led by rents and insurance, remained "
    "“uncomfortably strong” and that the committee saw core inflation back inside its 1 to 3 percent target only by "
    "late next year.",
    "Economists polled by Harwell Wire had expected the bank to hold its rate steady; 14 of the 22 forecast no change. "
    "“This was a hawkish surprise, and the message is that the bank would rather overdo it than underdo it,” Halina "
    "Ostrowska-Hale, chief economist at Kestrel Bank, wrote in a note to clients.",
    "Penhaligon said the committee had discussed a larger, half-point increase but had settled on a quarter point "
    "because the economy had already slowed more than the bank expected. He declined to say how many more increases "
    "the bank had pencilled in.",
    "He also pushed back against suggestions that the bank had been too slow to act last year. “Hindsight is a "
    "wonderful forecaster,” he said, adding that the bank had moved sooner than most of its peers.",
    "Deputy Governor Nerys Thackeray said in remarks prepared for delivery to a business lunch in Auckland that the "
    "bank was watching the housing market “very closely” and that a further fall in the currency would add to import "
    "prices.",
    "The New Zealand dollar rose 0.8 percent against the U.S. dollar after the decision. “The market was caught "
    "leaning the wrong way,” said Lucan Wrenfield, a currency strategist at Harbourline Securities in Sydney.",
    "The central bank chief, who took office in March, said he would not be drawn on politics when asked about the "
    "government’s spending plans. “Fiscal policy is for the finance minister, and I will leave it to her,” Penhaligon "
    "said.",
)

MINUTES: tuple[str, ...] = (
    "Minutes show rate setters split as finance minister says bank is ‘strangling’ growth",
    "JOHANNESBURG — Minutes of the South African central bank’s July meeting, published on Thursday, showed that "
    "policymakers were split three to two over whether to cut rates, with the minority arguing that the economy was "
    "weaker than the bank’s forecasts assumed.",
    "Several members said the recent fall in fuel prices would be short-lived and warned that cutting too soon could "
    "undo two years of work, according to the minutes.",
    "Finance Minister Themba Ravensworth-Mokoena, who has called for lower rates since taking office in January, said "
    "the bank was “strangling” a recovery that had barely begun. “Every month the bank waits, another factory closes "
    "its doors,” he told parliament on Thursday afternoon.",
    "The minister said he respected the bank’s independence but that independence “does not mean deafness.”",
    "The central bank said in a brief statement that its mandate was set by law and that it “will not be drawn into a "
    "public debate” over individual decisions. Governor Lindiwe Ashcombe-Dube, speaking at a conference in Cape Town "
    "hours later, was blunter. “We are not here to be popular. We are here to protect the value of the rand,” she "
    "said.",
    "She said the bank’s models put the cost of a premature cut at as much as two percentage points of extra "
    "inflation over two years, and noted that the bank had cut rates twice last year when the data allowed it.",
    "Cornelius Aswegen-Blight, who led the central bank for a decade until 2019, said in an interview that the "
    "minister’s attacks were “unwise but not unusual.”",
    "“Every finance minister wants lower rates in the year before an election,” the former governor said. “The ones "
    "who get them usually regret it.”",
    "“The minutes tell you the door to a cut is open, but the governor just put her foot in it,” said Refilwe "
    "Starkhaven, an economist at Dunmore Capital in Johannesburg.",
    "Ravensworth-Mokoena’s office did not return calls seeking his reaction to the governor’s remarks.",
)

CURRENCY: tuple[str, ...] = (
    "Guaraní plunges to record low as central bank burns reserves; IMF team arrives",
    "ASUNCIÓN, Paraguay — Paraguay’s currency fell 9 percent against the dollar on Monday to a record low, and the "
    "central bank raised its main rate by four percentage points at an emergency meeting late in the day, saying it "
    "would “use every tool” to stop the slide.",
    "The central bank chief, Ernestina Valdivieso-Arrate, said reserves had fallen by $1.4 billion in three weeks as "
    "importers and savers rushed into dollars. “We have the reserves to see this through, and we will not let a panic "
    "set the exchange rate,” she told reporters at the bank’s headquarters.",
    "But her reassurances did little to calm the market. Traders in Asunción said banks had stopped quoting prices "
    "for large dollar orders for most of the afternoon.",
    "The International Monetary Fund sent a team to Asunción on Monday night. Its mission chief, Henrik "
    "Solvang-Maturi, said in a statement on arrival that the fund stood ready to help and that talks on a new loan "
    "would begin on Tuesday. Finance Minister Anselmo Aldecoa-Finch said the government wanted a deal within a month. "
    "“We are not asking for charity. We are asking for time,” the minister said. Opposition leader Celestina "
    "Marroquín-Baird said the government had wasted two years of good harvests. “They spent the rainy-day money "
    "while the sun was shining,” she said. Aldecoa-Finch answered that most of the spending had gone on roads and "
    "ports that exporters had asked for.",
    "Solvang-Maturi, a Norwegian economist who led the fund’s last program in the region, told the state broadcaster "
    "in a brief interview that any loan would come with conditions. “A program is not a blank check,” he said. “It is "
    "a promise in both directions.”",
    "He said the fund would look first at fuel subsidies, which cost the budget about 2 percent of economic output a "
    "year.",
    "Valdivieso-Arrate said late on Monday that the bank would also require exporters to sell half their dollar "
    "earnings within 10 days. The governor, a former economics professor, called the rule “temporary and necessary.”",
    "Analysts were skeptical. “Capital controls by another name buy you weeks, not months,” said Oswaldo "
    "Prentiss-Ruane, head of emerging-market research at Quenneville Crane Partners in New York.",
)

DISSENT: tuple[str, ...] = (
    "Fed holds rates steady as lone governor dissents in favor of a cut",
    "WASHINGTON — The Federal Reserve left its benchmark interest rate unchanged on Wednesday for a fourth straight "
    "meeting and said in its statement that inflation remained “somewhat elevated.”",
    "Fed Governor Marguerite Oakhollow dissented, the first governor to vote against a rate decision in more than 30 "
    "years. In a statement released on Friday, she said the labor market was “cooling faster than the committee’s "
    "statement suggests” and that waiting another six weeks risked “a deeper downturn than anyone in this building "
    "wants.”",
    "Fed Chair Lorcan Hartigan-Voss told a news conference that the committee respected Oakhollow’s view but that most "
    "members wanted to see “a few more months of good data” before cutting. “We are close. We are not there,” "
    "Hartigan-Voss said.",
    "“There is no preset course,” the Fed chief said, “and anyone who tells you the date of the first cut knows more "
    "than I do.”",
    "He also said the Fed was watching tariffs closely. Asked whether the White House had pressed him to cut, he said "
    "he had not discussed rates with the president and did not expect to.",
    "Stocks rose after the decision. “The dissent is the story. It tells you the committee is one bad jobs report away "
    "from cutting,” Priyanka Voskuijlen, chief market strategist at Tamberlane Advisors, told Ledger Television.",
    "The strategist said she expected two cuts by the end of the year, up from one before the meeting.",
    "Oakhollow, a former labor economist at a state university who joined the board in 2022, has argued in several "
    "speeches this year that the Fed’s measure of inflation overstates housing costs. Her dissent drew a rebuke from "
    "a former Fed official. “Dissent is healthy, but a governor dissenting alone tells markets the board is divided "
    "when it is not,” said Ambrose Caldwell-Pyne, who was vice chair of the Fed until 2018 and now teaches at a "
    "business school in Chicago.",
    "The former vice chair said he expected Oakhollow to be joined by at least one other governor at the next meeting "
    "in September.",
)

INFLATION: tuple[str, ...] = (
    "Czech inflation jumps to 5.1%, putting pressure on central bank to reverse cuts",
    "PRAGUE — Czech consumer prices rose 5.1 percent in August from a year earlier, the statistics office said on "
    "Tuesday, well above the 4.2 percent that economists polled by Harwell Wire had expected and the highest in 18 "
    "months.",
    "Food and energy drove most of the jump, the office said. Prices of butter and eggs rose by more than a fifth.",
    "Deputy Governor Ondřej Halabrin said in remarks prepared for delivery at a banking conference in Brno that the "
    "board would “not hesitate” to raise rates again if the rise in prices began to feed into wages. “We cut rates "
    "because inflation was falling. If it stops falling, the logic runs the other way,” Halabrin said.",
    "At the conference, the mood was split. Jitka Moravcová-Ellis, chief economist at Vltava Savings Bank, said the "
    "jump was “mostly a weather story” that would fade by spring. Her counterpart at a rival lender, Pavel "
    "Dostrovský, disagreed, saying wages were rising at 8 percent and that the board had cut “one time too many.” "
    "“The board took the weather as an excuse to cut,” he said. A union leader, Marek Tollenbach of the Metalworkers’ "
    "Federation, said workers would demand raises to match prices. “Nobody gets paid in last year’s crowns,” "
    "Tollenbach said.",
    "Finance Minister Vlasta Kubelíková-Rand said the government would not cut the tax on fuel to ease prices. In a "
    "post on X she wrote that the budget “cannot be the shock absorber for every storm.”",
    "“Inflation is a tax on the people with the least,” Halabrin said in his speech, “and it is our job, not the "
    "finance ministry’s, to stop it.”",
    "The deputy governor, who is seen as a likely successor to the governor when her term ends next year, said he "
    "would present the bank’s new forecasts to the board on Thursday. He said they would show inflation above target "
    "until at least the middle of next year.",
    "He declined to say whether he would vote for an increase. His remarks lifted the crown 0.6 percent against the "
    "euro.",
    "“Halabrin just told the market to price in a hike,” Ludmila Sandtner, a strategist at Brennecke Securities in "
    "Vienna, wrote in a note to clients. She said she now expected an increase of a quarter point in November.",
)
