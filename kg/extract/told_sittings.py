"""A bare kind of meeting (座谈会) that is one sitting of the meeting the report tells, not a
meeting of its own: a 现场会's people look round a site, then sit down together."""
from __future__ import annotations

import re

from kg.extract.meeting_labels import Local

# the people of the meeting told, as its sentence's subject
_ATTENDEES_LEAD = re.compile("^(?:与会|参会)(?:人员|同志|领导|代表)")
_ON_SITE = re.compile("现场|观摩")


def sitting_of_told(current: list[Local], kind: str, name: str, rest_core: str, text: str, start: int
                    ) -> Local | None:
    """与会人员实地察看了X，随后召开座谈会 / (a 现场推进会 told) 在随后召开的座谈会上: a bare kind
    (`name`, its core `rest_core`, at `start` in `text`) held next by the current meeting's own
    people, or next on its site, is a sitting of it, which takes the name (座谈会上 names it again)."""
    if kind not in ("held", "scene") or not current or len(rest_core) > 3:
        return None
    told = current[0]
    on_site = bool(_ON_SITE.search(told.core)) and "随后" in text[:start]
    if not (_ATTENDEES_LEAD.match(text) and kind == "held" or on_site):
        return None
    if name not in told.names:
        told.names.append(name)
        told.derived.add(name)
    return told
