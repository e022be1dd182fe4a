"""Existing gallery images (alt texts, captions) become translatable children of their
page: wagtail-localize's segments `gallery_images.<translation_key>.<field>`."""

from django.db import migrations

from exhibition.translation.child_keys import fill_child_translation_keys


def fill(apps, schema_editor):
    fill_child_translation_keys(apps, "catalogue", "CraftObjectImage")


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0007_gallery_images_translation_key_nullable")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
