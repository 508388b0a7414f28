"""A hundred-and-seventh batch of fictional stories for probing the quotes, in the manner of A LONG-FORM CANADIAN
FEATURE ON A COASTAL ATLANTIC TOWN THAT LOST ITS LAST FAMILY DOCTOR AND THE NURSE-PRACTITIONER CLINIC THAT REPLACED
HIM as public-broadcaster web features and regional dailies write it, two of its three articles in long blocks of five
to ten sentences as a web scraper leaves them: the retiring doctor (named once in full, then by his surname, then "the
doctor" and "the 71-year-old", a quotation split by "Pettigrew-MacLeish says, pulling …", a cue in mid-sentence), his
wife who "says he still wakes at six" and then "he says" about him, the nurse practitioner ("she says" right after a
sentence about the doctor), a retired fish-plant worker on the wait-list ("says the retired plant worker, who …", a
description first used at the cue), the pharmacist ("recalls the pharmacist", "Nakamura-Stead adds"); the province's
wait-list in a regional daily (the health minister in the legislature, the health authority "in a statement" and "the
authority said in the statement", the mayor whose words go on in a paragraph of their own, a rural doctors' society and
its president, the nurse practitioner); and a married couple of one surname who drive three hours for care (the wife's
"she says" right after a sentence about her husband, "her husband adds"), a health-policy researcher ("he notes" in
mid-sentence) and the mayor cued "says the mayor, who sat on the clinic's board with Pettigrew-MacLeish", the nurse
practitioner, the plant worker and the doctor. Written for these tests; none is taken from any corpus, and every
person, town, pharmacy, authority, society and university in them is made up (the province, the cities and the kinds
of bodies are real)."""

from __future__ import annotations

LAST_DOCTOR: tuple[str, ...] = (
    "The light goes out on Water Street: a Nova Scotia fishing town says goodbye to its only family doctor",
    "PETREL HARBOUR, N.S. — For 43 years, the light over the side door of the clinic on Water Street meant that Dr. "
    "Aldous Pettigrew-MacLeish was in. He delivered babies in the back room during the snowstorm of 1987, set the "
    "arms of three generations of deckhands and, by his own count, signed more than 1,100 death certificates. On the "
    "last Friday of June he turned the light off for good. “I told the province in 2019 that I would stop at 70,” "
    "Pettigrew-MacLeish says, pulling the brass plate off the door with a screwdriver, “and then I gave them one more "
    "year because nobody had answered the ad.” Nobody answered it that year either. The doctor had 2,600 patients on "
    "his roster when he closed, in a town of about 3,100 people and the fishing villages strung along the shore road "
    "on either side of it. “You don’t retire from a place like this,” he says. “You just stop being able to do it.” "
    "His wife, Philippa, a retired schoolteacher, says he still wakes at six to read the obituaries. He is not sure "
    "what he will do with his mornings now, he says.",
    "The clinic did not close, exactly. Since July it has been run by Roisin Kavanagh-Oduya, a nurse practitioner who "
    "grew up two coves over and spent 11 years in the emergency department in Halifax before coming home. She sees "
    "patients four days a week, orders tests, prescribes and refers, and on Fridays she drives to a seniors’ complex "
    "in the next village. “People ask me when the real doctor is coming,” she says. “I tell them I am what is coming, "
    "and they are stuck with me.” She can carry about 1,200 patients, half of the old roster, and the rest have gone "
    "onto the provincial wait-list. Pettigrew-MacLeish still drops in on Thursdays to go through charts with her and, "
    "he says, to drink her coffee. “He knows every family on this shore by its grandparents,” she says. “I would be "
    "lost without those Thursdays.” The 71-year-old says he is only there to get out of the house. “She doesn’t need "
    "me,” the doctor says. “She needs three more of herself.”",
    "Wendell Fougère-Lacey is one of the 1,400 people from Petrel Harbour on the list. He worked 36 years on the line "
    "at the crab plant by the government wharf, most of them on the night shift, and his hands shake in the mornings "
    "now. He has been waiting 14 months. “I had the same doctor since I was a boy, and now I have a number,” says the "
    "retired plant worker, who turned 68 in March. “They send me a letter every spring to tell me I am still on it.” "
    "Across the street, Harriet Nakamura-Stead has filled prescriptions at the Harbour Drug Mart since 1998. Since the "
    "clinic changed hands she renews blood-pressure and diabetes pills for dozens of people a week, under rules the "
    "province loosened two years ago. “The first Monday after he closed, I had a lineup out the door and down past the "
    "post office,” recalls the pharmacist. “Half of them just wanted someone to look at them.” Wendell is one of her "
    "regulars. “He comes in for his pills and stays for the gossip,” Nakamura-Stead adds. “Most of them do.”",
)

WAIT_LIST: tuple[str, ...] = (
    "Doctor wait-list grows by 9,000 as Petrel Harbour loses its last physician",
    "HALIFAX — The number of Nova Scotians waiting for a family doctor rose by about 9,000 in July, after the "
    "retirement of the last physician in Petrel Harbour and of two others on the South Shore, according to figures "
    "released Wednesday.",
    "Health Minister Delphine Arsenault-Wick told the legislature on Thursday that the province had recruited 41 "
    "family doctors since April and that nurse practitioner clinics would fill the gaps in the meantime. “We are not "
    "going to pretend that a nurse practitioner is a doctor,” she said in answer to a question from the opposition. "
    "“But we are also not going to leave a town with nobody.”",
    "In a statement, the Eastern Shore Health Authority said it had posted the Petrel Harbour position 14 times since "
    "2019 and had received two applications, neither from a doctor who would commit to living in the town. "
    "“Recruitment to rural communities remains our most difficult challenge,” the authority said in the statement.",
    "Petrel Harbour Mayor Clement Ashdown-Fraser said the town had offered a free house, a moving allowance and a "
    "berth at the marina to any doctor who would take over the practice. “We had one inquiry, from a man in Ontario "
    "who wanted to know if the house had a view,” he said.",
    "“It has a view. It does not have a doctor.”",
    "The mayor said council would write to the minister this month to ask for a second nurse practitioner and for the "
    "clinic to open on Saturdays.",
    "The Maritime Rural Physicians’ Society said rural family medicine in the province was “at a breaking point.” Its "
    "president, Dr. Fenella Sørbye-MacInnis, said young doctors were willing to work in small towns but not alone. "
    "“Nobody graduating today wants to be the only doctor for 50 kilometres, on call every night of the year,” she "
    "said. “Put three of them in a clinic together and they will come.”",
    "Roisin Kavanagh-Oduya, the nurse practitioner now running the Petrel Harbour clinic, said she had added 300 "
    "patients since July and was booking appointments into October.",
    "Arsenault-Wick later told reporters that she would look at the town’s request “with an open mind.”",
)

THE_DRIVE: tuple[str, ...] = (
    "Three hours each way: a couple, a clinic and the question of who replaces the country doctor",
    "PETREL HARBOUR, N.S. — Twice a month, Gerald and Marjorie Tolliver-Kerrigan leave their house on the shore road "
    "at five in the morning and drive three hours to a walk-in clinic in Halifax, because it is the only one that will "
    "renew his heart medication and look at her knee on the same visit. They were both patients of Pettigrew-MacLeish "
    "for 30 years, and neither made it onto the nurse practitioner’s roster. Marjorie does the driving now. Gerald had "
    "a small stroke in 2022 and lost his licence. “He navigates, and he is wrong about every exit,” she says. “Forty "
    "years, and he is still wrong about the exits.” Gerald laughs at that. “I am right about the coffee stops,” he "
    "says. They spend about $180 on gas, parking and lunch each trip, and the day wipes them out. “By the time we get "
    "home it is dark and we are both asleep in our chairs,” says Marjorie. The clinic in Halifax is busy and kind, "
    "she says, but no one there has seen either of them twice. “Every time it is a new face, and we start from the "
    "beginning,” her husband adds.",
    "What the couple are living through is becoming the norm on the coast, says Dr. Tobias Lindqvist-Ahern, who "
    "studies rural health policy at Fundy Strait University. About one Nova Scotian in seven has no family doctor, "
    "and in some coastal counties the share is closer to one in four, he says. “The old model was one doctor, one "
    "town, for forty years, and it worked because that doctor gave up everything else,” Lindqvist-Ahern says. "
    "“Nobody is going to make that trade again, and we should stop expecting them to.” Clinics run by nurse "
    "practitioners, he notes, can handle most of what a family doctor sees in a day. The harder part is what happens "
    "when a patient needs more. “A nurse practitioner in Petrel Harbour can order the scan,” says the researcher, "
    "whose survey of rural clinics Kavanagh-Oduya answered last winter. “What she can’t do is make the hospital in "
    "Bridgewater read it any faster.”",
    "Kavanagh-Oduya says she does not mind being compared with the man she replaced, most days. “He did this alone for "
    "43 years, and I get a parade for keeping the lights on,” she says. The clinic has money in its budget for a "
    "second nurse practitioner, but the authority has not posted the job. Mayor Clement Ashdown-Fraser says the town "
    "will pay the salary itself if it has to. “We bought a fire truck with bake sales in 1994,” says the mayor, who "
    "sat on the clinic’s board with Pettigrew-MacLeish for a decade. “We can find a salary.” Wendell Fougère-Lacey got "
    "his letter from the wait-list again in May. “Still on the list,” he says. “Still breathing. I’ll take both.” "
    "Pettigrew-MacLeish misses the patients more than the work, he says. “I still know their blood pressure by the "
    "look on their faces at the post office,” the retired doctor says. “That part doesn’t retire.”",
)
