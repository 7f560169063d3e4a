/**
 * Checks a captions file against the WebVTT syntax (W3C WebVTT, §4 "Syntax") before the
 * server keeps it: a browser silently drops what it cannot parse, so a broken file would
 * leave a testimony video without captions and nobody would know. The answer names the
 * first problem's line and column (1-based; columns in UTF-16 code units, the BOM not
 * counted) for the author to fix it in her editor.
 */
export type WebVttCheck =
  { ok: true; cues: number } | { ok: false; line: number; column: number; message: string };

interface Line {
  text: string;
  /** 1-based. */
  number: number;
}

type Problem = Extract<WebVttCheck, { ok: false }>;

const problem = (line: number, column: number, message: string): Problem => ({
  ok: false,
  line,
  column,
  message,
});

/** `hh:mm:ss.ttt` (hours two digits or more) or `mm:ss.ttt`; minutes and seconds 00–59. */
const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})/;
const SPACES = /^[ \t]+/;

/** The settings a cue may carry (§4.4 "WebVTT cue settings"), each with its values. */
const CUE_SETTINGS: Record<string, RegExp> = {
  vertical: /^(rl|lr)$/,
  line: /^(-?\d+(\.\d+)?|\d+(\.\d+)?%)(,(start|center|end))?$/,
  position: /^\d+(\.\d+)?%(,(line-left|center|line-right))?$/,
  size: /^\d+(\.\d+)?%$/,
  align: /^(start|center|end|left|right)$/,
  region: /^[^\s]+$/,
};

/** A timestamp at `column` (0-based) of the text, in milliseconds, and where it ends. */
function timestampAt(text: string, column: number): { ms: number; end: number } | null {
  const match = TIMESTAMP.exec(text.slice(column));
  if (!match) return null;
  const [all, hours, minutes, seconds, millis] = match;
  const ms =
    ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis);
  return { ms, end: column + all.length };
}

/** `start --> end [settings]`: the cue's times, or the problem with it. */
function cueTimings(line: Line): { start: number; end: number } | Problem {
  const { text, number } = line;
  const bad = (column: number, message = 'bad cue timing') => problem(number, column + 1, message);
  const start = timestampAt(text, 0);
  if (!start) return bad(0);
  let at = start.end + (SPACES.exec(text.slice(start.end))?.[0].length ?? 0);
  if (at === start.end || !text.startsWith('-->', at)) return bad(start.end);
  at += 3;
  const gap = SPACES.exec(text.slice(at))?.[0].length ?? 0;
  if (gap === 0) return bad(at);
  const end = timestampAt(text, at + gap);
  if (!end) return bad(at + gap);
  if (end.ms <= start.ms) return bad(at + gap, 'cue ends before it starts');
  return cueSettings(line, end.end) ?? { start: start.ms, end: end.ms };
}

/** The settings after the end time: `name:value` separated by spaces or tabs. */
function cueSettings({ text, number }: Line, from: number): Problem | null {
  let at = from;
  while (at < text.length) {
    const gap = SPACES.exec(text.slice(at))?.[0].length ?? 0;
    if (gap === 0) return problem(number, at + 1, 'bad cue timing');
    at += gap;
    if (at === text.length) return null; // trailing spaces
    const setting = /^[^ \t]+/.exec(text.slice(at))?.[0] ?? '';
    const colon = setting.indexOf(':');
    const name = setting.slice(0, colon);
    const rule = colon > 0 ? CUE_SETTINGS[name] : undefined;
    if (!rule || !rule.test(setting.slice(colon + 1))) {
      return problem(number, at + 1, 'bad cue setting');
    }
    at += setting.length;
  }
  return null;
}

/** Splits the text into lines (CRLF, LF or CR), then into blocks between blank lines. */
function blocksOf(text: string): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push({ text: line, number: index + 1 });
    }
  });
  if (current.length > 0) blocks.push(current);
  return blocks;
}

const arrowIn = (lines: readonly Line[]): Line | undefined =>
  lines.find((line) => line.text.includes('-->'));

const arrowProblem = (line: Line, message: string) =>
  problem(line.number, line.text.indexOf('-->') + 1, message);

export function checkWebVtt(input: string): WebVttCheck {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  // "WEBVTT" alone, or followed by a space or tab and any text (the file's title).
  if (!/^WEBVTT(?:$|[ \t\r\n])/.test(text)) return problem(1, 1, 'missing WEBVTT header');
  const [header = [], ...blocks] = blocksOf(text);
  // The header ends at the first blank line; a timing before it is a cue glued to it, which
  // the syntax forbids and parsers read differently.
  const glued = arrowIn(header);
  if (glued) {
    const message =
      glued === header[0] ? 'header contains -->' : 'missing blank line after the header';
    return arrowProblem(glued, message);
  }

  let cues = 0;
  let previousStart = 0;
  for (const block of blocks) {
    const [first, second] = block as [Line, ...Line[]];
    if (/^NOTE(?:$|[ \t])/.test(first.text)) {
      const arrow = arrowIn(block);
      if (arrow) return arrowProblem(arrow, 'note contains -->');
      continue;
    }
    const keyword = /^(STYLE|REGION)[ \t]*$/.exec(first.text)?.[1];
    if (keyword) {
      // Style sheets and regions apply to the cues after them: the syntax puts them first.
      if (cues > 0) return problem(first.number, 1, `${keyword.toLowerCase()} block after a cue`);
      const arrow = arrowIn(block);
      if (arrow) return arrowProblem(arrow, `${keyword.toLowerCase()} block contains -->`);
      continue;
    }
    // A cue: an optional identifier line, then its timings, then its text.
    const timings = first.text.includes('-->') ? first : second;
    if (!timings) return problem(first.number, first.text.length + 1, 'missing cue timing');
    if (!timings.text.includes('-->')) return problem(timings.number, 1, 'bad cue timing');
    const times = cueTimings(timings);
    if ('ok' in times) return times;
    if (times.start < previousStart) {
      return problem(timings.number, 1, 'cue starts before the previous one');
    }
    previousStart = times.start;
    const arrow = arrowIn(block.slice(block.indexOf(timings) + 1));
    if (arrow) return arrowProblem(arrow, 'cue text contains -->');
    cues += 1;
  }
  if (cues === 0) {
    const last = (blocks.at(-1) ?? header).at(-1);
    return problem(last?.number ?? 1, 1, 'no cues');
  }
  return { ok: true, cues };
}
