"""Which sentences of a report are words said at a meeting (会议指出，… / 甲强调，…), not the
report telling what happened: meetings held in them are told of, not held by the report's
own meeting, and their dates count from the meeting's day.

A sentence is such words when it opens with a verb of saying, when the one before ended
with ； on the same line (会议指出，X；省委随即召开Y), or when it follows such words on the
same line and gives a directive (会议指出，…。全省会议召开当天，我市召开续会，各地要…)."""
from __future__ import annotations

import re

from kg.extract.sentences import Sentence

# (贺振川指出，4月3日，党中央召开X: a speaker telling what was held before, not the report's news)
_SPEECH_START = re.compile(r"^(?:会议|会上|会议还)?(?:指出|强调|认为|要求|提出|明确|表示)|^(?:我们|大家)要"
                           r"|^[\u4e00-\u9fff·]{2,6}?(?:在讲话中|在会上)?(?:指出|强调|表示)[，,：:]")
_DIRECTIVE = re.compile(r"[,，][^,，。]{0,10}要")


class Speech:
    """Reads a report's sentences in order; `said(s)` tells whether s is words said."""

    def __init__(self):
        self._goes_on = None        # the line whose next sentence carries on (after ；)
        self._said_on = None        # the line of the last sentence of words said

    def said(self, s: Sentence) -> bool:
        text = s.text
        speech = bool(_SPEECH_START.match(text)) or self._goes_on == s.line \
            or self._said_on == s.line and bool(_DIRECTIVE.search(text))
        self._goes_on = s.line if speech and text.endswith(("；", ";")) else None
        self._said_on = s.line if speech else None
        return speech
