// Candidat·e VAE: an agent taking up a post (faisant fonction) while seeking the DEASS or the
// DEES through the validation des acquis de l’expérience: recevabilité (livret 1),
// accompaniment, livret 2 and the jury, alongside the usual first-year integration.
import {
  accounts,
  annualInterview,
  badge,
  childProtection,
  domesticViolence,
  firstMentorMeeting,
  firstYearReview,
  gapEnrolment,
  gapFirstSession,
  laptop,
  mentorPoints,
  phone,
  type PointFocus,
  review1,
  review3,
  review6,
  type Setting,
  software,
  territory,
  trainingCheck,
  trainingPlan,
  videoCalls,
  welcome,
} from './common';
import { admin, day, defineTemplate, mentoring, month, training, week } from './steps';

export const vaeJob = 'Candidat·e VAE (validation des acquis de l’expérience)';

const inPost: Setting = {
  manager: 'votre responsable de circonscription',
  tutor: 'votre tuteur·rice',
};

const vaeFocus: PointFocus = {
  1: 'le choix du diplôme et les expériences à mettre en avant',
  2: 'le livret 1 et les attestations à réunir',
  3: 'la préparation du bilan à 3 mois',
  4: 'le démarrage de l’accompagnement VAE',
  5: 'les situations à décrire dans le livret 2',
  6: 'l’avancement du livret 2 et la préparation du bilan à 6 mois',
  8: 'la relecture du livret 2',
  10: 'la préparation de l’entretien avec le jury',
};

export const vaeTemplate = defineTemplate({
  id: '7e3a0000-0000-4000-8000-000000000009',
  name: 'Candidat·e VAE — DEASS ou DEES — agent en poste',
  job: vaeJob,
  status: 'vae',
  steps: [
    welcome(inPost, 'l’équipe'),
    badge(),
    accounts(),
    phone(),
    laptop(),
    software(day(2), 'IODAS', 'les dossiers des personnes que vous accompagnez'),
    videoCalls(),
    firstMentorMeeting(inPost),
    territory(
      week(1),
      'le CCAS, la CAF, la CPAM, la PMI, l’ASE, les écoles et les bailleurs sociaux',
    ),
    childProtection(),
    admin(
      week(2),
      'Réunion d’information VAE avec le·la référent·e de la DRH',
      'Le·la référent·e VAE vous présente la démarche, les financements (plan de formation, CPF) et le congé pour VAE. Venez avec votre CV et vos attestations d’emploi.',
    ),
    mentoring(
      week(3),
      'Choisir le diplôme visé : DEASS ou DEES',
      'Comparez vos activités aux référentiels des deux diplômes avec votre tuteur·rice, diplômé·e du diplôme visé si possible. Choisissez celui qui correspond le mieux à ce que vous faites vraiment.',
    ),
    gapEnrolment(),
    review1(inPost),
    admin(
      month(1),
      'Demande de recevabilité (livret 1)',
      'Le livret 1, ou le dossier de faisabilité si vous passez par France VAE, décrit vos expériences en lien avec le diplôme, attestations à l’appui. Faites-le relire par le·la référent·e VAE avant l’envoi et gardez-en une copie.',
    ),
    trainingPlan(
      month(2),
      'accompagnement VAE, protection de l’enfance, écrits professionnels, accès aux droits',
    ),
    gapFirstSession(),
    review3(inPost),
    admin(
      month(3),
      'Décision de recevabilité et financement de l’accompagnement',
      'Dès la décision de recevabilité, demandez au service formation la prise en charge de l’accompagnement (plan de formation ou CPF) et choisissez votre accompagnateur·rice. Transmettez la décision à votre responsable.',
    ),
    training(
      month(4),
      'Accompagnement méthodologique à la VAE : premières séances',
      'Des séances individuelles et collectives pour choisir les situations à décrire et écrire le livret 2. Notez chaque séance dans vos jours de formation, par demi-journée.',
    ),
    domesticViolence(month(4)),
    mentoring(
      month(5),
      'Livret 2 : choisir et décrire vos situations avec votre tuteur·rice',
      'Votre tuteur·rice vous aide à choisir des situations qui couvrent chaque domaine de compétences du diplôme et relit vos descriptions. Anonymisez tout ce qui concerne les personnes accompagnées.',
    ),
    review6(inPost),
    admin(
      month(6),
      'Planifier votre congé pour VAE',
      'Vous pouvez prendre jusqu’à 24 heures de temps de service pour préparer la validation et passer devant le jury. Faites la demande à votre responsable le plus tôt possible, avec les dates prévues.',
    ),
    trainingCheck(),
    mentoring(
      month(8),
      'Relecture complète du livret 2',
      'Faites relire l’ensemble par votre accompagnateur·rice et votre tuteur·rice. Corrigez ce qui manque de précision sans réécrire ce qui est juste.',
    ),
    admin(
      month(9),
      'Dépôt du livret 2',
      'Envoyez le livret 2 dans les délais fixés par l’organisme certificateur et gardez une copie et l’accusé de réception. La convocation au jury suit.',
    ),
    training(
      month(11),
      'Préparation de l’entretien avec le jury',
      'Une séance d’entraînement avec votre accompagnateur·rice et, si possible, une simulation avec votre tuteur·rice et un·e collègue : présenter votre parcours et répondre aux questions sur vos situations.',
    ),
    admin(
      month(12),
      'Entretien avec le jury de validation',
      'La date dépend du calendrier des jurys et peut glisser de quelques mois. Le jury peut valider tout le diplôme, une partie des blocs de compétences, ou rien ; la décision vous est notifiée par écrit.',
    ),
    annualInterview(),
    firstYearReview(
      inPost,
      'Si la validation est partielle, prévoyez comment acquérir les blocs manquants (formation, nouvelle présentation) ; si elle est totale, demandez à la DRH les suites sur votre poste.',
    ),
    ...mentorPoints(inPost, undefined, vaeFocus),
  ],
});
