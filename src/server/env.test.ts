import { describe, expect, it } from 'vitest';
import { loadEnv } from './env';

describe('loadEnv', () => {
  it('fills the defaults from an empty environment', () => {
    expect(loadEnv({})).toEqual({
      PORT: 8080,
      HOST: '0.0.0.0',
      DATABASE_URL: undefined,
      PARCOURS_DATA_DIR: './data',
      PARCOURS_DEMO: true,
      PARCOURS_STATIC_DIR: './dist',
      SESSION_TTL_HOURS: 720,
      LOG_LEVEL: 'info',
      PARCOURS_TRUST_PROXY: false,
    });
  });

  it('reads the given values', () => {
    const env = loadEnv({
      PORT: '8099',
      DATABASE_URL: 'postgres://u@h:5432/db',
      PARCOURS_DATA_DIR: 'memory://',
      PARCOURS_DEMO: '0',
      PARCOURS_TRUST_PROXY: 'true',
      SESSION_TTL_HOURS: '12',
    });
    expect(env).toMatchObject({
      PORT: 8099,
      DATABASE_URL: 'postgres://u@h:5432/db',
      PARCOURS_DATA_DIR: 'memory://',
      PARCOURS_DEMO: false,
      PARCOURS_TRUST_PROXY: true,
      SESSION_TTL_HOURS: 12,
    });
  });

  it('treats empty strings as unset', () => {
    expect(loadEnv({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      PORT: 8080,
      DATABASE_URL: undefined,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['PARCOURS_DEMO', 'maybe'],
    ['SESSION_TTL_HOURS', '-1'],
    ['LOG_LEVEL', 'loud'],
  ])('names %s when its value %j is bad', (name, value) => {
    expect(() => loadEnv({ [name]: value })).toThrow(new RegExp(`\\b${name}\\b`));
  });
});
