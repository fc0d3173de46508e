## Les voies et remarques ajoutées par les paquets de pays (src/rules/packs/<cc>.json).
## Pour chaque voie : path-<id>-title, -what (ce que c'est et ce que cela offre, les conditions en mots simples), -next (la prochaine étape).
## Chaque voie ici « peut s'appliquer » : aucune n'est une décision. N'ajoutez jamais de montants d'aide.
## Les noms des autorités et des programmes viennent des `names` du paquet et sont affichés tels quels.

## Allemagne (de)

path-regularisation-de-sustained-integration-title = Un titre de séjour pour les personnes installées en Allemagne (§ 25b)
path-regularisation-de-sustained-integration-what = Si vous avez une Duldung et vivez en Allemagne depuis de nombreuses années, un titre de séjour pour les personnes installées dans le pays peut s'appliquer. En règle générale, il faut 6 ans ici (4 ans si vous vivez avec votre enfant de moins de 18 ans), un peu d'allemand (niveau A2), et vivre surtout de votre travail. Si une maladie, un handicap ou votre âge vous empêchent de travailler, la condition liée au travail ne s'applique pas. Vérifiez avec un conseiller.
path-regularisation-de-sustained-integration-next = Demandez à un service de conseil aux migrants (Migrationsberatung) ou à un conseil pour les réfugiés (Flüchtlingsrat) de vérifier les conditions avec vous avant de faire la demande au service des étrangers (Ausländerbehörde).

path-regularisation-de-young-people-title = Un titre de séjour pour les jeunes installés en Allemagne (§ 25a)
path-regularisation-de-young-people-what = Les jeunes de 14 à 26 ans peuvent obtenir un titre de séjour après 3 ans en Allemagne et au moins 12 mois avec une Duldung, en règle générale avec 3 ans d'école ici ou un diplôme scolaire ou professionnel obtenu ici. Vous devez faire la demande avant vos 27 ans. Vérifiez avec un conseiller.
path-regularisation-de-young-people-next = Demandez à un service pour les jeunes migrants (Jugendmigrationsdienst) ou à un service de conseil de vérifier cela avec vous. Faites la demande avant vos 27 ans.

path-regularisation-de-training-title = Rester pour une formation professionnelle (§ 16g, § 60c)
path-regularisation-de-training-what = Si vous suivez, ou allez bientôt commencer, une formation professionnelle reconnue (Ausbildung), une Duldung ou un titre de séjour pour la durée de la formation peut s'appliquer, même si vous l'avez commencée pendant votre procédure d'asile. Les personnes de certains pays sont exclues. Vérifiez avec un conseiller.
path-regularisation-de-training-next = Demandez à un service de conseil et à votre entreprise de formation de vous aider à faire la demande au service des étrangers (Ausländerbehörde). Faites-le tôt, et avant toute démarche en vue de quitter l'Allemagne.

path-regularisation-de-employment-toleration-title = Une Duldung pour les personnes qui travaillent (§ 60d)
path-regularisation-de-employment-toleration-what = Si votre arrivée en Allemagne date au plus tard de fin 2022, que vous avez une Duldung depuis 12 mois, et que depuis 12 mois vous vivez d'un emploi soumis aux cotisations sociales d'au moins 20 heures par semaine, une Duldung pour emploi peut s'appliquer ; il faut aussi un peu d'allemand (niveau A2). Plus tard, elle peut mener à un titre de séjour. Vérifiez avec un conseiller.
path-regularisation-de-employment-toleration-next = Demandez à un service de conseil de vérifier avec vous votre contrat de travail et vos fiches de paie avant de faire la demande au service des étrangers (Ausländerbehörde).

path-regularisation-de-humanitarian-title = Un titre de séjour quand vous ne pouvez pas partir (§ 25 Abs. 5)
path-regularisation-de-humanitarian-what = Si vous ne pouvez pas quitter l'Allemagne pour des raisons qui ne sont pas de votre faute, par exemple une longue maladie ou aucun moyen d'obtenir des documents de voyage, un titre de séjour pour raisons humanitaires peut s'appliquer. En règle générale, il devrait être accordé quand votre expulsion est suspendue depuis 18 mois. Vérifiez avec un conseiller.
path-regularisation-de-humanitarian-next = Demandez à un conseiller juridique ou à un conseil pour les réfugiés (Flüchtlingsrat) si vos raisons comptent, avant de faire la demande au service des étrangers (Ausländerbehörde).

path-regularisation-de-family-title = Un titre de séjour pour raisons familiales
path-regularisation-de-family-what = Si votre mari, votre femme ou votre partenaire, ou votre enfant, a la nationalité allemande ou vit en Allemagne avec un titre de séjour, un titre de séjour pour raisons familiales peut s'appliquer. La loi prévoit des règles spéciales pour un parent qui s'occupe d'un enfant allemand de moins de 18 ans. Vérifiez avec un conseiller.
path-regularisation-de-family-next = Demandez à un service de conseil aux migrants (Migrationsberatung) quelle règle familiale correspond à votre cas et de quels papiers vous avez besoin.

path-regularisation-de-hardship-commission-title = La commission des cas de rigueur de votre Land (§ 23a)
path-regularisation-de-hardship-commission-what = Chaque État allemand (Land) peut avoir une commission des cas de rigueur, qui peut demander qu'une personne obligée de partir obtienne un titre de séjour à cause d'une situation personnelle très difficile. Ce n'est pas un droit que vous pouvez réclamer, et on l'essaie en général quand aucune autre voie n'est ouverte. Cela peut s'appliquer à vous.
path-regularisation-de-hardship-commission-next = Demandez à un service de conseil ou à un conseil pour les réfugiés (Flüchtlingsrat) s'il faut présenter votre cas à la commission des cas de rigueur (Härtefallkommission) de votre Land.

path-regularisation-de-opportunity-residence-title = Chancen-Aufenthaltsrecht (cette voie a pris fin)
path-regularisation-de-opportunity-residence-what = C'était un titre de séjour à l'essai pour les personnes qui, au 31 octobre 2022, vivaient en Allemagne depuis 5 ans avec une Duldung ou un autre statut. Les nouvelles demandes ont pris fin le 31 décembre 2025. Une personne qui l'a déjà ne peut le prolonger que comme titre de séjour pour les jeunes (§ 25a) ou pour les personnes installées dans le pays (§ 25b).
path-regularisation-de-opportunity-residence-next = Si vous avez ce titre de séjour, demandez vite à un service de conseil comment passer à un titre § 25a ou § 25b. Sinon, renseignez-vous sur les autres moyens de rester affichés ici.

notice-de-return-application-closes-routes-title = Avant de demander une aide au retour
notice-de-return-application-closes-routes = En Allemagne, demander un retour financé par l'État peut compter comme une démarche en vue de partir. Cela peut fermer l'accès à une Duldung pour formation (Ausbildungsduldung). Parlez à un conseiller avant de faire l'une ou l'autre demande.

## Portugal (pt)

path-regularisation-pt-parent-of-child-title = Un titre de séjour comme parent d'un enfant qui vit au Portugal
path-regularisation-pt-parent-of-child-what = Si vous avez un enfant de moins de 18 ans qui vit au Portugal ou qui a la nationalité portugaise, et que vous vous occupez de cet enfant et payez ce dont il a besoin, un titre de séjour sans visa peut s'appliquer. Vérifiez avec un conseiller.
path-regularisation-pt-parent-of-child-next = Demandez à un service d'aide aux migrants ou à un avocat de vérifier vos papiers avec vous, puis faites la demande auprès de l'AIMA.

path-regularisation-pt-grew-up-here-title = Un titre de séjour pour les personnes qui ont grandi au Portugal
path-regularisation-pt-grew-up-here-what = Si vous avez vu le jour au Portugal, ou si vous vivez ici depuis avant vos 10 ans, un titre de séjour sans visa peut s'appliquer. Les enfants nés ici qui sont restés et vont à l'école ici peuvent aussi en obtenir un, ainsi que leurs parents. Vérifiez avec un conseiller.
path-regularisation-pt-grew-up-here-next = Demandez à un service d'aide aux migrants ou à un avocat quels papiers prouvent vos années au Portugal, puis faites la demande auprès de l'AIMA.

path-regularisation-pt-health-title = Un titre de séjour à cause d'une longue maladie
path-regularisation-pt-health-what = Si vous avez une maladie qui demande de longs soins médicaux et qui vous empêche de rentrer, un titre de séjour sans visa peut s'appliquer. Il vous faudra des rapports médicaux. Vérifiez avec un conseiller.
path-regularisation-pt-health-next = Demandez un rapport médical à votre médecin, et demandez à un service d'aide aux migrants ou à un avocat de vous aider à faire la demande auprès de l'AIMA.

path-regularisation-pt-family-title = Un titre de séjour pour raisons familiales
path-regularisation-pt-family-what = Si un membre proche de votre famille a la nationalité portugaise ou vit au Portugal avec un titre de séjour, un titre de séjour pour raisons familiales peut s'appliquer. Les règles du regroupement familial ont changé en octobre 2025, avec de nouveaux délais d'attente et quelques exceptions. Vérifiez avec un conseiller.
path-regularisation-pt-family-next = Demandez à un service d'aide aux migrants ou à un avocat quelle règle familiale correspond aujourd'hui à votre cas.

path-regularisation-pt-exceptional-title = Un titre de séjour exceptionnel pour raisons humanitaires (article 123)
path-regularisation-pt-exceptional-what = Dans des cas exceptionnels, pour des raisons humanitaires ou d'intérêt public, le gouvernement peut accorder un titre de séjour à une personne qui ne remplit pas les conditions habituelles. Ce n'est pas un droit, et chaque cas est examiné séparément. Cela peut s'appliquer à vous.
path-regularisation-pt-exceptional-next = Demandez à un avocat ou à une association d'aide aux migrants s'il faut le demander à l'AIMA, et ce qu'il faut montrer.

path-regularisation-pt-expression-of-interest-title = Manifestação de interesse (cette voie a pris fin)
path-regularisation-pt-expression-of-interest-what = Jusqu'en juin 2024, les personnes qui travaillaient au Portugal sans visa de résidence pouvaient demander un titre de séjour par une « manifestação de interesse ». Cette voie est fermée aux nouvelles demandes depuis le 4 juin 2024. Les demandes faites avant cette date n'ont pas été annulées.
path-regularisation-pt-expression-of-interest-next = Si vous avez fait la demande avant juin 2024, renseignez-vous sur votre dossier auprès de l'AIMA ou d'un avocat. Sinon, renseignez-vous auprès d'un conseiller sur les autres moyens de rester affichés ici.

## Espagne (es)

path-regularisation-es-second-chance-title = Arraigo de segunda oportunidad (une seconde chance)
path-regularisation-es-second-chance-what = Si vous aviez avant un titre de séjour en Espagne et n'avez pas pu le renouveler, et que vous vivez maintenant ici depuis 2 ans sans interruption, ce titre de séjour peut s'appliquer. Les anciens titres accordés pour circonstances exceptionnelles ne comptent pas. Vérifiez avec un conseiller.
path-regularisation-es-second-chance-next = Demandez à une association d'aide aux migrants ou à un avocat en droit des étrangers (abogado de extranjería) de vérifier votre ancien titre et vos 2 ans, puis faites la demande au bureau des étrangers (Oficina de Extranjería).

path-regularisation-es-sociolaboral-title = Arraigo sociolaboral (par un emploi)
path-regularisation-es-sociolaboral-what = Si vous vivez en Espagne depuis 2 ans sans interruption et avez un contrat de travail signé (ou plusieurs), ce titre de séjour peut s'appliquer ; le travail non déclaré seul ne suffit pas. Le temps passé comme demandeur d'asile ne compte pas dans les 2 ans, et vous ne pouvez pas faire la demande tant qu'une demande d'asile est en cours. Vérifiez avec un conseiller.
path-regularisation-es-sociolaboral-next = Demandez à une association d'aide aux migrants ou à un avocat en droit des étrangers de vérifier le contrat et vos preuves des 2 ans, puis faites la demande au bureau des étrangers (Oficina de Extranjería).

path-regularisation-es-social-title = Arraigo social (par la famille ou l'intégration)
path-regularisation-es-social-what = Si vous vivez en Espagne depuis 2 ans sans interruption, ce titre de séjour peut s'appliquer si vous avez de la famille proche qui vit légalement en Espagne, ou un rapport de votre commune ou de votre région qui atteste votre intégration, et assez de moyens pour vivre. Le temps passé comme demandeur d'asile ne compte pas dans les 2 ans. Vérifiez avec un conseiller.
path-regularisation-es-social-next = Renseignez-vous sur le rapport d'intégration auprès de votre mairie (ayuntamiento) ou d'une association d'aide aux migrants, et demandez à un avocat en droit des étrangers de vérifier le reste.

path-regularisation-es-socioformativo-title = Arraigo socioformativo (par une formation)
path-regularisation-es-socioformativo-what = Si vous vivez en Espagne depuis 2 ans sans interruption et que vous avez une inscription dans une formation reconnue, ou avez demandé à vous y inscrire (par exemple une formation professionnelle ou des cours pour adultes), ce titre de séjour peut s'appliquer. Vérifiez avec un conseiller.
path-regularisation-es-socioformativo-next = Demandez à une association d'aide aux migrants quelles formations comptent, puis faites la demande au bureau des étrangers (Oficina de Extranjería).

path-regularisation-es-spanish-family-title = Un titre de séjour pour les membres de la famille de citoyens espagnols
path-regularisation-es-spanish-family-what = Si votre mari, votre femme ou votre partenaire, ou votre enfant, a la nationalité espagnole, un titre de séjour pour les membres de la famille de citoyens espagnols peut s'appliquer. Le parent d'un enfant espagnol de moins de 18 ans est inclus. Si votre proche a un titre de séjour mais n'a pas la nationalité espagnole, cette voie n'est pas pour vous ; renseignez-vous sur les autres voies indiquées ici. Vérifiez avec un conseiller.
path-regularisation-es-spanish-family-next = Demandez à une association d'aide aux migrants ou à un avocat en droit des étrangers quels papiers prouvent le lien familial, puis faites la demande au bureau des étrangers (Oficina de Extranjería).

path-regularisation-es-family-roots-title = Arraigo familiar (parent d'un enfant d'un autre pays de l'UE)
path-regularisation-es-family-roots-what = Si vous êtes le parent ou le tuteur d'un enfant de moins de 18 ans qui vit en Espagne et qui est citoyen d'un autre pays de l'UE, ou de Norvège, d'Islande, du Liechtenstein ou de Suisse, ce titre de séjour peut s'appliquer sans durée minimale en Espagne ; il peut aussi s'appliquer si vous prenez en charge un tel citoyen qui a un handicap. Vous ne pouvez pas faire la demande tant qu'une demande d'asile est en cours. Vérifiez avec un conseiller.
path-regularisation-es-family-roots-next = Demandez à une association d'aide aux migrants ou à un avocat en droit des étrangers de vérifier les papiers, puis faites la demande au bureau des étrangers (Oficina de Extranjería).

path-regularisation-es-humanitarian-title = Un titre de séjour pour raisons humanitaires
path-regularisation-es-humanitarian-what = Un titre de séjour pour raisons humanitaires peut s'appliquer si vous avez une maladie grave qui a commencé en Espagne et qui demande des soins que vous ne pouvez pas recevoir dans votre pays, ou si un tribunal a reconnu de façon définitive que vous êtes victime de certains délits, ou si le ministère de l'Intérieur vous a donné l'autorisation de rester pour raisons humanitaires après une demande d'asile. Vérifiez avec un conseiller.
path-regularisation-es-humanitarian-next = Demandez à un conseiller juridique ou à une organisation d'aide aux réfugiés de quels papiers vous avez besoin, par exemple un rapport médical du service de santé.

path-regularisation-es-statelessness-title = Reconnaissance comme apatride
path-regularisation-es-statelessness-what = Si aucun pays ne vous considère comme son citoyen, vous pouvez demander à l'Oficina de Asilo y Refugio de vous reconnaître comme apatride. Cette reconnaissance peut vous donner le droit de rester en Espagne. Vérifiez avec un conseiller.
path-regularisation-es-statelessness-next = Demandez à une organisation d'aide aux réfugiés ou à un avocat de vous aider à préparer la demande à l'Oficina de Asilo y Refugio.

notice-es-return-no-return-commitment-title = Avant de vous inscrire à un programme d'aide au retour
notice-es-return-no-return-commitment = Un programme de retour peut vous demander de signer l'engagement de ne pas revenir en Espagne pendant un certain temps. Tant que cet engagement est en cours, vous ne pouvez pas obtenir un titre de séjour par arraigo. Demandez au conseiller ce que vous signeriez, avant de décider.
