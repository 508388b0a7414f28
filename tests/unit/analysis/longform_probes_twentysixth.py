"""A twenty-sixth batch of fictional US and BRITISH business and investigative web news for probing the quotes, each a
tuple of paragraphs, two delivered as one long block as a web scraper leaves them: a congressional committee's inquiry
into inhaler prices (the chief executive and three lawmakers at a hearing with questions and answers, a patient by
first name, the company's emailed statement, a bank analyst's note, a benefit manager that declines to comment), a
foundry's pension scheme collapsing into the lifeboat fund (the pensions regulator and its ruling, two former workers
by first name, a parent company's chief in a letter to shareholders, a select committee chair and a former trustee, the
fund's spokesperson, a consultant, the local MP), a football club's takeover by a sovereign fund (the league's decision,
the new chairman, fans by first name, the supporters' trust and its chair, a campaigner, the league's chief executive
and an MP at a hearing, a bank analyst, a manager who declines to comment "saying only that …"), a truck plant's
closure (the company, the chief executive's letter to shareholders, a spokesperson's emailed statement, workers by
first name, the union local's president, the governor, a bank analyst, a congressman, the mayor) and a water company's
record sewage fine (the regulator's determination, the company's emailed statement, the chief executive and the
committee chair at a hearing, swimmers by first name, the environment agency, a bank analyst, the environment
secretary). Shapes: split quotes with the cue in the middle, "Asked whether …, X said …", exchanges of questions and
answers with and without cues, "X wrote in a letter to shareholders", "wrote in a note to clients", "declined to
comment" with no quote, first names only, a regulator quoted from a ruling. Written for these tests; none is taken
from any corpus, and every person and company in them is made up. The gold is in test_longform_probes_twentysixth.py."""

from __future__ import annotations

INHALER: tuple[str, ...] = (
    "Maribel Pharmaceuticals chief executive Lorcan Ferreira-Hale told a House committee on Tuesday that the company "
    "would cap the list price of its asthma inhaler at $35 a month for uninsured patients, hours after lawmakers "
    "released internal emails showing executives had discussed raising the price 11 times in eight years.",
    "The hearing, the third in the House Oversight Committee’s 18-month investigation into inhaler pricing, was at "
    "times combative. “Your company raised the price of a drug that has been on the market since 1998 by 640 percent. "
    "What changed about the drug?” Rep. Adaeze Whitcombe, the Ohio Democrat who leads the inquiry, asked in her "
    "opening question.",
    "“Nothing changed about the molecule,” Ferreira-Hale replied. “What changed is the cost of bringing the next "
    "molecule to patients, and that cost is real.”",
    "Whitcombe then read from an email that a vice president of pricing sent in March 2019, which described a planned "
    "increase as “the easiest money we will make this year.” Asked whether he had seen the email at the time, "
    "Ferreira-Hale said he had not, and that the employee no longer works for the company.",
    "Rep. Buford Tillinghast, a Texas Republican, struck a different tone, saying the committee should be looking at "
    "the pharmacy benefit managers who negotiate rebates with drugmakers. “If we want to know where the money goes, we "
    "should subpoena the middlemen, not just the manufacturers,” Tillinghast said. He said he would ask the chair to "
    "call three benefit managers before the summer recess.",
    "In one exchange, Rep. Marisol Etchegaray, a California Democrat, pressed the executive on the company’s share "
    "buybacks. “How much did Maribel spend buying back its own stock last year?” she asked. “About $4.1 billion,” "
    "Ferreira-Hale said. “And how much on research for new respiratory drugs?” “I would have to check the exact "
    "figure.” “It’s on page 62 of your annual report. It’s $380 million,” Etchegaray said.",
    "Outside the hearing room, Tamsin, a 34-year-old teacher from Dayton who asked that her surname not be used "
    "because her employer does not know about her condition, said she had rationed her inhaler for two winters. “I "
    "would skip the evening puff and hope I didn’t wake up wheezing,” she said.",
    "Whitcombe’s staff found that Maribel’s net price, what it keeps after rebates, rose far less than its list price, "
    "a point the company made again and again. “The list price is a fiction that nobody pays,” Ferreira-Hale told the "
    "committee. “Except the people without insurance,” Whitcombe shot back. “They pay it at the counter.”",
    "Dr. Harriet Szymanski-Obi, a pulmonologist at the University of Cincinnati who testified on a second panel, said "
    "she sees patients every month who arrive in the emergency room after stretching their inhalers. “When a child "
    "ends up intubated because her mother was trying to make a canister last six weeks, that is not a market working,” "
    "she said. She urged the committee to tie any cap to the list price rather than to a discount program that "
    "patients have to apply for.",
    "A spokesperson for Maribel said in an emailed statement after the hearing that the price cap would take effect on "
    "July 1 and that the company “has always supported patients who struggle to afford their medicines.”",
    "Joaquim Adeyemi-Park, an analyst at Jefferies who covers the company, said the cap would cost Maribel less than "
    "$40 million a year, a rounding error for a company with $19 billion in sales. “This is a headline, not a change "
    "to the business model,” he wrote in a note to clients. Shares of Maribel closed up 1.2 percent.",
    "Pinnacle Benefit Solutions, the largest of the benefit managers Tillinghast named, declined to comment. Whitcombe "
    "said the committee would release a staff report on inhaler pricing in the fall. “We are not done with this "
    "company, and we are not done with this industry,” she said.",
)

PENSION: tuple[str, ...] = (
    "Almost 4,000 former workers at the Dunmore Castings foundry in Rotherham face cuts of up to a fifth to their "
    "pensions after the company’s retirement scheme collapsed into the Pension Protection Fund, the lifeboat for "
    "schemes whose sponsors go bust. The Pensions Regulator said on Wednesday that it had opened an investigation into "
    "payments of £62m made to Dunmore’s former parent company in the three years before the foundry went into "
    "administration in March. In a ruling last year, the regulator’s determinations panel said the company’s directors "
    "had “repeatedly put the interests of the group ahead of those of the members” and ordered the parent to pay £8m "
    "into the scheme. “I did 31 years on the furnaces,” said Gareth, 64, who retired in 2019 and asked that his "
    "surname not be used, “and I was told every year that the pension was safe. Every single year.” He says his "
    "pension will fall from £1,180 a month to about £950. Sharon, who worked in the foundry’s wages office for 22 "
    "years, said she had started looking for a part-time job at 61. “You plan your whole life around a number, and "
    "then someone tells you the number was never real,” she said. Kestrel Industrial Holdings, the former parent, "
    "declined to comment. Dunmore went into administration after losing a contract to supply castings for railway "
    "wagons. The administrators, from the firm Brookfield Tate, said in a report to creditors that the scheme’s "
    "deficit on a buyout basis was £212m. “People assume the lifeboat pays everything. It doesn’t, and it pays least "
    "to those who retired early,” said Naomi Featherstonehaugh-Diop, who runs the advice charity Pension Help North. "
    "She said the charity had taken more than 300 calls from Dunmore members since March. Its chief executive, "
    "Benedikt Oyelaran-Crosby, wrote in a letter to shareholders in April that the group had “met every obligation the "
    "law placed on it” and that the payments from Dunmore were “ordinary dividends, properly declared”. At a hearing "
    "of the Commons work and pensions committee on Tuesday, the committee’s chair, Dame Philippa Rothwell-Obi, asked "
    "the scheme’s former trustee chairman why the trustees had agreed a 25-year plan to fix the deficit. “Did it not "
    "occur to anyone that the company might not be around in 25 years?” she asked. “With hindsight, yes, it should "
    "have,” replied Alasdair Penhaligon, who chaired the trustee board from 2014 to 2021. “At the time we were advised "
    "that the plan was reasonable.” Asked whether he would give back any of his trustee fees, Penhaligon said he would "
    "“consider it”. Rothwell-Obi said afterwards that the committee would write to the regulator asking for its full "
    "file on the scheme. A spokesperson for the Pension Protection Fund said in an emailed statement that members "
    "would receive letters setting out their new entitlements by the end of the month. “We know this is a worrying "
    "time, and our helpline is open to anyone who wants to talk it through,” the statement said. Con "
    "Mulrooney-Vasquez, a pensions partner at the consultancy Hartwell Barnes, said the case showed how far the law "
    "still lets a parent company take cash out of a group while its scheme is in deficit. “The regulator can chase "
    "money after the fact, but by then it’s usually gone,” he said. “What the members need is a rule that stops it "
    "leaving in the first place.” The local MP, Ruairi Tembo-Ashworth, said he had asked the pensions minister for a "
    "meeting. The Department for Work and Pensions did not answer a request for comment. Members were told in a "
    "letter in May that their benefits would be frozen while the fund assessed the scheme. Gareth says he has read it "
    "four times. “It’s two pages long and it doesn’t say what I’ll get,” he said.",
)

TAKEOVER: tuple[str, ...] = (
    "Northbridge Athletic’s takeover by a fund controlled by the government of a Gulf state was approved by the "
    "Premier League on Friday, ending an eleven-month review and making the club one of the richest in world football "
    "overnight.",
    "The league said in a statement that it had received “legally binding assurances” that the Al-Qadir Investment "
    "Authority would not control the club. In its decision, published in full on Monday, the league’s board said there "
    "was “no evidence” that the state would direct the club’s affairs, but warned that it “retains the right to act” "
    "if that changed.",
    "“This is the beginning of the most exciting chapter in our 140-year history,” the club’s new chairman, Faisal bin "
    "Nasser Al-Harithi, said in a statement the club put out. “We are here for the long term, and we are here to "
    "win.”",
    "Outside the ground on Saturday, supporters were mostly jubilant. “Twenty years of selling our best players to pay "
    "the bank, and now this,” said Danny, 41, a scaffolder who has had a season ticket since he was nine. “I’m not "
    "going to pretend I’m not happy.” Ellie, 19, who was wearing a flag as a cape, said she had cried when she saw the "
    "news. “My dad went to every game in the Championship years. He would have loved this,” she said.",
    "Northbridge, relegated twice in the past decade, reported a pre-tax loss of £38m last season. Its previous owner, "
    "the American investor Clayton Boateng-Marsh, sold his 80 per cent stake for a sum reported at £410m. “I leave the "
    "club in better health than I found it,” Boateng-Marsh wrote in an open letter to fans on the club’s website. “It "
    "needed owners who could take it further than I could.”",
    "Not every fan outside the ground was sure. “I want to win, course I do,” said Kieran, 56, who runs a burger van "
    "on the corner of Railway Street. “But you’d be daft not to ask what they want for it.”",
    "Not everyone was celebrating. The Northbridge Supporters’ Trust, which holds a 2 per cent stake, said it had "
    "voted to abstain in the league’s consultation. Its chair, Morwenna Adebayo-Kilbride, said the trust had asked for "
    "a meeting with the new owners about ticket prices and had not yet had a reply. “We were promised a voice. So far "
    "we’ve had a press release,” she said.",
    "Human-rights groups criticised the decision. “Football is being used to wash the reputation of a government that "
    "jails people for tweets,” said Isidore Kwarteng-Salo, who leads the Gulf programme at the campaign group Fair "
    "Play Watch. He said the league’s test for owners “looks at bank balances, not at prisons”.",
    "At a hearing of the Commons culture committee on Tuesday, the Premier League’s chief executive, Rosalind "
    "Achterberg-Nwosu, was pressed on the approval. “Can you tell this committee, hand on heart, that the state does "
    "not control this club?” asked Caradoc Whitfield-Amadi, a Conservative MP. “I can tell you that we have a legally "
    "binding agreement that says so, and we will enforce it,” she said. “That’s not what I asked,” Whitfield-Amadi "
    "replied. Asked whether the league had spoken to the fund’s ministers, she said it had dealt only with its lawyers "
    "and its board.",
    "Tobias Rennick-Oduya, an analyst at Investec, said the club could now spend up to £250m a year before breaching "
    "the league’s spending rules. “The rules cap what you can lose, not what you can earn, and commercial deals with "
    "friendly sponsors are the obvious route,” he said.",
    "The fund did not answer a request for comment. Northbridge’s manager, Leandro Fitzgerald-Mbeki, declined to "
    "comment on the takeover on Friday, saying only that his players would “keep their minds on Saturday”.",
)

TRUCK_PLANT: tuple[str, ...] = (
    "Halvorsen Motors will close its assembly plant in Brackett, Ohio, by the end of next year, the company said "
    "Thursday, eliminating about 2,800 jobs at a factory that has built pickup trucks since 1971.",
    "“We have more capacity than the market will bear, and we must act on that,” chief executive Odile "
    "Brannigan-Mensah wrote in a letter to shareholders released with the company’s quarterly results. She wrote that "
    "the decision was “painful but necessary” as demand for large gas-powered trucks falls.",
    "A company spokesperson, Garrick Oyelowo-Sands, said in an emailed statement that workers would be offered "
    "transfers to plants in Michigan and Tennessee and that those who decline would receive severance under the union "
    "contract.",
    "At the Local 1714 union hall across the road from the plant, the mood was grim. “My dad built trucks here. My "
    "grandpa built trucks here,” said Ray, a paint-shop worker with 26 years at the plant, who asked that his last "
    "name not be used because he is still employed by Halvorsen. “I guess I’m the last one.” Ray said he and his wife "
    "had just refinanced their house. Another worker, Luz, who installs wiring harnesses on the second shift, said "
    "Tennessee was not an option for her. “My mom is in a nursing home ten minutes from here. What am I supposed to "
    "do, take her with me?” she said.",
    "The Brackett plant has been cut back before. Halvorsen eliminated its third shift in 2019, and in 2022 it idled "
    "the plant for 14 weeks during a parts shortage. “Every time, they said it was temporary,” said Dolores, who "
    "retired from the plant’s body shop last year and came to the union hall to see old colleagues. “This time they "
    "didn’t bother saying it.”",
    "Economists at Cleveland State University estimated in a study last year that every job at the plant supports two "
    "and a half more in the region, at suppliers, restaurants and shops. Pablo Reinholt-Asare, who owns a diner on "
    "Route 45 that has served plant workers for 30 years, said his breakfast trade comes almost entirely from the "
    "first shift. “When the plant sneezes, I catch the cold,” he said.",
    "Wendell Okafor-Brandt, the president of United Auto Workers Local 1714, said the union had not been told about "
    "the closure until an hour before the announcement. “They gave us a phone call and a press release,” he said. "
    "“That tells you everything about how they see the people who made them rich.” He said the union would argue that "
    "the closure breaks a 2023 promise to build a new electric pickup at the plant.",
    "Ohio Gov. Rosamund Leavitt-Kaur called the decision “a betrayal” at a news conference in Columbus. Asked whether "
    "the state would offer Halvorsen new tax breaks to stay, she said: “We have already given this company $180 "
    "million over 20 years. I’m not writing another check to a company that’s walking out the door.”",
    "Anneliese Moyo-Hartigan, an auto analyst at Wells Fargo, said the closure would save Halvorsen about $600 million "
    "a year. “Wall Street has been asking for this for two years,” she said in an interview. “The surprise is that it "
    "took this long.” Halvorsen shares rose 4 percent Thursday.",
    "Rep. Desmond Fairweather-Lund, whose district includes Brackett, said he would ask the House Ways and Means "
    "Committee to look at whether Halvorsen had met the conditions of federal clean-vehicle grants it received in "
    "2023. “If they took public money on a promise, the public deserves that money back,” he said.",
    "Halvorsen declined to comment on the grants. The mayor of Brackett, Phyllis Dunaway-Osei, said the plant pays "
    "about a third of the city’s income-tax revenue. “We will get through this. I don’t yet know how,” she said.",
)

SEWAGE: tuple[str, ...] = (
    "Tamar and Exe Water has been fined a record £91m by Ofwat after the regulator found it had failed to run its "
    "sewage works properly for at least six years, releasing untreated waste into rivers and the sea far more often "
    "than its permits allowed. In its final determination, Ofwat said the company’s breaches were “serious and "
    "sustained” and that its board had been given “clear and repeated warnings” that it ignored. “Customers have paid "
    "for a service they did not receive,” the regulator said. Ofwat’s chief executive, Marguerite Ekwueme-Doyle, said "
    "at a briefing for journalists that the fine reflected “the scale of the harm, not the size of the company”. Asked "
    "whether the regulator should have acted sooner, she said that Ofwat had been “clear for some years” that the "
    "company was failing and that its powers had been strengthened only in 2023. A spokesperson for Tamar and Exe "
    "Water said in an emailed statement that the company accepted the findings and “apologises unreservedly” to "
    "customers. The company said the fine would be paid by shareholders, not through bills, and that it was spending "
    "£1.4bn on upgrades by 2030. The company’s chief executive, Hollis Wetherall-Amaechi, faced questions from the "
    "Commons environment committee on Wednesday. “Do you accept that your company polluted the rivers of Devon while "
    "paying out £300m in dividends?” asked the committee’s chair, Bronagh Castellanos-Reid. “I accept that we have not "
    "met the standards we should have met,” Wetherall-Amaechi replied. “I’m asking whether you accept that you "
    "polluted the rivers.” “Yes,” he said, after a pause. Asked whether he would give up his £640,000 bonus, "
    "Wetherall-Amaechi said the board’s remuneration committee had not yet decided. He said he had “no intention” of "
    "resigning. On the beach at Exmouth on Saturday, a group of year-round swimmers said they now check a sewage map "
    "on their phones before going in. “Some mornings the app is red from one end of the bay to the other,” said Carys, "
    "a retired nurse who has swum there every day since 2015, “and then you just stand on the beach and look at it.” "
    "Her friend Mo, 58, said he had been ill twice last summer. The Environment Agency, which brought a separate "
    "criminal case against the company last year, said it was “considering further enforcement action”. The agency "
    "declined to comment on whether individual directors could face prosecution. The campaign group River Action Devon "
    "said the fine was “a drop in a very polluted ocean” and called for the company to be put into special "
    "administration. Siobhan Aldridge-Nakata, a utilities analyst at Barclays, said the fine was large by the sector’s "
    "standards but small beside the company’s debt of £3.9bn. “The bigger risk for the owners is not this fine. It is "
    "that Ofwat now limits what they can pay themselves for the next five years,” she wrote in a note to investors. "
    "The environment secretary, Crispin Habibi-Lowe, said the fine should be “a warning to every water company”. “The "
    "days when companies could treat our rivers as an open sewer are over,” he told the BBC. Tamar and Exe Water, "
    "which serves 1.8 million people in Devon and Cornwall, is owned by a group of pension funds and infrastructure "
    "investors, who declined to comment. “I used to love this job,” said an operator at one of the company’s treatment "
    "works near Plymouth, who asked not to be named because he was not authorised to speak to the press. He said staff "
    "had reported broken pumps for months before anyone came to fix them.",
)
