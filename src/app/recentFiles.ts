/**
 * Recent files on the web page, kept only when the clerk asks (the start screen's checkbox): the
 * files themselves in the browser's IndexedDB, so a clerk can reopen one without looking for it;
 * "Quên các tệp gần đây" deletes the database and the choice. Without the choice, nothing is stored.
 */

export interface RecentFile {
  name: string;
  size: number;
  /** When it was last opened or saved here (ms since 1970). */
  at: number;
}

export interface RecentFiles {
  /** Whether the clerk asked to keep recent files. */
  kept(): boolean;
  /** Newest first. */
  list(): Promise<RecentFile[]>;
  /** Keeps `file` under `name` (replacing a file of the same name); does nothing without the choice. */
  remember(name: string, file: Blob): Promise<void>;
  /** The kept file, or null when it is gone. */
  open(name: string): Promise<Blob | null>;
  /** Starts keeping recent files. */
  keep(): void;
  /** Deletes every kept file, and the choice. */
  forget(): Promise<void>;
}

/** How many files are kept: the oldest goes when another comes. */
const RECENT_LIMIT = 5;
const KEEP_RECENT_KEY = "tdkt.app.keepRecent";
const DB = "tdkt-app-recent";
const STORE = "files";

interface Stored extends RecentFile {
  file: Blob;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB"));
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB"));
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB"));
  });
}

/** The newest `limit` of `files`, and the names of the others (to delete). */
function keepNewest<T extends RecentFile>(files: readonly T[], limit = RECENT_LIMIT): { kept: T[]; dropped: string[] } {
  const sorted = [...files].sort((a, b) => b.at - a.at);
  return { kept: sorted.slice(0, limit), dropped: sorted.slice(limit).map((f) => f.name) };
}

/** Recent files in this browser's IndexedDB (none when the browser has no IndexedDB). */
export function browserRecentFiles(
  idb: IDBFactory | undefined = globalThis.indexedDB,
  now = () => Date.now(),
): RecentFiles {
  const kept = () => storage()?.getItem(KEEP_RECENT_KEY) === "1";
  const db = (): Promise<IDBDatabase> => {
    if (!idb) return Promise.reject(new Error("IndexedDB is not available"));
    const request = idb.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "name" });
    return done(request);
  };
  const all = async (d: IDBDatabase): Promise<Stored[]> =>
    done(d.transaction(STORE, "readonly").objectStore(STORE).getAll() as IDBRequest<Stored[]>);

  return {
    kept,
    async list() {
      if (!kept() || !idb) return [];
      const d = await db();
      try {
        return keepNewest(await all(d)).kept.map(({ name, size, at }) => ({ name, size, at }));
      } finally {
        d.close();
      }
    },
    async remember(name, file) {
      if (!kept() || !idb) return;
      const d = await db();
      try {
        const tx = d.transaction(STORE, "readwrite");
        const store = tx.objectStore(STORE);
        store.put({ name, size: file.size, at: now(), file } satisfies Stored);
        const { dropped } = keepNewest([
          ...(await done(store.getAll() as IDBRequest<Stored[]>)).filter((f) => f.name !== name),
          { name, size: file.size, at: Number.POSITIVE_INFINITY },
        ]);
        for (const old of dropped) store.delete(old);
        await finished(tx);
      } finally {
        d.close();
      }
    },
    async open(name) {
      if (!idb) return null;
      const d = await db();
      try {
        const hit = await done(d.transaction(STORE, "readonly").objectStore(STORE).get(name) as IDBRequest<Stored>);
        return hit?.file ?? null;
      } finally {
        d.close();
      }
    },
    keep() {
      storage()?.setItem(KEEP_RECENT_KEY, "1");
    },
    async forget() {
      storage()?.removeItem(KEEP_RECENT_KEY);
      if (!idb) return;
      await new Promise<void>((resolve, reject) => {
        const request = idb.deleteDatabase(DB);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error("IndexedDB"));
        // Another tab has it open: the database goes when that tab lets go; the choice is gone already.
        request.onblocked = () => resolve();
      });
    },
  };
}

/** Recent files held in memory (tests; a browser without IndexedDB keeps them for the visit). */
export function memoryRecentFiles(now = () => Date.now()): RecentFiles & { stored(): number } {
  let on = false;
  let files: Stored[] = [];
  return {
    kept: () => on,
    stored: () => files.length,
    list: async () => keepNewest(files).kept.map(({ name, size, at }) => ({ name, size, at })),
    async remember(name, file) {
      if (!on) return;
      files = keepNewest([...files.filter((f) => f.name !== name), { name, size: file.size, at: now(), file }]).kept;
    },
    open: async (name) => files.find((f) => f.name === name)?.file ?? null,
    keep: () => {
      on = true;
    },
    forget: async () => {
      on = false;
      files = [];
    },
  };
}
