import { describe, expect, it } from 'vitest';
import { folded, searchSheets, themesOf } from './search';

const sheet = (title: string, theme: string, body = '', authorTeam = '') => ({
  title,
  theme,
  body,
  authorTeam,
});
const sheets = [
  sheet('Rédiger une information préoccupante', 'Protection de l’enfance', 'Les faits, datés.'),
  sheet('Préparer un premier rendez-vous RSA', 'RSA', 'Le contrat d’engagement réciproque.'),
  sheet(
    'La visite à domicile',
    'Visite à domicile',
    'Prévenir, se présenter, le RSA aussi.',
    'Équipe SSD de Bondy',
  ),
];
const titles = (found: { title: string }[]) => found.map(({ title }) => title);

describe('searchSheets', () => {
  it.each([
    [
      'nothing: all, by title',
      '',
      null,
      [
        'La visite à domicile',
        'Préparer un premier rendez-vous RSA',
        'Rédiger une information préoccupante',
      ],
    ],
    [
      'a word of the title first, then of the text',
      'rsa',
      null,
      ['Préparer un premier rendez-vous RSA', 'La visite à domicile'],
    ],
    ['accents and case ignored', 'PREOCCUPANTE', null, ['Rédiger une information préoccupante']],
    ['every word, any order', 'engagement contrat', null, ['Préparer un premier rendez-vous RSA']],
    ['a word nowhere', 'piscine', null, []],
    ['the team', 'bondy', null, ['La visite à domicile']],
    ['a theme', '', 'RSA', ['Préparer un premier rendez-vous RSA']],
    ['a word within a theme', 'rsa', 'Visite à domicile', ['La visite à domicile']],
    [
      'punctuation alone',
      ' ?! ',
      null,
      [
        'La visite à domicile',
        'Préparer un premier rendez-vous RSA',
        'Rédiger une information préoccupante',
      ],
    ],
  ])('%s', (_, query, theme, expected) => {
    expect(titles(searchSheets(sheets, query, theme))).toEqual(expected);
  });

  it('folds as French is typed', () => {
    expect(folded("L'Œuvre : ÉTÉ, déjà !")).toBe('l œuvre ete deja');
  });

  it('lists the themes once, sorted', () => {
    expect(themesOf([...sheets, sheet('x', 'RSA'), sheet('y', '')])).toEqual([
      'Protection de l’enfance',
      'RSA',
      'Visite à domicile',
    ]);
  });
});
