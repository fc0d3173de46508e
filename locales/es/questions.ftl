## Las preguntas. Para cada una: q-<id> es la pregunta, q-<id>-hint una ayuda, q-<id>-short su etiqueta en la
## página de revisión. opt-<fact>-<value> nombra cada valor de cada dato; fact-<fact> nombra el dato en «por qué».

q-respondent = ¿Quién responde estas preguntas?
q-respondent-hint = Las preguntas se dirigen a la persona de la que tratan las respuestas. Si responde por otra persona, responda como lo haría esa persona.
q-respondent-short = Quién responde
opt-respondent-self = Respondo por mí
opt-respondent-counsellor = Soy asesor o asesora y respondo junto con una persona a la que atiendo
opt-respondent-helper = Estoy ayudando a un amigo, una amiga o un familiar
fact-respondent = Quién responde

q-location = ¿Dónde está ahora?
q-location-short = Dónde está ahora
opt-location-host = En el país donde he estado viviendo o trabajando
opt-location-transit = De camino, en un país por el que estoy pasando
opt-location-origin = De vuelta en mi propio país
fact-location = Dónde está ahora

q-countries = ¿Qué países?
q-countries-hint = Esto ayuda a mostrar las normas y los servicios del país correcto.
q-countries-host = El país donde está ahora
q-countries-origin = El país de su nacionalidad
q-countries-short = Países
fact-host-country = El país donde está
fact-origin-country = El país de su nacionalidad

q-return-mode = ¿Cómo volvió?
q-return-mode-short = Cómo volvió
opt-return-mode-own = Por mi cuenta
opt-return-mode-programme = Con un programa de retorno
opt-return-mode-forced = Me obligaron a salir (deportación o expulsión)
fact-return-mode = Cómo volvió

q-remigrate-soon = ¿Está pensando en irse otra vez pronto?
q-remigrate-soon-short = Irse otra vez pronto
opt-remigrate-soon-yes = Sí
opt-remigrate-soon-no = No
opt-remigrate-soon-unsure = No lo sé
fact-remigrate-soon = Piensa en irse otra vez

q-wish = ¿Qué le gustaría hacer?
q-wish-hint = No hay respuestas incorrectas. Puede cambiar de opinión en cualquier momento.
q-wish-short = Lo que le gustaría hacer
opt-wish-return = Volver a mi país
opt-wish-stay = Quedarme en este país
opt-wish-elsewhere = Ir a otro país
opt-wish-unsure = Todavía no lo sé
fact-wish = Lo que le gustaría hacer

q-informed = ¿Tiene la información que necesita para decidir?
q-informed-short = Información para decidir
opt-informed-yes = Sí
opt-informed-partly = En parte
opt-informed-no = No
fact-informed = Información para decidir

q-capacity-concern = ¿Podría resultarle difícil entender esta decisión o tomarla sin ayuda?
q-capacity-concern-hint = Por ejemplo, por la edad, una enfermedad, un trauma o una discapacidad. Si es así, se puede organizar apoyo.
q-capacity-concern-short = Difícil decidir sin ayuda
opt-capacity-concern-yes = Sí
opt-capacity-concern-no = No
fact-capacity-concern = Difícil decidir sin ayuda

q-means = ¿Podría pagar el viaje de vuelta por su cuenta?
q-means-short = Pago del viaje
opt-means-own = Sí, puedo pagarlo yo
opt-means-travel-help = Necesito ayuda con el viaje
opt-means-full-help = Necesito ayuda con el viaje y para empezar de nuevo
fact-means = Pago del viaje

q-stay-status = ¿Cuál es su situación en este país?
q-stay-status-hint = Elija la que más se parezca a su situación.
q-stay-status-short = Su situación aquí
opt-stay-status-valid = Tengo un permiso o una visa vigente
opt-stay-status-expiring = Mi permiso o mi visa vence pronto
opt-stay-status-expired = Mi permiso o mi visa ya venció
opt-stay-status-irregular-entry = Entré sin papeles
opt-stay-status-refused-entry = Me negaron la entrada en la frontera
opt-stay-status-asylum-pending = Pedí asilo y espero la respuesta
opt-stay-status-asylum-refused = Me rechazaron la solicitud de asilo
opt-stay-status-tolerated = Mi expulsión está suspendida (por ejemplo, una Duldung en Alemania)
opt-stay-status-temporary-protection = Tengo protección temporal (por ejemplo, como persona que huyó de Ucrania)
opt-stay-status-contract-ending = Mi contrato de trabajo va a terminar
opt-stay-status-unknown = No lo sé
# An option with the local name of a status or paper that the country pack gives (Duldung, OQTF…).
opt-with-local-name = { $option } – { $local }
fact-stay-status = Su situación aquí

q-order-to-leave = ¿Le han dicho por escrito que tiene que salir del país?
q-order-to-leave-short = Orden de salir del país
opt-order-to-leave-yes = Sí
opt-order-to-leave-no = No
opt-order-to-leave-unsure = No lo sé
fact-order-to-leave = Orden de salir del país

opt-documents-valid = Tengo un pasaporte o documento de viaje vigente
opt-documents-expired = Mi pasaporte o documento de viaje está vencido
opt-documents-none = No tengo pasaporte ni documento de viaje
fact-documents = Pasaporte o documento de viaje

opt-social-security-yes = Aquí pagué la seguridad social o aportes para una pensión
opt-social-security-no = Aquí no pagué la seguridad social
opt-social-security-unknown = No sé si pagué la seguridad social
opt-reentry-risk-yes = Irme podría impedirme volver aquí más adelante
opt-reentry-risk-no = Irme no me impediría volver
opt-reentry-risk-unknown = No sé si podría volver
fact-social-security = Seguridad social o pensión
fact-reentry-risk = Volver más adelante

q-fear-of-harm = ¿Tiene miedo de que le hagan daño si vuelve a su país?
q-fear-of-harm-short = Miedo a sufrir daño en su país
opt-fear-of-harm-yes = Sí
opt-fear-of-harm-no = No
opt-fear-of-harm-unsure = No lo sé
fact-fear-of-harm = Miedo a sufrir daño en su país

q-screening = ¿Cuáles de estas frases se aplican a su caso?
q-screening-hint = Sus respuestas se quedan en este dispositivo.
q-screening-short = Su seguridad y su salud
opt-pressure-yes = Alguien me está presionando para volver
opt-pressure-no = Nadie me está presionando para volver
opt-trafficking-signs-yes = Alguien me controla, se queda con mis documentos o me obliga a trabajar para pagar una deuda
opt-trafficking-signs-no = Nadie me controla ni se queda con mis documentos
opt-torture-or-abuse-yes = Me torturaron, me golpearon o me hirieron gravemente, en mi país o en el camino
opt-torture-or-abuse-no = No me torturaron ni me hirieron gravemente
opt-at-risk-group-yes = Podría estar en peligro en mi país por quien soy (por ejemplo, por mis creencias, mi etnia o a quién amo)
opt-at-risk-group-no = No estoy en peligro por quien soy
opt-crisis-at-origin-yes = Ahora hay una guerra, un desastre o una crisis en mi país
opt-crisis-at-origin-no = Ahora no hay guerra ni crisis en mi país
opt-crisis-at-origin-unsure = No sé si hay una crisis en mi país
opt-fled-crisis-yes = Salí de mi país por una guerra, por la violencia o por un desastre
opt-fled-crisis-no = No salí de mi país por una guerra o un desastre
opt-stranded-yes = Estoy aquí sin dinero ni techo y no tengo a dónde ir
opt-stranded-no = Aquí tengo dinero o un lugar donde vivir
opt-health-needs-yes = Tengo una enfermedad grave o necesito atención médica
opt-health-needs-no = No necesito atención médica
opt-pregnant-yes = Estoy embarazada
opt-pregnant-no = No estoy embarazada
fact-pressure = Presión para volver
fact-trafficking-signs = Bajo el control de otra persona
fact-torture-or-abuse = Tortura o heridas graves
fact-at-risk-group = En peligro por quien es
fact-crisis-at-origin = Crisis en su país
fact-fled-crisis = Salió por guerra o desastre
fact-stranded = Sin dinero ni techo, sin a dónde ir
fact-health-needs = Atención médica
fact-pregnant = Embarazo

q-age-band = ¿Cuántos años tiene?
q-age-band-short = Edad
opt-age-band-under-15 = Menos de 15
opt-age-band-15-17 = De 15 a 17
opt-age-band-18-26 = De 18 a 26
opt-age-band-27-59 = De 27 a 59
opt-age-band-60-plus = 60 o más
fact-age-band = Edad

q-with-guardian = ¿Está aquí con su padre, su madre o un tutor?
q-with-guardian-short = Con padre, madre o tutor
opt-with-guardian-yes = Sí, con mi padre, mi madre o un tutor legal
opt-with-guardian-other-adult = Con otra persona adulta
opt-with-guardian-no = No, no hay nadie conmigo
fact-with-guardian = Con padre, madre o tutor

q-tailor = ¿Quiere responder algunas preguntas más sobre el regreso a su país?
q-tailor-hint = Ayudan a mostrar el apoyo para el viaje y para empezar de nuevo. Puede saltarlas.
q-tailor-short = Más preguntas sobre el regreso
opt-tailor-yes = Sí, pregúnteme más
opt-tailor-no = No, muéstreme mis resultados

q-family-returning = ¿Quién volvería con usted?
q-family-returning-short = Quién volvería con usted
opt-family-returning-none = Nadie, volvería sin compañía
opt-family-returning-partner = Mi pareja
opt-family-returning-children = Mis hijos
opt-family-returning-other = Otros familiares
fact-family-returning = Quién volvería con usted

q-welcome-expected = ¿Cree que su familia y su comunidad le darán una buena acogida a su regreso?
q-welcome-expected-short = Acogida en su país
opt-welcome-expected-yes = Sí
opt-welcome-expected-unsure = No lo sé
opt-welcome-expected-no = No
fact-welcome-expected = Acogida en su país

q-restart-needs = ¿Qué le ayudaría más a empezar de nuevo en su país?
q-restart-needs-short = Ayuda para empezar de nuevo
opt-restart-needs-job = Encontrar trabajo
opt-restart-needs-training = Formación o aprender un oficio
opt-restart-needs-business = Empezar un pequeño negocio
opt-restart-needs-credit = Un préstamo o un crédito
opt-restart-needs-housing = Un lugar donde vivir
opt-restart-needs-health = Atención médica
opt-restart-needs-psychosocial = Alguien con quien hablar de lo que viví
opt-restart-needs-school = Escuela para mis hijos
opt-restart-needs-documents = Conseguir documentos
opt-restart-needs-cash = Dinero para las primeras semanas
fact-restart-needs = Ayuda para empezar de nuevo

q-future-mobility = ¿Le gustaría poder trabajar de nuevo en el extranjero algún día, de forma legal?
q-future-mobility-short = Trabajar otra vez en el extranjero
opt-future-mobility-yes = Sí
opt-future-mobility-no = No
opt-future-mobility-unsure = No lo sé
fact-future-mobility = Trabajar otra vez en el extranjero

q-time-in-host = ¿Cuánto tiempo lleva viviendo en este país?
q-time-in-host-short = Tiempo en este país
opt-time-in-host-under-1 = Menos de 1 año
opt-time-in-host-1-2 = De 1 a 2 años
opt-time-in-host-2-3 = De 2 a 3 años
opt-time-in-host-3-4 = De 3 a 4 años
opt-time-in-host-4-6 = De 4 a 6 años
opt-time-in-host-6-8 = De 6 a 8 años
opt-time-in-host-8-plus = 8 años o más
fact-time-in-host = Tiempo en este país

q-situation = ¿Cuáles de estas frases se aplican a su caso?
q-situation-short = Su situación
opt-family-in-host-citizen-or-resident = Mi pareja, mi padre o mi madre vive aquí con la nacionalidad de este país o con un permiso
opt-family-in-host-child-citizen = Mi hijo o mi hija tiene la nacionalidad de este país
opt-family-in-host-child-born-here = Mi hijo o mi hija nació aquí
opt-family-in-host-child-in-school = Mi hijo o mi hija va a la escuela aquí
opt-in-training-yes = Aquí estudio o me formo para un trabajo
opt-in-training-no = Aquí no estudio ni me formo
fact-family-in-host = Familia aquí
fact-in-training = Estudios o formación aquí

opt-work-formal = Trabajo aquí con contrato
opt-work-informal = Trabajo aquí sin contrato
opt-work-offer = Tengo una oferta de trabajo aquí
opt-work-none = No trabajo aquí
fact-work = Trabajo aquí

q-virtual-engagement = ¿Le gustaría ayudar a su país de origen desde aquí (por ejemplo, con sus conocimientos, con el comercio o con inversiones)?
q-virtual-engagement-short = Ayudar a su país desde aquí
opt-virtual-engagement-yes = Sí
opt-virtual-engagement-no = No
fact-virtual-engagement = Ayudar a su país desde aquí
