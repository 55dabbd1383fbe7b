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

// Newsletter sign-up without leaving the page (the form also works without JavaScript).
(function () {
  "use strict";
  document.querySelectorAll("form[data-signup]").forEach(function (form) {
    var status = form.querySelector("[role=status]");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "omit",
      })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          status.textContent = answer.message;
          status.classList.toggle("is-error", !answer.ok);
          form.querySelector("input[name=email]").setAttribute("aria-invalid", answer.ok ? "false" : "true");
          if (answer.ok) form.reset();
        })
        .catch(function () { form.submit(); })
        .finally(function () { button.disabled = false; });
    });
  });
})();
