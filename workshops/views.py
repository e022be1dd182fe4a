from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.rate_limits import rate_limit
from workshops import services
from workshops.emails import page_in_language, venue_in_language
from workshops.forms import BookingForm
from workshops.models import Booking, WorkshopPage
from workshops.selectors import places_left


@require_POST
@rate_limit("booking")
def book(request, page_id):
    """The booking form of a workshop page, in any language; errors re-render that page."""
    page = get_object_or_404(WorkshopPage.objects.live().public(), pk=page_id)
    workshop = page.booking_source()
    form = BookingForm(request.POST, workshop=workshop, waitlist_only=places_left(workshop) <= 0)
    if form.is_valid():
        data = form.cleaned_data
        try:
            booking = services.booking_create(
                workshop=workshop,
                visitor=services.Visitor(
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    email=data["email"],
                    phone=data["phone"],
                ),
                places=data["places"],
                accept_waitlist=data["accept_waitlist"],
                language=get_language() or settings.LANGUAGE_CODE,
            )
        except services.BookingError as error:
            form.add_error(None, str(error))
        else:
            if booking.status == Booking.Status.PENDING_PAYMENT:
                return redirect(booking.get_payment_url())
            return redirect(booking.get_absolute_url())
    context = page.get_context(request, form=form)
    return TemplateResponse(request, page.get_template(request), context, status=400)


def booking_detail(request, token):
    booking = get_object_or_404(Booking.objects.select_related("workshop__venue"), token=token)
    return render(request, "workshops/booking.html", _booking_context(booking))


@require_http_methods(["GET", "POST"])
def booking_cancel(request, token):
    """GET asks for confirmation; only the POST of that form cancels."""
    booking = get_object_or_404(Booking.objects.select_related("workshop__venue"), token=token)
    if request.method == "POST":
        if services.booking_cancel(booking=booking, reason=_("Annulée par le visiteur")):
            messages.success(request, _("Votre réservation est annulée."))
        else:
            messages.info(request, _("Cette réservation était déjà annulée."))
        return redirect(booking.get_absolute_url())
    if not booking.is_active:
        return redirect(booking.get_absolute_url())
    return render(request, "workshops/booking_cancel.html", _booking_context(booking))


def _booking_context(booking):
    language = get_language() or settings.LANGUAGE_CODE
    page = page_in_language(booking.workshop, language)
    rank = None
    if booking.status == Booking.Status.WAITLISTED:
        ahead = booking.workshop.bookings.waiting_list().filter(position__lt=booking.position)
        rank = ahead.count() + 1
    return {
        "booking": booking,
        "workshop": booking.workshop,
        "workshop_page": page,
        "venue": venue_in_language(page.venue, language),
        "rank": rank,
        "awaits_payment": booking.awaits_payment(),
    }
