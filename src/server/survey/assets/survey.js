/* Progressive enhancement of the survey: sheets with progress, follow-ups, drafts, kiosk mode.
   Plain ES5 so that it runs on old phones; the pages work without it. */
(function () {
  "use strict";
  var doc = document,
    root = doc.documentElement,
    body = doc.body;
  root.className += " js";
  var store = (function () {
    try {
      sessionStorage.setItem("t", "1");
      return sessionStorage;
    } catch (e) {
      return null;
    }
  })();
  var kioskHome = body.getAttribute("data-kiosk-home");

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }
  function checked(form, name) {
    var el = form.querySelector('input[name="' + name + '"]:checked');
    return el ? el.value : "";
  }

  function followUps(form, first) {
    each(form.querySelectorAll("[data-when]"), function (box) {
      var cond = box.getAttribute("data-when").split("=");
      // A follow-up the server refused stays visible until the person changes its question.
      var on = checked(form, cond[0]) === cond[1] || (first && !!box.querySelector(".err"));
      box.hidden = !on;
      each(box.querySelectorAll("input,textarea"), function (i) {
        i.disabled = !on;
      });
    });
  }

  function exclusive(form, input) {
    if (input.type !== "checkbox" || !input.checked) return;
    each(form.querySelectorAll('input[name="' + input.name + '"]'), function (other) {
      if (other !== input && (input.hasAttribute("data-exclusive") || other.hasAttribute("data-exclusive"))) other.checked = false;
    });
  }

  function saveDraft(form) {
    if (!store || !form.getAttribute("data-draft")) return;
    var pairs = [];
    each(form.elements, function (el) {
      if (!el.name || el.name === "token" || el.disabled) return;
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) return;
      if (el.value) pairs.push([el.name, el.value]);
    });
    store.setItem("draft:" + form.getAttribute("data-draft"), JSON.stringify(pairs));
  }

  function restoreDraft(form) {
    var raw = store && form.getAttribute("data-draft") && store.getItem("draft:" + form.getAttribute("data-draft"));
    if (!raw || doc.getElementById("errors")) return;
    each(JSON.parse(raw), function (pair) {
      each(form.querySelectorAll('[name="' + pair[0] + '"]'), function (el) {
        if (el.type === "radio" || el.type === "checkbox") {
          if (el.value === pair[1]) el.checked = true;
        } else el.value = pair[1];
      });
    });
  }

  function paginate(form) {
    var sheets = form.querySelectorAll(".sheet"),
      n = sheets.length,
      at = 0;
    if (n < 2) return;
    var bar = doc.createElement("div");
    bar.className = "progress";
    bar.innerHTML = '<p id="pg-t" aria-live="polite"></p><progress max="' + n + '" aria-labelledby="pg-t"></progress>';
    form.insertBefore(bar, sheets[0]);
    var nav = doc.createElement("div");
    nav.className = "nav";
    nav.innerHTML = '<button type="button" class="sec">Назад</button><button type="button">Далее</button>';
    var back = nav.firstChild,
      next = nav.lastChild,
      submit = form.querySelector(".submit");
    form.insertBefore(nav, submit);
    function show(i, focus) {
      at = i;
      each(sheets, function (s, k) {
        s.hidden = k !== i;
      });
      bar.firstChild.textContent = "Лист " + (i + 1) + " из " + n;
      bar.lastChild.value = i + 1;
      back.hidden = i === 0;
      next.hidden = i === n - 1;
      submit.hidden = i !== n - 1;
      if (focus) {
        var h = sheets[i].querySelector("h2");
        h.tabIndex = -1;
        h.focus();
      }
    }
    back.onclick = function () {
      show(at - 1, true);
    };
    next.onclick = function () {
      show(at + 1, true);
      window.scrollTo(0, 0);
    };
    var firstError = form.querySelector(".err");
    var start = 0;
    each(sheets, function (s, k) {
      if (firstError && s.contains(firstError) && !start) start = k;
    });
    show(start, false);
  }

  // An empty questionnaire is refused before it is sent (the server refuses it too, with the same words).
  function guardEmpty(form) {
    var msg = form.getAttribute("data-empty");
    if (!msg) return;
    var box = doc.createElement("p");
    box.className = "empty";
    box.setAttribute("role", "alert");
    box.hidden = true;
    form.insertBefore(box, form.querySelector(".submit"));
    function answered() {
      return !!form.querySelector(".scale input:checked:not(:disabled)");
    }
    form.addEventListener("submit", function (ev) {
      if (answered()) return;
      ev.preventDefault();
      ev.stopImmediatePropagation();
      box.textContent = msg;
      box.hidden = false;
      box.tabIndex = -1;
      box.focus();
    });
    form.addEventListener("change", function () {
      if (answered()) box.hidden = true;
    });
  }

  function kioskQueue() {
    try {
      return JSON.parse(localStorage.getItem("kioskQueue") || "[]");
    } catch (e) {
      return [];
    }
  }
  function setQueue(q) {
    localStorage.setItem("kioskQueue", JSON.stringify(q));
  }
  var flushing = false;
  function flush() {
    var q = kioskQueue();
    if (flushing || !q.length || !window.fetch) return;
    flushing = true;
    var item = q[0];
    fetch(item.url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: item.body, credentials: "same-origin" }).then(
      function (r) {
        flushing = false;
        if (r.status < 500 && r.status !== 429) {
          setQueue(
            kioskQueue().filter(function (x) {
              return x.key !== item.key;
            }),
          );
          flush();
        }
      },
      function () {
        flushing = false;
      },
    );
  }

  function newKey() {
    var a = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(a);
    return Array.prototype.map
      .call(a, function (b) {
        return (b + 256).toString(16).slice(1);
      })
      .join("");
  }

  function kiosk(form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var token = form.querySelector('[name="token"]');
      form.querySelector('[name="duration"]').value = String(Math.round((Date.now() - opened) / 1000));
      form.querySelector('[name="clientTime"]').value = new Date().toISOString();
      var q = kioskQueue();
      q.push({ url: form.action, body: new URLSearchParams(new FormData(form)).toString(), key: token.value });
      setQueue(q);
      token.value = newKey();
      if (store) store.removeItem("draft:" + form.getAttribute("data-draft"));
      flush();
      goHome(true);
    });
  }

  // The thanks screen returns to the start by itself; leaving it sooner cancels that, or it would wipe the next visitor's form.
  var thanksTimer = 0;
  function goHome(thanks) {
    if (store)
      each(doc.querySelectorAll("form[data-draft]"), function (f) {
        store.removeItem("draft:" + f.getAttribute("data-draft"));
      });
    if (thanks && doc.querySelector('[data-screen="thanks"]')) {
      showScreen("thanks");
      thanksTimer = setTimeout(function () {
        showScreen("start");
      }, 5000);
    } else showScreen("start");
  }

  var opened = Date.now();
  function showScreen(name) {
    clearTimeout(thanksTimer);
    var screens = doc.querySelectorAll("[data-screen]");
    if (!screens.length) {
      if (kioskHome) location.href = kioskHome;
      return;
    }
    var tpl = doc.getElementById("tpl-" + name),
      slot = doc.querySelector('[data-screen="form"]');
    if (tpl && slot) {
      slot.innerHTML = "";
      slot.appendChild(doc.importNode(tpl.content, true));
      each(slot.querySelectorAll("[data-go]"), bindGo);
      slot.querySelector('[name="token"]').value = newKey();
      initForm(slot.querySelector("form"));
      opened = Date.now();
      name = "form";
    } else if (slot && name === "start") slot.innerHTML = "";
    each(screens, function (s) {
      s.hidden = s.getAttribute("data-screen") !== name;
    });
    window.scrollTo(0, 0);
    var h = doc.querySelector('[data-screen="' + name + '"] h1');
    if (h) {
      h.tabIndex = -1;
      h.focus();
    }
  }
  function bindGo(a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      showScreen(a.getAttribute("data-go"));
    });
  }

  function idle(seconds) {
    var warnAt = Math.max(seconds - 15, 1) * 1000,
      timer,
      warnTimer,
      banner = doc.createElement("div");
    banner.className = "banner";
    banner.setAttribute("role", "alert");
    banner.hidden = true;
    banner.textContent = "Анкета будет сброшена через 15 секунд. Коснитесь экрана, чтобы продолжить.";
    doc.getElementById("main").insertBefore(banner, doc.getElementById("main").firstChild);
    function reset() {
      clearTimeout(timer);
      clearTimeout(warnTimer);
      banner.hidden = true;
      warnTimer = setTimeout(function () {
        banner.hidden = false;
      }, warnAt);
      timer = setTimeout(function () {
        banner.hidden = true;
        goHome(false);
        reset();
      }, seconds * 1000);
    }
    each(["pointerdown", "keydown", "input", "touchstart"], function (t) {
      doc.addEventListener(t, reset, true);
    });
    reset();
  }

  function initForm(form) {
    if (!kioskHome) restoreDraft(form);
    followUps(form, true);
    guardEmpty(form);
    form.addEventListener("change", function (ev) {
      exclusive(form, ev.target);
      followUps(form);
      if (!kioskHome) saveDraft(form);
    });
    if (kioskHome) kiosk(form);
    else {
      form.addEventListener("input", function () {
        saveDraft(form);
      });
      form.addEventListener("submit", function () {
        if (store) store.removeItem("draft:" + form.getAttribute("data-draft"));
      });
    }
    paginate(form);
  }
  each(doc.querySelectorAll("form[data-draft]"), initForm);
  each(doc.querySelectorAll("[data-go]"), bindGo);
  var errors = doc.getElementById("errors");
  if (errors) errors.focus();
  if (kioskHome) {
    idle(Number(body.getAttribute("data-idle")) || 90);
    window.addEventListener("online", flush);
    setInterval(flush, 15000);
    flush();
  }
})();
