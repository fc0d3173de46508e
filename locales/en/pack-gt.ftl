## Guatemala (gt): the paths and notice of src/rules/packs/gt.json.
## Every path here "may apply": none is a decision. Never add grant amounts.

path-gt-refugee-status-title = Refugee status in Guatemala (CONARE)
path-gt-refugee-status-what = If you fear harm in your country, you can ask Guatemala to recognise you as a refugee. You can ask by speaking or in writing. A commission, CONARE (Comisión Nacional para Refugiados), studies your case, and the National Migration Authority decides. While you wait, you may get a provisional permit to stay and a special identity document, and you can ask for permission to work. This may apply to you. Confirm with a counsellor.
path-gt-refugee-status-next = Ask at a border post or at the Guatemalan Institute of Migration (Instituto Guatemalteco de Migración, IGM), or ask UNHCR (ACNUR) to help you. If the answer is no, you have 10 days to ask for a review (recurso de reposición).

path-gt-return-home-plan-title = Back in Guatemala: the Plan Retorno al Hogar
path-gt-return-home-plan-what = Guatemala's government has a plan for people who come back (Plan Retorno al Hogar). At the returnee reception centre of the Guatemalan Institute of Migration (IGM) you may get food, health care and psychological support if you ask, and help to get to the bus for your community. If you arrive late and live far away, you may sleep at a migrant care centre. Joining the plan is your choice: it can guide you to work, training, health care and documents. What it offers can change.
path-gt-return-home-plan-next = Ask at the reception centre, or at the plan's registration centre (Centro de Atención y Registro) in Guatemala City, which services you can use. You can also ask IOM (OIM) about support to start again.

notice-gt-programmes-change-title = Programmes change
notice-gt-programmes-change = Help for migrants stuck in Guatemala, such as IOM's assisted voluntary return, depends on funding: it can start, change or stop. One such programme ran only until October 2020. Ask IOM Guatemala (OIM) what is available today before you count on it.
