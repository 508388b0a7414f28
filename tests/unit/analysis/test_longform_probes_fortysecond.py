"""Quotes of a forty-second batch of blind probes (longform_probes_fortysecond.py, US local TV and radio station web
stories and business news built on press releases): the whole batch against its gold, whose count of wrong quotes may
only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fortysecond import (
    CEDAR_LOCKDOWN,
    DUNMORE_PLANT,
    HIGHWAY_CHASE,
    NORTHSTAR_RESULTS,
    SORREL_FIRE,
)

FIRE_DEPARTMENT = "Bellmont Fire Department|The Bellmont Fire Department|department|The department"
RED_CROSS = "American Red Cross|The American Red Cross|Red Cross"
SHERIFFS_OFFICE = (
    "Tolliver County Sheriff’s Office|The Tolliver County Sheriff’s Office|Sheriff’s Office|sheriff’s office|"
    "The sheriff’s office"
)
POLICE = "Pine Valley Police Department|The Pine Valley Police Department|police|Police"
DISTRICT = (
    "Pine Valley Unified School District|The Pine Valley Unified School District|district|The district|"
    "Pine Valley Unified"
)
NORTHSTAR = "Northstar Cold Storage Inc.|Northstar Cold Storage|Northstar|Northstar Cold Storage Inc"
BRAYFIELD = "Brayfield Foods"
I_TEAM = "|I-Team|The I-Team"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A quotation split by
#: its cue is one quote (its first piece is the anchor), and a quotation that goes on after its cue with no new one is
#: the same quote (its later piece optional). Capt., Sgt., Officer, Fire Marshal, Superintendent, Gov., Mayor, Chief
#: Financial Officer and Analyst are titles. A station ("told 7 News", "in a statement to KXRT", "told the I-Team") is
#: the listener; "according to a news release from" a department or sheriff's office, "according to" a police
#: department and "the company said" after the company is named are that body's; "X added", "said of", "called … “…”"
#: and "saying" are cues. The release's boilerplate ("About …:") and its media contact are no quotes. Borderline and
#: optional: groups and unnamed sources (parents, workers, a neighbour or a customer who asked not to be named, a
#: suspect's family and its statement, words quoted inside a quotation), what "the I-Team has learned", what a company
#: "reported" or "expects", the participle after a quoted phrase ("noting that …") and the second clause of "said …
#: and that …".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "sorrel_fire": [
        (FIRE_DEPARTMENT, "were called to the 2400 block", False),
        ("Renee Okafor", "flames were coming through the roof", False),
        ("Renee Okafor", "It was fully involved on the south side", False),
        ("Renee Okafor", "everyone made it out safely", False),
        ("Gerald Tso", "investigators have not ruled out", False),
        ("Gerald Tso", "We’re looking at everything right now", False),
        ("Marisol Quintero", "her oldest son woke the family up", False),
        ("Marisol Quintero", "He was screaming", False),
        ("", "Mom, there’s smoke", True),
        ("Marisol Quintero", "We didn’t grab anything", True),
        ("Marisol Quintero", "the family lost almost everything", False),
        ("", "she heard what sounded like a pop", True),
        ("", "the whole carport was orange", True),
        (RED_CROSS, "it is helping the family", False),
        ("Amber Leclair", "Our volunteers were on scene", False),
        ("Amber Leclair", "the family was placed in a hotel", False),
        ("Dwayne Hollis", "This family gives to everybody", False),
        ("Renee Okafor", "Working smoke alarms saved five lives", False),
    ],
    "highway_chase": [
        (SHERIFFS_OFFICE, "led deputies on a chase", False),
        (SHERIFFS_OFFICE, "was taken to a hospital", False),
        ("Alana Birch", "the chase reached speeds", False),
        ("Alana Birch", "Our deputies made the decision to back off", False),
        ("Alana Birch", "Deputies had been looking for the car", False),
        ("Dana Whitcomb", "she was pumping gas", False),
        ("Dana Whitcomb", "My purse was in there", False),
        ("Dana Whitcomb", "I’m just glad I got my baby back", False),
        ("Dana Whitcomb", "the dog, a 9-year-old beagle", False),
        ("Monty Garrison", "his officers joined the chase", False),
        ("Monty Garrison", "You never want a pursuit", False),
        (I_TEAM, "Benning was released from the Harlow County jail", True),
        ("Felix Ambrose", "his office had asked for a higher bail", False),
        ("Felix Ambrose", "We argued he was a danger", False),
        ("", "he has struggled with addiction", True),
        ("", "grateful no one was killed", True),
        ("", "We are praying for the woman", True),
    ],
    "cedar_lockdown": [
        ("", "they learned about a lockdown", True),
        (POLICE, "placed on lockdown for about 40 minutes", False),
        ("Daniel Reyes", "officers found a man", False),
        ("Daniel Reyes", "There was never a threat to the students", False),
        (DISTRICT, "every step of our safety", False),
        (DISTRICT, "as soon as it was safe", True),
        ("Gloria Marchetti", "the district will review", False),
        ("Gloria Marchetti", "We got the kids safe", False),
        ("Heather Sloane", "about one in five parent phone numbers", False),
        ("Kendra Bates", "she found out from a message", False),
        ("Kendra Bates", "Nothing from the school for almost half an hour", False),
        ("", "we are hiding in the closet", True),
        ("Luis Ferrante", "he drove to the school", False),
        ("Luis Ferrante", "They were great, the officers", False),
        ("Luis Ferrante", "It’s the communication part", True),
        ("Tricia Vandeveer", "she will ask for a full report", False),
        ("Tricia Vandeveer", "Parents shouldn’t hear about a lockdown", False),
    ],
    "northstar_results": [
        ("|" + NORTHSTAR, "a 14% rise in third-quarter revenue", True),
        (NORTHSTAR, "$212.4 million", False),
        ("Karen Lindqvist", "We are pleased to deliver another quarter", False),
        ("Karen Lindqvist", "new 300,000-square-foot facility", False),
        ("Karen Lindqvist", "would add about 150 jobs", False),
        ("Karen Lindqvist", "no plans", False),
        ("Karen Lindqvist", "Our customers trusted us", False),
        ("Raymond Oduya", "Our balance sheet has never been stronger", False),
        ("Raymond Oduya", "We are pleased to raise our full-year guidance", True),
        ("Raymond Oduya", "capital spending for the year", False),
        (NORTHSTAR, "full-year revenue of $820 million", True),
        ("Priya Venkataraman", "cleaner than we expected", False),
        ("Priya Venkataraman", "margins improved despite", True),
        ("Priya Venkataraman", "The Fargo build is the story", False),
        ("Tom Berriman", "rising interest rates could weigh", False),
        ("Tom Berriman", "Nobody is building cold storage cheaply", False),
    ],
    "dunmore_plant": [
        ("", "they found out Friday morning", True),
        (BRAYFIELD, "the closure is part of a plan", False),
        (BRAYFIELD, "This was an incredibly difficult decision", False),
        (BRAYFIELD, "We are committed to supporting our team", True),
        ("Shonda McAllister", "she cried in her car", False),
        ("Shonda McAllister", "Seventeen years", False),
        ("Shonda McAllister", "And they tell us with a piece of paper", True),
        ("Eddie Ruelas", "he and his wife both work", False),
        ("Eddie Ruelas", "So it’s not one paycheck", False),
        ("Eddie Ruelas", "he plans to apply at a distribution center", False),
        ("Eddie Ruelas", "I’m not ready to leave Dunmore", False),
        ("", "the plant keeps the whole town going", True),
        ("Helen Strabane", "the state’s workforce agency will send", False),
        ("Helen Strabane", "No family in Dunmore", False),
        ("Curtis Fenwick", "a gut punch", False),
        ("Curtis Fenwick", "the city will hold a resource fair", False),
        ("Marcy Dunleavy", "the union will press the company", False),
        ("Marcy Dunleavy", "Sixty days’ notice", False),
    ],
}

ARTICLES = {
    "sorrel_fire": SORREL_FIRE,
    "highway_chase": HIGHWAY_CHASE,
    "cedar_lockdown": CEDAR_LOCKDOWN,
    "northstar_results": NORTHSTAR_RESULTS,
    "dunmore_plant": DUNMORE_PLANT,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 6 of 66 required when the batch was written (blind), none a gold slip. Then 5: a clause told without
#: "that" to a listener known by a proper name ("told the I-Team his office had …"), which the parser hung on the name
#: as a relative clause, is what was told (named_listeners). Then 3: "according to a news release from the department"
#: speaks for the fire department the sentence named (according_sources). Then 1: "the sheriff's office said" is the
#: county sheriff's office named in full before (offices.py). Then 0: "she said" in the paragraph after a neighbour who
#: asked not to be named spoke is the neighbour, not the named resident before her (unnamed_since). Left: none.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
