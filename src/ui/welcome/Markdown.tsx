import { useMemo } from 'react';
import { renderMarkdown } from './markdown';

/** An author's text, rendered and sanitised (markdown.ts): the one place the welcome
 *  content's HTML reaches the page. */
export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // Sanitised by DOMPurify in renderMarkdown; raw HTML in the source was escaped before.
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
