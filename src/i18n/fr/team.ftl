# The team: the store, joining, cover grants, the lead's deadlines, the committee
team-role-worker = assistant·e social·e
team-role-lead = responsable d'équipe
team-role-secretary = secrétaire du comité
