from django.dispatch import receiver

from wagtail.signals import post_page_move

from catalogue.models import CraftObjectPage


@receiver(post_page_move)
def resync_moved_objects(sender, instance, **kwargs):
    """An object moved to another participation takes its edition and collectivité along."""
    moved = instance.specific
    pages = CraftObjectPage.objects.descendant_of(moved, inclusive=True)
    for page in pages:
        page.sync_tree_fields()
        CraftObjectPage.objects.filter(pk=page.pk).update(
            edition_id=page.edition_id, collectivite_id=page.collectivite_id
        )
