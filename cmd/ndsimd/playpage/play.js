// The ndsimd play page: reads the shapes from the URL (?s=3,1&s=4, and
// optionally &v=values for each), keeps one form row per operand, and on
// every change asks ndsimd (WebAssembly, ndsimdPlay) for the explanation, the
// picture and the result.
"use strict";

const $ = (id) => document.getElementById(id);

function operandName(i) {
  let s = "";
  for (;;) {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26) - 1;
    if (i < 0) return s;
  }
}

function addRow(shape = "", values = "") {
  const row = $("operand-template").content.firstElementChild.cloneNode(true);
  row.querySelector(".shape").value = shape;
  row.querySelector(".values").value = values;
  row.querySelector(".remove").addEventListener("click", () => {
    if (document.querySelectorAll(".operand-row").length > 1) {
      row.remove();
      renumber();
      update(true);
    }
  });
  for (const input of row.querySelectorAll("input")) {
    input.addEventListener("input", () => update(false));
  }
  $("operands").appendChild(row);
  renumber();
  return row;
}

function renumber() {
  document.querySelectorAll(".operand-row").forEach((row, i) => {
    row.querySelector(".name").textContent = operandName(i);
    row.querySelector(".shape").setAttribute("aria-label", "shape of " + operandName(i));
    row.querySelector(".values").setAttribute("aria-label", "values of " + operandName(i));
  });
}

function request() {
  const shapes = [], values = [];
  for (const row of document.querySelectorAll(".operand-row")) {
    shapes.push(row.querySelector(".shape").value);
    values.push(row.querySelector(".values").value);
  }
  return { shapes, values };
}

// update asks ndsimd for the answer and shows it; with push it also puts
// the shapes in the address bar, so that the page can be linked to.
function update(push) {
  if (typeof window.ndsimdPlay !== "function") return;
  const req = request();
  const resp = JSON.parse(window.ndsimdPlay(JSON.stringify(req)));
  $("explanation").textContent = resp.text || "";
  $("picture").innerHTML = resp.svg || ""; // ndsimd's own SVG, text escaped
  $("expr").textContent = resp.expr || "a + b";
  $("result-shape").textContent = resp.shape ? "Result shape: " + resp.shape : "";
  $("result").textContent = resp.result || "";
  $("result").hidden = !resp.result;
  $("error").textContent = resp.error || "";
  document.body.dataset.state = resp.error ? "error" : "ok";
  if (push) {
    const q = new URLSearchParams();
    req.shapes.forEach((s) => q.append("s", s));
    if (req.values.some((v) => v.trim() !== "")) req.values.forEach((v) => q.append("v", v));
    history.replaceState(null, "", "?" + q.toString());
  }
}

function init() {
  const q = new URLSearchParams(location.search);
  const shapes = q.getAll("s"), values = q.getAll("v");
  if (shapes.length === 0) shapes.push("3,1", "4");
  if (shapes.length === 1) shapes.push("");
  shapes.forEach((s, i) => addRow(s, values[i] || ""));
  $("add").addEventListener("click", () => { addRow().querySelector(".shape").focus(); });
  $("form").addEventListener("submit", (e) => { e.preventDefault(); update(true); });
}

window.ndsimdReady = () => {
  $("status").textContent = "ndsimd is running in your browser (WebAssembly).";
  document.body.dataset.ready = "1";
  update(false);
};

init();
const go = new Go();
WebAssembly.instantiateStreaming(fetch("ndsimd.wasm"), go.importObject)
  .then((r) => go.run(r.instance))
  .catch((err) => { $("status").textContent = "Could not start ndsimd: " + err; $("status").className = "error"; });
