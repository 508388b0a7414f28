"""Quotes of a sixth batch of blind long-form probes (longform_probes_sixth.py): the shapes the batch found wrong and
now right, each on its own, and the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.mislabelled_people import described_as_person
from tests.quoting import L, R, quote_rows_of, said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_sixth import FARM, HOCKEY, HOSPITAL, SCHOOL, TRANSIT, WATER

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings ("Len|Len Hruska"); an empty one is an unnamed source.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "hockey": [
        ("|Kestrel Falls Blizzard", "it is $180,000 short", True),
        ("Marvin Szabo", "We are spending money we don’t have", False),
        ("Marvin Szabo", "Bus costs alone have doubled", False),
        ("Renée Lachapelle", "The kids have no idea how close this is", False),
        ("Renée Lachapelle", "she has tried to keep the finances out", False),
        ("Renée Lachapelle", "They’re 17, 18 years old", False),
        ("Owen Tait", "the players know anyway", False),
        ("Owen Tait", "You hear things at the rink", False),
        ("Gail Hruska", "I’ve had 23 boys", False),
        ("Len|Len Hruska", "the team is the only thing", False),
        ("Len|Len Hruska", "Take the Blizzard away", False),
        ("Prairie Junior Hockey League", "it wants the Blizzard to survive", False),
        ("Dale Fenwick", "the league has helped two other clubs", False),
        ("Dale Fenwick", "that was not on the table", False),
        ("Dale Fenwick", "We are a league of 12 teams", False),
        ("Dale Fenwick", "could let the club skip a season", False),
        ("Marvin Szabo", "a year off would kill the team", False),
        ("Marvin Szabo", "Once the billets find other things", False),
        ("Irene Baptiste", "Buy a season ticket", False),
        ("Irene Baptiste", "the team has come close to folding before", False),
        ("Irene Baptiste", "Both times, this town showed", False),
        ("Colin Ostrowski", "the town will match every dollar", False),
        ("Renée Lachapelle", "she is not going anywhere", False),
        ("Renée Lachapelle", "If there’s a team in October", False),
    ],
    "farm": [
        ("Simran Brar", "I have never walked a field this early", False),
        ("Harjit Brar", "the farm has had 41 millimetres of rain", False),
        ("Harjit Brar", "My father talked about 1988", False),
        ("Alberta Wheat Commission", "early estimates point to yields", False),
        ("Alberta Wheat Commission", "farmers need to know by July", False),
        ("Alberta Wheat Commission", "Waiting until the fall", True),
        ("|Claire Desrosiers", "the federal and provincial governments are assessing", True),
        ("Mathieu Lévesque", "the assessment is moving as fast as possible", False),
        ("Troy Kowalski", "the province has already opened some Crown land", False),
        ("Troy Kowalski", "We are not going to let anybody’s herd", False),
        ("Dwayne Pritchard", "he has already sold a fifth of his herd", False),
        ("Dwayne Pritchard", "You sell the old cows first", False),
        ("Leah Nakamura", "some farmers are now cutting failed grain crops", False),
        ("Leah Nakamura", "It’s not what anybody planted it for", False),
        ("Leah Nakamura", "cutting early comes with a nitrate risk", False),
        ("Leah Nakamura", "about $40", False),
        ("Leah Nakamura", "Forty dollars is cheap", False),
        ("Agriculture Financial Services Corporation", "it has received more than 2,900", False),
        ("Agriculture Financial Services Corporation", "adjusters are working weekends", False),
        ("Simran Brar", "they will be fine this year", False),
        ("Simran Brar", "If the subsoil doesn’t recharge", False),
    ],
    "water": [
        ("Nora Keesick", "she will believe it when she drinks it", False),
        ("Nora Keesick", "We’ve had ribbon cuttings before", False),
        ("Indigenous Services Canada", "the plant meets federal standards", False),
        ("Indigenous Services Canada", "the advisory will be lifted", False),
        ("Jordan Meekis", "the job is the most important one", False),
        ("Jordan Meekis", "If I mess up", False),
        ("Abel Meekis", "the difference is like night and day", False),
        ("Abel Meekis", "The old one, I was fixing it", False),
        ("Bella Fiddler", "the community should never have waited six years", False),
        ("Bella Fiddler", "They would not make a town in the south", False),
        ("Thomas Anderson", "the advisory has left lasting damage", False),
        ("Thomas Anderson", "My kids have never had a glass", False),
        ("Thomas Anderson", "The nursing station has seen fewer skin infections", False),
        ("Thomas Anderson", "the council would discuss it", False),
        ("|Paul Whitecloud", "looks forward to celebrating", True),
        ("|Paul Whitecloud", "11 long-term advisories remain", True),
        ("Northern Treaty Chiefs Council", "Wapisiw Lake’s wait shows the system is broken", False),
        ("Northern Treaty Chiefs Council", "No community should have to fight", True),
        ("Nora Keesick", "I’m going to fill a glass", False),
    ],
    "transit": [
        ("Tri-Rivers Transit", "cold weather has exposed a problem", False),
        ("Tri-Rivers Transit", "eight of its 13 trains are in service", False),
        ("Howard Ng", "We know this is not the service", False),
        ("Jasmine Bell", "she has been late four times", False),
        ("Kofi Mensah", "he now leaves an hour early", False),
        ("Dorothy Kwan", "she has given up on the train", False),
        ("Unifor Local 4410|Unifor", "the problems were predictable", False),
        ("Unifor Local 4410|Unifor", "it warned the agency in writing", False),
        ("Gurpreet Sandhu", "We told them", False),
        ("Unifor Local 4410|Unifor", "its members are working 16-hour shifts", False),
        ("Howard Ng", "shifts are capped at 12 hours", False),
        ("Howard Ng", "Safety is the one thing", False),
        ("Miriam Abernethy", "council was given assurances", False),
        ("Miriam Abernethy", "I asked that question directly", False),
        ("Rick Duchesne", "I said this would be a money", False),
        ("Stephanie Oduya", "she has asked the province", False),
        ("", "it had received the request", True),
        ("Halvard Rail Group", "it is working with the agency on", False),
        ("Jasmine Bell", "I check the app", False),
        ("Jasmine Bell", "she has started carpooling", False),
        ("Jasmine Bell", "I love the idea of this train", False),
    ],
    "hospital": [
        ("Nova Scotia Health|", "The department was closed for 97 nights", True),
        ("Alisha Forde", "the closures are a staffing problem", False),
        ("Alisha Forde", "We have the beds", False),
        ("Nova Scotia Health", "it has hired 11 nurses", False),
        ("Nova Scotia Health", "recruiting to rural sites remains", False),
        ("Colleen MacAulay", "nurses are leaving rural hospitals", False),
        ("Colleen MacAulay", "Nobody goes into nursing", False),
        ("Nova Scotia Nurses’ Union", "it surveyed 640 of its members", False),
        ("Gordon Fraser-Kent", "the province is looking at the idea", False),
        ("Gordon Fraser-Kent", "I don’t disagree with the goal", False),
        ("Linda|Linda Boudreau", "I was doing 130", False),
        ("", "he had had a heart attack", True),
        ("Everett Boudreau", "They said another half hour", False),
        ("Marnie Halloran", "This isn’t a rich place", False),
        ("Danielle Comeau", "the government has known about the problem", False),
        ("Danielle Comeau", "Every summer, they announce", False),
        ("Danielle Comeau", "it would", False),
        ("Alisha Forde", "she is staying", False),
        ("Alisha Forde", "She worked alone too", False),
    ],
    "school": [
        ("Marcus Fairweather", "keeping it open would cost", False),
        ("Marcus Fairweather", "We cannot justify that spending", False),
        ("Anne-Marie Gagnon", "the board was balancing its budget", False),
        ("Brian Okeke", "a 35-minute ride is really 50 minutes", False),
        ("Lois Kettering", "the school is the last public building", False),
        ("Lois Kettering", "When the school goes", False),
        ("Pierre Lavoie", "he understood the anger", False),
        ("Pierre Lavoie", "These are not easy votes", False),
        ("Erin Szymanski", "My daughter gets carsick", False),
        ("Erin Szymanski", "parents will ask the Ministry", False),
        ("Dev Raghunathan", "You decided this months ago", False),
        ("Ava Chartrand|", "Please don’t close our school", True),
        ("Ministry of Education", "it had not yet received a request", False),
        ("Elementary Teachers’ Federation of Ontario", "none of them will lose their jobs", False),
        ("Yvonne Delisle", "she would miss the place", False),
        ("Yvonne Delisle", "Thirty-one years in this board", False),
        ("Lois Kettering", "Not by this board", False),
    ],
}


def test_a_union_local_whose_number_the_recogniser_missed_keeps_it_and_the_union_is_that_local(nlp):
    """ "Unifor Local 2207, which …, says …. The union said …": the number, tagged a date or nothing, is part of the
    name, and "the union" after it is the numbered local."""
    rows = said_by(
        nlp,
        "Unifor Local 2207, which represents the plant’s 90 welders, says the layoffs were announced without notice. "
        f"The union said it will file a grievance. {L}We found out from the radio,{R} said one welder.",
    )
    assert [speaker for speaker, _ in rows[:2]] == ["Unifor Local 2207", "Unifor Local 2207"]


def test_the_department_is_the_organisation_named_before_though_its_name_reads_as_no_public_bodys(nlp):
    """ "The new bridge … was funded by Indigenous Services Canada …. The department says …": "the department" alone,
    with no body of the state that spoke or acted, is the organisation named last; "it" then goes on with it."""
    rows = said_by(
        nlp,
        "The new bridge to the reserve was funded by Indigenous Services Canada after years of requests. The "
        "department says construction will start in May. In an email, it said the contract has been signed.",
    )
    assert [speaker for speaker, _ in rows] == ["Indigenous Services Canada", "Indigenous Services Canada"]


def test_an_office_speaks_for_the_person_who_holds_it_or_is_an_unnamed_source(nlp):
    """ "Her office said …", "The mayor's office said …" and then "The office said …": the person the owner is, when
    the article names them; "the fisheries minister's office", with no minister named, an unnamed source."""
    rows = quote_rows_of(
        nlp,
        "Mayor Joanne Price did not attend the hearing. Her office said in an email that she was in Ottawa. The "
        "office said the city would appeal.",
        "The fisheries minister’s office said it was aware of the ruling.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [
        ("Joanne Price", "official"),
        ("Joanne Price", "official"),
        ("", "unnamed"),
    ]


def test_a_local_title_the_recogniser_took_for_a_name_is_the_person_named_beside_it(nlp):
    """ "The local MLA, Opposition health critic Danielle Comeau, said …": "MLA", tagged a person, is a title; the
    person in apposition speaks."""
    rows = said_by(
        nlp,
        "The local MLA, Opposition transit critic Howard Lindqvist, said the province has ignored the line for "
        f"years. {L}They cut the ribbon and left,{R} Lindqvist said.",
    )
    assert [speaker for speaker, _ in rows] == ["Howard Lindqvist", "Howard Lindqvist"]


def test_a_hyphenated_first_name_taken_for_an_organisation_after_a_title_is_a_person(nlp):
    """ "Trustee Anne-Marie Gagnon said …", the name tagged an organisation in a long block: a title and a name of
    two words, the first hyphenated, are a person's."""
    doc = nlp("Trustee Anne-Marie Fortin said the board had not consulted parents.")
    doc.ents = [Span(doc, 1, 5, label="ORG")]
    assert described_as_person(doc.ents[0])


def test_a_quotation_whose_words_the_next_sentence_says_come_from_someone_is_theirs(nlp):
    """ "“Buy two.” That advice comes from Irene Baptiste, who …": the demonstrative subject points back at the
    quotation, and the one it comes from said it, not the speaker before."""
    rows = said_by(
        nlp,
        f"{L}We are not closing the rink,{R} said arena manager Doug Petrie.",
        f"{L}Plant early and water late.{R} That advice comes from Margaret Olsen, who has run the community garden "
        "for 20 years.",
    )
    assert rows[1] == ("Margaret Olsen", f"{L}Plant early and water late.{R}")


def test_the_younger_of_two_who_share_a_surname_is_the_one_given_the_lower_age_and_an_uncle_is_kin(nlp):
    """ "Jordan Meekis, 26, and his uncle, Abel Meekis, 51. The younger Meekis … says …": the ages tell which Meekis;
    "His uncle … said" is then the one described as his uncle."""
    rows = said_by(
        nlp,
        "The canoe trip leaves from the dock at dawn. Those two guides are Samuel Whitehorse, 24, and his uncle, "
        "Peter Whitehorse, 58. The younger Whitehorse learned the river as a boy and says the trip is the best job he "
        "has had. His uncle, who has guided for 30 years, said the water is lower than he has ever seen it.",
    )
    assert [speaker for speaker, _ in rows] == ["Samuel Whitehorse", "Peter Whitehorse"]


def test_a_kin_noun_ending_a_persons_role_tells_their_gender(nlp):
    """ "Her husband, Robin Arsenault, said …. “…,” she says": "husband" tells that Robin Arsenault is a man, so "she"
    is not him, though the article gives no other sign of either one's gender."""
    rows = said_by(
        nlp,
        "Kim Arsenault has run the arena canteen for 20 years. Her husband, Robin Arsenault, said the canteen pays "
        f"for the team{chr(0x2019)}s jerseys. {L}We sell a lot of fries,{R} she says.",
    )
    assert rows[1] == ("Kim Arsenault", f"{L}We sell a lot of fries,{R}")


def test_a_role_noun_after_his_or_her_is_the_person_the_article_gave_that_role(nlp):
    """ "Defence lawyer Nadia Brooks argued … His lawyer said …": "his lawyer" is the person named with that role, as
    "the lawyer" would be."""
    rows = said_by(
        nlp,
        "Defence lawyer Nadia Brooks argued for a conditional sentence for Dale Murchison, 41. Murchison stood and "
        "apologised to the family. His lawyer said after the hearing that her client would not appeal.",
    )
    assert rows == [("Nadia Brooks", "her client would not appeal")]


ARTICLES = {
    "hockey": HOCKEY,
    "farm": FARM,
    "water": WATER,
    "transit": TRANSIT,
    "hospital": HOSPITAL,
    "school": SCHOOL,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 35 when the batch was written; 29 after a union local kept its number ("Unifor Local 4410", then "the
#: union"); 25 after "the department" alone was the organisation named before ("Indigenous Services Canada"); 21
#: after "his office", "the minister's office" and then "the office" spoke for the person who holds it, or for an
#: unnamed source when none is named; 15 after "The local MLA, critic Danielle Comeau," was the person, "Trustee
#: Anne-Marie Gagnon" a person though tagged an organisation, and "That advice comes from X" gave the quotation to
#: X; 9 after "the younger Meekis" was the one given the lower age and "His uncle" the one described as his uncle; 7
#: after a team's name tagged a person ("Blizzard players") no longer stood between "she" and the billet mother; 6
#: after "“…,” the letter said" spoke for the commission that said something "in a letter" just before; 5 after
#: "Asked whether …, she said it would." took the short answer for what was said; 3 after "Her husband added" after
#: "Harjit and Simran Brar" was Harjit Brar, though the recogniser tagged him otherwise (quotes46); 2 after the rules on
#: joined statements found the members' share who "said" inside the union's report as a quote of its own (quotes51b).
#: Then 1: "The junior A club’s volunteer board told fans" two sentences after "the Kestrel Falls Blizzard have been",
#: a name the recogniser left untagged, speaks for that club (untagged_subject_bodies). Left: "The commission has asked
#: Ottawa to speed up …", a request the rules give as a quote (1; PolNeAR keeps "asked X to …" as one).
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
