"""Keep the curators' groups in step with the page tree, without anyone running a command;
make a page's renditions when it is published, not in its first visitor's request."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.signals import page_published

from exhibition.models import CollectivitePage, ExhibitorPage, RegionalSpeciality
from exhibition.renditions import (
    MADE_ELSEWHERE,
    make_page_renditions,
    make_speciality_renditions,
)
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


# Renditions are made after the commit, like the objects' (catalogue/models/objects.py): a
# publication rolled back leaves no work behind, and the editor's save is not held.


@receiver(page_published)
def make_page_renditions_when_published(sender, instance, **kwargs):
    """Its images in every size its page, the cards and the shares show
    (exhibition/renditions.py)."""
    if instance._meta.label not in MADE_ELSEWHERE:
        transaction.on_commit(partial(make_page_renditions, [instance.pk]))


@receiver(post_save, sender=RegionalSpeciality)
def make_speciality_renditions_when_saved(sender, instance, raw=False, **kwargs):
    # A snippet has no publication: its card's image is made when it is saved.
    if not raw and instance.image_id:
        transaction.on_commit(partial(make_speciality_renditions, [instance.pk]))
