"""Quotes of a seventh batch of blind long-form probes (longform_probes_seventh.py): the shapes the batch found wrong
and now right, each on its own, and the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from dashboard.analysis.entities import entity_rows
from tests.quoting import L, R, said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_seventh import COURT, LAB, LAWNS, RESTAURANT, SCRUM, WILDFIRE

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings ("Ana|Ana Rivas"); an empty one is an unnamed source.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "wildfire": [
        ("Dolores Quill", "Grab the dog, grab the pills", False),
        ("", "the fire had crossed the highway", True),
        ("Dolores Quill", "I didn’t even turn off the hose", False),
        ("BC Wildfire Service", "the Kettle Creek fire grew from 300 hectares", False),
        ("BC Wildfire Service", "85 firefighters, six helicopters", False),
        ("Kyle Brandvold", "This fire is doing things", False),
        ("Kyle Brandvold", "crews had built a fuel break", False),
        ("Kyle Brandvold", "I’m not going to make promises", False),
        ("Ray Tomczak", "We had embers landing on the school", False),
        ("Ray Tomczak", "at least four homes on Kettle Creek Road are gone", False),
        ("Glen Tomczak", "Ray called me at six", False),
        ("Amrit Gill", "They gave us cots", False),
        ("Bernard Okafor", "he still does not know whether his workshop", False),
        ("Bernard Okafor", "Thirty years of tools", False),
        ("Sandra Whitlock", "she left the doors unlocked", False),
        ("Sandra Whitlock", "Take whatever you need", False),
        ("Skeena Valley Regional District", "about 600 evacuees had registered", False),
        ("Skeena Valley Regional District", "others to register online", True),
        ("Ministry of Forests", "the province has asked Ottawa for two", False),
        ("Harriet Lum", "the request was made on Tuesday night", False),
        ("Harriet Lum", "We will throw everything", False),
        ("Dolores Quill", "People have been so kind", False),
    ],
    "restaurant": [
        ("", "Write that I am the mother", True),
        ("Marisol Rivas", "runs everyone’s life", True),
        ("Marisol Rivas", "He thinks he is the boss", False),
        ("Héctor|Héctor Rivas", "the restaurant was never the plan", False),
        ("Héctor|Héctor Rivas", "In my country I wore a tie", False),
        ("Daniel|Daniel Rivas", "half the customers now find them online", False),
        ("Daniel|Daniel Rivas", "My dad still thinks", False),
        ("Marisol Rivas", "her mother learned to make pupusas", False),
        ("Marisol Rivas", "She has made maybe a million", False),
        ("Ana|Ana Rivas", "their mother refuses to use a tortilla press", False),
        ("Ana|Ana Rivas", "I bought her one for Christmas", False),
        ("Winston Beaulieu", "the loroco pupusa is the best thing", False),
        ("Winston Beaulieu", "I don’t even look at the menu", False),
        ("Marisol Rivas", "Sales fell by two-thirds in 2020", False),
        ("Lorna Pettigrew", "simply could not imagine the neighbourhood", False),
        ("Farid Haddad", "two buyers have expressed interest", False),
        ("Farid Haddad", "he could not discuss their plans", False),
        ("Marisol Rivas", "the family has asked a credit union", False),
        ("Marisol Rivas", "We have done harder things", False),
        ("Marisol Rivas", "When I’m dead", False),
    ],
    "lab": [
        ("Priya Venkataraman", "Ontario beekeepers lost 37 per cent", False),
        ("Priya Venkataraman", "A beekeeper can live with", False),
        ("Tomás Echeverría", "The mites are like dirty needles", False),
        ("Leah Oyelaran", "pollen from farm fields often carries", False),
        ("Jonah Whitford", "A sick colony sounds different", False),
        ("Leah Oyelaran", "fine, as long as nobody brings", False),
        ("Priya Venkataraman", "This was a lab study", False),
        ("CropLife Canada", "the products in question are approved", False),
        ("Pest Management Regulatory Agency|Health Canada", "it reviews new studies", False),
        ("Leah Oyelaran", "she expected the pushback", False),
        ("Leah Oyelaran", "Nobody likes a paper", False),
        ("Priya Venkataraman", "she has applied to renew it", False),
        ("|Natural Sciences and Engineering Research Council", "it does not comment on applications", True),
        ("Gerald Haines", "We need that lab", False),
        ("Gerald Haines", "he has lent the lab 20 colonies", False),
        ("Gerald Haines", "beekeepers and farmers need each other", False),
        ("Gerald Haines", "My bees pollinate their canola", False),
        ("Jonah Whitford", "I want a beekeeper to get a text", False),
    ],
    "court": [
        ("Miriam Colquhoun|", "must pay them $11.2 million", True),
        ("Miriam Colquhoun", "The defendant built a building that leaked", False),
        ("Keith Abernathy-Shaw", "the ruling a vindication", True),
        ("Keith Abernathy-Shaw", "These people were told for years", False),
        ("Denise Arsenault", "her client is reviewing the decision", False),
        ("Denise Arsenault", "the judge rejected the owners’ claim", False),
        ("Denise Arsenault", "The court found no bad faith", False),
        ("Miriam Colquhoun", "its site supervisor had been warned", False),
        ("Miriam Colquhoun", "of little assistance", False),
        ("Fundy Shore Developments|Fundy Shore", "has always stood behind its buildings", False),
        ("Yvette Comeau-LeBlanc", "Repairs are estimated at $14", False),
        ("Yvette Comeau-LeBlanc", "We are still $3 million short", False),
        ("|Hal Dryden|Bernice Dryden", "they have spent more than $40,000", True),
        ("Bernice Dryden", "We moved here to downsize", False),
        ("Hal Dryden", "he will believe in the money", False),
        ("Kwame Asante", "his daughter’s asthma worsened", False),
        ("Kwame Asante", "She sleeps better", False),
        ("Keith Abernathy-Shaw", "the case should be a warning", False),
        ("Keith Abernathy-Shaw", "If you know about a defect", False),
        ("New Brunswick Home Builders’ Association", "the case involved", False),
    ],
    "scrum": [
        ("Sheila Baptiste-Morrow", "I have spoken to the family", False),
        ("Sheila Baptiste-Morrow", "I accept that we have too many", False),
        ("", "the government would release", True),
        ("Sheila Baptiste-Morrow", "When it is finished", False),
        ("", "why the review was taking", True),
        ("Sheila Baptiste-Morrow", "reviews take the time they take", False),
        ("Sheila Baptiste-Morrow", "I have been briefed", False),
        ("Owen Madigan", "Last question, everyone", False),
        ("Raj Dhaliwal", "She says she’s been briefed", False),
        ("Raj Dhaliwal", "the New Democrats would table a motion", False),
        ("Annette Fournier", "her party would support it", False),
        ("Annette Fournier", "This isn’t about scoring points", False),
        ("Brampton Regional Health Network", "extended its deepest", False),
        ("Brampton Regional Health Network", "its emergency department saw 340", False),
        ("Cheryl Pike-Nolan", "she was not interested in condolences", False),
        ("Cheryl Pike-Nolan", "My father sat in that hallway", False),
        ("Cheryl Pike-Nolan", "she has asked for a meeting", False),
        ("", "he would meet the family", True),
        ("Sheila Baptiste-Morrow", "3,000 new nurses had been hired", False),
        ("Raj Dhaliwal", "they had not been hired in Brampton", False),
    ],
    "lawns": [
        ("Marguerite Ouellet", "A lawn in the Okanagan is a decision", False),
        ("Marguerite Ouellet", "residential outdoor watering accounts for", False),
        ("Marguerite Ouellet", "No, it makes you normal", False),
        ("Devinder Sahota", "the valley could save 20 billion litres", False),
        ("Devinder Sahota", "That is a reservoir", False),
        ("Devinder Sahota", "We are not the lawn police", False),
        ("Brent Kowalczyk", "a well-kept lawn cools a yard", False),
        ("Brent Kowalczyk", "I’ve seen people water the sidewalk", False),
        ("Gwen Harcourt", "My water bill went down", False),
        ("Stuart Harcourt", "I miss the grass", False),
        ("City of Kelowna", "it has no plans to ban lawns", False),
        ("|City of Kelowna", "continues to prioritize education", True),
        ("Marguerite Ouellet", "that will not be enough", True),
        ("Marguerite Ouellet", "Rebates help the people", False),
        ("", "It’s your lawn", True),
    ],
}


def test_a_hyphenated_surname_the_recogniser_left_untagged_is_the_person_named_in_full(nlp):
    """ "Energy Minister Sheila Baptiste-Morrow …. “…,” Baptiste-Morrow said": the surname, three tokens that the
    recogniser left untagged here, names the person named in full before, not a new speaker "Baptiste-Morrow"."""
    rows = said_by(
        nlp,
        "Ontario Energy Minister Sheila Baptiste-Morrow had barely stepped out of the legislative chamber on Thursday "
        f"when the questions started. Would she release the pipeline report? {L}I have read it, and it will be "
        f"public,{R} the minister said. Did she accept the blame? {L}I accept that we were slow, yes,{R} "
        "Baptiste-Morrow said.",
    )
    assert [speaker for speaker, _ in rows] == ["Sheila Baptiste-Morrow", "Sheila Baptiste-Morrow"]


def test_a_reporter_who_asks_is_not_the_she_who_answers(nlp):
    """ "A reporter asked whether …. “…,” she said": the pronoun after a question is the one questioned, not the
    unnamed reporter who asked it."""
    rows = said_by(
        nlp,
        "Finance Minister Irene Kowalchuk spoke to reporters outside the cabinet room on Wednesday. A reporter asked "
        f"whether the budget would be balanced this year. {L}We will get there,{R} she said.",
    )
    assert rows[-1] == ("Irene Kowalchuk", f"{L}We will get there,{R}")


def test_a_name_set_off_after_according_to_a_role_is_the_source_not_what_was_said(nlp):
    """ "According to the listing agent, Priya Nandakumar, three buyers …", the name parsed as a second subject of the
    clause: the name is the source's, and what was said starts after it."""
    rows = said_by(
        nlp,
        "The bakery on Corydon Avenue has been for sale since March. According to the listing agent, Priya "
        "Nandakumar, three buyers have made offers, one of them a chain.",
    )
    assert rows == [("Priya Nandakumar", "three buyers have made offers, one of them a chain")]


def test_a_relative_named_by_a_first_name_the_recogniser_left_untagged_speaks(nlp):
    """ "Her brother, Emeka, who …, said …": the lone first name in apposition to a kin noun is the speaker, though
    the recogniser did not tag it."""
    rows = said_by(
        nlp,
        "Lena Okoro opened the café in 2019. Her brother, Emeka, who roasts the coffee in a garage behind the shop, "
        "said the beans come from a cooperative in Uganda.",
    )
    assert rows == [("Emeka", "the beans come from a cooperative in Uganda")]


def test_a_relatives_first_name_taken_for_a_place_is_a_person_whom_he_then_names(nlp):
    """ "with her husband, Armando, …. Armando, who …, says …. “…,” he said": the first name the recogniser took for a
    place beside "her husband" is a person's, so "he" is Armando and not the woman named before him."""
    rows = said_by(
        nlp,
        "Her daughter is Lucía Morales, who opened the café in 2012 with her husband, Armando, four years after the "
        "family arrived from Tegucigalpa. Lucía, 51, runs the till; Armando runs the kitchen. Armando, who was a "
        f"surveyor in Honduras, says the café was never the plan. {L}In my country I carried a theodolite,{R} he "
        f"said. {L}Here I carry plates.{R}",
    )
    assert [speaker for speaker, _ in rows] == ["Armando", "Armando"]


def test_a_name_beside_an_office_only_a_person_holds_is_a_persons_though_tagged_an_organisation(nlp):
    """ "the board president, Ginette Comeau-Doucet, who …": the recogniser tags the name an organisation; set beside
    "president" and made of name words alone, it is a person's, whom a later "she" can mean."""
    rows = entity_rows(
        "a",
        [
            nlp(
                "Repairs are estimated at $9 million, according to the condominium corporation’s board president, "
                "Ginette Comeau-Doucet, who has lived in the building since it opened."
            )
        ],
    )
    assert [(r["canonical"], r["label"]) for r in rows] == [("Ginette Comeau-Doucet", "PERSON")]


def test_her_husband_is_the_first_name_joined_to_her_name_as_a_couple(nlp):
    """ "Doug and Marion Keller … say …. “…,” Marion Keller said. Her husband says …": the husband is the first name
    the article joined to hers by "and", with her surname."""
    rows = said_by(
        nlp,
        "Two of the residents, Doug and Marion Keller, a retired couple on the fourth floor, say they have paid "
        f"$12,000 for repairs. {L}We came here to rest,{R} Marion Keller said. Her husband says he will not sign the "
        "settlement.",
    )
    assert rows[-1] == ("Doug Keller", "he will not sign the settlement")


ARTICLES = {
    "wildfire": WILDFIRE,
    "restaurant": RESTAURANT,
    "lab": LAB,
    "court": COURT,
    "scrum": SCRUM,
    "lawns": LAWNS,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 30 when the batch was written (blind); 29 after two slips of the gold were mended (an anchor that began
#: with "whether", and the unnamed firefighter's "told her the fire had crossed the highway", left out); 19 after an
#: untagged hyphenated surname ("Baptiste-Morrow said") named the person named in full, and a reporter who asked was
#: not the "she" who answered; 15 after "According to the listing agent, Farid Haddad, …" gave the name set off by
#: commas to the source, and "Her sister, Ana, who …, said" named Ana, untagged; 11 after a name set beside a kin
#: noun or a person's office ("her husband, Héctor,", "the board president, Yvette Comeau-LeBlanc,") was a person's
#: though tagged a place or an organisation; 9 after "Her husband says" after "Hal and Bernice Dryden" was Hal Dryden;
#: 8 after "Those were the orders X gave herself" named the speaker of the quotation before it; 7 after "testified
#: at the trial that …", its "that" taken for the object of a relative clause of "trial", was what was said; 6 after
#: "My father …, looked at it. “Well,” he said" was the writer's father, unnamed, not the man who spoke before; 5
#: after "…, when a firefighter knocked on her door …, and told her" gave "told" the firefighter, not the woman; 3
#: after "“…,” the retired secretary said" was the subject of the sentence before (quotes46).
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
