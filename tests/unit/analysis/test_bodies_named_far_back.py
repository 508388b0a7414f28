"""A body the article named several paragraphs back and then calls by a noun of its kind ("the co-op said in a
letter", "The team said"): the one body of that kind the article named before, however far back, when only one fits;
none when two do (fictional text)."""

from tests.quoting import said_by


def test_the_co_op_named_two_paragraphs_back_is_the_co_operative(nlp):
    said = said_by(
        nlp,
        "Members of Pellworth Grain Cooperative voted on Sunday to sell its elevator in Dunmore.",
        "“It was not an easy night,” said Anneke Strobel-Vance, who farms wheat east of town.",
        "The vote ends a decade of losses at the elevator, which handled a third of the county's grain.",
        "In a newsletter to members, the co-op said the sale would bring in about $3 million.",
    )
    assert ("Pellworth Grain Cooperative", "the sale would bring in about $3 million") in said


def test_the_co_op_is_no_one_when_two_co_operatives_were_named_far_back(nlp):
    said = said_by(
        nlp,
        "Members of Pellworth Grain Cooperative voted to merge with the larger Ashgrove Farmers Cooperative.",
        "“It was not an easy night,” said Anneke Strobel-Vance, who farms wheat east of town.",
        "The vote ends a decade of losses at the elevator, which handled a third of the county's grain.",
        "In a newsletter to members, the co-op said the sale would bring in about $3 million.",
    )
    assert ("Pellworth Grain Cooperative", "the sale would bring in about $3 million") not in said
    assert ("Ashgrove Farmers Cooperative", "the sale would bring in about $3 million") not in said


def test_the_team_described_two_paragraphs_back_is_that_team(nlp):
    said = said_by(
        nlp,
        "The Kettle Falls Herons, a minor league hockey team that has played downtown since 1987, will move to "
        "Ridgefield next season, the club announced Monday.",
        "Fans gathered outside the arena after the news broke, and some wore the old green jerseys.",
        "The team said in a news release that season ticket holders would get a full refund.",
    )
    assert ("Kettle Falls Herons", "season ticket holders would get a full refund") in said


def test_the_governing_body_is_the_body_described_so(nlp):
    said = said_by(
        nlp,
        "The International Rowing Council, the sport's governing body, said in a statement that it had received the "
        "report. The governing body added that the regatta in Lindau would go ahead as planned.",
    )
    assert ("International Rowing Council", "the regatta in Lindau would go ahead as planned") in said


def test_the_co_op_is_the_one_of_two_named_again_by_its_first_word(nlp):
    said = said_by(
        nlp,
        "Members of Pellworth Grain Cooperative voted to merge with the larger Ashgrove Farmers Cooperative.",
        "The vote ends a decade of losses at the elevator, which handled a third of the county's grain.",
        "“It was not an easy night,” said Anneke Strobel-Vance, who chairs Pellworth's board.",
        "In a newsletter to members, the co-op said the sale would bring in about $3 million.",
    )
    assert ("Pellworth Grain Cooperative", "the sale would bring in about $3 million") in said


def test_the_team_whose_place_name_has_a_shortened_saint_is_named_in_full(nlp):
    said = said_by(
        nlp,
        "The Lac Ste. Marie Pickerels, a minor league baseball team that has played at Dunlevy Park since 1991, will "
        "move to Orillia next season, the club announced Tuesday.",
        "Fans gathered outside the park after the news broke, and some wore the old green caps.",
        "The team said in a news release that season ticket holders would get a full refund.",
    )
    assert ("Lac Ste. Marie Pickerels", "season ticket holders would get a full refund") in said
