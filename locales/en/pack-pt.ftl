## Portugal (pt): paths added in November 2026 (victims' rights, temporary protection).
## The shared words of the Portuguese pack are in packs.ftl.

path-regularisation-pt-trafficking-victims-title = Rights of victims of trafficking (Lei 23/2007, arts. 109 to 111)
path-regularisation-pt-trafficking-victims-what = If someone is exploiting you or forcing you to work, you have rights in Portugal. When you are flagged as a possible victim of trafficking, you get a reflection period of 30 to 60 days to recover and get away from the people who exploited you. You cannot be removed from the country during it, and if you have no money you get help to live and urgent health care. After it, a residence permit for 1 year, which can be renewed, may apply if you cooperate with the investigation, and also without cooperating if you are identified as a victim and have cut your ties with them. Confirm with a counsellor.
path-regularisation-pt-trafficking-victims-next = Ask a specialised organisation that supports victims of trafficking to explain the reflection period and the permit, and to help you contact the authorities and AIMA. You do not have to decide today.

path-regularisation-pt-temporary-protection-title = Temporary protection (proteção temporária) and what may come after it
path-regularisation-pt-temporary-protection-what = Temporary protection in Portugal gives you a residence permit, with numbers for social security, tax and the national health service. It follows the EU's temporary protection, which now runs until 4 March 2027; Portugal has extended the permits before, so check that yours is still valid. The EU may extend the protection again, or end it. Before it ends, another permit may apply, for example for work. Confirm with a counsellor.
path-regularisation-pt-temporary-protection-next = Ask AIMA or a migrant support organisation which permit could follow yours, and apply before your protection ends.
