// Building the page's DOM. Text from the API (messages quote the draft) only ever goes in
// as text nodes, never as HTML.

type Attributes = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

let uniqueCount = 0;
export function uniqueId(prefix: string): string {
  uniqueCount += 1;
  return `${prefix}-${uniqueCount}`;
}

/** Says ``message`` to screen readers through a polite live region (and shows it). */
export function announce(region: HTMLElement, message: string): void {
  if (region.textContent !== message) region.textContent = message;
}
