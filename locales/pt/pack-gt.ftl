## Guatemala (gt): as vias e o aviso de src/rules/packs/gt.json.
## Cada via aqui “pode ser aplicável”: nenhuma é uma decisão. Nunca acrescentar montantes de apoio.

path-gt-refugee-status-title = Estatuto de refugiado na Guatemala (CONARE)
path-gt-refugee-status-what = Se tem medo de sofrer danos no seu país, pode pedir à Guatemala o estatuto de refugiado. Pode pedi-lo oralmente ou por escrito. Uma comissão, a CONARE (Comisión Nacional para Refugiados), estuda o seu caso, e a Autoridade Migratória Nacional (Autoridad Migratoria Nacional) decide. Enquanto espera, pode receber uma autorização provisória de permanência e um documento de identidade especial, e pode pedir autorização para trabalhar. Isto pode ser aplicável ao seu caso. Confirme com um serviço de aconselhamento.
path-gt-refugee-status-next = Pergunte num posto de fronteira ou no Instituto Guatemalteco de Migração (Instituto Guatemalteco de Migración, IGM), ou peça ajuda ao ACNUR. Se a resposta for negativa, tem 10 dias para pedir uma revisão (recurso de reposición).

path-gt-return-home-plan-title = De volta à Guatemala: o Plan Retorno al Hogar
path-gt-return-home-plan-what = O Governo da Guatemala tem um plano para as pessoas que regressam (Plan Retorno al Hogar). No centro de receção de pessoas retornadas do Instituto Guatemalteco de Migração (IGM) pode receber comida, cuidados de saúde e apoio psicológico se pedir, e ajuda para apanhar o autocarro para a sua comunidade. Se chegar tarde e viver longe, pode dormir num centro de atendimento a migrantes. Aderir ao plano é uma escolha sua: pode dar-lhe orientação sobre trabalho, formação, cuidados de saúde e documentos. O que oferece pode mudar.
path-gt-return-home-plan-next = Pergunte no centro de receção, ou no centro de registo do plano (Centro de Atención y Registro) na Cidade da Guatemala, que serviços pode usar. Também pode pedir à OIM apoio para recomeçar.

notice-gt-programmes-change-title = Os programas mudam
notice-gt-programmes-change = A ajuda a migrantes retidos na Guatemala, como o retorno voluntário assistido da OIM, depende de financiamento: pode começar, mudar ou acabar. Um desses programas durou apenas até outubro de 2020. Pergunte à OIM na Guatemala o que existe hoje antes de contar com isso.
