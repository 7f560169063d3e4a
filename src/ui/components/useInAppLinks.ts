import { useCallback } from 'react';
import { useNavigate } from 'react-router';

/** A ref for a container of plain `<a href="/…">` links that makes them navigate within the
 *  app, as react-router's `<Link>` does, through one listener for all of them. A `<Link>` runs
 *  a dozen hooks and an effect each time it renders, a good part of a 200-step path's render
 *  (bench: `BENCH_ONLY=recruit`). A click the browser should handle itself —
 *  another button, a modifier key for a new tab or window, another target — is left to it. */
export function useInAppLinks() {
  const navigate = useNavigate();
  return useCallback(
    (container: HTMLElement | null) => {
      if (!container) return;
      const onClick = (event: MouseEvent) => {
        if (event.defaultPrevented || event.button !== 0) return;
        if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
        const link = event.target instanceof Element ? event.target.closest('a') : null;
        if (!link || !container.contains(link)) return;
        if (link.target !== '' && link.target !== '_self') return;
        const to = link.getAttribute('href');
        if (!to?.startsWith('/')) return;
        event.preventDefault();
        void navigate(to);
      };
      container.addEventListener('click', onClick);
      return () => container.removeEventListener('click', onClick);
    },
    [navigate],
  );
}
