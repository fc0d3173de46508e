## Spain (es): paths added in November 2026 (victims' rights, temporary protection).
## The shared words of the Spanish pack are in packs.ftl.

path-regularisation-es-trafficking-victims-title = Derechos de las víctimas de trata (LOEX art. 59 bis)
path-regularisation-es-trafficking-victims-what = Si alguien le explota o le obliga a trabajar, usted tiene derechos en España. Cuando las autoridades ven indicios de que es víctima de trata, puede recibir un período de restablecimiento y reflexión, y durante ese tiempo no le expulsan. Después, puede aplicarse una autorización de residencia y trabajo, porque colabora con la investigación o por su situación personal; también es posible recibir ayuda para volver a su país si usted lo elige. Confirme con un asesor.
path-regularisation-es-trafficking-victims-next = Pida a una organización especializada en apoyo a víctimas de trata que le explique el período y la autorización antes de hablar con la policía o con la Oficina de Extranjería. No tiene que decidir hoy.

path-regularisation-es-temporary-protection-title = Protección temporal y lo que puede venir después
path-regularisation-es-temporary-protection-what = La protección temporal en España le da una autorización de residencia y trabajo, y ayudas como la atención sanitaria y la escuela para los niños. Dura lo mismo que la protección temporal de la UE, que ahora llega hasta el 4 de marzo de 2027; hasta ahora España ha prorrogado las tarjetas cada año sin una nueva solicitud. La UE puede prorrogar de nuevo la protección o ponerle fin. Antes de que termine, puede ser posible cambiar a otra autorización, por ejemplo por trabajo. Confirme con un asesor.
path-regularisation-es-temporary-protection-next = Pregunte a una organización de apoyo a personas refugiadas o migrantes, o a un abogado de extranjería, qué autorización podría seguir a la suya, y preséntela antes de que termine su protección.
