"""A thirty-fourth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: long-form world news analysis in the style of web
magazines and papers' foreign desks (nine to eleven paragraphs), where most paragraphs carry the theme only through
the article's context (background, history, analysts' quotes, people's stories): a border town living off the
re-export of goods after sanctions, soldiers home a year after a ceasefire, a small island state courted by two
powers, a gas pipeline's politics told through a village; and one look-alike with no theme (a dockers' dispute over
automation at a port).
Blind, main's rules got 29 of these 49 paragraphs wrong (trade missed 16 times, diplomacy 10, military 4; diplomacy
given 3 times): paragraphs told through people and places (a warehouse where boxes are relabelled, a village that
burns none of the gas, a fisherman on two donors' buildings), the island's courting carried only by the title's
"powers", and the look-alike's mediator and talks read as states' talks.
After this round's mends (workers on strike in the lead make the story's talks talks at home; energy a line carries
to a state is sold there), 26.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

THIRTYFOURTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "The Town That Sanctions Made Rich",
        [
            Probe(
                "VERKHNI BRID, Georgia - Three years ago the road through this mountain town carried a few lorries a "
                "day. Now the queue of trucks bound for the Russian border stretches for eleven kilometres, and the "
                "cafes along it never close.",
                "t",
            ),
            Probe(
                "Most of the trucks carry goods that Western sanctions bar from Russia: washing machines, car parts, "
                "laptops and the chips inside them, bought in Europe or Turkey and declared as bound for Central "
                "Asia.",
                "t",
            ),
            Probe(
                "Gocha, a former schoolteacher who asked that his surname be left out, now runs a warehouse where "
                "boxes are relabelled overnight. He earns in a week what the school paid him in a year.",
                "t",
            ),
            Probe(
                '"Nobody here asks what is in the box," he said, lighting a cigarette by the loading ramp. "We ask '
                'only how many and when."',
                "t",
            ),
            Probe(
                "Customs figures show the region's declared exports to Kyrgyzstan and Kazakhstan rose sevenfold in "
                "two years, while little of that cargo ever appears at those countries' own border posts.",
                "t",
            ),
            Probe(
                "Officials in Brussels have noticed. An envoy from the European Union visited Tbilisi twice this "
                "spring to press the government to close the loopholes, and a new package of measures names two "
                "Georgian freight firms.",
                "td",
            ),
            Probe(
                "The government says it enforces every rule it signed up to and accuses its critics of trying to drag "
                "the country into a war it cannot afford.",
                "t",
                "dm",
            ),
            Probe(
                '"For a small country with Russian troops 40 kilometres from its capital, caution is a policy," said '
                'Nino Beridze, an analyst at a research centre in Tbilisi. "But caution has become very profitable '
                'for some people."',
                "dm",
                "t",
            ),
            Probe(
                "In the town, the boom has brought new houses, a private clinic and a row of car dealerships. It has "
                "also brought rents that young families can no longer pay.",
                "",
                "t",
            ),
            Probe(
                'Few people here expect it to last. "When the war ends, the road will go quiet again," said the '
                'owner of a roadside motel. "We are living off other people\'s quarrels."',
                "t",
                "m",
            ),
        ],
    ),
    (
        "A Year After The Guns Fell Silent, The Soldiers Come Home To Nothing",
        [
            Probe(
                "MEKELE, Ethiopia - It has been a year since the ceasefire, and Haile still wakes at four in the "
                "morning, the hour his unit used to move.",
                "m",
            ),
            Probe(
                "He spent two years in the trenches above the valley, lost two fingers to a grenade and buried three "
                "of the men he grew up with. Now he sells phone credit from a plastic stool outside the bus station.",
                "m",
            ),
            Probe(
                "Under the agreement signed in Pretoria, some 270,000 fighters were to hand in their weapons and "
                "return to civilian life with a small payment and training. Fewer than a third have received "
                "anything.",
                "md",
            ),
            Probe(
                '"They told us the war was over, so we gave back our rifles," Haile said. "Nobody told us what we '
                'were supposed to do next."',
                "m",
            ),
            Probe(
                "The programme depends on money from donors, and the World Bank and the European Union have paid "
                "only part of what they pledged at a conference in Addis Ababa last spring.",
                "m",
                "dt",
            ),
            Probe(
                "Aid officials say the delay is partly political: donors want proof that troops from neighbouring "
                "Eritrea have left the border areas they still hold.",
                "md",
            ),
            Probe(
                "The regional administration says it has registered every former fighter and blames the federal "
                "government for withholding the budget.",
                "",
                "m",
            ),
            Probe(
                "Meron Tesfaye, a researcher who has interviewed hundreds of them, warns that idle young men with "
                'military training are "the raw material of the next conflict".',
                "m",
            ),
            Probe(
                "Some have already gone back to arms, joining militias in the west of the region where land disputes "
                "have flared since the spring.",
                "m",
            ),
            Probe(
                "Haile says he will not be one of them. He wants to open a small shop, if the payment ever comes.",
                "m",
            ),
        ],
    ),
    (
        "Two Powers Court An Island Of 11,000 People",
        [
            Probe(
                "FUNAFALA, Tavau - On the only paved road of this Pacific atoll, two new buildings face each other: a "
                "sports hall with a plaque in Chinese, and a clinic with a plaque thanking the people of Australia.",
                "d",
            ),
            Probe(
                "For most of its history Tavau drew little notice from anyone. Its 11,000 people live on fish, "
                "remittances and the sale of fishing licences to foreign fleets.",
                "",
                "t",
            ),
            Probe(
                "That changed three years ago, when Beijing offered to rebuild the harbour and lay an undersea cable. "
                "Canberra answered within months with a larger offer of its own.",
                "dt",
            ),
            Probe(
                "Last year the two governments signed a pact that lets Tavau's citizens settle in Australia and gives "
                "Canberra a say over any security deal the island makes with a third country.",
                "dm",
            ),
            Probe(
                '"We did not choose to become a chessboard," said the prime minister, Semi Taumoepeau, in his '
                'office above the post office. "But we have learned that everyone is very polite to a chessboard."',
                "d",
            ),
            Probe(
                "Officials in Washington worry less about the hall than about the harbour. A deep berth, they say, "
                "could one day take a grey hull as easily as a cargo ship.",
                "m",
                "dt",
            ),
            Probe(
                "The opposition leader, Lose Fakafanua, accuses the government of selling the country's voice for "
                "a seawall and a cable.",
                "d",
            ),
            Probe(
                'On the island, opinion is more practical. "The Chinese built the hall, the Australians fixed the '
                'clinic," said a fisherman mending nets on the beach. "Next we need someone to fix the tide."',
                "d",
            ),
            Probe(
                "The tide is the real threat. The highest point of the atoll is four metres above the sea, and "
                "scientists expect much of it to be under water twice a year by the 2050s.",
            ),
            Probe(
                "At the regional forum next month, Tavau will again ask both of its suitors for money to raise the "
                "land. Its ministers say they will take it from whoever answers first.",
                "d",
            ),
        ],
    ),
    (
        "The Pipeline Runs Past Their Gardens, The Gas Runs Elsewhere",
        [
            Probe(
                "KARAGOL, Turkey - The pipe lies two metres under Fatma Yildiz's apricot trees. She can see the "
                "yellow markers from her kitchen window, one every hundred metres, running west towards the border.",
                "t",
            ),
            Probe(
                "It carries gas from the Caspian to Greece and Italy, some ten billion cubic metres a year, and was "
                "sold to European governments as a way to need less from Russia.",
                "t",
                "d",
            ),
            Probe(
                "Nobody in Karagol burns any of it. The village heats with wood and bottled gas, like it always has.",
                "t",
            ),
            Probe(
                "When the builders came, the consortium paid each family for the strip of land it dug up. Fatma "
                "received enough to replace the roof, and lost a third of her trees.",
                "t",
            ),
            Probe(
                "The route itself was drawn far from here. It took Ankara and Baku years of talks, two summits and an "
                "intergovernmental agreement to settle the transit fees.",
                "dt",
            ),
            Probe(
                '"The pipe is as much a treaty as a pipe," said Emre Kaya, an energy analyst in Istanbul. "It ties '
                'Azerbaijan to Turkey and both of them to Brussels."',
                "dt",
            ),
            Probe(
                "Now the European Commission wants to double its capacity, and engineers have returned to measure "
                "the fields again.",
                "t",
            ),
            Probe(
                "The village's headman, Ali Demir, says this time he will ask for more than money. He wants a branch "
                "line so the houses can have gas.",
                "t",
            ),
            Probe(
                "The company says the village is too small to pay back the cost. The headman says the village was "
                "not too small to dig through.",
                "t",
            ),
            Probe(
                'Fatma has planted new trees beside the markers, where the rules allow only shallow roots. "The '
                'apricots do not know about Europe," she said.',
                "",
                "t",
            ),
        ],
    ),
    (
        "Robots, Wages And A Port On Strike",
        [
            Probe(
                "ROTTERDAM - For a second week, the cranes at the container terminals on the Maasvlakte stood still "
                "on Thursday as dockers kept up their strike over plans to automate more of the quays.",
                "",
                "t",
            ),
            Probe(
                "The terminal operators want to replace the straddle carriers with driverless vehicles by 2028, "
                "which the union says would cost about 800 jobs.",
            ),
            Probe(
                'Jan de Vries has driven a carrier for 23 years. His father loaded ships here by hand. "They call it '
                'progress," he said at the picket line. "I call it my mortgage."',
            ),
            Probe(
                "The employers say the port must keep up with rivals in Antwerp and Hamburg, and have offered a "
                "guarantee of no forced lay-offs until 2030.",
            ),
            Probe(
                "The union calls the guarantee worthless without a cap on the number of automated berths.",
            ),
            Probe(
                "Shipping lines have begun diverting some vessels, and retailers warn of empty shelves before the "
                "holidays if the stoppage lasts.",
                "",
                "t",
            ),
            Probe(
                "A government mediator met both sides on Wednesday evening. Talks broke up after midnight with no "
                "agreement and are due to resume on Monday.",
            ),
            Probe(
                "Labour historians say the dispute echoes the fights of the 1970s, when containers first emptied the "
                "docks of thousands of workers.",
            ),
            Probe(
                'Sociologist Marieke Bos said the strike was about dignity as much as money. "These men see a '
                'machine taking the one place where they are the experts," she said.',
            ),
        ],
    ),
]
