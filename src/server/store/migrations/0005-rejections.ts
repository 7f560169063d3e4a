/** Why the server refused a mutation, kept a while: when the answer that said so is lost, the
 *  client sends the mutation again and gets `duplicate` — with this reason beside it, so the
 *  person is still told why (DESIGN §6: "the user is told why"). */
export const rejections = `
CREATE TABLE rejections (
  client_id uuid NOT NULL REFERENCES clients (client_id) ON DELETE CASCADE,
  mutation_id bigint NOT NULL,
  code text NOT NULL,
  message text NOT NULL,
  field text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (client_id, mutation_id)
);
CREATE INDEX rejections_created ON rejections (created_at);
`;
