from django.db import migrations

# core/routing.py resolves a URL with `url_path IN (...)`: without an index that is a
# scan of every page (3.4 ms at 10,000 objects, on every request). Wagtail's table has none
# and its model can't be given one from here, hence raw SQL. PostgreSQL gets a hash index:
# a B-tree entry is limited to about 2.7 kB and a deep url_path could exceed it.
POSTGRES = (
    "CREATE INDEX IF NOT EXISTS exhibition_page_url_path_hash "
    "ON wagtailcore_page USING hash (url_path)"
)
OTHER = "CREATE INDEX IF NOT EXISTS exhibition_page_url_path ON wagtailcore_page (url_path)"


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    schema_editor.execute(POSTGRES if vendor == "postgresql" else OTHER)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    name = "exhibition_page_url_path_hash" if vendor == "postgresql" else "exhibition_page_url_path"
    schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("exhibition", "0003_curator_teams"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
