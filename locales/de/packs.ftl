## Die Wege und Hinweise, die Länderpakete hinzufügen (src/rules/packs/<cc>.json).
## Für jeden Weg: path-<id>-title, -what (was er ist und bietet, die Bedingungen in einfachen Worten), -next (der nächste Schritt).
## Jeder Weg hier „kann für Sie in Frage kommen“: keiner ist eine Entscheidung. Nennen Sie nie Förderbeträge.
## Namen von Behörden und Programmen kommen aus den `names` des Pakets und werden so gezeigt, wie sie sind.

## Deutschland (de)

path-regularisation-de-sustained-integration-title = Aufenthaltserlaubnis für Menschen, die in Deutschland gut integriert sind (§ 25b)
path-regularisation-de-sustained-integration-what = Wenn Sie eine Duldung haben und seit vielen Jahren in Deutschland leben, kann eine Aufenthaltserlaubnis wegen guter Integration für Sie in Frage kommen. In der Regel brauchen Sie 6 Jahre hier (4 Jahre, wenn Sie mit Ihrem Kind unter 18 zusammenleben), etwas Deutsch (Niveau A2), und Sie müssen Ihren Lebensunterhalt überwiegend durch Arbeit verdienen. Wenn Sie wegen einer Krankheit, einer Behinderung oder Ihres Alters nicht arbeiten können, gilt die Bedingung zur Arbeit nicht. Klären Sie das mit einer Beratungsstelle.
path-regularisation-de-sustained-integration-next = Bitten Sie eine Migrationsberatung oder den Flüchtlingsrat, die Voraussetzungen mit Ihnen zu prüfen, bevor Sie den Antrag bei der Ausländerbehörde stellen.

path-regularisation-de-young-people-title = Aufenthaltserlaubnis für junge Menschen, die in Deutschland gut integriert sind (§ 25a)
path-regularisation-de-young-people-what = Für junge Menschen von 14 bis 26 Jahren kann eine Aufenthaltserlaubnis in Frage kommen: nach 3 Jahren in Deutschland und mindestens 12 Monaten mit einer Duldung, in der Regel mit 3 Jahren Schule hier oder einem Schul- oder Berufsabschluss aus Deutschland. Sie müssen den Antrag vor Ihrem 27. Geburtstag stellen. Klären Sie das mit einer Beratungsstelle.
path-regularisation-de-young-people-next = Bitten Sie einen Jugendmigrationsdienst oder eine Beratungsstelle, das mit Ihnen zu prüfen. Stellen Sie den Antrag vor Ihrem 27. Geburtstag.

path-regularisation-de-training-title = Bleiben für eine Berufsausbildung (§ 16g, § 60c)
path-regularisation-de-training-what = Wenn Sie eine anerkannte Berufsausbildung machen oder bald beginnen, kann für die Zeit der Ausbildung eine Duldung (Ausbildungsduldung) oder eine Aufenthaltserlaubnis für Sie in Frage kommen, auch wenn Sie die Ausbildung während Ihres Asylverfahrens begonnen haben. Menschen aus manchen Ländern sind ausgeschlossen. Klären Sie das mit einer Beratungsstelle.
path-regularisation-de-training-next = Bitten Sie eine Beratungsstelle und Ihren Ausbildungsbetrieb, Ihnen beim Antrag bei der Ausländerbehörde zu helfen. Tun Sie das früh, und bevor Sie irgendeinen Schritt zur Ausreise aus Deutschland machen.

path-regularisation-de-employment-toleration-title = Eine Duldung für Menschen mit Arbeit (Beschäftigungsduldung, § 60d)
path-regularisation-de-employment-toleration-what = Wenn Sie bis Ende 2022 nach Deutschland gekommen sind, seit 12 Monaten eine Duldung haben und seit 12 Monaten von einer sozialversicherungspflichtigen Arbeit mit mindestens 20 Stunden pro Woche leben, kann eine Beschäftigungsduldung für Sie in Frage kommen; Sie brauchen auch etwas Deutsch (Niveau A2). Später kann daraus eine Aufenthaltserlaubnis werden. Klären Sie das mit einer Beratungsstelle.
path-regularisation-de-employment-toleration-next = Bitten Sie eine Beratungsstelle, Ihren Arbeitsvertrag und Ihre Lohnabrechnungen mit Ihnen zu prüfen, bevor Sie den Antrag bei der Ausländerbehörde stellen.

path-regularisation-de-humanitarian-title = Aufenthaltserlaubnis, wenn Sie nicht ausreisen können (§ 25 Abs. 5)
path-regularisation-de-humanitarian-what = Wenn Sie Deutschland aus Gründen nicht verlassen können, für die Sie nichts können, zum Beispiel wegen einer langen Krankheit oder weil Sie keine Reisedokumente bekommen können, kann eine Aufenthaltserlaubnis aus humanitären Gründen für Sie in Frage kommen. In der Regel soll sie erteilt werden, wenn Ihre Abschiebung seit 18 Monaten ausgesetzt ist. Klären Sie das mit einer Beratungsstelle.
path-regularisation-de-humanitarian-next = Fragen Sie eine Rechtsberatung oder den Flüchtlingsrat, ob Ihre Gründe zählen, bevor Sie den Antrag bei der Ausländerbehörde stellen.

path-regularisation-de-family-title = Aufenthaltserlaubnis aus familiären Gründen
path-regularisation-de-family-what = Wenn die Person, mit der Sie verheiratet sind oder in Partnerschaft leben, oder Ihr Kind die deutsche Staatsangehörigkeit hat oder mit einer Aufenthaltserlaubnis in Deutschland lebt, kann eine Aufenthaltserlaubnis aus familiären Gründen für Sie in Frage kommen. Für Mütter und Väter, die sich um ein deutsches Kind unter 18 kümmern, hat das Gesetz besondere Regeln. Klären Sie das mit einer Beratungsstelle.
path-regularisation-de-family-next = Fragen Sie eine Migrationsberatung, welche Regel für Familien zu Ihnen passt und welche Papiere Sie brauchen.

path-regularisation-de-hardship-commission-title = Die Härtefallkommission Ihres Bundeslandes (§ 23a)
path-regularisation-de-hardship-commission-what = Jedes Bundesland kann eine Härtefallkommission haben. Sie kann darum bitten, dass eine Person, die ausreisen muss, wegen sehr schwerer persönlicher Umstände eine Aufenthaltserlaubnis bekommt. Es ist kein Recht, das Sie einfordern können, und es wird meist versucht, wenn kein anderer Weg offen ist. Es kann für Sie in Frage kommen.
path-regularisation-de-hardship-commission-next = Fragen Sie eine Beratungsstelle oder den Flüchtlingsrat, ob Sie Ihren Fall der Härtefallkommission Ihres Bundeslandes vorlegen sollten.

path-regularisation-de-opportunity-residence-title = Chancen-Aufenthaltsrecht (dieser Weg ist beendet)
path-regularisation-de-opportunity-residence-what = Das war eine Aufenthaltserlaubnis auf Probe für Menschen, die am 31. Oktober 2022 seit 5 Jahren mit einer Duldung oder einem anderen Status in Deutschland lebten. Neue Anträge waren bis zum 31. Dezember 2025 möglich. Wer diese Erlaubnis schon hat, kann sie nur als Aufenthaltserlaubnis für junge Menschen (§ 25a) oder für gut integrierte Menschen (§ 25b) verlängern.
path-regularisation-de-opportunity-residence-next = Wenn Sie diese Erlaubnis haben, fragen Sie bald eine Beratungsstelle, wie Sie zu einer Erlaubnis nach § 25a oder § 25b wechseln. Wenn nicht, fragen Sie nach den anderen Wegen zum Bleiben, die hier gezeigt werden.

notice-de-return-application-closes-routes-title = Bevor Sie unterstützte Rückkehr beantragen
notice-de-return-application-closes-routes = In Deutschland kann ein Antrag auf staatlich geförderte Rückkehr als Schritt zur Ausreise gelten. Er kann den Weg zu einer Ausbildungsduldung verschließen. Sprechen Sie mit einer Beratungsstelle, bevor Sie einen der beiden Anträge stellen.

## Portugal (pt)

path-regularisation-pt-parent-of-child-title = Aufenthaltserlaubnis für Mütter und Väter eines Kindes, das in Portugal lebt
path-regularisation-pt-parent-of-child-what = Wenn Sie ein Kind unter 18 haben, das in Portugal lebt oder die portugiesische Staatsangehörigkeit hat, und Sie sich um das Kind kümmern und für das bezahlen, was es braucht, kann eine Aufenthaltserlaubnis ohne Visum für Sie in Frage kommen. Klären Sie das mit einer Beratungsstelle.
path-regularisation-pt-parent-of-child-next = Bitten Sie eine Migrationsberatung oder eine Anwaltskanzlei, Ihre Papiere mit Ihnen zu prüfen. Stellen Sie dann den Antrag bei der AIMA.

path-regularisation-pt-grew-up-here-title = Aufenthaltserlaubnis für Menschen, die in Portugal aufgewachsen sind
path-regularisation-pt-grew-up-here-what = Wenn Sie in Portugal geboren sind oder hier leben, seit Sie jünger als 10 Jahre waren, kann eine Aufenthaltserlaubnis ohne Visum für Sie in Frage kommen. Kinder, die hier geboren und geblieben sind und hier zur Schule gehen, können auch eine bekommen, und ihre Eltern ebenso. Klären Sie das mit einer Beratungsstelle.
path-regularisation-pt-grew-up-here-next = Fragen Sie eine Migrationsberatung oder eine Anwaltskanzlei, welche Papiere Ihre Jahre in Portugal zeigen. Stellen Sie dann den Antrag bei der AIMA.

path-regularisation-pt-health-title = Aufenthaltserlaubnis wegen einer langen Krankheit
path-regularisation-pt-health-what = Wenn Sie eine Krankheit haben, die lange medizinische Behandlung braucht und Sie an der Rückkehr hindert, kann eine Aufenthaltserlaubnis ohne Visum für Sie in Frage kommen. Sie brauchen dafür ärztliche Berichte. Klären Sie das mit einer Beratungsstelle.
path-regularisation-pt-health-next = Bitten Sie Ihre Arztpraxis um einen ärztlichen Bericht, und eine Migrationsberatung oder eine Anwaltskanzlei um Hilfe beim Antrag bei der AIMA.

path-regularisation-pt-family-title = Aufenthaltserlaubnis aus familiären Gründen
path-regularisation-pt-family-what = Wenn ein enges Familienmitglied die portugiesische Staatsangehörigkeit hat oder mit einer Aufenthaltserlaubnis in Portugal lebt, kann eine Aufenthaltserlaubnis aus familiären Gründen für Sie in Frage kommen. Die Regeln für den Familiennachzug haben sich im Oktober 2025 geändert, mit neuen Wartezeiten und einigen Ausnahmen. Klären Sie das mit einer Beratungsstelle.
path-regularisation-pt-family-next = Fragen Sie eine Migrationsberatung oder eine Anwaltskanzlei, welche Regel für Familien heute zu Ihrem Fall passt.

path-regularisation-pt-exceptional-title = Eine Aufenthaltserlaubnis in Ausnahmefällen aus humanitären Gründen (Artikel 123)
path-regularisation-pt-exceptional-what = In Ausnahmefällen, aus humanitären Gründen oder im öffentlichen Interesse, kann die Regierung einer Person eine Aufenthaltserlaubnis geben, die die üblichen Bedingungen nicht erfüllt. Es ist kein Recht, und jeder Fall wird einzeln entschieden. Es kann für Sie in Frage kommen.
path-regularisation-pt-exceptional-next = Fragen Sie eine Anwaltskanzlei oder eine Migrationsberatung, ob Sie das bei der AIMA beantragen sollten und was Sie zeigen müssen.

path-regularisation-pt-expression-of-interest-title = Manifestação de interesse (dieser Weg ist beendet)
path-regularisation-pt-expression-of-interest-what = Bis Juni 2024 konnten Menschen, die ohne Aufenthaltsvisum in Portugal arbeiteten, über eine „manifestação de interesse“ eine Aufenthaltserlaubnis beantragen. Seit dem 4. Juni 2024 ist dieser Weg für neue Anträge geschlossen. Anträge von vorher wurden nicht aufgehoben.
path-regularisation-pt-expression-of-interest-next = Wenn Sie vor Juni 2024 einen Antrag gestellt haben, fragen Sie die AIMA oder eine Anwaltskanzlei nach Ihrer Akte. Sonst fragen Sie eine Beratungsstelle nach den anderen Wegen zum Bleiben, die hier gezeigt werden.

## Spanien (es)

path-regularisation-es-second-chance-title = Arraigo de segunda oportunidad (eine zweite Chance)
path-regularisation-es-second-chance-what = Wenn Sie früher eine Aufenthaltserlaubnis in Spanien hatten und sie nicht verlängern konnten, und Sie jetzt seit 2 Jahren ohne Unterbrechung hier leben, kann diese Aufenthaltserlaubnis für Sie in Frage kommen. Eine frühere Erlaubnis wegen außergewöhnlicher Umstände zählt dafür nicht. Klären Sie das mit einer Beratungsstelle.
path-regularisation-es-second-chance-next = Bitten Sie eine Migrationsberatung oder eine Anwaltskanzlei für Ausländerrecht (abogado de extranjería), Ihre alte Erlaubnis und Ihre 2 Jahre zu prüfen. Stellen Sie dann den Antrag bei der Ausländerbehörde (Oficina de Extranjería).

path-regularisation-es-sociolaboral-title = Arraigo sociolaboral (über eine Arbeit)
path-regularisation-es-sociolaboral-what = Wenn Sie seit 2 Jahren ohne Unterbrechung in Spanien leben und einen unterschriebenen Arbeitsvertrag haben (oder mehrere), kann diese Aufenthaltserlaubnis für Sie in Frage kommen; Arbeit ohne Vertrag allein reicht nicht. Die Zeit im Asylverfahren zählt nicht für die 2 Jahre, und solange ein Asylantrag offen ist, können Sie diesen Antrag nicht stellen. Klären Sie das mit einer Beratungsstelle.
path-regularisation-es-sociolaboral-next = Bitten Sie eine Migrationsberatung oder eine Anwaltskanzlei für Ausländerrecht, den Vertrag und Ihre Nachweise für die 2 Jahre zu prüfen. Stellen Sie dann den Antrag bei der Ausländerbehörde (Oficina de Extranjería).

path-regularisation-es-social-title = Arraigo social (über Familie oder Integration)
path-regularisation-es-social-what = Wenn Sie seit 2 Jahren ohne Unterbrechung in Spanien leben, kann diese Aufenthaltserlaubnis für Sie in Frage kommen: wenn enge Familienangehörige rechtmäßig in Spanien leben oder Sie einen Bericht Ihrer Gemeinde oder Region über Ihre Integration haben, und wenn Sie genug zum Leben haben. Die Zeit im Asylverfahren zählt nicht für die 2 Jahre. Klären Sie das mit einer Beratungsstelle.
path-regularisation-es-social-next = Fragen Sie Ihr Rathaus (ayuntamiento) oder eine Migrationsberatung nach dem Bericht über die Integration, und lassen Sie den Rest von einer Anwaltskanzlei für Ausländerrecht prüfen.

path-regularisation-es-socioformativo-title = Arraigo socioformativo (über eine Ausbildung)
path-regularisation-es-socioformativo-what = Wenn Sie seit 2 Jahren ohne Unterbrechung in Spanien leben und für einen anerkannten Kurs angemeldet sind oder sich dafür beworben haben (zum Beispiel eine Berufsausbildung oder Erwachsenenbildung), kann diese Aufenthaltserlaubnis für Sie in Frage kommen. Klären Sie das mit einer Beratungsstelle.
path-regularisation-es-socioformativo-next = Fragen Sie eine Migrationsberatung, welche Kurse zählen. Stellen Sie dann den Antrag bei der Ausländerbehörde (Oficina de Extranjería).

path-regularisation-es-spanish-family-title = Aufenthaltserlaubnis für Familienangehörige von spanischen Staatsangehörigen
path-regularisation-es-spanish-family-what = Wenn die Person, mit der Sie verheiratet sind oder in Partnerschaft leben, oder Ihr Kind die spanische Staatsangehörigkeit hat, kann eine Aufenthaltserlaubnis für Familienangehörige von spanischen Staatsangehörigen für Sie in Frage kommen. Das gilt auch für Mütter und Väter eines spanischen Kindes unter 18. Wenn Ihr Familienmitglied eine Aufenthaltserlaubnis hat, aber nicht die spanische Staatsangehörigkeit, ist dieser Weg nicht für Sie; fragen Sie nach den anderen Wegen, die hier gezeigt werden. Klären Sie das mit einer Beratungsstelle.
path-regularisation-es-spanish-family-next = Fragen Sie eine Migrationsberatung oder eine Anwaltskanzlei für Ausländerrecht, welche Papiere die familiäre Verbindung zeigen. Stellen Sie dann den Antrag bei der Ausländerbehörde (Oficina de Extranjería).

path-regularisation-es-family-roots-title = Arraigo familiar (Eltern eines Kindes aus einem anderen EU-Land)
path-regularisation-es-family-roots-what = Wenn Sie Mutter, Vater oder Vormund eines Kindes unter 18 sind, das in Spanien lebt und die Staatsangehörigkeit eines anderen EU-Landes oder von Norwegen, Island, Liechtenstein oder der Schweiz hat, kann diese Aufenthaltserlaubnis ohne Mindestzeit in Spanien für Sie in Frage kommen; das kann auch gelten, wenn Sie eine solche Person mit Behinderung unterstützen. Solange ein Asylantrag offen ist, können Sie diesen Antrag nicht stellen. Klären Sie das mit einer Beratungsstelle.
path-regularisation-es-family-roots-next = Bitten Sie eine Migrationsberatung oder eine Anwaltskanzlei für Ausländerrecht, die Papiere zu prüfen. Stellen Sie dann den Antrag bei der Ausländerbehörde (Oficina de Extranjería).

path-regularisation-es-humanitarian-title = Aufenthaltserlaubnis aus humanitären Gründen
path-regularisation-es-humanitarian-what = Eine Aufenthaltserlaubnis aus humanitären Gründen kann für Sie in Frage kommen, wenn Sie eine schwere Krankheit haben, die in Spanien begonnen hat und eine Behandlung braucht, die Sie in Ihrem Land nicht bekommen können; oder wenn ein Gericht Sie endgültig als Opfer bestimmter Straftaten anerkannt hat; oder wenn das Innenministerium Ihnen nach einem Asylantrag erlaubt hat, aus humanitären Gründen zu bleiben. Klären Sie das mit einer Beratungsstelle.
path-regularisation-es-humanitarian-next = Fragen Sie eine Rechtsberatung oder eine Flüchtlingsorganisation, welche Papiere Sie brauchen, zum Beispiel einen ärztlichen Bericht vom Gesundheitsdienst.

path-regularisation-es-statelessness-title = Anerkennung als staatenlose Person
path-regularisation-es-statelessness-what = Wenn kein Land Sie als Person mit seiner Staatsangehörigkeit anerkennt, können Sie bei der Oficina de Asilo y Refugio beantragen, als staatenlos anerkannt zu werden. Die Anerkennung kann Ihnen das Recht geben, in Spanien zu bleiben. Klären Sie das mit einer Beratungsstelle.
path-regularisation-es-statelessness-next = Bitten Sie eine Flüchtlingsorganisation oder eine Anwaltskanzlei, Ihnen beim Antrag an die Oficina de Asilo y Refugio zu helfen.

notice-es-return-no-return-commitment-title = Bevor Sie sich für unterstützte Rückkehr anmelden
notice-es-return-no-return-commitment = Ein Rückkehrprogramm kann von Ihnen verlangen, dass Sie unterschreiben, für eine bestimmte Zeit nicht nach Spanien zurückzukommen. Solange diese Zusage gilt, können Sie keine Arraigo-Aufenthaltserlaubnis bekommen. Fragen Sie die Beratungsstelle, was Sie unterschreiben würden, bevor Sie sich entscheiden.
