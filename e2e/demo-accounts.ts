/** The demo accounts DESIGN §8 names, with the names the demo gives them. */
export const demo = {
  recruit: { email: 'recrue@demo.parcours.fr', name: 'Inès Benali' },
  mentor: { email: 'tuteur@demo.parcours.fr', name: 'Julien Moreau' },
  manager: { email: 'responsable@demo.parcours.fr', name: 'Sophie Lambert' },
  territoryManager: { email: 'territoire@demo.parcours.fr', name: 'Karim Haddad' },
  admin: { email: 'rh@demo.parcours.fr', name: 'Nathalie Roux' },
} as const;
