/* Search suggestions in the header (accent-insensitive, from /tim-kiem/goi-y/). No library. */
(function () {
  var input = document.getElementById("site-search-q");
  var list = document.getElementById("goi-y-tim-kiem");
  if (!input || !list || !window.fetch) return;
  var timer;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(function () {
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          list.innerHTML = "";
          data.suggestions.forEach(function (s) {
            var option = document.createElement("option");
            option.value = s.title;
            list.appendChild(option);
          });
        })
        .catch(function () {});
    }, 250);
  });
})();

/* Share: copy the link (old browsers: a hidden text field) and the phone's own share sheet. */
(function () {
  var copy = document.querySelector(".share__copy");
  var status = document.querySelector(".share__status");
  function legacyCopy(url) {
    var field = document.createElement("textarea");
    field.value = url;
    field.setAttribute("readonly", "");
    field.style.position = "absolute";
    field.style.left = "-999px";
    document.body.appendChild(field);
    field.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    document.body.removeChild(field);
    return copied;
  }
  if (copy && status) {
    copy.addEventListener("click", function () {
      var url = copy.dataset.copyUrl;
      var done = function () { status.textContent = copy.dataset.copied; };
      // when nothing can copy, the address is shown for the reader to copy by hand
      var fallback = function () { if (legacyCopy(url)) { done(); } else { status.textContent = url; } };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(done, fallback);
      } else {
        fallback();
      }
    });
  }
  var native = document.querySelector(".share__native");
  if (native && navigator.share) {
    native.hidden = false;
    native.addEventListener("click", function () {
      navigator.share({ title: native.dataset.shareTitle, url: native.dataset.shareUrl }).catch(function () {});
    });
  }
})();
