"""A day or time of delivery is no quantity and no item.

"order kar do. 13 tareekh subah delivery chahiye", "checkout pannunga, 18th kaalaila delivery venum",
"22 tariku podduna 7 ki delivery kavali", "૯ તારીખે સવારે પહોંચાડજો", "2 kg sugar, deliver on 14th",
"kal subah 7 baje tak 2 doodh": a date (a number with a date word, an ordinal "14th" after "on" or
before a time of day or a delivery word), a time (a time of day with its hour, "7 baje", "by 7",
"৭টায়") is cut out of a customer's message before its intent and items are read.
The words are in data/delivery_dates.csv by kind: date, ordinal_end, daypart, hour, weekday,
lead, particle, deliver, after ("saayangalam 6 appuram": an hour after a time of day).
The hour it is, said as a remark, is no amount either (fixer BS): "raatri 11 vajle", "raat na 11
vagya", "rati 11 ta", "ఉదయం 5 అయింది" — an hour said as "it struck" (kind hour), the "of" between a
time of day and its hour (daypart_of), and a word that is an hour only after a time of day
(daypart_hour; a counting word, daypart_count, only before a clause end: "2 ta maggi" still
counts), and a "now" before the hour said ("ippudu 11 ayindi"). An owner's "back at 6 am", "11 ku moodaren" is read
by `without_owner_hours`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.cleaning import fold_for_matching
from intents.keywords import find_concepts
from intents.tables import words_by_kind
from intents.tokens import prepare

_NUM: Final = r"\d{1,2}"
_CLOCK: Final = r"\d{1,2}(?:[:.][0-5]\d)?"
# A word ends at a space, a punctuation mark or the end of the text.
_END: Final = r"(?=$|[\s,.;:!?()\-])"
_START: Final = r"(?:^|(?<=[\s,.;:!?()\-]))"
# Units and pack words after a number make it an amount, never an hour ("by 2 kg").
_AMOUNT_AFTER: Final = (
    r"(?!\s*(?:kg|kilo|g|gm|gram|l|ltr|litre|liter|ml|pc|pcs|packet|pkt|dozen|bottle)\b)"
)


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """data/delivery_dates.csv by kind, longest first."""
    by_kind = words_by_kind("delivery_dates.csv")
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in by_kind.items()}


def _alternation(kind: str, *, glued: bool) -> str:
    """A regex group of the KIND words; a native-script word (or any word when GLUED) keeps its
    case ending ("તારીખે", "సాయంత్రం"), a Latin one is whole."""
    parts = []
    for word in _words().get(kind, ()):
        if glued or not word.isascii():
            parts.append(re.escape(word) + r"[^\s,.;:!?()\-]*")
        else:
            parts.append(re.escape(word) + _END)
    return "(?:" + "|".join(parts) + ")"


@cache
def _pattern() -> re.Pattern[str]:
    """One regex for every date, time and weekday span."""
    date = _alternation("date", glued=False)
    ordinal_end = _alternation("ordinal_end", glued=False)
    daypart = _alternation("daypart", glued=False)
    hour = _alternation("hour", glued=False)  # "7 am" whole, never the "am" of "2 amul"
    weekday = _alternation("weekday", glued=False)
    lead = _alternation("lead", glued=False)
    particle = (
        "(?:" + "|".join(re.escape(word) for word in _words().get("particle", ())) + ")" + _END
    )
    deliver = _alternation("deliver", glued=True)
    after = _alternation("after", glued=False)  # "saayangalam 6 appuram": after six in the evening
    daypart_hour = _alternation("daypart_hour", glued=False)  # "rati 11 ta", "ರಾತ್ರಿ 11 ಆಯ್ತು"
    daypart_of = _alternation("daypart_of", glued=False)  # "raat na 11", "raat de 11"
    now = _alternation("now", glued=False)  # "ippudu 11 ayindi", "ata 11 vajle"
    # "rati 11 ta,", "sakalu 5 ta re", "raat 11 ta baje geche": a counting word as the hour only
    # before a clause end or another hour word, never "sakalu 2 ta bread"
    count = _alternation("daypart_count", glued=False)
    counted = rf"\s+{count}(?=\s*(?:[,.;!?]|$)|\s+(?:{hour}|{daypart_hour}|{particle}))"
    said = (
        rf"\s+{_CLOCK}(?:\s*{hour}|\s+{daypart_hour}|{counted})"  # the hour said, its word with it
    )
    tail = rf"(?:\s+{particle})?"
    # "subah 7 baje", "podduna 7 ki", "kaalaila 8 ku", "raavile 7 delivery": a time of day with its hour
    at_hour = rf"(?:\s+{daypart_of})?\s+{_CLOCK}(?:\s*{hour}|\s+{daypart_hour}|{counted}|\s+{particle}|(?=\s*(?:[,.;!?]|$))|(?=\s+{deliver})|(?=\s+{after})){tail}(?:\s+{after})?"
    timed = rf"{daypart}(?:{at_hour})?"
    clock = rf"{_CLOCK}\s*{hour}{tail}"
    when = rf"(?:\s+(?:{timed}|{clock}))*"
    spans = [
        # "13 tareekh", "25 ne tareeku", "९ तारीखे", "18th date ko", then its time of day
        rf"{_NUM}(?:\s*{ordinal_end})?\s*{date}{tail}{when}",
        # "on 14th", "by 14th"; "18th kaalaila", "14th ko delivery"
        rf"{lead}\s+{_NUM}(?:st|nd|rd|th){_END}{tail}{when}",
        rf"{_NUM}(?:st|nd|rd|th){tail}(?=\s+(?:{daypart}|{deliver}|{weekday}))",
        # "by 7", "before 7.30 pm"
        rf"(?:by|before|till|until)\s+{_CLOCK}{_AMOUNT_AFTER}(?:\s*(?:am|pm){_END})?{_END}",
        # a time of day alone only with its hour: "subah 2 doodh" keeps its amount
        rf"{daypart}{at_hour}",
        rf"{clock}",
        # "ippudu 11 ayindi", "ebe raati 11 ta": a "now" with the hour said (never "ebe 2 ta maggi")
        rf"{now}(?:\s+{daypart})?{said}(?:\s+(?:{hour}|{daypart_hour}))?{tail}",
    ]
    return re.compile(
        _START + "(?:" + "|".join(f"(?:{span})" for span in spans) + ")", re.IGNORECASE
    )


def without_delivery_dates(cleaned: str) -> str:
    """CLEANED with each day or time of delivery blanked: no number of a date is a quantity."""
    if not any(char.isdigit() for char in cleaned):
        return cleaned
    blanked = _pattern().sub(" ", cleaned)
    if blanked == cleaned:
        return cleaned
    return re.sub(r"[ \t]+([,.;!?])", r"\1", re.sub(r"[ \t]{2,}", " ", blanked)).strip()


# The shop's open and close words (concepts.csv) that make an owner's hour the shop's hours.
_SHOP_TIMES: Final = ("open", "close")


@cache
def _owner_pattern() -> re.Pattern[str]:
    """An owner's hour: "back at 6 am", "7 baje" of "kal subah 7 baje", "11 ku" before a verb."""
    hour = _alternation("hour", glued=False)
    back = _alternation("back", glued=False)
    particle = (
        "(?:" + "|".join(re.escape(word) for word in _words().get("particle", ())) + ")" + _END
    )
    lead = rf"(?:{back}\s+)?(?:(?:at|by|from)\s+)?"  # the time of day stays: it says when (concept "hours")
    spans = [
        rf"{lead}{_CLOCK}\s*{hour}(?:\s+{particle})?",  # "back at 6 am", "subah 7 baje se"
        rf"{lead}{_CLOCK}\s+{particle}(?P<verb>(?=\s+\S))",  # "11 ku moodaren", "9 ki teruvanu"
        rf"{back}\s+(?:at|by)\s+{_CLOCK}{_END}",  # "back at 6"
    ]
    return re.compile(
        _START + "(?:" + "|".join(f"(?:{span})" for span in spans) + ")", re.IGNORECASE
    )


def _opens_or_closes(text: str) -> bool:
    """TEXT says the shop opens or closes."""
    return any(
        concept in find_concepts(prepare(fold_for_matching(text))) for concept in _SHOP_TIMES
    )


def _owner_hour(match: re.Match[str], cleaned: str) -> str:
    """A blank for MATCH; an hour with only a particle ("11 ku") only right before the open or
    close verb ("11 ku moodaren"), never "maggi 20 ku set karo"."""
    if match.group("verb") is None:
        return " "
    following = cleaned[match.end() :].split()
    return " " if following and _opens_or_closes(following[0]) else match.group()


def without_owner_hours(cleaned: str) -> str:
    """An owner's CLEANED with the hour the shop opens or closes blanked ("closing now, back at
    6 am", "11 ku moodaren"): only when an open or close word is said, so "lizol 120 ku" keeps
    its price; CLEANED itself when nothing else would be left."""
    if not any(char.isdigit() for char in cleaned):
        return cleaned
    if not _opens_or_closes(cleaned):
        return cleaned
    blanked = _owner_pattern().sub(lambda match: _owner_hour(match, cleaned), cleaned)
    if blanked == cleaned or not re.search(r"\w", blanked):
        return cleaned
    return re.sub(r"[ \t]+([,.;!?])", r"\1", re.sub(r"[ \t]{2,}", " ", blanked)).strip()
