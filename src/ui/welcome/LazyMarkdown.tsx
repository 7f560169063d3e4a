import { lazy, Suspense } from 'react';

// The renderer and its sanitiser (marked, DOMPurify: 27 KiB gzip) are a chunk of their own,
// loaded with the welcome screens when the page is idle after sign-in (screens.ts), as the
// reports' chart is: an item's screen and the editor stay small.
const Markdown = lazy(() => import('./Markdown').then((module) => ({ default: module.Markdown })));

/** An author's text: rendered once the renderer is there, its plain text until then (React
 *  escapes it: nothing of it is HTML). */
export function LazyMarkdown({ source }: { source: string }) {
  return (
    <Suspense fallback={<div className="markdown markdown--plain">{source}</div>}>
      <Markdown source={source} />
    </Suspense>
  );
}
