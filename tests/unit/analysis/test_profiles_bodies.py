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
