import { warmWhenIdle } from '../layout/warm-up';

/** The accounts' screens (HR and managers), each its own chunk: the routes' and the
 *  warm-up's one list. */
export const accountScreens = {
  list: () => import('./accounts/AccountListScreen'),
  account: () => import('./accounts/AccountScreen'),
  activation: () => import('../activation/ActivationScreen'),
  sheets: () => import('../activation/ActivationSheetsScreen'),
};

/** The HR admin's own screens (issue 14). */
export const hrScreens = {
  organisation: () => import('./organisation/OrganisationScreen'),
  templates: () => import('./templates/TemplateListScreen'),
  template: () => import('./templates/TemplateScreen'),
  templateEditor: () => import('./templates/TemplateEditorScreen'),
  groups: () => import('./groups/GroupListScreen'),
  group: () => import('./groups/GroupScreen'),
};

/** Loaded once the page is idle after sign-in, for the places her navigation offers, so
 *  they open offline from the first sign-in on. */
export function warmAdminScreens(places: readonly string[]): void {
  if (places.includes('/equipe')) warmWhenIdle(Object.values(accountScreens));
  if (places.includes('/organisation')) warmWhenIdle(Object.values(hrScreens));
}
