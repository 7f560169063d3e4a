// Apprenti·e assistant·e de service social: the first year of a three-year DEASS
// apprenticeship in an SSD circonscription, alternating between the school and the service,
// followed by a maître d’apprentissage (whose tutoring bonus comes from the tutoring rows).
import {
  accounts,
  badge,
  childProtection,
  domesticViolence,
  firstYearReview,
  gapEnrolment,
  gapFirstSession,
  gapSession,
  homeVisits,
  laptop,
  mentorPoints,
  phone,
  receptionShadowing,
  review1,
  review3,
  review6,
  type Setting,
  software,
  territory,
  videoCalls,
  welcome,
} from './common';
import { admin, day, defineTemplate, mentoring, month, training, week } from './steps';

export const apprenticeJob = 'Apprenti·e assistant·e de service social';
/** An apprentice's job may also be recorded as the job being learnt. */
export const apprenticeJobAliases = ['Assistant·e de service social', 'ASS'];

const apprentice: Setting = {
  manager: 'votre responsable de circonscription',
  tutor: 'votre maître d’apprentissage',
};

export const apprenticeAssTemplate = defineTemplate({
  id: '7e3a0000-0000-4000-8000-000000000007',
  name: 'Apprenti·e assistant·e de service social — SSD — apprentissage (1re année)',
  job: apprenticeJob,
  status: 'apprentice',
  steps: [
    welcome(
      apprentice,
      'l’équipe de la circonscription (assistant·e·s de service social, CESF, secrétaires, agents d’accueil)',
    ),
    admin(
      day(1),
      'Contrat d’apprentissage et calendrier de l’alternance',
      'Vérifiez avec la DRH que votre contrat est signé et que la convention de formation avec l’école l’est aussi. Gardez le calendrier de l’alternance dans votre agenda : il dit quels jours vous êtes à l’école et quels jours en circonscription.',
    ),
    badge(),
    accounts(),
    phone(),
    laptop(),
    software(
      day(2),
      'IODAS',
      'les dossiers des situations que vous suivez avec votre maître d’apprentissage (vous saisissez sous sa responsabilité)',
    ),
    videoCalls(),
    mentoring(
      week(1),
      'Premier rendez-vous avec votre maître d’apprentissage',
      'Reprenez ensemble le calendrier de l’alternance, ce que l’école attend de la première année et ce que vous ferez en circonscription. Votre maître d’apprentissage est votre interlocuteur·rice pour tout ce qui touche à l’école ; fixez le rythme de vos points (au moins un par mois).',
    ),
    admin(
      week(1),
      'Livret d’apprentissage : le lien entre l’école et la circonscription',
      'Le livret de liaison suit vos périodes à l’école et en circonscription : notez-y vos activités, et votre maître d’apprentissage y porte ses appréciations. Apportez-le à chaque point et à chaque visite de l’école.',
    ),
    territory(
      week(1),
      'le CCAS, la CAF, la CPAM, le centre de PMI, les écoles et collèges, les bailleurs sociaux et la mission locale',
    ),
    receptionShadowing(week(2)),
    childProtection(week(2)),
    homeVisits(week(3), apprentice),
    training(
      week(4),
      'Première période au centre de formation (IRTS ou école de travail social)',
      'Pendant les périodes à l’école, vous n’êtes pas attendu·e en circonscription. Toute absence se justifie des deux côtés : prévenez l’école et votre maître d’apprentissage le jour même.',
    ),
    review1(apprentice),
    admin(
      month(1),
      'Journée d’accueil des apprenti·e·s du département',
      'La DRH réunit les apprenti·e·s de l’année : droits et devoirs, rémunération, congés (à poser pendant les périodes en circonscription), aides au transport et au logement. C’est aussi l’occasion de rencontrer les autres apprenti·e·s.',
    ),
    admin(
      month(2),
      'Visite d’information et de prévention (médecine préventive)',
      'À passer dans les deux mois qui suivent votre arrivée : la DRH vous convoque. Signalez ensuite à votre maître d’apprentissage toute restriction indiquée par le·la médecin.',
    ),
    mentoring(
      month(2),
      'Rencontre tripartite avec votre formateur·rice référent·e de l’école',
      'Le·la formateur·rice référent·e de l’école vient en circonscription vous rencontrer avec votre maître d’apprentissage : objectifs de la première année, activités confiées, livret d’apprentissage. Préparez la liste de ce que vous avez déjà fait.',
    ),
    gapEnrolment(month(2), 'les apprenti·e·s et stagiaires en travail social du territoire'),
    training(
      month(2),
      'Formations du département en complément de l’école',
      'Votre formation, c’est d’abord l’école ; le département vous ouvre aussi ses formations internes (accès aux droits, violences conjugales, logiciel métier). Choisissez-les avec votre maître d’apprentissage, hors périodes d’école, et notez chaque journée dans l’application.',
    ),
    review3(
      apprentice,
      'Les 45 premiers jours passés en circonscription (hors périodes à l’école) sont la période pendant laquelle le contrat peut être rompu librement : ce bilan confirme la poursuite de l’apprentissage.',
    ),
    gapFirstSession(month(3)),
    domesticViolence(month(4)),
    mentoring(
      month(4),
      'Premier écrit professionnel relu par votre maître d’apprentissage',
      'Rédigez l’évaluation ou le rapport d’une situation suivie ensemble ; votre maître d’apprentissage le relit et le signe. Pendant la première année, rien ne part sans sa relecture.',
    ),
    review6(apprentice),
    gapSession(6),
    mentoring(
      month(8),
      'Deuxième visite de votre formateur·rice référent·e de l’école',
      'Bilan à mi-parcours avec l’école : progrès, appréciations du livret, objectifs jusqu’à la fin de l’année de formation. Votre maître d’apprentissage prépare la visite avec vous.',
    ),
    admin(
      month(11),
      'Appréciation de fin d’année dans le livret d’apprentissage',
      'Votre maître d’apprentissage remplit l’appréciation de fin de première année et en parle avec vous avant de l’envoyer à l’école.',
    ),
    admin(
      month(12),
      'Entretien de fin de première année avec votre responsable',
      'Faites le point avec votre responsable et votre maître d’apprentissage sur l’année écoulée, et préparez la deuxième : calendrier de l’alternance, situations confiées, congés.',
    ),
    firstYearReview(
      apprentice,
      'Vérifiez avec la DRH le calendrier de la deuxième année et la suite du contrat jusqu’au diplôme.',
    ),
    ...mentorPoints(apprentice),
  ],
});
