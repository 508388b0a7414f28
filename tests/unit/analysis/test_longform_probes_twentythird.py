"""Quotes of a twenty-third batch of blind probes (longform_probes_twentythird.py, Canadian regional and local web
news, four stories delivered as one long block): the whole batch against its gold, whose count of wrong quotes may only
go down, and the shapes the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_twentythird import (
    BRIDGE,
    CELLPHONES,
    COYOTE,
    ICE_STORM,
    LIBRARY,
    MILL,
    SHELTER,
    SNOW,
)

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source. An institution that speaks is
#: named as the article names it. A quotation that goes on after its cue without a new one is one quote (its first
#: part is the anchor); "X says" in the present tense is a cue like "said", and a description ("the reeve", "the
#: mother of two", "the younger Halverson", "the 71-year-old") or a pronoun is the person it stands for. "According to"
#: a person or a body makes them the speaker; "according to" a map, figures, data, minutes, a letter or a report
#: speaks no quote, nor does what a report "found". What someone "called" in passing, "says" inside a relative clause,
#: what a survey's respondents said and what an unnamed group says are borderline (optional); signs, posters,
#: placards, banners and the titles of reports and petitions are no quotes.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "snow": [
        ("Hector Villeneuve", "the crews are stretched as thin as they can go", False),
        ("Hector Villeneuve", "We are asking 41 operators", False),
        ("Joyce Ambrose", "the department has not shown where the existing money went", False),
        ("Joyce Ambrose", "Before I give them another dollar", False),
        ("Joyce Ambrose", "wants an audit first", False),
        ("Joyce Ambrose", "at least five councillors will vote against", False),
        ("Roberta Quill", "she supports the increase but wants it phased in", False),
        ("Roberta Quill", "Nobody in this city wants a big tax bill", False),
        ("Gloria Pinto", "she was housebound for nine days", False),
        ("Gloria Pinto", "I ran out of my heart pills", False),
        ("Deanna Kowal", "the same story from the other side", True),
        ("Deanna Kowal", "she climbed over a windrow", False),
        ("Deanna Kowal", "I am not complaining about the walk", False),
        ("Deanna Kowal", "the windrow left by the plow", False),
        ("Arturo Benedetti", "the department had already cut overtime", False),
        ("Arturo Benedetti", "We have squeezed that lemon", False),
        ("Arturo Benedetti", "the new sidewalk plows would let crews", False),
        (
            "Canadian Union of Public Employees|The Canadian Union of Public Employees",
            "its members had logged more than 9,000 hours",
            False,
        ),
        ("Hector Villeneuve", "he will bring a smaller motion", False),
        ("Hector Villeneuve", "Half a plow is better than none", False),
    ],
    "cellphones": [
        ("Tessa Lindqvist", "the first hour was weird", False),
        ("Jordan Bellefleur", "the ban treats students like children", False),
        ("Jordan Bellefleur", "he missed a shift change", False),
        ("Jordan Bellefleur", "They trust us to drive to school", False),
        ("Randall Fougère", "teachers had asked for the rule for years", False),
        ("Randall Fougère", "Teachers were spending the first ten minutes", False),
        ("Randall Fougère", "the district would review the ban", False),
        ("", "phones were a daily disruption", True),
        ("Hélène Boudreau", "the numbers match what she hears", False),
        ("Hélène Boudreau", "This isn’t about hating technology", False),
        ("Kristin Oduya", "she worried the ban would cut him off", False),
        ("Kristin Oduya", "the school agreed to an exemption", False),
        ("Kristin Oduya", "They were good about it", False),
        (
            "Department of Education and Early Childhood Development"
            "|The Department of Education and Early Childhood Development",
            "medical exemptions are written",
            False,
        ),
        ("department|Department of Education and Early Childhood Development", "no plans to extend the ban", False),
        ("Marguerite Doiron", "she now supports it", False),
        ("Marguerite Doiron", "I thought it would be a fight", False),
        ("Marguerite Doiron", "she still wants students to have a say", False),
        ("Tessa Lindqvist", "Nobody needs the poster", False),
        ("Jordan Bellefleur", "It’s not a big deal", False),
    ],
    "ice_storm": [
        ("Wim Bakker", "The cows don’t care", False),
        ("Wim Bakker", "the generator burns about 300 litres", False),
        ("Anneke|Anneke Bakker", "the lineups at the gas station", False),
        ("Anneke|Anneke Bakker", "People are polite", False),
        ("Hydro One", "crews from Quebec and Manitoba", False),
        ("Hydro One|utility", "the worst it had seen", False),
        ("Kerry-Ann Matheson", "crews were replacing more than 600", False),
        ("Kerry-Ann Matheson", "Every one of those poles", False),
        ("Kerry-Ann Matheson", "crews were being sent first", False),
        ("Dale Schroeder", "left the back roads for last", False),
        ("Dale Schroeder", "some of his constituents have not had power", False),
        ("Dale Schroeder", "I’ve got seniors on the back concessions", False),
        ("Dale Schroeder", "the township opened a warming centre", False),
        ("Sylvie|Sylvie Lalonde", "She told me she was fine", False),
        ("Marjorie Lalonde", "I was fine", False),
        ("Dale Schroeder", "Volunteers from the Lions Club", False),
        ("Ron Mulvihill", "most people are coping better", False),
        ("Ron Mulvihill", "Folks up here keep a woodpile", False),
        ("Ron Mulvihill", "His brother has found two people", False),
        ("Nadia Petrov", "Ontario would cover the township’s costs", False),
        ("Wim Bakker", "he has stopped watching the outage map", False),
        ("Wim Bakker", "It says Sunday", False),
    ],
    "coyote": [
        ("Halifax Regional Police", "The boy was walking with his father", False),
        ("Nathaniel Abara", "the animal did not seem afraid", False),
        ("Nathaniel Abara", "It just stood there looking at us", False),
        ("Nathaniel Abara", "he kicked at the coyote", False),
        ("Nathaniel Abara", "The boy is doing well", False),
        (
            "Department of Natural Resources and Renewables|The Department of Natural Resources and Renewables",
            "wildlife technicians had set traps",
            False,
        ),
        ("department|Department of Natural Resources and Renewables", "coyote attacks on people are rare", False),
        ("Shannon Veinotte", "feeding is almost always at the root", False),
        ("Shannon Veinotte", "A coyote that gets a sandwich", False),
        ("Shannon Veinotte", "the animals are more protective in spring", False),
        ("", "they saw the animal weeks ago", True),
        ("Linda Fraser", "she reported a coyote following her", False),
        ("Linda Fraser", "I called the number on the city", False),
        ("Linda Fraser", "she now carries an air horn", False),
        ("Linda Fraser", "We look ridiculous", False),
        ("Brendan Keough", "the report was passed on to the province", False),
        ("Brendan Keough", "the city has no authority over wildlife", False),
        ("Brendan Keough", "We hear people", False),
        ("Shannon Veinotte", "killing one coyote rarely solves anything", False),
        ("Shannon Veinotte", "Another will move into the territory", False),
        ("Nathaniel Abara", "He asks me every night", False),
    ],
    "mill": [
        ("Northwood Fibre", "it would close the mill", False),
        ("Gord Halverson", "I came here with my dad’s lunch pail", False),
        ("Gord Halverson", "about a third of the workers", False),
        ("Gord Halverson", "are looking at jobs in the mines", False),
        ("Tyler|Tyler Halverson", "It’s good money", False),
        ("Unifor Local 39", "it had negotiated severance", False),
        ("Denise Marcotte", "the best of a bad deal", True),
        ("Denise Marcotte", "the union pushed the company to sell", False),
        ("Denise Marcotte", "There were buyers who looked at it", False),
        ("Northwood Fibre|company|", "The company denies that", True),
        ("Ian Cardiff", "the mill was offered for sale", False),
        ("Ian Cardiff", "We understand how hard this is", False),
        ("Elaine Fontaine", "The mill paid about 40 per cent", False),
        ("Elaine Fontaine", "the town will have to cut services", False),
        ("Elaine Fontaine", "We’re not going to pretend", False),
        ("Elaine Fontaine", "council will ask the province for help", False),
        (
            "Ministry of Northern Development|The Ministry of Northern Development",
            "working closely with the municipality",
            False,
        ),
        ("Pierre Tremblay-Nault", "places like Dorion Falls rarely replace", False),
        ("Pierre Tremblay-Nault", "The towns that make it find five employers", False),
        ("Rita Szabo", "Friday was the quietest morning", False),
        ("Rita Szabo", "They used to come in twenty at a time", False),
        ("Gord Halverson", "he will stay", False),
        ("Gord Halverson", "My wife’s buried here", False),
    ],
    "bridge": [
        ("city|the city|City of Brandon|Brandon", "will stay closed to traffic until at least next fall", False),
        ("Farida Hakimi", "her sales have fallen by half", False),
        ("Farida Hakimi", "People used to cross the bridge for bread", False),
        ("Farida Hakimi", "she has cut her hours", False),
        ("Carol Wiebe", "I’m not going to throw a good tenant out", False),
        ("Carol Wiebe", "several of her other tenants", False),
        ("Russell Nakamura", "the repair would now cost $14.6 million", False),
        ("Russell Nakamura", "the steel told us a different story", False),
        ("Russell Nakamura", "replacing the bridge outright", False),
        ("Ken Dueck", "corrosion of that kind is hard to see", False),
        ("Ken Dueck", "You can look at a beam", False),
        ("Ken Dueck", "the real question is why the city waited", False),
        ("Ken Dueck", "Every bridge has a birthday", False),
        ("Barb Olafson", "the city should have inspected the bridge", False),
        ("Barb Olafson", "We had warnings in 2016", False),
        ("Barb Olafson", "set up a fund to help businesses", False),
        ("Dennis Kowalchuk", "a fund for businesses is not something", False),
        ("Dennis Kowalchuk", "the city has asked Manitoba Transportation", False),
        ("department|Manitoba Transportation and Infrastructure", "the request was under review", False),
        ("Brandon Transit", "added up to 20 minutes", False),
        ("Farida Hakimi", "My daughter said it was funny", False),
    ],
    "library": [
        ("", "will hit the people who depend on it most", True),
        ("Yolanda Pretty-Shield", "the branch is more than a place to borrow books", False),
        ("Yolanda Pretty-Shield", "We have people who come in to use the computer", False),
        ("Yolanda Pretty-Shield", "she has been told no staff will lose", False),
        ("Yolanda Pretty-Shield", "Some will be moved to other branches", False),
        ("Alana Droessler", "the board had looked at every other option", False),
        ("Alana Droessler", "No one on the board wanted to do this", False),
        ("Alana Droessler", "the board would revisit the decision", False),
        ("Tyrone Bighetty", "he will move an amendment", False),
        ("Tyrone Bighetty", "the cost is about $180,000", False),
        ("Tyrone Bighetty", "That is less than we spend", False),
        ("Tyrone Bighetty", "he did his homework there as a boy", False),
        ("Tyrone Bighetty", "The library was my office", False),
        ("office|Leon Saretsky|", "the mayor would wait for the budget debate", True),
        ("Gerald Nkemelu", "he goes to the library every morning", False),
        ("Gerald Nkemelu", "I read the papers", False),
        ("Gerald Nkemelu", "he will walk to the downtown branch", False),
        ("Yolanda Pretty-Shield", "will move to Thursdays", False),
        ("Jennifer Sousa", "The kids know the librarians by name", False),
        ("Jennifer Sousa", "her family does not have internet at home", False),
        ("Alana Droessler", "the library will count visits", False),
    ],
    "shelter": [
        ("Interior Community Services Society|operator|", "has been full every night since October", True),
        (
            "Interior Community Services Society|The Interior Community Services Society",
            "the new site would give each guest a private room",
            False,
        ),
        ("Marlon Twoyoungmen", "privacy is what keeps people in treatment", False),
        ("Marlon Twoyoungmen", "When you sleep in a room with 59", False),
        ("Carla Pettersen", "she is worried about needles", False),
        ("Carla Pettersen", "I’m not against the shelter", False),
        ("Carla Pettersen", "she learned about the plan from a neighbour", False),
        ("Bev|", "she had been staying at Lighthouse", False),
        ("Bev|", "Everybody in this room is talking about us", False),
        ("BC Housing", "it had chosen the site", False),
        ("BC Housing|agency|Crown agency", "the move would add eight staff", False),
        ("Nancy Vrbanac", "council had no veto", False),
        ("Nancy Vrbanac", "We can ask questions", False),
        ("Nancy Vrbanac", "a good neighbour agreement", False),
        ("Dwayne Olsen", "calls for service near the current shelter", False),
        ("Dwayne Olsen", "The numbers don’t support the idea", False),
        ("Dwayne Olsen", "the complaints he hears most", False),
        ("Dwayne Olsen", "A shelter with doors", False),
        ("Marlon Twoyoungmen", "the society will hold a second meeting", False),
        ("Marlon Twoyoungmen", "he hopes Pettersen will come", False),
        ("Marlon Twoyoungmen", "She asked good questions", False),
    ],
}

ARTICLES = {
    "snow": SNOW,
    "cellphones": CELLPHONES,
    "ice_storm": ICE_STORM,
    "coyote": COYOTE,
    "mill": MILL,
    "bridge": BRIDGE,
    "library": LIBRARY,
    "shelter": SHELTER,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 23 of 161 required when the batch was written (blind): 6 from "according to" a report, figures, a letter, a
#: map, data or minutes, each taken for a source, 2 each from a description set off by a relative clause ("The two-term
#: councillor, whose ward …, says"), "Hydro One" read as a number ("one"), a cue the parser hung on a verbless tail ("…,
#: he said, one of them with …"), "The Crown agency said" spoken by "Crown", a surname untagged in a later paragraph
#: ("Bighetty, who grew up …, says") left short, "the younger Halverson" taken for the father (given an age as a
#: labourer long ago) and "the city confirmed" left unnamed, and 1 each from a title after "titled", "pointed to" a
#: survey and "according to its operator" named "its operator". 16 after a description set off by a relative clause was
#: bare (`described_people._set_off_relative`), a number word inside a body's name no group (`speakers._group_word`), a
#: cue set off before a verbless tail reported the whole clause (`set_off_cues.clause_before_tail`), "Crown" before a
#: common noun no body (`not_bodies`) and a body owned by "its" was known by its noun (`body_subjects.body_name`); 14
#: after a description right after a sentence about a person was that person, however many were named before in the
#: paragraph (`described_people.speaker_continued`); 12 after an untagged surname was the latest full name with it
#: (`speakers`, as a tagged one is). Dropped: a title right after "titled" or "entitled" as no quote (1 fewer here, but
#: on PolNeAR train it bared a wrong quote of a title after "called" that had hidden behind the title after "titled", an
#: out-of-scope gold quote: one false positive more), and with it a title case quotation right after "called" as no
#: words said (it lost a PolNeAR train match: the gold keeps "videos he calls “…”" in scope). Left: "according to" a
#: document or data, which the PolNeAR gold keeps as a source (in scope: "the report", "poll", "records", "early ratings
#: data"), "pointed to" a thing, which it counts as a cue, "the city" with the city named only as a place (naming it
#: would miss the PolNeAR gold's nominal sources) and "the younger Halverson", a son named by his given name only.
#: 10 after "the younger X", when the only full name with the surname was the father's, was the child the article
#: named by given name alone ("His son, Tyler,", `seniority`).
#: 9 as found by a later count (no mend of this batch's own): the title of a report in quotation marks after
#: "titled" is no longer taken for words said.
WRONG_TODAY = 9


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_description_set_off_by_a_relative_clause_is_the_person_named_before(nlp):
    """ "Coun. Joyce Ambrose sees it differently. The two-term councillor, whose ward …, says …": the relative clause
    after the description kept it from the councillor, and the quote went to an unnamed source."""
    rows = said_by(
        nlp,
        "Coun. Wilma Strand sees it differently. The councillor, whose north-end ward waited longest for the plows, "
        "says the department has never shown where the money went.",
    )
    assert [speaker for speaker, _ in rows] == ["Wilma Strand"]


def test_a_description_right_after_a_sentence_about_a_person_is_that_person(nlp):
    """ "Coun. Joyce Ambrose sees it differently. The two-term councillor says …" after another councillor spoke in
    the same block: the description is the subject of the sentence right before, not an unnamed source."""
    rows = said_by(
        nlp,
        "Coun. Omar Reyes says the crews are stretched thin. Coun. Wilma Strand sees it differently. The councillor "
        "says the department has never shown where the money went.",
    )
    assert [speaker for speaker, _ in rows] == ["Omar Reyes", "Wilma Strand"]


def test_a_number_word_inside_a_company_name_is_no_group_of_people(nlp):
    """ "Hydro One said in a statement …": "One" was read as a number, a group of people, an unnamed source."""
    rows = said_by(
        nlp,
        "Spokesperson Kerry-Ann Matheson said crews were busy. Hydro One said in a statement that crews from two "
        "provinces had joined its own.",
    )
    assert [speaker for speaker, _ in rows] == ["Kerry-Ann Matheson", "Hydro One"]


def test_a_cue_set_off_before_a_verbless_tail_reports_the_whole_clause(nlp):
    """ "His brother has found two people …, he said, one of them with a broken hip …": the parser hung the cue on
    the tail after it, so only the tail was what he said."""
    rows = said_by(
        nlp,
        "Ross Keegan, a volunteer firefighter, checks the back roads every day. His sister has found three people "
        "who needed a doctor, he said, one of them with a broken wrist.",
    )
    assert len(rows) == 1
    assert rows[0][0] == "Ross Keegan" and "His sister has found three people" in rows[0][1]


def test_crown_before_a_body_noun_is_no_name(nlp):
    """ "The Crown agency said …" after "BC Housing … said": "Crown" was tagged an organisation and spoke."""
    rows = said_by(
        nlp,
        "Coastal Housing said in a statement that it had picked the site for its bus route. The Crown agency said "
        "the move would add eight staff.",
    )
    assert [speaker for speaker, _ in rows] == ["Coastal Housing", "Coastal Housing"]


def test_a_body_owned_by_its_is_no_name(nlp):
    """ "…, according to its operator, …": the source was named "its operator"."""
    rows = said_by(
        nlp,
        "The shelter, which has 40 beds and has been full every night since November, according to its operator, "
        "would move to a motel by spring.",
    )
    assert [speaker for speaker, _ in rows] == ["operator"]


def test_a_surname_in_a_later_paragraph_is_the_full_name_given_before(nlp):
    """ "Bighetty, who grew up …, says …" a paragraph after "Coun. Tyrone Bighetty says …": the recogniser tagged
    only a later "Bighetty" of the first paragraph, so the one in the next paragraph stayed "Bighetty"."""
    rows = said_by(
        nlp,
        "Coun. Tyrone Bighetty says he will move an amendment at budget time. Then Bighetty said it is less than we "
        "spend on lights.",
        "Bighetty says he did his homework there.",
    )
    assert [speaker for speaker, _ in rows] == ["Tyrone Bighetty"] * 3


def test_the_younger_of_a_surname_is_the_child_named_by_given_name_alone(nlp):
    """ "His son, Tyler, …. “…,” the younger Halverson said.": the only full name with the surname was the father's,
    so the son's words went to him; the kin named by given name alone is "the younger" (a daughter too)."""
    son, daughter = (
        said_by(
            nlp,
            "The sawmill in Pine Bluff shut its gates for good on Friday. Walt Brennan, who started at the mill in "
            f"1985 as a labourer, says most of his crew will look for work in the mines. His {kin}, who worked beside "
            "him in the yard, has already taken a job at a quarry near Dryden. “It’s steady money. It’s just not "
            "home,” the younger Brennan said.",
        )
        for kin in ("son, Tyler", "daughter, Kayla")
    )
    assert [speaker for speaker, _ in son] == ["Walt Brennan", "Tyler"]
    assert [speaker for speaker, _ in daughter] == ["Walt Brennan", "Kayla"]
