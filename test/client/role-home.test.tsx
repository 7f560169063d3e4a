import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RoleHome } from '../../src/ui/home/RoleHome';
import { agents } from './agents';

describe('a supervisor’s home', () => {
  it('keeps her dashboard back until her reminders, above it, are known', () => {
    // No reminders provider: they are still being computed (undefined). Shown now, the
    // dashboard would be pushed down the page when they come in (a layout shift).
    render(
      <RoleHome agent={agents.manager} forRole="manager">
        <table aria-label="Recrues et avancement" />
      </RoleHome>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(
      agents.manager.displayName,
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Chargement…')).toBeTruthy();
  });
});
