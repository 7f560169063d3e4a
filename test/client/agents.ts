import type { Agent, Role } from '../../src/domain/organisation';

const base: Omit<Agent, 'id' | 'email' | 'displayName' | 'roles'> = {
  job: 'Assistant·e de service social',
  status: 'civilServant',
  circonscriptionId: '7d1f4a4e-0a40-4d38-9a0c-3b7f6f1b2c01',
  startDate: '2026-01-05',
  phone: null,
};

function agent(id: string, email: string, displayName: string, roles: Role[]): Agent {
  return { ...base, id, email, displayName, roles };
}

/** The demo organisation's people (DESIGN §8), as GET /api/auth/me would answer them. */
export const agents = {
  recruit: agent('0b5c3f0e-2f1c-4c55-8d59-6a3e9a0f1a01', 'recrue@demo.parcours.fr', 'Inès Benali', [
    'recruit',
  ]),
  mentor: agent(
    '0b5c3f0e-2f1c-4c55-8d59-6a3e9a0f1a02',
    'tuteur@demo.parcours.fr',
    'Julien Moreau',
    ['mentor'],
  ),
  manager: agent(
    '0b5c3f0e-2f1c-4c55-8d59-6a3e9a0f1a03',
    'responsable@demo.parcours.fr',
    'Sophie Lambert',
    ['manager', 'mentor'],
  ),
  territoryManager: agent(
    '0b5c3f0e-2f1c-4c55-8d59-6a3e9a0f1a04',
    'territoire@demo.parcours.fr',
    'Karim Haddad',
    ['territoryManager'],
  ),
  admin: agent('0b5c3f0e-2f1c-4c55-8d59-6a3e9a0f1a05', 'rh@demo.parcours.fr', 'Nathalie Roux', [
    'admin',
  ]),
} satisfies Record<Role, Agent>;
