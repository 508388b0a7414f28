"""Why a source asked not to be named ("because he fears losing his job") is the writer's account, not a statement of
the source's: no quote, while what the source then says still is. Fictional text."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_fear_behind_a_request_not_to_be_named_is_no_quote(nlp):
    rows = said_by(
        nlp,
        "Pablo Ferrante, the mill's foreman, retired last spring.",
        "A loader who has worked the late shift for nine winters, and who asked not to be named because he fears "
        "losing his spot on the crew, said the guard rails had been loose since March.",
    )
    assert rows == [("", "the guard rails had been loose since March")]
