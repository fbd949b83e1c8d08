// Texts and scrape breaks of the documents cited, for resolving quotes to offsets.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.text AS text, coalesce(d.breakStarts, []) AS breakStarts, coalesce(d.breakEnds, []) AS breakEnds
