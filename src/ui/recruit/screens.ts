/** The recruit's screens, each its own chunk, loaded when first opened. */
export const recruitScreens = {
  step: () => import('./StepScreen'),
  training: () => import('./TrainingScreen'),
  mentor: () => import('./MentorScreen'),
  groups: () => import('./GroupsScreen'),
};

/**
 * Loads every recruit screen's code once the page is idle. A recruit who signs in for the
 * first time and goes offline at once (the service worker may not have stored the app yet)
 * can still open her steps: a module loaded once stays loaded for the life of the page.
 * A failure only means the screen loads when opened, as before.
 */
export function warmRecruitScreens(): () => void {
  const warm = () => {
    for (const load of Object.values(recruitScreens)) load().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(warm, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(warm, 500);
  return () => clearTimeout(handle);
}
