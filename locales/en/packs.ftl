## The paths and notices that country packs add (src/rules/packs/<cc>.json).
## For each path: path-<id>-title, -what (what it is and offers, conditions in plain words), -next (the next step).
## Every path here "may apply": none is a decision. Never add grant amounts.
## Names of authorities and programmes come from the pack's `names` and are shown as they are.

## Germany (de)

path-regularisation-de-sustained-integration-title = A permit for people who have settled in Germany (§ 25b)
path-regularisation-de-sustained-integration-what = If you have a Duldung and have lived in Germany for many years, a permit for people who have settled in may apply. As a rule you need 6 years here (4 years if you live with your child under 18), some German (level A2), and to earn most of your living by work. If an illness, a disability or your age stops you from working, the condition about work does not apply. Confirm with a counsellor.
path-regularisation-de-sustained-integration-next = Ask a migration counselling service (Migrationsberatung) or a refugee council (Flüchtlingsrat) to check the conditions with you before you apply at the foreigners' office (Ausländerbehörde).

path-regularisation-de-young-people-title = A permit for young people who are settled in Germany (§ 25a)
path-regularisation-de-young-people-what = Young people aged 14 to 26 may get a residence permit after 3 years in Germany and at least 12 months with a Duldung, as a rule with 3 years of school here or a school or job qualification from here. You must apply before your 27th birthday. Confirm with a counsellor.
path-regularisation-de-young-people-next = Ask a youth migration service (Jugendmigrationsdienst) or a counselling service to check this with you. Apply before your 27th birthday.

path-regularisation-de-training-title = Staying for vocational training (§ 16g, § 60c)
path-regularisation-de-training-what = If you are doing, or about to start, a recognised vocational training (Ausbildung), a Duldung or a residence permit for the time of the training may apply, also if you started it during your asylum procedure. People from some countries are excluded. Confirm with a counsellor.
path-regularisation-de-training-next = Ask a counselling service and your training company to help you apply at the foreigners' office (Ausländerbehörde). Do it early, and before you take any step towards leaving Germany.

path-regularisation-de-employment-toleration-title = A Duldung for people in work (§ 60d)
path-regularisation-de-employment-toleration-what = If you came to Germany by the end of 2022, have had a Duldung for 12 months, and for 12 months have lived from a job with social insurance of at least 20 hours a week, an employment Duldung may apply; you also need some German (level A2). Later it can lead to a residence permit. Confirm with a counsellor.
path-regularisation-de-employment-toleration-next = Ask a counselling service to check your work contract and pay slips with you before you apply at the foreigners' office (Ausländerbehörde).

path-regularisation-de-humanitarian-title = A permit when you cannot leave (§ 25 section 5)
path-regularisation-de-humanitarian-what = If you cannot leave Germany for reasons that are not your fault, for example a long illness or no way to get travel documents, a residence permit on humanitarian grounds may apply. As a rule it should be given when your removal has been suspended for 18 months. Confirm with a counsellor.
path-regularisation-de-humanitarian-next = Ask a legal adviser or a refugee council (Flüchtlingsrat) whether your reasons count before you apply at the foreigners' office (Ausländerbehörde).

path-regularisation-de-family-title = A permit for family reasons
path-regularisation-de-family-what = If your husband, wife or partner, or your child, is German or lives in Germany with a permit, a residence permit for family reasons may apply. The law has special rules for a parent who cares for a German child under 18. Confirm with a counsellor.
path-regularisation-de-family-next = Ask a migration counselling service (Migrationsberatung) which family rule fits you and which papers you need.

path-regularisation-de-hardship-commission-title = The hardship commission of your state (§ 23a)
path-regularisation-de-hardship-commission-what = Each German state (Land) can have a hardship commission, which can ask that a person who must leave gets a residence permit because of very hard personal circumstances. It is not a right you can claim, and it is usually tried when no other way is open. It may apply to you.
path-regularisation-de-hardship-commission-next = Ask a counselling service or a refugee council (Flüchtlingsrat) whether to bring your case to the hardship commission (Härtefallkommission) of your state.

path-regularisation-de-opportunity-residence-title = Chancen-Aufenthaltsrecht (this route has ended)
path-regularisation-de-opportunity-residence-what = This was a permit on trial for people who had lived in Germany for 5 years with a Duldung or another status on 31 October 2022. New applications ended on 31 December 2025. A person who already holds it can only extend it as a permit for young people (§ 25a) or for people who have settled in (§ 25b).
path-regularisation-de-opportunity-residence-next = If you hold this permit, ask a counselling service soon how to move to a § 25a or § 25b permit. If not, ask about the other ways to stay shown here.

notice-de-return-application-closes-routes-title = Before you apply for assisted return
notice-de-return-application-closes-routes = In Germany, applying for state-funded return can count as a step towards leaving. It can close the way to a Duldung for training (Ausbildungsduldung). Talk to a counsellor before you apply for either.

## Portugal (pt)

path-regularisation-pt-parent-of-child-title = A permit as the parent of a child who lives in Portugal
path-regularisation-pt-parent-of-child-what = If you have a child under 18 who lives in Portugal or is Portuguese, and you care for the child and pay for the child's needs, a residence permit without a visa may apply. Confirm with a counsellor.
path-regularisation-pt-parent-of-child-next = Ask a migrant support service or a lawyer to check your papers with you, then apply to AIMA.

path-regularisation-pt-grew-up-here-title = A permit for people who grew up in Portugal
path-regularisation-pt-grew-up-here-what = If you were born in Portugal, or have lived here since before you were 10, a residence permit without a visa may apply. Children born here who stayed and go to school here may also get one, and so may their parents. Confirm with a counsellor.
path-regularisation-pt-grew-up-here-next = Ask a migrant support service or a lawyer which papers show your years in Portugal, then apply to AIMA.

path-regularisation-pt-health-title = A permit because of a long illness
path-regularisation-pt-health-what = If you have an illness that needs long medical care and stops you from going back, a residence permit without a visa may apply. You will need medical reports. Confirm with a counsellor.
path-regularisation-pt-health-next = Ask your doctor for a medical report, and a migrant support service or a lawyer to help you apply to AIMA.

path-regularisation-pt-family-title = A permit for family reasons
path-regularisation-pt-family-what = If a close family member is Portuguese or lives in Portugal with a residence permit, a permit for family reasons may apply. The rules for bringing family together changed in October 2025, with new waiting times and some exceptions. Confirm with a counsellor.
path-regularisation-pt-family-next = Ask a migrant support service or a lawyer which family rule fits your case today.

path-regularisation-pt-exceptional-title = An exceptional permit for humanitarian reasons (article 123)
path-regularisation-pt-exceptional-what = In exceptional cases, for humanitarian reasons or in the public interest, the government can give a residence permit to a person who does not meet the usual conditions. It is not a right, and each case is decided on its own. It may apply to you.
path-regularisation-pt-exceptional-next = Ask a lawyer or a migrant support organisation whether to ask AIMA for this, and what to show.

path-regularisation-pt-expression-of-interest-title = Manifestação de interesse (this route has ended)
path-regularisation-pt-expression-of-interest-what = Until June 2024, people who worked in Portugal without a residence visa could ask for a permit through a "manifestação de interesse". This way is closed to new applications since 4 June 2024. Applications made before then were not cancelled.
path-regularisation-pt-expression-of-interest-next = If you applied before June 2024, ask AIMA or a lawyer about your file. Otherwise, ask a counsellor about the other ways to stay shown here.

## Spain (es)

path-regularisation-es-second-chance-title = Arraigo de segunda oportunidad (a second chance)
path-regularisation-es-second-chance-what = If you had a residence permit in Spain before and could not renew it, and you have now lived here for 2 years in a row, this permit may apply. It does not count earlier permits given for exceptional circumstances. Confirm with a counsellor.
path-regularisation-es-second-chance-next = Ask a migrant support organisation or an immigration lawyer (abogado de extranjería) to check your old permit and your 2 years, then apply at the immigration office (Oficina de Extranjería).

path-regularisation-es-sociolaboral-title = Arraigo sociolaboral (through a job)
path-regularisation-es-sociolaboral-what = If you have lived in Spain for 2 years in a row and have a signed job contract (or more than one), this permit may apply; informal work alone is not enough. Time as an asylum seeker does not count towards the 2 years, and you cannot apply while an asylum claim is open. Confirm with a counsellor.
path-regularisation-es-sociolaboral-next = Ask a migrant support organisation or an immigration lawyer to check the contract and your proof of 2 years, then apply at the immigration office (Oficina de Extranjería).

path-regularisation-es-social-title = Arraigo social (through family or integration)
path-regularisation-es-social-what = If you have lived in Spain for 2 years in a row, this permit may apply when you have close family living lawfully in Spain, or a report from your town or region that you are integrated, and enough means to live. Time as an asylum seeker does not count towards the 2 years. Confirm with a counsellor.
path-regularisation-es-social-next = Ask your town hall (ayuntamiento) or a migrant support organisation about the integration report, and an immigration lawyer to check the rest.

path-regularisation-es-socioformativo-title = Arraigo socioformativo (through training)
path-regularisation-es-socioformativo-what = If you have lived in Spain for 2 years in a row and you are enrolled in, or have applied for, a recognised course (for example vocational training or adult education), this permit may apply. Confirm with a counsellor.
path-regularisation-es-socioformativo-next = Ask a migrant support organisation which courses count, then apply at the immigration office (Oficina de Extranjería).

path-regularisation-es-spanish-family-title = A permit for family members of Spanish citizens
path-regularisation-es-spanish-family-what = If your husband, wife or partner, or your child, is a Spanish citizen, a residence permit for family members of Spanish citizens may apply. The parent of a Spanish child under 18 is included. If your family member has a permit but is not Spanish, this route is not for you; ask about the other routes shown here. Confirm with a counsellor.
path-regularisation-es-spanish-family-next = Ask a migrant support organisation or an immigration lawyer which papers show the family tie, then apply at the immigration office (Oficina de Extranjería).

path-regularisation-es-family-roots-title = Arraigo familiar (parent of a child from another EU country)
path-regularisation-es-family-roots-what = If you are the parent or guardian of a child under 18 who lives in Spain and is a citizen of another EU country, or of Norway, Iceland, Liechtenstein or Switzerland, this permit may apply with no minimum time in Spain; it can also apply if you support such a citizen who has a disability. You cannot apply while an asylum claim is open. Confirm with a counsellor.
path-regularisation-es-family-roots-next = Ask a migrant support organisation or an immigration lawyer to check the papers, then apply at the immigration office (Oficina de Extranjería).

path-regularisation-es-humanitarian-title = A permit for humanitarian reasons
path-regularisation-es-humanitarian-what = A permit for humanitarian reasons may apply if you have a serious illness that began in Spain and needs care you cannot get in your country, or if a court has finally recognised you as a victim of certain crimes, or if the Ministry of the Interior allowed you to stay on humanitarian grounds after an asylum claim. Confirm with a counsellor.
path-regularisation-es-humanitarian-next = Ask a legal adviser or a refugee organisation which papers you need, for example a medical report from the health service.

path-regularisation-es-statelessness-title = Recognition as a stateless person
path-regularisation-es-statelessness-what = If no country treats you as its citizen, you can ask the Oficina de Asilo y Refugio to recognise you as stateless. Recognition may give you the right to stay in Spain. Confirm with a counsellor.
path-regularisation-es-statelessness-next = Ask a refugee organisation or a lawyer to help you prepare the request to the Oficina de Asilo y Refugio.

notice-es-return-no-return-commitment-title = Before you sign up for assisted return
notice-es-return-no-return-commitment = A return programme may ask you to sign a promise not to come back to Spain for some time. While such a promise runs, you cannot get an arraigo permit. Ask the counsellor what you would sign before you decide.
