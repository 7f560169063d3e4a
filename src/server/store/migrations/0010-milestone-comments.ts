/**
 * Comments on milestones (issue 13: `milestone.comment`), a synced table like those of
 * migration 3: a version from the one sequence at insert and at every update, tombstones,
 * and its protocol JSON kept in `wire` by a trigger that fires after the version's (as in
 * migration 7; a frozen copy of jsonRow over NEW for this table's spec).
 */
export const milestoneComments = `
CREATE TABLE milestone_comments (
  id uuid PRIMARY KEY,
  step_id text NOT NULL REFERENCES steps (id),
  path_id uuid NOT NULL REFERENCES paths (id),
  author_id uuid NOT NULL REFERENCES agents (id),
  written_at timestamptz NOT NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  version bigint NOT NULL DEFAULT nextval('row_version'),
  deleted boolean NOT NULL DEFAULT false,
  wire text NOT NULL
);
CREATE INDEX milestone_comments_path ON milestone_comments (path_id);
CREATE INDEX milestone_comments_by_version ON milestone_comments (version);
CREATE TRIGGER milestone_comments_version BEFORE UPDATE ON milestone_comments
  FOR EACH ROW EXECUTE FUNCTION bump_row_version();
CREATE FUNCTION milestone_comments_wire() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.wire := json_build_object('id', NEW.id, 'stepId', NEW.step_id, 'pathId', NEW.path_id,
    'authorId', NEW.author_id,
    'at', to_char(NEW.written_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'text', NEW.body, 'version', NEW.version)::text;
  RETURN NEW;
END $$;
CREATE TRIGGER milestone_comments_wire BEFORE INSERT OR UPDATE ON milestone_comments
  FOR EACH ROW EXECUTE FUNCTION milestone_comments_wire();
`;
