"""Speaker profiles of bodies named by what they are: a union whose name the recogniser stops before "union", an agency
of an international organisation ("the UN refugee agency"); union officers titled before their names; a news agency
that quotes someone, who speaks and not the agency. Fictional bodies and people throughout; each case is (paragraphs,
(speaker, kind, affiliation) of the one quote)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("The Unite Workers union said the strike at the depot would go ahead on Monday.",),
            ("Unite Workers union", "institution", ""),
        ),
        (
            ('"We are overwhelmed at the border," said a spokeswoman for the UN refugee agency.',),
            ("", "unnamed", "UN refugee agency"),
        ),
        (
            ('"Funding has run dry," said Ana Lupo, a spokeswoman for the UN food agency.',),
            ("Ana Lupo", "official", "UN food agency"),
        ),
    ],
)
def test_a_body_named_by_what_it_is_keeps_its_whole_name(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The Harrow Transport Workers Union called the strike. "
                '"We will not back down," said national officer Rob Keane.',
            ),
            ("Rob Keane", "other", "Harrow Transport Workers Union"),
        ),
        (
            (
                "The Norrland Nurses Union rejected the pay offer on Friday. "
                "Members would vote on strikes, general secretary Ina Holm said.",
            ),
            ("Ina Holm", "other", "Norrland Nurses Union"),
        ),
    ],
)
def test_a_union_officer_titled_before_the_name_serves_the_union_that_acted(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("The state news agency quoted Ivo Marsh as saying the talks on the border had failed.",),
            ("Ivo Marsh", "other", ""),
        ),
        (
            ("The Norrland News Agency quoted Defence Minister Ivo Marsh as saying the border was calm again.",),
            ("Ivo Marsh", "official", ""),
        ),
        (  # a newspaper that cites someone is no speaker either, whatever "cited" says of its own
            ("The Varnia Herald cited Defence Minister Ivo Marsh as saying the troops would stay.",),
            ("Ivo Marsh", "official", ""),
        ),
        (
            ("The daily Nordposten cited central bank governor Ilka Moen as saying rates would rise.",),
            ("Ilka Moen", "official", "central bank"),
        ),
    ],
)
def test_a_news_agency_quoting_someone_relays_them_and_does_not_speak(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a body the article only described with another noun is not "the authority"
            (
                "The dockers' union says pay has lagged prices for years. The harbour authority said it had offered "
                "a raise, and a spokesman for the authority said the offer still stood.",
            ),
            [
                ("dockers' union", "institution", ""),
                ("harbour authority", "institution", ""),
                ("", "unnamed", "harbour authority"),
            ],
        ),
        (  # an authority is a public body, never the company named last
            (
                "Kestrel Freight, a shipping company, warned of delays. The port authority said the backlog would "
                "clear by Friday.",
            ),
            [("port authority", "institution", "")],
        ),
        (  # "the union" is no company that acted; "the company" no union the article only described
            (
                "Brightwell Mills reported a loss. The union said jobs were at risk. The company said both mills "
                "would stay open.",
            ),
            [("union", "institution", ""), ("Brightwell Mills", "institution", "")],
        ),
        (  # a name set beside a company noun is the company's, though tagged a person
            (
                "Nineteen tankers waited off the coast on Monday, according to Osprey Tracking, a maritime data "
                "firm. The firm said the queue was the longest since 2019.",
            ),
            [("Osprey Tracking", "institution", ""), ("Osprey Tracking", "institution", "")],
        ),
    ],
)
def test_the_body_a_described_noun_means_is_of_that_noun(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected
