/*
 * localstripe only: a wrapper around localstripe's fake Stripe.js, so that the real
 * payment page (static/js/payment.js) works unchanged in development and in tests.
 *
 * Why: localstripe's Stripe.js cannot confirm a new PaymentIntent with a card. Its
 * confirmCardPayment() ignores the card element, opens a 3-D Secure dialog and calls
 * localstripe's `_authenticate`, which only works on an intent already in
 * requires_action (see the docstring of shop/gateway.py). So stripe.confirmCardPayment()
 * here first posts the typed card number to the site (shop:local_confirm, whose URL is
 * the form's data-local-confirm-url), which confirms the intent server-side with that
 * test card, then:
 *   - an error (declined card, incomplete number, an intent cancelled by the expiry)
 *     → { error } as Stripe.js would return;
 *   - "requires_action" (3-D Secure test cards) → localstripe's own confirmCardPayment,
 *     which opens its dialog and authenticates;
 *   - "succeeded" → { paymentIntent: { id, status: "succeeded" } }.
 * It also labels the fake card inputs (they only have English placeholders).
 *
 * payment.html loads this file only when gateway.is_local() is true: never with the
 * real Stripe.js, and shop:local_confirm answers 404 there anyway.
 */
(function () {
  "use strict";

  const FakeStripe = window.Stripe;
  const form = document.querySelector("[data-local-confirm-url]");
  if (typeof FakeStripe !== "function" || !form) {
    return;
  }
  const confirmUrl = form.dataset.localConfirmUrl;
  const labels = (form.dataset.localLabels || "").split("|");
  const FIELDS = ["number", "exp_month", "exp_year", "cvc", "postal_code"];
  const AUTOCOMPLETE = ["cc-number", "cc-exp-month", "cc-exp-year", "cc-csc", "postal-code"];

  // The fake element's inputs, in a known order once mounted: give them names.
  function labelInputs(element) {
    const inputs = element._inputs || {};
    FIELDS.forEach(function (field, index) {
      const input = inputs[field];
      if (!input) {
        return;
      }
      input.classList.add("localstripe-input", "localstripe-input--" + field.replace("_", "-"));
      if (labels[index]) {
        input.setAttribute("aria-label", labels[index]);
      }
      input.setAttribute("inputmode", "numeric");
      input.setAttribute("autocomplete", AUTOCOMPLETE[index]);
    });
  }

  // localstripe's 3-D Secure dialog is a bare <div>: make it a labelled modal dialog.
  function watchForDialog() {
    const observer = new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        mutation.addedNodes.forEach(function (node) {
          if (node.nodeType === 1 && node.querySelectorAll("button").length === 2) {
            node.classList.add("localstripe-dialog");
            node.setAttribute("role", "dialog");
            node.setAttribute("aria-modal", "true");
            node.setAttribute("aria-label", "3-D Secure");
            observer.disconnect();
          }
        });
      });
    });
    observer.observe(document.body, { childList: true });
    return observer;
  }

  window.Stripe = function (key, options) {
    const stripe = FakeStripe(key, options);
    const fakeElements = stripe.elements;
    const fakeConfirm = stripe.confirmCardPayment;

    stripe.elements = function () {
      const elements = fakeElements.apply(stripe, arguments);
      const create = elements.create;
      elements.create = function () {
        const element = create.apply(elements, arguments);
        const mount = element.mount;
        element.mount = function () {
          const result = mount.apply(element, arguments);
          labelInputs(element);
          return result;
        };
        return element;
      };
      return elements;
    };

    stripe.confirmCardPayment = async function (clientSecret, data) {
      const element = data && data.payment_method && data.payment_method.card;
      const typed = element && element.value && element.value.card;
      const body = new FormData();
      body.append("number", typed ? typed.number : "");

      let response;
      let answer;
      try {
        response = await fetch(confirmUrl, {
          method: "POST",
          credentials: "same-origin",
          headers: { "X-CSRFToken": window.csrfToken(form) },
          body: body,
        });
        answer = await response.json();
      } catch (error) {
        return { error: { type: "api_connection_error", message: "" } };
      }

      if (answer.error) {
        // 400: the number is incomplete, like Stripe.js's own validation errors; 409: the
        // intent can no longer be confirmed, and the answer says why as Stripe.js does.
        const type = response.status === 400 ? "validation_error" : "card_error";
        return { error: Object.assign({ type: type }, answer.error) };
      }
      if (answer.status === "requires_action") {
        const observer = watchForDialog();
        try {
          return await fakeConfirm.call(stripe, clientSecret, data);
        } finally {
          observer.disconnect();
        }
      }
      if (answer.status === "succeeded") {
        return { paymentIntent: { id: answer.id, status: "succeeded" } };
      }
      return { error: { type: "card_error", message: "" } };
    };

    return stripe;
  };
})();
