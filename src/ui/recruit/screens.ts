import { warmWhenIdle } from '../layout/warm-up';
import { welcomeScreens } from '../welcome/screens';

/** The recruit's screens, each its own chunk, loaded when first opened. */
export const recruitScreens = {
  step: () => import('./StepScreen'),
  training: () => import('./TrainingScreen'),
  mentor: () => import('./MentorScreen'),
  groups: () => import('./GroupsScreen'),
  welcome: welcomeScreens.welcome,
  welcomeItem: welcomeScreens.item,
  markdown: welcomeScreens.markdown,
};

/** Her screens' code, loaded once the page is idle after sign-in (offline from the first). */
export const warmRecruitScreens = () => warmWhenIdle(Object.values(recruitScreens));
