"""Who reads the visitors' feedback: the Éditeurs all of it, each collectivité's curators
their own collectivité's, nobody else (a shop assistant included).

The Éditeurs hold `catalogue.view_visitorfeedback` (given by `roles_sync` through
`editors_manage_snippets`, see catalogue/apps.py); a curator is a member of the group of a
`CuratorTeam`, which names the collectivité. Remarks may hold what a visitor wrote about
themselves: a collectivité never reads another's.
"""

from exhibition.models import CuratorTeam

VIEW_ALL = "catalogue.view_visitorfeedback"
ALL = "all"


def feedback_scope(user) -> str | frozenset[int] | None:
    """ALL, the ids of the (French) collectivités whose feedback `user` may read, or None."""
    if not (user.is_authenticated and user.is_active):
        return None
    if user.is_superuser or user.has_perm(VIEW_ALL):
        return ALL
    ids = frozenset(
        CuratorTeam.objects.filter(group__user=user).values_list("collectivite_id", flat=True)
    )
    return ids or None


def scope_allows(scope, collectivite_id) -> bool:
    return scope == ALL or (scope is not None and collectivite_id in scope)
