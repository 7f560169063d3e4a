import { warmWhenIdle } from '../layout/warm-up';

/** The welcome content's screens (issue 18), each its own chunk. */
export const welcomeScreens = {
  welcome: () => import('./WelcomeScreen'),
  item: () => import('./ContentScreen'),
  list: () => import('./ContentListScreen'),
  editor: () => import('./ContentEditorScreen'),
  /** The Markdown renderer, a chunk of its own (LazyMarkdown.tsx). */
  markdown: () => import('./Markdown'),
};

/** What a reader opens offline from the first sign-in on: the list and an item. */
export const warmWelcomeScreens = () =>
  warmWhenIdle([welcomeScreens.welcome, welcomeScreens.item, welcomeScreens.markdown]);
