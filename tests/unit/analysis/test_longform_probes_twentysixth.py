"""Quotes of a twenty-sixth batch of blind probes (longform_probes_twentysixth.py, US and British business and
investigative web news, two stories delivered as one long block): the whole batch against its gold, whose count of
wrong quotes may only go down, and the shapes the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import quote_rows_of, wrong_in_articles
from tests.unit.analysis.longform_probes_twentysixth import INHALER, PENSION, SEWAGE, TAKEOVER, TRUCK_PLANT

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source or a group. A company, a
#: regulator or a league that speaks is named as the article names it ("the company", "the regulator", "the league"
#: stand for the body named before), and what "a spokesperson for" a company said is the company's or an unnamed
#: source's. What someone "wrote" in a letter or a note is a quote like what they "said"; "declined to comment" is no
#: quote, though what follows with "saying only that" is one. A quotation that goes on after its cue without a new one
#: is one quote (its first part is the anchor), and so is a quotation split by its cue. In an exchange of questions
#: and answers, a quotation with no cue of its own is borderline (optional) for the one it plainly belongs to. What
#: an email or a report "described" or "found" is no quote (a document is no speaker), and what someone "called" in
#: passing and a question "asked why …" told without quotation marks are borderline (optional).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "inhaler": [
        ("Lorcan Ferreira-Hale", "would cap the list price", False),
        ("Adaeze Whitcombe", "Your company raised the price", False),
        ("Lorcan Ferreira-Hale", "Nothing changed about the molecule", False),
        ("", "the easiest money", True),
        ("Lorcan Ferreira-Hale", "he had not", False),
        ("Buford Tillinghast", "the committee should be looking", False),
        ("Buford Tillinghast", "If we want to know where the money goes", False),
        ("Buford Tillinghast", "he would ask the chair", False),
        ("Marisol Etchegaray", "How much did Maribel spend", False),
        ("Lorcan Ferreira-Hale", "About $4.1 billion", False),
        ("Marisol Etchegaray", "And how much on research", True),
        ("Lorcan Ferreira-Hale", "I would have to check", True),
        ("Marisol Etchegaray", "It’s on page 62", False),
        ("Tamsin", "she had rationed her inhaler", False),
        ("Tamsin", "I would skip the evening puff", False),
        ("Lorcan Ferreira-Hale", "The list price is a fiction", False),
        ("Adaeze Whitcombe", "Except the people without insurance", False),
        ("Harriet Szymanski-Obi", "she sees patients every month", False),
        ("Harriet Szymanski-Obi", "When a child ends up intubated", False),
        ("Harriet Szymanski-Obi", "tie any cap to the list price", False),
        ("Maribel|Maribel Pharmaceuticals|", "the price cap would take effect", False),
        ("Joaquim Adeyemi-Park", "the cap would cost Maribel", False),
        ("Joaquim Adeyemi-Park", "This is a headline", False),
        ("Adaeze Whitcombe", "the committee would release a staff report", False),
        ("Adaeze Whitcombe", "We are not done with this", False),
    ],
    "pension": [
        ("Pensions Regulator|The Pensions Regulator", "it had opened an investigation", False),
        (
            "Pensions Regulator|The Pensions Regulator|regulator|determinations panel|regulator’s determinations panel",
            "repeatedly put the interests",
            False,
        ),
        ("Gareth", "I did 31 years on the furnaces", False),
        ("Gareth", "his pension will fall", False),
        ("Sharon", "she had started looking", False),
        ("Sharon", "You plan your whole life", False),
        ("Brookfield Tate|", "the scheme’s deficit on a buyout basis", False),
        ("Naomi Featherstonehaugh-Diop", "People assume the lifeboat", False),
        ("Naomi Featherstonehaugh-Diop", "the charity had taken more than 300 calls", False),
        ("Benedikt Oyelaran-Crosby", "met every obligation", False),
        ("Philippa Rothwell-Obi", "why the trustees had agreed", True),
        ("Philippa Rothwell-Obi", "Did it not occur to anyone", False),
        ("Alasdair Penhaligon", "With hindsight, yes", False),
        ("Alasdair Penhaligon", "consider it", False),
        ("Philippa Rothwell-Obi", "the committee would write to the regulator", False),
        ("Pension Protection Fund|The Pension Protection Fund|", "members would receive letters", False),
        ("Pension Protection Fund|The Pension Protection Fund|", "We know this is a worrying time", False),
        ("Con Mulrooney-Vasquez", "the case showed how far", False),
        ("Con Mulrooney-Vasquez", "The regulator can chase money", False),
        ("Ruairi Tembo-Ashworth", "he had asked the pensions minister", False),
        ("Gareth", "he has read it four times", False),
        ("Gareth", "It’s two pages long", False),
    ],
    "takeover": [
        ("Premier League|The Premier League|league|The league", "legally binding assurances", False),
        ("Premier League|The Premier League|league|The league|board|league’s board", "no evidence", False),
        ("Premier League|The Premier League|league|The league|board|league’s board", "retains the right to act", False),
        ("Faisal bin Nasser Al-Harithi", "This is the beginning", False),
        ("Danny", "Twenty years of selling", False),
        ("Ellie", "she had cried", False),
        ("Ellie", "My dad went to every game", False),
        ("Clayton Boateng-Marsh", "I leave the club in better health", False),
        ("Kieran", "I want to win", False),
        ("Northbridge Supporters’ Trust|The Northbridge Supporters’ Trust|trust", "it had voted to abstain", False),
        ("Morwenna Adebayo-Kilbride", "the trust had asked for a meeting", False),
        ("Morwenna Adebayo-Kilbride", "We were promised a voice", False),
        ("Isidore Kwarteng-Salo", "Football is being used", False),
        ("Isidore Kwarteng-Salo", "looks at bank balances", False),
        ("Caradoc Whitfield-Amadi", "Can you tell this committee", False),
        ("Rosalind Achterberg-Nwosu", "I can tell you", False),
        ("Caradoc Whitfield-Amadi", "That’s not what I asked", False),
        ("Rosalind Achterberg-Nwosu", "it had dealt only with its lawyers", False),
        ("Tobias Rennick-Oduya", "the club could now spend", False),
        ("Tobias Rennick-Oduya", "The rules cap what you can lose", False),
        ("Leandro Fitzgerald-Mbeki", "keep their minds on Saturday", False),
    ],
    "truck_plant": [
        ("Halvorsen Motors|company|The company", "will close its assembly plant", False),
        ("Odile Brannigan-Mensah", "We have more capacity", False),
        ("Odile Brannigan-Mensah", "painful but necessary", False),
        ("Garrick Oyelowo-Sands", "workers would be offered transfers", False),
        ("Ray", "My dad built trucks here", False),
        ("Ray", "he and his wife had just refinanced", False),
        ("Luz", "Tennessee was not an option", False),
        ("Luz", "My mom is in a nursing home", False),
        ("Dolores", "Every time, they said it was temporary", False),
        ("", "every job at the plant supports", True),
        ("Pablo Reinholt-Asare", "his breakfast trade comes almost entirely", False),
        ("Pablo Reinholt-Asare", "When the plant sneezes", False),
        ("Wendell Okafor-Brandt", "the union had not been told", False),
        ("Wendell Okafor-Brandt", "They gave us a phone call", False),
        ("Wendell Okafor-Brandt", "the union would argue", False),
        ("Rosamund Leavitt-Kaur", "a betrayal", True),
        ("Rosamund Leavitt-Kaur", "We have already given this company", False),
        ("Anneliese Moyo-Hartigan", "the closure would save Halvorsen", False),
        ("Anneliese Moyo-Hartigan", "Wall Street has been asking", False),
        ("Desmond Fairweather-Lund", "he would ask the House Ways and Means", False),
        ("Desmond Fairweather-Lund", "If they took public money", False),
        ("Phyllis Dunaway-Osei", "the plant pays about a third", False),
        ("Phyllis Dunaway-Osei", "We will get through this", False),
    ],
    "sewage": [
        ("Ofwat|regulator|The regulator", "it had failed to run", True),
        ("Ofwat|regulator|The regulator", "serious and", False),
        ("Ofwat|regulator|The regulator", "Customers have paid", False),
        ("Marguerite Ekwueme-Doyle", "the scale of the harm", False),
        ("Marguerite Ekwueme-Doyle", "clear for some years", False),
        ("Tamar and Exe Water|", "the company accepted the findings", False),
        ("Tamar and Exe Water|company|The company", "the fine would be paid by shareholders", False),
        ("Bronagh Castellanos-Reid", "Do you accept that your company polluted", False),
        ("Hollis Wetherall-Amaechi", "I accept that we have not met", False),
        ("Bronagh Castellanos-Reid", "I’m asking whether you accept", True),
        ("Hollis Wetherall-Amaechi", "Yes", False),
        ("Hollis Wetherall-Amaechi", "remuneration committee had not yet decided", False),
        ("Hollis Wetherall-Amaechi", "no intention", False),
        ("", "they now check a sewage map", False),
        ("Carys", "Some mornings the app is red", False),
        ("Mo", "he had been ill twice", False),
        ("Environment Agency|The Environment Agency|agency", "considering further enforcement action", False),
        ("River Action Devon|The campaign group River Action Devon", "a drop in a very polluted ocean", False),
        ("River Action Devon|The campaign group River Action Devon", "the company to be put into special", False),
        ("Siobhan Aldridge-Nakata", "the fine was large", False),
        ("Siobhan Aldridge-Nakata", "The bigger risk for the owners", False),
        ("Crispin Habibi-Lowe", "a warning to every water company", False),
        ("Crispin Habibi-Lowe", "The days when companies could treat", False),
        ("", "I used to love this job", False),
        ("", "staff had reported broken pumps", False),
    ],
}

ARTICLES = {
    "inhaler": INHALER,
    "pension": PENSION,
    "takeover": TAKEOVER,
    "truck_plant": TRUCK_PLANT,
    "sewage": SEWAGE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 27 of 105 required when the batch was written (blind), 7 of them from the gold itself, which left out three
#: quotes with a cue of their own ("Gareth says he has read it four times", the board "warned that it …", the campaign
#: group "called for the company to be put …") and did not take "the regulator’s determinations panel" and "the league’s
#: board" as the article's own names of the bodies that spoke (mended in the gold as above: 20 of 108). Then 18 after "a
#: group of year-round swimmers said" spoke as an unnamed group, not as a body called "group" (`groups_of_people`). Then
#: 14 after an answer at a hearing told with "she said" right after another's question ("“…?” asked X. “…,” she said.",
#: and "Asked whether …, she said" after it) went to the one asked, not to the asker (`questioners`). Left: "she said"
#: after a fan named by first name only went back to the man quoted before her (2); a first name the recogniser left off
#: a hyphenated surname ("Anneliese Moyo-Hartigan") (4); "The company said" went to the regulator quoted before, not to
#: the company (2); an unnamed operator "who asked not to be named" spoke as a body called "operator", and his "He said"
#: went to the minister (4); a question with no cue in an exchange was joined to the answer before it, and the next
#: "“Yes,” he said" was lost (1); the chair's reply "“…,” Whitcombe shot back" was joined to the executive's quote
#: before it (1).
#: 10 after a body's noun brought in by "a" that a "who" describes was an unnamed person, whom the "he" after stands
#: for ("said an operator at one of the company's treatment works …, who asked not to be named", `who_described`).
#: 6 after a given name the recogniser took for a nationality, or left untagged, before a surname joined by a hyphen
#: was the person's ("Anneliese Moyo-Hartigan", `given_before_hyphen`).
#: 4 after "The company said" right after a spokesperson spoke for a company was that company, not the regulator that
#: spoke before (`spoken_for`).
#: 2 after a given name alone that the recogniser left untagged, set off by an age, a "who" or a word for a person
#: ("Ellie, 19, who …, said"), was a person a later "she" may stand for (`lone_given_names`).
#: 1 after a lone "Yes" or "No" with a cue right after it ("“Yes,” he said, after a pause.") was a quote, though one
#: word is otherwise too short to be what was said (`one_word_answers`). Left: "“…,” Whitcombe shot back" (1).
#: 0 after a reply with "back" right after a quotation is a cue of the name before it (`retorts`).
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_group_of_people_is_an_unnamed_group_not_a_body_called_group(nlp):
    """ "a group of year-round swimmers said …": "group" was taken for a body's name and spoke as an institution."""
    rows = quote_rows_of(
        nlp,
        "Ada Quist runs the Harbour Street bakery. On Monday a group of bakers said the price of flour had doubled "
        "since May. A crowd of farmers told reporters that the mill had closed.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [("", "unnamed"), ("", "unnamed")]


def test_she_who_answers_a_quoted_question_is_the_one_asked_not_the_asker(nlp):
    """ "“…?” asked X. “…,” she said.": the answer went to X, the asker, not to the person X questioned; so did
    "Asked whether …, she said" after X's reply."""
    rows = quote_rows_of(
        nlp,
        "At a council hearing on Monday, the head of the ferry board, Marguerite Okonjo-Lind, was pressed on the "
        "timetable. “Can you promise this hall that the night boats will keep running?” asked Anselm Trevithick, a "
        "councillor for Eastport. “I can promise that we will not cut them this winter,” she said. “That is not a "
        "promise,” Trevithick replied. Asked whether the board had costed the winter service, she said it would "
        "publish the figures in March.",
    )
    said = {" ".join(r["quote"].lstrip("“").split()[:3]): r["speaker"] for r in rows}
    assert said["I can promise"] == "Marguerite Okonjo-Lind", rows
    assert said["it would publish"] == "Marguerite Okonjo-Lind", rows


def test_a_body_noun_that_a_who_describes_is_an_unnamed_person_whom_the_he_after_stands_for(nlp):
    """ "said an operator at one of the firm's depots …, who asked not to be named": "operator" was taken for a body
    and spoke as an institution, and his "He said" after went to the person named before him."""
    rows = quote_rows_of(
        nlp,
        "The mayor of Eastwick, Odile Brack, said the harbour would reopen in June. “We have waited long enough,” "
        "she said.",
        "“I used to like this work,” said an operator at one of the ferry firm’s depots near Larkhill, who asked not "
        "to be named because he was not allowed to speak to reporters. He said drivers had reported broken ramps for "
        "weeks.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows[2:]] == [("", "unnamed"), ("", "unnamed")], rows


def test_a_given_name_left_off_a_hyphen_joined_surname_is_the_persons(nlp):
    """ "Anneliese Moyo-Hartigan, an analyst at …, said": the recogniser took the given name for a nationality, or
    left it untagged, and the person was the surname alone ("Moyo-Hartigan"), tagged or not."""
    said = [
        quote_rows_of(nlp, text)[0]["speaker"]
        for text in (
            "Anneliese Moyo-Hartwell, a freight analyst at Harrow Capital, said the merger would save the lines money.",
            "Anneliese Okoro-Banfield, a freight analyst at Harrow Capital, said the merger would save the lines cash.",
            "Rosalind Tembo-Ashcroft said the toll on the bridge would rise in May.",
        )
    ]
    assert said == ["Anneliese Moyo-Hartwell", "Anneliese Okoro-Banfield", "Rosalind Tembo-Ashcroft"]


def test_the_company_after_its_spokesperson_spoke_is_that_company_not_the_regulator_before(nlp):
    """ "A spokesperson for X said …. The company said …": "the company" went to the regulator that spoke before the
    spokesperson, since the company named only after "for" was the subject of no clause."""
    rows = quote_rows_of(
        nlp,
        "Halden Foods was fined £3m by Ofcastle after the watchdog found it had mislabelled lamb for two years. "
        "“Shoppers were misled,” Ofcastle said. A spokeswoman for Halden Foods said the company accepted the ruling. "
        "The company said the fine would be paid from profits, not from prices.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [
        ("Ofcastle", "institution"),
        ("", "unnamed"),
        ("Halden Foods", "institution"),
    ], rows


def test_a_given_name_alone_set_off_by_an_age_is_a_person_whom_the_she_after_stands_for(nlp):
    """ "Ellie, 19, who was wearing …, said she had cried …. “…,” she said.": the recogniser left "Ellie" untagged, so
    she was no person a later "she" could stand for, and her quotation went to the man quoted before her."""
    rows = quote_rows_of(
        nlp,
        "“We waited twenty years for a decent side,” said Danny, 41, a plumber who has held a season ticket since he "
        "was six. Ellie, 19, who had a scarf tied round her wrist, said she had cried when she heard. “My granddad "
        "went to every match in the lean years,” she said.",
    )
    assert [r["speaker"] for r in rows] == ["Danny", "Ellie", "Ellie"], rows


def test_a_one_word_answer_with_its_own_cue_is_a_quote(nlp):
    """ "“Yes,” he said, after a pause.": a quotation of one word was too short to be what anyone said."""
    rows = quote_rows_of(
        nlp,
        "The ferry board’s chair, Otto Lindqvist, faced the council on Monday. “Will the night boats run this "
        "winter?” asked Councillor Mae Trelawny. “We are doing everything we can,” Lindqvist replied. “I am asking "
        "whether they will run.” “No,” he said, after a long pause.",
    )
    assert ("Otto Lindqvist", "“No,”") in [(r["speaker"], r["quote"]) for r in rows], rows
