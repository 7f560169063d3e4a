import './activation-sheet.css';
import { useId, type ReactNode } from 'react';
import { useActivationT } from '../activation/strings';
import { QrCode } from './QrCode';

export interface ActivationSheetProps {
  /** The agent's name, as she will read it at the top of her sheet. */
  name: string;
  /** Grouped, as the API answers it: `7KQM-X3PD-RW`. */
  code: string;
  /** The API's `url`: absolute, or a path this page completes with its own origin. */
  url: string;
  /** ISO instant. */
  expiresAt: string;
}

/**
 * A recruit's A4 welcome sheet: her code, a QR code of the link that carries it, until when
 * it works, and her first steps. Inside a PrintArea, printing shows only the sheets, one per
 * page; on screen it is a card.
 */
export function ActivationSheet({ name, code, url, expiresAt }: ActivationSheetProps) {
  const { t, i18n } = useActivationT();
  const titleId = useId();
  const link = new URL(url, window.location.origin);
  // The address to type when the camera cannot scan: the page without the code.
  const address = `${link.origin}${link.pathname}`;
  const until = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(new Date(expiresAt));
  return (
    <article className="activation-sheet" aria-labelledby={titleId}>
      <h2 id={titleId} className="activation-sheet__title">
        {t('sheet.welcome', { name })}
      </h2>
      <p>{t('sheet.intro')}</p>
      <div className="activation-sheet__access">
        <div className="activation-sheet__code-box">
          <p className="activation-sheet__label">{t('sheet.code')}</p>
          <p className="activation-sheet__code" translate="no">
            {code}
          </p>
          <p>{t('sheet.expires', { date: until })}</p>
        </div>
        <figure className="activation-sheet__qr">
          <QrCode text={link.href} label={t('sheet.qr')} />
          <figcaption>{t('sheet.qrCaption')}</figcaption>
        </figure>
      </div>
      <h3>{t('sheet.stepsTitle')}</h3>
      <ol className="activation-sheet__steps">
        <li>{t('sheet.step1', { address })}</li>
        <li>{t('sheet.step2')}</li>
        <li>{t('sheet.step3')}</li>
        <li>{t('sheet.step4')}</li>
      </ol>
    </article>
  );
}

/** What printing keeps of the page: its sheets, one per A4 page, without the app around. */
export function PrintArea({ children }: { children: ReactNode }) {
  return <div className="activation-print">{children}</div>;
}
