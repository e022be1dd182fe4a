/*
 * Progressive enhancement only: every page works without this file.
 * - main menu: folds behind a «Menu» button on small screens (aria-expanded);
 * - catalogue filters: folded on small screens, always open on wide ones.
 * Filters are never submitted automatically: the explicit button stays.
 */
// The CSRF token for fetch() POSTs: the form's hidden input, else Django's cookie.
window.csrfToken = function (form) {
  var input = form && form.querySelector('input[name="csrfmiddlewaretoken"]');
  if (input) {
    return input.value;
  }
  var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : "";
};

(function () {
  "use strict";

  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  // Keep in step with the breakpoints of css/header.css (menu) and css/catalogue.css (filters).
  var narrowMenu = window.matchMedia("(max-width: 47.99em)");
  var narrowFilters = window.matchMedia("(max-width: 59.99em)");

  function onChange(query, handler) {
    if (query.addEventListener) {
      query.addEventListener("change", handler);
    } else if (query.addListener) {
      query.addListener(handler);
    }
  }

  /* Main menu */
  var toggle = document.querySelector(".nav-toggle");
  var menu = document.getElementById("site-menu");
  if (toggle && menu) {
    var setOpen = function (open) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      menu.classList.toggle("is-open", open);
    };
    // css/header.css already folds the menu under .js, set in <head> before the first paint.
    toggle.hidden = false;
    setOpen(false);
    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true" && narrowMenu.matches) {
        setOpen(false);
        toggle.focus();
      }
    });
    onChange(narrowMenu, function () {
      setOpen(false);
    });
  }

  /* Catalogue filters */
  var filters = document.querySelector("details[data-filters]");
  if (filters) {
    // Errors must stay visible; so must the form when it is the only thing to show.
    var mustStayOpen = filters.querySelector("[role=alert]") !== null;
    var fit = function () {
      if (!narrowFilters.matches || mustStayOpen) {
        filters.open = true;
      } else {
        filters.open = false;
      }
    };
    fit();
    // The CSS showed them folded until now (css/catalogue.css): nothing moves.
    filters.setAttribute("data-fitted", "");
    onChange(narrowFilters, fit);
  }
})();
