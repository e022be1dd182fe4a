"""Copy every msgid into its msgstr in locale/fr/LC_MESSAGES/django.po.

French is the source language: its catalogue only has to mirror the source strings, which
`makemessages` adds with an empty msgstr. scripts/test.sh runs this right after
`makemessages`, so a new string only fails the completeness test in English and Japanese.
"""

from pathlib import Path

import polib

PO = Path(__file__).resolve().parent.parent / "locale" / "fr" / "LC_MESSAGES" / "django.po"


def main() -> None:
    catalogue = polib.pofile(str(PO), wrapwidth=79)
    changed = 0
    for entry in catalogue:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            wanted = {0: entry.msgid, 1: entry.msgid_plural}
            if entry.msgstr_plural != wanted:
                entry.msgstr_plural = wanted
                changed += 1
        elif entry.msgstr != entry.msgid:
            entry.msgstr = entry.msgid
            changed += 1
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            changed += 1
    if changed:
        catalogue.save(str(PO))
    print(f"{PO.relative_to(PO.parents[3])}: {changed} entrée(s) française(s) complétée(s).")


if __name__ == "__main__":
    main()
