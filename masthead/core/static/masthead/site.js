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

// Forms answered on the page (they also work without JavaScript): a POST asking for JSON,
// whose message goes to the form's status line; on a network error, an ordinary submit.
function mastheadAnswerInline(form, onSuccess) {
  "use strict";
  var status = form.querySelector("[role=status]");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    var data = new FormData(form);
    fetch(form.action, {
      method: "POST",
      body: data,
      headers: { Accept: "application/json" },
      credentials: "omit",
    })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        status.textContent = answer.message;
        status.classList.toggle("is-error", !answer.ok);
        form.querySelector("input[name=email]").setAttribute("aria-invalid", answer.ok ? "false" : "true");
        if (answer.ok) {
          form.reset();
          if (onSuccess) onSuccess(data);
        }
      })
      .catch(function () { form.submit(); })
      .finally(function () { button.disabled = false; });
  });
}

// Newsletter sign-up without leaving the page.
document.querySelectorAll("form[data-signup]").forEach(function (form) {
  mastheadAnswerInline(form);
});

// The ask (contributions). What this reader has done — given, closed the ask, asked for a
// reminder, how often they were asked — stays in their own browser (localStorage): never in
// a cookie, never sent to us. Without script the ask simply always shows.
(function () {
  "use strict";
  var KEY = "masthead.support";
  var DAY = 864e5;
  var ONE_OFF_QUIET_DAYS = 90;
  var CLOSED_QUIET_DAYS = 7;
  var MAX_ASKS = 4;
  var ASK_WINDOW_DAYS = 30;

  function load() {
    try { return JSON.parse(window.localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  function save(state) {
    try { window.localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode */ }
  }
  function attemptId() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    return String(Date.now()) + "-" + String(Math.random()).slice(2);
  }

  // The thank-you page: remember the gift.
  var given = document.querySelector("[data-support-given]");
  if (given) {
    var record = load();
    record.given = { frequency: given.getAttribute("data-support-given"), at: Date.now() };
    save(record);
  }

  // "show", "thanks" or "hide", and the state to keep.
  function decide(state, now) {
    if (state.given) {
      if (state.given.frequency !== "once") return "thanks";
      if (now - state.given.at < ONE_OFF_QUIET_DAYS * DAY) return "thanks";
    }
    if (state.closedAt && now - state.closedAt < CLOSED_QUIET_DAYS * DAY) return "hide";
    if (state.remindFrom && now < state.remindFrom) return "hide";
    var recent = (state.asked || []).filter(function (t) { return now - t < ASK_WINDOW_DAYS * DAY; });
    state.asked = recent;
    if (recent.length >= MAX_ASKS) return "hide";
    return "show";
  }

  var asks = document.querySelectorAll("[data-ask]");
  var banners = document.querySelectorAll("[data-ask-banner]");
  if (asks.length || banners.length) {
    var state = load();
    var now = Date.now();
    var verdict = decide(state, now);
    asks.forEach(function (ask) {
      if (ask.hasAttribute("data-ask-always")) return;
      if (verdict === "thanks") {
        ask.querySelector("[data-ask-body]").hidden = true;
        ask.querySelector("[data-ask-thanks]").hidden = false;
      } else if (verdict === "hide") {
        ask.hidden = true;
      }
    });
    banners.forEach(function (banner) { banner.hidden = verdict !== "show"; });
    if (verdict === "show" && !document.querySelector("[data-ask-always]")) {
      state.asked.push(now);
    }
    save(state);
  }

  asks.forEach(function (ask) {
    var close = ask.querySelector("[data-ask-close]");
    if (close && !ask.hasAttribute("data-ask-always")) {
      close.hidden = false;
      close.addEventListener("click", function () {
        var state = load();
        state.closedAt = Date.now();
        save(state);
        ask.hidden = true;
        banners.forEach(function (banner) { banner.hidden = true; });
      });
    }
    var form = ask.querySelector("[data-ask-form]");
    if (form) {
      // One attempt per choice: a double click reaches the same checkout page.
      var attempt = form.querySelector("input[name=attempt]");
      attempt.value = attemptId();
      form.addEventListener("change", function () { attempt.value = attemptId(); });
      form.addEventListener("input", function () { attempt.value = attemptId(); });
      var other = form.querySelector("input[name=other]");
      form.addEventListener("change", function (event) {
        if (event.target.classList.contains("ask__amount-input")) other.value = "";
      });
      // A typed amount replaces the buttons: none of them stays marked as chosen.
      other.addEventListener("input", function () {
        if (!other.value) return;
        form.querySelectorAll(".ask__amount-input:checked").forEach(function (radio) {
          radio.checked = false;
        });
      });
      form.addEventListener("submit", function () {
        form.querySelector("button[type=submit]").disabled = true;
      });
      // Back from Stripe (the browser's back/forward cache): the button works again, and a
      // new Continue is a new attempt (the last one may have been paid).
      window.addEventListener("pageshow", function (event) {
        form.querySelector("button[type=submit]").disabled = false;
        if (event.persisted) attempt.value = attemptId();
      });
    }
    var remind = ask.querySelector("[data-remind-form]");
    if (remind) {
      mastheadAnswerInline(remind, function (data) {
        var parts = String(data.get("month")).split("-");
        var state = load();
        state.remindFrom = new Date(Number(parts[0]), Number(parts[1]) - 1, 1).getTime();
        save(state);
      });
    }
  });
})();
