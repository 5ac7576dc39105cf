// Chat view: history bubbles, a quiet status line, and a text box that sends on Enter.
// Enter while an IME is composing (Chinese, Japanese…) must not send: check isComposing.
function render({ model, el }) {
  el.classList.add("vidai-chat");
  const history = document.createElement("div");
  history.className = "vidai-chat-history";
  const status = document.createElement("div");
  status.className = "vidai-chat-status";
  const row = document.createElement("div");
  row.className = "vidai-chat-input";
  const box = document.createElement("textarea");
  box.rows = 1;
  box.className = "vidai-chat-box";
  const send = document.createElement("button");
  send.className = "vidai-chat-send";
  send.textContent = "Send";
  const counter = document.createElement("div");
  counter.className = "vidai-chat-counter";
  row.append(box, send);
  el.append(history, status, row, counter);
  let hintTimer = null;
  function hint(text) {  // a local, passing hint (empty or over-long request): nothing is sent
    status.textContent = text;
    status.classList.add("hint");
    clearTimeout(hintTimer);
    hintTimer = setTimeout(() => { status.classList.remove("hint"); drawStatus(); }, 6000);
  }
  function drawCounter() {
    const max = model.get("max_chars") || 0;
    const n = box.value.trim().length;
    const over = max && n > max;
    counter.style.display = max && n > 0.8 * max ? "block" : "none";
    counter.textContent = over
      ? n.toLocaleString() + " / " + max.toLocaleString() + " characters — too long to send: shorten it or split it into steps"
      : n.toLocaleString() + " / " + max.toLocaleString() + " characters";
    counter.classList.toggle("over", !!over);
    send.disabled = !!model.get("busy") || !!model.get("disabled") || !!over;
  }
  box.addEventListener("input", drawCounter);

  function drawHistory() {
    const msgs = model.get("messages") || [];
    const atBottom = history.scrollHeight - history.scrollTop - history.clientHeight < 40;
    // Redraw only from the first bubble that differs: streaming updates touch the last one.
    const nodes = history.children;
    for (let i = 0; i < msgs.length; i++) {
      const m = msgs[i];
      let node = nodes[i];
      if (!node) { node = document.createElement("div"); history.append(node); }
      const cls = "vidai-msg " + m.role + (m.kind ? " " + m.kind : "");
      if (node.className !== cls) node.className = cls;
      // The first sentence shows; the details (timeline summary, effect names) fold under a toggle.
      const key = m.text + "\u0000" + (m.details || "");
      if (node.dataset.key !== key) {
        node.dataset.key = key;
        node.replaceChildren();
        const head = document.createElement("span");
        head.className = "vidai-msg-text";
        head.textContent = m.text;
        node.append(head);
        if (m.details) {
          const fold = document.createElement("details");
          fold.className = "vidai-msg-details";
          const summary = document.createElement("summary");
          summary.textContent = "details";
          const body = document.createElement("div");
          body.textContent = m.details;
          fold.append(summary, body);
          node.append(fold);
        }
      }
    }
    while (nodes.length > msgs.length) history.lastChild.remove();
    if (atBottom || msgs.length && msgs[msgs.length - 1].role === "user") history.scrollTop = history.scrollHeight;
  }
  function drawStatus() {
    status.classList.remove("hint");
    status.textContent = model.get("status") || "";
  }
  function drawBusy() {
    const busy = !!model.get("busy");
    box.placeholder = busy ? "Working on it…" : model.get("placeholder");
    el.classList.toggle("busy", busy);
    drawCounter();
  }
  function submit() {
    const text = box.value.trim();
    if (model.get("busy") || model.get("disabled")) return;
    if (!text) { hint("Type what to change first, e.g. “trim to the first 5 seconds” or “add subtitles”."); box.focus(); return; }
    const max = model.get("max_chars") || 0;
    if (max && text.length > max) { drawCounter(); hint("That request is too long to send (" + text.length.toLocaleString() + " / " + max.toLocaleString() + " characters)."); return; }
    box.value = "";
    drawCounter();
    model.send({ type: "submit", text });
  }
  box.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      submit();
    }
  });
  send.addEventListener("click", submit);
  model.on("change:messages", drawHistory);
  model.on("change:status", drawStatus);
  model.on("change:busy", drawBusy);
  model.on("change:disabled", drawBusy);
  model.on("change:max_chars", drawCounter);
  drawHistory(); drawStatus(); drawBusy();
}
export default { render };
