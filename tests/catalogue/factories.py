from decimal import Decimal

from catalogue.models import CraftObjectImage, CraftObjectPage, Material
from exhibition.models import ExhibitionImage, ExhibitorPage


def add_objects(
    count, *, exhibitor_slug="kanazawa", material_slug="porcelaine-ceramique", stock=3, prefix="T"
):
    """Publish `count` extra craft objects under a seeded participation, reusing one image."""
    # The seeded demo has English and Japanese translations: add to the French tree.
    exhibitor = ExhibitorPage.objects.get(slug=exhibitor_slug, locale__language_code="fr")
    material = Material.objects.get(slug=material_slug, locale__language_code="fr")
    image = ExhibitionImage.objects.first()
    pages = []
    for number in range(count):
        page = CraftObjectPage(
            title=f"Objet d’essai {prefix}{number}",
            slug=f"objet-essai-{prefix.lower()}{number}",
            summary="Un objet ajouté par les tests.",
            material=material,
            price=Decimal("10.00") + number,
            stock=stock,
            sku=f"TEST-{prefix}{number:04d}",
        )
        page.gallery_images.add(CraftObjectImage(image=image, alt_text="Objet d’essai"))
        page.tags.add("essai")
        exhibitor.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
    return pages
