"""A "he" or "she" cue right after a sentence whose subject is a person goes to that person, the topic of the
stretch, not to the latest person of that gender who spoke: fictional long-form texts."""

from __future__ import annotations

from tests.quoting import L, R, quote_rows_of, said_by


def test_a_surname_the_recogniser_left_untagged_is_the_topic_a_pronoun_goes_to(nlp):
    """ "Obi is blunter. “…,” he says": the surname of a man who spoke before, untagged, is the subject of the
    sentence just before the cue; another man spoke in between."""
    rows = said_by(
        nlp,
        f"Lena Marsh opened the cafe in 2019. Her partner, Emeka Obi, handles the books. {L}She cooks, I count,{R} he "
        "says.",
        f"Across the street, Gordon Bell has sold hammers since 1990. {L}They brought people back to this block,{R} he "
        f"says. Obi is blunter. {L}The rent is the problem,{R} he says.",
    )
    assert rows[-1] == ("Emeka Obi", f"{L}The rent is the problem,{R}")


def test_a_name_that_only_modifies_a_noun_does_not_come_between_a_pronoun_and_its_topic(nlp):
    """ "Pratt's billet mother, Gail Hruska, has housed Thunder players …": the team's name, tagged a person, only
    says which players; the "she" after is the billet mother, not the coach who spoke before."""
    rows = said_by(
        nlp,
        "Coach Renée Dufour says she keeps the money worries away from her players. Her captain, Owen Pratt, said the "
        f"players hear things anyway. Pratt{chr(0x2019)}s billet mother, Gail Hruska, has housed Thunder players for "
        f"ten seasons. {L}I have had nine boys in my kitchen,{R} she says.",
    )
    assert rows[-1] == ("Gail Hruska", f"{L}I have had nine boys in my kitchen,{R}")


def test_the_writers_own_kin_the_sentence_before_is_about_is_who_speaks_unnamed(nlp):
    """ "My uncle, when he came for dinner, stood on the porch … “Well, it is green,” he said": the writer's uncle,
    the subject just before and never named, not the neighbour who spoke earlier."""
    rows = quote_rows_of(
        nlp,
        f"My neighbour, Rob Castell, paved his front yard last spring. {L}No more mowing, ever,{R} he said. I planted "
        f"clover instead. My uncle, when he came for dinner on Sunday, stood on the porch for a long time. {L}Well, it "
        f"is green,{R} he said at last.",
    )
    assert [(r["speaker"], r["speaker_kind"], r["quote"]) for r in rows][-1] == (
        "",
        "unnamed",
        f"{L}Well, it is green,{R}",
    )
