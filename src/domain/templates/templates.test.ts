import { describe, expect, it } from 'vitest';
import { addOffset } from '../dates';
import { Template } from '../entities';
import type { EmploymentStatus } from '../organisation';
import { createPath } from '../path';
import { demoTemplate, demoTemplates, equipmentItemTypes, jobKey, templateFor } from './index';

/** Start dates that stress the month arithmetic: month ends, February, a leap year. */
const starts = ['2026-09-01', '2026-01-31', '2026-02-01', '2027-11-30', '2028-02-29'];

describe.each(demoTemplates.map((t) => [t.name, t] as const))('%s', (_name, template) => {
  it('parses with the Template schema', () => {
    expect(Template.parse(template)).toEqual(template);
    expect(template.version).toBe(1);
  });

  it('has 15 to 40 steps', () => {
    expect(template.steps.length).toBeGreaterThanOrEqual(15);
    expect(template.steps.length).toBeLessThanOrEqual(40);
  });

  it.each(starts)('lists its steps in due order from %s', (start) => {
    const dues = template.steps.map((step) => addOffset(start, step.due));
    expect(dues).toEqual([...dues].sort());
  });

  it('spreads its steps over the first year, from day 1', () => {
    const first = template.steps[0]!;
    expect(first.due).toEqual({ unit: 'day', amount: 1 });
    const last = addOffset('2026-09-01', template.steps.at(-1)!.due);
    expect(last >= '2027-06-01' && last <= '2027-09-01').toBe(true);
  });

  it('has 3 to 5 milestones, each needing approval', () => {
    const milestones = template.steps.filter((step) => step.kind === 'milestone');
    expect(milestones.length).toBeGreaterThanOrEqual(3);
    expect(milestones.length).toBeLessThanOrEqual(5);
    expect(milestones.every((step) => step.needsApproval)).toBe(true);
    // Only milestones need approval: a plain step never waits on a manager.
    expect(template.steps.filter((step) => step.needsApproval)).toEqual(milestones);
  });

  it('hands over 2 to 5 items of equipment, each with a known item type', () => {
    const equipment = template.steps.filter((step) => step.kind === 'equipment');
    expect(equipment.length).toBeGreaterThanOrEqual(2);
    expect(equipment.length).toBeLessThanOrEqual(5);
    for (const step of equipment) {
      expect(equipmentItemTypes).toContain(step.itemType);
    }
    const others = template.steps.filter((step) => step.kind !== 'equipment');
    expect(others.every((step) => step.itemType === undefined)).toBe(true);
  });

  it('has a mentoring step, a practice-analysis group and a training step', () => {
    const kinds = new Set(template.steps.map((step) => step.kind));
    for (const kind of ['mentoring', 'practiceGroup', 'training', 'admin'] as const) {
      expect(kinds).toContain(kind);
    }
  });

  it('writes French with typographic apostrophes, short titles and 1–3 sentence help', () => {
    const texts = [
      template.name,
      template.job,
      ...template.steps.flatMap((s) => [s.title, s.help]),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/'/);
      expect(text).not.toMatch(/\s{2}|^\s|\s$/);
    }
    for (const step of template.steps) {
      expect(step.help.length).toBeGreaterThan(0);
      const sentences = step.help.split(/[.!?](?:\s|$)/).filter((s) => s.trim().length > 0);
      expect(sentences.length, step.title).toBeLessThanOrEqual(3);
    }
  });

  it('does not repeat a title', () => {
    const titles = template.steps.map((step) => step.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('makes a path whose steps keep the template order', () => {
    const { steps } = createPath(template, {
      id: '00000000-0000-4000-8000-000000000081',
      recruitId: '00000000-0000-4000-8000-000000000021',
      mentorId: null,
      circonscriptionId: '00000000-0000-4000-8000-000000000011',
      startDate: '2026-09-01',
    });
    expect(steps).toHaveLength(template.steps.length);
    expect(steps[0]!.dueDate).toBe('2026-09-01');
  });
});

describe('demoTemplates', () => {
  it('have unique, fixed ids', () => {
    const ids = demoTemplates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id, i) =>
      expect(id).toBe(`7e3a0000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`),
    );
    expect(demoTemplate(ids[3]!)).toBe(demoTemplates[3]);
    expect(demoTemplate('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('have unique names and one template per job and status', () => {
    expect(new Set(demoTemplates.map((t) => t.name)).size).toBe(demoTemplates.length);
    const pairs = demoTemplates.map((t) => `${jobKey(t.job)}|${t.status}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe('templateFor', () => {
  const required: [string, EmploymentStatus, string][] = [
    ['Assistant·e de service social', 'contract', '7e3a0000-0000-4000-8000-000000000001'],
    ['Assistant·e de service social', 'civilServant', '7e3a0000-0000-4000-8000-000000000002'],
    ['Éducateur·rice spécialisé·e', 'contract', '7e3a0000-0000-4000-8000-000000000003'],
    ['Secrétaire médico-sociale', 'contract', '7e3a0000-0000-4000-8000-000000000004'],
    [
      'Conseiller·ère en économie sociale familiale (CESF)',
      'contract',
      '7e3a0000-0000-4000-8000-000000000005',
    ],
    ['Psychologue', 'contract', '7e3a0000-0000-4000-8000-000000000006'],
    [
      'Apprenti·e assistant·e de service social',
      'apprentice',
      '7e3a0000-0000-4000-8000-000000000007',
    ],
    ['Volontaire en service civique', 'civicService', '7e3a0000-0000-4000-8000-000000000008'],
    [
      'Candidat·e VAE (validation des acquis de l’expérience)',
      'vae',
      '7e3a0000-0000-4000-8000-000000000009',
    ],
  ];
  it.each(required)('finds %s (%s)', (job, status, id) => {
    const template = templateFor(job, status);
    expect(template?.id).toBe(id);
    expect(template?.status).toBe(status);
  });

  it('answers to masculine, feminine and inclusive spellings alike', () => {
    const cases: [string, EmploymentStatus, string][] = [
      ['Assistante de service social', 'contract', '…01'],
      ['assistant de service social', 'civilServant', '…02'],
      ['ASS', 'contract', '…01'],
      ['Éducatrice spécialisée', 'contract', '…03'],
      ['Educateur specialise', 'contract', '…03'],
      ['Éducateur(trice) spécialisé(e)', 'contract', '…03'],
      ['Conseillère en économie sociale familiale', 'contract', '…05'],
      ['CESF', 'contract', '…05'],
      ['Secrétaire médico-social', 'contract', '…04'],
      ['Apprentie assistante de service social', 'apprentice', '…07'],
      ['Assistante de service social', 'apprentice', '…07'],
    ];
    for (const [job, status, id] of cases) {
      expect(templateFor(job, status)?.id.slice(-2), job).toBe(id.slice(-2));
    }
  });

  it('gives a civil servant the contract template when the job has no civil-servant one', () => {
    expect(templateFor('Psychologue', 'civilServant')).toBe(templateFor('Psychologue', 'contract'));
    expect(templateFor('Éducatrice spécialisée', 'civilServant')?.status).toBe('contract');
  });

  it('gives volunteers and VAE candidates their template whatever the job', () => {
    expect(templateFor('Médiatrice numérique', 'civicService')?.status).toBe('civicService');
    expect(templateFor('Moniteur-éducateur', 'vae')?.status).toBe('vae');
  });

  it('finds nothing for an unknown job or a status without a template', () => {
    expect(templateFor('Écrivain public', 'contract')).toBeUndefined();
    expect(templateFor('Assistante de service social', 'intern')).toBeUndefined();
    expect(templateFor('Psychologue', 'apprentice')).toBeUndefined();
  });
});

describe('jobKey', () => {
  it.each([
    ['Assistant·e de service social', 'Assistante de service social'],
    ['Assistant·e de service social', 'ASSISTANT DE SERVICE SOCIAL'],
    ['Éducateur·rice spécialisé·e', 'Éducatrice spécialisée'],
    ['Éducateur·rice spécialisé·e', 'Educateur.rice specialise.e'],
    ['Conseiller·ère en ESF', 'Conseillère en ESF'],
    ['Secrétaire médico-sociale', 'Secrétaire médico social'],
  ])('%s ≡ %s', (a, b) => {
    expect(jobKey(a)).toBe(jobKey(b));
  });

  it.each([
    ['Assistant·e de service social', 'Apprenti·e assistant·e de service social'],
    ['Éducateur·rice spécialisé·e', 'Éducateur·rice de jeunes enfants'],
    ['Secrétaire médico-sociale', 'Secrétaire médicale'],
  ])('%s ≢ %s', (a, b) => {
    expect(jobKey(a)).not.toBe(jobKey(b));
  });
});
