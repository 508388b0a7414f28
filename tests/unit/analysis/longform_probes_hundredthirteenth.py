"""A hundred-and-thirteenth batch of fictional stories for probing the quotes, in the manner of A LONG-FORM CANADIAN
WEB FEATURE ON A SMALL PRAIRIE TOWN'S VOLUNTEER-RUN SKI HILL FACING CLOSURE OVER A FAILED T-BAR LIFT, as public
broadcasters' and regional dailies' web pages deliver it once a scraper has run the paragraphs together into one to
three long blocks. The earlier batches had a small town's hockey arena (twice) and a curling club's last season; none
had a valley ski hill, its broken lift and the town's split vote on lending for the repair. The lift stopping (the
hill manager, the woman who has run the chalet canteen for decades, "he adds" in mid-sentence after a sentence about
her, the ski club's president whose quotation opens a block, a lift contractor "the contractor says"); the council's
vote (a councillor who voted against the loan, the mayor who "calls" the lift something, the province's grants
program "in an emailed statement", the contractor again, a second councillor who "did not return calls"); the racers
(the club's coach who "tells her racers", a teenage racer named in full and later by his first name, "the teenager
says", a mother who drives to a hill in the next town, the club's president); and the valley (a rural sociologist
at a university, the canteen volunteer and the manager in turn, the mayor and the councillor). Split quotations
("“…,” says X, who …. “…”"), present-tense cues ("says", "adds", "tells"), descriptions at the cue and she-he chains
across sentences. Written for these tests; none is taken from any corpus, and every person, town, club, business,
program and university in them is made up (the province, its cities and kinds of bodies are real). The gold is in
test_longform_probes_hundredthirteenth.py."""

from __future__ import annotations

LIFT: tuple[str, ...] = (
    "The T-bar at the Wrenfield Valley Ski Hill, about 40 minutes north of Brandon, Man., stopped halfway up the "
    "slope on the second Saturday in January with 22 skiers hanging from it, and it has not moved since. “I heard "
    "the gearbox before I saw anything. It sounded like somebody dropped a wrench into a blender,” says Dale "
    "Sorensen, who has managed the hill for 19 years. Nobody was hurt; volunteers walked the skiers down the track "
    "one by one. Sorensen, 61, says the gearbox was built in 1974 and that the company that made it closed before "
    "most of the hill’s ski patrol was born. He keeps the broken part in the back of his pickup, wrapped in a moving "
    "blanket. “People want to see it. They want to know it’s real, that we’re not just tired of running the place,” "
    "he says. Marjorie Dufresne has run the canteen in the chalet at the bottom of the hill since 1989, when a bowl "
    "of chili cost a dollar and the coffee came out of an urn her late husband bought at an auction. She says she "
    "once sold more hot chocolate on a single Sunday than the hill now sells lift tickets in a week. “The kids come "
    "in with their cheeks red and their mitts soaked, and they put the mitts on the heater and forget them. I have "
    "a box of mitts from 1995,” says the veteran canteen volunteer. Since the lift stopped, the chalet has stayed "
    "open on weekends for the tobogganers who still climb the hill on foot. Sorensen says that brings in about a "
    "tenth of what a normal Saturday did. She gets there at seven anyway, he adds, and has the soup on before he "
    "has plowed the lot.",
    "“We have had this hill since before we had a paved road,” says Ron Kleinsasser, the president of the Wrenfield "
    "Ski Club, which owns the lift and leases the slope from the town. “Every kid in this town learned to fall down "
    "on it.” The club’s 140 members voted last month to spend its whole reserve, about $61,000, on the repair, "
    "Kleinsasser says, but a new gearbox and the work to fit it would cost closer to $230,000. That estimate came "
    "from Gord Heppner, who has serviced small lifts across the Prairies since the 1990s and who drove up from "
    "Brandon with his son to open the gearbox housing. “The teeth on the main gear were worn like an old molar. You "
    "could put your thumb in the gaps,” the contractor says. Heppner says parts for a lift that old have to be "
    "machined one at a time, and that the nearest shop that can do it is in Minnesota. He would not promise the "
    "hill a date. “I can get it running. I can’t tell you it runs for 10 more years,” he says. Kleinsasser has "
    "heard that before. The club, he says, has been told the lift was finished three times since 1998, and three "
    "times a volunteer with a welder proved the experts wrong. “This time I don’t think the welder is coming,” he "
    "says.",
)

COUNCIL: tuple[str, ...] = (
    "Wrenfield’s town council voted 3-2 on Feb. 11 against lending the ski club the money for the repair, and the "
    "vote has split a town of 900 people in a way residents say they have not seen since the school closed. “I "
    "skied on that hill. My kids skied on that hill. That’s not the question in front of council,” says Coun. "
    "Trevor Yablonski, a grain farmer who has sat on council for two terms. “I also pay for the water.” The "
    "question, he says, is whether a town with a $2.1-million budget and a water plant that needs $4 million of "
    "work can lend a quarter of a million dollars to a club. He has had his truck keyed since the vote, he says, "
    "and he has stopped going to the Sunday hockey games. Mayor Karen Hollister voted for the loan. She calls the "
    "lift “the only thing in this town that brings people in from somewhere else,” and says the hill and the "
    "chalet kept two businesses on Main Street open through the winter. “Trevor isn’t wrong about the water plant. "
    "He’s wrong about what people stay in a town for,” the mayor says. In an emailed statement, a spokesperson for "
    "Manitoba’s Department of Municipal Relations says the Prairie Recreation Infrastructure Grant can cover up to "
    "50 per cent of eligible repairs to community recreation facilities, and that applications for the next round "
    "close on April 30. The statement says the program does not fund equipment that is “at the end of its service "
    "life,” a phrase Hollister says she has read more times than she can count.",
    "“If a lift is at the end of its service life at 50, then so is half this council,” says Heppner, the "
    "contractor, who is 58. He has offered to do the labour at cost, he says, if the town and the club can find the "
    "money for the parts. Yablonski says the offer changes nothing. “Half of a quarter-million is still money we "
    "don’t have,” he says. The second councillor who voted against the loan, Denise Tolley, did not return calls. "
    "Hollister says council will vote again in March, once the club has an answer from the province.",
)

RACERS: tuple[str, ...] = (
    "“Skiing down is the easy part. It’s the walking up that teaches you something,” Anika Lindqvist tells her "
    "racers on a grey Tuesday afternoon, as 11 teenagers in helmets climb the slope in a line with their skis on "
    "their shoulders. Lindqvist, who coaches the Wrenfield Racers, the club’s youth team, says they manage about "
    "four runs a practice since the lift stopped, down from 20. Owen Baptiste, 15, is the team’s fastest skier and "
    "the only one who has qualified for the provincial championships in March. He says his legs have never been "
    "stronger and his technique has never been worse. “You get maybe four turns on a run and then you walk for 10 "
    "minutes. You can’t learn anything in four turns,” the teenager says. “At provincials they give you 60 gates.” "
    "His coach agrees. She says she has written to two other hills asking for training time, and one has said yes "
    "for Sunday mornings. That hill is at Tamarack Lake, an hour and 10 minutes east. Shauna Kowalchuk now drives "
    "her daughter, Brooke, and two of her teammates there every Sunday, leaving at 6:15. “I pack the breakfast the "
    "night before and they eat it in the van. Brooke sleeps until we see the lift towers,” says Kowalchuk, a nurse "
    "who works nights at the hospital in Neepawa. She says the gas alone costs her about $90 a month, and she knows "
    "families who have stopped coming.",
    "Owen says he has thought about quitting. “My dad says I’d be crazy to quit now. My mom says I’d be crazy to "
    "keep doing this,” he says. Kleinsasser, the club president, says the team is the reason the club exists. "
    "“Adults ski for fun. The kids ski because it’s the only thing here that’s theirs,” he says. Lindqvist, who "
    "raced for Manitoba at the Canada Winter Games in 1999, learned to ski on the same slope. “My father built the "
    "rope tow that was here before the T-bar. He’d be out there with a wrench right now,” she says. Her racers, she "
    "says, will go to provincials whatever happens to the lift.",
)

VALLEY: tuple[str, ...] = (
    "“Small towns don’t die when the last store closes. They die when the last place people run into each other "
    "closes,” says Graham Ostby, a rural sociologist at Assiniboine Plains University who has spent a decade "
    "counting the rinks, halls and ski hills that prairie towns have lost. In his surveys, he says, towns that lose "
    "their main winter facility lose young families faster over the next five years than towns that lose their "
    "school. Dufresne, who turns 78 this spring, knows that without the numbers. She has watched the same families "
    "come through the chalet for three generations, she says, and some of the children who ski there now are the "
    "grandchildren of kids whose mitts are still in her box. “Dale thinks I’m staying for the hill. I’m staying for "
    "Dale. Somebody has to feed him,” she says, laughing. Sorensen, told of that, shakes his head. “She’s been "
    "saying that since 1990. She’ll bury me,” says the hill manager.",
    "Ostby says councils in towns like Wrenfield are asked to choose between pipes and people every budget year, "
    "and that the pipes usually win because a broken water main is an emergency and a closed ski hill is only a "
    "loss. “Nobody calls 911 because the T-bar stopped. But people do move away because of it, slowly,” the "
    "sociologist says. The mayor says she has heard from three families who told her they would think about leaving "
    "if the hill stays closed. Hollister, who grew up in Wrenfield and ran the ski patrol as a teenager, says she "
    "does not know how the March vote will go. Neither does Yablonski. “If the province pays half, I’ll look at it "
    "again. I said that on the night,” he says. On the last Sunday in February, Sorensen groomed the run for the "
    "tobogganers, and Dufresne had the soup on by seven. “Chicken noodle. It’s always chicken noodle when things "
    "are bad,” she says.",
)
