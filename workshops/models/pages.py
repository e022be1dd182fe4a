import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from core import structured_data as ld
from core.page_mixins import HeroMixin
from exhibition import structured_data as exhibition_ld
from exhibition.blocks import BodyBlock


class BookingWindow(models.TextChoices):
    NOT_YET = "not_yet", _("Pas encore ouvertes")
    OPEN = "open", _("Ouvertes")
    CLOSED = "closed", _("Closes")


class WorkshopPage(HeroMixin, Page):
    """A workshop of an edition, booked place by place on the site.

    Bookings always belong to the page in the default language (French): its English
    and Japanese translations show the same places, price and dates, read from it, so a
    workshop has one capacity whatever the language of its visitors.
    """

    class Language(models.TextChoices):
        FR = "fr", _("en français")
        JA = "ja", _("en japonais")
        EN = "en", _("en anglais")
        FR_JA = "fr-ja", _("en français et en japonais")

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("contenu"))
    starts_at = models.DateTimeField(_("début"))
    ends_at = models.DateTimeField(_("fin"))
    venue = models.ForeignKey(
        "exhibition.Venue",
        verbose_name=_("lieu"),
        on_delete=models.PROTECT,
        related_name="workshops",
    )
    capacity = models.PositiveSmallIntegerField(
        _("nombre de places"), validators=[MinValueValidator(1)]
    )
    max_places_per_booking = models.PositiveSmallIntegerField(
        _("places par réservation, au plus"),
        default=4,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
    )
    price = models.DecimalField(
        _("prix par place TTC (€)"),
        max_digits=7,
        decimal_places=2,
        default=Decimal("0.00"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("0 pour un atelier gratuit ; sinon la place se paie en ligne."),
    )
    booking_opens_at = models.DateTimeField(
        _("ouverture des réservations"),
        null=True,
        blank=True,
        help_text=_("Vide : dès la publication de la page."),
    )
    booking_closes_at = models.DateTimeField(
        _("clôture des réservations"),
        null=True,
        blank=True,
        help_text=_("Vide : jusqu’au début de l’atelier."),
    )
    language = models.CharField(
        _("langue de l’atelier"), max_length=10, choices=Language.choices, default=Language.FR
    )

    content_panels = [
        *Page.content_panels,
        *HeroMixin.hero_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("venue"),
                FieldPanel("language"),
            ],
            heading=_("Date et lieu"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("max_places_per_booking")]),
                FieldPanel("price"),
                FieldRowPanel([FieldPanel("booking_opens_at"), FieldPanel("booking_closes_at")]),
            ],
            heading=_("Réservations"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("lead")]

    parent_page_types = ["exhibition.EditionPage"]
    subpage_types = []
    # Places left change with every booking: never served from the anonymous page cache.
    cache_anonymous = False

    class Meta:
        verbose_name = _("atelier")
        verbose_name_plural = _("ateliers")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(price__gte=0), name="workshop_price_not_negative"
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__gte=1), name="workshop_capacity_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(max_places_per_booking__gte=1),
                name="workshop_max_places_positive",
            ),
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="workshop_ends_after_start",
            ),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("La fin doit suivre le début.")
        closes = self.booking_closes_at or self.starts_at
        if self.booking_opens_at and closes and self.booking_opens_at >= closes:
            errors["booking_opens_at"] = _(
                "Les réservations doivent ouvrir avant leur clôture et avant l’atelier."
            )
        if self.capacity and (self.max_places_per_booking or 0) > self.capacity:
            # A cap above the capacity means «the whole workshop»: the form's default (4)
            # must not stop a workshop of 2 or 3 places from being published.
            self.max_places_per_booking = self.capacity
        if errors:
            raise ValidationError(errors)

    # -- bookings ----------------------------------------------------------------------

    def booking_source(self) -> "WorkshopPage":
        """The page that holds the bookings: this one, or its version in the default language."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        source = (
            WorkshopPage.objects.filter(translation_key=self.translation_key, locale=default)
            .select_related("venue")
            .first()
        )
        return source or self

    @property
    def is_free(self) -> bool:
        return self.price <= 0

    @property
    def booking_closes(self) -> datetime.datetime:
        return self.booking_closes_at or self.starts_at

    def booking_window(self, now=None) -> str:
        now = now or timezone.now()
        if self.booking_opens_at and now < self.booking_opens_at:
            return BookingWindow.NOT_YET
        if now >= self.booking_closes:
            return BookingWindow.CLOSED
        return BookingWindow.OPEN

    @property
    def places_per_booking(self) -> int:
        return max(1, min(self.max_places_per_booking, self.capacity))

    # -- presentation ------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        from workshops.forms import BookingForm
        from workshops.selectors import places_left

        form = kwargs.pop("form", None)
        context = super().get_context(request, *args, **kwargs)
        workshop = self.booking_source()
        left = places_left(workshop)
        context.update(
            workshop=workshop,
            window=workshop.booking_window(),
            places_left=left,
            is_full=left <= 0,
            edition=self.get_parent().specific,
        )
        context["form"] = form or BookingForm(workshop=workshop, waitlist_only=left <= 0)
        return context

    def structured_data(self, request, context=None):
        workshop = (context or {}).get("workshop") or self.booking_source()
        url = self.get_full_url(request)
        left = (context or {}).get("places_left")
        valid_from = workshop.booking_opens_at or workshop.first_published_at
        sold_out = left is not None and left <= 0
        event = ld.compact(
            {
                "@type": "Event",
                "name": self.title,
                "description": self.lead,
                "startDate": workshop.starts_at.isoformat(),
                "endDate": workshop.ends_at.isoformat(),
                "eventStatus": f"{ld.SCHEMA}/EventScheduled",
                "eventAttendanceMode": f"{ld.SCHEMA}/OfflineEventAttendanceMode",
                "location": exhibition_ld.venue_place(self.venue),
                "maximumAttendeeCapacity": workshop.capacity,
                "isAccessibleForFree": workshop.is_free,
                "offers": ld.compact(
                    {
                        "@type": "Offer",
                        "price": f"{workshop.price:.2f}",
                        "priceCurrency": "EUR",
                        "url": url,
                        "validFrom": valid_from.isoformat() if valid_from else None,
                        "availability": f"{ld.SCHEMA}/{'SoldOut' if sold_out else 'InStock'}",
                    }
                ),
                "organizer": exhibition_ld.ORGANIZERS,
                "url": url,
            }
        )
        return [ld.breadcrumb(request, self), event]
