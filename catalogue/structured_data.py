"""schema.org Product for a craft object, with its Offer; the generic builders live in
exhibition.structured_data (the catalogue builds on the exhibition, not the reverse)."""

from core.structured_data import SCHEMA, absolute, compact

# The largest gallery rendition the object page itself links to: no new image work.
IMAGE_SPEC = "max-1600x1600"


def product(request, page, gallery):
    """`gallery`: the object's CraftObjectImage rows, already loaded by the page context."""
    material, artisan = page.material, page.artisan
    availability = "InStock" if page.is_available else "OutOfStock"
    return compact(
        {
            "@type": "Product",
            "name": page.title,
            "alternateName": page.japanese_name,
            "description": page.search_description or page.summary,
            "sku": page.sku,
            "url": page.get_full_url(request),
            # get_renditions, not get_rendition: the latter writes each prefetched
            # rendition back to the shared cache, a round trip per image on every view.
            "image": [
                absolute(request, item.image.get_renditions(IMAGE_SPEC)[IMAGE_SPEC].url)
                for item in gallery
            ],
            "category": material.name if material else None,
            "material": material.name if material else None,
            "brand": {"@type": "Brand", "name": artisan.name} if artisan else None,
            "manufacturer": (
                compact({"@type": "Organization", "name": artisan.name, "address": artisan.place})
                if artisan
                else None
            ),
            "offers": {
                "@type": "Offer",
                "price": f"{page.price:.2f}",
                "priceCurrency": page.currency,
                "availability": f"{SCHEMA}/{availability}",
                "itemCondition": f"{SCHEMA}/NewCondition",
                "url": page.get_full_url(request),
            },
        }
    )
