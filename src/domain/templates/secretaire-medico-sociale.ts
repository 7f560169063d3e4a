// Secrétaire médico-sociale in a maternal-child health (PMI) centre, on contract.
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
  laptop,
  mentorPoints,
  nextYearTraining,
  pmi,
  review1,
  review3,
  review6,
  software,
  territory,
  trainingCheck,
  trainingPlan,
  videoCalls,
  welcome,
} from './common';
import { admin, day, defineTemplate, equipment, mentoring, month, training, week } from './steps';

export const secretaryJob = 'Secrétaire médico-sociale';
export const secretaryJobAliases = ['Secrétaire médico-social·e', 'Secrétaire médicale'];

export const secretaryPmiContractTemplate = defineTemplate({
  id: '7e3a0000-0000-4000-8000-000000000004',
  name: 'Secrétaire médico-sociale — PMI — contractuel·le',
  job: secretaryJob,
  status: 'contract',
  steps: [
    welcome(
      pmi,
      'l’équipe du centre (médecins, puéricultrices, sages-femmes, auxiliaires de puériculture, psychologue, secrétaires)',
    ),
    badge(),
    accounts(),
    equipment(
      day(1),
      'headset',
      'Casque téléphonique pour l’accueil',
      'Le casque se branche sur le poste de l’accueil et sur l’ordinateur pour les visioconférences. Essayez-le avec un appel test, puis confirmez la réception dans l’application.',
    ),
    laptop(),
    software(
      day(2),
      'logiciel de PMI',
      'l’agenda des consultations et les dossiers des enfants et des femmes enceintes',
    ),
    training(
      day(2),
      'Secret médical et confidentialité à l’accueil',
      'Votre responsable vous explique ce que vous pouvez dire au téléphone, à qui, et comment ranger et transmettre les dossiers. En cas de doute, ne donnez aucune information et passez la personne à un·e professionnel·le de santé.',
    ),
    videoCalls(),
    firstMentorMeeting(pmi),
    training(
      week(1),
      'Observation de l’accueil physique et téléphonique du centre',
      'Passez plusieurs demi-journées auprès de la secrétaire qui vous tutore : accueil des familles, prise de rendez-vous, appels urgents à passer tout de suite à la puéricultrice ou au médecin.',
    ),
    territory(
      week(2),
      'la maternité et les hôpitaux du secteur, la CPAM, la CAF, le service social départemental, les crèches et les écoles maternelles',
    ),
    mentoring(
      week(2),
      'Gestion des rendez-vous et des plannings de consultation en binôme',
      'Avec votre tuteur·rice, tenez l’agenda des consultations (médecins, puéricultrices, sages-femmes) : créneaux, relances, rendez-vous non honorés à signaler à l’équipe.',
    ),
    childProtection(
      week(2),
      'Une demi-journée avec le·la médecin responsable : ce qu’est une information préoccupante, ce qu’il faut transmettre quand une famille confie une inquiétude à l’accueil, le rôle de la CRIP, et ce que le secret professionnel partagé permet de dire, et à qui.',
    ),
    admin(
      week(3),
      'Réserver un·e interprète pour une consultation',
      'Beaucoup de familles ne parlent pas ou peu le français. Apprenez la procédure du centre pour réserver un·e interprète sur place ou par téléphone, et les délais à prévoir.',
    ),
    mentoring(
      week(4),
      'Dossier de l’enfant, carnet de santé et certificats de santé',
      'Votre tuteur·rice vous montre comment ouvrir et classer un dossier, et comment enregistrer les certificats de santé du 8e jour, du 9e et du 24e mois reçus au centre.',
    ),
    gapEnrolment(week(4), 'les personnels d’accueil et de secrétariat du territoire'),
    review1(pmi),
    training(
      month(2),
      'Accueillir des publics en difficulté et faire face à l’agressivité',
      'Deux jours pour désamorcer une situation tendue à l’accueil ou au téléphone et savoir quand demander de l’aide. Inscription auprès du service formation.',
    ),
    trainingPlan(
      month(2),
      'logiciel de PMI, accueil des publics, bureautique, protection de l’enfance',
    ),
    gapFirstSession(),
    cnfptIntegration(month(3)),
    review3(pmi, contractProbation),
    domesticViolence(month(4)),
    review6(pmi),
    gapSession(6),
    trainingCheck(),
    admin(
      month(7),
      'Statistiques d’activité du centre',
      'Apprenez à extraire du logiciel les chiffres d’activité (consultations, visites, bilans) que le centre transmet chaque trimestre. La secrétaire qui vous tutore vous montre la première extraction.',
    ),
    admin(
      month(9),
      'Organisation des bilans de santé en école maternelle',
      'Préparez avec la puéricultrice les convocations des bilans de santé des enfants de 3–4 ans : listes des écoles, courriers aux familles, planning des séances.',
    ),
    annualInterview(),
    nextYearTraining(),
    firstYearReview(pmi),
    ...mentorPoints(pmi),
  ],
});
