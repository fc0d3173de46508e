## El marco del widget: página de inicio, botones, navegación, página de revisión, página de resultados, seguridad.

lang-label = Idioma · Language

## Página de inicio
start-heading = Descubra qué opciones pueden aplicarse a su caso
start-what = Responda unas preguntas sobre su situación. Verá qué formas de volver a su país, de quedarse o de obtener protección pueden aplicarse a su caso, por qué, y quién puede ayudarle.
start-private = Sus respuestas se quedan en este dispositivo. Nunca se envían a ningún lugar y no se guarda nada. No tiene que dar su nombre.
start-not-advice = Esto es información, no asesoramiento legal. Confirme siempre con un asesor antes de decidir.
start-decision = Lo que elija es su decisión. Nadie debe presionarle para volver a su país.
start-safety-link = Cómo usar esta página de forma segura
start-loading = Preparando las preguntas. Con una conexión lenta, esto puede tardar un momento.

## Botones y enlaces
btn-start = Empezar
btn-continue = Continuar
btn-see-results = Ver resultados
btn-back = Atrás
btn-change = Cambiar
btn-start-again = Empezar de nuevo
btn-print = Imprimir o guardar estos resultados
btn-leave = Salir de esta página
btn-leave-skip = Salir rápido de esta página
btn-read-aloud = Leer en voz alta
read-aloud-toggle = Escuchar en voz alta las preguntas y los resultados

## Opciones de respuesta usadas en muchas preguntas
opt-prefer-not = Prefiero no decirlo
opt-none-of-these = Ninguna de estas
opt-or = o
hint-choose-all = Elija todas las que correspondan.

## Errores en una página de pregunta
error-summary-title = Hay un problema
error-choose-one = Elija una respuesta, o “Prefiero no decirlo”.
error-choose-one-only = Elija una respuesta.
error-choose-some = Elija al menos una respuesta, “Ninguna de estas” o “Prefiero no decirlo”.
error-choose-country-host = Elija en la lista el país donde está ahora.
error-choose-country-origin = Elija en la lista el país de su nacionalidad, o “Prefiero no decirlo”.

## Revisar sus respuestas
check-heading = Revise sus respuestas
check-intro = Puede cambiar cualquier respuesta antes de ver sus resultados.
check-not-answered = Prefirió no decirlo
check-labelled = { $label }: { $value }
check-none = Ninguna de estas

## Resultados
results-heading = Opciones que pueden aplicarse a su caso
results-intro = { $count ->
    [0] No encontramos opciones para estas respuestas. Aun así, un asesor puede ayudarle.
    [one] Encontramos { $count } opción que puede aplicarse a su caso.
   *[other] Encontramos { $count } opciones que pueden aplicarse a su caso.
}
results-not-advice = Esto no es asesoramiento legal. Cada opción de esta página “puede aplicarse”: confirme con un asesor antes de decidir nada.
results-group-protection = Protección y apoyo
results-group-stay = Quedarse de forma legal
results-group-return = Volver a su país
results-group-advice = Asesoramiento
results-may-apply = Puede aplicarse
results-info-only = Solo como información
results-held = Se muestra solo como información, porque:
results-why = Por qué ve esto
results-why-you-said = Usted dijo:
results-next = Siguiente paso
results-sources = Fuentes
results-rules-as-of = Normas vigentes a fecha de { $date } ({ $pack }).
results-reviewed = Última revisión: { $date }.
results-review-old = Estas normas se revisaron por última vez el { $date }, hace más de 12 meses. Algunas pueden haber cambiado: consulte con un asesor.
results-notices = Es bueno saber
results-ended = Esta vía ha terminado ({ $date }). Se muestra para que sepa que ya no está abierta.
results-pack-generic = normas generales, no específicas de un país
results-pack-country = normas de { $country }

## Fechas: date-long escribe una fecha; $day y $year son números, $month el nombre del mes de abajo.
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Citas
cite-seed = Documento fuente de la OIM { $doc }, líneas { $lines }

## Interrupción de seguridad y página de seguridad
safety-heading = Antes de las siguientes preguntas
safety-sensitive = Las siguientes preguntas tratan sobre su seguridad y su situación. En todas puede elegir “Prefiero no decirlo”.
safety-leave-button = Si alguien llega, pulse “Salir de esta página”, arriba. Sus respuestas se borran y se abre otra página.
safety-shift = En un teclado, también puede pulsar 3 veces la tecla Mayús (Shift).
safety-more = Cómo usar esta página de forma segura
safety-page-heading = Cómo usar esta página de forma segura
safety-page-device = Sus respuestas solo se conservan mientras esta página está abierta. Nunca se envían a ningún lugar ni se guardan.
safety-page-history = Aun así, su navegador puede recordar que visitó esta página. Para evitarlo, use una ventana privada (también llamada de incógnito), o borre después su historial de navegación.
safety-page-shared = Si otra persona usa o revisa este teléfono o esta computadora, use una ventana privada y ciérrela cuando termine.
safety-page-exit = “Salir de esta página” y pulsar Mayús 3 veces borran sus respuestas al instante y abren otra página. El botón Atrás no mostrará sus respuestas.
safety-page-offline = Este sitio guarda una copia de esta herramienta en su dispositivo, para que funcione otra vez sin internet. Nunca guarda sus respuestas. Pero otra persona que revise este teléfono o esta computadora puede ver que se usó la herramienta: en la lista de datos de sitios que guarda el navegador, o por un icono en la pantalla de inicio si se añadió uno. En una ventana privada, la copia se borra cuando la cierra.
exit-shift-count = { $left ->
    [one] Pulse Mayús { $left } vez más para salir de esta página.
   *[other] Pulse Mayús { $left } veces más para salir de esta página.
}
exit-leaving = Saliendo de esta página

## Problemas de configuración del sitio (se muestran en el idioma de la persona; los detalles van a la consola)
error-config = Esta página se configuró con una opción que no está permitida, así que se usa en su lugar un ajuste seguro. Sigue funcionando.

## Preguntas sobre países
country-other = Otro país
country-stateless = No tengo ninguna nacionalidad (apátrida)
country-choose = Elija un país
error-pack = No se pudieron cargar las normas de este país, así que se muestran las normas generales.

## Issue 11: results that fit a phone, who to call, the handout, honest progress
start-length = Son unas 10 a 15 preguntas cortas. La mayoría de las personas tarda de 5 a 10 minutos. Puede saltar cualquier pregunta sobre algo que prefiera no decir.
progress-part = Parte { $n } de { $total }: { $name }
part-1 = Sobre usted
part-2 = Sus planes
part-3 = Sus papeles
part-4 = Su seguridad
part-5 = Su vida aquí y en su país
q-countries-host-set = Este servicio es para personas que están en { $country }.
results-summary = Empiece por aquí
results-who = Quién puede ayudar
results-why-everyone = Todas las personas ven esta opción. Un asesor puede ayudar con cualquier pregunta.
results-why-general = Aparece por la situación que ha descrito.
cite-read = consultado el { $date }
contact-hours-always = Abierto todos los días, de día y de noche
contact-languages = Idiomas: { $list }
results-second-lang = Segundo idioma en la hoja impresa (para un asesor o un funcionario)
results-second-none = Ninguno
restart-confirm-title = ¿Empezar de nuevo?
restart-confirm-text = Esto borra todas las respuestas de este dispositivo. No podrá recuperarlas.
btn-restart-yes = Sí, borrar mis respuestas
btn-restart-no = No, conservar mis respuestas
handout-title = Sus opciones: un resumen para llevar
handout-made = Hecho el { $date }. Normas vigentes a { $rules } ({ $pack }).
handout-answers = Sus respuestas
handout-for-counsellor = Para que lo rellene la organización o el asesor
handout-organisation = Organización:
handout-counsellor = Asesor o asesora:
handout-contact = Teléfono o correo electrónico:
handout-notes = Notas:
handout-footer = Hecho en este dispositivo. No muestra ningún nombre ni nada que le identifique.
