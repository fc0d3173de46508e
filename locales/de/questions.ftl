## Die Fragen. Für jede: q-<id> ist die Frage, q-<id>-hint ein Hinweis, q-<id>-short ihre Bezeichnung auf der
## Prüfseite. opt-<fact>-<value> benennt jeden Wert jeder Angabe; fact-<fact> benennt die Angabe unter „Warum“.

q-respondent = Wer beantwortet diese Fragen?
q-respondent-hint = Die Fragen sprechen die Person an, um die es in den Antworten geht. Wenn Sie für eine andere Person antworten, antworten Sie so, wie diese Person antworten würde.
q-respondent-short = Wer antwortet
opt-respondent-self = Ich antworte für mich selbst
opt-respondent-counsellor = Ich arbeite in einer Beratungsstelle und antworte zusammen mit einer ratsuchenden Person
opt-respondent-helper = Ich helfe einer Person aus meinem Freundeskreis oder meiner Familie
fact-respondent = Wer antwortet

q-location = Wo sind Sie jetzt?
q-location-short = Wo Sie jetzt sind
opt-location-host = In dem Land, in dem ich gelebt oder gearbeitet habe
opt-location-transit = Unterwegs, in einem Land, durch das ich reise
opt-location-origin = Wieder in meinem eigenen Land
fact-location = Wo Sie jetzt sind

q-countries = Welche Länder?
q-countries-hint = So können die Regeln und Angebote des richtigen Landes gezeigt werden.
q-countries-host = Das Land, in dem Sie jetzt sind
q-countries-origin = Das Land Ihrer Staatsangehörigkeit
q-countries-short = Länder
fact-host-country = Das Land, in dem Sie sind
fact-origin-country = Das Land Ihrer Staatsangehörigkeit

q-return-mode = Wie sind Sie zurückgekommen?
q-return-mode-short = Wie Sie zurückgekommen sind
opt-return-mode-own = Selbst organisiert
opt-return-mode-programme = Mit einem Rückkehrprogramm
opt-return-mode-forced = Ich wurde gezwungen zu gehen (Abschiebung)
fact-return-mode = Wie Sie zurückgekommen sind

q-remigrate-soon = Denken Sie daran, bald wieder wegzugehen?
q-remigrate-soon-short = Bald wieder weggehen
opt-remigrate-soon-yes = Ja
opt-remigrate-soon-no = Nein
opt-remigrate-soon-unsure = Ich bin nicht sicher
fact-remigrate-soon = Wieder weggehen

q-wish = Was möchten Sie tun?
q-wish-hint = Es gibt keine falsche Antwort. Sie können Ihre Meinung jederzeit ändern.
q-wish-short = Was Sie tun möchten
opt-wish-return = In mein Land zurückgehen
opt-wish-stay = In diesem Land bleiben
opt-wish-elsewhere = In ein anderes Land gehen
opt-wish-unsure = Ich weiß es noch nicht
fact-wish = Was Sie tun möchten

q-informed = Haben Sie die Informationen, die Sie für eine Entscheidung brauchen?
q-informed-short = Informationen für die Entscheidung
opt-informed-yes = Ja
opt-informed-partly = Einen Teil davon
opt-informed-no = Nein
fact-informed = Informationen für die Entscheidung

q-capacity-concern = Könnte es für Sie schwer sein, diese Entscheidung zu verstehen oder allein zu treffen?
q-capacity-concern-hint = Zum Beispiel wegen des Alters, einer Krankheit, eines Traumas oder einer Behinderung. Wenn ja, kann Unterstützung organisiert werden.
q-capacity-concern-short = Schwer, allein zu entscheiden
opt-capacity-concern-yes = Ja
opt-capacity-concern-no = Nein
fact-capacity-concern = Schwer, allein zu entscheiden

q-means = Könnten Sie die Reise nach Hause selbst bezahlen?
q-means-short = Bezahlung der Reise
opt-means-own = Ja, ich kann sie selbst bezahlen
opt-means-travel-help = Ich brauche Hilfe bei der Reise
opt-means-full-help = Ich brauche Hilfe bei der Reise und beim Neuanfang
fact-means = Bezahlung der Reise

q-stay-status = Wie ist Ihre Lage in diesem Land?
q-stay-status-hint = Wählen Sie die Antwort, die am besten zu Ihrer Lage passt.
q-stay-status-short = Ihre Lage hier
opt-stay-status-valid = Ich habe eine gültige Aufenthaltserlaubnis oder ein gültiges Visum
opt-stay-status-expiring = Meine Aufenthaltserlaubnis oder mein Visum endet bald
opt-stay-status-expired = Meine Aufenthaltserlaubnis oder mein Visum ist abgelaufen
opt-stay-status-irregular-entry = Ich bin ohne Papiere eingereist
opt-stay-status-refused-entry = An der Grenze wurde mir die Einreise verweigert
opt-stay-status-asylum-pending = Ich habe Asyl beantragt und warte auf die Antwort
opt-stay-status-asylum-refused = Mein Asylantrag wurde abgelehnt
opt-stay-status-tolerated = Meine Abschiebung ist ausgesetzt (zum Beispiel mit einer Duldung in Deutschland)
opt-stay-status-contract-ending = Mein Arbeitsvertrag endet
opt-stay-status-unknown = Ich weiß es nicht
fact-stay-status = Ihre Lage hier

q-order-to-leave = Haben Sie schriftlich bekommen, dass Sie das Land verlassen müssen?
q-order-to-leave-short = Ausreiseaufforderung
opt-order-to-leave-yes = Ja
opt-order-to-leave-no = Nein
opt-order-to-leave-unsure = Ich bin nicht sicher
fact-order-to-leave = Ausreiseaufforderung

opt-documents-valid = Ich habe einen gültigen Pass oder ein gültiges Reisedokument
opt-documents-expired = Mein Pass oder Reisedokument ist abgelaufen
opt-documents-none = Ich habe keinen Pass und kein Reisedokument
fact-documents = Pass oder Reisedokument

opt-social-security-yes = Ich habe hier in die Sozialversicherung oder Rentenversicherung eingezahlt
opt-social-security-no = Ich habe hier nicht in die Sozialversicherung eingezahlt
opt-social-security-unknown = Ich weiß nicht, ob ich in die Sozialversicherung eingezahlt habe
opt-reentry-risk-yes = Wenn ich gehe, kann ich später vielleicht nicht mehr hierher zurückkommen
opt-reentry-risk-no = Wenn ich gehe, kann ich trotzdem später zurückkommen
opt-reentry-risk-unknown = Ich weiß nicht, ob ich zurückkommen könnte
fact-social-security = Sozialversicherung oder Rente
fact-reentry-risk = Später zurückkommen

q-fear-of-harm = Haben Sie Angst, dass Ihnen in Ihrem Land etwas Schlimmes passiert, wenn Sie zurückgehen?
q-fear-of-harm-short = Angst vor Gefahr zu Hause
opt-fear-of-harm-yes = Ja
opt-fear-of-harm-no = Nein
opt-fear-of-harm-unsure = Ich bin nicht sicher
fact-fear-of-harm = Angst vor Gefahr zu Hause

q-screening = Was davon trifft auf Sie zu?
q-screening-hint = Ihre Antworten bleiben auf diesem Gerät.
q-screening-short = Ihre Sicherheit und Gesundheit
opt-pressure-yes = Jemand drängt mich zurückzugehen
opt-pressure-no = Niemand drängt mich zurückzugehen
opt-trafficking-signs-yes = Jemand kontrolliert mich, behält meine Papiere oder zwingt mich, für eine Schuld zu arbeiten
opt-trafficking-signs-no = Niemand kontrolliert mich oder behält meine Papiere
opt-torture-or-abuse-yes = Ich wurde gefoltert, geschlagen oder schwer verletzt, zu Hause oder unterwegs
opt-torture-or-abuse-no = Ich wurde nicht gefoltert oder schwer verletzt
opt-at-risk-group-yes = Ich könnte zu Hause in Gefahr sein, weil ich so bin, wie ich bin (zum Beispiel mein Glaube, meine Volksgruppe oder wen ich liebe)
opt-at-risk-group-no = Ich bin nicht in Gefahr, weil ich so bin, wie ich bin
opt-crisis-at-origin-yes = In meinem Land gibt es jetzt Krieg, eine Katastrophe oder eine Krise
opt-crisis-at-origin-no = In meinem Land gibt es jetzt keinen Krieg und keine Krise
opt-crisis-at-origin-unsure = Ich weiß nicht, ob es in meinem Land eine Krise gibt
opt-fled-crisis-yes = Ich habe mein Land wegen Krieg, Gewalt oder einer Katastrophe verlassen
opt-fled-crisis-no = Ich bin nicht wegen Krieg oder einer Katastrophe weggegangen
opt-stranded-yes = Ich sitze hier fest, ohne Geld und ohne Unterkunft
opt-stranded-no = Ich sitze nicht ohne Geld und Unterkunft fest
opt-health-needs-yes = Ich habe eine schwere Krankheit oder brauche medizinische Hilfe
opt-health-needs-no = Ich brauche keine medizinische Hilfe
opt-pregnant-yes = Ich bin schwanger
opt-pregnant-no = Ich bin nicht schwanger
fact-pressure = Gedrängt zurückzugehen
fact-trafficking-signs = Von jemandem kontrolliert
fact-torture-or-abuse = Gefoltert oder schwer verletzt
fact-at-risk-group = In Gefahr, weil Sie so sind, wie Sie sind
fact-crisis-at-origin = Krise in Ihrem Land
fact-fled-crisis = Wegen Krieg oder Katastrophe weggegangen
fact-stranded = Ohne Geld und Unterkunft festsitzen
fact-health-needs = Medizinische Hilfe
fact-pregnant = Schwangerschaft

q-age-band = Wie alt sind Sie?
q-age-band-short = Alter
opt-age-band-under-15 = Unter 15
opt-age-band-15-17 = 15 bis 17
opt-age-band-18-26 = 18 bis 26
opt-age-band-27-59 = 27 bis 59
opt-age-band-60-plus = 60 oder älter
fact-age-band = Alter

q-with-guardian = Sind Sie mit Ihrer Mutter, Ihrem Vater oder einem Vormund hier?
q-with-guardian-short = Mit Mutter, Vater oder Vormund
opt-with-guardian-yes = Ja, mit Mutter, Vater oder einem gesetzlichen Vormund
opt-with-guardian-other-adult = Mit einer anderen erwachsenen Person
opt-with-guardian-no = Nein, ich bin allein
fact-with-guardian = Mit Mutter, Vater oder Vormund

q-tailor = Möchten Sie noch ein paar Fragen zur Rückkehr nach Hause beantworten?
q-tailor-hint = Damit können wir Ihnen Hilfe für die Reise und den Neuanfang zeigen. Sie können diese Fragen überspringen.
q-tailor-short = Mehr Fragen zur Rückkehr
opt-tailor-yes = Ja, weitere Fragen
opt-tailor-no = Nein, meine Ergebnisse zeigen

q-family-returning = Wer würde mit Ihnen zurückgehen?
q-family-returning-short = Wer mitgehen würde
opt-family-returning-none = Niemand, ich würde allein gehen
opt-family-returning-partner = Meine Partnerin oder mein Partner
opt-family-returning-children = Meine Kinder
opt-family-returning-other = Andere Familienangehörige
fact-family-returning = Wer mitgehen würde

q-welcome-expected = Glauben Sie, dass Ihre Familie und Ihre Gemeinschaft Sie gut aufnehmen werden?
q-welcome-expected-short = Willkommen zu Hause
opt-welcome-expected-yes = Ja
opt-welcome-expected-unsure = Ich bin nicht sicher
opt-welcome-expected-no = Nein
fact-welcome-expected = Willkommen zu Hause

q-restart-needs = Was würde Ihnen am meisten helfen, zu Hause neu anzufangen?
q-restart-needs-short = Hilfe beim Neuanfang
opt-restart-needs-job = Arbeit finden
opt-restart-needs-training = Eine Ausbildung oder etwas Neues lernen
opt-restart-needs-business = Ein kleines Geschäft gründen
opt-restart-needs-credit = Einen Kredit
opt-restart-needs-housing = Einen Ort zum Wohnen
opt-restart-needs-health = Gesundheitsversorgung
opt-restart-needs-psychosocial = Jemanden, mit dem ich über das Erlebte sprechen kann
opt-restart-needs-school = Schule für meine Kinder
opt-restart-needs-documents = Dokumente bekommen
opt-restart-needs-cash = Geld für die ersten Wochen
fact-restart-needs = Hilfe beim Neuanfang

q-future-mobility = Möchten Sie eines Tages wieder rechtmäßig im Ausland arbeiten können?
q-future-mobility-short = Wieder im Ausland arbeiten
opt-future-mobility-yes = Ja
opt-future-mobility-no = Nein
opt-future-mobility-unsure = Ich bin nicht sicher
fact-future-mobility = Wieder im Ausland arbeiten

q-time-in-host = Wie lange leben Sie schon in diesem Land?
q-time-in-host-short = Zeit in diesem Land
opt-time-in-host-under-1 = Weniger als 1 Jahr
opt-time-in-host-1-2 = 1 bis 2 Jahre
opt-time-in-host-2-3 = 2 bis 3 Jahre
opt-time-in-host-3-4 = 3 bis 4 Jahre
opt-time-in-host-4-6 = 4 bis 6 Jahre
opt-time-in-host-6-8 = 6 bis 8 Jahre
opt-time-in-host-8-plus = 8 Jahre oder länger
fact-time-in-host = Zeit in diesem Land

opt-family-in-host-citizen-or-resident = Meine Partnerin, mein Partner, meine Mutter oder mein Vater lebt hier, mit der Staatsangehörigkeit dieses Landes oder mit einer Aufenthaltserlaubnis
opt-family-in-host-child-citizen = Mein Kind hat die Staatsangehörigkeit dieses Landes
opt-family-in-host-child-born-here = Mein Kind ist hier geboren
opt-family-in-host-child-in-school = Mein Kind geht hier zur Schule
opt-in-training-yes = Ich studiere hier oder mache eine Ausbildung
opt-in-training-no = Ich studiere hier nicht und mache keine Ausbildung
fact-family-in-host = Familie hier
fact-in-training = Studium oder Ausbildung hier

opt-work-formal = Ich arbeite hier mit Arbeitsvertrag
opt-work-informal = Ich arbeite hier ohne Arbeitsvertrag
opt-work-offer = Ich habe hier ein Jobangebot
opt-work-none = Ich arbeite hier nicht
fact-work = Arbeit hier

q-virtual-engagement = Möchten Sie Ihrem Land von hier aus helfen (zum Beispiel mit Ihrem Wissen, durch Handel oder Investitionen)?
q-virtual-engagement-short = Ihrem Land von hier aus helfen
opt-virtual-engagement-yes = Ja
opt-virtual-engagement-no = Nein
fact-virtual-engagement = Ihrem Land von hier aus helfen
q-situation = Was davon trifft auf Sie zu?
q-situation-short = Ihre Lage
opt-with-local-name = { $option } – { $local }
opt-stay-status-temporary-protection = Ich habe vorübergehenden Schutz (zum Beispiel als Person, die aus der Ukraine geflohen ist)
