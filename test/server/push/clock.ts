const paris = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', ...options });
const hourIn = paris({ hour: '2-digit', hourCycle: 'h23' });
const weekdayIn = paris({ weekday: 'short' });

/** The first weekday at `hour`:00 in Paris after `from` (UTC+1 in winter, +2 in summer). */
export function weekdayAt(from: Date, hour: number): Date {
  for (let day = 0; ; day++) {
    const date = new Date(from.getTime() + day * 86_400_000);
    const at = new Date(date.getTime() + (hour - Number(hourIn.format(date))) * 3_600_000);
    at.setUTCMinutes(0, 0, 0);
    const weekday = weekdayIn.format(at);
    if (at > from && weekday !== 'Sat' && weekday !== 'Sun') return at;
  }
}

export const parisWeekday = (at: Date) => weekdayIn.format(at);
