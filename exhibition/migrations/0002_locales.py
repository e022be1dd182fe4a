from django.db import migrations

# The site's three languages (settings.LANGUAGES): the French tree and its translations.
LANGUAGE_CODES = ["fr", "en", "ja"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("exhibition", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        # Backwards is a no-op: pages and snippets may already use these locales.
        migrations.RunPython(create_locales, migrations.RunPython.noop),
    ]
