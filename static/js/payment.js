/*
 * Card payment (templates/shop/payment.html) with Stripe.js, no framework.
 *
 * Everything comes from the form's data attributes: the publishable key, the
 * PaymentIntent's client secret and the return URL (the server then asks Stripe itself
 * whether the order is paid: the browser is never trusted).
 *
 * - A declined card, a failed 3-D Secure check, an incomplete card or a lost connection
 *   changes nothing on the server: the error is shown beside the card, what was typed
 *   stays, and the buyer pays again on the same page, with the same PaymentIntent (Stripe
 *   puts it back to requires_payment_method). The order stays reserved until the time the
 *   page shows; only the expiry or «Annuler la commande» (a plain form) releases it.
 * - A PaymentIntent cancelled meanwhile (the reservation expired, or the order was
 *   cancelled in another tab) cannot be paid: the card form gives way to the note that
 *   says so, with the way back to the cart.
 *
 * With localstripe (development and tests), static/js/localstripe-shim.js is loaded
 * between Stripe.js and this file; nothing here knows about it.
 */
(function () {
  "use strict";

  const form = document.getElementById("payment-form");
  if (!form) {
    return;
  }
  const data = form.dataset;
  const button = document.getElementById("payment-submit");
  const errorArea = document.getElementById("payment-error");
  const buttonLabel = button.textContent.trim();

  function showError(message) {
    errorArea.textContent = message;
  }

  function clearError() {
    errorArea.textContent = "";
  }

  function setBusy(busy) {
    button.disabled = busy;
    button.textContent = busy ? data.messageBusy : buttonLabel;
  }

  if (typeof window.Stripe !== "function") {
    showError(data.messageUnavailable);
    return;
  }

  // The card form speaks the page's language (the server names it: fr, en, ja or auto).
  const locale = data.stripeLocale || "auto";
  const stripe = window.Stripe(data.publishableKey, { locale: locale });
  const card = stripe.elements({ locale: locale }).create("card", {
    hidePostalCode: false,
    style: {
      base: {
        color: "#1f1b16",
        fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        fontSize: "17px",
        "::placeholder": { color: "#6b6258" },
      },
      invalid: { color: "#b3361e", iconColor: "#b3361e" },
    },
  });
  card.mount("#card-element");
  card.on("change", function (event) {
    // Stripe's element reports what is wrong as the buyer types (localstripe: no event).
    if (event && event.error) {
      showError(event.error.message);
    } else if (event) {
      clearError();
    }
  });
  setBusy(false);

  // The buyer corrects the card or types another one: the same intent is confirmed again.
  function tryAgain(message) {
    showError(message || data.messageDeclined);
    setBusy(false);
    if (typeof card.focus === "function") {
      card.focus();
    } else {
      const input = document.querySelector("#card-element input");
      (input || button).focus();
    }
  }

  // Stripe cancelled the intent meanwhile: nothing can be paid on this page any more.
  function showClosed() {
    const closed = document.getElementById("payment-closed");
    const expired = Date.now() >= Date.parse(data.reservedUntil);
    const variant = closed.querySelector(
      expired ? '[data-closed="expired"]' : '[data-closed="cancelled"]',
    );
    ["reservation-note", "payment-form", "payment-cancel"].forEach(function (id) {
      const element = document.getElementById(id);
      if (element) {
        element.hidden = true;
      }
    });
    variant.hidden = false;
    closed.hidden = false;
    closed.focus();
  }

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    if (button.disabled) {
      return;
    }
    clearError();
    setBusy(true);

    let result;
    try {
      result = await stripe.confirmCardPayment(data.clientSecret, {
        payment_method: {
          card: card,
          billing_details: { name: data.billingName, email: data.billingEmail },
        },
      });
    } catch (error) {
      result = { error: { type: "api_connection_error", message: data.messageNetwork } };
    }

    // Stripe.js returns the intent with the error when the error is about the intent.
    const intent = result.paymentIntent || (result.error && result.error.payment_intent);
    const status = intent && intent.status;
    if (status === "succeeded" || status === "processing") {
      window.location.assign(data.returnUrl);
      return;
    }
    if (status === "canceled") {
      showClosed();
      return;
    }
    if (result.error) {
      const declined = result.error.type === "card_error";
      tryAgain(result.error.message || (declined ? data.messageDeclined : data.messageNetwork));
      return;
    }
    // For instance 3-D Secure refused: the intent is back to requires_payment_method.
    tryAgain(data.messageDeclined);
  });
})();
