"""An eighteenth batch of fictional stories for probing the quotes, this one NEWSWIRE in the style of the big agencies
(a dateline "CITY (Agency) -" or "CITY, Month Day (Agency) -" on the first paragraph, short paragraphs, mostly reported
speech): a US campaign rally (the candidate, a campaign spokeswoman, a pollster, a rival's campaign manager, a voter,
the candidate's daughter), a software maker's results (the company, its chief executive on a call, an analyst, a
filing), a fraud trial (the judge, a defence lawyer, prosecutors, a victim), a ruling party with a hyphenated name and
its opposition, a party known by its initials in a budget fight (a mid-sentence cue), missile launches reported by a
joint chiefs of staff, an overnight air attack reported by an air force and a general staff, peace talks (foreign
ministers as appositions, a spokesman who asked not to be named, diplomats), a takeover told by sources familiar with
the matter, and a landslide ("officials said", "according to" the mayor, two speakers in one paragraph). Two stories
use straight quotation marks as wire feeds do. Written for these tests; none is taken from any corpus. The gold is in
test_longform_probes_eighteenth.py."""

from __future__ import annotations

CAMPAIGN: tuple[str, ...] = (
    "DES MOINES, Iowa (Reuters) - Republican presidential candidate Dale Whitcomb told a rally of about 2,000 "
    "supporters on Saturday that he would cut federal fuel taxes in his first week in office, sharpening his attack on "
    "the incumbent over prices at the pump.",
    "“They tell you it’s the market. It’s not the market. It’s Washington,” Whitcomb said to cheers in a cattle barn at"
    " the state fairgrounds. “On day one, we fix it.”",
    "Whitcomb’s campaign spokeswoman, Tessa Moran, said in a statement that the plan would be paid for by closing "
    "loopholes for oil importers, but she did not say which ones.",
    "A Des Moines Register poll released on Friday showed Whitcomb trailing by four points among likely voters in Iowa."
    " Pollster Gail Hendry, whose firm conducted the survey, said the race was “closer than it looks,” because nearly "
    "one in five voters remained undecided.",
    "“Undecided voters in Iowa break late, and they break on the economy,” Hendry told Reuters by telephone.",
    "The campaign of President Ruth Callahan dismissed the proposal. “Dale Whitcomb has promised cheaper gas in every "
    "race he has ever run, and he has never delivered,” Callahan campaign manager Omar Bastida told reporters in "
    "Washington.",
    "Among the crowd was Linda Sorensen, 58, a retired schoolteacher from Ankeny, who said she had voted for Callahan "
    "four years ago. “I’m done with that,” she said. “My grocery bill doubled. Nobody in Washington asked me about "
    "it.”",
    "Whitcomb, 61, a former governor of Nebraska, is due to campaign in New Hampshire on Tuesday. His daughter, Claire "
    "Whitcomb, who has introduced him at several events, said the family was “all in.” Claire told the crowd her "
    "father had taught her to drive a tractor at age nine.",
)

EARNINGS: tuple[str, ...] = (
    "SAN FRANCISCO, Oct 28 (Reuters) - Halvern Systems Inc said on Tuesday it would cut about 6% of its workforce, or "
    "roughly 1,800 jobs, as the cloud software maker forecast fourth-quarter revenue below Wall Street estimates.",
    "Shares of the company fell 9% in extended trading.",
    '"We grew too fast in some places, and we are correcting that now," Chief Executive Officer Nadia Ferrante said on '
    'a call with analysts. "This is not a retreat from the cloud."',
    "Ferrante said the cuts would fall mostly on sales and marketing, and that the company expected to record charges "
    "of $140 million to $160 million, mostly in the current quarter.",
    "The company said in a filing that it expected fourth-quarter revenue of $2.31 billion to $2.35 billion. Analysts "
    "on average had expected $2.42 billion, according to LSEG data.",
    '"The guidance is the problem, not the layoffs," said Marcus Oyelaran, an analyst at Brightwater Securities. '
    '"Investors can live with cost cuts. They can\'t live with slowing growth."',
    "Chief Financial Officer Ben Kessler told analysts that large customers had delayed renewals in Europe, where he "
    'said demand had been "choppy."',
    "Halvern, based in San Jose, California, also said its board had approved a $2 billion share buyback.",
    "A spokeswoman for the company declined to comment on whether executives would take pay cuts.",
)

TRIAL: tuple[str, ...] = (
    "NEW YORK (AP) - A federal judge on Monday refused to dismiss a fraud case against the founder of a collapsed "
    "cryptocurrency lender, ruling that prosecutors had presented enough evidence for the case to go to a jury.",
    "U.S. District Judge Harriet Lowe wrote in a 34-page decision that the defense’s argument that investors had been "
    "warned of the risks “misreads the record.”",
    "Kieran Vosk, 39, who founded Lumora Lending in 2018, has pleaded not guilty to charges of wire fraud and "
    "securities fraud. His lawyer, Denise Achterberg, said in an email that the ruling was “expected” and that her "
    "client looked forward to “telling his side of the story.”",
    "Prosecutors say Vosk told customers their deposits were safe while secretly lending their money to a trading firm"
    " he controlled.",
    "“He looked people in the eye and lied to them,” Assistant U.S. Attorney Paul Grady said at a hearing last month.",
    "The trial is set to begin on Jan. 12. Lowe said she expected it to last about three weeks.",
    "About 40,000 customers lost money when Lumora froze withdrawals in 2022, according to court filings. One of them, "
    "retired nurse Gwen Tallis of Toledo, Ohio, said she had lost $61,000. “That was my whole cushion,” Tallis said in "
    "an interview. “I just want someone to say they’re sorry.”",
    "A spokesman for the U.S. Attorney’s Office in Manhattan declined to comment.",
)

CONGRESS: tuple[str, ...] = (
    "HARARE (AFP) - Zimbabwe’s ruling ZANU-PF party said on Wednesday it would hold its congress in December, "
    "dismissing calls from the opposition for the vote to be postponed over a cholera outbreak.",
    "“The congress will go ahead. There is no law that says a party must stop its business because of a disease,” "
    "party spokesman Tendai Moyo told AFP.",
    "The main opposition Citizens Coalition for Change (CCC) said holding a gathering of thousands of delegates during "
    "the outbreak was “reckless.”",
    "“People are dying in Mbare and Glen View, and the ruling party wants a party,” CCC deputy spokeswoman Ruvimbo "
    "Chari said by telephone.",
    "The health ministry said 214 people had died since the outbreak began in September, most of them in Harare. "
    "Health Minister Farai Ncube said last week the outbreak was “under control,” a claim doctors’ groups dispute.",
    "Analysts said the ruling party was keen to settle the succession before campaigning for the 2028 election begins.",
    "“Nobody in ZANU-PF wants the succession fight to drag into an election year,” said Simbarashe Dube, a political "
    "scientist at the University of Zimbabwe.",
)

BUDGET: tuple[str, ...] = (
    "BRASILIA, March 3 (Reuters) - Brazil’s Workers’ Party, the PT, said on Monday it would back a bill to raise the "
    "income tax exemption threshold, setting up a clash with centrist lawmakers who say the measure would blow a hole "
    "in the budget.",
    "“Working people pay too much and the rich pay too little. That is the whole story,” PT president Gleisi Amaral "
    "told reporters in Brasilia.",
    "Finance Minister Henrique Saldanha said the government would propose offsetting the cost with a minimum tax on "
    "high earners, adding that the bill would be “fiscally neutral.”",
    "The vote, he said, was likely before the congressional recess in July.",
    "Arthur Lemos, leader of the centrist PSD bloc in the lower house, said his party would not support the bill "
    "without deeper spending cuts. “Nobody is against helping workers. We are against fantasy math,” Lemos said in a "
    "post on X.",
    "Two government officials, who asked not to be named because the negotiations were private, said the Planalto "
    "palace was ready to trim the threshold to win centrist votes.",
    "Markets reacted calmly. “The market has priced in some slippage already,” said Juliana Prates, chief economist at "
    "Banco Safira in Sao Paulo.",
)

MISSILES: tuple[str, ...] = (
    "SEOUL, June 14 (Reuters) - North Korea fired two short-range ballistic missiles into the sea off its east coast "
    "on Friday, South Korea’s Joint Chiefs of Staff said, the latest in a series of launches ahead of joint "
    "U.S.-South Korean drills.",
    "The missiles flew about 350 km (217 miles) before landing outside Japan’s exclusive economic zone, the joint "
    "chiefs said in a text message to reporters.",
    "Japan’s Defence Ministry said it had lodged a protest through diplomatic channels in Beijing. “These repeated "
    "launches threaten the peace and stability of our country and the region,” Defence Minister Kenji Arakawa told "
    "reporters in Tokyo.",
    "A spokesman for the U.S. Indo-Pacific Command said the launches did not pose an immediate threat to U.S. "
    "personnel or territory, but highlighted “the destabilising impact” of Pyongyang’s weapons programmes.",
    "Park Sung-hoon, a professor at Kyungnam University’s Institute for Far Eastern Studies, said the North was likely"
    " testing new launchers. “They are not just sending a message. They are collecting data,” Park said.",
    "Ri Song-ae, a senior official of the ruling Workers’ Party of Korea, said in a statement carried by KCNA on "
    "Wednesday that the drills were “a rehearsal for invasion” and warned of consequences.",
)

AIR_RAID: tuple[str, ...] = (
    "KYIV (AFP) - Russia launched 48 drones and three missiles at Ukraine overnight, damaging energy facilities in four"
    " regions, Ukraine’s air force said on Sunday.",
    "Air defences shot down 41 of the drones and two of the missiles, it said on Telegram.",
    "The general staff said separately that its forces had repelled 23 attacks near the eastern town of Pokrovsk in "
    "the past 24 hours. “The situation remains difficult but under control,” the general staff said in its morning "
    "update.",
    "In the southern city of Zaporizhzhia, regional governor Oleh Marchenko said a 67-year-old man was killed when "
    "debris fell on his house. “Rescuers pulled him out, but he died on the way to hospital,” Marchenko wrote on "
    "Telegram.",
    "Russia’s defence ministry said its air defences had destroyed 17 Ukrainian drones over the Belgorod and Kursk "
    "regions. It did not mention the strikes on Ukraine.",
    "Foreign Minister Andriy Kovalenko, speaking at a meeting of European counterparts in Brussels, urged allies to "
    "speed up deliveries of air defence systems. “Every day of delay is paid for in Ukrainian lives,” he said.",
)

TALKS: tuple[str, ...] = (
    "GENEVA, Sept 9 (Reuters) - Congo and Rwanda agreed on Tuesday to resume talks on a ceasefire in eastern Congo "
    "next month, Swiss mediators said, after two days of meetings that diplomats described as tense.",
    "“We have a date and we have a text to work from. That is more than we had on Sunday,” Therese Mbala, Congo’s "
    "foreign minister, told reporters in Geneva.",
    "Rwanda’s foreign minister, Olivier Nzeyimana, said his government remained committed to the process but would not"
    " withdraw troops “while armed groups that threaten Rwanda remain at our border.”",
    "A spokesman for the Swiss foreign ministry, who asked not to be named because he was not authorised to speak to "
    "the media, said the next round would be held in Lausanne.",
    "The U.N. peacekeeping mission in Congo, MONUSCO, said fighting had displaced more than 120,000 people since "
    "August. “The humanitarian situation is catastrophic and getting worse,” MONUSCO spokeswoman Aline Kabeya said in "
    "a statement.",
    "Two diplomats briefed on the talks said the sides had clashed over the sequencing of a troop withdrawal and the "
    "disarmament of militias. One of them said Kinshasa had pressed for a timetable that Kigali called unrealistic.",
    "The United States, which has backed the process, welcomed the outcome. “This is a step, not a destination,” a "
    "State Department spokesperson said.",
)

TAKEOVER: tuple[str, ...] = (
    "LONDON, Feb 4 (Reuters) - British packaging group Corran Holdings is in talks to buy Dutch rival Veltman NV for "
    "about 3 billion euros ($3.2 billion), three sources familiar with the matter said.",
    "The talks are at an advanced stage and a deal could be announced as early as next week, two of the sources said, "
    "asking not to be identified because the matter is confidential.",
    'Corran said late on Monday it would not comment on "market speculation." Veltman did not respond to a request for'
    " comment.",
    "A deal would create Europe's second-largest maker of cardboard packaging. \"Scale matters in this business, "
    'because the customers are getting bigger," said Hannah Lowther, an analyst at Ardley Capital.',
    "Veltman's largest shareholder, the founding Veltman family, which owns 28% of the company, has signalled it would"
    " be open to an offer at the right price, one of the sources said.",
    "Pieter Veltman, a member of the family and a former chief executive, said by telephone that he had not been "
    'approached. "If someone wants to talk to us, they know where to find us," he said.',
    "Corran's shares rose 6% in early trade. Chief Executive Simon Akers told Reuters in December that the company had"
    ' "firepower" for acquisitions and was looking at targets in continental Europe.',
)

LANDSLIDE: tuple[str, ...] = (
    "MANILA, Philippines (AP) - A landslide triggered by days of heavy rain buried at least 30 homes in a mountain "
    "village in the central Philippines, killing at least 14 people, officials said Thursday.",
    "Rescuers using shovels and their bare hands pulled six survivors from the mud overnight, according to Mayor Lito "
    "Abarca of Maragusan town. Twenty-two people remain missing, he said.",
    "“The ground just gave way. There was no sound, then everything was moving,” said Rosalinda Dagohoy, 44, who "
    "escaped with her two children. Her neighbour Ernesto Lacson said he heard a roar “like a truck” before the "
    "hillside collapsed.",
    "The national disaster agency said more than 40,000 people had fled to evacuation centres across three provinces."
    " Its spokesman, Jomar Villanueva, said soldiers and police had been deployed to help, and added that more rain "
    "was forecast for the weekend.",
    "The weather bureau said a tropical depression east of Mindanao could strengthen into a storm by Saturday.",
    "Interior Secretary Carmela Ruiz told a news conference in Manila that the government would investigate whether "
    "illegal logging had loosened the slope. “If people cut the trees that held this mountain, they will answer for "
    "it,” she said.",
    "The Philippines is hit by about 20 typhoons and storms each year.",
)
