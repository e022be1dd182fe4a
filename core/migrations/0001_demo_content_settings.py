from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="DemoContentSettings",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "show_notice",
                    models.BooleanField(
                        default=False,
                        help_text=(
                            "Coché, chaque page annonce un site de démonstration dont les "
                            "objets, artisans, prix, ateliers et photos sont illustratifs. "
                            "À décocher dès que le contenu est réel."
                        ),
                        verbose_name="contenu de démonstration",
                    ),
                ),
            ],
            options={
                "verbose_name": "contenu de démonstration",
            },
        ),
    ]
