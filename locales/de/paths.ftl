## Die Wege, die ein Ergebnis zeigen kann: path-<id>-title, -what (was er bedeutet und bietet), -next (der nächste Schritt).
## Dann die Vorbehalte (warum ein Weg nur zur Information gezeigt wird) und die Hinweise.

path-asylum-referral-title = Asyl und internationaler Schutz
path-asylum-referral-what = Wenn Sie Angst haben, dass Ihnen in Ihrem Land etwas Schlimmes passiert, haben Sie vielleicht ein Recht auf Schutz hier. Sie dürfen nicht an einen Ort zurückgeschickt werden, an dem Ihr Leben oder Ihre Freiheit in Gefahr ist.
path-asylum-referral-next = Sprechen Sie mit einer Asylverfahrensberatung oder dem UNHCR, bevor Sie etwas über eine Rückkehr entscheiden.

path-trafficking-referral-title = Hilfe für Menschen, die kontrolliert oder ausgebeutet werden
path-trafficking-referral-what = Was Sie gesagt haben, kann ein Zeichen für Menschenhandel oder Ausbeutung sein: zum Beispiel, wenn jemand Sie mit Gewalt, Lügen oder Schulden unter Druck setzt und Sie für sich arbeiten lässt. Es gibt Hilfe: für Ihre Sicherheit, einen sicheren Ort zum Wohnen, Gesundheitsversorgung und Rechtsberatung.
path-trafficking-referral-next = Wenden Sie sich an eine Fachberatungsstelle gegen Menschenhandel oder an eine Beratungsstelle, der Sie vertrauen. Wenn Sie in Gefahr sind, rufen Sie den Notruf an.

path-child-protection-title = Schutz für Kinder
path-child-protection-what = Kinder haben besonderen Schutz. Bei jeder Entscheidung muss zuerst zählen, was für Sie am besten ist, und ein Vormund soll Ihnen helfen.
path-child-protection-next = Bitten Sie das Jugendamt oder eine Beratungsstelle, Ihnen und Ihrem Vormund zu helfen.

path-safety-hold-title = Zuerst Sicherheit in Ihrem Land
path-safety-hold-what = In Ihrem Land kann es gerade eine Krise geben. Eine Rückkehr ist jetzt vielleicht nicht sicher.
path-safety-hold-next = Fragen Sie eine Beratungsstelle oder den UNHCR nach der Lage in Ihrem Land, bevor Sie sich entscheiden.

path-torture-survivor-support-title = Unterstützung für Menschen, die Folter oder Gewalt überlebt haben
path-torture-survivor-support-what = Spezielle Stellen helfen Menschen, die gefoltert oder schwer verletzt wurden, mit medizinischer und psychologischer Behandlung.
path-torture-survivor-support-next = Bitten Sie eine Beratungsstelle, Sie an eine Stelle für Menschen zu vermitteln, die Folter überlebt haben.

path-capacity-assessment-title = Zusätzliche Unterstützung bei der Entscheidung
path-capacity-assessment-what = Wenn eine Entscheidung allein schwer sein kann, prüft eine geschulte Fachkraft, ob die Wahl frei ist und gut verstanden wird und ob Unterstützung da ist.
path-capacity-assessment-next = Eine Beratungsstelle sollte diese Prüfung vor jeder Entscheidung über eine Rückkehr veranlassen.

path-health-referral-title = Gesundheitsversorgung
path-health-referral-what = Ihre Gesundheit geht vor. Hier kann es medizinische Versorgung für Sie geben, und für eine Reise brauchen Sie vielleicht medizinische Hilfe.
path-health-referral-next = Gehen Sie zu einer Arztpraxis oder einem Gesundheitsdienst, und sagen Sie Ihrer Beratungsstelle, welche Behandlung Sie brauchen.

path-humanitarian-assistance-title = Dringende Hilfe: Unterkunft, Essen und Versorgung
path-humanitarian-assistance-what = Wenn Sie ohne Geld und ohne Unterkunft festsitzen, können humanitäre Organisationen vielleicht bei dem Nötigsten helfen.
path-humanitarian-assistance-next = Wenden Sie sich an die IOM, das Rote Kreuz oder den Roten Halbmond oder an eine Hilfsorganisation vor Ort.

path-gender-family-support-title = Unterstützung für Sie und Ihre Familie
path-gender-family-support-what = Frauen, Kinder und Familien können zusätzliche Unterstützung bekommen, zum Beispiel für Gesundheit, Schule oder einen sicheren Ort zum Wohnen.
path-gender-family-support-next = Sagen Sie Ihrer Beratungsstelle, was Ihre Familie braucht.

path-older-person-support-title = Unterstützung für ältere Menschen
path-older-person-support-what = Ältere Menschen können zusätzliche Hilfe bei Gesundheit, Reise und Einkommen bekommen.
path-older-person-support-next = Sagen Sie Ihrer Beratungsstelle, welche Hilfe Sie brauchen.

path-deadline-urgent-title = Sie haben vielleicht eine Frist
path-deadline-urgent-what = Eine Ausreiseaufforderung hat meist ein Datum (die Ausreisefrist). Manche Rechte und Möglichkeiten enden danach.
path-deadline-urgent-next = Zeigen Sie den Brief so schnell wie möglich einer Rechtsberatung.

path-legal-advice-title = Rechtsberatung zu Ihrem Aufenthalt
path-legal-advice-what = Eine Rechtsberatung kann Ihre Lage prüfen und Ihnen Ihre Rechte erklären. Oft gibt es kostenlose Beratung.
path-legal-advice-next = Wenden Sie sich an eine kostenlose Rechtsberatung, eine Migrationsberatung oder eine Anwaltskanzlei.

path-regularisation-title = Wege, rechtmäßig zu bleiben
path-regularisation-what = Manche Länder haben Wege zu einer Aufenthaltserlaubnis, zum Beispiel nach vielen Jahren, wegen der Familie, wegen Arbeit oder Ausbildung oder aus humanitären Gründen. Sie hängen vom Land und seinen Gesetzen ab.
path-regularisation-next = Fragen Sie eine Rechtsberatung, welche Wege zum Bleiben es in diesem Land gibt und ob einer davon für Sie in Frage kommen kann.

path-avrr-before-deadline-title = Freiwillige Rückkehr mit Unterstützung vor Ablauf einer Frist
path-avrr-before-deadline-what = Wenn Sie nach Hause zurückkehren wollen, kann ein Programm für unterstützte freiwillige Rückkehr helfen, oft nur, wenn Sie den Antrag vor dem Ausreisedatum stellen.
path-avrr-before-deadline-next = Fragen Sie bald eine Rückkehrberatung oder die IOM, vor Ablauf der Frist.

path-avrr-title = Unterstützte freiwillige Rückkehr und Reintegration (AVRR)
path-avrr-what = Programme wie die der IOM können Menschen helfen, die sich für die Rückkehr nach Hause entscheiden: mit Informationen, der Reise und Unterstützung beim Neuanfang. Es ist Ihre Entscheidung.
path-avrr-next = Fragen Sie eine Rückkehrberatung oder die IOM nach dem Programm in diesem Land.

path-avr-stranded-title = Unterstützte Rückkehr für Menschen, die unterwegs festsitzen
path-avr-stranded-what = Wenn Sie in einem Land festsitzen, durch das Sie reisen, kann die IOM Ihnen vielleicht helfen, sicher und in Würde nach Hause zu kommen.
path-avr-stranded-next = Wenden Sie sich an die IOM oder an eine humanitäre Organisation in diesem Land.

path-independent-return-title = Selbst organisiert nach Hause zurückkehren
path-independent-return-what = Sie können Ihre Reise selbst planen. Prüfen Sie vorher, was Sie brauchen: Dokumente, was mit Ihren Aufenthaltspapieren passiert, und ob es eine Einreisesperre gibt.
path-independent-return-next = Fragen Sie eine Beratungsstelle oder Ihr Konsulat, was Sie vor der Reise prüfen sollten.

path-labour-return-title = Rückkehr nach Hause am Ende eines Arbeitsvertrags
path-labour-return-what = Wenn ein Arbeitsvertrag endet, muss die Firma, für die Sie arbeiten, oder die Vermittlungsagentur vielleicht bei der Reise helfen und Ihnen zahlen, was sie Ihnen schuldet.
path-labour-return-next = Lesen Sie Ihren Vertrag, und fragen Sie Ihr Konsulat oder eine Gewerkschaft.

path-voluntary-repatriation-title = Freiwillige Rückkehr von Geflüchteten
path-voluntary-repatriation-what = Wenn Sie vor einer Krise geflohen sind, die jetzt vorbei ist, können UNHCR und IOM Geflüchteten helfen, nach Hause zurückzukehren, wenn es sicher ist und sie es frei wählen.
path-voluntary-repatriation-next = Sprechen Sie mit dem UNHCR oder einer Flüchtlingsberatung.

path-consular-documents-title = Reisedokumente von Ihrem Konsulat
path-consular-documents-what = Für die Reise nach Hause brauchen Sie vielleicht einen neuen Pass oder ein Notreisedokument vom Konsulat Ihres Landes.
path-consular-documents-next = Wenden Sie sich an das Konsulat oder die Botschaft Ihres Landes.

path-origin-reception-title = Ankunft zu Hause
path-origin-reception-what = Stellen in Ihrem Land können Sie vielleicht bei der Ankunft empfangen und in den ersten Tagen helfen: mit Transport, einem Ort zum Wohnen und Gesundheitsversorgung.
path-origin-reception-next = Fragen Sie vor der Reise oder bei der Ankunft nach Hilfe für die Ankunft.

path-reintegration-support-title = Hilfe beim Neuanfang zu Hause
path-reintegration-support-what = Reintegrationsprogramme können vielleicht bei Arbeit, Ausbildung, einem kleinen Geschäft, Gesundheit und Beratung helfen, für Sie und Ihre Gemeinschaft.
path-reintegration-support-next = Fragen Sie die IOM oder die Stellen für Migration in Ihrem Land nach Unterstützung bei der Reintegration.

path-virtual-engagement-title = Ihrem Land aus dem Ausland helfen
path-virtual-engagement-what = Sie können Ihr Wissen weitergeben, Handel treiben oder in Ihrem Land investieren, ohne zurückzuziehen, zum Beispiel über Diaspora-Programme.
path-virtual-engagement-next = Fragen Sie Ihr Konsulat oder eine Diaspora-Organisation nach Programmen.

path-labour-channels-title = Rechtmäßige Wege, im Ausland zu arbeiten
path-labour-channels-what = Manche Länder haben rechtmäßige Wege für Arbeit und Ausbildung mit Visum. Wenn Sie diese Wege nutzen, schützt Sie das vor Ausbeutung.
path-labour-channels-next = Fragen Sie das Arbeitsministerium Ihres Landes oder eine Vermittlungsagentur, die es zugelassen hat. Bezahlen Sie nie eine unbekannte Vermittlung.

path-free-movement-title = Freizügigkeit in Mittelamerika
path-free-movement-what = Menschen mit der Staatsangehörigkeit von Guatemala, Honduras, El Salvador oder Nicaragua können mit einem Ausweis zwischen diesen Ländern reisen (das CA-4-Abkommen).
path-free-movement-next = Fragen Sie die Migrationsbehörde oder Ihr Konsulat, welches Dokument Sie brauchen.

path-counsellor-title = Mit einer Beratungsstelle sprechen
path-counsellor-what = Eine Beratungsstelle kann mit Ihnen vertraulich alle Möglichkeiten durchgehen und Ihnen bei der Entscheidung helfen. Die Entscheidung liegt bei Ihnen.
path-counsellor-next = Wenden Sie sich an eine Migrationsberatung, eine kostenlose Rechtsberatung, die IOM oder den UNHCR.

## Vorbehalte: warum ein Weg nur zur Information gezeigt wird.
hold-hold-pressure = Sie haben gesagt, dass jemand Sie drängt zurückzugehen. Eine Rückkehr muss Ihre eigene, freie Entscheidung sein.
hold-hold-child = Sie sind unter 18 und nicht mit Mutter, Vater oder Vormund hier. Vor der Rückkehr eines Kindes muss zuerst geprüft werden, was für das Kind am besten ist.
hold-hold-crisis = In Ihrem Land kann es gerade eine Krise geben.
hold-hold-protection = Sie brauchen vielleicht Schutz. Vor jeder Rückkehr muss Ihre Sicherheit geprüft werden.
hold-hold-trafficking = Sie werden vielleicht kontrolliert oder ausgebeutet. Ihre Sicherheit geht vor.
hold-hold-capacity = Die Entscheidung kann allein schwer sein. Zuerst wird geprüft, welche Unterstützung Sie brauchen.
hold-ended = Dieser Weg ist beendet.

## Hinweise auf der Ergebnisseite.
notice-return-and-stay-title = Sprechen Sie mit einer Beratungsstelle, bevor Sie einen der beiden Anträge stellen
notice-return-and-stay = Ein Weg zum Bleiben und Hilfe bei der Rückkehr können sich gegenseitig beeinflussen. In manchen Ländern schließt ein Antrag auf unterstützte Rückkehr Wege zum Bleiben durch Arbeit oder Ausbildung. Sprechen Sie mit einer Beratungsstelle, bevor Sie einen der beiden Anträge stellen.
notice-pension-portability-title = Ihre Rente und Sozialversicherung
notice-pension-portability = Fragen Sie vor der Ausreise, ob Sie Ihre Rente oder Ihre Ansprüche aus der Sozialversicherung mitnehmen können.
notice-reentry-loss-title = Später zurückkommen
notice-reentry-loss = Die Ausreise kann Ihr Recht betreffen, später zurückzukommen, zum Beispiel durch eine Einreisesperre. Fragen Sie eine Rechtsberatung, bevor Sie gehen.
notice-information-first-title = Zuerst die Informationen bekommen
notice-information-first = Sie haben gesagt, dass Ihnen noch Informationen fehlen. Sie haben ein Recht auf vollständige und klare Informationen, bevor Sie sich entscheiden.
notice-decision-is-theirs-title = Die Person entscheidet selbst
notice-decision-is-theirs = Als helfende Person geben Sie Informationen und Unterstützung, aber lassen Sie die Person frei entscheiden.
notice-remigration-safety-title = Wenn Sie daran denken, wieder wegzugehen
notice-remigration-safety = Reisen ohne Visum oder Erlaubnis sind gefährlich. Fragen Sie zuerst nach rechtmäßigen Wegen, im Ausland zu arbeiten oder zu studieren.
rank-return-wish = Sie haben gesagt, dass Sie zurückkehren möchten. Dies ist ein Weg zum Bleiben, der für Sie in Frage kommen kann. Er wird gezeigt, damit Sie Ihre Rechte kennen, bevor Sie entscheiden.
notice-temporary-protection-return = Sie haben vorübergehenden Schutz. Bevor Sie sich für die Rückkehr entscheiden, fragen Sie, was Sie behalten oder verlieren würden und ob Sie zurückkommen könnten, solange der Schutz gilt. Manche Länder erlauben zuerst einen kurzen Besuch in der Heimat. Klären Sie das mit einer Beratungsstelle.
notice-temporary-protection-return-title = Vorübergehender Schutz und Rückkehr
hold-hold-origin-authorities = Sie brauchen vielleicht Schutz. Wenn Sie sich an die Behörden Ihres Landes wenden (ein Konsulat, eine Botschaft oder ein Ministerium), kann das Sie oder einen Antrag auf Schutz gefährden. Sprechen Sie zuerst mit einer Beratungsstelle.
