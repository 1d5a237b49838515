/**
 * Saves text as a file: a Blob behind an object URL, clicked through a temporary <a download>.
 * Works under the app's CSP (downloads are not fetches, and nothing runs inline) and needs no server.
 */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the blob once the click is handled; revoke on the next turn, not before it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
