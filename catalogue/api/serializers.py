"""How craft objects appear in the open-data API (/api/v2/objects/)."""

import logging

from rest_framework.fields import Field

from wagtail.images.models import SourceImageIOError

from core.public_url import absolute_url

logger = logging.getLogger(__name__)


class TagNamesField(Field):
    """Tag names in alphabetical order, read from the listing's prefetch.

    Wagtail's TagsField asks the database again for each object (`values_list`).
    """

    def to_representation(self, tags):
        return sorted(tag.name for tag in tags.all())


class TaxonomyField(Field):
    """A collectivité or a material as {slug, name, name_ja}, never a bare database id."""

    def to_representation(self, value):
        if value is None:
            return None
        return {
            "slug": value.slug,
            "name": getattr(value, "short_name", None) or value.name,
            "name_ja": getattr(value, "name_ja", ""),
        }

    def get_attribute(self, instance):
        return getattr(instance, self.source)


class GalleryField(Field):
    """The object's images as ready-to-use renditions with their alt text."""

    spec = "max-1200x1200|format-webp"

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        images = []
        for item in page.gallery_images.all():
            try:
                rendition = item.image.get_rendition(self.spec)
            except SourceImageIOError:
                # A lost original must not take the partners' whole listing down.
                logger.warning("Missing original for image %s", item.image_id)
                continue
            url = absolute_url(rendition.url)
            images.append(
                {
                    "url": url,
                    "width": rendition.width,
                    "height": rendition.height,
                    "alt": item.alt_text,
                    "caption": item.caption,
                }
            )
        return images
