// The import's progress bar: polls the job's status while it runs, reloads the page when it ends.
(() => {
  const box = document.querySelector("[data-import-progress]");
  if (!box) return;
  const bar = box.querySelector("progress");
  const text = box.querySelector("[data-progress-text]");
  const number = (value) => value.toLocaleString("vi-VN");
  const poll = async () => {
    try {
      const response = await fetch(box.dataset.importProgress, { headers: { Accept: "application/json" } });
      if (response.ok) {
        const state = await response.json();
        if (!state.running) {
          window.location.reload();
          return;
        }
        bar.value = state.percent;
        bar.textContent = `${state.percent}%`;
        text.textContent = `${state.label}: ${number(state.done)} / ${number(state.total)} ${box.dataset.rowsWord}`;
      }
    } catch {
      // the next poll tries again
    }
    window.setTimeout(poll, 1000);
  };
  window.setTimeout(poll, 1000);
})();
