/**
 * The organisation (DESIGN §4): territories → circonscriptions → agents, and who manages
 * what. Every row a pull will carry has a `version` drawn from one global sequence, bumped
 * by a trigger on every update, so sync (DESIGN §6) can ask "what changed since n".
 */
export const organisation = `
CREATE SEQUENCE row_version;

CREATE FUNCTION bump_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := nextval('row_version');
  RETURN NEW;
END
$$;

CREATE TABLE territories (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
  version bigint NOT NULL DEFAULT nextval('row_version')
);

CREATE TABLE circonscriptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  territory_id uuid NOT NULL REFERENCES territories (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  service text NOT NULL CHECK (service IN ('SSD', 'ASE', 'PMI')),
  version bigint NOT NULL DEFAULT nextval('row_version'),
  UNIQUE (territory_id, name, service)
);

CREATE TABLE agents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stored lower-cased so the unique index is case-insensitive without citext.
  email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
  roles text[] NOT NULL CHECK (
    cardinality(roles) >= 1
    AND roles <@ ARRAY['recruit', 'mentor', 'manager', 'territoryManager', 'admin']::text[]
  ),
  job text NOT NULL CHECK (length(job) BETWEEN 1 AND 120),
  status text NOT NULL CHECK (
    status IN ('civilServant', 'contract', 'apprentice', 'intern', 'civicService', 'vae')
  ),
  -- The agent's home team; null for people above circonscriptions (HR, territory managers).
  circonscription_id uuid REFERENCES circonscriptions (id),
  start_date date NOT NULL,
  phone text CHECK (length(phone) <= 30),
  disabled boolean NOT NULL DEFAULT false,
  -- Null means the account cannot sign in with a password (yet).
  password_hash text,
  created_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT nextval('row_version')
);
CREATE INDEX agents_circonscription ON agents (circonscription_id);

-- The circonscriptions a manager answers for: their own, plus any they cover for an absent
-- colleague (which earns the 100 €/month bonus, DESIGN §1). Scopes DESIGN §7's "circonscription".
CREATE TABLE manager_circonscriptions (
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  circonscription_id uuid NOT NULL REFERENCES circonscriptions (id),
  version bigint NOT NULL DEFAULT nextval('row_version'),
  PRIMARY KEY (agent_id, circonscription_id)
);

-- The territories a territory manager supports. Scopes DESIGN §7's "territory".
CREATE TABLE territory_managers (
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  territory_id uuid NOT NULL REFERENCES territories (id),
  version bigint NOT NULL DEFAULT nextval('row_version'),
  PRIMARY KEY (agent_id, territory_id)
);

CREATE TRIGGER territories_version BEFORE UPDATE ON territories
  FOR EACH ROW EXECUTE FUNCTION bump_row_version();
CREATE TRIGGER circonscriptions_version BEFORE UPDATE ON circonscriptions
  FOR EACH ROW EXECUTE FUNCTION bump_row_version();
CREATE TRIGGER agents_version BEFORE UPDATE ON agents
  FOR EACH ROW EXECUTE FUNCTION bump_row_version();
CREATE TRIGGER manager_circonscriptions_version BEFORE UPDATE ON manager_circonscriptions
  FOR EACH ROW EXECUTE FUNCTION bump_row_version();
CREATE TRIGGER territory_managers_version BEFORE UPDATE ON territory_managers
  FOR EACH ROW EXECUTE FUNCTION bump_row_version();
`;
