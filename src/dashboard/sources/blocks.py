"""Text -> blocks between blank lines, the unit that titles, headings and paragraphs are made of."""

from __future__ import annotations

import re
from typing import NamedTuple

# Hard-wrapped text keeps lines under this width; longer lines are whole paragraphs written one per line.
WRAP_WIDTH = 120


class Block(NamedTuple):
    """A block of text between blank lines; `heading` is True when the markup says so (markdown '#')."""

    text: str
    heading: bool = False


def plain_blocks(text: str) -> list[Block]:
    """Blocks between blank lines; a block of long unwrapped lines is one paragraph per line."""
    blocks: list[Block] = []
    for raw in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in raw.strip().split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) > 1 and max(map(len, lines)) > WRAP_WIDTH:
            blocks.extend(Block(line) for line in lines)
        else:
            blocks.append(Block("\n".join(lines)))
    return blocks
