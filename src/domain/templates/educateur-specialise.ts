// Éducateur·rice spécialisé·e in a child-welfare (ASE) circonscription, on contract.
import {
  accounts,
  annualInterview,
  ase,
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
  phone,
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
import { admin, day, defineTemplate, mentoring, month, training, week } from './steps';

export const educatorJob = 'Éducateur·rice spécialisé·e';
export const educatorJobAliases = ['ES', 'Éducateur·rice'];

export const educatorAseContractTemplate = defineTemplate({
  id: '7e3a0000-0000-4000-8000-000000000003',
  name: 'Éducateur·rice spécialisé·e — ASE — contractuel·le',
  job: educatorJob,
  status: 'contract',
  steps: [
    welcome(
      ase,
      'l’équipe (éducateur·rice·s, assistant·e·s de service social, psychologue, secrétaires) et l’inspecteur·rice ASE',
    ),
    badge(),
    accounts(),
    phone(),
    laptop(),
    software(day(2), 'IODAS', 'les dossiers des enfants confiés et les mesures en cours'),
    videoCalls(),
    territory(
      week(1),
      'le tribunal pour enfants de Bobigny, les foyers de l’enfance et les MECS, le service de placement familial, le service social, la PMI, les écoles et les CMP',
    ),
    firstMentorMeeting(ase),
    admin(
      week(1),
      'Lecture des dossiers des enfants dont vous serez référent·e',
      'Votre responsable vous attribue vos premières situations. Lisez les jugements, le projet pour l’enfant et les derniers rapports avant de rencontrer l’enfant et sa famille, et notez vos questions pour votre tuteur·rice.',
    ),
    mentoring(
      week(2),
      'Premières rencontres en binôme : enfants en lieu d’accueil et familles',
      'Avec votre tuteur·rice, rencontrez les enfants dans leur lieu d’accueil (famille d’accueil, foyer, MECS) puis leurs parents. Présentez-vous comme leur nouveau·elle référent·e et laissez votre tuteur·rice mener les premiers échanges.',
    ),
    childProtection(
      week(2),
      'Une demi-journée avec l’inspecteur·rice ASE : mesures administratives et judiciaires, rôle de la CRIP et circuit des informations préoccupantes, saisine du juge en cas de danger, et ce que le secret professionnel partagé permet de transmettre aux autres intervenant·e·s.',
    ),
    training(
      week(3),
      'Procédures d’urgence : fugue, accueil en urgence, incident grave',
      'Lisez avec votre tuteur·rice les procédures du service et gardez les numéros de l’astreinte dans votre téléphone professionnel. Sachez qui prévenir, dans quel ordre, et quelle note écrire ensuite.',
    ),
    mentoring(
      week(4),
      'Observation d’une visite en présence d’un tiers',
      'Assistez, aux côtés de votre tuteur·rice, à une visite en présence d’un tiers ordonnée par le juge : préparation avec l’enfant, déroulé, compte rendu. Vous en conduirez ensuite une avec son appui.',
    ),
    gapEnrolment(),
    review1(ase),
    mentoring(
      month(2),
      'Audience chez le·la juge des enfants avec votre tuteur·rice',
      'Accompagnez votre tuteur·rice à une audience : relisez avant le rapport transmis, observez la place de l’enfant et des parents, et reparlez ensemble de ce qui a été décidé.',
    ),
    training(
      month(2),
      'Écrits professionnels en protection de l’enfance : rapports au juge et notes d’incident',
      'Deux jours pour apprendre à rédiger un rapport d’échéance et une note d’incident : faits, analyse, propositions, et ce que les familles pourront lire. Votre tuteur·rice relit vos premiers rapports avant envoi.',
    ),
    trainingPlan(
      month(2),
      'cadre juridique de la protection de l’enfance, écrits, travail avec les familles, psychotraumatisme',
    ),
    gapFirstSession(),
    mentoring(
      month(3),
      'Élaborer un projet pour l’enfant avec votre tuteur·rice',
      'Construisez avec votre tuteur·rice le projet pour l’enfant d’une des situations que vous suivez, en y associant l’enfant, ses parents et le lieu d’accueil. Le document est ensuite validé par l’inspecteur·rice ASE.',
    ),
    cnfptIntegration(month(3)),
    review3(ase, contractProbation),
    domesticViolence(
      month(4),
      'Une journée préparée avec l’Observatoire départemental des violences envers les femmes : l’enfant exposé aux violences conjugales, repérer, évaluer le danger et orienter (3919, associations spécialisées, mise à l’abri). Inscrivez-vous auprès du service formation.',
    ),
    review6(ase),
    gapSession(6),
    trainingCheck(),
    training(
      month(9),
      'Psychotraumatisme de l’enfant et de l’adolescent',
      'Deux jours pour reconnaître les effets des traumatismes chez les enfants que vous accompagnez et savoir quand solliciter le·la psychologue ou le soin. Inscription auprès du service formation.',
    ),
    annualInterview(),
    nextYearTraining(),
    firstYearReview(
      ase,
      'Parlez aussi de la suite : renouvellement du contrat, passage en CDI ou préparation du concours d’assistant·e socio-éducatif·ve.',
    ),
    ...mentorPoints(ase),
  ],
});
