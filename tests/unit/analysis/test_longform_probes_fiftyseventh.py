"""Quotes of a fifty-seventh batch of blind probes (longform_probes_fiftyseventh.py, sports news as wires and big
sports sites in the US, Britain and Australia write it, speakers referred back to by descriptions): the whole batch
against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fiftyseventh import (
    BASKETBALL,
    CRICKET,
    CYCLING,
    FOOTBALL,
    TENNIS,
)

OKAFOR = "Daniel Okafor-Reid"
TULLY = "Graham Tully"
VANDERSLOOT = "Piet Vandersloot"
MENSAH = "Kofi Mensah-Lyle"
WIERZBICKI = "Tomasz Wierzbicki"
CASTELLAN = "Bradley Castellan-Hart"
STANDARDS_BOARD = "Independent Football Standards Board|The Independent Football Standards Board"
FALCONS = "Columbus Falcons|The Columbus Falcons|Falcons"
WHITAKER = "Marcus Whitaker-Dunn"
FITZGERALD = "Darnell Fitzgerald-Ames"
OKWUOSA = "Tyrese Okwuosa-Bell"
RADANOVIC = "Luka Radanovic-Price"
LINDQVIST = "Howard Lindqvist"
NBA = "NBA|The NBA"
ODUYA = "Samuel Oduya-Klein"
KIRKBRIDE = "Nathan Kirkbride-Shaw"
PENHALLOW = "Oliver Penhallow-Gray"
ASHDOWN = "Martin Ashdown-Reeve"
TOLHURST = "Greg Tolhurst"
COMMISSION = "Australian Cricket Commission|The Australian Cricket Commission"
MORRISSEY = "Jack Morrissey-Tuala"
CRICKETERS_UNION = "Australian Cricketers’ Union|The Australian Cricketers’ Union"
GARLAND = "Sophie Garland-Mace"
FENWICK = "Harry Fenwick-Doyle"
FERREIRA = "Álvaro Ferreira-Lucas"
KOWALCZYK = "Dmitri Kowalczyk"
BARRACHINA = "Ignacio Barrachina"
NOVOTNA = "Hana Novotna-Price"
ELLINGTON = "Brooke Ellington"
MARCHBANK = "Colin Marchbank-Idowu"
OBERHOLZER = "Matthias Oberholzer"
TRIBUNAL = "International Cycling Integrity Tribunal|The International Cycling Integrity Tribunal"
VERMAELEN = "Pieter Vermaelen-Doss"
NORDVIK = "Nordvik-Castell Pro Cycling|Nordvik-Castell"
SOLVANG = "Erik Solvang-Mertens"
HOLLANDERS = "Anneke Hollanders"
KOOISTRA = "Sander Kooistra-Ruiz"
DELEU = "Bram Deleu-Aster"
ROAD_UNION = "World Road Cycling Union|The World Road Cycling Union"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives, and a description that shares no word with the name goes to the person the story
#: tied it to: "the 29-year-old" and "the veteran striker" to the player introduced with that age or post, "the Scot",
#: "the Dutchman", "the Spaniard", "the Pole" to the one of that nation, "the coach", "the skipper", "the club's owner"
#: to the holder of that post, "the former champion" to the one who won the title before, "the governing body", "the
#: league", "the team" and "the panel" to the body named before. A pronoun goes on to the speaker of the sentences
#: before; a quotation that follows one of the same speaker past its cue with no cue of its own joins that quote.
#: "Told BBC Sport", "said at his post-match press conference", "said in his on-court interview", "wrote on X",
#: "wrote on Instagram", "wrote on social media … : “…”", "posted a photo … with the caption: “…”", "said in a text
#: message" and "said in a statement" are cues; "declined to comment", "did not respond", "welcomed the decision" and
#: "took the blame" speak no quote. Borderline and optional: sources with no name ("according to sources close to the
#: deal", "according to a person familiar with …", "the person said", "according to two people with knowledge of the
#: matter", an agent or manager "who declined to be named"), and a speaker only described in the lead before the story
#: names him ("Ashbourne City, whose manager said afterwards …").
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "football": [
        ("|" + VANDERSLOOT, "his side had", True),
        (OKAFOR, "I’ve waited a long time", False),
        (TULLY, "earned every bit of it", False),
        (TULLY, "People forget he came from a league", False),
        (VANDERSLOOT, "We gave them the first goal", False),
        (VANDERSLOOT, "having words", False),
        (MENSAH, "It’s one goal", False),
        (WIERZBICKI, "unstoppable, so I’m not losing sleep", False),
        (CASTELLAN, "Fourth place is where this club belongs", False),
        ("", "close to signing", True),
        ("", "talks are at an early stage", True),
        (STANDARDS_BOARD, "reviewing an incident", False),
        (STANDARDS_BOARD, "consider the matter in full", False),
        (VANDERSLOOT, "done nothing wrong", False),
    ],
    "basketball": [
        (FALCONS, "will miss six to eight weeks", False),
        (WHITAKER, "I knew something wasn’t right", False),
        (FITZGERALD, "the team would not rush him back", False),
        (FITZGERALD, "We’re going to be smart", False),
        (WHITAKER, "Minor setback for a major comeback", False),
        ("", "explored adding a backup guard", True),
        ("", "spoken with at least two teams", True),
        (OKWUOSA, "he did not realize", False),
        (OKWUOSA, "He hit three straight shots", False),
        (RADANOVIC, "quiet for about five minutes", False),
        (LINDQVIST, "lost control of the game", False),
        (NBA, "public criticism of the officiating", False),
        (ODUYA, "surgery was", False),
        (FITZGERALD, "rookie Jalen Moorcroft would start", False),
        (FITZGERALD, "He’s 20 years old", False),
    ],
    "cricket": [
        (KIRKBRIDE, "one good session away", False),
        (KIRKBRIDE, "That’s on me", False),
        (PENHALLOW, "ridden his luck", False),
        (PENHALLOW, "I was nervous as anything", False),
        (ASHDOWN, "as good as any", False),
        (TOLHURST, "too short for too long", False),
        (COMMISSION, "would undergo testing", False),
        (COMMISSION, "has full confidence in Jack", False),
        (MORRISSEY, "bowled the same way since", False),
        ("", "blindsided", True),
        (CRICKETERS_UNION, "through every step of the testing", False),
        (GARLAND, "far from ideal", False),
        (GARLAND, "Nobody wants a young player", False),
        (KIRKBRIDE, "Jack’s action has been looked at", False),
        (FENWICK, "That’s a matter for them", False),
    ],
    "tennis": [
        (FERREIRA, "dreamed of this court", False),
        (FERREIRA, "When I saw him walk out", False),
        (KOWALCZYK, "he had no complaints", False),
        (KOWALCZYK, "He was better on the big points", False),
        (KOWALCZYK, "sit down with my team", False),
        (BARRACHINA, "had changed his serve motion", False),
        (BARRACHINA, "He was losing too many free points", False),
        (NOVOTNA, "She played without any fear", False),
        (ELLINGTON, "take a lot from this", False),
        (ELLINGTON, "Lost the match, won a lot of belief", False),
        (MARCHBANK, "had been fined $8,000", False),
        (KOWALCZYK, "fully accepted", False),
        ("", "part ways with his coach", True),
        (OBERHOLZER, "a very physical match", False),
        (OBERHOLZER, "Álvaro hits the ball as hard", False),
    ],
    "cycling": [
        (TRIBUNAL, "has been banned for two years", False),
        (TRIBUNAL, "not persuaded", False),
        (TRIBUNAL, "The rider has offered a theory", False),
        (VERMAELEN, "devastated", False),
        (VERMAELEN, "I have never knowingly taken", False),
        (NORDVIK, "had suspended the rider’s contract", False),
        (SOLVANG, "like a truck", False),
        (SOLVANG, "We have 28 riders", False),
        (HOLLANDERS, "the system works", False),
        (KOOISTRA, "It’s sad for him", False),
        (DELEU, "he did not believe", False),
        (DELEU, "I roomed with him", False),
        (KOOISTRA, "take no pleasure", False),
        (KOOISTRA, "You want to earn your place", False),
        ("", "already filed notice of appeal", True),
        (ROAD_UNION, "taken note", False),
        (ROAD_UNION, "results from the 2025 season", False),
    ],
}

ARTICLES = {
    "football": FOOTBALL,
    "basketball": BASKETBALL,
    "cricket": CRICKET,
    "tennis": TENNIS,
    "cycling": CYCLING,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 61 of 68 required when the batch was written (blind), no gold slip found. By pattern: a description that
#: shares no word with the name left unresolved or taken for a name ("the Scot", "the Dutchman", "the Pole", "the
#: Czech", "the Austrian", "the Belgian", "the Norwegian", "the Cornishman", "the skipper", "the midfielder", "the
#: left-hander", "the former Test batter", "the top seed", "the club's owner", "the 29-year-old" after an age given in a
#: description, "the 27-year-old" after "now at Alpina Racing"); a body referred back to by a noun ("the team said
#: Tuesday", "the three-member panel said", "the governing body added", "The league said in a statement"); two speakers'
#: quotations in one sentence joined ("“…,” the midfielder said, while … said …"); a bare "he said" after a
#: description's paragraph given to the wrong person; and "the NBA fined X for criticizing the officials" read as the
#: league's statement. Then 41: a nation's noun ("the Spaniard", "the Dutchman", "the Pole") is the person the article
#: tied to that nation, or the one named last whom it tied to no other (national_descriptions), never a name or a body.
#: Then 31: an age given only in a description with no name ("The 29-year-old striker, signed from …") is the person
#: named last before it, and never one named in another's relative clause; "The Austrian, who …, said"; a subject the
#: parser took from the end of what was said ("… at last year's Tour de France, the … Tribunal said") gives way to the
#: name set off after it (stranded_objects); "the three-member panel" is the tribunal named before (governing_organs).
#: Left, by pattern: descriptions with no tie to any word the article used ("the midfielder", "the left-hander", "the
#: former Test batter", "the top seed", and "the skipper" where the parser made it a name); names of fictional clubs the
#: recogniser took for people ("Columbus Falcons" for "the team said", "Alpina Racing" for "the 27-year-old", "Rovers'
#: American" for "the club's owner") and a person it missed ("world No. 1 Matthias Oberholzer"); two speakers'
#: quotations in one sentence joined ("“…,” the midfielder said, while X said …"); "said she would … and wrote on social
#: media: “…”" kept one quote; "Stallions forward X" with "forward" read as an adverb; "the NBA fined X for criticizing
#: …" read as the league's statement and "The league said" left unnamed; "said that X “…” and that Y “…”" keeping only
#: the second part; a body after "according to a person close to the case" left unnamed; "a decision the Pole said he
#: “fully accepted”" missed. Then 30: a second verb of speech of the same speaker with a colon before its quotation
#: ("said she would “…” and wrote on social media: “…”") makes a quote of its own, and a quotation inside what a later
#: cue reports is no longer joined to the first cue's (second_cues.py; the first of "“…,” the midfielder said, while X
#: said …" is still left with no speaker, a description with no tie). Then 28: "said in a text message that surgery was
#: “…” and that …", the "that" read as the determiner of the subject of a relative clause on the message, is what was
#: said, both clauses in one quote (setting_clauses). Then 24: a bare description after a quotation whose words a hyphen
#: joins ("the left-hander") or a capitalised word that names nothing modifies ("the former Test batter") goes on to the
#: person the paragraph is about as "the pharmacist" does, and the sentence before a quotation of several sentences is
#: the one before its opening mark (description_modifiers, quotation_starts). Then 22: the paragraph's one person,
#: introduced in the sentence before with a clause on what they did ("came from X, who curled in a free kick. “…,” the
#: midfielder said"), is the description after the quotation, and so is the subject of the paragraph before's last
#: sentence when the quotation opens a paragraph that names no one (introduced_referents). Left, by pattern: a
#: description whose person was named a paragraph before another's name ("the skipper" after "The 31-year-old, who
#: dropped England opener X …"); names the recogniser took for people or missed ("the club's owner" after "Rovers'
#: American owner, X", "Alpina Racing" for "the 27-year-old", "world No. 1 Matthias Oberholzer" for "the top seed" and
#: "The Austrian"); bodies referred back to by a noun ("the team said Tuesday", "The league said", "The governing body
#: added"); "Stallions forward X" with "forward" read as an adverb; "the NBA fined X for criticizing …" read as the
#: league's statement; "a decision the Pole said he “fully accepted”" missed. Then 20: "The league said" after the
#: NBA was named is the league, a body spoken of by a noun of its kind that its name lacks (kind_cued_bodies); left of
#: that pattern: "the team said Tuesday" of a club whose name tells no kind, and "The governing body added". Then 18:
#: "The governing body added" after "X, the sport's governing body, said" is the body the possessive description was
#: set beside (kind_cued_bodies, kind_nouns.names_described_with). Left of the pattern: "the team said Tuesday" of a
#: club whose name tells no kind and that the article never described as a team. Then 16: "the club's owner" after
#: "Rovers' American owner, X" is X, a role owned by a body named by a common noun of its kind standing for the person
#: named with that role, as "his" does (role_holders._owned_by_a_body). Then 14: "“…,” the skipper said", the word
#: in lower case the tagger took for a name, is read as a common noun and so as the captain of the lede
#: (determiners.common_noun, 2).
WRONG_TODAY = 14


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
