## Les questions. Pour chacune : q-<id> est la question, q-<id>-hint une aide, q-<id>-short son libellé sur la
## page de vérification. opt-<fact>-<value> nomme chaque valeur de chaque fait ; fact-<fact> nomme le fait dans « pourquoi ».

q-respondent = Qui répond à ces questions ?
q-respondent-hint = Les questions s'adressent à la personne que concernent les réponses. Si vous répondez pour quelqu'un d'autre, répondez comme cette personne le ferait.
q-respondent-short = Qui répond
opt-respondent-self = Je réponds pour moi-même
opt-respondent-counsellor = Je suis conseiller ou conseillère et je réponds avec une personne que j'accompagne
opt-respondent-helper = J'aide un ami, une amie ou un membre de ma famille
fact-respondent = Qui répond

q-location = Où êtes-vous maintenant ?
q-location-short = Où vous êtes maintenant
opt-location-host = Dans le pays où j'ai vécu ou travaillé
opt-location-transit = En chemin, dans un pays que je traverse
opt-location-origin = De retour dans mon propre pays
fact-location = Où vous êtes maintenant

q-countries = Quels pays ?
q-countries-hint = Cela permet d'afficher les règles et les services du bon pays.
q-countries-host = Le pays où vous êtes maintenant
q-countries-origin = Le pays dont vous avez la nationalité
q-countries-short = Pays
fact-host-country = Le pays où vous êtes
fact-origin-country = Le pays dont vous avez la nationalité

q-return-mode = Comment s'est passé votre retour ?
q-return-mode-short = Façon de revenir
opt-return-mode-own = Par mes propres moyens
opt-return-mode-programme = Avec un programme de retour
opt-return-mode-forced = On m'a fait partir de force (expulsion ou éloignement)
fact-return-mode = Façon de revenir

q-remigrate-soon = Pensez-vous repartir bientôt ?
q-remigrate-soon-short = Repartir bientôt
opt-remigrate-soon-yes = Oui
opt-remigrate-soon-no = Non
opt-remigrate-soon-unsure = Je ne sais pas
fact-remigrate-soon = Pense à repartir

q-wish = Que voudriez-vous faire ?
q-wish-hint = Il n'y a pas de mauvaise réponse. Vous pouvez changer d'avis à tout moment.
q-wish-short = Ce que vous voudriez faire
opt-wish-return = Retourner dans mon pays
opt-wish-stay = Rester dans ce pays
opt-wish-elsewhere = Aller dans un autre pays
opt-wish-unsure = Je ne sais pas encore
fact-wish = Ce que vous voudriez faire

q-informed = Avez-vous les informations dont vous avez besoin pour décider ?
q-informed-short = Informations pour décider
opt-informed-yes = Oui
opt-informed-partly = En partie
opt-informed-no = Non
fact-informed = Informations pour décider

q-capacity-concern = Pourriez-vous avoir du mal à comprendre cette décision ou à la prendre sans aide ?
q-capacity-concern-hint = Par exemple à cause de l'âge, d'une maladie, d'un traumatisme ou d'un handicap. Si c'est le cas, un soutien peut être organisé.
q-capacity-concern-short = Difficile de décider sans aide
opt-capacity-concern-yes = Oui
opt-capacity-concern-no = Non
fact-capacity-concern = Difficile de décider sans aide

q-means = Pourriez-vous payer vous-même le voyage de retour ?
q-means-short = Payer le voyage
opt-means-own = Oui, je peux le payer moi-même
opt-means-travel-help = J'ai besoin d'aide pour le voyage
opt-means-full-help = J'ai besoin d'aide pour le voyage et pour prendre un nouveau départ
fact-means = Payer le voyage

q-stay-status = Quelle est votre situation dans ce pays ?
q-stay-status-hint = Choisissez la réponse la plus proche de votre situation.
q-stay-status-short = Votre situation ici
opt-stay-status-valid = J'ai un titre de séjour ou un visa valide
opt-stay-status-expiring = Mon titre de séjour ou mon visa expire bientôt
opt-stay-status-expired = Mon titre de séjour ou mon visa a expiré
opt-stay-status-irregular-entry = J'ai passé la frontière sans papiers
opt-stay-status-refused-entry = On m'a refusé l'entrée à la frontière
opt-stay-status-asylum-pending = J'ai demandé l'asile et j'attends la réponse
opt-stay-status-asylum-refused = Ma demande d'asile a été refusée
opt-stay-status-tolerated = Mon expulsion est suspendue (par exemple une Duldung en Allemagne)
opt-stay-status-temporary-protection = J'ai la protection temporaire (par exemple, en tant que personne qui a fui l'Ukraine)
opt-stay-status-contract-ending = Mon contrat de travail se termine
opt-stay-status-unknown = Je ne sais pas
# An option with the local name of a status or paper that the country pack gives (Duldung, OQTF…).
opt-with-local-name = { $option } – { $local }
fact-stay-status = Votre situation ici

q-order-to-leave = Vous a-t-on dit par écrit que vous devez quitter le pays ?
q-order-to-leave-short = Ordre de quitter le pays
opt-order-to-leave-yes = Oui
opt-order-to-leave-no = Non
opt-order-to-leave-unsure = Je ne sais pas
fact-order-to-leave = Ordre de quitter le pays

opt-documents-valid = J'ai un passeport ou un document de voyage valide
opt-documents-expired = Mon passeport ou document de voyage a expiré
opt-documents-none = Je n'ai ni passeport ni document de voyage
fact-documents = Passeport ou document de voyage

opt-social-security-yes = J'ai cotisé ici à la sécurité sociale ou pour une retraite
opt-social-security-no = Je n'ai pas cotisé ici à la sécurité sociale
opt-social-security-unknown = Je ne sais pas si j'ai cotisé à la sécurité sociale
opt-reentry-risk-yes = Partir pourrait m'empêcher de revenir ici plus tard
opt-reentry-risk-no = Partir ne m'empêcherait pas de revenir
opt-reentry-risk-unknown = Je ne sais pas si je pourrais revenir
fact-social-security = Sécurité sociale ou retraite
fact-reentry-risk = Revenir plus tard

q-fear-of-harm = Avez-vous peur qu'on vous fasse du mal si vous retournez dans votre pays ?
q-fear-of-harm-short = Peur qu'on vous fasse du mal au pays
opt-fear-of-harm-yes = Oui
opt-fear-of-harm-no = Non
opt-fear-of-harm-unsure = Je ne sais pas
fact-fear-of-harm = Peur qu'on vous fasse du mal au pays

q-screening = Lesquelles de ces phrases vous concernent ?
q-screening-hint = Vos réponses restent sur cet appareil.
q-screening-short = Votre sécurité et votre santé
opt-pressure-yes = Quelqu'un me pousse à rentrer
opt-pressure-no = Personne ne me pousse à rentrer
opt-trafficking-signs-yes = Quelqu'un me contrôle, garde mes papiers ou me fait travailler pour payer une dette
opt-trafficking-signs-no = Personne ne me contrôle ni ne garde mes papiers
opt-torture-or-abuse-yes = J'ai subi de la torture, des coups ou des blessures graves, dans mon pays ou en chemin
opt-torture-or-abuse-no = Je n'ai pas subi de torture ni de blessures graves
opt-at-risk-group-yes = Je pourrais être en danger dans mon pays à cause de qui je suis (par exemple mes croyances, mon origine ethnique ou la personne que j'aime)
opt-at-risk-group-no = Je ne suis pas en danger à cause de qui je suis
opt-crisis-at-origin-yes = Il y a en ce moment une guerre, une catastrophe ou une crise dans mon pays
opt-crisis-at-origin-no = Il n'y a pas de guerre ni de crise dans mon pays en ce moment
opt-crisis-at-origin-unsure = Je ne sais pas s'il y a une crise dans mon pays
opt-fled-crisis-yes = J'ai quitté mon pays à cause d'une guerre, de violences ou d'une catastrophe
opt-fled-crisis-no = Je n'ai pas quitté mon pays à cause d'une guerre ou d'une catastrophe
opt-stranded-yes = Je suis ici sans argent ni abri, et je n'ai nulle part où aller
opt-stranded-no = J'ai ici de l'argent ou un abri
opt-health-needs-yes = J'ai une maladie grave ou j'ai besoin de soins médicaux
opt-health-needs-no = Je n'ai pas besoin de soins médicaux
opt-pregnant-yes = Je suis enceinte
opt-pregnant-no = Je ne suis pas enceinte
fact-pressure = Pression pour rentrer
fact-trafficking-signs = Sous le contrôle de quelqu'un
fact-torture-or-abuse = Torture ou blessures graves
fact-at-risk-group = En danger à cause de qui vous êtes
fact-crisis-at-origin = Crise dans votre pays
fact-fled-crisis = Départ à cause d'une guerre ou d'une catastrophe
fact-stranded = Sans argent ni abri, nulle part où aller
fact-health-needs = Soins médicaux
fact-pregnant = Grossesse

q-age-band = Quel âge avez-vous ?
q-age-band-short = Âge
opt-age-band-under-15 = Moins de 15 ans
opt-age-band-15-17 = 15 à 17 ans
opt-age-band-18-26 = 18 à 26 ans
opt-age-band-27-59 = 27 à 59 ans
opt-age-band-60-plus = 60 ans ou plus
fact-age-band = Âge

q-with-guardian = Êtes-vous ici avec l'un de vos parents ou un tuteur ?
q-with-guardian-short = Avec un parent ou un tuteur
opt-with-guardian-yes = Oui, avec l'un de mes parents ou un tuteur légal
opt-with-guardian-other-adult = Avec un autre adulte
opt-with-guardian-no = Non, je n'ai personne avec moi
fact-with-guardian = Avec un parent ou un tuteur

q-tailor = Voulez-vous répondre à quelques questions de plus sur le retour dans votre pays ?
q-tailor-hint = Elles permettent d'afficher les aides pour le voyage et pour un nouveau départ. Vous pouvez les passer.
q-tailor-short = Plus de questions sur le retour
opt-tailor-yes = Oui, posez-moi d'autres questions
opt-tailor-no = Non, montrez mes résultats

q-family-returning = Qui rentrerait avec vous ?
q-family-returning-short = Qui rentrerait avec vous
opt-family-returning-none = Personne, seulement moi
opt-family-returning-partner = Mon ou ma partenaire
opt-family-returning-children = Mes enfants
opt-family-returning-other = D'autres membres de ma famille
fact-family-returning = Qui rentrerait avec vous

q-welcome-expected = Pensez-vous que votre famille et votre communauté vous accueilleront bien à votre retour ?
q-welcome-expected-short = Accueil au pays
opt-welcome-expected-yes = Oui
opt-welcome-expected-unsure = Je ne sais pas
opt-welcome-expected-no = Non
fact-welcome-expected = Accueil au pays

q-restart-needs = Qu'est-ce qui vous aiderait le plus à prendre un nouveau départ dans votre pays ?
q-restart-needs-short = Aide pour un nouveau départ
opt-restart-needs-job = Trouver un travail
opt-restart-needs-training = Une formation ou apprendre un métier
opt-restart-needs-business = Créer une petite entreprise
opt-restart-needs-credit = Un prêt ou un crédit
opt-restart-needs-housing = Un logement
opt-restart-needs-health = Des soins de santé
opt-restart-needs-psychosocial = Quelqu'un à qui parler de ce que j'ai vécu
opt-restart-needs-school = L'école pour mes enfants
opt-restart-needs-documents = Obtenir des papiers
opt-restart-needs-cash = De l'argent pour les premières semaines
fact-restart-needs = Aide pour un nouveau départ

q-future-mobility = Aimeriez-vous pouvoir un jour retravailler à l'étranger, de façon légale ?
q-future-mobility-short = Retravailler à l'étranger
opt-future-mobility-yes = Oui
opt-future-mobility-no = Non
opt-future-mobility-unsure = Je ne sais pas
fact-future-mobility = Retravailler à l'étranger

q-time-in-host = Depuis combien de temps vivez-vous dans ce pays ?
q-time-in-host-short = Temps passé dans ce pays
opt-time-in-host-under-1 = Moins d'un an
opt-time-in-host-1-2 = 1 à 2 ans
opt-time-in-host-2-3 = 2 à 3 ans
opt-time-in-host-3-4 = 3 à 4 ans
opt-time-in-host-4-6 = 4 à 6 ans
opt-time-in-host-6-8 = 6 à 8 ans
opt-time-in-host-8-plus = 8 ans ou plus
fact-time-in-host = Temps passé dans ce pays

q-situation = Lesquelles de ces phrases vous concernent ?
q-situation-short = Votre situation
opt-family-in-host-citizen-or-resident = Mon ou ma partenaire, ou l'un de mes parents, vit ici avec la nationalité du pays ou un titre de séjour
opt-family-in-host-child-citizen = Mon enfant a la nationalité de ce pays
opt-family-in-host-child-born-here = Mon enfant est né ici
opt-family-in-host-child-in-school = Mon enfant va à l'école ici
opt-in-training-yes = J'étudie ou je me forme à un métier ici
opt-in-training-no = Je n'étudie pas et je ne suis pas de formation ici
fact-family-in-host = Famille ici
fact-in-training = Études ou formation ici

opt-work-formal = Je travaille ici avec un contrat
opt-work-informal = Je travaille ici sans contrat
opt-work-offer = J'ai une offre d'emploi ici
opt-work-none = Je ne travaille pas ici
fact-work = Travail ici

q-virtual-engagement = Aimeriez-vous aider votre pays d'origine depuis ici (par exemple avec vos compétences, du commerce ou des investissements) ?
q-virtual-engagement-short = Aider votre pays depuis ici
opt-virtual-engagement-yes = Oui
opt-virtual-engagement-no = Non
fact-virtual-engagement = Aider votre pays depuis ici
