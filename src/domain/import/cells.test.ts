import { describe, expect, it } from 'vitest';
import { emailOf, isoDateOf, phoneOf } from './cells';
import { matchHeader, statusOf } from './columns';

describe('isoDateOf', () => {
  it.each([
    ['01/09/2026', '2026-09-01'],
    ['1/9/2026', '2026-09-01'],
    ['2026-09-01', '2026-09-01'],
    ['29/02/2028', '2028-02-29'],
    ['31/02/2026', undefined],
    ['29/02/2026', undefined],
    ['2026-02-30', undefined],
    ['00/01/2026', undefined],
    ['01/13/2026', undefined],
    ['2026-9-1', undefined],
    ['01/09/26', undefined],
    ['01-09-2026', undefined],
    ['1er septembre 2026', undefined],
    ['01/09/1850', undefined],
    ['', undefined],
  ])('%j → %j', (text, iso) => {
    expect(isoDateOf(text)).toBe(iso);
  });
});

describe('emailOf', () => {
  it.each([
    ['Ines.Benali@Seinesaintdenis.fr', 'ines.benali@seinesaintdenis.fr'],
    ['ines.benali', undefined],
    ['ines benali@seinesaintdenis.fr', undefined],
    [`${'a'.repeat(250)}@x.fr`, undefined],
  ])('%j → %j', (text, email) => {
    expect(emailOf(text)).toBe(email);
  });
});

describe('phoneOf', () => {
  it.each([
    ['06 12 34 56 78', '06 12 34 56 78'],
    ['+33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['01.48.95.00.00', '01.48.95.00.00'],
    ['(0)1-48-95-00-00', '(0)1-48-95-00-00'],
    ['appeler le matin', undefined],
    ['=1+2', undefined],
    ['0'.repeat(31), undefined],
  ])('%j → %j', (text, phone) => {
    expect(phoneOf(text)).toBe(phone);
  });
});

describe('statusOf', () => {
  it.each([
    ['titulaire', 'civilServant'],
    ['Contractuelle', 'contract'],
    ['APPRENTI', 'apprentice'],
    ['apprentie', 'apprentice'],
    ['Stagiaire', 'intern'],
    ['Service civique', 'civicService'],
    ['service-civique', 'civicService'],
    ['vae', 'vae'],
    ['V.A.E.', 'vae'],
    ['civilServant', 'civilServant'],
    ['intérimaire', undefined],
  ])('%j → %j', (label, status) => {
    expect(statusOf(label)).toBe(status);
  });
});

describe('matchHeader', () => {
  it('matches case, accents and punctuation aside, and ignores unknown columns', () => {
    const match = matchHeader([
      'Matricule',
      'NOM',
      'prenom',
      'E-mail',
      'Emploi',
      'Statut',
      'circonscription',
      'Date d’arrivée',
      'date_de_fin',
    ]);
    expect(match.missing).toEqual([]);
    expect(match.found.get('lastName')).toEqual({ index: 1, name: 'NOM' });
    expect(match.found.get('email')).toEqual({ index: 3, name: 'E-mail' });
    expect(match.found.get('startDate')?.index).toBe(7);
    expect(match.found.get('endDate')?.index).toBe(8);
    expect(match.found.has('phone')).toBe(false);
  });

  it('names the required columns that are missing, and those named twice', () => {
    const match = matchHeader(['Nom', 'Prénom', 'Courriel', 'Email', 'Statut']);
    expect(match.missing.map((column) => column.header)).toEqual([
      'Emploi',
      'Circonscription',
      "Date d'arrivée",
    ]);
    expect(match.repeated.map((column) => column.header)).toEqual(['Courriel']);
  });
});
