/*
 * Card payment (templates/shop/payment.html) with Stripe.js, no framework.
 *
 * Everything comes from the form's data attributes: the publishable key, the
 * PaymentIntent's client secret, the return URL (the server then asks Stripe itself
 * whether the order is paid: the browser is never trusted) and the failure URL.
 *
 * - A declined card (or any error of the payment itself) cancels the order server-side
 *   (POST to the failure URL) and gives its pieces back: the buyer starts again from the
 *   cart, which still holds them.
 * - An incomplete card or a lost connection changes nothing: the buyer corrects and
 *   pays again on the same page.
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
  const retry = document.getElementById("payment-retry");
  const buttonLabel = button.textContent.trim();

  // Errors after which the same PaymentIntent can simply be confirmed again.
  const RETRYABLE = new Set(["validation_error", "api_connection_error", "rate_limit_error"]);

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

  // Give the pieces back at once; the server cancels only if Stripe confirms the failure.
  async function reportFailure() {
    try {
      await fetch(data.failureUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": window.csrfToken(form) },
      });
    } catch (error) {
      // Offline: the reservation lapses by itself at the time shown on the page.
    }
  }

  async function giveUp(message) {
    showError(message || data.messageDeclined);
    await reportFailure();
    button.hidden = true;
    if (typeof card.update === "function") {
      card.update({ disabled: true });
    }
    retry.hidden = false;
    const link = retry.querySelector("a");
    if (link) {
      link.focus();
    }
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

    if (result.error) {
      if (RETRYABLE.has(result.error.type)) {
        showError(result.error.message || data.messageNetwork);
        setBusy(false);
        button.focus();
        return;
      }
      await giveUp(result.error.message);
      return;
    }

    const status = result.paymentIntent && result.paymentIntent.status;
    if (status === "succeeded" || status === "processing") {
      window.location.assign(data.returnUrl);
      return;
    }
    // For instance 3-D Secure refused: the intent is back to requires_payment_method.
    await giveUp(data.messageDeclined);
  });
})();
