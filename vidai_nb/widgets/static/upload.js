// Chunked upload: the browser reads File.slice() chunks and sends each as a binary buffer via
// model.send, waiting for the kernel's ack before the next one, so neither side ever holds more
// than one chunk (ipywidgets.FileUpload would hold the whole file in kernel memory).
function fmtBytes(n) {
  const fixed = (x) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  if (n >= 1 << 30) return fixed(n / (1 << 30)) + " GB";
  if (n >= 1 << 20) return fixed(n / (1 << 20)) + " MB";
  if (n >= 1 << 10) return (n / (1 << 10)).toFixed(0) + " KB";
  return n + " B";
}

function render({ model, el }) {
  el.classList.add("vidai-upload");
  const zone = document.createElement("div");
  zone.className = "vidai-drop";
  zone.tabIndex = 0;
  const input = document.createElement("input");
  input.type = "file";
  input.multiple = true;
  input.className = "vidai-file-input";
  input.style.display = "none";
  const title = document.createElement("div");
  title.className = "vidai-drop-title";
  title.textContent = "⬆ Drop clips here or click to choose";
  const hint = document.createElement("div");
  hint.className = "vidai-drop-hint";
  zone.append(title, hint, input);
  const list = document.createElement("div");
  list.className = "vidai-upload-list";
  el.append(zone, list);

  const pending = new Map(); // id -> {resolve, reject}
  const local = new Map();   // id -> {name, size, sent, state, message} for rows before the kernel knows
  let seq = 0;
  let queue = Promise.resolve();

  function exts() { return (model.get("accept") || []).map((e) => e.toLowerCase()); }
  function refreshHint() {
    hint.textContent = "Accepted: " + exts().join(", ") + " · up to " + fmtBytes(model.get("max_bytes")) + " each";
    input.accept = exts().map((e) => "." + e).join(",");
    zone.classList.toggle("disabled", !!model.get("disabled"));
  }

  function drawList() {
    list.replaceChildren();
    const rows = new Map();
    for (const f of model.get("files") || []) rows.set(f.id, f);
    for (const [id, f] of local) if (!rows.has(id) || f.state === "error") rows.set(id, { ...rows.get(id), ...f });
    for (const f of rows.values()) {
      const row = document.createElement("div");
      row.className = "vidai-upload-row " + (f.state || "");
      const name = document.createElement("span");
      name.className = "vidai-upload-name";
      name.textContent = f.name;
      const bar = document.createElement("progress");
      bar.max = 100;
      bar.value = Math.round(f.progress ?? (f.size ? (100 * (f.sent || 0)) / f.size : 0));
      const msg = document.createElement("span");
      msg.className = "vidai-upload-msg";
      msg.textContent = f.message || "";
      row.append(name, bar, msg);
      list.append(row);
    }
  }

  function onMsg(msg, buffers) {
    if (!msg || !msg.id) return;
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.type === "ack" || msg.type === "direct-url") p.resolve(msg);
    else p.reject(new Error(msg.message || "upload failed"));
  }
  model.on("msg:custom", onMsg);

  function request(id, content, buffers) {
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      model.send({ ...content, id }, undefined, buffers || []);
      // A kernel busy running a cell answers later; only give up after a long silence.
      setTimeout(() => {
        if (pending.has(id)) { pending.delete(id); reject(new Error("the kernel did not answer (is it busy?)")); }
      }, 120000);
    });
  }

  // Browser → engine: a signed link from the kernel, then one POST of the file's bytes (streamed from
  // disk by the browser). Resolves false when the engine cannot be reached from here (the comm path
  // then takes over); an answer from the engine, good or bad, goes to the kernel to finish.
  async function sendDirect(file, id, row) {
    if (!model.get("direct")) return false;
    const link = await request(id, { type: "direct", name: file.name, size: file.size });
    if (!link.url) return false;
    let lastDraw = 0;
    const answer = await new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", link.url);
      xhr.upload.onprogress = (e) => {
        row.sent = e.loaded;
        row.message = "sending " + fmtBytes(e.loaded) + " / " + fmtBytes(file.size);
        const now = performance.now();
        if (now - lastDraw > 100) { lastDraw = now; drawList(); }
      };
      xhr.onload = () => {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        resolve(body);
      };
      xhr.onerror = () => resolve(null);
      xhr.send(file);
    });
    if (!answer || typeof answer !== "object") { row.sent = 0; return false; }
    row.sent = file.size;
    row.message = "processing…";
    drawList();
    await request(id, { type: "direct-done", name: file.name, size: file.size, answer });
    return true;
  }

  // Type and size are checked here, before a single byte is sent; false (and a red row) for a bad file.
  function accepted(file) {
    const ext = (file.name.split(".").pop() || "").toLowerCase();
    let message = "";
    // Short: the accepted list is shown right above the rows.
    if (!exts().includes(ext)) message = "✖ ." + ext + " is not accepted";
    else if (file.size > model.get("max_bytes")) {
      message = "✖ " + fmtBytes(file.size) + " is over the " + fmtBytes(model.get("max_bytes")) + " limit: compress or trim it first";
    }
    if (!message) return true;
    const id = "f" + Date.now().toString(36) + "-" + seq++;
    local.set(id, { id, name: file.name, size: file.size, sent: 0, state: "error", message });
    model.send({ type: "rejected", id, name: file.name, size: file.size, message });
    drawList();
    return false;
  }

  async function sendFile(file) {
    const id = "f" + Date.now().toString(36) + "-" + seq++;
    const row = { id, name: file.name, size: file.size, sent: 0, state: "receiving", message: "waiting…" };
    local.set(id, row);
    drawList();
    const chunk = model.get("chunk_bytes");
    try {
      if (await sendDirect(file, id, row)) { local.delete(id); drawList(); return; }
      row.message = "sending through the notebook…";
      await request(id, { type: "begin", name: file.name, size: file.size, mime: file.type || "" });
      let offset = 0;
      while (offset < file.size) {
        const end = Math.min(offset + chunk, file.size);
        const buf = await file.slice(offset, end).arrayBuffer();
        await request(id, { type: "chunk", offset }, [buf]);
        offset = end;
        row.sent = offset;
      }
      await request(id, { type: "end", size: file.size });
      local.delete(id);
    } catch (err) {
      Object.assign(row, { state: "error", message: "✖ " + err.message });
      model.send({ type: "abort", id, message: err.message });
    }
    drawList();
  }

  // Several files picked or dropped together reach the engine in ONE upload call (numbered stills then
  // become one clip): each file's chunks go to the kernel, which uploads them all at once. One row, one bar.
  async function sendBatch(files) {
    const id = "b" + Date.now().toString(36) + "-" + seq++;
    const total = files.reduce((n, f) => n + f.size, 0);
    const name = files.length + " files: " + files[0].name + " … " + files[files.length - 1].name;
    const row = { id, name, size: total, sent: 0, state: "receiving", message: "waiting…" };
    local.set(id, row);
    drawList();
    const chunk = model.get("chunk_bytes");
    try {
      await request(id, { type: "batch-begin", files: files.map((f) => ({ name: f.name, size: f.size })) });
      local.delete(id); // the kernel's row (one bar for the whole batch) takes over
      let done = 0;
      for (let index = 0; index < files.length; index++) {
        const file = files[index];
        let offset = 0;
        while (offset < file.size) {
          const end = Math.min(offset + chunk, file.size);
          const buf = await file.slice(offset, end).arrayBuffer();
          await request(id, { type: "chunk", index, offset }, [buf]);
          offset = end;
        }
        done += file.size;
      }
      await request(id, { type: "batch-end", size: done });
    } catch (err) {
      local.set(id, row);
      Object.assign(row, { state: "error", message: "✖ " + err.message });
      model.send({ type: "abort", id, message: err.message });
    }
    drawList();
  }

  function addFiles(files) {
    if (model.get("disabled")) return;
    const good = files.filter(accepted);
    if (good.length > 1 && model.get("batch")) { queue = queue.then(() => sendBatch(good)); return; }
    for (const f of good) queue = queue.then(() => sendFile(f));
  }

  zone.addEventListener("click", () => input.click());
  zone.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") input.click(); });
  input.addEventListener("change", () => { addFiles(Array.from(input.files || [])); input.value = ""; });
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    addFiles(Array.from(e.dataTransfer?.files || []));
  });

  model.on("change:files", drawList);
  model.on("change:accept", refreshHint);
  model.on("change:max_bytes", refreshHint);
  model.on("change:disabled", refreshHint);
  refreshHint();
  drawList();
  return () => model.off("msg:custom", onMsg);
}

export default { render };
