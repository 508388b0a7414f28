"""A speaker's name set off before a role owned by someone else whose name is hyphenated ("said Ann Roe-Obi,
Vale-Amadi’s campaign manager"). The tagger may read the curly "’s" after a hyphenated name as a noun, and the parser
then makes the role the subject of the cue, with the speaker's name a modifier of it and the owner an apposition of
the name, so the quote went to an unnamed campaign manager. The name before the comma spoke; the role is what the
sentence calls that person."""

from __future__ import annotations

from spacy.tokens import Token


def name_before_owned_role(subject: Token) -> Token | None:
    """The person's name hung on a role subject as a modifier, set off by a comma from the owner's name and "’s" that
    follow it (see the module), or None."""
    if subject.pos_ != "NOUN":
        return None
    for name in subject.lefts:
        if name.dep_ != "nmod" or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
            continue
        after = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
        owner = next((c for c in name.rights if c.dep_ == "appos"), None)
        if (
            after is not None
            and after.text == ","
            and owner is not None
            and any(c.dep_ == "case" for c in owner.children)
        ):
            return name
    return None
