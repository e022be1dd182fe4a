"""Where the pages of the apps built on the exhibition go in its tree.

The exhibition's pages list only their own children in `subpage_types`; the catalogue and
the workshops app place theirs (an edition's catalogue and workshops, a participation's
objects, the materials' index) by calling `allow_children` in their AppConfig.ready(),
before Wagtail first reads the rules. Their page types name their parents in
`parent_page_types` as usual.
"""

from wagtail.models import Page


def allow_children(parent: type[Page], *child_labels: str) -> None:
    """Allow pages of these types ("app_label.ModelName") under `parent`."""
    missing = [label for label in child_labels if label not in parent.subpage_types]
    parent.subpage_types = [*parent.subpage_types, *missing]
