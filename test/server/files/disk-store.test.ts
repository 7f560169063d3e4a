import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openDiskStore } from '../../../src/server/files/disk-store';
import { StageRefused } from '../../../src/server/files/store';
import { filesIn, useFilesDir } from './fixtures';

describe('the disk file store', () => {
  const dir = useFilesDir();

  it('forgets the uploads a stopped process left, not the ones under way', async () => {
    const now = new Date('2026-03-02T12:00:00Z');
    writeFileSync(path.join(dir, '.upload-old'), 'x');
    utimesSync(
      path.join(dir, '.upload-old'),
      new Date('2026-03-01T10:00:00Z'),
      new Date('2026-03-01T10:00:00Z'),
    );
    writeFileSync(path.join(dir, '.upload-new'), 'x');
    utimesSync(path.join(dir, '.upload-new'), now, now);
    await openDiskStore(dir, now);
    expect(filesIn(dir)).toEqual(['.upload-new']);
  });

  it('keeps a staged file under its id only when told, and discards it otherwise', async () => {
    const store = await openDiskStore(dir, new Date('2026-03-02T12:00:00Z'));
    const staged = await store.stage(Readable.from([Buffer.from('abc'), Buffer.from('def')]), 6);
    expect(staged).toMatchObject({ size: 6 });
    expect(staged.sha256).toBe('bef57ec7f53a6d40beb640a780a639c83bc29ac8a9816f1fc6c5c6dcd93c4721');
    expect(staged.head.toString()).toBe('abcdef');
    await staged.keep('11111111-1111-4111-8111-111111111111');
    const other = await store.stage(Readable.from([Buffer.from('x')]), 6);
    await other.discard();
    expect(filesIn(dir)).toEqual(['.upload-new', '11111111-1111-4111-8111-111111111111']);
    await expect(store.stage(Readable.from([Buffer.from('1234567')]), 6)).rejects.toEqual(
      new StageRefused('too_large'),
    );
    const failing = new Readable({
      read() {
        this.destroy(new Error('reset'));
      },
    });
    await expect(store.stage(failing, 6)).rejects.toEqual(new StageRefused('aborted'));
    expect(filesIn(dir)).toEqual(['.upload-new', '11111111-1111-4111-8111-111111111111']);
  });
});
