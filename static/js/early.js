/*
 * Runs in <head>, before the first paint (a blocking script, fetched beside the
 * stylesheets, a few bytes): marks the page as scripted, so that the CSS keyed on .js
 * (the folded menu, the folded filters on phones) applies from the first frame and
 * nothing moves when site.js, deferred, takes over. No inline script: the CSP has none.
 */
document.documentElement.className = document.documentElement.className.replace(/\bno-js\b/, "js");
