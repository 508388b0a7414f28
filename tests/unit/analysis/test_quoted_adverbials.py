"""A reported clause finished by a quoted adverbial clause (`quoted_adverbials`): the whole clause is what was said,
not the quotation alone; fictional speakers."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_quoted_clause_opened_by_before_finishes_the_reported_one(nlp):
    """The parser hung "“before the next city runs out of money”" on "said" as a clause of its own, and the quote was
    the quotation alone, without what the legislature should do."""
    text = (
        "Judge Evelyn Marsh-Tanaka said the legislature should fix the pension law “before the next city runs out of "
        "money.”"
    )
    [(speaker, quote)] = said_by(nlp, text)
    assert speaker == "Evelyn Marsh-Tanaka"
    assert quote.startswith("the legislature should fix the pension law")


def test_a_quotation_that_opens_its_own_sentence_stays_a_direct_quote(nlp):
    text = "The mayor of Dunmore Falls, Ada Quill, said: “Because the town needs it, the mill will stay open.”"
    assert [q for _, q in said_by(nlp, text)] == ["“Because the town needs it, the mill will stay open.”"]
