"""What an actor's measure made of the author's life: "<X>'s bus franchising has made my
commute so much better", "<X>'s ULEZ has made the air on my street cleaner": support; "<X>'s
parking scheme has made the high street impossible": an attack.

The judge reads a sentence opening with a party's or a politician's measure as a complaint
whichever way it went; the change the measure made gives the side, whoever it is.
"""

from __future__ import annotations

import re

__all__ = ["effect_side"]

#: Right after the actor: its measure ("'s bus franchising"), then what it made of something.
_MADE = re.compile(
    r"^['’]s?\s+(?:[\w-]+\s+){1,3}?(?:has|have|had)\s+(?:(?:really|genuinely|honestly|"
    r"actually|already|definitely)\s+)*made\s+(?:(?:my|our|the|a|this|everyone['’]s)\s+)?"
    r"(?:[\w-]+\s+){1,4}?(?:(?:so|much|a\s+lot|far|way|loads|noticeably|massively|properly|"
    r"genuinely)\s+)*(?:(?P<better>better|easier|cheaper|safer|cleaner|quicker|faster|"
    r"healthier|fairer|quieter|greener|affordable)|worse|harder|dearer|pricier|slower|"
    r"unaffordable|impossible|unbearable|a\s+nightmare|more\s+expensive|less\s+safe)\b",
    re.IGNORECASE,
)


def effect_side(after: str) -> str | None:
    """The side the change an actor's measure made, told in ``after`` (the words after the
    actor, in its sentence), gives the actor (see the module), or None."""
    made = _MADE.match(after)
    if made is None:
        return None
    return "support" if made.group("better") else "attack"
