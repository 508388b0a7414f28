"""Descriptions, couples and groups in long-form news (fictional texts): a kin named last, whom "her husband" means."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_her_husband_after_a_wife_named_by_first_name_alone_is_the_man_his_meant(nlp):
    """ "His wife, Robin, keeps the books. … “…,” her husband added": "her" is Robin, named last as his wife though
    the article tells no gender of her name, not the woman named before her; her husband is the man "his" meant."""
    rows = said_by(
        nlp,
        f"Mayor Ingrid Halvorsen said she had called the premier. {L}We are on schedule,{R} the mayor said.",
        f"Tomas Reinholt has run the hardware store for 30 years. {L}I have never seen a spring like this,{R} "
        f"Reinholt said. His wife, Robin, keeps the books. {L}We will manage,{R} she said.",
        f"{L}For a while,{R} her husband added.",
    )
    assert ("Tomas Reinholt", f"{L}For a while,{R}") in rows


def test_a_description_after_a_quotation_is_the_subject_of_the_sentence_before(nlp):
    """ "Back at the shop, Greaves has found a spare pump. “…,” the carpenter said": the person the sentence before
    is about, though he did not speak in this paragraph, not the one who spoke before him."""
    rows = said_by(
        nlp,
        "Martin Greaves left his shop in Pine Flat on Tuesday when the water rose. The carpenter had ten minutes. "
        f"{L}I took the tools and nothing else,{R} Greaves says.",
        "The fire service says the river rose two metres overnight.",
        f"Councillor Ingrid Halvorsen said the bridge would reopen in May. {L}We are on schedule,{R} Halvorsen said. "
        f"Back at the shop, Greaves has found a spare pump and a dry corner. {L}You take what you can get,{R} the "
        "carpenter said.",
    )
    assert ("Martin Greaves", f"{L}You take what you can get,{R}") in rows


def test_a_retired_office_holder_after_a_quotation_is_the_person_the_sentence_before_is_about(nlp):
    """ "the retired secretary said" names a person who once held a post, not an office the news leaves unnamed."""
    rows = said_by(
        nlp,
        "Marjorie Lindell left her house in Pine Flat on Tuesday when a firefighter knocked on her door. The retired "
        f"school secretary had ten minutes. {L}I took the cat and nothing else,{R} Lindell says.",
        "The fire service says the blaze grew to 3,000 hectares overnight.",
        f"Forests Minister Paul Ostrander said more crews were coming. {L}We will hold the line,{R} Ostrander said. "
        f"At the arena, Lindell has found a cot near the door. {L}Everyone has been kind,{R} the retired secretary "
        "said.",
    )
    assert ("Marjorie Lindell", f"{L}Everyone has been kind,{R}") in rows


def test_an_office_narrowed_by_its_field_is_the_holder_the_next_sentence_names_under_that_title(nlp):
    """ "Manitoba's health minister says …. Speaking in Winnipeg, Health Minister Corinne Baptiste said …": the
    minister is Baptiste, named in the next sentence under the same title."""
    rows = said_by(
        nlp,
        "Manitoba\u2019s health minister says the province will hire 400 nurses by next spring, the largest hiring "
        "drive in a decade. Speaking to reporters in Winnipeg on Tuesday, Health Minister Corinne Baptiste said the "
        "money was already in the budget.",
    )
    assert (
        "Corinne Baptiste",
        "the province will hire 400 nurses by next spring, the largest hiring drive in a decade",
    ) in rows


def test_a_description_after_a_quotation_is_who_spoke_just_before_not_one_of_an_earlier_paragraph(nlp):
    """ "Mattson insists he isn't worried. "…," the candidate says": Mattson, not the other candidate the paragraph
    before named with that title."""
    rows = said_by(
        nlp,
        "Conservative Frank Mattson, a former car dealer, is on the ballot too.",
        "Four people are running in the byelection. Green candidate Nadia Kowal said a new rail line would do more "
        "for rents than any tax credit.",
        'Mattson insists he isn\'t worried. "I\'ve met every voter twice," the candidate says. "They know my face."',
    )
    assert ("Frank Mattson", '"I\'ve met every voter twice," "They know my face."') in rows


def test_the_group_is_the_organisation_described_as_a_group_after_another_spoke(nlp):
    """ "Hallé now volunteers with Grain Watch Saskatchewan, a farmers’ group …. The group says": the organisation
    described as a group, not the agency that spoke the paragraph before."""
    rows = said_by(
        nlp,
        "The Canadian Food Inspection Agency said in a statement that it tests imported grain for mould every month.",
        f"Marguerite Hallé lost two harvests to the blight. {L}Nobody listened,{R} she said. Hallé now volunteers "
        "with Grain Watch Saskatchewan, a farmers\u2019 group that lobbies for better testing. The group says "
        "inspectors in the province still miss early cases because they sample too few fields.",
    )
    assert (
        "Grain Watch Saskatchewan",
        "inspectors in the province still miss early cases because they sample too few fields",
    ) in rows


def test_it_after_a_spokesperson_for_a_city_is_the_city_not_the_union_that_spoke_before(nlp):
    """ "A spokesperson for the City of Maple Ridge said …. It said …": the city the spokesperson spoke for."""
    rows = said_by(
        nlp,
        "The Maple Ridge Library Workers Union, which represents the branch\u2019s staff, says the flood exposed years "
        "of neglect. A spokesperson for the City of Maple Ridge said in an email that the city had no record of any "
        "complaint. It said an outside engineer is reviewing the failure.",
    )
    assert ("City of Maple Ridge", "an outside engineer is reviewing the failure") in rows


def test_her_husband_is_the_first_name_joined_to_her_full_name_though_tagged_a_place(nlp):
    """ "Teodor and Ilona Varga’s farm": Teodor, which the recogniser tags a place, is her husband all the same."""
    rows = said_by(
        nlp,
        "The canola on Teodor and Ilona Varga\u2019s farm north of Lethbridge should be knee-high by now. Instead, it "
        f"barely reaches Ilona Varga\u2019s shin. {L}I have never seen a field give up this early,{R} says Ilona "
        f"Varga, who farms 2,000 acres with her husband. {L}It just stopped.{R} Her husband added that the farm has "
        f"had 30 millimetres of rain since April. {L}My uncle talked about 1961,{R} Teodor Varga said.",
    )
    assert ("Teodor Varga", "the farm has had 30 millimetres of rain since April") in rows
