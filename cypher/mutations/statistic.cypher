// One statistic as the API serves it (the same projection as statistics/of-subjects).
MATCH (s:Statistic {id: $id})
RETURN s { .*, hash: null } AS statistic
