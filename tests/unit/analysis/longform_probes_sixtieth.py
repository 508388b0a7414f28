"""A sixtieth batch of fictional stories for probing the quotes, in the manner of EDUCATION AND YOUTH NEWS as the US,
British and Australian press and the wires write it: pupils and students quoted by a first name and an age ("said
Maya, 11"; "Tom, a Year 11 student, said"); parents by a first name or by none ("a mother who did not want to be
named"); a principal and a head teacher named once and then called "the principal" and "the head"; a superintendent's
letter to families and a vice-chancellor's email to staff, quoted as what they "wrote"; an education secretary, a
shadow minister and an opposition spokesman; a board member who "voted against, saying …"; a researcher at an
education think tank; a teachers' union and a student union that "said in a statement". The stories: a school board in
Colorado that votes to replace its reading curriculum, a strike ballot of teachers in England, an Australian
university's fee rise, GCSE results day in the north of England, and a state schools plan in New South Wales. Written
for these tests; none is taken from any corpus, and every person, school, union, university and think tank in them is
made up (the countries, places and kinds of bodies are real)."""

from __future__ import annotations

BOARD: tuple[str, ...] = (
    "Cedar Hollow school board votes 4-3 to replace reading curriculum after heated meeting",
    "CEDAR HOLLOW, Colo. (AP) — The school board in this Denver suburb voted 4-3 late Tuesday to replace the reading "
    "curriculum in its 14 elementary schools with a program built on phonics, ending a year-long fight that packed "
    "the board room with parents, teachers and more than a few children up past their bedtime.",
    "Board president Linda Marchetti-Shaw said the vote was “about one number”: the 41% of third graders in the "
    "district who read at grade level on last spring’s state test. “We have tried the other way for fifteen years. "
    "I’m not willing to tell another class of eight-year-olds to wait,” she said.",
    "Board member Raymond Osei-Lindqvist voted against, saying the district was “buying a box of worksheets” without "
    "training the teachers who would have to use them. Two other members, Carla Byrne and Hollis Tate, also opposed "
    "the change; Byrne said the board had rushed a decision that deserved another year of study.",
    "In a letter to families sent Wednesday morning, Superintendent Angela Firth-Navarro wrote that the new materials "
    "would be in classrooms by January and that every kindergarten to third-grade teacher would receive 30 hours of "
    "paid training before then. “I know that many of you came to last night’s meeting with strong feelings on both "
    "sides. What unites us is that we want every child in Cedar Hollow to read, and to love reading,” she wrote.",
    "Parents who spoke during more than three hours of public comment were split. A mother of two at Juniper "
    "Elementary, who gave only her first name, Kristen, said her son had been “guessing at words from the pictures” "
    "until she paid for a private tutor. Another parent, a father who did not give his name, told the board that “my "
    "kids can read just fine” and asked members to “stop experimenting on them.”",
    "Several students spoke too. “I like reading now, but I didn’t in second grade because I couldn’t do it,” said "
    "Maya, 11, a fifth grader who read from a sheet of notebook paper. Her classmate Eli, 10, said he liked the old "
    "books better “because they had stories in them, not just sounds.”",
    "The Cedar Hollow Education Association, which represents the district’s 1,100 teachers, said in a statement that "
    "it “respects the board’s decision” but would press for the training to be paid at the full rate and held during "
    "school hours. The association’s president, Derek Haugland, said many teachers had already taught themselves "
    "phonics methods “on their own time and their own dime.”",
    "Nadia Corrigan-Webb, a senior researcher at the Westbrook Center for Education Policy, a nonpartisan think tank "
    "in Washington, said Cedar Hollow was one of more than 200 districts to make a similar switch since 2019. “The "
    "evidence for explicit phonics in the early grades is about as strong as education research gets. The evidence on "
    "how to get teachers to change what they do every day is much thinner, and that’s where these switches succeed or "
    "fail,” she said.",
    "The principal of Juniper Elementary, Teresa Blaylock-Ortiz, who chaired the committee that recommended the "
    "program, said her teachers were “nervous but ready.” After the vote, the principal told reporters in the parking "
    "lot that she expected scores to dip in the first year. “Any change does that. Judge us in year three,” she said.",
)

BALLOT: tuple[str, ...] = (
    "Teachers in England to be balloted on strike action over ‘unfunded’ pay award",
    "Teachers in England will be asked to vote on strike action in the autumn after the largest teaching union said a "
    "3.5% pay award for next year, which schools must pay out of their existing budgets, amounted to “a real-terms cut "
    "dressed as a rise”.",
    "The National Association of Classroom Teachers (NACT) said its executive had voted unanimously to open a formal "
    "ballot on 15 September, closing on 27 October. Its general secretary, Fiona Gallacher-Reid, said the government "
    "had “once again announced a pay rise and then sent schools the bill”.",
    "“Heads are already cutting teaching assistants and mental health support to stay in the black. If ministers want "
    "this award to mean anything, they have to fund it, in full, in cash, not in promises,” Gallacher-Reid told the "
    "union’s annual conference in Harrogate. “We do not want to strike. We want to teach.”",
    "The Education Secretary, Bridget Amersham, said the award was “fair, affordable and the second above-inflation "
    "rise in a row”, and that schools had received an extra £1.2bn this year. Speaking on a visit to a primary school "
    "in Stockport, she said: “I would urge every teacher to look at the facts before they vote. Strike action hurts "
    "children, and children have already lost enough learning.”",
    "The shadow education secretary, Jonathan Peverell-Sykes, said the government had “lost control of the schools "
    "budget” and accused ministers of “hiding behind heads”. The Liberal Democrats’ education spokesperson, Morag "
    "Tennant, called for an independent review of how pay awards are funded.",
    "At Thornbury Park Academy in Leeds, the head teacher, Simon Oyelaran-Hale, said he had already cut two teaching "
    "posts and would have to find another £140,000 to pay for the award. “I support my staff. I also have to set a "
    "budget that balances, and right now those two things are pulling in opposite directions,” he said. The head said "
    "he would not tell staff how to vote.",
    "Pupils at the school, where Year 11 sat mock exams this week, had mixed views. Tom, a Year 11 student, said he "
    "“wouldn’t blame” his teachers for striking but worried about losing lessons before his GCSEs. “We missed half of "
    "Year 7 because of Covid. I don’t want to miss half of Year 11 as well,” he said. Aisha, 15, said her maths "
    "teacher “does three people’s jobs” and deserved more.",
    "Ruth Dalgleish, a research fellow at the Centre for School Funding Studies, an independent think tank, said her "
    "analysis suggested that about half of secondary schools in England would be in deficit by 2027 if the award was "
    "not funded. “The award itself is not generous. What makes it bite is that it comes out of budgets that are "
    "already stretched to breaking point,” she said.",
    "A Department for Education spokesperson said: “We have delivered the largest increase to school funding in a "
    "decade, and we will continue to work with unions and school leaders.”",
)

FEES: tuple[str, ...] = (
    "Bellmere University lifts fees by up to 14 per cent as student union vows protest",
    "MELBOURNE — Bellmere University will raise fees for international students and fee-paying postgraduates by up to "
    "14 per cent next year, the university said on Thursday, as it seeks to close a $92 million budget gap left by the "
    "federal cap on international enrolments.",
    "In an email to staff on Wednesday evening, seen by this masthead, the vice-chancellor, Professor Helen "
    "Strachan-Obi, wrote that the university faced “the most difficult financial position in its 60-year history” and "
    "that the alternative to higher fees was “deeper cuts to the people and programs that make Bellmere what it is”. "
    "She wrote that a further 180 positions would be cut, on top of 240 announced in March.",
    "“No vice-chancellor wants to send an email like this. But I would rather be honest with you now than sorry in a "
    "year,” Professor Strachan-Obi wrote.",
    "The Bellmere University Student Union said the rise would price out students from South and South-East Asia and "
    "called a rally on the campus lawns for Tuesday. The union’s president, Jasmine Tran-Kowalski, 22, said students "
    "had been “treated like cash machines” while the university spent $40 million on a new administration building. "
    "“International students pay for this university. We fill the lecture theatres and we clean the offices at night, "
    "and now we are being told to pay more for less,” she said.",
    "Outside the library on Thursday, Rohan, 24, a master’s student in engineering from Chennai, said his family had "
    "taken a loan against their house to pay his fees. “My parents will read this news before I call them tonight,” "
    "he said. Domestic students who pay government-subsidised fees will not be affected by the rise.",
    "The Tertiary Education Staff Association (TESA) said in a statement that the job cuts would “gut teaching” in the "
    "arts and sciences. Its branch president, Dr Marcus Ilunga-Hoare, said staff had learnt of the latest cuts “from "
    "an email at 6pm on a Wednesday”.",
    "Federal Education Minister Gregory Aldana-Price said universities set their own fees for international students "
    "and that the government’s caps were about “sustainable growth, not punishment”. “Every university in this country "
    "has had time to plan for this. I’d encourage Bellmere to look at its own spending before it looks at students’ "
    "pockets,” Mr Aldana-Price told ABC Radio Melbourne.",
    "The Coalition’s education spokeswoman, Senator Priscilla Haddad-Moore, said the fee rise was “a direct "
    "consequence” of the government’s caps and warned that other universities would follow.",
    "“The international student market was always going to be a fragile base for a whole sector. Bellmere is simply "
    "the first to put a number on what that fragility costs,” said Andrew Kealoha-Finch, a higher education policy "
    "researcher at the Mitchell-Barr Institute.",
)

RESULTS: tuple[str, ...] = (
    "GCSE results: top grades dip as regulator holds the line on marking",
    "The proportion of GCSE entries in England awarded the top grades fell slightly this year, as the exams regulator "
    "kept grading close to pre-pandemic standards and the gap between the richest and poorest regions widened.",
    "Figures published by the Joint Examinations Council on Thursday showed that 21.8% of entries were graded 7 or "
    "above, the equivalent of the old A and A*, down from 22.4% last year. The council said entries in computing had "
    "risen by 9%.",
    "The chief regulator at the Office for Examinations Standards, Dame Patricia Nwosu-Hart, said grading had been "
    "“fair and consistent” and that students could be confident their results “mean what they say”. “A grade 7 this "
    "year is worth exactly what a grade 7 was worth in 2019, and that matters to every employer and college that will "
    "look at it,” she said.",
    "At Kingsmead Community School in Sunderland, the head teacher, Graham Featherstonehaugh, handed out envelopes in "
    "the sports hall from 8am. “I revised every single night since Christmas, and I mean every night,” said Lily, 16, "
    "who got four grade 9s. Her friend Jayden, 16, who needed a grade 4 in maths to start an electrician’s "
    "apprenticeship, said: “I got a 5. I honestly thought I’d failed. I rang my mum before I even opened the English "
    "one.”",
    "The head said results at the school, where more than half of pupils qualify for free school meals, were its best "
    "in a decade. “People write off schools like ours and kids like ours. Today they can’t,” he said.",
    "Education Secretary Bridget Amersham congratulated students and said the results showed “the hard work of a "
    "generation that lost so much to the pandemic”. She said the government’s new maths hubs would “close the gap "
    "between north and south”.",
    "But the shadow education secretary, Oliver Brannigan-Shah, said the regional gap showed that the government had "
    "“abandoned” pupils outside the South East. In London, 28.6% of entries received a 7 or above, against 17.9% in "
    "the North East.",
    "Dr Funmi Adeyemi-Cross, director of research at the education think tank Learning Futures, said the gap between "
    "London and the North East was now the widest on record. “This isn’t about the talent of young people in "
    "Sunderland or Middlesbrough. It is about teacher shortages, and shortages fall hardest on the schools that can "
    "least afford them,” she said.",
    "The National Association of Classroom Teachers said in a statement that the results were “a testament to teachers "
    "working in impossible conditions”.",
    "Outside the school gates, a mother who did not want to be named said her son had got the grades for sixth form "
    "“by the skin of his teeth”. “I’m going to frame that envelope,” she said.",
)

PLAN: tuple[str, ...] = (
    "NSW unveils $1.4 billion schools plan to cut class sizes and fund literacy specialists",
    "SYDNEY — The New South Wales government will spend $1.4 billion over four years to hire 1,600 literacy and "
    "numeracy specialists and cap kindergarten classes at 20 pupils, under a schools plan announced on Sunday that the "
    "Education Minister called “the biggest investment in the early years this state has ever seen”.",
    "Minister Kathleen Dorrigo-Vance said the specialists would be in every public primary school by the start of "
    "2028, starting with 300 schools in western Sydney and the regions where results are weakest. “If a child can’t "
    "read by the end of year 2, everything after that is harder. We are going to find those kids early and we are not "
    "going to let go of them,” Ms Dorrigo-Vance told reporters at Blacktown South Public School.",
    "The school’s principal, Mark Tuiasosopo-Green, said his school had funded two reading specialists from its own "
    "budget for three years and had seen the share of year 3 students below the national standard fall by almost "
    "half. The principal said the new money would let him put the $240,000 he spends on them back into classrooms. "
    "“We’ve been robbing Peter to pay Paul. This means Paul gets paid properly,” he said.",
    "In the playground, Mia, 12, who joined a reading group in year 2, said she used to “hide in the toilets” during "
    "reading time. “Now I read Harry Potter on the bus,” she said. Her father, who gave his name only as Sam, said he "
    "had been told by another school that his daughter would “catch up eventually”. “She didn’t catch up on her own. "
    "Someone had to sit with her,” he said.",
    "Opposition education spokesman Tim Radovanovic-Lee said the plan was “a re-announcement wrapped in a bow” and "
    "that the government had cut 900 support staff in its first budget. “Families will believe it when they see the "
    "teachers in the classrooms,” he said.",
    "The Public School Teachers’ Federation welcomed the plan in a statement but said it would not fix a shortage of "
    "more than 2,000 teachers unless salaries rose. Its president, Angela Warrick-Soto, said: “You can announce 1,600 "
    "new jobs. You still have to find 1,600 people willing to take them.”",
    "“Half of this plan is very good and half is very expensive. The trick will be whether they can afford to keep "
    "both,” said Dr Elise Vantongeren, a school education program director at the Harcourt Institute, who said early "
    "reading help was among the best value for money in education.",
    "The plan will be funded partly from a $600 million underspend in the department’s capital budget, the minister "
    "said.",
)
