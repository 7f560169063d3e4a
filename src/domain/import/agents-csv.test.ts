import { describe, expect, it } from 'vitest';
import { parseAgentsCsv, type ParsedFile } from './agents-csv';
import { modelCsv } from './columns';
import type { ImportKnowledge, ParsedLine } from './line';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LINES } from './protocol';

const saintDenis = { id: '7d1f4a4e-0a40-4d38-9a0c-3b7f6f1b2c01', name: 'Saint-Denis' };
const montreuil = { id: '7d1f4a4e-0a40-4d38-9a0c-3b7f6f1b2c04', name: 'Montreuil' };
const bobigny = { id: '7d1f4a4e-0a40-4d38-9a0c-3b7f6f1b2c05', name: 'Bobigny', closed: true };

let ids = 0;
const known: ImportKnowledge = {
  circonscriptions: [saintDenis, montreuil, bobigny],
  takenEmails: new Set(['recrue@demo.parcours.fr']),
  newId: () => `id-${++ids}`,
};

const header =
  "Nom;Prénom;Courriel;Emploi;Statut;Circonscription;Date d'arrivée;Date de fin;Téléphone";
const good =
  'Benali;Inès;ines.benali@cd93.fr;Assistante de service social;titulaire;Saint-Denis;01/09/2026;;06 12 34 56 78';

const csv = (...lines: string[]) => lines.join('\r\n');
const linesOf = (file: ParsedFile): ParsedLine[] => {
  if (!file.ok) throw new Error(`refused: ${file.refusal.code}`);
  return file.lines;
};
/** The one line of a file made of the header and `line`: its problems as column → code. */
const problemsOf = (line: string, more: Partial<ImportKnowledge> = {}) => {
  const [parsed] = linesOf(parseAgentsCsv(csv(header, line), { ...known, ...more }));
  return parsed?.ok ? [] : (parsed?.problems.map((p) => [p.column ?? null, p.code]) ?? []);
};

describe('a good file', () => {
  it('with `;`, a BOM and French dates gives the arguments of agent.create', () => {
    const file = `\uFEFF${csv(header, good, 'Durand;Marc;Marc.Durand@CD93.fr;Éducateur spécialisé;Contractuel;montreuil;15/10/2026;14/10/2027;')}\r\n`;
    const [ines, marc] = linesOf(parseAgentsCsv(file, known));
    expect(ines).toMatchObject({
      line: 2,
      ok: true,
      circonscriptionName: 'Saint-Denis',
      args: {
        email: 'ines.benali@cd93.fr',
        displayName: 'Inès Benali',
        roles: ['recruit'],
        job: 'Assistante de service social',
        status: 'civilServant',
        circonscriptionId: saintDenis.id,
        startDate: '2026-09-01',
        phone: '06 12 34 56 78',
      },
    });
    expect(marc).toMatchObject({
      line: 3,
      ok: true,
      args: { email: 'marc.durand@cd93.fr', status: 'contract', endDate: '2027-10-14' },
    });
  });

  it('with `,`, quotes and ISO dates, headers in any case and order, other columns ignored', () => {
    const file = csv(
      'Matricule,EMAIL,Prenom,NOM,Statut,Emploi,Circonscription,Date d’arrivée',
      'A-1,sarah.cohen@cd93.fr,Sarah,Cohen,service civique,"Médiatrice, accueil",Montreuil,2026-09-01',
    );
    const [sarah] = linesOf(parseAgentsCsv(file, known));
    expect(sarah).toMatchObject({
      ok: true,
      args: {
        displayName: 'Sarah Cohen',
        job: 'Médiatrice, accueil',
        status: 'civicService',
        startDate: '2026-09-01',
      },
    });
  });

  it('numbers lines as the spreadsheet does, blank ones skipped but counted', () => {
    const file = csv(header, good, '', ';;;;;;;;', good.replace('ines.benali', 'ines.b'), '');
    expect(linesOf(parseAgentsCsv(file, known)).map((line) => line.line)).toEqual([2, 5]);
  });

  it('gives each agent a fresh id', () => {
    const file = csv(header, good, good.replace('ines.benali', 'other'));
    const [a, b] = linesOf(parseAgentsCsv(file, { ...known, newId: undefined }));
    expect(a?.ok && b?.ok && a.args.id !== b.args.id).toBe(true);
  });
});

describe('each bad line names its column and why', () => {
  const cells = good.split(';');
  const withCell = (index: number, value: string) =>
    cells.map((cell, at) => (at === index ? value : cell)).join(';');
  it.each([
    ['an empty name', withCell(0, ' '), [['Nom', 'required']]],
    ['an empty email', withCell(2, ''), [['Courriel', 'required']]],
    ['a bad email', withCell(2, 'ines.benali'), [['Courriel', 'bad_email']]],
    [
      'an email already used',
      withCell(2, 'Recrue@demo.parcours.fr'),
      [['Courriel', 'email_taken']],
    ],
    ['an over-long job', withCell(3, 'x'.repeat(121)), [['Emploi', 'too_long']]],
    ['an unknown status', withCell(4, 'intérimaire'), [['Statut', 'unknown_status']]],
    [
      'an unknown circonscription',
      withCell(5, 'Pantin'),
      [['Circonscription', 'unknown_circonscription']],
    ],
    [
      'a closed circonscription',
      withCell(5, 'Bobigny'),
      [['Circonscription', 'circonscription_closed']],
    ],
    ['a day that does not exist', withCell(6, '31/02/2026'), [["Date d'arrivée", 'bad_date']]],
    ['a date in words', withCell(6, '1er septembre'), [["Date d'arrivée", 'bad_date']]],
    ['a bad end date', withCell(7, '2027-13-01'), [['Date de fin', 'bad_date']]],
    ['an end before the start', withCell(7, '31/08/2026'), [['Date de fin', 'end_before_start']]],
    ['a bad phone', withCell(8, 'le matin'), [['Téléphone', 'bad_phone']]],
    ['unstorable text', withCell(3, 'Assistante\u0000'), [['Emploi', 'unstorable_text']]],
    ['cells past the header', `${good};surplus`, [[null, 'extra_cells']]],
    ['an unclosed quote', withCell(3, '"Assistante'), [[null, 'bad_quotes']]],
    [
      'several problems at once',
      withCell(2, 'x').replace('titulaire', '?'),
      [
        ['Courriel', 'bad_email'],
        ['Statut', 'unknown_status'],
      ],
    ],
  ])('%s', (_, line, expected) => {
    expect(problemsOf(line)).toEqual(expected);
  });

  it('takes trailing empty cells (a spreadsheet pads lines) as nothing', () => {
    expect(problemsOf(`${good};;;`)).toEqual([]);
  });

  it('refuses a later line with the same email, whatever its case, naming the first', () => {
    const file = csv(header, good, good, good.replace('ines.benali', 'INES.BENALI'));
    const [first, second, third] = linesOf(parseAgentsCsv(file, known));
    expect(first?.ok).toBe(true);
    for (const duplicate of [second, third]) {
      expect(duplicate).toMatchObject({
        ok: false,
        problems: [{ column: 'Courriel', code: 'duplicate_in_file', otherLine: 2 }],
        cells: { displayName: 'Inès Benali', circonscription: 'Saint-Denis' },
      });
    }
  });

  it('finds a circonscription by its id, and none by a name two of them share', () => {
    expect(problemsOf(good.replace('Saint-Denis', saintDenis.id))).toEqual([]);
    const twins = [saintDenis, { ...montreuil, name: 'Saint Denis' }];
    expect(problemsOf(good, { circonscriptions: twins })).toEqual([
      ['Circonscription', 'unknown_circonscription'],
    ]);
  });
});

describe('a file refused as a whole', () => {
  const refusal = (text: string) => {
    const file = parseAgentsCsv(text, known);
    return file.ok ? null : file.refusal;
  };

  it('names each missing column on line 1', () => {
    const file = csv(
      'Nom;Prénom;Emploi;Statut;Date d’arrivée',
      'Benali;Inès;ASS;titulaire;01/09/2026',
    );
    expect(refusal(file)).toMatchObject({
      code: 'missing_column',
      problems: [
        { line: 1, column: 'Courriel', code: 'missing_column' },
        { line: 1, column: 'Circonscription', code: 'missing_column' },
      ],
    });
  });

  it('refuses a column named twice', () => {
    expect(refusal(csv(`${header};Email`, good))?.code).toBe('repeated_column');
  });

  it.each([
    ['nothing', ''],
    ['blank lines', '\r\n ; \r\n'],
    ['a header alone', `${header}\r\n`],
  ])('refuses %s as empty', (_, text) => {
    expect(refusal(text)?.code).toBe('empty_file');
  });

  it(`takes ${MAX_IMPORT_LINES} lines and refuses one more, before reading any`, () => {
    const line = (n: number) => good.replace('ines.benali', `agent${n}`);
    const lines = Array.from({ length: MAX_IMPORT_LINES }, (_, n) => line(n));
    expect(linesOf(parseAgentsCsv(csv(header, ...lines), known))).toHaveLength(MAX_IMPORT_LINES);
    expect(refusal(csv(header, ...lines, line(-1)))?.code).toBe('too_many_lines');
    const tenThousand = Array.from({ length: 10_000 }, () => 'a;b;c');
    expect(refusal(csv(header, ...tenThousand))?.code).toBe('too_many_lines');
  });

  it('refuses more than 1 MiB of UTF-8, a BOM aside', () => {
    const filler = (bytes: number) => csv(header, good, `;;;;;;;;${'é'.repeat(bytes / 2)}`);
    const size = (text: string) => new TextEncoder().encode(text).byteLength;
    const under = filler(MAX_IMPORT_BYTES - 400);
    expect(size(under)).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    expect(refusal(`\uFEFF${under}`)?.code).not.toBe('file_too_large');
    expect(refusal(filler(MAX_IMPORT_BYTES))?.code).toBe('file_too_large');
    expect(refusal('x'.repeat(5 * MAX_IMPORT_BYTES))?.code).toBe('file_too_large');
  });
});

it('offers a model file the parser reads: a BOM, `;`, the French headers', () => {
  const model = modelCsv();
  expect(
    model.startsWith("\uFEFFNom;Prénom;Courriel;Emploi;Statut;Circonscription;Date d'arrivée"),
  ).toBe(true);
  expect(refusal(model)).toMatchObject({ code: 'empty_file' });
  function refusal(text: string) {
    const file = parseAgentsCsv(text, known);
    return file.ok ? null : file.refusal;
  }
});
