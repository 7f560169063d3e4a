import type { Tutoring } from '../entities';
import type { EmploymentStatus, Service } from '../organisation';

/** French words for the CSV files, which leave in French whatever the app's language
 *  (DESIGN §7b); the screens translate the codes through their own strings. */
export const statusLabels: Record<EmploymentStatus, string> = {
  civilServant: 'Titulaire',
  contract: 'Contractuel·le',
  apprentice: 'Apprenti·e',
  intern: 'Stagiaire',
  civicService: 'Service civique',
  vae: 'VAE',
};

export const serviceLabels: Record<Service, string> = {
  SSD: 'SSD',
  ASE: 'ASE',
  PMI: 'PMI',
};

export const tuteeStatusLabels: Record<Tutoring['tuteeStatus'], string> = {
  apprentice: statusLabels.apprentice,
  intern: statusLabels.intern,
  civicService: statusLabels.civicService,
};

/** A share (0..1) as a percentage with one decimal, empty when there is none. */
export const percent = (share: number | null): number | null =>
  share === null ? null : Math.round(share * 1000) / 10;
