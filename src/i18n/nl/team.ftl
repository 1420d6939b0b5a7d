# The team: the store, joining, cover grants, the lead's deadlines, the committee
team-role-worker = maatschappelijk werker
team-role-lead = teamverantwoordelijke
team-role-secretary = secretaris van het comité
