// Psychologue in a child-welfare (ASE) circonscription, on contract.
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

export const psychologistJob = 'Psychologue';
export const psychologistJobAliases: string[] = [];

export const psychologistAseContractTemplate = defineTemplate({
  id: '7e3a0000-0000-4000-8000-000000000006',
  name: 'Psychologue — ASE — contractuel·le',
  job: psychologistJob,
  status: 'contract',
  steps: [
    welcome(
      ase,
      'l’équipe (éducateur·rice·s, assistant·e·s de service social, secrétaires), l’inspecteur·rice ASE',
    ),
    badge(),
    accounts(),
    phone(),
    laptop(),
    software(day(2), 'IODAS', 'les dossiers des enfants confiés'),
    videoCalls(),
    admin(
      week(1),
      'Numéro d’enregistrement professionnel de psychologue',
      'La DRH vous demande votre numéro d’enregistrement (ADELI ou RPPS) et la copie de votre master. Si vous venez d’être diplômé·e, faites la démarche sans attendre : elle est obligatoire pour exercer.',
    ),
    firstMentorMeeting(ase),
    territory(
      week(1),
      'les CMP et CMPP, la maison des adolescents, la pédopsychiatrie, les foyers de l’enfance et les MECS, le service de placement familial et les psychologues des autres circonscriptions',
    ),
    admin(
      week(2),
      'Votre place dans l’équipe : modalités de saisine du·de la psychologue',
      'Convenez avec votre responsable et l’équipe de la manière dont on vous sollicite (évaluation, soutien d’un·e référent·e, rencontre d’un enfant ou d’une famille) et de la façon dont vos écrits circulent.',
    ),
    childProtection(
      week(2),
      'Une demi-journée avec l’inspecteur·rice ASE : mesures administratives et judiciaires, CRIP et circuit des informations préoccupantes, et articulation entre votre secret professionnel et le secret partagé avec l’équipe.',
    ),
    mentoring(
      week(3),
      'Premiers entretiens d’enfants et de parents en binôme',
      'Avec le·la psychologue qui vous tutore, menez vos premiers entretiens d’évaluation et reprenez-les ensemble. Convenez de ce qui sera restitué à l’équipe et de ce qui ne le sera pas.',
    ),
    gapEnrolment(week(4), 'les psychologues du département (analyse des pratiques ou supervision)'),
    review1(ase),
    admin(
      month(1),
      'Organisation de votre temps de formation, information et recherche (FIR)',
      'Convenez avec votre responsable, selon les règles du département, de la part de votre temps consacrée à la formation, l’information et la recherche et de la façon de la planifier. Elle s’ajoute aux jours de votre plan individuel de formation.',
    ),
    training(
      month(2),
      'Écrits du·de la psychologue en protection de l’enfance',
      'Une journée sur les notes et rapports transmis à l’inspecteur·rice ou au juge : ce qui relève de l’évaluation, ce qui reste couvert par le secret, et comment l’expliquer aux familles.',
    ),
    trainingPlan(
      month(2),
      'évaluation du développement de l’enfant, psychotraumatisme, attachement et placement, écrits',
    ),
    gapFirstSession(),
    cnfptIntegration(month(3)),
    review3(ase, contractProbation),
    mentoring(
      month(4),
      'Commission d’examen de la situation et du statut des enfants confiés (CESSEC)',
      'Assistez avec votre tuteur·rice à une séance de la commission : comment les situations y sont présentées et ce que l’on attend de l’avis du·de la psychologue.',
    ),
    domesticViolence(
      month(4),
      'Une journée préparée avec l’Observatoire départemental des violences envers les femmes : enfants co-victimes des violences conjugales, effets sur le développement, évaluation du danger et orientation vers le soin.',
    ),
    admin(
      month(5),
      'Animer un temps d’échange clinique avec l’équipe éducative',
      'Proposez à l’équipe, avec l’accord de votre responsable, un temps régulier pour penser ensemble une situation. Fixez le rythme et le cadre dès la première séance.',
    ),
    review6(ase),
    gapSession(6),
    trainingCheck(),
    training(
      month(9),
      'Psychotraumatisme de l’enfant et de l’adolescent',
      'Deux ou trois jours pour approfondir l’évaluation et l’orientation des enfants traumatisés. Inscription auprès du service formation ; ces jours comptent dans vos 5 jours de l’année.',
    ),
    annualInterview(),
    nextYearTraining(),
    firstYearReview(ase),
    ...mentorPoints(ase),
  ],
});
