"""Which objects a user may print labels for, and which of a selection are left out.

Wagtail's page permissions decide, as for the import: the Éditeurs may change every page,
so they label every object; a collectivité's curators may change their participations
and the objects below them (exhibition/roles.py), so they label those and no other.
Labels are printed from the French pages: the label is in French and its short address
finds the visitor's language itself.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page
from wagtail.permissions import policy_registry

from catalogue.models import CraftObjectPage
from catalogue.views_scan import SKU_PATTERN
from exhibition.models import EditionPage, ExhibitorPage

from .pdf import Label
from .qr import short_url

MISSING_SKU = _("sans référence (SKU) : pas d’adresse courte à imprimer")
BAD_SKU = _("référence hors des lettres, chiffres, « . », « _ » et « - » : pas d’adresse courte")
NOT_LIVE = _("non publié : son QR code mènerait à une page introuvable")


def _french(queryset):
    return queryset.filter(locale__language_code=settings.LANGUAGE_CODE)


def _changeable(user, model):
    pages = _french(model.objects.all())
    if user.is_superuser:
        return pages
    policy = policy_registry.get_by_type(Page)
    allowed = policy.instances_user_has_any_permission_for(user, ["change", "publish"])
    return pages.filter(pk__in=allowed.values("pk"))


def labelable_objects(user) -> QuerySet:
    """The French objects `user` may print labels for."""
    return _changeable(user, CraftObjectPage)


def labelable_exhibitors(user) -> QuerySet:
    return _changeable(user, ExhibitorPage).select_related("collectivite").order_by("path")


def labelable_editions(user) -> QuerySet:
    editions = _french(EditionPage.objects.all())
    if not user.is_superuser:
        editions = editions.filter(pk__in=labelable_objects(user).values("edition_id"))
    return editions.order_by("-year", "-number")


def user_can_print_labels(user) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or labelable_exhibitors(user).exists()


def objects_under(page_ids) -> QuerySet:
    """The French objects among these pages (in any language) or below them."""
    pages = list(Page.objects.filter(pk__in=page_ids).only("path", "translation_key"))
    if not pages:
        return CraftObjectPage.objects.none()
    query = Q(translation_key__in=[page.translation_key for page in pages])
    for page in pages:
        query |= Q(path__startswith=page.path)
    return _french(CraftObjectPage.objects.filter(query))


@dataclass
class Selection:
    printed: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # (object, reason)

    def labels(self) -> list[Label]:
        return [label_of(page) for page in self.printed]


def selection_of(objects: QuerySet) -> Selection:
    """Objects in the order of the page tree (edition, participation, the admin's order),
    those that cannot have a label set aside with the reason."""
    selection = Selection()
    pages = objects.select_related("collectivite", "material").order_by("path")
    for page in pages:
        if not page.sku.strip():
            selection.skipped.append((page, MISSING_SKU))
        elif not SKU_PATTERN.fullmatch(page.sku):
            selection.skipped.append((page, BAD_SKU))
        elif not page.live:
            selection.skipped.append((page, NOT_LIVE))
        else:
            selection.printed.append(page)
    return selection


def label_of(page: CraftObjectPage) -> Label:
    return Label(
        title=page.title,
        japanese_name=page.japanese_name,
        collectivite=page.collectivite.title if page.collectivite else "",
        material=page.material.name if page.material else "",
        price=page.price,
        sku=page.sku,
        url=short_url(page.sku),
    )
