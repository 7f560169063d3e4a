/**
 * Each synced row keeps the protocol's JSON of itself (`wire`), written by a trigger at
 * every insert and update, after the version trigger (triggers of one table fire in the
 * order of their names: `_version` before `_wire`). A pull then copies the stored text
 * instead of building each row's JSON: on PGlite that building was three fifths of a
 * manager's initial sync on the server (10,000 rows: 130 ms of queries, 50 without it).
 *
 * Versions go into the JSON as bigint, exact at any extra_float_digits (they pass 10^15,
 * see timeline.ts). The expressions are a frozen copy of jsonRow (table-spec.ts) over NEW, as it was when
 * this migration shipped. A field added to a table's spec needs a migration that replaces
 * the table's function and refreshes `wire`; the test "stores each synced row's JSON as the
 * pull would build it" fails until it is written. The organisation's tables keep building
 * their JSON at read time: their rows carry their managers, computed from other tables.
 */
const rows: Record<string, string> = {
  templates: `json_build_object('id', NEW.id, 'name', NEW.name, 'job', NEW.job,
    'status', NEW.status, 'steps', NEW.steps, 'version', NEW.version)`,
  paths: `json_build_object('id', NEW.id, 'recruitId', NEW.recruit_id,
    'mentorId', NEW.mentor_id, 'templateId', NEW.template_id,
    'circonscriptionId', NEW.circonscription_id, 'startDate', NEW.start_date::text,
    'version', NEW.version)`,
  steps: `json_build_object('id', NEW.id, 'pathId', NEW.path_id, 'position', NEW.position,
    'kind', NEW.kind, 'title', NEW.title, 'help', NEW.help, 'dueDate', NEW.due_date::text,
    'needsApproval', NEW.needs_approval, 'status', NEW.status, 'itemType', NEW.item_type,
    'assetTag', NEW.asset_tag, 'submittedNote', NEW.submitted_note,
    'decision', NEW.decision,
    'updatedAt', to_char(NEW.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'version', NEW.version)`,
  trainings: `json_build_object('id', NEW.id, 'agentId', NEW.agent_id,
    'date', NEW.date::text, 'title', NEW.title, 'provider', NEW.provider,
    'days', NEW.days::float8, 'version', NEW.version)`,
  meetings: `json_build_object('id', NEW.id, 'pathId', NEW.path_id, 'date', NEW.date::text,
    'notes', NEW.notes, 'authorId', NEW.author_id, 'version', NEW.version)`,
  practice_groups: `json_build_object('id', NEW.id, 'name', NEW.name,
    'facilitator', NEW.facilitator, 'territoryId', NEW.territory_id,
    'version', NEW.version)`,
  group_sessions: `json_build_object('id', NEW.id, 'groupId', NEW.group_id,
    'date', NEW.date::text, 'startTime', NEW.start_time,
    'durationMinutes', NEW.duration_minutes, 'place', NEW.place,
    'version', NEW.version)`,
  attendance: `json_build_object('id', NEW.id, 'sessionId', NEW.session_id,
    'agentId', NEW.agent_id, 'present', NEW.present, 'version', NEW.version)`,
  tutoring: `json_build_object('id', NEW.id, 'tutorId', NEW.tutor_id,
    'tuteeId', NEW.tutee_id, 'tuteeStatus', NEW.tutee_status,
    'from', NEW.from_date::text, 'until', NEW.until_date::text,
    'version', NEW.version)`,
  delegations: `json_build_object('id', NEW.id, 'fromAgentId', NEW.from_agent_id,
    'toAgentId', NEW.to_agent_id, 'from', NEW.from_date::text,
    'until', NEW.until_date::text, 'version', NEW.version)`,
};

// The existing rows are filled by their new trigger, with the version trigger off: the rows
// do not change, so no device should pull them again.
export const storedJson = Object.entries(rows)
  .map(
    ([table, json]) => `
ALTER TABLE ${table} ADD COLUMN wire text;
CREATE FUNCTION ${table}_wire() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.wire := ${json}::text;
  RETURN NEW;
END $$;
CREATE TRIGGER ${table}_wire BEFORE INSERT OR UPDATE ON ${table}
  FOR EACH ROW EXECUTE FUNCTION ${table}_wire();
ALTER TABLE ${table} DISABLE TRIGGER ${table}_version;
UPDATE ${table} SET wire = NULL;
ALTER TABLE ${table} ENABLE TRIGGER ${table}_version;
ALTER TABLE ${table} ALTER COLUMN wire SET NOT NULL;`,
  )
  .join('\n');
