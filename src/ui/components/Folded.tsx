import { useState, type ReactNode } from 'react';

interface Props {
  id: string;
  heading: ReactNode;
  children: ReactNode;
  className?: string;
  detailsClassName?: string;
}

/** A native <details>, so the browser gives the summary its keyboard handling and its
 *  expanded state. Its content is rendered on the first opening only: folded, it is not on
 *  screen, and on a long path it is half the rows, whose render the screen would wait for.
 *  Once opened it stays rendered, so folding and unfolding again cost nothing. */
export function Folded({ id, heading, children, className, detailsClassName }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <section className={className} aria-labelledby={id}>
      <details
        className={detailsClassName}
        onToggle={(event) => {
          if (event.currentTarget.open) setOpened(true);
        }}
      >
        <summary>{heading}</summary>
        {opened ? children : null}
      </details>
    </section>
  );
}
