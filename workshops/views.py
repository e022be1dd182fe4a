from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods, require_POST

from core.rate_limits import rate_limit
from workshops import payments, services
from workshops.emails import page_in_language, venue_in_language
from workshops.forms import BookingForm, PlacesForm
from workshops.models import Booking, WorkshopPage
from workshops.selectors import places_left

# A booking's pages carry the visitor's name and a cancel link: no shared cache keeps them.
private_no_store = cache_control(private=True, no_store=True)

# Past the largest key of any table here (a PostgreSQL `bigint`), an id finds nothing;
# SQLite would raise OverflowError (a server error) instead of saying so.
MAX_ID = 2**63 - 1


@require_POST
@rate_limit("booking")
def book(request, page_id):
    """The booking form of a workshop page, in any language; errors re-render that page.

    Places at a paid workshop go into the cart, to be paid with the objects in one order;
    a free workshop books at once, and a full one takes the form as a waiting-list request.
    """
    if page_id > MAX_ID:
        raise Http404
    page = get_object_or_404(WorkshopPage.objects.live().public(), pk=page_id)
    workshop = page.booking_source()
    full = places_left(workshop) <= 0
    if not (workshop.is_free or full) and payments.takes_places_in_cart():
        return _add_to_cart(request, page, workshop)
    form = BookingForm(request.POST, workshop=workshop, waitlist_only=full)
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


def _add_to_cart(request, page, workshop):
    form = PlacesForm(request.POST, workshop=workshop)
    if form.is_valid():
        try:
            return redirect(
                payments.add_places_to_cart(
                    request, workshop=workshop, places=form.cleaned_data["places"], title=page.title
                )
            )
        except services.BookingError as error:
            form.add_error("places", str(error))
    context = page.get_context(request, form=form)
    return TemplateResponse(request, page.get_template(request), context, status=400)


@private_no_store
def booking_detail(request, token):
    booking = get_object_or_404(Booking.objects.select_related("workshop__venue"), token=token)
    return render(request, "workshops/booking.html", _booking_context(booking))


@private_no_store
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
