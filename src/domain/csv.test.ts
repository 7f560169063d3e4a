import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvDate, csvMonth, toCsv, type CsvCell } from './csv';

describe('csvCell', () => {
  it.each<[CsvCell, string]>([
    // Numbers: decimal comma, no float noise, negative numbers stay numbers.
    [2.5, '2,5'],
    [5, '5'],
    [0.1 + 0.2, '0,3'],
    [-2.5, '-2,5'],
    [-0, '0'],
    [54.84, '54,84'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    // Empty and yes/no.
    [null, ''],
    [undefined, ''],
    [true, 'oui'],
    [false, 'non'],
    // Plain text passes as is.
    ['Inès Benali', 'Inès Benali'],
    ['', ''],
    // RFC 4180: quoted when it holds the separator, a comma, a quote or a line break.
    ['Saint-Denis; Aubervilliers', '"Saint-Denis; Aubervilliers"'],
    ['2,5 jours', '"2,5 jours"'],
    ['Le "bon" accueil', '"Le ""bon"" accueil"'],
    ['deux\nlignes', '"deux\nlignes"'],
    ['deux\r\nlignes', '"deux\r\nlignes"'],
    // Formula injection: text starting with = + - @ tab CR gets an apostrophe.
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['=1+1', "'=1+1"],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-2,5', '"\'-2,5"'],
    ['-', "'-"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', '"\'\rcmd"'],
    // Only the first character counts.
    ['Jean-Pierre', 'Jean-Pierre'],
    ['a=b', 'a=b'],
  ])('%j → %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });
});

describe('dates', () => {
  it.each([
    ['2026-03-09', '09/03/2026'],
    ['2026-12-31', '31/12/2026'],
    [null, ''],
  ])('csvDate(%j) → %j', (date, written) => {
    expect(csvDate(date)).toBe(written);
  });

  it('writes a month as mm/yyyy', () => {
    expect(csvMonth('2026-02')).toBe('02/2026');
  });
});

describe('toCsv', () => {
  const file = toCsv([
    ['Agent', 'Jours', 'Date'],
    ['Inès Benali', 1.5, csvDate('2026-11-02')],
    ['=cmd|calc', -1, null],
    [],
    ['Mois', 'Arrivées'],
  ]);

  it('starts with a BOM, separates with ; and ends every line with CRLF', () => {
    expect(file.startsWith('\uFEFFAgent;Jours;Date\r\n')).toBe(true);
    expect(file).toBe(
      '\uFEFFAgent;Jours;Date\r\nInès Benali;1,5;02/11/2026\r\n' +
        "'=cmd|calc;-1;\r\n\r\nMois;Arrivées\r\n",
    );
  });

  it('reads back, cell for cell, with an RFC 4180 parser', () => {
    const tricky = ['a;b', 'dit "oui"', 'deux\r\nlignes', 'x,y'];
    const parsed = Papa.parse<string[]>(toCsv([tricky]).slice(1), { delimiter: ';' });
    expect(parsed.data[0]).toEqual(tricky);
  });
});
