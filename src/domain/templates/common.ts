// The steps every integration path shares (DESIGN §1): welcome, accounts and equipment,
// territory and partners, child-protection and domestic-violence basics, the mentor's
// monthly points, practice-analysis groups, reviews, and the 5 training days a year.
// Each builder returns a fresh object, so no two templates share a step.
import type { DueOffset } from '../dates';
import type { TemplateStep } from '../entities';
import {
  admin,
  day,
  equipment,
  mentoring,
  milestone,
  month,
  practiceGroup,
  training,
  week,
} from './steps';

/** Whom the recruit is welcomed by and works beside; words change from one service to another. */
export interface Setting {
  /** « votre responsable de circonscription », « votre responsable de centre de PMI »… */
  manager: string;
  /** « votre tuteur·rice », « votre maître d’apprentissage »… */
  tutor: string;
}

export const ssd: Setting = {
  manager: 'votre responsable de circonscription',
  tutor: 'votre tuteur·rice',
};
export const ase: Setting = {
  manager: 'votre responsable de circonscription d’ASE',
  tutor: 'votre tuteur·rice',
};
export const pmi: Setting = {
  manager: 'votre responsable de centre de PMI',
  tutor: 'votre tuteur·rice',
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const welcome = (s: Setting, team: string): TemplateStep =>
  admin(
    day(1),
    'Journée d’accueil avec votre responsable',
    `${capitalise(s.manager)} vous accueille, vous présente ${team} et ${s.tutor}, et vous fait visiter les locaux. Apportez les pièces que la DRH vous a demandées (RIB, carte Vitale, copie des diplômes) si vous ne les avez pas encore envoyées.`,
  );

export const badge = (): TemplateStep =>
  equipment(
    day(1),
    'badge',
    'Badge d’accès aux locaux',
    'Le badge ouvre la circonscription et les autres sites départementaux. La secrétaire le demande pour vous ; en cas de perte, prévenez-la le jour même pour qu’il soit désactivé, puis confirmez la réception dans l’application.',
  );

export const accounts = (): TemplateStep =>
  admin(
    day(1),
    'Comptes informatiques et messagerie',
    'Votre identifiant et un mot de passe provisoire vous sont remis à l’arrivée : changez le mot de passe dès la première connexion et vérifiez que la messagerie et l’agenda s’ouvrent. Si un compte bloque, appelez l’assistance informatique (numéro sur l’intranet).',
  );

export const phone = (due: DueOffset = day(1)): TemplateStep =>
  equipment(
    due,
    'phone',
    'Remise du téléphone professionnel',
    'Vérifiez que le téléphone s’allume, que la messagerie et l’agenda s’y synchronisent, puis confirmez la réception dans l’application. Donnez ce numéro aux personnes accompagnées et aux partenaires, jamais votre numéro personnel.',
  );

export const laptop = (due: DueOffset = day(1)): TemplateStep =>
  equipment(
    due,
    'laptop',
    'Remise de l’ordinateur portable',
    'Connectez-vous avec votre identifiant et essayez l’accès à distance (VPN) depuis chez vous avant d’en avoir besoin. Confirmez ensuite la réception dans l’application ; un souci, c’est l’assistance informatique.',
  );

export const software = (due: DueOffset, name: string, scope: string): TemplateStep =>
  admin(
    due,
    `Accès au logiciel métier (${name})`,
    `Le·la référent·e applicatif·ve de la circonscription ouvre vos droits sur ${scope}. Une première prise en main se fait avec un·e collègue ; ne gardez aucune donnée sur les personnes en dehors du logiciel et de l’espace partagé prévu.`,
  );

export const videoCalls = (due: DueOffset = day(3)): TemplateStep =>
  admin(
    due,
    'Visioconférence et travail à distance',
    'Faites un essai de visioconférence avec votre tuteur·rice, depuis l’ordinateur puis depuis le téléphone (caméra, micro, partage d’écran). Demandez à votre responsable les règles du télétravail dans votre service et ce qui ne se traite jamais à distance.',
  );

export const territory = (due: DueOffset, partners: string): TemplateStep =>
  admin(
    due,
    'Découverte du territoire et des partenaires',
    `Avec votre tuteur·rice, faites le tour du secteur et rencontrez ${partners}. Pour chacun, notez un contact nommé et le moyen le plus rapide de le joindre.`,
  );

export const firstMentorMeeting = (s: Setting): TemplateStep =>
  mentoring(
    week(1),
    `Premier rendez-vous avec ${s.tutor}`,
    'Fixez ensemble le rythme de vos points (au moins un par mois) et ce que vous ferez en binôme les premières semaines. Les notes de vos rencontres ne sont visibles que de vous deux ; votre responsable n’en voit que les dates.',
  );

export const receptionShadowing = (due: DueOffset = week(1)): TemplateStep =>
  training(
    due,
    'Observation de la permanence d’accueil',
    'Passez au moins deux demi-journées aux côtés du·de la collègue de permanence (accueil sans rendez-vous, appels, urgences, orientations), puis tenez-en une en doublon avant de la tenir seul·e. Le planning des permanences est chez la secrétaire de circonscription.',
  );

export const homeVisits = (due: DueOffset = week(2), s: Setting = ssd): TemplateStep =>
  mentoring(
    due,
    `Premières visites à domicile en binôme avec ${s.tutor}`,
    `Accompagnez ${s.tutor} sur deux ou trois visites, puis menez-en une avec lui ou elle à vos côtés. Préparez l’objectif avant, reparlez-en dix minutes après, et indiquez toujours à la secrétaire l’adresse et votre heure de retour.`,
  );

export const childProtection = (due: DueOffset = week(2), help?: string): TemplateStep =>
  training(
    due,
    'Protection de l’enfance : informations préoccupantes, CRIP et secret partagé',
    help ??
      'Une demi-journée avec le·la conseiller·ère technique : repérer un danger ou un risque de danger, rédiger une information préoccupante et la transmettre à la CRIP, saisir le procureur en cas de danger grave et immédiat, et savoir ce que le secret professionnel partagé permet de transmettre, et à qui.',
  );

export const domesticViolence = (due: DueOffset, help?: string): TemplateStep =>
  training(
    due,
    'Sensibilisation aux violences conjugales et intrafamiliales',
    help ??
      'Une journée préparée avec l’Observatoire départemental des violences envers les femmes : repérer, poser la question, évaluer le danger et orienter (3919, associations spécialisées, mise à l’abri). Inscrivez-vous auprès du service formation et notez la journée dans vos jours de formation.',
  );

export const cnfptIntegration = (due: DueOffset = month(3)): TemplateStep =>
  training(
    due,
    'Formation d’intégration du CNFPT (5 jours)',
    'Cinq jours avec des agents d’autres collectivités : l’environnement territorial, le statut, les politiques publiques du département. Le service formation vous inscrit ; donnez les dates à votre responsable et à votre tuteur·rice pour organiser votre absence. Ces jours comptent dans votre objectif de 5 jours de formation par an.',
  );

export const gapEnrolment = (
  due: DueOffset = week(4),
  group = 'les professionnel·le·s de votre territoire',
): TemplateStep =>
  practiceGroup(
    due,
    'Inscription au groupe d’analyse des pratiques (GAP)',
    `Demandez à votre responsable quel groupe réunit ${group}, puis inscrivez-vous auprès du service formation. Seule votre présence est enregistrée : ce qui se dit en séance reste dans le groupe.`,
  );

export const gapFirstSession = (due: DueOffset = month(2)): TemplateStep =>
  practiceGroup(
    due,
    'Première séance du groupe d’analyse des pratiques',
    'Les dates des séances s’affichent dans l’application. Vous pouvez venir avec une situation qui vous questionne, mais rien ne vous oblige à en présenter une la première fois.',
  );

/** A later session of the group, in month `n`. */
export const gapSession = (n: number): TemplateStep =>
  practiceGroup(
    month(n),
    `Séance du groupe d’analyse des pratiques — mois ${n}`,
    'Les séances font partie de votre temps de travail : bloquez-les dans votre agenda et prévenez l’animateur·rice si vous ne pouvez pas venir.',
  );

/** What a mentor's point looks at, month by month. */
export type PointFocus = Readonly<Record<number, string>>;

const pointFocus: PointFocus = {
  1: 'vos premières situations, l’organisation de votre temps et les outils',
  2: 'les écrits professionnels : relisez ensemble un premier rapport ou une évaluation',
  3: 'la préparation du bilan à 3 mois',
  4: 'le travail avec les partenaires et les réunions de synthèse',
  5: 'votre charge de travail et les situations complexes',
  6: 'la préparation du bilan à 6 mois',
  7: 'votre autonomie sur l’accueil et les rendez-vous',
  8: 'les situations qui résistent, ce que vous en apprenez et vos besoins de formation pour l’année prochaine',
  9: 'vos besoins de formation pour l’année prochaine',
  10: 'votre projet professionnel et la préparation de l’entretien annuel et du bilan de première année',
  11: 'la préparation de l’entretien annuel et du bilan de première année',
};

/** Monthly for the first six months, then every other month until the first-year review. */
export const mentorMonths: readonly number[] = [1, 2, 3, 4, 5, 6, 8, 10];

/** The mentor's point of month `n` (DESIGN §1: an identified mentor). */
export const mentorPoint = (
  n: number,
  s: Setting = ssd,
  focus: PointFocus = pointFocus,
): TemplateStep =>
  mentoring(
    month(n),
    `Point avec ${s.tutor} — mois ${n}`,
    `Ce mois-ci, regardez en particulier ${focus[n] ?? 'ce qui a changé depuis le dernier point'}. Notez la date de la rencontre dans l’application ; ce qui s’y dit reste entre vous deux.`,
  );

export const mentorPoints = (
  s: Setting = ssd,
  months: readonly number[] = mentorMonths,
  focus: PointFocus = pointFocus,
): TemplateStep[] => months.map((n) => mentorPoint(n, s, focus));

export const review1 = (s: Setting = ssd): TemplateStep =>
  milestone(
    month(1),
    'Bilan à 1 mois',
    `Un entretien avec ${s.manager} et ${s.tutor} : accueil, matériel reçu, premières situations, ce qui manque encore. Après l’entretien, demandez la validation du jalon dans l’application ; votre responsable le valide ou vous répond par un commentaire.`,
  );

/** The 3-month review; with `probation`, it also closes the trial period that text describes. */
export const review3 = (s: Setting = ssd, probation?: string): TemplateStep =>
  milestone(
    month(3),
    probation ? 'Bilan à 3 mois et fin de la période d’essai' : 'Bilan à 3 mois',
    `Faites le point avec ${s.manager} sur vos situations, vos écrits et votre place dans l’équipe, et fixez les objectifs des trois mois suivants.${probation ? ` ${probation}` : ''} Demandez ensuite la validation du jalon dans l’application.`,
  );

/** The probation note of a contract: its length depends on the contract's (one to three months). */
export const contractProbation =
  'Votre responsable confirme aussi la fin de la période d’essai prévue à votre contrat (sa durée dépend de celle du contrat : vérifiez-la sur le document signé).';

export const review6 = (s: Setting = ssd): TemplateStep =>
  milestone(
    month(6),
    'Bilan à 6 mois',
    `Un entretien avec ${s.manager} : ce qui est acquis, ce qui reste à consolider, vos jours de formation et votre participation au groupe d’analyse des pratiques. Demandez la validation du jalon dans l’application une fois l’entretien passé.`,
  );

export const firstYearReview = (s: Setting = ssd, extra = ''): TemplateStep =>
  milestone(
    month(12),
    'Bilan de la première année',
    `Avec ${s.manager}, relisez le parcours de l’année : étapes faites, formation, accompagnement par ${s.tutor}.${extra ? ` ${extra}` : ''} Demandez la validation du jalon dans l’application : elle clôt votre parcours d’intégration.`,
  );

export const trainingPlan = (due: DueOffset, needs: string): TemplateStep =>
  training(
    due,
    'Plan individuel de formation : vos besoins et vos 5 jours de l’année',
    `Avec votre responsable, listez vos besoins de formation (${needs}) et choisissez au moins 5 jours de formation sur l’année. Chaque journée ou demi-journée suivie se note dans l’application.`,
  );

export const trainingCheck = (due: DueOffset = month(6)): TemplateStep =>
  training(
    due,
    'Point sur vos jours de formation',
    'Comparez les jours déjà suivis à l’objectif de 5 jours dans l’année, affiché dans l’application. S’il en manque, inscrivez-vous dès maintenant : les sessions de fin d’année sont vite complètes.',
  );

export const annualInterview = (due: DueOffset = month(12)): TemplateStep =>
  admin(
    due,
    'Entretien professionnel annuel',
    'Votre responsable vous convoque au moins huit jours à l’avance. Préparez ce que vous avez réalisé, vos difficultés et vos souhaits de formation ; le compte rendu vous est communiqué et vous pouvez y ajouter vos observations.',
  );

export const nextYearTraining = (due: DueOffset = month(12)): TemplateStep =>
  training(
    due,
    'Bilan de vos jours de formation et plan de l’année suivante',
    'Vérifiez dans l’application les jours suivis cette année et, avec votre responsable, inscrivez dans votre plan individuel les formations de l’année qui vient (au moins 5 jours).',
  );
