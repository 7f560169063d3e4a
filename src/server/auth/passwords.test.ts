import { describe, expect, it } from 'vitest';
import { createPasswordHasher, OWASP_COST } from './passwords';

describe('password hasher', () => {
  const hasher = createPasswordHasher();

  it('uses argon2id at the OWASP cost by default', async () => {
    expect(OWASP_COST).toEqual({ memoryCost: 19456, timeCost: 2 });
    const stored = await hasher.hash('Parcours-demo-2026');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('verifies the right password and no other', async () => {
    const stored = await hasher.hash('correct horse');
    expect(await hasher.verify(stored, 'correct horse')).toBe(true);
    expect(await hasher.verify(stored, 'correct horsE')).toBe(false);
  });

  it('treats a malformed stored hash as a mismatch', async () => {
    expect(await hasher.verify('not a hash', 'anything')).toBe(false);
  });

  it('spends about the time of a real verification on a dummy one', async () => {
    const stored = await hasher.hash('warm-up');
    await hasher.verifyDummy('warm-up');
    const time = async (fn: () => Promise<unknown>) => {
      const start = performance.now();
      for (let i = 0; i < 3; i += 1) await fn();
      return performance.now() - start;
    };
    const real = await time(() => hasher.verify(stored, 'guess'));
    const dummy = await time(() => hasher.verifyDummy('guess'));
    expect(dummy / real).toBeGreaterThan(0.3);
    expect(dummy / real).toBeLessThan(3);
  });
});
