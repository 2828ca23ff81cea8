/* The desk's form on a phone and a patchy link. Without this file the form still posts;
   with it: the photo is made small before upload (with a progress bar), the checklist's
   failures show beside their fields as one types, and what is typed stays in the browser
   until the server has it, sent again when the link is back. */
(function () {
  "use strict";
  /* on the desk: point to what waits in this browser, unsent */
  function listKept() {
    var box = document.querySelector("[data-kept]");
    if (!box) return;
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      if (key.indexOf("desk:") !== 0) continue;
      try {
        var saved = JSON.parse(localStorage.getItem(key));
        var link = document.createElement("a");
        link.href = saved.url;
        link.textContent = (saved.title || "Bài chưa có tiêu đề") + (saved.pending ? " (chờ có mạng để gửi)" : " (đang viết dở)");
        var item = document.createElement("li");
        item.appendChild(link);
        box.querySelector("ul").appendChild(item);
        box.hidden = false;
      } catch (e) { /* not ours */ }
    }
  }
  var form = document.querySelector("form.desk");
  if (!form) { listKept(); return; }
  var LONGEST = 1600, TARGET = 300 * 1024;
  var storeKey = "desk:" + (form.dataset.page ? "page:" + form.dataset.page : "new:" + form.dataset.chapter);
  var photoInput = form.querySelector("input[type=file][name=image]");
  var photoNote = form.querySelector("[data-photo-note]");
  var offlineNote = form.querySelector("[data-offline]");
  var bar = form.querySelector("progress.upload");
  var target = form.getAttribute("action") || location.href; // not form.action: the buttons are named "action"
  var touched = {};
  var resizedPhoto = null; // a Blob, kept for a retry after the link drops

  function say(el, text) { if (el) { el.textContent = text; el.hidden = !text; } }

  /* -- summary: live character count ------------------------------------ */
  var summary = form.elements.summary;
  var counter = form.querySelector("[data-count-for='" + (summary && summary.id) + "']");
  function count() {
    if (!summary || !counter) return;
    var max = parseInt(summary.dataset.max || "0", 10), n = summary.value.trim().length;
    counter.textContent = max ? n + "/" + max + " ký tự" : n + " ký tự";
    counter.style.color = max && n > max ? "#9b1c1c" : "";
  }

  /* -- keeping the typed text in the browser ----------------------------- */
  var TEXT_FIELDS = ["title", "kind", "category", "start", "venue", "summary", "body", "image_alt", "draft_key"];
  function fields() {
    var data = {};
    TEXT_FIELDS.forEach(function (name) {
      var el = form.elements[name];
      if (el) data[name] = el.value;
    });
    return data;
  }
  function keep(extra) {
    try {
      var saved = Object.assign({ fields: fields(), at: Date.now(), url: location.pathname + location.search,
        title: form.elements.title ? form.elements.title.value : "" }, extra || {});
      localStorage.setItem(storeKey, JSON.stringify(saved));
    } catch (e) { /* storage full or off: the server copy is all there is */ }
  }
  function kept() {
    try { return JSON.parse(localStorage.getItem(storeKey) || "null"); } catch (e) { return null; }
  }
  function forget() { try { localStorage.removeItem(storeKey); } catch (e) { /* nothing kept */ } }

  function restore() {
    var saved = kept();
    if (!saved || !saved.fields) return;
    var changed = false;
    Object.keys(saved.fields).forEach(function (name) {
      var el = form.elements[name];
      if (!el || saved.fields[name] == null) return;
      if (el.value !== saved.fields[name]) { el.value = saved.fields[name]; changed = true; }
    });
    if (changed || saved.pending) {
      say(offlineNote, saved.pending
        ? "Bài chưa gửi được vì mất mạng; sẽ tự gửi khi có mạng."
        : "Đã khôi phục bài đang viết dở trên máy này (chưa lưu lên máy chủ).");
    }
    if (saved.pending) sendWhenOnline(saved);
  }

  /* -- the photo, made small in the browser ------------------------------ */
  function toBlob(canvas, quality) {
    return new Promise(function (resolve) { canvas.toBlob(resolve, "image/jpeg", quality); });
  }
  function shrink(file) {
    return new Promise(function (resolve, reject) {
      var img = new Image(), url = URL.createObjectURL(file);
      img.onload = function () {
        var scale = Math.min(1, LONGEST / Math.max(img.naturalWidth, img.naturalHeight));
        var canvas = document.createElement("canvas");
        canvas.width = Math.round(img.naturalWidth * scale);
        canvas.height = Math.round(img.naturalHeight * scale);
        canvas.getContext("2d").drawImage(img, 0, 0, canvas.width, canvas.height);
        URL.revokeObjectURL(url);
        var qualities = [0.82, 0.72, 0.62, 0.5];
        (function attempt(i) {
          toBlob(canvas, qualities[i]).then(function (blob) {
            if (!blob) return reject(new Error("toBlob"));
            if (blob.size <= TARGET || i === qualities.length - 1) return resolve({ blob: blob, w: canvas.width, h: canvas.height });
            attempt(i + 1);
          });
        })(0);
      };
      img.onerror = function () { URL.revokeObjectURL(url); reject(new Error("decode")); };
      img.src = url;
    });
  }
  if (photoInput) {
    photoInput.addEventListener("change", function () {
      var file = photoInput.files && photoInput.files[0];
      resizedPhoto = null;
      if (!file) return;
      if (file.size <= TARGET && /jpe?g$/i.test(file.type)) { resizedPhoto = file; check(); return; }
      say(photoNote, "Đang thu nhỏ ảnh…");
      shrink(file).then(function (result) {
        var name = file.name.replace(/\.[^.]+$/, "") + ".jpg";
        resizedPhoto = new File([result.blob], name, { type: "image/jpeg" });
        try {
          var transfer = new DataTransfer();
          transfer.items.add(resizedPhoto);
          photoInput.files = transfer.files;
        } catch (e) { /* old browser: the blob is still sent by the script below */ }
        say(photoNote, "Ảnh đã thu nhỏ: " + result.w + "×" + result.h + " điểm ảnh, " +
          Math.round(resizedPhoto.size / 1024) + " KB.");
        check();
      }, function () {
        resizedPhoto = null; // the server makes it small instead
        say(photoNote, "Máy không thu nhỏ được ảnh; ảnh gốc sẽ được gửi.");
        check();
      });
    });
  }

  /* -- the checklist's failures beside their fields ---------------------- */
  function show(failures, all) {
    /* a field's failures show once it is touched or passed over (a later field touched) */
    var lists = Array.prototype.slice.call(form.querySelectorAll("[data-errors-for]")), reached = -1;
    lists.forEach(function (list, i) { if (touched[list.dataset.errorsFor]) reached = i; });
    lists.forEach(function (list, i) {
      if (!all && i > reached) return;
      var found = failures[list.dataset.errorsFor] || [];
      list.innerHTML = "";
      found.forEach(function (text) { var li = document.createElement("li"); li.textContent = text; list.appendChild(li); });
      var box = list.closest(".field");
      if (box) box.classList.toggle("field-bad", found.length > 0);
    });
  }
  var timer = null, asked = 0, showAll = !!form.querySelector(".field-bad");
  function check() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (!navigator.onLine) return;
      var data = new FormData();
      TEXT_FIELDS.concat(["csrfmiddlewaretoken"]).forEach(function (name) {
        var el = form.elements[name];
        if (el && el.value != null) data.append(name, el.value);
      });
      data.append("chapter", form.dataset.chapter);
      data.append("page", form.dataset.page || "");
      var hasPhoto = (photoInput && photoInput.files && photoInput.files.length) || form.querySelector(".photo img");
      data.append("has_image", hasPhoto ? "1" : "0");
      var mine = ++asked;
      fetch(form.dataset.check, { method: "POST", body: data, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (json) { if (json && mine === asked) show(json.failures, showAll); })
        .catch(function () { /* offline: the server checks on sending */ });
    }, 700);
  }

  form.addEventListener("input", function (e) {
    if (e.target.name) touched[e.target.name] = true;
    if (e.target === summary) count();
    keep();
    check();
  });
  form.addEventListener("change", function (e) { if (e.target.name) touched[e.target.name] = true; keep(); check(); });

  /* -- sending, with progress, and again when the link is back ------------ */
  function payload(action) {
    var data = new FormData(form);
    data.set("action", action);
    if (resizedPhoto) data.set("image", resizedPhoto, resizedPhoto.name);
    return data;
  }
  function replacePage(xhr) {
    var html = xhr.responseText;
    document.open();
    document.write(html);
    document.close();
    if (xhr.responseURL) history.replaceState(null, "", xhr.responseURL);
    window.scrollTo(0, 0);
  }
  function post(data, action) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open("POST", target);
      if (bar && data.get("image") && data.get("image").size) {
        bar.hidden = false;
        xhr.upload.onprogress = function (e) { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); };
      }
      xhr.onload = function () { resolve(xhr); };
      xhr.onerror = xhr.ontimeout = function () { reject(new Error("network")); };
      xhr.timeout = 120000;
      xhr.send(data);
    });
  }
  function kept_photo() {
    return new Promise(function (resolve) {
      if (!resizedPhoto || resizedPhoto.size > 1500 * 1024) return resolve(null);
      var reader = new FileReader();
      reader.onload = function () { resolve(reader.result); };
      reader.onerror = function () { resolve(null); };
      reader.readAsDataURL(resizedPhoto);
    });
  }
  function send(action) {
    var data = payload(action);
    say(offlineNote, action === "submit" ? "Đang gửi…" : "Đang lưu…");
    post(data, action).then(function (xhr) {
      var stored = xhr.status < 400 || (xhr.status === 422 && xhr.responseText.indexOf('data-saved="1"') > -1);
      if (stored) forget();
      replacePage(xhr);
    }, function () {
      kept_photo().then(function (photo) {
        keep({ pending: action, photo: photo, photoName: resizedPhoto && resizedPhoto.name });
        say(offlineNote, "Mất kết nối: bài được giữ trên máy này và sẽ tự gửi khi có mạng.");
        if (bar) bar.hidden = true;
        sendWhenOnline(kept());
      });
    });
  }
  var waiting = false;
  function sendWhenOnline(saved) {
    if (waiting || !saved || !saved.pending) return;
    waiting = true;
    function retry() {
      if (!navigator.onLine) return;
      window.removeEventListener("online", retry);
      clearInterval(every);
      waiting = false;
      if (saved.photo && !resizedPhoto) {
        fetch(saved.photo).then(function (r) { return r.blob(); }).then(function (blob) {
          resizedPhoto = new File([blob], saved.photoName || "anh.jpg", { type: "image/jpeg" });
          send(saved.pending);
        });
      } else {
        send(saved.pending);
      }
    }
    window.addEventListener("online", retry);
    var every = setInterval(retry, 30000);
  }

  form.addEventListener("submit", function (e) {
    var action = (e.submitter && e.submitter.value) || "save";
    if (!window.FormData || !window.XMLHttpRequest) return; // the plain post
    e.preventDefault();
    keep();
    send(action);
  });

  count();
  restore();
  if (showAll) check();
})();
