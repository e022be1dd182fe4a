from .bookings import Booking
from .pages import BookingWindow, WorkshopPage

__all__ = ["Booking", "BookingWindow", "WorkshopPage"]
