"""A thirty-eighth batch of fictional BRITISH, IRISH AND AUSTRALIAN POLITICAL AND COURT NEWS ON THE WEB for probing the
quotes, set with single quotation marks as those papers use them: a Westminster lobby story over a leaked Treasury
memo (a Downing Street spokesperson who "told reporters", a chancellor on a radio programme, a shadow chancellor who
"told MPs", a senior Tory source, a think-tank economist, Prime Minister's Questions in one block), a Dáil exchange
over a hospital overrun (a Taoiseach, a Tánaiste, a Ceann Comhairle, a party leader with a name of several words, an
Independent TD named with a county, government sources), a Canberra Senate estimates hearing (a department secretary
named after her concession, senators who interject, a chair's warning, a minister's spokesperson), a state premier's
press conference told in long blocks of several speakers (an opposition leader, a mayor, an agency chief, a lobby
group's spokesperson, a minister's office), and a sentencing by a High Court judge (the judge's remarks, "the court
heard", barristers "for the defence", a detective, a council leader, honorifics without given names). Written for
these tests; none is taken from any corpus, and every person, town, council, company and case in them is made up.
The gold is in test_longform_probes_thirtyeighth.py."""

from __future__ import annotations

TREASURY_MEMO: tuple[str, ...] = (
    "Downing Street has insisted that the chancellor, Rosalind Ashworth-Keane, retains the prime minister’s ‘full "
    "confidence’, after a leaked Treasury memo suggested a £14bn shortfall in the spending plans set out in the "
    "spring.",
    "Asked whether the chancellor would still be in post by the autumn budget, a Downing Street spokesperson told "
    "reporters: ‘Yes. The chancellor has the prime minister’s full backing and is getting on with the job.’ The "
    "spokesperson declined to say when No 10 had first seen the memo.",
    "Ms Ashworth-Keane, speaking on BBC Radio 4’s Today programme, said the memo was ‘an early working draft’ that had "
    "been ‘overtaken by events’. ‘I’m not going to comment on every piece of paper that floats around Whitehall,’ she "
    "said. ‘What I will say is that our fiscal rules will be met, full stop.’",
    "The shadow chancellor, Owain Pritchard, told MPs that the government had ‘lost control of the public finances’ "
    "and demanded that the memo be published in full. ‘If there is nothing to hide, put it in the Commons library "
    "today,’ he said, to cheers from the Labour benches.",
    "Responding for the government, the economic secretary to the Treasury, Graham Tolley, told the Commons the memo "
    "‘does not reflect government policy’ and accused Labour of ‘talking down the economy for political gain’.",
    "But a senior Tory source said the mood among backbenchers was ‘grim’, adding: ‘People are asking why we found out "
    "about this from the newspapers and not from the Treasury.’ Another former cabinet minister, who asked not to be "
    "named, said the chancellor had ‘weeks, not months’ to restore confidence.",
    "Fenella Marsh, the Liberal Democrat Treasury spokesperson, said voters would ‘rightly ask what else is being kept "
    "from them’. The Scottish National party’s Westminster leader, Callum Dreghorn, called for an emergency statement "
    "from the chancellor.",
    "Economists were less alarmed. Dr Hannah Okoro-Lisle, a senior research economist at the Halford Fiscal "
    "Institute, said a gap of that size was ‘well within the normal range of forecast revisions’. ‘The story here is "
    "the politics, not the arithmetic,’ she told the Guardian.",
    "At prime minister’s questions on Wednesday, the Labour leader, Bethan Carrow-Hughes, asked whether the prime "
    "minister had read the memo; the prime minister, Julian Stroud, replied that he had ‘read everything I need to "
    "read’ and that the chancellor was ‘doing a superb job’. Mr Pritchard later said the answer was ‘a non-denial of "
    "the most transparent kind’, while Ms Marsh said it would ‘not survive contact with the facts’.",
    "Speaking on a visit to a gearbox factory in Derby on Thursday, Ms Ashworth-Keane told broadcasters she had "
    "‘never been more certain’ of the plan. ‘Nobody is going to bounce me off course with a leak,’ she said.",
)

DAIL_HOSPITAL: tuple[str, ...] = (
    "The Taoiseach, Declan Mulqueen, has rejected opposition claims that the Government misled the Dáil over the cost "
    "of the new children’s hospital in Limerick, telling TDs that every figure had been ‘published and scrutinised’.",
    "During Leaders’ Questions, the Sinn Féin leader, Áine Mac Giolla Bhríde, said the project was now €410 million "
    "over budget and that the Government had ‘sat on’ a consultant’s report for five months. ‘The Taoiseach knew, the "
    "Tánaiste knew, and they said nothing,’ she said. ‘That is not a mistake. That is a choice.’",
    "Mr Mulqueen said he had seen the report ‘in the normal way’ and accused Sinn Féin of ‘playing politics with a "
    "hospital for sick children’. The Ceann Comhairle, Seán Ó Floinn, twice intervened to ask deputies to allow the "
    "Taoiseach to answer.",
    "The Tánaiste and Minister for Health, Ciarán Dunleavy, said later that the overrun was ‘regrettable but "
    "explicable’, pointing to construction inflation and a redesign of the theatre block. ‘Nobody in this House wants "
    "that hospital built more than I do,’ Mr Dunleavy told the Dáil.",
    "Labour’s health spokeswoman, Róisín Kehoe, said the Tánaiste’s answer would ‘convince nobody on a trolley in "
    "University Hospital Limerick tonight’. The Social Democrats’ Eoin Brannigan said his party would table a motion "
    "of no confidence in the minister if the report was not published by Friday, while the Independent TD for Clare, "
    "Martina Fahy-Rourke, said she had been ‘asking about this for two years and getting the same non-answer’. "
    "Government sources insisted the report would be published ‘within days’.",
    "Speaking to reporters at Government Buildings afterwards, Mr Dunleavy said he would bring the report to Cabinet "
    "on Tuesday. Asked whether he had considered his position, he said: ‘No. I have a hospital to finish.’",
    "Dr Fergal Moynihan, a health economist at University College Cork, said overruns on hospital projects were ‘the "
    "rule rather than the exception’ across Europe. ‘What is unusual here is how long it took for anyone to say so "
    "publicly,’ he said.",
    "The Taoiseach later told reporters the Government had ‘nothing to hide and nothing to fear’ from publication.",
)

SENATE_ESTIMATES: tuple[str, ...] = (
    "The secretary of the Department of Home Affairs has conceded that the department cannot say how many visa holders "
    "were wrongly detained under a flawed data-matching program, in a tense Senate estimates hearing in Canberra on "
    "Monday.",
    "Under questioning from the Greens senator Tessa Vanderloo, Margaret Olufemi-Baird said the department had "
    "identified ‘at least 140’ cases but that the review was ‘nowhere near complete’. ‘I’m not going to give the "
    "committee a number I can’t stand behind,’ Ms Olufemi-Baird said.",
    "Senator Vanderloo said that answer was ‘simply not good enough’ for people who had spent weeks in detention. "
    "‘These are not numbers, secretary. These are people who lost their jobs and their homes,’ she said.",
    "The Coalition’s home affairs spokesman in the Senate, Senator Brett Kilgallon, asked when the minister had first "
    "been told of the problem. The minister representing the home affairs minister, Senator Louisa Thackeray-Ngata, "
    "took the question on notice, but told the committee she was ‘confident the minister acted as soon as he was "
    "briefed’.",
    "Departmental officials spent much of the afternoon on the program’s origins. The deputy secretary for "
    "immigration, Dr Anil Ramasubramanian, told senators the matching tool had been ‘switched off in every region’ by "
    "late March. Mr Kilgallon interjected that it had been ‘switched off after the horse had bolted’, prompting the "
    "chair, Labor senator Deb Costigan, to warn senators about ‘talking over witnesses’. Dr Ramasubramanian said the "
    "department had since ‘rebuilt the checks from the ground up’.",
    "The department’s chief operating officer, Gemma Strathairn, told the hearing that 38 staff had been moved onto "
    "the review. ‘We have people working weekends on this,’ she said.",
    "Outside the hearing, Senator Vanderloo told reporters the Greens would move to refer the matter to the "
    "Commonwealth Ombudsman. A spokesperson for the home affairs minister, Tom Ellery-Price, said in a statement that "
    "he ‘welcomes any scrutiny that helps get this right’.",
    "Professor Kate Lindqvist-Moore, an administrative law expert at the Australian National University, said the "
    "hearing showed ‘a department that still does not know what its own systems did’.",
)

RAIL_DELAY: tuple[str, ...] = (
    "The Victorian premier, Jacinta Harrow-Bell, has defended her government’s decision to delay the Geelong rail "
    "extension by three years, telling a press conference in Melbourne on Thursday that the project had been ‘a "
    "victim of a construction market that has gone mad’. ‘I’m not going to sign a blank cheque to a builder,’ Ms "
    "Harrow-Bell said. ‘Victorians expect us to get value for every dollar, and that is what we are doing.’ Asked "
    "whether the delay broke an election promise, she said the government had ‘always been upfront about the risks’. "
    "The transport infrastructure minister, Nick Stavrakis, standing beside her, said contracts for the first stage "
    "would still be signed this year.",
    "The opposition leader, Matthew Quennell, said the delay was ‘a betrayal of every family in Geelong’. ‘The premier "
    "promised this line three times. Three elections, three promises, and not a metre of track,’ Mr Quennell told "
    "reporters in Geelong. The Greens’ transport spokesperson, Samira Haddad-Lowe, said the money should go to buses "
    "‘that people can actually catch next year’, and the Geelong mayor, Peter Ormsby, said council was ‘deeply "
    "disappointed but not surprised’.",
    "Infrastructure Victoria’s chief executive, Lorraine Tsakalos, said in a statement that the delay was ‘consistent "
    "with advice’ the body gave in 2024. A spokesperson for the builders’ lobby group, the Civil Contractors Alliance, "
    "said costs had risen 30% since the project was announced. Asked whether the federal government would withdraw "
    "its $1.2bn share, the federal infrastructure minister’s office said the commonwealth was ‘working constructively "
    "with Victoria’.",
    "Ms Harrow-Bell, who faces an election in November, brushed off a question about her own leadership. ‘My "
    "colleagues can count, and so can I,’ she said, to laughter from the press gallery. Later, on ABC Radio Melbourne, "
    "she said she had spoken to the prime minister on Wednesday night and that he ‘understood the position "
    "completely’.",
    "Dr Nicole Varga, a transport researcher at Monash University, said the decision made sense on paper but would be "
    "‘politically brutal’ in seats along the corridor. ‘Delays are cheap in the budget papers and expensive at the "
    "ballot box,’ she said.",
)

BRIBERY_SENTENCING: tuple[str, ...] = (
    "A former council leader who took £230,000 in bribes from a property developer has been jailed for seven years, "
    "after a judge said he had ‘sold the trust of an entire town’.",
    "Desmond Akerley, 61, who led Wrexley borough council for nine years, was sentenced at Birmingham crown court on "
    "Friday after a jury convicted him of four counts of bribery and one of misconduct in public office. The "
    "developer, Gavin Rusk, 54, was jailed for five years.",
    "The court heard that Akerley steered three planning decisions in Rusk’s favour between 2019 and 2022, in return "
    "for payments disguised as consultancy fees to a company run by his brother-in-law. Prosecuting, Imogen "
    "Fairweather KC told the jury during the trial that the arrangement was ‘corruption dressed up in an invoice’.",
    "Sentencing, Mr Justice Harwood said Akerley had shown ‘not a flicker of remorse’ and had tried to blame officers "
    "who had ‘done nothing but their jobs’. ‘You were elected to serve the people of Wrexley. Instead you served "
    "yourself, and you served Mr Rusk,’ the judge told him. Tom Eastgate KC, for the defence, said his client had "
    "given ‘decades of genuine public service’ before the offending and was now ‘a broken man’, but the judge said "
    "that made the betrayal ‘worse, not better’.",
    "Mr Rusk’s barrister, Priyanka Chaudhry-Wells, told the court her client had pleaded guilty at the first "
    "opportunity and had ‘co-operated fully’ with investigators. The judge accepted that Rusk’s plea deserved credit, "
    "but said he had been ‘the engine of this scheme, not a passenger in it’.",
    "Outside court, Detective Inspector Ruth Calloway of West Midlands police said the case should ‘send a message to "
    "anyone in public life who thinks a brown envelope is a perk of the job’. The current leader of Wrexley council, "
    "Councillor Joanne Pike, said the authority had ‘completely overhauled’ its planning process. ‘We owe residents "
    "more than an apology, and we are determined to earn back their trust,’ Ms Pike said.",
    "Akerley, who denied the charges throughout, shook his head as he was led from the dock. His solicitor said he "
    "would consider an appeal.",
)
