import { useState } from 'react';
import { calendarFile, download, fileNameOf, type CalendarEvent } from './calendar';
import { useRecruitT } from './strings';

/** "Ajouter à mon agenda": downloads the event as an .ics file the phone's calendar opens. */
interface Props {
  event: CalendarEvent;
  /** The id of what names the event, when a screen lists several. */
  describedBy?: string;
}

export function AddToCalendar({ event, describedBy }: Props) {
  const { t } = useRecruitT();
  const [state, setState] = useState<'idle' | 'added' | 'failed'>('idle');

  async function add() {
    try {
      download(fileNameOf(event), await calendarFile(event));
      setState('added');
    } catch (error) {
      console.error('Making the calendar file failed', error);
      setState('failed');
    }
  }

  return (
    <div className="calendar-action">
      <button
        type="button"
        className="button button--quiet"
        aria-describedby={describedBy}
        onClick={() => void add()}
      >
        <svg aria-hidden="true" className="button__icon" viewBox="0 0 20 20" width="20" height="20">
          <path d="M5 1h2v2h6V1h2v2h3v16H2V3h3zM4 8v9h12V8zm5 1h2v2h2v2h-2v2H9v-2H7v-2h2z" />
        </svg>
        {t('calendar.add')}
      </button>
      <p role="status" className="feedback feedback--done">
        {state === 'added' ? t('calendar.added') : null}
      </p>
      <div role="alert" className="feedback feedback--error">
        {state === 'failed' ? <p>{t('calendar.failed')}</p> : null}
      </div>
    </div>
  );
}
