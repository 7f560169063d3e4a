/**
 * Who asked for no reminder e-mail (issue 17: the daily digest, opt-out per person). A row
 * per person who opted out: the default, no row, is to receive it.
 */
export const reminderEmails = `
CREATE TABLE reminder_email_opt_outs (
  agent_id uuid PRIMARY KEY REFERENCES agents (id) ON DELETE CASCADE,
  opted_out_at timestamptz NOT NULL
);
`;
