import { useState } from 'react';
import type { RecruitFile } from '../../db/recruit-file';
import type { Step } from '../../domain/entities';
import { isDone, timeline } from '../../domain/path';
import { Folded } from '../components/Folded';
import { useUserData } from '../data/user-data-context';
import { ActionFeedback } from '../recruit/ActionFeedback';
import { useFormat } from '../recruit/format';
import type { ActionResult } from '../recruit/useAction';
import { StepRow, type StepContext } from './StepRow';
import { useRememberedT } from './strings';

const sections = ['now', 'next', 'later', 'done'] as const;
const folded: ReadonlySet<string> = new Set(['later', 'done']);

interface Props {
  file: RecruitFile;
  today: string;
  may: (command: string) => boolean;
}

/** The recruit's path as she sees it (the same grouping: now, next, later, done), each step
 *  with where it stands, who did what and when, and what the supervisor may do on it. */
export function PathSteps({ file, today, may }: Props) {
  const t = useRememberedT();
  const format = useFormat();
  const { run } = useUserData();
  // What came of the last action on a step, said above the steps and not in the step's row:
  // a ticked or decided step moves to "Fait", folded, and would take the message with it.
  const [said, setSaid] = useState<ActionResult | null>(null);
  const [ticking, setTicking] = useState<string | null>(null);
  const groups = timeline(file.steps, today);

  async function tick(step: Step) {
    const done = isDone(step);
    setTicking(step.id);
    try {
      const outcome = await run('step.setDone', { stepId: step.id, done: !done });
      const message = t(done ? 'recruit.undone' : 'recruit.done', { title: step.title });
      setSaid(outcome.ok ? { ok: true, message } : { ok: false, error: outcome.error });
    } finally {
      setTicking(null);
    }
  }
  const context: StepContext = {
    file,
    today,
    may,
    t,
    format,
    tick: (step) => void tick(step),
    ticking,
    onDone: (message) => setSaid({ ok: true, message }),
  };

  return (
    <section aria-labelledby="path-title" className="manage-panel">
      <h2 id="path-title">{t('recruit.path')}</h2>
      <ActionFeedback result={said} />
      {sections.map((section) => {
        const id = `path-${section}`;
        const heading = (
          <h3 id={id}>{t(`recruit.sections.${section}`, { count: groups[section].length })}</h3>
        );
        const list =
          groups[section].length === 0 ? null : (
            <ul className="manage-steps" aria-labelledby={id}>
              {groups[section].map((step) => (
                <StepRow key={step.id} step={step} context={context} />
              ))}
            </ul>
          );
        // What is later or done folds away, as on her own screen: the page is about now.
        return folded.has(section) ? (
          <Folded key={section} id={id} heading={heading} detailsClassName="manage-folded">
            {list}
          </Folded>
        ) : (
          <section key={section} aria-labelledby={id}>
            {heading}
            {list}
          </section>
        );
      })}
    </section>
  );
}
