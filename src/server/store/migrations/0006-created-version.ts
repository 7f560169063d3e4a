/**
 * When an agent or a path first appeared, as a version of the one sequence. A device whose
 * pull cursor is older than an agent holds none of that agent's rows (each row about them
 * came after them), so the agent's arrival in its scope needs no reset: it brings them as
 * changes (scope.ts). Rows older than this migration count as "always there" (0).
 * The scope key now also covers the paths and the trainees a device sees, so each device
 * is reset once after the upgrade.
 */
export const createdVersion = `
ALTER TABLE agents ADD COLUMN created_version bigint NOT NULL DEFAULT 0;
ALTER TABLE paths ADD COLUMN created_version bigint NOT NULL DEFAULT 0;
CREATE FUNCTION set_created_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.created_version := NEW.version;
  RETURN NEW;
END $$;
CREATE TRIGGER agents_created BEFORE INSERT ON agents
  FOR EACH ROW EXECUTE FUNCTION set_created_version();
CREATE TRIGGER paths_created BEFORE INSERT ON paths
  FOR EACH ROW EXECUTE FUNCTION set_created_version();
`;
