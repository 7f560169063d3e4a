import { useId, useState, type ReactNode } from 'react';

interface Props {
  /** The button's words: what opening it lets one do ("Valider ou refuser"). */
  label: string;
  /** What the button acts on, when its words alone repeat down the page (a step's title). */
  describedBy?: string;
  children: ReactNode;
}

/**
 * A button that shows or hides a form beneath it (the disclosure pattern: aria-expanded,
 * aria-controls). The form is built on the first opening only: a recruit's page holds a form
 * for nearly every step, seldom used, and the page would wait for all of them. Once opened it
 * stays built, hidden when folded, so what was typed survives folding it away.
 */
export function Disclosure({ label, describedBy, children }: Props) {
  const [open, setOpen] = useState(false);
  const [built, setBuilt] = useState(false);
  const id = useId();
  return (
    <div className="manage-disclosure">
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={open}
        // Only once it exists: an idref must point at an element.
        aria-controls={built ? id : undefined}
        aria-describedby={describedBy}
        onClick={() => {
          setOpen(!open);
          setBuilt(true);
        }}
      >
        {label}
      </button>
      {built ? (
        <div id={id} hidden={!open}>
          {children}
        </div>
      ) : null}
    </div>
  );
}
