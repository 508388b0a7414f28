"""The one heard or seen speaking in the passive (texts of our own): "“…,” X can be heard saying on the recording", "X
is seen telling a resident that …", "X was caught on a hot microphone saying that …". The participle hangs on a verb
of perception whose passive subject spoke; the quotation is not left to the speaker of the paragraph before, and a
banner seen "saying" something is no speaker."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_one_heard_saying_a_quotation_on_a_recording_speaks(nlp):
    rows = said_by(
        nlp,
        "The Harbour Times said it had obtained the recording from a former staff member.",
        f"{L}Nobody reads these reports, so write whatever you like,{R} Ada Quennell-Bright can be heard saying on the "
        f"tape. {L}Just make the numbers look tidy.{R}",
    )
    assert [speaker for speaker, _ in rows] == ["Harbour Times", "Ada Quennell-Bright"]


def test_the_one_seen_or_caught_speaking_in_a_clip_speaks(nlp):
    rows = said_by(
        nlp,
        "In the video, Mayor Rollo Ostergaard-Finch is seen telling a resident that the pool will not reopen before "
        "the election.",
        "Councillor Mina Pellworth was caught on a hot microphone saying that the budget vote “was decided over lunch "
        "last week.”",
    )
    assert [speaker for speaker, _ in rows] == ["Rollo Ostergaard-Finch", "Mina Pellworth"]


def test_a_banner_seen_saying_something_is_no_speaker(nlp):
    rows = said_by(
        nlp,
        "A banner was seen hanging from the bridge on Monday saying that the pool must stay open.",
        f"{L}We will keep coming back,{R} said Tomas Dunstable-Ray, who organised the march.",
    )
    assert [speaker for speaker, _ in rows] == ["Tomas Dunstable-Ray"]
