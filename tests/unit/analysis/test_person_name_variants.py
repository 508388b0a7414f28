"""A person named in both orders, family name first and then last, is one speaker filed under the name first given."""

from __future__ import annotations

from dashboard.analysis.person_name_variants import swapped_orders
from tests.quoting import said_by


def test_a_name_with_its_first_and_last_words_swapped_and_the_middle_dropped_is_one_speaker(nlp):
    said = said_by(
        nlp,
        "The owner of the Tarrow Lake bakery, Pham Thi Hoa, said the oven had failed twice this winter.",
        "Hoa Pham, as her customers call her, said she would not raise prices. “People here count every dollar,” "
        "Pham said.",
    )
    assert {name for name, _ in said} == {"Pham Thi Hoa"}, said


def test_names_of_equal_length_in_both_orders_file_under_the_first_given(nlp):
    said = said_by(
        nlp,
        "Liang Meiling, who teaches at the Birchmont community school, said the new buses were late every day.",
        "“The children wait in the cold,” said Meiling Liang, who has taught there for nine years.",
    )
    assert {name for name, _ in said} == {"Liang Meiling"}, said


def test_two_people_sharing_a_family_name_stay_two():
    assert swapped_orders(["Tran Van Duc", "Hoa Tran"]) == {}
    assert swapped_orders(["Tran Van Duc", "Duc Tran"]) == {"Duc Tran": "Tran Van Duc"}
    assert swapped_orders(["Tran Van Duc", "Duc Van Tran"]) == {"Duc Van Tran": "Tran Van Duc"}
    assert swapped_orders(["Tran Van Duc", "Duc Minh Tran"]) == {}
    assert swapped_orders(["Szabo Eszter", "Eszter Szabo"]) == {"Eszter Szabo": "Szabo Eszter"}


def test_two_names_each_opening_with_a_given_name_english_knows_are_two_people():
    assert swapped_orders(["Thomas James", "James Thomas"]) == {}
    assert swapped_orders(["Nguyen Thi Lan", "Lan Nguyen"]) == {"Lan Nguyen": "Nguyen Thi Lan"}
