import { useTranslation } from 'react-i18next';
import remindersFr from '../../../locales/fr/reminders.json';
import { registerFrench } from '../data/lazy-strings';

registerFrench('reminders', remindersFr);

/** The reminders' strings, loaded with the centre (home panels and its screen). */
export const useRemindersT = () => useTranslation('reminders');
