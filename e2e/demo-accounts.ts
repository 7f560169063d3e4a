/** The demo accounts DESIGN §8 names, with the names the demo gives them. */
export const demo = {
  recruit: { email: 'recrue@demo.parcours.fr', name: 'Inès Benali' },
  mentor: { email: 'tuteur@demo.parcours.fr', name: 'Julien Moreau' },
  manager: { email: 'responsable@demo.parcours.fr', name: 'Sophie Lambert' },
  territoryManager: { email: 'territoire@demo.parcours.fr', name: 'Karim Haddad' },
  admin: { email: 'rh@demo.parcours.fr', name: 'Nathalie Roux' },
} as const;

/** The only account of the e2e's real deployment (no demo), made by `admin:create`. */
export const deploymentAdmin = {
  email: 'drh@departement.fr',
  name: 'Claire Martin',
  password: 'Premier-jour-2026',
};
