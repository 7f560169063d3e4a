import type { EmploymentStatus, Role, Service } from '../../domain/organisation';

/**
 * The demo organisation: two territories of Seine-Saint-Denis and the people of a few of
 * their teams. Pure data; seed.ts writes it. Start dates are days before the seeding date,
 * so the recruits stay at the same stages whenever the demo is started.
 */
export const DEMO_PASSWORD = 'Parcours-demo-2026';
export const DEMO_DOMAIN = 'demo.parcours.fr';

export interface DemoCirconscription {
  key: string;
  territory: string;
  name: string;
  service: Service;
}

export interface DemoPerson {
  email: string;
  displayName: string;
  roles: Role[];
  job: string;
  status: EmploymentStatus;
  /** Key of the home circonscription; null above circonscriptions. */
  home: string | null;
  startedDaysAgo: number;
  /** Managers: the circonscriptions they answer for (home first, then any they cover). */
  manages?: string[];
  /** Territory managers: the territories they support. */
  supports?: string[];
  /** Recruits: the mentor's email, for the path the sync issue will seed. */
  mentor?: string;
}

export const territories = ['Plaine Commune', 'Est Ensemble'] as const;

export const circonscriptions: DemoCirconscription[] = [
  { key: 'saint-denis', territory: 'Plaine Commune', name: 'Saint-Denis', service: 'SSD' },
  { key: 'aubervilliers', territory: 'Plaine Commune', name: 'Aubervilliers', service: 'SSD' },
  { key: 'saint-ouen', territory: 'Plaine Commune', name: 'Saint-Ouen', service: 'ASE' },
  { key: 'montreuil', territory: 'Est Ensemble', name: 'Montreuil', service: 'ASE' },
  { key: 'bobigny', territory: 'Est Ensemble', name: 'Bobigny', service: 'PMI' },
];

const at = (local: string) => `${local}@${DEMO_DOMAIN}`;
const ASS_F = 'Assistante de service social';
const ASS_M = 'Assistant de service social';
const CESF = 'Conseillère en économie sociale et familiale';
const EDUC_M = 'Éducateur spécialisé';
const EDUC_F = 'Éducatrice spécialisée';
const PSY = 'Psychologue';
const SMS = 'Secrétaire médico-sociale';

const staff: DemoPerson[] = [
  {
    email: at('rh'),
    displayName: 'Nathalie Roux',
    roles: ['admin'],
    job: 'Chargée de ressources humaines',
    status: 'civilServant',
    home: null,
    startedDaysAgo: 3650,
  },
  {
    email: at('territoire'),
    displayName: 'Karim Haddad',
    roles: ['territoryManager'],
    job: 'Responsable de territoire',
    status: 'civilServant',
    home: null,
    startedDaysAgo: 4200,
    supports: ['Plaine Commune'],
  },
  {
    email: at('responsable'),
    displayName: 'Sophie Lambert',
    roles: ['manager'],
    job: 'Responsable de circonscription',
    status: 'civilServant',
    home: 'saint-denis',
    startedDaysAgo: 2900,
    manages: ['saint-denis'],
  },
  {
    email: at('thomas.girard'),
    displayName: 'Thomas Girard',
    roles: ['manager'],
    job: 'Responsable de circonscription',
    status: 'civilServant',
    home: 'aubervilliers',
    startedDaysAgo: 2100,
    manages: ['aubervilliers', 'saint-ouen'],
  },
  {
    email: at('aicha.diallo'),
    displayName: 'Aïcha Diallo',
    roles: ['manager'],
    job: 'Responsable de circonscription',
    status: 'civilServant',
    home: 'montreuil',
    startedDaysAgo: 1800,
    manages: ['montreuil', 'bobigny'],
  },
  {
    email: at('tuteur'),
    displayName: 'Julien Moreau',
    roles: ['mentor'],
    job: ASS_M,
    status: 'civilServant',
    home: 'saint-denis',
    startedDaysAgo: 3300,
  },
  {
    email: at('fatou.sow'),
    displayName: 'Fatou Sow',
    roles: ['mentor'],
    job: CESF,
    status: 'civilServant',
    home: 'aubervilliers',
    startedDaysAgo: 2500,
  },
  {
    email: at('marc.lefebvre'),
    displayName: 'Marc Lefebvre',
    roles: ['mentor'],
    job: EDUC_M,
    status: 'civilServant',
    home: 'saint-ouen',
    startedDaysAgo: 4000,
  },
  {
    email: at('helene.garnier'),
    displayName: 'Hélène Garnier',
    roles: ['mentor'],
    job: PSY,
    status: 'contract',
    home: 'montreuil',
    startedDaysAgo: 1500,
  },
  {
    email: at('nadia.cherif'),
    displayName: 'Nadia Cherif',
    roles: ['mentor'],
    job: SMS,
    status: 'civilServant',
    home: 'bobigny',
    startedDaysAgo: 2700,
  },
];

const recruit = (
  local: string,
  displayName: string,
  job: string,
  status: EmploymentStatus,
  home: string,
  startedDaysAgo: number,
  mentor: string,
): DemoPerson => ({
  email: at(local),
  displayName,
  roles: ['recruit'],
  job,
  status,
  home,
  startedDaysAgo,
  mentor: at(mentor),
});

/** A recruit who arrives soon: no path, no mentor yet, for her manager to start one. */
const newcomer = (
  local: string,
  displayName: string,
  job: string,
  status: EmploymentStatus,
  home: string,
  arrivesInDays: number,
): DemoPerson => ({
  email: at(local),
  displayName,
  roles: ['recruit'],
  job,
  status,
  home,
  startedDaysAgo: -arrivesInDays,
});

const recruits: DemoPerson[] = [
  recruit('recrue', 'Inès Benali', ASS_F, 'contract', 'saint-denis', 61, 'tuteur'),
  recruit('lucas.martin', 'Lucas Martin', ASS_M, 'apprentice', 'saint-denis', 305, 'tuteur'),
  recruit('amina.traore', 'Amina Traoré', CESF, 'civicService', 'aubervilliers', 18, 'fatou.sow'),
  recruit('yanis.bouaziz', 'Yanis Bouaziz', ASS_M, 'vae', 'aubervilliers', 150, 'fatou.sow'),
  recruit('camille.dubois', 'Camille Dubois', CESF, 'contract', 'aubervilliers', 240, 'fatou.sow'),
  recruit('mehdi.kaci', 'Mehdi Kaci', EDUC_M, 'apprentice', 'saint-ouen', 98, 'marc.lefebvre'),
  recruit('lea.fontaine', 'Léa Fontaine', EDUC_F, 'civilServant', 'saint-ouen', 6, 'marc.lefebvre'),
  recruit('sarah.cohen', 'Sarah Cohen', PSY, 'contract', 'montreuil', 190, 'helene.garnier'),
  recruit('moussa.diarra', 'Moussa Diarra', EDUC_M, 'vae', 'montreuil', 272, 'helene.garnier'),
  recruit('julie.rousseau', 'Julie Rousseau', PSY, 'intern', 'montreuil', 330, 'helene.garnier'),
  recruit('chloe.bernard', 'Chloé Bernard', SMS, 'civilServant', 'bobigny', 45, 'nadia.cherif'),
  recruit(
    'rayane.mansouri',
    'Rayane Mansouri',
    SMS,
    'civicService',
    'bobigny',
    122,
    'nadia.cherif',
  ),
  newcomer('nora.belkacem', 'Nora Belkacem', ASS_F, 'contract', 'saint-denis', 10),
];

export const people: readonly DemoPerson[] = [...staff, ...recruits];
