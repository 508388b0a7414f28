"""Who "the agency chief" or "the commission head" is: the person who holds the top post of a body ("director
general", "president", "chairman", "secretary-general" of it), which news writing calls its chief, head or boss once
the body is named. Only a description whose modifiers are words of that person's body's name ("agency" of "the
International Nuclear Verification Agency") asks so, so the body decides whose it is (role_holders.py); a bare "the
chief" or "the police chief" is a chief the article named with that word."""

from __future__ import annotations

from dashboard.analysis.names import words

#: What news writing calls the holder of a body's top post.
_CHIEF_WORDS = words("chief head boss")
#: Role words of a body's top post.
_TOP_POSTS = words("""
director director-general president chairman chairwoman chair chairperson secretary-general administrator commissioner
""")
#: Role words that make the post one below the top ("deputy director", "vice president").
_BELOW = words("deputy vice assistant associate acting")


def chief_words(role_words: set[str], modifiers: set[str], affiliation: str) -> frozenset[str]:
    """ "chief", "head" and "boss" for a person whose role words hold a body's top post and no rank below it, when the
    description's `modifiers` (lowercased) are all words of the name of the person's body; none otherwise."""
    if not modifiers or not role_words & _TOP_POSTS or role_words & _BELOW:
        return frozenset()
    return _CHIEF_WORDS if modifiers <= set(affiliation.lower().split()) else frozenset()
