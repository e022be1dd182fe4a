"""Everything that changes orders, stock or money goes through these modules.

- `orders`: an order made from a cart or for a workshop booking, its cancellation and
  fulfilment;
- `stock`: the pieces an order holds, taken and given back;
- `payments`: the payment's start, and `order_settle`, the one place where what Stripe
  says of a payment settles the order (webhook, return page, retry, expiry,
  reconciliation);
- `refunds`: refunds asked by the staff, and of payments that came too late;
- `expiry`: orders whose reservation lapsed unpaid;
- `webhooks`: Stripe's signed notifications, recorded once and dispatched.

Locks are always taken in the same order: the order's row, then (through
`workshops.services`) the workshop's, then its bookings'. Stock is never locked for
long: a conditional UPDATE per object, in the objects' key order.
"""
