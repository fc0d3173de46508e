## Las vías y los avisos que añaden los paquetes de país (src/rules/packs/<cc>.json).
## Para cada vía: path-<id>-title, -what (qué es y qué ofrece, las condiciones en palabras sencillas), -next (el siguiente paso).
## Cada vía aquí “puede aplicarse”: ninguna es una decisión. No añadir nunca importes de ayudas.
## Los nombres de autoridades y programas vienen de los `names` del paquete y se muestran tal cual.

## Alemania (de)

path-regularisation-de-sustained-integration-title = Un permiso para personas asentadas en Alemania (§ 25b)
path-regularisation-de-sustained-integration-what = Si tiene una Duldung y ha vivido en Alemania durante muchos años, puede aplicarse un permiso para personas asentadas en el país. Por regla general necesita 6 años aquí (4 años si vive con su hijo o hija menor de 18 años), algo de alemán (nivel A2) y ganarse la vida sobre todo con su trabajo. Si una enfermedad, una discapacidad o la edad le impiden trabajar, no se aplica la condición del trabajo. Confirme con un asesor.
path-regularisation-de-sustained-integration-next = Pida a un servicio de asesoramiento para migrantes (Migrationsberatung) o a un consejo de refugiados (Flüchtlingsrat) que revise con usted los requisitos antes de presentar la solicitud en la oficina de extranjería (Ausländerbehörde).

path-regularisation-de-young-people-title = Un permiso para jóvenes asentados en Alemania (§ 25a)
path-regularisation-de-young-people-what = Los jóvenes de 14 a 26 años pueden obtener un permiso de residencia después de 3 años en Alemania y al menos 12 meses con una Duldung, por regla general con 3 años de escuela aquí o un título escolar o profesional obtenido aquí. Debe presentar la solicitud antes de cumplir 27 años. Confirme con un asesor.
path-regularisation-de-young-people-next = Pida a un servicio de migración juvenil (Jugendmigrationsdienst) o a un servicio de asesoramiento que lo revise con usted. Presente la solicitud antes de cumplir 27 años.

path-regularisation-de-training-title = Quedarse para hacer una formación profesional (§ 16g, § 60c)
path-regularisation-de-training-what = Si está haciendo, o va a empezar pronto, una formación profesional reconocida (Ausbildung), puede aplicarse una Duldung o un permiso de residencia durante la formación, también si la empezó durante su procedimiento de asilo. Las personas de algunos países están excluidas. Confirme con un asesor.
path-regularisation-de-training-next = Pida a un servicio de asesoramiento y a su empresa de formación que le ayuden a presentar la solicitud en la oficina de extranjería (Ausländerbehörde). Hágalo pronto, y antes de dar cualquier paso para salir de Alemania.

path-regularisation-de-employment-toleration-title = Una Duldung para personas que trabajan (§ 60d)
path-regularisation-de-employment-toleration-what = Si llegó a Alemania a más tardar a finales de 2022, tiene una Duldung desde hace 12 meses y desde hace 12 meses vive de un trabajo con seguridad social de al menos 20 horas por semana, puede aplicarse una Duldung por empleo; también necesita algo de alemán (nivel A2). Más adelante puede llevar a un permiso de residencia. Confirme con un asesor.
path-regularisation-de-employment-toleration-next = Pida a un servicio de asesoramiento que revise con usted su contrato de trabajo y sus nóminas o recibos de sueldo antes de presentar la solicitud en la oficina de extranjería (Ausländerbehörde).

path-regularisation-de-humanitarian-title = Un permiso cuando no puede salir del país (§ 25 Abs. 5)
path-regularisation-de-humanitarian-what = Si no puede salir de Alemania por razones que no son culpa suya, por ejemplo una enfermedad larga o no poder conseguir documentos de viaje, puede aplicarse un permiso de residencia por razones humanitarias. Por regla general debería concederse cuando su expulsión lleva 18 meses suspendida. Confirme con un asesor.
path-regularisation-de-humanitarian-next = Pregunte a un asesor jurídico o a un consejo de refugiados (Flüchtlingsrat) si sus razones cuentan, antes de presentar la solicitud en la oficina de extranjería (Ausländerbehörde).

path-regularisation-de-family-title = Un permiso por razones familiares
path-regularisation-de-family-what = Si su esposo, esposa o pareja, o su hijo o hija, tiene la nacionalidad alemana o vive en Alemania con un permiso, puede aplicarse un permiso de residencia por razones familiares. La ley tiene reglas especiales para un padre o una madre que cuida de un hijo o hija de nacionalidad alemana menor de 18 años. Confirme con un asesor.
path-regularisation-de-family-next = Pregunte a un servicio de asesoramiento para migrantes (Migrationsberatung) qué regla familiar se ajusta a su caso y qué papeles necesita.

path-regularisation-de-hardship-commission-title = La comisión de casos de especial dificultad de su estado (§ 23a)
path-regularisation-de-hardship-commission-what = Cada estado federado alemán (Land) puede tener una comisión de casos de especial dificultad, que puede pedir que una persona obligada a salir del país reciba un permiso de residencia por circunstancias personales muy difíciles. No es un derecho que pueda reclamar, y normalmente se intenta cuando no queda ninguna otra vía. Puede aplicarse a su caso.
path-regularisation-de-hardship-commission-next = Pregunte a un servicio de asesoramiento o a un consejo de refugiados (Flüchtlingsrat) si conviene llevar su caso a la comisión de casos de especial dificultad (Härtefallkommission) de su estado.

path-regularisation-de-opportunity-residence-title = Chancen-Aufenthaltsrecht (esta vía ha terminado)
path-regularisation-de-opportunity-residence-what = Era un permiso de prueba para personas que, el 31 de octubre de 2022, llevaban 5 años viviendo en Alemania con una Duldung u otro estatus. Las nuevas solicitudes terminaron el 31 de diciembre de 2025. Quien ya lo tiene solo puede prorrogarlo como permiso para jóvenes (§ 25a) o para personas asentadas en el país (§ 25b).
path-regularisation-de-opportunity-residence-next = Si tiene este permiso, pregunte pronto a un servicio de asesoramiento cómo pasar a un permiso del § 25a o del § 25b. Si no, pregunte por las otras formas de quedarse que se muestran aquí.

notice-de-return-application-closes-routes-title = Antes de solicitar el retorno asistido
notice-de-return-application-closes-routes = En Alemania, solicitar un retorno financiado por el Estado puede contar como un paso para salir del país. Puede cerrar el camino a una Duldung por formación (Ausbildungsduldung). Hable con un asesor antes de solicitar cualquiera de las dos cosas.

## Portugal (pt)

path-regularisation-pt-parent-of-child-title = Un permiso como padre o madre de un hijo o hija que vive en Portugal
path-regularisation-pt-parent-of-child-what = Si tiene un hijo o hija menor de 18 años que vive en Portugal o tiene la nacionalidad portuguesa, y usted se ocupa de su cuidado y paga lo que necesita, puede aplicarse un permiso de residencia sin visa. Confirme con un asesor.
path-regularisation-pt-parent-of-child-next = Pida a un servicio de apoyo a migrantes o a un abogado que revise sus papeles con usted, y después presente la solicitud a la AIMA.

path-regularisation-pt-grew-up-here-title = Un permiso para personas que crecieron en Portugal
path-regularisation-pt-grew-up-here-what = Si nació en Portugal, o vive aquí desde antes de cumplir 10 años, puede aplicarse un permiso de residencia sin visa. Los niños nacidos aquí que se quedaron y van a la escuela aquí también pueden obtenerlo, y también sus padres. Confirme con un asesor.
path-regularisation-pt-grew-up-here-next = Pregunte a un servicio de apoyo a migrantes o a un abogado qué papeles demuestran sus años en Portugal, y después presente la solicitud a la AIMA.

path-regularisation-pt-health-title = Un permiso por una enfermedad larga
path-regularisation-pt-health-what = Si tiene una enfermedad que necesita atención médica durante mucho tiempo y que le impide volver, puede aplicarse un permiso de residencia sin visa. Necesitará informes médicos. Confirme con un asesor.
path-regularisation-pt-health-next = Pida a su médico un informe médico, y a un servicio de apoyo a migrantes o a un abogado que le ayude a presentar la solicitud a la AIMA.

path-regularisation-pt-family-title = Un permiso por razones familiares
path-regularisation-pt-family-what = Si un familiar cercano tiene la nacionalidad portuguesa o vive en Portugal con un permiso de residencia, puede aplicarse un permiso por razones familiares. Las reglas de reagrupación familiar cambiaron en octubre de 2025, con nuevos tiempos de espera y algunas excepciones. Confirme con un asesor.
path-regularisation-pt-family-next = Pregunte a un servicio de apoyo a migrantes o a un abogado qué regla familiar se ajusta hoy a su caso.

path-regularisation-pt-exceptional-title = Un permiso excepcional por razones humanitarias (artículo 123)
path-regularisation-pt-exceptional-what = En casos excepcionales, por razones humanitarias o de interés público, el gobierno puede dar un permiso de residencia a una persona que no cumple los requisitos habituales. No es un derecho, y cada caso se decide por separado. Puede aplicarse a su caso.
path-regularisation-pt-exceptional-next = Pregunte a un abogado o a una organización de apoyo a migrantes si conviene pedírselo a la AIMA, y qué debe presentar.

path-regularisation-pt-expression-of-interest-title = Manifestação de interesse (esta vía ha terminado)
path-regularisation-pt-expression-of-interest-what = Hasta junio de 2024, las personas que trabajaban en Portugal sin visa de residencia podían pedir un permiso mediante una “manifestação de interesse”. Esta vía está cerrada a nuevas solicitudes desde el 4 de junio de 2024. Las solicitudes hechas antes de esa fecha no se cancelaron.
path-regularisation-pt-expression-of-interest-next = Si hizo la solicitud antes de junio de 2024, pregunte a la AIMA o a un abogado por su expediente. Si no, pregunte a un asesor por las otras formas de quedarse que se muestran aquí.

## España (es)

path-regularisation-es-second-chance-title = Arraigo de segunda oportunidad
path-regularisation-es-second-chance-what = Si antes tuvo un permiso de residencia en España y no pudo renovarlo, y ahora lleva 2 años seguidos viviendo aquí, puede aplicarse este permiso. No cuentan los permisos anteriores concedidos por circunstancias excepcionales. Confirme con un asesor.
path-regularisation-es-second-chance-next = Pida a una organización de apoyo a migrantes o a un abogado de extranjería que revise su permiso anterior y sus 2 años, y después presente la solicitud en la Oficina de Extranjería.

path-regularisation-es-sociolaboral-title = Arraigo sociolaboral (por un trabajo)
path-regularisation-es-sociolaboral-what = Si lleva 2 años seguidos viviendo en España y tiene un contrato de trabajo firmado (o más de uno), puede aplicarse este permiso; el trabajo informal por sí solo no basta. El tiempo como solicitante de asilo no cuenta para los 2 años, y no puede presentar la solicitud mientras tenga una solicitud de asilo abierta. Confirme con un asesor.
path-regularisation-es-sociolaboral-next = Pida a una organización de apoyo a migrantes o a un abogado de extranjería que revise el contrato y sus pruebas de los 2 años, y después presente la solicitud en la Oficina de Extranjería.

path-regularisation-es-social-title = Arraigo social (por la familia o la integración)
path-regularisation-es-social-what = Si lleva 2 años seguidos viviendo en España, este permiso puede aplicarse cuando tiene familiares cercanos que viven legalmente en España, o un informe de integración de su municipio o de su comunidad autónoma, y medios suficientes para vivir. El tiempo como solicitante de asilo no cuenta para los 2 años. Confirme con un asesor.
path-regularisation-es-social-next = Pregunte en su ayuntamiento o en una organización de apoyo a migrantes por el informe de integración, y pida a un abogado de extranjería que revise el resto.

path-regularisation-es-socioformativo-title = Arraigo socioformativo (por una formación)
path-regularisation-es-socioformativo-what = Si lleva 2 años seguidos viviendo en España y tiene una matrícula en un curso reconocido, o la ha solicitado (por ejemplo, formación profesional o educación de adultos), puede aplicarse este permiso. Confirme con un asesor.
path-regularisation-es-socioformativo-next = Pregunte a una organización de apoyo a migrantes qué cursos cuentan, y después presente la solicitud en la Oficina de Extranjería.

path-regularisation-es-spanish-family-title = Un permiso para familiares de ciudadanos españoles
path-regularisation-es-spanish-family-what = Si su esposo, esposa o pareja, o su hijo o hija, tiene la nacionalidad española, puede aplicarse un permiso de residencia para familiares de ciudadanos españoles. Se incluye al padre o la madre de un hijo o hija de nacionalidad española menor de 18 años. Si su familiar tiene un permiso pero no tiene la nacionalidad española, esta vía no es para usted; pregunte por las otras vías que se muestran aquí. Confirme con un asesor.
path-regularisation-es-spanish-family-next = Pregunte a una organización de apoyo a migrantes o a un abogado de extranjería qué papeles demuestran el vínculo familiar, y después presente la solicitud en la Oficina de Extranjería.

path-regularisation-es-family-roots-title = Arraigo familiar (padre o madre de un menor de otro país de la UE)
path-regularisation-es-family-roots-what = Si es el padre, la madre o el tutor de un menor de 18 años que vive en España y es ciudadano de otro país de la UE, o de Noruega, Islandia, Liechtenstein o Suiza, este permiso puede aplicarse sin un tiempo mínimo en España; también puede aplicarse si usted se hace cargo de un ciudadano de estos países que tiene una discapacidad. No puede presentar la solicitud mientras tenga una solicitud de asilo abierta. Confirme con un asesor.
path-regularisation-es-family-roots-next = Pida a una organización de apoyo a migrantes o a un abogado de extranjería que revise los papeles, y después presente la solicitud en la Oficina de Extranjería.

path-regularisation-es-humanitarian-title = Un permiso por razones humanitarias
path-regularisation-es-humanitarian-what = Puede aplicarse un permiso por razones humanitarias si tiene una enfermedad grave que empezó en España y necesita una atención que no puede recibir en su país, o si un tribunal le ha reconocido de forma definitiva como víctima de ciertos delitos, o si el Ministerio del Interior le permitió quedarse por razones humanitarias después de una solicitud de asilo. Confirme con un asesor.
path-regularisation-es-humanitarian-next = Pregunte a un asesor jurídico o a una organización de ayuda a personas refugiadas qué papeles necesita, por ejemplo un informe médico del servicio de salud.

path-regularisation-es-statelessness-title = Reconocimiento como persona apátrida
path-regularisation-es-statelessness-what = Si ningún país le considera su ciudadano, puede pedir a la Oficina de Asilo y Refugio que le reconozca como apátrida. El reconocimiento puede darle derecho a quedarse en España. Confirme con un asesor.
path-regularisation-es-statelessness-next = Pida a una organización de ayuda a personas refugiadas o a un abogado que le ayude a preparar la solicitud a la Oficina de Asilo y Refugio.

notice-es-return-no-return-commitment-title = Antes de inscribirse en un programa de retorno asistido
notice-es-return-no-return-commitment = Un programa de retorno puede pedirle que firme un compromiso de no volver a España durante un tiempo. Mientras ese compromiso esté vigente, no puede obtener un permiso de arraigo. Pregunte al asesor qué firmaría antes de decidir.
