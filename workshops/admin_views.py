"""Attendee lists in the Wagtail admin, for the staff who welcome visitors to workshops.

They show names, emails and phones: every view needs `workshops.view_booking` (the
«boutique» and «Éditeurs» groups), cancelling needs `workshops.cancel_booking`. A
cancellation goes through `workshops.services`, which gives the places to the waiting list.
"""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, Sum
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from workshops import services
from workshops.models import Booking, WorkshopPage
from workshops.selectors import attendance

VIEW_PERMISSION = "workshops.view_booking"
CANCEL_PERMISSION = "workshops.cancel_booking"

INDEX_URL_NAME = "workshops_admin_index"


class StaffOnlyMixin:
    permission_required = VIEW_PERMISSION

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission_required):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class WorkshopIndexView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "workshops/admin/index.html"
    page_title = gettext_lazy("Ateliers : inscrits")
    header_icon = "date"

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        now = timezone.now()
        holding = Q(bookings__status=Booking.Status.CONFIRMED) | Q(
            bookings__status=Booking.Status.PENDING_PAYMENT, bookings__hold_until__gte=now
        )
        # Bookings belong to the pages in the default language only.
        workshops = (
            WorkshopPage.objects.filter(locale=Locale.get_default())
            .select_related("venue")
            .annotate(
                held=Sum("bookings__places", filter=holding, default=0),
                waiting=Count("bookings", filter=Q(bookings__status=Booking.Status.WAITLISTED)),
            )
            .order_by("-starts_at", "pk")
        )
        return super().get_context_data(workshops=workshops, **kwargs)


class AttendeesView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "workshops/admin/attendees.html"
    header_icon = "group"

    @cached_property
    def workshop(self):
        # Looked up once the permission is checked (StaffOnlyMixin.dispatch).
        page = get_object_or_404(WorkshopPage.objects.select_related("venue"), pk=self.kwargs["pk"])
        return page.booking_source()

    def get_page_title(self):
        return _("Inscrits")

    def get_page_subtitle(self):
        return self.workshop.title

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse(INDEX_URL_NAME), "label": _("Ateliers : inscrits")},
            {"url": "", "label": self.workshop.title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            workshop=self.workshop,
            attendance=attendance(self.workshop),
            can_cancel=self.request.user.has_perm(CANCEL_PERMISSION),
            csv_url=reverse("workshops_admin_csv", args=[self.workshop.pk]),
            **kwargs,
        )


class BookingCancelView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation; the POST cancels and serves the waiting list."""

    permission_required = CANCEL_PERMISSION
    template_name = "workshops/admin/cancel.html"
    http_method_names = ["get", "post"]
    header_icon = "cross"

    @cached_property
    def booking(self):
        return get_object_or_404(Booking.objects.select_related("workshop"), pk=self.kwargs["pk"])

    def get_page_title(self):
        return _("Annuler une réservation")

    def get_page_subtitle(self):
        return self.booking.full_name

    def get_context_data(self, **kwargs):
        return super().get_context_data(booking=self.booking, **kwargs)

    def post(self, request, *args, **kwargs):
        booking = self.booking
        cancelled = services.booking_cancel(
            booking=booking,
            reason=_("Annulée par l’équipe (%(user)s)") % {"user": request.user.get_username()},
        )
        if cancelled:
            messages.success(
                request,
                _("Réservation de %(name)s annulée ; la liste d’attente a été servie.")
                % {"name": booking.full_name},
            )
        else:
            messages.info(request, _("Cette réservation était déjà annulée."))
        return redirect("workshops_admin_attendees", booking.workshop_id)


# Spreadsheet export

CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value) -> str:
    # A name typed as «=HYPERLINK(…)» must stay text in a spreadsheet (CSV injection).
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in CSV_FORMULA_STARTS else text


def _csv_datetime(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def attendees_csv(request, pk):
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    workshop = get_object_or_404(WorkshopPage, pk=pk).booking_source()
    lists = attendance(workshop)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"inscrits-{workshop.slug}-{timezone.localtime(workshop.starts_at):%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # the BOM: Excel then reads the accents right
    writer = csv.writer(response, delimiter=";")
    writer.writerow(
        [
            _("Statut"),
            _("Rang sur la liste d’attente"),
            _("Prénom"),
            _("Nom"),
            _("Courriel"),
            _("Téléphone"),
            _("Places"),
            _("Réservée le"),
            _("Confirmée le"),
            _("Annulée le"),
            _("Motif d’annulation"),
            _("Langue"),
        ]
    )
    rows = [
        *((b, None) for b in lists.confirmed),
        *((b, None) for b in lists.pending),
        *((b, rank) for rank, b in enumerate(lists.waiting, start=1)),
        *((b, None) for b in lists.closed),
    ]
    for booking, rank in rows:
        writer.writerow(
            [
                booking.get_status_display(),
                rank or "",
                csv_text(booking.first_name),
                csv_text(booking.last_name),
                csv_text(booking.email),
                csv_text(booking.phone),
                booking.places,
                _csv_datetime(booking.created_at),
                _csv_datetime(booking.confirmed_at),
                _csv_datetime(booking.cancelled_at),
                csv_text(booking.cancel_reason),
                booking.language,
            ]
        )
    return response
