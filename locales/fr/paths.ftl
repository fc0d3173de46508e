## Les voies qu'un résultat peut afficher : path-<id>-title, -what (ce que cela veut dire et offre), -next (la prochaine étape).
## Puis les blocages (pourquoi une voie est affichée seulement pour information) et les remarques.

path-asylum-referral-title = Asile et protection internationale
path-asylum-referral-what = Si vous craignez qu'on vous fasse du mal dans votre pays, vous avez peut-être droit à une protection ici. On ne doit pas vous renvoyer dans un endroit où votre vie ou votre liberté est en danger.
path-asylum-referral-next = Parlez à un service d'aide aux réfugiés ou au HCR avant de décider quoi que ce soit sur votre retour.

path-trafficking-referral-title = Aide aux personnes contrôlées ou exploitées
path-trafficking-referral-what = Ce que vous nous avez dit peut être un signe de traite des êtres humains ou d'exploitation. Il existe de l'aide pour votre sécurité, un lieu sûr où rester, des soins de santé et des conseils juridiques.
path-trafficking-referral-next = Contactez un service de lutte contre la traite ou un conseiller en qui vous avez confiance. En cas de danger, appelez le numéro d'urgence.

path-child-protection-title = Protection des enfants
path-child-protection-what = Les enfants ont une protection spéciale. Toute décision doit d'abord tenir compte de ce qui est le mieux pour vous, et un tuteur devrait vous aider.
path-child-protection-next = Demandez à un service de protection de l'enfance ou à un conseiller de vous aider, vous et votre tuteur.

path-safety-hold-title = D'abord, la sécurité dans votre pays
path-safety-hold-what = Il y a peut-être une crise dans votre pays en ce moment. Rentrer n'est peut-être pas sûr pour l'instant.
path-safety-hold-next = Demandez à un conseiller ou au HCR quelle est la situation dans votre pays avant de décider.

path-torture-survivor-support-title = Soutien aux personnes qui ont survécu à la torture et à la violence
path-torture-survivor-support-what = Des services spécialisés aident les personnes qui ont subi la torture ou des blessures graves, avec des soins médicaux et psychologiques.
path-torture-survivor-support-next = Demandez à un conseiller de vous orienter vers un service pour les personnes qui ont survécu à la torture.

path-capacity-assessment-title = Un soutien en plus pour décider
path-capacity-assessment-what = Quand une décision peut être difficile à prendre sans aide, une personne formée vérifie que le choix est libre et bien compris, et qu'un soutien est en place.
path-capacity-assessment-next = Un conseiller devrait organiser cette vérification avant toute décision de retour.

path-health-referral-title = Soins de santé
path-health-referral-what = Vos besoins de santé passent en premier. Des soins médicaux sont peut-être disponibles ici, et le voyage peut demander une aide médicale.
path-health-referral-next = Parlez à un médecin ou à un service de santé, et dites à votre conseiller de quels soins vous avez besoin.

path-humanitarian-assistance-title = Aide urgente : abri, nourriture et soins
path-humanitarian-assistance-what = Si vous n'avez ni argent ni abri, des organisations humanitaires peuvent peut-être vous aider pour vos besoins de base.
path-humanitarian-assistance-next = Contactez l'OIM, la Croix-Rouge ou le Croissant-Rouge, ou une organisation d'aide locale.

path-gender-family-support-title = Soutien pour vous et votre famille
path-gender-family-support-what = Les femmes, les enfants et les familles peuvent recevoir un soutien en plus, par exemple pour la santé, l'école ou un lieu sûr où vivre.
path-gender-family-support-next = Parlez à votre conseiller des besoins de votre famille.

path-older-person-support-title = Soutien aux personnes âgées
path-older-person-support-what = Les personnes âgées peuvent recevoir une aide en plus pour la santé, le voyage et les revenus.
path-older-person-support-next = Dites à votre conseiller de quelle aide vous avez besoin.

path-deadline-urgent-title = Vous avez peut-être une date limite
path-deadline-urgent-what = Un ordre de quitter le pays a en général une date. Certains droits et certaines options prennent fin après cette date.
path-deadline-urgent-next = Montrez la lettre à un conseiller juridique le plus vite possible.

path-legal-advice-title = Conseil juridique sur votre séjour
path-legal-advice-what = Un conseiller juridique peut examiner votre situation et vous expliquer vos droits. On peut souvent avoir des conseils gratuits.
path-legal-advice-next = Contactez un service d'aide juridique, une association d'aide aux migrants ou un avocat.

path-regularisation-title = Moyens de rester légalement
path-regularisation-what = Certains pays permettent d'obtenir un titre de séjour pour rester, par exemple après de nombreuses années, pour la famille, pour le travail ou une formation, ou pour des raisons humanitaires. Cela dépend du pays et de ses lois.
path-regularisation-next = Demandez à un conseiller juridique quels moyens de rester existent dans ce pays et si l'un d'eux peut s'appliquer à vous.

path-avrr-before-deadline-title = Retour volontaire aidé avant la date de départ
path-avrr-before-deadline-what = Si vous voulez rentrer chez vous, un programme d'aide au retour volontaire peut vous aider, souvent seulement si vous faites la demande avant la date où vous devez partir.
path-avrr-before-deadline-next = Demandez vite à un conseiller en retour ou à l'OIM, avant la date limite.

path-avrr-title = Aide au retour volontaire et à la réintégration (AVRR)
path-avrr-what = Des programmes comme celui de l'OIM peuvent aider les personnes qui choisissent de rentrer chez elles : information, voyage, et soutien pour prendre un nouveau départ. C'est votre choix.
path-avrr-next = Demandez à un conseiller en retour ou à l'OIM des informations sur le programme dans ce pays.

path-avr-stranded-title = Retour aidé pour les personnes bloquées en chemin
path-avr-stranded-what = Si vous ne pouvez plus quitter un pays que vous traversez, l'OIM peut peut-être vous aider à rentrer chez vous en sécurité et dans la dignité.
path-avr-stranded-next = Contactez l'OIM ou une organisation humanitaire dans ce pays.

path-independent-return-title = Rentrer chez vous par vos propres moyens
path-independent-return-what = Vous pouvez organiser votre voyage vous-même. Vérifiez d'abord ce qu'il vous faut : les papiers, ce que deviennent vos titres de séjour, et toute interdiction de revenir.
path-independent-return-next = Demandez à un conseiller ou à votre consulat ce qu'il faut vérifier avant de partir.

path-labour-return-title = Rentrer à la fin d'un contrat de travail
path-labour-return-what = Quand un contrat de travail se termine, votre employeur ou l'agence peut être obligé de vous aider pour le voyage et de vous payer ce qu'il vous doit.
path-labour-return-next = Vérifiez votre contrat et renseignez-vous auprès de votre consulat ou d'une organisation de travailleurs.

path-voluntary-repatriation-title = Rapatriement volontaire
path-voluntary-repatriation-what = Si vous avez fui une crise qui est terminée, le HCR et l'OIM peuvent aider les réfugiés à rentrer chez eux, quand c'est sûr et par libre choix.
path-voluntary-repatriation-next = Parlez au HCR ou à un service d'aide aux réfugiés.

path-consular-documents-title = Documents de voyage de votre consulat
path-consular-documents-what = Pour rentrer chez vous, vous aurez peut-être besoin d'un nouveau passeport ou d'un document de voyage d'urgence du consulat de votre pays.
path-consular-documents-next = Contactez le consulat ou l'ambassade de votre pays.

path-origin-reception-title = L'arrivée dans votre pays
path-origin-reception-what = Des services de votre pays peuvent vous accueillir à l'arrivée et vous aider les premiers jours : transport, un endroit où loger, soins de santé.
path-origin-reception-next = Renseignez-vous sur les services d'accueil avant de partir, ou à votre arrivée.

path-reintegration-support-title = Aide pour un nouveau départ dans votre pays
path-reintegration-support-what = Des programmes de réintégration peuvent aider pour le travail, la formation, une petite entreprise, la santé et le soutien psychologique, pour vous et votre communauté.
path-reintegration-support-next = Renseignez-vous auprès de l'OIM ou des services pour les migrants de votre pays sur l'aide à la réintégration.

path-virtual-engagement-title = Aider votre pays depuis l'étranger
path-virtual-engagement-what = Vous pouvez partager vos compétences, faire du commerce ou investir dans votre pays sans y retourner vivre, par exemple grâce à des programmes pour la diaspora.
path-virtual-engagement-next = Renseignez-vous sur ces programmes auprès de votre consulat ou d'une organisation de la diaspora.

path-labour-channels-title = Voies légales pour travailler à l'étranger
path-labour-channels-what = Certains pays ont des voies légales de travail et de formation, avec un visa. Les utiliser vous protège de l'exploitation.
path-labour-channels-next = Adressez-vous au ministère du Travail de votre pays ou à une agence de recrutement agréée par ce ministère. Ne payez jamais un recruteur que vous ne connaissez pas.

path-free-movement-title = Libre circulation en Amérique centrale
path-free-movement-what = Les citoyens du Guatemala, du Honduras, du Salvador et du Nicaragua peuvent circuler entre ces pays avec une pièce d'identité (l'accord CA-4).
path-free-movement-next = Demandez au service des migrations ou à votre consulat quel document il vous faut.

path-counsellor-title = Parler à un conseiller
path-counsellor-what = Un conseiller peut examiner avec vous chaque option, en toute confidentialité, et vous aider à décider. La décision vous appartient.
path-counsellor-next = Contactez une association d'aide aux migrants, un service d'aide juridique, l'OIM ou le HCR.

## Blocages : pourquoi une voie est affichée seulement pour information.
hold-hold-pressure = vous avez dit que quelqu'un vous pousse à rentrer. Un retour doit être votre libre choix.
hold-hold-child = vous avez moins de 18 ans et vous n'êtes pas avec l'un de vos parents ou un tuteur. Avant le retour d'un enfant, il faut d'abord voir ce qui est le mieux pour lui.
hold-hold-crisis = il y a peut-être une crise dans votre pays en ce moment.
hold-hold-protection = vous avez peut-être besoin d'une protection. Votre sécurité doit être examinée avant tout retour.
hold-hold-origin-authorities = vous avez peut-être besoin d'une protection. Contacter les autorités de votre pays (un consulat, une ambassade ou un ministère) peut vous mettre en danger, vous ou une demande de protection. Parlez d'abord à un conseiller.
hold-hold-trafficking = quelqu'un vous contrôle ou vous exploite peut-être. Votre sécurité passe en premier.
hold-hold-capacity = la décision est peut-être difficile à prendre sans aide. Il faut d'abord vérifier le soutien en place.
hold-ended = cette voie a pris fin.
rank-return-wish = Vous avez dit vouloir rentrer dans votre pays. Ceci est un moyen de rester qui peut s’appliquer à vous. Il est affiché pour que vous connaissiez vos droits avant de décider.

## Remarques sur la page de résultats.
notice-return-and-stay-title = Parlez à un conseiller avant de faire l'une ou l'autre demande
notice-return-and-stay = Un moyen de rester et une aide pour rentrer peuvent avoir des effets l'un sur l'autre. Dans certains pays, demander une aide au retour ferme des voies pour rester grâce au travail ou à une formation. Parlez à un conseiller avant de faire l'une ou l'autre demande.
notice-temporary-protection-return-title = Protection temporaire et retour
notice-temporary-protection-return = Vous avez la protection temporaire. Avant de décider de rentrer, demandez ce que vous garderiez ou perdriez, et si vous pourriez revenir ici tant que la protection dure. Certains pays permettent d'abord une courte visite dans votre pays. Vérifiez-le avec un conseiller.
notice-pension-portability-title = Votre retraite et votre sécurité sociale
notice-pension-portability = Avant de partir, demandez si vous pouvez emporter vos droits à la retraite ou à la sécurité sociale.
notice-reentry-loss-title = Revenir plus tard
notice-reentry-loss = Partir peut avoir des effets sur votre droit de revenir, par exemple une interdiction d'entrée. Demandez à un conseiller juridique avant de partir.
notice-information-first-title = Informez-vous d'abord
notice-information-first = Vous avez dit que vous n'avez pas toutes les informations dont vous avez besoin. Vous avez le droit d'avoir des informations complètes et claires avant de décider.
notice-decision-is-theirs-title = La décision appartient à la personne
notice-decision-is-theirs = En tant que personne qui aide, donnez des informations et du soutien, mais laissez la personne décider librement.
notice-remigration-safety-title = Si vous pensez à repartir
notice-remigration-safety = Les voyages irréguliers sont dangereux. Renseignez-vous d'abord sur les moyens légaux de travailler ou d'étudier à l'étranger.
