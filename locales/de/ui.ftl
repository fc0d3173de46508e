## Der Rahmen des Widgets: Startseite, Schaltflächen, Navigation, Prüfseite, Ergebnisseite, Sicherheit.

lang-label = Sprache · Language

## Startseite
start-heading = Finden Sie heraus, welche Möglichkeiten für Sie in Frage kommen können
start-what = Beantworten Sie ein paar Fragen zu Ihrer Lage. Sie sehen dann, welche Möglichkeiten für Rückkehr, Bleiben oder Schutz für Sie in Frage kommen können, warum, und wer Ihnen helfen kann.
start-private = Ihre Antworten bleiben auf diesem Gerät. Sie werden nie irgendwohin gesendet, und nichts wird gespeichert. Sie geben Ihren Namen nicht an.
start-not-advice = Dies ist eine Information, keine Rechtsberatung. Sprechen Sie immer mit einer Beratungsstelle, bevor Sie sich entscheiden.
start-decision = Was Sie wählen, entscheiden Sie selbst. Niemand soll Sie drängen, nach Hause zurückzukehren.
start-safety-link = So nutzen Sie diese Seite sicher
start-loading = Die Fragen werden geladen. Bei einer langsamen Verbindung kann das einen Moment dauern.

## Schaltflächen und Links
btn-start = Starten
btn-continue = Weiter
btn-see-results = Ergebnisse ansehen
btn-back = Zurück
btn-change = Ändern
btn-start-again = Neu beginnen
btn-print = Diese Ergebnisse drucken oder speichern
btn-leave = Seite verlassen
btn-leave-skip = Seite schnell verlassen
btn-read-aloud = Vorlesen
read-aloud-toggle = Fragen und Ergebnisse vorlesen lassen

## Antworten, die bei vielen Fragen vorkommen
opt-prefer-not = Das möchte ich nicht sagen
opt-none-of-these = Nichts davon
opt-or = oder
hint-choose-all = Wählen Sie alles, was auf Sie zutrifft.

## Fehler auf einer Frageseite
error-summary-title = Es gibt ein Problem
error-choose-one = Wählen Sie eine Antwort oder „Das möchte ich nicht sagen“.
error-choose-one-only = Wählen Sie eine Antwort.
error-choose-some = Wählen Sie mindestens eine Antwort, „Nichts davon“ oder „Das möchte ich nicht sagen“.
error-choose-country-host = Wählen Sie aus der Liste das Land, in dem Sie jetzt sind.
error-choose-country-origin = Wählen Sie aus der Liste das Land Ihrer Staatsangehörigkeit oder „Das möchte ich nicht sagen“.

## Antworten prüfen
check-heading = Prüfen Sie Ihre Antworten
check-intro = Sie können jede Antwort ändern, bevor Sie Ihre Ergebnisse sehen.
check-not-answered = Sie wollten dazu nichts sagen
check-labelled = { $label }: { $value }
check-none = Nichts davon

## Ergebnisse
results-heading = Möglichkeiten, die für Sie in Frage kommen können
results-intro = { $count ->
    [0] Für diese Antworten haben wir keine Möglichkeit gefunden. Eine Beratungsstelle kann Ihnen trotzdem helfen.
    [one] Wir haben { $count } Möglichkeit gefunden, die für Sie in Frage kommen kann.
   *[other] Wir haben { $count } Möglichkeiten gefunden, die für Sie in Frage kommen können.
}
results-not-advice = Dies ist keine Rechtsberatung. Jede Möglichkeit hier „kann für Sie in Frage kommen“: Klären Sie das mit einer Beratungsstelle, bevor Sie etwas entscheiden.
results-group-protection = Schutz und Unterstützung
results-group-stay = Rechtmäßig bleiben
results-group-return = Nach Hause zurückkehren
results-group-advice = Beratung
results-may-apply = Kann in Frage kommen
results-info-only = Zu Ihrer Information
results-held = Nur zu Ihrer Information gezeigt, weil:
results-why = Warum Sie das sehen
results-why-you-said = Sie haben gesagt:
results-next = Nächster Schritt
results-sources = Quellen
results-rules-as-of = Stand der Regeln: { $date } ({ $pack }).
results-reviewed = Zuletzt geprüft am { $date }.
results-review-old = Diese Regeln wurden zuletzt am { $date } geprüft, vor mehr als 12 Monaten. Manches kann sich geändert haben: Fragen Sie eine Beratungsstelle.
results-notices = Gut zu wissen
results-ended = Dieser Weg ist beendet ({ $date }). Er wird gezeigt, damit Sie wissen, dass er nicht mehr offen ist.
results-pack-generic = allgemeine Regeln, nicht für ein bestimmtes Land
results-pack-country = Regeln für { $country }

## Daten: date-long schreibt ein Datum; $day und $year sind Zahlen, $month der Name des Monats unten
## („1. Januar 2026“: nach dem Tag steht ein Punkt).
date-long = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

## Quellen
cite-seed = IOM-Quelldokument { $doc }, Zeilen { $lines }

## Sicherheitshinweis und Seite zur Sicherheit
safety-heading = Vor den nächsten Fragen
safety-sensitive = Die nächsten Fragen betreffen Ihre Sicherheit und Ihre Lage. Bei jeder Frage können Sie „Das möchte ich nicht sagen“ wählen.
safety-leave-button = Wenn jemand kommt, drücken Sie oben auf „Seite verlassen“. Ihre Antworten werden gelöscht, und eine andere Seite öffnet sich.
safety-shift = Auf einer Tastatur können Sie auch dreimal die Umschalttaste (Shift) drücken.
safety-more = So nutzen Sie diese Seite sicher
safety-page-heading = So nutzen Sie diese Seite sicher
safety-page-device = Ihre Antworten bleiben nur erhalten, solange diese Seite offen ist. Sie werden nie irgendwohin gesendet und nie gespeichert.
safety-page-history = Ihr Browser kann sich trotzdem merken, dass Sie diese Seite besucht haben. Um das zu vermeiden, nutzen Sie ein privates Fenster (auch Inkognito-Modus genannt), oder löschen Sie danach Ihren Browserverlauf.
safety-page-shared = Wenn noch jemand dieses Handy oder diesen Computer nutzt oder kontrolliert, nutzen Sie ein privates Fenster und schließen Sie es, wenn Sie fertig sind.
safety-page-exit = „Seite verlassen“ und dreimal Shift löschen Ihre Antworten sofort und öffnen eine andere Seite. Mit „Zurück“ im Browser sieht man Ihre Antworten nicht mehr.
safety-page-offline = Diese Website speichert eine Kopie dieses Werkzeugs auf Ihrem Gerät, damit es auch ohne Internet wieder funktioniert. Ihre Antworten speichert sie nie. Aber wer dieses Handy oder diesen Computer durchsucht, kann sehen, dass das Werkzeug benutzt wurde: in der Liste der gespeicherten Website-Daten im Browser oder an einem Symbol auf dem Startbildschirm, wenn es dort hinzugefügt wurde. In einem privaten Fenster wird die Kopie gelöscht, wenn Sie das Fenster schließen.
exit-shift-count = { $left ->
    [one] Drücken Sie noch { $left } Mal Shift, um diese Seite zu verlassen.
   *[other] Drücken Sie noch { $left } Mal Shift, um diese Seite zu verlassen.
}
exit-leaving = Sie verlassen diese Seite

## Probleme mit der Einrichtung der Seite (in der Sprache der Person gezeigt; Details stehen in der Konsole)
error-config = Diese Seite wurde mit einer Einstellung eingerichtet, die nicht erlaubt ist. Deshalb wird eine sichere Standardeinstellung genutzt. Die Seite funktioniert trotzdem.

## Fragen zu Ländern
country-other = Ein anderes Land
country-stateless = Ich habe keine Staatsangehörigkeit (staatenlos)
country-choose = Wählen Sie ein Land
error-pack = Die Regeln für dieses Land konnten nicht geladen werden. Deshalb werden die allgemeinen Regeln gezeigt.

## Issue 11: results that fit a phone, who to call, the handout, honest progress
start-length = Etwa 10 bis 15 kurze Fragen. Die meisten Menschen brauchen 5 bis 10 Minuten. Sie können jede Frage überspringen, auf die Sie lieber nicht antworten möchten.
# $n is the part's number, $total the number of parts (always the same), $name the part's name.
progress-part = Teil { $n } von { $total }: { $name }
part-1 = Über Sie
part-2 = Ihre Pläne
part-3 = Ihre Papiere
part-4 = Ihre Sicherheit
part-5 = Ihr Leben hier und im Herkunftsland
q-countries-host-set = Dieses Angebot ist für Menschen in { $country }.
results-summary = Hier anfangen
results-who = Wer helfen kann
results-why-everyone = Alle sehen diese Möglichkeit. Eine Beratungsstelle kann bei jeder Frage helfen.
results-why-general = Sie sehen das wegen der Lage, die Sie beschrieben haben.
cite-read = abgerufen am { $date }
contact-hours-always = Jeden Tag rund um die Uhr erreichbar
contact-languages = Sprachen: { $list }
results-second-lang = Zweite Sprache auf der Zusammenfassung (für eine Beratungsstelle oder eine Behörde)
results-second-none = Keine
restart-confirm-title = Neu beginnen?
restart-confirm-text = Damit werden alle Antworten auf diesem Gerät gelöscht. Sie können sie nicht zurückholen.
btn-restart-yes = Ja, meine Antworten löschen
btn-restart-no = Nein, meine Antworten behalten
handout-title = Ihre Möglichkeiten: eine Zusammenfassung zum Mitnehmen
handout-made = Erstellt am { $date }. Stand der Regeln: { $rules } ({ $pack }).
handout-answers = Ihre Antworten
handout-for-counsellor = Von der Organisation oder der Beratungsstelle auszufüllen
handout-organisation = Organisation:
handout-counsellor = Ansprechperson der Beratungsstelle:
handout-contact = Telefon oder E-Mail:
handout-notes = Notizen:
handout-footer = Auf diesem Gerät erstellt. Hier steht kein Name und nichts, woran man Sie erkennen kann.
