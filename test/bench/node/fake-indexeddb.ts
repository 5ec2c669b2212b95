// Loaded on demand by the Node benches that run the app's Dexie code: IndexedDB in memory.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';

// Dexie may have been loaded before the fake existed: point it at the fake explicitly.
Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;
