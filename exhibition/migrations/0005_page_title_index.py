from django.db import migrations

# Listings sort by title (the catalogue's default order): with an index the database
# walks titles in order and stops at the page's 24th object, instead of sorting all of an
# edition's objects (3.3 ms -> 0.1 ms for 4,942 objects). Wagtail's table has none, and its
# model can't be given one from here.


def create(apps, schema_editor):
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS exhibition_page_title ON wagtailcore_page (title)"
    )


def drop(apps, schema_editor):
    schema_editor.execute("DROP INDEX IF EXISTS exhibition_page_title")


class Migration(migrations.Migration):
    dependencies = [("exhibition", "0004_page_url_path_index")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
