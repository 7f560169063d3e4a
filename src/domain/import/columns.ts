import type { EmploymentStatus } from '../organisation';

/**
 * The columns of the HR information system's export, in one place: the parser matches the
 * file's header against them and the model file offered for download is written from them.
 * Headers are compared once normalised (normalise below), so `Date d’arrivée`,
 * `DATE D'ARRIVEE` and `date_d_arrivee` are the same column.
 */
export type ColumnKey =
  | 'lastName'
  | 'firstName'
  | 'email'
  | 'job'
  | 'status'
  | 'circonscription'
  | 'startDate'
  | 'endDate'
  | 'phone';

export interface ColumnSpec {
  key: ColumnKey;
  /** The French header of the model file, and the name a missing column is given. */
  header: string;
  /** Other spellings seen in exports. */
  aliases: readonly string[];
  required: boolean;
}

export const importColumns: readonly ColumnSpec[] = [
  { key: 'lastName', header: 'Nom', aliases: ['Nom de famille', "Nom d'usage"], required: true },
  { key: 'firstName', header: 'Prénom', aliases: [], required: true },
  {
    key: 'email',
    header: 'Courriel',
    aliases: ['Email', 'E-mail', 'Mél', 'Adresse électronique', 'Adresse e-mail'],
    required: true,
  },
  { key: 'job', header: 'Emploi', aliases: ['Métier', 'Poste'], required: true },
  { key: 'status', header: 'Statut', aliases: ["Statut d'emploi"], required: true },
  { key: 'circonscription', header: 'Circonscription', aliases: [], required: true },
  {
    key: 'startDate',
    header: "Date d'arrivée",
    aliases: ["Date d'entrée", 'Date de début'],
    required: true,
  },
  { key: 'endDate', header: 'Date de fin', aliases: ['Date de sortie'], required: false },
  { key: 'phone', header: 'Téléphone', aliases: ['Tél', 'Téléphone portable'], required: false },
];

/** Lower case, no accents, nothing but letters and digits: how headers, status labels and
 *  circonscription names are compared. */
export const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** The French labels of each employment status (DESIGN §3), feminine forms included; the
 *  first is the one the model file and the help text show. */
export const statusLabels: Readonly<Record<EmploymentStatus, readonly string[]>> = {
  civilServant: ['titulaire', 'fonctionnaire'],
  contract: ['contractuel', 'contractuelle'],
  apprentice: ['apprenti', 'apprentie'],
  intern: ['stagiaire'],
  civicService: ['service civique', 'volontaire en service civique'],
  vae: ['VAE'],
};

const statusByLabel = new Map<string, EmploymentStatus>(
  Object.entries(statusLabels).flatMap(([status, labels]) =>
    // The code itself is understood too (civilServant, civicService...).
    [status, ...labels].map((label) => [normalise(label), status as EmploymentStatus] as const),
  ),
);

export const statusOf = (label: string): EmploymentStatus | undefined =>
  statusByLabel.get(normalise(label));

const columnByHeader = new Map<string, ColumnSpec>(
  importColumns.flatMap((column) =>
    [column.header, ...column.aliases].map((name) => [normalise(name), column] as const),
  ),
);

export interface HeaderMatch {
  /** Where each known column sits, and the header as the file spells it. */
  found: Map<ColumnKey, { index: number; name: string }>;
  missing: ColumnSpec[];
  /** Columns the file names twice: which one to believe is anybody's guess. */
  repeated: ColumnSpec[];
}

/** Finds the known columns in a header row; others (an export has many) are left alone. */
export function matchHeader(cells: readonly string[]): HeaderMatch {
  const found = new Map<ColumnKey, { index: number; name: string }>();
  const repeated: ColumnSpec[] = [];
  cells.forEach((cell, index) => {
    const column = columnByHeader.get(normalise(cell));
    if (!column) return;
    if (found.has(column.key)) repeated.push(column);
    else found.set(column.key, { index, name: cell.trim() });
  });
  const missing = importColumns.filter((column) => column.required && !found.has(column.key));
  return { found, missing, repeated };
}

/** The model file offered for download: the header only (an example line left in by mistake
 *  would become an account), with a BOM and `;` so that a French spreadsheet opens it right. */
export const modelCsv = (): string =>
  `\uFEFF${importColumns.map((column) => column.header).join(';')}\r\n`;
