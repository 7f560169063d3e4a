import { convergenceSuite } from './convergence';

convergenceSuite(2, 2);
