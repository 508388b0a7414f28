"""Quotes of an eleventh batch of blind long-form probes (longform_probes_eleventh.py, Canadian hard news delivered in
long blocks): the shapes the batch found wrong and now right, each on its own, and the whole batch against its gold,
whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import quote_rows_of, wrong_quotes
from tests.unit.analysis.longform_probes_eleventh import BYELECTION, LAYOFFS, MEASLES, PREMIER, SENTENCING, SHOOTING

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings ("Alberta Serious Incident Response Team|ASIRT"); an empty one is an
#: unnamed source.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "premier": [
        ("Helen Marchetti", "the move would save taxpayers", False),
        ("Helen Marchetti", "This is a building that leaks", False),
        ("Helen Marchetti", "a study had been done", False),
        ("Helen Marchetti", "When it’s ready", False),
        ("Farah Qureshi", "no business case", False),
        ("Farah Qureshi", "The premier is asking Ontarians", False),
        ("Helen Marchetti", "she had spoken with Prime Minister", False),
        ("", "productive conversation", True),
        ("Kwame Asante", "the building needed repairs", False),
        ("Kwame Asante", "You fix a roof", False),
        ("Paul Lindgren", "the study would be made public", False),
        ("Paul Lindgren", "We have nothing to hide", False),
        ("Sylvie Gagnon", "the federal government should not pay", False),
        ("Helen Marchetti", "Ottawa can send money", False),
        ("Helen Marchetti", "her door was always open", False),
        ("Helen Marchetti", "met him four times", False),
        ("Neil Okonjo", "he learned of the move", False),
        ("Neil Okonjo", "the city would ask for a seat", False),
        ("Neil Okonjo", "We own the land next door", False),
    ],
    "shooting": [
        ("Alberta Serious Incident Response Team|ASIRT|", "shot and killed by police", True),
        ("Alberta Serious Incident Response Team|ASIRT", "two officers fired their weapons", False),
        ("Alberta Serious Incident Response Team|ASIRT", "it would not release the man", False),
        ("", "Tyler Redcrow, a father of two", True),
        ("Cassandra Redcrow", "Tyler was in crisis", False),
        ("Amrit Dhillon", "the family wants the footage", False),
        ("Amrit Dhillon", "Every other province has learned", False),
        ("Mark Haldane", "the officers involved have been placed", False),
        ("Mark Haldane", "Any loss of life is a tragedy", False),
        ("Mark Haldane", "how many shots were fired", True),
        ("Jenna Moreau", "the two officers have 19 years", False),
        ("Loretta Redcrow", "her son had called a crisis line", False),
        ("Loretta Redcrow", "He asked for help", False),
        ("Alberta Serious Incident Response Team|ASIRT", "it is also investigating whether", False),
        ("Mark Haldane", "the service would review its policy", False),
        ("Mark Haldane", "We will look at everything", False),
        ("Amrit Dhillon", "the family would wait for the investigation", False),
        ("Amrit Dhillon", "They want answers first", False),
    ],
    "sentencing": [
        ("Margaret Olubunmi", "made a choice that no one else", False),
        ("Margaret Olubunmi", "had driven home drunk before", False),
        ("Alain Tessier", "Pike had two earlier", False),
        ("Alain Tessier", "the Crown would review the decision", False),
        ("Alain Tessier", "Seven years is a significant sentence", False),
        ("Rebecca Stoddard", "her client had been sober", False),
        ("Rebecca Stoddard", "He will carry this", False),
        ("Nicole Chiasson|", "the empty chair", True),
        ("Nicole Chiasson", "Emma was going to be a vet", False),
        ("Luc Chiasson", "is not enough", False),
        ("Darren Pike", "apologized", True),
        ("Darren Pike", "I know that doesn’t mean anything", False),
        ("Kim Arsenault", "the case shows why the law", False),
        ("Kim Arsenault", "Three convictions should mean", False),
        ("Margaret Olubunmi", "the sentence could not measure", False),
        ("Margaret Olubunmi", "Nothing this court does", False),
    ],
    "layoffs": [
        ("Northern Maritime Bank", "will cut 1,150 jobs", False),
        ("Northern Maritime Bank", "the cuts represent about four per cent", False),
        ("Graham Whitcombe", "difficult but necessary", False),
        ("Graham Whitcombe", "Our customers have told us", False),
        ("Northern Maritime Bank", "which branches will close", True),
        ("Unifor", "a betrayal of the communities", True),
        ("Lana Kowalski", "They made $3.1 billion", False),
        ("Lana Kowalski", "the union would seek a meeting", False),
        ("Priya Raman", "the cuts were expected", False),
        ("Priya Raman", "Every big bank in this country", False),
        ("Priya Raman", "could rise further", False),
        ("Northern Maritime Bank", "it expects to record a restructuring charge", False),
        ("Owen MacIsaac", "he learned of the cuts", False),
        ("Owen MacIsaac", "That branch has been there", False),
        ("Doris Pothier", "she would move her accounts", False),
        ("Doris Pothier", "not going to drive to Truro", False),
        ("Graham Whitcombe", "no final list of closures", False),
        ("Graham Whitcombe", "We will talk to communities", False),
    ],
    "measles": [
        ("Hsin-Yi Lau|", "check their children", True),
        ("Hsin-Yi Lau", "Measles is not a rash", False),
        ("Hsin-Yi Lau", "nine of the 14 cases", False),
        ("Hsin-Yi Lau", "the unit would run walk-in clinics", False),
        ("Tara Beaulieu", "she learned of the outbreak", False),
        ("Tara Beaulieu", "Nobody from the school called me", False),
        ("Tara Beaulieu", "keeping them both home", False),
        ("Kevin Oduya", "his twins were vaccinated", False),
        ("Kevin Oduya", "We did what we were told", False),
        ("Waterloo Region District School Board", "letters were sent to every family", False),
        ("Daniel Okafor", "the board could not say", False),
        ("Hsin-Yi Lau", "absences are not tracked", False),
        ("Marcus Feld", "outbreaks like this one were predictable", False),
        ("Marcus Feld", "We have been warning about this", False),
        ("Anne-Marie Pelletier", "the province has enough vaccine", False),
        ("Tara Beaulieu", "she just wants a phone call", False),
        ("Tara Beaulieu", "A text. Anything", False),
    ],
    "byelection": [
        ("Rachel Vandermeer", "Tonight, the people of this valley", False),
        ("Sanjay Mehta", "I called Rachel to congratulate", False),
        ("Sanjay Mehta", "the result was a message", False),
        ("Sanjay Mehta", "a question for another night", False),
        ("Curtis Belanger", "the campaign knocked on 41,000 doors", False),
        ("Curtis Belanger", "We outworked them", False),
        ("Gail Hutchinson", "she voted Liberal for 30 years", False),
        ("Gail Hutchinson", "The rent my grandson pays", False),
        ("Isabelle Nguyen", "the swing of about 12 points", False),
        ("Isabelle Nguyen", "By-elections punish governments", False),
        ("Isabelle Nguyen", "turnout, at 31 per cent", False),
        ("Daniel Archambault", "listen and learn", False),
        ("Pierre-Luc Dionne", "a historic night", True),
        ("Pierre-Luc Dionne", "be a strong voice", False),
        ("Bev Ostrowski", "she was proud of her volunteers", False),
        ("Rachel Vandermeer", "she would take her seat", False),
        ("Rachel Vandermeer", "be on the first flight", False),
    ],
}

ARTICLES = {
    "premier": PREMIER,
    "shooting": SHOOTING,
    "sentencing": SENTENCING,
    "layoffs": LAYOFFS,
    "measles": MEASLES,
    "byelection": BYELECTION,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 24 when the batch was written (blind).
WRONG_TODAY = 24


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = [w for name, text in ARTICLES.items() for w in wrong_quotes(quote_rows_of(nlp, *text), GOLD[name])]
    assert len(wrong) <= WRONG_TODAY, wrong
