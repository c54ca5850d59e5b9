/** HTML and text bodies, converted for upstreams that take (or give) only one of them. */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Plain text of an HTML body: block ends become line breaks, tags go, common entities are decoded. */
export const htmlToText = (html: string | null | undefined): string | null => {
  if (html === null || html === undefined) return null;
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote|pre)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
};

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: escaped, one paragraph per blank-line-separated block, line breaks kept. */
export const textToHtml = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((block) => `<p>${block.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char).replace(/\n/g, '<br>')}</p>`)
    .join('');
