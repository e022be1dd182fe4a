/*
 * Checkout form (templates/shop/checkout.html), progressive enhancement only: without
 * this file every fieldset stays visible and the server validates everything.
 * - the error summary takes the focus when the page loads (GOV.UK pattern);
 * - the delivery address is hidden while pick-up at the shop is chosen (never when it
 *   holds an error), and the order summary follows the delivery option chosen, from
 *   the amounts the server wrote on each radio button (data-option-fee…).
 */
(function () {
  "use strict";

  var form = document.querySelector("[data-checkout-form]");
  if (!form) {
    return;
  }

  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }

  var address = form.querySelector("[data-address-fieldset]");
  var radios = form.querySelectorAll('input[type="radio"][name="delivery"]');
  var PICKUP = "pickup";

  // data-total hooks in the summary → data attributes of the chosen radio button.
  var hooks = { "fee-label": "optionFeeLabel", fee: "optionFee", total: "optionTotal", vat: "optionVat" };

  function chosen() {
    for (var i = 0; i < radios.length; i++) {
      if (radios[i].checked) {
        return radios[i];
      }
    }
    return null;
  }

  function update() {
    var radio = chosen();
    if (!radio) {
      return;
    }
    if (address) {
      var hasError = address.querySelector('[aria-invalid="true"]') !== null;
      address.hidden = radio.value === PICKUP && !hasError;
    }
    Object.keys(hooks).forEach(function (hook) {
      var text = radio.dataset[hooks[hook]];
      if (text === undefined) {
        return;
      }
      document.querySelectorAll('[data-total="' + hook + '"]').forEach(function (node) {
        node.textContent = text;
      });
    });
  }

  for (var i = 0; i < radios.length; i++) {
    radios[i].addEventListener("change", update);
  }
  update();
})();
