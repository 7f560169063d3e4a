import type { DateArray, EventAttributes } from 'ics';

export interface CalendarEvent {
  /** Stable, so that adding the same event twice updates it in the phone's calendar. */
  uid: string;
  title: string;
  description?: string;
  location?: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, local time; without it the event lasts the whole day. */
  startTime?: string;
  durationMinutes?: number;
}

/** The event as an iCalendar file (RFC 5545). The `ics` library loads only when asked for,
 *  so it stays out of the screens' first download. */
export async function calendarFile(event: CalendarEvent): Promise<string> {
  const { createEvent } = await import('ics');
  const [year = 0, month = 0, day = 0] = event.date.split('-').map(Number);
  const timed = event.startTime
    ? (() => {
        const [hour = 0, minute = 0] = event.startTime.split(':').map(Number);
        const start: DateArray = [year, month, day, hour, minute];
        return { start, duration: { minutes: event.durationMinutes ?? 60 } };
      })()
    : { start: [year, month, day] as DateArray, end: nextDay(year, month, day) };
  const attributes: EventAttributes = {
    ...timed,
    startInputType: 'local',
    startOutputType: 'local',
    uid: event.uid,
    productId: 'parcours/ics',
    title: event.title,
    ...(event.description ? { description: event.description } : {}),
    ...(event.location ? { location: event.location } : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error('no calendar file');
  return value;
}

// An all-day event ends the next day (DTEND;VALUE=DATE), as calendars expect.
function nextDay(year: number, month: number, day: number): DateArray {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/** Hands the file to the browser, which offers it to the phone's calendar. */
export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name people recognise: the title, simplified, and the date. */
export const fileNameOf = (event: CalendarEvent): string =>
  `${event.title
    .normalize('NFD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
    .toLowerCase()}-${event.date}.ics`;
