## Las vías que puede mostrar un resultado: path-<id>-title, -what (qué significa y qué ofrece), -next (el siguiente paso).
## Después, los bloqueos (por qué una vía se muestra solo como información) y los avisos.

path-asylum-referral-title = Asilo y protección internacional
path-asylum-referral-what = Si teme sufrir daño en su país, puede que tenga derecho a protección aquí. No se le debe enviar de vuelta a un lugar donde su vida o su libertad estén en peligro.
path-asylum-referral-next = Hable con un servicio de ayuda a personas refugiadas o con ACNUR antes de decidir nada sobre el regreso.

path-trafficking-referral-title = Ayuda para personas controladas o explotadas
path-trafficking-referral-what = Lo que nos contó puede ser una señal de trata de personas o de explotación. Hay ayuda para su seguridad, un lugar seguro donde quedarse, atención médica y asesoramiento legal.
path-trafficking-referral-next = Contacte con un servicio contra la trata de personas o con un asesor de su confianza. Si está en peligro, llame al número de emergencias.

path-child-protection-title = Protección para niños y niñas
path-child-protection-what = Los niños y las niñas tienen una protección especial. Toda decisión debe poner primero lo que es mejor para usted, y un tutor debería ayudarle.
path-child-protection-next = Pida a un servicio de protección de la infancia o a un asesor que le ayude a usted y a su tutor.

path-safety-hold-title = Primero, la seguridad en su país
path-safety-hold-what = Puede que ahora haya una crisis en su país. Puede que volver no sea seguro en este momento.
path-safety-hold-next = Pregunte a un asesor o a ACNUR por la situación en su país antes de decidir.

path-torture-survivor-support-title = Apoyo para sobrevivientes de tortura y violencia
path-torture-survivor-support-what = Hay servicios especializados que ayudan a las personas que fueron torturadas o sufrieron heridas graves, con atención médica y psicológica.
path-torture-survivor-support-next = Pida a un asesor que le ponga en contacto con un servicio para sobrevivientes de tortura.

path-capacity-assessment-title = Apoyo extra para decidir
path-capacity-assessment-what = Cuando puede ser difícil tomar una decisión sin ayuda, una persona preparada comprueba que la elección es libre y se entiende bien, y que hay apoyo.
path-capacity-assessment-next = Un asesor debería organizar esta comprobación antes de cualquier decisión sobre el regreso.

path-health-referral-title = Atención médica
path-health-referral-what = Sus necesidades de salud son lo primero. Puede que aquí haya atención médica disponible, y el viaje puede necesitar ayuda médica.
path-health-referral-next = Hable con un médico o un servicio de salud, y diga a su asesor qué atención necesita.

path-humanitarian-assistance-title = Ayuda urgente: refugio, comida y atención
path-humanitarian-assistance-what = Si está sin dinero ni techo y no tiene a dónde ir, las organizaciones humanitarias pueden ayudarle con sus necesidades básicas.
path-humanitarian-assistance-next = Contacte con la OIM, la Cruz Roja o la Media Luna Roja, o con una organización de ayuda local.

path-gender-family-support-title = Apoyo para usted y su familia
path-gender-family-support-what = Las mujeres, los niños y las familias pueden recibir apoyo extra, por ejemplo para la salud, la escuela o un lugar seguro donde vivir.
path-gender-family-support-next = Cuente a su asesor lo que necesita su familia.

path-older-person-support-title = Apoyo para personas mayores
path-older-person-support-what = Las personas mayores pueden recibir ayuda extra con la salud, el viaje y los ingresos.
path-older-person-support-next = Diga a su asesor qué ayuda necesita.

path-deadline-urgent-title = Puede que tenga un plazo
path-deadline-urgent-what = Una orden de salir del país suele tener una fecha. Algunos derechos y opciones terminan después de esa fecha.
path-deadline-urgent-next = Muestre la carta a un asesor jurídico lo antes posible.

path-legal-advice-title = Asesoramiento legal sobre su permanencia
path-legal-advice-what = Un asesor jurídico puede revisar su situación y explicarle sus derechos. A menudo hay asesoramiento gratuito.
path-legal-advice-next = Contacte con un servicio de asistencia jurídica, una organización de apoyo a migrantes o un abogado.

path-regularisation-title = Formas de quedarse legalmente
path-regularisation-what = Algunos países tienen formas de obtener un permiso para quedarse, por ejemplo después de muchos años, por la familia, por trabajo o formación, o por razones humanitarias. Dependen del país y de sus leyes.
path-regularisation-next = Pregunte a un asesor jurídico qué formas de quedarse existen en este país y si alguna puede aplicarse a su caso.

path-avrr-before-deadline-title = Retorno voluntario asistido antes de la fecha de salida
path-avrr-before-deadline-what = Si quiere volver a su país, un programa de retorno voluntario asistido puede ayudarle, a menudo solo si lo solicita antes de la fecha en que debe salir.
path-avrr-before-deadline-next = Pregunte pronto a un asesor de retorno o a la OIM, antes de que termine el plazo.

path-avrr-title = Retorno voluntario asistido y reintegración (AVRR)
path-avrr-what = Programas como el de la OIM pueden ayudar a las personas que eligen volver a su país: información, viaje y apoyo para empezar de nuevo. Es su decisión.
path-avrr-next = Pregunte a un asesor de retorno o a la OIM por el programa en este país.

path-avr-stranded-title = Retorno asistido para personas atrapadas en el camino
path-avr-stranded-what = Si no puede salir de un país por el que está de paso, la OIM puede ayudarle a volver a su país de forma segura y digna.
path-avr-stranded-next = Contacte con la OIM o con una organización humanitaria en este país.

path-independent-return-title = Volver a su país por su cuenta
path-independent-return-what = Puede organizar su propio viaje. Compruebe primero lo que necesita: documentos, qué pasa con sus permisos y si hay alguna prohibición de volver.
path-independent-return-next = Pregunte a un asesor o a su consulado qué debe comprobar antes de viajar.

path-labour-return-title = Volver al terminar un contrato de trabajo
path-labour-return-what = Cuando termina un contrato de trabajo, puede que su empleador o la agencia tengan que ayudarle con el viaje y pagarle lo que le deben.
path-labour-return-next = Revise su contrato y pregunte en su consulado o en una organización de trabajadores.

path-voluntary-repatriation-title = Repatriación voluntaria
path-voluntary-repatriation-what = Si huyó de una crisis que ya terminó, ACNUR y la OIM pueden ayudar a las personas refugiadas a volver a su país cuando sea seguro y por libre decisión.
path-voluntary-repatriation-next = Hable con ACNUR o con un servicio de ayuda a personas refugiadas.

path-consular-documents-title = Documentos de viaje de su consulado
path-consular-documents-what = Para viajar a su país, puede que necesite un pasaporte nuevo o un documento de viaje de emergencia del consulado de su país.
path-consular-documents-next = Contacte con el consulado o la embajada de su país.

path-origin-reception-title = La llegada a su país
path-origin-reception-what = Los servicios de su país pueden recibirle a su llegada y ayudarle en los primeros días: transporte, un lugar donde quedarse, atención médica.
path-origin-reception-next = Pregunte por los servicios de acogida antes de viajar, o cuando llegue.

path-reintegration-support-title = Ayuda para empezar de nuevo en su país
path-reintegration-support-what = Los programas de reintegración pueden ayudar con trabajo, formación, un pequeño negocio, salud y apoyo psicológico, para usted y su comunidad.
path-reintegration-support-next = Pregunte a la OIM o a los servicios para migrantes de su país por el apoyo a la reintegración.

path-virtual-engagement-title = Ayudar a su país desde el extranjero
path-virtual-engagement-what = Puede compartir sus conocimientos, comerciar o invertir en su país sin volver a vivir allí, por ejemplo a través de programas para la diáspora.
path-virtual-engagement-next = Pregunte en su consulado o en una organización de la diáspora por estos programas.

path-labour-channels-title = Formas legales de trabajar en el extranjero
path-labour-channels-what = Algunos países tienen vías legales de trabajo y formación con visa. Usarlas le protege de la explotación.
path-labour-channels-next = Pregunte al ministerio de trabajo de su país o a una agencia de contratación autorizada por ese ministerio. Nunca pague a un reclutador que no conoce.

path-free-movement-title = Libre movilidad en Centroamérica
path-free-movement-what = Los ciudadanos de Guatemala, Honduras, El Salvador y Nicaragua pueden moverse entre estos países con un documento de identidad (el acuerdo CA-4).
path-free-movement-next = Pregunte en la oficina de migración o en su consulado qué documento necesita.

path-counsellor-title = Hable con un asesor
path-counsellor-what = Un asesor puede revisar con usted cada opción, de forma confidencial, y ayudarle a decidir. La decisión es suya.
path-counsellor-next = Contacte con una organización de apoyo a migrantes, un servicio de asistencia jurídica, la OIM o ACNUR.

## Bloqueos: por qué una vía se muestra solo como información.
hold-hold-pressure = usted dijo que alguien le está presionando para volver. El regreso debe ser su propia decisión libre.
hold-hold-child = tiene menos de 18 años y no está con su padre, su madre o un tutor. Antes de que un niño o una niña regrese, hay que ver primero qué es lo mejor en su caso.
hold-hold-crisis = puede que ahora haya una crisis en su país.
hold-hold-protection = puede que necesite protección. Hay que estudiar su seguridad antes de cualquier regreso.
hold-hold-origin-authorities = puede que necesite protección. Contactar con las autoridades de su país (un consulado, una embajada o un ministerio) puede ponerle en riesgo a usted o a una solicitud de protección. Hable antes con un asesor.
hold-hold-trafficking = puede que alguien le controle o le explote. Su seguridad es lo primero.
hold-hold-capacity = puede ser difícil tomar la decisión sin ayuda. Primero hay que comprobar el apoyo.
hold-ended = esta vía ha terminado.
rank-return-wish = Usted dijo que quiere volver a su país. Esta es una forma de quedarse que puede aplicarse a su caso. Se muestra para que conozca sus derechos antes de decidir.

## Avisos en la página de resultados.
notice-return-and-stay-title = Hable con un asesor antes de solicitar cualquiera de las dos cosas
notice-return-and-stay = Una forma de quedarse y la ayuda para volver a su país pueden afectarse entre sí. En algunos países, solicitar el retorno asistido cierra vías para quedarse por trabajo o formación. Hable con un asesor antes de solicitar cualquiera de las dos cosas.
notice-temporary-protection-return-title = Protección temporal y regreso
notice-temporary-protection-return = Usted tiene protección temporal. Antes de decidir volver, pregunte qué conservaría o perdería, y si podría regresar aquí mientras dure la protección. Algunos países permiten antes una visita corta a su país. Confírmelo con un asesor.
notice-pension-portability-title = Su pensión y su seguridad social
notice-pension-portability = Antes de irse, pregunte si puede llevarse sus derechos de pensión o de seguridad social.
notice-reentry-loss-title = Volver más adelante
notice-reentry-loss = Irse puede afectar a su derecho a volver, por ejemplo con una prohibición de entrada. Pregunte a un asesor jurídico antes de irse.
notice-information-first-title = Infórmese primero
notice-information-first = Usted dijo que no tiene toda la información que necesita. Tiene derecho a recibir información completa y clara antes de decidir.
notice-decision-is-theirs-title = La decisión es de la persona
notice-decision-is-theirs = Como persona que ayuda, dé información y apoyo, pero deje que la persona decida libremente.
notice-remigration-safety-title = Si piensa irse otra vez
notice-remigration-safety = Los viajes irregulares son peligrosos. Pregunte primero por las formas legales de trabajar o estudiar en el extranjero.
