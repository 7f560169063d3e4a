import { describe, expect, it } from 'vitest';
import type { Template } from '../entities';
import type { EmploymentStatus } from '../organisation';
import {
  apprenticeAssTemplate as apprentice,
  assCivilServantTemplate as assCivilServant,
  assContractTemplate as assContract,
  cesfContractTemplate as cesf,
  civicServiceTemplate as civicService,
  demoTemplates,
  educatorAseContractTemplate as educator,
  psychologistAseContractTemplate as psychologist,
  secretaryPmiContractTemplate as secretary,
  vaeTemplate as vae,
} from '../templates';
import { bestTemplate, suggestTemplates } from './templates';

const names = (list: readonly Template[]) => list.map((t) => t.name);

describe('suggestTemplates over the demo templates', () => {
  it.each<[string, EmploymentStatus, Template[]]>([
    [
      'Assistante de service social',
      'contract',
      // same job and status, same job, same status by name, then the rest by name
      [
        assContract,
        assCivilServant,
        cesf,
        educator,
        psychologist,
        secretary,
        apprentice,
        vae,
        civicService,
      ],
    ],
    [
      'ASSISTANT·E DE SERVICE SOCIAL',
      'civilServant',
      [
        assCivilServant,
        assContract,
        apprentice,
        vae,
        cesf,
        educator,
        psychologist,
        secretary,
        civicService,
      ],
    ],
    [
      'Éducatrice spécialisée',
      'contract',
      [
        educator,
        assContract,
        cesf,
        psychologist,
        secretary,
        apprentice,
        assCivilServant,
        vae,
        civicService,
      ],
    ],
    [
      'Psychologue',
      'apprentice',
      [
        psychologist,
        apprentice,
        assContract,
        assCivilServant,
        vae,
        cesf,
        educator,
        secretary,
        civicService,
      ],
    ],
    [
      'Apprentie assistante de service social',
      'apprentice',
      [
        apprentice,
        assContract,
        assCivilServant,
        vae,
        cesf,
        educator,
        psychologist,
        secretary,
        civicService,
      ],
    ],
    [
      'Jardinier',
      'civicService', // no job fits: the status chooses
      [
        civicService,
        apprentice,
        assContract,
        assCivilServant,
        vae,
        cesf,
        educator,
        psychologist,
        secretary,
      ],
    ],
  ])('%s, %s', (job, status, expected) => {
    expect(names(suggestTemplates(demoTemplates, job, status))).toEqual(names(expected));
  });

  it.each(demoTemplates.map((t) => [t.name, t] as const))(
    'suggests “%s” first for its own job and status',
    (_, template) => {
      expect(bestTemplate(demoTemplates, template.job, template.status)).toBe(template);
    },
  );
});

describe('template versions', () => {
  // Revisions of one family; the sync `version` says nothing of which is the latest.
  const family = assContract.id;
  const v2 = { ...assContract, id: 'v2', family, revision: 2, version: 1 };
  const v3 = { ...assContract, id: 'v3', family, revision: 3, version: 1 };

  it.each([
    ['the latest after the others', [assContract, v2, v3], 'v3'],
    ['the latest before the others', [v3, assContract, v2], 'v3'],
    ['a lone first version', [assContract], assContract.id],
  ])('keeps only %s', (_, versions, id) => {
    const list = suggestTemplates([...versions, cesf], 'Assistante de service social', 'contract');
    expect(list.map((t) => t.id)).toEqual([id, cesf.id]);
  });

  it('offers nothing of a family whose latest revision is retired', () => {
    const list = suggestTemplates(
      [assContract, { ...v2, retired: true }, cesf],
      'CESF',
      'contract',
    );
    expect(list.map((t) => t.id)).toEqual([cesf.id]);
  });

  it('tells families apart, even under one name', () => {
    const copy = { ...assContract, id: 'copy', family: 'copy' };
    expect(suggestTemplates([assContract, copy], 'Psychologue', 'vae')).toHaveLength(2);
  });
});

describe('bestTemplate', () => {
  it.each([
    ['none to choose from', [], 'Psychologue', 'contract', undefined],
    ['the job and status fit', [cesf, psychologist], 'Psychologue', 'contract', psychologist],
    ['the status fits', [cesf, vae], 'Psychologue', 'vae', vae],
    ['nothing fits: the first by name', [cesf, vae], 'Psychologue', 'intern', vae],
  ] as const)('%s', (_, templates, job, status, expected) => {
    expect(bestTemplate(templates, job, status)).toBe(expected);
  });
});
