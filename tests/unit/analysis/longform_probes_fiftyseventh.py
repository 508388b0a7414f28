"""A fifty-seventh batch of fictional stories for probing the quotes, in the manner of SPORTS NEWS as wires and big
sports sites in the US, Britain and Australia write it, where a speaker named once is then referred back to by a
description that shares no word with the name: "the 29-year-old told BBC Sport", "the Scot said at his post-match
press conference", "the Dutchman said", "the former champion told reporters", "the coach said", "the club's owner
wrote on X", "the governing body said"; post-match press conferences and on-court interviews, a team's injury news
("the team said Tuesday"), a player's social media post, a league's fine, a doping panel's ruling that "the panel
wrote", an agent "who declined to be named", transfer and coaching news "according to sources", and two speakers of
the two sides in one paragraph. The stories: a Premier League match, an NBA injury, an Ashes Test at the Gabba, a
Wimbledon quarter-final, and a cyclist's doping ban. Written for these tests; none is taken from any corpus, and every
person, club, team and body in them is made up (the competitions are real)."""

from __future__ import annotations

FOOTBALL: tuple[str, ...] = (
    "Okafor-Reid double sinks Ashbourne as Rovers climb to fourth",
    "Hartfield Rovers climbed to fourth in the Premier League on Saturday after Daniel Okafor-Reid scored twice in a "
    "3-1 win over Ashbourne City, whose manager said afterwards that his side had “gifted” the hosts the game.",
    "The 29-year-old striker, signed from Dutch side FC Lindeveld in the summer for a reported £32 million, headed in "
    "the opener after 11 minutes and added a second from the penalty spot before half-time. “I’ve waited a long time "
    "for a day like this,” the 29-year-old told BBC Sport. “The first few months were hard, people were talking, but "
    "the manager kept picking me and I owed him something.”",
    "Rovers manager Graham Tully said the striker had “earned every bit of it”. “People forget he came from a league "
    "where you get a yard more time. He has had to learn to play with a centre-half on his back every week, and he "
    "hasn’t once complained,” the Scot said at his post-match press conference.",
    "Ashbourne manager Piet Vandersloot was in no mood to share the credit. “We gave them the first goal, we gave them "
    "the penalty, and then we stood and watched,” the Dutchman said. “You cannot come to a place like this and hand "
    "out presents.” He added that he would be “having words” with his defenders on Monday.",
    "Ashbourne’s only reply came from Kofi Mensah-Lyle, who curled in a free kick on 58 minutes. “It’s one goal, it "
    "means nothing today,” the midfielder said, while Rovers goalkeeper Tomasz Wierzbicki, who was beaten for the "
    "first time in four league games, said the free kick was “unstoppable, so I’m not losing sleep”.",
    "The win will please Rovers’ American owner, Bradley Castellan-Hart, who has faced protests from fans over ticket "
    "prices this season. “Fourth place is where this club belongs and where we intend to stay,” the club’s owner "
    "wrote on X after the final whistle.",
    "Rovers are also close to signing Ashbourne’s 21-year-old winger Jadon Pryce-Ellison in January, according to "
    "sources close to the deal, although Ashbourne are said to want at least £40 million. Pryce-Ellison’s agent, who "
    "declined to be named, told reporters that “talks are at an early stage” and that his client was “focused on "
    "Ashbourne”.",
    "The Independent Football Standards Board, which oversees discipline in the English game, said in a statement on "
    "Sunday that it was reviewing an incident in the 70th minute in which Vandersloot appeared to push the fourth "
    "official. The governing body said it would “consider the matter in full” before deciding on any charge. The "
    "Ashbourne manager said he had “done nothing wrong” and would “welcome the chance to explain”.",
)

BASKETBALL: tuple[str, ...] = (
    "Falcons’ Whitaker-Dunn out 6-8 weeks with torn thumb ligament",
    "COLUMBUS, Ohio (AP) — Columbus Falcons guard Marcus Whitaker-Dunn will miss six to eight weeks with a torn "
    "ligament in his left thumb, the team said Tuesday, a blow to a club that had won nine of its last 10 games.",
    "The 28-year-old, an All-Star last season, was hurt in the third quarter of Monday night’s 118-109 win over the "
    "Louisville Stallions when he jammed his hand against a defender’s shoulder. He stayed in the game and scored 12 "
    "of his 31 points after the injury. “I knew something wasn’t right, but we were rolling and I didn’t want to come "
    "out,” the guard said after the game, before an MRI showed the extent of the damage.",
    "Coach Darnell Fitzgerald-Ames said the team would not rush him back. “We’re going to be smart. Marcus is the "
    "heart of what we do, but this is a long season and he has a long career,” the coach said Tuesday before "
    "practice. “Somebody else gets a chance now, and I trust this group.”",
    "Whitaker-Dunn posted a photo of his bandaged hand on Instagram late Tuesday with the caption: “Minor setback for "
    "a major comeback. See y’all soon.”",
    "The Falcons have explored adding a backup guard before the trade deadline, according to a person familiar with "
    "the team’s plans who spoke on condition of anonymity because the talks are private. The person said the club had "
    "spoken with at least two teams about veteran point guard Reggie Alvarado-Stone, who is in the final year of his "
    "contract with the Stallions.",
    "Stallions forward Tyrese Okwuosa-Bell, who guarded Whitaker-Dunn for much of the night, said he did not realize "
    "the guard was hurt. “He hit three straight shots after that. If that’s him hurt, I don’t want to see him "
    "healthy,” the 24-year-old said. Falcons center Luka Radanovic-Price said the locker room was “quiet for about "
    "five minutes, then we got back to work.”",
    "Separately, the NBA fined Stallions coach Howard Lindqvist $25,000 on Tuesday for criticizing the officials after "
    "Monday’s game. Lindqvist had said the referees “lost control of the game in the third quarter” and that his "
    "players were “getting mugged on every drive.” The league said in a statement that the fine was for “public "
    "criticism of the officiating.”",
    "Whitaker-Dunn’s agent, Samuel Oduya-Klein, said in a text message that surgery was “not expected” and that his "
    "client “will be back well before the playoffs.”",
    "Fitzgerald-Ames said rookie Jalen Moorcroft would start in Whitaker-Dunn’s place on Wednesday against Denver. "
    "“He’s 20 years old and he doesn’t scare easily,” the coach said. “That’s the best thing I can say about a young "
    "player.”",
)

CRICKET: tuple[str, ...] = (
    "Kirkbride-Shaw backs attack to hit back after Penhallow-Gray ton",
    "Australia captain Nathan Kirkbride-Shaw has backed his bowlers to bounce back after England piled on 478 on the "
    "second day of the third Test at the Gabba, saying the hosts were “one good session away” from being back in the "
    "match.",
    "The 31-year-old, who dropped England opener Oliver Penhallow-Gray on 14 before he went on to make 162, took the "
    "blame for the miss. “That’s on me. You drop a bloke like that and he makes you pay, and he made us pay all day,” "
    "the skipper said at stumps. “But this pitch will do a bit on day four and five, and we’ve got the bowlers to take "
    "advantage of it.”",
    "Penhallow-Gray, playing in only his sixth Test, said he had “ridden his luck” early. “I was nervous as anything "
    "in the first hour. After the drop I just told myself, you’ve been given a second life, don’t waste it,” the "
    "Cornishman said. “To do it here, in front of this crowd, is the stuff you dream about as a kid.”",
    "England coach Martin Ashdown-Reeve said the innings was “as good as any I’ve seen from a young player in "
    "Australia”, while Australia’s bowling coach, Greg Tolhurst, said the attack had bowled “too short for too long” "
    "and would “have a hard look at the lengths” overnight.",
    "The day was overshadowed by news that Australian fast bowler Jack Morrissey-Tuala had been reported for a suspect "
    "bowling action. The Australian Cricket Commission said in a statement that the 23-year-old would undergo testing "
    "in Brisbane within 14 days and could continue to play in the meantime. “The Commission has full confidence in "
    "Jack and in the process,” the governing body said.",
    "Morrissey-Tuala, who took 4-61 in the first innings, wrote on Instagram that he had “bowled the same way since I "
    "was 12” and was “not worried one bit”. The Queenslander’s manager, who declined to be named, said the bowler had "
    "been “blindsided” by the report.",
    "The Australian Cricketers’ Union said it would support the fast bowler “through every step of the testing”. Union "
    "chief executive Sophie Garland-Mace said the timing of the report, in the middle of a Test, was “far from ideal”. "
    "“Nobody wants a young player walking out to bowl with this hanging over him,” the former Test batter said.",
    "Asked about his team-mate, Kirkbride-Shaw was blunt. “Jack’s action has been looked at since he was a teenager, "
    "by people who know a lot more about it than me, and nobody has ever had a problem,” he said. “He’ll bowl "
    "tomorrow, he’ll bowl the day after, and he’ll get through the testing. I’d put my house on it. What I won’t do is "
    "let it become a distraction for the rest of the group, because we’ve got a Test to save.”",
    "England captain Harry Fenwick-Doyle declined to comment on the report. “That’s a matter for them. We’ve got "
    "enough to think about,” the left-hander said.",
)

TENNIS: tuple[str, ...] = (
    "Ferreira-Lucas stuns former champion Kowalczyk to reach Wimbledon semi-finals",
    "Spain’s Álvaro Ferreira-Lucas reached his first Wimbledon semi-final on Wednesday with a 6-4, 3-6, 7-6 (7-4), 6-3 "
    "win over two-time champion Dmitri Kowalczyk, and said afterwards he had “dreamed of this court since I was a kid "
    "in Murcia”.",
    "The 22-year-old, seeded 14th, saved three break points in the final set before breaking for a 4-2 lead. “When I "
    "saw him walk out I was a little bit afraid, I will be honest,” the Spaniard said in his on-court interview. “He "
    "has won here twice. I have watched those finals on YouTube many times. But after the first set I started to "
    "believe.”",
    "Kowalczyk, 34, who won the title in 2019 and 2021, said he had no complaints. “He was better on the big points, "
    "simple as that,” the former champion told reporters. “I’m not going to stand here and talk about my back or the "
    "wind. He deserved it.” Asked whether this would be his last Wimbledon, the Pole said he would “sit down with my "
    "team after the summer” before making any decision.",
    "Ferreira-Lucas’s coach, the former world No. 8 Ignacio Barrachina, said the Spaniard had changed his serve motion "
    "in the spring. “He was losing too many free points. We worked on it for six weeks in Valencia and now you see the "
    "result,” the 51-year-old said.",
    "In the women’s draw, top seed Hana Novotna-Price was taken to three sets by American qualifier Brooke Ellington "
    "before winning 6-2, 4-6, 6-4. “She played without any fear, and that’s hard to deal with,” the Czech said. "
    "Ellington, 19, said she would “take a lot from this” and wrote on social media later that night: “Lost the match, "
    "won a lot of belief. Back to work.”",
    "Tournament referee Colin Marchbank-Idowu said the former champion had been fined $8,000 for an audible obscenity "
    "in the third set, a decision the Pole said he “fully accepted”.",
    "Kowalczyk is expected to part ways with his coach of six years, Frenchman Luc Devereaux-Bah, after the "
    "grass-court season, according to two people with knowledge of the matter. Devereaux-Bah did not respond to a "
    "request for comment.",
    "Ferreira-Lucas will face world No. 1 Matthias Oberholzer in Friday’s semi-final. The Austrian, who has not "
    "dropped a set all fortnight, said he expected “a very physical match”. “Álvaro hits the ball as hard as anyone "
    "on tour. I have to serve well, otherwise it will be a long afternoon,” the top seed said.",
)

CYCLING: tuple[str, ...] = (
    "Belgian rider Vermaelen-Doss banned for two years after doping panel ruling",
    "Belgian cyclist Pieter Vermaelen-Doss has been banned for two years after testing positive for a blood-boosting "
    "drug at last year’s Tour de France, the International Cycling Integrity Tribunal said on Monday.",
    "In a 42-page ruling, the three-member panel said it was “not persuaded” by the 30-year-old’s argument that the "
    "substance had entered his system through a contaminated supplement. “The rider has offered a theory, not "
    "evidence,” the panel wrote. “A theory, however sincerely held, cannot meet the burden the rules place on him.”",
    "Vermaelen-Doss, who finished eighth overall in the race, said in a statement posted on Instagram that he was "
    "“devastated” and would appeal the decision. “I have never knowingly taken a banned substance in my life. I will "
    "fight this until the last day,” the Belgian wrote.",
    "His team, Nordvik-Castell Pro Cycling, said it had suspended the rider’s contract and would “respect the process” "
    "while he appealed. Team manager Erik Solvang-Mertens said the news had hit the squad “like a truck”. “We have 28 "
    "riders and 60 staff who do things the right way every day, and this is what people will remember about us this "
    "year,” the Norwegian told Reuters.",
    "The Belgian Anti-Doping Authority, which brought the case, welcomed the decision. Its director, Anneke "
    "Hollanders, said the ruling showed that “the system works, even when the rider is a big name”.",
    "Riders were divided. “It’s sad for him and sad for the sport,” said Dutch climber Sander Kooistra-Ruiz of Team "
    "Veldhoven, who finished ninth at last year’s Tour. Vermaelen-Doss’s former team-mate Bram Deleu-Aster, now at "
    "Alpina Racing, said he did not believe his friend had cheated. “I roomed with him for three years. I know what he "
    "eats, I know what he takes, and I don’t believe it,” the 27-year-old said.",
    "Under the ruling, Vermaelen-Doss will be stripped of his eighth place, which passes to Kooistra-Ruiz. The "
    "Dutchman said he would take no pleasure in it. “You want to earn your place on the road, not in a courtroom,” he "
    "said.",
    "The rider’s lawyers have already filed notice of appeal, according to a person close to the case. The World Road "
    "Cycling Union, the sport’s governing body, said in a brief statement that it had “taken note” of the ruling. The "
    "governing body added that Vermaelen-Doss’s results from the 2025 season would be annulled.",
)
