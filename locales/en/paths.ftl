## The paths a result can show: path-<id>-title, -what (what it means and offers), -next (the next step).
## Then the holds (why a path is shown only for information) and the notices.

path-asylum-referral-title = Asylum and international protection
path-asylum-referral-what = If you fear harm in your country, you may have the right to protection here. You must not be sent back to a place where your life or freedom is in danger.
path-asylum-referral-next = Talk to a refugee counselling service or UNHCR before you decide anything about going back.

path-trafficking-referral-title = Help for people who are controlled or exploited
path-trafficking-referral-what = What you told us can be a sign of trafficking or exploitation. There is help for your safety, a safe place to stay, health care and legal advice.
path-trafficking-referral-next = Contact an anti-trafficking service or a counsellor you trust. In danger, call the emergency number.

path-child-protection-title = Protection for children
path-child-protection-what = Children have special protection. Any decision must put what is best for you first, and a guardian should help you.
path-child-protection-next = Ask a child protection service or a counsellor to help you and your guardian.

path-safety-hold-title = Safety in your country first
path-safety-hold-what = There may be a crisis in your country now. Going back may not be safe at this time.
path-safety-hold-next = Ask a counsellor or UNHCR about the situation in your country before you decide.

path-torture-survivor-support-title = Support for survivors of torture and violence
path-torture-survivor-support-what = Specialist services help people who were tortured or badly hurt, with medical and psychological care.
path-torture-survivor-support-next = Ask a counsellor to refer you to a service for survivors of torture.

path-capacity-assessment-title = Extra support to decide
path-capacity-assessment-what = When a decision may be hard to make alone, a trained person checks that the choice is free and well understood, and that support is in place.
path-capacity-assessment-next = A counsellor should arrange this check before any decision about return.

path-health-referral-title = Health care
path-health-referral-what = Your health needs come first. Medical care may be available here, and a journey may need medical help.
path-health-referral-next = Talk to a doctor or a health service, and tell your counsellor what care you need.

path-humanitarian-assistance-title = Urgent help: shelter, food and care
path-humanitarian-assistance-what = If you are stuck without money or shelter, humanitarian organisations may help with basic needs.
path-humanitarian-assistance-next = Contact IOM, the Red Cross or Red Crescent, or a local aid organisation.

path-gender-family-support-title = Support for you and your family
path-gender-family-support-what = Women, children and families may get extra support, for example for health, school or a safe place to live.
path-gender-family-support-next = Tell your counsellor about your family's needs.

path-older-person-support-title = Support for older people
path-older-person-support-what = Older people may get extra help with health, travel and income.
path-older-person-support-next = Tell your counsellor what help you need.

path-deadline-urgent-title = You may have a deadline
path-deadline-urgent-what = An order to leave usually has a date. Some rights and options end after it.
path-deadline-urgent-next = Show the letter to a legal adviser as soon as possible.

path-legal-advice-title = Legal advice about your stay
path-legal-advice-what = A legal adviser can check your situation and explain your rights. Free advice is often available.
path-legal-advice-next = Contact a legal aid service, a migrant support organisation or a lawyer.

path-regularisation-title = Ways to stay lawfully
path-regularisation-what = Some countries have ways to get a permit to stay, for example after many years, for family, for work or training, or for humanitarian reasons. They depend on the country and its laws.
path-regularisation-next = Ask a legal adviser which ways to stay exist in this country and whether one may apply to you.

path-avrr-before-deadline-title = Assisted voluntary return before the date to leave
path-avrr-before-deadline-what = If you want to go home, an assisted voluntary return programme may help, often only if you apply before the date to leave.
path-avrr-before-deadline-next = Ask a return counsellor or IOM soon, before the deadline.

path-avrr-title = Assisted voluntary return and reintegration (AVRR)
path-avrr-what = Programmes such as IOM's can help people who choose to go home: information, travel, and support to start again. It is your choice.
path-avrr-next = Ask a return counsellor or IOM about the programme in this country.

path-avr-stranded-title = Assisted return for people stuck on the way
path-avr-stranded-what = If you are stuck in a country you are passing through, IOM may help you go home safely and with dignity.
path-avr-stranded-next = Contact IOM or a humanitarian organisation in this country.

path-independent-return-title = Going home on your own
path-independent-return-what = You can plan your own journey. Check what you need first: documents, what happens to your permits, and any ban on coming back.
path-independent-return-next = Ask a counsellor or your consulate what to check before you travel.

path-labour-return-title = Going home at the end of a work contract
path-labour-return-what = When a work contract ends, your employer or the agency may have to help with your journey and pay what they owe you.
path-labour-return-next = Check your contract and ask your consulate or a workers' organisation.

path-voluntary-repatriation-title = Voluntary repatriation
path-voluntary-repatriation-what = If you fled a crisis that has ended, UNHCR and IOM may help refugees go home when it is safe and by free choice.
path-voluntary-repatriation-next = Talk to UNHCR or a refugee counselling service.

path-consular-documents-title = Travel documents from your consulate
path-consular-documents-what = To travel home you may need a new passport or an emergency travel document from your country's consulate.
path-consular-documents-next = Contact your country's consulate or embassy.

path-origin-reception-title = Arriving back home
path-origin-reception-what = Services in your country may meet you on arrival and help with the first days: transport, a place to stay, health care.
path-origin-reception-next = Ask about reception services before you travel, or when you arrive.

path-reintegration-support-title = Help to start again at home
path-reintegration-support-what = Reintegration programmes may help with work, training, a small business, health and counselling, for you and your community.
path-reintegration-support-next = Ask IOM or the migrant services of your country about reintegration support.

path-virtual-engagement-title = Helping your country from abroad
path-virtual-engagement-what = You can share skills, trade or invest in your country without moving back, for example through diaspora programmes.
path-virtual-engagement-next = Ask your consulate or a diaspora organisation about programmes.

path-labour-channels-title = Lawful ways to work abroad
path-labour-channels-what = Some countries have lawful work and training routes with visas. Using them protects you from exploitation.
path-labour-channels-next = Ask your country's labour ministry or a recruitment agency approved by it. Never pay an unknown recruiter.

path-free-movement-title = Free movement in Central America
path-free-movement-what = Citizens of Guatemala, Honduras, El Salvador and Nicaragua may move between these countries with an identity document (the CA-4 agreement).
path-free-movement-next = Ask the migration office or your consulate what document you need.

path-counsellor-title = Talk to a counsellor
path-counsellor-what = A counsellor can go through every option with you, in confidence, and help you decide. The decision is yours.
path-counsellor-next = Contact a migrant support organisation, legal aid service, IOM or UNHCR.

## Holds: why a path is shown for information only.
hold-hold-pressure = you said someone is pushing you to go back. A return must be your own free choice.
hold-hold-child = you are under 18 and not with a parent or guardian. Before a child goes back, someone must first check what is best for the child.
hold-hold-crisis = there may be a crisis in your country now.
hold-hold-protection = you may need protection. Your safety must be looked at before any return.
hold-hold-origin-authorities = you may need protection. Contacting the authorities of your country (a consulate, an embassy or a ministry) can put you or a protection claim at risk. Talk to a counsellor first.
hold-hold-trafficking = you may be controlled or exploited. Your safety comes first.
hold-hold-capacity = the decision may be hard to make alone. A support check comes first.
hold-ended = this route has ended.
rank-return-wish = You said you want to go home. This is a way to stay that may apply to you. It is shown so that you know your rights before you decide.

## Notices on the results page.
notice-return-and-stay-title = Talk to a counsellor before you apply for either
notice-return-and-stay = A way to stay and help to go home can affect each other. In some countries, applying for assisted return closes routes to stay for work or training. Talk to a counsellor before you apply for either.
notice-temporary-protection-return-title = Temporary protection and going home
notice-temporary-protection-return = You have temporary protection. Before you decide to go home, ask what you would keep or lose, and whether you could come back here while the protection lasts. Some countries allow a short visit home first. Confirm with a counsellor.
notice-pension-portability-title = Your pension and social security
notice-pension-portability = Before you leave, ask whether you can take your pension or social security rights with you.
notice-reentry-loss-title = Coming back later
notice-reentry-loss = Leaving may affect your right to come back, for example a ban on entry. Ask a legal adviser before you go.
notice-information-first-title = Get the information first
notice-information-first = You said you do not have all the information you need. You have the right to full and clear information before you decide.
notice-decision-is-theirs-title = The decision is the person's own
notice-decision-is-theirs = As a helper, give information and support, but let the person decide freely.
notice-remigration-safety-title = If you think of leaving again
notice-remigration-safety = Irregular journeys are dangerous. Ask about lawful ways to work or study abroad first.
