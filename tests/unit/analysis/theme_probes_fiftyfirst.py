"""A fifty-first batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: opinion pages on foreign affairs, as newspapers print
them. A paper's editorials (a naval blockade of a grain port, sanctions that work slowly), op-eds by a former
ambassador (a stalled border treaty), a retired general (against a deployment) and a trade lawyer (a tariff dispute),
a columnist's weekly round-up, a former attache's case for reopening an embassy, a columnist on the analogy of 1938
for peace talks, and letters to the editor on an arms sale; with look-alikes of domestic opinion that borrow the words:
a "war on potholes" with its "trade-off" and "diplomatic" mayor, a neighbours' "truce" and "peace treaty" over a hedge
with a school board's "battle lines", a mayor's "charm offensive", "ceasefire", "summit" and transport "ambassador".

Boundaries judged here: first person, rhetorical questions and history ("as in 1914", a quarantine at sea in 1962,
the tariff walls of the 1930s) carry the theme they argue about; a paragraph of pure argument or a closing moral takes
the theme of the piece's subject (the guidelines' reading in context), and a paragraph that argues two themes at once
takes both. A byline note (a retired general, a trade lawyer, a former ambassador) takes the author's field as
optional; a letter that only corrects a place name is optional too, and a letter on a lost wallet gets no theme.
Blind, main's rules got 21 of these 90 paragraphs wrong, one a label slip (sanctions "meant to make [a war] dearer to
wage" name the war as their target, with no clause of fighting: military optional), relabelled; 20 left: diplomacy
missed for history told as a bargain (a quarantine at sea in 1962, a country house in 1978, Munich), for the next round
of talks, two ministers meeting, a monitoring mission and the negotiators of a moral, and for paragraphs of pure
argument (patience, grudges, a line where the guns fall silent); trade missed for wheat shipped and let through and for
gas pipes as a squeeze; military missed for tanks that crossed into a neighbour and a blockade's moral; and the
look-alikes' words taken at face value (a "diplomatic" mayor, a "gift for diplomacy" and a napkin "peace treaty", a
"cold war" over a hedge, "wars between neighbours").
After this batch's mends (armour that crosses or rolls into a place as an invasion, the guns falling silent as a
ceasefire, a bargain struck through back channels as talks), 17 are left (see KNOWN_MISSES in test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FIFTYFIRST_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "The blockade of Kessport must end",
        [
            Probe(
                "For six weeks now, Drostany's warships have stood off the port of Kessport, turning back grain "
                "freighters and daring anyone to test them. This newspaper has argued before that a blockade is an "
                "act of war by another name. It is time the world said so plainly.",
                "m",
                "t",
            ),
            Probe(
                "What does Drostany hope to achieve? Its ministers say they are enforcing a lawful quarantine against "
                "arms smuggling. Yet not one freighter stopped so far has been found to carry so much as a rifle.",
                "m",
            ),
            Probe(
                "The costs fall far from the quayside. Oruvia shipped a fifth of the region's wheat last year; bakers "
                "in cities that have never heard of Kessport are already paying more for their flour.",
                "t",
                "m",
            ),
            Probe(
                "We have been here before. In 1962 a quarantine at sea brought two powers to the brink, and it was "
                "ended not by guns but by a quiet bargain struck through back channels. The lesson then was that a "
                "blockade leaves room for talks only if someone is willing to open them.",
                "d",
                "m",
            ),
            Probe(
                "That someone should be Pentrell's foreign minister, who has the ear of both capitals and has so far "
                "said nothing at all. Silence is not neutrality; it is a choice.",
                "d",
            ),
            Probe(
                "Nor should the members of the United Nations Security Council hide behind the threat of a veto. A "
                "resolution that fails is still a record of who stood where.",
                "d",
                "m",
            ),
            Probe(
                "Is it naive to hope that a few freighters of wheat might be let through while the larger quarrel is "
                "settled? We think not. Hungry people do not care whose flag flies over the harbour.",
                "t",
                "md",
            ),
            Probe(
                "Blockades end in one of two ways: at a negotiating table or at the bottom of the sea. The choice is "
                "still Drostany's to make.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "I negotiated with Sarvosk for four years. Here is what I learned",
        [
            Probe(
                "I spent four years as my country's ambassador in Sarvosk, and I lost count of the dinners at which a "
                "minister told me, over the last glass, that the border treaty was 'nearly done'. It never was.",
                "d",
            ),
            Probe(
                "Today the talks have stalled again, and the usual voices say we should walk away. I understand the "
                "temptation. I do not share it.",
                "d",
            ),
            Probe(
                "Patience is not a policy, my critics will say. They are right. But impatience is not one either, and "
                "I have watched it cost us more than any concession ever did.",
                "d",
            ),
            Probe(
                "Consider what happened in 1978, when two governments that had fought three wars sat for thirteen "
                "days in a country house and came out with a framework nobody had thought possible. Nobody liked it. "
                "It has held for nearly half a century.",
                "d",
                "m",
            ),
            Probe(
                "What would a deal look like now? Sarvosk wants the fishing grounds off the cape; we want the river "
                "crossings reopened to lorries and a say in how the dam upstream is run. Each side has something the "
                "other needs.",
                "d",
                "t",
            ),
            Probe(
                "There are those in our defence ministry who would rather station another battalion on the ridge. I "
                "have stood on that ridge. Another battalion will not make it any safer.",
                "m",
                "d",
            ),
            Probe(
                "The next round is due in March in Geneva. Our negotiators should go with a map, not a list of "
                "grievances.",
                "d",
            ),
            Probe(
                "Treaties are not signed by the strong or by the weak; they are signed by the tired. Both our "
                "countries are tired enough. Let us make use of it.",
                "d",
            ),
            Probe(
                "The writer was her country's ambassador to Sarvosk from 2015 to 2019 and now teaches at a university "
                "in the capital.",
                "",
                "d",
            ),
        ],
    ),
    (
        "A retired general's plea: do not send our troops to Calveria",
        [
            Probe(
                "I commanded soldiers in two wars, and I have written more letters to grieving parents than I care to "
                "remember. So forgive me if I am unmoved by the cheerful talk in the capital of a 'short' deployment "
                "to Calveria.",
                "m",
            ),
            Probe(
                "Every war I have known was going to be short. In August 1914, young men were told they would be home "
                "by Christmas. Many never came home at all.",
                "m",
            ),
            Probe(
                "Who exactly are we meant to fight? The militias in Calveria's north change sides with the seasons, "
                "and the government we would defend has lost two elections' worth of trust.",
                "m",
            ),
            Probe(
                "The government's answer is that our allies expect it. Perhaps they do. But an alliance is a promise "
                "to stand together, not a promise to follow one another into every swamp.",
                "m",
                "d",
            ),
            Probe(
                "There are better tools. Our diplomats could press the neighbours to stop arming the militias; our "
                "trade negotiators could tie the aid package to a ceasefire. Neither costs a single life.",
                "dm",
                "t",
            ),
            Probe(
                "I am not a pacifist. I have seen what force can do when it is used with a clear aim and a way out. "
                "Here I see neither.",
                "m",
            ),
            Probe(
                "Before a single company of infantry is sent, Parliament should vote, and the ministers who argue for "
                "it should say in public how it ends.",
                "m",
            ),
            Probe(
                "Soldiers will go where they are told. It is the duty of those who tell them to be sure that they "
                "ought to go.",
                "m",
            ),
            Probe(
                "The writer is a retired lieutenant general and a former commander of the army's northern division.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Tariffs are a tax on our own shoppers",
        [
            Probe(
                "I have spent twenty years arguing trade cases in Geneva, and I have rarely seen a dispute as "
                "self-defeating as the one now raging between Kelmark and Vellmar over steel and cheese.",
                "t",
                "d",
            ),
            Probe(
                "Let us be clear about who pays a tariff. It is not the foreign exporter; it is the importer at home, "
                "and in the end the shopper who buys the saucepan.",
                "t",
            ),
            Probe(
                "Kelmark's government says the duties are needed to protect a strategic industry. Strategic to whom? "
                "Its steel mills employ fewer people than its supermarkets do.",
                "t",
            ),
            Probe(
                "History is not kind to this line of argument. The tariff walls of the 1930s did not save a single "
                "factory; they deepened a slump and soured relations between countries that would soon need one "
                "another.",
                "t",
                "d",
            ),
            Probe(
                "There is a better route, and it runs through the dispute panel. Vellmar has filed a complaint; "
                "Kelmark should answer it rather than mock it on television.",
                "t",
                "d",
            ),
            Probe(
                "Some will say the trade body is broken and its rulings ignored. It is bruised, certainly. But a "
                "referee who is sometimes ignored is better than a match with none.",
                "t",
                "d",
            ),
            Probe(
                "Meanwhile the two economy ministers meet in Brussels next week. They should leave the speeches at "
                "home and bring calculators.",
                "d",
                "t",
            ),
            Probe(
                "Trade wars, like the other kind, are easy to start and hard to end. The difference is that in this "
                "one, nobody needs to become a casualty.",
                "t",
            ),
            Probe(
                "The author is a partner at a law firm in Kelmark's capital who specialises in international trade.",
                "",
                "t",
            ),
        ],
    ),
    (
        "The week in the world: drones, gas and a summit nobody wanted",
        [
            Probe(
                "Another week, another summit. The leaders of the eight Baltic Rim states gathered in Tarvesk on "
                "Thursday, and if you blinked you missed it: a communique of four paragraphs, none of which said "
                "anything.",
                "d",
            ),
            Probe(
                "Which is a pity, because there was plenty to talk about. Drones of unknown origin have been spotted "
                "over three naval bases in the past month, and nobody in uniform will say whose they are.",
                "m",
            ),
            Probe(
                "My guess, for what it is worth? Someone is testing the air defences, and learning that they are thin.",
                "m",
            ),
            Probe(
                "Then there is the gas. The pipeline under the strait has been shut since spring, and the rim states "
                "are now paying twice what they did for cargoes shipped from across the ocean.",
                "t",
            ),
            Probe(
                "You might think these two problems would be discussed together. They are the same problem: a "
                "neighbour that has learned it can squeeze us with gas pipes as easily as with warplanes.",
                "tm",
                "d",
            ),
            Probe(
                "Closer to home, the city council spent a full evening this week on whether to rename the harbour "
                "promenade. I mention it only so that you know where our attention goes.",
                "",
            ),
            Probe(
                "Summits are for saying things. If the leaders have nothing to say, they might at least have the "
                "decency to stay at home and save the fuel.",
                "d",
            ),
        ],
    ),
    (
        "Letters: on the sale of fighter jets to Oruvia",
        [
            Probe(
                "Sir, Your editorial of Tuesday defended the sale of forty fighter jets to Oruvia as 'good for jobs'. "
                "Since when did we judge the export of weapons by the number of jobs it creates? Margit Helland, "
                "Sorvik",
                "m",
                "t",
            ),
            Probe(
                "Sir, As a former engineer at the aircraft plant in question, I can tell your correspondent that "
                "those jobs are real and that the people who do them are not war criminals. Oruvia is a treaty ally, "
                "not a pariah. Tomas Brekke, Lunden",
                "m",
                "dt",
            ),
            Probe(
                "Sir, Both of your previous correspondents miss the point. The question is not jobs or morals but "
                "whether these jets will be flown over the disputed islands. Our foreign minister should ask Oruvia's "
                "government for a written assurance, and publish it. Dr Ilse Vang, Nordhavn",
                "md",
            ),
            Probe(
                "Sir, I read your report on the sale with interest, but must correct one detail: the plant is in "
                "Sorvik, not Lunden, as anyone who has sat in its car park at shift change will know. Per Oksnes, "
                "Sorvik",
                "",
                "mt",
            ),
            Probe(
                "Sir, May I, through your pages, thank the stranger who returned my wallet on the number 14 bus last "
                "Friday? There are still honest people in this city. Anna Dahl, Lunden",
                "",
            ),
            Probe(
                "Sir, In 1938 we were told that selling arms abroad would keep us out of trouble. It did not. I hope "
                "your younger readers will look it up. Erik Solberg, Vestby",
                "m",
                "t",
            ),
        ],
    ),
    (
        "The war on potholes is one we can win",
        [
            Probe(
                "Every spring the same battle lines are drawn on our streets. The frost retreats, the asphalt cracks, "
                "and the city's road crews are sent into action with shovels and a budget that would embarrass a "
                "lemonade stand.",
                "",
            ),
            Probe(
                "I have lived on Alder Street for thirty years, and I have watched three mayors declare war on "
                "potholes. All three of them lost.",
                "",
            ),
            Probe(
                "Why? Because fixing a road properly costs more up front, and every council budget is a trade-off "
                "between what is urgent and what is visible. New bike lanes photograph well; resurfacing does not.",
                "",
            ),
            Probe(
                "Our current mayor is, by all accounts, a diplomatic man. He meets the residents' associations, nods "
                "at their photographs of craters and promises a review. Diplomacy will not fill a hole.",
                "",
            ),
            Probe(
                "The town of Brentmoor tried something different in 2019: it paid contractors by the year rather than "
                "by the patch, with a bonus for every street that stayed smooth through winter. Its complaints fell "
                "by half.",
                "",
            ),
            Probe(
                "Is it too much to ask that we try the same? The council votes on the roads budget next Tuesday. "
                "Residents who care should turn up and make some noise.",
                "",
            ),
            Probe(
                "Potholes do not care about politics. Neither should the people whose job it is to fill them.",
                "",
            ),
        ],
    ),
    (
        "Hedge wars: how my neighbour and I reached a truce",
        [
            Probe(
                "For three summers, my neighbour and I fought a cold war over a leylandii hedge. It grew; I "
                "complained; he trimmed it by an inch and declared victory.",
                "",
            ),
            Probe(
                "Things escalated last June, when a surveyor's report suggested the fence between our gardens stood "
                "eighteen inches on my side. He hired a lawyer; I hired a bigger one.",
                "",
            ),
            Probe(
                "What ended it was not a court but a barbecue. My wife, who has a gift for diplomacy that I lack, "
                "invited him over and asked about his roses. Two hours later we had a peace treaty written on a paper "
                "napkin.",
                "",
            ),
            Probe(
                "The terms were simple: the hedge comes down to six feet, the fence stays where it is, and neither of "
                "us mentions the surveyor again. Both sides have honoured it so far.",
                "",
            ),
            Probe(
                "I tell this story because our school board could use a napkin. The battle lines over the new reading "
                "curriculum have hardened to the point where meetings end with the police called to the car park.",
                "",
            ),
            Probe(
                "Is there a lesson here? Perhaps only that most wars between neighbours are fought over things that "
                "matter far less than the neighbourliness they destroy.",
                "",
            ),
        ],
    ),
    (
        "Our view: the sanctions on Zaronia are working, slowly",
        [
            Probe(
                "Two years after Zaronia's tanks crossed into its neighbour, the sanctions imposed in response are "
                "often described as a failure. We disagree.",
                "tm",
            ),
            Probe(
                "Yes, Zaronian oil still finds buyers. Yes, its shops are still stocked, if with goods that arrive by "
                "longer and stranger routes. But the price it gets for a barrel has fallen by a third, and its "
                "central bank can no longer touch most of its reserves.",
                "t",
            ),
            Probe(
                "Sanctions were never meant to stop a war overnight. They were meant to make it dearer to wage, and "
                "they have.",
                "t",
                "m",
            ),
            Probe(
                "The critics' favourite example is the long embargo on a Caribbean island, which outlasted ten "
                "American presidents without toppling anyone. But that was one country acting almost alone. These "
                "measures are shared by more than forty governments.",
                "t",
                "d",
            ),
            Probe(
                "What would make them bite harder? Closing the loopholes through third countries, for a start. The "
                "traders in the free ports who relabel Zaronian diesel are not hard to find; they advertise.",
                "t",
            ),
            Probe(
                "That means awkward conversations with friendly governments, and it means our foreign ministry must "
                "be willing to have them.",
                "d",
                "t",
            ),
            Probe(
                "Patience is an unfashionable virtue in foreign policy. It is also, more often than not, the one that "
                "wins.",
                "t",
                "dm",
            ),
        ],
    ),
    (
        "Why we should reopen our embassy in Pentrell",
        [
            Probe(
                "When I was a young attache, I was told that an embassy is a country's memory in a foreign capital. "
                "We have not had one in Pentrell for eleven years, and it shows.",
                "d",
            ),
            Probe(
                "Our exporters fly in for two days, shake hands with the wrong officials and fly home with nothing. "
                "Pentrell now buys more machinery from our neighbours than from us.",
                "t",
                "d",
            ),
            Probe(
                "Our navy, meanwhile, asks permission to refuel at its ports through an honorary consul who runs a "
                "furniture shop. He does his best. It is not enough.",
                "m",
                "d",
            ),
            Probe(
                "The cost of a small mission, with an ambassador, a trade officer, a defence attache and a dozen "
                "local staff, is less than the city pays each year to light its Christmas market.",
                "d",
                "tm",
            ),
            Probe(
                "Why, then, the hesitation? Partly memory: the last ambassador was expelled after a spying row in "
                "2014, and some in the ministry have not forgiven it.",
                "d",
            ),
            Probe(
                "But grudges are a luxury for countries with many friends. We do not have that many.",
                "d",
            ),
            Probe(
                "Showing up is most of diplomacy. It is time we showed up.",
                "d",
            ),
        ],
    ),
    (
        "Our view: the mayor's charm offensive won't fix the buses",
        [
            Probe(
                "Mayor Odile Ferrant has launched what her aides call a charm offensive, touring depots and posing "
                "with drivers, in the hope that voters will forget the bus strike that shut the city down for nine "
                "days in October.",
                "",
            ),
            Probe(
                "The charm is real. Ms Ferrant is a diplomatic politician who rarely raises her voice and never burns "
                "a bridge she might need later.",
                "",
            ),
            Probe(
                "But a ceasefire between the council's two factions is not a transport policy. The routes that were "
                "cut last year have not come back, and the fleet is the oldest of any large city in the country.",
                "",
            ),
            Probe(
                "Last week's so-called summit with the drivers' union produced a photograph and a promise to meet "
                "again. What it did not produce was a timetable.",
                "",
            ),
            Probe(
                "The city also named a retired footballer as its 'ambassador' for public transport. We wish him well. "
                "We would rather have more buses.",
                "",
            ),
            Probe(
                "The budget vote is in February. Ms Ferrant should use the weeks between now and then to say, "
                "plainly, how she will pay for the new fleet.",
                "",
            ),
            Probe(
                "Charm wins elections. Buses get people to work.",
                "",
            ),
        ],
    ),
    (
        "Munich is the wrong analogy for the lakeside talks",
        [
            Probe(
                "Every time two governments sit down to end a war, someone reaches for Munich. The talks between "
                "Brennholt and Iskavia, which resumed in a lakeside hotel this week, are no exception.",
                "dm",
            ),
            Probe(
                "The analogy goes like this: in 1938, a democracy handed a dictator a slice of a neighbour to avoid a "
                "war, and got the war anyway, a year later and on worse terms.",
                "d",
                "m",
            ),
            Probe(
                "But analogies are tools, not verdicts. In 1938, one side was rearming at full speed and the other "
                "was not. Today both armies are exhausted, short of shells and losing men they cannot replace.",
                "m",
            ),
            Probe(
                "A better comparison might be Korea in 1953: a ceasefire nobody liked, along a line nobody had "
                "chosen, that has nonetheless kept the peace for seventy years.",
                "m",
                "d",
            ),
            Probe(
                "Does that mean Brennholt should give up the valley? No. It means the question on the table is not "
                "surrender or victory, but on which line the guns fall silent and who will watch it.",
                "md",
            ),
            Probe(
                "Here the outsiders matter. A monitoring mission from the regional security body, with observers on "
                "both sides of the line, would do more to prevent the next war than any speech about appeasement.",
                "md",
            ),
            Probe(
                "I have been wrong about this war before. I thought it would end in weeks; it has lasted three years.",
                "m",
            ),
            Probe(
                "History does not repeat itself, the saying goes, but it rhymes. The negotiators at the lake should "
                "listen for the rhyme without mistaking it for the whole song.",
                "d",
                "m",
            ),
        ],
    ),
]
