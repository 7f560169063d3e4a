// Assistant·e de service social in a circonscription of the service social départemental
// (SSD): one template for contract staff, one for civil servants, whose year is a stage
// ending in titularisation and whose CNFPT integration training is compulsory.
import type { TemplateStep } from '../entities';
import {
  accounts,
  annualInterview,
  badge,
  childProtection,
  cnfptIntegration,
  contractProbation,
  domesticViolence,
  firstMentorMeeting,
  firstYearReview,
  gapEnrolment,
  gapFirstSession,
  gapSession,
  homeVisits,
  laptop,
  mentorPoints,
  nextYearTraining,
  phone,
  receptionShadowing,
  review1,
  review3,
  review6,
  software,
  ssd,
  territory,
  trainingCheck,
  trainingPlan,
  videoCalls,
  welcome,
} from './common';
import { admin, day, defineTemplate, milestone, month, training, week } from './steps';

export const assJob = 'Assistant·e de service social';
export const assJobAliases = ['ASS', 'Assistant·e social·e'];

/** The steps both statuses share. */
const shared = (): TemplateStep[] => [
  welcome(
    ssd,
    'l’équipe de la circonscription (assistant·e·s de service social, CESF, secrétaires, agents d’accueil)',
  ),
  badge(),
  accounts(),
  phone(),
  laptop(),
  software(day(2), 'IODAS', 'le dossier social des personnes et l’agenda des rendez-vous'),
  videoCalls(),
  territory(
    week(1),
    'le CCAS, la CAF, la CPAM, le centre de PMI, les écoles et collèges, les bailleurs sociaux, France Travail et la mission locale',
  ),
  firstMentorMeeting(ssd),
  receptionShadowing(),
  homeVisits(),
  childProtection(),
  gapEnrolment(),
  review1(),
  training(
    month(2),
    'Accès aux droits : RSA, aides de la CAF, FSL et aides financières du département',
    'Une journée avec le·la conseiller·ère technique pour connaître les dispositifs que vous instruirez le plus souvent et les circuits de décision. Gardez les fiches pratiques de l’intranet à portée de main.',
  ),
  trainingPlan(
    month(2),
    'logiciel métier, accès aux droits, protection de l’enfance, écrits professionnels',
  ),
  gapFirstSession(),
  domesticViolence(month(4)),
  review6(),
  gapSession(6),
  trainingCheck(),
  training(
    month(9),
    'Écrits professionnels : évaluation sociale et rapport',
    'Deux jours pour structurer une évaluation sociale et un rapport (au juge, à une commission), et savoir ce qui peut y figurer. Apportez un écrit récent, anonymisé, à retravailler.',
  ),
  annualInterview(),
  nextYearTraining(),
  ...mentorPoints(),
];

export const assContractTemplate = defineTemplate({
  id: '7e3a0000-0000-4000-8000-000000000001',
  name: 'Assistant·e de service social — SSD — contractuel·le',
  job: assJob,
  status: 'contract',
  steps: [
    ...shared(),
    cnfptIntegration(month(3)),
    review3(ssd, contractProbation),
    firstYearReview(
      ssd,
      'Parlez aussi de la suite : renouvellement du contrat, passage en CDI ou préparation du concours d’assistant·e socio-éducatif·ve.',
    ),
  ],
});

export const assCivilServantTemplate = defineTemplate({
  id: '7e3a0000-0000-4000-8000-000000000002',
  name: 'Assistant·e de service social — SSD — fonctionnaire stagiaire (titularisation)',
  job: assJob,
  status: 'civilServant',
  steps: [
    admin(
      day(1),
      'Arrêté de nomination en qualité de fonctionnaire stagiaire',
      'La DRH vous remet l’arrêté qui vous nomme stagiaire pour un an dans le cadre d’emplois des assistant·e·s socio-éducatif·ve·s. Vérifiez la date d’effet, le grade et l’échelon ; les questions vont à votre gestionnaire RH.',
    ),
    ...shared(),
    training(
      month(2),
      'Formation d’intégration du CNFPT — module 1 (5 jours)',
      'La formation d’intégration est obligatoire pendant le stage : dix jours pour la catégorie A, en deux modules de cinq. Le service formation vous inscrit ; sans l’attestation de suivi, la titularisation ne peut pas être prononcée.',
    ),
    review3(ssd),
    training(
      month(5),
      'Formation d’intégration du CNFPT — module 2 (5 jours)',
      'Deuxième module de cinq jours. Transmettez l’attestation de suivi au service formation dès que vous la recevez : elle est jointe à votre dossier de titularisation.',
    ),
    training(
      month(9),
      'Formation de professionnalisation au premier emploi : choisir vos jours',
      'À suivre dans les deux ans qui suivent votre nomination, en plus de la formation d’intégration. Choisissez les modules avec votre responsable dans le catalogue du CNFPT ; ils comptent dans vos 5 jours de l’année.',
    ),
    admin(
      month(10),
      'Rapport de fin de stage',
      'Votre responsable rédige le rapport sur votre année de stage et vous le présente. Relisez-le, ajoutez vos observations si besoin et signez-le : la DRH en a besoin avant la fin du stage.',
    ),
    milestone(
      month(12),
      'Titularisation',
      'À la fin du stage, au vu du rapport et de l’attestation de formation d’intégration, l’autorité territoriale vous titularise (ou, plus rarement, prolonge le stage). Demandez la validation du jalon une fois l’arrêté de titularisation reçu ; ce jalon clôt aussi votre parcours d’intégration.',
    ),
  ],
});
