"""Who may use the import: Wagtail's page permissions, nothing of our own.

The import screen is for anyone who may add or change objects somewhere, that is under at
least one participation page (`ExhibitorPage`); each row is then checked against the page
it would write (see `services`).
"""

from wagtail.models import Page
from wagtail.permissions import policy_registry

from exhibition.models import ExhibitorPage


def _exhibitors_with(user, actions):
    policy = policy_registry.get_by_type(Page)
    return policy.instances_user_has_any_permission_for(user, actions).type(ExhibitorPage)


def user_can_import(user) -> bool:
    if not user.is_active:
        return False
    return user.is_superuser or _exhibitors_with(user, ["add", "change"]).exists()


def user_can_publish(user) -> bool:
    """Whether to offer «publier directement»; each page is checked again on import."""
    if not user.is_active:
        return False
    return user.is_superuser or _exhibitors_with(user, ["publish"]).exists()
