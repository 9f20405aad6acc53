// The facilitator's page: plain DOM, no framework, everything from this server.
"use strict";

const $ = (selector) => document.querySelector(selector);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
};

/** The files a handout comes as: the API's `format`, the word on the buttons, and the file name's extension. */
const FORMATS = {
  pdf: { label: "PDF", extension: "pdf", type: "application/pdf" },
  docx: { label: "Word", extension: "docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  html: { label: "web page", extension: "html", type: "text/html" },
};
const KINDS = { student: "student handout", teacher: "teacher guide" };

let shipped = null; // the shipped prompt bank, fetched when a prompt is first edited
let lastSet = null;

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

async function post(url, body) {
  return fetch(url, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Accept: ["application/json", ...Object.values(FORMATS).map((f) => f.type), "application/problem+json"].join(", "),
    },
    body: JSON.stringify(body),
  });
}

/** Reads an RFC 9457 problem from a failed response. */
async function problemOf(response) {
  let problem = { status: response.status, title: response.statusText, detail: "" };
  try { problem = { ...problem, ...(await response.json()) }; } catch { /* not JSON: keep the status */ }
  const error = new Error(problem.detail || problem.title);
  error.problem = problem;
  return error;
}

function say(message) { $("#status").textContent = message; }

function alarm(message) { $("#alert").textContent = message; }

/** Shows a problem where it belongs: template errors at their lines, field errors by field, the rest as an alert. */
function showProblem(error) {
  say("");
  const problem = error.problem;
  if (!problem) { alarm(`Could not reach the server: ${error.message}`); return; }
  if (Array.isArray(problem.errors)) { showTemplateErrors(problem.errors); alarm(`${problem.title}: ${problem.detail ?? ""}`); return; }
  if (problem.errors && typeof problem.errors === "object") {
    const lines = Object.entries(problem.errors).map(([field, why]) => `${field}: ${[].concat(why).join(" ")}`);
    alarm(`${problem.title ?? "Invalid request"}\n${lines.join("\n")}`);
    return;
  }
  alarm(`${problem.title ?? "Error"}${problem.detail ? `: ${problem.detail}` : ""}`);
}

function choices(container, name, terms, describe) {
  for (const term of terms) {
    const id = `${name}-${term.id}`;
    const input = el("input", { type: "checkbox", id, name, value: term.id });
    const label = el("label", { htmlFor: id }, describe(term));
    container.append(el("div", { className: "choice" }, input, label));
  }
}

async function loadChoices() {
  const [units, themes, audiences] = await Promise.all([getJson("api/units"), getJson("api/themes"), getJson("api/audiences")]);
  $("#units-loading").remove();
  const byProfile = new Map();
  for (const unit of units) {
    const group = unit.profile ?? "framing";
    if (!byProfile.has(group)) byProfile.set(group, []);
    byProfile.get(group).push(unit);
  }
  for (const [profile, list] of byProfile) {
    const group = el("div", { className: "group" }, el("h3", { textContent: profile === "framing" ? "The AP’s introduction" : profile[0].toUpperCase() + profile.slice(1) }));
    choices(group, "unit", list, (u) => `${u.heading ?? u.title} (${u.id}; ${u.minutes} min; advisory: ${u.advisory.level})`);
    $("#units").append(group);
  }
  choices($("#themes"), "theme", themes, (t) => `${t.label}: ${t.description}`);
  for (const audience of audiences) {
    $("#audience").append(el("option", { value: audience.id, textContent: audience.label, selected: audience.id === "9-10" }));
  }
}

function templates() {
  const text = $("#template-text").value;
  return text.trim() === "" ? [] : [{ file: $("#template-name").value.trim() || "my-prompts.yaml", text }];
}

function request() {
  const checked = (name) => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
  return {
    units: checked("unit"),
    themes: checked("theme"),
    audience: $("#audience").value,
    count: Number.parseInt($("#count").value, 10),
    seed: Number.parseInt($("#seed").value, 10),
    options: { leaveOutGraphic: $("#leave-out-graphic").checked },
    templates: templates(),
  };
}

async function generate(event) {
  event.preventDefault();
  alarm("");
  const body = request();
  if (body.units.length === 0) {
    alarm("Choose at least one unit.");
    document.querySelector('input[name="unit"]')?.focus();
    return;
  }
  const button = $("#generate");
  button.disabled = true;
  say("Generating…");
  try {
    const response = await post("api/discussions", body);
    if (!response.ok) throw await problemOf(response);
    lastSet = await response.json();
    clearTemplateErrors();
    render(lastSet);
    say(`${lastSet.prompts.length} prompts generated.`);
    $("#results").focus();
  } catch (error) {
    showProblem(error);
  } finally {
    button.disabled = false;
  }
}

function render(set) {
  $("#results-empty").hidden = true;
  const excerpts = new Map(set.excerpts.map((x) => [x.id, x]));
  const summary = $("#summary");
  summary.replaceChildren(
    el("p", { textContent: `Units: ${set.units.map((u) => u.title ?? u.id).join("; ")}. About ${set.minutes} minutes.` }),
  );
  for (const advisory of set.advisories ?? []) {
    summary.append(el("p", { className: "hint", textContent: `Advisory for ${advisory.unit}: ${advisory.level}. ${(advisory.reasons ?? []).join(" ")}` }));
  }
  const list = $("#prompts");
  list.replaceChildren();
  set.prompts.forEach((prompt, index) => {
    const item = el("li", { className: "prompt", id: `prompt-${index + 1}` });
    item.append(
      el("h3", { textContent: `Prompt ${index + 1}` }),
      el("p", { className: "tags", textContent: [prompt.theme, prompt.framework, prompt.level, prompt.question].filter(Boolean).join(" · ") }),
      el("p", { className: "text", textContent: prompt.text }),
    );
    for (const id of [prompt.excerpt, prompt.pair].filter(Boolean)) {
      const excerpt = excerpts.get(id);
      if (!excerpt) continue;
      item.append(el("blockquote", {},
        el("p", { textContent: excerpt.text }),
        el("footer", { textContent: `${excerpt.speaker}: ${excerpt.unit}, line ${excerpt.line}` })));
      if (excerpt.why) item.append(el("p", { className: "why", textContent: `Why this excerpt: ${excerpt.why}` }));
    }
    if (prompt.why) item.append(el("p", { className: "why", textContent: `Why this prompt: ${prompt.why}` }));
    if (prompt.lookFors?.length) item.append(details("Look for", prompt.lookFors));
    if (prompt.starters?.length) item.append(details("Sentence starters", prompt.starters));
    // The id is shown, not only announced: a facilitator's template replaces a prompt by its id.
    const edit = el("button", { type: "button", className: "edit" }, `Edit prompt ${index + 1} `, el("span", { className: "prompt-id", textContent: `(${prompt.id})` }));
    // The copy keeps the units the prompt was generated for, so the edited prompt comes back for the same units.
    const units = [...new Set([prompt.excerpt, prompt.pair].filter(Boolean).map((id) => set.excerpts.find((e) => e.id === id)?.unit).filter(Boolean))];
    edit.addEventListener("click", () => editPrompt(prompt.id, units));
    item.append(edit);
    list.append(item);
  });
}

function details(title, items) {
  return el("details", {}, el("summary", { textContent: title }), el("ul", {}, ...items.map((t) => el("li", { textContent: t }))));
}

async function bank() {
  shipped ??= await getJson("api/templates");
  return shipped;
}

/** Copies one shipped prompt (its `- id:` entry) into the editor, where a change overrides it by id. */
async function editPrompt(id, units = []) {
  try {
    const { files } = await bank();
    let entry = files.map((f) => extractPrompt(f.text, id)).find(Boolean);
    if (entry && units.length > 0 && !/^\s+units:/m.test(entry)) {
      entry = entry.replace(/^(\s+audiences:.*)$/m, `$1\n    units: [${units.join(", ")}]`);
    }
    const editor = $("#template-text");
    if (!entry) { alarm(`Prompt ${id} is not in the shipped templates; edit it in your own file.`); return; }
    const existing = editor.value.trim();
    editor.value = existing === "" ? `prompts:\n${entry}` : `${existing}\n${entry}`;
    say(`Prompt ${id} copied into your templates: change it, then generate again.`);
    editor.focus();
    editor.setSelectionRange(editor.value.length - entry.length, editor.value.length - entry.length);
  } catch (error) {
    showProblem(error);
  }
}

function extractPrompt(text, id) {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => new RegExp(`^(\\s*)- id:\\s*["']?${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*$`).test(l));
  if (start < 0) return null;
  const indent = lines[start].indexOf("-");
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end];
    const trimmed = line.trim();
    const lineIndent = line.length - line.trimStart().length;
    if (trimmed !== "" && lineIndent <= indent && !trimmed.startsWith("#")) break;
    if (trimmed.startsWith("#") && lineIndent <= indent) break;
    end++;
  }
  while (end > start + 1 && lines[end - 1].trim() === "") end--;
  return lines.slice(start, end).map((l) => "  " + l.slice(indent)).join("\n") + "\n";
}

async function addPrompt() {
  try {
    const { starter } = await bank();
    const editor = $("#template-text");
    const existing = editor.value.trim();
    // A second prompt joins the list already in the editor: only the starter's entry is appended.
    const entry = starter.slice(starter.indexOf("\nprompts:") + "\nprompts:".length).replace(/^\s*\n/, "");
    editor.value = existing === "" ? starter : `${existing}\n${entry}`;
    editor.focus();
    say("A new prompt was added to your templates: fill it in, then check it.");
  } catch (error) {
    showProblem(error);
  }
}

async function checkTemplates() {
  alarm("");
  const [file] = templates();
  if (!file) { say("Your templates are empty: nothing to check."); clearTemplateErrors(); return; }
  try {
    const response = await post("api/templates/validate", file);
    if (!response.ok) throw await problemOf(response);
    const result = await response.json();
    clearTemplateErrors();
    say(`Your templates are fine: ${result.prompts.length} prompt(s): ${result.prompts.join(", ")}.`);
  } catch (error) {
    showProblem(error);
  }
}

function clearTemplateErrors() {
  $("#template-errors").hidden = true;
  $("#template-error-list").replaceChildren();
}

function showTemplateErrors(errors) {
  const list = $("#template-error-list");
  list.replaceChildren(...errors.map((e) => {
    const button = el("button", { type: "button", textContent: `Line ${e.line}, column ${e.column}: ${e.message}` });
    button.addEventListener("click", () => goTo(e.line, e.column));
    const item = el("li", { className: "template-error" }, button);
    item.dataset.line = e.line;
    item.dataset.column = e.column;
    return item;
  }));
  $("#template-errors").hidden = false;
  $("#template-errors-heading").focus();
}

/** Puts the caret at a line and column of the editor, selecting the rest of that line. */
function goTo(line, column) {
  const editor = $("#template-text");
  const lines = editor.value.split("\n");
  const row = Math.min(Math.max(line, 1), lines.length) - 1;
  const start = lines.slice(0, row).reduce((n, l) => n + l.length + 1, 0);
  const from = start + Math.min(Math.max(column - 1, 0), lines[row].length);
  editor.focus();
  editor.setSelectionRange(from, start + lines[row].length);
  const lineHeight = Number.parseFloat(getComputedStyle(editor).lineHeight) || 20;
  editor.scrollTop = Math.max(0, row * lineHeight - editor.clientHeight / 2);
}

function chosenFormat() {
  return document.querySelector('input[name="format"]:checked')?.value ?? "pdf";
}

/** The buttons say which file they give. */
function labelDownloads() {
  const format = FORMATS[chosenFormat()];
  for (const button of document.querySelectorAll("button[data-kind]")) {
    button.textContent = `Download ${KINDS[button.dataset.kind]} (${format.label})`;
  }
}

/** What POST /api/handouts is sent: the discussion request, the kind and paper, and the format when it is not the default PDF. */
function handoutRequest(kind) {
  const body = { ...request(), kind, paper: $("#paper").value };
  const format = chosenFormat();
  if (format !== "pdf") body.format = format;
  return body;
}

async function download(event) {
  alarm("");
  const button = event.currentTarget;
  const kind = button.dataset.kind;
  const body = handoutRequest(kind);
  if (body.units.length === 0) { alarm("Choose at least one unit."); return; }
  const format = FORMATS[body.format ?? "pdf"];
  button.disabled = true;
  say(`Making the ${KINDS[kind]} (${format.label})…`);
  try {
    const response = await post("api/handouts", body);
    if (!response.ok) throw await problemOf(response);
    const blob = await response.blob();
    const name = /filename="?([^";]+)"?/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? `${kind}.${format.extension}`;
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    say(`Downloaded ${name}.`);
  } catch (error) {
    showProblem(error);
  } finally {
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("#choose").addEventListener("submit", generate);
  $("#add-prompt").addEventListener("click", addPrompt);
  $("#check-templates").addEventListener("click", checkTemplates);
  $("#clear-templates").addEventListener("click", () => { $("#template-text").value = ""; clearTemplateErrors(); });
  $("#download-student").addEventListener("click", download);
  $("#download-teacher").addEventListener("click", download);
  for (const radio of document.querySelectorAll('input[name="format"]')) radio.addEventListener("change", labelDownloads);
  labelDownloads();
  loadChoices().catch(showProblem);
});
