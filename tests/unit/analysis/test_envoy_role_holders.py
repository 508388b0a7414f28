"""A named envoy called later by another word of the same post: "the Permanent Representative of Chile, X," is
"the Chilean envoy" and "the EU's High Representative, X," is "the EU's top diplomat", as an ambassador, a delegate
or a representative of a state or a body is its envoy and its diplomat (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_permanent_representative_is_the_envoy_later(nlp):
    rows = said_by(
        nlp,
        "The Permanent Representative of Chile, Dariusz Kellenberg, told the Council that the vote was rushed. "
        "The Chilean envoy said the harbour dispute needed more time.",
    )
    assert [speaker for speaker, _ in rows] == ["Dariusz Kellenberg", "Dariusz Kellenberg"]


def test_a_high_representative_is_the_top_diplomat_later(nlp):
    rows = said_by(
        nlp,
        "the EU’s High Representative, Katrin Olsen, told reporters that talks would "
        "resume. After the meeting, the EU’s top diplomat said that ministers had agreed on new fishing quotas.",
    )
    assert [speaker for speaker, _ in rows] == ["Katrin Olsen", "Katrin Olsen"]


def test_a_trade_representative_is_not_the_diplomat_who_spoke_unnamed(nlp):
    rows = said_by(
        nlp,
        "The bloc's trade chief wrote to his counterpart, Trade Representative Colm Ardagh, about the quotas.",
        "One diplomat said the ministers would not let the matter drop. “It will come back,” the diplomat said.",
    )
    assert "Colm Ardagh" not in [speaker for speaker, _ in rows]
