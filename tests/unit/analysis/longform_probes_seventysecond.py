"""A seventy-second batch of fictional stories for probing the quotes, in the manner of WILDLIFE, ANIMALS AND
CONSERVATION NEWS as regional papers, the wires' environment desks and local web news write it: a zoo's newborn snow
leopard cubs (its curator, a keeper by her first name once she is introduced, the head vet, a young visitor and "the zoo
said in a post"); a black bear up a tree in a town (a resident, a conservation officer, the mayor, two residents in one
block and "wildlife officials said"); a chinook fishery closed for a weak salmon run (the state department's emergency
order, a fisheries biologist, a fishing guide, a fleet's association and a tribal fisheries manager); an elk poaching
case in court (a prosecutor, a ranger who testified, the defence lawyer, the poacher, the judge and a hunters' league);
and a wildlife rehabilitation centre short of money (its founder, a volunteer and the vet in one block, and a
province's department in an email). Present-tense "says" and inverted cues ("says Dr. X", "adds Dr. Y", "its founder,
X, says"), titles before names ("Dr.", "Sgt.", "Mayor", "Deputy County Attorney", "District Judge") and descriptions
later ("the curator said", "the keeper added", "the sergeant said", "the conservation officer said", "the biologist
said", "the prosecutor said", "the ranger said", "the vet said", "the founder said"), pronoun chains. Written for these
tests; none is taken from any corpus, and every person, zoo, town, river, park, court, association, league, centre and
council in them is made up (the countries, states, provinces, species and kinds of bodies are real)."""

from __future__ import annotations

ZOO: tuple[str, ...] = (
    "Haverleigh Zoo welcomes its first snow leopard cubs in two decades",
    "HAVERLEIGH, Ore. — Two snow leopard cubs were born at the Haverleigh Zoo last month, the first of their kind "
    "born there in more than twenty years, the zoo said in a post on Tuesday.",
    "The cubs, a male and a female, were born on Oct. 14 to Anya, a nine-year-old leopard who came to Haverleigh from "
    "a zoo in Denmark in 2021. Both are nursing and gaining weight, says Dr. Petra Lindgren-Osu, the zoo’s curator of "
    "mammals.",
    "“Anya is doing everything right. She is a first-time mother, and first-time mothers can be nervous, but she has "
    "been calm and attentive from the first hour,” Lindgren-Osu says.",
    "The curator said keepers had watched the birth on a camera in the den and had stayed out for the first ten days "
    "to give the mother quiet. “The best thing we can do in those first days is nothing at all,” the curator said.",
    "Maya Okonkwo-Reyes, a keeper who has cared for Anya since she arrived, said the cubs opened their eyes last "
    "week. Maya says the female is the bolder of the two. “She is already climbing on her brother and chewing on her "
    "mother’s tail. He mostly sleeps,” the keeper added, laughing.",
    "The zoo’s head veterinarian, Dr. Samuel Achterberg-Nwosu, said the cubs would get their first vaccinations and a "
    "health check next week. “We will be quick. Mother will be in the next room, and she will let us know if we take "
    "too long,” he said.",
    "The zoo said the cubs would not be on view until early spring, though visitors will be able to watch them on a "
    "den camera on the zoo’s website from next week.",
    "At the leopard enclosure on Saturday, a few visitors stood at the glass hoping for a glimpse. “We drove two "
    "hours and we saw the mother’s tail. It was worth it,” said Connor Beaulieu-Watts, 9, who came with his father "
    "from Salem.",
    "Snow leopards are listed as vulnerable, and fewer than 7,000 are thought to remain in the wild across the "
    "mountains of Central Asia. The cubs were bred under a plan that matches animals across zoos to keep the captive "
    "population healthy.",
)

BEAR: tuple[str, ...] = (
    "Black bear strolls through downtown Pike’s Landing, spends the morning up a maple",
    "PIKE’S LANDING, B.C. — A young black bear wandered through downtown Pike’s Landing on Wednesday morning and "
    "spent nearly four hours in a maple tree outside the public library before conservation officers tranquilized it "
    "and moved it to the backcountry, wildlife officials said.",
    "“It was just sitting there eating the seeds off the branches like it owned the place,” says Janelle "
    "Cho-Barrington, who works at the pharmacy across the street and was among the first to see it. She says a crowd "
    "of about 50 people gathered within the hour, many of them filming on their phones.",
    "Sgt. Dale Whitford-Amaro of the provincial Conservation Officer Service said the bear, a male about two years "
    "old, had probably been pushed out of its home range by older males and followed the river into town. The "
    "sergeant said officers had closed the block and waited for the crowd to thin before darting it. “A bear up a "
    "tree is not a problem. A bear up a tree with fifty people and a dog underneath it is,” he said.",
    "Whitford-Amaro said the bear had been ear-tagged and would be watched. If it comes back, he said, it may have to "
    "be destroyed. “Nobody wants that. The best way to keep this bear alive is to keep garbage, bird feeders and "
    "fallen fruit away from it,” the conservation officer said.",
    "The town says it has logged 38 calls about bears since April, against 11 in all of last year.",
    "Mayor Colette Arsenault-Pryce said council would vote next month on a bylaw requiring bear-proof garbage bins, "
    "which the town has debated for three years. “We have talked about this long enough. The bear has made the "
    "argument for us,” the mayor said.",
    "Not everyone was charmed. “My kids walk past that library to school. I don’t want to find out the hard way that "
    "it’s not a teddy bear,” said Roland Mbatha-Kearney, a father of three. Others felt for the animal. “He didn’t "
    "ask to be here. We built the town in his backyard,” said Ellie Tremblay-Soto, 22, who stayed until the bear was "
    "carried out in a net.",
)

FISHERY: tuple[str, ...] = (
    "Kennery River king salmon fishery closed as run comes in at a record low",
    "KENNERY, Alaska — The state Department of Fish and Game closed the sport and commercial king salmon fishery on "
    "the Kennery River for the rest of the season on Friday, after counts at a weir showed the weakest run since "
    "records began in 1978.",
    "Only 4,100 king salmon had passed the weir by July 20, the department said in an emergency order, well short of "
    "the 11,000 fish it needs to meet its lowest goal for spawners.",
    "“These fish are coming back smaller, younger and fewer, and we don’t fully know why,” said Hannah "
    "Sorensen-Abiola, a fisheries biologist at the Kennery Salmon Research Station, which is run by the state "
    "university.",
    "Sorensen-Abiola says warmer water in the ocean and in the river’s spawning streams is the likeliest cause. She "
    "said the closure would help, but only at the margins. “Closing the river saves some fish this year. It does not "
    "change what is happening to them at sea,” the biologist said.",
    "For guides on the river, the closure lands in the middle of the season. Travis Okafor-Lund, who has run a "
    "guiding business out of Kennery for 22 years, says he has cancelled 40 trips and refunded about $60,000. “I’m "
    "not going to argue with the biology. But I’ve got two guys working for me who have mortgages, and nobody is "
    "telling them what to do in August,” he said.",
    "He said he would offer trips for silver salmon, which come in later, but that most of his clients came for kings.",
    "The department said fishing for other species would stay open and that it would review the closure if late "
    "counts improved. A fishermen’s group, the Kennery Drift Fleet Association, said in a letter to the governor that "
    "its members had been shut out of the river for three of the past five summers, and asked for disaster relief.",
    "Agnes Tulimaq-Berry, who manages fisheries for the Kennery Tribal Council, said subsistence fishing would be "
    "limited to two days a week. “Our families have eaten these fish for thousands of years. We will share the "
    "sacrifice, but we did not cause it,” she said.",
)

POACHING: tuple[str, ...] = (
    "Poacher who killed three bull elk in state park gets 18 months in jail",
    "BELMONT FALLS, Mont. — A Belmont County man who shot three bull elk inside Crane Mountain State Park and sold "
    "their antlers online was sentenced Thursday to 18 months in jail and banned from hunting for life.",
    "Dwayne Kettering-Voss, 41, pleaded guilty in September to three counts of unlawful taking of big game and one "
    "count of selling wildlife parts. District Judge Alma Rutherford-Chen also ordered him to pay $30,000 to the "
    "state.",
    "Deputy County Attorney Lorena Vasquez-Hale told the court the killings were not the act of a hungry man but a "
    "business. “He took the heads, he took the antlers, and he left the meat to rot in the snow. This was about "
    "money,” she said.",
    "The prosecutor said investigators had traced the antlers to an online auction through photographs the buyer "
    "posted, which showed the same broken tine a ranger had photographed on a living bull in the park weeks earlier.",
    "That ranger, Tobias Whitlock-Ansah, testified that he had known the elk for three seasons. “You get to know "
    "them. He had a tine snapped off on the left side from fighting, and you could pick him out across the valley,” "
    "the ranger said outside the courtroom.",
    "Kettering-Voss’s lawyer, Mitchell Greer-Obuya, argued for probation, saying his client had lost his job at a "
    "sawmill, was behind on child support and had no earlier record. “He made a terrible decision at the worst point "
    "of his life. Jail will not bring back the elk, and it will cost his children the little support he still gives "
    "them,” Greer-Obuya said.",
    "Kettering-Voss, speaking briefly before sentence was passed, told the judge he was sorry. “I knew better. I was "
    "raised better,” he said.",
    "The judge said the sentence had to deter others. “Every animal in that park belongs to every person in this "
    "state. You took them from all of us,” Rutherford-Chen said.",
    "The Big Sky Sportsmen’s League, a hunters’ group that had pressed for jail time, said in a statement that the "
    "sentence sent a message that poachers were thieves, not hunters.",
)

REHAB: tuple[str, ...] = (
    "Wildlife rescue may close after a record year of patients",
    "ST. ANSELM, N.S. — Bramble Hollow Wildlife Rescue, which treats injured and orphaned animals from across eastern "
    "Nova Scotia, says it will have to close by spring unless it raises $180,000 by the end of the year.",
    "The centre took in 2,140 animals this year, from baby squirrels to a bald eagle hit by a truck, almost twice as "
    "many as five years ago, its founder, Helen MacAskill-Dube, says. “Every year we get more animals and less money. "
    "At some point the arithmetic wins,” she says.",
    "MacAskill-Dube, a former schoolteacher who started the centre in her garage in 1998, said the province pays "
    "nothing toward the animals’ care, though it licenses the centre and sends it animals its own staff collect. She "
    "said food and medicine alone cost about $14,000 a month.",
    "In the clinic, volunteers and the vet talk over each other. “We have one incubator for 40 baby birds. We take "
    "turns,” says Priya Natarajan-Holt, a university student who volunteers three mornings a week. “And when it "
    "breaks, we use a heating pad from somebody’s grandmother,” adds Dr. Owen Fairweather-Kipp, the centre’s only "
    "vet, who works there two days a week for half what he would earn at a pet clinic.",
    "Fairweather-Kipp said the centre released about 60 per cent of its patients back to the wild, a good rate for a "
    "clinic that takes the hardest cases. “The ones that come to us are the ones someone found lying in a ditch. "
    "Sixty per cent of those walking or flying out is a lot,” the vet said.",
    "The province’s Department of Natural Resources said in an email that it valued the work of wildlife "
    "rehabilitators but had no program to fund them.",
    "Natarajan-Holt said she had started a fundraiser online that raised $9,000 in its first week. “This place is why "
    "I want to be a vet. I held an owl before I could drive,” the volunteer said.",
    "MacAskill-Dube said she would not give up without a fight. “I have been told we were closing every winter for 25 "
    "years. We are still here,” the founder said.",
)
