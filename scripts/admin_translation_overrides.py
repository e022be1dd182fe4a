"""Writes config/admin_translations/fr/LC_MESSAGES/django.po: corrections of the French
strings of Wagtail and wagtail-localize, as our curators should read them.

Wagtail's French catalogue says «région» for a locale (on this site a locale is a
language), keeps the English «workflow», «status» and «item»; a few messages read badly.
The rules below rewrite every such message of the installed packages; MANUAL holds the
ones a rule can't get right. Run it again after upgrading Wagtail, then compilemessages:

    .venv/bin/python scripts/admin_translation_overrides.py
"""

import re
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
OUTPUT_DIR = ROOT / "config" / "admin_translations" / "fr" / "LC_MESSAGES"
DOMAINS = ("django", "djangojs")  # the admin's templates and Python; its JavaScript
PACKAGES = ("wagtail", "wagtail_localize")

# Not inside a %(placeholder)s or a {placeholder}: those must stay as they are.
WORD = r"(?<![\w(_{{])({})(?![\w)_}}])"
RULES = [
    (re.compile(WORD.format("Régions")), "Langues"),
    (re.compile(WORD.format("régions")), "langues"),
    (re.compile(WORD.format("Région")), "Langue"),
    (re.compile(WORD.format("région")), "langue"),
    (re.compile(WORD.format("Workflows")), "Circuits de validation"),
    (re.compile(WORD.format("workflows")), "circuits de validation"),
    (re.compile(WORD.format("Workflow")), "Circuit de validation"),
    (re.compile(WORD.format("workflow")), "circuit de validation"),
    (re.compile(WORD.format("Status")), "Statut"),
    (re.compile(WORD.format("items")), "éléments"),
    (re.compile(WORD.format("item")), "élément"),
]
MANUAL = {
    "Switch locales": "Changer de langue",
    "Wagtail locales": "Langues",
    "This locale's language code is not supported": (
        "Le code de cette langue n’est pas pris en charge"
    ),
    "This locale's current language code is not supported. Please choose a new language "
    "or delete this locale.": (
        "Le code de cette langue n’est pas pris en charge. Choisissez une autre langue ou "
        "supprimez celle-ci."
    ),
    "Delete locale": "Supprimer la langue",
    "Add locale": "Ajouter la langue",
    "The locale could not be saved due to errors.": (
        "La langue n’a pas pu être enregistrée : corrigez les erreurs."
    ),
    "Successfully created %(locales)s for %(model_name)s '%(object)s'": (
        "Traductions créées en %(locales)s pour %(model_name)s « %(object)s »"
    ),
    "This locale cannot be deleted because there are pages and/or other objects using it.": (
        "Cette langue ne peut pas être supprimée : des pages ou d’autres contenus l’utilisent."
    ),
    "This locale cannot be deleted because there are no other locales.": (
        "Cette langue ne peut pas être supprimée : c’est la seule."
    ),
    "Are you sure you want to delete this locale?": "Voulez-vous vraiment supprimer cette langue ?",
    # The editor appends the language's name: «Publier en anglais».
    "Publish in ": "Publier en ",
}
# Strings the packages leave untranslated in French, met in the curators' flows.
MISSING = {}


def fixed(text: str) -> str:
    for pattern, replacement in RULES:
        text = pattern.sub(replacement, text)
    return text


def main() -> int:
    site = Path(polib.__file__).resolve().parent
    for domain in DOMAINS:
        catalogues = sorted(
            path
            for package in PACKAGES
            for path in (site / package).glob(f"**/locale/fr/LC_MESSAGES/{domain}.po")
        )
        if not catalogues:
            print("Wagtail's French catalogues not found next to polib: run from the virtualenv.")
            return 1
        write(catalogues, OUTPUT_DIR / f"{domain}.po")
    return 0


def write(catalogues, destination):
    output = polib.POFile(wrapwidth=100)
    output.header = (
        "Corrections of Wagtail's and wagtail-localize's French admin strings, written by\n"
        "scripts/admin_translation_overrides.py (edit the script, not this file). This\n"
        "directory comes after locale/ in LOCALE_PATHS, so it wins over the packages' own\n"
        "catalogues; makemessages never writes here."
    )
    output.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Language": "fr",
        "MIME-Version": "1.0",
        "Plural-Forms": "nplurals=3; plural=(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 "
        "== 0 ? 1 : 2;",
    }
    seen = set()
    for catalogue in catalogues:
        for entry in polib.pofile(str(catalogue)):
            key = (entry.msgctxt, entry.msgid)
            if key in seen or entry.obsolete:
                continue
            if entry.msgid_plural:
                plural = {n: fixed(text) for n, text in entry.msgstr_plural.items()}
                if plural == entry.msgstr_plural:
                    continue
                new = polib.POEntry(
                    msgctxt=entry.msgctxt, msgid=entry.msgid, msgid_plural=entry.msgid_plural
                )
                new.msgstr_plural = plural
            else:
                text = MANUAL.get(entry.msgid, fixed(entry.msgstr))
                if text == entry.msgstr or not entry.msgstr:
                    continue
                new = polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr=text)
            seen.add(key)
            output.append(new)
    for msgid, text in MISSING.items():
        if (None, msgid) not in seen:
            output.append(polib.POEntry(msgid=msgid, msgstr=text))
    destination.parent.mkdir(parents=True, exist_ok=True)
    output.save(str(destination))
    print(f"{len(output)} messages corrigés dans {destination.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
