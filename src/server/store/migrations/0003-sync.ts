/**
 * The synced entities (DESIGN §4, §6). Every row carries a `version` from the one global
 * sequence, taken at insert (column default) and again at every update (trigger), and a
 * `deleted` flag: a delete is a tombstone, so an incremental pull can tell the device.
 * Circonscription and territory rows carry their managers (managerIds) when pulled, so a
 * change of managers bumps the row's own version (triggers below): the row a device holds
 * is then replaced as a whole, like any other.
 */
const versioned = `
  version bigint NOT NULL DEFAULT nextval('row_version'),
  deleted boolean NOT NULL DEFAULT false`;

const tables = [
  'templates',
  'paths',
  'steps',
  'trainings',
  'meetings',
  'practice_groups',
  'group_sessions',
  'attendance',
  'tutoring',
  'delegations',
];

const triggers = tables
  .map(
    (table) => `CREATE TRIGGER ${table}_version BEFORE UPDATE ON ${table}
  FOR EACH ROW EXECUTE FUNCTION bump_row_version();
CREATE INDEX ${table}_by_version ON ${table} (version);`,
  )
  .join('\n');

export const sync = `
CREATE TABLE templates (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  job text NOT NULL,
  status text NOT NULL,
  steps jsonb NOT NULL,${versioned}
);

CREATE TABLE paths (
  id uuid PRIMARY KEY,
  recruit_id uuid NOT NULL REFERENCES agents (id),
  mentor_id uuid REFERENCES agents (id),
  template_id uuid NOT NULL REFERENCES templates (id),
  circonscription_id uuid NOT NULL REFERENCES circonscriptions (id),
  start_date date NOT NULL,${versioned}
);
CREATE INDEX paths_recruit ON paths (recruit_id);
CREATE INDEX paths_mentor ON paths (mentor_id);
CREATE INDEX paths_circonscription ON paths (circonscription_id);

-- Step ids are "<path id>.<position>" (domain/path.ts), so text.
CREATE TABLE steps (
  id text PRIMARY KEY,
  path_id uuid NOT NULL REFERENCES paths (id),
  position integer NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  help text NOT NULL,
  due_date date NOT NULL,
  needs_approval boolean NOT NULL,
  status text NOT NULL,
  item_type text,
  asset_tag text,
  submitted_note text,
  decision jsonb,
  updated_at timestamptz,${versioned}
);
CREATE INDEX steps_path ON steps (path_id);

CREATE TABLE trainings (
  id uuid PRIMARY KEY,
  agent_id uuid NOT NULL REFERENCES agents (id),
  date date NOT NULL,
  title text NOT NULL,
  provider text,
  days numeric(3, 1) NOT NULL CHECK (days > 0),${versioned}
);
CREATE INDEX trainings_agent ON trainings (agent_id);

CREATE TABLE meetings (
  id uuid PRIMARY KEY,
  path_id uuid NOT NULL REFERENCES paths (id),
  date date NOT NULL,
  notes text NOT NULL,
  author_id uuid NOT NULL REFERENCES agents (id),${versioned}
);
CREATE INDEX meetings_path ON meetings (path_id);

CREATE TABLE practice_groups (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  facilitator text NOT NULL,
  territory_id uuid NOT NULL REFERENCES territories (id),${versioned}
);
CREATE INDEX practice_groups_territory ON practice_groups (territory_id);

CREATE TABLE group_sessions (
  id uuid PRIMARY KEY,
  group_id uuid NOT NULL REFERENCES practice_groups (id),
  date date NOT NULL,
  start_time text NOT NULL,
  duration_minutes integer NOT NULL,
  place text NOT NULL,${versioned}
);
CREATE INDEX group_sessions_group ON group_sessions (group_id);

-- "<session id>:<agent id>" (domain/commands/groups.ts).
CREATE TABLE attendance (
  id text PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES group_sessions (id),
  agent_id uuid NOT NULL REFERENCES agents (id),
  present boolean NOT NULL,${versioned}
);
CREATE INDEX attendance_agent ON attendance (agent_id);

CREATE TABLE tutoring (
  id uuid PRIMARY KEY,
  tutor_id uuid NOT NULL REFERENCES agents (id),
  tutee_id uuid NOT NULL REFERENCES agents (id),
  tutee_status text NOT NULL,
  from_date date NOT NULL,
  until_date date,${versioned}
);
CREATE INDEX tutoring_tutor ON tutoring (tutor_id);
CREATE INDEX tutoring_tutee ON tutoring (tutee_id);

-- "<from agent>:<to agent>:<from date>" (domain/commands/groups.ts).
CREATE TABLE delegations (
  id text PRIMARY KEY,
  from_agent_id uuid NOT NULL REFERENCES agents (id),
  to_agent_id uuid NOT NULL REFERENCES agents (id),
  from_date date NOT NULL,
  until_date date NOT NULL,${versioned}
);
CREATE INDEX delegations_from ON delegations (from_agent_id);
CREATE INDEX delegations_to ON delegations (to_agent_id);

${triggers}
CREATE INDEX territories_by_version ON territories (version);
CREATE INDEX circonscriptions_by_version ON circonscriptions (version);
CREATE INDEX agents_by_version ON agents (version);

-- A device's sync identity: owned by the agent who first used it; the last mutation the
-- server took from it (applied or rejected), advanced in the same transaction as its effect.
CREATE TABLE clients (
  client_id uuid PRIMARY KEY,
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  last_mutation_id bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clients_agent ON clients (agent_id);

-- Touching the circonscription (or territory) fires its BEFORE UPDATE trigger, which draws
-- a new version: the pulled row, managerIds included, is then sent again.
CREATE FUNCTION touch_circonscription() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE circonscriptions SET version = version WHERE id = OLD.circonscription_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    UPDATE circonscriptions SET version = version WHERE id = NEW.circonscription_id;
  END IF;
  RETURN NULL;
END
$$;
CREATE FUNCTION touch_territory() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE territories SET version = version WHERE id = OLD.territory_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    UPDATE territories SET version = version WHERE id = NEW.territory_id;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER manager_circonscriptions_touch AFTER INSERT OR UPDATE OR DELETE
  ON manager_circonscriptions FOR EACH ROW EXECUTE FUNCTION touch_circonscription();
CREATE TRIGGER territory_managers_touch AFTER INSERT OR UPDATE OR DELETE
  ON territory_managers FOR EACH ROW EXECUTE FUNCTION touch_territory();
`;
