import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { Layout } from './layout/Layout';
import { Loading } from './layout/Loading';
import { RouteError } from './layout/RouteError';
import { LoginScreen } from './login/LoginScreen';
import { accountScreens, hrScreens } from './admin/screens';
import { supervisorScreens } from './manage/screens';
import { recruitScreens } from './recruit/screens';
import { reportScreens } from './reports/screens';
import { welcomeScreens } from './welcome/screens';
import { useSession } from './session/session-context';

// Loaded only once someone is signed in: the login screen never downloads them.
const SignedInShell = lazy(() => import('./home/SignedInShell'));
const RecruitOnly = lazy(() =>
  import('./home/SignedInShell').then((module) => ({ default: module.RecruitOnly })),
);
const HomeScreen = lazy(() => import('./home/HomeScreen'));
const StepScreen = lazy(recruitScreens.step);
const TrainingScreen = lazy(recruitScreens.training);
const MentorScreen = lazy(recruitScreens.mentor);
const GroupsScreen = lazy(recruitScreens.groups);
// The supervisors' screens (manager, territory manager, mentor): one chunk each.
const RecruitScreen = lazy(supervisorScreens.recruit);
const CreatePathScreen = lazy(supervisorScreens.createPath);
const CirconscriptionScreen = lazy(supervisorScreens.circonscription);
const ApprovalsScreen = lazy(supervisorScreens.approvals);
const DelegationsScreen = lazy(supervisorScreens.delegations);
const ImportScreen = lazy(supervisorScreens.importAgents);
const AccessibilityScreen = lazy(() => import('./about/AccessibilityScreen'));
const GroupListScreen = lazy(hrScreens.groups);
const GroupScreen = lazy(hrScreens.group);
const TemplateListScreen = lazy(hrScreens.templates);
const TemplateScreen = lazy(hrScreens.template);
const TemplateEditorScreen = lazy(hrScreens.templateEditor);
const OrganisationScreen = lazy(hrScreens.organisation);
// Activation: the recruit's page is public; asking for codes is for supervisors.
const ActivateScreen = lazy(() => import('./activation/ActivateScreen'));
const ActivationScreen = lazy(accountScreens.activation);
const ActivationSheetsScreen = lazy(accountScreens.sheets);
const AccountListScreen = lazy(accountScreens.list);
const AccountScreen = lazy(accountScreens.account);
// The reports (issue 15): computed on the device, offline too; the chart is a chunk of its own.
const ReportsScreen = lazy(reportScreens.index);
const TrainingDaysReport = lazy(reportScreens.trainingDays);
const BonusesReport = lazy(reportScreens.bonuses);
const ProgressReport = lazy(reportScreens.progress);
// The reminders' centre (issue 17), every role's.
const RemindersScreen = lazy(() => import('./reminders/RemindersScreen'));
// The welcome content (issue 18): every role reads, the HR admin manages, teams propose.
const WelcomeScreen = lazy(welcomeScreens.welcome);
const ContentScreen = lazy(welcomeScreens.item);
const ContentListScreen = lazy(welcomeScreens.list);
const ContentEditorScreen = lazy(welcomeScreens.editor);

/** Signed-in screens: without an identity, or once the server said 401, go to login. */
function SignedIn() {
  const { identity, expired } = useSession();
  if (!identity || expired) return <Navigate to="/login" replace />;
  return screen(SignedInShell);
}

function screen(Screen: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        element: <SignedIn />,
        children: [
          { index: true, element: screen(HomeScreen) },
          {
            element: screen(RecruitOnly),
            children: [
              { path: 'etapes/:stepId', element: screen(StepScreen) },
              { path: 'formation', element: screen(TrainingScreen) },
              { path: 'tuteur', element: screen(MentorScreen) },
              { path: 'groupes', element: screen(GroupsScreen) },
            ],
          },
          { path: 'recrues/:agentId', element: screen(RecruitScreen) },
          { path: 'parcours/nouveau', element: screen(CreatePathScreen) },
          { path: 'circonscriptions/:circonscriptionId', element: screen(CirconscriptionScreen) },
          { path: 'validations', element: screen(ApprovalsScreen) },
          { path: 'delegations', element: screen(DelegationsScreen) },
          { path: 'organisation', element: screen(OrganisationScreen) },
          { path: 'analyse-de-pratiques', element: screen(GroupListScreen) },
          { path: 'analyse-de-pratiques/nouveau', element: screen(GroupScreen) },
          { path: 'analyse-de-pratiques/:groupId', element: screen(GroupScreen) },
          { path: 'modeles', element: screen(TemplateListScreen) },
          { path: 'modeles/nouveau', element: screen(TemplateEditorScreen) },
          { path: 'modeles/:templateId', element: screen(TemplateScreen) },
          { path: 'modeles/:templateId/modifier', element: screen(TemplateEditorScreen) },
          { path: 'equipe/:agentId/activation', element: screen(ActivationScreen) },
          { path: 'equipe/fiches', element: screen(ActivationSheetsScreen) },
          { path: 'equipe/import', element: screen(ImportScreen) },
          { path: 'equipe', element: screen(AccountListScreen) },
          { path: 'equipe/nouveau', element: screen(AccountScreen) },
          { path: 'equipe/:agentId', element: screen(AccountScreen) },
          { path: 'rapports', element: screen(ReportsScreen) },
          { path: 'rapports/formation', element: screen(TrainingDaysReport) },
          { path: 'rapports/indemnites', element: screen(BonusesReport) },
          { path: 'rapports/avancement', element: screen(ProgressReport) },
          { path: 'rappels', element: screen(RemindersScreen) },
          { path: 'bienvenue', element: screen(WelcomeScreen) },
          { path: 'bienvenue/:itemId', element: screen(ContentScreen) },
          { path: 'contenus', element: screen(ContentListScreen) },
          { path: 'contenus/nouveau', element: screen(ContentEditorScreen) },
          { path: 'contenus/:itemId', element: screen(ContentEditorScreen) },
        ],
      },
      { path: 'login', element: <LoginScreen /> },
      { path: 'activer', element: screen(ActivateScreen) },
      { path: 'accessibilite', element: screen(AccessibilityScreen) },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
