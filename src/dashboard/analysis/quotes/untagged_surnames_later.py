"""A person the recogniser never tagged by the full name ("Curtis Roe, 67, a retired bus mechanic, said …"), whom the
story later calls by surname alone as the subject of a clause where he does not speak ("By the afternoon, Roe was
still in line. Asked whether he would wait, he shrugged. “…,” he said."). A person tagged in full is found at every
later mention (bare_names.py); one known only by the untagged name he spoke under was found only where he spoke, so
a "he" paragraphs on went to whoever spoke last. Once he has spoken, each later subject of his surname is a mention
of him, which a "he" or "she" right after may carry on."""

from __future__ import annotations

from dashboard.analysis.names import surname
from dashboard.analysis.quotes.bare_names import given_and_surname
from dashboard.analysis.quotes.lexicon import SUBJECT_DEPS
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.topics import subject_rank


def remember_later_surnames(cast, p: int, i: int, speaker: Speaker) -> None:
    """Add to the cast's mentions each later subject of the surname of `speaker`, who spoke at token i of paragraph p
    under a full name the recogniser did not tag (no profile holds it); not one another given name opens ("Ann Roe"
    after "Curtis Roe"), nor one already a mention."""
    name = speaker.name
    if " " not in name or name in cast.profiles or speaker.kind in ("institution", "unnamed") or speaker.plural:
        return
    last, known = surname(name), {pos for pos, _, _ in cast.people}
    found = [
        ((q, token.i), name, subject_rank(token))
        for q in range(p, len(cast.docs))
        if last in cast.docs[q].text  # most paragraphs: not a word of him
        for token in cast.docs[q]
        if token.text == last and (q, token.i) > (p, i) and (q, token.i) not in known and token.dep_ in SUBJECT_DEPS
        if given_and_surname(token) in ("", name)
    ]
    if found:
        cast.people = sorted([*cast.people, *found])  # a new list: the cast indexes its mentions by the list
