from django.db import models
from django.utils.translation import gettext_lazy as _


class CuratorTeam(models.Model):
    """Ties a collectivité to its curators' group and to its image collection.

    A link rather than a naming rule: the group and the collection stay the same objects
    when the collectivité's short name changes (`roles_sync` renames them), so members and
    uploaded images follow. Managed by `exhibition.roles`, never edited by hand.
    """

    collectivite = models.OneToOneField(
        "exhibition.CollectivitePage",
        verbose_name=_("collectivité"),
        on_delete=models.CASCADE,
        related_name="curator_team",
    )
    group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("groupe"),
        on_delete=models.CASCADE,
        related_name="curator_team",
    )
    # SET_NULL: an empty collection deleted in the admin is recreated by the next sync.
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("collection d’images"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="curator_team",
    )

    class Meta:
        verbose_name = _("équipe de curateurs")
        verbose_name_plural = _("équipes de curateurs")

    def __str__(self):
        return self.group.name
