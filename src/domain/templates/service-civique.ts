// Volontaire en service civique in an SSD circonscription: a ten-month mission, a tutor
// (whose 50 € monthly bonus comes from the tutoring rows), the compulsory civic and citizen
// training and PSC1, and civic service as a gateway into the social-work jobs.
import {
  accounts,
  badge,
  childProtection,
  firstMentorMeeting,
  mentorPoints,
  type PointFocus,
  review1,
  type Setting,
  territory,
} from './common';
import {
  admin,
  day,
  defineTemplate,
  equipment,
  mentoring,
  milestone,
  month,
  practiceGroup,
  training,
  week,
} from './steps';

export const civicServiceJob = 'Volontaire en service civique';

/** The path's last step, to which the welcome content's civic-service page is linked
 *  (issue 18: civic service as a gateway into the jobs). */
export const civicServiceNextStep = 'Et après ? Les métiers du social et les voies pour y aller';

const civic: Setting = {
  manager: 'votre responsable de circonscription',
  tutor: 'votre tuteur·rice',
};

const civicFocus: PointFocus = {
  1: 'votre place dans l’équipe et les premières personnes que vous avez accompagnées',
  2: 'la formation civique et citoyenne et le rythme de votre mission',
  4: 'votre projet d’avenir et les métiers que vous avez découverts',
  5: 'vos candidatures et votre lettre de motivation',
  7: 'ce que vous avez appris et ce que vous aimeriez encore découvrir',
  8: 'les activités et compétences à inscrire dans votre bilan nominatif',
};

export const civicServiceTemplate = defineTemplate({
  id: '7e3a0000-0000-4000-8000-000000000008',
  name: 'Volontaire en service civique — SSD — mission de 10 mois',
  job: civicServiceJob,
  status: 'civicService',
  steps: [
    admin(
      day(1),
      'Journée d’accueil avec votre tuteur·rice et votre responsable',
      'Votre tuteur·rice vous accueille avec le·la responsable de circonscription, vous présente l’équipe et vous fait visiter les lieux de votre mission. Vous êtes volontaire, pas agent du département : vous avez un contrat d’engagement et une indemnité versée par l’État.',
    ),
    admin(
      day(1),
      'Signature du contrat d’engagement de service civique',
      'Lisez avec votre tuteur·rice la description de votre mission, vos horaires (au moins 24 heures par semaine) et la durée de l’engagement avant de signer. Une mission de service civique complète le travail des agents ; elle ne remplace jamais un poste.',
    ),
    badge(),
    accounts(),
    equipment(
      day(2),
      'tablet',
      'Tablette pour l’accompagnement aux démarches en ligne',
      'La tablette sert à accompagner les personnes dans leurs démarches (CAF, ameli, France Travail, ANTS). N’y gardez aucun document ni mot de passe d’une personne, et confirmez la réception dans l’application.',
    ),
    training(
      day(2),
      'Discrétion et confidentialité',
      'Ce que vous voyez et entendez dans le service y reste. Votre tuteur·rice vous fait signer un engagement de confidentialité et vous explique ce que vous pouvez faire seul·e et ce qui revient toujours à un·e professionnel·le.',
    ),
    admin(
      day(3),
      'Visioconférence sur la tablette',
      'Faites un essai de visioconférence avec votre tuteur·rice (caméra, micro, partage d’écran) : certaines séances de formation et certaines rencontres de volontaires ont lieu à distance.',
    ),
    firstMentorMeeting(civic),
    territory(
      week(1),
      'l’accueil de la circonscription, le CCAS, la CAF, l’espace public numérique, la médiathèque et les associations du quartier',
    ),
    training(
      week(2),
      'Observation de l’accueil du public',
      'Passez plusieurs demi-journées aux côtés des agents d’accueil : comment les personnes sont reçues, orientées, aidées dans leurs démarches. Demandez le planning à votre tuteur·rice.',
    ),
    mentoring(
      week(3),
      'Premiers accompagnements aux démarches en ligne, aux côtés d’un·e agent',
      'Aidez les personnes à créer un compte, déposer un document ou prendre un rendez-vous en ligne, avec un·e agent près de vous. Vous faites avec la personne, jamais à sa place ni sans elle.',
    ),
    childProtection(
      week(4),
      'Une demi-journée avec votre tuteur·rice : ce qu’est une information préoccupante et le rôle de la CRIP, ce que le secret professionnel partagé couvre, et surtout à qui parler tout de suite si un enfant ou un adulte vous semble en danger. Vous ne gérez jamais seul·e une situation inquiétante.',
    ),
    review1(civic),
    admin(
      month(1),
      'Inscription à la formation civique et citoyenne et au PSC1',
      'Votre tuteur·rice vous inscrit aux deux volets obligatoires de la formation civique et citoyenne : la partie théorique et la formation aux premiers secours (PSC1). Calez les dates dans les premiers mois de la mission.',
    ),
    training(
      month(2),
      'Formation civique et citoyenne (volet théorique)',
      'Deux jours au moins avec d’autres volontaires sur la citoyenneté, les institutions et l’engagement. Ces journées font partie de votre temps de mission ; rapportez l’attestation de présence à votre tuteur·rice.',
    ),
    practiceGroup(
      month(2),
      'Inscription au groupe d’échange des volontaires',
      'Les volontaires du département se retrouvent régulièrement avec un·e animateur·rice pour parler de leurs missions. Demandez à votre tuteur·rice de vous inscrire ; seule votre présence est enregistrée.',
    ),
    training(
      month(3),
      'Formation aux premiers secours (PSC1)',
      'Une journée avec un organisme agréé, qui vous remet un certificat de compétences. Gardez-le : il sert pour les formations en travail social comme pour un emploi.',
    ),
    milestone(
      month(3),
      'Bilan à 3 mois',
      'Avec votre tuteur·rice et votre responsable : ce que vous faites, ce qui vous plaît, ce qui est difficile, et vos premières idées pour l’après-mission. Demandez ensuite la validation du jalon dans l’application.',
    ),
    practiceGroup(
      month(3),
      'Première rencontre du groupe d’échange des volontaires',
      'Les dates s’affichent dans l’application. Vous pouvez parler d’une situation qui vous a marqué·e ; ce qui se dit reste dans le groupe.',
    ),
    mentoring(
      month(3),
      'Journées de découverte des métiers du social',
      'Passez une journée avec un·e assistant·e de service social, un·e éducateur·rice spécialisé·e et un·e CESF ou une équipe de PMI, avec l’accord des personnes rencontrées. Votre tuteur·rice organise les dates.',
    ),
    mentoring(
      month(4),
      'Projet d’avenir : entretien d’orientation vers les métiers du social',
      'Avec votre tuteur·rice : ce que la mission vous apprend, les métiers qui vous attirent et les voies d’accès aux diplômes (assistant·e de service social, éducateur·rice spécialisé·e, moniteur·rice-éducateur·rice, accompagnant·e éducatif·ve et social·e) : Parcoursup, apprentissage ou concours des écoles.',
    ),
    admin(
      month(5),
      'Candidatures : formation en travail social ou apprentissage',
      'Les vœux Parcoursup se font en général de janvier à mars ; les contrats d’apprentissage du département suivent leur propre calendrier, que la DRH vous donne. Votre tuteur·rice relit votre lettre de motivation.',
    ),
    milestone(
      month(6),
      'Bilan à 6 mois',
      'Avec votre tuteur·rice et votre responsable : la mission, la formation civique et citoyenne suivie, et où en est votre projet d’avenir. Demandez la validation du jalon dans l’application.',
    ),
    practiceGroup(
      month(6),
      'Rencontre du groupe d’échange des volontaires',
      'Bloquez la date dans votre agenda et prévenez l’animateur·rice si vous ne pouvez pas venir.',
    ),
    admin(
      month(8),
      'Préparation du bilan nominatif',
      'Avec votre tuteur·rice, listez les activités menées et les compétences acquises : elles figureront dans le bilan nominatif remis en fin de mission.',
    ),
    milestone(
      month(9),
      'Bilan de fin de mission',
      'Entretien avec votre tuteur·rice et votre responsable : ce que vous avez fait et appris, et la suite (formation, apprentissage, emploi). Le bilan nominatif est finalisé et signé ; demandez ensuite la validation du jalon dans l’application.',
    ),
    admin(
      month(10),
      'Dernier jour de mission : restitution du badge et de la tablette',
      'Rendez le badge et la tablette à votre tuteur·rice, qui note leur retour dans l’application. L’attestation de service civique vous est délivrée à la fin de votre engagement : gardez-la avec votre bilan nominatif.',
    ),
    admin(
      month(10),
      civicServiceNextStep,
      'Les métiers du social que vous pourriez préparer et les voies pour y aller (apprentissage, VAE, concours) : la page « Et après le service civique ? » de l’écran Bienvenue vous les présente, avec les parcours d’apprenti·e et de VAE que le département propose.',
    ),
    ...mentorPoints(civic, [1, 2, 4, 5, 7, 8], civicFocus),
  ],
});
