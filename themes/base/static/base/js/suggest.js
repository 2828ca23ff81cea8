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
