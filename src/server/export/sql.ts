/** An instant as the protocol writes it (ISO, UTC, milliseconds), from a timestamptz column. */
export const instant = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Another person's name, from her id; null when the id is null or unknown. */
export const nameOf = (idColumn: string) =>
  `(SELECT n.display_name FROM agents n WHERE n.id = (${idColumn})::uuid)`;
