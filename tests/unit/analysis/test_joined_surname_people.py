"""People with a surname of two words joined by a hyphen whom a later pronoun picks up: a word of the joined surname
("Tanaka-Pell") is no mention of another person who bears that word alone ("her son, Simon Pell"), and a given name the
recogniser took for a nationality before a joined surname it took for an organisation, set off by "who" ("Margriet
Zwanenburg-Tiel, who served …") or a given name the lexicon knows before one set off by a person's description
("Piotr Kowalewski-Hale, an analyst at Y"), is a person's (real pipeline; fictional people and places)."""

from __future__ import annotations

from tests.quoting import L, R, profiles_of, said_by


def test_a_word_of_a_joined_surname_is_not_the_son_who_bears_it_alone(nlp):
    rows = said_by(
        nlp,
        "Harriet Tanaka-Pell, a trade negotiator, died on Tuesday. She was 81.",
        "Her son, Simon Pell, said she died of pneumonia at a hospital in Victoria.",
        f"Premier Gérard Brassard-Lemay said on X that Tanaka-Pell {L}opened doors for farmers{R}. {L}She never raised "
        f"her voice. The province is richer for it,{R} he wrote.",
    )
    assert rows[-1] == ("Gérard Brassard-Lemay", f"{L}She never raised her voice. The province is richer for it,{R}")


def test_a_given_name_taken_for_a_nationality_before_a_joined_surname_set_off_by_who_is_a_person(nlp):
    rows = said_by(
        nlp,
        "Pieter Hoogkamp-Vree, a former foreign minister, died on Sunday. He was 88.",
        f"In Brussels, the president of the Commission, Lorenz Weidlinger-Kast, said Hoogkamp-Vree had been {L}a quiet "
        f"architect{R}.",
        "Margriet Zwanenburg-Tiel, who served as his deputy for six years, recalled a night in Luxembourg in 1997 when "
        f"talks had stalled. {L}The French delegation had walked out, and Pieter came back with sandwiches,{R} she "
        "said.",
    )
    assert rows[-1][0] == "Margriet Zwanenburg-Tiel"


def test_his_in_the_post_a_woman_held_tells_nothing_of_her_gender(nlp):
    rows = said_by(
        nlp,
        "Conrad Ellery, a former finance minister, died on Sunday. He was 90.",
        f"The party leader, Tobias Wrenfield, said Ellery had been {L}a builder of budgets{R}.",
        "Margit Solway, who served as his chief of staff for nine years, recalled the night the budget nearly failed. "
        f"{L}Conrad sent out for soup and nobody left the room,{R} she said.",
    )
    assert rows[-1][0] == "Margit Solway"


def test_a_known_given_name_before_a_joined_surname_set_off_by_a_persons_description_is_a_person(nlp):
    text = (
        "Piotr Kowalewski-Hale, an analyst at Narew Securities, said buying from Korea was the only way to get the "
        "guns quickly."
    )
    assert profiles_of(nlp, text) == [("Piotr Kowalewski-Hale", "analyst", "Narew Securities")]


def test_an_untagged_given_name_before_a_joined_surname_set_off_by_who_is_a_person(nlp):
    rows = said_by(
        nlp,
        "Not all traders agree. Renzo Gallucci-Vane, who runs a map kiosk on the quay front, said most of his takings "
        f"came from day trippers. {L}The council is chasing away the people who spend money here,{R} the shopkeeper "
        "said.",
    )
    assert [speaker for speaker, _ in rows] == ["Renzo Gallucci-Vane", "Renzo Gallucci-Vane"]
