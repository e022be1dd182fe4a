from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished, post_page_move

from catalogue.models import CraftObjectPage, GlossaryTerm


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


# -- search documents (catalogue/search/documents.py) ---------------------------------


def _rebuild_search_documents(translation_key):
    """After the commit, once per object however many of its pages changed in it: the
    first callback takes every pending key, the others find nothing left (keys left by a
    rolled-back transaction are rebuilt at the next commit, which is harmless)."""
    from catalogue.search import documents

    connection = transaction.get_connection()
    if not hasattr(connection, "search_documents_pending"):
        connection.search_documents_pending = set()
    connection.search_documents_pending.add(translation_key)

    def flush():
        keys = set(connection.search_documents_pending)
        connection.search_documents_pending.clear()
        if keys:
            documents.update_translations(keys)

    transaction.on_commit(flush)


@receiver(page_published)
@receiver(page_unpublished)
def update_search_documents(sender, instance, **kwargs):
    if isinstance(instance, CraftObjectPage):
        _rebuild_search_documents(instance.translation_key)


@receiver(post_delete, sender=CraftObjectPage)
def update_search_documents_after_delete(sender, instance, **kwargs):
    _rebuild_search_documents(instance.translation_key)


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
def forget_glossary_expansions(sender, **kwargs):
    from catalogue.search.glossary import forget_expansions

    forget_expansions()
