"""Keep the curators' groups in step with the page tree, without anyone running a command."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.signals import page_published

from exhibition.models import CollectivitePage, ExhibitorPage
from exhibition.roles import roles_sync_collectivite


@receiver(post_save, sender=CollectivitePage)
@receiver(post_save, sender=ExhibitorPage)
def give_new_pages_to_their_curators(sender, instance, created, raw=False, **kwargs):
    """A new collectivité gets its group; a new participation or translation, its rights."""
    if raw or not created:
        return
    collectivite = instance if isinstance(instance, CollectivitePage) else instance.collectivite
    roles_sync_collectivite(collectivite=collectivite)


@receiver(page_published, sender=CollectivitePage)
def rename_curators_with_their_collectivite(sender, instance, **kwargs):
    # The short name that names the group and the collection changes only on publication.
    roles_sync_collectivite(collectivite=instance)
