/**
 * The stretches of versions the sequence skipped at each server start (timeline.ts): a
 * device whose cursor lies in one saw versions that a restored backup lost, and is reset.
 */
export const versionGaps = `
CREATE TABLE version_gaps (
  after_version bigint NOT NULL,
  up_to bigint NOT NULL CHECK (up_to > after_version),
  at timestamptz NOT NULL DEFAULT now()
);
`;
