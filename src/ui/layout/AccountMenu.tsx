import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../domain/organisation';
import { ExportDataButton } from '../privacy/ExportDataButton';
import { LanguageSwitch } from './LanguageSwitch';
import { LogoutButton } from './LogoutButton';

/**
 * The account's actions behind one button, so that a phone's header keeps to one line: who
 * is signed in, the language, her data ("Mes données"), logging out. A disclosure: the button
 * says whether it is open; Escape closes it and gives the focus back, as does a click
 * elsewhere.
 */
export function AccountMenu({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <div className="account-menu">
      <button
        ref={button}
        type="button"
        className="button button--quiet account-menu__button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        <span className="account-menu__initials" aria-hidden="true">
          {initials(agent.displayName)}
        </span>
        <span className="account-menu__label">{t('account.menu')}</span>
      </button>
      <div ref={panel} id={`${id}-panel`} className="account-menu__panel" hidden={!open}>
        <p className="account-menu__agent">
          {t('session.signedInAs', { name: agent.displayName })}
        </p>
        <LanguageSwitch />
        <ExportDataButton agentId={agent.id} whose="mine" statusClassName="account-menu__agent" />
        <LogoutButton agentId={agent.id} />
      </div>
    </div>
  );
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
