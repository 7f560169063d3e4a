import type { StepKind } from '../../domain/entities';

/** The class names that put the kind's pictogram before an element's text (recruit.css).
 *  The pictogram is a pseudo-element, not an SVG tree in each row: a path of 200 steps draws
 *  200 of them, and building their elements was a fifth of its rows' render. The kind's name is
 *  always the text beside it, so the pictogram needs no name of its own. */
export const kindIconClass = (kind: StepKind): string => `kind-icon kind-icon--${kind}`;
