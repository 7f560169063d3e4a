/**
 * The welcome content (issue 18). `content_items` is a synced table whose rows the pull
 * builds from the columns (no `wire`: its JSON fields are read back as they are);
 * `content_revisions` keeps every earlier revision of an item, written by a trigger, so an
 * edit never loses what was published; `content_files` records the uploaded files, whose
 * bytes live outside the database (src/server/files).
 */
export const content = `
CREATE TABLE content_items (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('page', 'video', 'sheet')),
  status text NOT NULL CHECK (status IN ('draft', 'proposed', 'published', 'unpublished')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 160),
  theme text NOT NULL CHECK (length(theme) <= 80),
  body text NOT NULL CHECK (length(body) <= 50000),
  position integer NOT NULL,
  target jsonb NOT NULL,
  step jsonb,
  media jsonb,
  attachments jsonb NOT NULL,
  author_team text NOT NULL,
  revision integer NOT NULL,
  proposed_by uuid REFERENCES agents (id),
  updated_by uuid NOT NULL REFERENCES agents (id),
  updated_at timestamptz NOT NULL,
  version bigint NOT NULL DEFAULT nextval('row_version'),
  deleted boolean NOT NULL DEFAULT false,
  -- Once published, an item's every later change reaches every device, as a delete where it
  -- is not (or no longer) for that device's person: unpublished or retargeted, it leaves.
  released boolean NOT NULL DEFAULT false
);
CREATE FUNCTION content_items_released() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.released := NEW.status = 'published' OR (TG_OP = 'UPDATE' AND OLD.released);
  RETURN NEW;
END $$;
CREATE TRIGGER content_items_released BEFORE INSERT OR UPDATE ON content_items
  FOR EACH ROW EXECUTE FUNCTION content_items_released();
CREATE INDEX content_items_by_version ON content_items (version);
CREATE TRIGGER content_items_version BEFORE UPDATE ON content_items
  FOR EACH ROW EXECUTE FUNCTION bump_row_version();

CREATE TABLE content_revisions (
  item_id uuid NOT NULL REFERENCES content_items (id),
  revision integer NOT NULL,
  row jsonb NOT NULL,
  PRIMARY KEY (item_id, revision)
);
CREATE FUNCTION content_items_keep_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.revision <> OLD.revision THEN
    INSERT INTO content_revisions (item_id, revision, row)
      VALUES (OLD.id, OLD.revision, to_jsonb(OLD) - 'version' - 'deleted' - 'released')
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER content_items_keep_revision AFTER UPDATE ON content_items
  FOR EACH ROW EXECUTE FUNCTION content_items_keep_revision();

CREATE TABLE content_files (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('video', 'image', 'pdf', 'captions')),
  type text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  size bigint NOT NULL CHECK (size > 0),
  sha256 text NOT NULL,
  uploaded_by uuid NOT NULL REFERENCES agents (id),
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
`;
