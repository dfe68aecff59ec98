/**
 * Copies `text`, saying whether it worked. The Clipboard API needs a secure context and
 * permission; when it is missing or refuses, selecting the text in its field and the old copy
 * command still work in most browsers (the click is the user gesture they need).
 */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
