import type { StepKind } from '../../domain/entities';

// One small pictogram per kind of step; the kind's name is always written beside it.
const paths: Record<StepKind, string> = {
  equipment: 'M3 4h14v9H3zM1 15h18v2H1z',
  training: 'M10 3 1 8l9 5 7-3.9V14h2V8zM5 11.5V15l5 3 5-3v-3.5l-5 2.8z',
  mentoring:
    'M7 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm7 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM1 17c0-3 3-5 6-5s6 2 6 5zm13 0c0-1.8-.7-3.3-1.8-4.4A5 5 0 0 1 19 17z',
  practiceGroup:
    'M10 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM4 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm12 0a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM5 18c0-3 2-6 5-6s5 3 5 6zm-4 0c0-2 1-4 3-4l-.5 4zm18 0c0-2-1-4-3-4l.5 4z',
  admin: 'M5 1h7l4 4v14H5zm6 1v4h4M7 9h7v1.5H7zm0 3h7v1.5H7zm0 3h5v1.5H7z',
  milestone: 'M4 1h2v18H4zm2 1h11l-3 4 3 4H6z',
};

export function KindIcon({ kind }: { kind: StepKind }) {
  return (
    <svg className="kind-icon" aria-hidden="true" viewBox="0 0 20 20" width="20" height="20">
      <path d={paths[kind]} />
    </svg>
  );
}
