# The team: the store, joining, cover grants, the lead's deadlines, the committee
team-role-worker = social worker
team-role-lead = team lead
team-role-secretary = committee secretary
