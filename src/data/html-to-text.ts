/**
 * A saved web page to readout text (issue 9), with the browser's DOMParser: scripts, styles,
 * navigation and the page's own header and footer are dropped, markup becomes paragraphs. Parsing
 * never runs the page's scripts, and the result is plain text (it is never rendered as HTML).
 */

const DROPPED = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "svg",
  "canvas",
  "form",
  "button",
  "select",
  "nav",
  "aside",
  "[role=navigation]",
  "[role=banner]",
  "[role=contentinfo]",
  "[aria-hidden=true]",
  "[hidden]",
].join(",");

const BLOCK = new Set(
  "address article blockquote dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr li main ol p pre section table tbody td th thead tr ul".split(
    " ",
  ),
);

function collect(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push((node.textContent ?? "").replace(/\s+/g, " "));
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const tag = (node as Element).tagName.toLowerCase();
  if (tag === "br") {
    out.push("\n");
    return;
  }
  if (tag === "pre") {
    out.push("\n\n", node.textContent ?? "", "\n\n");
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.push("\n\n");
  for (const child of node.childNodes) collect(child, out);
  if (block) out.push("\n\n");
}

// Style sheets, style attributes and event-handler attributes go before parsing: DOMParser's
// document is inert (no script runs, nothing loads) but is checked against the page's
// Content-Security-Policy, so each one reported a style-src or script-src-attr violation in the
// console. None of them is text.
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const START_TAG = /<[a-z][^>]*>/gi;
const STYLE_OR_HANDLER_ATTRIBUTE = /\s(?:style|on[a-z]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;

function withoutStylesOrHandlers(html: string): string {
  return html
    .replace(STYLE_ELEMENT, "")
    .replace(START_TAG, (tag) => tag.replace(STYLE_OR_HANDLER_ATTRIBUTE, ""));
}

export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(withoutStylesOrHandlers(html), "text/html");
  doc.querySelectorAll(DROPPED).forEach((element) => element.remove());
  // The page's banner and footer are furniture; an article's own header holds its title and stays.
  doc.querySelectorAll("header, footer").forEach((element) => {
    if (!element.closest("article, main")) element.remove();
  });
  const out: string[] = [];
  collect(doc.body ?? doc.documentElement, out);
  const text = out
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const title = doc.querySelector("title")?.textContent?.trim();
  // The <title> is kept as the first line when the body does not already start with it.
  return title && !text.startsWith(title) && !doc.querySelector("h1") ? `${title}\n\n${text}` : text;
}
