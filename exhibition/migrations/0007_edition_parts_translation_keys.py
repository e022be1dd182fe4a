"""Existing edition parts become translatable children of their page: wagtail-localize's
segments `parts.<translation_key>.<field>`."""

from django.db import migrations

from exhibition.translation.child_keys import fill_child_translation_keys


def fill(apps, schema_editor):
    fill_child_translation_keys(apps, "exhibition", "EditionPart")


class Migration(migrations.Migration):
    dependencies = [("exhibition", "0006_edition_parts_translation_key_nullable")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
