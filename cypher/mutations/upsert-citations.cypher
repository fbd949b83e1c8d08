// Citations written by the API (citationRow, origin 'api'); ids are new, numbered after the subject's last.
UNWIND $rows AS row
MERGE (c:Node {id: row.id})
SET c = row.props, c:Citation, c.updatedBy = $actor, c.updatedAt = $at
RETURN count(c) AS written
