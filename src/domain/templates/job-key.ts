// Apart from the demo's templates, so that a screen comparing jobs does not bundle them.
const inclusiveEnding = /[·•⋅.][\p{L}·•⋅.]*/gu;

/** Reduces a word to what its masculine, feminine and inclusive spellings share:
 *  éducatrice, éducateur, éducateur·rice → educateur; assistante, assistant·e → assistant. */
const stem = (word: string): string =>
  word
    .replace(/trice$/, 'teur')
    .replace(/euse$/, 'eur')
    .replace(/ere$/, 'er')
    .replace(/ienne$/, 'ien')
    .replace(/ive$/, 'if')
    .replace(/e+$/, '');

/** A job name as compared by templateFor: no case, accents, inclusive endings, gender or
 *  punctuation. `Assistante de service social`, `ASSISTANT·E DE SERVICE SOCIAL` and
 *  `assistant de service social` all give the same key. */
export function jobKey(job: string): string {
  return job
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\((?:e|es|s|ne|le|rice|trice|euse|ere)\)/g, '') // assistant(e), éducateur(trice)
    .replace(inclusiveEnding, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .map(stem)
    .join(' ');
}
