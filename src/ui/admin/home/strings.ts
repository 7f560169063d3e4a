import { useTranslation } from 'react-i18next';
import adminFr from '../../../../locales/fr/admin.json';
import { registerFrench } from '../../data/lazy-strings';

registerFrench('admin', adminFr);

/** The HR admin's home's strings, loaded with it. */
export const useAdminT = () => useTranslation('admin');
