"""What a visitor thinks of an object: the exhibitors' «test marketing».

One row per form sent from an object page, in the visitor's language, from the hall (after
scanning the object's QR label) or from the web. No account and no address is kept: the
optional email is there only so that the exhibitor or the organisers may answer this
remark, and is erased with the remark after `FEEDBACK_RETENTION_DAYS` (feedback_purge).

Feedback outlives its object page. Deleting a page is rare (objects are unpublished, not
deleted) but possible for an Éditeur, and the exhibitor still wants to know what visitors
thought of it: CASCADE would lose that silently and PROTECT would make the page's deletion
fail. So the links are SET_NULL and the row keeps the object's reference and French title,
as an order line keeps the title it was sold under.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

REMARK_MAX_LENGTH = 1000


class Liking(models.IntegerChoices):
    """A five-point scale: averages read 1 (not at all) to 5 (very much)."""

    NOT_AT_ALL = 1, _("Pas du tout")
    LITTLE = 2, _("Peu")
    FAIRLY = 3, _("Moyennement")
    MUCH = 4, _("Beaucoup")
    VERY_MUCH = 5, _("Énormément")


class Size(models.TextChoices):
    TOO_SMALL = "small", _("Trop petit")
    RIGHT = "right", _("Juste bien")
    TOO_LARGE = "large", _("Trop grand")


class Price(models.TextChoices):
    CHEAP = "cheap", _("Bon marché")
    FAIR = "fair", _("Juste")
    TOO_EXPENSIVE = "expensive", _("Trop cher")


class WouldBuy(models.TextChoices):
    YES = "yes", _("Oui")
    MAYBE = "maybe", _("Peut-être")
    NO = "no", _("Non")


class Source(models.TextChoices):
    HALL = "hall", _("Salle d’exposition (QR code)")
    WEB = "web", _("Site web")


# The answers a visitor may give; at least one of them (database constraint).
ANSWER_FIELDS = ("colour", "shape", "size", "price", "would_buy", "remark")


class VisitorFeedbackQuerySet(models.QuerySet):
    def visible_to(self, scope):
        """`scope` from catalogue.feedback.permissions: "all", or collectivité ids."""
        if scope == "all":
            return self
        return self.filter(collectivite_id__in=scope or ())


class VisitorFeedback(models.Model):
    craft_object = models.ForeignKey(
        "catalogue.CraftObjectPage",
        verbose_name=_("objet"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="visitor_feedback",
        help_text=_("La page française de l’objet, en toute langue."),
    )
    # Copied from the object when the feedback is sent: the admin filters on them in one
    # indexed query, and they stay right if the page is deleted.
    sku = models.CharField(_("référence (SKU)"), max_length=40)
    object_title = models.CharField(_("objet (titre)"), max_length=255)
    edition = models.ForeignKey(
        "exhibition.EditionPage",
        verbose_name=_("édition"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    collectivite = models.ForeignKey(
        "exhibition.CollectivitePage",
        verbose_name=_("collectivité"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    exhibitor = models.ForeignKey(
        "exhibition.ExhibitorPage",
        verbose_name=_("participation"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("langue"), max_length=8, choices=settings.LANGUAGES)
    source = models.CharField(_("provenance"), max_length=8, choices=Source.choices)
    created_at = models.DateTimeField(_("reçu le"), default=timezone.now, db_index=True)

    colour = models.PositiveSmallIntegerField(
        _("couleur"), null=True, blank=True, choices=Liking.choices
    )
    shape = models.PositiveSmallIntegerField(
        _("forme"), null=True, blank=True, choices=Liking.choices
    )
    size = models.CharField(_("taille"), max_length=8, blank=True, choices=Size.choices)
    price = models.CharField(_("prix"), max_length=12, blank=True, choices=Price.choices)
    would_buy = models.CharField(
        _("l’achèterait"), max_length=8, blank=True, choices=WouldBuy.choices
    )
    remark = models.TextField(_("remarque"), max_length=REMARK_MAX_LENGTH, blank=True)
    email = models.EmailField(_("adresse électronique"), blank=True)
    # Set by feedback_purge: the remark and the email are erased, the answers stay counted
    # (alone they say nothing of anyone); a row with nothing else is deleted.
    purged_at = models.DateTimeField(_("anonymisé le"), null=True, blank=True)

    objects = VisitorFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("avis de visiteur")
        verbose_name_plural = _("avis des visiteurs")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["collectivite", "edition"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(colour__isnull=True) | Q(colour__gte=1, colour__lte=5),
                name="feedback_colour_on_scale",
            ),
            models.CheckConstraint(
                condition=Q(shape__isnull=True) | Q(shape__gte=1, shape__lte=5),
                name="feedback_shape_on_scale",
            ),
            models.CheckConstraint(
                condition=Q(colour__isnull=False)
                | Q(shape__isnull=False)
                | ~Q(size="")
                | ~Q(price="")
                | ~Q(would_buy="")
                | ~Q(remark=""),
                name="feedback_has_an_answer",
            ),
        ]

    def __str__(self):
        return f"{self.sku} – {self.created_at:%Y-%m-%d %H:%M}"
