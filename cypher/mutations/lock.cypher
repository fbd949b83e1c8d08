// API writes take this one lock first, so each validates against a graph no other API write changes under it
// (two entities cannot claim the same alias concurrently). Writing a property takes the node's write lock until
// the transaction ends; reads never wait for it.
MERGE (l:WriteLock {key: 'api'})
SET l.held = true
