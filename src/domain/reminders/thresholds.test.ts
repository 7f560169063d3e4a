import { describe, expect, it } from 'vitest';
import { defaultThresholds, thresholdsFrom, thresholdVariable } from './thresholds';

describe('thresholds a deployment sets', () => {
  it('names each variable after its threshold', () => {
    expect(thresholdVariable('stepDueSoon')).toBe('REMINDER_STEP_DUE_SOON');
    expect(thresholdVariable('milestoneWaitingTerritory')).toBe(
      'REMINDER_MILESTONE_WAITING_TERRITORY',
    );
  });

  it('keeps the defaults when nothing is set', () => {
    expect(thresholdsFrom({})).toEqual({ ok: true, value: defaultThresholds });
  });

  it('takes a value set', () => {
    const result = thresholdsFrom({ REMINDER_STEP_DUE_SOON: '2', REMINDER_SILENT_DEVICE: ' 10 ' });
    expect(result).toEqual({
      ok: true,
      value: { ...defaultThresholds, stepDueSoon: 2, silentDevice: 10 },
    });
  });

  it.each([
    ['REMINDER_STEP_DUE_SOON', '-1'],
    ['REMINDER_STEP_DUE_SOON', '31'],
    ['REMINDER_STEP_OVERDUE', '0'],
    ['REMINDER_SESSION_AHEAD', '1.5'],
    ['REMINDER_ARRIVAL_AHEAD', 'soon'],
    ['REMINDER_SILENT_DEVICE', '1e3'],
  ])('refuses %s=%s, naming it', (variable, text) => {
    const result = thresholdsFrom({ [variable]: text });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.variable).toBe(variable);
  });

  it('refuses an escalation that comes before what it escalates', () => {
    expect(thresholdsFrom({ REMINDER_STEP_OVERDUE_MANAGER: '7' })).toMatchObject({
      ok: false,
      variable: 'REMINDER_STEP_OVERDUE_MANAGER',
    });
    expect(thresholdsFrom({ REMINDER_MILESTONE_WAITING: '12' })).toMatchObject({
      ok: false,
      variable: 'REMINDER_MILESTONE_WAITING_TERRITORY',
    });
  });
});
