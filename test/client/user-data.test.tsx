import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { UserDataProvider } from '../../src/ui/data/UserDataProvider';
import { useUserData } from '../../src/ui/data/user-data-context';
import { agents } from './agents';
import { outboxOf, seedRecruit, stepId, steps } from './recruit-fixture';
import { getStep } from '../../src/db/steps';

/** Runs one command from a button and shows how it went. */
function Runner({ name, args }: { name: string; args: unknown }) {
  const { run } = useUserData();
  const [said, setSaid] = useState('');
  const go = async () => {
    const outcome = await run(name, args);
    setSaid(outcome.ok ? 'ok' : outcome.error.code);
  };
  return (
    <>
      <button type="button" onClick={() => void go()}>
        run
      </button>
      <p>{said}</p>
    </>
  );
}

describe('UserDataProvider', () => {
  it('runs a command on the agent’s database and calls onWrite after it wrote', async () => {
    const { db } = await seedRecruit();
    const onWrite = vi.fn();
    const args = { stepId: stepId(steps.accounts), done: true };
    render(
      <UserDataProvider agent={agents.recruit} onWrite={onWrite}>
        <Runner name="step.setDone" args={args} />
      </UserDataProvider>,
    );

    await userEvent.click(screen.getByRole('button', { name: 'run' }));

    await screen.findByText('ok');
    expect(onWrite).toHaveBeenCalledOnce();
    expect(await outboxOf(db)).toEqual([{ name: 'step.setDone', args }]);
  });

  it('does not call onWrite when the command is refused, and writes nothing', async () => {
    const { db } = await seedRecruit();
    const onWrite = vi.fn();
    render(
      <UserDataProvider agent={agents.recruit} onWrite={onWrite}>
        <Runner name="step.setDone" args={{ stepId: stepId(steps.review3), done: true }} />
      </UserDataProvider>,
    );

    await userEvent.click(screen.getByRole('button', { name: 'run' }));

    await screen.findByText('wrong_kind');
    await waitFor(() => expect(onWrite).not.toHaveBeenCalled());
    expect((await getStep(db, stepId(steps.review3)))?.status).toBe('todo');
    expect(await db.outbox.count()).toBe(0);
  });
});
