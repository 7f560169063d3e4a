// Just what the bench uses of PouchDB 9 and express-pouchdb, which ship no types.
declare module 'pouchdb-core' {
  interface PouchDb {
    bulkDocs(docs: object[]): Promise<unknown[]>;
    info(): Promise<{ doc_count: number }>;
    destroy(): Promise<unknown>;
  }
  interface PouchStatic {
    new (name: string, options?: object): PouchDb;
    plugin(plugin: unknown): PouchStatic;
    defaults(options: object): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-browser' {
  interface PouchDb {
    info(): Promise<{ doc_count: number }>;
    destroy(): Promise<unknown>;
  }
  interface PouchStatic {
    new (name: string, options?: object): PouchDb;
    replicate(
      source: string | PouchDb,
      target: string | PouchDb,
      options?: object,
    ): Promise<{ ok: boolean; docs_written: number }>;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-mapreduce';
declare module 'pouchdb-replication';
declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  const expressPouchdb: (
    pouch: unknown,
    options?: object,
  ) => (request: IncomingMessage, response: ServerResponse) => void;
  export default expressPouchdb;
}
