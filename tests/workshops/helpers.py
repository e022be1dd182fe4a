from workshops import services
from workshops.models import Booking


def visitor(name="claire", **fields) -> services.Visitor:
    return services.Visitor(
        first_name=fields.get("first_name", name.capitalize()),
        last_name=fields.get("last_name", "Dupont"),
        email=fields.get("email", f"{name}@example.org"),
        phone=fields.get("phone", ""),
    )


def book(workshop, name="claire", places=1, *, waitlist=False, **kwargs) -> Booking:
    return services.booking_create(
        workshop=workshop,
        visitor=visitor(name),
        places=places,
        accept_waitlist=waitlist,
        **kwargs,
    )


def statuses(workshop) -> dict[str, str]:
    """Each booking's status by the visitor's first name (lower case)."""
    return {b.first_name.lower(): b.status for b in Booking.objects.filter(workshop=workshop)}
