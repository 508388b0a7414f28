"""A hundred-and-second batch of fictional stories for probing the quotes, in the manner of A LONG-FORM CANADIAN
FEATURE ON AN ALBERTA SMALL TOWN'S RODEO AND THE RANCHING FAMILIES BEHIND IT as city dailies' weekend sections and
public-broadcaster web features write it, two of its three articles in long blocks of five to ten sentences as a web
scraper leaves them: a rancher and his barrel-racing daughter of one surname ("he says", "Thorvaldsen-Pike admits" in
mid-sentence, "the rancher says", "Kaylee says" with her words split over the cue, "she says of her father"), a stock
contractor ("recalls the stock contractor", "the 71-year-old says") and a veterinarian ("says the veterinarian, whose
clinic Okonkwo-Brandvold's company has used", "Szabo-MacLeish adds"); the rodeo dropping an event after its sponsor
leaves (the company "said in a statement", the rodeo association's president, an animal-welfare coalition's
spokesperson who "called" the decision a first step, the mayor, a calf roper "whose entry fees Haugestad-Finch's
association has now refunded", the province's ministry "in an emailed statement" that "declined to comment"); and the
economics of ranching and rodeo (an agricultural economist at a university who "notes" in mid-sentence, the rancher
and his daughter, the stock contractor "recalls the 71-year-old", the mayor and the veterinarian who "puts it another
way"). Written for these tests; none is taken from any corpus, and every person, horse, town, river, company,
association, coalition and university in them is made up (the province, its ministry and the kinds of bodies are
real)."""

from __future__ import annotations

FAMILY: tuple[str, ...] = (
    "Eight seconds and a family name: the ranchers who keep a prairie rodeo alive",
    "COLDWATER FORKS, Alta. — Garth Thorvaldsen-Pike has been up since four, checking heifers in a north pasture "
    "where the snow still lies in the coulees in late May. His family has run cattle on this land along the Little "
    "Sandhill River since 1911, and he has missed the Coldwater Forks Pro Rodeo only once, the summer his wife died. "
    "“The rodeo is the one weekend a year when the whole valley is in one place,” he says. “Weddings, funerals and "
    "the rodeo. That’s about it.” His daughter Kaylee, 19, barrel-races on a 14-year-old quarter horse mare named "
    "Biscuit that her grandfather bought at an auction in Olds. “People see a girl on a horse going fast,” Kaylee "
    "says, “but they don’t see the five hundred hours it takes to get eleven seconds right.” She trains before school "
    "in the winter, in an indoor arena her father built out of an old machine shed. The arena cost more than the "
    "family made from calves that year, Thorvaldsen-Pike admits, and he would build it again. “She was going to ride "
    "whether I built it or not,” the rancher says. “I figured she might as well do it somewhere with a roof.”",
    "The bucking horses and bulls come from Wendell Okonkwo-Brandvold, whose family has supplied stock to rodeos "
    "across the Prairies for three generations. He is 71 and still drives one of the trucks himself. “Dust Devil "
    "bucked off every cowboy in Alberta except one, and that one married my sister,” recalls the stock contractor. "
    "His animals work for about eight seconds a weekend, he says, and spend the rest of the year on grass. “People "
    "who have never been on a ranch think we are cruel to them. They have never seen what we pay for hay,” the "
    "71-year-old says. Dr. Renata Szabo-MacLeish checks every animal before it goes into the chute. Injuries at the "
    "rodeo are rare but not unheard of, says the veterinarian, whose clinic Okonkwo-Brandvold’s company has used for "
    "30 years. “I have pulled animals out of the draw the morning of the show, and nobody argued with me,” "
    "Szabo-MacLeish adds. “That is the way it should be.”",
    "Kaylee placed third in the barrel race last summer, worth $1,400, which paid for Biscuit’s shoes and about half "
    "her feed. She wants to turn pro, and her father, who rode saddle bronc until a wreck in 1979 broke his pelvis, "
    "says he will not stand in her way. “I told her the same thing my dad told me,” he says. “You can do anything you "
    "like, as long as the cows are fed first.” Kaylee rolls her eyes at that. She has heard it before, she says, "
    "usually at five in the morning. “He acts tough,” she says of her father, “but he is the one crying in the stands "
    "every time.”",
)

SPONSOR: tuple[str, ...] = (
    "Coldwater Forks rodeo drops tie-down roping after its biggest sponsor pulls out",
    "COLDWATER FORKS, Alta. — The Coldwater Forks Pro Rodeo will go ahead next month without tie-down roping for the "
    "first time in its 92-year history, after its largest sponsor withdrew and an animal-welfare group threatened to "
    "protest at the gates.",
    "Korsgaard Feed & Supply, a farm-supply chain based in Red Deer, said in a statement that it would not renew its "
    "$85,000 sponsorship this year. “We have listened to our customers and our employees, and we believe the time has "
    "come to support events that reflect their values,” the company said in the statement. It did not say which "
    "events it would support instead.",
    "Lorne Haugestad-Finch, president of the Coldwater Valley Rodeo Association, said the board voted 9-2 on Tuesday "
    "night to drop the event rather than lose a second sponsor. “Nobody on this board wanted to do it,” he said. “But "
    "a rodeo without sponsors is a branding with a hat on.” He said the association would review the decision after "
    "this year’s show.",
    "Priyanka Osterhout-Vale, a spokesperson for the Prairie Animal Justice Coalition, called the decision “a good "
    "first step” but said the group would still protest outside the grounds. “Calves are being roped at a full run "
    "and slammed into the dirt for entertainment, and one event less does not change that,” she said. The coalition "
    "wants the rodeo to drop steer wrestling and chuckwagon racing as well, she added.",
    "Mayor Deb Kostiuk-Arsenault, whose council gives the rodeo $20,000 a year and the use of the town’s grounds, "
    "said the rodeo brings in more than $2 million over four days. “Every motel room between here and Drumheller is "
    "full that weekend,” the mayor said. “For some of our businesses, it is the difference between a good year and "
    "closing.”",
    "“Those calves go back to the ranch the same day and eat like nothing happened,” said Travis Eberhardt-Sayer, a "
    "calf roper from Ponoka whose entry fees Haugestad-Finch’s association has now refunded. He said he has competed "
    "at Coldwater Forks for 11 years.",
    "Haugestad-Finch says he understands why the company left. “They sell feed to ranchers, and half their customers "
    "are in the stands,” he says. “The other half are on Instagram.”",
    "In an emailed statement, Alberta’s Ministry of Agriculture and Irrigation said rodeo events are regulated under "
    "the province’s Animal Protection Act and that it had received no complaints about the Coldwater Forks event. It "
    "declined to comment on the association’s decision.",
)

LEDGER: tuple[str, ...] = (
    "Hay, debt and a grandstand: the economics of keeping a small-town rodeo running",
    "COLDWATER FORKS, Alta. — For four days every June, the population of Coldwater Forks triples. The other 361 "
    "days, the town of 1,900 depends on the same ranches that supply the rodeo with its riders, its volunteers and "
    "most of its stories. Dr. Tobias Ferreira-Lundqvist, an agricultural economist at Chinook Plains University, has "
    "spent a decade studying what small rodeos are worth to the towns that host them. The money matters less than "
    "people think, he says. “A rodeo weekend is not going to save a town’s economy,” Ferreira-Lundqvist says. “What "
    "it does is keep the young people coming back, and that is worth more than the gate.” Cattle prices are the "
    "highest he has seen in his career, he notes, but so are the costs of feed, fuel and land. “A rancher can have "
    "the best year on paper and still be one bad winter from selling out,” the economist says, “and most of the ones "
    "I talk to know exactly which winter that would be.”",
    "Garth Thorvaldsen-Pike knows the feeling. Two years ago, drought cut his hay crop by half and he sold 80 cows he "
    "had spent 20 years breeding. “You don’t get those genetics back,” he says. “You just start again and hope you "
    "live long enough.” His daughter is less sentimental about the herd and more worried about the land. Kaylee wants "
    "to study agribusiness in Lethbridge before she turns pro, and she says the ranch will need someone who can read "
    "a spreadsheet as well as a cow. “Dad can tell you what every animal in that pasture weighs by looking at it,” "
    "Kaylee says. “He cannot tell you what the ranch made last year.” Her father, told of this, laughs. “She is not "
    "wrong,” admits Thorvaldsen-Pike.",
    "Okonkwo-Brandvold, the stock contractor, has watched rodeos fold across the province. He lists six from memory "
    "that ran when he started and are gone now. “Every one of them died the same way: the volunteers got old and "
    "nobody replaced them,” recalls the 71-year-old. Mayor Deb Kostiuk-Arsenault says the town has no plans to let "
    "that happen in Coldwater Forks, where the rodeo committee now has more volunteers under 30 than over 60. The "
    "town is applying for a provincial grant to replace the grandstand, which was built in 1958, the mayor says. “We "
    "can lose a sponsor,” she says. “We can’t lose the grandstand, and we can’t lose the kids.” Szabo-MacLeish, the "
    "veterinarian, puts it another way. “A rodeo is a ranch with the gates open,” she says. “If people stop coming "
    "through those gates, they stop understanding where their food comes from.”",
)
