/**
 * Reminders their recipients put away (issue 17: `reminder.dismiss`), a synced table like
 * milestone_comments (migration 10): a version from the one sequence, tombstones, and its
 * protocol JSON kept in `wire` by a trigger (a frozen copy of jsonRow for this table's spec).
 */
export const reminderDismissals = `
CREATE TABLE reminder_dismissals (
  id text PRIMARY KEY,
  agent_id uuid NOT NULL REFERENCES agents (id),
  reminder_key text NOT NULL CHECK (length(reminder_key) BETWEEN 1 AND 200),
  dismissed_at timestamptz NOT NULL,
  version bigint NOT NULL DEFAULT nextval('row_version'),
  deleted boolean NOT NULL DEFAULT false,
  wire text NOT NULL
);
CREATE INDEX reminder_dismissals_agent ON reminder_dismissals (agent_id);
CREATE INDEX reminder_dismissals_by_version ON reminder_dismissals (version);
CREATE TRIGGER reminder_dismissals_version BEFORE UPDATE ON reminder_dismissals
  FOR EACH ROW EXECUTE FUNCTION bump_row_version();
CREATE FUNCTION reminder_dismissals_wire() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.wire := json_build_object('id', NEW.id, 'agentId', NEW.agent_id,
    'key', NEW.reminder_key,
    'at', to_char(NEW.dismissed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'version', NEW.version)::text;
  RETURN NEW;
END $$;
CREATE TRIGGER reminder_dismissals_wire BEFORE INSERT OR UPDATE ON reminder_dismissals
  FOR EACH ROW EXECUTE FUNCTION reminder_dismissals_wire();
`;
