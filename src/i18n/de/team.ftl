# The team: the store, joining, cover grants, the lead's deadlines, the committee
team-role-worker = Sozialarbeiter/in
team-role-lead = Teamleitung
team-role-secretary = Sekretariat des Ausschusses
