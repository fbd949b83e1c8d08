// One entry of the audit trail, in the transaction of the write it records (both commit or neither).
// Change nodes carry no :Node label and no relationship, so no read of the graph ever meets them.
CREATE (c:Change)
SET c = $change
