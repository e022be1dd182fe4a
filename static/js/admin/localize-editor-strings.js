// Translates the English strings that wagtail-localize's editor hard-codes
// (core/wagtail_hooks.py says which). Runs only where the translation editor is.
(function () {
  "use strict";
  const editor = document.querySelector(".js-translation-editor");
  const data = document.getElementById("localize-editor-strings");
  if (!editor || !data) return;
  const strings = JSON.parse(data.textContent);
  const pattern = /^(.+) to (.+) translation$/;

  function translate(root) {
    root.querySelectorAll(".w-sr-only").forEach(function (node) {
      if (node.textContent === "More actions") node.textContent = strings["More actions"];
    });
    root.querySelectorAll("[title]").forEach(function (node) {
      const match = pattern.exec(node.getAttribute("title"));
      if (!match) return;
      const text = strings.translation.replace("{source}", match[1]).replace("{target}", match[2]);
      node.setAttribute("title", text);
      if (pattern.test(node.textContent.trim())) node.textContent = text;
    });
    root.querySelectorAll("*").forEach(function (node) {
      if (node.children.length === 0 && pattern.test(node.textContent.trim())) {
        const found = pattern.exec(node.textContent.trim());
        node.textContent = strings.translation
          .replace("{source}", found[1])
          .replace("{target}", found[2]);
      }
    });
  }

  translate(editor);
  new MutationObserver(function () {
    translate(editor);
  }).observe(editor, { childList: true, subtree: true });
})();
