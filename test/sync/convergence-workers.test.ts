import { convergenceOnWorkers } from './convergence';

// Two processes over one PostgreSQL (issue 16): 50 histories, as many as each half of the
// PostgreSQL property runs, on its own database.
convergenceOnWorkers(2, 50);
