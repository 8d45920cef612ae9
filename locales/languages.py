"""Which catalog answers which customer: locale names and the language → locale rule."""

from __future__ import annotations

# Catalog directory names under locales/. "hi_Latn" is romanised Hindi ("Hinglish").
LOCALES: tuple[str, ...] = (
    "en", "hi", "hi_Latn", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "or",
)
DEFAULT_LOCALE = "en"

# Each language's name in its own script, for the language menu. These are deliberately the
# same in every catalog (a Tamil reader looks for "தமிழ்", whatever language the menu is in),
# so they live here and not in the .po files.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "hi": "हिन्दी",
    "hi_Latn": "Hinglish",
    "bn": "বাংলা",
    "ta": "தமிழ்",
    "te": "తెలుగు",
    "mr": "मराठी",
    "gu": "ગુજરાતી",
    "kn": "ಕನ್ನಡ",
    "ml": "മലയാളം",
    "pa": "ਪੰਜਾਬੀ",
    "or": "ଓଡ଼ିଆ",
}

# The locale babel formats numbers, money and dates with. English replies use Indian
# conventions (lakh grouping, "5 Mar 2025"); babel's own hi_Latn data looks right
# ("Budh 5 Mar", "9:05 PM"), so it is used as is.
BABEL_LOCALES: dict[str, str] = {locale: locale for locale in LOCALES} | {"en": "en_IN"}


def reply_locale(language: str, script: str) -> str:
    """The catalog to answer in, from the language and script intents/ detected.

    Hindi written in Latin letters gets the Hinglish catalog; every other language gets its
    native-script catalog even when the customer typed it romanised ("rendu kilo arisi" is
    answered in Tamil script); anything unknown gets English.
    """
    lang = language.strip().replace("-", "_").split("_")[0].lower()
    if lang == "hi" and script.strip().title() == "Latn":
        return "hi_Latn"
    if lang in LOCALES:
        return lang
    return DEFAULT_LOCALE
