from django.conf import settings
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_titles(apps, schema_editor):
    """Objects saved before the column existed take their page's title."""
    CraftObjectPage = apps.get_model("catalogue", "CraftObjectPage")
    Page = apps.get_model("wagtailcore", "Page")
    titles = Page.objects.filter(pk=OuterRef("page_ptr_id")).values("title")[:1]
    CraftObjectPage.objects.update(sort_title=Subquery(titles))


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0013_object_shows"),
        ("exhibition", "0013_legal_page"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="craftobjectpage",
            name="sort_title",
            field=models.CharField(
                blank=True, default="", editable=False, max_length=255, verbose_name="titre (tri)"
            ),
        ),
        migrations.RunPython(copy_titles, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="craftobjectpage",
            index=models.Index(
                fields=["edition", "collectivite", "sort_title", "page_ptr"],
                name="object_place_by_title",
            ),
        ),
        migrations.AddIndex(
            model_name="craftobjectpage",
            index=models.Index(
                fields=["edition", "material", "sort_title", "page_ptr"],
                name="object_material_by_title",
            ),
        ),
    ]
