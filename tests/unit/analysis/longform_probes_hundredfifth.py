"""A hundred-and-fifth batch of fictional stories for probing the quotes, in the manner of SPORTS GOVERNANCE, DOPING
CASES AND A WORLD FEDERATION'S PRESIDENTIAL ELECTION as the wires' sports desks and international broadcasters' sport
pages write them, with datelines and short paragraphs (the fifty-seventh batch has match reports and a doping panel
in passing; this one is the governance side of a sport): a canoeist banned after a positive test (an integrity
agency that "said on Tuesday" and "said in a statement" and is then "the agency", her lawyer "in a statement" and by
surname, the athlete who "wrote in a post on Instagram", the federation that "said it respected the decision" and is
then "the body", a sports ministry, a rival "told reporters" and "the Hungarian said"); an appeal heard by a sports
tribunal (its ruling told through "the panel found" and "the panel wrote in its award" split over its cue, the
agency's answer, the kayaker's lawyer "told reporters outside" and "she said", his statement "issued through" his
federation, a governance researcher at a university and "She said"); the world body's presidential election (an
incumbent who "told delegates" two things, a challenger "in a speech to the congress", a delegate "who spoke on
condition of anonymity", "the body said in a statement", the host country's sports minister "whose government is
paying", "He told a news conference" and "the minister said", a researcher); and a World Cup race after the ban (the
winner and her coach who "told reporters after the race", "the coach", the runner-up, "the governing body said" and
"the federation said in a statement", "Asked whether …, she shook her head"). Written for these tests; none is taken
from any corpus, and every person, federation, agency, tribunal and university in them is made up (the countries,
cities, ministries and kinds of bodies are real)."""

from __future__ import annotations

BAN: tuple[str, ...] = (
    "Brazilian canoeist banned for four years after positive test",
    "RIO DE JANEIRO — Brazilian canoeist Larissa Quintanilha-Moraes, a two-time world champion, has been banned for "
    "four years after testing positive for an anabolic steroid, the Independent Paddling Integrity Agency said on "
    "Tuesday.",
    "The 27-year-old tested positive for trenbolone in an out-of-competition sample collected at her training base "
    "in Lagoa Santa in March, the agency said in a statement. The ban runs from the date of her provisional "
    "suspension and rules her out of next year's world championships.",
    "“The athlete has not established how the substance entered her system, and the rules leave no room for a "
    "reduced sanction in those circumstances,” the agency said.",
    "Her lawyer, Otávio Brandimarte-Sales, said in a statement that his client had never knowingly taken a prohibited "
    "substance and would appeal the ban.",
    "“Larissa has given 15 years of her life to this sport, and she has been treated like a criminal on the strength "
    "of a single sample,” Brandimarte-Sales said. “We will prove that this came from a contaminated supplement.”",
    "Quintanilha-Moraes wrote in a post on Instagram that she was “destroyed” by the decision. “I have never cheated "
    "and I never will. I will fight this until the end,” she wrote.",
    "The International Sprint Paddling Federation, which handed its anti-doping programme to the agency in 2019, "
    "said it respected the decision. “Clean sport is not negotiable,” the body said. It declined to comment on the "
    "planned appeal.",
    "Brazil's sports ministry said in a statement that it had been informed of the ban and that the athlete's "
    "government stipend would be suspended.",
    "The case is the third involving a Brazilian paddler in two years. The agency has said it will expand testing in "
    "South America before the Olympics.",
    "Hungary's Dóra Kisfaludi-Ormos, who finished second behind Quintanilha-Moraes at last year's world "
    "championships, told reporters in Budapest that she felt “no joy” at the news. “It is a sad day. I would rather "
    "have lost to her clean,” the Hungarian said.",
)

APPEAL: tuple[str, ...] = (
    "Tribunal cuts Polish kayaker's doping ban, finds contamination likely",
    "LAUSANNE, Switzerland — A sports appeals tribunal on Thursday cut a four-year doping ban imposed on Polish "
    "kayaker Bartosz Kowalczyk-Ruhl to 18 months, ruling that contaminated meat was the most likely source of the "
    "banned substance in his sample.",
    "The panel found that the level of clenbuterol in the 31-year-old's sample, taken at a World Cup regatta in "
    "Mexico in 2025, was consistent with eating beef from cattle fattened with the drug, a known problem in parts "
    "of the country.",
    "“The athlete bears some fault for not taking the care expected of an elite competitor travelling to a region "
    "with a known risk,” the panel wrote in its 64-page award, “but that fault is not significant.”",
    "The Independent Paddling Integrity Agency, which had sought the full four years, said it would study the "
    "reasoned decision before commenting further.",
    "Kowalczyk-Ruhl, who has been suspended since October 2025, will be eligible to return in April, in time for the "
    "European championships. His lawyer, Anneke Dijkstra-Voss, told reporters outside the tribunal's headquarters "
    "that the ruling was “a vindication, but a late one.”",
    "“He lost a season and most of his sponsors for eating a steak,” she said. “No ruling gives that back.”",
    "The kayaker did not speak to reporters. In a short statement issued through the Polish federation, he thanked "
    "his family and said he was “looking forward to racing again.”",
    "Maren Holloway-Strand, who studies sports governance at Harrowgate Vale University in England, said the case "
    "showed the limits of strict liability. “Athletes are expected to know what is in every meal they eat abroad. "
    "That is a standard no ordinary person could meet,” she said.",
    "She said the world body should publish a list of countries where meat contamination is a known risk, as some "
    "national agencies already do.",
    "The International Sprint Paddling Federation said in an emailed statement that it would apply the ruling and "
    "restore the kayaker's results from before his sample was taken.",
)

ELECTION: tuple[str, ...] = (
    "Norwegian incumbent faces Japanese challenger in paddling federation vote",
    "TBILISI, Georgia — Delegates of the International Sprint Paddling Federation will choose a president on "
    "Saturday in the first contested election in the governing body's 40-year history, with the doping cases that "
    "have shaken the sport hanging over the vote.",
    "Gunnar Aaslund-Breivik, the Norwegian who has led the federation since 2013, is seeking a fourth term. He told "
    "delegates at a reception on Thursday night that the sport had “never been in better financial health” and that "
    "a change at the top would put its Olympic place at risk.",
    "His challenger, Mei-Ling Takahara-Cho, a former Olympic medallist from Japan who sits on the athletes' "
    "commission, has campaigned on a promise to cap presidential terms and to publish the federation's accounts in "
    "full. “The athletes have been paying for the mistakes of people who will never have to take a test,” she said "
    "in a speech to the congress on Friday. “That ends if I am elected.”",
    "The federation's 142 member nations each have one vote. A delegate from a European member, who spoke on "
    "condition of anonymity because the ballot is secret, said most of Africa and Asia was expected to back the "
    "incumbent. “He has visited every one of those countries. She has visited the ones with regattas,” the delegate "
    "said.",
    "Aaslund-Breivik has rejected accusations that he promised development grants in exchange for votes. “Every "
    "grant we give is approved by the executive committee and audited,” he told reporters. “I have nothing to hide.”",
    "The body said in a statement on Friday that its ethics panel had cleared both candidates to stand and that "
    "observers from an outside auditing firm would oversee the count.",
    "Georgia's sports minister, Levan Kipiani-Gogua, whose government is paying for the congress and will host the "
    "world championships in 2028, said the country was “honoured” to hold the vote. He told a news conference that "
    "the government had spent 30 million lari on a new canoe centre on the Tbilisi Sea.",
    "“Whoever wins on Saturday, the championships will be the best this sport has seen,” the minister said.",
    "Tobiah Renwick-Aldous, a researcher in sports governance at the University of Kelderbrook, said contested "
    "elections were still rare in smaller Olympic sports. “Incumbents control the travel budgets, the development "
    "money and the congress agenda. A challenger has a speech and a handshake,” he said.",
    "Takahara-Cho said on Friday that she would accept the result, whatever it was.",
)

RACE: tuple[str, ...] = (
    "Arantes-Viegas wins in Szeged as Brazil paddles on without banned team-mate",
    "SZEGED, Hungary — Júlia Arantes-Viegas won the women's C1 200 metres at the World Cup in Szeged on Sunday, "
    "five days after her team-mate and training partner Larissa Quintanilha-Moraes was banned for four years for "
    "doping.",
    "“It was a strange week. I did not sleep much,” Arantes-Viegas told reporters after the race. “But when you sit "
    "in the boat, you only think about the next stroke.”",
    "The 24-year-old said she had not spoken to Quintanilha-Moraes since the ban was announced but had sent her a "
    "message. “She is my friend. What she did or did not do, I don't know, and it's not for me to judge,” she said.",
    "Brazil's head coach, Marcos Tavolaro-Neves, said the team had been tested four times since Tuesday. “We have "
    "nothing to fear from testers. They can come every day,” the coach told reporters after the race.",
    "Tavolaro-Neves, who has coached both women since they were teenagers, said he had been “shocked” by the positive "
    "test and would cooperate with the agency's investigation into the athlete's support staff.",
    "Kisfaludi-Ormos, the home favourite, finished second, 0.31 seconds behind. The Hungarian said she had struggled "
    "with a side wind in the last 50 metres. “I gave everything. Júlia was simply faster today,” she said.",
    "The governing body said 38 athletes had been tested at the regatta, more than at any World Cup before. “Every "
    "athlete in Szeged knows they can be tested at any time,” the federation said in a statement.",
    "Arantes-Viegas's next race is the World Cup final in Poznań next month. Asked whether she would dedicate the "
    "season to her team-mate, she shook her head. “No. I will race for myself,” she said.",
)
