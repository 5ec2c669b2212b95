// Every unit test file gets a fresh in-memory IndexedDB; tests that need Dexie import it normally.
import 'fake-indexeddb/auto';
