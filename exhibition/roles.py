"""Who may edit what: a curators' group per collectivité, the «Éditeurs», the review workflow.

Each collectivité's staff prepare their own pages (the collectivité, its tourism pages, its
participations in every edition and the objects below them) and their own images; the
organisers («Éditeurs») review and publish everything. Curators have add and change but
never publish, so whatever they write reaches visitors only through the «Relecture
éditoriale» workflow.

`roles_sync()` makes the database say what this module says and reports what it changed;
running it twice changes nothing the second time. The page and collection permissions of a
curators' group are managed here exactly (one granted by hand somewhere else is withdrawn:
that is what keeps one collectivité out of another's pages); the Éditeurs only ever gain
what they lack.

The catalogue's snippets are added by the catalogue (`editors_manage_snippets`): it builds
on this app.
"""

from collections.abc import Callable, Iterable

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from exhibition.models import CollectivitePage, CuratorTeam, ExhibitorPage

EDITORS = "Éditeurs"
CURATORS = "Curateurs – {name}"
COLLECTIVITES_COLLECTION = "Collectivités"
SHARED_COLLECTION = "Images communes"
WORKFLOW = "Relecture éditoriale"
REVIEW_TASK = "Validation par les éditeurs"

ACCESS_ADMIN = "wagtailadmin.access_admin"
CURATOR_PAGE_PERMISSIONS = ("add_page", "change_page")
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
CURATOR_IMAGE_PERMISSIONS = ("add_image", "change_image", "choose_image")
# Shared images (the exhibition's logos, the MCJP, the designer's photos) may be used by
# every collectivité but changed by none of them; another collectivité's images may not
# even be chosen, since their credits and rights are that collectivité's business.
SHARED_IMAGE_PERMISSIONS = ("choose_image",)
EDITOR_IMAGE_PERMISSIONS = ("add_image", "change_image", "delete_image", "choose_image")
# Snippets the Éditeurs manage: the exhibition's own here; the apps built on it add theirs
# with `editors_manage_snippets` in their AppConfig.ready() (the catalogue: materials,
# crafts, artisans).
EDITOR_SNIPPETS = ["exhibition.theme", "exhibition.venue", "exhibition.regionalspeciality"]
# wagtail-localize: copy a page into English or Japanese and keep it in sync. Global, so
# the Éditeurs' alone; curators translate their own pages through `user_can_translate`.
TRANSLATE = "wagtail_localize.submit_translation"
EDITOR_BASE_PERMISSIONS = (ACCESS_ADMIN, TRANSLATE)


def editors_manage_snippets(*labels: str) -> None:
    """Give the Éditeurs add, change, delete and view on these snippets ("app.model")."""
    EDITOR_SNIPPETS.extend(label for label in labels if label not in EDITOR_SNIPPETS)


def editor_permissions() -> tuple[str, ...]:
    return (
        *EDITOR_BASE_PERMISSIONS,
        *(
            f"{label.split('.')[0]}.{action}_{label.split('.')[1]}"
            for label in EDITOR_SNIPPETS
            for action in ("add", "change", "delete", "view")
        ),
    )


def user_can_translate(user, page: Page) -> bool:
    """Who may start the translation of a page: whoever may edit it.

    A collectivité's curators may edit their own pages only (the page permissions below),
    so they translate those and no other; the Éditeurs, everything. What they translate
    is reviewed like any change (exhibition/translation_review/).
    """
    if page.is_root():
        return False
    return user.has_perm(TRANSLATE) or page.permissions_for_user(user).can_edit()


Report = Callable[[str], object]


def roles_sync(*, report: Report | None = None) -> list[str]:
    """Create or update the Éditeurs, the workflow and every collectivité's curators."""
    with transaction.atomic():
        changes = _sync_editors()
        editors = Group.objects.get(name=EDITORS)
        changes += _sync_workflow(editors=editors)
        for collectivite in CollectivitePage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).order_by("path"):
            changes += roles_sync_collectivite(collectivite=collectivite)
    for line in changes:
        if report:
            report(line)
    return changes


def roles_sync_collectivite(*, collectivite: CollectivitePage) -> list[str]:
    """Give a collectivité (in any language) its curators' group, collection and rights."""
    source = (
        CollectivitePage.objects.filter(
            translation_key=collectivite.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .select_related("curator_team__group", "curator_team__collection")
        .first()
    )
    if source is None:  # a page written directly in English or Japanese: no team of its own
        return []
    changes = []
    team = getattr(source, "curator_team", None)
    name = _group_name(source)
    if team is None:
        group, created = Group.objects.get_or_create(name=name)
        team = CuratorTeam.objects.create(collectivite=source, group=group)
        if created:
            changes.append(_("Groupe « %(name)s » créé.") % {"name": name})
    elif team.group.name != name:
        changes.append(
            _("Groupe « %(old)s » renommé en « %(new)s ».") % {"old": team.group.name, "new": name}
        )
        team.group.name = name
        team.group.save(update_fields=["name"])
    group = team.group
    changes += _sync_team_collection(team, source.short_name)

    added, removed = _sync_page_permissions(
        group, _curator_page_ids(source), CURATOR_PAGE_PERMISSIONS, exact=True
    )
    shared = _collection(SHARED_COLLECTION, changes)
    grants = {
        team.collection_id: _permissions(f"wagtailimages.{c}" for c in CURATOR_IMAGE_PERMISSIONS),
        shared.pk: _permissions(f"wagtailimages.{c}" for c in SHARED_IMAGE_PERMISSIONS),
    }
    collection_added, collection_removed = _sync_collection_permissions(group, grants, exact=True)
    added += collection_added + _grant(group, [ACCESS_ADMIN])
    removed += collection_removed
    changes += _counts(name, added, removed)
    return changes


# Éditeurs and the workflow


def _sync_editors() -> list[str]:
    group, created = Group.objects.get_or_create(name=EDITORS)
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    added, _removed = _sync_page_permissions(
        group, [root_page.pk], EDITOR_PAGE_PERMISSIONS, exact=False
    )
    image_permissions = _permissions(f"wagtailimages.{c}" for c in EDITOR_IMAGE_PERMISSIONS)
    more, _removed = _sync_collection_permissions(
        group, {root_collection.pk: image_permissions}, exact=False
    )
    added += more + _grant(group, editor_permissions())
    changes = [_("Groupe « %(name)s » créé.") % {"name": EDITORS}] if created else []
    return changes + _counts(EDITORS, added, 0)


def _sync_workflow(*, editors: Group) -> list[str]:
    """One review task for the whole tree, every language included.

    Attached to the tree's root rather than to each home page, so that a language added
    later is reviewed too; it takes the place of Wagtail's default «Moderators approval».
    """
    changes = []
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
        changes.append(_("Tâche « %(name)s » créée.") % {"name": REVIEW_TASK})
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    if not task.groups.filter(pk=editors.pk).exists():
        task.groups.add(editors)
        changes.append(_("Tâche « %(name)s » confiée aux Éditeurs.") % {"name": REVIEW_TASK})

    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW)
        changes.append(_("Workflow « %(name)s » créé.") % {"name": WORKFLOW})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    root = Page.get_first_root_node()
    link = WorkflowPage.objects.filter(page=root).first()
    if link is None or link.workflow_id != workflow.pk:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
        changes.append(_("Workflow « %(name)s » appliqué à toutes les pages.") % {"name": WORKFLOW})
    return changes


# Curators


def _group_name(source: CollectivitePage) -> str:
    name = CURATORS.format(name=source.short_name)
    taken = CuratorTeam.objects.filter(group__name=name).exclude(collectivite=source).exists()
    # Two collectivités with one short name (a city and its département): keep them apart.
    return f"{name} ({source.slug})" if taken else name


def _curator_page_ids(source: CollectivitePage) -> list[int]:
    """The collectivité and every participation of it, in every language.

    Page permissions cover the subtree, hence tourism pages and objects too. Translations
    are included: a collectivité's own staff are the best placed to check the Japanese text.
    """
    participations = ExhibitorPage.objects.filter(
        collectivite__translation_key=source.translation_key
    ).values("translation_key")
    return list(
        Page.objects.filter(
            Q(translation_key=source.translation_key) | Q(translation_key__in=participations)
        ).values_list("pk", flat=True)
    )


def _sync_team_collection(team: CuratorTeam, short_name: str) -> list[str]:
    """Its own collection, under «Collectivités», named after the collectivité."""
    changes = []
    collection = team.collection
    if collection is None:
        parent = _collection(COLLECTIVITES_COLLECTION, changes)
        collection = parent.get_children().filter(name=short_name).first()
        if collection is None:
            collection = parent.add_child(name=short_name)
            changes.append(_("Collection « %(name)s » créée.") % {"name": short_name})
        team.collection = collection
        team.save(update_fields=["collection"])
    elif collection.name != short_name:
        changes.append(
            _("Collection « %(old)s » renommée en « %(new)s ».")
            % {"old": collection.name, "new": short_name}
        )
        collection.name = short_name
        collection.save(update_fields=["name"])
    return changes


# Helpers


def _collection(name: str, changes: list[str]) -> Collection:
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    if collection is None:
        collection = root.add_child(name=name)
        changes.append(_("Collection « %(name)s » créée.") % {"name": name})
    return collection


def _permissions(labels: Iterable[str]) -> list[Permission]:
    """Permissions by "app_label.codename"; one that does not exist is a configuration error."""
    wanted = {tuple(label.split(".", 1)) for label in labels}
    query = Q()
    for app_label, codename in wanted:
        query |= Q(content_type__app_label=app_label, codename=codename)
    found = list(Permission.objects.filter(query).select_related("content_type"))
    missing = wanted - {(p.content_type.app_label, p.codename) for p in found}
    if missing:
        names = ", ".join(sorted(".".join(m) for m in missing))
        raise ImproperlyConfigured(f"Permissions introuvables (migrations appliquées ?) : {names}")
    return found


def _grant(group: Group, labels: Iterable[str]) -> int:
    permissions = _permissions(labels)
    held = set(group.permissions.values_list("pk", flat=True))
    missing = [p for p in permissions if p.pk not in held]
    group.permissions.add(*missing)
    return len(missing)


def _sync_page_permissions(group, page_ids, codenames, *, exact) -> tuple[int, int]:
    permissions = _permissions(f"wagtailcore.{codename}" for codename in codenames)
    wanted = {(page_id, p.pk) for page_id in page_ids for p in permissions}
    return _sync_grants(GroupPagePermission, "page_id", group, wanted, exact=exact)


def _sync_collection_permissions(group, grants, *, exact) -> tuple[int, int]:
    wanted = {
        (collection_id, p.pk) for collection_id, permissions in grants.items() for p in permissions
    }
    return _sync_grants(GroupCollectionPermission, "collection_id", group, wanted, exact=exact)


def _sync_grants(model, target, group, wanted, *, exact) -> tuple[int, int]:
    """Give `group` the (target id, permission id) pairs it lacks; with `exact`, withdraw
    the others. Returns (added, removed)."""
    existing = {
        (target_id, permission_id): pk
        for pk, target_id, permission_id in model.objects.filter(group=group).values_list(
            "pk", target, "permission_id"
        )
    }
    missing = wanted - existing.keys()
    model.objects.bulk_create(
        model(group=group, **{target: target_id}, permission_id=permission_id)
        for target_id, permission_id in sorted(missing)
    )
    removed = 0
    if exact:
        extra = [pk for key, pk in existing.items() if key not in wanted]
        removed = model.objects.filter(pk__in=extra).delete()[0]
    return len(missing), removed


def _counts(name: str, added: int, removed: int) -> list[str]:
    changes = []
    if added:
        message = ngettext(
            "« %(name)s » : %(count)d droit ajouté.",
            "« %(name)s » : %(count)d droits ajoutés.",
            added,
        )
        changes.append(message % {"name": name, "count": added})
    if removed:
        message = ngettext(
            "« %(name)s » : %(count)d droit retiré.",
            "« %(name)s » : %(count)d droits retirés.",
            removed,
        )
        changes.append(message % {"name": name, "count": removed})
    return changes
