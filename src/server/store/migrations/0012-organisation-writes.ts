/**
 * The organisation becomes data the HR admin writes through commands (issue 14):
 * - territories and circonscriptions can be closed (their history stays);
 * - an agent has an end date (a contract's, an apprenticeship's), and her pulled row says
 *   whether she is disabled and whether she has chosen a password (computed at read time);
 * - intérims: a manager covering another circonscription for a period, a synced table like
 *   those of migration 3 (version, tombstones, `wire` as in migration 7);
 * - templates are published in versions: `family` is the first version's id, `revision`
 *   counts from 1, `retired` takes a version out of the choice for new paths;
 * - practice-analysis groups name their facilitator when she is an agent, the
 *   circonscriptions or the service they serve, and their members.
 * Rows whose pulled JSON gains fields are touched, so that devices pull them again. A row
 * written without the new fields (older code, a device that has not pulled them) gets their
 * defaults from a trigger named to fire before the version's and the wire's.
 */
const defaults = (table: string, sets: string) => `
CREATE FUNCTION ${table}_defaults() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${sets}
  RETURN NEW;
END $$;
CREATE TRIGGER ${table}_defaults BEFORE INSERT OR UPDATE ON ${table}
  FOR EACH ROW EXECUTE FUNCTION ${table}_defaults();`;

const templateWire = `json_build_object('id', NEW.id, 'name', NEW.name, 'job', NEW.job,
    'status', NEW.status, 'steps', NEW.steps, 'family', NEW.family,
    'revision', NEW.revision, 'retired', NEW.retired, 'version', NEW.version)`;

const groupWire = `json_build_object('id', NEW.id, 'name', NEW.name,
    'facilitator', NEW.facilitator, 'facilitatorId', NEW.facilitator_id,
    'territoryId', NEW.territory_id, 'circonscriptionIds', to_json(NEW.circonscription_ids),
    'service', NEW.service, 'memberIds', to_json(NEW.member_ids), 'closed', NEW.closed,
    'version', NEW.version)`;

export const organisationWrites = `
ALTER TABLE territories ADD COLUMN closed boolean NOT NULL DEFAULT false;
ALTER TABLE circonscriptions ADD COLUMN closed boolean NOT NULL DEFAULT false;
${defaults('territories', 'NEW.closed := coalesce(NEW.closed, false);')}
${defaults('circonscriptions', 'NEW.closed := coalesce(NEW.closed, false);')}
UPDATE territories SET closed = false;
UPDATE circonscriptions SET closed = false;

ALTER TABLE agents ADD COLUMN end_date date;
ALTER TABLE agents ADD CONSTRAINT agents_end_after_start CHECK (end_date >= start_date);
${defaults('agents', 'NEW.disabled := coalesce(NEW.disabled, false);')}
UPDATE agents SET end_date = NULL;

CREATE TABLE interims (
  id uuid PRIMARY KEY,
  manager_id uuid NOT NULL REFERENCES agents (id),
  circonscription_id uuid NOT NULL REFERENCES circonscriptions (id),
  from_date date NOT NULL,
  until_date date NOT NULL CHECK (until_date >= from_date),
  version bigint NOT NULL DEFAULT nextval('row_version'),
  deleted boolean NOT NULL DEFAULT false,
  wire text NOT NULL
);
CREATE INDEX interims_manager ON interims (manager_id);
CREATE INDEX interims_circonscription ON interims (circonscription_id);
CREATE INDEX interims_by_version ON interims (version);
CREATE TRIGGER interims_version BEFORE UPDATE ON interims
  FOR EACH ROW EXECUTE FUNCTION bump_row_version();
CREATE FUNCTION interims_wire() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.wire := json_build_object('id', NEW.id, 'managerId', NEW.manager_id,
    'circonscriptionId', NEW.circonscription_id, 'from', NEW.from_date::text,
    'until', NEW.until_date::text, 'version', NEW.version)::text;
  RETURN NEW;
END $$;
CREATE TRIGGER interims_wire BEFORE INSERT OR UPDATE ON interims
  FOR EACH ROW EXECUTE FUNCTION interims_wire();

ALTER TABLE templates ADD COLUMN family uuid;
ALTER TABLE templates ADD COLUMN revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1);
ALTER TABLE templates ADD COLUMN retired boolean NOT NULL DEFAULT false;
CREATE OR REPLACE FUNCTION templates_wire() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.wire := ${templateWire}::text;
  RETURN NEW;
END $$;
${defaults(
  'templates',
  `NEW.family := coalesce(NEW.family, NEW.id);
  NEW.revision := coalesce(NEW.revision, 1);
  NEW.retired := coalesce(NEW.retired, false);`,
)}
UPDATE templates SET family = id;
ALTER TABLE templates ALTER COLUMN family SET NOT NULL;
CREATE UNIQUE INDEX templates_revision ON templates (family, revision);

ALTER TABLE practice_groups ADD COLUMN facilitator_id uuid REFERENCES agents (id);
ALTER TABLE practice_groups ADD COLUMN circonscription_ids text[] NOT NULL DEFAULT '{}';
ALTER TABLE practice_groups ADD COLUMN service text CHECK (service IN ('SSD', 'ASE', 'PMI'));
ALTER TABLE practice_groups ADD COLUMN member_ids text[] NOT NULL DEFAULT '{}';
ALTER TABLE practice_groups ADD COLUMN closed boolean NOT NULL DEFAULT false;
CREATE OR REPLACE FUNCTION practice_groups_wire() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.wire := ${groupWire}::text;
  RETURN NEW;
END $$;
${defaults(
  'practice_groups',
  `NEW.circonscription_ids := coalesce(NEW.circonscription_ids, '{}');
  NEW.member_ids := coalesce(NEW.member_ids, '{}');
  NEW.closed := coalesce(NEW.closed, false);`,
)}
UPDATE practice_groups SET closed = false;
`;
