// Player: the kernel's MP4 reaches the browser through the widget channel (works on Binder, where
// the browser cannot reach the kernel's localhost): the view pulls chunks (a few in flight), joins
// them into a Blob and plays its object URL in a <video>, which makes it fully seekable.
// transport "url": the kernel gave a URL the browser can load itself (e.g. Jupyter's /files/).
// kind "preview": a quick low-resolution render of the draft, labelled as such (never "exported"),
// with no download link and the full-quality export one click away.
function fmtBytes(n) {
  if (n >= 1 << 20) return (n / (1 << 20)).toFixed(1) + " MB";
  if (n >= 1 << 10) return (n / (1 << 10)).toFixed(0) + " KB";
  return n + " B";
}

function jupyterBase() {
  const el = document.getElementById("jupyter-config-data");
  try { return (el && JSON.parse(el.textContent).baseUrl) || "/"; } catch (e) { return "/"; }
}

function render({ model, el }) {
  el.classList.add("vidai-player");
  const video = document.createElement("video");
  video.controls = true;
  video.preload = "auto";
  video.playsInline = true;
  const img = document.createElement("img");  // GIF and JPG exports are pictures, not videos
  img.className = "vidai-player-image";
  img.alt = "the exported picture";
  const staleBar = document.createElement("div");
  staleBar.className = "vidai-player-stale";
  const staleText = document.createElement("span");
  const reexport = document.createElement("button");
  reexport.className = "vidai-player-reexport";
  reexport.textContent = "Re-export";
  reexport.addEventListener("click", () => model.send({ type: "reexport" }));
  staleBar.append(staleText, reexport);
  const label = document.createElement("div");  // what a preview is, above it
  label.className = "vidai-player-label";
  const labelText = document.createElement("span");
  labelText.className = "vidai-player-label-text";
  labelText.textContent = "Preview · a quick low-resolution look at the current timeline (Export makes the full-quality file)";
  const full = document.createElement("button");
  full.className = "vidai-player-export-full";
  full.textContent = "Export full quality";
  full.addEventListener("click", () => model.send({ type: "reexport" }));
  label.append(labelText, full);
  const stage = document.createElement("div");  // the picture, with the PREVIEW badge on it
  stage.className = "vidai-player-stage";
  const badge = document.createElement("span");
  badge.className = "vidai-player-badge";
  badge.textContent = "PREVIEW";
  stage.append(video, img, badge);
  const bar = document.createElement("div");
  bar.className = "vidai-player-bar";
  const status = document.createElement("span");
  status.className = "vidai-player-status";
  const link = document.createElement("a");
  link.className = "vidai-player-download";
  link.style.display = "none";
  bar.append(status, link);
  const empty = document.createElement("div");
  empty.className = "vidai-player-empty";
  empty.textContent = model.get("show_video") ? "▶  The exported video will play here." : "";
  el.append(staleBar, label, empty, stage, bar);

  let objectUrl = null;
  let loading = null; // token being loaded

  function isImage() { return (model.get("mime") || "").startsWith("image/"); }
  function isPreview() { return model.get("kind") === "preview" && !!model.get("token"); }
  function drawKind() {
    const preview = isPreview();
    label.style.display = preview && model.get("show_video") ? "flex" : "none";
    badge.style.display = preview ? "block" : "none";
    el.classList.toggle("preview", preview);
    if (preview) link.style.display = "none";  // a preview is not the file to keep
  }
  function show(hasVideo) {
    const withVideo = model.get("show_video");
    empty.style.display = !hasVideo && withVideo ? "flex" : "none";
    video.style.display = hasVideo && withVideo && !isImage() ? "block" : "none";
    img.style.display = hasVideo && withVideo && isImage() ? "block" : "none";
    el.classList.toggle("picture", hasVideo && isImage());
  }
  function drawStale() {
    const stale = !!model.get("stale") && !!model.get("token");
    const preview = isPreview();
    staleText.textContent = preview ? "The timeline changed since this preview." : "The timeline changed since this export.";
    reexport.style.display = preview ? "none" : "inline";
    staleBar.style.display = stale ? "flex" : "none";
    el.classList.toggle("stale", stale);
  }

  function setUrl(url, name, size) {
    if (objectUrl && objectUrl !== url) URL.revokeObjectURL(objectUrl);
    if (isImage()) { video.removeAttribute("src"); img.src = url; } else { img.removeAttribute("src"); video.src = url; }
    link.href = url;
    link.download = name;
    link.textContent = "⬇ Download " + name + " (" + fmtBytes(size) + ")";
    link.style.display = isPreview() ? "none" : "inline";
    show(true);
  }

  // Download-link only (no video): fetch the bytes on the first click, not on every export.
  let deferred = false;
  link.addEventListener("click", async (e) => {
    if (!deferred) return;
    e.preventDefault();
    deferred = false;
    await load(true);
    if (link.href.startsWith("blob:")) link.click();
  });

  async function load(force) {
    const token = model.get("token");
    const size = model.get("size");
    const name = model.get("name");
    if (!token) { show(false); status.textContent = model.get("pending") || ""; return; }
    if (!model.get("show_video") && model.get("transport") !== "url" && force !== true) {
      deferred = true;
      link.removeAttribute("href");
      link.href = "#";
      link.textContent = "⬇ Download " + name + " (" + fmtBytes(size) + ")";
      link.style.display = "inline";
      status.textContent = "";
      return;
    }
    if (model.get("transport") === "url") {
      let url = model.get("url");
      if (url.startsWith("files/")) url = jupyterBase().replace(/\/?$/, "/") + url;
      setUrl(url, name, size);
      status.textContent = model.get("pending") || "";
      return;
    }
    loading = token;
    const chunk = model.get("chunk_bytes");
    const parts = [];
    const waiting = new Map(); // offset -> resolve
    const onMsg = (msg, buffers) => {
      if (!msg || msg.token !== token || msg.type !== "chunk") return;
      const w = waiting.get(msg.offset);
      if (w) { waiting.delete(msg.offset); w(buffers[0]); }
    };
    model.on("msg:custom", onMsg);
    const t0 = performance.now();
    let received = 0;
    const offsets = [];
    for (let o = 0; o < size; o += chunk) offsets.push(o);
    const inFlight = Math.max(1, model.get("in_flight"));
    const fetchOne = (offset) => new Promise((resolve) => {
      waiting.set(offset, resolve);
      model.send({ type: "get", token, offset, length: chunk });
    });
    try {
      let next = 0;
      const results = new Array(offsets.length);
      async function lane() {
        while (next < offsets.length && loading === token) {
          const i = next++;
          const buf = await fetchOne(offsets[i]);
          const view = buf instanceof DataView ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf.buffer || buf);
          results[i] = view.slice();  // copy out of the message so its buffer can be freed
          received += view.byteLength;
          status.textContent = "Loading " + fmtBytes(received) + " / " + fmtBytes(size) + "…";
        }
      }
      await Promise.all(Array.from({ length: inFlight }, lane));
      if (loading !== token) return;
      parts.push(...results);
      const blob = new Blob(parts, { type: model.get("mime") });
      const ms = Math.round(performance.now() - t0);
      setUrl(URL.createObjectURL(blob), name, size);
      objectUrl = isImage() ? img.src : video.src;
      status.textContent = model.get("pending") || "";
      el.dataset.loadMs = String(ms);
      el.dataset.loadedBytes = String(blob.size);
      model.send({ type: "loaded", token, ms, bytes: blob.size });
    } finally {
      model.off("msg:custom", onMsg);
    }
  }

  model.on("change:token", () => { drawKind(); load(); drawStale(); });
  model.on("change:stale", drawStale);
  model.on("change:kind", () => { drawKind(); drawStale(); });
  model.on("change:pending", () => {
    if (!status.textContent.startsWith("Loading")) status.textContent = model.get("pending") || "";
  });
  drawKind();
  load();
  drawStale();
  return () => { loading = null; if (objectUrl) URL.revokeObjectURL(objectUrl); };
}

export default { render };
