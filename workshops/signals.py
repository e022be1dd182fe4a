"""Places added by an editor go at once to the people waiting for them.

On `page_published`, sent however the page is published (editor, workflow approval,
scheduled publishing), not only from the admin's edit view.
"""

from wagtail.signals import page_published


def serve_waiting_list(sender, instance, **kwargs):
    from workshops import services

    services.waiting_list_serve(workshop=instance)


def connect():
    from workshops.models import WorkshopPage

    page_published.connect(
        serve_waiting_list, sender=WorkshopPage, dispatch_uid="workshops_serve_waiting_list"
    )
