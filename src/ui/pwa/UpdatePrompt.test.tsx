import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import UpdatePrompt from './UpdatePrompt';

const sw = vi.hoisted(() => ({ needRefresh: false, update: vi.fn(() => Promise.resolve()) }));

vi.mock('virtual:pwa-register/react', async () => {
  const { useState } = await import('react');
  return {
    useRegisterSW: () => ({
      needRefresh: useState(sw.needRefresh),
      offlineReady: useState(false),
      updateServiceWorker: sw.update,
    }),
  };
});

describe('UpdatePrompt', () => {
  beforeEach(() => {
    sw.update.mockClear();
  });

  it('stays out of the way while there is nothing new', () => {
    sw.needRefresh = false;
    render(<UpdatePrompt />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers the new version and applies it only when asked', async () => {
    sw.needRefresh = true;
    const user = userEvent.setup();
    render(<UpdatePrompt />);

    expect(screen.getByRole('alert').textContent).toBe('Une nouvelle version est disponible.');
    expect(
      screen.getByRole('region', { name: 'Une nouvelle version est disponible.' }),
    ).toBeTruthy();
    expect(sw.update).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Mettre à jour' }));
    expect(sw.update).toHaveBeenCalledWith(true);
  });

  it('can be put off', async () => {
    sw.needRefresh = true;
    const user = userEvent.setup();
    render(<UpdatePrompt />);
    await user.click(screen.getByRole('button', { name: 'Plus tard' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sw.update).not.toHaveBeenCalled();
  });
});
