"""Quotes of a twenty-second batch of blind probes (longform_probes_twentysecond.py, Canadian national web news
features, three stories delivered as one long block and one as two): the whole batch against its gold, whose count of
wrong quotes may only go down, and the shapes the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import L, R, said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_twentysecond import (
    ARENA,
    CHILDCARE,
    LAYOFF,
    MINE,
    OATH,
    PHARMACY,
    RENT_TO_OWN,
    STUDENTS,
)

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source (a spokesperson, a developer who
#: asked not to be named). An institution that speaks is named as the article names it. A quotation that goes on after
#: its cue without a new one is one quote (its first part is the anchor); "X says" in the present tense is a cue like
#: "said", and a description ("the pharmacist", "the father of three", "the 38-year-old") or a pronoun is the person it
#: stands for. "According to" a person or a body makes them the speaker; "according to" a lawsuit, figures, a database
#: or a report speaks no quote. What someone "called" or "blamed" in passing, "says" inside a relative clause and
#: speech inside another's ("the doctor told him …") are borderline (optional); "did not say", "would not say" and
#: "did not respond" speak no quote, and signs, banners, slogans, song titles and terms in quotation marks are no
#: quotes.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "pharmacy": [
        ("Lena Varga", "she has never seen a shortage drag on this long", False),
        ("Lena Varga", "Every morning I call three wholesalers", False),
        ("Lena Varga", "she has started splitting orders", False),
        ("Lena Varga", "It is a stopgap", False),
        ("Health Canada|", "in shortage until at least March", True),
        ("department|Health Canada", "the shortage was caused by", False),
        ("Tomas Reinholt", "You learn which ones get deliveries", False),
        ("Tomas Reinholt", "she cannot sit through a math class", False),
        ("Tomas Reinholt", "She’s a bright kid", False),
        ("|Tomas Reinholt", "the alternatives were also short", True),
        (
            "Pharmacy Association of Nova Scotia|The Pharmacy Association of Nova Scotia",
            "pharmacists have been asked to fill the gap",
            False,
        ),
        ("Marcus Oyelaran", "the province should let pharmacists switch", False),
        ("Marcus Oyelaran", "We have the training", False),
        ("|Department of Health and Wellness", "the province was reviewing the request", False),
        ("Ingrid Solheim", "families are being pushed into hard choices", False),
        ("Ingrid Solheim", "Some parents are skipping weekends", False),
        ("Ingrid Solheim", "That is not dangerous for most children", False),
        ("Ingrid Solheim", "she has written more paper prescriptions", False),
        ("Lena Varga", "We used to order on Monday", False),
        ("Imre|Imre Varga", "Some of them cry at the door", False),
        ("Lena Varga", "the worst days are Fridays", False),
        ("Lena Varga", "My staff wrote that", False),
        ("Tomas Reinholt", "It started as a joke", False),
        ("Tomas Reinholt", "Now my wife calls it the war room", False),
    ],
    "students": [
        ("Wen Li", "There is nobody to feed after that", False),
        ("Cabot College|college|", "cut the number of new international students", True),
        ("Annika Brandvold", "the school expects a $14-million shortfall", False),
        ("Annika Brandvold", "We built this college on the assumption", False),
        ("Annika Brandvold", "the college would close four programs", False),
        ("Annika Brandvold", "Enrolment from India alone fell", False),
        ("Immigration, Refugees and Citizenship Canada", "the cap was meant to", False),
        (
            "department|Immigration, Refugees and Citizenship Canada",
            "smaller communities would get a larger share",
            False,
        ),
        ("Rajdeep Brar", "his landlord has already warned", False),
        ("|Rajdeep Brar", "rent will go up", True),
        ("Rajdeep Brar", "We came because they told us", False),
        ("Rajdeep Brar", "his parents sold a piece of farmland", False),
        ("Rajdeep Brar", "If I go back without the diploma", False),
        ("Doug Ferrier", "rents doubled when the students arrived", False),
        ("Doug Ferrier", "My granddaughter couldn’t find an apartment", False),
        (
            "Port Hastings Chamber of Commerce|The Port Hastings Chamber of Commerce",
            "local businesses could lose",
            False,
        ),
        ("Colette Aucoin", "restaurants, landlords and the taxi company", False),
        ("Colette Aucoin", "It’s like somebody shut off a tap", False),
        ("Greg Tillotson", "the town did not get enough warning", False),
        ("Greg Tillotson", "should have been phased in over three years", False),
        ("Mireille Osei", "small towns had come to lean on student spending", False),
        ("Mireille Osei", "It was a boom", False),
        ("Wen Li", "It keeps the lights on", False),
        ("Wen Li", "But I miss the noise", False),
    ],
    "rent_to_own": [
        ("Shauna Delorme", "We were told that in three years", False),
        ("", "At least 40 families in Hamilton", True),
        ("", "Keystone collected more than", True),
        ("Sanjay Mehra", "the contracts were written to look like", False),
        ("Sanjay Mehra", "On paper, these people are tenants", False),
        ("Keystone|Keystone Home Partners", "working diligently", False),
        ("Ruth Abernathy", "they fall into a grey zone", False),
        ("Ruth Abernathy", "neither the Landlord and Tenant Board", False),
        ("Ruth Abernathy", "Families fall through the middle", False),
        ("Marisol Quintero", "There was a slideshow", False),
        ("Marisol Quintero", "They had coffee and muffins", False),
        ("Real Estate Council of Ontario|The Real Estate Council of Ontario", "it had received complaints", False),
        (
            "Ministry of Public and Business Service Delivery|The Ministry of Public and Business Service Delivery",
            "monitoring the situation",
            False,
        ),
        ("Nadia Ferreira", "If you take a family’s savings", False),
        ("Curtis Delorme", "he still drives past the house", False),
        ("Curtis Delorme", "Sometimes I park across the street", False),
        ("Shauna Delorme", "they have signed up for the lawsuit", False),
        ("Shauna Delorme", "We’ll get a letter in five years", False),
    ],
    "oath": [
        ("Rima Haddad", "I wanted to say it without looking", False),
        ("Rima Haddad", "I was a pharmacist in Syria", False),
        ("Eleanor Whitford", "many new citizens ask her about that line", False),
        ("Eleanor Whitford", "People want to know what it means", False),
        ("Eleanor Whitford", "someone cries at every one", False),
        ("Harold Bear", "the land they were standing on", False),
        ("Harold Bear", "You are guests who are becoming family", False),
        ("Immigration, Refugees and Citizenship Canada", "more than 370,000 people became citizens", False),
        ("department|Immigration, Refugees and Citizenship Canada", "the preferred option", False),
        ("Kwame Asante", "he did it from his kitchen", False),
        ("Kwame Asante", "My mother watched from Accra", False),
        ("Jasmine Tran", "the ceremonies matter more", False),
        ("Jasmine Tran", "people who attend in person are more likely", False),
        ("Jasmine Tran", "It sounds small", False),
        ("Lina|Lina Haddad", "The best part was the cake", False),
        ("Rima Haddad", "she plans to vote", False),
        ("Rima Haddad", "For the first time, my opinion", False),
    ],
    "mine": [
        ("Northbound Metals", "could employ 250 people", True),
        ("Lorraine Jack", "You are being asked to trust a company", False),
        ("Lorraine Jack", "the First Nation is not opposed to mining", False),
        ("Lorraine Jack", "We have already seen that movie", False),
        ("Gareth Pryce", "the company had designed its water treatment plant", False),
        ("Gareth Pryce", "would post a reclamation bond", False),
        ("Gareth Pryce", "About a third of the mine’s workers", False),
        ("Gareth Pryce", "We are not Faro", False),
        ("Gareth Pryce", "that was a matter for the board", False),
        ("Ron Delisle", "People here are not anti-anything", False),
        ("Dale Hutchings", "a local mine would let him sleep", False),
        ("Dale Hutchings", "I’ve missed three of my son’s birthdays", False),
        ("Northbound|Northbound Metals", "disputed that figure", True),
        ("Tamsin Okoro", "the biggest risk is not the plant", False),
        ("Tamsin Okoro", "Water runs through those piles", False),
        ("Yukon government|The Yukon government", "it would not comment while the hearing", False),
        ("Lorraine Jack", "her community will keep showing up", False),
        ("Lorraine Jack", "They can hold as many hearings", False),
    ],
    "layoff": [
        ("Bastion Cyber", "it would lay off 180 employees", False),
        ("Bastion Cyber|company", "a difficult market for venture-backed firms", True),
        ("Owen Lachance", "the hardest of his career", True),
        ("Owen Lachance", "the Fredericton office would remain", False),
        ("Owen Lachance", "This is still home", False),
        ("Priyanka Nair", "Her access to the company’s systems was cut", False),
        ("Priyanka Nair", "I was still saying thank you", False),
        ("Priyanka Nair", "My husband and I bought a house", False),
        ("", "the cuts hit the team", False),
        ("", "They kept the sales people", False),
        ("Opportunities New Brunswick|agency", "the rebate is paid only for jobs", False),
        ("Anne-Marie Cormier", "deeply disappointed", False),
        ("Anne-Marie Cormier", "she had spoken with Lachance twice", False),
        ("Anne-Marie Cormier", "look at every tool", False),
        ("Ravi Menon", "the city’s bet on cybersecurity", False),
        ("Ravi Menon", "The talent stays", False),
        ("Ravi Menon", "Every layoff in a place like this", False),
        ("Priyanka Nair", "she has already had two calls", False),
        ("Priyanka Nair", "People here look after each other", False),
    ],
    "arena": [
        ("", "could fail under a heavy snow load", True),
        ("town|", "It was closed for six weeks", True),
        ("Brenda Kostiuk", "the vote is about more than hockey", False),
        ("Brenda Kostiuk", "This building is where we hold graduations", False),
        ("Brenda Kostiuk", "the town had applied for a provincial grant", False),
        ("Stan Rempel", "he loves hockey as much as anyone", True),
        ("Stan Rempel", "would raise the average property tax bill", False),
        ("Stan Rempel", "People on fixed incomes", False),
        ("Stan Rempel", "he would support a smaller rink", False),
        ("Jolene Marchand", "families have been driving 45 minutes", False),
        ("Jolene Marchand", "I grew up in that barn", False),
        ("Jolene Marchand", "Our kids are on the highway", False),
        ("Ed Sawchuk", "He knows every leak", False),
        ("Ed Sawchuk", "I’m not going to tell anybody", False),
        ("Kevin Larose", "small towns across the Prairies", False),
        ("Kevin Larose", "cannot pay for them alone", False),
        ("Alberta Municipal Affairs", "under review", False),
        ("Diane Fehr", "Turnout in the town’s last referendum", False),
    ],
    "childcare": [
        ("Mélanie Gagnon", "I did everything you are supposed to do", False),
        ("Kyle Thibault", "The number of spaces has not kept up", False),
        ("Kyle Thibault", "the province has about one licensed space", False),
        ("Kyle Thibault", "Cheaper care you can’t get", False),
        ("Kyle Thibault", "are the main reason centres cannot open", True),
        ("Wendy Boudreau", "She has the room and the licence", False),
        ("Wendy Boudreau", "One of them was my niece", False),
        ("Wendy Boudreau", "I could fill that room tomorrow", False),
        ("Early Childhood Coalition of New Brunswick|coalition", "earn between $19 and $25", False),
        ("Wendy Boudreau", "her best worker left", False),
        ("Claire LeBlanc", "the province has created 1,900 new spaces", False),
        ("Claire LeBlanc", "We know parents are frustrated", False),
        ("department|Education and Early Childhood Development", "640 educators had entered the field", False),
        ("Employment and Social Development Canada", "provinces are responsible", False),
        ("Patrick|Patrick Gagnon", "She’s 71", False),
        ("Mélanie Gagnon", "The most popular post", False),
        ("Mélanie Gagnon", "It wasn’t a decision", False),
    ],
}

ARTICLES = {
    "pharmacy": PHARMACY,
    "students": STUDENTS,
    "rent_to_own": RENT_TO_OWN,
    "oath": OATH,
    "mine": MINE,
    "layoff": LAYOFF,
    "arena": ARENA,
    "childcare": CHILDCARE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 49 of 141 required when the batch was written (blind): 13 from a description, a pronoun or an age that went
#: to the wrong person or to none ("the father of three", "His eldest, Ava, … he says", "The 23-year-old says" with no
#: age given, "he said" after "Another developer, who asked not to be named,"), 7 from a federal department whose name
#: lists its fields with commas, of which the recogniser tagged only "Citizenship Canada", 4 from "Elder" kept in a
#: name, 3 from "according to" a lawsuit, figures or a report, 3 from signs and a poster's title, 2 each from "pointed
#: to" a thing, an untagged "… Chamber of Commerce" cut at "of", a portfolio of fields joined by "and" read as a second
#: subject ("Education and … Minister Claire LeBlanc"), "Her department" taken for a name, a "while" of time cut off as
#: a contrast, "the pharmacist" named too far back and a vice-president whose name the parser hung on "environment", and
#: 1 each from "asked … to stand", "promising to cut", "adding that" as a quote of its own, "an inspection found" and
#: "The department said" after two bodies. 45 after "Elder" was a title (`names`); 39 after a department whose last
#: fields alone were tagged was named whole (`joined_departments`); 37 after an untagged body kept its "of Commerce"
#: (`body_subjects`); 35 after "the father of three" was the person an apposition opening with those words described
#: (`descriptions.described_at_first`); 29 after a "he" or "she" was no longer the kin that "his" or "her" owns ("His
#: eldest, Ava,", `kinship.kin_of_owner`); 28 after a quotation right after "titled", "called" or "reading" in the
#: narration was no quote (`continuation`); 26 after "another" brought in someone new as "a" does
#: (`subjects.introduced_by_a`); 23 after an age the article never gave was the person named last (`descriptions`; the
#: twenty-first batch 16 -> 12 with it); 21 after a portfolio of fields before a title was no second subject
#: (`portfolio_holders`); 17 after "Her department said" was the department and no name "her department"
#: (`body_subjects.body_name`) and a department named by its fields and its country no aid group for "Refugees" in it
#: ("The department said" after it had gone to a commission, `organisations`); 15 after a title split at its hyphen,
#: with "president" set beside the hyphen as the subject, was the person set off after its field
#: (`named_speakers.title_split_at_hyphen`). Dropped: a rule that "according to" a document names no body it was only
#: filed or printed in (1 fewer here, but a PolNeAR train match lost where the gold names the newspaper a report was
#: printed in), and one that took only a "while" set off by a comma for a contrast (2 fewer here, but dev has contrasts
#: with no comma before "while": one opening the sentence, one right after "said"). 13 after a "while" with no comma
#: before it, on a verb said not to be done ("would not comment while the hearing was under way"), told for how long,
#: no contrast (`narration._while_refused`). Left: "according to" figures, a lawsuit or a report (3; the PolNeAR gold
#: keeps records as sources), "pointed to" and "pointing to" a thing (2; a cue in PolNeAR), "asked … to stand" and
#: "promising to cut" (2), the signs' words (2; PolNeAR keeps "a sign saying …"), "the pharmacist" named only inside a
#: quotation (2), "adding that" after a quotation as a quote of its own (1) and "an inspection found" (1). Then 11:
#: "The pharmacist, who now works at a drugstore …, says" eight paragraphs after "Rima Haddad, who …, because her
#: pharmacy degree was not yet recognised," is the one person of the article whose words fit (described_people.py, 2).
WRONG_TODAY = 11


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_an_elder_before_a_name_is_a_title_not_part_of_it(nlp):
    """ "Elder Harold Bear of the … Cree Nation": "Elder" is a title, as "Chief" is, so the speaker is the name
    after it."""
    rows = said_by(
        nlp,
        "Before the feast, Elder Norman Ahenakew opened the meeting with a prayer. He told the guests that the land "
        "had been shared for a long time.",
    )
    assert [speaker for speaker, _ in rows] == ["Norman Ahenakew"]


def test_a_department_whose_last_fields_alone_were_tagged_is_named_whole(nlp):
    """ "Immigration, Refugees and Citizenship Canada said …": the recogniser tagged only "Citizenship Canada", so
    the statement went to an unnamed source and "The department said" to "Refugees and Citizenship Canada"."""
    rows = said_by(
        nlp,
        "Immigration, Refugees and Citizenship Canada said in a statement that the cap would ease pressure on "
        "housing. The department said smaller towns would get more permits next year.",
    )
    assert [speaker for speaker, _ in rows] == ["Immigration, Refugees and Citizenship Canada"] * 2


def test_an_untagged_body_ending_in_of_and_a_name_keeps_that_end(nlp):
    """ "The Port Hastings Chamber of Commerce warned …", untagged: the body spoke as "Port Hastings Chamber"."""
    rows = said_by(
        nlp,
        "The Cedar Falls Chamber of Commerce warned in a letter to the premier that shops could lose as much as $5 "
        "million a year.",
    )
    assert [speaker for speaker, _ in rows] == ["Cedar Falls Chamber of Commerce"]


def test_a_description_with_of_is_the_person_an_apposition_opening_with_it_described(nlp):
    """ "“…,” the father of three said" after "Tomas Reinholt, a father of three from Cole Harbour,": the
    description was left an unnamed source."""
    rows = said_by(
        nlp,
        "Arvid Lund, a father of three from Eastern Passage, has driven to four pharmacies this month. "
        f"{L}You learn which ones get deliveries on Tuesday,{R} the father of three said.",
    )
    assert [speaker for speaker, _ in rows] == ["Arvid Lund"]


def test_a_pronoun_is_not_the_kin_his_or_her_owns(nlp):
    """ "His eldest, Ava, is in Grade 7. Without the medication, he says, …": "he" is the father "his" meant, not
    the child named in apposition to "his eldest"."""
    rows = said_by(
        nlp,
        "Arvid Lund has driven to four pharmacies this month. His eldest, Ava, is in Grade 7. Without the "
        "medication, he says, she cannot sit through a math class.",
    )
    assert [speaker for speaker, _ in rows] == ["Arvid Lund"]


def test_a_name_in_quotation_marks_inside_the_narration_is_no_quote(nlp):
    """ "a meeting titled “Homes for Locals First”" after a quotation: the title went to the speaker before."""
    rows = said_by(
        nlp,
        f"{L}We came because they told us this was the future,{R} Rajan Brar said. Not everyone in town is sorry. At "
        f"the Legion, a poster for a meeting titled {L}Homes for Locals First{R} was still on the door.",
    )
    assert [speaker for speaker, _ in rows] == ["Rajan Brar"]


def test_an_age_the_article_never_gave_is_the_person_named_last(nlp):
    """ "That is cold comfort to Rajdeep Brar, a student who …. The 23-year-old says …": no one was given the age,
    so the quote went to an unnamed source."""
    rows = said_by(
        nlp,
        "That is cold comfort to Rajan Brar, a second-year student who shares a house with six others. The "
        "23-year-old says his landlord has warned that the rent will go up.",
    )
    assert [speaker for speaker, _ in rows] == ["Rajan Brar"]


def test_a_pronoun_after_another_unnamed_speaker_is_that_speaker(nlp):
    """ "Another developer, who asked not to be named, said …. “…,” he said.": "another" brings in someone new as
    "a" does, so "he" went back to the chief executive named before."""
    rows = said_by(
        nlp,
        "Chief executive Owen Marchetti said the office would stay open.",
        "Another developer, who asked not to be named because he is negotiating his severance, said the cuts hit the "
        f"team that built the product. {L}They kept the sales people,{R} he said.",
    )
    assert [speaker for speaker, _ in rows] == ["Owen Marchetti", "", ""]


def test_a_portfolio_of_fields_joined_by_and_before_a_title_is_no_second_subject(nlp):
    """ "Education and Early Childhood Development Minister Claire LeBlanc said …": the parser joined "Education" and
    the name as two subjects, and the quote went to an unnamed source."""
    rows = said_by(
        nlp,
        "Education and Early Childhood Development Minister Nadine Cormier said in an interview that the province "
        "has created 900 new spaces.",
    )
    assert [speaker for speaker, _ in rows] == ["Nadine Cormier"]


def test_a_department_owned_by_her_or_his_is_the_department_and_no_name(nlp):
    """ "Her department said in an email …" after the minister spoke: the department speaks, as "The department
    said" does; its words were read as a name, "her department"."""
    rows = said_by(
        nlp,
        "Health and Seniors Minister Joanne Pelletier said on Monday that the province would open two clinics. Her "
        "department said in an email that 300 nurses had been hired since the spring.",
    )
    assert [speaker for speaker, _ in rows] == ["Joanne Pelletier", "department"]


def test_a_department_named_by_its_fields_and_its_country_is_no_aid_group(nlp):
    """ "The department said" after "Immigration, Refugees and Citizenship Canada said …": "Refugees" made that name
    an aid group's, so "the department" went to a commission named a few paragraphs before."""
    rows = said_by(
        nlp,
        "The treaty promise was a change the Truth and Reconciliation Commission had called for.",
        "Immigration, Refugees and Citizenship Canada said in a statement that more than 9,000 people took the oath "
        "last year. The department said in-person events are now the usual choice.",
    )
    assert [speaker for speaker, _ in rows] == ["Immigration, Refugees and Citizenship Canada"] * 2


def test_a_title_split_at_its_hyphen_is_the_person_set_off_after_its_field(nlp):
    """ "Northbound's vice-president of environment, Huw Rees, told the panel …": the parser made the hyphen the
    subject, set "president" beside it and hung the name on "environment", so the quote went to an unnamed source."""
    rows = said_by(
        nlp,
        "Northbound’s vice-president of environment, Huw Rees, told the panel the mine would treat its water to a "
        "standard stricter than the law requires.",
    )
    assert [speaker for speaker, _ in rows] == ["Huw Rees"]


def test_a_clause_told_to_a_hearing_without_that_is_what_was_said(nlp):
    """ "…, told the hearing the company had built …": with no "that", the parser read the clause as a relative
    clause of the listener ("the hearing the company had built"), which left the cue with nothing said."""
    rows = said_by(
        nlp,
        "Larkspur Quarries’ site manager, Odile Brand, told the hearing the company had built a new fence around "
        "the pit.",
        "Dana Ruiz, the firm’s chief engineer, told the hearing the company had built a second tailings pond in 2019.",
    )
    assert rows == [
        ("Odile Brand", "the company had built a new fence around the pit"),
        ("Dana Ruiz", "the company had built a second tailings pond in 2019"),
    ]


def test_a_title_set_beside_the_name_is_no_part_of_what_was_said(nlp):
    """ "Kestrel's vice-president of operations, Dana Ruiz, told the panel …": the parser made the title a second
    subject of the cue, which was read as the opening of what was said ("The ferries, she said, will …")."""
    rows = said_by(
        nlp,
        "Tamarack Gold’s vice-president of operations, Dana Ruiz, told the panel the pit would close by 2031.",
    )
    assert rows == [("Dana Ruiz", "the pit would close by 2031")]


def test_a_while_after_a_refusal_tells_how_long_not_a_contrast(nlp):
    """ "said in an email that it would not comment while the hearing was under way": the "while" clause was cut off
    as a contrast of the narrator's; with no comma before it, on a verb said not to be done, it tells for how long."""
    rows = said_by(
        nlp,
        "The Harbour Authority said in an email that it would not comment while the review was under way.",
        "Ada Pell said the board would not release the names while families were still being told.",
    )
    assert [quote for _, quote in rows] == [
        "it would not comment while the review was under way",
        "the board would not release the names while families were still being told",
    ]
