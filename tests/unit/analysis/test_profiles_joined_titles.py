"""Two titles joined by "and" that open a sentence, the first hyphenated ("Co-founder and Chief Executive X said"):
the parser splits the first into subjects of their own and hangs the name on it as a conjunct; the person named is
the speaker (quotes/joined_title_holders.py). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_co_founder_and_chief_executive_is_the_person_named(nlp):
    found = profiles_of(nlp, "Co-founder and Chief Executive Adaeze Nwosu said the money would go to new markets.")
    assert [speaker for speaker, _, _ in found] == ["Adaeze Nwosu"]
    assert found[0][1] == "other"


def test_a_vice_chairman_and_chief_executive_is_the_person_named(nlp):
    found = profiles_of(nlp, "Vice-chairman and Chief Executive Adaeze Nwosu said the money would go to new markets.")
    assert [speaker for speaker, _, _ in found] == ["Adaeze Nwosu"]


def test_a_title_with_an_article_and_a_name_are_not_one_person(nlp):
    found = profiles_of(nlp, "The chairman and Adaeze Nwosu said the money would go to new markets.")
    assert "Adaeze Nwosu" not in [speaker for speaker, _, _ in found]
