## Guatemala (gt): las vías y el aviso de src/rules/packs/gt.json.
## Cada vía aquí “puede aplicarse”: ninguna es una decisión. No añadir nunca importes de ayudas.

path-gt-refugee-status-title = Condición de refugiado en Guatemala (CONARE)
path-gt-refugee-status-what = Si teme sufrir daño en su país, puede pedir a Guatemala que le reconozca la condición de refugiado. Puede pedirlo de palabra o por escrito. Una comisión, la CONARE (Comisión Nacional para Refugiados), estudia su caso y la Autoridad Migratoria Nacional decide. Mientras espera, puede recibir un permiso provisional para quedarse y un documento de identidad especial, y puede pedir permiso para trabajar. Esto puede aplicarse a su caso. Consúltelo con un servicio de asesoría.
path-gt-refugee-status-next = Pregunte en un puesto fronterizo o en el Instituto Guatemalteco de Migración (IGM), o pida ayuda al ACNUR. Si la respuesta es negativa, tiene 10 días para pedir que revisen su caso (recurso de reposición).

path-gt-return-home-plan-title = De regreso en Guatemala: el Plan Retorno al Hogar
path-gt-return-home-plan-what = El Gobierno de Guatemala tiene un plan para las personas que regresan (Plan Retorno al Hogar). En el centro de recepción de personas retornadas del Instituto Guatemalteco de Migración (IGM) puede recibir comida, atención médica y apoyo psicológico si lo pide, y ayuda para llegar al bus hacia su comunidad. Si llega tarde y vive lejos, puede pasar la noche en un centro de atención al migrante. Unirse al plan es su decisión: puede orientarle hacia trabajo, capacitación, atención de salud y documentos. Lo que ofrece puede cambiar.
path-gt-return-home-plan-next = Pregunte en el centro de recepción, o en el centro de registro del plan (Centro de Atención y Registro) en la Ciudad de Guatemala, qué servicios puede usar. También puede preguntar a la OIM por apoyo para volver a empezar.

notice-gt-programmes-change-title = Los programas cambian
notice-gt-programmes-change = La ayuda para migrantes varados en Guatemala, como el retorno voluntario asistido de la OIM, depende de los fondos: puede empezar, cambiar o terminar. Uno de esos programas duró solo hasta octubre de 2020. Pregunte a la OIM en Guatemala qué hay disponible hoy antes de contar con ello.
