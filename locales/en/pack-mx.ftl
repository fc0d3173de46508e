## Mexico (mx): the paths and notice of src/rules/packs/mx.json.
## Every path here "may apply": none is a decision. Never add grant amounts.

path-mx-refugee-status-title = Refugee status and complementary protection in Mexico (COMAR)
path-mx-refugee-status-what = If you fear harm in your country, you can ask Mexico to recognise you as a refugee. The law also protects people who fled generalised violence, armed conflict or serious human rights violations. If you are not recognised as a refugee but your life would be in danger, or you could be tortured, if you went back, you may get complementary protection (protección complementaria). The Mexican Commission for Refugee Aid (COMAR) decides, and the procedure is free. Once you have applied, you must not be sent back to your country while your case is open. This may apply to you. Confirm with a counsellor.
path-mx-refugee-status-next = Apply at a COMAR office or with the National Migration Institute (INM), by speaking or in writing. The law asks you to apply within 30 working days of arriving in Mexico, or of when you were first able to. Apply as soon as you can; if more time has passed, still ask a legal adviser or UNHCR (ACNUR). While you wait, you may have to sign in every week; if you miss it, your case can be closed.

path-regularisation-mx-humanitarian-visitor-title = Humanitarian visitor card (Tarjeta de Visitante por Razones Humanitarias)
path-regularisation-mx-humanitarian-visitor-what = Mexico gives a humanitarian visitor card to a victim or witness of a crime committed in Mexico, such as trafficking or violence, until the case ends, with permission to work; to children and teenagers travelling without their parents or guardian; and to people who have asked for refugee status or complementary protection, while they wait for the answer. This may apply to you. Confirm with a counsellor.
path-regularisation-mx-humanitarian-visitor-next = Ask the National Migration Institute (INM), with help from a legal adviser or a migrant shelter (casa del migrante). A victim of a crime can report it to the public prosecutor (Fiscalía). A child can ask the child protection services (DIF) for help.

path-regularisation-mx-family-title = Regularisation through your family (Ley de Migración, art. 133)
path-regularisation-mx-family-what = If your husband, wife or partner is Mexican or has residence in Mexico, or if you are the mother, father or child of a Mexican or of a resident, the migration law gives you a right to regularise your stay. Everyone born in Mexico is Mexican. This may apply to you. Confirm with a counsellor.
path-regularisation-mx-family-next = Ask the National Migration Institute (INM) about regularisation by family tie (regularización por vínculo familiar). Bring papers that prove the tie, such as a birth or marriage certificate.

path-regularisation-mx-vulnerability-title = Regularisation for humanitarian reasons (Ley de Migración, art. 133)
path-regularisation-mx-vulnerability-what = The law gives a right to regularise your stay when your situation makes it hard or unsafe to send you back: for example a child on their own, a pregnant woman, an older person, a person with a disability or an indigenous person, a serious illness that makes travel dangerous, or danger to your life from violence or a natural disaster. This may apply to you. Confirm with a counsellor.
path-regularisation-mx-vulnerability-next = Ask the National Migration Institute (INM) about regularisation for humanitarian reasons (regularización por razones humanitarias). A legal adviser or a migrant shelter (casa del migrante) can help you show your situation, for example with a medical report.

path-regularisation-mx-expired-document-title = Regularisation after your Mexican migration document expired
path-regularisation-mx-expired-document-what = If you had a Mexican migration document (for example a visitor or resident card) and it expired only recently, you can ask to regularise your stay: the rules speak of up to 60 days after it expired. This may apply to you. Confirm with a counsellor.
path-regularisation-mx-expired-document-next = Go to the National Migration Institute (INM) soon, with your passport and the expired document.

notice-mx-two-kinds-of-assisted-return-title = Two kinds of "assisted return" in Mexico
notice-mx-two-kinds-of-assisted-return = IOM's return programme (Retorno Asistido Voluntario) is free and your own choice. The National Migration Institute (INM) also uses the words "retorno asistido" for a return it organises for people it holds for not having papers. Before you sign anything, ask which one it is. If you fear going back, say so: you can ask for refugee status.
