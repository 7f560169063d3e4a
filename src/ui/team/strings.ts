import team from '../../../locales/fr/team.json';
import { registerFrench } from '../data/lazy-strings';

// The mentor's and manager's French strings travel with their screens, not the login chunk.
registerFrench('team', team);
