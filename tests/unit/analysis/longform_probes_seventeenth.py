"""A seventeenth batch of fictional Canadian news stories of the ordinary web kind for probing the quotes, each a tuple
of paragraphs, three delivered as one to three long blocks as a web scraper leaves them: a rural school's closing (a
trustee, parents at a meeting, the superintendent "in a letter to families" and to CBC News, a student and her mother),
a Cree language nest (an elder quoted through her granddaughter, a teacher, a band councillor, a linguist, a parent,
the federal department "in a statement"), a maple syrup season (a producer and his daughter by first name, the
federation's spokesperson by email, a climate scientist, a buyer), a volunteer marine rescue station (the coxswain
named in the paragraph after his quotation, a crew member, the Coast Guard by email and its spokesperson, a fisherman,
the MP, a wife by first name), a choir for people living with dementia (the director, a singer and his wife, a
neurologist, the society by email, a volunteer) and a volunteer fire department short of crew (the chief brought back
as "the chief", a firefighter and her brother, the fire commissioner's office by email, the reeve, a store owner).
Shapes: split quotes with "says X, who …," between them, "X told CBC News", "said in an email", a speaker brought back
by title only, relatives by first name only, a statement running into the next paragraph, "according to" a person and
a document, questions and their answers, quotations inside quotations. Written for these tests; none is taken from any
corpus. The gold is in test_longform_probes_seventeenth.py."""

from __future__ import annotations

SCHOOL: tuple[str, ...] = (
    "Parents packed the gym at Birch Hollow Elementary on Tuesday night, some standing along the back wall under the "
    "basketball hoops, to hear the Prairie Ridge School Division explain why the school of 38 students will close in "
    "June. “We’ve run the numbers every way we can. A school this size costs us nearly three times as much per "
    "student as one in town,” says trustee Harold Baptiste, who represents the ward. “Nobody on this board wanted to "
    "be the one to vote for it.” Superintendent Wendy Okafor wrote in a letter to families last week that the "
    "division faces a $2.4-million shortfall and that students will be bused to Carrick, 40 kilometres away. “Every "
    "option before the board was a hard one,” Okafor wrote. Parents were not persuaded. “Forty kilometres each way, "
    "on gravel, in January. Have any of you driven that road at seven in the morning?” asked Melanie Strand, whose "
    "two sons attend the school. The room applauded. Strand says her younger son, Eli, already gets carsick on the "
    "short drive to the rink. “He’s six. He’ll be on a bus longer than he’s in gym class,” she says. Farmer Curtis "
    "Lund, who went to Birch Hollow himself in the 1970s, told the meeting the school is the last public building in "
    "the district. “When the elevator went, we said fine. When the post office went, we said fine. This is the "
    "school,” says Lund, whose grandchildren are in Grades 2 and 4. “There’s nothing after this.” The trustee said "
    "the board had looked at a four-day week and at combining grades, but neither saved enough. “I hear them. I grew "
    "up on a farm 20 minutes from here,” Baptiste says. According to the division’s own enrolment projections, the "
    "school would have fewer than 25 students by 2030. Bus driver Norm Fehr, who has driven the Birch Hollow route "
    "for 22 years, says the road is plowed by eight on most mornings. “Most mornings is not every morning,” he says. "
    "Grade 6 student Ava Kowalski had a question of her own for the board. “Where will we play at recess if it’s all "
    "strangers?” she asked. Her mother, Dana, answered for the room. “She means: who will know her name?” Okafor told"
    " CBC News on Wednesday that the division would hire an extra educational assistant for the bus ride and that no "
    "child would ride more than an hour. “That’s a promise we intend to keep,” the superintendent said. The board "
    "will hold its final vote on May 14.",
)

LANGUAGE: tuple[str, ...] = (
    "Every weekday morning, a dozen preschoolers at the Sturgeon Lake language nest sit in a circle on the floor and "
    "hear nothing but Cree for four hours. The program, now in its third year, is one of the few in Saskatchewan "
    "where children under five are immersed in the language full time.",
    "Elder Rosalie Nanemahoo, 81, comes every Thursday. She spoke in Cree, and her granddaughter, Tanis, translated. "
    "“When I was taken to the residential school, they washed my mouth with soap for saying a single word,” she said."
    " “Now the little ones sing to me in the language they tried to take.” She laughed and added in English: “I am a "
    "happy old lady.”",
    "Lead teacher Marcel Bighetty says the hardest part is finding fluent adults. “Most of our fluent speakers are "
    "over 70. I’m learning alongside the kids some days,” he said. Bighetty grew up hearing Cree only from his "
    "grandparents. “My grandmother used to say, ‘The language lives in the land, not in the book,’ and I believe "
    "her,” he said.",
    "The band council funds the nest from its own revenue. Councillor Jolene Ermine said the council has committed "
    "$310,000 a year for five years. “This is not a line item we will cut when times are tight,” she said. “Our "
    "grandparents kept this language alive through everything that was done to them. We can keep it alive through "
    "a budget meeting.",
    "“Our kids deserve to grow up dreaming in Cree.”",
    "The need is urgent, according to linguist Arlen Sutherland of the University of Saskatchewan, who has worked "
    "with the community since 2015. Fewer than 200 people in the community speak the language fluently, he "
    "estimates. Sutherland says immersion before age five is the single most effective thing a community can do. "
    "“Children who hear a language every day at that age don’t learn it, they acquire it. It becomes theirs,” he "
    "said.",
    "Is it working? Bighetty points to a four-year-old who corrected his pronunciation last month. “She looked at me "
    "like I was the student. Which I am,” he said.",
    "Parents have started a waiting list. Shayla Morin, whose daughter Kiana, 4, joined the nest in September, said "
    "Kiana now counts to 100 in Cree and refuses to answer when her parents speak English. “She tells us, ‘Say it "
    "the right way, Mom,’” Morin said, laughing. “So now I’m taking night classes.”",
    "In a statement, Indigenous Services Canada said the language nest is eligible for funding under the Indigenous "
    "Languages Act and that the department “welcomes an application.”",
    "Nanemahoo said she hopes to live long enough to hear the children speak Cree to their own children. “Then I can "
    "go,” she said through her granddaughter.",
)

SYRUP: tuple[str, ...] = (
    "At 5 a.m. the steam is already pouring out of the sugar shack on Gilles Ouellette’s farm near Plessisville, "
    "Que., where 9,000 taps feed a web of blue tubing that runs down the hillside like veins. “A good season, you "
    "feel it in your knees before you see it on the thermometer. Cold nights, warm days,” says Ouellette, who took "
    "over the sugar bush from his father in 1994. This spring has not been a good season. The sap started running "
    "two weeks early, in the last days of February, and stopped almost as suddenly. “I’ve never seen it start in "
    "February. Never,” he says. His daughter, Mireille, who runs the evaporator, keeps a notebook of every boil "
    "since 2009. She says the sugar content of the sap has dropped in four of the past six years. “You need more "
    "sap to make the same litre of syrup, which means more wood, more hours, more electricity,” she says. Quebec "
    "produces about 70 per cent of the world’s maple syrup, according to the Quebec Maple Syrup Producers, the "
    "federation that manages the province’s strategic reserve. Its spokesperson, Sylvie Gendron, said in an email "
    "that the reserve holds enough syrup to cover a poor harvest. “The reserve exists precisely for years like this "
    "one,” Gendron wrote. Climate scientist Nadia Pelletier of Université Laval has spent a decade studying the "
    "trees. Is the season moving? “Yes, and faster than the trees can adapt. In southern Quebec the season now "
    "starts about a week earlier than it did in the 1990s,” Pelletier says. She warns that producers in the south "
    "may eventually lose the cold nights they depend on. The father is not ready to give up. “My grandfather tapped "
    "these trees with buckets. I’ll tap them with whatever it takes,” Ouellette says, wiping his glasses. Mireille "
    "laughs. “He says that every year,” she says. “And every year he’s right.” Buyer Kevin Tran, who ships Quebec "
    "syrup to Japan and South Korea, says demand overseas keeps climbing. “My customers don’t care about the "
    "weather. They want the amber,” Tran says. Ouellette says he will boil until the sap stops. “Then we clean "
    "everything and wait for next year. That’s the job.”",
)

RESCUE: tuple[str, ...] = (
    "“You don’t think about the weather when the pager goes off. You think about who’s out there.”",
    "That is how Brent Hollett, coxswain of the Twillingate station of the Canadian Coast Guard Auxiliary, describes "
    "the moment a call comes in. Hollett, a retired fisherman, has answered 140 calls in 19 years, all of them as a "
    "volunteer.",
    "The station, one of about 20 run by volunteers in Newfoundland and Labrador, is short of crew. It needs at least"
    " 12 trained members to keep its boat on call around the clock; it has seven. “Last winter there were nights we "
    "were one person short, and we had to tell the Coast Guard we couldn’t go,” Hollett said. “That’s the worst phone"
    " call you can make.”",
    "Crew member Tessa Rideout, 27, joined three years ago after her uncle’s boat went down off Fogo Island. He was "
    "pulled from the water alive. “The people who came for him were strangers. I wanted to be that for somebody,” she"
    " said. Rideout works days at the fish plant and trains two evenings a week. She said the training is demanding "
    "but that the station has never asked more of her than she could give.",
    "Asked why more young people don’t sign up, she paused. “Honestly? Most of them have left,” she said.",
    "The Canadian Coast Guard said in an email that it values the work of auxiliary volunteers and that it provides "
    "funding for training, equipment and fuel. “The auxiliary is a vital partner in maritime search and rescue,” the "
    "email said. Spokesperson Greg Antle added that the Coast Guard is reviewing how it supports stations with fewer "
    "members.",
    "Fisherman Wade Pardy knows what the station is worth. In October 2022 his longliner lost power in a storm 15 "
    "kilometres offshore. “I had three men aboard and the seas breaking over the wheelhouse,” Pardy said. “When I saw"
    " their light, I cried. I’m not ashamed to say it.”",
    "Pardy says he now gives the station $500 every Christmas. “It’s not enough. Nothing would be enough,” the "
    "fisherman said.",
    "Local MP Glenn Parsons said he has written to the fisheries minister asking for a recruitment campaign. “These "
    "are the people who go out when everybody else is coming in,” Parsons told CBC News. “They should not have to "
    "hold bake sales to buy survival suits.”",
    "Hollett says he will keep going as long as his knees hold out. His wife, Judy, is less sure. “I’ve been hearing "
    "‘one more year’ since 2015,” she said.",
)

CHOIR: tuple[str, ...] = (
    "On Wednesday afternoons the basement of St. Andrew’s United Church in Fredericton fills with the sound of 40 "
    "voices working through Moon River, a little ragged at the edges. Half of the singers live with dementia; the "
    "other half are their spouses, children and friends. “Nobody here is a patient. Everybody here is a tenor or an "
    "alto or a bass,” says choir director Lorna Feeney, a retired music teacher who started the group in 2019. “Well,"
    " we’re short of basses.” Feeney says the rule is that no one is ever corrected. “If you sing the wrong words, "
    "you sing them loud,” she says. Gerald Comeau, 78, was diagnosed with Alzheimer’s disease four years ago. He no "
    "longer remembers what he had for breakfast, his wife says, but he knows every word of the hymns he sang as a boy"
    " in Bouctouche. “I don’t know how it works. It just comes out,” Comeau says, smiling. His wife, Claudette, has "
    "been coming with him since the first rehearsal. “For two hours he’s Gerald again. Not the disease. Gerald,” "
    "says Claudette, who taught Grade 3 for 31 years, “and I get to be his wife instead of his nurse.” She says the "
    "drive home is the best part of her week.",
    "Research backs up what the singers feel, according to Dr. Imran Qureshi, a neurologist at the University of New "
    "Brunswick who studies music and memory. Musical memory is stored differently in the brain and often survives "
    "long after other memories fade, he says. “We can’t reverse the disease. What we can do is give people moments "
    "where they are fully present, and singing does that better than almost anything we’ve measured,” Qureshi says. "
    "Does it help the caregivers too? “Absolutely. Caregiver stress is one of the things we track, and it drops,” he"
    " says. The Alzheimer Society of New Brunswick said in an email that it knows of 11 similar choirs in the "
    "province and that it hopes to help start more. The choir runs on donations. Volunteer Priscilla Ng, who bakes "
    "for every rehearsal, says the group has never turned anyone away. “We’ve had people come in a wheelchair and "
    "people come in pyjamas,” Ng says. “Everybody gets a muffin.”",
    "At the end of the rehearsal, Feeney asks the choir what they want to sing next week. Comeau raises his hand. "
    "“Something with a big finish,” he says. The director writes it down.",
)

FIRE: tuple[str, ...] = (
    "The volunteer fire department in Ste. Agathe, Man., has 14 firefighters on its roster. Five years ago it had 26.",
    "“We’re at the point where on a weekday afternoon I might get three people to a call, and one of them is me,” "
    "Chief Raymond Dufault told CBC News. Dufault, 61, has been with the department for 37 years and chief for 12.",
    "The shortage is not unique to Ste. Agathe. Roughly 70 per cent of Manitoba’s firefighters are volunteers, "
    "according to the Office of the Fire Commissioner, and many rural departments report the same trouble. In an "
    "email, a spokesperson for the office said it offers free training to volunteer departments and is “actively "
    "working with municipalities on recruitment and retention.”",
    "Firefighter Jenna Desjardins, 29, joined in 2020 after a barn fire on her family’s farm. She works in Winnipeg, "
    "40 minutes away, so she can only respond on evenings and weekends. “I love it. But my employer isn’t going to "
    "let me leave a meeting because my pager went off,” she said.",
    "Her brother, Luc, is on the roster too. He says the hardest part is the training: about 110 hours before a "
    "recruit can go into a burning building. “That’s a lot of Saturdays for something you don’t get paid for,” Luc "
    "said.",
    "The chief said the department pays volunteers $18 for each call, which barely covers gas. He has asked the "
    "rural municipality to raise it. “I’m not asking for a salary. I’m asking for enough that a young guy with a "
    "mortgage doesn’t lose money coming to help his neighbours.",
    "“Right now, he does.”",
    "Reeve Colette Marion said council will consider the request at its March budget meeting. Would the municipality"
    " pay more? “We want to. Whether we can is another question,” she said. According to the municipality’s budget "
    "documents, the fire department’s spending rose 22 per cent last year, mostly for a new pumper truck.",
    "Some residents have offered to help in other ways. Bernard Gosselin, who owns the hardware store on Main Street,"
    " lets his two employees leave work for calls with pay. “If my store was on fire, I’d want them to come. So they "
    "go,” Gosselin said.",
    "Dufault said he has no plans to retire until he finds a successor. “Somebody has to answer the pager,” the chief"
    " said. “For now, that’s still me.”",
)
