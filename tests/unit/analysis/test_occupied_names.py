"""Full names after an occupation that opens the sentence (texts of our own): "Farmer Ada Quill, who …", "Buyer Tom
Vey says …", "Fisherman Rob Skiff knows …" name the person without the occupation, whether the recogniser read the
three words as an organisation, as one person or as nothing, so that the surname alone later is the same person."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_full_name_after_an_opening_occupation_is_the_person_s_name(nlp):
    rows = said_by(
        nlp,
        "Farmer Curtis Lund, who went to the school himself in the 1970s, told the meeting the school is the last "
        f"public building in the district. {L}There is nothing after this,{R} says Lund.",
        "Buyer Kevin Tran, who ships syrup to Japan and South Korea, says demand overseas keeps climbing.",
        f"Fisherman Wade Pardy knows what the station is worth. {L}When I saw their light, I cried,{R} Pardy said.",
        f"Elder Rosalie Nanemahoo, 81, comes every Thursday. {L}The little ones sing to me,{R} Nanemahoo said.",
    )
    assert [speaker for speaker, _ in rows] == [
        "Curtis Lund",
        "Curtis Lund",
        "Kevin Tran",
        "Wade Pardy",
        "Rosalie Nanemahoo",
    ]


def test_a_hyphenated_surname_after_an_opening_occupation_is_kept_whole(nlp):
    """ "Elder Agnes Moose-Keeshig": the surname goes on past the hyphen, so the step leaves it to the hyphen's own."""
    rows = said_by(
        nlp,
        f"Elder Agnes Moose-Keeshig has fished the lake all her life. {L}We eat what the lake gives,{R} "
        "Moose-Keeshig said.",
    )
    assert [speaker for speaker, _ in rows] == ["Agnes Moose-Keeshig"]


def test_a_four_word_name_after_a_riding_and_a_title_in_capitals_is_the_person_s(nlp):
    """ "Harrowgate North MPP Baljinder Pal Singh Kooner", read as one organisation: the name after the title is a
    person's, four words long, and "He said" after the quotation is that person, not whoever spoke before."""
    rows = said_by(
        nlp,
        "A city spokesperson, Dana Whitlock, said no permit had been refused. Harrowgate North MPP Baljinder Pal "
        f"Singh Kooner called the plan {L}a tax on the poor.{R} He said he had written to the minister.",
    )
    assert [speaker for speaker, _ in rows] == ["Dana Whitlock", *["Baljinder Pal Singh Kooner"] * 2]
