"""A hundred-and-fourteenth batch of fictional stories for probing the quotes, in the manner of A US LONG-FORM
MAGAZINE-STYLE WEB FEATURE ON A FAMILY CHRISTMAS-TREE FARM'S SUCCESSION AND A DEVELOPER'S OFFER FOR THE LAND, a
writer's scene-setting in long paragraphs, two pages delivered as one or two long blocks as a web scraper leaves them.
The twenty-ninth and hundred-and-third batches already have orchards (a late frost, an ice-cider season) and the
seventy-fourth a solar developer on farmland, so this one takes a tree farm east of Salem, Oregon, and the fight over
who inherits it: the aging grower ("says Brandvold, who is 74", "the 74-year-old says", "recalls", "he adds", "the old
grower says"), his daughter who wants to keep it and his son who wants to sell, all of one surname and then called by
their first names, "she" and "he" in turn in one block; the builder's land buyer ("says X, the company's vice
president") and the builder "in a written statement"; a county planning commission's hearing told in two long blocks
(a commissioner's quotation "and then, …:", a neighbour who "told the commission that", "called the water question
“…”", a retired soil scientist, "the commissioner says"); the shearing crew (the foreman "the foreman says", a
seasonal worker who "speaks through an interpreter" named in the same sentence, "Asked what …, he thinks for a while.
He says …"); an agricultural economist ("she notes that", a cue in mid-sentence) and her colleague, a man; a land
trust's director, a quotation that opens a paragraph and whose speaker "has said this before" in the next sentence;
and the writer's own questions answered ("When I ask Dean whether …", "he tells me by phone"). Quotes are split by
their cues ("“…,” says X, who …. “…”"). Written for these tests; none is taken from any corpus, and every person,
farm, builder, land trust, legal aid group and university in them is made up (the state, its towns, county and
kinds of bodies are real). The gold is in test_longform_probes_hundredfourteenth.py."""

from __future__ import annotations

LAND: tuple[str, ...] = (
    "The last harvest at Brandvold Tree Farm?",
    "SILVERTON, Ore. — The noble firs on the north slope of the Brandvold Tree Farm are nine years old, and Walter "
    "Brandvold walks between the rows the way other men walk through a house they built. He stops at one, runs a "
    "thumb along a branch and shakes his head at a bud the frost got. “My father planted the first thousand of these "
    "with a shovel and a coffee can of seedlings,” says Brandvold, who is 74 and has farmed the 212 acres east of "
    "Salem for 51 years. “I never thought I’d be the one who had to decide whether there’s a next thousand.”",
    "The decision arrived last spring in a letter from Ridgefold Homes, a Portland builder, which has offered $9.4 "
    "million for the land, and it has split the family down the middle. Walter’s daughter, Carrie Brandvold, 46, left "
    "a job as a nurse in Eugene four years ago to come home and learn the trees. She wants to keep the farm. Her "
    "brother, Dean Brandvold, 49, an accountant in Beaverton, wants their father to sell.",
    "“People hear ‘Christmas trees’ and think it’s a hobby. It’s a 10-year crop, and you get paid once,” Carrie says, "
    "pulling on a pair of gloves that used to be her mother’s. She says she has spent four winters learning how to "
    "shear, how to read a needle for disease and how to deal with the wholesale buyers from California who come up "
    "every October. Her father watches her from the cab of the truck. He says she knows the trees better than he did "
    "at her age. “She’s got the hands for it,” the 74-year-old says. “What she hasn’t got is the bank.” Carrie laughs "
    "at that, but not for long. “Dad thinks the farm is a thing you either own or sell,” she says. “I think it’s a "
    "thing you can keep if you’re willing to get creative.”",
    "Walter recalls that his wife, who died in 2029, wanted the farm to go to whichever child wanted it. “She never "
    "said which one she thought that was,” he adds.",
    "Dean Brandvold sees it differently, and he says so plainly. “I love this place. I also know what my father has "
    "in the bank, and I know what a hip replacement costs,” he tells me by phone from his office. “Nine million "
    "dollars is not an insult. It’s a retirement.” He says his sister is “romantic about a business that has lost "
    "money three of the last five years,” and he notes that two other tree farms in the valley sold to builders last "
    "year. When I ask Dean whether he worries about what selling would do to him and Carrie, he is quiet for a long "
    "moment. “Every day,” he says. “But I’m not going to pretend the numbers are something they’re not.”",
    "Marcia Tellinghast, who buys land for Ridgefold, drove out to the farm twice last summer. “We’re not in the "
    "business of pushing anybody off anything,” says Tellinghast, the company’s vice president for land acquisition. "
    "“Walter called us back. We made him an offer we think is fair, and it’s his to take or leave.” The company plans "
    "640 homes on the parcel, she says, a third of them priced for first-time buyers, along with a park and a site for "
    "a new elementary school. Ridgefold said in a written statement that it “has built in Marion County for 22 years "
    "and intends to build here for 22 more.”",
    "Walter has not decided. “Ask me in June,” he says, and goes back to the trees.",
)

HEARING: tuple[str, ...] = (
    "At the county hearing, a farm’s future becomes everyone’s argument",
    "SALEM, Ore. — The Marion County Planning Commission meets in a low room on the second floor of the courthouse "
    "annex, and on the Tuesday night it took up Ridgefold Homes’ request to pull the Brandvold land out of exclusive "
    "farm use, 140 people signed up to speak and the fire marshal made 30 of them wait in the hall. Lyle Vanderkamp, "
    "who has sat on the commission for 11 years, opened by reminding the room that the commission does not vote on "
    "whether anyone likes a project. “We vote on whether it meets the law. That’s the whole job,” he said, and then, "
    "in a tone that suggested he had said it before: “Please hold your applause. It slows us down.” Joanne "
    "Ostergard, who has lived across Brandvold Road from the farm since 1988, was the fourth speaker. She told the "
    "commission that her well had run dry twice in the last decade and asked where 640 new houses would get their "
    "water. “Walter’s trees drink rain. Subdivisions drink wells,” she said, to the loudest applause of the night, "
    "which Vanderkamp did not try to stop. Tellinghast answered from the applicant’s table. She said Ridgefold would "
    "connect every home to the city system in Silverton and would pay for a new pump station, and she called the "
    "water question “a fair one with a good answer.”",
    "Dean Brandvold spoke too, the only member of the family to do so. “My father has paid taxes on this land for 51 "
    "years and nobody on this commission ever offered to help with the bill,” he said, and a man near the back "
    "shouted something that Vanderkamp asked him to repeat outside. Carrie sat in the third row and did not speak. "
    "Afterward, in the parking lot, she says she had not known her brother would testify. “He called me from the "
    "hallway,” she says. “That was the first I heard of it.” Ellis Dorrance, a soil scientist who retired from the "
    "state’s agriculture department and now farms hazelnuts two miles south, told the commission that the Brandvold "
    "land is rated class II soil, “the kind of ground they stopped making ten thousand years ago.” Vanderkamp says "
    "the commission will not vote before March. “I’ve read every letter. There are 1,100 of them,” the commissioner "
    "says. “About two-thirds are against. That doesn’t decide it, but I read them.”",
)

CREW: tuple[str, ...] = (
    "The people who shear the trees",
    "By seven in the morning in late July the shearing crew is already four rows in, eight men with long knives "
    "moving down the slope in a staggered line, cutting each fir into the cone shape buyers expect. Rigo Escalera has "
    "run the crew at the Brandvold farm for 17 years. “You shear too much, the tree looks sick. You shear too little, "
    "nobody buys it,” the foreman says, wiping his blade on his jeans. “Walter taught me. Now I teach Carrie.” Efraín "
    "Maldoza, 38, has come up from Michoacán on a seasonal visa for nine summers, most of them here. He speaks through "
    "an interpreter, Lucía Berrocal, who works for a farmworker legal aid group in Woodburn. “If the farm closes, I "
    "will look for another farm. That is what we do,” he says. “But the Brandvolds pay on time and the housing has "
    "hot water. That is not true everywhere.” Asked what he would tell the commission if he could, he thinks for a "
    "while. He says he would tell them that the trees do not plant themselves. Berrocal says that about a third of "
    "the farm’s seasonal workers return each year and that several have bought homes in Woodburn and Mount Angel. "
    "“People talk about this land like it’s only the family’s story,” she says. “It’s also theirs.”",
    "Priya Venkataram, an agricultural economist at Ashgrove State University who studies farmland loss in the "
    "Willamette Valley, has heard versions of the Brandvold argument for 20 years. “The math almost always favors the "
    "sale. That’s not a moral judgment, it’s arithmetic,” Venkataram says. Farmland near Salem sells for about $14,000 "
    "an acre for farming, she says, and for as much as $45,000 an acre if it can be built on. She notes that Oregon "
    "has lost about 6 percent of its farm ground to development since 2000, less than most states, and she credits "
    "the state’s land-use law for that. “Oregon drew a line around its cities 50 years ago. Every one of these "
    "hearings is somebody trying to move the line,” she says. Her colleague Martin Scheele, who studies family farm "
    "succession, puts it differently. Most farm families, he says, never write down a plan at all. “They wait for a "
    "funeral to decide,” Scheele says. “Then the kids decide, and the kids live in Beaverton.”",
)

TRUST: tuple[str, ...] = (
    "A third way for the farm, and what it costs",
    "There is an option the Brandvolds argue about less loudly, and Tobias Renwick has driven out to the farm three "
    "times this fall to explain it. Renwick is the executive director of the Fernhollow Land Trust, a nonprofit in "
    "Salem that buys the development rights to farmland so that it can never be built on. “We pay the family the "
    "difference between what the land is worth as a farm and what it’s worth to a builder,” he says, spreading a map "
    "across the hood of his car. “They keep the farm. Nobody ever puts houses on it.” For the Brandvold land, Renwick "
    "says, that difference would come to about $5.2 million, and the trust has raised a little more than half of it.",
    "“It isn’t nine million, and I’m not going to tell anybody it is. But it’s four million more than Carrie would "
    "get if she inherited the land and had to sell it to pay the estate taxes.” Renwick has said this before, at "
    "other kitchen tables, and he says it again without looking at his notes.",
    "Carrie likes the idea. Dean does not, or not yet. “It’s a good program for somebody. I’m not sure it’s a good "
    "deal for us,” he says. She thinks her brother will come around if the trust can close the gap. “Dean is an "
    "accountant. Give him a number that works and he’ll sign,” she says, and then, after a moment, “I hope.” When I "
    "ask Carrie what she would do if her father sells to Ridgefold, she looks out at the north slope for a long time "
    "before she answers. She says she would probably go back to nursing. “I’d be fine. That’s the thing nobody says. "
    "Everybody would be fine,” she says. “The trees wouldn’t.”",
    "Tellinghast says Ridgefold’s offer stands until the end of March, and the company will not match the trust. "
    "“We’re not going to get into a bidding war with a charity,” she says. Walter, for his part, says he has stopped "
    "reading the letters. He has a tree to pick for the county courthouse, a 14-foot noble fir that his crew will cut "
    "on the first Saturday in December, as they have every year since 1979. When I ask him whether this will be the "
    "last one, he laughs. “That’s what everybody wants to know,” the old grower says. “I’ll tell you what I told my "
    "kids. I’m going to cut the tree, and then I’m going to decide.”",
)
