// Click-to-load embeds: the provider's player is requested only after the reader asks for it.
(function () {
  "use strict";
  document.querySelectorAll("[data-embed-src]").forEach(function (placeholder) {
    var button = placeholder.querySelector(".embed__load");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = placeholder.getAttribute("data-embed-src");
      frame.title = placeholder.getAttribute("data-embed-title") || "";
      frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      frame.setAttribute("allowfullscreen", "");
      placeholder.replaceWith(frame);
      frame.focus();
    });
  });
})();
