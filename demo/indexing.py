"""Bulk creation without re-indexing at every save.

Publishing a page saves it several times (creation, revision, publication); Wagtail
updates the search and reference indexes after each save. For a few hundred demo pages
that is most of the seed's time, so the seed indexes each created object once, at the end.
"""

from contextlib import contextmanager

from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler

from django.db.models.signals import post_save

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from catalogue.search import documents as search_documents


@contextmanager
def indexed_once():
    created = []

    def remember(sender, instance, **kwargs):
        # wagtail-localize's strings and segments are neither searched nor referenced.
        if instance._meta.app_label != "wagtail_localize":
            created.append(instance)

    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="demo-seed-indexing")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="demo-seed-indexing")
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    seen = set()
    for instance in created:
        key = (instance._meta.label, instance.pk)
        if key in seen or instance.pk is None:
            continue
        seen.add(key)
        if type(instance) in models:
            index.insert_or_update_object(instance)
        if ReferenceIndex.model_is_indexable(type(instance)):
            ReferenceIndex.create_or_update_for_object(instance)
    search_documents.rebuild()  # the site search's own documents (catalogue/search/)
