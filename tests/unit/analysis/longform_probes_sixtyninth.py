"""A sixty-ninth batch of fictional stories for probing the quotes, in the manner of ENTERTAINMENT AND CELEBRITY NEWS
as the entertainment web sites, the wires' showbiz desks and the tabloids' web pages write it: a split announced "in a
joint statement" to a magazine, "a representative for X told the outlet", "a source close to the couple said", a
director on a red carpet who "told reporters", an actor "on an episode of her podcast", posts "on Instagram" and a
photo "captioned", a studio that "said in a statement" and then "the studio added", a festival's artistic director, a
former assistant's lawsuit (her lawyer, the star's attorney "in a filing"), a reality-show contestant named by her
first name once she is introduced, an award speech "from the stage", and descriptions that refer back ("the singer
said", "the Oscar winner added", "the first-time director said"). The pieces: a celebrity couple's split, a film
premiere amid talk of a feud, a festival's lineup, a lawsuit against a pop star, and a reality star's fan award.
Written for these tests; none is taken from any corpus, and every person, show, film, studio, outlet, festival,
group, regulator and university in them is made up (the cities and kinds of bodies are real)."""

from __future__ import annotations

SPLIT: tuple[str, ...] = (
    "Singer Talia Brennock and actor Jude Marlowe-Fisk split after seven years of marriage",
    "LOS ANGELES — Talia Brennock and Jude Marlowe-Fisk are separating after seven years of marriage, the pair "
    "announced on Monday.",
    "“After a lot of love and a lot of thought, we have decided to end our marriage,” the couple said in a joint "
    "statement to Marquee Weekly. “We remain a family, and we ask for privacy for our children as we figure out what "
    "comes next.”",
    "Brennock, 38, a three-time Grammy nominee, and Marlowe-Fisk, 41, who stars in the streaming drama “Harbor "
    "Lights,” married in 2019 in a small ceremony in Big Sur. They share two daughters.",
    "A representative for Brennock told the outlet that the decision was mutual and had been “a long time coming.” A "
    "representative for Marlowe-Fisk did not immediately respond to a request for comment.",
    "A source close to the couple said the two had been living apart since the spring. “They tried counselling. They "
    "tried everything. Nobody is the villain here,” the source said.",
    "Brennock hinted at trouble last month on an episode of her podcast, “Kitchen Table Talk.” “I’ve learned this year "
    "that you can love someone and still not be able to live with them,” the singer said at the time, without naming "
    "her husband.",
    "On Tuesday, Marlowe-Fisk wrote on Instagram that he was “grateful for every single day” of the marriage. “Seven "
    "years, two girls, one very loud kitchen. I wouldn’t trade any of it,” he captioned a photo of the family at the "
    "beach.",
    "The actor added that he and Brennock would continue to raise their daughters together in Los Angeles.",
    "The split comes weeks after Brennock postponed the last leg of her world tour, citing exhaustion. In a post at "
    "the time, she told fans she needed “to be a person for a while, not a performer.”",
    "Brennock’s manager, Desmond Achterberg-Lowe, told Marquee Weekly that the singer would go ahead with her "
    "September shows in Nashville. “Talia is a professional. The music doesn’t stop because the marriage did,” he "
    "said.",
    "Renata Szabo-Quill, a friend of the couple who plays Marlowe-Fisk’s sister on “Harbor Lights,” said on Instagram "
    "that she was “heartbroken for both of them.”",
    "Lumen+, the streaming service that carries the show, said in a statement that production on its fourth season "
    "would begin in January as planned.",
)

PREMIERE: tuple[str, ...] = (
    "‘The Long Orbit’ premieres amid reports of a feud between its director and the studio",
    "HOLLYWOOD — The director Anselm Kravitz-Doyle walked the red carpet at the premiere of “The Long Orbit” on "
    "Thursday night and insisted that reports of a feud with the film’s studio had been “wildly overblown.”",
    "“We argued about the ending. Every director argues about the ending,” Kravitz-Doyle told reporters outside the "
    "Regent Theatre. “That’s not a war. That’s a Tuesday.”",
    "The studio, Meridian Pictures, said in a statement last week that it had “full confidence” in the film and its "
    "director. “The Long Orbit is exactly the movie we set out to make,” the studio added.",
    "But two people who worked on the production, who spoke on condition of anonymity because they were not "
    "authorized to discuss it, said the studio had ordered weeks of reshoots over the director’s objections.",
    "Meridian’s chairman, Victor Halloran-Beck, told the trade publication Reelside on Friday that the studio had "
    "“never once” considered taking the film away from its director.",
    "Kravitz-Doyle also said he had not spoken to Halloran-Beck since the reshoots ended.",
    "The film’s star, Oona Castellane-Reyes, who won an Oscar in 2021 for “Paper Lanterns,” addressed the rumours on "
    "an episode of her podcast, “Second Take,” released on Wednesday. “Was it a smooth shoot? No. Was it a good "
    "shoot? Absolutely,” she said. “I’d work with Anselm again tomorrow.”",
    "The Oscar winner added that the reshoots had improved the third act, which she called “the heart of the film.”",
    "“I haven’t seen it yet. I’m seeing it tonight, with everyone else,” said her co-star Dev Arkwright-Sol, laughing, "
    "as he posed for photographers.",
    "Early reviews have been mixed. Priya Venkataraman-Holt, the chief film critic of the Coastline Review, wrote that "
    "the movie was “gorgeous to look at and impossible to follow.”",
    "Box office analysts expect the film to open to about $40 million in North America this weekend. “For an original "
    "science-fiction movie with no franchise behind it, that would be a solid start,” said Gideon Farrow-Lutz, a media "
    "analyst at Brightline Securities.",
    "Kravitz-Doyle, asked whether he had seen the studio’s final cut, smiled. “I’ve seen a cut,” the director said.",
)

FESTIVAL: tuple[str, ...] = (
    "Venport festival unveils its lineup, with a former child star’s directing debut to close",
    "The Venport International Film Festival announced its lineup on Tuesday, with 21 films competing for its top "
    "prize and a closing-night slot for the directing debut of the former child star Wren Haldimann.",
    "“This is the strongest competition we have had in a decade, and the most international,” the festival’s artistic "
    "director, Carlotta Benedetti-Sorel, said at a news conference in Venport. “Eleven countries, nine first-time "
    "directors, and not a single sequel.”",
    "Benedetti-Sorel said the selection committee had watched more than 2,300 submissions, a record, and that "
    "streaming companies had sent fewer films than last year.",
    "Haldimann, who became famous at nine as the youngest of the siblings on the sitcom “Our House on Maple,” said in "
    "a statement that directing her first film had been “terrifying in the best possible way.”",
    "“I spent twenty years in front of a camera. I wanted to find out what it looks like from the other side,” the "
    "actress told Marquee Weekly.",
    "Her film, “Small Weather,” follows two sisters who run away from a film set. The first-time director said the "
    "story was “not autobiographical, but not not autobiographical, either.”",
    "The jury will be led by the French director Amélie Roussin-Varga, who told reporters she would judge the films "
    "“with my heart first and my head second.”",
    "The festival also said it would present a lifetime achievement award to the cinematographer Ludovic "
    "Ambrose-Teague, 79. In a statement released by the festival, Ambrose-Teague said he was “astonished and a little "
    "embarrassed.”",
    "Not everyone cheered the lineup. Women in Film Forward, an advocacy group, noted that only six of the 21 "
    "competition films were directed by women. “Six is better than four, which is what we got last year. It is not "
    "good enough,” said the group’s president, Nadia Okonkwo-Brandt.",
    "Okonkwo-Brandt said her group would hold a protest screening of films by women on the festival’s opening night.",
    "Asked about the criticism, Benedetti-Sorel said the committee chose films “on merit, and only on merit,” but "
    "acknowledged that the industry “still has a long way to go.”",
    "The festival runs from Sept. 3 to 13.",
)

LAWSUIT: tuple[str, ...] = (
    "Former assistant sues pop star Larkin Ostrowe over unpaid overtime",
    "A former personal assistant to the pop star Larkin Ostrowe has sued the singer, accusing her of withholding more "
    "than $300,000 in overtime pay and of firing her after she complained, according to a lawsuit filed on Monday in "
    "Los Angeles Superior Court.",
    "The assistant, Beatrix Tamsin-Holloway, 29, worked for Ostrowe for three years, the lawsuit says, often putting "
    "in 90-hour weeks on tour and being on call around the clock.",
    "“Beatrix gave that job everything she had, and when she finally asked to be paid for it, she was shown the door,” "
    "her lawyer, Emmett Sandoval-Reyes, said in an interview. “That is textbook retaliation.”",
    "Sandoval-Reyes said his client had kept detailed records of her hours, including text messages in which "
    "Ostrowe’s manager asked her to work through her days off.",
    "In a filing responding to the suit, Ostrowe’s attorney, Harriet Lindgren-Moss, said the claims were “a work of "
    "fiction” and that Tamsin-Holloway had been paid “generously and on time, every time.”",
    "“This is a disgruntled former employee who was let go for cause, and who is now trying to cash in on a famous "
    "name,” the attorney said in the filing.",
    "Lindgren-Moss also argued that Tamsin-Holloway had signed an agreement that sends any dispute over pay to private "
    "arbitration.",
    "The filing points to an Instagram post from last year in which Tamsin-Holloway called Ostrowe “the best boss in "
    "the world.” Asked about the post, Sandoval-Reyes said his client had written it because posting about her boss "
    "was part of the job. “She was paid to smile. Now she wants to be paid for the hours,” the lawyer said.",
    "A spokesperson for Ostrowe said the singer “treats everyone who works for her like family” and would “fight this "
    "in court.”",
    "Ostrowe herself addressed the suit briefly on Wednesday. “I’m not going to talk about it. My lawyers will,” the "
    "singer told reporters at Los Angeles International Airport, before stepping into a waiting car.",
    "Employment lawyers say suits of this kind have become more common as personal assistants compare notes on social "
    "media. “Ten years ago, an assistant to a star would never have sued. Now they know they are not alone,” said "
    "Corinne Vasquez-Aldana, who teaches employment law at Pacific Crest University.",
    "She said most such cases were settled long before they reached a jury.",
    "Tamsin-Holloway declined to comment through her lawyer.",
)

FAN_AWARD: tuple[str, ...] = (
    "‘Island Hearts’ star Kayleigh wins fan award as the show faces questions over its editing",
    "Kayleigh Drummond-Pace, the 26-year-old dental nurse who became the breakout star of the dating show “Island "
    "Hearts,” won the fan-voted Reality Star of the Year award on Saturday night.",
    "“I came on this show to find love. I found a million of you instead,” Kayleigh said from the stage at the Galaxy "
    "Awards in London, fighting back tears. “Mum, I told you I wasn’t wasting my time.”",
    "The host of the ceremony, Jax Holmwood, told the audience that Kayleigh had received “more votes than the last "
    "three winners combined.”",
    "Kayleigh, who was voted off the island in the show’s ninth week, has said she was “made to look like a villain” "
    "by the show’s editors. On a podcast last month, she said producers had cut out “every nice thing I did” and kept "
    "every argument.",
    "The show’s producer, Brightwater Studios, said in a statement that it “stands by the integrity of its editing” "
    "and that contestants were offered counselling before and after filming. “The welfare of our islanders is our "
    "first priority,” the company added.",
    "Her fellow contestant Marcus Obi-Lindqvist, who left the show in week four, backed her account. “What you saw was "
    "maybe five percent of what happened. They build a story and then they find the clips,” he told Marquee Weekly.",
    "The Broadcast Standards Council, the regulator, said it had received more than 4,000 complaints about the "
    "ninth-week episode and was assessing them.",
    "Helena Marchetti-Ross, a psychologist at the University of Dunmore who studies reality television, said the "
    "complaints reflected a wider shift in how viewers saw the genre. “Audiences used to think the contestants were "
    "the product. Now they know the contestants are the workers,” she said.",
    "Kayleigh’s mother, Denise Drummond, told the Daily Clarion that she had “cried through the whole speech.”",
    "Asked backstage what comes next, Kayleigh laughed. “Sleep,” she said. “And then maybe a tour.”",
)
