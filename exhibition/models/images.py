from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image


class ExhibitionImage(AbstractImage):
    """Wagtail's image with a photo credit; `description` is the default alt text."""

    credit = models.CharField(_("crédit photo"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit")


class ExhibitionRendition(AbstractRendition):
    image = models.ForeignKey(ExhibitionImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
