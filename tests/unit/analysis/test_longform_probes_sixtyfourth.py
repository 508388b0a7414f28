"""Quotes of a sixty-fourth batch of blind probes (longform_probes_sixtyfourth.py, books and ideas: author interviews
and book reviews as the broadsheets and the magazines write them): the whole batch against its gold, whose count of
wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_sixtyfourth import (
    FESTIVAL,
    LEDGERS,
    MEMOIR,
    TARIFF,
    VETERANS,
)

SOLBERG = "Ingrid Solberg-Maré"
WIERZBICKI = "Tomasz Wierzbicki-Hale"
HAUGLAND = "Margit Haugland-Reese"
HARROW = "Harrow & Finch|Harrow"
OKONKWO = "Daniel Okonkwo-Reyes"
MARCHETTI = "Helena Marchetti-Voss"
CALDER = "Calder House"
GARROW = "Miles Garrow-Pendle"
FCDO = (
    "Foreign, Commonwealth and Development Office|Commonwealth and Development Office"
    "|The Foreign, Commonwealth and Development Office"
)
ASHDOWN = "Ashdown-Creel|Lord Ashdown-Creel"
KVIRIKASHVILI = "Natalia Kvirikashvili-Orme"
CHKHEIDZE = "Levan Chkheidze-Barr"
PELLHAM = "Pellham Books"
BENEDEK = "Clara Benedek-Holt"
MELNYCHUK = "Oksana Melnychuk-Dale"
VETERANS_MINISTRY = "Ministry of Veterans Affairs|The Ministry of Veterans Affairs"
ZALESKI = "Piotr Zaleski-Moor"
KOVAL = "Andriy Koval-Stern"
MARLOW = "Marlow & Quist|Marlow"
KERRIGAN = "Fiona Kerrigan-Bask"
FERRIS = "Tom Ferris-Wade"
GREAVES = "Greaves & Lowther|Greaves"
RAGHUNATHAN = "Anil Raghunathan-Pryce"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. What an author
#: "writes", "argues in the book", "concedes in a footnote", "says" of what the book found or "puts" in a chapter is the
#: author's quote as much as what the author says aloud; a bare quotation after "He shrugs." or "He laughs." is the
#: author's, whom the sentence before names. A person the author quotes in the book who is named ("a Georgian deputy
#: minister, Levan X, who tells the author … that", "a tank driver, Andriy X … “…,” he tells her") speaks; one who is
#: not ("one veteran tells her", "the daughter tells her", "a Danish butter exporter who wrote") is an unnamed source
#: and optional. A publisher, a ministry and an office that "said" or "said in a statement" speak as institutions, and
#: "Its publisher said" is the publisher the sentence before names. A named interviewer who "asked whether …" speaks;
#: "I ask" of an unnamed interviewer and "asked by a member of the audience" are optional. The reviewer's own judgement
#: in the review's voice is no quote. Borderline and optional: unnamed sources and groups ("historians who have read
#: the book say", a spokesman or a spokesperson, "speaking on condition of anonymity"), the lead's "a former ambassador
#: writes" before the ambassador is named, what a minister in the book "asked him to" do, what an author "shows", and
#: "questioned its central argument" with a noun and no statement; a headline's quotation with no cue, and one whose
#: speaker is a description ("a general turned author says …").
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "ledgers": [
        (SOLBERG, "Wars are fought by armies", False),
        (SOLBERG, "did less to starve the German war machine", False),
        ("", "he “lost” a tanker", True),
        ("", "The Germans trusted the log", True),
        (SOLBERG, "A clerk who lied to the Germans", False),
        (WIERZBICKI, "a brilliant book built on one man", False),
        (HAUGLAND, "her staff had checked", False),
        (HAUGLAND, "Every ship he names", False),
        ("", "He never told us anything", True),
        (SOLBERG, "The sea keeps no accounts", False),
        (HARROW, "sold out its first printing", False),
    ],
    "tariff": [
        (OKONKWO, "A tax with a flag on it’:", True),
        (OKONKWO, "he has been wrong about tariffs", False),
        (OKONKWO, "I spent twenty years", False),
        (OKONKWO, "tariffs rarely achieve what their authors promise", False),
        (OKONKWO, "A tariff is a tax with a flag on it", False),
        ("", "Why write a history", True),
        (OKONKWO, "Policy papers are read", False),
        (OKONKWO, "the tariff walls of that decade", True),
        ("", "Please tell us which war", True),
        (MARCHETTI, "a superb history", False),
        (MARCHETTI, "He is much better on 1932", False),
        (OKONKWO, "The last chapter is the one", False),
        ("|Halvorsen Institute|Halvorsen Institute for Trade Policy", "the book was written in", True),
        (OKONKWO, "It will be read as an argument", False),
        (CALDER, "the first printing of 40,000", False),
    ],
    "memoir": [
        ("|" + GARROW, "ministers ignored repeated warnings", True),
        (GARROW, "he sent eleven telegrams", False),
        (GARROW, "We were the smoke alarm", False),
        ("|" + GARROW, "keep the temperature down", True),
        (FCDO, "it did not comment on the memoirs", False),
        (ASHDOWN, "a very good novel", False),
        (ASHDOWN, "Ambassadors always remember", False),
        (GARROW, "he had waited fifteen years", False),
        (GARROW, "I am not settling scores", False),
        ("", "its value lies less", True),
        (KVIRIKASHVILI, "the telegrams quoted in the book matched", False),
        (KVIRIKASHVILI, "The tone is bitter", False),
        (CHKHEIDZE, "the Russians are not coming", False),
        (CHKHEIDZE, "he remembered the dinner", False),
        (CHKHEIDZE, "It sounds like something", False),
        (PELLHAM, "it had received no legal complaint", False),
        (GARROW, "Diplomacy is the art of being ignored", False),
    ],
    "veterans": [
        (BENEDEK, "I did not want to write about the war", False),
        ("", "At the front you know", True),
        (MELNYCHUK, "she counted the wounded", False),
        (MELNYCHUK, "After that I counted", False),
        (BENEDEK, "veterans’ agencies were built", False),
        (VETERANS_MINISTRY, "doubled the number of rehabilitation centres", False),
        (ZALESKI, "lets her subjects off the hook", False),
        (ZALESKI, "She is so afraid of judging them", False),
        (BENEDEK, "It is not my job to be their court", False),
        (KOVAL, "The trees are still there", False),
        (MARLOW, "the book would appear in Ukrainian", False),
        (BENEDEK, "a war ends on a date", False),
    ],
    "festival": [
        ("|" + KERRIGAN, "a story we tell ourselves’", True),
        (KERRIGAN, "only as long as everyone believes", False),
        (KERRIGAN, "Deterrence is a story we tell", False),
        (KERRIGAN, "she took part in three exercises", False),
        (KERRIGAN, "He was right to hesitate", False),
        (FERRIS, "she thought the world was closer", False),
        (KERRIGAN, "Closer to an accident", False),
        (GREAVES, "sales had passed 90,000", False),
        ("|Ministry of Defence", "the book had been cleared", True),
        ("", "says out loud things", True),
        (RAGHUNATHAN, "the most honest account", False),
        (RAGHUNATHAN, "its central argument", True),
        (RAGHUNATHAN, "She makes deterrence sound fragile", False),
        (KERRIGAN, "eighty years is not a law of nature", False),
        ("", "she would still turn", True),
        (KERRIGAN, "And I would hate myself", False),
        (KERRIGAN, "her royalties would go", False),
    ],
}

ARTICLES = {
    "ledgers": LEDGERS,
    "tariff": TARIFF,
    "memoir": MEMOIR,
    "veterans": VETERANS,
    "festival": FESTIVAL,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 14 of 55 required when the batch was written (blind). Then 10 with three gold slips mended: the
#: festival headline "a general turned author says … ‘…’" has a cue and a described speaker, an optional quote of the
#: author or of no one named (it was gold of the author alone), and the anchors of "asked whether she thought …" and
#: "asked … whether she would still turn …" began at "whether", which a reported quote leaves out (1 + 2 + 1). Left,
#: by pattern: "As she puts it in the final chapter, “…”" with a comma, not a colon, missed (2); "X meets me …, orders
#: … and, before …, says that …", a verb far from its subject, missed (1); "Its publisher said" after "published by
#: Calder House" read as a speaker named "publisher", not the house the sentence before names (2); "Lord X, who was a
#: minister …, told BBC Radio 4 that …. “…,” he said" given to the author named paragraphs before, as the recogniser
#: reads the peer as an organisation (2); "“…,” he says" of an unnamed pilot a book quotes, given to the clerk named
#: two paragraphs before (1); "Asked by a member of the audience whether …, she paused. “…,” she said" given to the
#: audience member, not the author (2). Then 8: "as she puts it" with where it was put between it and the quotation
#: ("in the final chapter, “…”", "in the book’s closing pages, “…”") leads into the quotation as a bare "as she puts
#: it," does (as_put_it). Then 6: "Asked by a member of the audience whether …, she paused. “…,” she said": the
#: unnamed asker named with "by" put the question and is no antecedent of the answer's "she" (speaks_in_own_clause).
#: Then 4: "Lord X, who was a minister …, told BBC Radio 4 that …. “…,” he said": a peer's name after "Lord", which the
#: recogniser tagged an organisation, is a person’s (peer_names). Left, by pattern: "X meets me
#: …, orders … and, before …, says that …" (1); "Its publisher said" after "published by Calder House", the house
#: tagged a person (2); "“…,” he says" of an unnamed pilot, given to the clerk named two paragraphs before (1). Then 3
#: (by the sixty-fifth batch's mend): "One former harbour pilot … tells her that …. “…,” he says": a noun counted as one
#: is someone new, as "a pilot" is, whose pronoun the quotation after carries on (descriptions). Left: "X meets me …,
#: orders … and, before …, says that …" (1); "Its publisher said" after "published by Calder House" (2).
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_quotation_after_as_she_puts_it_where_it_was_put_is_hers(nlp):
    """ "As she puts it in the final chapter, “…”": where or when the words were put may stand between "as X puts it"
    and the quotation; the words are still the ones she put so (as_put_it)."""
    said = said_by(
        nlp,
        "Marta Lindqvist-Oduya spent a decade on the book. As she puts it in the final chapter, “a border is a habit "
        "before it is a line.”",
    )
    assert said == [("Marta Lindqvist-Oduya", "“a border is a habit before it is a line.”")]


def test_the_answer_after_a_question_asked_by_someone_unnamed_is_the_one_asked(nlp):
    """ "Asked by a member of the audience whether …, she paused. “…,” she said": the unnamed asker named with "by" put
    the question; the "she" who answers is the one it was put to, named before (speaks_in_own_clause)."""
    said = said_by(
        nlp,
        "Dame Ann Roe-Kell spoke for an hour about her years in command.",
        "Asked by a member of the audience whether she would do it again, she paused. “I would. And I would regret "
        "it,” she said.",
    )
    assert ("Ann Roe-Kell", "“I would. And I would regret it,”") in said
