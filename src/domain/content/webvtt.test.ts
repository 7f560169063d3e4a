import { describe, expect, it } from 'vitest';
import { checkWebVtt } from './webvtt';

const cue = '00:00.000 --> 00:02.500\nBonjour.';

describe('checkWebVtt accepts', () => {
  it.each([
    ['the smallest file', `WEBVTT\n\n${cue}\n`, 1],
    ['a BOM', `\uFEFFWEBVTT\n\n${cue}`, 1],
    ['CRLF and CR line ends', `WEBVTT\r\n\r\n${cue.replace('\n', '\r\n')}\r\r${cue}`, 2],
    ['a title and header lines', `WEBVTT - Témoignage\nKind: captions\n\n${cue}`, 1],
    ['hours', 'WEBVTT\n\n01:02:03.004 --> 101:00:00.000\nLong.', 1],
    ['cue ids', `WEBVTT\n\n1\n${cue}\n\nintro-2\n00:03.000 --> 00:04.000\nSuite.`, 2],
    ['an empty cue text', 'WEBVTT\n\n00:00.000 --> 00:01.000', 1],
    ['several text lines', `WEBVTT\n\n${cue}\n<v Inès>Et ensuite</v>\n`, 1],
    [
      'cue settings',
      'WEBVTT\n\n00:00.000 --> 00:01.000 align:start line:90% position:10%,line-left size:80% vertical:rl\nx',
      1,
    ],
    ['a tab before the settings', 'WEBVTT\n\n00:00.000 --> 00:01.000\tline:-2,end \nx', 1],
    [
      'NOTE, STYLE and REGION blocks',
      `WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\nREGION\nid:bas\n\nNOTE relu par l'équipe\nsur deux lignes\n\n${cue}\n\nNOTE\nfin`,
      1,
    ],
    ['cues starting together', `WEBVTT\n\n${cue}\n\n${cue}`, 2],
    ['several blank lines between blocks', `WEBVTT\n\n\n\n${cue}\n\n\n`, 1],
  ])('%s', (_name, text, cues) => {
    expect(checkWebVtt(text)).toEqual({ ok: true, cues });
  });
});

describe('checkWebVtt refuses', () => {
  it.each([
    ['an empty file', '', 1, 1, 'missing WEBVTT header'],
    ['an SRT file', `1\n00:00:00,000 --> 00:00:01,000\nx`, 1, 1, 'missing WEBVTT header'],
    ['a lower-case signature', `webvtt\n\n${cue}`, 1, 1, 'missing WEBVTT header'],
    ['a signature glued to text', `WEBVTTX\n\n${cue}`, 1, 1, 'missing WEBVTT header'],
    ['a file without cues', 'WEBVTT\n\nNOTE rien', 3, 1, 'no cues'],
    ['the header alone', 'WEBVTT\n', 1, 1, 'no cues'],
    ['an arrow in the header line', 'WEBVTT --> x\n\n' + cue, 1, 8, 'header contains -->'],
    ['a cue glued to the header', `WEBVTT\n${cue}`, 2, 11, 'missing blank line after the header'],
    ['SRT commas', 'WEBVTT\n\n00:00:00,000 --> 00:00:01,000\nx', 3, 1, 'bad cue timing'],
    ['one-digit minutes', 'WEBVTT\n\n0:00.000 --> 00:01.000\nx', 3, 1, 'bad cue timing'],
    ['60 seconds', 'WEBVTT\n\n00:60.000 --> 01:01.000\nx', 3, 1, 'bad cue timing'],
    ['no space before the arrow', 'WEBVTT\n\n00:00.000--> 00:01.000\nx', 3, 10, 'bad cue timing'],
    ['no space after the arrow', 'WEBVTT\n\n00:00.000 -->00:01.000\nx', 3, 14, 'bad cue timing'],
    ['a bad end', 'WEBVTT\n\n00:00.000 --> 00:01.00\nx', 3, 15, 'bad cue timing'],
    [
      'an end before the start',
      'WEBVTT\n\n00:02.000 --> 00:01.000\nx',
      3,
      15,
      'cue ends before it starts',
    ],
    [
      'an empty duration',
      'WEBVTT\n\n00:02.000 --> 00:02.000\nx',
      3,
      15,
      'cue ends before it starts',
    ],
    [
      'text glued to the end time',
      'WEBVTT\n\n00:00.000 --> 00:01.000x\nx',
      3,
      24,
      'bad cue timing',
    ],
    [
      'an unknown setting',
      'WEBVTT\n\n00:00.000 --> 00:01.000 colour:red\nx',
      3,
      25,
      'bad cue setting',
    ],
    [
      'a bad setting value',
      'WEBVTT\n\n00:00.000 --> 00:01.000 align:middle\nx',
      3,
      25,
      'bad cue setting',
    ],
    ['an id without timing', 'WEBVTT\n\nintro\nBonjour', 4, 1, 'bad cue timing'],
    ['a lone line', 'WEBVTT\n\nBonjour', 3, 8, 'missing cue timing'],
    [
      'cues out of order',
      `WEBVTT\n\n00:05.000 --> 00:06.000\na\n\n${cue}`,
      6,
      1,
      'cue starts before the previous one',
    ],
    ['an arrow in a cue text', `WEBVTT\n\n${cue}\nA --> B`, 5, 3, 'cue text contains -->'],
    ['an arrow in a note', `WEBVTT\n\nNOTE a --> b\n\n${cue}`, 3, 8, 'note contains -->'],
    ['a style after a cue', `WEBVTT\n\n${cue}\n\nSTYLE\n::cue {}`, 6, 1, 'style block after a cue'],
    ['a region after a cue', `WEBVTT\n\n${cue}\n\nREGION\nid:a`, 6, 1, 'region block after a cue'],
    ['the BOM not counted in columns', `\uFEFFWEBVTT --> x\n\n${cue}`, 1, 8, 'header contains -->'],
  ])('%s', (_name, text, line, column, message) => {
    expect(checkWebVtt(text)).toEqual({ ok: false, line, column, message });
  });
});
