/** A titled part of a description ("Requirements", "Ihre Aufgaben"): the title escaped, the part's HTML as given. */
export function htmlSection(heading: string | undefined, html: string): string {
  return heading ? `<h3>${escapeText(heading)}</h3>\n${html}` : html;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
