import { fileURLToPath } from 'node:url';
import type { ContentFields, ContentKind, Media } from '../../../domain/content/entity';
import type { EmploymentStatus } from '../../../domain/organisation';
import { apprenticeAssTemplate, assContractTemplate, vaeTemplate } from '../../../domain/templates';
import {
  civicServiceNextStep,
  civicServiceTemplate,
} from '../../../domain/templates/service-civique';

/**
 * The demo organisation's welcome content (issue 18): the four chapters of the welcome
 * booklet, a captioned testimony video, three good-practice sheets and the civic-service
 * gateway page. Pure data, like ../organisation.ts; the seeder writes it, uploading the
 * video's files from media/ first (media/make-video.sh says how they were made).
 */

/** A demo item's link to a step of a base template (src/domain/templates), by its title.
 *  A base template is the first version of its family, so its id is the family's id. */
export interface DemoStepLink {
  templateId: string;
  /** The template's name, for people reading this file. */
  templateName: string;
  /** The step's exact title in that template. */
  title: string;
}

/**
 * One demo item: what an author would write in the form, in the demo's own terms.
 * - `statuses` and `circonscriptions` (the demo's circonscription keys, ../organisation.ts)
 *   narrow who sees the item; absent, everyone does. No demo item narrows by service or job.
 * - `step` links the item to a step of a base template; absent, to none.
 * - `video` says the item carries `demoVideo`, whose files the seeder uploads.
 */
export interface DemoItem {
  /** Stable and unique: lets a seeder find an item it already wrote. */
  key: string;
  kind: ContentKind;
  title: string;
  theme: string;
  /** Markdown; a video's full transcript. */
  body: string;
  position: number;
  authorTeam: string;
  statuses?: EmploymentStatus[];
  circonscriptions?: string[];
  step?: DemoStepLink;
  video?: true;
}

/** The testimony video's files, in media/, and the card timings its captions follow. */
export const demoVideo = {
  dir: fileURLToPath(new URL('./media/', import.meta.url)),
  file: 'temoignage-premiere-visite.webm',
  poster: 'temoignage-premiere-visite.jpg',
  captions: 'temoignage-premiere-visite.vtt',
  /** Measured with ffprobe: 40.008 s (VP9 640×360 25 fps + silent mono Opus), 476,694 bytes. */
  durationSeconds: 40,
  type: 'video/webm',
  posterType: 'image/jpeg',
  captionsType: 'text/vtt',
  /** Each card's [start, end] in seconds, as in make-video.sh and the captions' cues. */
  cards: [
    [0, 6],
    [6, 13],
    [13, 20],
    [20, 27],
    [27, 34],
    [34, 40],
  ],
} as const;

const firstHomeVisits = (): DemoStepLink => {
  const title = 'Premières visites à domicile en binôme avec votre tuteur·rice';
  return { templateId: assContractTemplate.id, templateName: assContractTemplate.name, title };
};

// ---------------------------------------------------------------------------------------
// The welcome booklet
// ---------------------------------------------------------------------------------------

const bienvenue = `Vous rejoignez les équipes sociales du Département de la Seine-Saint-Denis : bienvenue ! Ce livret vous accompagne pendant vos premiers mois. Il complète votre parcours d’intégration sans le remplacer, et reste lisible même sans connexion.

## Le Département, chef de file de l’action sociale

Le Département est la collectivité des solidarités. La loi lui confie l’essentiel de l’action sociale :

- l’accueil et l’accompagnement social de toute personne qui en a besoin, par le service social départemental ;
- la protection de l’enfance, avec l’aide sociale à l’enfance (ASE) ;
- la protection maternelle et infantile (PMI) et la santé des jeunes enfants ;
- le revenu de solidarité active (RSA) et l’insertion ;
- l’autonomie des personnes âgées et des personnes handicapées (APA, PCH) ;
- le fonds de solidarité pour le logement (FSL).

Avec plus de 1,6 million d’habitants répartis dans 40 communes, la Seine-Saint-Denis est le département le plus jeune de France métropolitaine, et l’un de ceux où les besoins sociaux sont les plus forts. Les équipes y travaillent par territoire, au plus près des habitants : chaque circonscription couvre une commune ou quelques quartiers.

## 450 travailleuses et travailleurs sociaux en trois ans

Le Département s’est fixé l’objectif de recruter 450 professionnel·le·s du travail social en trois ans : assistant·e·s de service social, éducateur·rice·s spécialisé·e·s, conseiller·ère·s en économie sociale familiale, psychologues, secrétaires médico-sociales, professionnel·le·s de PMI. Pourquoi ?

- **Des postes restés vacants** : chaque poste vide reporte la charge sur les collègues et allonge les délais de rendez-vous pour les habitants.
- **Des départs trop rapides** : trop de professionnel·le·s quittaient leur poste dans les deux premières années, souvent faute d’avoir été bien accueilli·e·s et soutenu·e·s.
- **Des besoins qui augmentent** : précarité, logement, santé mentale, protection de l’enfance.

Recruter ne suffit pas : il faut **accueillir et fidéliser**. C’est tout le sens de votre parcours d’intégration.

## Ce que le Département s’engage à vous offrir

| Engagement | Concrètement |
| --- | --- |
| Un accueil préparé | Un bureau, votre matériel et vos accès prêts dès le premier jour |
| Un·e tuteur·rice | Un·e collègue expérimenté·e, choisi·e avant votre arrivée, que vous voyez chaque mois les premiers temps |
| La formation | Au moins 5 jours par an, dont la formation d’intégration du CNFPT |
| L’analyse des pratiques | Un groupe d’analyse des pratiques (GAP) animé par un·e intervenant·e extérieur·e |
| Des bilans réguliers | À 1 mois, 3 mois, 6 mois et 1 an avec votre responsable |

Dites-nous ce qui marche et ce qui manque : vos remarques, lors des bilans ou auprès de la DRH, servent à mieux accueillir les prochain·e·s arrivant·e·s.
`;

const serviceSocial = `Trois services du Département accompagnent les habitants. Vous êtes rattaché·e à l’un d’eux, mais vous croiserez les deux autres chaque semaine : ils suivent souvent les mêmes familles.

## Le service social départemental (SSD)

C’est le service social polyvalent « de secteur » : il accueille toute personne du territoire, quels que soient son âge et sa difficulté. Dans chaque circonscription, les assistant·e·s de service social et les CESF assurent l’accueil et l’orientation, l’accès aux droits (RSA, aides de la CAF, FSL, aides financières du Département), l’accompagnement budgétaire, la prévention des expulsions locatives et l’évaluation des situations d’enfants en danger ou en risque de l’être. Le travail se fait en permanence d’accueil, en rendez-vous et en visite à domicile.

## L’aide sociale à l’enfance (ASE)

L’ASE protège les enfants et les jeunes majeur·e·s dont la santé, la sécurité, l’éducation ou le développement sont en danger ou en risque de l’être. Elle met en œuvre les mesures décidées avec les parents (aide éducative à domicile, accueil provisoire) et celles que le juge des enfants ordonne (placement, visites en présence d’un tiers). La cellule de recueil des informations préoccupantes (CRIP) reçoit les informations préoccupantes et en fait évaluer les situations.

## La protection maternelle et infantile (PMI)

Les centres de PMI suivent la santé des futurs parents et des enfants de moins de 6 ans : suivi de grossesse, consultations de nourrissons, vaccinations, bilans de santé à l’école maternelle, visites à domicile des puéricultrices après une naissance. La PMI agrée et accompagne aussi les assistant·e·s maternel·le·s.

## Votre parcours dans Parcours

Votre responsable a ouvert votre parcours à partir d’un modèle adapté à votre métier et à votre statut. Chaque étape a une date, et l’application vous rappelle celles qui approchent.

| Type d’étape | Ce que vous y faites |
| --- | --- |
| Matériel | Vous confirmez la réception du badge, du téléphone, de l’ordinateur |
| Démarche | Comptes, logiciel métier, contrat : vous indiquez quand c’est fait |
| Formation | Vous notez chaque journée suivie : l’objectif est de 5 jours par an |
| Tutorat | Vos rencontres avec votre tuteur·rice ; vos notes restent entre vous deux |
| Analyse des pratiques | Votre présence au GAP, jamais ce qui s’y dit |
| Jalon | Les bilans à 1 mois, 3 mois, 6 mois et 1 an : vous demandez la validation, votre responsable valide ou vous répond |

Votre **tuteur·rice** n’est pas votre responsable hiérarchique : c’est la personne à qui poser toutes les questions, même celles qui vous paraissent trop simples. Votre **responsable** organise votre travail, valide vos jalons et reste votre interlocuteur·rice pour les congés, les situations difficiles et votre projet professionnel.
`;

const circonscription = `Ce chapitre est celui de la circonscription de Saint-Denis, territoire Plaine Commune. Une information a changé ? Dites-le au secrétariat, qui tient ce chapitre à jour.

## Adresse et horaires

**Circonscription de service social de Saint-Denis** : 12 rue de la Légion-d’Honneur, 93200 Saint-Denis.

| Jours | Matin | Après-midi |
| --- | --- | --- |
| Lundi, mardi, mercredi, vendredi | 8 h 45 – 12 h 30 | 13 h 30 – 17 h 00 |
| Jeudi | Réunion d’équipe, accueil fermé | 13 h 30 – 17 h 00 |

La permanence d’accueil sans rendez-vous a lieu chaque matin d’ouverture. Avec votre badge, les locaux vous sont ouverts de 8 h à 18 h 30.

## Qui fait quoi

| Rôle | Qui | À qui s’adresser pour… |
| --- | --- | --- |
| Responsable de circonscription | Sophie Lambert | L’organisation, les congés, vos jalons, les situations difficiles |
| Tuteur des nouveaux arrivants | Julien Moreau, assistant de service social | Les questions de tous les jours, les binômes, vos points mensuels |
| Responsable de territoire Plaine Commune | Karim Haddad | Les projets du territoire et les partenariats |
| Secrétariat de circonscription | Les deux secrétaires | Les agendas, le badge, les véhicules, le courrier, le planning des permanences |
| Conseiller·ère technique en travail social | Au siège, pour tout le territoire | La protection de l’enfance et les écrits délicats |
| Référent·e applicatif·ve | Un·e assistant·e de service social de l’équipe | Vos droits dans le logiciel métier |
| Chargée de ressources humaines | Nathalie Roux, DRH | Votre contrat, votre paie, vos absences |

## Joindre le secrétariat

- Téléphone : 01 99 00 12 40, du lundi au vendredi de 8 h 45 à 17 h.
- Boîte fonctionnelle : secretariat.saint-denis@demo.parcours.fr.
- En visite ou en rendez-vous extérieur : laissez toujours au secrétariat l’adresse et votre heure de retour, et prévenez si elle change.

## Venir et se déplacer

- **Métro** ligne 13, station Basilique de Saint-Denis, à cinq minutes à pied ; **tram** T1 et T8 ; **RER D**, gare de Saint-Denis, à dix minutes.
- Votre abonnement Navigo est remboursé à 75 % : envoyez l’attestation à la DRH.
- Pas de parking pour les agents. Deux véhicules de service servent aux visites à domicile : réservez-les au secrétariat et remplissez le carnet de bord.
- Un local à vélos fermé est accessible avec le badge.

## Votre badge

Le secrétariat demande votre badge avant votre arrivée ; il ouvre la circonscription et les autres sites du Département. Perdu ou oublié ? Prévenez le secrétariat le jour même pour qu’il soit désactivé. Dans Parcours, confirmez sa réception à l’étape prévue.

## Sécurité

Le bureau d’entretien du rez-de-chaussée est équipé d’un bouton d’alerte. Si un entretien se tend, sortez et prévenez un·e collègue : on ne reste jamais seul·e face à une personne agressive.
`;

const outils = `Vos outils sont prêts à votre arrivée. Prenez une heure la première semaine pour les essayer avec votre tuteur·rice : mieux vaut découvrir un souci au bureau qu’en visite.

| Outil | Pour quoi faire | En cas de problème |
| --- | --- | --- |
| Logiciel métier (IODAS) | Le dossier social des personnes, l’agenda des rendez-vous, les demandes d’aides | Le·la référent·e applicatif·ve de la circonscription |
| Messagerie et agenda | Vos échanges avec l’équipe et les partenaires, vos rendez-vous | L’assistance informatique |
| Téléphone professionnel | Les appels aux personnes accompagnées et aux partenaires | L’assistance informatique |
| Ordinateur portable et VPN | Le travail au bureau, à distance ou chez un partenaire | L’assistance informatique |
| Parcours | Votre parcours d’intégration, vos formations, vos rappels | Votre responsable, puis la DRH |

## Le logiciel métier

Vos droits sont ouverts par le·la référent·e applicatif·ve, à votre arrivée. Tout ce qui concerne les personnes accompagnées s’écrit dans le logiciel et nulle part ailleurs : ni carnet personnel, ni document sur le bureau de l’ordinateur, ni clé USB.

## Messagerie et téléphone

- Changez le mot de passe provisoire dès la première connexion et ne le communiquez à personne, pas même à l’assistance.
- N’écrivez ni nom ni situation dans l’objet d’un message ; n’envoyez jamais d’information sur une personne depuis une messagerie personnelle ou une application grand public.
- Enregistrez une annonce sur la messagerie vocale du téléphone professionnel, et donnez ce numéro, jamais le vôtre.

## Travailler à distance

Le VPN vous relie au réseau du Département depuis chez vous ou depuis les locaux d’un partenaire. Essayez-le chez vous avant d’en avoir besoin. Verrouillez votre session dès que vous quittez votre poste (touche Windows + L).

## L’assistance informatique

- Téléphone : 01 99 00 12 00, du lundi au vendredi de 8 h à 18 h.
- Ou une demande sur le portail d’assistance de l’intranet.
- Ayez sous la main votre identifiant et le numéro d’inventaire de l’appareil : il figure sur son étiquette et dans Parcours, à l’étape de remise du matériel.

## Parcours, même sans réseau

Installez Parcours sur votre téléphone et votre ordinateur (« Installer l’application » ou « Ajouter à l’écran d’accueil »). Ce que vous avez déjà ouvert reste lisible sans connexion, et ce que vous faites hors ligne est envoyé dès que le réseau revient. Parcours suit votre intégration : n’y écrivez jamais le nom ni la situation d’une personne accompagnée.
`;

// ---------------------------------------------------------------------------------------
// The testimony video: its transcript says what its six cards say, in their order.
// ---------------------------------------------------------------------------------------

const signature = '— Samia, assistante de service social à Bondy';

/** The cards' text, one entry per card, as the captions' cues give it. */
export const videoCards: readonly string[] = [
  'Témoignage. Ma première visite à domicile. Samia, assistante de service social à Bondy depuis 2 ans.',
  '« La veille, j’ai relu le dossier avec mon tuteur. On s’est fixé un seul objectif : faire le point sur les impayés de loyer. »',
  '« Avant de partir, j’ai laissé à la secrétaire l’adresse et mon heure de retour. C’est la règle, et ça rassure. »',
  '« Sur place, j’ai surtout écouté. Madame a sorti ses courriers, puis elle m’a montré la chambre des enfants. »',
  '« Dans la voiture, dix minutes avec mon tuteur : ce qui s’était bien passé, et ce que je ferais autrement. »',
  '« Mon conseil : la première fois, partez en binôme. Et posez vos questions : on est là pour ça. »',
];

const transcript = `## Transcription

*Vidéo de 40 secondes, sans parole ni musique : six cartons de texte blanc sur un fond dégradé bleu-vert. Les sous-titres reprennent le texte des cartons.*

${videoCards
  .map((text, i) => {
    const [start, end] = demoVideo.cards[i]!;
    const signed = i === 0 ? '' : ` ${signature}`;
    return `**Carton ${i + 1} (de ${start} à ${end} secondes).** ${text}${signed}`;
  })
  .join('\n\n')}
`;

// ---------------------------------------------------------------------------------------
// Good-practice sheets
// ---------------------------------------------------------------------------------------

const rsa = `Vous êtes désigné·e référent·e d’une personne orientée vers un accompagnement social. Ce premier rendez-vous pose le cadre de tout le suivi : il mérite une demi-heure de préparation.

## Avant le rendez-vous : à vérifier

- Relire la décision d’orientation et son motif.
- Consulter le dossier CAF (CDAP) : composition du foyer, droits ouverts, dernière déclaration trimestrielle de ressources, éventuelle suspension.
- Vérifier dans IODAS si le foyer est déjà connu du service, de l’ASE ou de la PMI.
- Envoyer une convocation claire : date, heure, adresse, documents à apporter, numéro à appeler en cas d’empêchement.
- Prévoir un·e interprète professionnel·le si besoin, jamais un enfant du foyer.
- Réserver un bureau fermé : on va parler d’argent, de santé et de famille.

## Les documents à demander

- pièce d’identité ou titre de séjour ;
- dernière attestation de paiement de la CAF ;
- justificatifs de ressources et de charges : loyer, énergie, dettes ;
- identifiant France Travail (l’inscription est automatique depuis le 1er janvier 2025) ;
- CV et diplômes, s’il y en a.

Un document manquant ne doit pas faire reporter le rendez-vous : dites-le dans la convocation.

## Pendant le rendez-vous

1. Présentez-vous, votre rôle de référent·e, la durée de l’entretien et le secret professionnel.
2. Expliquez simplement les droits et devoirs liés au RSA : le droit à un accompagnement, l’engagement dans un plan d’action.
3. Faites le tour de la situation sans interrogatoire : logement, santé, budget, enfants et mode de garde, mobilité, langue, usage du numérique, formation et expériences.
4. Repérez les droits non ouverts : Complémentaire santé solidaire, aide au logement, tarification Solidarité Transport, chèque énergie.
5. Construisez ensemble deux ou trois objectifs réalistes, avec les mots de la personne.
6. Fixez la date du prochain rendez-vous avant qu’elle ne reparte.

## Le contrat d’engagement

Depuis le 1er janvier 2025 (loi pour le plein emploi), chaque allocataire signe un contrat d’engagement avec son organisme référent ; il remplace l’ancien contrat d’engagement réciproque. Il fixe un plan d’action et, en principe, au moins 15 heures d’activités par semaine : démarches, soins, ateliers, formation… Cette durée peut être réduite, voire ne pas s’appliquer, selon la situation : santé, handicap, parent isolé sans solution de garde. Ne la présentez pas comme une menace, mais comme un cadre à construire ensemble.

## Après le rendez-vous : à faire

- Saisir le compte rendu et les objectifs dans IODAS le jour même.
- Transmettre le contrat signé selon la procédure du service, dans les délais.
- Orienter vers les partenaires utiles, avec l’accord de la personne.
- Noter dans votre agenda la date du prochain rendez-vous.

Pour vérifier une règle ou un montant : [la fiche RSA de service-public.fr](https://www.service-public.fr/particuliers/vosdroits/N19807).
`;

const informationPreoccupante = `Une information préoccupante (IP) alerte le président du conseil départemental, par la cellule de recueil des informations préoccupantes (CRIP), sur un enfant dont la santé, la sécurité ou la moralité sont en danger ou en risque de l’être, ou dont les conditions d’éducation ou de développement sont gravement compromises ou en risque de l’être. Elle déclenche une évaluation : ce n’est ni une accusation ni une sanction.

## IP ou signalement au procureur ?

| Situation | Ce que vous faites |
| --- | --- |
| Danger ou risque de danger | Une IP à la CRIP |
| Danger grave et immédiat : violences, abus sexuels, enfant laissé seul | Un signalement direct au procureur de la République, avec copie à la CRIP |
| Vous hésitez | Vous en parlez le jour même à votre responsable ou au·à la conseiller·ère technique |

Ne restez jamais seul·e avec un doute : une IP se réfléchit à plusieurs, puis suit le circuit de validation du service.

## Avant d’écrire

- Rassembler les faits : dates, lieux, personnes présentes.
- Vérifier ce qui est déjà connu (IODAS, école, PMI), dans les limites du secret partagé.
- Informer les parents de la transmission, sauf si c’est contraire à l’intérêt de l’enfant, et l’écrire dans l’IP.

## Ce que l’IP contient

1. L’identité de l’enfant et de ses frères et sœurs, leurs dates de naissance, l’adresse, l’école ou le mode de garde.
2. L’identité et les coordonnées des titulaires de l’autorité parentale, la composition du foyer.
3. Le cadre de votre intervention : depuis quand et à quel titre vous connaissez la famille.
4. Les faits observés, datés et décrits précisément.
5. Les propos rapportés, entre guillemets, en précisant qui les a tenus.
6. Votre analyse, séparée des faits : ce qui inquiète, mais aussi les ressources de la famille.
7. Ce qui a déjà été fait, et la position des parents.
8. Les autres professionnel·le·s qui interviennent.

## Bien écrire

- Des faits plutôt que des jugements : « l’enfant est arrivé trois matins sur cinq sans manteau par 2 °C » plutôt que « l’enfant est négligé ».
- Pas de diagnostic ni d’interprétation qui dépasse votre compétence.
- Le conditionnel pour ce qui est rapporté et que vous n’avez pas vérifié.
- Des phrases courtes, des sigles expliqués.
- Écrivez en sachant que la famille pourra demander à lire ce document.

## Après l’envoi

- Gardez une copie dans le dossier.
- La CRIP fait évaluer la situation, en principe dans un délai de trois mois, et vous informe des suites données.
- Continuez votre accompagnement : l’IP n’y met pas fin.

Un doute le soir ou le week-end ? Le 119, Allô enfance en danger, répond gratuitement jour et nuit : [allo119.gouv.fr](https://www.allo119.gouv.fr).
`;

const visiteADomicile = `La visite à domicile permet de rencontrer une personne ou une famille chez elle, là où elle est souvent plus à l’aise, ou quand elle ne peut pas se déplacer. Vous entrez dans son intimité : une visite se prépare, s’annonce et se termine par un écrit.

## Avant

- Un objectif clair, un seul si possible : faire le point sur une dette de loyer, préparer un dossier d’aide, rencontrer un nouveau-né et ses parents.
- La personne est prévenue par courrier ou par téléphone : date, créneau, motif. Une visite non annoncée reste l’exception, décidée avec votre responsable.
- Relisez le dossier et parlez-en à votre tuteur·rice ou au·à la collègue qui connaît la famille.
- Vérifiez l’accès : étage, code, interphone, animaux.
- Laissez au secrétariat l’adresse, votre heure de départ et votre heure de retour prévue.
- Emportez votre téléphone professionnel chargé, votre carte professionnelle et les formulaires utiles.
- Les premières visites, et toute visite qui vous inquiète, se font en binôme.

## Sur place

- Présentez-vous, montrez votre carte, rappelez le motif et la durée de la visite.
- Demandez où vous installer ; n’entrez pas dans une pièce sans y être invité·e.
- Écoutez avant de questionner ; observez sans inspecter.
- Prenez peu de notes, et dites pourquoi vous en prenez.
- Si des enfants sont présents, adaptez ce qui se dit devant eux.
- Si la tension monte ou si vous ne vous sentez pas en sécurité, mettez fin poliment à la visite et partez : votre sécurité passe avant l’entretien.
- Avant de partir, résumez ce qui a été dit et ce qui va suivre.

## Après

- Prévenez le secrétariat de votre retour.
- Prenez dix minutes avec votre binôme ou votre tuteur·rice : ce qui s’est passé, ce que vous en comprenez.
- Écrivez le compte rendu dans IODAS dans les 48 heures, en séparant les faits, les propos et votre analyse.
- Engagez les suites annoncées à la personne, et tenez-la informée.

## Ce que vous constatez, vers qui orienter

| Vous constatez | Vers qui orienter |
| --- | --- |
| Humidité, moisissures, logement sans chauffage | Le service communal d’hygiène et de santé, avec l’accord de la personne |
| Factures d’énergie impayées | Le FSL énergie et le fournisseur, pour un échéancier |
| Une personne âgée isolée qui ne s’en sort plus seule | Le service autonomie du Département (APA) |
| Des violences dans le couple | Le 3919 et les associations spécialisées ; votre responsable le jour même |
| Un enfant en danger ou en risque de l’être | Votre responsable le jour même (voir la fiche « Rédiger une information préoccupante ») |
`;

// ---------------------------------------------------------------------------------------
// After civic service
// ---------------------------------------------------------------------------------------

const apresServiceCivique = `Votre mission vous a fait découvrir le travail social de l’intérieur. Si vous avez envie d’en faire votre métier, le Département peut vous y aider : beaucoup de ses professionnel·le·s ont commencé comme vous.

## Des métiers qui recrutent

| Métier | Diplôme | Formation | Au Département |
| --- | --- | --- | --- |
| Assistant·e de service social | DEASS | 3 ans | SSD, ASE, PMI |
| Éducateur·rice spécialisé·e | DEES | 3 ans | ASE |
| Conseiller·ère en économie sociale familiale | DECESF | 3 ans (BTS ESF puis 1 an) | SSD |
| Moniteur·rice-éducateur·rice | DEME | 2 ans | ASE |
| Auxiliaire de puériculture | DEAP | Environ 1 an | PMI |
| Infirmier·e puériculteur·rice | Diplôme d’infirmier puis de puériculture | 3 ans puis 1 an | PMI |
| Secrétaire médico-social·e | Titre professionnel ou BTS | 1 à 2 ans | SSD, PMI |

## Quatre voies pour y arriver

### La formation initiale

Les écoles d’assistant·e de service social, d’éducateur·rice spécialisé·e et de moniteur·rice-éducateur·rice recrutent sur Parcoursup : les vœux se font en général de janvier à mars. Les instituts de formation d’auxiliaires de puériculture sélectionnent sur dossier et entretien. La Région peut accorder une bourse pour ces formations.

### L’apprentissage

Le Département accueille des apprenti·e·s. Vous alternez entre l’école et une équipe, avec un·e maître d’apprentissage, et vous êtes payé·e pendant toute la formation, sans frais de scolarité : le diplôme d’assistant·e de service social se prépare ainsi en 3 ans. L’apprentissage est ouvert jusqu’à 29 ans révolus, sans limite d’âge pour une personne reconnue travailleur handicapé. Dans Parcours, la première année d’un·e apprenti·e suit le modèle « ${apprenticeAssTemplate.name} ».

### La validation des acquis de l’expérience (VAE)

Plus tard, votre expérience pourra vous faire obtenir tout ou partie d’un diplôme. Le volontariat compte, mais une mission de service civique ne suffit pas à elle seule pour un diplôme d’État : la VAE vient en général après quelques années de travail dans le métier visé. Les démarches se font sur [France VAE](https://vae.gouv.fr). Un·e agent en poste qui prépare le DEASS ou le DEES suit dans Parcours le modèle « ${vaeTemplate.name} ».

### Le concours ou le contrat

Une fois diplômé·e, vous pouvez être recruté·e par concours sur titres ou en contrat. Certains postes, comme agent·e d’accueil en circonscription, sont accessibles sans diplôme du travail social.

## Les questions à poser

**À votre tuteur·rice**

- Comment es-tu arrivé·e dans ce métier, et par quelle école ?
- Puis-je passer une journée avec un·e éducateur·rice, un·e CESF ou une équipe de PMI ?
- Peux-tu relire ma lettre de motivation ?
- Quelles activités de ma mission inscrire dans mon bilan nominatif ?

**À votre responsable**

- Le Département prend-il des apprenti·e·s à la prochaine rentrée, dans quels métiers et avec quel calendrier ?
- Puis-je rencontrer la DRH pour en parler ?
- Pouvez-vous me remettre une attestation de mission pour mes candidatures ?

Ces questions ont aussi leur place dans vos bilans : parlez-en dès le bilan à 3 mois, pas seulement à la fin de la mission.
`;

export const demoItems: readonly DemoItem[] = [
  {
    key: 'livret-bienvenue',
    kind: 'page',
    title: 'Bienvenue au Département',
    theme: 'Livret d’accueil',
    body: bienvenue,
    position: 1,
    authorTeam: '',
  },
  {
    key: 'livret-service-social',
    kind: 'page',
    title: 'Le service social départemental',
    theme: 'Livret d’accueil',
    body: serviceSocial,
    position: 2,
    authorTeam: '',
  },
  {
    key: 'livret-circonscription',
    kind: 'page',
    title: 'Votre circonscription : informations pratiques',
    theme: 'Livret d’accueil',
    body: circonscription,
    position: 3,
    authorTeam: '',
    circonscriptions: ['saint-denis'],
  },
  {
    key: 'livret-outils',
    kind: 'page',
    title: 'Vos outils informatiques',
    theme: 'Livret d’accueil',
    body: outils,
    position: 4,
    authorTeam: '',
  },
  {
    key: 'video-premiere-visite',
    kind: 'video',
    title: 'Ma première visite à domicile — Samia, assistante de service social',
    theme: 'Témoignages métier',
    body: transcript,
    position: 10,
    authorTeam: '',
    step: firstHomeVisits(),
    video: true,
  },
  {
    key: 'fiche-premier-rdv-rsa',
    kind: 'sheet',
    title: 'Préparer un premier rendez-vous RSA',
    theme: 'RSA',
    body: rsa,
    position: 20,
    authorTeam: 'Équipe SSD d’Aubervilliers',
  },
  {
    key: 'fiche-information-preoccupante',
    kind: 'sheet',
    title: 'Rédiger une information préoccupante',
    theme: 'Protection de l’enfance',
    body: informationPreoccupante,
    position: 21,
    authorTeam: 'Équipe ASE de Montreuil',
  },
  {
    key: 'fiche-visite-a-domicile',
    kind: 'sheet',
    title: 'Préparer et mener une visite à domicile',
    theme: 'Visite à domicile',
    body: visiteADomicile,
    position: 22,
    authorTeam: 'Équipe SSD de Saint-Denis',
    step: firstHomeVisits(),
  },
  {
    key: 'apres-service-civique',
    kind: 'page',
    title: 'Et après le service civique ?',
    theme: 'Et après ?',
    body: apresServiceCivique,
    position: 30,
    authorTeam: '',
    statuses: ['civicService'],
    // The civic-service path's last step, "Et après ?", leads here.
    step: {
      templateId: civicServiceTemplate.id,
      templateName: civicServiceTemplate.name,
      title: civicServiceNextStep,
    },
  },
];

/**
 * An item's fields as the content store takes them. `circonscriptionIds` maps the demo's
 * circonscription keys to their ids (SeededOrganisation.circonscriptions); `media` is the
 * video's uploaded files, required for a `video` item and ignored otherwise.
 */
export function demoContentFields(
  item: DemoItem,
  circonscriptionIds: ReadonlyMap<string, string>,
  media: Media | null,
): ContentFields {
  if (item.video && !media) throw new Error(`Demo item ${item.key} needs its video's files`);
  const idOf = (key: string) => {
    const id = circonscriptionIds.get(key);
    if (id === undefined)
      throw new Error(`Demo item ${item.key} names an unknown circonscription: ${key}`);
    return id;
  };
  return {
    kind: item.kind,
    title: item.title,
    theme: item.theme,
    body: item.body,
    position: item.position,
    target: {
      services: [],
      jobs: [],
      statuses: item.statuses ?? [],
      circonscriptionIds: (item.circonscriptions ?? []).map(idOf),
    },
    step: item.step ? { family: item.step.templateId, title: item.step.title } : null,
    media: item.video ? media : null,
    attachments: [],
    authorTeam: item.authorTeam,
  };
}
