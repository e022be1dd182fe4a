"""The admin as a browser uses it: its people (curators, Éditeurs, «boutique») and its forms.

`form_data` reads a form back from the page's HTML, as a browser would submit it unchanged.
StreamFields are drawn by JavaScript from a JSON state; `stream_data` writes the fields that
the script would post, from that same state.
"""

from io import BytesIO

from PIL import Image as PILImage

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.urls import reverse

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import querydict_from_html

from exhibition.models import ExhibitionImage
from exhibition.roles import CURATORS, EDITORS


def member(username, *groups, **fields):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "pass", **fields
    )
    user.groups.add(*(Group.objects.get(name=name) for name in groups))
    return user


def curator(short_name):
    return member(f"curateur-{short_name.lower()}", CURATORS.format(name=short_name))


def editor():
    return member("editrice", EDITORS, first_name="Élise", last_name="Moreau")


def fr(model, slug):
    return model.objects.get(slug=slug, locale__language_code="fr")


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def form_data(client, url, page_model=None, page=None):
    """The page form at `url` as the browser would post it back unchanged."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    # A checked box without a value attribute is sent as "on" by browsers, not as "".
    for box in WagtailTestUtils.get_soup(html).select("input[type=checkbox][checked]"):
        if "value" not in box.attrs and box.get("name") in data:
            data.setlist(box["name"], ["on"])
    for field in (page_model or type(page))._meta.get_fields():
        if isinstance(field, StreamField) and f"{field.name}-count" not in data:
            value = getattr(page, field.name) if page else field.stream_block.to_python([])
            data.update(stream_data(field.stream_block, value, field.name))
    return data


def edit_form(client, page):
    page = page.specific.get_latest_revision_as_object()
    return form_data(client, edit_url(page), page=page)


def stream_data(block, value, prefix):
    return _flatten(block, block.get_form_state(value), prefix)


def _flatten(block, state, prefix):
    if isinstance(block, blocks.StreamBlock | blocks.ListBlock):
        data = {f"{prefix}-count": str(len(state))}
        for index, item in enumerate(state):
            child = block.child_blocks[item["type"]] if "type" in item else block.child_block
            data.update(
                {
                    f"{prefix}-{index}-deleted": "",
                    f"{prefix}-{index}-order": str(index),
                    f"{prefix}-{index}-id": item.get("id") or "",
                    **({f"{prefix}-{index}-type": item["type"]} if "type" in item else {}),
                    **_flatten(child, item["value"], f"{prefix}-{index}-value"),
                }
            )
        return data
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child in block.child_blocks.items():
            data.update(_flatten(child, (state or {}).get(name), f"{prefix}-{name}"))
        return data
    if isinstance(state, dict):  # a chooser: its hidden input holds the id
        return {prefix: str(state["id"])}
    if isinstance(state, bool):
        return {prefix: "on"} if state else {}
    return {prefix: "" if state is None else str(state)}


def refused(response) -> bool:
    """Wagtail answers a forbidden admin view with 403, or sends the user back to the
    dashboard with «permission denied» (a redirect that never lands on the page's views)."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response.url.rstrip("/") == reverse(
        "wagtailadmin_home"
    ).rstrip("/")


def image_in(collection, title):
    buffer = BytesIO()
    PILImage.new("RGB", (32, 24), "#8a2be2").save(buffer, "PNG")
    return ExhibitionImage.objects.create(
        title=title, collection=collection, file=ImageFile(buffer, name="essai.png")
    )
