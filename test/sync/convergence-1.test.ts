import { convergenceSuite } from './convergence';

convergenceSuite(1, 2);
