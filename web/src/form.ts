// The context form, built from the server's description of Config's fields: a setting
// added to Config later appears here without a change to the page. Values are kept in
// this browser's local storage; nothing about the draft is.

import { h, uniqueId } from "./dom";
import type { FormDescription, FormField, Json, Settings } from "./types";

const STORAGE_KEY = "postlint.context.v1";

export interface ContextForm {
  settings(): Settings;
  load(settings: Settings): void;
}

type Reader = () => Json | undefined;
type Writer = (value: Json | undefined) => void;

export function loadStoredSettings(): Settings | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as Settings) : null;
  } catch {
    return null; // storage refused or damaged: start afresh
  }
}

export function buildForm(
  root: HTMLElement,
  description: FormDescription,
  onChange: () => void,
): ContextForm {
  const readers = new Map<string, Reader>();
  const writers = new Map<string, Writer>();
  for (const section of description.sections) {
    const legendId = uniqueId("section");
    const fieldset = h("fieldset", { class: `section section-${section.id}` });
    fieldset.append(h("legend", { id: legendId }, section.title));
    for (const field of section.fields) {
      const [element, read, write] = control(field);
      fieldset.append(element);
      readers.set(field.path, read);
      writers.set(field.path, write);
    }
    root.append(fieldset);
  }
  root.addEventListener("input", () => changed());
  root.addEventListener("change", () => changed());

  function settings(): Settings {
    const result: Settings = {};
    for (const [path, read] of readers) {
      const value = read();
      if (value !== undefined) setPath(result, path, value);
    }
    return result;
  }

  function changed(): void {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(settings()));
    } catch {
      // Storage full or refused: the form still works for this visit.
    }
    onChange();
  }

  function load(values: Settings): void {
    for (const [path, write] of writers) write(getPath(values, path));
    changed();
  }

  load(loadStoredSettings() ?? description.defaults);
  return { settings, load };
}

function control(field: FormField): [HTMLElement, Reader, Writer] {
  const id = uniqueId("field");
  const helpId = `${id}-help`;
  const help = field.help ? h("p", { id: helpId, class: "help" }, field.help) : null;
  const described = field.help ? helpId : undefined;
  const label = h("label", { for: id }, field.label);

  switch (field.widget) {
    case "checkbox": {
      const input = h("input", { id, type: "checkbox", "aria-describedby": described });
      const row = h("div", { class: "field field-checkbox" }, input, label, help);
      return [
        row,
        () => (input.checked === (field.default === true) ? undefined : input.checked),
        (v) => (input.checked = typeof v === "boolean" ? v : field.default === true),
      ];
    }
    case "choice": {
      const select = h("select", { id, "aria-describedby": described });
      if (field.nullable) select.append(h("option", { value: "" }, "Not set"));
      for (const option of field.options) {
        select.append(h("option", { value: option.value, title: option.help || undefined }, option.label));
      }
      const row = h("div", { class: "field" }, label, select, help);
      return [
        row,
        () => select.value || undefined,
        (v) => {
          const fallback = typeof field.default === "string" ? field.default : "";
          select.value = typeof v === "string" ? v : fallback || (field.nullable ? "" : field.options[0]?.value ?? "");
        },
      ];
    }
    case "group":
      return groupControl(field, id, help);
    default: {
      const multiline = ["textarea", "lines", "posts"].includes(field.widget);
      const input = multiline
        ? h("textarea", { id, rows: field.widget === "posts" ? "5" : "3", "aria-describedby": described })
        : h("input", {
            id,
            type: field.widget === "date" ? "date" : field.widget === "number" ? "number" : "text",
            "aria-describedby": described,
          });
      const row = h("div", { class: "field" }, label, input, help);
      return [row, () => readText(field, input.value), (v) => (input.value = writeText(field, v))];
    }
  }
}

function readText(field: FormField, raw: string): Json | undefined {
  if (field.widget === "lines") {
    const lines = raw.split("\n").map((line) => line.trim()).filter(Boolean);
    return lines.length ? lines : undefined;
  }
  if (field.widget === "posts") {
    const posts = parsePosts(raw);
    return posts.length ? posts : undefined;
  }
  if (field.widget === "number") return raw.trim() === "" ? undefined : Number(raw);
  return raw.trim() === "" ? undefined : raw;
}

function writeText(field: FormField, value: Json | undefined): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(String).join(field.widget === "posts" ? "\n\n" : "\n");
  return String(value);
}

/** Past posts: an archive in JSON Lines (a "text" field per line), else blank-line separated. */
export function parsePosts(raw: string): string[] {
  const lines = raw.split("\n").filter((line) => line.trim());
  if (lines.length && lines.every((line) => line.trim().startsWith("{"))) {
    try {
      const texts = lines.map((line) => JSON.parse(line).text);
      if (texts.every((text) => typeof text === "string")) return texts as string[];
    } catch {
      // Not JSON Lines after all: read it as plain posts.
    }
  }
  return raw.split(/\n\s*\n/).map((post) => post.trim()).filter(Boolean);
}

function groupControl(
  field: FormField,
  id: string,
  help: HTMLElement | null,
): [HTMLElement, Reader, Writer] {
  const rows = h("ol", { class: "group-rows" });
  const entries: { element: HTMLElement; readers: Map<string, Reader>; writers: Map<string, Writer> }[] = [];
  const singular = field.label.replace(/s$/, "").toLowerCase();
  const add = h("button", { type: "button", class: "secondary" }, `Add ${aOrAn(singular)} ${singular}`);

  function addRow(values: Settings): void {
    const readers = new Map<string, Reader>();
    const writers = new Map<string, Writer>();
    const item = h("li", { class: "group-row" });
    for (const sub of field.items) {
      const [element, read, write] = control(sub);
      item.append(element);
      readers.set(sub.path, read);
      writers.set(sub.path, write);
      write(values[sub.path]);
    }
    const remove = h("button", { type: "button", class: "secondary" }, `Remove this ${singular}`);
    const entry = { element: item, readers, writers };
    remove.addEventListener("click", () => {
      entries.splice(entries.indexOf(entry), 1);
      item.remove();
      add.focus();
      rows.dispatchEvent(new Event("change", { bubbles: true }));
    });
    item.append(remove);
    entries.push(entry);
    rows.append(item);
  }

  add.addEventListener("click", () => {
    addRow({});
    entries[entries.length - 1].element.querySelector<HTMLElement>("input, select, textarea")?.focus();
    rows.dispatchEvent(new Event("change", { bubbles: true }));
  });
  const wrapper = h("div", { class: "field field-group", id }, help, rows, add);
  const read: Reader = () => {
    const items = entries
      .map(({ readers }) => {
        const item: Settings = {};
        for (const [path, readOne] of readers) {
          const value = readOne();
          if (value !== undefined) item[path] = value;
        }
        return item;
      })
      .filter((item) => Object.keys(item).length);
    return items.length ? items : undefined;
  };
  const write: Writer = (value) => {
    entries.splice(0).forEach(({ element }) => element.remove());
    if (Array.isArray(value)) for (const item of value) addRow((item ?? {}) as Settings);
  };
  return [wrapper, read, write];
}

function aOrAn(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

function setPath(target: Settings, path: string, value: Json): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== "object" || node[part] === null || Array.isArray(node[part])) node[part] = {};
    node = node[part] as Settings;
  }
  node[parts[parts.length - 1]] = value;
}

function getPath(source: Settings, path: string): Json | undefined {
  let node: Json | undefined = source;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null || Array.isArray(node)) return undefined;
    node = node[part];
  }
  return node;
}
