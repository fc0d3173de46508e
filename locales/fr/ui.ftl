## Le cadre du widget : page d'accueil, boutons, navigation, page de vérification, page de résultats, sécurité.

lang-label = Langue · Language

## Page d'accueil
start-heading = Découvrez les options qui peuvent s'appliquer à vous
start-what = Répondez à quelques questions sur votre situation. Vous verrez quelles façons de rentrer chez vous, de rester ou d'obtenir une protection peuvent s'appliquer à vous, pourquoi, et qui peut vous aider.
start-private = Vos réponses restent sur cet appareil. Elles ne sont jamais envoyées nulle part, et rien n'est enregistré. Vous ne donnez pas votre nom.
start-not-advice = Ceci est une information, pas un conseil juridique. Vérifiez toujours avec un conseiller avant de décider.
start-decision = Quel que soit votre choix, c'est votre décision. Personne ne doit faire pression sur vous pour que vous rentriez.
start-safety-link = Comment utiliser cette page en toute sécurité
start-loading = Préparation des questions. Avec une connexion lente, cela peut prendre un moment.

## Boutons et liens
btn-start = Commencer
btn-continue = Continuer
btn-see-results = Voir les résultats
btn-back = Retour
btn-change = Modifier
btn-start-again = Recommencer
btn-print = Imprimer ou enregistrer ces résultats
btn-leave = Quitter cette page
btn-leave-skip = Quitter cette page rapidement
btn-read-aloud = Lire à voix haute
read-aloud-toggle = Écouter les questions et les résultats à voix haute

## Choix de réponse utilisés dans beaucoup de questions
opt-prefer-not = Je préfère ne pas répondre
opt-none-of-these = Aucune de ces réponses
opt-or = ou
hint-choose-all = Choisissez toutes les réponses qui vous concernent.

## Erreurs sur une page de question
error-summary-title = Il y a un problème
error-choose-one = Choisissez une réponse, ou « Je préfère ne pas répondre ».
error-choose-one-only = Choisissez une réponse.
error-choose-some = Choisissez au moins une réponse, « Aucune de ces réponses » ou « Je préfère ne pas répondre ».
error-choose-country-host = Choisissez dans la liste le pays où vous êtes maintenant.
error-choose-country-origin = Choisissez dans la liste le pays dont vous avez la nationalité, ou « Je préfère ne pas répondre ».

## Vérifier vos réponses
check-heading = Vérifiez vos réponses
check-intro = Vous pouvez modifier chaque réponse avant de voir vos résultats.
check-not-answered = Vous avez préféré ne pas répondre
check-labelled = { $label } : { $value }
check-none = Aucune de ces réponses

## Résultats
results-heading = Options qui peuvent s'appliquer à vous
results-intro = { $count ->
    [0] Nous n'avons pas trouvé d'option pour ces réponses. Un conseiller peut quand même vous aider.
    [one] Nous avons trouvé { $count } option qui peut s'appliquer à vous.
   *[other] Nous avons trouvé { $count } options qui peuvent s'appliquer à vous.
}
results-not-advice = Ceci n'est pas un conseil juridique. Chaque option ici « peut s'appliquer » : vérifiez avec un conseiller avant de prendre une décision.
results-group-protection = Protection et soutien
results-group-stay = Rester légalement
results-group-return = Rentrer chez soi
results-group-advice = Conseils
results-may-apply = Peut s'appliquer
results-info-only = Pour votre information
results-held = Affiché seulement pour votre information, car :
results-why = Pourquoi vous voyez ceci
results-why-you-said = Vous avez dit :
results-next = Prochaine étape
results-sources = Sources
results-rules-as-of = Règles à jour au { $date } ({ $pack }).
results-reviewed = Dernière vérification le { $date }.
results-review-old = Ces règles ont été vérifiées pour la dernière fois le { $date }, il y a plus de 12 mois. Certaines ont peut-être changé : vérifiez avec un conseiller.
results-notices = Bon à savoir
results-ended = Cette voie a pris fin ({ $date }). Elle est affichée pour que vous sachiez qu'elle n'est plus ouverte.
results-pack-generic = règles générales, qui ne sont pas propres à un pays
results-pack-country = règles du pays : { $country }

## Dates : date-long écrit une date ; $day et $year sont des nombres, $month le nom du mois ci-dessous (le 1er du mois s'écrit « 1er »).
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Citations
cite-seed = Document source de l'OIM { $doc }, lignes { $lines }

## Interruption de sécurité et page sur la sécurité
safety-heading = Avant les prochaines questions
safety-sensitive = Les prochaines questions portent sur votre sécurité et votre situation. Pour chacune, vous pouvez choisir « Je préfère ne pas répondre ».
safety-leave-button = Si quelqu'un arrive, appuyez sur « Quitter cette page », en haut. Vos réponses sont effacées et une autre page s'ouvre.
safety-shift = Sur un clavier, vous pouvez aussi appuyer 3 fois sur la touche Maj (Shift).
safety-more = Comment utiliser cette page en toute sécurité
safety-page-heading = Comment utiliser cette page en toute sécurité
safety-page-device = Vos réponses sont gardées seulement tant que cette page est ouverte. Elles ne sont jamais envoyées nulle part et jamais enregistrées.
safety-page-history = Votre navigateur peut quand même garder en mémoire que vous avez visité cette page. Pour éviter cela, utilisez une fenêtre privée (aussi appelée navigation privée ou incognito), ou effacez ensuite votre historique de navigation.
safety-page-shared = Si quelqu'un d'autre utilise ou contrôle ce téléphone ou cet ordinateur, utilisez une fenêtre privée et fermez-la quand vous avez fini.
safety-page-exit = « Quitter cette page » et 3 appuis sur Maj effacent tout de suite vos réponses et ouvrent une autre page. Le bouton Retour n'affichera pas vos réponses.
safety-page-offline = Ce site garde une copie de cet outil sur votre appareil, pour qu'il fonctionne à nouveau sans internet. Il ne garde jamais vos réponses. Mais une personne qui contrôle ce téléphone ou cet ordinateur peut voir que l'outil a été utilisé, par exemple dans la liste des données de sites enregistrées par le navigateur, ou par une icône sur l'écran d'accueil si une icône a été ajoutée. Dans une fenêtre privée, la copie est effacée quand vous la fermez.
exit-shift-count = { $left ->
    [one] Appuyez encore { $left } fois sur Maj pour quitter cette page.
   *[other] Appuyez encore { $left } fois sur Maj pour quitter cette page.
}
exit-leaving = Vous quittez cette page

## Problèmes de configuration de l'hébergeur (affichés dans la langue de la personne ; les détails vont dans la console)
error-config = Cette page a été configurée avec une option qui n'est pas autorisée, donc un réglage sûr est utilisé à la place. Elle fonctionne quand même.

## Questions sur les pays
country-other = Un autre pays
country-stateless = Je n'ai aucune nationalité (apatride)
country-choose = Choisissez un pays
error-pack = Les règles de ce pays n'ont pas pu être chargées, donc les règles générales sont affichées.

## Issue 11: results that fit a phone, who to call, the handout, honest progress
start-length = Environ 10 à 15 questions courtes. La plupart des gens ont besoin de 5 à 10 minutes. Vous pouvez passer toute question sur un sujet dont vous préférez ne pas parler.
progress-part = Partie { $n } sur { $total } : { $name }
part-1 = Vous
part-2 = Vos projets
part-3 = Vos papiers
part-4 = Votre sécurité
part-5 = Votre vie ici et dans votre pays
q-countries-host-set = Ce service s'adresse aux personnes qui se trouvent en ou au { $country }.
results-summary = Commencez ici
results-who = Qui peut vous aider
results-why-everyone = Tout le monde voit cette option. Un conseiller ou une conseillère peut vous aider pour chaque question.
results-why-general = Elle s'affiche en raison de la situation que vous avez décrite.
cite-read = consulté le { $date }
contact-hours-always = Ouvert tous les jours, jour et nuit
contact-languages = Langues : { $list }
results-second-lang = Deuxième langue sur la fiche imprimée (pour un conseiller ou un agent public)
results-second-none = Aucune
restart-confirm-title = Recommencer ?
restart-confirm-text = Cela efface toutes vos réponses sur cet appareil. Vous ne pourrez pas les récupérer.
btn-restart-yes = Oui, effacer mes réponses
btn-restart-no = Non, garder mes réponses
handout-title = Vos options : un résumé à emporter
handout-made = Fait le { $date }. Règles en vigueur au { $rules } ({ $pack }).
handout-answers = Vos réponses
handout-for-counsellor = À remplir par l'organisation ou la personne qui conseille
handout-organisation = Organisation :
handout-counsellor = Conseiller ou conseillère :
handout-contact = Téléphone ou e-mail :
handout-notes = Notes :
handout-footer = Fait sur cet appareil. Aucun nom ni rien qui vous identifie n'y figure.
