"""An eighty-first batch of fictional stories for probing the quotes, in the manner of MINING, METALS AND CRITICAL
MINERALS as the wires, the business press, the resource-town paper and geopolitics web analysis write them: a
lithium mine's permit hearing in a made-up northern Ontario town (the mayor and residents "in an interview", a First
Nation's chief, the company's vice-president of community relations, a hydrogeologist under questioning); a state's
export licences on rare earths and the answers of a European commissioner "told reporters in Brussels" and a
Japanese minister, with a ministry's statement and a think-tank fellow ("notes X", "says Ferrandi"); a copper miners'
strike in Zambia with the union's general secretary, the company's statement, the labour minister, a bank's metals
analyst with a price forecast and figures "according to" a company's half-year report; a nickel smelter's closure in
a made-up Western Australian town with a worker's pronoun chain across paragraphs, his wife, a quotation block of
several speakers in turn at the pub, a union organiser and the state minister; and a business magazine's feature on a
graphite junior (present-tense and inverted cues, "the veteran geologist", "notes the analyst", a quotation split by
its cue, figures according to a filing with the exchange). Surnames after the first mention, descriptions ("the
mayor", "the company", "the ministry"), single and double quotation marks. Written for these tests; none is taken
from any corpus, and every person, company, town, union, institute, bank and deposit in them is made up (the
countries, provinces, states, cities and kinds of bodies are real)."""

from __future__ import annotations

PERMIT: tuple[str, ...] = (
    "Lithium mine splits northern Ontario town as permit hearing opens",
    "TAMARACK FALLS, Ont. — A proposed open-pit lithium mine on the edge of this northern Ontario town of 4,000 has "
    "divided neighbours, strained the town’s ties with a nearby First Nation and drawn more than 300 people to the "
    "first day of a provincial permit hearing that is expected to run for three weeks.",
    "Boreal Spodumene Corp., a Toronto-listed company that has spent six years drilling the deposit, says the mine "
    "would create 420 permanent jobs and produce enough lithium each year for about 600,000 electric-vehicle "
    "batteries. “This is the most carefully studied deposit in the province,” Colleen Ashdown-Price, the company’s "
    "vice-president of community relations, told the hearing on Tuesday. “We have listened, and we have changed the "
    "project because we listened.”",
    "Mayor Wendell Brasseur, who was elected two years ago on a promise to bring the mine, said in an interview that "
    "the town had lost half of its jobs since the paper mill closed in 2009. “My kids left. Everybody’s kids left,” "
    "the mayor said. “If this mine doesn’t come, the school closes next, and then there is no town to argue about.”",
    "Chief Marlene Kiweewin of the Sturgeon Bend First Nation, whose reserve lies 11 kilometres downstream of the "
    "proposed tailings pond, sees it differently. The band council voted unanimously in March to oppose the permit. "
    "“Nobody asked us whether we wanted a lake of waste above our drinking water,” Kiweewin said. “They asked us how "
    "much it would cost to make us stop asking questions.”",
    "The council has hired its own hydrogeologist, Teodor Vaik, who told the hearing that the company’s groundwater "
    "model “assumes the rock is far less fractured than it is.” Under questioning from the company’s lawyer, Vaik, a "
    "veteran geologist who spent 30 years with the provincial survey, said he was not opposed to mining in principle. "
    "“I am opposed to guessing,” he said.",
    "According to the company’s environmental assessment, filed with the province in January, the tailings facility "
    "would be lined and monitored by 40 wells, and any seepage would be captured and treated on site. Ashdown-Price "
    "said the company had offered the First Nation a 10 percent equity stake and a seat on an environmental oversight "
    "committee. “The offer is still on the table,” she said, “and it will stay there.”",
    "At the hearing, residents lined up at two microphones. Doug Halvorsen, a retired mill worker, said the mine was "
    "the town’s last chance. ‘I worked 31 years at that mill, and I watched them chain the gate,’ he said. ‘I don’t "
    "want to watch it twice.’ Anita Rautio, who runs a fishing lodge on Tamarack Lake, told the panel she feared the "
    "mine would drain the wetlands her business depends on. “You can’t put a lodge back once the fish are gone,” she "
    "said in an interview afterwards.",
    "The hearing panel, which is chaired by a retired judge, is expected to deliver its recommendation to the "
    "province’s mines minister by the end of the year. Kiweewin said the First Nation would go to court if the permit "
    "is granted. ‘We have been patient for a long time,’ she said. ‘Patience is not the same as consent.’",
)

CURBS: tuple[str, ...] = (
    "Beijing tightens rare-earth exports as Europe vows it ‘will not be held hostage’",
    "BRUSSELS/BEIJING — China will require exporters of seven rare-earth elements and the magnets made from them to "
    "obtain licences from next month, the Ministry of Commerce said on Friday, in a move that European and Japanese "
    "officials called a direct threat to their car and defence industries.",
    "The ministry said in a statement that the controls were needed to “safeguard national security and interests” "
    "and were “not targeted at any country.” Licences would be granted to “compliant civilian end users,” it said.",
    "In Brussels, the European Union’s trade commissioner, Annelies Verbrugghen, told reporters that the bloc would "
    "respond “firmly and proportionately” if licences were used to squeeze European firms. “We will not be held "
    "hostage by a single supplier, not for magnets, not for anything,” she said. “Europe has been naive. That chapter "
    "is closed.”",
    "Asked whether the EU would retaliate with curbs of its own, Verbrugghen said all options were on the table but "
    "that she would first “talk, and talk hard” with her Chinese counterpart at a meeting planned for next month.",
    "Japan’s economy minister, Hiroshi Tamagawa, told a parliamentary committee in Tokyo that Japanese carmakers held "
    "about four months of stocks. “We learned this lesson in 2010,” Tamagawa said. “We diversified, but not enough.” "
    "The government would expand subsidies for recycling and for mines in Australia and Vietnam, he added.",
    "At a regular briefing in Beijing, a foreign ministry spokeswoman, Pan Yuening, rejected the charge of coercion. "
    "‘China has always been a responsible supplier,’ Pan said. ‘Those who politicise trade should look in the "
    "mirror.’",
    "The curbs go further than earlier rounds, notes Lucia Ferrandi, a senior fellow at the Kestrel Institute for "
    "Resource Security in Rome, because they cover magnets as well as raw oxides. “The licence is the weapon,” says "
    "Ferrandi. “Beijing doesn’t need to say no. It only needs to be slow.”",
    "China refines about 90 percent of the world’s rare earths, according to industry estimates, and makes most of "
    "the high-strength magnets used in electric motors, wind turbines and guided missiles. Building a rival supply "
    "chain would take at least a decade, Ferrandi says, “and a great deal of money that nobody has yet put on the "
    "table.”",
)

STRIKE: tuple[str, ...] = (
    "Zambian copper miners strike over pay, halting output at Lubuto",
    "LUSAKA, May 14 (Wire) — About 6,500 workers at Lubuto Copper Mines walked off the job on Wednesday after wage "
    "talks collapsed, halting production at one of Zambia’s largest copper operations, the company and the miners’ "
    "union said.",
    "The Copperbelt Mine and Allied Workers’ Union is demanding a 22 percent pay rise to offset inflation and the fall "
    "of the kwacha, its general secretary, Bwalya Kasonde-Mumba, told reporters in Kitwe. “Our members dig out the "
    "wealth of this country and go home to houses without running water,” Kasonde-Mumba said. “We are not asking for "
    "charity. We are asking for our share.”",
    "Lubuto, which is majority-owned by the London-listed Harrowgate Resources, said in a statement that its final "
    "offer of 9 percent was “fair, affordable and above the industry average,” and urged workers to return to their "
    "shifts. The company said it was losing about 800 tonnes of output a day and had declared force majeure on some "
    "deliveries to customers.",
    "“The door remains open, but the money is not there,” the company’s chief executive, Graham Oduya-Fenwick, said "
    "in a separate interview. “Nine percent is what this mine can pay at today’s copper price without borrowing to "
    "pay wages.”",
    "Labour Minister Grace Nkandu-Siame appealed to both sides to return to the table and said the government would "
    "not allow “a standoff that hurts every Zambian.” The strike is legal, she said, because the union had given the "
    "required notice.",
    "According to Harrowgate’s half-year report, filed with the London Stock Exchange in August, Lubuto produced "
    "142,000 tonnes of copper in the first six months of the year and accounted for almost a third of the group’s "
    "earnings.",
    "Copper rose 2.1 percent to $10,480 a tonne on the London Metal Exchange on news of the strike. Nkechi "
    "Adewale-Ross, head of metals research at Whitcombe Lyall bank, said a stoppage of more than two weeks would "
    "tighten a market already short of concentrate. “We see copper at $11,200 by the end of the year, and a long "
    "strike at Lubuto puts that number at risk on the upside,” she said in a note to clients.",
    "At the gates of the main shaft in Chililabombwe, strikers sang and waved placards on Thursday morning. ‘We are "
    "not going back for nine percent,’ said Mutale Chanda, a 34-year-old winch operator with three children. ‘Nine "
    "percent is what they pay when they think we are stupid.’ Kasonde-Mumba said the union would meet its members on "
    "Saturday to decide whether to extend the strike to a second mine owned by the group.",
)

SMELTER: tuple[str, ...] = (
    "‘It was the town’: Coolabin counts the cost as nickel smelter closes",
    "COOLABIN — The furnaces at the Yarrandi nickel smelter went cold on Friday for the first time in 41 years, and "
    "with them, many here fear, went the town.",
    "Yarrandi Nickel announced in February that it would close the smelter and lay off its 740 workers, blaming a "
    "collapse in nickel prices caused by a flood of cheap supply from Indonesia. The company said in a statement on "
    "Friday that it had “exhausted every option” and would keep 60 staff on site to manage the clean-up.",
    "Shane Pellegrino has worked at the smelter since he was 17. He started as a cleaner, moved to the furnace floor "
    "at 23 and has been a shift supervisor for the past decade. On Friday he clocked off for the last time, took a "
    "photo of his locker and drove home without turning on the radio.",
    "“I kept thinking someone would ring and say it was a mistake,” he says. He is 52. His father worked at Yarrandi "
    "too, and so did two of his uncles. “There’s no Plan B in a town like this. The smelter was Plan A, B and C.”",
    "His wife, Kylie Pellegrino, is a teacher’s aide at Coolabin Primary, where enrolments have already fallen by 40 "
    "since the closure was announced. She says families are leaving for Kalgoorlie and Perth “before the houses are "
    "worth nothing.”",
    "At the Coolabin Tavern on Friday night, the talk was of little else.",
    "“It wasn’t a job, it was the town,” said Barry Tunstall, who retired from the smelter’s laboratory in 2019.",
    "“The footy club, the swimming pool, the Christmas lights. Yarrandi paid for all of it,” said Michelle Corrigan, "
    "who runs the newsagency.",
    "“And now who pays?” asked her husband, Leon Corrigan.",
    "Tash Moreno, an organiser with the Smelting and Refining Workers’ Union, said fewer than a third of the workers "
    "had found new jobs. “The company got 41 years out of these people,” she said. “The least it owes them is a "
    "straight answer about the super and the redundancies.” Moreno said the union would seek an urgent meeting with "
    "the state government.",
    "Western Australia’s mines minister, Derek Halloran, said on Friday the government had set aside $35 million for "
    "retraining and would “leave no worker behind.” Asked whether the state would buy the smelter, he said it was "
    "“not in the business of running furnaces.”",
    "Shane Pellegrino has applied for jobs at two gold mines in the Goldfields, both fly-in, fly-out. He has not heard "
    "back. ‘I’ll go where the work is,’ he says. ‘But I’m not selling the house. Not yet.’",
)

GRAPHITE: tuple[str, ...] = (
    "The graphite bet: can a junior miner loosen China’s grip on battery anodes?",
    "PERTH — Ray Szabo-Whitfield has been looking for graphite for 38 years, and for most of them, he says, nobody "
    "cared. “You’d tell people at a dinner party you were a graphite man and they’d ask if you made pencils,” says the "
    "veteran geologist, now chief geologist at Quenda Graphite, a Perth-based junior explorer.",
    "Nobody is laughing now. Graphite is the largest single ingredient by weight in a lithium-ion battery, and China "
    "processes more than 90 percent of the world’s supply, according to Benchline Minerals, a London consultancy. "
    "Since Beijing put graphite on its export-licence list, Western carmakers have been scrambling for other sources.",
    "Quenda’s Mallee Soak deposit, 300 kilometres north-east of Kalgoorlie, holds 41 million tonnes of ore at an "
    "average grade of 11 percent graphite, according to a resource statement the company filed with the Australian "
    "Securities Exchange in March. The same filing puts the cost of a mine and processing plant at A$612 million, "
    "more than ten times the company’s market value.",
    "“We are not pretending this is easy,” says managing director Fiona Mackellar-Dunn, who spent a decade in "
    "investment banking before joining the company in 2021. “But the customers are ringing us now, which has never "
    "happened before in this industry.” She says two Japanese battery makers and a European carmaker have signed "
    "non-binding letters of intent to buy anode material, though she declines to name them.",
    "Not everyone is convinced. “A letter of intent is a handshake, not a contract,” notes Priyanka Devaraj, a mining "
    "analyst at Coldharbour Securities in Sydney. The analyst, who has a sell rating on the stock, expects graphite "
    "prices to stay below US$800 a tonne until 2028, too low, she argues, for most new Western projects to make money "
    "without subsidies.",
    "“China can drop the price whenever a rival gets close,” Devaraj says, “and it has done exactly that with rare "
    "earths, more than once.”",
    "The federal resources minister, Alana Whitcroft, said in March that the government would consider a loan of up "
    "to A$200 million from its critical minerals facility, calling graphite “a national priority, not a niche.”",
    "Back at the core shed on the edge of the deposit, Szabo-Whitfield runs a hand along a tray of grey, glittering "
    "drill core. “People think critical minerals are about geology,” he says. “They’re not. The geology was here a "
    "billion years ago. What’s new is that somebody finally needs it.”",
)
