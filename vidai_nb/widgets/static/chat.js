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
  row.append(box, send);
  el.append(history, status, row);

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
      if (node.textContent !== m.text) node.textContent = m.text;
    }
    while (nodes.length > msgs.length) history.lastChild.remove();
    if (atBottom || msgs.length && msgs[msgs.length - 1].role === "user") history.scrollTop = history.scrollHeight;
  }
  function drawStatus() { status.textContent = model.get("status") || ""; }
  function drawBusy() {
    const busy = !!model.get("busy");
    send.disabled = busy || !!model.get("disabled");
    box.placeholder = busy ? "Working on it…" : model.get("placeholder");
    el.classList.toggle("busy", busy);
  }
  function submit() {
    const text = box.value.trim();
    if (!text || model.get("busy") || model.get("disabled")) return;
    box.value = "";
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
  drawHistory(); drawStatus(); drawBusy();
}
export default { render };
