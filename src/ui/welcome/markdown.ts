import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/**
 * Authors write Markdown; the page gets HTML only through DOMPurify (issue 18). Raw HTML in
 * the source is shown as text, never parsed: an author cannot place a script, an iframe or
 * a style, even one the sanitiser would let through. Links that are not http(s) or mailto
 * lose their address; those that leave the app open in a new tab, without an opener.
 */
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const safeLink = /^(https?:|mailto:|\/|#)/i;

let hooked = false;
function hookLinks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!safeLink.test(href)) node.removeAttribute('href');
      else if (/^https?:/i.test(href)) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
    // An author's image would be a request to an address she chose: only the text stays.
    if (node.tagName === 'IMG')
      node.replaceWith(node.ownerDocument.createTextNode(node.getAttribute('alt') ?? ''));
  });
}

/** The author's Markdown as HTML that is safe to place in the page. */
export function renderMarkdown(source: string): string {
  hookLinks();
  const html = marked.parse(source) as string;
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
  });
}
